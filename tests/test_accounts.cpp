// Accounts through the store API (no UI): the built-in roles against every
// OrderStore operation, scopes in the stores and the table model, passwords,
// lockout with an injected clock, disabled accounts, and the audit of every
// change of rights.

#include "db/sql.h"
#include "items/ordertablemodel.h"
#include "stores/orderstore.h"
#include "stores/userstore.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace docket;
using docket::test::catchError;
using docket::test::TestDb;

namespace {

constexpr qint64 kNow = TestDb::kNow;

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList SL(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* t : texts)
        out << QString::fromUtf8(t);
    return out;
}
const QString kPassword = QStringLiteral("correct horse");

AccountPolicy fastPolicy()
{
    AccountPolicy p;
    p.strength = HashStrength::Minimum; // tests only: Argon2id at its smallest costs
    return p;
}

// A checksum of the account tables: equal before and after = nothing written.
QString accountFingerprint(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const char* text : {"SELECT * FROM users ORDER BY id", "SELECT * FROM roles ORDER BY id",
                             "SELECT * FROM role_permissions ORDER BY role_id, permission",
                             "SELECT * FROM security_events ORDER BY id"}) {
        QSqlQuery q = sql::run(db, QString::fromLatin1(text));
        const int columns = q.record().count();
        while (q.next())
            for (int i = 0; i < columns; ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QSet<Permission> setOf(std::initializer_list<Permission> ps)
{
    return QSet<Permission>(ps.begin(), ps.end());
}

Order draft(const QString& customer, const QString& channelCode)
{
    Order o;
    o.customerName = customer;
    o.email = QStringLiteral("someone@example.com");
    o.channel = channelCode;
    o.lines = {OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Mug"), 2, Money(1250)}};
    // Empty, not null: the store binds a null QString as SQL NULL.
    for (QString* text : {&o.phone, &o.note, &o.assignedTo, &o.shipTo.street, &o.shipTo.city,
                          &o.shipTo.postcode, &o.shipTo.region, &o.shipTo.country})
        *text = QStringLiteral("");
    return o;
}

// One database with a first administrator ("root") and helpers to add
// accounts and sign them in.
struct Accounts
{
    TestDb tdb;
    qint64 clock = kNow;
    Session root;

    explicit Accounts(Backend backend = Backend::SQLite) : tdb(backend)
    {
        UserStore us = store();
        root =
            us.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"), kPassword);
    }
    UserStore store(const Session& session = {}, AccountPolicy policy = fastPolicy())
    {
        UserStore us(tdb.connection(), session, policy);
        us.setClock([this] { return clock; });
        return us;
    }
    UserStore admin() { return store(root); }
    Session add(const QString& name, const QString& role, const Scope& scope = Scope::all())
    {
        admin().addUser({name, name, kPassword, role, scope});
        return store().authenticate(name, kPassword);
    }
    OrderStore orders(const Session& session)
    {
        OrderStore s(tdb.connection(), session);
        s.setClock([this] { return clock; });
        return s;
    }
    QString fingerprint() const { return test::contentFingerprint(tdb.connection()); }
    QString accountPrint() const { return accountFingerprint(tdb.connection()); }
    QList<SecurityEvent> events(const QString& kind)
    {
        SecurityEventFilter f;
        f.kind = kind;
        return admin().securityEvents(f);
    }
};

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void builtInRoles();
    void everyBackend_data();
    void everyBackend();
    void permissionMatrix_data();
    void permissionMatrix();
    void userAdministrationNeedsManageUsers_data();
    void userAdministrationNeedsManageUsers();

    void scopeInStores_data();
    void scopeInStores();
    void scopeInTableModel_data();
    void scopeInTableModel();
    void scopeLimitsWrites();
    void scopeInArchive_data();
    void scopeInArchive();

    void passwordHash();
    void firstAdministrator();
    void wrongPassword();
    void lockoutAndExpiry();
    void lockoutIsConfigurable();
    void successResetsFailureCount();
    void disabledAccount();
    void changeOwnPassword();
    void adminResetsPasswordAndUnlocks();
    void rehashWhenCostsRise();

    void adminChangesAreAudited();
    void customRoles();
    void lastAdministratorIsKept();
    void staleAdminSessionIsRefused();
    void refreshedSessionFollowsChanges();
    void securityLogFilter();
    void validation_data();
    void validation();
    void parseScope_data();
    void parseScope();
};

void TestAccounts::builtInRoles()
{
    Accounts a;
    const auto roles = a.admin().roles();
    QCOMPARE(roles.size(), 4);
    QHash<QString, QSet<Permission>> byName;
    for (const auto& r : roles) {
        QVERIFY(r.builtIn);
        QVERIFY(!r.label().isEmpty());
        byName.insert(r.name, r.permissions);
    }
    using P = Permission;
    const auto clerk = setOf({P::ViewOrders, P::CreateOrders, P::EditOrders, P::ChangeStatus,
                              P::MarkSeen, P::RecordPayments, P::Ship});
    QCOMPARE(byName.value(QStringLiteral("clerk")), clerk);
    QCOMPARE(byName.value(QStringLiteral("supervisor")),
             clerk + setOf({P::Invalidate, P::DeleteInvalid, P::RestoreArchived, P::AdjustStock,
                            P::HandleReturns, P::Refund, P::ReviewOrders}));
    QCOMPARE(byName.value(QStringLiteral("manager")),
             setOf({P::ViewOrders, P::ViewAnalytics, P::Export}));
    const auto everything = permission::all();
    QCOMPARE(byName.value(QStringLiteral("administrator")),
             QSet<Permission>(everything.begin(), everything.end()));
    // The first administrator holds the administrator role.
    QCOMPARE(a.root.roleName(), QStringLiteral("administrator"));
    QCOMPARE(a.root.permissions().size(), everything.size());
}

// The whole account life on each backend (PostgreSQL when DOCKET_TEST_PG is set).
void TestAccounts::everyBackend_data()
{
    test::addBackendRows();
}

void TestAccounts::everyBackend()
{
    QFETCH(Backend, backend);
    Accounts a(backend);
    QCOMPARE(a.admin().roles().size(), 4);
    QCOMPARE(a.root.permissions().size(), permission::all().size());
    const Session web = a.add(QStringLiteral("wendy"), QStringLiteral("clerk"),
                              Scope::ofChannels({QStringLiteral("web")}));
    QCOMPARE(web.permissions().size(), 7); // and record payments, ship (issue 15)

    // Scope through the order store.
    OrderStore rootOrders = a.orders(a.root);
    rootOrders.create(draft(QStringLiteral("Web Order"), QStringLiteral("web")));
    rootOrders.create(draft(QStringLiteral("Shop Order"), QStringLiteral("retail")));
    QCOMPARE(a.orders(web).count({}), qint64(1));
    QCOMPARE(a.orders(web).countNew(), qint64(1));
    DOCKET_NO_THROW(a.orders(web).markAllSeen());
    QCOMPARE(rootOrders.countNew(), qint64(1));

    // Lockout and its expiry.
    UserStore us = a.store();
    for (int i = 0; i < 5; ++i)
        QVERIFY(catchError([&] { us.authenticate(QStringLiteral("WENDY"), QStringLiteral("x")); }));
    QVERIFY(catchError([&] { us.authenticate(QStringLiteral("wendy"), kPassword); }));
    a.clock += 15 * 60;
    DOCKET_NO_THROW(us.authenticate(QStringLiteral("wendy"), kPassword));

    // Administration, audited; the last administrator is kept.
    UserStore admin = a.admin();
    const qint64 role = admin.createRole(QStringLiteral("readers"), {}, {Permission::ViewOrders});
    admin.setRolePermissions(role, {Permission::ViewOrders, Permission::Export});
    admin.setRole(web.userId(), QStringLiteral("readers"));
    admin.setScope(web.userId(), Scope::own());
    admin.resetPassword(web.userId(), QStringLiteral("another password"));
    admin.setDisabled(web.userId(), true);
    QCOMPARE(catchError([&] { admin.setRole(a.root.userId(), QStringLiteral("clerk")); })->code(),
             DocketError::Code::Conflict);
    QCOMPARE(
        catchError([&] {
            admin.addUser(
                {QStringLiteral("Wendy"), {}, kPassword, QStringLiteral("clerk"), Scope::all()});
        })->code(),
        DocketError::Code::Conflict);
    for (const char* kind : {"role_created", "role_permissions_changed", "role_assigned",
                             "scope_changed", "password_reset", "user_disabled", "lockout"})
        QCOMPARE(a.events(QString::fromLatin1(kind)).size(), 1);
    const UserInfo wendy = admin.user(QStringLiteral("wendy"));
    QCOMPARE(wendy.roleName, QStringLiteral("readers"));
    QVERIFY(wendy.disabled);
    SecurityEventFilter about;
    about.user = QStringLiteral("wendy");
    about.limit = 3;
    QCOMPARE(admin.securityEvents(about).size(), 3);
}

// Every OrderStore operation, by name, against fixtures made by root.
void TestAccounts::permissionMatrix_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("op");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("writes");
    struct Op
    {
        const char* name;
        bool writes;
        bool clerk, supervisor, manager;
    };
    const Op ops[] = {
        {"order", false, true, true, true},          {"orderByNumber", false, true, true, true},
        {"summary", false, true, true, true},        {"events", false, true, true, true},
        {"count", false, true, true, true},          {"countNew", false, true, true, true},
        {"page", false, true, true, true},           {"idsInRange", false, true, true, true},
        {"create", true, true, true, false},         {"editFields", true, true, true, false},
        {"editStatus", true, true, true, false},     {"changeStatus", true, true, true, false},
        {"markSeen", true, true, true, false},       {"markAllSeen", true, true, true, false},
        {"invalidate", true, false, true, false},    {"revalidate", true, false, true, false},
        {"deleteInvalid", true, false, true, false}, {"archived", false, false, true, false},
        {"restore", true, false, true, false},
    };
    for (const Op& op : ops) {
        const std::pair<const char*, bool> roles[] = {{"clerk", op.clerk},
                                                      {"supervisor", op.supervisor},
                                                      {"manager", op.manager},
                                                      {"administrator", true}};
        for (const auto& [role, allowed] : roles)
            QTest::addRow("%s/%s", role, op.name)
                << QString::fromLatin1(role) << QString::fromLatin1(op.name) << allowed
                << op.writes;
    }
}

void TestAccounts::permissionMatrix()
{
    QFETCH(QString, role);
    QFETCH(QString, op);
    QFETCH(bool, allowed);
    QFETCH(bool, writes);

    Accounts a;
    OrderStore rootOrders = a.orders(a.root);
    const qint64 open =
        rootOrders.create(draft(QStringLiteral("Open Order"), QStringLiteral("web")));
    const qint64 bad = rootOrders.create(draft(QStringLiteral("Bad Order"), QStringLiteral("web")));
    rootOrders.invalidate({bad}, QStringLiteral("test"));
    const qint64 gone =
        rootOrders.create(draft(QStringLiteral("Gone Order"), QStringLiteral("web")));
    rootOrders.invalidate({gone}, QStringLiteral("test"));
    rootOrders.deleteInvalid({gone});
    const QList<ArchivedOrder> archive = rootOrders.archived();
    QCOMPARE(archive.size(), 1);
    const qint64 archiveId = archive.first().id;

    const Session session = a.add(QStringLiteral("user"), role);
    QCOMPARE(session.roleName(), role);
    OrderStore store = a.orders(session);
    const QString before = a.fingerprint();

    const std::function<void()> run = [&]() -> std::function<void()> {
        if (op == QLatin1String("order"))
            return [&] {
                store.order(open);
            };
        if (op == QLatin1String("orderByNumber"))
            return [&] {
                store.orderByNumber(orderquery::formatOrderNumber(open));
            };
        if (op == QLatin1String("summary"))
            return [&] {
                store.summary(open);
            };
        if (op == QLatin1String("events"))
            return [&] {
                store.events(open);
            };
        if (op == QLatin1String("count"))
            return [&] {
                store.count({});
            };
        if (op == QLatin1String("countNew"))
            return [&] {
                store.countNew();
            };
        if (op == QLatin1String("page"))
            return [&] {
                store.page({}, {}, 10);
            };
        if (op == QLatin1String("idsInRange"))
            return [&] {
                store.idsInRange({}, {}, 0, 10);
            };
        if (op == QLatin1String("create"))
            return [&] {
                store.create(draft(QStringLiteral("New Order"), QStringLiteral("web")));
            };
        if (op == QLatin1String("editFields"))
            return [&] {
                Order o = rootOrders.order(open);
                o.customerName = QStringLiteral("Edited Name");
                store.update(o);
            };
        if (op == QLatin1String("editStatus"))
            return [&] {
                Order o = rootOrders.order(open);
                o.status = QStringLiteral("cancelled"); // paid follows the records
                store.update(o);
            };
        if (op == QLatin1String("changeStatus"))
            return [&] {
                store.changeStatus(open, OrderStatus::Cancelled);
            };
        if (op == QLatin1String("markSeen"))
            return [&] {
                store.markSeen({open});
            };
        if (op == QLatin1String("markAllSeen"))
            return [&] {
                store.markAllSeen();
            };
        if (op == QLatin1String("invalidate"))
            return [&] {
                store.invalidate({open}, QStringLiteral("duplicate"));
            };
        if (op == QLatin1String("revalidate"))
            return [&] {
                store.revalidate({bad});
            };
        if (op == QLatin1String("deleteInvalid"))
            return [&] {
                store.deleteInvalid({bad});
            };
        if (op == QLatin1String("archived"))
            return [&] {
                store.archived();
            };
        if (op == QLatin1String("restore"))
            return [&] {
                store.restore(archiveId);
            };
        return {};
    }();
    QVERIFY2(run, qPrintable(op));

    const auto error = catchError(run);
    if (allowed) {
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        if (writes)
            QVERIFY2(a.fingerprint() != before, "an allowed write changed nothing");
        else
            QCOMPARE(a.fingerprint(), before);
    } else {
        QVERIFY2(error, "a forbidden operation went through");
        QCOMPARE(error->code(), DocketError::Code::Forbidden);
        QVERIFY2(error->message().contains(QStringLiteral("user")), qPrintable(error->message()));
        QCOMPARE(a.fingerprint(), before);
    }
}

void TestAccounts::userAdministrationNeedsManageUsers_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("op");
    const char* ops[] = {"users",    "user",       "addUser", "setRole", "setScope",
                         "disable",  "reset",      "unlock",  "roles",   "createRole",
                         "setPerms", "deleteRole", "log"};
    for (const char* role : {"clerk", "supervisor", "manager"})
        for (const char* op : ops)
            QTest::addRow("%s/%s", role, op)
                << QString::fromLatin1(role) << QString::fromLatin1(op);
}

