#pragma once

#include "http.h"
#include "httpserver.h"
#include "ratelimiter.h"
#include "workerpool.h"

#include "db/database.h"
#include "domain/intakeorder.h"
#include "stores/apikeystore.h"
#include "stores/intakestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QTranslator>
#include <atomic>
#include <memory>
#include <optional>

namespace docket::gateway {

class Deliverer;

struct GatewayConfig
{
    DatabaseConfig database;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    TlsFiles tls;
    int threads = 4; // database worker threads (PostgreSQL; SQLite writes on one)
    // PostgreSQL: intake groups written at once, each on its own connection
    // (at most `threads`). --intake-writers, for measuring: two were slower
    // than one on a 2-core machine (gateway.cpp, README → Performance).
    int intakeWriters = 1;
    QString accessLog = QStringLiteral("-"); // "-": standard error; empty: none
    QList<QHostAddress> trustedProxies;
    bool deliverWebhooks = true;
    int trackFloorMs = 150;         // every /track answer takes at least this long
    int keyCacheMs = 5000;          // a revoked key works at most this much longer
    int housekeepingMs = 60 * 1000; // purges old call logs, refusals and kept answers
    ServerLimits limits;

    // docket-gateway's options and its --config FILE (INI, section
    // [gateway]: database, listen, threads, tls_cert, tls_key, access_log,
    // trusted_proxies, deliver_webhooks). Throws DocketError(Invalid) naming
    // the option.
    static GatewayConfig fromArguments(const QStringList& arguments);
    static QString usage();
};

// The intake requests taken together in one transaction (group commit): a
// handler running for a group leaves its order here instead of taking it, and
// is answered once the group is committed.
struct IntakeGroup
{
    QList<IntakeTake> takes;
    QList<qsizetype> requests; // each take's request, by its place in the group
    qsizetype current = 0;     // the request being read
};

// How the intake groups went, for tests and figures.
struct IntakeGroupStats
{
    qint64 groups = 0; // groups of two or more orders written together
    qint64 orders = 0; // orders in them
    int largest = 0;
};

// What one route handler gets: the request, this worker thread's connection
// and, for routes that need one, the API key's principal; `group` when the
// request's order is to be taken with others (intake()).
struct Call
{
    const HttpRequest& request;
    QSqlDatabase db;
    std::optional<ApiPrincipal> principal;
    IntakeGroup* group = nullptr;
};

class Gateway;

struct Route
{
    enum class Access { Public, ApiKey, Signed };
    enum class Work { Inline, Read, Write };
    QByteArray method;
    QString pattern; // "/api/v1/orders/{number}"
    Access access;
    Work work;
    HttpResponse (Gateway::*handler)(const Call&);
};

// docket-gateway: the HTTP door (issue 16). Routes requests to handlers that
// call the stores of models/ on worker threads, each with its own database
// connection; keeps the API keys' rate limits and the call log; delivers the
// outbox. No SQL here: every rule lives in the stores.
class Gateway : public QObject
{
    Q_OBJECT

public:
    explicit Gateway(GatewayConfig config, QObject* parent = nullptr);
    ~Gateway() override;

    // Opens the database (it must be at this build's schema: the gateway does
    // not migrate; docketctl db migrate does) and starts listening. On
    // PostgreSQL refuses to run as a superuser or the schema's owner.
    bool start(QString* error);
    quint16 port() const { return m_port; }
    // Graceful: stop accepting, finish what is in flight, stop the workers
    // and the deliverer; stopped() once done.
    void shutdown();

    // The routes, for the OpenAPI test.
    static const QList<Route>& routes();
    HttpServer* server() const { return m_server.get(); }
    // The writing threads (tests hold them busy to make a group).
    WorkerPool* writers() const { return m_writers.get(); }
    // The threads that take the intake groups: on PostgreSQL their own
    // (GatewayConfig::intakeWriters), on SQLite the one writer.
    WorkerPool* intakeWriters() const { return m_intake ? m_intake.get() : m_writers.get(); }
    IntakeGroupStats intakeGroupStats() const;

