// The order filter's region and product criteria (what a click on the region
// and top-product charts opens) on every test backend: each region bar's
// filter counts exactly the bar's orders, a product filter finds the orders
// with a line of that SKU and nothing else, bad keys are refused by name, and
// the filter describes itself in words.

#include "domain/order.h"
#include "stores/analyticsstore.h"
#include "stores/orderstore.h"
#include "testdb.h"

#include <QTest>

using namespace docket;
using namespace docket::test;

namespace {

constexpr qint64 kNow = TestDb::kNow;

Order draft(const QString& name, const QString& country, const QString& region,
            const QStringList& skus, const QString& status = QStringLiteral("paid"))
{
    Order o;
    o.customerName = name;
    o.email = QStringLiteral("buyer@example.com");
    o.shipTo = {QStringLiteral("1 Main St"), QStringLiteral("Town"), QStringLiteral("12345"),
                region, country};
    o.channel = QStringLiteral("web");
    o.status = status;
    for (const QString& sku : skus)
        o.lines << OrderLine{0, 0, sku, QStringLiteral("Thing ") + sku, 1, Money(1000)};
    o.createdAt = QDateTime::fromSecsSinceEpoch(kNow - 86400 * 3);
    return o;
}

} // namespace

class TestFilterCriteria : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void regionsAndProducts_data() { addBackendRows(); }
    void regionsAndProducts()
    {
        QFETCH(Backend, backend);
        TestDb tdb(backend);
        OrderStore s = tdb.store();
        const QString sku = QStringLiteral("KT-100");
        // Bayern twice (one of them with the SKU on two lines), a region whose
        // name holds a slash, a country without region, no address at all, a
        // cancelled order in Bayern (no revenue), and a customer whose name
        // contains the SKU but who did not buy it.
        s.create(
            draft(QStringLiteral("A"), QStringLiteral("DE"), QStringLiteral("Bayern"), {sku, sku}));
        s.create(draft(QStringLiteral("B"), QStringLiteral("DE"), QStringLiteral("Bayern"),
                       {QStringLiteral("MUG-1")}));
        s.create(
            draft(QStringLiteral("C"), QStringLiteral("FR"), QStringLiteral("Nord/Pas"), {sku}));
        s.create(
            draft(QStringLiteral("D"), QStringLiteral("LU"), QString(), {QStringLiteral("MUG-1")}));
        s.create(draft(QStringLiteral("E"), QString(), QString(), {QStringLiteral("MUG-1")}));
        s.create(draft(QStringLiteral("F"), QStringLiteral("DE"), QStringLiteral("Bayern"), {sku},
                       QStringLiteral("cancelled")));
        s.create(draft(QStringLiteral("Mr KT-100"), QStringLiteral("DE"), QStringLiteral("Berlin"),
                       {QStringLiteral("MUG-1")}));

        AnalyticsQuery q;
        q.from = QDateTime::fromSecsSinceEpoch(kNow - 86400 * 10, QTimeZone::utc()).date();
        q.to = QDateTime::fromSecsSinceEpoch(kNow, QTimeZone::utc()).date();
        q.timeZone = QTimeZone::utc();
        AnalyticsStore a(tdb.connection(), adminSession());
        const QList<BreakdownRow> regions = a.revenueByRegion(q);
        QStringList keys;
        for (const BreakdownRow& r : regions) {
            keys << r.key;
            const OrderFilter f =
                analytics::drillDown(q, Measure::Revenue, {}, {}, {}, {}, {}, r.key);
            QCOMPARE(f.regions, QStringList{r.key});
            QCOMPARE(s.count(f), r.orders);
        }
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("/"), QStringLiteral("DE/Bayern"),
                                    QStringLiteral("DE/Berlin"), QStringLiteral("FR/Nord/Pas"),
                                    QStringLiteral("LU/")}));

        OrderFilter f;
        f.regions = {QStringLiteral("DE/Bayern")};
        QCOMPARE(s.count(f), 3); // the cancelled one too: no status criterion
        f.regions << QStringLiteral("FR/Nord/Pas");
        QCOMPARE(s.count(f), 4);
        f.regions = {QStringLiteral("DE/")}; // "no region in DE", not "all of DE"
        QCOMPARE(s.count(f), 0);

        // Products: the orders with the SKU, each once (order A has it on two
        // lines); not the customer named after it.
        OrderFilter p;
        p.skus = {sku};
        QCOMPARE(s.count(p), 3);
        p.statuses = analytics::revenueStatuses();
        QCOMPARE(s.count(p), 2);
        p.skus << QStringLiteral("MUG-1");
        QCOMPARE(s.count(p), 6);
        // Both criteria at once, and the page query the list runs.
        p.regions = {QStringLiteral("DE/Bayern")};
        QCOMPARE(s.count(p), 2);
        QCOMPARE(s.page(p, OrderSort{}, 10, 0).size(), 2);
    }

    // Issue 13, item 7: on a day when clocks go back at local midnight, the
    // hour between the two midnights belongs to the new day, for the list's
    // date filter and analytics alike (both read dateperiod::startOfDay).
    void firstHourAfterMidnightFallBack_data() { addBackendRows(); }
    void firstHourAfterMidnightFallBack()
    {
        QFETCH(Backend, backend);
        TestDb tdb(backend);
        OrderStore s = tdb.store();
        struct Case
        {
            const char* zone;
            QDate day;
            QDateTime firstHour; // UTC, inside the repeated hour's first pass
        };
        const Case cases[] = {
            {"America/Havana", QDate(2025, 11, 2),
             QDateTime(QDate(2025, 11, 2), QTime(4, 30), QTimeZone::utc())},
            {"Atlantic/Azores", QDate(2025, 10, 26),
             QDateTime(QDate(2025, 10, 26), QTime(0, 30), QTimeZone::utc())},
        };
        for (const Case& c : cases) {
            Order o = draft(QString::fromLatin1(c.zone), QStringLiteral("DE"),
                            QStringLiteral("Bayern"), {QStringLiteral("MUG-1")});
            o.createdAt = c.firstHour;
            s.create(o);
            const QTimeZone zone(c.zone);
            QVERIFY(zone.isValid());
            QCOMPARE(c.firstHour.toTimeZone(zone).date(), c.day);
            OrderFilter f;
            f.keyword = QString::fromLatin1(c.zone).section(QLatin1Char('/'), 1);
            f.timeZone = zone;
            f.from = c.day;
            f.to = c.day;
            QCOMPARE(s.count(f), 1);
            f.from = f.to = c.day.addDays(-1);
            QCOMPARE(s.count(f), 0);

            AnalyticsQuery q;
            q.from = c.day.addDays(-1);
            q.to = c.day;
            q.timeZone = zone;
            q.granularity = Granularity::Day;
            q.comparison = Comparison::None;
            AnalyticsStore a(tdb.connection(), adminSession());
            const AnalyticsResult r = a.load(q);
            QCOMPARE(r.series.size(), 2);
            qint64 before = r.series[0].orders, on = r.series[1].orders;
            // Earlier cases' orders are on other days.
            QCOMPARE(before, 0);
            QCOMPARE(on, 1);
        }
    }

    void badKeysAreRefused()
    {
        OrderFilter f;
        f.regions = {QStringLiteral("Bayern")};
        const auto errors = f.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("region"));
        QVERIFY(errors.first().message.contains(QStringLiteral("Bayern")));
        f.regions = {QStringLiteral("DE/Bayern")};
        f.skus = {QStringLiteral("  ")};
        QCOMPARE(f.validate().size(), 1);
        QCOMPARE(f.validate().first().field, QStringLiteral("product"));
        f.skus = {QStringLiteral("KT-100")};
        QVERIFY(f.validate().isEmpty());
    }

    void regionKeys()
    {
        QCOMPARE(OrderFilter::regionKey(QStringLiteral("DE"), QStringLiteral("Bayern")),
                 QStringLiteral("DE/Bayern"));
        const auto parts = OrderFilter::splitRegionKey(QStringLiteral("FR/Nord/Pas"));
        QVERIFY(parts);
        QCOMPARE(parts->first, QStringLiteral("FR"));
        QCOMPARE(parts->second, QStringLiteral("Nord/Pas"));
        QVERIFY(!OrderFilter::splitRegionKey(QStringLiteral("FR")));
        QCOMPARE(OrderFilter::regionLabel(QStringLiteral("DE/Bayern")),
                 QStringLiteral("Bayern (DE)"));
        QCOMPARE(OrderFilter::regionLabel(QStringLiteral("LU/")), QStringLiteral("LU"));
        QCOMPARE(OrderFilter::regionLabel(QStringLiteral("/")), QStringLiteral("Unknown"));
    }

    void description()
    {
        OrderFilter f;
        QVERIFY(f.description().isEmpty()); // valid orders, any date: the defaults
        f.regions = {QStringLiteral("DE/Bayern"), QStringLiteral("/")};
        f.skus = {QStringLiteral("KT-100")};
        f.statuses = {QStringLiteral("paid"), QStringLiteral("shipped")};
        f.validity = OrderFilter::Validity::All;
        QStringList fields, texts;
        for (const FieldError& d : f.description()) {
            fields << d.field;
            texts << d.message;
        }
        QCOMPARE(fields, (QStringList{QStringLiteral("status"), QStringLiteral("region"),
                                      QStringLiteral("product"), QStringLiteral("validity")}));
        QCOMPARE(texts[0], QStringLiteral("Status: Paid, Shipped"));
        QCOMPARE(texts[1], QStringLiteral("Region: Bayern (DE), Unknown"));
        QCOMPARE(texts[2], QStringLiteral("Product: KT-100"));
    }
};

QTEST_GUILESS_MAIN(TestFilterCriteria)
#include "test_filtercriteria.moc"
