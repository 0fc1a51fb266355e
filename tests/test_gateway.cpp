// docket-gateway end to end over HTTP, on SQLite and PostgreSQL (as a
// service account): JSON errors, API keys and their rate limits, idempotent
// intake (Docket's JSON and WooCommerce's signed webhook), scope, the list
// with cursor paging, status changes, the outbox delivered to a receiver,
// the customer look-up, graceful shutdown.

#include "gatewayfixture.h"

#include "db/sql.h"
#include "stores/apikeystore.h"
#include "stores/cataloguestore.h"
#include "stores/fulfilmentstore.h"
#include "stores/idempotencystore.h"
#include "stores/intakestore.h"
#include "stores/orderstore.h"
#include "stores/reviewstore.h"
#include "stores/salessummaries.h"
#include "stores/serviceaccount.h"
#include "stores/shopsettingsstore.h"
#include "stores/stockstore.h"
#include "stores/userstore.h"
#include "stores/webhookstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <atomic>

using namespace docket;
using namespace docket::test;

namespace {

// The migration that adds the payment/refund/shipment events (renumbered at landing).
constexpr int kRecordEventsMigration = 74;

const QByteArray kWooSecret = "woo-secret-for-the-tests";

QByteArray wooBody()
{
    QFile f(QStringLiteral(DOCKET_TEST_DATA "/woocommerce-order.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray wooSignature(const QByteArray& body, const QByteArray& secret = kWooSecret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
}

QByteArray order(const QString& externalId, const QString& channel = QStringLiteral("web"),
                 const QString& customer = QStringLiteral("Ada Lovelace"),
                 const QString& status = QStringLiteral("pending"))
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("external_id"), externalId},
                   {QStringLiteral("channel"), channel},
                   {QStringLiteral("status"), status},
                   {QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("name"), customer},
                                {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                                {QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000")}}},
                   {QStringLiteral("total"), QStringLiteral("25.00")},
                   {QStringLiteral("lines"),
                    QJsonArray{
                        QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-1")},
                                    {QStringLiteral("name"), QStringLiteral("Mug")},
                                    {QStringLiteral("quantity"), 2},
                                    {QStringLiteral("unit_price"), QStringLiteral("12.50")}}}}})
        .toJson(QJsonDocument::Compact);
}

qint64 count(TestDb& db, const QString& sql, const QVariantList& binds = {})
{
    return queryValue(db.connection(), sql, binds).toLongLong();
}

// The field an error answer names.
QString errorField(const HttpResult& r)
{
    return r.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}

// The web channel takes orders, unknown SKUs as unlinked lines.
void openWebChannel(GatewayFixture& g)
{
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
}

// The message of an error answer.
QString errorMessage(const HttpResult& r)
{
    return r.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

// The id of the order `number`, its review approved when it waits for one
// (a new customer's first order), so that it may be paid and shipped.
qint64 reviewedOrder(GatewayFixture& g, const QString& number)
{
    const qint64 id =
        count(g.db(), QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number});
    if (OrderStore(g.db().connection(), g.admin()).order(id).reviewState ==
        QLatin1String("waiting"))
        ReviewStore(g.db().connection(), g.admin()).approve({id});
    return id;
}

// One POST as it goes over the wire.
struct RawPost
{
    QByteArray path;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Sends `posts` at once, each on a connection of its own, while the gateway's
// writer is held busy, so that they all wait for it together and are taken
// as one group when it is let go; their answers in `answers`, in order.
void sendTogether(GatewayFixture& g, const QList<RawPost>& posts, QList<HttpResult>* answers)
{
    std::atomic<bool> holding{false};
    QSemaphore letGo;
    g.gateway().intakeWriters()->post([&] {
        holding = true;
        letGo.acquire();
    });
    auto release = qScopeGuard([&] {
        if (letGo.available() == 0)
            letGo.release();
    });
    QTRY_VERIFY_WITH_TIMEOUT(holding.load(), 10000);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const RawPost& p : posts) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, g.port());
        QVERIFY(s->waitForConnected(5000));
        QByteArray raw =
            "POST " + p.path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " +
            "application/json\r\nContent-Length: " + QByteArray::number(p.body.size()) + "\r\n";
        for (const auto& [name, value] : p.headers)
            raw += name + ": " + value + "\r\n";
        s->write(raw + "\r\n" + p.body);
        sockets.push_back(std::move(s));
    }
    // Every request waits for the writer.
    QTRY_COMPARE_WITH_TIMEOUT(g.gateway().intakeWriters()->backlog(), qsizetype(posts.size()),
                              20000);
    release.dismiss();
    letGo.release();
    answers->clear();
    for (auto& s : sockets) {
        HttpResult r;
        QByteArray data;
        QElapsedTimer waited;
        waited.start();
        while (r.status == 0 && waited.elapsed() < 60000) {
            data += s->readAll();
            const qsizetype end = data.indexOf("\r\n\r\n");
            if (end > 0) {
                const QList<QByteArray> lines = data.left(end).split('\n');
                qsizetype length = 0;
                QList<QPair<QByteArray, QByteArray>> headers;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    const QByteArray name = lines[i].left(colon).trimmed();
                    const QByteArray value = lines[i].mid(colon + 1).trimmed();
                    headers.append({name, value});
                    if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                        length = value.toLongLong();
                }
                if (data.size() >= end + 4 + length) {
                    r.status = lines.first().mid(9, 3).toInt();
                    r.headers = headers;
                    r.body = data.mid(end + 4, length);
                    break;
                }
            }
            QTest::qWait(5);
        }
        answers->append(r);
    }
}

// An order of one unit of each of `skus`, in that line order, at 1.00 each.
IntakeOrder orderOfSkus(const QString& externalId, const QString& channel, const QStringList& skus)
{
    QJsonArray lines;
    for (const QString& sku : skus)
        lines.append(QJsonObject{{QStringLiteral("sku"), sku},
                                 {QStringLiteral("name"), sku},
                                 {QStringLiteral("quantity"), 1},
                                 {QStringLiteral("unit_price"), QStringLiteral("1.00")}});
    const QJsonObject body{
        {QStringLiteral("external_id"), externalId},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("status"), QStringLiteral("pending")},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
                     {QStringLiteral("email"), QStringLiteral("ada@example.com")}}},
        {QStringLiteral("total"), QStringLiteral("%1.00").arg(skus.size())},
        {QStringLiteral("lines"), lines}};
    return *intake::fromDocketJson(body).order;
}

// Two warehouses (north for the web shop, south for retail) and `count`
// products LOCK-00.. stocked in both; their ids in SKU order.
QList<qint64> twoWarehouseShop(TestDb& tdb, int count)
{
    CatalogueStore cat(tdb.connection(), adminSession());
    const qint64 north =
        cat.saveWarehouse({0, QStringLiteral("north"), QStringLiteral("North"), {}, true, 0});
    const qint64 south =
        cat.saveWarehouse({0, QStringLiteral("south"), QStringLiteral("South"), {}, true, 0});
    cat.setChannelWarehouse(QStringLiteral("web"), north);
    cat.setChannelWarehouse(QStringLiteral("retail"), south);
    QList<qint64> ids;
    QList<StockStore::Receipt> receipt;
    for (int i = 0; i < count; ++i) {
        Product p;
        p.sku = QStringLiteral("LOCK-%1").arg(i, 2, 10, QLatin1Char('0'));
        p.name = p.sku;
        p.price = Money(100);
        p.cost = Money(40);
        ids << cat.saveProduct(p);
        receipt << StockStore::Receipt{ids.last(), north, 1000}
                << StockStore::Receipt{ids.last(), south, 1000};
    }
    StockStore(tdb.connection(), adminSession()).receive(receipt);
    // The products stored highest first (a new version of each, in that
    // order): 0149 updated product_stock in the order it read the products
    // as stored (a hash join), which is otherwise product order by chance.
    for (qsizetype i = ids.size() - 1; i >= 0; --i)
        sql::run(tdb.connection(),
                 QStringLiteral("UPDATE products SET cost_cents = cost_cents WHERE id = ?"),
                 {ids[i]});
    return ids;
}

} // namespace

class TestGateway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }
    void errorsAreJson_data() { addBackendRows(); }
    void errorsAreJson();
    void apiKeys_data() { addBackendRows(); }
    void apiKeys();
    void removingChannelsAndWebhooks_data() { addBackendRows(); }
    void removingChannelsAndWebhooks();
    void rateLimit_data() { addBackendRows(); }
    void rateLimit();
    void intakeIsIdempotent_data() { addBackendRows(); }
    void intakeIsIdempotent();
    void wooCommerceWebhook_data() { addBackendRows(); }
    void wooCommerceWebhook();
    void scopeHolds_data() { addBackendRows(); }
    void scopeHolds();
    void listAndPaging_data() { addBackendRows(); }
    void listAndPaging();
    void listFilters_data() { addBackendRows(); }
    void listFilters();
    void statusChange_data() { addBackendRows(); }
    void statusChange();
    void outboxDelivers_data() { addBackendRows(); }
    void outboxDelivers();
    void deliveryLeaseRunsOutPromptly_data() { addBackendRows(); }
    void deliveryLeaseRunsOutPromptly();
    void webhookRetriesWithBackoff_data() { addBackendRows(); }
    void webhookRetriesWithBackoff();
    void recordEventsGoToTheOutbox_data() { addBackendRows(); }
    void recordEventsGoToTheOutbox();
    void recordEventsAfterUpgrade_data() { addBackendRows(); }
    void recordEventsAfterUpgrade();
    void idempotencyKeys_data() { addBackendRows(); }
    void idempotencyKeys();
    void idempotencyKeyResentConcurrently_data() { addBackendRows(); }
    void idempotencyKeyResentConcurrently();
    void idempotencyKeysOnStatusAndTracking_data() { addBackendRows(); }
    void idempotencyKeysOnStatusAndTracking();
    void idempotencyKeysPurged_data() { addBackendRows(); }
    void idempotencyKeysPurged();
    void callLogPurgedAfterUpgrade_data() { addBackendRows(); }
    void callLogPurgedAfterUpgrade();
    void carrierTracking_data() { addBackendRows(); }
    void carrierTracking();
    void fulfilmentRoutes_data() { addBackendRows(); }
    void fulfilmentRoutes();
    void stockReads_data() { addBackendRows(); }
    void stockReads();
    void trackingEventsOfAShipment_data() { addBackendRows(); }
    void trackingEventsOfAShipment();
    void trackLookup_data() { addBackendRows(); }
    void trackLookup();
    void trackShowsParcelLinks_data() { addBackendRows(); }
    void trackShowsParcelLinks();
    void shutdownFinishesInFlight_data() { addBackendRows(); }
    void shutdownFinishesInFlight();
    void upgradeFromPreviousSchema_data() { addBackendRows(); }
    void upgradeFromPreviousSchema();
    void stockInStepAfterUpgrade_data() { addBackendRows(); }
    void stockInStepAfterUpgrade();
    void intakeGroupCommit_data() { addBackendRows(); }
    void intakeGroupCommit();
    void intakeGroupThatFails_data() { addBackendRows(); }
    void intakeGroupThatFails();
    void intakeGroupWritesWhatOneByOneWrites_data() { addBackendRows(); }
    void intakeGroupWritesWhatOneByOneWrites();
    void productStockLockedInProductOrder_data() { addBackendRows(); }
    void productStockLockedInProductOrder();
    void twoWritersCrossingProductsBothFinish_data() { addBackendRows(); }
    void twoWritersCrossingProductsBothFinish();
};

#define START(fixture)                                                                             \
    do {                                                                                           \
        QString error_;                                                                            \
        QVERIFY2((fixture).start(&error_), qPrintable(error_));                                    \
    } while (false)

void TestGateway::errorsAreJson()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    START(g);
    const HttpResult health = g.get(QStringLiteral("/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    const HttpResult missing = g.get(QStringLiteral("/nowhere"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
    QVERIFY(missing.header("Content-Type").startsWith("application/json"));

    const HttpResult method =
        httpRequest(g.port(), "DELETE", QStringLiteral("/api/v1/orders"), {}, {});
    QCOMPARE(method.status, 405);
    QCOMPARE(method.errorCode(), QStringLiteral("method_not_allowed"));

    const HttpResult noKey = g.get(QStringLiteral("/api/v1/orders"));
    QCOMPARE(noKey.status, 401);
    QCOMPARE(noKey.errorCode(), QStringLiteral("unauthorized"));
    QVERIFY(!noKey.header("WWW-Authenticate").isEmpty());

    const QString key = g.apiKey(QStringLiteral("erp"));
    const HttpResult badJson = g.post(QStringLiteral("/api/v1/orders"), "{\"external_id\":", key);
    QCOMPARE(badJson.status, 400);
    QCOMPARE(badJson.errorCode(), QStringLiteral("bad_json"));

    const HttpResult badParam = g.get(QStringLiteral("/api/v1/orders?limit=0"), key);
    QCOMPARE(badParam.status, 400);
    QCOMPARE(badParam.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
             QStringLiteral("limit"));
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders?colour=red"), key).errorCode(),
             QStringLiteral("bad_parameter"));

    // A body over the limit is refused from its Content-Length, before it is read.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, g.port());
    QVERIFY(raw.waitForConnected(5000));
    raw.write("POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Content-Length: 999999999\r\n\r\n{");
    QTRY_VERIFY_WITH_TIMEOUT(
        raw.bytesAvailable() > 0 || raw.state() == QAbstractSocket::UnconnectedState, 10000);
    const QByteArray answer = raw.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("\"body_too_large\""));

    const HttpResult openapi = g.get(QStringLiteral("/api/v1/openapi.json"));
    QCOMPARE(openapi.status, 200);
    QCOMPARE(openapi.json().value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
}

void TestGateway::apiKeys()
{
    QFETCH(Backend, backend);
    gateway::GatewayConfig config;
    config.keyCacheMs = 0;
    GatewayFixture g(backend, config);
    const QString key = g.apiKey(QStringLiteral("crm"), QStringLiteral("manager"));
    // Stored hashed: the key is nowhere in the database.
    QCOMPARE(count(g.db(),
                   QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE key_hash = ? OR "
                                  "prefix = ?"),
                   {key, key}),
             0);
    START(g);
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders"), key).status, 200);
    QString mistyped = key;
    mistyped[mistyped.size() - 1] =
        mistyped.back() == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders"), mistyped).status, 401);
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders"), QStringLiteral("dk_nonsense")).status, 401);
    // A manager may read but not create.
    const HttpResult create =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("M-1")), key);
    QCOMPARE(create.status, 403);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    // Every call is in the call log under the key's name (flushed each second).
    QTRY_VERIFY_WITH_TIMEOUT(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM api_calls WHERE "
                                                          "principal = 'key:crm'")) >= 2,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !queryValue(g.db().connection(),
                    QStringLiteral("SELECT last_used_at FROM api_keys WHERE name = 'crm'"))
             .isNull(),
        10000);
    // Revoked: refused from then on.
    ApiKeyStore(g.db().connection(), g.admin()).revoke(QStringLiteral("crm"));
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders"), key).status, 401);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind IN "
                                          "('apikey_created', 'apikey_revoked') AND target = "
                                          "'crm'")),
             2);
}

// IntakeStore::removeChannel and WebhookStore::remove (one frame,
// settingrows::remove): removed and logged once in the security log; a second
// removal is NotFound naming the row, a session without ChangeSettings is
// Forbidden, and neither writes anything.
void TestGateway::removingChannelsAndWebhooks()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    IntakeStore intake(g.db().connection(), g.admin());
    WebhookStore hooks(g.db().connection(), g.admin());
    intake.setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                      QStringLiteral("refuse"));
    const qint64 hook = hooks.add(QStringLiteral("http://127.0.0.1:9/hook"),
                                  IntakeStore::generateSecret(), {QStringLiteral("order.created")});
    const QString removals = QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind IN "
                                            "('intake_channel_removed', 'webhook_removed')");

    // Without ChangeSettings: refused, nothing removed, nothing logged.
    const Session clerk(7, QStringLiteral("clerk"), {Permission::ViewOrders}, Scope::all());
    // The refusal's code and message; nullopt when the call went through.
    auto refusedWith = [](const std::function<void()>& call)
        -> std::optional<std::pair<DocketError::Code, QString>> {
        try {
            call();
        } catch (const DocketError& e) {
            return std::make_pair(e.code(), e.message());
        }
        return std::nullopt;
    };
    const auto clerkChannel = refusedWith(
        [&] { IntakeStore(g.db().connection(), clerk).removeChannel(QStringLiteral("web")); });
    QVERIFY(clerkChannel);
    QCOMPARE(clerkChannel->first, DocketError::Code::Forbidden);
    const auto clerkHook =
        refusedWith([&] { WebhookStore(g.db().connection(), clerk).remove(hook); });
    QVERIFY(clerkHook);
    QCOMPARE(clerkHook->first, DocketError::Code::Forbidden);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM intake_channels")), 1);
    QCOMPARE(count(g.db(),
                   QStringLiteral("SELECT COUNT(*) FROM webhook_subscriptions WHERE active = 1")),
             1);
    QCOMPARE(count(g.db(), removals), 0);

    intake.removeChannel(QStringLiteral("web"));
    hooks.remove(hook);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM intake_channels")), 0);
    QCOMPARE(count(g.db(),
                   QStringLiteral("SELECT COUNT(*) FROM webhook_subscriptions WHERE active = 1")),
             0);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind = "
                                          "'intake_channel_removed' AND target = 'web' AND actor = "
                                          "'admin'")),
             1);
    QCOMPARE(
        count(g.db(), QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind = "
                                     "'webhook_removed' AND target = 'http://127.0.0.1:9/hook' AND "
                                     "actor = 'admin'")),
        1);

    // Removed again: NotFound naming it, nothing more in the log.
    const auto channelAgain = refusedWith([&] { intake.removeChannel(QStringLiteral("web")); });
    QVERIFY(channelAgain);
    QCOMPARE(channelAgain->first, DocketError::Code::NotFound);
    QVERIFY2(channelAgain->second.contains(QStringLiteral("\"web\"")),
             qPrintable(channelAgain->second));
    const auto hookAgain = refusedWith([&] { hooks.remove(hook); });
    QVERIFY(hookAgain);
    QCOMPARE(hookAgain->first, DocketError::Code::NotFound);
    QVERIFY2(hookAgain->second.contains(QString::number(hook)), qPrintable(hookAgain->second));
    QCOMPARE(count(g.db(), removals), 2);
}

void TestGateway::rateLimit()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString slow = g.apiKey(QStringLiteral("slow"), QStringLiteral("clerk"), Scope::all(), 6);
    const QString fast = g.apiKey(QStringLiteral("fast"));
    START(g);
    int ok = 0;
    HttpResult limited;
    for (int i = 0; i < 8 && limited.status == 0; ++i) {
        const HttpResult r = g.get(QStringLiteral("/api/v1/orders"), slow);
        if (r.status == 200)
            ++ok;
        else
            limited = r;
    }
    QCOMPARE(ok, 5); // a burst of ten seconds' worth, at least 5
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    // Per key: another key is not held back.
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders"), fast).status, 200);
}