void TestAccounts::userAdministrationNeedsManageUsers()
{
    QFETCH(QString, role);
    QFETCH(QString, op);
    Accounts a;
    const Session victim = a.add(QStringLiteral("victim"), QStringLiteral("clerk"));
    const qint64 custom =
        a.admin().createRole(QStringLiteral("custom"), {}, setOf({Permission::ViewOrders}));
    const Session session = a.add(QStringLiteral("user"), role);
    UserStore us = a.store(session);
    const QString before = a.accountPrint();

    const qint64 vid = victim.userId();
    const auto error = catchError([&] {
        if (op == QLatin1String("users"))
            us.users();
        else if (op == QLatin1String("user"))
            us.user(vid);
        else if (op == QLatin1String("addUser"))
            us.addUser({QStringLiteral("mallory"),
                        {},
                        kPassword,
                        QStringLiteral("administrator"),
                        Scope::all()});
        else if (op == QLatin1String("setRole"))
            us.setRole(session.userId(), QStringLiteral("administrator"));
        else if (op == QLatin1String("setScope"))
            us.setScope(vid, Scope::own());
        else if (op == QLatin1String("disable"))
            us.setDisabled(vid, true);
        else if (op == QLatin1String("reset"))
            us.resetPassword(vid, QStringLiteral("taken over!"));
        else if (op == QLatin1String("unlock"))
            us.unlock(vid);
        else if (op == QLatin1String("roles"))
            us.roles();
        else if (op == QLatin1String("createRole"))
            us.createRole(QStringLiteral("evil"), {}, setOf({Permission::ManageUsers}));
        else if (op == QLatin1String("setPerms"))
            us.setRolePermissions(custom, setOf({Permission::ManageUsers}));
        else if (op == QLatin1String("deleteRole"))
            us.deleteRole(custom);
        else if (op == QLatin1String("log"))
            us.securityEvents();
        else
            QFAIL("unknown op");
    });
    QVERIFY2(error, "a user without ManageUsers administered accounts");
    QCOMPARE(error->code(), DocketError::Code::Forbidden);
    QCOMPARE(a.accountPrint(), before);
}

