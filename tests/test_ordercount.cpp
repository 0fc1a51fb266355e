// OrderStore::quickCount, the count that keeps nobody waiting, on every test
// backend: exact from the analytics summaries whenever the filter asks only
// for a period, statuses, channels and validity (in any time zone, with open
// ends, in a channel scope, after a batch), equal to COUNT(*) every time; an
// estimate, never called exact, for what the summaries cannot answer; the
// exact count when there are fewer matches than the sample; nothing for an
// own scope.

#include "db/sql.h"
#include "seed/seeder.h"
#include "stores/orderstore.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QTest>

using namespace docket;
using namespace docket::test;

namespace {

constexpr qint64 kOrders = 2400;

OrderFilter period(const QString& zone, QDate from, QDate to)
{
    OrderFilter f;
    f.timeZone = QTimeZone(zone.toLatin1());
    f.from = from;
    f.to = to;
    return f;
}

QString describe(const OrderFilter& f)
{
    QStringList parts;
    for (const FieldError& d : f.description())
        parts << d.message;
    parts << QString::fromLatin1(f.timeZone.id());
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestOrderCount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void summariesCountExactly_data() { addBackendRows(); }
    void summariesCountExactly()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        SeedOptions o;
        o.orders = kOrders;
        o.days = 120; // four UTC months and their edges
        o.now = TestDb::kNow;
        o.seed = 11;
        o.invalidShare = 0.05;
        DOCKET_SEED_OR_SKIP(store, o);

        const QDate today = QDateTime::fromSecsSinceEpoch(TestDb::kNow, QTimeZone::utc()).date();
        QList<OrderFilter> filters;
        filters << OrderFilter{};
        OrderFilter all;
        all.validity = OrderFilter::Validity::All;
        filters << all;
        OrderFilter invalid;
        invalid.validity = OrderFilter::Validity::Invalid;
        filters << invalid;
        OrderFilter some;
        some.statuses = {QStringLiteral("paid"), QStringLiteral("shipped")};
        some.channels = {QStringLiteral("web")};
        filters << some;
        // Local days whose edges are not UTC hours (+05:30), before and after
        // a daylight-saving change (New York, March 10th), open ends.
        for (const QString& zone : {QStringLiteral("UTC"), QStringLiteral("Asia/Kolkata"),
                                    QStringLiteral("America/New_York")}) {
            filters << period(zone, today.addDays(-100), today.addDays(-3));
            filters << period(zone, today.addDays(-45), today.addDays(-45));
            filters << period(zone, {}, today.addDays(-60));
            filters << period(zone, today.addDays(-7), {});
            OrderFilter f = period(zone, today.addDays(-90), today.addDays(-10));
            f.statuses = {QStringLiteral("delivered")};
            f.validity = OrderFilter::Validity::All;
            filters << f;
        }
        filters << period(QStringLiteral("UTC"), today.addDays(5), today.addDays(40)); // none yet
        filters << period(QStringLiteral("UTC"), today.addYears(-5), today.addYears(-4));

        auto checkAll = [&](const char* when) {
            for (const OrderFilter& f : std::as_const(filters)) {
                const auto quick = store.quickCount(f);
                QVERIFY2(quick, qPrintable(describe(f)));
                QVERIFY2(quick->exact, qPrintable(describe(f)));
                QVERIFY2(quick->value == store.count(f),
                         qPrintable(QStringLiteral("%1: %2: %3 from the summaries, %4 counted")
                                        .arg(QLatin1String(when), describe(f))
                                        .arg(quick->value)
                                        .arg(store.count(f))));
            }
        };
        checkAll("seeded");
        QVERIFY(store.count(invalid) > 0);

        // A batch and a single edit keep the summaries, and so the counts, exact.
        const QList<qint64> batch = store.idsInRange(OrderFilter{}, {}, 40, 150);
        QVERIFY(batch.size() > 50);
        QCOMPARE(store.invalidate(batch, QStringLiteral("duplicate")), int(batch.size()));
        store.changeStatus(store.idsInRange(OrderFilter{}, {}, 0, 1).first(),
                           OrderStatus::Cancelled);
        checkAll("after a batch");

        // A channel scope counts its own channels, and nothing outside them.
        OrderStore web = tdb.store(sessionWith(QStringLiteral("web clerk"),
                                               {Permission::ViewOrders, Permission::ViewAnalytics},
                                               Scope::ofChannels({QStringLiteral("web")})));
        for (const OrderFilter& f : std::as_const(filters)) {
            const auto quick = web.quickCount(f);
            QVERIFY2(quick && quick->exact && quick->value == web.count(f),
                     qPrintable(describe(f)));
        }
        OrderFilter elsewhere;
        elsewhere.channels = {QStringLiteral("marketplace")};
        const auto none = web.quickCount(elsewhere);
        QVERIFY(none && none->exact);
        QCOMPARE(none->value, 0);

        // The summaries do not know who made an order.
        OrderStore own = tdb.store(sessionWith(QStringLiteral("own clerk"),
                                               {Permission::ViewOrders, Permission::ViewAnalytics},
                                               Scope::own()));
        QVERIFY(!own.quickCount(OrderFilter{}));
        // Counting is not analytics: a clerk without that right counts the
        // same (a server login that may not read the summaries gets nullopt
        // from has_table_privilege; test_pg's logins cover the server side).
        OrderStore clerk =
            tdb.store(sessionWith(QStringLiteral("clerk"), {Permission::ViewOrders}, Scope::all()));
        const auto clerks = clerk.quickCount(OrderFilter{});
        QVERIFY(clerks && clerks->exact);
        QCOMPARE(clerks->value, clerk.count(OrderFilter{}));
    }

