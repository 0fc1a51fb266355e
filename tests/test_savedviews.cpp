// Saved views (issue 13, item 10) on every test backend: a view keeps the
// list's filter (a preset date range stays relative), sort and columns; each
// user has their own; an administrator shares one with a role and only that
// role's users see it; renames, deletes and shares are the owner's and are in
// the security log; and the list layout survives unknown or missing columns.

#include "db/sql.h"
#include "items/listlayout.h"
#include "items/ordercolumns.h"
#include "items/viewcounter.h"
#include "stores/savedviewstore.h"
#include "stores/userstore.h"
#include "testdb.h"

#include <QSignalSpy>
#include <QTest>

using namespace docket;
using namespace docket::test;

class TestSavedViews : public QObject
{
    Q_OBJECT

private:
    static Session user(const QString& name, const QString& role, bool admin = false)
    {
        QList<Permission> p{Permission::ViewOrders};
        if (admin)
            p << Permission::ManageUsers;
        Session s = sessionWith(name, p);
        return Session(s.userId(), name, s.permissions(), s.scope(), role);
    }

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void filterRoundTrip()
    {
        const QDate june15(2024, 6, 15);
        OrderFilter f;
        f.keyword = QStringLiteral("Müller");
        f.statuses = {QStringLiteral("paid"), QStringLiteral("shipped")};
        f.channels = {QStringLiteral("web")};
        f.regions = {QStringLiteral("DE/Bayern")};
        f.skus = {QStringLiteral("KT-100")};
        f.customer = CustomerKey{CustomerKey::By::Phone, QStringLiteral("+49 30 1")};
        f.due = OrderFilter::Due::Soon;
        f.validity = OrderFilter::Validity::All;
        f.from = QDate(2024, 6, 1); // "this month" on June 15th
        f.to = june15;
        const QString json = SavedViewStore::filterToJson(f, june15);
        QVERIFY(json.contains(QLatin1String("\"preset\":\"thisMonth\"")));
        QCOMPARE(SavedViewStore::filterFromJson(json, june15), f);
        // Opened in July, the view shows July.
        const OrderFilter july = SavedViewStore::filterFromJson(json, QDate(2024, 7, 3));
        QCOMPARE(july.from, QDate(2024, 7, 1));
        QCOMPARE(july.to, QDate(2024, 7, 3));
        // Fixed dates stay fixed.
        f.from = QDate(2023, 1, 5);
        f.to = QDate(2023, 2, 5);
        QCOMPARE(SavedViewStore::filterFromJson(SavedViewStore::filterToJson(f, june15), june15),
                 f);
        QCOMPARE(SavedViewStore::filterFromJson(QStringLiteral("not json")), OrderFilter());
    }

    // A view saved with the old overdue toggle ("overdueOnly", thresholds in
    // Settings) opens as today's overdue: past the deadline of the step.
    void oldOverdueFlagOpensAsPastDeadline()
    {
        OrderFilter overdue;
        overdue.due = OrderFilter::Due::Overdue;
        overdue.channels = {QStringLiteral("web")};
        QCOMPARE(SavedViewStore::filterFromJson(QStringLiteral(
                     R"({"channels":["web"],"overdueOnly":true,"validity":"valid"})")),
                 overdue);
        // Saved again, it is written the new way only.
        const QString again = SavedViewStore::filterToJson(overdue);
        QVERIFY2(!again.contains(QLatin1String("overdueOnly")), qPrintable(again));
        QVERIFY2(again.contains(QLatin1String(R"("due":"overdue")")), qPrintable(again));
        // "due" written by a newer Docket wins over the old flag beside it.
        QCOMPARE(
            SavedViewStore::filterFromJson(QStringLiteral(R"({"overdueOnly":true,"due":"soon"})"))
                .due,
            OrderFilter::Due::Soon);
        QCOMPARE(SavedViewStore::filterFromJson(QStringLiteral(R"({"overdueOnly":false})")).due,
                 OrderFilter::Due::Any);
    }

    void layoutRoundTrip()
    {
        ListLayout l;
        l.columns = {QStringLiteral("number"), QStringLiteral("email"), QStringLiteral("items"),
                     QStringLiteral("created")};
        l.widths = {{QStringLiteral("email"), 300}, {QStringLiteral("created"), 150}};
        l.sort = {OrderColumn::Total, Qt::AscendingOrder};
        QCOMPARE(ListLayout::fromJson(l.toJson()), l);
        // A column this build does not know (or export-only) is left out; the
        // number always comes first.
        const ListLayout odd = ListLayout::fromJson(QStringLiteral(
            R"({"columns":[{"key":"shelf","width":90},{"key":"currency"},{"key":"email"}]})"));
        QCOMPARE(odd.columns, (QStringList{QStringLiteral("number"), QStringLiteral("email")}));
        QCOMPARE(ListLayout::fromJson({}), ListLayout::defaults());
        QCOMPARE(ListLayout::defaults().columns, ordercolumns::defaultListKeys());
    }