void TestGateway::intakeIsIdempotent()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString key = g.apiKey(QStringLiteral("shop"));
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    START(g);
    const HttpResult created =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("A-1")), key);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("result")).toString(), QStringLiteral("created"));
    const QString number = created.json().value(QStringLiteral("number")).toString();
    QCOMPARE(created.header("Location"), QByteArray("/api/v1/orders/") + number.toUtf8());
    // A 2xx only after the commit: the order is there, audited as the key.
    QCOMPARE(count(g.db(),
                   QStringLiteral("SELECT COUNT(*) FROM orders WHERE number = ? AND "
                                  "created_by = 'key:shop' AND total_cents = 2500"),
                   {number}),
             1);
    QCOMPARE(count(g.db(),
                   QStringLiteral("SELECT COUNT(*) FROM order_events e JOIN orders o ON "
                                  "o.id = e.order_id WHERE o.number = ? AND e.kind = "
                                  "'created' AND e.actor = 'key:shop'"),
                   {number}),
             1);

    const QString before = contentFingerprint(g.db().connection());
    const HttpResult again =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("A-1")), key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("result")).toString(), QStringLiteral("unchanged"));
    QCOMPARE(contentFingerprint(g.db().connection()), before);

    // A resend with changes changes what changed, audited; never a second order.
    const HttpResult changed =
        g.post(QStringLiteral("/api/v1/orders"),
               order(QStringLiteral("A-1"), QStringLiteral("web"), QStringLiteral("Ada King"),
                     QStringLiteral("processing")),
               key);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QStringLiteral("result")).toString(), QStringLiteral("updated"));
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
    QCOMPARE(queryValue(g.db().connection(),
                        QStringLiteral("SELECT customer_name || '/' || status FROM orders"))
                 .toString(),
             QStringLiteral("Ada King/processing"));
    // pending -> paid -> processing: each step in the history.
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_events WHERE kind = 'status' "
                                          "AND actor = 'key:shop'")),
             2);

    // A refusal writes nothing but its line in the intake log.
    const QString clean = contentFingerprint(g.db().connection());
    QByteArray bad = order(QStringLiteral("A-2"));
    bad.replace("\"25.00\"", "\"25.01\"");
    const HttpResult refused = g.post(QStringLiteral("/api/v1/orders"), bad, key);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("total_mismatch"));
    QCOMPARE(contentFingerprint(g.db().connection()), clean);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM intake_log WHERE external_id = "
                                          "'A-2' AND code = 'total_mismatch' AND status = 422 AND "
                                          "principal = 'key:shop'")),
             1);
    const QList<IntakeLogEntry> log =
        IntakeStore(g.db().connection(), g.admin()).logEntries(10, QStringLiteral("web"));
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().field, QStringLiteral("total"));

    // Unknown SKUs under "refuse": 422 naming the line, nothing written.
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), QString(), QStringLiteral("refuse"));
    const HttpResult unknown =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("A-3")), key);
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.errorCode(), QStringLiteral("unknown_sku"));
    QCOMPARE(unknown.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
             QStringLiteral("lines[0].sku"));
    QCOMPARE(contentFingerprint(g.db().connection()), clean);
}

void TestGateway::wooCommerceWebhook()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), QString::fromLatin1(kWooSecret),
                    QStringLiteral("unlinked"));
    START(g);
    const QString path = QStringLiteral("/webhooks/woocommerce/web");
    const HttpResult ping = g.post(path, "webhook_id=12");
    QCOMPARE(ping.status, 200);

    const QByteArray body = wooBody();
    const HttpResult unsigned_ = g.post(path, body);
    QCOMPARE(unsigned_.status, 401);
    const HttpResult forged = g.post(
        path, body, {}, {{"X-WC-Webhook-Signature", wooSignature(body, "nope-nope-nope-nope")}});
    QCOMPARE(forged.status, 401);
    QCOMPARE(forged.errorCode(), QStringLiteral("bad_signature"));
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM intake_log WHERE code = "
                                          "'bad_signature'")),
             2);
    QCOMPARE(g.post(QStringLiteral("/webhooks/woocommerce/retail"), body, {},
                    {{"X-WC-Webhook-Signature", wooSignature(body)}})
                 .status,
             404);

    const QList<QPair<QByteArray, QByteArray>> signed_{
        {"X-WC-Webhook-Signature", wooSignature(body)}, {"X-WC-Webhook-Topic", "order.created"}};
    const HttpResult created = g.post(path, body, {}, signed_);
    QCOMPARE(created.status, 201);
    QCOMPARE(count(g.db(),
                   QStringLiteral("SELECT COUNT(*) FROM orders WHERE total_cents = 4147 AND "
                                  "status = 'paid' AND created_by = 'woocommerce:web' "
                                  "AND customer_name = ?"),
                   {QStringLiteral("Grete Müller")}),
             1);
    QCOMPARE(g.post(path, body, {}, signed_).json().value(QStringLiteral("result")).toString(),
             QStringLiteral("unchanged"));

    // WooCommerce completes the order: paid -> shipped -> delivered (the
    // workflow's shortest way since issue 15 lets a paid order ship).
    QByteArray completed = body;
    completed.replace("\"status\": \"processing\"", "\"status\": \"completed\"");
    const HttpResult updated = g.post(path, completed, {},
                                      {{"X-WC-Webhook-Signature", wooSignature(completed)},
                                       {"X-WC-Webhook-Topic", "order.updated"}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(QStringLiteral("result")).toString(), QStringLiteral("updated"));
    QCOMPARE(
        queryValue(g.db().connection(), QStringLiteral("SELECT status FROM orders")).toString(),
        QStringLiteral("delivered"));
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_events WHERE kind = "
                                          "'status' AND actor = 'woocommerce:web'")),
             2);
    // Topics other than orders are answered and left alone.
    QCOMPARE(g.post(path, "{}", {},
                    {{"X-WC-Webhook-Signature", wooSignature("{}")},
                     {"X-WC-Webhook-Topic", "product.updated"}})
                 .status,
             200);
}

void TestGateway::scopeHolds()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString web = g.apiKey(QStringLiteral("webshop"), QStringLiteral("clerk"),
                                 Scope::ofChannels({QStringLiteral("web")}));
    const QString all = g.apiKey(QStringLiteral("erp"));
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("retail"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    START(g);
    const HttpResult retail = g.post(QStringLiteral("/api/v1/orders"),
                                     order(QStringLiteral("R-1"), QStringLiteral("retail")), all);
    QCOMPARE(retail.status, 201);
    const QString number = retail.json().value(QStringLiteral("number")).toString();
    // The web key does not see the retail order, nor its existence.
    const HttpResult read = g.get(QStringLiteral("/api/v1/orders/") + number, web);
    QCOMPARE(read.status, 404);
    QVERIFY(!read.body.contains("Ada"));
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders"), web)
                 .json()[QStringLiteral("orders")]
                 .toArray()
                 .size(),
             0);
    const HttpResult create = g.post(QStringLiteral("/api/v1/orders"),
                                     order(QStringLiteral("R-2"), QStringLiteral("retail")), web);
    QCOMPARE(create.status, 403);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
    // Without a channel, a one-channel key takes its own.
    QByteArray noChannel = order(QStringLiteral("W-1"));
    noChannel.replace("\"channel\":\"web\",", "");
    QCOMPARE(g.post(QStringLiteral("/api/v1/orders"), noChannel, web).status, 201);
    const HttpResult status =
        g.post(QStringLiteral("/api/v1/orders/") + number + QStringLiteral("/status"),
               "{\"status\":\"paid\"}", web);
    QCOMPARE(status.status, 404);
}

void TestGateway::listAndPaging()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString key = g.apiKey(QStringLiteral("erp"));
    OrderStore store = g.db().store(g.admin());
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i) {
        Order o;
        o.customerName = QStringLiteral("Customer %1").arg(i);
        o.channel = i % 2 ? QStringLiteral("retail") : QStringLiteral("web");
        o.createdAt = QDateTime::fromSecsSinceEpoch(TestDb::kNow - 3600 * (10 - i), Qt::UTC);
        o.lines << OrderLine{
            0, 0, QStringLiteral("SKU-%1").arg(i), QStringLiteral("Thing"), 1, Money(100 + i)};
        ids << store.create(o);
    }
    START(g);
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        const HttpResult page =
            g.get(QStringLiteral("/api/v1/orders?limit=3") +
                      (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                  key);
        QCOMPARE(page.status, 200);
        for (const QJsonValue& o : page.json()[QStringLiteral("orders")].toArray()) {
            const QString n = o[QStringLiteral("number")].toString();
            QVERIFY2(!seen.contains(n), qPrintable(n));
            seen.insert(n);
        }
        cursor = page.json()[QStringLiteral("next_cursor")].toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(seen.size(), 7);
    QCOMPARE(pages, 3);
    const HttpResult retail = g.get(QStringLiteral("/api/v1/orders?channel=retail&limit=500"), key);
    QCOMPARE(retail.json()[QStringLiteral("orders")].toArray().size(), 3);
    const HttpResult first = g.get(QStringLiteral("/api/v1/orders?limit=1"), key);
    QCOMPARE(first.json()[QStringLiteral("orders")][0][QStringLiteral("customer_name")].toString(),
             QStringLiteral("Customer 6")); // newest first
    QCOMPARE(first.json()[QStringLiteral("orders")][0][QStringLiteral("total")].toString(),
             QStringLiteral("1.06"));
    // updated_since: only what changed since, oldest change first.
    const qint64 since =
        queryValue(g.db().connection(), QStringLiteral("SELECT MAX(updated_at) FROM orders"))
            .toLongLong() +
        5;
    OrderStore later = g.db().store(g.admin(), since + 10);
    // Paid in full: the order follows its records (issue 15).
    FulfilmentStore pay(later.database(), later.session());
    pay.setClock([since] { return since + 10; });
    pay.addPayment(ids[2], QStringLiteral("card"), later.order(ids[2]).total);
    const HttpResult changed =
        g.get(QStringLiteral("/api/v1/orders?updated_since=%1").arg(since), key);
    QCOMPARE(changed.status, 200);
    const QJsonArray rows = changed.json()[QStringLiteral("orders")].toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][QStringLiteral("status")].toString(), QStringLiteral("paid"));
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders?cursor=garbage"), key).status, 422);
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders?status=lost"), key).status, 400);
}

// GET /api/v1/orders filters as the desk does: status and channel (lists),
// from/to (UTC days, both included), updated_since, together and with
// cursor paging; a bad value is a 400 whose JSON error names the parameter.
void TestGateway::listFilters()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString key = g.apiKey(QStringLiteral("erp"));
    OrderStore store = g.db().store(g.admin());
    struct Made
    {
        QString channel;
        QString day; // created at noon UTC
    };
    const QList<Made> made{{QStringLiteral("web"), QStringLiteral("2024-05-20")},
                           {QStringLiteral("retail"), QStringLiteral("2024-06-01")},
                           {QStringLiteral("web"), QStringLiteral("2024-06-10")},
                           {QStringLiteral("marketplace"), QStringLiteral("2024-06-10")},
                           {QStringLiteral("web"), QStringLiteral("2024-06-14")}};
    QStringList numbers;
    QList<qint64> ids;
    for (const Made& m : made) {
        Order o;
        o.customerName = QStringLiteral("Filter ") + m.day;
        o.channel = m.channel;
        o.createdAt = QDateTime(QDate::fromString(m.day, Qt::ISODate), QTime(12, 0), Qt::UTC);
        o.lines << OrderLine{0, 0, QStringLiteral("F-1"), QStringLiteral("Thing"), 1, Money(1000)};
        ids << store.create(o);
        numbers << store.order(ids.last()).number;
    }
    // Two of them paid later.
    const qint64 later =
        queryValue(g.db().connection(), QStringLiteral("SELECT MAX(updated_at) FROM orders"))
            .toLongLong() +
        100;
    for (int i : {1, 4}) {
        const qint64 id = ids[i];
        if (store.order(id).reviewState == QLatin1String("waiting")) {
            ReviewStore review(g.db().connection(), g.admin());
            review.setClock([later] { return later; });
            review.approve({id});
        }
        FulfilmentStore pay(g.db().connection(), g.admin());
        pay.setClock([later] { return later; });
        pay.addPayment(id, QStringLiteral("card"), Money(1000));
    }
    START(g);
    auto list = [&](const QString& query) {
        const HttpResult r = g.get(QStringLiteral("/api/v1/orders?") + query, key);
        QStringList got;
        for (const QJsonValue& o : r.json()[QStringLiteral("orders")].toArray())
            got << o[QStringLiteral("number")].toString();
        std::sort(got.begin(), got.end());
        return r.status == 200 ? got : QStringList{QStringLiteral("HTTP %1").arg(r.status)};
    };
    auto these = [&](const QList<int>& which) {
        QStringList out;
        for (int i : which)
            out << numbers[i];
        std::sort(out.begin(), out.end());
        return out;
    };
    QCOMPARE(list(QStringLiteral("channel=web")), these({0, 2, 4}));
    QCOMPARE(list(QStringLiteral("channel=retail,marketplace")), these({1, 3}));
    QCOMPARE(list(QStringLiteral("status=paid")), these({1, 4}));
    QCOMPARE(list(QStringLiteral("status=pending")), these({0, 2, 3}));
    QCOMPARE(list(QStringLiteral("status=pending,paid")), these({0, 1, 2, 3, 4}));
    QCOMPARE(list(QStringLiteral("from=2024-06-01&to=2024-06-10")), these({1, 2, 3}));
    QCOMPARE(list(QStringLiteral("from=2024-06-10")), these({2, 3, 4}));
    QCOMPARE(list(QStringLiteral("to=2024-05-31")), these({0}));
    QCOMPARE(list(QStringLiteral("from=2024-06-11&to=2024-06-13")), QStringList());
    QCOMPARE(list(QStringLiteral("channel=web&status=pending&from=2024-06-01")), these({2}));
    const QString since = QDateTime::fromSecsSinceEpoch(later - 50, Qt::UTC).toString(Qt::ISODate);
    QCOMPARE(list(QStringLiteral("updated_since=") +
                  QString::fromLatin1(QUrl::toPercentEncoding(since))),
             these({1, 4}));
    QCOMPARE(list(QStringLiteral("updated_since=%1").arg(later - 50)), these({1, 4}));
    QCOMPARE(list(QStringLiteral("updated_since=%1&channel=web").arg(later - 50)), these({4}));
    QCOMPARE(list(QStringLiteral("updated_since=%1").arg(later + 1)), QStringList());

    // Paging through a filter: every match once, then no cursor.
    QStringList paged;
    QString cursor;
    int pages = 0;
    do {
        const HttpResult r =
            g.get(QStringLiteral("/api/v1/orders?channel=web&limit=2") +
                      (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                  key);
        QCOMPARE(r.status, 200);
        for (const QJsonValue& o : r.json()[QStringLiteral("orders")].toArray())
            paged << o[QStringLiteral("number")].toString();
        cursor = r.json()[QStringLiteral("next_cursor")].toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 2);
    std::sort(paged.begin(), paged.end());
    QCOMPARE(paged, these({0, 2, 4}));

    // Bad values: 400, the JSON error naming the parameter.
    const QList<QPair<QString, QString>> bad{
        {QStringLiteral("status=lost"), QStringLiteral("status")},
        {QStringLiteral("status=paid,lost"), QStringLiteral("status")},
        {QStringLiteral("channel=fax"), QStringLiteral("channel")},
        {QStringLiteral("from=2024-02-30"), QStringLiteral("from")},
        {QStringLiteral("from=yesterday"), QStringLiteral("from")},
        {QStringLiteral("to=2024-6-1"), QStringLiteral("to")},
        {QStringLiteral("from=2024-06-10&to=2024-06-01"), QStringLiteral("to")},
        {QStringLiteral("updated_since=yesterday"), QStringLiteral("updated_since")},
        {QStringLiteral("updated_since=2024-06-10T10:00:00"), QStringLiteral("updated_since")},
        {QStringLiteral("limit=0"), QStringLiteral("limit")},
        {QStringLiteral("limit=501"), QStringLiteral("limit")},
        {QStringLiteral("limit=ten"), QStringLiteral("limit")},
        {QStringLiteral("sort=price"), QStringLiteral("sort")},
        {QStringLiteral("exact=maybe"), QStringLiteral("exact")},
        {QStringLiteral("validity=some"), QStringLiteral("validity")},
        {QStringLiteral("colour=red"), QStringLiteral("colour")},
        {QStringLiteral("status=paid&status=pending"), QStringLiteral("status")},
    };
    for (const auto& [query, field] : bad) {
        const HttpResult r = g.get(QStringLiteral("/api/v1/orders?") + query, key);
        QVERIFY2(r.status == 400,
                 qPrintable(query + QStringLiteral(": ") + QString::number(r.status)));
        QCOMPARE(r.header("Content-Type").left(16), QByteArray("application/json"));
        QCOMPARE(r.errorCode(), QStringLiteral("bad_parameter"));
        QVERIFY2(errorField(r) == field,
                 qPrintable(query + QStringLiteral(" -> ") + errorField(r)));
        QVERIFY2(!errorMessage(r).isEmpty(), qPrintable(query));
    }
}

void TestGateway::statusChange()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString key = g.apiKey(QStringLiteral("erp"));
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    START(g);
    const QString number =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("S-1")), key)
            .json()
            .value(QStringLiteral("number"))
            .toString();
    const QString path = QStringLiteral("/api/v1/orders/%1/status").arg(number);
    const HttpResult paid =
        g.post(path, "{\"status\":\"paid\",\"note\":\"bank transfer\",\"version\":1}", key);
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.json().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    const QJsonArray history = paid.json().value(QStringLiteral("history")).toArray();
    QCOMPARE(history.last()[QStringLiteral("actor")].toString(), QStringLiteral("key:erp"));
    QCOMPARE(history.last()[QStringLiteral("note")].toString(), QStringLiteral("bank transfer"));
    const HttpResult stale = g.post(path, "{\"status\":\"processing\",\"version\":1}", key);
    QCOMPARE(stale.status, 409);
    const HttpResult backwards = g.post(path, "{\"status\":\"pending\"}", key);
    QCOMPARE(backwards.status, 422);
    QCOMPARE(g.post(path, "{\"status\":\"paid\",\"colour\":1}", key).status, 422);
}

void TestGateway::outboxDelivers()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString key = g.apiKey(QStringLiteral("erp"));
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    // The receiver: counts every event id it gets and checks the signature.
    const QByteArray secret = "receiver-secret-1234";
    QHash<QString, int> received;
    int badSignatures = 0;
    QHttpServer receiver;
    receiver.route(QStringLiteral("/hook"), [&](const QHttpServerRequest& r) {
        const QByteArray sig = r.value("X-Docket-Signature");
        if (sig != WebhookStore::signature(r.body(), secret))
            ++badSignatures;
        const QJsonObject e = QJsonDocument::fromJson(r.body()).object();
        received[e.value(QStringLiteral("id")).toString()] += 1;
        if (r.value("X-Docket-Event-Id") != e.value(QStringLiteral("id")).toString().toLatin1())
            ++badSignatures;
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    const quint16 port = receiver.listen(QHostAddress::LocalHost);
    QVERIFY(port);
    const qint64 sub = WebhookStore(g.db().connection(), g.admin())
                           .add(QStringLiteral("http://127.0.0.1:%1/hook").arg(port),
                                QString::fromLatin1(secret), {});
    QVERIFY(sub > 0);
    START(g);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("O-%1").arg(i)), key)
                     .status,
                 201);
    const QString number =
        queryValue(g.db().connection(), QStringLiteral("SELECT MIN(number) FROM orders"))
            .toString();
    QCOMPARE(
        g.post(QStringLiteral("/api/v1/orders/%1/status").arg(number), "{\"status\":\"paid\"}", key)
            .status,
        200);
    // Written in the same transaction as the change: 3 created, 1 status change.
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM outbox_events")), 4);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 4, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM "
                                                           "webhook_deliveries WHERE state = "
                                                           "'delivered'")),
                              4, 10000);
    for (auto it = received.begin(); it != received.end(); ++it)
        QCOMPARE(it.value(), 1); // exactly once per event id
    QCOMPARE(badSignatures, 0);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM outbox_events WHERE kind = "
                                          "'order.status_changed'")),
             1);
    const QList<WebhookDeliveryLog> log =
        WebhookStore(g.db().connection(), g.admin()).deliveries(sub);
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.first().state, QStringLiteral("delivered"));
    QCOMPARE(log.first().lastStatus, 200);
}