// Orders for the scope tests: who made them, whom they are assigned to, and
// their channel. Numbers are fixed so the expected sets read plainly.
struct ScopeFixture
{
    Accounts a;
    ScopeFixture()
    {
        OrderStore s = a.orders(a.root);
        auto add = [&](const char* number, const char* channelCode, const char* by, const char* to,
                       bool seen, bool invalid) {
            Order o = draft(QStringLiteral("Customer %1").arg(QLatin1String(number)),
                            QLatin1String(channelCode));
            o.number = QLatin1String(number);
            o.createdBy = QLatin1String(by);
            o.assignedTo = QLatin1String(to);
            const qint64 id = s.create(o);
            if (seen)
                s.markSeen({id});
            if (invalid)
                s.invalidate({id}, QStringLiteral("test"));
        };
        add("A1", "web", "alice", "", false, false);
        add("A2", "retail", "bob", "alice", true, false);
        add("A3", "web", "alice", "", false, true);
        add("B1", "web", "bob", "", false, false);
        add("B2", "retail", "bob", "", false, false);
        add("B3", "phone", "bob", "", true, false);
        add("B4", "app", "carol", "bob", false, false);
    }
};

void TestAccounts::scopeInStores_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("visible"); // valid orders in scope
    QTest::addColumn<int>("newCount");
    QTest::newRow("own") << S("own") << SL({"A1", "A2"}) << 1;
    QTest::newRow("web") << S("channels:web") << SL({"A1", "B1"}) << 2;
    QTest::newRow("web+retail") << S("channels:web,retail") << SL({"A1", "A2", "B1", "B2"}) << 3;
    QTest::newRow("all") << S("all") << SL({"A1", "A2", "B1", "B2", "B3", "B4"}) << 4;
}

