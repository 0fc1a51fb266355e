#include "gateway.h"

#include "deliverer.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/shopsettings.h"
#include "i18n.h"
#include "stores/idempotencystore.h"
#include "stores/intakestore.h"
#include "stores/serviceaccount.h"
#include "stores/shopsettingsstore.h"
#include "stores/webhookstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSettings>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace docket::gateway {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

const QString kConnection = QStringLiteral("gateway");
// The call log is written once a second (flushCalls); at most this many calls wait.
constexpr int kCallsQueued = 100000;

// An intake request waiting for the writer (Gateway::runIntakeGroup).
struct IntakeJob
{
    const Route* route;
    std::shared_ptr<HttpRequest> request;
    HttpServer::Reply reply;
};

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

[[noreturn]] void badOption(const QString& option, const QString& message)
{
    throw DocketError(DocketError::Code::Invalid, message, option);
}

// "127.0.0.1:8080", "[::1]:8080", ":8080" (loopback), "8080".
void parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (host.isEmpty())
            host = QStringLiteral("127.0.0.1");
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535)
        badOption(QStringLiteral("--listen"),
                  Texts::tr("--listen takes HOST:PORT, such as 127.0.0.1:8080; \"%1\" is not.")
                      .arg(text));
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress a(host);
    if (a.isNull())
        badOption(QStringLiteral("--listen"),
                  Texts::tr("\"%1\" is not an IP address to listen on.").arg(host));
    *address = a;
    *port = quint16(p);
}