// A receiver that fails twice, then takes the event: the deliverer records
// every attempt, waits longer after each failure (retryDelay: 10 s, then
// 30 s; the test moves the due time forward instead of waiting it out), and
// delivers the event once. Events made while the gateway is down are sent
// when it is back (catch-up).
void TestGateway::webhookRetriesWithBackoff()
{
    QFETCH(Backend, backend);
    for (int i = 1; i < 10; ++i)
        QVERIFY(WebhookStore::retryDelay(i + 1) > WebhookStore::retryDelay(i));
    QCOMPARE(WebhookStore::retryDelay(11), qint64(0)); // then it gives up
    GatewayFixture g(backend);
    QHash<QByteArray, int> tries;
    WebhookReceiver receiver(
        [&](const WebhookReceiver::Request& r) { return ++tries[r.eventId] <= 2 ? 503 : 200; });
    QVERIFY(receiver.port());
    const qint64 sub = WebhookStore(g.db().connection(), g.admin())
                           .add(receiver.url(), QStringLiteral("retry-secret-123456"),
                                {QStringLiteral("order.created")});
    OrderStore store = g.db().store(g.admin());
    Order o;
    o.customerName = QStringLiteral("Retried");
    o.channel = QStringLiteral("web");
    o.lines << OrderLine{0, 0, QStringLiteral("R-1"), QStringLiteral("Thing"), 1, Money(100)};
    store.create(o);
    START(g);
    const QString delivery = QStringLiteral("(SELECT %1 FROM webhook_deliveries WHERE "
                                            "subscription_id = %2)");
    auto value = [&](const char* column) {
        return count(g.db(),
                     QStringLiteral("SELECT ") + delivery.arg(QLatin1String(column)).arg(sub));
    };
    // The wait after attempt n: its next due time less the attempt's time.
    auto waitAfter = [&](int attempt) {
        return count(g.db(),
                     QStringLiteral("SELECT d.next_attempt_at - a.at FROM webhook_deliveries d "
                                    "JOIN webhook_attempts a ON a.delivery_id = d.id WHERE "
                                    "d.subscription_id = ? ORDER BY a.id LIMIT 1 OFFSET ?"),
                     {sub, attempt - 1});
    };
    auto dueNow = [&] {
        QSqlQuery q(g.db().connection());
        q.prepare(QStringLiteral("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE "
                                 "subscription_id = ?"));
        q.addBindValue(QDateTime::currentSecsSinceEpoch() - 1);
        q.addBindValue(sub);
        return q.exec();
    };
    QTRY_COMPARE_WITH_TIMEOUT(value("attempts"), qint64(1), 15000);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE "
                                          "state = 'pending' AND last_status = 503")),
             1);
    QCOMPARE(waitAfter(1), WebhookStore::retryDelay(1));
    // Not sent again before it is due.
    QTest::qWait(1500);
    QCOMPARE(receiver.requests().size(), 1);
    QVERIFY(dueNow());
    QTRY_COMPARE_WITH_TIMEOUT(value("attempts"), qint64(2), 15000);
    // The second failure waits longer; the order of the attempts is kept.
    QCOMPARE(waitAfter(2), WebhookStore::retryDelay(2));
    QVERIFY(WebhookStore::retryDelay(2) > WebhookStore::retryDelay(1));
    QVERIFY(dueNow());
    QTRY_COMPARE_WITH_TIMEOUT(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM "
                                                           "webhook_deliveries WHERE state = "
                                                           "'delivered'")),
                              qint64(1), 15000);
    QCOMPARE(value("attempts"), qint64(3));
    QCOMPARE(receiver.requests().size(), 3);
    QCOMPARE(receiver.eventIds().size(), 1);
    QList<int> statuses;
    {
        QSqlQuery q(g.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT status, error FROM webhook_attempts ORDER BY id")));
        while (q.next()) {
            statuses << q.value(0).toInt();
            if (q.value(0).toInt() == 503)
                QCOMPARE(q.value(1).toString(), QStringLiteral("HTTP 503"));
        }
    }
    QCOMPARE(statuses, (QList<int>{503, 503, 200}));
    const QList<WebhookDeliveryLog> log =
        WebhookStore(g.db().connection(), g.admin()).deliveries(sub);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().state, QStringLiteral("delivered"));
    QCOMPARE(log.first().attempts, 3);
    QCOMPARE(log.first().lastStatus, 200);
    QTest::qWait(1500);
    QCOMPARE(receiver.requests().size(), 3); // delivered: never again

    // Catch-up: orders made while the gateway is down are announced when it is back.
    g.stop();
    for (int i = 0; i < 2; ++i)
        store.create(o);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE "
                                          "state = 'pending'")),
             2);
    QTest::qWait(1200);
    QCOMPARE(receiver.requests().size(), 3);
    START(g);
    // Each fails twice again before it is taken; move them along.
    QElapsedTimer waited;
    waited.start();
    while (count(g.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE state = "
                                        "'delivered'")) < 3 &&
           waited.elapsed() < 30000) {
        QTest::qWait(300);
        QVERIFY(dueNow());
    }
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE state = "
                                          "'delivered'")),
             3);
    QCOMPARE(receiver.eventIds().size(), 3);
}

// A delivery claimed by a deliverer that then died (kill -9 mid-attempt) is
// claimed again when its lease runs out, which is short: a gateway started
// again sends it within seconds, not minutes. Before that nobody else takes
// it, and a deliverer never claims what it still has on the wire.
void TestGateway::deliveryLeaseRunsOutPromptly()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    WebhookStore(g.db().connection(), g.admin())
        .add(QStringLiteral("http://127.0.0.1:9/lease"), QStringLiteral("lease-secret-12345"), {});
    OrderStore store = g.db().store(g.admin());
    Order o;
    o.customerName = QStringLiteral("Lease");
    o.channel = QStringLiteral("web");
    o.lines << OrderLine{0, 0, QStringLiteral("SKU-L"), QStringLiteral("Thing"), 1, Money(100)};
    store.create(o);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries")), 1);
    QVERIFY(WebhookStore::kLeaseSeconds <= 20);
    QVERIFY(WebhookStore::kLeaseSeconds > WebhookStore::kAttemptSeconds);
    const qint64 t0 = QDateTime::currentSecsSinceEpoch() + 3600;
    qint64 clock = t0;
    WebhookStore dead(g.db().connection());
    dead.setClock([&] { return clock; });
    const QList<WebhookDelivery> claimed = dead.claimDue(16);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().attempts, 0);
    // The first deliverer dies here, its attempt neither finished nor recorded.
    WebhookStore next(g.db().connection());
    next.setClock([&] { return clock; });
    QVERIFY(next.claimDue(16).isEmpty());
    clock = t0 + WebhookStore::kLeaseSeconds - 1;
    QVERIFY(next.claimDue(16).isEmpty());
    clock = t0 + WebhookStore::kLeaseSeconds;
    // A deliverer with it still on the wire leaves it.
    QVERIFY(next.claimDue(16, {claimed.first().id}).isEmpty());
    const QList<WebhookDelivery> again = next.claimDue(16);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().id, claimed.first().id);
    QCOMPARE(again.first().eventId, claimed.first().eventId);
    // Claimed anew: the next lease runs from now.
    QVERIFY(next.claimDue(16).isEmpty());
    next.recordAttempt(again.first(), 200, {}, 5, true);
    clock = t0 + 10 * WebhookStore::kLeaseSeconds;
    QVERIFY(next.claimDue(16).isEmpty());
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE state = "
                                          "'delivered' AND attempts = 1")),
             1);
}

// Payments, refunds and shipments emit their outbound events (issue 16 item
// 6) in the same transaction as the record, whichever way they are recorded:
// through the gateway's routes and through FulfilmentStore directly (the
// desk, docketctl). A subscription gets only the kinds it asked for; a
// refused record emits nothing.
void TestGateway::recordEventsGoToTheOutbox()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    openWebChannel(g);
    const QString clerk = g.apiKey(QStringLiteral("erp"));
    const QString supervisor =
        g.apiKey(QStringLiteral("erp-refunds"), QStringLiteral("supervisor"));
    WebhookStore hooks(g.db().connection(), g.admin());
    const qint64 records = hooks.add(
        QStringLiteral("http://127.0.0.1:9/records"), QStringLiteral("records-secret-1234"),
        {QStringLiteral("payment.created"), QStringLiteral("refund.created"),
         QStringLiteral("shipment.created")});
    const qint64 orders =
        hooks.add(QStringLiteral("http://127.0.0.1:9/orders"),
                  QStringLiteral("orders-secret-12345"), {QStringLiteral("order.created")});
    START(g);
    const HttpResult created =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("E-1")), clerk);
    QVERIFY2(created.status == 201, created.body.constData());
    const QString number = created.json().value(QStringLiteral("number")).toString();
    const QString base = QStringLiteral("/api/v1/orders/") + number;
    const qint64 id = reviewedOrder(g, number);
    auto events = [&](const QString& kind) {
        QList<QJsonObject> out;
        QSqlQuery q(g.db().connection());
        q.prepare(QStringLiteral("SELECT payload FROM outbox_events WHERE kind = ? ORDER BY id"));
        q.addBindValue(kind);
        q.exec();
        while (q.next())
            out << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        return out;
    };
    auto deliveries = [&](qint64 sub) {
        return count(g.db(),
                     QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE "
                                    "subscription_id = ?"),
                     {sub});
    };
    QCOMPARE(events(QStringLiteral("order.created")).size(), 1);

    // A payment through the gateway.
    HttpResult r = g.post(base + QStringLiteral("/payments"),
                          R"({"method": "card", "amount": "10.00", "reference": "tx-1"})", clerk);
    QVERIFY2(r.status == 201, r.body.constData());
    const qint64 paymentId = r.json()
                                 .value(QStringLiteral("payment"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
    QList<QJsonObject> paid = events(QStringLiteral("payment.created"));
    QCOMPARE(paid.size(), 1);
    QCOMPARE(paid[0].value(QStringLiteral("payment_id")).toInteger(), paymentId);
    QCOMPARE(paid[0].value(QStringLiteral("order_id")).toInteger(), id);
    QCOMPARE(paid[0].value(QStringLiteral("number")).toString(), number);
    QCOMPARE(paid[0].value(QStringLiteral("amount")).toString(), QStringLiteral("10.00"));
    QCOMPARE(paid[0].value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(paid[0].value(QStringLiteral("method")).toString(), QStringLiteral("card"));
    QCOMPARE(paid[0].value(QStringLiteral("reference")).toString(), QStringLiteral("tx-1"));

    // A refused payment (more than is owed) writes no event.
    r = g.post(base + QStringLiteral("/payments"), R"({"method": "card", "amount": "99.00"})",
               clerk);
    QVERIFY(r.status >= 400);
    QCOMPARE(events(QStringLiteral("payment.created")).size(), 1);

    // A parcel and the rest of the money on the desk (FulfilmentStore itself).
    FulfilmentStore desk(g.db().connection(), g.admin());
    desk.addPayment(id, QStringLiteral("card"), Money::fromMinor(1500, u"EUR"));
    const qint64 parcel = desk.ship(id, QStringLiteral("dhl"), QStringLiteral("5550001111"));
    QCOMPARE(events(QStringLiteral("payment.created")).size(), 2);
    const QList<QJsonObject> shipped = events(QStringLiteral("shipment.created"));
    QCOMPARE(shipped.size(), 1);
    QCOMPARE(shipped[0].value(QStringLiteral("shipment_id")).toInteger(), parcel);
    QCOMPARE(shipped[0].value(QStringLiteral("carrier")).toString(), QStringLiteral("dhl"));
    QCOMPARE(shipped[0].value(QStringLiteral("tracking_number")).toString(),
             QStringLiteral("5550001111"));
    QCOMPARE(shipped[0].value(QStringLiteral("number")).toString(), number);
    QVERIFY(shipped[0].value(QStringLiteral("shipped_at")).toString().endsWith(QLatin1Char('Z')));

    // A refund through the gateway.
    r = g.post(base + QStringLiteral("/refunds"),
               QStringLiteral(R"({"payment_id": %1, "amount": "4.50", "reason": "Late"})")
                   .arg(paymentId)
                   .toUtf8(),
               supervisor);
    QVERIFY2(r.status == 201, r.body.constData());
    const QList<QJsonObject> refunded = events(QStringLiteral("refund.created"));
    QCOMPARE(refunded.size(), 1);
    QCOMPARE(refunded[0].value(QStringLiteral("payment_id")).toInteger(), paymentId);
    QCOMPARE(refunded[0].value(QStringLiteral("amount")).toString(), QStringLiteral("4.50"));
    QCOMPARE(refunded[0].value(QStringLiteral("reason")).toString(), QStringLiteral("Late"));

    // Each subscription has a delivery for the kinds it asked for only.
    QCOMPARE(deliveries(records), 4); // two payments, a shipment, a refund
    QCOMPARE(deliveries(orders), 1);  // the order
}

// The migrations that add the record events (and the idempotency keys)
// upgrade a database in place:
// what it held stays as it was (a payment recorded before emits nothing
// afterwards), and the next payment emits its event.
void TestGateway::recordEventsAfterUpgrade()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
    Database old(empty.config());
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(kRecordEventsMigration - 1));
    const QSqlDatabase db = old.connection();
    // The previous schema has none of the columns today's OrderStore reads
    // (the charges of 0078 and later): the order and its first payment in
    // plain SQL, as that release wrote them.
    DOCKET_NO_THROW(sql::run(
        db,
        QStringLiteral("INSERT INTO orders(number, customer_name, channel, status, currency, "
                       "total_cents, paid_cents, created_at, updated_at, created_by, ship_street, "
                       "ship_city, ship_postcode, ship_country) VALUES ('DK0000001', 'Before the "
                       "record events', 'web', 'pending', 'EUR', 2500, 500, ?, ?, 'admin', "
                       "'1 Main St', 'Berlin', '10115', 'DE')"),
        {TestDb::kNow, TestDb::kNow}));
    const qint64 id =
        queryValue(db, QStringLiteral("SELECT id FROM orders WHERE number = 'DK0000001'"))
            .toLongLong();
    QVERIFY(id > 0);
    DOCKET_NO_THROW(sql::run(db,
                             QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, name, "
                                            "quantity, unit_price_cents) VALUES (?, 1, 'SKU-1', "
                                            "'Mug', 2, 1250)"),
                             {id}));
    DOCKET_NO_THROW(
        sql::run(db,
                 QStringLiteral("INSERT INTO payments(order_id, method, amount_cents, currency, "
                                "reference, state, created_at, created_by, updated_at, "
                                "updated_by) VALUES (?, 'card', 500, 'EUR', '', 'captured', ?, "
                                "'admin', ?, 'admin')"),
                 {id, TestDb::kNow, TestDb::kNow}));
    WebhookStore(db, adminSession())
        .add(QStringLiteral("http://127.0.0.1:9/hook"), QStringLiteral("0123456789abcdef"), {});
    auto paymentEvents = [&] {
        return queryValue(db, QStringLiteral("SELECT COUNT(*) FROM outbox_events WHERE kind = "
                                             "'payment.created'"))
            .toInt();
    };
    QCOMPARE(paymentEvents(), 0);
    const QString before = contentFingerprint(db);
    const qint64 outbox =
        queryValue(db, QStringLiteral("SELECT COUNT(*) FROM outbox_events")).toLongLong();
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(contentFingerprint(db), before);
    QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM outbox_events")).toLongLong(),
             outbox);
    FulfilmentStore fulfil(db, adminSession());
    DOCKET_NO_THROW(fulfil.addPayment(id, QStringLiteral("card"), Money::fromMinor(700, u"EUR")));
    QCOMPARE(paymentEvents(), 1);
    // The idempotency keys' table (0076) came with the same upgrade, empty.
    const IdempotencyStore kept(db);
    std::optional<KeptAnswer> none;
    DOCKET_NO_THROW(none = kept.find({1, QStringLiteral("k"), QStringLiteral("POST /x"), "h"},
                                     QDateTime::currentSecsSinceEpoch()));
    QVERIFY(!none);
    old.closeConnection();
}