void TestAccounts::scopeInStores()
{
    QFETCH(QString, scope);
    QFETCH(QStringList, visible);
    QFETCH(int, newCount);
    ScopeFixture f;
    const Session alice =
        f.a.add(QStringLiteral("alice"), QStringLiteral("clerk"), UserStore::parseScope(scope));
    QCOMPARE(alice.scope().toString(), scope);
    OrderStore store = f.a.orders(alice);

    // The table's rows, its count and the badge.
    OrderSort byNumber{OrderColumn::Number, Qt::AscendingOrder};
    QStringList numbers;
    for (const auto& r : store.page({}, byNumber, 100))
        numbers << r.number;
    QCOMPARE(numbers, visible);
    QCOMPARE(store.count({}), qint64(visible.size()));
    QCOMPARE(store.countNew(), qint64(newCount));
    QCOMPARE(store.idsInRange({}, byNumber, 0, 100).size(), visible.size());

    // Search: a keyword every order matches, and number prefixes.
    OrderFilter search;
    search.keyword = QStringLiteral("customer");
    QCOMPARE(store.count(search), qint64(visible.size()));
    numbers.clear();
    for (const auto& r : store.page(search, byNumber, 100))
        numbers << r.number;
    QCOMPARE(numbers, visible);
    OrderFilter prefix;
    prefix.number = QStringLiteral("B");
    QCOMPARE(store.count(prefix),
             qint64(std::count_if(visible.begin(), visible.end(), [](const QString& n) {
                 return n.startsWith(QLatin1Char('B'));
             })));

    // An order out of scope does not exist: "not found", like a missing one.
    for (const QString& n : SL({"A1", "A2", "B1", "B2", "B3", "B4"})) {
        const auto error = catchError([&] { store.orderByNumber(n); });
        if (visible.contains(n)) {
            QVERIFY2(!error, qPrintable(n));
        } else {
            QVERIFY2(error, qPrintable(n + QStringLiteral(" is out of scope but was found")));
            QCOMPARE(error->code(), DocketError::Code::NotFound);
            const qint64 id =
                test::queryValue(f.a.tdb.connection(),
                                 QStringLiteral("SELECT id FROM orders WHERE number = ?"), {n})
                    .toLongLong();
            QCOMPARE(catchError([&] { store.order(id); })->code(), DocketError::Code::NotFound);
            QVERIFY(!store.summary(id));
        }
    }
}

void TestAccounts::scopeInTableModel_data()
{
    scopeInStores_data();
}

void TestAccounts::scopeInTableModel()
{
    QFETCH(QString, scope);
    QFETCH(QStringList, visible);
    QFETCH(int, newCount);
    ScopeFixture f;
    const Session alice =
        f.a.add(QStringLiteral("alice"), QStringLiteral("clerk"), UserStore::parseScope(scope));

    OrderTableModel model(f.a.tdb.database(), alice);
    model.setSortSpec({OrderColumn::Number, Qt::AscendingOrder});
    QTRY_VERIFY(!model.isLoading() && model.isCountExact());
    QCOMPARE(model.totalCount(), qint64(visible.size()));
    QCOMPARE(model.rowCount(), int(visible.size()));
    QCOMPARE(model.newCount(), qint64(newCount));
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row, 0)); // asks for the page
    QStringList numbers;
    QTRY_VERIFY(model.rowAt(model.rowCount() - 1).has_value());
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.rowAt(row)->number;
    QCOMPARE(numbers, visible);

    // Search in the model stays in scope too.
    OrderFilter search;
    search.keyword = QStringLiteral("customer");
    model.setFilter(search);
    QTRY_VERIFY(!model.isLoading() && model.isCountExact());
    QCOMPARE(model.rowCount(), int(visible.size()));
}

void TestAccounts::scopeLimitsWrites()
{
    ScopeFixture f;
    const Session web = f.a.add(QStringLiteral("wendy"), QStringLiteral("supervisor"),
                                Scope::ofChannels({QStringLiteral("web")}));
    OrderStore store = f.a.orders(web);
    const auto idOf = [&](const char* n) {
        return test::queryValue(f.a.tdb.connection(),
                                QStringLiteral("SELECT id FROM orders WHERE number = ?"),
                                {QString::fromLatin1(n)})
            .toLongLong();
    };
    const QString before = f.a.fingerprint();
    // Out of scope: as if it did not exist, and nothing written.
    QVERIFY(catchError([&] { store.markSeen({idOf("B2")}); }));
    QVERIFY(catchError([&] { store.invalidate({idOf("B3")}, QStringLiteral("x")); }));
    QVERIFY(catchError([&] { store.changeStatus(idOf("B2"), OrderStatus::Paid); }));
    const auto created = catchError(
        [&] { store.create(draft(QStringLiteral("Walk-in"), QStringLiteral("retail"))); });
    QVERIFY(created);
    QCOMPARE(created->code(), DocketError::Code::Forbidden);
    QCOMPARE(f.a.fingerprint(), before);
    // markAllSeen only marks what is in scope: A1, A3 (invalid) and B1.
    QCOMPARE(store.markAllSeen(), 3);
    QCOMPARE(test::queryValue(f.a.tdb.connection(),
                              S("SELECT COUNT(*) FROM orders WHERE seen_at IS NULL"))
                 .toInt(),
             2); // B2 and B4
}

void TestAccounts::scopeInArchive_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("visible"); // archived orders in scope
    QTest::newRow("own") << S("own") << SL({"A1", "A2", "A3"});
    QTest::newRow("web") << S("channels:web") << SL({"A1", "A3", "B1"});
    QTest::newRow("web+retail") << S("channels:web,retail") << SL({"A1", "A2", "A3", "B1", "B2"});
    QTest::newRow("all") << S("all") << SL({"A1", "A2", "A3", "B1", "B2", "B3", "B4"});
}