    void perUserAndShared_data() { addBackendRows(); }
    void perUserAndShared()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        const QSqlDatabase db = tdb.connection();
        // Roles: 1 clerk, 3 manager, 4 administrator (built in).
        AccountPolicy policy;
        policy.strength = HashStrength::Minimum;
        UserStore users(db, Session::localUser(), policy);
        const QString sfx = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000);
        const QString adminName = QStringLiteral("vadm") + sfx,
                      clerkName = QStringLiteral("vclk") + sfx,
                      managerName = QStringLiteral("vmgr") + sfx;
        users.addUser({adminName,
                       {},
                       QStringLiteral("pw-a-123456"),
                       QStringLiteral("administrator"),
                       Scope::all()});
        users.addUser(
            {clerkName, {}, QStringLiteral("pw-c-123456"), QStringLiteral("clerk"), Scope::all()});
        users.addUser({managerName,
                       {},
                       QStringLiteral("pw-m-123456"),
                       QStringLiteral("manager"),
                       Scope::all()});
        SavedViewStore admin(db, user(adminName, QStringLiteral("administrator"), true));
        SavedViewStore clerk(db, user(clerkName, QStringLiteral("clerk")));
        SavedViewStore manager(db, user(managerName, QStringLiteral("manager")));
        OrderFilter paid;
        paid.statuses = {QStringLiteral("paid")};
        const QString layout = ListLayout::defaults().toJson();

        const qint64 mine = clerk.save(QStringLiteral("Paid"), paid, layout);
        QCOMPARE(clerk.list().size(), 1);
        QCOMPARE(clerk.list().first().filter, paid);
        // The same name again (any case) replaces it.
        OrderFilter paidWeb = paid;
        paidWeb.channels = {QStringLiteral("web")};
        QCOMPARE(clerk.save(QStringLiteral("PAID"), paidWeb, layout), mine);
        QCOMPARE(clerk.list().size(), 1);
        QCOMPARE(clerk.list().first().filter, paidWeb);
        QVERIFY(manager.list().isEmpty());
        QVERIFY(admin.list().isEmpty());

        const qint64 theirs = admin.save(QStringLiteral("Review queue"), {}, layout);
        QVERIFY(clerk.list().size() == 1);
        // Not the clerk's to rename, delete or share; sharing needs manage_users.
        auto e = catchError([&] { clerk.remove(theirs); });
        QCOMPARE(e->code(), DocketError::Code::NotFound);
        e = catchError([&] { clerk.share(mine, 1); });
        QCOMPARE(e->code(), DocketError::Code::Forbidden);
        admin.share(theirs, 1); // with clerks
        const QList<SavedView> seen = clerk.list();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.first().id, mine); // own first
        QCOMPARE(seen.last().id, theirs);
        QCOMPARE(seen.last().roleName, QStringLiteral("clerk"));
        QVERIFY(manager.list().isEmpty());
        e = catchError([&] { clerk.rename(theirs, QStringLiteral("Mine now")); });
        QCOMPARE(e->code(), DocketError::Code::NotFound);
        admin.share(theirs, 0);
        QCOMPARE(clerk.list().size(), 1);

        clerk.rename(mine, QStringLiteral("Paid web orders"));
        QCOMPARE(clerk.list().first().name, QStringLiteral("Paid web orders"));
        e = catchError([&] { clerk.save(QStringLiteral("  "), paid, layout); });
        QCOMPARE(e->code(), DocketError::Code::Invalid);
        e = catchError([&] { clerk.save(QStringLiteral("x"), paid, QStringLiteral("nope")); });
        QCOMPARE(e->code(), DocketError::Code::Invalid);
        clerk.remove(mine);
        QVERIFY(clerk.list().isEmpty());

        // Each change in the security log, under its author.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT kind, actor FROM security_events WHERE kind LIKE "
                                      "'view_%' ORDER BY id")));
        QStringList log;
        while (q.next())
            log << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
        QCOMPARE(log, (QStringList{QStringLiteral("view_saved/") + clerkName,
                                   QStringLiteral("view_saved/") + clerkName,
                                   QStringLiteral("view_saved/") + adminName,
                                   QStringLiteral("view_shared/") + adminName,
                                   QStringLiteral("view_shared/") + adminName,
                                   QStringLiteral("view_renamed/") + clerkName,
                                   QStringLiteral("view_deleted/") + clerkName}));
        if (backend == Backend::PostgreSQL)
            dropServerRoles({adminName, clerkName, managerName});
    }

    // The counts come from a thread of their own, one per view.
    void countsOffTheGuiThread_data() { addBackendRows(); }
    void countsOffTheGuiThread()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        const QList<qint64> ids = bulkInsertOrders(tdb.connection(), 30, TestDb::kNow);
        tdb.store().changeStatus(ids.first(), OrderStatus::Paid);
        ViewCounter counter(tdb.database(), adminSession());
        QSignalSpy counted(&counter, &ViewCounter::counted);
        OrderFilter paid;
        paid.statuses = {QStringLiteral("paid")};
        counter.count({{7, OrderFilter{}}, {8, paid}});
        QTRY_COMPARE(counted.size(), 2);
        QCOMPARE(counted.at(0).at(0).toLongLong(), 7);
        QCOMPARE(counted.at(0).at(1).toLongLong(), 30);
        QCOMPARE(counted.at(1).at(1).toLongLong(), 1);
        QTRY_VERIFY(!counter.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "test_savedviews.moc"