// Idempotent POSTs: an Idempotency-Key on POST orders, payments, refunds and
// shipments keeps the first successful answer with the write; a resend gets
// the same answer and writes nothing; the same key with another request is a
// 422 naming the header. Keys belong to their API key.
void TestGateway::idempotencyKeys()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    openWebChannel(g);
    const QString clerk = g.apiKey(QStringLiteral("erp"));
    const QString other = g.apiKey(QStringLiteral("erp-2"));
    const QString supervisor =
        g.apiKey(QStringLiteral("erp-refunds"), QStringLiteral("supervisor"));
    START(g);
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    auto withKey = [](const QByteArray& k) {
        return Headers{{"Idempotency-Key", k}};
    };
    auto rows = [&](const char* table) {
        return count(g.db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    };

    // ---- an order ----
    const QByteArray body = order(QStringLiteral("I-1"));
    const HttpResult first =
        g.post(QStringLiteral("/api/v1/orders"), body, clerk, withKey("order-I-1"));
    QVERIFY2(first.status == 201, first.body.constData());
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    const qint64 orders = rows("orders");
    const qint64 events = rows("order_events");
    // The resend: the same answer (a 201, not the intake's 200 "unchanged"),
    // nothing written.
    const HttpResult again =
        g.post(QStringLiteral("/api/v1/orders"), body, clerk, withKey("order-I-1"));
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(!first.header("Location").isEmpty());
    QCOMPARE(again.header("Location"), first.header("Location"));
    QCOMPARE(rows("orders"), orders);
    QCOMPARE(rows("order_events"), events);
    // The same key with another body: refused, naming the header.
    HttpResult r = g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("I-2")), clerk,
                          withKey("order-I-1"));
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("Idempotency-Key"));
    QVERIFY2(r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("another request")),
             r.body.constData());
    QCOMPARE(rows("orders"), orders);
    // A key that is no key.
    r = g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("I-3")), clerk,
               withKey("two words"));
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("Idempotency-Key"));
    QCOMPARE(rows("orders"), orders);

    const QString number = first.json().value(QStringLiteral("number")).toString();
    const QString base = QStringLiteral("/api/v1/orders/") + number;
    reviewedOrder(g, number);

    // ---- a payment without a reference: only the key keeps it single ----
    const QByteArray pay = R"({"method": "card", "amount": "10.00"})";
    r = g.post(base + QStringLiteral("/payments"), pay, clerk, withKey("pay-1"));
    QVERIFY2(r.status == 201, r.body.constData());
    const QByteArray paid = r.body;
    const qint64 paymentId = r.json()
                                 .value(QStringLiteral("payment"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
    r = g.post(base + QStringLiteral("/payments"), pay, clerk, withKey("pay-1"));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.body, paid);
    QCOMPARE(rows("payments"), 1);
    // The same key under another API key is that key's own: a new payment.
    r = g.post(base + QStringLiteral("/payments"), pay, other, withKey("pay-1"));
    QCOMPARE(r.status, 201);
    QCOMPARE(rows("payments"), 2);
    // The key on another route: refused.
    r = g.post(base + QStringLiteral("/shipments"), R"({"carrier": "dhl"})", clerk,
               withKey("pay-1"));
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("Idempotency-Key"));
    QCOMPARE(rows("shipments"), 0);

    // ---- a refused request keeps nothing: corrected, the key works ----
    r = g.post(base + QStringLiteral("/payments"), R"({"method": "card", "amount": "99.00"})",
               clerk, withKey("pay-2"));
    QVERIFY(r.status >= 400);
    QCOMPARE(rows("payments"), 2);
    // Corrected (paid in full, so the parcel may go), with the same key.
    r = g.post(base + QStringLiteral("/payments"), R"({"method": "card", "amount": "5.00"})", clerk,
               withKey("pay-2"));
    QVERIFY2(r.status == 201, r.body.constData());
    QVERIFY(r.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(rows("payments"), 3);

    // ---- a shipment and a refund ----
    const QByteArray parcel = R"({"carrier": "dhl", "lines": [{"line": 1, "quantity": 1}]})";
    for (int i = 0; i < 2; ++i) {
        r = g.post(base + QStringLiteral("/shipments"), parcel, clerk, withKey("ship-1"));
        QVERIFY2(r.status == 201, r.body.constData());
    }
    QCOMPARE(rows("shipments"), 1);
    const QByteArray refund =
        QStringLiteral(R"({"payment_id": %1, "amount": "2.00", "reason": "Late"})")
            .arg(paymentId)
            .toUtf8();
    for (int i = 0; i < 2; ++i) {
        r = g.post(base + QStringLiteral("/refunds"), refund, supervisor, withKey("refund-1"));
        QVERIFY2(r.status == 201, r.body.constData());
    }
    QCOMPARE(rows("refunds"), 1);
    // Kept: the order, the three payments, the refund, the shipment.
    QCOMPARE(rows("idempotency_keys"), 6);

    // ---- a kept answer lasts a day ----
    // Older than that, the key is new again: the order is taken again (the
    // intake's own idempotency says it is unchanged) and the new answer kept.
    sql::run(g.db().connection(),
             QStringLiteral("UPDATE idempotency_keys SET created_at = created_at - ? "
                            "WHERE key = 'order-I-1'"),
             {IdempotencyStore::kKeepSeconds + 60});
    r = g.post(QStringLiteral("/api/v1/orders"), body, clerk, withKey("order-I-1"));
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(rows("orders"), orders);
    r = g.post(QStringLiteral("/api/v1/orders"), body, clerk, withKey("order-I-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(rows("idempotency_keys"), 6);
}

// The same request with the same key sent six times at once (a client that
// timed out and retried on every connection it had): one payment, and every
// answer the first one's. On PostgreSQL the gateway writes on four threads,
// so the requests race for the key; on SQLite one writer takes them in turn.
void TestGateway::idempotencyKeyResentConcurrently()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    openWebChannel(g);
    const QString clerk = g.apiKey(QStringLiteral("erp"));
    START(g);
    const HttpResult created =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("C-1")), clerk);
    QVERIFY2(created.status == 201, created.body.constData());
    const QString number = created.json().value(QStringLiteral("number")).toString();
    reviewedOrder(g, number);

    constexpr int kSends = 6; // QNetworkAccessManager's connections per host
    QNetworkAccessManager net;
    QList<QNetworkReply*> replies;
    QEventLoop loop;
    int left = kSends;
    for (int i = 0; i < kSends; ++i) {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/orders/%2/payments")
                                     .arg(g.port())
                                     .arg(number)));
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + clerk.toLatin1());
        req.setRawHeader("Idempotency-Key", "9b2f6c1e-resend");
        QNetworkReply* reply = net.post(req, QByteArray(R"({"method": "card", "amount": "3.00"})"));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--left == 0)
                loop.quit();
        });
        replies.append(reply);
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(left, 0);
    QByteArray answer;
    int replayed = 0;
    for (QNetworkReply* reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        QVERIFY2(status == 201, body.constData());
        if (answer.isEmpty())
            answer = body;
        QCOMPARE(body, answer);
        if (reply->rawHeader("Idempotent-Replayed") == "true")
            ++replayed;
        reply->deleteLater();
    }
    QCOMPARE(replayed, kSends - 1);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM payments")), 1);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")), 1);
}

// A carrier posts tracking events (issue 16 item 5): each goes to the shipment
// with that carrier's tracking number through issue 15's FulfilmentStore; a
// delivered event marks it delivered (and the order, its only parcel, too);
// a resend adds nothing; an unknown number or a bad field writes nothing.
void TestGateway::carrierTracking()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString key = g.apiKey(QStringLiteral("erp")); // a clerk: may ship
    const QString viewer = g.apiKey(QStringLiteral("viewer"), QStringLiteral("manager"));
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    START(g);
    const HttpResult created =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("T-1")), key);
    QVERIFY2(created.status == 201, created.body.constData());
    const Session admin = g.admin();
    OrderStore orders(g.db().connection(), admin);
    const qint64 id =
        queryValue(g.db().connection(), QStringLiteral("SELECT order_id FROM order_sources WHERE "
                                                       "external_id = 'T-1'"))
            .toLongLong();
    FulfilmentStore fulfil(g.db().connection(), admin);
    // Shipped early on 5 December, before the carrier's events.
    fulfil.setClock(
        [] { return QDateTime(QDate(2026, 12, 5), QTime(6, 0), Qt::UTC).toSecsSinceEpoch(); });
    if (orders.order(id).reviewState == QLatin1String("waiting")) // a new customer's first
        ReviewStore(g.db().connection(), admin).approve({id});
    fulfil.addPayment(id, QStringLiteral("card"), orders.order(id).total);
    const qint64 shipment = fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("1234567890"));
    auto trackingRows = [&] {
        return queryValue(g.db().connection(),
                          QStringLiteral("SELECT COUNT(*) FROM tracking_events WHERE "
                                         "shipment_id = ?"),
                          {shipment})
            .toInt();
    };

    const QByteArray transit = R"({"events": [
        {"tracking_number": "1234567890", "at": "2026-12-05T08:00:00Z", "status": "in_transit",
         "description": "Parcel center", "place": "Leipzig"}]})";
    HttpResult r = g.post(QStringLiteral("/webhooks/tracking/dhl"), transit, key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(trackingRows(), 1);
    // The resend: counted, not added.
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"), transit, key);
    QCOMPARE(r.json().value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(trackingRows(), 1);

    // A batch with an unknown number: nothing of it is written.
    const QByteArray mixed = R"({"events": [
        {"tracking_number": "1234567890", "at": "2026-12-05T12:00:00Z", "status": "delivered"},
        {"tracking_number": "999", "at": "2026-12-05T12:00:00Z", "status": "delivered"}]})";
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"), mixed, key);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
             QJsonValue(QStringLiteral("events[1].tracking_number")));
    QCOMPARE(trackingRows(), 1);
    QVERIFY(!fulfil.shipment(shipment).isDelivered());
    // The same number with another carrier is another parcel.
    r = g.post(QStringLiteral("/webhooks/tracking/ups"), transit, key);
    QCOMPARE(r.status, 404);
    QVERIFY(r.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("1234567890")));
    // A carrier the shop does not know is named as such.
    r = g.post(QStringLiteral("/webhooks/tracking/pigeon"), transit, key);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
             QJsonValue(QStringLiteral("carrier")));
    QVERIFY(r.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("pigeon")));
    // Not JSON, no events, a field that is not one.
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"), "{\"events\": [", key);
    QCOMPARE(r.status, 400);
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"), R"({"events": []})", key);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
             QJsonValue(QStringLiteral("events")));
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"),
               R"({"tracking_number": "1234567890", "at": "2026-12-05T12:00:00Z",
                   "status": "delivered", "signed_by": "x"})",
               key);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
             QJsonValue(QStringLiteral("events[0].signed_by")));
    // Delivered before it shipped: the store's rule, naming the event; the
    // first event of the batch is not kept either.
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"), R"({"events": [
        {"tracking_number": "1234567890", "at": "2026-12-05T09:00:00Z", "status": "in_transit"},
        {"tracking_number": "12345 67890", "at": "2026-12-04T09:00:00Z", "status": "delivered"}]})",
               key);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
             QJsonValue(QStringLiteral("events[1].at")));
    QCOMPARE(trackingRows(), 1);
    QVERIFY(!fulfil.shipment(shipment).isDelivered());
    // A bad time names its field.
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"),
               R"({"tracking_number": "1234567890", "at": "yesterday", "status": "x"})", key);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
             QJsonValue(QStringLiteral("events[0].at")));
    // A key whose role may not ship.
    QCOMPARE(g.post(QStringLiteral("/webhooks/tracking/dhl"), transit, viewer).status, 403);
    QCOMPARE(g.post(QStringLiteral("/webhooks/tracking/dhl"), transit).status, 401);

    // Delivered: the shipment and, its only parcel, the order.
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"),
               R"({"tracking_number": "1234567890", "at": "2026-12-05T12:00:00Z",
                   "status": "delivered", "description": "Delivered to the neighbour"})",
               key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("delivered")).toInt(), 1);
    const Shipment s = fulfil.shipment(shipment);
    QVERIFY(s.isDelivered());
    QCOMPARE(s.deliveredAt, QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC));
    QCOMPARE(s.events.size(), 2);
    QCOMPARE(s.events.last().source, QStringLiteral("gateway"));
    QCOMPARE(orders.order(id).status, QStringLiteral("delivered"));
    // The carrier sends it again: nothing new, nothing refused.
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"),
               R"({"tracking_number": "1234567890", "at": "2026-12-05T12:00:00Z",
                   "status": "delivered", "description": "Delivered to the neighbour"})",
               key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("delivered")).toInt(), 0);
    QCOMPARE(trackingRows(), 2);

    // A batch with one event of a refunded order's parcel (returned to
    // sender) and one of an open order's: the closed one is skipped and
    // named with the store's words, the open one written, 200.
    const HttpResult second =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("T-2")), key);
    QVERIFY2(second.status == 201, second.body.constData());
    const qint64 id2 =
        queryValue(g.db().connection(), QStringLiteral("SELECT order_id FROM order_sources WHERE "
                                                       "external_id = 'T-2'"))
            .toLongLong();
    if (orders.order(id2).reviewState == QLatin1String("waiting"))
        ReviewStore(g.db().connection(), admin).approve({id2});
    const Money total2 = orders.order(id2).total;
    const qint64 pay2 = fulfil.addPayment(id2, QStringLiteral("card"), total2);
    const qint64 returned = fulfil.ship(id2, QStringLiteral("dhl"), QStringLiteral("2222222222"));
    fulfil.refund(id2, pay2, total2, QStringLiteral("never arrived"));
    QCOMPARE(orders.order(id2).status, QStringLiteral("refunded"));
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"), R"({"events": [
        {"tracking_number": "2222222222", "at": "2026-12-05T13:00:00Z", "status": "delivered",
         "description": "Returned to sender"},
        {"tracking_number": "1234567890", "at": "2026-12-05T13:00:00Z", "status": "note",
         "description": "Signature scanned"}]})",
               key);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("delivered")).toInt(), 0);
    QCOMPARE(r.json().value(QStringLiteral("refused")).toInt(), 1);
    const QJsonArray refusals = r.json().value(QStringLiteral("refusals")).toArray();
    QCOMPARE(refusals.size(), 1);
    const QJsonObject refusal = refusals.at(0).toObject();
    QCOMPARE(refusal.value(QStringLiteral("event")).toInt(), 0);
    QCOMPARE(refusal.value(QStringLiteral("tracking_number")).toString(),
             QStringLiteral("2222222222"));
    QCOMPARE(refusal.value(QStringLiteral("message")).toString(),
             FulfilmentStore::closedProblem(orders.order(id2).number, QStringLiteral("refunded"),
                                            false));
    QCOMPARE(trackingRows(), 3);
    QVERIFY(!fulfil.shipment(returned).isDelivered());
    QCOMPARE(queryValue(g.db().connection(),
                        QStringLiteral("SELECT COUNT(*) FROM tracking_events WHERE "
                                       "shipment_id = ?"),
                        {returned})
                 .toInt(),
             0);
    QCOMPARE(orders.order(id2).status, QStringLiteral("refunded"));
    // Audited under the key's name.
    QVERIFY(queryValue(g.db().connection(),
                       QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND "
                                      "actor = ?"),
                       {id, ApiKeyStore::actorName(QStringLiteral("erp"))})
                .toInt() >= 2);
}

// The fulfilment routes (issue 16 item 3 over issue 15's store): an order's
// payments, refunds and shipments read and recorded through the API with the
// key's role and scope; every bad body is a 4xx naming its field with nothing
// written; a resent payment (same reference) is refused, not recorded twice.
void TestGateway::fulfilmentRoutes()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    const QString clerk = g.apiKey(QStringLiteral("erp")); // pays and ships, no refunds
    const QString supervisor =
        g.apiKey(QStringLiteral("erp-refunds"), QStringLiteral("supervisor"));
    const QString viewer = g.apiKey(QStringLiteral("viewer"), QStringLiteral("manager"));
    const QString retail = g.apiKey(QStringLiteral("till"), QStringLiteral("clerk"),
                                    Scope::ofChannels({QStringLiteral("retail")}));
    START(g);
    const HttpResult created =
        g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("F-1")), clerk);
    QVERIFY2(created.status == 201, created.body.constData());
    const QString number = created.json().value(QStringLiteral("number")).toString();
    const QString base = QStringLiteral("/api/v1/orders/") + number;
    const qint64 id = queryValue(g.db().connection(),
                                 QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number})
                          .toLongLong();
    OrderStore orders(g.db().connection(), g.admin());
    if (orders.order(id).reviewState == QLatin1String("waiting")) // a new customer's first
        ReviewStore(g.db().connection(), g.admin()).approve({id});
    auto rows = [&](const char* table) {
        return count(
            g.db(),
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE order_id = ?").arg(QLatin1String(table)),
            {id});
    };
    auto field = [](const HttpResult& r) {
        return r.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("field"))
            .toString();
    };
    auto message = [](const HttpResult& r) {
        return r.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    };

    // ---- payments ----
    HttpResult r = g.get(base + QStringLiteral("/payments"), viewer);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("owed")).toString(), QStringLiteral("25.00"));
    QCOMPARE(r.json().value(QStringLiteral("payments")).toArray().size(), 0);
    r = g.post(base + QStringLiteral("/payments"), R"({"method": "card", "amount": "10.00"})",
               clerk);
    QVERIFY2(r.status == 201, r.body.constData());
    const qint64 first = r.json()
                             .value(QStringLiteral("payment"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInteger();
    QCOMPARE(r.json().value(QStringLiteral("order_status")).toString(), QStringLiteral("pending"));
    // Bad bodies: named, nothing written.
    struct Bad
    {
        QByteArray body;
        int status;
        QString field;
    };
    const QList<Bad> badPayments{
        {R"({"method": "card", "amount": 15})", 422, QStringLiteral("amount")},
        {R"({"method": "card", "amount": "15.001"})", 422, QStringLiteral("amount")},
        {R"({"method": "card", "amount": "15.00", "currency": "USD"})", 422,
         QStringLiteral("currency")},
        {R"({"method": "card", "amount": "15.00", "tip": "1"})", 422, QStringLiteral("tip")},
        {R"({"amount": "15.00"})", 422, QStringLiteral("method")},
        {R"({"method": "card", "amount": "15.00", "state": "failed"})", 422,
         QStringLiteral("state")},
        {R"({"method": "card", "amount": )", 400, QString()},
    };
    for (const Bad& b : badPayments) {
        r = g.post(base + QStringLiteral("/payments"), b.body, clerk);
        QVERIFY2(r.status == b.status, b.body.constData());
        QCOMPARE(field(r), b.field);
        QVERIFY(!message(r).isEmpty());
    }
    // The store's own refusals: not one of the shop's methods, more than owed.
    r = g.post(base + QStringLiteral("/payments"), R"({"method": "bitcoin", "amount": "1.00"})",
               clerk);
    QVERIFY2(r.status == 422 || r.status == 409, r.body.constData());
    QVERIFY(message(r).contains(QStringLiteral("bitcoin")));
    r = g.post(base + QStringLiteral("/payments"), R"({"method": "card", "amount": "99.00"})",
               clerk);
    QVERIFY2(r.status == 422 || r.status == 409, r.body.constData());
    QCOMPARE(rows("payments"), 1);
    // Rights and scope: the manager's key reads only, a retail key sees no web order.
    QCOMPARE(g.post(base + QStringLiteral("/payments"), R"({"method": "card", "amount": "1.00"})",
                    viewer)
                 .status,
             403);
    QCOMPARE(g.get(base + QStringLiteral("/payments"), retail).status, 404);
    QCOMPARE(g.post(base + QStringLiteral("/payments"), R"({"method": "card", "amount": "1.00"})",
                    retail)
                 .status,
             404);
    QCOMPARE(g.get(base + QStringLiteral("/payments")).status, 401);
    QCOMPARE(rows("payments"), 1);
    // The rest, with the provider's reference: paid; the resend is refused.
    const QByteArray rest = R"({"method": "card", "amount": "15.00", "reference": "tx-77"})";
    r = g.post(base + QStringLiteral("/payments"), rest, clerk);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("order_status")).toString(), QStringLiteral("paid"));
    const qint64 second = r.json()
                              .value(QStringLiteral("payment"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
    r = g.post(base + QStringLiteral("/payments"), rest, clerk);
    QVERIFY2(r.status == 409 || r.status == 422, r.body.constData());
    QCOMPARE(rows("payments"), 2);

    // ---- shipments ----
    const QList<Bad> badShipments{
        {R"({"carrier": "dhl", "tracking_number": "1234567891", "lines": [{"line": 9, "quantity": 1}]})",
         422, QStringLiteral("lines[0].line")},
        {R"({"carrier": "dhl", "lines": [{"line": 1}]})", 422, QStringLiteral("lines[0]")},
        {R"({"carrier": "dhl", "lines": [{"line": 1, "quantity": 0}]})", 422,
         QStringLiteral("lines[0].quantity")},
        {R"({"tracking_number": "1234567891"})", 422, QStringLiteral("carrier")},
        {R"({"carrier": "pigeon", "tracking_number": "1"})", 422, QStringLiteral("carrier")},
        {R"({"carrier": "dhl", "tracking_number": "12"})", 422, QStringLiteral("tracking_number")},
    };
    for (const Bad& b : badShipments) {
        r = g.post(base + QStringLiteral("/shipments"), b.body, clerk);
        QVERIFY2(r.status == b.status, r.body.constData());
        QCOMPARE(field(r), b.field);
    }
    r = g.post(base + QStringLiteral("/shipments"),
               R"({"carrier": "dhl", "lines": [{"line": 1, "quantity": 3}]})", clerk);
    QVERIFY2(r.status == 409, r.body.constData()); // two were ordered
    QVERIFY(message(r).contains(QStringLiteral("SKU-1")));
    QCOMPARE(g.post(base + QStringLiteral("/shipments"), R"({"carrier": "dhl"})", viewer).status,
             403);
    QCOMPARE(rows("shipments"), 0);
    r = g.post(base + QStringLiteral("/shipments"),
               R"({"carrier": "DHL", "tracking_number": "12345 67891",
                   "lines": [{"line": 1, "quantity": 1}]})",
               clerk);
    QVERIFY2(r.status == 201, r.body.constData());
    const QJsonObject shipment = r.json().value(QStringLiteral("shipment")).toObject();
    QCOMPARE(shipment.value(QStringLiteral("tracking_number")).toString(),
             QStringLiteral("1234567891"));
    QVERIFY(shipment.value(QStringLiteral("tracking_url"))
                .toString()
                .contains(QStringLiteral("1234567891")));
    QCOMPARE(shipment.value(QStringLiteral("lines"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("quantity")),
             QJsonValue(1));
    r = g.post(base + QStringLiteral("/shipments"),
               R"({"carrier": "dhl", "tracking_number": "1234567891"})", clerk);
    QCOMPARE(r.status, 409); // the carrier has that number already
    QCOMPARE(rows("shipments"), 1);
    r = g.get(base + QStringLiteral("/shipments"), viewer);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("shipments")).toArray().size(), 1);

    // ---- refunds (a supervisor's right) ----
    const QByteArray byAmount =
        QStringLiteral(R"({"payment_id": %1, "amount": "5.00", "reason": "Late"})")
            .arg(first)
            .toUtf8();
    QCOMPARE(g.post(base + QStringLiteral("/refunds"), byAmount, clerk).status, 403);
    const QList<Bad> badRefunds{
        {QStringLiteral(R"({"payment_id": %1, "amount": "5.00"})").arg(first).toUtf8(), 422,
         QStringLiteral("reason")},
        {QStringLiteral(R"({"payment_id": %1, "reason": "x"})").arg(first).toUtf8(), 422,
         QStringLiteral("amount")},
        {QStringLiteral(
             R"({"payment_id": %1, "amount": "5.00", "lines": [{"line": 1, "quantity": 1}], "reason": "x"})")
             .arg(first)
             .toUtf8(),
         422, QStringLiteral("amount")},
        {R"({"payment_id": "one", "amount": "5.00", "reason": "x"})", 422,
         QStringLiteral("payment_id")},
    };
    for (const Bad& b : badRefunds) {
        r = g.post(base + QStringLiteral("/refunds"), b.body, supervisor);
        QVERIFY2(r.status == b.status, r.body.constData());
        QCOMPARE(field(r), b.field);
    }
    // More than is left on the payment: the store's rule.
    r = g.post(base + QStringLiteral("/refunds"),
               QStringLiteral(R"({"payment_id": %1, "amount": "10.01", "reason": "x"})")
                   .arg(first)
                   .toUtf8(),
               supervisor);
    QVERIFY2(r.status == 409 || r.status == 422, r.body.constData());
    QCOMPARE(rows("refunds"), 0);
    r = g.post(base + QStringLiteral("/refunds"), byAmount, supervisor);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("refund")).toObject().value(QStringLiteral("amount")),
             QJsonValue(QStringLiteral("5.00")));
    r = g.post(base + QStringLiteral("/refunds"),
               QStringLiteral(R"({"payment_id": %1, "lines": [{"line": 1, "quantity": 1}],
                                  "reason": "Broken"})")
                   .arg(second)
                   .toUtf8(),
               supervisor);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("refund")).toObject().value(QStringLiteral("amount")),
             QJsonValue(QStringLiteral("12.50")));
    r = g.get(base + QStringLiteral("/refunds"), viewer);
    QCOMPARE(r.status, 200);
    const QJsonArray refunds = r.json().value(QStringLiteral("refunds")).toArray();
    QCOMPARE(refunds.size(), 2);
    QCOMPARE(refunds.at(1)
                 .toObject()
                 .value(QStringLiteral("lines"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("sku")),
             QJsonValue(QStringLiteral("SKU-1")));

    // The order shows its records; each was audited under its key's name.
    r = g.get(base, viewer);
    QCOMPARE(r.json().value(QStringLiteral("payments")).toArray().size(), 2);
    QCOMPARE(r.json().value(QStringLiteral("refunds")).toArray().size(), 2);
    QCOMPARE(r.json().value(QStringLiteral("shipments")).toArray().size(), 1);
    QCOMPARE(
        count(g.db(),
              QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND actor = ? "
                             "AND kind IN ('payment', 'shipment')"),
              {id, ApiKeyStore::actorName(QStringLiteral("erp"))}),
        3);
    QCOMPARE(
        count(g.db(),
              QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND actor = ? "
                             "AND kind = 'refund'"),
              {id, ApiKeyStore::actorName(QStringLiteral("erp-refunds"))}),
        2);
}