// The archive follows the session's scope like the orders: out of scope, an
// archived order is neither listed nor restored ("not found").
void TestAccounts::scopeInArchive()
{
    QFETCH(QString, scope);
    QFETCH(QStringList, visible);
    ScopeFixture f;
    {
        OrderStore root = f.a.orders(f.a.root);
        QList<qint64> all;
        QSqlQuery q = sql::run(f.a.tdb.connection(), S("SELECT id FROM orders ORDER BY id"));
        while (q.next())
            all << q.value(0).toLongLong();
        root.invalidate(all, QStringLiteral("archive test"));
        QCOMPARE(root.deleteInvalid(all), 7);
    }
    const Session alice = f.a.add(QStringLiteral("alice"), QStringLiteral("supervisor"),
                                  UserStore::parseScope(scope));
    OrderStore store = f.a.orders(alice);
    QStringList listed;
    for (const ArchivedOrder& a : store.archived())
        listed << a.number;
    listed.sort();
    QCOMPARE(listed, visible);
    // A number prefix stays in scope too.
    listed.clear();
    for (const ArchivedOrder& a : store.archived(QStringLiteral("B")))
        listed << a.number;
    listed.sort();
    QStringList visibleB = visible.filter(QRegularExpression(QStringLiteral("^B")));
    QCOMPARE(listed, visibleB);

    const QList<ArchivedOrder> everything = f.a.orders(f.a.root).archived();
    QCOMPARE(everything.size(), 7);
    for (const ArchivedOrder& a : everything) {
        if (visible.contains(a.number))
            continue;
        const QString before = f.a.fingerprint();
        const auto error = catchError([&] { store.restore(a.id); });
        QVERIFY2(error, qPrintable(a.number + QStringLiteral(" is out of scope but was restored")));
        QCOMPARE(error->code(), DocketError::Code::NotFound);
        QCOMPARE(f.a.fingerprint(), before);
    }
    // In scope: restored.
    for (const ArchivedOrder& a : everything)
        if (a.number == visible.first()) {
            const qint64 id = store.restore(a.id);
            QCOMPARE(store.order(id).number, visible.first());
        }
}

void TestAccounts::passwordHash()
{
    const QString h1 = password::hash(kPassword, HashStrength::Minimum);
    const QString h2 = password::hash(kPassword, HashStrength::Minimum);
    QVERIFY2(h1.startsWith(QStringLiteral("$argon2id$")), qPrintable(h1));
    QVERIFY2(h1 != h2, "two hashes of one password share a salt");
    QVERIFY(!h1.contains(kPassword));
    QVERIFY(password::verify(h1, kPassword));
    QVERIFY(password::verify(h2, kPassword));
    QVERIFY(!password::verify(h1, QStringLiteral("correct horse ")));
    QVERIFY(!password::verify(h1, QString()));
    QVERIFY(!password::verify(QStringLiteral("garbage"), kPassword));
    QVERIFY(password::verify(password::hash(QStringLiteral("пароль密码"), HashStrength::Minimum),
                             QStringLiteral("пароль密码")));
    QVERIFY(!password::needsRehash(h1, HashStrength::Minimum));
    QVERIFY(password::needsRehash(h1, HashStrength::Interactive));
}

void TestAccounts::firstAdministrator()
{
    TestDb tdb;
    UserStore us(tdb.connection(), {}, fastPolicy());
    QVERIFY(!us.hasUsers());
    const auto bad = catchError(
        [&] { us.createFirstAdministrator(QStringLiteral("root"), {}, QStringLiteral("short")); });
    QVERIFY(bad);
    QCOMPARE(bad->code(), DocketError::Code::Invalid);
    QCOMPARE(bad->field(), QStringLiteral("password"));
    QVERIFY(!us.hasUsers());

    const Session root =
        us.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("The Root"), kPassword);
    QVERIFY(us.hasUsers());
    QVERIFY(root.can(Permission::ManageUsers));
    QCOMPARE(root.scope(), Scope::all());
    const auto second =
        catchError([&] { us.createFirstAdministrator(QStringLiteral("eve"), {}, kPassword); });
    QVERIFY(second);
    QCOMPARE(second->code(), DocketError::Code::Conflict);
    // Signs in, in any letter case.
    QCOMPARE(us.authenticate(QStringLiteral("ROOT"), kPassword).userName(), QStringLiteral("root"));
    UserStore admin(tdb.connection(), root, fastPolicy());
    QCOMPARE(admin.users().size(), 1);
    QCOMPARE(admin.users().first().displayName, QStringLiteral("The Root"));
}

void TestAccounts::wrongPassword()
{
    Accounts a;
    a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    UserStore us = a.store();
    const auto wrong =
        catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("nope")); });
    QVERIFY(wrong);
    QCOMPARE(wrong->code(), DocketError::Code::Forbidden);
    // An unknown user gets the same answer: no hint which names exist.
    const auto unknown =
        catchError([&] { us.authenticate(QStringLiteral("nobody"), QStringLiteral("nope")); });
    QVERIFY(unknown);
    QCOMPARE(unknown->code(), DocketError::Code::Forbidden);
    QCOMPARE(unknown->message(), wrong->message());
    const auto empty = catchError([&] { us.authenticate(QStringLiteral("  "), kPassword); });
    QCOMPARE(empty->code(), DocketError::Code::Invalid);

    QCOMPARE(a.admin().user(QStringLiteral("alice")).failedAttempts, 1);
    const auto failures = a.events(QStringLiteral("sign_in_failed"));
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures[0].target, QStringLiteral("nobody"));
    QCOMPARE(failures[1].target, QStringLiteral("alice"));
    QCOMPARE(failures[1].at, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
    QVERIFY(!a.events(QStringLiteral("sign_in")).isEmpty());
}

void TestAccounts::lockoutAndExpiry()
{
    Accounts a;
    a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    UserStore us = a.store();
    const AccountPolicy policy = us.policy();
    QCOMPARE(policy.maxFailedAttempts, 5);
    QCOMPARE(policy.lockoutSeconds, qint64(15 * 60));

    for (int i = 1; i < 5; ++i) {
        const auto e =
            catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("bad")); });
        QVERIFY(!e->message().contains(QStringLiteral("locked")));
        a.clock += 10;
    }
    QVERIFY(a.events(QStringLiteral("lockout")).isEmpty());
    const qint64 fifthAt = a.clock;
    const auto fifth =
        catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("bad")); });
    QCOMPARE(fifth->code(), DocketError::Code::Forbidden);
    QVERIFY2(fifth->message().contains(QStringLiteral("locked until")),
             qPrintable(fifth->message()));
    QCOMPARE(a.events(QStringLiteral("lockout")).size(), 1);
    QCOMPARE(a.admin().user(QStringLiteral("alice")).lockedUntil,
             QDateTime::fromSecsSinceEpoch(fifthAt + 15 * 60, Qt::UTC));

    // While locked even the right password is refused, and says until when.
    a.clock = fifthAt + 15 * 60 - 1;
    const auto locked = catchError([&] { us.authenticate(QStringLiteral("alice"), kPassword); });
    QVERIFY(locked);
    QCOMPARE(locked->code(), DocketError::Code::Forbidden);
    const QString until = QLocale().toString(
        QDateTime::fromSecsSinceEpoch(fifthAt + 15 * 60).toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(locked->message().contains(until), qPrintable(locked->message()));

    // Once the time is up, the right password works and the count starts over.
    a.clock = fifthAt + 15 * 60;
    DOCKET_NO_THROW(us.authenticate(QStringLiteral("alice"), kPassword));
    const UserInfo after = a.admin().user(QStringLiteral("alice"));
    QCOMPARE(after.failedAttempts, 0);
    QVERIFY(!after.lockedUntil.isValid());
    const auto once =
        catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("bad")); });
    QVERIFY(!once->message().contains(QStringLiteral("locked")));
}

