// AnalyticsStore against independent SQL over the raw orders: several periods,
// day/week/month, UTC, Asia/Shanghai (+08:00), Asia/Kolkata (+05:30) and
// Europe/Berlin (DST), with invalid, deleted, refunded and cancelled orders
// present; the summaries kept exact through every kind of write; scope and
// permission; the click-through filters.

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/money.h"
#include "domain/order.h"
#include "domain/shopcurrency.h"
#include "export/analyticsreport.h"
#include "seed/seeder.h"
#include "stores/analyticsstore.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

using namespace docket;
using docket::test::TestDb;

Q_DECLARE_METATYPE(docket::Granularity)

namespace {

const QString kRevenue = QStringLiteral("('paid', 'processing', 'shipped', 'delivered')");
// Gross sales: the orders sold, refunded since or not.
const QString kGross = QStringLiteral("('paid', 'processing', 'shipped', 'delivered', 'refunded')");

qint64 localMidnight(QDate d, const QTimeZone& zone)
{
    return QDateTime(d, QTime(0, 0), zone).toSecsSinceEpoch();
}

// What one bucket should hold, straight from the orders.
struct Expected
{
    qint64 orders = 0;
    qint64 revenueOrders = 0; // orders of gross sales
    qint64 revenueCents = 0;  // net sales: gross sales - refunds
    qint64 invalid = 0;
    qint64 refundCents = 0; // refunds made in the period (not compared by ==)
    qint64 salesCents = 0;  // orders paid or further along, not refunded (regions, products)
    bool operator==(const Expected& o) const
    {
        return orders == o.orders && revenueOrders == o.revenueOrders &&
               revenueCents == o.revenueCents && invalid == o.invalid;
    }
};

QString describe(const Expected& e)
{
    return QStringLiteral("orders %1, revenue orders %2, revenue %3, invalid %4")
        .arg(e.orders)
        .arg(e.revenueOrders)
        .arg(e.revenueCents)
        .arg(e.invalid);
}

// `extra` restricts the orders further (channel, scope), with its binds;
// refunds through their order.
Expected expectedBetween(const QSqlDatabase& db, qint64 a, qint64 b, const QString& extra = {},
                         const QVariantList& extraBinds = {})
{
    const QString more = extra.isEmpty() ? QString() : QStringLiteral(" AND ") + extra;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN invalid_at IS NULL THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN invalid_at IS NULL AND status IN %1 THEN 1 ELSE 0 "
                       "END), 0), COALESCE(SUM(CASE WHEN invalid_at IS NULL AND status IN %1 "
                       "THEN total_cents ELSE 0 END), 0), COALESCE(SUM(CASE WHEN invalid_at IS "
                       "NULL THEN 0 ELSE 1 END), 0), COALESCE(SUM(CASE WHEN invalid_at IS NULL "
                       "AND status IN %3 THEN total_cents ELSE 0 END), 0) FROM orders WHERE "
                       "created_at >= ? AND created_at < ? %2")
            .arg(kGross, more, kRevenue),
        QVariantList{a, b} + extraBinds);
    q.next();
    Expected e{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
               q.value(3).toLongLong()};
    e.salesCents = q.value(4).toLongLong();
    e.refundCents = test::queryValue(db,
                                     QStringLiteral("SELECT COALESCE(SUM(r.amount_cents), 0) "
                                                    "FROM refunds r WHERE r.created_at >= ? AND "
                                                    "r.created_at < ? AND r.order_id IN (SELECT "
                                                    "id FROM orders WHERE invalid_at IS NULL%1)")
                                         .arg(more),
                                     QVariantList{a, b} + extraBinds)
                        .toLongLong();
    e.revenueCents -= e.refundCents;
    return e;
}

// The test's own bucketing: [first, last] local days.
QList<std::pair<QDate, QDate>> expectedBuckets(QDate from, QDate to, Granularity g)
{
    QList<std::pair<QDate, QDate>> out;
    for (QDate d = from; d <= to;) {
        QDate last = d;
        if (g == Granularity::Week)
            last = d.addDays(7 - d.dayOfWeek()); // weeks end on Sunday
        else if (g == Granularity::Month)
            last = QDate(d.year(), d.month(), d.daysInMonth());
        last = std::min(last, to);
        out.push_back({d, last});
        d = last.addDays(1);
    }
    return out;
}

