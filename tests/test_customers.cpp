// The customer view and internal comments (issue 13, item 13) on every test
// backend: a customer's orders are found by email (any case), else by phone
// (any spacing), else by name, through indexes; their counts, totals and
// first/last order; the list filter "orders of this customer" counts the
// same; the session's scope holds; comments are order events under the
// user's name, refused without the right, out of scope or empty.

#include "db/sql.h"
#include "stores/orderstore.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QTest>

using namespace docket;
using namespace docket::test;

namespace {

Order draft(const QString& name, const QString& email, const QString& phone, qint64 cents,
            const QString& channel = QStringLiteral("web"), qint64 at = TestDb::kNow)
{
    Order o;
    o.customerName = name;
    o.email = email;
    o.phone = phone;
    o.channel = channel;
    o.createdAt = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc());
    o.lines = {OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Thing"), 1, Money(cents)}};
    return o;
}

} // namespace

class TestCustomers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void customerKeys()
    {
        auto k = CustomerKey::of(QStringLiteral(" ann@example.org "), QStringLiteral("1"),
                                 QStringLiteral("Ann"));
        QVERIFY(k);
        QCOMPARE(k->by, CustomerKey::By::Email);
        QCOMPARE(k->value, QStringLiteral("ann@example.org"));
        QCOMPARE(k->describe(), QStringLiteral("ann@example.org (by email)"));
        k = CustomerKey::of({}, QStringLiteral("+49 30 1"), QStringLiteral("Ann"));
        QCOMPARE(k->by, CustomerKey::By::Phone);
        k = CustomerKey::of({}, {}, QStringLiteral("Ann"));
        QCOMPARE(k->by, CustomerKey::By::Name);
        QVERIFY(!CustomerKey::of({}, {}, QStringLiteral("  ")));
        OrderFilter f;
        f.customer = CustomerKey{CustomerKey::By::Email, QStringLiteral(" ")};
        QCOMPARE(f.validate().value(0).field, QStringLiteral("customer"));
    }

    void ordersOfOneCustomer_data() { addBackendRows(); }
    void ordersOfOneCustomer()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore s = tdb.store();
        const qint64 day = 86400;
        const qint64 a1 =
            s.create(draft(QStringLiteral("Ann Lee"), QStringLiteral("ann@example.org"), {}, 1000,
                           QStringLiteral("web"), TestDb::kNow - 30 * day));
        s.create(draft(QStringLiteral("Ann Lee"), QStringLiteral("ANN@Example.org"), {}, 2550,
                       QStringLiteral("retail"), TestDb::kNow - 2 * day));
        const qint64 a3 =
            s.create(draft(QStringLiteral("Ann Lee"), QStringLiteral("ann@example.org"), {}, 99999,
                           QStringLiteral("web"), TestDb::kNow - day));
        s.invalidate({a3}, QStringLiteral("duplicate"));
        Order usd = draft(QStringLiteral("A. Lee"), QStringLiteral("ann@example.org"), {}, 700,
                          QStringLiteral("web"), TestDb::kNow - 10 * day);
        usd.currency = QStringLiteral("USD");
        usd.lines.first().unitPrice = Money(700, u"USD");
        s.create(usd);
        // Same name, another email: another person.
        s.create(draft(QStringLiteral("Ann Lee"), QStringLiteral("other@example.org"), {}, 5));
        // No email: by phone, however it is written.
        const qint64 p1 =
            s.create(draft(QStringLiteral("Bo"), {}, QStringLiteral("+49 (30) 123-45"), 300));
        s.create(draft(QStringLiteral("Bo Chen"), {}, QStringLiteral("+4930.12345"), 400));
        s.create(draft(QStringLiteral("Bo"), {}, QStringLiteral("+49 30 99999"), 500));
        // Neither: by name.
        const qint64 n1 = s.create(draft(QStringLiteral("Walk-in"), {}, {}, 100));
        s.create(draft(QStringLiteral("Walk-in"), {}, {}, 200));

        const Order first = s.order(a1);
        const auto key = CustomerKey::of(first.email, first.phone, first.customerName);
        QVERIFY(key);
        const CustomerSummary c = s.customerSummary(*key);
        QCOMPARE(c.orders, 3);
        QCOMPARE(c.invalidOrders, 1);
        QCOMPARE(c.totals.size(), 2);
        QCOMPARE(c.totals.first(), Money(3550, u"EUR"));
        QCOMPARE(c.totals.last(), Money(700, u"USD"));
        QCOMPARE(c.firstOrder.toSecsSinceEpoch(), TestDb::kNow - 30 * day);
        QCOMPARE(c.lastOrder.toSecsSinceEpoch(), TestDb::kNow - 2 * day);
        QCOMPARE(c.recent.size(), 4); // the invalid one too, newest first
        QCOMPARE(c.recent.first().id, a3);
        QCOMPARE(c.recent.last().id, a1);
        // The list filter counts the same orders.
        OrderFilter f;
        f.customer = key;
        f.validity = OrderFilter::Validity::All;
        QCOMPARE(s.count(f), 4);
        f.validity = OrderFilter::Validity::Valid;
        QCOMPARE(s.count(f), 3);
        QCOMPARE(s.page(f, {}, 10).size(), 3);
        QCOMPARE(f.description().last().message,
                 QStringLiteral("Customer: ann@example.org (by email)"));

        const Order phone = s.order(p1);
        const CustomerSummary byPhone =
            s.customerSummary(*CustomerKey::of(phone.email, phone.phone, phone.customerName));
        QCOMPARE(byPhone.key.by, CustomerKey::By::Phone);
        QCOMPARE(byPhone.orders, 2);
        const Order name = s.order(n1);
        const CustomerSummary byName =
            s.customerSummary(*CustomerKey::of(name.email, name.phone, name.customerName));
        QCOMPARE(byName.key.by, CustomerKey::By::Name);
        QCOMPARE(byName.orders, 2);

        // A web-shop clerk sees the web orders of the customer only.
        const Session clerk = sessionWith(QStringLiteral("wendy"), {Permission::ViewOrders},
                                          Scope::ofChannels({QStringLiteral("web")}));
        const CustomerSummary scoped = tdb.store(clerk).customerSummary(*key);
        QCOMPARE(scoped.orders, 2);
        QCOMPARE(scoped.totals.first().minorUnits(), 1000);
    }

    // The lookups use the indexes of migration 0063 (SQLite's plan).
    void lookupsUseIndexes()
    {
        if (!backendEnabled(Backend::SQLite))
            QSKIP("SQLite's query plan: the SQLite half of this suite checks it");
        DOCKET_TESTDB(tdb, Backend::SQLite);
        const QSqlDatabase db = tdb.connection();
        for (const auto& [by, index] :
             {std::pair{CustomerKey::By::Email, QStringLiteral("orders_email_ci")},
              std::pair{CustomerKey::By::Phone, QStringLiteral("orders_phone_digits")},
              std::pair{CustomerKey::By::Name, QStringLiteral("(customer_name=?)")}}) {
            OrderFilter f;
            f.customer = CustomerKey{by, QStringLiteral("x")};
            const SqlClause w = orderquery::where(f, adminSession(), Backend::SQLite, 0);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM orders o WHERE ") +
                      w.sql);
            for (const QVariant& b : w.binds)
                q.addBindValue(b);
            QVERIFY(q.exec());
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(index) && plan.contains(QLatin1String("USING INDEX")),
                     qPrintable(plan));
        }
    }

    void commentsAreHistory_data() { addBackendRows(); }
    void commentsAreHistory()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore s = tdb.store();
        const qint64 web = s.create(draft(QStringLiteral("Web"), {}, {}, 100));
        const qint64 retail =
            s.create(draft(QStringLiteral("Retail"), {}, {}, 100, QStringLiteral("retail")));
        const qint64 version = s.order(web).version;
        const qint64 id =
            s.addComment(web, QStringLiteral("  Customer called: leave at the door.  "));
        QVERIFY(id > 0);
        const OrderEvent last = s.events(web).constLast();
        QCOMPARE(last.kind, QStringLiteral("commented"));
        QCOMPARE(last.actor, QStringLiteral("tester"));
        QCOMPARE(last.note, QStringLiteral("Customer called: leave at the door."));
        QCOMPARE(last.at.toSecsSinceEpoch(), TestDb::kNow);
        QCOMPARE(s.order(web).version, version); // nobody's edit conflicts with a comment

        const QString before = contentFingerprint(tdb.connection());
        auto e = catchError([&] { s.addComment(web, QStringLiteral("   ")); });
        QCOMPARE(e->code(), DocketError::Code::Invalid);
        QCOMPARE(e->field(), QStringLiteral("comment"));
        e = catchError(
            [&] { s.addComment(web, QString(OrderStore::kMaxCommentLength + 1, u'x')); });
        QCOMPARE(e->code(), DocketError::Code::Invalid);
        const Session viewer = sessionWith(QStringLiteral("mgr"), {Permission::ViewOrders});
        e = catchError([&] { tdb.store(viewer).addComment(web, QStringLiteral("hi")); });
        QCOMPARE(e->code(), DocketError::Code::Forbidden);
        const Session clerk =
            sessionWith(QStringLiteral("wendy"), {Permission::ViewOrders, Permission::EditOrders},
                        Scope::ofChannels({QStringLiteral("web")}));
        e = catchError([&] { tdb.store(clerk).addComment(retail, QStringLiteral("hi")); });
        QCOMPARE(e->code(), DocketError::Code::NotFound);
        QCOMPARE(contentFingerprint(tdb.connection()), before);
        // Hers: under her name.
        tdb.store(clerk).addComment(web, QStringLiteral("Checked the stock."));
        QCOMPARE(s.events(web).constLast().actor, QStringLiteral("wendy"));
        // Comments go with the order to the archive and come back with it.
        s.invalidate({web}, QStringLiteral("test"));
        s.deleteInvalid({web});
        const qint64 archiveId =
            queryValue(tdb.connection(), QStringLiteral("SELECT MAX(id) FROM order_archive"))
                .toLongLong();
        s.restore(archiveId);
        int comments = 0;
        for (const OrderEvent& ev : s.events(web))
            comments += ev.kind == QLatin1String("commented");
        QCOMPARE(comments, 2);
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "test_customers.moc"