void TestAccounts::lockoutIsConfigurable()
{
    Accounts a;
    a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    AccountPolicy p = fastPolicy();
    p.maxFailedAttempts = 2;
    p.lockoutSeconds = 60;
    UserStore us = a.store({}, p);
    QVERIFY(catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("x")); }));
    QVERIFY(catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("x")); }));
    a.clock += 59;
    QVERIFY(catchError([&] { us.authenticate(QStringLiteral("alice"), kPassword); }));
    a.clock += 1;
    DOCKET_NO_THROW(us.authenticate(QStringLiteral("alice"), kPassword));
}

void TestAccounts::successResetsFailureCount()
{
    Accounts a;
    a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    UserStore us = a.store();
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("x")); }));
        DOCKET_NO_THROW(us.authenticate(QStringLiteral("alice"), kPassword));
    }
    QVERIFY(a.events(QStringLiteral("lockout")).isEmpty());
}

void TestAccounts::disabledAccount()
{
    Accounts a;
    const Session alice = a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    a.admin().setDisabled(alice.userId(), true);
    UserStore us = a.store();
    const auto right = catchError([&] { us.authenticate(QStringLiteral("alice"), kPassword); });
    QVERIFY(right);
    QCOMPARE(right->code(), DocketError::Code::Forbidden);
    QVERIFY2(right->message().contains(QStringLiteral("disabled")), qPrintable(right->message()));
    // A wrong password does not tell a guesser the account is disabled.
    const auto wrong =
        catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("x")); });
    QVERIFY(!wrong->message().contains(QStringLiteral("disabled")));
    // A disabled account cannot change its password with an old session either.
    UserStore own = a.store(alice);
    QCOMPARE(catchError([&] {
                 own.changeOwnPassword(kPassword, QStringLiteral("new password 1"));
             })->code(),
             DocketError::Code::Forbidden);
    QVERIFY(catchError([&] { own.refreshedSession(); }));

    a.admin().setDisabled(alice.userId(), false);
    DOCKET_NO_THROW(us.authenticate(QStringLiteral("alice"), kPassword));
    const auto log = a.events(QStringLiteral("user_disabled"));
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().actor, QStringLiteral("root"));
    QCOMPARE(log.first().target, QStringLiteral("alice"));
    QCOMPARE(a.events(QStringLiteral("user_enabled")).size(), 1);
}

void TestAccounts::changeOwnPassword()
{
    Accounts a;
    const Session alice = a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    UserStore own = a.store(alice);
    const auto wrongOld = catchError(
        [&] { own.changeOwnPassword(QStringLiteral("guess"), QStringLiteral("new password 1")); });
    QCOMPARE(wrongOld->code(), DocketError::Code::Forbidden);
    QCOMPARE(wrongOld->field(), QStringLiteral("old_password"));
    QCOMPARE(a.events(QStringLiteral("password_change_failed")).size(), 1);
    const auto shortNew =
        catchError([&] { own.changeOwnPassword(kPassword, QStringLiteral("short")); });
    QCOMPARE(shortNew->code(), DocketError::Code::Invalid);
    QCOMPARE(shortNew->field(), QStringLiteral("new_password"));
    QCOMPARE(catchError([&] { own.changeOwnPassword(kPassword, kPassword); })->code(),
             DocketError::Code::Invalid);

    a.clock += 100;
    own.changeOwnPassword(kPassword, QStringLiteral("new password 1"));
    UserStore us = a.store();
    QVERIFY(catchError([&] { us.authenticate(QStringLiteral("alice"), kPassword); }));
    DOCKET_NO_THROW(us.authenticate(QStringLiteral("alice"), QStringLiteral("new password 1")));
    QCOMPARE(a.admin().user(alice.userId()).passwordChangedAt,
             QDateTime::fromSecsSinceEpoch(kNow + 100, Qt::UTC));
    QCOMPARE(a.events(QStringLiteral("password_changed")).size(), 1);
}

void TestAccounts::adminResetsPasswordAndUnlocks()
{
    Accounts a;
    const Session alice = a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    UserStore us = a.store();
    for (int i = 0; i < 5; ++i)
        QVERIFY(catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("x")); }));
    QVERIFY(a.admin().user(alice.userId()).isLocked(QDateTime::fromSecsSinceEpoch(a.clock)));
    a.admin().unlock(alice.userId());
    DOCKET_NO_THROW(us.authenticate(QStringLiteral("alice"), kPassword));
    QCOMPARE(a.events(QStringLiteral("user_unlocked")).size(), 1);

    for (int i = 0; i < 5; ++i)
        QVERIFY(catchError([&] { us.authenticate(QStringLiteral("alice"), QStringLiteral("x")); }));
    a.admin().resetPassword(alice.userId(), QStringLiteral("fresh password"));
    QVERIFY(catchError([&] { us.authenticate(QStringLiteral("alice"), kPassword); }));
    DOCKET_NO_THROW(us.authenticate(QStringLiteral("alice"), QStringLiteral("fresh password")));
    const auto resets = a.events(QStringLiteral("password_reset"));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(resets.first().actor, QStringLiteral("root"));
    QCOMPARE(resets.first().target, QStringLiteral("alice"));
    // The log never holds a password.
    for (const auto& e : a.admin().securityEvents())
        for (const QString& text : {e.oldValue, e.newValue, e.note})
            QVERIFY(!text.contains(QStringLiteral("fresh password")) && !text.contains(kPassword));
}