    void othersAreEstimated_data() { addBackendRows(); }
    void othersAreEstimated()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        SeedOptions o;
        o.orders = kOrders;
        o.days = 120;
        o.now = TestDb::kNow;
        o.orders = 6000;
        o.seed = 5;
        DOCKET_SEED_OR_SKIP(store, o);

        // The commonest shipping region: many matches, not in the summaries'
        // sales_orders, spread over the period like the orders.
        const QSqlDatabase db = tdb.connection();
        QSqlQuery top = sql::run(db, QStringLiteral("SELECT ship_country, ship_region, COUNT(*) "
                                                    "FROM orders WHERE invalid_at IS NULL GROUP BY "
                                                    "1, 2 ORDER BY 3 DESC, 1, 2"));
        QVERIFY(top.next());
        OrderFilter region;
        region.regions =
            QStringList{OrderFilter::regionKey(top.value(0).toString(), top.value(1).toString())};
        const qint64 exact = store.count(region);
        QVERIFY2(exact > 2 * 200, qPrintable(QString::number(exact)));
        const auto quick = store.quickCount(region);
        QVERIFY(quick);
        QVERIFY(!quick->exact); // an estimate is never shown as exact
        qInfo("region: estimate %lld, exact %lld", qlonglong(quick->value), qlonglong(exact));
        QVERIFY2(quick->value >= exact / 2 && quick->value <= exact * 2,
                 qPrintable(QStringLiteral("estimate %1, exact %2").arg(quick->value).arg(exact)));
        // Without an estimate wanted (a refresh), nothing but exact answers.
        QVERIFY(!store.quickCount(region, false));
        // Nor for a customer's orders (the customer view): any criterion
        // beyond period, status, channel and validity is not the summaries'.
        OrderFilter customer;
        customer.customer = CustomerKey{CustomerKey::By::Name, QStringLiteral("Ann Example")};
        QVERIFY(!store.quickCount(customer, false));