QString sha256(const QString& key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString bearer(const HttpRequest& r)
{
    const QByteArray auth = r.header("authorization");
    if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
        return QString::fromLatin1(auth.mid(7).trimmed());
    return QString::fromLatin1(r.header("x-api-key").trimmed());
}

// Splits a path into its segments ("/a/b/" -> a, b).
QStringList segments(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool matches(const QString& pattern, const QStringList& path, QHash<QString, QString>* params)
{
    const QStringList parts = segments(pattern);
    if (parts.size() != path.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& p = parts[i];
        if (p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}')))
            found.insert(p.mid(1, p.size() - 2), path[i]);
        else if (p != path[i])
            return false;
    }
    *params = found;
    return true;
}

} // namespace

// ---------------------------------------------------------------- config

QString GatewayConfig::usage()
{
    return Texts::tr(
        "Usage: docket-gateway --database PATH|postgresql://USER@HOST/DB [--listen HOST:PORT]\n"
        "                      [--config FILE] [--threads N] [--tls-cert FILE --tls-key FILE]\n"
        "                      [--access-log FILE|-] [--trusted-proxy ADDRESS]...\n"
        "                      [--no-webhooks]\n"
        "\n"
        "The HTTP door to Docket: order intake from shops (WooCommerce webhooks, POST\n"
        "/api/v1/orders), the REST API for other systems (API keys: docketctl apikey), the\n"
        "customer order look-up (/track) and outbound webhooks (docketctl webhook).\n"
        "\n"
        "--database      the SQLite file, or the PostgreSQL server as a service account\n"
        "                (docketctl service-account create NAME); the password may come\n"
        "                from $DOCKET_DATABASE_PASSWORD. Default: $DOCKET_DATABASE.\n"
        "--listen        address and port (default 127.0.0.1:8080)\n"
        "--config        an INI file with a [gateway] section: database, listen, threads,\n"
        "                tls_cert, tls_key, access_log, trusted_proxies, deliver_webhooks\n"
        "--threads       database worker threads (default 4)\n"
        "--tls-cert/key  serve HTTPS with this PEM certificate (chain) and key\n"
        "--access-log    JSON lines, one per request (default: standard error)\n"
        "--trusted-proxy a reverse proxy whose X-Forwarded-For names the client\n"
        "--no-webhooks   do not deliver outbound webhooks from this process\n"
        "\n"
        "SIGTERM or SIGINT: stop accepting, finish the requests in flight, exit.\n");
}

GatewayConfig GatewayConfig::fromArguments(const QStringList& arguments)
{
    GatewayConfig c;
    QString database = databaseFromEnvironment();
    QString listen;
    QHash<QString, QString> values;
    QStringList proxies;
    // The config file first; the command line wins.
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (arguments[i] == QLatin1String("--config") && i + 1 < arguments.size()) {
            const QString file = arguments[i + 1];
            if (!QFileInfo::exists(file))
                badOption(QStringLiteral("--config"),
                          Texts::tr("There is no configuration file %1.").arg(file));
            QSettings ini(file, QSettings::IniFormat);
            ini.beginGroup(QStringLiteral("gateway"));
            // An unquoted value with commas (trusted_proxies=a,b) reads as a
            // list: joined again, not lost.
            for (const QString& key : ini.childKeys()) {
                const QVariant v = ini.value(key);
                values.insert(key, v.typeId() == QMetaType::QStringList
                                       ? v.toStringList().join(QLatin1Char(','))
                                       : v.toString());
            }
        }
    auto take = [&](const char* key, const QString& fallback) {
        return values.value(QLatin1String(key), fallback);
    };
    database = take("database", database);
    listen = take("listen", {});
    c.threads = take("threads", QStringLiteral("4")).toInt();
    c.tls.certificate = take("tls_cert", {});
    c.tls.privateKey = take("tls_key", {});
    c.accessLog = take("access_log", c.accessLog);
    proxies = take("trusted_proxies", {}).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.deliverWebhooks = take("deliver_webhooks", QStringLiteral("true")) != QLatin1String("false");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString a = arguments[i];
        auto next = [&]() -> QString {
            if (i + 1 >= arguments.size())
                badOption(a, Texts::tr("%1 needs a value.").arg(a));
            return arguments[++i];
        };
        if (a == QLatin1String("--database"))
            database = next();
        else if (a == QLatin1String("--listen"))
            listen = next();
        else if (a == QLatin1String("--config"))
            next();
        else if (a == QLatin1String("--threads")) {
            bool ok = false;
            c.threads = next().toInt(&ok);
            if (!ok)
                c.threads = 0;
        } else if (a == QLatin1String("--tls-cert"))
            c.tls.certificate = next();
        else if (a == QLatin1String("--tls-key"))
            c.tls.privateKey = next();
        else if (a == QLatin1String("--access-log"))
            c.accessLog = next();
        else if (a == QLatin1String("--trusted-proxy"))
            proxies << next();
        else if (a == QLatin1String("--no-webhooks"))
            c.deliverWebhooks = false;
        else if (a == QLatin1String("--track-floor-ms"))
            c.trackFloorMs = next().toInt();
        else if (a == QLatin1String("--intake-writers")) {
            bool ok = false;
            c.intakeWriters = next().toInt(&ok);
            if (!ok || c.intakeWriters < 1 || c.intakeWriters > 16)
                badOption(a, Texts::tr("--intake-writers takes a number from 1 to 16."));
        } else
            badOption(a, Texts::tr("Unknown option \"%1\" (see --help).").arg(a));
    }
    if (c.threads < 1 || c.threads > 64)
        badOption(QStringLiteral("--threads"), Texts::tr("--threads takes a number from 1 to 64."));
    if (c.tls.certificate.isEmpty() != c.tls.privateKey.isEmpty())
        badOption(QStringLiteral("--tls-cert"),
                  Texts::tr("HTTPS needs both --tls-cert and --tls-key."));
    if (!listen.isEmpty())
        parseListen(listen, &c.address, &c.port);
    for (const QString& p : proxies) {
        const QHostAddress a(p.trimmed());
        if (a.isNull())
            badOption(QStringLiteral("--trusted-proxy"),
                      Texts::tr("\"%1\" is not an IP address.").arg(p));
        c.trustedProxies << a;
    }
    c.database = DatabaseConfig::fromString(database);
    if (c.database.backend == Backend::PostgreSQL && c.database.password.isEmpty())
        c.database.password = qEnvironmentVariable("DOCKET_DATABASE_PASSWORD");
    return c;
}

// ---------------------------------------------------------------- routes