void TestGateway::trackLookup()
{
    QFETCH(Backend, backend);
    gateway::GatewayConfig config;
    config.trackFloorMs = 20;
    GatewayFixture g(backend, config);
    OrderStore store = g.db().store(g.admin());
    Order o;
    o.customerName = QStringLiteral("Tracked Customer");
    o.email = QStringLiteral("Tracked@Example.com");
    o.phone = QStringLiteral("+49 30 1234567");
    o.channel = QStringLiteral("web");
    o.lines << OrderLine{0, 0, QStringLiteral("SKU-T"), QStringLiteral("Teapot"), 1, Money(3999)};
    const qint64 id = store.create(o);
    FulfilmentStore(store.database(), store.session())
        .addPayment(id, QStringLiteral("card"), Money(3999)); // paid by its records
    Order other = o;
    other.customerName = QStringLiteral("Someone Else");
    other.email = QStringLiteral("else@example.com");
    other.phone = QStringLiteral("+1 555 0100");
    store.create(other);
    const QString number = store.order(id).number;
    ShopSettingsStore(g.db().connection(), g.admin())
        .set(shop::gatewayTrackPerMinute.id(), QStringLiteral("1000"));
    START(g);
    auto track = [&](const QString& n, const QString& contact) {
        return g.post(QStringLiteral("/api/v1/track"),
                      QJsonDocument(QJsonObject{{QStringLiteral("number"), n},
                                                {QStringLiteral("contact"), contact}})
                          .toJson(QJsonDocument::Compact));
    };
    const HttpResult found = track(number, QStringLiteral("tracked@example.com"));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(found.json().value(QStringLiteral("total")).toString(), QStringLiteral("39.99"));
    QCOMPARE(found.json().value(QStringLiteral("steps")).toArray().size(), 2);
    QVERIFY(!found.body.contains("Someone"));
    QCOMPARE(track(number, QStringLiteral("030 1234567")).status, 200);
    // A wrong pair answers exactly like an unknown number.
    const HttpResult wrong = track(number, QStringLiteral("else@example.com"));
    const HttpResult unknown =
        track(QStringLiteral("DK9999999"), QStringLiteral("tracked@example.com"));
    QCOMPARE(wrong.status, 404);
    QCOMPARE(wrong.body, unknown.body);
    QCOMPARE(wrong.status, unknown.status);
    // The page, in Chinese by Accept-Language; the form's answer.
    const HttpResult page = httpRequest(g.port(), "GET", QStringLiteral("/track"), {},
                                        {{"Accept-Language", "zh-TW,zh;q=0.9"}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("lang=\"zh-TW\""));
    QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
    const QByteArray form =
        "number=" + QUrl::toPercentEncoding(number) +
        "&contact=" + QUrl::toPercentEncoding(QStringLiteral("tracked@example.com")) + "&lang=en";
    const HttpResult answer = httpRequest(g.port(), "POST", QStringLiteral("/track"), form,
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("id=\"status\">Paid<"));
    QVERIFY(answer.body.contains("Teapot"));
    const QByteArray wrongForm = "number=" + QUrl::toPercentEncoding(number) + "&contact=x%40y.z";
    const HttpResult notFound =
        httpRequest(g.port(), "POST", QStringLiteral("/track"), wrongForm,
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    QVERIFY(notFound.body.contains("id=\"notfound\""));
    QVERIFY(!notFound.body.contains("Teapot"));
    // Rate-limited per address.
    ShopSettingsStore(g.db().connection(), g.admin())
        .set(shop::gatewayTrackPerMinute.id(), QStringLiteral("1"));
    g.stop();
    START(g);
    int limited = 0;
    for (int i = 0; i < 8; ++i)
        if (track(number, QStringLiteral("x@y.z")).status == 429)
            ++limited;
    QCOMPARE(limited, 3); // a burst of 5, then refused
    // The form refused by the limit: the page in the visitor's language says
    // why, not an English error in JSON; nothing of the order.
    const HttpResult limitedPage = httpRequest(
        g.port(), "POST", QStringLiteral("/track"),
        "number=" + QUrl::toPercentEncoding(number) + "&contact=tracked%40example.com&lang=zh_CN",
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(limitedPage.status, 429);
    QVERIFY(limitedPage.header("Content-Type").startsWith("text/html"));
    QVERIFY(limitedPage.header("Retry-After").toInt() >= 1);
    QVERIFY2(limitedPage.body.contains("id=\"limited\">来自您地址的查询过多"),
             limitedPage.body.constData());
    QVERIFY(limitedPage.body.contains("lang=\"zh-CN\""));
    QVERIFY(!limitedPage.body.contains("Teapot"));
    // The numerus form with its figure filled in: the seconds of Retry-After.
    QVERIFY2(!limitedPage.body.contains("%n"), limitedPage.body.constData());
    QVERIFY2(limitedPage.body.contains(limitedPage.header("Retry-After") + " 秒"),
             limitedPage.body.constData());
}

// The look-up shows each parcel with a link to its carrier's tracking page,
// made from the carrier's URL template in the shop settings (the number
// percent-encoded, the link HTML-escaped); a carrier without a template shows
// the number without a link; a delivered parcel says so.
void TestGateway::trackShowsParcelLinks()
{
    QFETCH(Backend, backend);
    gateway::GatewayConfig config;
    config.trackFloorMs = 20;
    GatewayFixture g(backend, config);
    ShopSettingsStore(g.db().connection(), g.admin())
        .set({{shop::carriers.id(), QStringLiteral("dhl | DHL Express | [0-9]{10} | "
                                                   "https://track.example/dhl?id={number}&lang=en\n"
                                                   "sf | | (SF)?[0-9]{12,13}\n")},
              {shop::gatewayTrackPerMinute.id(), QStringLiteral("1000")}});
    OrderStore store = g.db().store(g.admin());
    Order o;
    o.customerName = QStringLiteral("Parcel Customer");
    o.email = QStringLiteral("parcels@example.com");
    o.channel = QStringLiteral("web");
    o.lines << OrderLine{0, 0, QStringLiteral("SKU-A"), QStringLiteral("Kettle"), 1, Money(2000)}
            << OrderLine{0, 0, QStringLiteral("SKU-B"), QStringLiteral("Cups"), 1, Money(1000)};
    const qint64 id = reviewedOrder(g, store.order(store.create(o)).number);
    FulfilmentStore f(store.database(), store.session());
    f.addPayment(id, QStringLiteral("card"), Money(3000));
    const Order paid = store.order(id);
    const qint64 dhl = f.ship(id, QStringLiteral("dhl"), QStringLiteral("1234567890"),
                              {ShipmentLine{paid.lines[0].id, 1}});
    f.ship(id, QStringLiteral("sf"), QStringLiteral("SF1234567890123"),
           {ShipmentLine{paid.lines[1].id, 1}});
    f.markDelivered(dhl);
    START(g);

    const HttpResult json =
        g.post(QStringLiteral("/api/v1/track"),
               QJsonDocument(
                   QJsonObject{{QStringLiteral("number"), paid.number},
                               {QStringLiteral("contact"), QStringLiteral("parcels@example.com")}})
                   .toJson(QJsonDocument::Compact));
    QCOMPARE(json.status, 200);
    const QJsonArray parcels = json.json().value(QStringLiteral("parcels")).toArray();
    QCOMPARE(parcels.size(), 2);
    QCOMPARE(parcels[0][QStringLiteral("carrier")].toString(), QStringLiteral("dhl"));
    QCOMPARE(parcels[0][QStringLiteral("carrier_name")].toString(), QStringLiteral("DHL Express"));
    QCOMPARE(parcels[0][QStringLiteral("url")].toString(),
             QStringLiteral("https://track.example/dhl?id=1234567890&lang=en"));
    QCOMPARE(parcels[0][QStringLiteral("status")].toString(), QStringLiteral("delivered"));
    QCOMPARE(parcels[1][QStringLiteral("carrier")].toString(), QStringLiteral("sf"));
    QCOMPARE(parcels[1][QStringLiteral("carrier_name")].toString(), QStringLiteral("SF Express"));
    QCOMPARE(parcels[1][QStringLiteral("tracking_number")].toString(),
             QStringLiteral("SF1234567890123"));
    QVERIFY(parcels[1][QStringLiteral("url")].isNull()); // no template, no link
    QCOMPARE(parcels[1][QStringLiteral("status")].toString(), QStringLiteral("shipped"));

    const QByteArray form = "number=" + QUrl::toPercentEncoding(paid.number) + "&contact=" +
                            QUrl::toPercentEncoding(QStringLiteral("parcels@example.com"));
    const HttpResult page =
        httpRequest(g.port(), "POST", QStringLiteral("/track"), form + "&lang=en",
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("<a class=\"tracking\" "
                                "href=\"https://track.example/dhl?id=1234567890&amp;lang=en\" "
                                "rel=\"noreferrer\">1234567890</a>"),
             page.body.constData());
    QVERIFY(page.body.contains("<span class=\"tracking\">SF1234567890123</span>"));
    QVERIFY(page.body.contains("DHL Express"));
    QVERIFY(page.body.contains("class=\"carrier\">SF Express<"));
    QVERIFY2(page.body.contains("id=\"total\">€30.00<"), page.body.constData());
    QVERIFY(page.body.contains("class=\"parcel-status\">Delivered<"));
    QVERIFY(page.body.contains("class=\"parcel-status\">Shipped<"));
    // In Chinese the parcels' states are translated too.
    const HttpResult zh =
        httpRequest(g.port(), "POST", QStringLiteral("/track"), form + "&lang=zh_CN",
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(zh.status, 200);
    QVERIFY(!zh.body.contains("class=\"parcel-status\">Delivered<"));
    QVERIFY(zh.body.contains("href=\"https://track.example/dhl?id=1234567890&amp;lang=en\""));
    // A carrier the shop did not name is named in the page's language, one
    // the shop named as the shop wrote it; dates in the page's locale.
    QVERIFY2(zh.body.contains("class=\"carrier\">顺丰速运<"), zh.body.constData());
    QVERIFY(zh.body.contains("class=\"carrier\">DHL Express<"));
    QVERIFY(!zh.body.contains("SF Express"));
    const QDateTime created = store.order(id).createdAt.toUTC();
    const QString zhDate = QLocale(QStringLiteral("zh_CN")).toString(created, QLocale::ShortFormat);
    // English with the year whole ("9/25/2023", not the short form's "9/25/23").
    const QString enDate =
        QLocale(QStringLiteral("en")).toString(created, QStringLiteral("M/d/yyyy h:mm AP"));
    QVERIFY(zhDate != enDate);
    QVERIFY2(zh.body.contains("<time>" + zhDate.toUtf8() + " UTC</time>"), zh.body.constData());
    QVERIFY(page.body.contains("<time>" + enDate.toUtf8() + " UTC</time>"));
    const HttpResult tw =
        httpRequest(g.port(), "POST", QStringLiteral("/track"), form + "&lang=zh_TW",
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    QVERIFY2(tw.body.contains("class=\"carrier\">順豐速運<"), tw.body.constData());
    // The JSON look-up names it in the client's language too (codes stay codes).
    const HttpResult zhJson =
        httpRequest(g.port(), "POST", QStringLiteral("/api/v1/track"),
                    QJsonDocument(QJsonObject{{QStringLiteral("number"), paid.number},
                                              {QStringLiteral("contact"),
                                               QStringLiteral("parcels@example.com")}})
                        .toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}, {"Accept-Language", "zh-CN,zh;q=0.9"}});
    QCOMPARE(zhJson.status, 200);
    const QJsonArray zhParcels = zhJson.json().value(QStringLiteral("parcels")).toArray();
    QCOMPARE(zhParcels[1][QStringLiteral("carrier")].toString(), QStringLiteral("sf"));
    QCOMPARE(zhParcels[1][QStringLiteral("carrier_name")].toString(), QStringLiteral(u"顺丰速运"));
    QCOMPARE(zhParcels[0][QStringLiteral("carrier_name")].toString(),
             QStringLiteral("DHL Express"));
    // Another customer's contact sees none of it.
    const HttpResult wrong = httpRequest(g.port(), "POST", QStringLiteral("/track"),
                                         "number=" + QUrl::toPercentEncoding(paid.number) +
                                             "&contact=someone%40example.com",
                                         {{"Content-Type", "application/x-www-form-urlencoded"}});
    QVERIFY(!wrong.body.contains("1234567890"));
    QVERIFY(!wrong.body.contains("track.example"));
}

void TestGateway::shutdownFinishesInFlight()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString key = g.apiKey(QStringLiteral("erp"));
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    START(g);
    // Ten orders sent at once; the shutdown starts while they are in flight.
    QList<QTcpSocket*> sockets;
    for (int i = 0; i < 10; ++i) {
        auto* s = new QTcpSocket(this);
        s->connectToHost(QHostAddress::LocalHost, g.port());
        QVERIFY(s->waitForConnected(5000));
        const QByteArray body = order(QStringLiteral("F-%1").arg(i));
        s->write("POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                 key.toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
        sockets << s;
    }
    QTRY_VERIFY_WITH_TIMEOUT(g.gateway().server()->inFlight() > 0 ||
                                 count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")) > 0,
                             10000);
    bool stopped = false;
    connect(&g.gateway(), &gateway::Gateway::stopped, this, [&] { stopped = true; });
    g.gateway().shutdown();
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 30000);
    int created = 0;
    for (QTcpSocket* s : sockets) {
        QTRY_VERIFY_WITH_TIMEOUT(
            s->bytesAvailable() > 0 || s->state() == QAbstractSocket::UnconnectedState, 5000);
        const QByteArray answer = s->readAll();
        if (answer.startsWith("HTTP/1.1 201"))
            ++created;
        else
            QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.left(200).constData());
        delete s;
    }
    // Every request that got through was answered, and every 201 is there.
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), created);
    QVERIFY(created > 0);
    // No new connection is accepted.
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, g.port());
    QVERIFY(!late.waitForConnected(1000));
}