AnalyticsQuery query(QDate from, QDate to, const QTimeZone& zone,
                     std::optional<Granularity> g = std::nullopt)
{
    AnalyticsQuery q;
    q.from = from;
    q.to = to;
    q.timeZone = zone;
    q.granularity = g;
    q.firstDayOfWeek = Qt::Monday;
    return q;
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDb> m_db;
    QList<qint64> m_shipTest; // paid and shipped 2, 3 and 4 days after they were placed

    QSqlDatabase db() const { return m_db->connection(); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDb>(Backend::SQLite);
        OrderStore store = m_db->store();
        SeedOptions o;
        o.orders = 6000;
        o.days = 420;
        o.now = TestDb::kNow; // 2024-06-15 12:00 UTC
        o.seed = 11;
        o.invalidShare = 0.04;
        DOCKET_SEED_OR_SKIP(store, o);

        // Orders on the edges of local days: 15:59:59 and 16:00:00 UTC are the
        // two sides of midnight in Shanghai; 18:29:59 and 18:30:00 in Kolkata;
        // 23:59:59 and 00:00:00 in UTC. Moving them exercises the update trigger.
        const QList<qint64> edges = {
            QDateTime(QDate(2024, 3, 10), QTime(15, 59, 59), QTimeZone::utc()).toSecsSinceEpoch(),
            QDateTime(QDate(2024, 3, 10), QTime(16, 0, 0), QTimeZone::utc()).toSecsSinceEpoch(),
            QDateTime(QDate(2024, 3, 11), QTime(18, 29, 59), QTimeZone::utc()).toSecsSinceEpoch(),
            QDateTime(QDate(2024, 3, 11), QTime(18, 30, 0), QTimeZone::utc()).toSecsSinceEpoch(),
            QDateTime(QDate(2024, 3, 12), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch(),
            QDateTime(QDate(2024, 3, 13), QTime(0, 0, 0), QTimeZone::utc()).toSecsSinceEpoch(),
            QDateTime(QDate(2024, 3, 31), QTime(0, 30, 0), QTimeZone::utc()).toSecsSinceEpoch(),
            QDateTime(QDate(2024, 3, 31), QTime(1, 30, 0), QTimeZone::utc()).toSecsSinceEpoch(),
        };
        QSqlQuery pick = sql::run(db(), QStringLiteral("SELECT id FROM orders WHERE invalid_at IS "
                                                       "NULL AND status = 'delivered' ORDER BY "
                                                       "id LIMIT 8"));
        int i = 0;
        while (pick.next() && i < edges.size())
            sql::run(db(), QStringLiteral("UPDATE orders SET created_at = ? WHERE id = ?"),
                     {edges[i++], pick.value(0)});

        // Shipments recorded through the workflow: paid -> processing -> shipped.
        OrderStore s = m_db->store();
        Order draft;
        draft.customerName = QStringLiteral("Ship Test");
        draft.channel = QStringLiteral("web");
        draft.shipTo.region = QStringLiteral("Bayern");
        draft.shipTo.country = QStringLiteral("DE");
        draft.lines = {{0, 0, QStringLiteral("SKU-10001"), QStringLiteral("Mug"), 2, Money(1250)}};
        for (int k = 0; k < 3; ++k) {
            draft.createdAt = QDateTime::fromSecsSinceEpoch(TestDb::kNow - 86400 * (k + 2));
            m_shipTest << s.create(draft);
            test::payAndShip(*m_db, m_shipTest.last()); // paid and shipped at "now"
        }
        // Refunds, cancellations, invalidation, deletion of invalid orders.
        QList<qint64> refund, cancel, invalid;
        QSqlQuery q = sql::run(db(), QStringLiteral("SELECT id FROM orders WHERE invalid_at IS "
                                                    "NULL AND status = 'delivered' AND id % 37 "
                                                    "= 0"));
        while (q.next())
            refund << q.value(0).toLongLong();
        q = sql::run(db(), QStringLiteral("SELECT id FROM orders WHERE invalid_at IS NULL AND "
                                          "status = 'delivered' AND id % 41 = 1"));
        while (q.next())
            invalid << q.value(0).toLongLong();
        sql::run(db(),
                 QStringLiteral("UPDATE orders SET status = 'refunded' WHERE id IN %1")
                     .arg(dialect::idListSubquery(Backend::SQLite)),
                 {dialect::idListParam(Backend::SQLite, refund)});
        s.invalidate(invalid, QStringLiteral("test"));
        // Delete half of all invalid orders (they go to the archive).
        QList<qint64> toDelete;
        q = sql::run(db(), QStringLiteral("SELECT id FROM orders WHERE invalid_at IS NOT NULL AND "
                                          "id % 2 = 0"));
        while (q.next())
            toDelete << q.value(0).toLongLong();
        QVERIFY(toDelete.size() > 50);
        s.deleteInvalid(toDelete);
        QVERIFY(test::queryValue(db(), QStringLiteral("SELECT COUNT(*) FROM order_archive"))
                    .toLongLong() >= toDelete.size());

        // Payments, shipments and refunds (partial, on later days) for the
        // youngest open orders, through the stores.
        const SeedFulfilmentResult f = seedFulfilment(s, 1, 400, 11, TestDb::kNow);
        QVERIFY(f.refunds >= 5);
        QVERIFY(f.shipments >= 20);
    }

    void cleanupTestCase() { m_db.reset(); }

    void summariesMatchOrders()
    {
        AnalyticsStore a(db(), test::adminSession());
        QCOMPARE(a.verifySummaries(), QStringList());
    }

    void seriesAndTotals_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<Granularity>("granularity");
        const QList<std::pair<const char*, std::pair<QDate, QDate>>> periods = {
            {"last7", {QDate(2024, 6, 9), QDate(2024, 6, 15)}},
            {"march", {QDate(2024, 3, 1), QDate(2024, 3, 31)}},
            {"oct-feb", {QDate(2023, 10, 15), QDate(2024, 2, 20)}},
            {"all", {QDate(2023, 4, 1), QDate(2024, 6, 30)}},
        };
        for (const char* zone : {"UTC", "Asia/Shanghai", "Asia/Kolkata", "Europe/Berlin"})
            for (const auto& [name, range] : periods)
                for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
                    QTest::addRow("%s %s %s", zone, name, qPrintable(granularity::code(g)))
                        << QString::fromLatin1(zone) << range.first << range.second << g;
    }

    void seriesAndTotals()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(Granularity, granularity);
        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        AnalyticsStore a(db(), test::adminSession());
        const AnalyticsQuery q = query(from, to, tz, granularity);
        PeriodTotals totals;
        QList<BreakdownRow> byStatus, byChannel;
        const QList<SeriesBucket> series = a.series(q, from, to, &totals, &byStatus, &byChannel);

        const auto buckets = expectedBuckets(from, to, granularity);
        QCOMPARE(series.size(), buckets.size());
        Expected sum;
        for (qsizetype i = 0; i < series.size(); ++i) {
            QCOMPARE(series[i].first, buckets[i].first);
            QCOMPARE(series[i].last, buckets[i].second);
            const Expected e = expectedBetween(db(), localMidnight(buckets[i].first, tz),
                                               localMidnight(buckets[i].second.addDays(1), tz));
            const Expected got{series[i].orders, series[i].revenueOrders,
                               series[i].revenue.minorUnits(), series[i].invalidOrders};
            if (!(got == e))
                QFAIL(qPrintable(QStringLiteral("bucket %1..%2: got %3, expected %4")
                                     .arg(buckets[i].first.toString(Qt::ISODate),
                                          buckets[i].second.toString(Qt::ISODate), describe(got),
                                          describe(e))));
            sum.orders += e.orders;
            sum.revenueOrders += e.revenueOrders;
            sum.revenueCents += e.revenueCents;
            sum.invalid += e.invalid;
        }
        const qint64 a0 = localMidnight(from, tz);
        const qint64 b0 = localMidnight(to.addDays(1), tz);
        QCOMPARE(totals.orders, sum.orders);
        QCOMPARE(totals.revenueOrders, sum.revenueOrders);
        QCOMPARE(totals.revenue.minorUnits(), sum.revenueCents);
        QCOMPARE(totals.invalidOrders, sum.invalid);
        QCOMPARE(totals.refunded.minorUnits(), expectedBetween(db(), a0, b0).refundCents);
        QCOMPARE(totals.refunds,
                 test::queryValue(db(),
                                  QStringLiteral("SELECT COUNT(*) FROM refunds r JOIN orders o ON "
                                                 "o.id = r.order_id WHERE o.invalid_at IS NULL "
                                                 "AND r.created_at >= ? AND r.created_at < ?"),
                                  {a0, b0})
                     .toLongLong());
        QCOMPARE(totals.refundedOrders,
                 test::queryValue(db(),
                                  QStringLiteral("SELECT COUNT(*) FROM orders WHERE invalid_at IS "
                                                 "NULL AND status = 'refunded' AND created_at >= "
                                                 "? AND created_at < ?"),
                                  {a0, b0})
                     .toLongLong());
        QCOMPARE(totals.deliveredOrders,
                 test::queryValue(db(),
                                  QStringLiteral("SELECT COUNT(*) FROM orders WHERE invalid_at IS "
                                                 "NULL AND status = 'delivered' AND created_at "
                                                 ">= ? AND created_at < ?"),
                                  {a0, b0})
                     .toLongLong());

        // Orders by status and revenue by channel.
        QCOMPARE(byStatus.size(), 7);
        for (const BreakdownRow& r : byStatus)
            QCOMPARE(r.orders, test::queryValue(db(),
                                                QStringLiteral("SELECT COUNT(*) FROM orders "
                                                               "WHERE invalid_at IS NULL AND "
                                                               "status = ? AND created_at >= ? "
                                                               "AND created_at < ?"),
                                                {r.key, a0, b0})
                                   .toLongLong());
        for (const BreakdownRow& r : byChannel)
            QCOMPARE(
                r.amount.minorUnits(),
                expectedBetween(db(), a0, b0, QStringLiteral("channel = ?"), {r.key}).revenueCents);
        for (qsizetype i = 1; i < byChannel.size(); ++i)
            QVERIFY(byChannel[i - 1].amount.minorUnits() >= byChannel[i].amount.minorUnits());
    }

    // A fixed-offset zone's local day is a plain shift of the UTC clock: the
    // same figures from GROUP BY date(created_at + offset).
    void dayGroupingByShiftedDate_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("offset");
        QTest::newRow("UTC") << QStringLiteral("UTC") << 0;
        QTest::newRow("Asia/Shanghai") << QStringLiteral("Asia/Shanghai") << 8 * 3600;
        QTest::newRow("Asia/Kolkata") << QStringLiteral("Asia/Kolkata") << 19800;
    }

    void dayGroupingByShiftedDate()
    {
        QFETCH(QString, zone);
        QFETCH(int, offset);
        const QDate from(2024, 3, 1), to(2024, 3, 20);
        AnalyticsStore a(db(), test::adminSession());
        const auto series =
            a.series(query(from, to, QTimeZone(zone.toLatin1()), Granularity::Day), from, to);
        QHash<QString, std::pair<qint64, qint64>> byDay;
        QSqlQuery q = sql::run(
            db(),
            QStringLiteral("SELECT date(created_at + ?, 'unixepoch') AS d, COUNT(*), "
                           "SUM(total_cents) FROM orders WHERE invalid_at IS NULL AND status IN "
                           "%1 GROUP BY d")
                .arg(kGross),
            {offset});
        while (q.next())
            byDay.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
        // Refunds on the (shifted) day they were made.
        QHash<QString, qint64> refundsByDay;
        q = sql::run(db(),
                     QStringLiteral("SELECT date(r.created_at + ?, 'unixepoch') AS d, "
                                    "SUM(r.amount_cents) FROM refunds r JOIN orders o ON o.id = "
                                    "r.order_id WHERE o.invalid_at IS NULL GROUP BY d"),
                     {offset});
        while (q.next())
            refundsByDay.insert(q.value(0).toString(), q.value(1).toLongLong());
        QCOMPARE(series.size(), 20);
        for (const SeriesBucket& b : series) {
            const auto e = byDay.value(b.first.toString(Qt::ISODate));
            const qint64 refunds = refundsByDay.value(b.first.toString(Qt::ISODate));
            QCOMPARE(b.revenueOrders, e.first);
            QCOMPARE(b.refunded.minorUnits(), refunds);
            QCOMPARE(b.revenue.minorUnits(), e.second - refunds);
        }
        // The edge orders really land on different days in different zones.
        const auto utc = a.series(
            query(QDate(2024, 3, 10), QDate(2024, 3, 10), QTimeZone::utc(), Granularity::Day),
            QDate(2024, 3, 10), QDate(2024, 3, 10));
        const auto sh = a.series(query(QDate(2024, 3, 10), QDate(2024, 3, 10),
                                       QTimeZone("Asia/Shanghai"), Granularity::Day),
                                 QDate(2024, 3, 10), QDate(2024, 3, 10));
        QVERIFY(utc.first().orders != sh.first().orders ||
                utc.first().revenue.minorUnits() != sh.first().revenue.minorUnits());
    }

    void emptyDaysAreZero()
    {
        AnalyticsStore a(db(), test::adminSession());
        // The seeded data starts about 420 days before 2024-06-15.
        const QDate from(2022, 1, 1), to(2022, 1, 10);
        const auto series = a.series(query(from, to, QTimeZone::utc(), Granularity::Day), from, to);
        QCOMPARE(series.size(), 10);
        for (const SeriesBucket& b : series) {
            QCOMPARE(b.orders, 0);
            QCOMPARE(b.revenue.minorUnits(), 0);
        }
        QCOMPARE(series.first().first, from);
        QCOMPARE(series.last().last, to);
    }

    void regionsAndProducts_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        for (const char* zone : {"UTC", "Asia/Shanghai", "Asia/Kolkata"}) {
            QTest::addRow("%s week", zone)
                << QString::fromLatin1(zone) << QDate(2024, 6, 3) << QDate(2024, 6, 9);
            QTest::addRow("%s months", zone)
                << QString::fromLatin1(zone) << QDate(2023, 11, 20) << QDate(2024, 3, 5);
            QTest::addRow("%s all", zone)
                << QString::fromLatin1(zone) << QDate(2023, 1, 1) << QDate(2024, 6, 30);
        }
    }

    void regionsAndProducts()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const QTimeZone tz(zone.toLatin1());
        AnalyticsStore a(db(), test::adminSession());
        AnalyticsQuery q = query(from, to, tz);
        q.topProducts = 10;
        const qint64 a0 = localMidnight(from, tz), b0 = localMidnight(to.addDays(1), tz);

        const auto regions = a.revenueByRegion(q);
        QHash<QString, std::pair<qint64, qint64>> expected;
        QSqlQuery s = sql::run(
            db(),
            QStringLiteral("SELECT ship_country || '/' || ship_region, COUNT(*), "
                           "SUM(total_cents) FROM orders WHERE invalid_at IS NULL AND status IN "
                           "%1 AND created_at >= ? AND created_at < ? GROUP BY 1")
                .arg(kRevenue),
            {a0, b0});
        while (s.next())
            expected.insert(s.value(0).toString(),
                            {s.value(1).toLongLong(), s.value(2).toLongLong()});
        QCOMPARE(regions.size(), expected.size());
        for (const BreakdownRow& r : regions) {
            QVERIFY2(expected.contains(r.key), qPrintable(r.key));
            QCOMPARE(r.orders, expected.value(r.key).first);
            QCOMPARE(r.amount.minorUnits(), expected.value(r.key).second);
        }

        const auto [byRevenue, byQuantity] = a.topProducts(q);
        QList<std::pair<QString, qint64>> revenue, quantity;
        s = sql::run(db(),
                     QStringLiteral("SELECT l.sku, SUM(l.quantity * l.unit_price_cents), "
                                    "SUM(l.quantity) FROM orders o JOIN order_lines l ON "
                                    "l.order_id = o.id WHERE o.invalid_at IS NULL AND o.status "
                                    "IN %1 AND o.created_at >= ? AND o.created_at < ? GROUP BY "
                                    "l.sku")
                         .arg(kRevenue),
                     {a0, b0});
        QHash<QString, std::pair<qint64, qint64>> perSku;
        while (s.next())
            perSku.insert(s.value(0).toString(),
                          {s.value(1).toLongLong(), s.value(2).toLongLong()});
        QCOMPARE(byRevenue.size(), std::min<qsizetype>(10, perSku.size()));
        QCOMPARE(byQuantity.size(), std::min<qsizetype>(10, perSku.size()));
        for (const BreakdownRow& r : byRevenue) {
            QCOMPARE(r.amount.minorUnits(), perSku.value(r.key).first);
            QCOMPARE(r.quantity, perSku.value(r.key).second);
            QVERIFY(!r.label.isEmpty());
        }
        // Nothing outside the top ten sells more than the tenth.
        for (auto it = perSku.cbegin(); it != perSku.cend(); ++it) {
            bool inTop = false;
            for (const BreakdownRow& r : byRevenue)
                inTop = inTop || r.key == it.key();
            if (!inTop)
                QVERIFY(it.value().first <= byRevenue.last().amount.minorUnits());
            inTop = false;
            for (const BreakdownRow& r : byQuantity)
                inTop = inTop || r.key == it.key();
            if (!inTop)
                QVERIFY(it.value().second <= byQuantity.last().quantity);
        }
        for (qsizetype i = 1; i < byQuantity.size(); ++i)
            QVERIFY(byQuantity[i - 1].quantity >= byQuantity[i].quantity);
    }

    // From the shipments: each order's first parcel's shipped_at, less its
    // creation, over the period's valid orders that have one.
    void timeToShipment()
    {
        AnalyticsStore a(db(), test::adminSession());
        const QDate from(2024, 6, 1), to(2024, 6, 15);
        const PeriodTotals t = a.totals(query(from, to, QTimeZone::utc()), from, to);
        const QString firstShipments = QStringLiteral(
            "SELECT o.id, MIN(s.shipped_at) - o.created_at AS took FROM shipments s JOIN orders o "
            "ON o.id = s.order_id WHERE o.invalid_at IS NULL AND o.created_at >= ? AND "
            "o.created_at < ? GROUP BY o.id, o.created_at");
        const QVariantList range{localMidnight(from, QTimeZone::utc()),
                                 localMidnight(to.addDays(1), QTimeZone::utc())};
        const qint64 measured =
            test::queryValue(
                db(), QStringLiteral("SELECT COUNT(*) FROM (%1) x").arg(firstShipments), range)
                .toLongLong();
        const qint64 seconds =
            test::queryValue(
                db(), QStringLiteral("SELECT SUM(took) FROM (%1) x").arg(firstShipments), range)
                .toLongLong();
        QVERIFY(measured >= 3 + 20);
        QCOMPARE(t.shippedMeasured, measured);
        QCOMPARE(t.secondsToShipSum, seconds);
        QVERIFY(t.averageHoursToShip().has_value());

        // The three orders shipped at "now", 2, 3 and 4 days after they were placed.
        const qint64 mine =
            test::queryValue(
                db(),
                QStringLiteral("SELECT SUM(x.took) FROM (%1) x WHERE x.id IN (?, ?, ?)")
                    .arg(firstShipments),
                range + QVariantList{m_shipTest[0], m_shipTest[1], m_shipTest[2]})
                .toLongLong();
        QCOMPARE(mine, qint64((2 + 3 + 4) * 86400));
    }

    void filtersAndScope()
    {
        const QDate from(2024, 1, 1), to(2024, 3, 31);
        const QTimeZone tz("Asia/Shanghai");
        const qint64 a0 = localMidnight(from, tz), b0 = localMidnight(to.addDays(1), tz);

        // Channel and status filters.
        AnalyticsStore admin(db(), test::adminSession());
        AnalyticsQuery q = query(from, to, tz, Granularity::Week);
        q.channels = {QStringLiteral("web"), QStringLiteral("phone")};
        q.statuses = {QStringLiteral("delivered"), QStringLiteral("cancelled")};
        PeriodTotals t;
        admin.series(q, from, to, &t);
        const Expected e = expectedBetween(db(), a0, b0,
                                           QStringLiteral("channel IN ('web', 'phone') AND status "
                                                          "IN ('delivered', 'cancelled')"));
        QCOMPARE(t.orders, e.orders);
        QCOMPARE(t.revenue.minorUnits(), e.revenueCents);
        QCOMPARE(t.invalidOrders, e.invalid);
        QVERIFY(t.cancelledOrders > 0);

        // A manager scoped to one store sees only that store, even when asking
        // for others.
        const Session retail =
            test::sessionWith(QStringLiteral("mara"), {Permission::ViewAnalytics},
                              Scope::ofChannels({QStringLiteral("retail")}));
        AnalyticsStore scoped(db(), retail);
        QVERIFY(scoped.usesSummaries());
        AnalyticsQuery sq = query(from, to, tz, Granularity::Day);
        const AnalyticsResult r = scoped.load(sq);
        const Expected er = expectedBetween(db(), a0, b0, QStringLiteral("channel = 'retail'"));
        QCOMPARE(r.totals.orders, er.orders);
        QCOMPARE(r.totals.revenue.minorUnits(), er.revenueCents);
        QCOMPARE(r.byChannel.size(), 1);
        QCOMPARE(r.byChannel.first().key, QStringLiteral("retail"));
        qint64 regionSum = 0;
        for (const BreakdownRow& x : r.byRegion)
            regionSum += x.amount.minorUnits();
        QCOMPARE(regionSum, er.salesCents);
        sq.channels = {QStringLiteral("web")};
        QCOMPARE(scoped.load(sq).totals.orders, 0);

        // "Own orders" cannot use the summaries; the figures are the same.
        const Session own =
            test::sessionWith(QStringLiteral("anna"), {Permission::ViewAnalytics}, Scope::own());
        AnalyticsStore mine(db(), own);
        QVERIFY(!mine.usesSummaries());
        AnalyticsQuery oq = query(from, to, tz, Granularity::Month);
        const AnalyticsResult ro = mine.load(oq);
        const QString ownSql = QStringLiteral("(created_by = 'anna' OR assigned_to = 'anna')");
        const Expected eo = expectedBetween(db(), a0, b0, ownSql);
        QVERIFY(eo.orders > 0);
        QCOMPARE(ro.totals.orders, eo.orders);
        QCOMPARE(ro.totals.revenue.minorUnits(), eo.revenueCents);
        QCOMPARE(ro.totals.invalidOrders, eo.invalid);
        qint64 seriesSum = 0;
        for (const SeriesBucket& b : ro.series)
            seriesSum += b.revenue.minorUnits();
        QCOMPARE(seriesSum, eo.revenueCents);
        // Top products of the own orders, each against SQL.
        const auto ownTop = mine.topProducts(oq).first;
        QCOMPARE(ownTop.size(), 10);
        for (const BreakdownRow& x : ownTop)
            QCOMPARE(x.amount.minorUnits(),
                     test::queryValue(
                         db(),
                         QStringLiteral("SELECT SUM(l.quantity * l.unit_price_cents) FROM orders o "
                                        "JOIN order_lines l ON l.order_id = o.id WHERE l.sku = ? "
                                        "AND o.invalid_at IS NULL AND o.status IN %1 AND "
                                        "o.created_at >= ? AND o.created_at < ? AND "
                                        "(o.created_by = 'anna' OR o.assigned_to = 'anna')")
                             .arg(kRevenue),
                         {x.key, a0, b0})
                         .toLongLong());
    }

    void needsPermission()
    {
        const Session clerk = test::sessionWith(QStringLiteral("carl"), {Permission::ViewOrders});
        AnalyticsStore a(db(), clerk);
        const auto e = test::catchError(
            [&] { a.load(query(QDate(2024, 1, 1), QDate(2024, 1, 31), QTimeZone::utc())); });
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Forbidden);
        const auto bad = test::catchError([&] {
            AnalyticsStore(db(), test::adminSession())
                .load(query(QDate(2024, 2, 1), QDate(2024, 1, 1), QTimeZone::utc()));
        });
        QVERIFY(bad);
        QCOMPARE(bad->code(), DocketError::Code::Invalid);
        QCOMPARE(bad->field(), QStringLiteral("to"));
    }

    void comparisonPeriods()
    {
        AnalyticsQuery q = query(QDate(2024, 3, 1), QDate(2024, 3, 31), QTimeZone::utc());
        q.comparison = Comparison::PreviousPeriod;
        // A whole month with the month before (was the 31 days before: 30 Jan – 29 Feb).
        QCOMPARE(q.comparisonRange(), std::make_pair(QDate(2024, 2, 1), QDate(2024, 2, 29)));
        q.comparison = Comparison::SamePeriodLastYear;
        QCOMPARE(q.comparisonRange(), std::make_pair(QDate(2023, 3, 1), QDate(2023, 3, 31)));
        AnalyticsStore a(db(), test::adminSession());
        const AnalyticsResult r = a.load(q);
        QCOMPARE(r.compareFrom, QDate(2023, 3, 1));
        QCOMPARE(r.compareSeries.size(), r.series.size());
        const Expected e = expectedBetween(db(), localMidnight(QDate(2023, 3, 1), QTimeZone::utc()),
                                           localMidnight(QDate(2023, 4, 1), QTimeZone::utc()));
        QCOMPARE(r.compareTotals.revenue.minorUnits(), e.revenueCents);
        QCOMPARE(granularity::automatic(QDate(2024, 3, 1), QDate(2024, 3, 31)), Granularity::Day);
        QCOMPARE(granularity::automatic(QDate(2024, 1, 1), QDate(2024, 12, 31)), Granularity::Week);
        QCOMPARE(granularity::automatic(QDate(2022, 1, 1), QDate(2024, 12, 31)),
                 Granularity::Month);
    }

    // Every figure opens exactly the orders behind it.
    void drillDownCountsMatch()
    {
        const QDate from(2024, 2, 1), to(2024, 4, 30);
        const QTimeZone tz("Asia/Shanghai");
        AnalyticsStore a(db(), test::adminSession());
        OrderStore orders = m_db->store();
        AnalyticsQuery q = query(from, to, tz, Granularity::Month);
        const AnalyticsResult r = a.load(q);
        for (const BreakdownRow& s : r.byStatus)
            QCOMPARE(orders.count(analytics::drillDown(q, Measure::Orders, {}, {}, s.key)),
                     s.orders);
        for (const BreakdownRow& c : r.byChannel)
            QCOMPARE(orders.count(analytics::drillDown(q, Measure::Revenue, {}, {}, {}, c.key)),
                     c.orders);
        for (const SeriesBucket& b : r.series) {
            QCOMPARE(orders.count(analytics::drillDown(q, Measure::Orders, b.first, b.last)),
                     b.orders);
            QCOMPARE(orders.count(analytics::drillDown(q, Measure::Revenue, b.first, b.last)),
                     b.revenueOrders);
        }
        const BreakdownRow top = r.topProductsByRevenue.first();
        const OrderFilter pf = analytics::drillDown(q, Measure::Revenue, {}, {}, {}, {}, top.key);
        QCOMPARE(pf.skus, QStringList{top.key});
        QCOMPARE(
            orders.count(pf),
            test::queryValue(db(),
                             QStringLiteral("SELECT COUNT(DISTINCT o.id) FROM orders o JOIN "
                                            "order_lines l ON l.order_id = o.id WHERE l.sku "
                                            "= ? AND o.invalid_at IS NULL AND o.status IN %1 "
                                            "AND o.created_at >= ? AND o.created_at < ?")
                                 .arg(kRevenue),
                             {top.key, localMidnight(from, tz), localMidnight(to.addDays(1), tz)})
                .toLongLong());
    }

    // Every kind of write keeps the summaries exact, in the same transaction.
    void writesKeepSummariesExact()
    {
        OrderStore s = m_db->store();
        AnalyticsStore a(db(), test::adminSession());
        Order draft;
        draft.customerName = QStringLiteral("Zoë Writer");
        draft.channel = QStringLiteral("retail");
        draft.status = QStringLiteral("paid");
        draft.shipTo.region = QStringLiteral("上海");
        draft.shipTo.country = QStringLiteral("CN");
        draft.createdAt = QDateTime(QDate(2024, 5, 5), QTime(16, 30), QTimeZone::utc());
        draft.lines = {
            {0, 0, QStringLiteral("SKU-10002"), QStringLiteral("Thing"), 3, Money(999)},
            {0, 0, QStringLiteral("SKU-10002"), QStringLiteral("Thing"), 1, Money(999)},
            {0, 0, QStringLiteral("SKU-10003"), QStringLiteral("Other"), 1, Money(5000)}};
        const qint64 id = s.create(draft);
        QCOMPARE(a.verifySummaries(), QStringList());

        Order o = s.order(id);
        o.lines.removeLast();
        o.lines[0].quantity = 5;
        o.channel = QStringLiteral("web");
        o.shipTo.region = QStringLiteral("Bayern");
        o = s.update(o);
        QCOMPARE(a.verifySummaries(), QStringList());

        s.changeStatus(id, OrderStatus::Processing);
        s.changeStatus(id, OrderStatus::Cancelled);
        QCOMPARE(a.verifySummaries(), QStringList());

        s.invalidate({id}, QStringLiteral("duplicate"));
        QCOMPARE(a.verifySummaries(), QStringList());
        s.revalidate({id});
        QCOMPARE(a.verifySummaries(), QStringList());
        s.invalidate({id}, QStringLiteral("duplicate"));
        s.deleteInvalid({id});
        QCOMPARE(a.verifySummaries(), QStringList());

        // A raw delete of a valid order (not through the store) is still
        // subtracted, lines included.
        const qint64 victim =
            test::queryValue(db(), QStringLiteral("SELECT MIN(id) FROM orders WHERE invalid_at IS "
                                                  "NULL AND status = 'delivered'"))
                .toLongLong();
        sql::run(db(), QStringLiteral("DELETE FROM orders WHERE id = ?"), {victim});
        QCOMPARE(a.verifySummaries(), QStringList());
        // ...and an edit of a line in place.
        sql::run(db(), QStringLiteral("UPDATE order_lines SET quantity = quantity + 2, sku = "
                                      "'SKU-10004' WHERE id = (SELECT MIN(l.id) FROM order_lines "
                                      "l JOIN orders o ON o.id = l.order_id WHERE o.status = "
                                      "'delivered' AND o.invalid_at IS NULL)"));
        QCOMPARE(a.verifySummaries(), QStringList());
    }

    void rebuildRepairs()
    {
        AnalyticsStore a(db(), test::adminSession());
        sql::run(db(), QStringLiteral("UPDATE sales_orders SET orders = orders + 5 WHERE grain = "
                                      "1 AND bucket = (SELECT MAX(bucket) FROM sales_orders WHERE "
                                      "grain = 1)"));
        sql::run(db(), QStringLiteral("DELETE FROM sales_product WHERE grain = 2 AND bucket = "
                                      "(SELECT MIN(bucket) FROM sales_product WHERE grain = 2)"));
        QCOMPARE(a.verifySummaries().size(), 2);
        const qint64 n = a.rebuildSummaries();
        QCOMPARE(
            n, test::queryValue(db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong());
        QCOMPARE(a.verifySummaries(), QStringList());

        const Session scoped = test::sessionWith(
            QStringLiteral("mara"), {Permission::ViewAnalytics, Permission::ChangeSettings},
            Scope::ofChannels({QStringLiteral("retail")}));
        const auto e = test::catchError([&] { AnalyticsStore(db(), scoped).rebuildSummaries(); });
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Forbidden);
    }

    // What docketctl report and the charts' "Save data" write.
    void reportFormats()
    {
        AnalyticsStore a(db(), test::adminSession());
        AnalyticsQuery q = query(QDate(2024, 4, 1), QDate(2024, 4, 30), QTimeZone("Asia/Shanghai"),
                                 Granularity::Week);
        const AnalyticsResult r = a.load(q);
        const QStringList series = analytics::csv(r, ReportSection::Series)
                                       .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(series.size(), r.series.size() + 1);
        QVERIFY(series.first().startsWith(QStringLiteral("first_day,last_day,revenue,orders")));
        QVERIFY(series[1].startsWith(QStringLiteral("2024-04-01,2024-04-07,") +
                                     r.series.first().revenue.toPlainString() + QLatin1Char(',') +
                                     QString::number(r.series.first().orders)));
        const QString kpis = analytics::csv(r, ReportSection::Kpis);
        QVERIFY(kpis.contains(QStringLiteral("\r\nrevenue,") + r.totals.revenue.toPlainString() +
                              QLatin1Char(',') + r.compareTotals.revenue.toPlainString() +
                              QStringLiteral("\r\n")));
        // Product names with commas are quoted.
        const QString products = analytics::csv(r, ReportSection::ProductsByRevenue);
        QVERIFY(products.contains(QLatin1Char('"') + r.topProductsByRevenue.first().label +
                                  QLatin1Char('"')));
        const QJsonObject json = analytics::toJson(r);
        QCOMPARE(json.value(QStringLiteral("time_zone")).toString(),
                 QStringLiteral("Asia/Shanghai"));
        QCOMPARE(json.value(QStringLiteral("kpis"))
                     .toObject()
                     .value(QStringLiteral("orders"))
                     .toInteger(),
                 r.totals.orders);
        QCOMPARE(json.value(QStringLiteral("kpis"))
                     .toObject()
                     .value(QStringLiteral("revenue"))
                     .toString(),
                 r.totals.revenue.toPlainString());
        QCOMPARE(json.value(QStringLiteral("series")).toArray().size(), r.series.size());
        QCOMPARE(json.value(QStringLiteral("comparison"))
                     .toObject()
                     .value(QStringLiteral("from"))
                     .toString(),
                 QStringLiteral("2024-03-01")); // April against March (was the 30 days before)
        for (ReportSection sec : analytics::allSections())
            QCOMPARE(analytics::sectionFromCode(analytics::sectionCode(sec)), sec);
    }

    // Every amount of a result is in the shop's currency (the shop.currency
    // setting, issue 13 item 1), not Money's default: adding a euro default to
    // dollars would throw.
    void amountsCarryTheShopsCurrency()
    {
        ShopSettingsStore shop(db(), test::adminSession());
        shop.set(shop::shopCurrency.id(), QStringLiteral("USD"));
        const auto restore = qScopeGuard([&] { shop.reset(shop::shopCurrency.id()); });
        AnalyticsStore a(db(), test::adminSession());
        AnalyticsQuery q =
            query(QDate(2024, 4, 1), QDate(2024, 4, 30), QTimeZone::utc(), Granularity::Week);
        const AnalyticsResult r = a.load(q);
        QCOMPARE(r.currency, QStringLiteral("USD"));
        const QString usd = QStringLiteral("USD");
        QCOMPARE(r.totals.revenue.currency(), usd);
        QCOMPARE(r.totals.refunded.currency(), usd);
        QCOMPARE(r.totals.gross().currency(), usd);
        QVERIFY(r.totals.averageOrder());
        QCOMPARE(r.totals.averageOrder()->currency(), usd);
        QCOMPARE(r.compareTotals.revenue.currency(), usd);
        for (const auto* list : {&r.series, &r.compareSeries})
            for (const SeriesBucket& b : *list)
                QCOMPARE(b.revenue.currency(), usd);
        QVERIFY(!r.byRegion.isEmpty());
        QVERIFY(!r.topProductsByRevenue.isEmpty());
        for (const auto* list : {&r.byStatus, &r.byChannel, &r.byRegion, &r.topProductsByRevenue,
                                 &r.topProductsByQuantity})
            for (const BreakdownRow& b : *list)
                QCOMPARE(b.amount.currency(), usd);
        QCOMPARE(a.totals(q, q.from, q.to).revenue, r.totals.revenue);
    }

    void bucketsAndWeeks()
    {
        // Weeks start on the locale's first day; partial weeks at both ends.
        const auto b = analytics::buckets(QDate(2024, 6, 5), QDate(2024, 6, 20), QTimeZone::utc(),
                                          Granularity::Week, Qt::Sunday);
        QCOMPARE(b.size(), 3);
        QCOMPARE(b[0].first, QDate(2024, 6, 5));
        QCOMPARE(b[0].last, QDate(2024, 6, 8)); // Saturday
        QCOMPARE(b[1].first, QDate(2024, 6, 9));
        QCOMPARE(b[2].last, QDate(2024, 6, 20));
        // Berlin's spring-forward day is 23 hours long.
        const auto d = analytics::buckets(QDate(2024, 3, 31), QDate(2024, 3, 31),
                                          QTimeZone("Europe/Berlin"), Granularity::Day);
        QCOMPARE(d.first().endUtc - d.first().startUtc, 23 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "test_analytics.moc"