void TestAccounts::rehashWhenCostsRise()
{
    Accounts a;
    a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    const auto hashOf = [&] {
        return test::queryValue(a.tdb.connection(),
                                QStringLiteral("SELECT password_hash FROM users WHERE name = ?"),
                                {QStringLiteral("alice")})
            .toString();
    };
    const QString weak = hashOf();
    QVERIFY(password::needsRehash(weak, HashStrength::Interactive));
    AccountPolicy strong;
    UserStore us = a.store({}, strong);
    DOCKET_NO_THROW(us.authenticate(QStringLiteral("alice"), kPassword));
    const QString rehashed = hashOf();
    QVERIFY(rehashed != weak);
    QVERIFY(!password::needsRehash(rehashed, HashStrength::Interactive));
    QVERIFY(password::verify(rehashed, kPassword));
}

void TestAccounts::adminChangesAreAudited()
{
    Accounts a;
    const Session alice = a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    UserStore admin = a.admin();
    const auto created = a.events(QStringLiteral("user_created"));
    QCOMPARE(created.size(), 2); // root (first administrator) and alice
    QCOMPARE(created.first().target, QStringLiteral("alice"));
    QCOMPARE(created.first().actor, QStringLiteral("root"));
    QVERIFY(created.first().newValue.contains(QStringLiteral("role=clerk")));

    a.clock += 60;
    admin.setRole(alice.userId(), QStringLiteral("supervisor"));
    auto roleEvents = a.events(QStringLiteral("role_assigned"));
    QCOMPARE(roleEvents.size(), 1);
    QCOMPARE(roleEvents.first().actor, QStringLiteral("root"));
    QCOMPARE(roleEvents.first().target, QStringLiteral("alice"));
    QCOMPARE(roleEvents.first().oldValue, QStringLiteral("clerk"));
    QCOMPARE(roleEvents.first().newValue, QStringLiteral("supervisor"));
    QCOMPARE(roleEvents.first().at, QDateTime::fromSecsSinceEpoch(kNow + 60, Qt::UTC));
    // Same role again: nothing to record.
    admin.setRole(alice.userId(), QStringLiteral("supervisor"));
    QCOMPARE(a.events(QStringLiteral("role_assigned")).size(), 1);

    admin.setScope(alice.userId(),
                   Scope::ofChannels({QStringLiteral("web"), QStringLiteral("app")}));
    const auto scopeEvents = a.events(QStringLiteral("scope_changed"));
    QCOMPARE(scopeEvents.size(), 1);
    QCOMPARE(scopeEvents.first().oldValue, QStringLiteral("all"));
    QCOMPARE(scopeEvents.first().newValue, QStringLiteral("channels:web,app"));

    // The next sign-in carries the new rights.
    const Session again = a.store().authenticate(QStringLiteral("alice"), kPassword);
    QVERIFY(again.can(Permission::Invalidate));
    QCOMPARE(again.scope(), Scope::ofChannels({QStringLiteral("web"), QStringLiteral("app")}));

    const auto unknownRole =
        catchError([&] { admin.setRole(alice.userId(), QStringLiteral("wizard")); });
    QCOMPARE(unknownRole->code(), DocketError::Code::NotFound);
    const auto unknownUser = catchError([&] { admin.setScope(4242, Scope::own()); });
    QCOMPARE(unknownUser->code(), DocketError::Code::NotFound);
}

void TestAccounts::customRoles()
{
    Accounts a;
    UserStore admin = a.admin();
    const qint64 id = admin.createRole(QStringLiteral("Night shift"), QStringLiteral("reads only"),
                                       setOf({Permission::ViewOrders}));
    QCOMPARE(catchError([&] { admin.createRole(QStringLiteral("night SHIFT"), {}, {}); })->code(),
             DocketError::Code::Conflict);
    const Session nina = a.add(QStringLiteral("nina"), QStringLiteral("night shift"), Scope::own());
    QCOMPARE(nina.permissions(), setOf({Permission::ViewOrders}));
    QCOMPARE(a.orders(nina).count({}), qint64(0));
    QCOMPARE(catchError([&] { a.orders(nina).markAllSeen(); })->code(),
             DocketError::Code::Forbidden);

    a.clock += 5;
    admin.setRolePermissions(id, setOf({Permission::ViewOrders, Permission::MarkSeen}));
    const auto changes = a.events(QStringLiteral("role_permissions_changed"));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().actor, QStringLiteral("root"));
    QCOMPARE(changes.first().target, QStringLiteral("Night shift"));
    QCOMPARE(changes.first().oldValue, QStringLiteral("view_orders"));
    QCOMPARE(changes.first().newValue, QStringLiteral("view_orders, mark_seen"));
    const Session nina2 = a.store().authenticate(QStringLiteral("nina"), kPassword);
    DOCKET_NO_THROW(a.orders(nina2).markAllSeen());

    // Built-in roles are read-only.
    const RoleInfo clerk = admin.role(QStringLiteral("clerk"));
    const QString before = a.accountPrint();
    const auto builtIn =
        catchError([&] { admin.setRolePermissions(clerk.id, setOf({Permission::ManageUsers})); });
    QCOMPARE(builtIn->code(), DocketError::Code::Invalid);
    QCOMPARE(catchError([&] { admin.deleteRole(clerk.id); })->code(), DocketError::Code::Invalid);
    // A role in use cannot go.
    QCOMPARE(catchError([&] { admin.deleteRole(id); })->code(), DocketError::Code::Conflict);
    QCOMPARE(a.accountPrint(), before);

    admin.setRole(nina.userId(), QStringLiteral("clerk"));
    admin.deleteRole(id);
    QCOMPARE(admin.roles().size(), 4);
    QCOMPARE(a.events(QStringLiteral("role_deleted")).size(), 1);
    QCOMPARE(a.events(QStringLiteral("role_created")).size(), 1);
}