const QList<Route>& Gateway::routes()
{
    using A = Route::Access;
    using W = Route::Work;
    static const QList<Route> table{
        {"GET", QStringLiteral("/healthz"), A::Public, W::Read, &Gateway::health},
        {"GET", QStringLiteral("/api/v1/openapi.json"), A::Public, W::Inline, &Gateway::openApi},
        {"POST", QStringLiteral("/api/v1/orders"), A::ApiKey, W::Write, &Gateway::createOrder},
        {"GET", QStringLiteral("/api/v1/orders"), A::ApiKey, W::Read, &Gateway::listOrders},
        {"GET", QStringLiteral("/api/v1/orders/{number}"), A::ApiKey, W::Read, &Gateway::getOrder},
        {"POST", QStringLiteral("/api/v1/orders/{number}/status"), A::ApiKey, W::Write,
         &Gateway::changeStatus},
        {"GET", QStringLiteral("/api/v1/orders/{number}/payments"), A::ApiKey, W::Read,
         &Gateway::listPayments},
        {"POST", QStringLiteral("/api/v1/orders/{number}/payments"), A::ApiKey, W::Write,
         &Gateway::addPayment},
        {"GET", QStringLiteral("/api/v1/orders/{number}/refunds"), A::ApiKey, W::Read,
         &Gateway::listRefunds},
        {"POST", QStringLiteral("/api/v1/orders/{number}/refunds"), A::ApiKey, W::Write,
         &Gateway::addRefund},
        {"GET", QStringLiteral("/api/v1/orders/{number}/shipments"), A::ApiKey, W::Read,
         &Gateway::listShipments},
        {"POST", QStringLiteral("/api/v1/orders/{number}/shipments"), A::ApiKey, W::Write,
         &Gateway::addShipment},
        {"POST", QStringLiteral("/api/v1/orders/{number}/shipments/{shipment}/events"), A::ApiKey,
         W::Write, &Gateway::addTrackingEvent},
        {"GET", QStringLiteral("/api/v1/stock"), A::ApiKey, W::Read, &Gateway::listStock},
        {"GET", QStringLiteral("/api/v1/stock/{sku}"), A::ApiKey, W::Read, &Gateway::getStock},
        {"POST", QStringLiteral("/api/v1/track"), A::Public, W::Read, &Gateway::trackJson},
        {"POST", QStringLiteral("/webhooks/woocommerce/{channel}"), A::Signed, W::Write,
         &Gateway::wooCommerce},
        {"POST", QStringLiteral("/webhooks/tracking/{carrier}"), A::ApiKey, W::Write,
         &Gateway::carrierTracking},
        {"GET", QStringLiteral("/track"), A::Public, W::Inline, &Gateway::trackForm},
        {"POST", QStringLiteral("/track"), A::Public, W::Read, &Gateway::trackLookup},
    };
    return table;
}

// ---------------------------------------------------------------- life

Gateway::Gateway(GatewayConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config))
{
    m_intakeGroupRun = [this](const QList<std::shared_ptr<void>>& items) {
        runIntakeGroup(items);
    };
    for (const auto& [code, name] : availableLanguages()) {
        Q_UNUSED(name)
        auto t = std::make_shared<QTranslator>();
        if (t->load(QStringLiteral(":/i18n/docket_") + code + QStringLiteral(".qm")))
            m_translators.insert(code, t);
    }
}

Gateway::~Gateway()
{
    if (m_deliverer)
        m_deliverer->stop();
    m_deliverer.reset();
    m_server.reset();
    if (m_readers)
        m_readers->shutdown();
    if (m_intake)
        m_intake->shutdown();
    if (m_writers)
        m_writers->shutdown();
}