    // Intake requests written in one transaction at most.
    static constexpr int kIntakeGroupMost = 64;

signals:
    void stopped();

private:
    void dispatch(std::shared_ptr<const HttpRequest> request, HttpServer::Reply reply);
    HttpResponse run(const Route& route, const HttpRequest& request, IntakeGroup* group = nullptr);
    // The intake requests that waited together for the writer: each read as
    // alone, their orders taken in one transaction, each answered after it.
    void runIntakeGroup(const QList<std::shared_ptr<void>>& items);
    // After `made` orders taken in all: the order tables' planner statistics
    // when they lag behind (a new database).
    void refreshStatistics(qint64 made);
    void access(const AccessRecord& record);
    void flushCalls();
    void housekeeping();
    void finishShutdown();
    // `text` in `language` (context as tr()'s); with n >= 0 its numerus form, %n replaced.
    QString translate(const QString& language, const char* context, const char* text,
                      int n = -1) const;
    // The answer to a look-up refused by the limit per address: the page (in
    // the visitor's language) for the form, JSON for POST /api/v1/track.
    HttpResponse trackLimited(const HttpRequest& request, int wait) const;

    // ---- handlers (routes.cpp, fulfilmentroutes.cpp, stockroutes.cpp, trackpage.cpp) ----
    HttpResponse health(const Call& c);
    HttpResponse openApi(const Call& c);
    HttpResponse createOrder(const Call& c);
    HttpResponse listOrders(const Call& c);
    HttpResponse getOrder(const Call& c);
    HttpResponse changeStatus(const Call& c);
    HttpResponse wooCommerce(const Call& c);
    HttpResponse carrierTracking(const Call& c);
    HttpResponse listPayments(const Call& c); // fulfilmentroutes.cpp
    HttpResponse listRefunds(const Call& c);
    HttpResponse listShipments(const Call& c);
    HttpResponse addPayment(const Call& c);
    HttpResponse addRefund(const Call& c);
    HttpResponse addShipment(const Call& c);
    HttpResponse addTrackingEvent(const Call& c);
    HttpResponse listStock(const Call& c); // stockroutes.cpp
    HttpResponse getStock(const Call& c);
    HttpResponse trackForm(const Call& c);
    HttpResponse trackLookup(const Call& c);
    HttpResponse trackJson(const Call& c);
    HttpResponse notFound(const Call& c);

    HttpResponse intake(const Call& c, const IntakeOrder& order, const QString& rule,
                        const QString& principal);
    // The answer to an order taken (or refused) by IntakeStore.
    HttpResponse intakeAnswer(const Call& c, const IntakeTake& take);
    // A POST that writes, sent with an Idempotency-Key: runs the route once
    // per (API key, key) and keeps its successful answer with the write.
    HttpResponse once(const Route& route, const Call& c, const QString& key);
    void logIntake(const Call& c, const QString& source, const QString& channel,
                   const QString& externalId, const QString& principal, const HttpResponse& r,
                   const QString& field = {});
    int trackPerMinute() const;

    GatewayConfig m_config;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<WorkerPool> m_readers;
    std::unique_ptr<WorkerPool> m_writers;
    std::unique_ptr<WorkerPool> m_intake; // PostgreSQL only
    WorkerPool::GroupRun m_intakeGroupRun;
    mutable QMutex m_groupStatsMutex;
    IntakeGroupStats m_groupStats;
    // Orders the intake created since the start, and when the order tables'
    // statistics are next refreshed (IntakeStore::refreshStatistics).
    std::atomic<qint64> m_intakeMade{0};
    std::atomic<qint64> m_statisticsAt{1000};
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<Deliverer> m_deliverer;
    RateLimiter m_limiter;
    quint16 m_port = 0;
    bool m_stopping = false;

    // API keys seen lately (by the SHA-256 of the key), for a few seconds.
    struct CachedKey
    {
        std::optional<ApiPrincipal> principal;
        qint64 until = 0; // steady ms
    };
    mutable QMutex m_keysMutex;
    QHash<QByteArray, CachedKey> m_keys;

    QMutex m_callsMutex;
    QList<ApiCall> m_calls;
    qint64 m_callsDropped = 0; // past kCallsQueued waiting: not logged, counted, warned of
    QHash<qint64, qint64> m_lastUsed;
    QTimer m_flush;
    QTimer m_housekeeping;

    std::unique_ptr<QFile> m_accessFile;
    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
    std::atomic<int> m_trackPerMinute{10};
};

} // namespace docket::gateway