// A database of the schema before the gateway's (10) upgrades in place: its
// orders unchanged, then taken by intake and announced by the outbox.
void TestGateway::upgradeFromPreviousSchema()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
    Database old(empty.config());
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(10));
    QCOMPARE(old.schemaVersion(), 10);
    const QSqlDatabase db = old.connection();
    OrderStore store(db, adminSession());
    // Written as that release wrote it (today's store writes columns schema
    // 10 does not have yet, fulfilment's among them).
    const qint64 id = 1;
    DOCKET_NO_THROW(sql::run(db,
                             QStringLiteral("INSERT INTO orders(id, number, customer_name, "
                                            "channel, status, currency, total_cents, created_at, "
                                            "updated_at, created_by) VALUES (1, 'DK0000001', "
                                            "'Before the gateway', 'web', 'pending', 'EUR', 2100, "
                                            "?, ?, 'admin')"),
                             {TestDb::kNow, TestDb::kNow}));
    DOCKET_NO_THROW(sql::run(db, QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, "
                                                "name, quantity, unit_price_cents) VALUES (1, 1, "
                                                "'SKU-OLD', 'Old thing', 3, 700)")));
    if (backend == Backend::PostgreSQL)
        DOCKET_NO_THROW(sql::run(db, QStringLiteral("SELECT setval('orders_id_seq', 1)")));
    const QString before = contentFingerprint(db);
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion(backend));
    QCOMPARE(contentFingerprint(db), before);
    // The old order moves on, and the outbox announces it once someone listens.
    WebhookStore(db, adminSession())
        .add(QStringLiteral("http://127.0.0.1:9/hook"), QStringLiteral("0123456789abcdef"), {});
    DOCKET_NO_THROW(store.changeStatus(id, OrderStatus::Paid));
    QCOMPARE(queryValue(db,
                        QStringLiteral("SELECT COUNT(*) FROM outbox_events WHERE order_id = ? "
                                       "AND kind = 'order.status_changed'"),
                        {id})
                 .toInt(),
             1);
    IntakeOrder in =
        *intake::fromDocketJson(QJsonDocument::fromJson(order(QStringLiteral("U-1"))).object())
             .order;
    DOCKET_NO_THROW(IntakeStore(db, adminSession()).take(in, QStringLiteral("unlinked")));
    QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 2);
    old.closeConnection();
}

// A database with stock and reserving orders upgraded in place to the stock
// caches kept per statement (PostgreSQL 0149) and the deadlines read once per
// group (0150): the caches equal the ledger after the upgrade, and an intake
// group after it reserves what one order at a time would (the same item in
// three orders of one statement: one sum), its deadlines read as before.
void TestGateway::stockInStepAfterUpgrade()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
    Database old(empty.config());
    // Main's newest before them (SQLite has neither: its newest is older).
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(143));
    QVERIFY(old.schemaVersion() <= 143);
    const QSqlDatabase db = old.connection();
    CatalogueStore cat(db, adminSession());
    const qint64 main =
        cat.saveWarehouse({0, QStringLiteral("main"), QStringLiteral("Main"), {}, true, 0});
    cat.setChannelWarehouse(QStringLiteral("web"), main);
    Product mug;
    mug.sku = QStringLiteral("SKU-1");
    mug.name = QStringLiteral("Mug");
    mug.price = Money(1250);
    mug.cost = Money(400);
    const qint64 mugId = cat.saveProduct(mug);
    StockStore(db, adminSession()).receive({{mugId, main, 7}});
    auto take = [](const QString& external) {
        IntakeOrder in =
            *intake::fromDocketJson(QJsonDocument::fromJson(order(external)).object()).order;
        return IntakeTake{in, adminSession(), QStringLiteral("refuse"), {}, nullptr};
    };
    IntakeTake first = take(QStringLiteral("before-1"));
    DOCKET_NO_THROW(IntakeStore(db, adminSession()).take(first.order, first.unknownSku));
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion(backend));
    const StockVerification upgraded = StockStore(db, adminSession()).verify();
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.problems.join(QLatin1Char('\n'))));
    // Three orders of 2 in one group: 5 units left, so 2 + 2 + 1 held, 1 short.
    QList<IntakeTake> group{take(QStringLiteral("after-1")), take(QStringLiteral("after-2")),
                            take(QStringLiteral("after-3"))};
    IntakeStore::takeGroup(db, group);
    for (const IntakeTake& t : std::as_const(group))
        QVERIFY(!t.error);
    const StockLevel level = StockStore(db, adminSession()).level(mugId, main);
    QCOMPARE(level.onHand, qint64(7));
    QCOMPARE(level.reserved, qint64(7));
    QCOMPARE(queryValue(db,
                        QStringLiteral("SELECT held FROM stock_reservations WHERE order_id = ?"),
                        {group[2].result.orderId})
                 .toInt(),
             1);
    QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE due_at IS NULL OR "
                                           "due_at <= step_at"))
                 .toInt(),
             0);
    const StockVerification after = StockStore(db, adminSession()).verify();
    QVERIFY2(after.ok(), qPrintable(after.problems.join(QLatin1Char('\n'))));
}

// GET /api/v1/stock and /api/v1/stock/{sku}: the catalogue's numbers (those
// the desk's catalogue page shows), with reservations of an order taken
// through the gateway; paging, filters, refusals.
void TestGateway::stockReads()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    openWebChannel(g);
    const QSqlDatabase db = g.db().connection();
    CatalogueStore cat(db, g.admin());
    auto product = [](const QString& sku, const QString& name, qint64 safety) {
        Product p;
        p.sku = sku;
        p.name = name;
        p.price = Money(1250);
        p.cost = Money(400);
        p.safetyStock = safety;
        return p;
    };
    const qint64 main =
        cat.saveWarehouse({0, QStringLiteral("main"), QStringLiteral("Main"), {}, true, 0});
    const qint64 north =
        cat.saveWarehouse({0, QStringLiteral("NORTH"), QStringLiteral("North"), {}, true, 0});
    cat.saveWarehouse({0, QStringLiteral("empty"), QStringLiteral("Empty"), {}, true, 0});
    const qint64 mug =
        cat.saveProduct(product(QStringLiteral("SKU-MUG"), QStringLiteral("Mug"), 3));
    const qint64 lamp =
        cat.saveProduct(product(QStringLiteral("SKU-LAMP"), QStringLiteral("Lamp"), 0));
    const qint64 kettle =
        cat.saveProduct(product(QStringLiteral("SKU-KETTLE"), QStringLiteral("Kettle"), 1));
    cat.setChannelWarehouse(QStringLiteral("web"), main);
    StockStore(db, g.admin())
        .receive({{mug, main, 10}, {lamp, main, 4}, {mug, north, 3}, {kettle, north, 1}});
    // A role that may ship but not read orders (nor stock).
    {
        AccountPolicy fast;
        fast.strength = HashStrength::Minimum;
        const Session root =
            UserStore(db, {}, fast)
                .createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"),
                                          QStringLiteral("Tr0ub4dor&3-long"));
        UserStore(db, root, fast).createRole(QStringLiteral("courier"), {}, {Permission::Ship});
    }
    const QString key = g.apiKey(QStringLiteral("erp"));
    const QString courier = g.apiKey(QStringLiteral("courier"), QStringLiteral("courier"));
    const QString retail = g.apiKey(QStringLiteral("till"), QStringLiteral("clerk"),
                                    Scope::ofChannels({QStringLiteral("retail")}));
    START(g);
    // An order of 4 mugs from the web: reserved in main.
    QJsonObject body = QJsonDocument::fromJson(order(QStringLiteral("S-1"))).object();
    body.insert(QStringLiteral("total"), QStringLiteral("50.00"));
    body.insert(QStringLiteral("lines"),
                QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-MUG")},
                                       {QStringLiteral("name"), QStringLiteral("Mug")},
                                       {QStringLiteral("quantity"), 4},
                                       {QStringLiteral("unit_price"), QStringLiteral("12.50")}}});
    const HttpResult created = g.post(QStringLiteral("/api/v1/orders"),
                                      QJsonDocument(body).toJson(QJsonDocument::Compact), key);
    QVERIFY2(created.status == 201, created.body.constData());
    QCOMPARE(StockStore(db, g.admin()).level(mug, main).reserved, 4);

    // Every level, two at a time, in SKU then warehouse code order.
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const HttpResult r =
            g.get(QStringLiteral("/api/v1/stock?limit=2") +
                      (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                  key);
        QVERIFY2(r.status == 200, r.body.constData());
        ++pages;
        for (const QJsonValue& v : r.json().value(QStringLiteral("stock")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString sku = o.value(QStringLiteral("sku")).toString();
            const QString wh = o.value(QStringLiteral("warehouse")).toString();
            seen << sku + QLatin1Char('/') + wh;
            // The numbers the catalogue page shows for that product and warehouse.
            const auto p = cat.bySku(sku);
            QVERIFY(p);
            QCOMPARE(o.value(QStringLiteral("name")).toString(), p->name);
            bool found = false;
            for (const StockLevel& l : cat.levels(p->id)) {
                if (l.warehouseCode != wh)
                    continue;
                found = true;
                QCOMPARE(o.value(QStringLiteral("on_hand")).toInteger(), l.onHand);
                QCOMPARE(o.value(QStringLiteral("reserved")).toInteger(), l.reserved);
                QCOMPARE(o.value(QStringLiteral("available")).toInteger(), l.available());
                QCOMPARE(o.value(QStringLiteral("warehouse_name")).toString(), l.warehouseName);
            }
            QVERIFY(found);
        }
        cursor = r.json().value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(seen, (QStringList{QStringLiteral("SKU-KETTLE/NORTH"), QStringLiteral("SKU-LAMP/MAIN"),
                                QStringLiteral("SKU-MUG/MAIN"), QStringLiteral("SKU-MUG/NORTH")}));
    QCOMPARE(pages, 2);

    // Filters: SKUs as typed (lower case too), warehouses by code.
    HttpResult r = g.get(QStringLiteral("/api/v1/stock?sku=sku-mug"), key);
    QCOMPARE(r.status, 200);
    QJsonArray rows = r.json().value(QStringLiteral("stock")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("warehouse")).toString(),
             QStringLiteral("MAIN"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("on_hand")).toInteger(), 10);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("reserved")).toInteger(), 4);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("available")).toInteger(), 6);
    QVERIFY(r.json().value(QStringLiteral("next_cursor")).isNull());
    r = g.get(QStringLiteral("/api/v1/stock?warehouse=north&sku=SKU-MUG,SKU-LAMP"), key);
    rows = r.json().value(QStringLiteral("stock")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("sku")).toString(),
             QStringLiteral("SKU-MUG"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("on_hand")).toInteger(), 3);
    // A warehouse without stock, a SKU without any: no rows, not an error.
    r = g.get(QStringLiteral("/api/v1/stock?warehouse=empty"), key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("stock")).toArray().size(), 0);
    r = g.get(QStringLiteral("/api/v1/stock?sku=NOPE"), key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("stock")).toArray().size(), 0);

    // One SKU: the catalogue page's totals and its warehouses.
    r = g.get(QStringLiteral("/api/v1/stock/SKU-MUG"), key);
    QVERIFY2(r.status == 200, r.body.constData());
    const ProductStock total = cat.productStock(mug);
    QCOMPARE(r.json().value(QStringLiteral("on_hand")).toInteger(), total.onHand);
    QCOMPARE(r.json().value(QStringLiteral("on_hand")).toInteger(), 13);
    QCOMPARE(r.json().value(QStringLiteral("reserved")).toInteger(), total.reserved);
    QCOMPARE(r.json().value(QStringLiteral("available")).toInteger(), 9);
    QCOMPARE(r.json().value(QStringLiteral("backordered")).toInteger(), total.backordered);
    QCOMPARE(r.json().value(QStringLiteral("low")).toBool(), total.low);
    QCOMPARE(r.json().value(QStringLiteral("safety_stock")).toInteger(), 3);
    const QJsonArray whs = r.json().value(QStringLiteral("warehouses")).toArray();
    const QList<StockLevel> levels = cat.levels(mug);
    QCOMPARE(whs.size(), levels.size());
    for (int i = 0; i < whs.size(); ++i) {
        QCOMPARE(whs.at(i).toObject().value(QStringLiteral("warehouse")).toString(),
                 levels.at(i).warehouseCode);
        QCOMPARE(whs.at(i).toObject().value(QStringLiteral("reserved")).toInteger(),
                 levels.at(i).reserved);
        QCOMPARE(whs.at(i).toObject().value(QStringLiteral("available")).toInteger(),
                 levels.at(i).available());
    }
    QCOMPARE(g.get(QStringLiteral("/api/v1/stock/sku-mug"), key).status, 200);
    // A product never stocked: zeros, no warehouses.
    cat.saveProduct(product(QStringLiteral("SKU-NEW"), QStringLiteral("New"), 0));
    r = g.get(QStringLiteral("/api/v1/stock/SKU-NEW"), key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("on_hand")).toInteger(), 0);
    QCOMPARE(r.json().value(QStringLiteral("warehouses")).toArray().size(), 0);

    // Refusals, each naming what it refuses.
    r = g.get(QStringLiteral("/api/v1/stock/SKU-NOPE"), key);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorField(r), QStringLiteral("sku"));
    QVERIFY(errorMessage(r).contains(QStringLiteral("SKU-NOPE")));
    r = g.get(QStringLiteral("/api/v1/stock?warehouse=nowhere"), key);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("warehouse"));
    QVERIFY(errorMessage(r).contains(QStringLiteral("nowhere")));
    for (const QString& bad :
         {QStringLiteral("limit=0"), QStringLiteral("limit=501"), QStringLiteral("limit=x")}) {
        r = g.get(QStringLiteral("/api/v1/stock?") + bad, key);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QStringLiteral("limit"));
    }
    r = g.get(QStringLiteral("/api/v1/stock?sku=A&sku=B"), key);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), QStringLiteral("sku"));
    r = g.get(QStringLiteral("/api/v1/stock?sku="), key);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), QStringLiteral("sku"));
    r = g.get(QStringLiteral("/api/v1/stock?colour=red"), key);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), QStringLiteral("colour"));
    r = g.get(QStringLiteral("/api/v1/stock?cursor=bm9wZQ"), key);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("cursor"));
    r = g.get(QStringLiteral("/api/v1/stock/SKU-MUG?warehouse=main"), key);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), QStringLiteral("warehouse"));
    // A key whose role may not read: 403 naming the right, for both.
    const QString right = permission::label(Permission::ViewOrders);
    for (const QString& path :
         {QStringLiteral("/api/v1/stock"), QStringLiteral("/api/v1/stock/SKU-MUG"),
          QStringLiteral("/api/v1/stock/SKU-NOPE")}) {
        r = g.get(path, courier);
        QCOMPARE(r.status, 403);
        QVERIFY2(errorMessage(r).contains(right), r.body.constData());
    }
    QCOMPARE(g.get(QStringLiteral("/api/v1/stock")).status, 401);
    // Stock is not an order: a key scoped to other channels reads it, as
    // the desk's users in that scope do.
    r = g.get(QStringLiteral("/api/v1/stock/SKU-MUG"), retail);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("reserved")).toInteger(), 4);
}

// POST /api/v1/orders/{number}/shipments/{shipment}/events: the carrier
// webhook's rule for a shipment named by its id; its events in the
// shipments' JSON.
void TestGateway::trackingEventsOfAShipment()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    openWebChannel(g);
    const QString key = g.apiKey(QStringLiteral("erp")); // a clerk: may ship
    const QString viewer = g.apiKey(QStringLiteral("viewer"), QStringLiteral("manager"));
    const QString retail = g.apiKey(QStringLiteral("till"), QStringLiteral("clerk"),
                                    Scope::ofChannels({QStringLiteral("retail")}));
    START(g);
    auto take = [&](const QString& externalId) {
        const HttpResult r = g.post(QStringLiteral("/api/v1/orders"), order(externalId), key);
        return r.json().value(QStringLiteral("number")).toString();
    };
    const QString number = take(QStringLiteral("E-1"));
    const QString other = take(QStringLiteral("E-2"));
    QVERIFY(!number.isEmpty() && !other.isEmpty());
    const qint64 id = reviewedOrder(g, number);
    const qint64 otherId = reviewedOrder(g, other);
    OrderStore orders(g.db().connection(), g.admin());
    FulfilmentStore fulfil(g.db().connection(), g.admin());
    fulfil.setClock(
        [] { return QDateTime(QDate(2026, 12, 5), QTime(6, 0), Qt::UTC).toSecsSinceEpoch(); });
    fulfil.addPayment(id, QStringLiteral("card"), orders.order(id).total);
    fulfil.addPayment(otherId, QStringLiteral("card"), orders.order(otherId).total);
    const qint64 shipment = fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("1234567890"));
    const qint64 otherShipment = fulfil.ship(otherId, QStringLiteral("dhl"), {});
    const QString path = QStringLiteral("/api/v1/orders/%1/shipments/%2/events").arg(number);
    auto events = [&] {
        return count(g.db(),
                     QStringLiteral("SELECT COUNT(*) FROM tracking_events WHERE shipment_id = ?"),
                     {shipment});
    };

    const QByteArray transit = R"({"at": "2026-12-05T08:00:00Z", "status": "in_transit",
        "description": "Parcel center", "place": "Leipzig"})";
    HttpResult r = g.post(path.arg(shipment), transit, key);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("added")).toInt(), 1);
    QJsonObject s = r.json().value(QStringLiteral("shipment")).toObject();
    QCOMPARE(s.value(QStringLiteral("id")).toInteger(), shipment);
    QCOMPARE(s.value(QStringLiteral("events")).toArray().size(), 1);
    QCOMPARE(events(), 1);
    // The order's shipments carry their events: time, text, place.
    r = g.get(QStringLiteral("/api/v1/orders/%1/shipments").arg(number), viewer);
    QCOMPARE(r.status, 200);
    const QJsonObject e = r.json()
                              .value(QStringLiteral("shipments"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("events"))
                              .toArray()
                              .at(0)
                              .toObject();
    QCOMPARE(e.value(QStringLiteral("at")).toString(), QStringLiteral("2026-12-05T08:00:00Z"));
    QCOMPARE(e.value(QStringLiteral("text")).toString(), QStringLiteral("Parcel center"));
    QCOMPARE(e.value(QStringLiteral("place")).toString(), QStringLiteral("Leipzig"));
    QCOMPARE(e.value(QStringLiteral("source")).toString(), QStringLiteral("gateway"));
    // Sent again, here or by the carrier's webhook: one rule, nothing added.
    r = g.post(path.arg(shipment), transit, key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("duplicates")).toInt(), 1);
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"),
               R"({"tracking_number": "1234567890", "at": "2026-12-05T08:00:00Z",
                   "status": "in_transit", "description": "Parcel center", "place": "Leipzig"})",
               key);
    QCOMPARE(r.json().value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(events(), 1);

    // Refusals: each names what it refuses; nothing written.
    r = g.post(path.arg(999999), transit, key);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorField(r), QStringLiteral("shipment"));
    QVERIFY(errorMessage(r).contains(QStringLiteral("999999")));
    r = g.post(path.arg(otherShipment), transit, key); // another order's
    QCOMPARE(r.status, 404);
    QCOMPARE(errorField(r), QStringLiteral("shipment"));
    r = g.post(path.arg(QStringLiteral("first")), transit, key);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), QStringLiteral("shipment"));
    r = g.post(QStringLiteral("/api/v1/orders/NOPE-1/shipments/%1/events").arg(shipment), transit,
               key);
    QCOMPARE(r.status, 404);
    r = g.post(path.arg(shipment), "{\"at\": ", key);
    QCOMPARE(r.status, 400);
    r = g.post(path.arg(shipment), R"({"at": "yesterday", "status": "x"})", key);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("at"));
    r = g.post(path.arg(shipment), R"({"at": "2026-12-05T09:00:00Z"})", key);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("status"));
    r = g.post(path.arg(shipment),
               R"({"at": "2026-12-05T09:00:00Z", "status": "x", "tracking_number": "1"})", key);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("tracking_number"));
    // Delivered before it shipped: the store's rule.
    r = g.post(path.arg(shipment), R"({"at": "2026-12-04T09:00:00Z", "status": "delivered"})", key);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("at"));
    QCOMPARE(events(), 1);
    QVERIFY(!fulfil.shipment(shipment).isDelivered());
    // Rights and scope: a key that may not ship (403 naming the right), an
    // order outside the key's scope (as if it did not exist), no key.
    r = g.post(path.arg(shipment), transit, viewer);
    QCOMPARE(r.status, 403);
    QVERIFY2(errorMessage(r).contains(permission::label(Permission::Ship)), r.body.constData());
    QCOMPARE(g.post(path.arg(shipment), transit, retail).status, 404);
    QCOMPARE(g.post(path.arg(shipment), transit).status, 401);
    QCOMPARE(events(), 1);

    // Delivered: the shipment and, its only parcel, the order.
    r = g.post(path.arg(shipment),
               R"({"at": "2026-12-05T12:00:00Z", "status": "delivered",
                   "description": "Delivered to the neighbour"})",
               key);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("delivered")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("order_status")).toString(),
             QStringLiteral("delivered"));
    s = r.json().value(QStringLiteral("shipment")).toObject();
    QCOMPARE(s.value(QStringLiteral("delivered_at")).toString(),
             QStringLiteral("2026-12-05T12:00:00Z"));
    QCOMPARE(fulfil.shipment(shipment).deliveredAt,
             QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC));
    QCOMPARE(orders.order(id).status, QStringLiteral("delivered"));
    QCOMPARE(events(), 2);
}