bool Gateway::start(QString* error)
{
    try {
        m_db = std::make_shared<Database>(m_config.database);
        if (m_config.database.backend == Backend::SQLite) {
            if (!QFileInfo::exists(m_config.database.path))
                throw DocketError(DocketError::Code::NotFound,
                                  Texts::tr("There is no database at %1 (make one with docketctl "
                                            "db init).")
                                      .arg(m_config.database.displayName()));
            m_db->open(false); // WAL, checks; migrates like every desk does
        }
        const QSqlDatabase db = m_db->connection(kConnection);
        const QString unfit = serviceaccount::whyUnfit(db);
        if (!unfit.isEmpty())
            throw DocketError(DocketError::Code::Forbidden, unfit);
        const int have = m_db->schemaVersion();
        const int want = Database::latestSchemaVersion(m_config.database.backend);
        if (have != want)
            throw DocketError(DocketError::Code::Database,
                              Texts::tr("The database %1 is at schema %2; this gateway needs %3. "
                                        "Run docketctl db migrate as the database's owner first.")
                                  .arg(m_config.database.displayName())
                                  .arg(have)
                                  .arg(want));
        const ShopSettings shop = ShopSettingsStore(db, Session::localUser()).load();
        m_trackPerMinute = int(shop.whole(shop::gatewayTrackPerMinute));
    } catch (const DocketError& e) {
        *error = e.message();
        return false;
    }
    if (!m_config.accessLog.isEmpty() && m_config.accessLog != QLatin1String("-")) {
        m_accessFile = std::make_unique<QFile>(m_config.accessLog);
        if (!m_accessFile->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            *error = Texts::tr("Cannot write the access log %1: %2")
                         .arg(m_config.accessLog, m_accessFile->errorString());
            return false;
        }
    }
    auto closeConnection = [db = m_db] {
        db->closeConnection(kConnection);
    };
    const bool sqlite = m_config.database.backend == Backend::SQLite;
    m_readers =
        std::make_unique<WorkerPool>(QStringLiteral("read"), m_config.threads, closeConnection);
    // SQLite has one writer at a time: one thread writes, in order, instead
    // of several queueing in SQLite's busy handler (which sleeps).
    m_writers = std::make_unique<WorkerPool>(QStringLiteral("write"), sqlite ? 1 : m_config.threads,
                                             closeConnection);
    // PostgreSQL: the intake groups have a writer of their own (or
    // --intake-writers), which takes everything that waits when it is free.
    // With one per writer thread (four) the groups were small (2-3 orders at
    // 500/s) and a group's statements cost about the same whatever its size
    // (server CPU an order 4.1 ms against 1.8 with one writer at 200/s
    // offered). Two intake writers (0163 locks most product rows they share
    // in product order; a deadlock left is retaken order by order) were measured on 2 shared cores
    // at 500/s: 423-499/s, service p99 194-338 ms and 2.2-2.6 ms of server CPU an order against one
    // writer's 498-499/s, 209-211 ms and 1.8 ms, back to back.
    if (!sqlite)
        m_intake = std::make_unique<WorkerPool>(
            QStringLiteral("intake"), std::clamp(m_config.intakeWriters, 1, m_config.threads),
            closeConnection);
    m_server = std::make_unique<HttpServer>(
        [this](std::shared_ptr<const HttpRequest> r, HttpServer::Reply reply) {
            dispatch(std::move(r), std::move(reply));
        },
        m_config.limits);
    m_server->setTrustedProxies(m_config.trustedProxies);
    m_server->setAccessLog([this](const AccessRecord& a) { access(a); });
    connect(m_server.get(), &HttpServer::drained, this, &Gateway::finishShutdown);
    m_port = m_server->listenOn(m_config.address, m_config.port, m_config.tls, error);
    if (m_port == 0) {
        *error = Texts::tr("Cannot listen on %1:%2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(*error);
        return false;
    }
    m_flush.setInterval(1000);
    connect(&m_flush, &QTimer::timeout, this, &Gateway::flushCalls);
    m_flush.start();
    m_housekeeping.setInterval(m_config.housekeepingMs);
    connect(&m_housekeeping, &QTimer::timeout, this, &Gateway::housekeeping);
    m_housekeeping.start();
    if (m_config.deliverWebhooks) {
        m_deliverer = std::make_unique<Deliverer>(m_db);
        m_deliverer->start();
    }
    return true;
}

void Gateway::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_server)
        m_server->shutdown();
    else
        finishShutdown();
}

