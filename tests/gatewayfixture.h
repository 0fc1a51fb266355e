#pragma once

// A docket-gateway in the test process on a fresh database (testdb.h), on
// loopback, port chosen by the system; and a blocking HTTP client for it. On
// PostgreSQL the gateway connects as a service account made for the test
// (docketctl service-account create), never as the test server's superuser.

#include "gateway.h"
#include "testdb.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>
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

// The docket-gateway binary as a child process (`program`: its path),
// DOCKET_DATABASE_PASSWORD set to `password`; with --listen 127.0.0.1:0 it
// reports the port the system chose in its "listening on" line.
class GatewayProcess
{
public:
    GatewayProcess(QString program, QStringList arguments, QString password = {});
    ~GatewayProcess();
    // Starts it and waits (at most 20 s) until it listens; the port, or 0
    // (then errors() says why, exitCode() what it ended with).
    quint16 start();
    // Its messages' language from the process's locale: LANG (and LC_MESSAGES
    // when given), without the LANGUAGE=en and LC_ALL the tests otherwise pass.
    void setLocale(const QString& lang, const QString& messages = {});
    void kill(); // SIGKILL, waited for
    // SIGTERM, waited for (20 s at most): true when it ended by itself with 0.
    bool terminate();
    quint16 port() const { return m_port; }
    int exitCode() const { return m_process.exitCode(); }
    // What it wrote to standard error.
    QByteArray errors();

private:
    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QByteArray m_stderr;
    quint16 m_port = 0;
};

// A webhook receiver on 127.0.0.1 (port chosen by the system), on plain
// sockets so that a test decides each answer: `answer` gives the status for
// each request (200 by default); while holding, requests are read and left
// unanswered (a receiver that hangs, or a gateway killed mid-attempt).
class WebhookReceiver : public QObject
{
public:
    struct Request
    {
        QByteArray eventId; // X-Docket-Event-Id
        QByteArray signature;
        QByteArray body;
        qint64 atMs = 0; // since the receiver started
        int status = 0;  // what it answered (0: held)
    };
    explicit WebhookReceiver(std::function<int(const Request&)> answer = {});
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString& path = QStringLiteral("/hook")) const;
    const QList<Request>& requests() const { return m_requests; }
    // The distinct event ids received (held ones included).
    QSet<QByteArray> eventIds() const;
    void setHolding(bool holding) { m_holding = holding; }
    int held() const { return int(m_held.size()); }
    // Closes the held connections without an answer.
    void dropHeld();

private:
    void read(QTcpSocket* socket);

    QTcpServer m_server;
    std::function<int(const Request&)> m_answer;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QTcpSocket*> m_held;
    bool m_holding = false;
    QElapsedTimer m_clock;
};

} // namespace docket::test