// Idempotency-Key on the other POSTs of the API that write: a status change,
// the carrier's tracking webhook and a shipment's tracking event. The resend
// gets the first answer and writes nothing, where a resend without the key
// would be refused or answered otherwise.
void TestGateway::idempotencyKeysOnStatusAndTracking()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    openWebChannel(g);
    const QString key = g.apiKey(QStringLiteral("erp"));
    START(g);
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    auto withKey = [](const QByteArray& k) {
        return Headers{{"Idempotency-Key", k}};
    };
    auto rows = [&](const QString& sql) {
        return count(g.db(), sql);
    };
    auto take = [&](const QString& externalId) {
        return g.post(QStringLiteral("/api/v1/orders"), order(externalId), key)
            .json()
            .value(QStringLiteral("number"))
            .toString();
    };

    // ---- a status change ----
    const QString first = take(QStringLiteral("K-1"));
    const QString status = QStringLiteral("/api/v1/orders/%1/status").arg(first);
    const QByteArray paid = R"({"status": "paid", "version": 1})";
    HttpResult r = g.post(status, paid, key, withKey("status-1"));
    QVERIFY2(r.status == 200, r.body.constData());
    const QByteArray answer = r.body;
    const qint64 events = rows(QStringLiteral("SELECT COUNT(*) FROM order_events"));
    r = g.post(status, paid, key, withKey("status-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(r.body, answer);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM order_events")), events);
    // Without the key the same body is stale now (version 1 has changed).
    QCOMPARE(g.post(status, paid, key).status, 409);
    // The key with another body: refused, naming the header.
    r = g.post(status, R"({"status": "processing"})", key, withKey("status-1"));
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("Idempotency-Key"));
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM order_events")), events);

    // ---- the carrier's webhook ----
    const QString second = take(QStringLiteral("K-2"));
    const qint64 id = reviewedOrder(g, second);
    OrderStore orders(g.db().connection(), g.admin());
    FulfilmentStore fulfil(g.db().connection(), g.admin());
    fulfil.setClock(
        [] { return QDateTime(QDate(2026, 12, 5), QTime(6, 0), Qt::UTC).toSecsSinceEpoch(); });
    fulfil.addPayment(id, QStringLiteral("card"), orders.order(id).total);
    const qint64 shipment = fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("5550001234"));
    auto tracking = [&] {
        return count(g.db(),
                     QStringLiteral("SELECT COUNT(*) FROM tracking_events WHERE shipment_id = ?"),
                     {shipment});
    };
    const QByteArray carrier =
        R"({"tracking_number": "5550001234", "at": "2026-12-05T08:00:00Z", "status": "in_transit"})";
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"), carrier, key, withKey("carrier-1"));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("added")).toInt(), 1);
    // The resend: the first answer ("added": 1), not the duplicate count a
    // resend without the key gets.
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"), carrier, key, withKey("carrier-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(r.json().value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(tracking(), 1);
    r = g.post(QStringLiteral("/webhooks/tracking/dhl"), carrier, key);
    QCOMPARE(r.json().value(QStringLiteral("duplicates")).toInt(), 1);
    QVERIFY(r.header("Idempotent-Replayed").isEmpty());

    // ---- a shipment's tracking event ----
    const QString path =
        QStringLiteral("/api/v1/orders/%1/shipments/%2/events").arg(second).arg(shipment);
    const QByteArray event = R"({"at": "2026-12-05T10:00:00Z", "status": "in_transit",
        "place": "Leipzig"})";
    r = g.post(path, event, key, withKey("event-1"));
    QVERIFY2(r.status == 201, r.body.constData());
    const QByteArray added = r.body;
    r = g.post(path, event, key, withKey("event-1"));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(r.body, added);
    QCOMPARE(tracking(), 2);
    // A refused request keeps nothing: corrected, it uses the same key.
    r = g.post(path, R"({"at": "soon", "status": "in_transit"})", key, withKey("event-2"));
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("at"));
    r = g.post(path, R"({"at": "2026-12-05T11:00:00Z", "status": "in_transit"})", key,
               withKey("event-2"));
    QVERIFY2(r.status == 201, r.body.constData());
    QVERIFY(r.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(tracking(), 3);
    // A key that is no key, on these routes too.
    r = g.post(path, event, key, withKey("two words"));
    QCOMPARE(r.status, 422);
    QCOMPARE(errorField(r), QStringLiteral("Idempotency-Key"));
    // Kept: the status change, the webhook, the two events.
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")), 4);
}

// The gateway's housekeeping deletes the answers kept longer than
// IdempotencyStore::kKeepSeconds and keeps the live ones (on PostgreSQL as
// the service account, through docket_idempotency_purge).
void TestGateway::idempotencyKeysPurged()
{
    QFETCH(Backend, backend);
    gateway::GatewayConfig config;
    config.housekeepingMs = 200;
    GatewayFixture g(backend, config);
    openWebChannel(g);
    const QString key = g.apiKey(QStringLiteral("erp"));
    START(g);
    const QStringList keys{QStringLiteral("old-1"), QStringLiteral("old-2"),
                           QStringLiteral("live-1"), QStringLiteral("live-2")};
    for (const QString& k : keys) {
        const HttpResult r = g.post(QStringLiteral("/api/v1/orders"), order(k), key,
                                    {{"Idempotency-Key", k.toLatin1()}});
        QVERIFY2(r.status == 201, r.body.constData());
    }
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")), 4);
    // A call logged longer ago than the shop keeps its log (30 days).
    sql::run(g.db().connection(),
             QStringLiteral("INSERT INTO api_calls(at, principal, method, path, status) VALUES "
                            "(?, 'key:old', 'GET', '/api/v1/orders', 200)"),
             {QDateTime::currentSecsSinceEpoch() - 40 * 86400});
    // Two older than a day; one nearly a day old; one new.
    sql::run(g.db().connection(),
             QStringLiteral("UPDATE idempotency_keys SET created_at = created_at - ? WHERE key "
                            "LIKE 'old-%'"),
             {IdempotencyStore::kKeepSeconds + 60});
    sql::run(g.db().connection(),
             QStringLiteral("UPDATE idempotency_keys SET created_at = created_at - ? WHERE key = "
                            "'live-1'"),
             {IdempotencyStore::kKeepSeconds - 600});
    QTRY_COMPARE_WITH_TIMEOUT(
        count(g.db(), QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE key LIKE "
                                     "'old-%'")),
        0, 15000);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE key LIKE "
                                          "'live-%'")),
             2);
    // The call log's old row went too (on PostgreSQL through
    // docket_api_calls_purge, 0080); the calls just made stay.
    QTRY_COMPARE_WITH_TIMEOUT(
        count(g.db(), QStringLiteral("SELECT COUNT(*) FROM api_calls WHERE principal = 'key:old'")),
        0, 15000);
    // The live ones still answer a resend; the orders of the old ones are
    // untouched (only the kept answers go).
    const HttpResult r = g.post(QStringLiteral("/api/v1/orders"), order(QStringLiteral("live-1")),
                                key, {{"Idempotency-Key", "live-1"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_sources WHERE external_id "
                                          "LIKE 'old-%'")),
             2);
}

// The call log's purge on a database from before 0080 (PostgreSQL: the
// service account could not delete from api_calls; now it does through
// docket_api_calls_purge): rows older than `before` go, the others stay.
void TestGateway::callLogPurgedAfterUpgrade()
{
    QFETCH(Backend, backend);
    // The service account's role outlives the test database: dropped once
    // the database is gone, however the test ends.
    QString role;
    std::unique_ptr<TestDb> holder;
    const auto cleanup = qScopeGuard([&] {
        holder.reset();
        if (!role.isEmpty())
            dropServerRoles({role});
    });
    DOCKET_NO_THROW(holder = std::make_unique<TestDb>(backend, TestDb::Setup::Empty));
    Database old(holder->config());
    // The schema just before 0080 (PostgreSQL 79; SQLite 78: it has no 0079).
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(79));
    QCOMPARE(old.schemaVersion(), backend == Backend::PostgreSQL ? 79 : 78);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const qint64 at : {now - 40 * 86400, now - 31 * 86400, now - 86400})
        DOCKET_NO_THROW(sql::run(old.connection(),
                                 QStringLiteral("INSERT INTO api_calls(at, principal, method, "
                                                "path, status) VALUES (?, 'key:erp', 'GET', "
                                                "'/api/v1/orders', 200)"),
                                 {at}));
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion(backend));
    DatabaseConfig config = holder->config();
    if (backend == Backend::PostgreSQL) {
        role = QStringLiteral("gwup_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        config.user = role;
        config.password = QStringLiteral("gateway-") + role;
        DOCKET_NO_THROW(serviceaccount::create(old.connection(), role, config.password));
    }
    {
        Database service(config);
        int purged = -1;
        DOCKET_NO_THROW(purged = ApiKeyStore(service.connection()).purgeCalls(now - 30 * 86400));
        QCOMPARE(purged, 2);
        service.closeConnection();
    }
    QCOMPARE(queryValue(old.connection(), QStringLiteral("SELECT COUNT(*) FROM api_calls")).toInt(),
             1);
    old.closeConnection();
}

// Intake requests that wait together for the writer are taken in ONE
// transaction (group commit), each with the answer it gets alone: new orders
// created and audited under their sender, resends idempotent (also inside
// the group), refusals (unknown SKU, a channel out of the key's scope, a
// total that does not add up) refused with nothing written but their line in
// the intake log, and the orders after a refusal taken all the same.
void TestGateway::intakeGroupCommit()
{
    QFETCH(Backend, backend);
    gateway::GatewayConfig oneWriter;
    oneWriter.threads = 1; // PostgreSQL too: one writer, so every request is in the group
    GatewayFixture g(backend, oneWriter);
    IntakeStore channels(g.db().connection(), g.admin());
    channels.setChannel(QStringLiteral("web"), QString::fromLatin1(kWooSecret),
                        QStringLiteral("unlinked"));
    channels.setChannel(QStringLiteral("retail"), IntakeStore::generateSecret(),
                        QStringLiteral("unlinked"));
    // "phone" has no rule of its own: unknown SKUs are refused.
    const QByteArray shop = "Bearer " + g.apiKey(QStringLiteral("shop")).toLatin1();
    const QByteArray till = "Bearer " + g.apiKey(QStringLiteral("till"), QStringLiteral("clerk"),
                                                 Scope::ofChannels({QStringLiteral("retail")}))
                                            .toLatin1();
    START(g);
    const HttpResult earlier = httpRequest(g.port(), "POST", QStringLiteral("/api/v1/orders"),
                                           order(QStringLiteral("G-0")), {{"Authorization", shop}});
    QCOMPARE(earlier.status, 201);
    // The call log of that request is written (a job of the writer's) before
    // the group gathers.
    QTest::qWait(1300);

    QByteArray badTotal = order(QStringLiteral("G-6"));
    badTotal.replace("\"25.00\"", "\"25.01\"");
    const QByteArray woo = wooBody();
    const QList<RawPost> posts{
        {"/api/v1/orders",
         order(QStringLiteral("G-1"), QStringLiteral("web"), QStringLiteral("Grace Hopper")),
         {{"Authorization", shop}}},
        {"/api/v1/orders", order(QStringLiteral("G-2")), {{"Authorization", shop}}},
        {"/webhooks/woocommerce/web",
         woo,
         {{"X-WC-Webhook-Signature", wooSignature(woo)}, {"X-WC-Webhook-Topic", "order.created"}}},
        {"/api/v1/orders", order(QStringLiteral("G-2")), {{"Authorization", shop}}},
        {"/api/v1/orders", order(QStringLiteral("G-0")), {{"Authorization", shop}}},
        {"/api/v1/orders",
         order(QStringLiteral("G-3"), QStringLiteral("phone")),
         {{"Authorization", shop}}},
        {"/api/v1/orders", order(QStringLiteral("G-4")), {{"Authorization", till}}},
        {"/api/v1/orders",
         order(QStringLiteral("G-5"), QStringLiteral("retail")),
         {{"Authorization", till}}},
        {"/api/v1/orders", badTotal, {{"Authorization", shop}}},
        {"/api/v1/orders",
         order(QStringLiteral("G-7"), QStringLiteral("web"), QStringLiteral("Alan Turing")),
         {{"Authorization", shop}}},
    };
    QList<HttpResult> a;
    sendTogether(g, posts, &a);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.size(), posts.size());
    auto result = [](const HttpResult& r) {
        return r.json().value(QStringLiteral("result")).toString();
    };
    auto numberOf = [](const HttpResult& r) {
        return r.json().value(QStringLiteral("number")).toString();
    };
    for (int i : {0, 2, 7, 9}) {
        QVERIFY2(a[i].status == 201, a[i].body.constData());
        QCOMPARE(result(a[i]), QStringLiteral("created"));
        QCOMPARE(a[i].header("Location"), "/api/v1/orders/" + numberOf(a[i]).toUtf8());
    }
    // G-2 twice in one group: created once, the other an unchanged resend.
    QCOMPARE(QSet<int>({a[1].status, a[3].status}), QSet<int>({200, 201}));
    QCOMPARE(QSet<QString>({result(a[1]), result(a[3])}),
             QSet<QString>({QStringLiteral("created"), QStringLiteral("unchanged")}));
    QCOMPARE(numberOf(a[1]), numberOf(a[3]));
    QCOMPARE(a[4].status, 200);
    QCOMPARE(result(a[4]), QStringLiteral("unchanged"));
    QCOMPARE(numberOf(a[4]), earlier.json().value(QStringLiteral("number")).toString());
    QCOMPARE(a[5].status, 422);
    QCOMPARE(a[5].errorCode(), QStringLiteral("unknown_sku"));
    QCOMPARE(errorField(a[5]), QStringLiteral("lines[0].sku"));
    QCOMPARE(a[6].status, 403);
    QCOMPARE(a[6].errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(a[8].status, 422);
    QCOMPARE(a[8].errorCode(), QStringLiteral("total_mismatch"));

    // Every order the answers name is there once, audited under its sender.
    const QList<QPair<int, QString>> created{
        {0, QStringLiteral("key:shop")},
        {2, QStringLiteral("woocommerce:web")},
        {7, QStringLiteral("key:till")},
        {9, QStringLiteral("key:shop")},
        {a[1].status == 201 ? 1 : 3, QStringLiteral("key:shop")}};
    for (const auto& [i, actor] : created) {
        QCOMPARE(count(g.db(),
                       QStringLiteral("SELECT COUNT(*) FROM orders WHERE number = ? AND "
                                      "created_by = ?"),
                       {numberOf(a[i]), actor}),
                 1);
        QCOMPARE(count(g.db(),
                       QStringLiteral("SELECT COUNT(*) FROM order_events e JOIN orders o ON "
                                      "o.id = e.order_id WHERE o.number = ? AND e.kind = "
                                      "'created' AND e.actor = ?"),
                       {numberOf(a[i]), actor}),
                 1);
        QVERIFY(count(g.db(),
                      QStringLiteral("SELECT COUNT(*) FROM order_lines l JOIN orders o ON "
                                     "o.id = l.order_id WHERE o.number = ?"),
                      {numberOf(a[i])}) > 0);
    }
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 6);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_sources")), 6);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_sources WHERE external_id "
                                          "IN ('G-3', 'G-4', 'G-6')")),
             0);
    // The refusals are in the intake log, each with its own reason.
    for (const auto& [id, code] :
         QList<QPair<QString, QString>>{{QStringLiteral("G-3"), QStringLiteral("unknown_sku")},
                                        {QStringLiteral("G-4"), QStringLiteral("forbidden")},
                                        {QStringLiteral("G-6"), QStringLiteral("total_mismatch")}})
        QCOMPARE(count(g.db(),
                       QStringLiteral("SELECT COUNT(*) FROM intake_log WHERE external_id = ? AND "
                                      "code = ?"),
                       {id, code}),
                 1);
    // One group: the nine orders that reached the store (not the bad total).
    const gateway::IntakeGroupStats stats = g.gateway().intakeGroupStats();
    QCOMPARE(stats.groups, qint64(1));
    QCOMPARE(stats.orders, qint64(9));
    QCOMPARE(stats.largest, 9);
}