void Gateway::finishShutdown()
{
    m_flush.stop();
    m_housekeeping.stop();
    if (m_deliverer)
        m_deliverer->stop();
    flushCalls();
    // Let the sockets write what they hold, then end the workers (each closes
    // its connection) after the last call log batch.
    QTimer::singleShot(200, this, [this] {
        if (m_readers)
            m_readers->shutdown();
        if (m_intake)
            m_intake->shutdown();
        if (m_writers)
            m_writers->shutdown();
        emit stopped();
    });
}

// ---------------------------------------------------------------- requests

void Gateway::dispatch(std::shared_ptr<const HttpRequest> request, HttpServer::Reply reply)
{
    const QStringList path = segments(request->path);
    const Route* route = nullptr;
    bool pathKnown = false;
    QHash<QString, QString> params;
    for (const Route& r : routes())
        if (matches(r.pattern, path, &params)) {
            pathKnown = true;
            if (r.method == request->method || (r.method == "GET" && request->method == "HEAD")) {
                route = &r;
                break;
            }
        }
    if (!route) {
        HttpResponse r =
            pathKnown
                ? HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                      Texts::tr("%1 is not allowed on %2.")
                                          .arg(QString::fromLatin1(request->method), request->path))
                : HttpResponse::error(404, QStringLiteral("not_found"),
                                      Texts::tr("There is nothing at %1 (the API is "
                                                "described at /api/v1/openapi.json).")
                                          .arg(request->path));
        reply(r);
        return;
    }
    auto req = std::make_shared<HttpRequest>(*request);
    req->params = params;
    const bool isTrack = route->pattern.endsWith(QLatin1String("track")) && route->method == "POST";
    if (isTrack) {
        // Per client address, before any work.
        const int wait = m_limiter.acquire(QStringLiteral("track:") + req->remote.toString(),
                                           m_trackPerMinute.load());
        if (wait > 0) {
            HttpResponse r =
                route->handler == &Gateway::trackLookup
                    ? trackLimited(*req, wait) // a person's browser: the page, in their language
                    : HttpResponse::error(
                          429, QStringLiteral("rate_limited"),
                          Texts::tr("Too many look-ups from your address; try again in %n "
                                    "second(s).",
                                    nullptr, wait));
            r.addHeader("Retry-After", QByteArray::number(wait));
            reply(r);
            return;
        }
    }
    if (route->work == Route::Work::Inline) {
        reply(run(*route, *req));
        return;
    }
    WorkerPool* pool = route->work == Route::Work::Write ? m_writers.get() : m_readers.get();
    // Orders from shops and systems: the ones that wait for the writer
    // together are written in one transaction (not those with an
    // Idempotency-Key: their answer is kept in a transaction of their own).
    if (route->handler == &Gateway::wooCommerce ||
        (route->handler == &Gateway::createOrder && req->header("idempotency-key").isEmpty())) {
        auto job = std::make_shared<IntakeJob>(IntakeJob{route, req, reply});
        if (!intakeWriters()->postGrouped(&m_intakeGroupRun, std::move(job), kIntakeGroupMost))
            reply(HttpResponse::error(503, QStringLiteral("unavailable"),
                                      Texts::tr("The gateway is shutting down.")));
        return;
    }
    const qint64 started = steadyMs();
    const int floorMs = isTrack ? m_config.trackFloorMs : 0;
    const bool posted = pool->post([this, route, req, reply, started, floorMs] {
        HttpResponse r = run(*route, *req);
        const qint64 left = floorMs - (steadyMs() - started);
        if (left <= 0) {
            reply(std::move(r));
            return;
        }
        // The same time for every answer of the look-up (found or not):
        // waited out on the gateway's thread, not on a worker.
        QMetaObject::invokeMethod(
            this,
            [this, reply, r, left] {
                QTimer::singleShot(int(left), this, [reply, r] { reply(r); });
            },
            Qt::QueuedConnection);
    });
    if (!posted)
        reply(HttpResponse::error(503, QStringLiteral("unavailable"),
                                  Texts::tr("The gateway is shutting down.")));
}

