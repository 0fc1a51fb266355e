// Invoice numbers (issue 13, item 15) on every test backend: assigned once,
// stored, without gaps and never reused (not when an order is deleted, not
// after a restore), audited in the order's history, within the session's
// scope and right; two desks issuing the same orders at once agree; and a
// database of the previous schema upgrades to them.

#include "db/sql.h"
#include "stores/invoicestore.h"
#include "stores/orderstore.h"
#include "stores/savedviewstore.h"
#include "testdb.h"

#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace docket;
using namespace docket::test;

namespace {

Order draft(const QString& customer, const QString& channel = QStringLiteral("web"))
{
    Order o;
    o.customerName = customer;
    o.channel = channel;
    o.lines = {OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Thing"), 1, Money(1000)}};
    return o;
}

InvoiceStore invoices(const TestDb& tdb, const Session& s = adminSession())
{
    InvoiceStore i(tdb.connection(), s);
    i.setClock([] { return TestDb::kNow; });
    return i;
}

} // namespace

class TestInvoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void numbersAreAssignedOnceAndNeverReused_data() { addBackendRows(); }
    void numbersAreAssignedOnceAndNeverReused()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        const qint64 a = store.create(draft(QStringLiteral("A")));
        const qint64 b = store.create(draft(QStringLiteral("B")));
        const qint64 c = store.create(draft(QStringLiteral("C")));
        InvoiceStore inv = invoices(tdb);
        QCOMPARE(inv.issue({b, a}), 2);
        QHash<qint64, Invoice> got = inv.invoicesOf({a, b, c});
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.value(a).number, QStringLiteral("INV-000001")); // in order id order
        QCOMPARE(got.value(b).number, QStringLiteral("INV-000002"));
        QCOMPARE(got.value(a).issuedBy, QStringLiteral("tester"));
        QCOMPARE(got.value(a).issuedAt.toSecsSinceEpoch(), TestDb::kNow);
        // Again: only the order without one gets a number.
        QCOMPARE(inv.issue({a, b, c}), 1);
        QCOMPARE(inv.invoicesOf({c}).value(c).number, QStringLiteral("INV-000003"));
        QCOMPARE(inv.issue({a, b, c}), 0);
        // In the order's history, once.
        int invoiced = 0;
        for (const OrderEvent& e : store.events(a))
            if (e.kind == QLatin1String("invoiced")) {
                ++invoiced;
                QCOMPARE(e.newValue, QStringLiteral("INV-000001"));
                QCOMPARE(e.field, QStringLiteral("invoice"));
            }
        QCOMPARE(invoiced, 1);

        // B is deleted: its number is not handed out again...
        store.invalidate({b}, QStringLiteral("duplicate"));
        store.deleteInvalid({b});
        const qint64 d = store.create(draft(QStringLiteral("D")));
        QCOMPARE(inv.issue({d}), 1);
        QCOMPARE(inv.invoicesOf({d}).value(d).number, QStringLiteral("INV-000004"));
        // ...and B, restored, still has it.
        const qint64 archiveId =
            queryValue(tdb.connection(), QStringLiteral("SELECT MAX(id) FROM order_archive"))
                .toLongLong();
        const qint64 back = store.restore(archiveId);
        QCOMPARE(back, b);
        QCOMPARE(inv.invoicesOf({b}).value(b).number, QStringLiteral("INV-000002"));
        QCOMPARE(inv.issue({b}), 0);
        QCOMPARE(InvoiceStore::formatNumber(1234567), QStringLiteral("INV-1234567"));
    }

    void scopeAndRight_data() { addBackendRows(); }
    void scopeAndRight()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        const qint64 web = store.create(draft(QStringLiteral("Web"), QStringLiteral("web")));
        const qint64 retail =
            store.create(draft(QStringLiteral("Retail"), QStringLiteral("retail")));
        const Session clerk =
            sessionWith(QStringLiteral("wendy"),
                        {Permission::ViewOrders, Permission::EditOrders, Permission::CreateOrders},
                        Scope::ofChannels({QStringLiteral("web")}));
        InvoiceStore mine = invoices(tdb, clerk);
        // The retail order is not hers: not numbered, not seen.
        QCOMPARE(mine.issue({web, retail}), 1);
        QCOMPARE(mine.invoicesOf({web, retail}).keys(), QList<qint64>{web});
        QVERIFY(invoices(tdb).invoicesOf({retail}).isEmpty());
        // A role without "edit orders" cannot issue numbers; nothing changes.
        const QString before = contentFingerprint(tdb.connection());
        const Session viewer = sessionWith(QStringLiteral("mgr"), {Permission::ViewOrders});
        const auto e = catchError([&] { invoices(tdb, viewer).issue({retail}); });
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Forbidden);
        QCOMPARE(contentFingerprint(tdb.connection()), before);
        QCOMPARE(invoices(tdb, viewer).invoicesOf({web}).size(), 1); // reading is fine
    }

    // Two desks print the same orders at the same moment: every order gets
    // exactly one number, and the numbers have no gaps.
    void concurrentDesksAgree_data() { addBackendRows(); }
    void concurrentDesksAgree()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i)
            ids << store.create(draft(QStringLiteral("C%1").arg(i)));
        const std::shared_ptr<Database> other = tdb.openAnother();
        std::atomic<int> issued{0};
        QStringList errors;
        QMutex lock;
        auto desk = [&](std::shared_ptr<const Database> db, QList<qint64> mine) {
            const QString name =
                QStringLiteral("desk-%1").arg(quintptr(QThread::currentThreadId()));
            try {
                for (int round = 0; round < 5; ++round) {
                    InvoiceStore s(db->connection(name), adminSession());
                    issued += s.issue(mine);
                }
            } catch (const DocketError& e) {
                QMutexLocker l(&lock);
                errors << e.message();
            }
            db->closeConnection(name);
        };
        QList<qint64> reversed(ids.rbegin(), ids.rend());
        std::unique_ptr<QThread> t1(
            QThread::create(desk, std::shared_ptr<const Database>(tdb.database()), ids));
        std::unique_ptr<QThread> t2(
            QThread::create(desk, std::shared_ptr<const Database>(other), reversed));
        t1->start();
        t2->start();
        QVERIFY(t1->wait(60000));
        QVERIFY(t2->wait(60000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(issued.load(), ids.size());
        const QSqlDatabase db = tdb.connection();
        QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM invoices")).toInt(), 40);
        QCOMPARE(
            queryValue(db, QStringLiteral("SELECT COUNT(DISTINCT order_id) FROM invoices")).toInt(),
            40);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT MIN(seq) FROM invoices")).toInt(), 1);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT MAX(seq) FROM invoices")).toInt(), 40);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT last FROM invoice_counter")).toInt(), 40);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM order_events WHERE kind = "
                                               "'invoiced'"))
                     .toInt(),
                 40);
    }

    // A database of the schema before invoices (an order already in it)
    // upgrades in place and numbers its first invoice 1.
    void previousSchemaUpgrades_data() { addBackendRows(); }
    void previousSchemaUpgrades()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
        Database db(empty.config());
        QVERIFY_THROWS_NO_EXCEPTION(db.migrate(61));
        QVERIFY(db.schemaVersion() < 62);
        // Written as that release wrote it (today's store writes columns
        // schema 61 does not have yet, fulfilment's among them).
        const qint64 id = 1;
        QVERIFY_THROWS_NO_EXCEPTION(sql::run(
            db.connection(),
            QStringLiteral("INSERT INTO orders(id, number, customer_name, channel, status, "
                           "currency, total_cents, created_at, updated_at, created_by) VALUES "
                           "(1, 'DK0000001', 'Before', 'web', 'pending', 'EUR', 1000, ?, ?, "
                           "'local')"),
            {TestDb::kNow, TestDb::kNow}));
        QVERIFY_THROWS_NO_EXCEPTION(
            sql::run(db.connection(),
                     QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, name, "
                                    "quantity, unit_price_cents) VALUES (1, 1, 'SKU-1', 'Thing', "
                                    "1, 1000)")));
        if (backend == Backend::PostgreSQL)
            QVERIFY_THROWS_NO_EXCEPTION(
                sql::run(db.connection(), QStringLiteral("SELECT setval('orders_id_seq', 1)")));
        QVERIFY_THROWS_NO_EXCEPTION(db.migrate());
        QVERIFY(db.schemaVersion() >= 64);
        InvoiceStore inv(db.connection(), Session::localUser());
        QCOMPARE(inv.issue({id}), 1);
        QCOMPARE(inv.invoicesOf({id}).value(id).number, QStringLiteral("INV-000001"));
        // 0063 and 0064 on the old data: a comment on the old order, a saved view.
        OrderStore store(db.connection(), Session::localUser());
        QVERIFY(store.addComment(id, QStringLiteral("after the upgrade")) > 0);
        bool commented = false;
        for (const OrderEvent& e : store.events(id))
            commented = commented || e.note == QStringLiteral("after the upgrade");
        QVERIFY(commented);
        SavedViewStore views(db.connection(), Session::localUser());
        views.save(QStringLiteral("Upgraded"), OrderFilter(), QStringLiteral("{}"));
        QCOMPARE(views.list().size(), 1);
        db.closeConnection();
    }
};

QTEST_GUILESS_MAIN(TestInvoices)
#include "test_invoices.moc"