// A group the database fails half-way through (here a trigger that refuses
// one order's row: SQLite ends the whole transaction) keeps nothing of it:
// the group is rolled back and each order taken on its own, so every order
// answered 201 is there once, with its lines and history, and the one that
// failed gets the answer it gets alone, with nothing of it written.
void TestGateway::intakeGroupThatFails()
{
    QFETCH(Backend, backend);
    gateway::GatewayConfig oneWriter;
    oneWriter.threads = 1;
    GatewayFixture g(backend, oneWriter);
    openWebChannel(g);
    const QByteArray shop = "Bearer " + g.apiKey(QStringLiteral("shop")).toLatin1();
    if (backend == Backend::SQLite) {
        sql::run(g.db().connection(),
                 QStringLiteral("CREATE TRIGGER test_boom BEFORE INSERT ON orders WHEN "
                                "NEW.customer_name = 'Boom' BEGIN SELECT RAISE(ROLLBACK, "
                                "'boom'); END"));
    } else {
        sql::run(g.db().connection(),
                 QStringLiteral("CREATE FUNCTION test_boom() RETURNS trigger LANGUAGE plpgsql "
                                "AS $f$ BEGIN IF NEW.customer_name = 'Boom' THEN RAISE "
                                "EXCEPTION 'boom'; END IF; RETURN NEW; END $f$"));
        sql::run(g.db().connection(),
                 QStringLiteral("CREATE TRIGGER test_boom BEFORE INSERT ON orders FOR EACH ROW "
                                "EXECUTE FUNCTION test_boom()"));
    }
    START(g);
    QTest::qWait(1300); // no call log job in the way of the group
    const QList<RawPost> posts{
        {"/api/v1/orders", order(QStringLiteral("H-1")), {{"Authorization", shop}}},
        {"/api/v1/orders",
         order(QStringLiteral("H-2"), QStringLiteral("web"), QStringLiteral("Grace Hopper")),
         {{"Authorization", shop}}},
        {"/api/v1/orders",
         order(QStringLiteral("H-3"), QStringLiteral("web"), QStringLiteral("Boom")),
         {{"Authorization", shop}}},
        {"/api/v1/orders",
         order(QStringLiteral("H-4"), QStringLiteral("web"), QStringLiteral("Alan Turing")),
         {{"Authorization", shop}}},
        {"/api/v1/orders", order(QStringLiteral("H-1")), {{"Authorization", shop}}},
    };
    QList<HttpResult> a;
    sendTogether(g, posts, &a);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.size(), posts.size());
    // What the failing order gets on its own.
    const HttpResult alone =
        httpRequest(g.port(), "POST", QStringLiteral("/api/v1/orders"),
                    order(QStringLiteral("H-9"), QStringLiteral("web"), QStringLiteral("Boom")),
                    {{"Authorization", shop}});
    QVERIFY(alone.status >= 400);
    QCOMPARE(a[2].status, alone.status);
    QCOMPARE(a[2].errorCode(), alone.errorCode());
    for (int i : {0, 1, 3})
        QVERIFY2(a[i].status == 201, a[i].body.constData());
    QCOMPARE(a[4].status, 200);
    QCOMPARE(a[4].json().value(QStringLiteral("result")).toString(), QStringLiteral("unchanged"));
    for (int i : {0, 1, 3}) {
        const QString number = a[i].json().value(QStringLiteral("number")).toString();
        QCOMPARE(
            count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE number = ?"), {number}),
            1);
        QCOMPARE(count(g.db(),
                       QStringLiteral("SELECT COUNT(*) FROM order_events e JOIN orders o ON "
                                      "o.id = e.order_id WHERE o.number = ? AND e.kind = "
                                      "'created' AND e.actor = 'key:shop'"),
                       {number}),
                 1);
    }
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 3);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_sources")), 3);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_lines l WHERE NOT EXISTS "
                                          "(SELECT 1 FROM orders o WHERE o.id = l.order_id)")),
             0);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_events e WHERE NOT EXISTS "
                                          "(SELECT 1 FROM orders o WHERE o.id = e.order_id)")),
             0);
    QCOMPARE(g.gateway().intakeGroupStats().largest, 5);
}

QTEST_GUILESS_MAIN(TestGateway)
// What one intake group writes (IntakeStore::takeGroup: one transaction, on
// PostgreSQL createMany and the summaries at the commit) is what the same
// orders write taken one by one (take(), a transaction each): the orders,
// lines, sources, history, review findings and stock reservations, the
// answers and refusals, and the summaries and the stock ledger stay exact.
// Two sets of the same ten orders, each with products of its own stocked
// alike ("qa" and "qb" in every name that differs between them).
void TestGateway::intakeGroupWritesWhatOneByOneWrites()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QSqlDatabase db = g.db().connection();
    CatalogueStore cat(db, g.admin());
    const qint64 main =
        cat.saveWarehouse({0, QStringLiteral("main"), QStringLiteral("Main"), {}, true, 0});
    cat.setChannelWarehouse(QStringLiteral("web"), main);
    cat.setChannelWarehouse(QStringLiteral("phone"), main);
    // Deadlines per channel: a group of both channels gets each its own hours
    // (PostgreSQL reads them once per step and channel of a group, 0150).
    ShopSettingsStore(db, g.admin())
        .set(shop::deadlineOverrides.id(),
             QStringLiteral("phone payment 7\nweb payment 5\nphone review 6\nweb review 3\n"
                            "phone shipping 9\nweb shipping 11"));
    for (const QString& set : {QStringLiteral("qa"), QStringLiteral("qb")})
        for (int k = 1; k <= 2; ++k) {
            Product p;
            p.sku = QStringLiteral("SKU-%1-%2").arg(set.toUpper()).arg(k);
            p.name = QStringLiteral("Item %1").arg(k);
            p.price = Money(1250);
            const qint64 id = cat.saveProduct(p);
            StockStore(db, g.admin()).receive({{id, main, 5}});
        }
    const Session scoped = sessionWith(QStringLiteral("till"), {Permission::CreateOrders},
                                       Scope::ofChannels({QStringLiteral("retail")}));
    // Order `i` of a set: (what, under which session and unknown-SKU rule).
    auto make = [&](const QString& set, int i) {
        auto line = [&](const QString& sku, int qty) {
            return QJsonObject{{QStringLiteral("sku"), sku},
                               {QStringLiteral("name"), QStringLiteral("Item")},
                               {QStringLiteral("quantity"), qty},
                               {QStringLiteral("unit_price"), QStringLiteral("12.50")}};
        };
        const QString p1 = QStringLiteral("SKU-%1-1").arg(set.toUpper());
        const QString p2 = QStringLiteral("SKU-%1-2").arg(set.toUpper());
        QString ext = QStringLiteral("%1-%2").arg(set).arg(i);
        QString customer = QStringLiteral("c%1").arg(i);
        QString channel = QStringLiteral("web");
        QString status = QStringLiteral("pending");
        QString name = QStringLiteral("Customer %1");
        QJsonArray lines;
        QString rule = QStringLiteral("unlinked");
        Session session = g.admin();
        switch (i) {
        case 0:
            lines = {line(p1, 2)};
            break;
        case 1:
            customer = QStringLiteral("c0");
            lines = {line(p1, 2), line(p2, 1)};
            break;
        case 2:
            lines = {line(p1, 3)};
            break; // 1 of 3 held: backordered
        case 3:
            lines = {line(QStringLiteral("nope-%1").arg(set), 1), line(p2, 1)};
            break;
        case 4:
            channel = QStringLiteral("phone");
            status = QStringLiteral("processing");
            lines = {line(p2, 1)};
            break;
        case 5:
            ext = QStringLiteral("%1-0").arg(set);
            customer = QStringLiteral("c0");
            lines = {line(p1, 2)};
            break; // a resend of 0 as it was
        case 6:
            ext = QStringLiteral("%1-1").arg(set);
            customer = QStringLiteral("c0");
            name = QStringLiteral("Renamed %1");
            lines = {line(p1, 2), line(p2, 1)};
            break; // a resend of 1, renamed
        case 7:
            lines = {line(QStringLiteral("nope-%1").arg(set), 1)};
            rule = QStringLiteral("refuse");
            break; // refused
        case 8:
            lines = {line(p2, 1)};
            session = scoped;
            break; // forbidden
        case 9:
            channel = QStringLiteral("phone");
            lines = {line(p2, 1)};
            break; // a step of another channel after web's
        default:
            lines = {line(p2, 1)};
            break;
        }
        qint64 total = 0;
        for (const QJsonValue& l : std::as_const(lines))
            total += 1250 * l.toObject().value(QStringLiteral("quantity")).toInt();
        const QJsonObject body{
            {QStringLiteral("external_id"), ext},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), QStringLiteral("2026-12-05T10:00:00Z")},
            {QStringLiteral("customer"),
             QJsonObject{
                 {QStringLiteral("name"), name.arg(set + customer)},
                 {QStringLiteral("email"), QStringLiteral("%1%2@example.com").arg(set, customer)},
                 {QStringLiteral("phone"), QStringLiteral("+49 30 %1 %2")
                                               .arg(set == QLatin1String("qa") ? 111 : 222)
                                               .arg(customer.size())}}},
            {QStringLiteral("total"), Money(total).toPlainString()},
            {QStringLiteral("lines"), lines}};
        const intake::Parsed parsed = intake::fromDocketJson(body);
        if (!parsed.order)
            qWarning("%s", qPrintable(parsed.error.message));
        IntakeTake t{*parsed.order, session, rule, {}, nullptr};
        return t;
    };
    constexpr int kOrders = 10;
    QList<IntakeTake> group;
    for (int i = 0; i < kOrders; ++i)
        group << make(QStringLiteral("qa"), i);
    IntakeStore::takeGroup(db, group);
    QList<IntakeTake> alone;
    for (int i = 0; i < kOrders; ++i) {
        IntakeTake t = make(QStringLiteral("qb"), i);
        try {
            t.result = IntakeStore(db, t.session).take(t.order, t.unknownSku);
        } catch (...) {
            t.error = std::current_exception();
        }
        alone << t;
    }

    auto what = [](const IntakeTake& t) {
        if (!t.error)
            return t.result.code() + QLatin1Char(' ') + t.result.note;
        try {
            std::rethrow_exception(t.error);
        } catch (const DocketError& e) {
            return QStringLiteral("refused %1 %2 %3")
                .arg(int(e.code()))
                .arg(e.field(), e.message());
        } catch (...) {
        }
        return QStringLiteral("?");
    };
    // What was written for order `id`, with the set's names as "qX" and the
    // order's number as "N".
    auto written = [&](qint64 id, const QString& number) {
        QStringList out;
        auto rowsOf = [&](const QString& select) {
            QSqlQuery q = sql::run(db, select, {id});
            while (q.next()) {
                QStringList f;
                for (int c = 0; c < q.record().count(); ++c)
                    f << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
                out << f.join(QLatin1Char('|'))
                           .replace(number, QStringLiteral("N"))
                           .replace(QRegularExpression(
                                        QStringLiteral("[qQ][abAB]|(?<=\\+49 30 )(111|222)")),
                                    QStringLiteral("qX"));
            }
        };
        rowsOf(QStringLiteral("SELECT customer_name, email, phone, channel, status, currency, "
                              "total_cents, created_at, created_by, invalid_at, version, records, "
                              "review_state, step, ship_country, due_at - step_at FROM orders "
                              "WHERE id = ?"));
        rowsOf(QStringLiteral("SELECT line_no, sku, name, quantity, unit_price_cents, product_id "
                              "IS NULL FROM order_lines WHERE order_id = ? ORDER BY line_no"));
        rowsOf(QStringLiteral("SELECT channel, external_id, external_number, source, payload "
                              "FROM order_sources WHERE order_id = ?"));
        rowsOf(QStringLiteral("SELECT at > 0, actor, kind, field, old_value, new_value, note FROM "
                              "order_events WHERE order_id = ? ORDER BY id"));
        rowsOf(QStringLiteral("SELECT seq, rule, detail FROM review_findings WHERE order_id = ? "
                              "ORDER BY seq"));
        rowsOf(QStringLiteral("SELECT p.sku, r.wanted, r.held FROM stock_reservations r JOIN "
                              "products p ON p.id = r.product_id WHERE r.order_id = ? ORDER BY "
                              "p.sku"));
        return out;
    };
    for (int i = 0; i < kOrders; ++i) {
        const QString a = what(group[i]).replace(
            QRegularExpression(QStringLiteral("[qQ][abAB]|(?<=\\+49 30 )(111|222)")),
            QStringLiteral("qX"));
        const QString b = what(alone[i]).replace(
            QRegularExpression(QStringLiteral("[qQ][abAB]|(?<=\\+49 30 )(111|222)")),
            QStringLiteral("qX"));
        QCOMPARE(a, b);
        if (group[i].error)
            continue;
        const QStringList byGroup = written(group[i].result.orderId, group[i].result.number);
        const QStringList byOne = written(alone[i].result.orderId, alone[i].result.number);
        for (qsizetype r = 0; r < std::max(byGroup.size(), byOne.size()); ++r)
            QVERIFY2(byGroup.value(r) == byOne.value(r),
                     qPrintable(QStringLiteral("order %1, row %2: %3 (group) vs %4 (one by one)")
                                    .arg(i)
                                    .arg(r)
                                    .arg(byGroup.value(r), byOne.value(r))));
        QVERIFY(byGroup.size() >= 4); // the order, a line, its source, its history
    }
    // Each channel its own deadline in the group, as one by one.
    const QHash<QString, int> hoursOf{
        {QStringLiteral("web payment"), 5},   {QStringLiteral("phone payment"), 7},
        {QStringLiteral("web review"), 3},    {QStringLiteral("phone review"), 6},
        {QStringLiteral("web shipping"), 11}, {QStringLiteral("phone shipping"), 9}};
    QSet<QString> channels;
    for (const IntakeTake& t : std::as_const(group)) {
        if (t.error)
            continue;
        QSqlQuery q = sql::run(db,
                               QStringLiteral("SELECT channel || ' ' || step, (due_at - step_at) / "
                                              "3600 FROM orders WHERE id = ?"),
                               {t.result.orderId});
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), hoursOf.value(q.value(0).toString(), -1));
        channels << q.value(0).toString().section(QLatin1Char(' '), 0, 0);
    }
    QCOMPARE(channels, (QSet<QString>{QStringLiteral("web"), QStringLiteral("phone")}));
    // The kinds the sets went through.
    QCOMPARE(what(group[5]).section(QLatin1Char(' '), 0, 0), QStringLiteral("unchanged"));
    QCOMPARE(what(group[6]).section(QLatin1Char(' '), 0, 0), QStringLiteral("updated"));
    QVERIFY(what(group[7]).startsWith(QLatin1String("refused")));
    QVERIFY(what(group[8]).startsWith(QLatin1String("refused")));
    QVERIFY(written(group[2].result.orderId, group[2].result.number)
                .contains(QStringLiteral("SKU-qX-1|3|1")));
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 2 * 6);
    const auto diffs = summaries::verify(db, backend);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.isEmpty() ? QString() : diffs.first().table));
    const StockVerification v = StockStore(db, g.admin()).verify();
    QVERIFY2(v.ok(), qPrintable(v.problems.join(QLatin1Char('\n'))));
}

// Review s36 G1: the product_stock rows a statement of movements changes are
// locked in product order (0163). A third session holds the highest
// product's row; an intake writer taking an order of every product, its
// lines highest first, waits for it holding every lower product's row
// already (in plan order it held some and not others).
void TestGateway::productStockLockedInProductOrder()
{
    QFETCH(Backend, backend);
    if (backend != Backend::PostgreSQL)
        QSKIP("row locks of concurrent writers: PostgreSQL");
    DOCKET_TESTDB(tdb, backend);
    const QList<qint64> ids = twoWarehouseShop(tdb, 24);
    QStringList skus;
    for (qsizetype i = ids.size() - 1; i >= 0; --i)
        skus << QStringLiteral("LOCK-%1").arg(i, 2, 10, QLatin1Char('0'));
    QStringList lower;
    for (qsizetype i = 0; i + 1 < ids.size(); ++i)
        lower << QString::number(ids[i]);

    const std::shared_ptr<Database> database = tdb.database();
    const QSqlDatabase holder = database->connection(QStringLiteral("holder"));
    QVERIFY(holder.driver()->beginTransaction());
    queryValue(holder,
               QStringLiteral("SELECT 1 FROM product_stock WHERE product_id = ? FOR UPDATE"),
               {ids.last()});

    std::atomic<qint64> writerPid{0};
    QString error;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        try {
            const QSqlDatabase c = database->connection();
            writerPid = queryValue(c, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            sql::WriteTransaction tx(c);
            IntakeStore(c, adminSession())
                .takeMany({orderOfSkus(QStringLiteral("all-down"), QStringLiteral("web"), skus)},
                          QStringLiteral("refuse"));
            tx.commit();
        } catch (const DocketError& e) {
            error = e.message();
        }
        database->closeConnection();
    }));
    // Ends the holder's transaction and waits for the writer (also when a
    // check below fails).
    bool finished = false;
    auto letGo = qScopeGuard([&] {
        holder.driver()->rollbackTransaction();
        finished = writer->wait(120000);
    });
    writer->start();
    const QSqlDatabase probe = database->connection(QStringLiteral("probe"));
    QTRY_VERIFY_WITH_TIMEOUT(writerPid.load() != 0, 30000);
    // The writer waits for the held row ...
    QTRY_COMPARE_WITH_TIMEOUT(
        queryValue(probe,
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND "
                                  "wait_event_type = 'Lock'"),
                   {writerPid.load()})
            .toInt(),
        1, 30000);
    // ... holding every row below it: none is free to lock.
    QVERIFY(probe.driver()->beginTransaction());
    const int free = queryValue(probe, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM "
                                                      "product_stock WHERE product_id IN (%1) "
                                                      "FOR UPDATE SKIP LOCKED) x")
                                           .arg(lower.join(QLatin1Char(','))))
                         .toInt();
    probe.driver()->rollbackTransaction();
    QCOMPARE(free, 0);
    // Let go: the writer finishes.
    letGo.dismiss();
    holder.driver()->rollbackTransaction();
    finished = writer->wait(120000);
    QVERIFY2(finished, "the writer did not finish");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(
        queryValue(tdb.connection(), QStringLiteral("SELECT count(*) FROM order_lines")).toInt(),
        int(ids.size()));
    const StockVerification v = StockStore(tdb.connection(), adminSession()).verify();
    QVERIFY2(v.ok(), qPrintable(v.problems.join(QLatin1Char('\n'))));
}

// Two intake writers (two gateways, or the gateway and a desk) on the same
// products in different warehouses, their lines in opposite orders, many
// transactions each at once: both finish, none is aborted as a deadlock,
// and the stock caches agree with the ledger.
void TestGateway::twoWritersCrossingProductsBothFinish()
{
    QFETCH(Backend, backend);
    if (backend != Backend::PostgreSQL)
        QSKIP("row locks of concurrent writers: PostgreSQL");
    DOCKET_TESTDB(tdb, backend);
    constexpr int kProducts = 24;
    constexpr int kRounds = 40;
    twoWarehouseShop(tdb, kProducts);
    const std::shared_ptr<Database> database = tdb.database();
    QStringList errors[2];
    QList<QThread*> threads;
    for (int t = 0; t < 2; ++t)
        threads << QThread::create([&, t] {
            const QString channel = t == 0 ? QStringLiteral("web") : QStringLiteral("retail");
            try {
                const QSqlDatabase c = database->connection();
                for (int round = 0; round < kRounds; ++round) {
                    // Groups of two orders over a window of products that
                    // moves and grows: lines ascending for one writer,
                    // descending for the other.
                    QList<IntakeOrder> group;
                    for (int k = 0; k < 2; ++k) {
                        QStringList skus;
                        const int first = (round + 5 * k) % 8;
                        const int size = 6 + (round * 7 + k * 3) % (kProducts - 8);
                        for (int i = first; i < first + size && i < kProducts; ++i)
                            skus << QStringLiteral("LOCK-%1").arg(i, 2, 10, QLatin1Char('0'));
                        if (t == 1)
                            std::reverse(skus.begin(), skus.end());
                        group << orderOfSkus(QStringLiteral("w%1-%2-%3").arg(t).arg(round).arg(k),
                                             channel, skus);
                    }
                    sql::WriteTransaction tx(c);
                    IntakeStore(c, adminSession()).takeMany(group, QStringLiteral("refuse"));
                    tx.commit();
                }
            } catch (const DocketError& e) {
                errors[t] << e.message();
            }
            database->closeConnection();
        });
    for (QThread* th : threads)
        th->start();
    bool finished = true;
    for (QThread* th : threads)
        finished = th->wait(120000) && finished;
    QVERIFY2(finished, "a writer hung");
    qDeleteAll(threads);
    for (const QStringList& e : errors)
        QVERIFY2(e.isEmpty(), qPrintable(e.join(QLatin1Char('\n'))));
    QCOMPARE(queryValue(tdb.connection(), QStringLiteral("SELECT count(*) FROM orders")).toInt(),
             2 * kRounds * 2);
    const StockVerification v = StockStore(tdb.connection(), adminSession()).verify();
    QVERIFY2(v.ok(), qPrintable(v.problems.join(QLatin1Char('\n'))));
}

#include "test_gateway.moc"