void Gateway::runIntakeGroup(const QList<std::shared_ptr<void>>& items)
{
    IntakeGroup group;
    QList<HttpResponse> answers;
    for (const std::shared_ptr<void>& item : items) {
        const auto* job = static_cast<const IntakeJob*>(item.get());
        group.current = answers.size();
        answers << run(*job->route, *job->request, &group);
    }
    if (!group.takes.isEmpty()) {
        try {
            const QSqlDatabase db = m_db->connection(kConnection);
            IntakeStore::takeGroup(db, group.takes);
            for (qsizetype k = 0; k < group.takes.size(); ++k) {
                const auto* job = static_cast<const IntakeJob*>(items[group.requests[k]].get());
                HttpResponse& r = answers[group.requests[k]];
                const QString principal = r.principal;
                const qint64 keyId = r.keyId;
                r = intakeAnswer(Call{*job->request, db, std::nullopt}, group.takes[k]);
                if (!principal.isEmpty())
                    r.principal = principal;
                if (keyId)
                    r.keyId = keyId;
            }
        } catch (const DocketError& e) {
            // No connection: nothing was written.
            for (qsizetype i : std::as_const(group.requests))
                answers[i] = HttpResponse::fromError(e);
        } catch (const std::exception& e) {
            // As run(): every request is answered, never left hanging.
            qWarning("docket-gateway: an intake group of %lld: %s",
                     static_cast<long long>(group.takes.size()), e.what());
            for (qsizetype i : std::as_const(group.requests))
                answers[i] = HttpResponse::error(
                    500, QStringLiteral("internal"),
                    Texts::tr("Something went wrong in the gateway; it is logged."));
        }
        if (group.takes.size() > 1) {
            QMutexLocker lock(&m_groupStatsMutex);
            ++m_groupStats.groups;
            m_groupStats.orders += group.takes.size();
            m_groupStats.largest = std::max(m_groupStats.largest, int(group.takes.size()));
        }
    }
    qint64 made = 0;
    for (const IntakeTake& t : std::as_const(group.takes))
        if (!t.error && t.result.kind == IntakeResult::Kind::Created)
            ++made;
    for (qsizetype i = 0; i < items.size(); ++i)
        static_cast<const IntakeJob*>(items[i].get())->reply(std::move(answers[i]));
    // The statistics (an ANALYZE, tenths of a second at 10,000 orders) on a
    // writer of its own: the intake goes on meanwhile.
    const qint64 total = made > 0 ? (m_intakeMade += made) : 0;
    if (made > 0 && total >= m_statisticsAt.load())
        m_writers->post([this, total] { refreshStatistics(total); });
}

void Gateway::refreshStatistics(qint64 made)
{
    // One writer at a time, after its answers left.
    qint64 at = m_statisticsAt.load();
    if (made < at || !m_statisticsAt.compare_exchange_strong(at, INT64_MAX))
        return;
    qint64 next = made + 1000;
    try {
        const qint64 known = IntakeStore::refreshStatistics(m_db->connection(kConnection), made);
        next = made + std::max<qint64>(1000, known);
    } catch (const DocketError& e) {
        qWarning("docket-gateway: refreshing the order statistics: %s", qPrintable(e.message()));
    }
    m_statisticsAt = next;
}

IntakeGroupStats Gateway::intakeGroupStats() const
{
    QMutexLocker lock(&m_groupStatsMutex);
    return m_groupStats;
}

