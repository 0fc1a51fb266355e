// kill -9 of the real docket-gateway binary in the middle of an intake stream
// (issue 16, "lose nothing"), on SQLite and PostgreSQL (as a service account):
// after a restart and a resend of every request whose answer was lost, every
// order is there exactly once and whole (lines, audit, source, outbox event,
// summaries), and the outbox delivers every event to a receiver on loopback,
// promptly: the deliveries the killed gateway had claimed are sent again
// once their short lease ends, not minutes later.

#include "gatewayfixture.h"

#include "stores/intakestore.h"
#include "stores/salessummaries.h"
#include "stores/webhookstore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace docket;
using namespace docket::test;

namespace {

constexpr int kOrders = 300;
constexpr int kConcurrent = 8;

QString externalId(int i)
{
    return QStringLiteral("K9-%1").arg(i, 4, 10, QLatin1Char('0'));
}

// One order of two lines (SKUs the catalogue does not know: unlinked lines).
QByteArray orderBody(int i)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("external_id"), externalId(i)},
                   {QStringLiteral("channel"), QStringLiteral("web")},
                   {QStringLiteral("status"), QStringLiteral("pending")},
                   {QStringLiteral("customer"),
                    QJsonObject{
                        {QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)},
                        {QStringLiteral("email"), QStringLiteral("c%1@example.com").arg(i)}}},
                   {QStringLiteral("total"), QStringLiteral("30.00")},
                   {QStringLiteral("lines"),
                    QJsonArray{
                        QJsonObject{{QStringLiteral("sku"), QStringLiteral("K9-MUG")},
                                    {QStringLiteral("name"), QStringLiteral("Mug")},
                                    {QStringLiteral("quantity"), 2},
                                    {QStringLiteral("unit_price"), QStringLiteral("12.50")}},
                        QJsonObject{{QStringLiteral("sku"), QStringLiteral("K9-TEA")},
                                    {QStringLiteral("name"), QStringLiteral("Tea")},
                                    {QStringLiteral("quantity"), 1},
                                    {QStringLiteral("unit_price"), QStringLiteral("5.00")}}}}})
        .toJson(QJsonDocument::Compact);
}

qint64 count(TestDb& db, const QString& sql, const QVariantList& binds = {})
{
    return queryValue(db.connection(), sql, binds).toLongLong();
}

// Sends the intake requests `which` to the gateway at `port`, kConcurrent at
// a time; each answer's status into `statuses` (0: no answer) and its result
// ("created", "unchanged", ...) into `results`. `afterAnswer` is called after
// each answer; when it returns true nothing more is started (the requests
// on the wire are still waited for). Bounded: 60 s at most.
void sendIntake(quint16 port, const QString& key, const QList<int>& which, QList<int>* statuses,
                QStringList* results, const std::function<bool()>& afterAnswer = {},
                QSet<int>* sent = nullptr)
{
    QNetworkAccessManager net;
    QEventLoop loop;
    qsizetype next = 0;
    int inFlight = 0;
    bool stop = false;
    std::function<void()> launch = [&] {
        while (!stop && inFlight < kConcurrent && next < which.size()) {
            const int i = which[next++];
            if (sent)
                sent->insert(i);
            QNetworkRequest req(
                QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/orders").arg(port)));
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + key.toLatin1());
            req.setTransferTimeout(30000);
            QNetworkReply* reply = net.post(req, orderBody(i));
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
                --inFlight;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                // An answer is an HTTP status; a connection the gateway's
                // death closed has none.
                const bool answer = reply->error() == QNetworkReply::NoError ||
                                    reply->error() >= QNetworkReply::ContentAccessDenied;
                (*statuses)[i] = answer ? status : 0;
                (*results)[i] = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QStringLiteral("result"))
                                    .toString();
                reply->deleteLater();
                if (!stop && afterAnswer && afterAnswer())
                    stop = true;
                launch();
                if (inFlight == 0 && (stop || next == which.size()))
                    loop.quit();
            });
        }
    };
    launch();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (inFlight > 0)
        loop.exec();
}

} // namespace

class TestGatewayCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }
    void killedMidStreamLosesNothing_data() { addBackendRows(); }
    void killedMidStreamLosesNothing();
};

void TestGatewayCrash::killedMidStreamLosesNothing()
{
    QFETCH(Backend, backend);
    QElapsedTimer total;
    total.start();
    GatewayFixture g(backend);
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    const QString key = g.apiKey(QStringLiteral("shop"));
    WebhookReceiver receiver;
    QVERIFY(receiver.port());
    const QByteArray secret = "crash-receiver-secret";
    WebhookStore(g.db().connection(), g.admin())
        .add(receiver.url(), QString::fromLatin1(secret), {QStringLiteral("order.created")});
    // The receiver hangs on every delivery until the gateway is killed: the
    // killed gateway leaves claimed deliveries behind (and pending ones).
    receiver.setHolding(true);

    QTemporaryDir dir;
    GatewayProcess gateway(QStringLiteral(DOCKET_GATEWAY_PATH),
                           {QStringLiteral("--database"), g.serviceConfig().toString(),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--access-log"),
                            dir.filePath(QStringLiteral("access.log"))},
                           g.serviceConfig().password);
    const quint16 port = gateway.start();
    QVERIFY2(port, gateway.errors().constData());

    QList<int> statuses(kOrders, 0);
    QStringList results(kOrders);
    QList<int> firstHalf;
    QList<int> secondHalf;
    for (int i = 0; i < kOrders; ++i)
        (i < kOrders / 2 ? firstHalf : secondHalf) << i;
    sendIntake(port, key, firstHalf, &statuses, &results);
    for (int i : firstHalf)
        QCOMPARE(statuses[i], 201);
    // The deliverer has claimed some (it polls every second).
    QTRY_VERIFY_WITH_TIMEOUT(receiver.held() > 0, 10000);
    // The second half: kill -9 after 20 more answers, requests on the wire.
    int answered = 0;
    int heldAtKill = 0;
    QSet<int> sent;
    sendIntake(
        port, key, secondHalf, &statuses, &results,
        [&] {
            if (++answered < 20)
                return false;
            heldAtKill = receiver.held();
            gateway.kill();
            return true;
        },
        &sent);
    QVERIFY(heldAtKill > 0);
    receiver.dropHeld();
    receiver.setHolding(false);
    QList<int> unanswered;
    int onTheWire = 0; // sent, its answer lost in the kill
    for (int i = 0; i < kOrders; ++i) {
        QVERIFY2(statuses[i] == 0 || statuses[i] == 201, qPrintable(externalId(i)));
        if (statuses[i] == 0) {
            unanswered << i;
            if (sent.contains(i))
                ++onTheWire;
        }
    }
    QVERIFY(onTheWire > 0);

    // As the killed gateway left it: every order whole or absent, every 2xx there.
    auto orderIsWhole = [&](const QString& ext) {
        return count(g.db(),
                     QStringLiteral(
                         "SELECT COUNT(*) FROM order_sources s JOIN orders o ON o.id = "
                         "s.order_id WHERE s.channel = 'web' AND s.external_id = ? AND "
                         "o.total_cents = 3000 AND (SELECT COUNT(*) FROM order_lines l WHERE "
                         "l.order_id = o.id) = 2 AND (SELECT COUNT(*) FROM order_events e WHERE "
                         "e.order_id = o.id AND e.kind = 'created' AND e.actor = 'key:shop') = 1 "
                         "AND (SELECT COUNT(*) FROM outbox_events x WHERE x.order_id = o.id AND "
                         "x.kind = 'order.created') = 1"),
                     {ext}) == 1;
    };
    auto checkWhole = [&] {
        const qint64 orders = count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders"));
        QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_sources")), orders);
        QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_lines")), 2 * orders);
        QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM order_events WHERE kind = "
                                              "'created'")),
                 orders);
        QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM outbox_events WHERE kind = "
                                              "'order.created'")),
                 orders);
        QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries")), orders);
        for (const summaries::Difference& d : summaries::verify(g.db().connection(), backend))
            QVERIFY2(false, qPrintable(QStringLiteral("%1: %2 missing, %3 extra")
                                           .arg(d.table)
                                           .arg(d.missing)
                                           .arg(d.extra)));
    };
    checkWhole();
    if (QTest::currentTestFailed())
        return;
    QSet<int> committedUnanswered;
    for (int i = 0; i < kOrders; ++i) {
        const bool there = orderIsWhole(externalId(i));
        if (statuses[i] == 201)
            QVERIFY2(there, qPrintable(externalId(i)));
        else if (there)
            committedUnanswered.insert(i);
    }
    const qint64 pendingAtKill = count(
        g.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'pending'"));
    QVERIFY(pendingAtKill > heldAtKill); // claimed ones and ones never tried

    // Restart; resend every request whose answer was lost.
    QElapsedTimer sinceRestart;
    sinceRestart.start();
    QVERIFY2(gateway.start(), gateway.errors().constData());
    sendIntake(gateway.port(), key, unanswered, &statuses, &results);
    for (int i : unanswered) {
        // Taken before the kill: the resend changes nothing; else made now.
        const bool before = committedUnanswered.contains(i);
        QVERIFY2(statuses[i] == (before ? 200 : 201), qPrintable(externalId(i)));
        QCOMPARE(results[i], before ? QStringLiteral("unchanged") : QStringLiteral("created"));
    }
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), qint64(kOrders));
    checkWhole();
    for (int i = 0; i < kOrders; ++i)
        QVERIFY2(orderIsWhole(externalId(i)), qPrintable(externalId(i)));

    // Every event delivered, the claims of the killed gateway included, within
    // a lease and a few polls of the restart (a long lease failed here).
    const qint64 promptMs = (WebhookStore::kLeaseSeconds + 10) * 1000;
    QTRY_COMPARE_WITH_TIMEOUT(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM "
                                                           "webhook_deliveries WHERE state = "
                                                           "'delivered'")),
                              qint64(kOrders), int(promptMs));
    const qint64 deliveredMs = sinceRestart.elapsed();
    QSet<QByteArray> expected;
    {
        QSqlQuery q(g.db().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT event_id FROM outbox_events WHERE kind = 'order.created'")));
        while (q.next())
            expected.insert(q.value(0).toString().toLatin1());
    }
    QCOMPARE(expected.size(), kOrders);
    QCOMPARE(receiver.eventIds(), expected);
    // Sent twice at most: the ones on the wire when the gateway died.
    QHash<QByteArray, int> times;
    int badSignatures = 0;
    for (const WebhookReceiver::Request& r : receiver.requests()) {
        times[r.eventId] += 1;
        if (r.signature != WebhookStore::signature(r.body, secret))
            ++badSignatures;
    }
    QCOMPARE(badSignatures, 0);
    int repeats = 0;
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        QVERIFY(it.value() <= 2);
        repeats += it.value() - 1;
    }
    QVERIFY(repeats <= heldAtKill);
    QCOMPARE(count(g.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_attempts a JOIN "
                                          "webhook_deliveries d ON d.id = a.delivery_id WHERE "
                                          "d.state = 'delivered' AND a.status = 200")),
             qint64(kOrders));
    QVERIFY(gateway.terminate());
    qInfo("%s: %d orders, %d requests on the wire at the kill (%d of them committed), %lld "
          "sent after the restart; %d deliveries claimed and %lld pending at the kill, all "
          "delivered %lld ms after the restart; %d repeats; %lld ms in all",
          qPrintable(backendName(backend)), kOrders, onTheWire, int(committedUnanswered.size()),
          qint64(unanswered.size()), heldAtKill, pendingAtKill, deliveredMs, repeats,
          total.elapsed());
}

QTEST_MAIN(TestGatewayCrash)
#include "test_gateway_crash.moc"
