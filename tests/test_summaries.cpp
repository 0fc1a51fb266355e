// The analytics summaries through batch writes, on every test backend: a batch
// invalidate, revalidate, delete and restore of a few hundred orders across
// days, channels, statuses and products leaves every summary table exactly as
// a rebuild from scratch makes it (SQLite: set-based inside the batch, with
// the per-row triggers suspended; PostgreSQL: statement-level triggers); a
// cancelled batch changes nothing; a writer on another connection still goes
// through the triggers.

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "seed/seeder.h"
#include "stores/analyticsstore.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "stores/salessummaries.h"
#include "testdb.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <sqlite3.h>

using namespace docket;
using namespace docket::test;

namespace {

// Every row of the three summaries, in key order.
QStringList dumpSummaries(const QSqlDatabase& db)
{
    const QList<std::pair<const char*, const char*>> tables = {
        {"sales_orders", "grain, bucket, channel, status, invalid, orders, total_cents"},
        {"sales_region",
         "grain, bucket, channel, status, ship_country, ship_region, orders, total_cents"},
        {"sales_product", "grain, bucket, channel, status, sku, lines, quantity, total_cents"},
        {"sales_refunds", "grain, bucket, channel, status, invalid, refunds, total_cents"},
    };
    QStringList out;
    for (const auto& [table, columns] : tables) {
        const int n = int(QString::fromLatin1(columns).count(QLatin1Char(','))) + 1;
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2, 3, 4, 5, 6")
                                       .arg(QLatin1String(columns), QLatin1String(table)));
        while (q.next()) {
            QStringList row{QLatin1String(table)};
            for (int i = 0; i < n; ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

// The statements of the connection that are still running (stepped, not reset).
QStringList busyStatements(const QSqlDatabase& db)
{
    QStringList out;
    sqlite3* h = sql::sqliteHandle(db);
    for (sqlite3_stmt* s = sqlite3_next_stmt(h, nullptr); s; s = sqlite3_next_stmt(h, s))
        if (sqlite3_stmt_busy(s))
            out << QString::fromUtf8(sqlite3_sql(s));
    return out;
}

// Empty when the summaries agree with the orders and equal a rebuild from
// scratch; else what differs.
QString summaryProblems(const QSqlDatabase& db)
{
    AnalyticsStore a(db, adminSession());
    const QStringList problems = a.verifySummaries();
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    const QStringList kept = dumpSummaries(db);
    if (kept.isEmpty())
        return QStringLiteral("the summaries are empty");
    a.rebuildSummaries();
    const QStringList rebuilt = dumpSummaries(db);
    if (kept != rebuilt)
        return QStringLiteral("%1 rows kept, %2 after a rebuild")
            .arg(kept.size())
            .arg(rebuilt.size());
    if (sql::backendOf(db) == Backend::SQLite &&
        queryValue(db, QStringLiteral("SELECT COUNT(*) FROM analytics_suspend")).toLongLong() != 0)
        return QStringLiteral("the analytics_suspend row was left behind");
    return {};
}

#define VERIFY_SUMMARIES(db, step)                                                                 \
    do {                                                                                           \
        const QString p_ = summaryProblems(db);                                                    \
        QVERIFY2(p_.isEmpty(), qPrintable(QStringLiteral(step ": ") + p_));                        \
    } while (false)

// The first column of every row, as text.
QStringList column(const QSqlDatabase& db, const QString& text)
{
    QStringList out;
    QSqlQuery q = sql::run(db, text);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<qint64> ids(const QSqlDatabase& db, const QString& text)
{
    QList<qint64> out;
    QSqlQuery q = sql::run(db, text);
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

qint64 utc(QDate d, int hour, int minute = 0)
{
    return QDateTime(d, QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

// An order of €55.00 (two kettles, a mug) in `channel`, placed at `at`, with
// a complete German address (no review rule trips on it).
Order refundDraft(const QString& channel, qint64 at, int n)
{
    Order o;
    o.customerName = QStringLiteral("Refund Tester %1").arg(n);
    o.email = QStringLiteral("refund%1@example.com").arg(n);
    o.phone = QStringLiteral("+49 30 555%1").arg(n, 4, 10, QLatin1Char('0'));
    o.shipTo = {QStringLiteral("Hauptstr. 1"), QStringLiteral("Berlin"), QStringLiteral("10115"),
                QStringLiteral("Berlin"), QStringLiteral("DE")};
    o.billCountry = QStringLiteral("DE");
    o.channel = channel;
    o.currency = QStringLiteral("EUR");
    o.createdAt = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc());
    OrderLine a;
    a.sku = QStringLiteral("SKU-A");
    a.name = QStringLiteral("Kettle");
    a.quantity = 2;
    a.unitPrice = Money(2500, u"EUR");
    OrderLine b;
    b.sku = QStringLiteral("SKU-B");
    b.name = QStringLiteral("Mug");
    b.quantity = 1;
    b.unitPrice = Money(500, u"EUR");
    o.lines = {a, b};
    return o;
}

AnalyticsQuery refundQuery(QDate from, QDate to, const char* zone = "UTC")
{
    AnalyticsQuery q;
    q.from = from;
    q.to = to;
    q.timeZone = QTimeZone(zone);
    q.granularity = Granularity::Day;
    q.comparison = Comparison::None;
    return q;
}

// Net sales of [a, b) straight from the orders and refunds: gross sales
// (valid orders paid or further along, or refunded) placed in it, less the
// refunds of valid orders made in it.
qint64 netBetween(const QSqlDatabase& db, qint64 a, qint64 b)
{
    const qint64 gross =
        queryValue(db,
                   QStringLiteral("SELECT COALESCE(SUM(total_cents), 0) FROM orders WHERE "
                                  "invalid_at IS NULL AND status IN ('paid', 'processing', "
                                  "'shipped', 'delivered', 'refunded') AND created_at >= ? AND "
                                  "created_at < ?"),
                   {a, b})
            .toLongLong();
    const qint64 refunds =
        queryValue(db,
                   QStringLiteral("SELECT COALESCE(SUM(r.amount_cents), 0) FROM refunds r JOIN "
                                  "orders o ON o.id = r.order_id WHERE o.invalid_at IS NULL AND "
                                  "r.created_at >= ? AND r.created_at < ?"),
                   {a, b})
            .toLongLong();
    return gross - refunds;
}

} // namespace

class TestSummaries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void batchesMatchRebuild_data() { addBackendRows(); }
    void batchesMatchRebuild()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        const QSqlDatabase db = tdb.connection();
        OrderStore store = tdb.store();
        SeedOptions o;
        o.orders = 900;
        o.days = 75; // three UTC months
        o.now = TestDb::kNow;
        o.seed = 7;
        o.invalidShare = 0.03;
        DOCKET_SEED_OR_SKIP(store, o);
        VERIFY_SUMMARIES(db, "seeded");

        // Every third valid order, and every valid order of one UTC day (so
        // that the batch empties summary rows, which must then go).
        const qint64 day = TestDb::kNow - 20 * 86400 - TestDb::kNow % 86400;
        QList<qint64> batch = ids(db, QStringLiteral("SELECT id FROM orders WHERE invalid_at IS "
                                                     "NULL AND (id % 3 = 0 OR (created_at >= %1 "
                                                     "AND created_at < %2)) ORDER BY id")
                                          .arg(day)
                                          .arg(day + 86400));
        QVERIFY(batch.size() > 250);
        QVERIFY(queryValue(db,
                           QStringLiteral("SELECT COUNT(DISTINCT channel) * COUNT(DISTINCT "
                                          "status) FROM orders WHERE id IN %1")
                               .arg(dialect::idListSubquery(backend)),
                           {dialect::idListParam(backend, batch)})
                    .toLongLong() >= 6);

        QCOMPARE(store.invalidate(batch, QStringLiteral("duplicate")), int(batch.size()));
        VERIFY_SUMMARIES(db, "invalidate");
        QCOMPARE(queryValue(db,
                            QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE grain = 1 "
                                           "AND bucket = ? AND invalid = 0"),
                            {day})
                     .toLongLong(),
                 0);

        // Half valid again, the other half deleted to the archive.
        const QList<qint64> back = batch.mid(0, batch.size() / 2);
        const QList<qint64> gone = batch.mid(batch.size() / 2);
        QCOMPARE(store.revalidate(back), int(back.size()));
        VERIFY_SUMMARIES(db, "revalidate");
        QCOMPARE(store.deleteInvalid(gone), int(gone.size()));
        VERIFY_SUMMARIES(db, "delete");

        // A batch cancelled after it wrote its first chunk leaves nothing.
        const QString before = contentFingerprint(db);
        const QStringList summariesBefore = dumpSummaries(db);
        const auto e = catchError([&] {
            store.invalidate(back, QStringLiteral("cancelled"),
                             [](qint64 done, qint64) { return done == 0; });
        });
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Cancelled);
        QCOMPARE(contentFingerprint(db), before);
        QCOMPARE(dumpSummaries(db), summariesBefore);
        VERIFY_SUMMARIES(db, "cancelled");

        // Every deleted order back from the archive.
        const QList<ArchivedOrder> archived = store.archived({}, 10000);
        QVERIFY(archived.size() >= gone.size());
        for (const ArchivedOrder& a : archived)
            store.restore(a.id);
        VERIFY_SUMMARIES(db, "restore");
        QCOMPARE(store.count(OrderFilter{}),
                 queryValue(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE invalid_at IS "
                                               "NULL"))
                     .toLongLong());
    }

    // Writers that are not a batch of this store (another desktop, docketctl,
    // a SQL shell) go through the triggers: no suspend row is in their way.
    // A load big enough for the seeder's bulk path (SQLite, >= 50,000 orders:
    // indexes and insert triggers dropped and made again, FTS rows and
    // summaries written after the rows, the journal out of WAL meanwhile)
    // leaves the schema as it was, the file in WAL mode with the WAL open (a
    // checkpoint of every database of the connection succeeds at once), no
    // statement running, every order in the full-text index and the
    // summaries exact.
    void bulkSeedKeepsSchemaAndSummaries()
    {
        if (!testBackends().contains(Backend::SQLite))
            QSKIP("SQLite only: the bulk path is the SQLite seeder's");
        TestDb tdb(Backend::SQLite);
        const QSqlDatabase db = tdb.connection();
        // (ANALYZE after the load adds its statistics table.)
        const QString schemaSql =
            QStringLiteral("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM "
                           "sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name");
        const QStringList schema = column(db, schemaSql);
        OrderStore store = tdb.store();
        SeedOptions o;
        o.orders = 50000;
        o.days = 90;
        o.now = TestDb::kNow;
        o.seed = 5;
        const SeedResult r = seedOrders(store, o);
        QCOMPARE(r.orders, o.orders);
        // Nothing of the load is left running on the connection, and a
        // checkpoint of every database of it (temp included) succeeds: the
        // journal went back to WAL with the WAL opened (see seeder.cpp).
        QCOMPARE(busyStatements(db), QStringList());
        try {
            QSqlQuery checkpoint = sql::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(checkpoint.next());
            QCOMPARE(checkpoint.value(0).toInt(), 0); // not blocked
        } catch (const DocketError& e) {
            QFAIL(qPrintable(QStringLiteral("checkpoint after seeding: ") + e.message()));
        }
        QCOMPARE(column(db, schemaSql), schema);
        QCOMPARE(queryValue(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(queryValue(db, QStringLiteral("PRAGMA foreign_keys")).toLongLong(), 1);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM order_fts")).toLongLong(),
                 o.orders);
        QCOMPARE(queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        VERIFY_SUMMARIES(db, "bulk seeded");
    }

    // Refunds in analytics (issue 15 item 2): each refund with its own amount
    // on the day it was made; gross sales keep the order on the day it was
    // placed; filters and scope reach refunds through their order; time to
    // shipment comes from the shipments.
    void refundsInAnalytics_data() { addBackendRows(); }
    void refundsInAnalytics()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        const QSqlDatabase db = tdb.connection();
        const QDate d(2024, 3, 4); // a Monday, before the tests' "now"
        qint64 clock = utc(d, 9);
        OrderStore orders = tdb.store(adminSession(), clock);
        FulfilmentStore f(db, adminSession());
        f.setClock([&clock] { return clock; });
        const qint64 web = orders.create(refundDraft(QStringLiteral("web"), utc(d, 9), 1));
        const qint64 retail = orders.create(refundDraft(QStringLiteral("retail"), utc(d, 10), 2));
        clock = utc(d, 11);
        const qint64 webPay = f.addPayment(web, QStringLiteral("card"), Money(5500, u"EUR"));
        const qint64 retailPay = f.addPayment(retail, QStringLiteral("card"), Money(5500, u"EUR"));
        // Retail ships 20 hours after it was placed (from the shipment, not
        // a status event).
        clock = utc(d.addDays(1), 6);
        f.ship(retail, QStringLiteral("dhl"), QStringLiteral("1000000001"));

        AnalyticsStore a(db, adminSession());
        const AnalyticsQuery week = refundQuery(d, d.addDays(6));
        AnalyticsResult r = a.load(week);
        QCOMPARE(r.totals.gross().minorUnits(), 11000);
        QCOMPARE(r.totals.revenue.minorUnits(), 11000);
        QCOMPARE(r.totals.refunds, 0);
        QCOMPARE(r.totals.shippedMeasured, 1);
        QCOMPARE(r.totals.averageHoursToShip().value_or(-1), 20.0);

        // A partial refund three days later: on that day, by its amount only.
        clock = utc(d.addDays(3), 12);
        f.refund(web, webPay, Money(1000, u"EUR"), QStringLiteral("goodwill"));
        r = a.load(week);
        QCOMPARE(r.series.size(), 7);
        QCOMPARE(r.series[0].revenueOrders, 2);
        QCOMPARE(r.series[0].revenue.minorUnits(), 11000); // the sales' day keeps them
        QCOMPARE(r.series[3].refunds, 1);
        QCOMPARE(r.series[3].refunded.minorUnits(), 1000);
        QCOMPARE(r.series[3].revenue.minorUnits(), -1000);
        for (int i : {1, 2, 4, 5, 6})
            QCOMPARE(r.series[i].refunded.minorUnits(), 0);
        QCOMPARE(r.totals.gross().minorUnits(), 11000);
        QCOMPARE(r.totals.refunded.minorUnits(), 1000);
        QCOMPARE(r.totals.revenue.minorUnits(), 10000);
        QCOMPARE(r.totals.refundRate().value_or(-1), 1000.0 / 11000.0);
        VERIFY_SUMMARIES(db, "partial refund");

        // The rest the next day: the order is refunded in full, its sale
        // still counts on its day, and each refund on its own.
        clock = utc(d.addDays(4), 8);
        f.refund(web, webPay, Money(4500, u"EUR"), QStringLiteral("returned"));
        QCOMPARE(orders.order(web).status, QStringLiteral("refunded"));
        r = a.load(week);
        QCOMPARE(r.series[0].revenueOrders, 2);
        QCOMPARE(r.series[0].revenue.minorUnits(), 11000);
        QCOMPARE(r.series[3].refunded.minorUnits(), 1000);
        QCOMPARE(r.series[4].refunded.minorUnits(), 4500);
        QCOMPARE(r.totals.refunds, 2);
        QCOMPARE(r.totals.refundedOrders, 1);
        QCOMPARE(r.totals.revenue.minorUnits(), 5500);
        QCOMPARE(r.totals.averageOrder()->minorUnits(), 5500); // gross / orders sold
        VERIFY_SUMMARIES(db, "full refund");

        // Retail: a refund at 18:45 UTC on day 5, which is day 6 in Kolkata
        // (+05:30; that half hour is read from the refunds themselves).
        clock = utc(d.addDays(5), 18, 45);
        f.refund(retail, retailPay, Money(700, u"EUR"), QStringLiteral("scratch"));
        r = a.load(week);
        QCOMPARE(r.series[5].refunded.minorUnits(), 700);
        QCOMPARE(r.totals.revenue.minorUnits(), 11000 - 5500 - 700);
        const AnalyticsResult kolkata = a.load(refundQuery(d, d.addDays(6), "Asia/Kolkata"));
        QCOMPARE(kolkata.series[5].refunded.minorUnits(), 0);
        QCOMPARE(kolkata.series[6].refunded.minorUnits(), 700);
        QCOMPARE(kolkata.series[4].refunded.minorUnits(), 4500);

        // Channel and status filters, and a channel scope, through the order.
        AnalyticsQuery q = week;
        q.channels = {QStringLiteral("web")};
        r = a.load(q);
        QCOMPARE(r.totals.refunded.minorUnits(), 5500);
        QCOMPARE(r.totals.revenue.minorUnits(), 0);
        q.channels = {QStringLiteral("retail")};
        r = a.load(q);
        QCOMPARE(r.totals.refunded.minorUnits(), 700);
        QCOMPARE(r.totals.revenue.minorUnits(), 4800);
        QCOMPARE(r.byChannel.first().key, QStringLiteral("retail"));
        QCOMPARE(r.byChannel.first().amount.minorUnits(), 4800);
        q.channels.clear();
        q.statuses = {QStringLiteral("refunded")};
        r = a.load(q);
        QCOMPARE(r.totals.refunded.minorUnits(), 5500);
        QCOMPARE(r.totals.revenue.minorUnits(), 0);
        const Session retailOnly = sessionWith(QStringLiteral("rita"), {Permission::ViewAnalytics},
                                               Scope::ofChannels({QStringLiteral("retail")}));
        r = AnalyticsStore(db, retailOnly).load(week);
        QCOMPARE(r.totals.refunded.minorUnits(), 700);
        QCOMPARE(r.totals.gross().minorUnits(), 5500);
        // An own scope reads the orders and refunds themselves.
        const Session own =
            sessionWith(QStringLiteral("tester"), {Permission::ViewAnalytics}, Scope::own());
        const AnalyticsStore ownStore(db, own);
        QVERIFY(!ownStore.usesSummaries());
        const AnalyticsResult ownResult = ownStore.load(week);
        QCOMPARE(ownResult.totals.refunded.minorUnits(),
                 queryValue(db, QStringLiteral("SELECT COALESCE(SUM(r.amount_cents), 0) FROM "
                                               "refunds r JOIN orders o ON o.id = r.order_id "
                                               "WHERE o.created_by = 'tester' OR o.assigned_to "
                                               "= 'tester'"))
                     .toLongLong());
        // (The tests' orders are all the tester's: the same figures, read
        // from the orders and refunds instead of the summaries.)
        const AnalyticsResult all = a.load(week);
        QCOMPARE(ownResult.series, all.series);
        QCOMPARE(ownResult.totals, all.totals);

        // Invalid orders' refunds count nowhere, and come back with the order.
        orders.invalidate({retail}, QStringLiteral("test order"));
        VERIFY_SUMMARIES(db, "invalidated with refunds");
        r = a.load(week);
        QCOMPARE(r.totals.refunded.minorUnits(), 5500);
        orders.revalidate({retail});
        VERIFY_SUMMARIES(db, "revalidated with refunds");
        QCOMPARE(a.load(week).totals.refunded.minorUnits(), 6200);
    }

    // "Analytics equal a rebuild" after random payments, refunds (on random
    // days), shipments, status and channel changes and invalidations; and the
    // net sales of every day equal what the orders and refunds say.
    void randomRefundWorkEqualsRebuild_data() { addBackendRows(); }
    void randomRefundWorkEqualsRebuild()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        const QSqlDatabase db = tdb.connection();
        const QDate first(2024, 5, 1);
        qint64 clock = utc(first, 8);
        OrderStore orders = tdb.store(adminSession(), clock);
        FulfilmentStore f(db, adminSession());
        f.setClock([&clock] { return clock; });
        QRandomGenerator rng(33);
        const QStringList channels{QStringLiteral("web"), QStringLiteral("retail"),
                                   QStringLiteral("phone")};
        QList<qint64> ids;
        for (int i = 0; i < 14; ++i)
            ids << orders.create(refundDraft(channels[i % 3], utc(first.addDays(i % 7), 9 + i), i));
        int tracking = 0;
        for (int step = 0; step < 160; ++step) {
            clock += 1800 + rng.bounded(40000);
            const qint64 id = ids[rng.bounded(int(ids.size()))];
            try {
                switch (rng.bounded(8)) {
                case 0:
                case 1:
                    f.addPayment(id, QStringLiteral("card"), Money(1 + rng.bounded(5500), u"EUR"));
                    break;
                case 2:
                case 3: {
                    const auto ps = f.payments(id);
                    if (ps.isEmpty())
                        break;
                    const Payment& p = ps[rng.bounded(int(ps.size()))];
                    const qint64 left = p.amount.minorUnits() - p.refunded.minorUnits();
                    if (left > 0)
                        f.refund(
                            id, p.id,
                            Money(rng.bounded(3) == 0 ? left : 1 + rng.bounded(int(left)), u"EUR"),
                            QStringLiteral("random"));
                    break;
                }
                case 4:
                    f.ship(id, QStringLiteral("dhl"), QString::number(1000000000 + ++tracking));
                    break;
                case 5: {
                    Order o = orders.order(id);
                    o.channel = channels[rng.bounded(3)];
                    orders.update(o);
                    break;
                }
                case 6:
                    if (orders.order(id).isInvalid())
                        orders.revalidate({id});
                    else
                        orders.invalidate({id}, QStringLiteral("random"));
                    break;
                case 7:
                    orders.changeStatus(id, OrderStatus::Cancelled);
                    break;
                }
            } catch (const DocketError& e) {
                QVERIFY2(e.code() != DocketError::Code::Database, qPrintable(e.message()));
            }
            if (step % 20 == 19)
                VERIFY_SUMMARIES(db, "random work");
        }
        QVERIFY(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM refunds")).toLongLong() >= 5);
        VERIFY_SUMMARIES(db, "after random work");
        AnalyticsStore a(db, adminSession());
        const QDate last = QDateTime::fromSecsSinceEpoch(clock, QTimeZone::utc()).date();
        for (const char* zone : {"UTC", "Asia/Kolkata"}) {
            const AnalyticsResult r = a.load(refundQuery(first, last, zone));
            for (const SeriesBucket& b : r.series)
                QCOMPARE(b.revenue.minorUnits(), netBetween(db, b.startUtc, b.endUtc));
            QCOMPARE(r.totals.revenue.minorUnits(),
                     netBetween(db, r.series.first().startUtc, r.series.last().endUtc));
        }
    }

    // A database of the previous schema (0126) with refunds upgrades in
    // place: sales_refunds is added up from them, and the figures show them.
    void upgradeBackfillsRefunds_data() { addBackendRows(); }
    void upgradeBackfillsRefunds()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
        Database old(empty.config());
        QVERIFY_THROWS_NO_EXCEPTION(old.migrate(kBeforeRefundSummaries));
        QCOMPARE(old.schemaVersion(), kBeforeRefundSummaries);
        const QSqlDatabase db = old.connection();
        const QDate d(2024, 2, 10);
        auto run = [&](const QString& text, const QVariantList& binds = {}) {
            QVERIFY_THROWS_NO_EXCEPTION(sql::run(db, text, binds));
        };
        for (int i = 1; i <= 3; ++i) {
            run(QStringLiteral("INSERT INTO orders(id, number, customer_name, channel, status, "
                               "currency, total_cents, created_at, updated_at, created_by, "
                               "ship_street, ship_city, ship_postcode, ship_country, records, "
                               "paid_cents, refunded_cents) VALUES (?, ?, 'Before', ?, ?, 'EUR', "
                               "5000, ?, ?, 'local', '1 Main St', 'Berlin', '10115', 'DE', 1, "
                               "?, ?)"),
                {i, QStringLiteral("DK%1").arg(i, 7, 10, QLatin1Char('0')),
                 i == 2 ? QStringLiteral("retail") : QStringLiteral("web"),
                 i == 1 ? QStringLiteral("refunded") : QStringLiteral("paid"), utc(d, 8 + i),
                 utc(d, 8 + i), i == 1 ? 0 : 5000 - (i == 2 ? 1200 : 0),
                 i == 1 ? 5000 : (i == 2 ? 1200 : 0)});
            run(QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, name, quantity, "
                               "unit_price_cents) VALUES (?, 1, 'SKU-1', 'Mug', 1, 5000)"),
                {i});
            run(QStringLiteral("INSERT INTO payments(id, order_id, method, amount_cents, "
                               "currency, state, refunded_cents, created_at, created_by, "
                               "updated_at, updated_by) VALUES (?, ?, 'card', 5000, 'EUR', "
                               "'captured', ?, ?, 'local', ?, 'local')"),
                {i, i, i == 1 ? 5000 : (i == 2 ? 1200 : 0), utc(d, 9 + i), utc(d, 9 + i)});
        }
        run(QStringLiteral("INSERT INTO refunds(order_id, payment_id, amount_cents, currency, "
                           "reason, created_at, created_by) VALUES (1, 1, 2000, 'EUR', 'a', ?, "
                           "'local'), (1, 1, 3000, 'EUR', 'b', ?, 'local'), (2, 2, 1200, 'EUR', "
                           "'c', ?, 'local')"),
            {utc(d.addDays(1), 10), utc(d.addDays(3), 23, 30), utc(d.addDays(3), 12)});
        if (backend == Backend::PostgreSQL)
            run(QStringLiteral("SELECT setval('orders_id_seq', 3)"));
        QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
        QVERIFY(old.schemaVersion() > kBeforeRefundSummaries);

        QCOMPARE(queryValue(db, QStringLiteral("SELECT SUM(total_cents) FROM sales_refunds WHERE "
                                               "grain = 1"))
                     .toLongLong(),
                 6200);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT SUM(refunds) FROM sales_refunds WHERE "
                                               "grain = 2"))
                     .toLongLong(),
                 3);
        QCOMPARE(summaries::verify(db, backend).size(), 0);
        AnalyticsStore a(db, adminSession());
        const AnalyticsResult r = a.load(refundQuery(d, d.addDays(4)));
        QCOMPARE(r.totals.gross().minorUnits(), 15000);
        QCOMPARE(r.totals.refunded.minorUnits(), 6200);
        QCOMPARE(r.totals.revenue.minorUnits(), 8800);
        QCOMPARE(r.series[1].refunded.minorUnits(), 2000);
        QCOMPARE(r.series[3].refunded.minorUnits(), 4200);
        VERIFY_SUMMARIES(db, "upgraded");
    }

    void otherConnectionKeepsTriggers_data() { addBackendRows(); }
    void otherConnectionKeepsTriggers()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        const QSqlDatabase db = tdb.connection();
        OrderStore store = tdb.store();
        SeedOptions o;
        o.orders = 300;
        o.days = 8; // young orders: many still paid or processing
        o.now = TestDb::kNow;
        o.seed = 3;
        DOCKET_SEED_OR_SKIP(store, o);
        const QList<qint64> valid = ids(db, QStringLiteral("SELECT id FROM orders WHERE invalid_at "
                                                           "IS NULL AND status IN ('paid', "
                                                           "'processing') ORDER BY id"));
        QVERIFY(valid.size() > 20);
        store.invalidate(valid.mid(0, 10), QStringLiteral("batch"));

        const std::shared_ptr<Database> another = tdb.openAnother();
        const QSqlDatabase other = another->connection();
        OrderStore theirs(other, adminSession(QStringLiteral("other")));
        // An edit that moves the order's bucket, channel, region and lines...
        Order edited = theirs.order(valid[12]);
        edited.channel = edited.channel == QLatin1String("web") ? QStringLiteral("retail")
                                                                : QStringLiteral("web");
        edited.shipTo.region = QStringLiteral("Elsewhere");
        edited.lines.first().quantity += 3;
        edited.lines.append(
            {0, 0, QStringLiteral("SKU-OTHER"), QStringLiteral("Other"), 2, Money(777)});
        theirs.update(edited);
        VERIFY_SUMMARIES(db, "edit on another connection");
        // ...a status change, a single invalidation...
        theirs.changeStatus(valid[13], OrderStatus::Cancelled);
        theirs.invalidate({valid[14]}, QStringLiteral("single"));
        VERIFY_SUMMARIES(db, "status and invalidation on another connection");
        // ...and plain SQL, as docketctl or a shell would.
        sql::run(other, QStringLiteral("UPDATE orders SET status = 'refunded' WHERE id = ?"),
                 {valid[15]});
        sql::run(other,
                 QStringLiteral("UPDATE order_lines SET quantity = quantity + 1 WHERE "
                                "order_id = ?"),
                 {valid[16]});
        sql::run(other, QStringLiteral("DELETE FROM orders WHERE id = ?"), {valid[17]});
        VERIFY_SUMMARIES(db, "plain SQL on another connection");
        // The summaries of the single edit moved: the new SKU is counted.
        QCOMPARE(queryValue(db, QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM "
                                               "sales_product WHERE grain = 1 AND sku = "
                                               "'SKU-OTHER'"))
                     .toLongLong(),
                 2);
    }

private:
    // main's newest schema before the refund summaries (0127).
    static constexpr int kBeforeRefundSummaries = 126;
};

QTEST_GUILESS_MAIN(TestSummaries)
#include "test_summaries.moc"