HttpResponse Gateway::run(const Route& route, const HttpRequest& request, IntakeGroup* group)
{
    try {
        std::optional<ApiPrincipal> principal;
        QSqlDatabase db;
        if (route.work != Route::Work::Inline)
            db = m_db->connection(kConnection);
        if (route.access == Route::Access::ApiKey) {
            const QString key = bearer(request);
            if (key.isEmpty()) {
                HttpResponse r = HttpResponse::error(
                    401, QStringLiteral("unauthorized"),
                    Texts::tr("This needs an API key: send it as \"Authorization: Bearer KEY\"."));
                r.addHeader("WWW-Authenticate", "Bearer");
                return r;
            }
            const QByteArray hash = sha256(key).toLatin1();
            const qint64 now = steadyMs();
            {
                QMutexLocker lock(&m_keysMutex);
                auto it = m_keys.find(hash);
                if (it != m_keys.end() && it->until > now)
                    principal = it->principal;
                else
                    it = m_keys.end();
                if (it == m_keys.end()) {
                    lock.unlock();
                    principal = ApiKeyStore(db).authenticate(key);
                    lock.relock();
                    // A revoked key stops working within keyCacheMs.
                    m_keys.insert(hash, CachedKey{principal, now + m_config.keyCacheMs});
                    if (m_keys.size() > 10000)
                        m_keys.clear();
                }
            }
            if (!principal) {
                HttpResponse r = HttpResponse::error(
                    401, QStringLiteral("unauthorized"),
                    Texts::tr("The API key is not valid (unknown, mistyped or revoked)."));
                r.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                return r;
            }
            const int wait = m_limiter.acquire(QStringLiteral("key:%1").arg(principal->keyId),
                                               principal->ratePerMinute);
            if (wait > 0) {
                HttpResponse r = HttpResponse::error(
                    429, QStringLiteral("rate_limited"),
                    Texts::tr("The key %1 may make %2 calls a minute; try again in %n second(s).",
                              nullptr, wait)
                        .arg(principal->name)
                        .arg(principal->ratePerMinute));
                r.addHeader("Retry-After", QByteArray::number(wait));
                r.principal = principal->session.userName();
                r.keyId = principal->keyId;
                return r;
            }
        }
        const QByteArray idempotencyKey = request.header("idempotency-key");
        // Every POST of the API that writes (not the shops' signed webhooks:
        // their intake is idempotent by external id).
        const bool writes =
            route.handler == &Gateway::createOrder || route.handler == &Gateway::addPayment ||
            route.handler == &Gateway::addRefund || route.handler == &Gateway::addShipment ||
            route.handler == &Gateway::changeStatus || route.handler == &Gateway::carrierTracking ||
            route.handler == &Gateway::addTrackingEvent;
        HttpResponse r =
            writes && principal && !idempotencyKey.isEmpty()
                ? once(route, Call{request, db, principal}, QString::fromLatin1(idempotencyKey))
                : (this->*route.handler)(Call{request, db, principal, group});
        if (principal) {
            r.principal = principal->session.userName();
            r.keyId = principal->keyId;
        }
        return r;
    } catch (const DocketError& e) {
        return HttpResponse::fromError(e);
    } catch (const std::exception& e) {
        qWarning("docket-gateway: %s %s: %s", request.method.constData(), qPrintable(request.path),
                 e.what());
        return HttpResponse::error(500, QStringLiteral("internal"),
                                   Texts::tr("Something went wrong in the gateway; it is logged."));
    }
}

HttpResponse Gateway::once(const Route& route, const Call& c, const QString& key)
{
    const IdempotentRequest request{
        c.principal->keyId, key,
        QString::fromLatin1(c.request.method) + QLatin1Char(' ') + c.request.path,
        IdempotencyStore::requestHash(c.request.method, c.request.path, c.request.body)};
    // The route's stores nest in the store's transaction: the answer is kept
    // with the write it answers, or neither is.
    HttpResponse r;
    const IdempotencyStore::Outcome outcome = IdempotencyStore(c.db).once(
        request,
        [&] {
            r = (this->*route.handler)(c);
            QByteArray location;
            for (const auto& [name, value] : r.headers)
                if (name == "Location")
                    location = value;
            return KeptAnswer{r.status, r.body, location};
        },
        QDateTime::currentSecsSinceEpoch());
    if (outcome.replayed) {
        r = HttpResponse();
        r.status = outcome.answer.status;
        r.body = outcome.answer.body;
        if (!outcome.answer.location.isEmpty())
            r.addHeader("Location", outcome.answer.location);
        r.addHeader("Idempotent-Replayed", "true");
    }
    return r;
}

// ---------------------------------------------------------------- logs