void TestAccounts::lastAdministratorIsKept()
{
    Accounts a;
    UserStore admin = a.admin();
    const QString before = a.accountPrint();
    QCOMPARE(catchError([&] { admin.setDisabled(a.root.userId(), true); })->code(),
             DocketError::Code::Invalid);
    QCOMPARE(catchError([&] { admin.setRole(a.root.userId(), QStringLiteral("clerk")); })->code(),
             DocketError::Code::Conflict);
    QCOMPARE(a.accountPrint(), before);

    // A custom administrator role that loses manage_users is held to the same rule.
    const qint64 boss = admin.createRole(QStringLiteral("boss"), {},
                                         setOf({Permission::ManageUsers, Permission::ViewOrders}));
    const Session second = a.add(QStringLiteral("second"), QStringLiteral("boss"));
    admin.setRole(a.root.userId(), QStringLiteral("clerk")); // second still manages users
    UserStore secondAdmin = a.store(second);
    const QString mid = a.accountPrint();
    QCOMPARE(catchError([&] {
                 secondAdmin.setRolePermissions(boss, setOf({Permission::ViewOrders}));
             })->code(),
             DocketError::Code::Conflict);
    QCOMPARE(a.accountPrint(), mid);
}

void TestAccounts::staleAdminSessionIsRefused()
{
    Accounts a;
    const Session second = a.add(QStringLiteral("second"), QStringLiteral("administrator"));
    UserStore secondAdmin = a.store(second);
    DOCKET_NO_THROW(secondAdmin.users());
    a.admin().setRole(second.userId(), QStringLiteral("clerk"));
    // Their old session still lists ManageUsers, but the store asks the database.
    QVERIFY(second.can(Permission::ManageUsers));
    const QString before = a.accountPrint();
    const auto error = catchError([&] {
        secondAdmin.addUser({QStringLiteral("sneaky"),
                             {},
                             kPassword,
                             QStringLiteral("administrator"),
                             Scope::all()});
    });
    QVERIFY(error);
    QCOMPARE(error->code(), DocketError::Code::Forbidden);
    QCOMPARE(a.accountPrint(), before);
}

void TestAccounts::refreshedSessionFollowsChanges()
{
    Accounts a;
    const Session alice = a.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    a.admin().setRole(alice.userId(), QStringLiteral("manager"));
    a.admin().setScope(alice.userId(), Scope::own());
    const Session now = a.store(alice).refreshedSession();
    QCOMPARE(now.roleName(), QStringLiteral("manager"));
    QVERIFY(!now.can(Permission::EditOrders));
    QCOMPARE(now.scope(), Scope::own());
}

void TestAccounts::securityLogFilter()
{
    Accounts a;
    a.add(QStringLiteral("alice"), QStringLiteral("clerk")); // day 0
    a.clock += 86400 * 3;
    a.add(QStringLiteral("bob"), QStringLiteral("clerk")); // day 3
    QVERIFY(
        catchError([&] { a.store().authenticate(QStringLiteral("bob"), QStringLiteral("x")); }));

    UserStore admin = a.admin();
    SecurityEventFilter byBob;
    byBob.user = QStringLiteral("BOB");
    for (const auto& e : admin.securityEvents(byBob))
        QVERIFY(e.actor == QLatin1String("bob") || e.target == QLatin1String("bob"));
    QCOMPARE(admin.securityEvents(byBob).size(), 3); // created, signed in, refused

    SecurityEventFilter failed;
    failed.kind = QStringLiteral("sign_in_failed");
    QCOMPARE(admin.securityEvents(failed).size(), 1);

    SecurityEventFilter early;
    early.timeZone = QTimeZone::utc();
    early.to = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC).date();
    for (const auto& e : admin.securityEvents(early))
        QVERIFY(e.at.toSecsSinceEpoch() < kNow + 86400);
    QVERIFY(!admin.securityEvents(early).isEmpty());
    SecurityEventFilter late = early;
    late.to = {};
    late.from = early.to.addDays(1);
    const auto lateEvents = admin.securityEvents(late);
    QCOMPARE(lateEvents.size(), 3);
    // Newest first.
    QVERIFY(lateEvents.first().id > lateEvents.last().id);

    SecurityEventFilter backwards = early;
    backwards.from = early.to.addDays(2);
    QCOMPARE(catchError([&] { admin.securityEvents(backwards); })->code(),
             DocketError::Code::Invalid);
    QVERIFY(!securityevent::kindLabel(QStringLiteral("lockout")).isEmpty());
    QVERIFY(securityevent::kinds().contains(QStringLiteral("role_permissions_changed")));
}

void TestAccounts::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pw");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("code");
    const int invalid = int(DocketError::Code::Invalid);
    QTest::newRow("empty name") << S("") << S("long enough") << S("clerk") << S("name") << invalid;
    QTest::newRow("space in name")
        << S("al ice") << S("long enough") << S("clerk") << S("name") << invalid;
    QTest::newRow("short password")
        << S("alice") << S("short") << S("clerk") << S("password") << invalid;
    QTest::newRow("unknown role") << S("alice") << S("long enough") << S("wizard") << S("role")
                                  << int(DocketError::Code::NotFound);
    QTest::newRow("taken name") << S("ROOT") << S("long enough") << S("clerk") << S("name")
                                << int(DocketError::Code::Conflict);
}

void TestAccounts::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, pw);
    QFETCH(QString, role);
    QFETCH(QString, field);
    QFETCH(int, code);
    Accounts a;
    const QString before = a.accountPrint();
    const auto error = catchError([&] { a.admin().addUser({name, {}, pw, role, Scope::all()}); });
    QVERIFY(error);
    QCOMPARE(int(error->code()), code);
    QCOMPARE(error->field(), field);
    QVERIFY(!error->message().isEmpty());
    QCOMPARE(a.accountPrint(), before);
    // Non-ASCII names are fine.
    DOCKET_NO_THROW(a.admin().addUser(
        {QStringLiteral("李娜"), {}, kPassword, QStringLiteral("clerk"), Scope::all()}));
}

void TestAccounts::parseScope_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normal");
    QTest::newRow("all") << S("all") << true << S("all");
    QTest::newRow("own") << S(" OWN ") << true << S("own");
    QTest::newRow("channels") << S("channels:web,retail") << true << S("channels:web,retail");
    QTest::newRow("dup") << S("channels:web, web") << true << S("channels:web");
    QTest::newRow("unknown channel") << S("channels:moon") << false << QString();
    QTest::newRow("no channel") << S("channels:") << false << QString();
    QTest::newRow("garbage") << S("everything") << false << QString();
}

void TestAccounts::parseScope()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normal);
    const auto error = catchError([&] { UserStore::parseScope(text); });
    QCOMPARE(!error, valid);
    if (valid)
        QCOMPARE(UserStore::parseScope(text).toString(), normal);
    else
        QCOMPARE(error->field(), QStringLiteral("scope"));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
