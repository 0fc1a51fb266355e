#pragma once

// A docket-gateway in the test process on a fresh database (testdb.h), on
// loopback, port chosen by the system; and a blocking HTTP client for it. On
// PostgreSQL the gateway connects as a service account made for the test
// (docketctl service-account create), never as the test server's superuser.

#include "gateway.h"
#include "testdb.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <memory>

namespace docket::test {

struct HttpResult
{
    int status = 0; // 0: no answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray& name) const;
    QString errorCode() const;
};

// One HTTP request to 127.0.0.1:port, waited for with an event loop (the
// gateway answers from this thread's loop too).
HttpResult httpRequest(quint16 port, const QByteArray& method, const QString& path,
                       const QByteArray& body = {},
                       const QList<QPair<QByteArray, QByteArray>>& headers = {},
                       int timeoutMs = 20000);

class GatewayFixture
{
public:
    explicit GatewayFixture(Backend backend, gateway::GatewayConfig extra = {});
    ~GatewayFixture();

    TestDb& db() { return *m_db; }
    gateway::Gateway& gateway() { return *m_gateway; }
    quint16 port() const { return m_gateway->port(); }
    const DatabaseConfig& serviceConfig() const { return m_service; }
    // An administrator's session for the stores (keys, channels, webhooks).
    Session admin() const { return adminSession(QStringLiteral("admin")); }

    // Starts the gateway (after the test set up what it needs); false with
    // `error` when it did not start.
    bool start(QString* error);
    // Graceful stop, waited for.
    void stop();

    // A new API key for `role` in `scope`, returned in full.
    QString apiKey(const QString& name, const QString& role = QStringLiteral("clerk"),
                   const Scope& scope = Scope::all(), int perMinute = 6000);

    HttpResult get(const QString& path, const QString& key = {});
    HttpResult post(const QString& path, const QByteArray& body, const QString& key = {},
                    const QList<QPair<QByteArray, QByteArray>>& headers = {});

private:
    std::unique_ptr<TestDb> m_db;
    DatabaseConfig m_service;
    QString m_serviceRole;
    gateway::GatewayConfig m_config;
    std::unique_ptr<gateway::Gateway> m_gateway;
};

} // namespace docket::test