void Gateway::access(const AccessRecord& a)
{
    if (!m_config.accessLog.isEmpty()) {
        QJsonObject line{
            {QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("id"), qint64(a.id)},
            {QStringLiteral("remote"), a.remote},
            {QStringLiteral("method"), QString::fromLatin1(a.method)},
            {QStringLiteral("path"), a.path},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("bytes"), a.bytes},
            {QStringLiteral("ms"), qRound(a.ms * 100.0) / 100.0}};
        if (!a.principal.isEmpty())
            line.insert(QStringLiteral("principal"), a.principal);
        // The API key by its number (docketctl apikey list), never the key.
        if (a.keyId)
            line.insert(QStringLiteral("key_id"), a.keyId);
        if (!a.errorCode.isEmpty())
            line.insert(QStringLiteral("error"), a.errorCode);
        const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        if (m_accessFile) {
            m_accessFile->write(text);
            m_accessFile->flush();
        } else {
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        }
    }
    // Every call by a key or a shop is kept in the call log, under its name.
    if (a.principal.isEmpty())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QMutexLocker lock(&m_callsMutex);
    if (m_calls.size() < kCallsQueued)
        m_calls << ApiCall{now,    a.keyId,  a.principal, QString::fromLatin1(a.method),
                           a.path, a.status, a.remote,    int(a.ms)};
    else
        ++m_callsDropped;
    if (a.keyId)
        m_lastUsed.insert(a.keyId, now);
}

void Gateway::flushCalls()
{
    QList<ApiCall> calls;
    QHash<qint64, qint64> used;
    qint64 dropped = 0;
    {
        QMutexLocker lock(&m_callsMutex);
        calls.swap(m_calls);
        used.swap(m_lastUsed);
        std::swap(dropped, m_callsDropped);
    }
    if (dropped > 0)
        qWarning("docket-gateway: %lld calls were not kept in the call log (more than %d "
                 "waited to be written at once)",
                 static_cast<long long>(dropped), kCallsQueued);
    if (calls.isEmpty() && used.isEmpty())
        return;
    m_writers->post([this, calls, used] {
        try {
            ApiKeyStore keys(m_db->connection(kConnection));
            keys.recordCalls(calls);
            keys.touch(used);
        } catch (const DocketError& e) {
            qWarning("docket-gateway: the call log was not written: %s", qPrintable(e.message()));
        }
    });
}

void Gateway::housekeeping()
{
    m_limiter.prune();
    m_writers->post([this] {
        // Each purge on its own: one refused (as the call log's was on
        // PostgreSQL before 0080) does not keep the others from running.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto step = [](const char* what, const std::function<void()>& f) {
            try {
                f();
            } catch (const DocketError& e) {
                qWarning("docket-gateway: housekeeping (%s) failed: %s", what,
                         qPrintable(e.message()));
            }
        };
        const QSqlDatabase db = m_db->connection(kConnection);
        qint64 before = now - 30 * 86400;
        step("settings", [&] {
            const ShopSettings shop = ShopSettingsStore(db, Session::localUser()).load();
            m_trackPerMinute = int(shop.whole(shop::gatewayTrackPerMinute));
            before = now - shop.whole(shop::gatewayLogKeepDays) * 86400;
        });
        step("kept answers",
             [&] { IdempotencyStore(db).purge(now - IdempotencyStore::kKeepSeconds); });
        step("call log", [&] { ApiKeyStore(db).purgeCalls(before); });
        step("intake log", [&] { IntakeStore(db, Session()).purgeLog(before); });
        step("outbox", [&] { WebhookStore(db).purge(before); });
    });
}

QString Gateway::translate(const QString& language, const char* context, const char* text,
                           int n) const
{
    const auto t = m_translators.value(language);
    QString s = t ? t->translate(context, text, nullptr, n) : QString();
    if (s.isEmpty())
        s = QString::fromUtf8(text);
    if (n >= 0)
        s.replace(QLatin1String("%n"), QString::number(n));
    return s;
}

int Gateway::trackPerMinute() const
{
    return m_trackPerMinute.load();
}

} // namespace docket::gateway