        // Fewer matches than the sample: the sample is the count.
        OrderFilter number;
        number.number = store.order(store.idsInRange(OrderFilter{}, {}, 0, 1).first()).number;
        number.exactNumber = true;
        const auto one = store.quickCount(number);
        QVERIFY(one && one->exact);
        QCOMPARE(one->value, 1);
        OrderFilter narrow = region;
        narrow.statuses = {QStringLiteral("cancelled")};
        narrow.from = QDate(2024, 5, 1);
        narrow.to = QDate(2024, 5, 31);
        const qint64 few = store.count(narrow);
        QVERIFY(few < 200);
        const auto q2 = store.quickCount(narrow);
        QVERIFY(q2 && q2->exact);
        QCOMPARE(q2->value, few);
    }

    // A keyword's estimate reads its newest matches as the list's first page
    // by created time is read (SQLite: from a window of the list, each row
    // tested, not after every match in the table): the same sample, so the
    // same estimate, as the full-text query's; exact when the matches are
    // fewer than the sample.
    void keywordEstimatesReadAWindow_data() { addBackendRows(); }
    void keywordEstimatesReadAWindow()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        SeedOptions o;
        o.orders = 6000;
        o.days = 120;
        o.now = TestDb::kNow;
        o.seed = 5;
        DOCKET_SEED_OR_SKIP(store, o);

        // A word in half of the e-mail addresses (customer1@mail.example.org),
        // and the name on fewest orders (at least five).
        const QString common = QStringLiteral("mail");
        OrderFilter commonAlone;
        commonAlone.keyword = common;
        QVERIFY2(store.count(commonAlone) > 1000,
                 qPrintable(QString::number(store.count(commonAlone))));
        QHash<QString, int> words;
        QSqlQuery names = sql::run(tdb.connection(), QStringLiteral("SELECT customer_name FROM "
                                                                    "orders WHERE invalid_at IS "
                                                                    "NULL"));
        while (names.next())
            for (const QString& word :
                 names.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                ++words[word];
        QString rare;
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            if (it.value() >= 5 && (rare.isEmpty() || it.value() < words.value(rare) ||
                                    (it.value() == words.value(rare) && it.key() < rare)))
                rare = it.key();
        QVERIFY(!rare.isEmpty());

        // Off: the full-text query's sample. Unweighed: a window that grows
        // until it holds the sample.
        OrderStore off = tdb.store();
        off.setKeywordWindow(0, 0);
        OrderStore windowed = tdb.store();
        windowed.setKeywordWindow(OrderStore::kKeywordWindowAuto, 50000, 0);
        const QDate today = QDateTime::fromSecsSinceEpoch(TestDb::kNow, QTimeZone::utc()).date();
        int estimated = 0, exact = 0;
        for (const QString& keyword : {common, rare, QStringLiteral("SKU-1")}) {
            OrderFilter alone;
            alone.keyword = keyword;
            OrderFilter narrowed = period(QStringLiteral("UTC"), today.addDays(-60), today);
            narrowed.keyword = keyword;
            narrowed.statuses = {QStringLiteral("delivered"), QStringLiteral("shipped")};
            for (const OrderFilter& f : {alone, narrowed}) {
                const auto full = off.quickCount(f);
                const auto quick = windowed.quickCount(f);
                const qint64 counted = store.count(f);
                const QString what = QStringLiteral("%1: %2 from the window, %3 from the "
                                                    "full-text query, %4 counted")
                                         .arg(describe(f))
                                         .arg(quick ? quick->value : -1)
                                         .arg(full ? full->value : -1)
                                         .arg(counted);
                QVERIFY2(full && quick, qPrintable(what));
                QVERIFY2(quick->value == full->value && quick->exact == full->exact,
                         qPrintable(what));
                if (quick->exact) {
                    QVERIFY2(quick->value == counted && counted < 200, qPrintable(what));
                    ++exact;
                } else {
                    QVERIFY2(counted >= 200 && quick->value >= counted / 2 &&
                                 quick->value <= counted * 2,
                             qPrintable(what));
                    ++estimated;
                }
                if (backend == Backend::SQLite && keyword == common && f == alone)
                    QVERIFY2(windowed.lastKeywordWindow() > 0, qPrintable(what));
            }
        }
        QVERIFY(estimated >= 2);
        QVERIFY(exact >= 1);
    }
};

QTEST_GUILESS_MAIN(TestOrderCount)
#include "test_ordercount.moc"
