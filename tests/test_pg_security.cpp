// The attack suite of team mode (issue 11; SECURITY.md): Docket users who
// connect to the PostgreSQL server with their own login and password, as
// psql would, and try everything to read or change more than Docket lets
// them. A channel-scoped clerk, a manager and an own-scope supervisor each
// run, on real libpq connections with their own passwords:
//
//   * the statements of the issue that once succeeded (role escalation
//     through docket_sync_login, a temporary pg_roles, docket_lines_text,
//     direct DML that skipped the desk's rules, forged security events, a
//     reset of the lockout counters);
//   * every function of Docket's schema, enumerated from pg_proc, with
//     hostile arguments (other scopes' orders, the administrator's account,
//     forged order JSON, injection text, NULLs of every type);
//   * shadowing: temporary tables named like every table and catalogue view
//     the functions read, temporary functions named like theirs, pg_temp
//     first in the search path;
//   * every docket.* setting, then the writes the login may make;
//   * INSERT, UPDATE of every column, DELETE and TRUNCATE on every table;
//     SELECT on every table; COPY to and from; DDL, GRANT, SET ROLE, SET
//     SESSION AUTHORIZATION, ALTER ROLE;
//   * forged NOTIFYs to an open desk.
//
// Passes only when every attempt is refused or changes nothing (the whole
// database, the server's roles, passwords and memberships, the schema's
// functions, privileges and policies are fingerprinted before and after),
// no answer holds anything of an order outside the login's scope, and the
// audit trail of what the login may do names the login at the server's
// clock. Also: the server's workflow table equals the desk's, every function
// is hardened, and a database of the previous schema upgrades in place.
// Skipped without DOCKET_TEST_PG.

#include "db/sql.h"
#include "items/ordertablemodel.h"
#include "stores/apikeystore.h"
#include "stores/databaselogin.h"
#include "stores/fulfilmentstore.h"
#include "stores/intakestore.h"
#include "stores/invoicestore.h"
#include "stores/orderstore.h"
#include "stores/returnstore.h"
#include "stores/reviewstore.h"
#include "stores/serviceaccount.h"
#include "stores/userstore.h"
#include "stores/webhookstore.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace docket;
using namespace docket::test;

namespace {

constexpr int kWait = 15000;

// A connection of a login (a real libpq session with the login's password).
class Login
{
public:
    Login(const DatabaseConfig& server, const QString& user, const QString& password)
        : m_name(QStringLiteral("login-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.databaseName);
        db.setUserName(user);
        db.setPassword(password);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Login()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Login(const Login&) = delete;
    Login& operator=(const Login&) = delete;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    struct Result
    {
        bool ok = false;
        QString error;
        QString text; // every row, columns joined by '|', rows by '\n'
    };
    // One statement (or several separated by ';'), as a simple query.
    Result exec(const QString& statement) const
    {
        QSqlQuery q(db());
        Result r;
        r.ok = q.exec(statement);
        if (!r.ok) {
            r.error = q.lastError().text();
            return r;
        }
        QStringList rows;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            rows << cols.join(QLatin1Char('|'));
        }
        r.text = rows.join(QLatin1Char('\n'));
        return r;
    }
    // In a transaction of its own, rolled back after an error. Statements
    // separated by "; " run one after the other (the driver would run only the
    // first of several in one string), up to the first that fails; the result
    // is the last one's.
    Result attempt(const QString& statements) const
    {
        exec(QStringLiteral("ROLLBACK"));
        exec(QStringLiteral("BEGIN"));
        Result r;
        for (const QString& s : statements.split(QStringLiteral("; "))) {
            r = exec(s);
            if (!r.ok)
                break;
        }
        const Result end = exec(r.ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        if (r.ok && !end.ok)
            return end;
        return r;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QString sqlText(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString idArray(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return QStringLiteral("ARRAY[%1]::bigint[]").arg(parts.join(QLatin1Char(',')));
}

QVariant value(const QSqlDatabase& db, const QString& text, const QVariantList& binds = {})
{
    return queryValue(db, text, binds);
}

// Everything a login could change or gain, as the owner sees it: every
// table's rows, the server's roles of this test (attributes, passwords,
// memberships), the schema's functions (body, settings, privileges), table
// privileges and policies, the database's privileges.
QString worldFingerprint(const QSqlDatabase& owner, const QString& suffix)
{
    const QString tables =
        QStringLiteral("orders,order_lines,order_events,order_archive,users,roles,role_permissions,"
                       "security_events,sales_orders,sales_region,sales_product,products,customers,"
                       "schema_version,order_status_moves,sales_channels,docket_login_functions,"
                       "api_keys,api_calls,intake_channels,order_sources,intake_log,"
                       "webhook_subscriptions,outbox_events,webhook_deliveries,webhook_attempts,"
                       "idempotency_keys,"
                       "invoices,invoice_counter,"
                       "warehouses,channel_warehouses,stock_levels,product_stock,stock_movements,"
                       "stock_reservations,stock_daily,stock_suspend,stocktakes,stocktake_lines,"
                       "transfers,transfer_lines,returns,return_lines,order_feedback");
    QStringList parts;
    for (const QString& t : tables.split(QLatin1Char(',')))
        parts << QStringLiteral("SELECT '%1:' || COALESCE(md5(string_agg(x::text, ',' ORDER BY "
                                "x::text)), '') FROM %1 x")
                     .arg(t);
    parts << QStringLiteral(
                 "SELECT 'roles:' || string_agg(concat_ws('/', rolname, rolsuper, rolinherit, "
                 "rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls, "
                 "rolpassword), ',' ORDER BY rolname) FROM pg_authid WHERE rolname LIKE '%%1' OR "
                 "rolname LIKE 'docket\\_%' OR rolname = session_user")
                 .arg(suffix);
    parts << QStringLiteral(
                 "SELECT 'members:' || COALESCE(string_agg(concat_ws('/', g.rolname, m.rolname, "
                 "a.admin_option), ',' ORDER BY g.rolname, m.rolname), '') FROM pg_auth_members a "
                 "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE "
                 "m.rolname LIKE '%%1' OR m.rolname LIKE 'docket\\_%' OR g.rolname LIKE '%%1'")
                 .arg(suffix);
    parts << QStringLiteral(
        "SELECT 'functions:' || md5(string_agg(concat_ws('/', p.oid::regprocedure, md5(p.prosrc), "
        "p.proconfig, p.proacl, p.prosecdef, p.proowner), ',' ORDER BY "
        "p.oid::regprocedure::text)) FROM pg_proc p WHERE p.pronamespace = "
        "current_schema()::regnamespace");
    parts << QStringLiteral(
        "SELECT 'classes:' || md5(string_agg(concat_ws('/', c.relname, c.relkind, c.relacl, "
        "c.relrowsecurity, c.relforcerowsecurity, c.relowner, c.relnatts), ',' ORDER BY "
        "c.relname)) FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace");
    parts << QStringLiteral(
        "SELECT 'policies:' || md5(string_agg(concat_ws('/', p.polname, p.polcmd, p.polroles, "
        "pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)), ',' ORDER "
        "BY p.polname)) FROM pg_policy p");
    parts << QStringLiteral(
        "SELECT 'triggers:' || md5(string_agg(concat_ws('/', t.tgname, t.tgenabled, t.tgfoid), "
        "',' ORDER BY t.tgname)) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE "
        "c.relnamespace = current_schema()::regnamespace");
    parts << QStringLiteral("SELECT 'database:' || COALESCE(datacl::text, '') FROM pg_database "
                            "WHERE datname = current_database()");
    parts << QStringLiteral("SELECT 'namespaces:' || string_agg(concat_ws('/', nspname, nspacl), "
                            "',' ORDER BY nspname) FROM pg_namespace WHERE nspname NOT LIKE "
                            "'pg\\_%'");
    QSqlQuery q(owner);
    QString out;
    for (const QString& p : parts) {
        if (!q.exec(p))
            return QStringLiteral("error: ") + q.lastError().text() + QStringLiteral(" in ") + p;
        if (q.next())
            out += q.value(0).toString() + QLatin1Char('\n');
    }
    return out;
}

// Which lines of two fingerprints differ (for a readable failure).
QString diff(const QString& a, const QString& b)
{
    const QStringList la = a.split(QLatin1Char('\n'));
    const QStringList lb = b.split(QLatin1Char('\n'));
    QStringList out;
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i)
        if (la.value(i) != lb.value(i))
            out << la.value(i).section(QLatin1Char(':'), 0, 0);
    return out.join(QStringLiteral(", "));
}

struct Attacker
{
    QString label;
    QString name;
    QString password;
    QList<qint64> inScope;  // order ids Docket shows it
    QList<qint64> outScope; // every other order
    QStringList secrets;    // text of the orders outside its scope, others' secrets
};

} // namespace

class TestPgSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void issueStatementsAreRefused();
    void everyFunctionWithHostileArguments();
    void shadowingChangesNothing();
    void settingsAreNotTrusted();
    void noTableIsWritable();
    void readsStayInScope();
    void copyAndDdlAreRefused();
    void forgedNotificationsShowNothingMore();
    void allowedWritesAreAuditedAsTheLogin();
    void unseeTakesBackOnlyTheLoginsOwnMark();
    void administratorCannotTakeOverServerRoles();
    void workflowMatchesTheDesk();
    void everyFunctionIsHardened();
    void serviceAccountsAreTrusted();
    void previousSchemaUpgradesInPlace();
    void gatewayServiceAccountHoldsLittle();
    void aReturnsRefundIsPaidBackByTheServer();
    void commitMarksAreTheLoginsOwn();

private:
    void checkWorld(const char* where);
    QList<Attacker> attackers() const { return {m_clerk, m_manager, m_supervisor}; }
    void noSecrets(const Attacker& a, const QString& text, const QString& what);

    std::unique_ptr<TestDb> m_db;
    DatabaseConfig m_server;
    QString m_suffix;
    QString m_adminName;
    qint64 m_adminId = 0;
    qint64 m_archiveId = 0;
    QList<qint64> m_web, m_retail, m_supervisorOwn;
    Attacker m_clerk, m_manager, m_supervisor;
    QString m_baseline;
    QString m_keyHash;
};

void TestPgSecurity::initTestCase()
{
    if (!testBackends().contains(Backend::PostgreSQL))
        QSKIP("DOCKET_TEST_PG is not set: no PostgreSQL server to attack.");
    m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
}

void TestPgSecurity::cleanupTestCase()
{
    m_db.reset();
    // Logins outlive a database (roles belong to the server).
    if (m_suffix.isEmpty() || !testBackends().contains(Backend::PostgreSQL))
        return;
    QStringList names;
    for (const QString& who :
         {QStringLiteral("adm_"), QStringLiteral("clk_"), QStringLiteral("mgr_"),
          QStringLiteral("sup_"), QStringLiteral("oldclerk_"), QStringLiteral("outsider_"),
          QStringLiteral("svc_")})
        names << who + m_suffix;
    dropServerRoles(names);
}

// A fresh database for each test: orders of two channels, an own-scope
// supervisor's orders, an archived order, an administrator and the three
// attackers; everything seen (so that marking "all" seen is a no-op).
void TestPgSecurity::init()
{
    m_db.reset();
    try {
        m_db = std::make_unique<TestDb>(Backend::PostgreSQL, TestDb::Setup::Migrate);
    } catch (const DocketError& e) {
        QFAIL(qPrintable(e.message()));
    }
    m_server = m_db->config();
    const QSqlDatabase owner = m_db->connection();
    m_adminName = QStringLiteral("adm_") + m_suffix;
    m_clerk = {QStringLiteral("clerk"),
               QStringLiteral("clk_") + m_suffix,
               QStringLiteral("clerk-") + m_suffix,
               {},
               {},
               {}};
    m_manager = {QStringLiteral("manager"),
                 QStringLiteral("mgr_") + m_suffix,
                 QStringLiteral("manager-") + m_suffix,
                 {},
                 {},
                 {}};
    m_supervisor = {QStringLiteral("own-scope supervisor"),
                    QStringLiteral("sup_") + m_suffix,
                    QStringLiteral("supervisor-") + m_suffix,
                    {},
                    {},
                    {}};

    OrderStore store = m_db->store();
    OrderStore asSupervisor = m_db->store(adminSession(m_supervisor.name));
    auto order = [](const QString& customer, const QString& channel, const QString& sku) {
        Order o;
        o.customerName = customer;
        o.email = customer.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com");
        o.phone = QStringLiteral("+49 30 ") + QString::number(qHash(customer) % 100000);
        o.channel = channel;
        o.lines << OrderLine{0, 0, sku, QStringLiteral("Item ") + sku, 2, Money(1250)};
        return o;
    };
    m_web.clear();
    m_retail.clear();
    m_supervisorOwn.clear();
    try {
        // Retail first: the small ids the hostile calls try (1, 4, the
        // archive's and the administrator's ids) are then no attacker's
        // orders, so a call that succeeds with them (a comment on an order
        // one may comment on) is not mistaken for a hole.
        for (int i = 0; i < 4; ++i)
            m_retail << store.create(order(QStringLiteral("Retailsecret R%1").arg(i),
                                           QStringLiteral("retail"),
                                           QStringLiteral("SKU-R%1").arg(i)));
        for (int i = 0; i < 4; ++i)
            m_web << store.create(order(QStringLiteral("Webcustomer W%1").arg(i),
                                        QStringLiteral("web"), QStringLiteral("SKU-W%1").arg(i)));
        for (int i = 0; i < 2; ++i)
            m_supervisorOwn << asSupervisor.create(order(QStringLiteral("Ownorder S%1").arg(i),
                                                         QStringLiteral("phone"),
                                                         QStringLiteral("SKU-S%1").arg(i)));
        // Paid by a payment (status follows the records).
        FulfilmentStore payments(owner, adminSession());
        for (qint64 id : {m_web.at(1), m_retail.at(1)})
            payments.addPayment(id, QStringLiteral("card"), store.order(id).total);
        // One archived retail order, made by the owner: outside every scope.
        const qint64 gone = store.create(order(QStringLiteral("Archivedsecret A0"),
                                               QStringLiteral("retail"), QStringLiteral("SKU-A0")));
        store.invalidate({gone}, QStringLiteral("test"));
        store.deleteInvalid({gone});
        m_archiveId =
            value(owner, QStringLiteral("SELECT MAX(id) FROM order_archive")).toLongLong();
        store.markAllSeen();

        // The gateway's secrets (issue 16): a key, a channel's webhook secret,
        // a subscription's signing secret. No login may read or change them.
        const Session local = Session::localUser();
        m_keyHash = QString::fromLatin1(
            QCryptographicHash::hash(
                ApiKeyStore(owner, local)
                    .create(QStringLiteral("attack-key"), QStringLiteral("clerk"), Scope::all(), 60)
                    .key.toUtf8(),
                QCryptographicHash::Sha256)
                .toHex());
        IntakeStore(owner, local)
            .setChannel(QStringLiteral("web"), QStringLiteral("webchannelsecret") + m_suffix,
                        QStringLiteral("refuse"));
        WebhookStore(owner, local)
            .add(QStringLiteral("https://example.invalid/hook"),
                 QStringLiteral("hooksecret") + m_suffix, {});

        AccountPolicy policy;
        policy.strength = HashStrength::Minimum;
        UserStore users(owner, Session::localUser(), policy);
        m_adminId = users.addUser({m_adminName, QStringLiteral("Admin"),
                                   QStringLiteral("admin-") + m_suffix,
                                   QStringLiteral("administrator"), Scope::all()});
        users.addUser({m_clerk.name, QStringLiteral("Clerk"), m_clerk.password,
                       QStringLiteral("clerk"), Scope::ofChannels({QStringLiteral("web")})});
        users.addUser({m_manager.name, QStringLiteral("Manager"), m_manager.password,
                       QStringLiteral("manager"), Scope::all()});
        users.addUser({m_supervisor.name, QStringLiteral("Supervisor"), m_supervisor.password,
                       QStringLiteral("supervisor"), Scope::own()});
    } catch (const DocketError& e) {
        QFAIL(qPrintable(e.message()));
    }

    const QList<qint64> all = m_web + m_retail + m_supervisorOwn;
    auto split = [&](Attacker& a, const QList<qint64>& in) {
        a.inScope = in;
        a.outScope.clear();
        for (qint64 id : all)
            if (!in.contains(id))
                a.outScope << id;
        a.secrets = {QStringLiteral("Archivedsecret"), QStringLiteral("SKU-A0"), m_keyHash,
                     QStringLiteral("webchannelsecret") + m_suffix,
                     QStringLiteral("hooksecret") + m_suffix};
        // Nobody reads another account's password hash.
        QSqlQuery h(owner);
        h.exec(QStringLiteral("SELECT password_hash FROM users WHERE name <> '%1'").arg(a.name));
        while (h.next())
            a.secrets << h.value(0).toString();
        for (qint64 id : a.outScope) {
            a.secrets << value(owner,
                               QStringLiteral("SELECT customer_name FROM orders WHERE id = ?"),
                               {id})
                             .toString();
            a.secrets << value(owner,
                               QStringLiteral("SELECT sku FROM order_lines WHERE order_id = ?"),
                               {id})
                             .toString();
        }
    };
    split(m_clerk, m_web);
    split(m_manager, all);
    split(m_supervisor, m_supervisorOwn);
    // The manager sees every order; what it must not get is others' accounts.
    m_baseline = worldFingerprint(owner, m_suffix);
    QVERIFY2(!m_baseline.startsWith(QLatin1String("error")), qPrintable(m_baseline));
}

void TestPgSecurity::checkWorld(const char* where)
{
    const QString now = worldFingerprint(m_db->connection(), m_suffix);
    QVERIFY2(
        now == m_baseline,
        qPrintable(
            QStringLiteral("%1 changed: %2").arg(QLatin1String(where), diff(m_baseline, now))));
}

void TestPgSecurity::noSecrets(const Attacker& a, const QString& text, const QString& what)
{
    for (const QString& s : a.secrets)
        QVERIFY2(s.isEmpty() || !text.contains(s),
                 qPrintable(QStringLiteral("%1 got \"%2\" through %3").arg(a.label, s, what)));
}

// The eighteen statements of the issue (and their neighbours), as each login.
void TestPgSecurity::issueStatementsAreRefused()
{
    const qint64 adminRole =
        value(m_db->connection(),
              QStringLiteral("SELECT id FROM roles WHERE name = 'administrator'"))
            .toLongLong();
    for (const Attacker& a : attackers()) {
        Login login(m_server, a.name, a.password);
        QVERIFY2(login.isOpen(), qPrintable(login.openError()));
        const qint64 mine = a.inScope.isEmpty() ? 0 : a.inScope.first();
        const qint64 theirs = a.outScope.isEmpty() ? m_web.first() : a.outScope.first();
        const QStringList statements{
            QStringLiteral("SELECT docket_sync_login(%1, %2, 0)")
                .arg(sqlText(a.name))
                .arg(adminRole),
            QStringLiteral("SELECT set_config('docket.new_password', 'taken-over', false); SELECT "
                           "docket_sync_login(%1, %2, 0)")
                .arg(sqlText(m_adminName))
                .arg(adminRole),
            QStringLiteral("SELECT docket_sync_login('newrole_%1', %2, 0)")
                .arg(m_suffix)
                .arg(adminRole),
            QStringLiteral("SELECT docket_sync_login(%1, %2, 1)")
                .arg(sqlText(m_adminName))
                .arg(adminRole),
            QStringLiteral("UPDATE users SET role_id = %1").arg(adminRole),
            QStringLiteral("CREATE TEMP TABLE pg_roles (rolname name, rolsuper boolean); INSERT "
                           "INTO pg_roles VALUES (session_user, true); SET docket.audit = 'off'; "
                           "UPDATE orders SET note = 'mine now' WHERE id = %1")
                .arg(theirs),
            QStringLiteral("SELECT docket_lines_text(%1)").arg(theirs),
            QStringLiteral("UPDATE orders SET total_cents = total_cents + 9999900 WHERE id = %1")
                .arg(mine),
            QStringLiteral("UPDATE orders SET status = 'pending' WHERE id = %1").arg(mine),
            QStringLiteral("UPDATE orders SET status = 'teleported' WHERE id = %1").arg(mine),
            QStringLiteral("UPDATE orders SET seen_at = 1, seen_by = %1 WHERE id = %2")
                .arg(sqlText(m_adminName))
                .arg(mine),
            QStringLiteral("UPDATE orders SET invalid_at = 1, invalid_by = 'x', invalid_reason = "
                           "'x' WHERE id = %1")
                .arg(mine),
            QStringLiteral(
                "INSERT INTO orders(number, customer_name, channel, status, created_at, "
                "updated_at, created_by) VALUES ('FAKE%1', 'Mallory', 'web', 'delivered', "
                "0, 0, %2)")
                .arg(m_suffix, sqlText(m_adminName)),
            QStringLiteral("DELETE FROM order_lines WHERE order_id = %1").arg(mine),
            QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, name, quantity, "
                           "unit_price_cents) VALUES (%1, 9, 'X', 'X', 1, 1)")
                .arg(mine),
            QStringLiteral("INSERT INTO security_events(at, actor, kind, target) VALUES (0, %1, "
                           "'sign_in', %1)")
                .arg(sqlText(m_adminName)),
            QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL"),
            QStringLiteral("SELECT docket_log_security('sign_in', %1, '', '', '')")
                .arg(sqlText(m_adminName)),
            QStringLiteral("SELECT docket_log_security('sign_in', session_user, '', '', '')"),
            QStringLiteral("SELECT docket_set_own_password(%1, '$argon2id$forged', 'forged')")
                .arg(m_adminId),
            QStringLiteral("DELETE FROM order_archive"),
            QStringLiteral("UPDATE order_events SET actor = 'someone else'"),
            QStringLiteral(
                "INSERT INTO role_permissions(role_id, permission) VALUES (1, 'manage_users')"),
            QStringLiteral("SELECT docket_order_restore(%1)").arg(m_archiveId),
            QStringLiteral("SELECT docket_orders_invalidate(%1, 'x')").arg(idArray(a.outScope)),
            QStringLiteral("SET docket.scope = 'all'; SET docket.actor = %1; SELECT "
                           "docket_orders_mark_seen(%2)")
                .arg(sqlText(m_adminName), idArray(a.outScope)),
            QStringLiteral("SELECT docket_order_update(%1, 1, '{\"note\": \"x\"}')").arg(theirs),
            // Making new again orders out of scope, or another user's mark
            // (the actor is the login's own, whatever docket.actor says).
            QStringLiteral("SELECT docket_orders_unsee(%1, 0)").arg(idArray(a.outScope)),
            QStringLiteral("SET docket.actor = %1; SELECT docket_orders_unsee(%2, s.seen_at) FROM "
                           "(SELECT max(seen_at) AS seen_at FROM orders) s")
                .arg(sqlText(m_adminName), idArray(a.outScope)),
            // Its own orders, marked seen by someone else (the owner, in init()).
            QStringLiteral("SELECT docket_orders_unsee(%1, s.seen_at) FROM (SELECT max(seen_at) "
                           "AS seen_at FROM orders) s")
                .arg(idArray(a.inScope)),
        };
        for (const QString& s : statements) {
            const Login::Result r = login.attempt(s);
            noSecrets(a, r.text, s);
            // Refused, or (a scope that hides every row) nothing was there to change.
            if (r.ok)
                QVERIFY2(r.text.isEmpty() || r.text == QLatin1String("0"),
                         qPrintable(a.label + QStringLiteral(" ran: ") + s +
                                    QStringLiteral(" -> ") + r.text));
        }
        // The temporary pg_roles made no superuser of the session.
        login.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS pg_roles (rolname name, "
                                  "rolsuper boolean, oid oid)"));
        login.exec(QStringLiteral("INSERT INTO pg_roles VALUES (session_user, true, 10)"));
        QCOMPARE(login.exec(QStringLiteral("SELECT docket_is_login()")).text,
                 QStringLiteral("true"));
        QCOMPARE(login.exec(QStringLiteral("SELECT COUNT(*) FROM orders")).text,
                 QString::number(a.inScope.size()));
    }
    checkWorld("the issue's statements");
}

// Every function of the schema, with arguments chosen to hurt: other scopes'
// orders, the administrator's account and role, the archived order nobody may
// restore, order JSON that forges its creator and status, injection text,
// NULL of every type. Trigger functions refuse to be called outright.
void TestPgSecurity::everyFunctionWithHostileArguments()
{
    int calls = 0;
    QStringList names;
    for (const Attacker& a : attackers()) {
        Login login(m_server, a.name, a.password);
        QVERIFY2(login.isOpen(), qPrintable(login.openError()));
        const Login::Result fns = login.exec(QStringLiteral(
            "SELECT p.proname, COALESCE(array_to_string(p.proargtypes::regtype[], ','), '') FROM "
            "pg_proc p WHERE p.pronamespace = current_schema()::regnamespace AND p.prokind = 'f' "
            "ORDER BY 1, 2"));
        QVERIFY2(fns.ok, qPrintable(fns.error));
        const QString theirs = QString::number(a.outScope.isEmpty() ? 0 : a.outScope.first());
        const QString forged = sqlText(
            QStringLiteral(
                "{\"customer_name\": \"Mallory\", \"channel\": \"retail\", \"status\": "
                "\"delivered\", "
                "\"currency\": \"EUR\", \"created_by\": \"%1\", \"created_at\": \"1\", \"lines\": "
                "[{\"sku\": \"SKU-X\", \"name\": \"X\", \"quantity\": \"1\", \"unit_price_cents\": "
                "\"1\"}]}")
                .arg(m_adminName));
        QHash<QString, QStringList> variants{
            {QStringLiteral("bigint"),
             {theirs, QString::number(m_archiveId), QString::number(m_adminId), QStringLiteral("4"),
              QStringLiteral("-1")}},
            {QStringLiteral("integer"),
             {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("4")}},
            {QStringLiteral("text"),
             {sqlText(m_adminName), QStringLiteral("'delivered'"),
              QStringLiteral("''');DROP TABLE orders;--'"), QStringLiteral("'manage_users'")}},
            {QStringLiteral("name"), {sqlText(m_adminName)}},
            {QStringLiteral("boolean"), {QStringLiteral("false"), QStringLiteral("true")}},
            {QStringLiteral("bigint[]"), {idArray(a.outScope + QList<qint64>{m_archiveId})}},
            {QStringLiteral("text[]"), {QStringLiteral("ARRAY['retail','web','phone']")}},
            {QStringLiteral("jsonb"),
             {forged + QStringLiteral("::jsonb"), QStringLiteral("'{}'::jsonb"),
              // (docket_orders_create_many: the forged order in a run)
              QStringLiteral("jsonb_build_array(%1::jsonb, %1::jsonb)").arg(forged)}},
            {QStringLiteral("json"), {forged + QStringLiteral("::json")}},
        };
        for (const QString& row : fns.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString fn = row.section(QLatin1Char('|'), 0, 0);
            const QStringList types =
                row.section(QLatin1Char('|'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (std::any_of(types.begin(), types.end(), [](const QString& t) {
                    return t == QLatin1String("internal") || t.startsWith(QLatin1String("any")) ||
                           t == QLatin1String("cstring");
                }))
                continue; // extension support functions: not callable from SQL at all
            names << fn;
            int rounds = 1;
            for (const QString& t : types)
                rounds = std::max<int>(rounds, int(variants.value(t).size()));
            for (int round = 0; round <= rounds; ++round) {
                QStringList args;
                for (const QString& t : types) {
                    const QStringList v = variants.value(t);
                    // The last round: NULL of every type.
                    args << (round == rounds || v.isEmpty() ? QStringLiteral("NULL::%1").arg(t)
                                                            : v.at(round % v.size()));
                }
                const QString call =
                    QStringLiteral("SELECT %1(%2)::text").arg(fn, args.join(QStringLiteral(", ")));
                const Login::Result r = login.attempt(call);
                ++calls;
                noSecrets(a, r.text, call);
            }
        }
    }
    qInfo("%d hostile calls of %lld functions", calls, qsizetype(names.size()));
    QVERIFY(names.contains(QLatin1String("docket_sync_login")));
    QVERIFY(names.contains(QLatin1String("docket_order_update")));
    checkWorld("hostile function calls");
}

// Temporary tables and functions named like everything the functions use,
// first in the search path: the functions still see the real ones.
void TestPgSecurity::shadowingChangesNothing()
{
    for (const Attacker& a : attackers()) {
        Login login(m_server, a.name, a.password);
        QVERIFY(login.isOpen());
        const Login::Result rels = login.exec(QStringLiteral(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = "
            "current_schema()::regnamespace "
            "AND c.relkind IN ('r', 'v', 'p') UNION SELECT unnest(ARRAY['pg_roles', 'pg_authid', "
            "'pg_auth_members', 'pg_class', 'pg_database', 'pg_proc', 'pg_namespace', 'pg_depend', "
            "'pg_settings'])"));
        QVERIFY(rels.ok);
        for (const QString& rel : rels.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(login
                         .exec(QStringLiteral("CREATE TEMP TABLE %1 (id bigint, name text, rolname "
                                              "name, rolsuper boolean, oid oid, role_id bigint, "
                                              "disabled integer, scope text, permission text, "
                                              "relowner oid, created_by text, channel text)")
                                   .arg(rel))
                         .ok,
                     qPrintable(rel));
        login.exec(QStringLiteral("INSERT INTO pg_roles(rolname, rolsuper, oid) VALUES "
                                  "(session_user, true, 10)"));
        login.exec(
            QStringLiteral("INSERT INTO users(id, name, role_id, disabled, scope) VALUES (1, "
                           "session_user, 4, 0, 'all')"));
        login.exec(QStringLiteral("INSERT INTO role_permissions(role_id, permission) SELECT 4, p "
                                  "FROM unnest(ARRAY['manage_users', 'invalidate', "
                                  "'delete_invalid', 'view_orders', 'edit_orders']) p"));
        login.exec(QStringLiteral("INSERT INTO pg_class(oid, relowner) VALUES (1, 10)"));
        // Temporary functions are never found by an unqualified name; try anyway.
        for (const QString& f :
             {QStringLiteral("docket_can(text) RETURNS boolean AS 'SELECT true'"),
              QStringLiteral("docket_trusted() RETURNS boolean AS 'SELECT true'"),
              QStringLiteral("docket_scope_kind() RETURNS text AS 'SELECT ''all'''"),
              QStringLiteral("pg_has_role(name, text, text) RETURNS boolean AS 'SELECT true'"),
              QStringLiteral("lower(text) RETURNS text AS 'SELECT ''x'''")})
            login.exec(QStringLiteral("CREATE FUNCTION pg_temp.%1 LANGUAGE sql").arg(f));
        for (const QString& path : {QStringLiteral("pg_temp, public, pg_catalog"),
                                    QStringLiteral("pg_temp"), QStringLiteral("public")}) {
            QVERIFY(login.exec(QStringLiteral("SET search_path = ") + path).ok);
            QCOMPARE(login.exec(QStringLiteral("SELECT public.docket_is_login()")).text,
                     QStringLiteral("true"));
            QCOMPARE(login.exec(QStringLiteral("SELECT public.docket_can('manage_users')")).text,
                     QStringLiteral("false"));
            QCOMPARE(login.exec(QStringLiteral("SELECT COUNT(*) FROM public.orders")).text,
                     QString::number(a.inScope.size()));
            for (const QString& s :
                 {QStringLiteral("SELECT public.docket_orders_invalidate(%1, 'shadow')")
                      .arg(idArray(a.outScope)),
                  QStringLiteral("SELECT public.docket_orders_delete_invalid(%1)")
                      .arg(idArray(a.outScope)),
                  QStringLiteral("SELECT public.docket_orders_mark_seen(%1)")
                      .arg(idArray(a.outScope)),
                  QStringLiteral("SELECT public.docket_order_restore(%1)").arg(m_archiveId),
                  QStringLiteral("UPDATE public.orders SET note = 'shadow'"),
                  QStringLiteral("UPDATE public.users SET role_id = 4"),
                  QStringLiteral("SELECT public.docket_set_own_password(%1, '$argon2id$x', 'x')")
                      .arg(m_adminId)}) {
                const Login::Result r = login.attempt(s);
                noSecrets(a, r.text, s);
                if (r.ok)
                    QVERIFY2(r.text.isEmpty() || r.text == QLatin1String("0"),
                             qPrintable(a.label + QStringLiteral(" ran: ") + s));
            }
        }
    }
    checkWorld("shadowing");
}

// Every docket.* setting a client can set, then the writes the login may
// make: the trail names the login at the server's clock, the trail is on, no
// archived trail is copied, no forged lines or note appear, no password
// changes.
void TestPgSecurity::settingsAreNotTrusted()
{
    const QSqlDatabase owner = m_db->connection();
    const QString adminPassword =
        value(owner, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"),
              {m_adminName})
            .toString();
    Login login(m_server, m_clerk.name, m_clerk.password);
    QVERIFY(login.isOpen());
    const qint64 mine = m_web.first();
    const qint64 before =
        value(owner, QStringLiteral("SELECT MAX(id) FROM order_events")).toLongLong();
    const QStringList settings{QStringLiteral("docket.audit = 'off'"),
                               QStringLiteral("docket.actor = %1").arg(sqlText(m_adminName)),
                               QStringLiteral("docket.now = '1'"),
                               QStringLiteral("docket.scope = 'all'"),
                               QStringLiteral("docket.archived = '1'"),
                               QStringLiteral("docket.restore = '%1'").arg(m_archiveId),
                               QStringLiteral("docket.new_password = 'taken-over'"),
                               QStringLiteral("docket.note = 'forged note'"),
                               QStringLiteral("docket.lines_before_%1 = 'forged lines'").arg(mine),
                               QStringLiteral("docket.order_list_changed = 'yes'")};
    // The order list's version (0089, 0100): every committed write of
    // orders moves it, or other desktops' sort anchors pass for current.
    auto listVersion = [&] {
        return value(owner, QStringLiteral("SELECT SUM(n) FROM order_list_version")).toLongLong();
    };
    const qint64 versionBefore = listVersion();
    for (const QString& s : settings)
        QVERIFY2(login.exec(QStringLiteral("SET ") + s).ok, qPrintable(s));
    // Allowed: an edit of her own order's note, a status move, a new order.
    QVERIFY2(login
                 .attempt(QStringLiteral("SELECT docket_order_update(%1, (SELECT version FROM "
                                         "orders WHERE id = %1), '{\"note\": \"call first\"}')")
                              .arg(mine))
                 .ok,
             "edit");
    QVERIFY(login
                .attempt(QStringLiteral("SELECT docket_order_set_status(%1, (SELECT version FROM "
                                        "orders WHERE id = %1), 'cancelled', 'by phone')")
                             .arg(mine))
                .ok);
    const Login::Result created = login.attempt(
        QStringLiteral(
            "SELECT docket_order_create('{\"customer_name\": \"New\", \"channel\": \"web\", "
            "\"status\": \"pending\", \"currency\": \"EUR\", \"created_by\": \"%1\", "
            "\"created_at\": "
            "\"1\", \"lines\": [{\"sku\": \"SKU-N\", \"name\": \"N\", \"quantity\": \"3\", "
            "\"unit_price_cents\": \"100\"}]}')")
            .arg(m_adminName));
    QVERIFY2(created.ok, qPrintable(created.error));
    const qint64 newId = created.text.toLongLong();

    QSqlQuery q(owner);
    QVERIFY(q.exec(QStringLiteral("SELECT order_id, actor, at, kind, field, old_value, new_value, "
                                  "note FROM order_events WHERE id > %1 ORDER BY id")
                       .arg(before)));
    QStringList kinds;
    while (q.next()) {
        kinds << q.value(3).toString() + QLatin1Char('/') + q.value(4).toString();
        // The review of her new order is the system's verdict (issue 15).
        QCOMPARE(q.value(1).toString(), q.value(3).toString() == QLatin1String("review")
                                            ? QStringLiteral("system")
                                            : m_clerk.name);
        QVERIFY2(q.value(2).toLongLong() > 1750000000, "the server's clock");
        for (int c = 5; c <= 7; ++c)
            QVERIFY(!q.value(c).toString().contains(QLatin1String("forged")));
    }
    QCOMPARE(kinds,
             QStringList({QStringLiteral("edited/note"), QStringLiteral("status/status"),
                          QStringLiteral("created/"), QStringLiteral("review/review_state")}));
    QCOMPARE(value(owner,
                   QStringLiteral("SELECT note FROM order_events WHERE kind = 'status' AND "
                                  "id > ?"),
                   {before})
                 .toString(),
             QStringLiteral("by phone"));
    // Her new order is hers, made now, pending, with its lines' total.
    QCOMPARE(value(owner,
                   QStringLiteral("SELECT created_by || '/' || status || '/' || total_cents "
                                  "|| '/' || (created_at > 1750000000) FROM orders WHERE "
                                  "id = ?"),
                   {newId})
                 .toString(),
             m_clerk.name + QStringLiteral("/pending/300/true"));
    // Its trail: created (hers) and the review rules' verdict (the system's).
    QCOMPARE(value(owner, QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ?"),
                   {newId})
                 .toLongLong(),
             2);
    QCOMPARE(value(owner, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"),
                   {m_adminName})
                 .toString(),
             adminPassword);
    QCOMPARE(value(owner, QStringLiteral("SELECT COUNT(*) FROM order_archive")).toLongLong(), 1);
    // Three transactions wrote orders: three steps, whatever she set.
    QCOMPARE(listVersion(), versionBefore + 3);
}

// No login may INSERT, UPDATE (any column), DELETE or TRUNCATE any table.
void TestPgSecurity::noTableIsWritable()
{
    for (const Attacker& a : attackers()) {
        Login login(m_server, a.name, a.password);
        QVERIFY(login.isOpen());
        const Login::Result cols = login.exec(QStringLiteral(
            "SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
            "AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' WHERE c.relnamespace "
            "= "
            "current_schema()::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1, a.attnum"));
        QVERIFY(cols.ok);
        QStringList tables;
        int attempts = 0;
        for (const QString& row : cols.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString t = row.section(QLatin1Char('|'), 0, 0);
            const QString c = row.section(QLatin1Char('|'), 1);
            const Login::Result r =
                login.attempt(QStringLiteral("UPDATE %1 SET %2 = %2").arg(t, c));
            ++attempts;
            QVERIFY2(!r.ok && r.error.contains(QLatin1String("permission denied")),
                     qPrintable(a.label + QStringLiteral(": UPDATE %1.%2 -> ").arg(t, c) +
                                (r.ok ? QStringLiteral("allowed") : r.error)));
            if (!tables.contains(t))
                tables << t;
        }
        QVERIFY(tables.contains(QLatin1String("orders")));
        QVERIFY(tables.contains(QLatin1String("security_events")));
        for (const QString& t : tables)
            for (const QString& s :
                 {QStringLiteral("INSERT INTO %1 DEFAULT VALUES"),
                  QStringLiteral("INSERT INTO %1 SELECT * FROM %1"),
                  QStringLiteral("DELETE FROM %1"), QStringLiteral("TRUNCATE %1"),
                  QStringLiteral("TRUNCATE %1 CASCADE")}) {
                const Login::Result r = login.attempt(s.arg(t));
                ++attempts;
                QVERIFY2(!r.ok, qPrintable(a.label + QStringLiteral(" ran: ") + s.arg(t)));
                // (Copying every column trips over the generated ones first.)
                QVERIFY2(r.error.contains(QLatin1String("permission denied")) ||
                             r.error.contains(QLatin1String("row-level security")) ||
                             s.contains(QLatin1String("SELECT *")),
                         qPrintable(s.arg(t) + QStringLiteral(" -> ") + r.error));
            }
        QVERIFY(attempts > 200);
    }
    checkWorld("DML");
}

// Every table a login can read shows only its scope; the accounts and the
// security log only its own row (or nothing).
void TestPgSecurity::readsStayInScope()
{
    for (const Attacker& a : attackers()) {
        Login login(m_server, a.name, a.password);
        QVERIFY(login.isOpen());
        const Login::Result tables =
            login.exec(QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relnamespace = "
                                      "current_schema()::regnamespace "
                                      "AND c.relkind IN ('r', 'p', 'v', 'm') ORDER BY 1"));
        QVERIFY(tables.ok);
        int readable = 0;
        for (const QString& t : tables.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const Login::Result r = login.exec(QStringLiteral("SELECT x::text FROM %1 x").arg(t));
            if (!r.ok) {
                QVERIFY2(r.error.contains(QLatin1String("permission denied")), qPrintable(r.error));
                continue;
            }
            ++readable;
            noSecrets(a, r.text, QStringLiteral("SELECT * FROM ") + t);
        }
        QVERIFY(readable >= 4);
        QCOMPARE(login.exec(QStringLiteral("SELECT COUNT(*) FROM orders")).text,
                 QString::number(a.inScope.size()));
        QCOMPARE(login.exec(QStringLiteral("SELECT string_agg(name, ',') FROM users")).text,
                 a.name);
        const Login::Result log =
            login.exec(QStringLiteral("SELECT COUNT(*) FROM security_events"));
        QVERIFY(!log.ok || log.text == QLatin1String("0"));
        QVERIFY(!login.exec(QStringLiteral("SELECT * FROM customers")).ok);
        // The fulfilment records follow their order's scope (issue 15 item
        // 7): a login reads the payments of its own orders only. Two orders
        // are paid, one web and one retail: each attacker sees those of its
        // scope, none other.
        const Login::Result paid =
            login.exec(QStringLiteral("SELECT COALESCE(string_agg(order_id::text, ',' ORDER BY "
                                      "order_id), '') FROM payments"));
        if (paid.ok) {
            QList<qint64> expected;
            for (qint64 id : {m_web.at(1), m_retail.at(1)})
                if (a.inScope.contains(id))
                    expected << id;
            std::sort(expected.begin(), expected.end());
            QStringList want;
            for (qint64 id : expected)
                want << QString::number(id);
            QVERIFY2(paid.text == want.join(QLatin1Char(',')),
                     qPrintable(QStringLiteral("%1 reads the payments of orders %2, expected %3")
                                    .arg(a.label, paid.text, want.join(QLatin1Char(',')))));
        } else {
            QVERIFY2(paid.error.contains(QLatin1String("permission denied")),
                     qPrintable(paid.error));
        }
    }
}

void TestPgSecurity::copyAndDdlAreRefused()
{
    for (const Attacker& a : attackers()) {
        // COPY out follows the scope; COPY in, to a file or a program is refused.
        Psql r = psql(m_server, a.name, a.password, QStringLiteral("COPY orders TO STDOUT"));
        QCOMPARE(r.exitCode, 0);
        noSecrets(a, r.out, QStringLiteral("COPY orders TO STDOUT"));
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), a.inScope.size());
        r = psql(m_server, a.name, a.password, QStringLiteral("COPY order_events TO STDOUT"));
        noSecrets(a, r.out, QStringLiteral("COPY order_events TO STDOUT"));
        for (const QString& s :
             {QStringLiteral("COPY orders FROM STDIN"),
              QStringLiteral("COPY order_lines FROM STDIN"),
              QStringLiteral("COPY orders TO '/tmp/docket-stolen.csv'"),
              QStringLiteral("COPY orders TO PROGRAM 'cat'"),
              QStringLiteral("COPY (SELECT * FROM users) TO STDOUT WITH (FORMAT csv)")}) {
            r = psql(m_server, a.name, a.password, s, QByteArrayLiteral("1\tX\n\\.\n"));
            noSecrets(a, r.out, s);
            if (s.contains(QLatin1String("users")))
                QVERIFY2(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() <= 1,
                         qPrintable(r.out));
            else
                QVERIFY2(r.exitCode != 0, qPrintable(a.label + QStringLiteral(" ran: ") + s));
        }
        Login login(m_server, a.name, a.password);
        QVERIFY(login.isOpen());
        const QStringList ddl{
            QStringLiteral("ALTER TABLE orders DISABLE ROW LEVEL SECURITY"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN stolen text"),
            QStringLiteral("ALTER TABLE orders OWNER TO CURRENT_USER"),
            QStringLiteral("DROP TABLE order_events"),
            QStringLiteral("DROP TRIGGER orders_audit_update ON orders"),
            QStringLiteral("ALTER TABLE orders DISABLE TRIGGER ALL"),
            QStringLiteral("CREATE TABLE public.x (id int)"),
            QStringLiteral(
                "CREATE FUNCTION public.docket_x() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION public.docket_can(perm text) RETURNS boolean "
                "LANGUAGE sql AS 'SELECT true'"),
            QStringLiteral("ALTER FUNCTION docket_can(text) SECURITY INVOKER"),
            QStringLiteral("ALTER FUNCTION docket_can(text) RESET search_path"),
            QStringLiteral("CREATE SCHEMA mine"),
            QStringLiteral("CREATE POLICY mine ON orders USING (true)"),
            QStringLiteral("DROP POLICY orders_scope ON orders"),
            QStringLiteral("GRANT docket_admin TO CURRENT_USER"),
            QStringLiteral("CREATE ROLE evil_%1 SUPERUSER").arg(m_suffix),
            QStringLiteral("ALTER ROLE CURRENT_USER SUPERUSER"),
            QStringLiteral("ALTER ROLE CURRENT_USER CREATEROLE"),
            QStringLiteral("ALTER ROLE CURRENT_USER BYPASSRLS"),
            QStringLiteral("ALTER ROLE %1 PASSWORD 'taken-over'")
                .arg(sqlText(m_adminName).replace(QLatin1Char('\''), QLatin1Char('"'))),
            QStringLiteral("SET ROLE docket_admin"),
            QStringLiteral("SET ROLE postgres"),
            QStringLiteral("SET SESSION AUTHORIZATION postgres"),
            QStringLiteral("SELECT docket_harden()"),
            QStringLiteral("SELECT pg_read_file('/etc/passwd')"),
            QStringLiteral("LOAD 'plpgsql'"),
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS dblink"),
        };
        for (const QString& s : ddl) {
            const Login::Result res = login.attempt(s);
            QVERIFY2(!res.ok, qPrintable(a.label + QStringLiteral(" ran: ") + s));
        }
        // GRANT of what one may not grant only warns ("no privileges were
        // granted"); the world's fingerprint below shows it changed nothing.
        for (const QString& s : {QStringLiteral("GRANT SELECT ON users TO PUBLIC"),
                                 QStringLiteral("GRANT ALL ON orders TO PUBLIC"),
                                 QStringLiteral("GRANT EXECUTE ON FUNCTION docket_sync_login(text, "
                                                "bigint, integer) TO PUBLIC"),
                                 QStringLiteral("REVOKE SELECT ON orders FROM docket_user"),
                                 // Only the login's own future objects (it may create none).
                                 QStringLiteral("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES "
                                                "TO PUBLIC")})
            login.attempt(s);
        // Her own group role gains her nothing.
        const QString group = a.label == QLatin1String("clerk") ? QStringLiteral("docket_clerk")
                              : a.label == QLatin1String("manager")
                                  ? QStringLiteral("docket_manager")
                                  : QStringLiteral("docket_supervisor");
        QVERIFY(login.exec(QStringLiteral("SET ROLE ") + group).ok);
        QVERIFY(!login.attempt(QStringLiteral("UPDATE orders SET note = 'x'")).ok);
        QCOMPARE(login.exec(QStringLiteral("SELECT COUNT(*) FROM orders")).text,
                 QString::number(a.inScope.size()));
        QVERIFY(!login
                     .exec(QStringLiteral("SELECT 1 FROM users WHERE name = %1 AND password_hash "
                                          "IS NOT NULL")
                               .arg(sqlText(m_adminName)))
                     .text.contains(QLatin1Char('1')));
    }
    checkWorld("COPY and DDL");
}

// A desk (the own-scope supervisor's order list, signed in with her login)
// receives notifications anyone may send: a forged one only makes it look
// again, under its own rights. And what a listener hears carries no data.
void TestPgSecurity::forgedNotificationsShowNothingMore()
{
    DatabaseConfig as = m_server;
    as.user = m_supervisor.name;
    as.password = m_supervisor.password;
    auto desk = std::make_shared<Database>(as);
    QVERIFY_THROWS_NO_EXCEPTION(desk->open(false));
    {
        const std::optional<Session> session = sessionOfDatabaseLogin(desk->connection());
        QVERIFY(session.has_value());
        OrderTableModel model(desk, *session);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && model.isCountExact(); }, kWait));
        QCOMPARE(model.rowCount(), int(m_supervisorOwn.size()));

        Login clerk(m_server, m_clerk.name, m_clerk.password);
        QVERIFY(clerk.isOpen());
        QVERIFY(clerk.db().driver()->subscribeToNotification(QStringLiteral("docket_orders")));
        QStringList heard;
        connect(clerk.db().driver(), &QSqlDriver::notification, this,
                [&](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                    heard << payload.toString();
                });
        for (const QString& payload :
             {QStringLiteral("{\"id\": %1, \"customer_name\": \"Retailsecret R0\"}")
                  .arg(m_retail.first()),
              QStringLiteral("reload; DROP TABLE orders"), QString(7000, QLatin1Char('x'))})
            QVERIFY(
                clerk.exec(QStringLiteral("NOTIFY docket_orders, %1").arg(sqlText(payload))).ok);
        // The desk looks again (or not at all) and shows exactly its scope.
        QTest::qWait(2500);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && model.isCountExact(); }, kWait));
        QCOMPARE(model.rowCount(), int(m_supervisorOwn.size()));
        QList<qint64> shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.index(r, 0).data(OrderTableModel::IdRole).toLongLong();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, m_supervisorOwn);

        // A real change outside her scope: the clerk hears it, and hears nothing of it.
        heard.clear();
        OrderStore owner = m_db->store();
        Order o = owner.order(m_retail.at(2));
        o.note = QStringLiteral("Retailsecret note");
        QVERIFY_THROWS_NO_EXCEPTION(owner.update(o));
        QVERIFY(QTest::qWaitFor([&] { return !heard.isEmpty(); }, kWait));
        for (const QString& p : heard)
            QVERIFY2(p.isEmpty(), qPrintable(p));
    }
    desk->closeConnection();
}

// What a login may do through the functions works, and the trail of it is the
// server's: right actor, right time, right kinds.
void TestPgSecurity::allowedWritesAreAuditedAsTheLogin()
{
    DatabaseConfig as = m_server;
    as.user = m_supervisor.name;
    as.password = m_supervisor.password;
    auto db = std::make_shared<Database>(as);
    QVERIFY_THROWS_NO_EXCEPTION(db->open(false));
    {
        const std::optional<Session> session = sessionOfDatabaseLogin(db->connection());
        QVERIFY(session.has_value());
        OrderStore store(db->connection(), *session);
        const qint64 mine = m_supervisorOwn.first();
        Order o = store.order(mine);
        o.lines << OrderLine{0, 0,         QStringLiteral("SKU-S9"), QStringLiteral("Extra"),
                             1, Money(500)};
        o.shipTo.city = QStringLiteral("Lyon");
        QVERIFY_THROWS_NO_EXCEPTION(store.update(o));
        // Paid through the server's function, as herself; the status follows
        // as the system's act.
        FulfilmentStore payments(db->connection(), *session);
        QVERIFY_THROWS_NO_EXCEPTION(
            payments.addPayment(mine, QStringLiteral("card"), store.order(mine).total));
        QCOMPARE(store.order(mine).status, QStringLiteral("paid"));
        QVERIFY_THROWS_NO_EXCEPTION(store.addComment(mine, QStringLiteral("Called the customer")));
        InvoiceStore invoices(db->connection(), *session);
        QCOMPARE(invoices.issue({mine, m_retail.first()}), 1); // hers only
        QCOMPARE(store.invalidate({m_supervisorOwn.at(1)}, QStringLiteral("duplicate")), 1);
        QCOMPARE(store.deleteInvalid({m_supervisorOwn.at(1)}), 1);
        const qint64 archived =
            value(m_db->connection(), QStringLiteral("SELECT MAX(id) FROM order_archive"))
                .toLongLong();
        qint64 back = 0;
        QVERIFY_THROWS_NO_EXCEPTION(back = store.restore(archived));
        QCOMPARE(back, m_supervisorOwn.at(1));
        // Out of her scope: refused before and by the server.
        auto e = catchError([&] { store.invalidate({m_retail.first()}, QStringLiteral("x")); });
        QVERIFY(e.has_value());
        e = catchError([&] { store.restore(m_archiveId); });
        QVERIFY(e.has_value());
        QCOMPARE(e->code(), DocketError::Code::NotFound);
        // A store that thinks it may do everything meets the server's refusal.
        OrderStore pretender(db->connection(), adminSession(m_supervisor.name));
        e = catchError([&] { pretender.invalidate({m_retail.first()}, QStringLiteral("x")); });
        QVERIFY(e.has_value());
        e = catchError([&] { pretender.addComment(m_retail.first(), QStringLiteral("x")); });
        QVERIFY(e.has_value());
        QCOMPARE(e->code(), DocketError::Code::NotFound);
        QCOMPARE(InvoiceStore(db->connection(), adminSession(m_supervisor.name))
                     .issue({m_retail.first(), m_web.first()}),
                 0);
        Order forged = pretender.order(mine);
        e = catchError([&] {
            Order theirs = m_db->store().order(m_web.first());
            theirs.note = QStringLiteral("x");
            pretender.update(theirs);
        });
        QVERIFY(e.has_value());
        QCOMPARE(e->code(), DocketError::Code::NotFound);
        forged.status = QStringLiteral("delivered");
        e = catchError([&] { pretender.update(forged); });
        QVERIFY(e.has_value());
        QCOMPARE(e->code(), DocketError::Code::Invalid);
    }
    db->closeConnection();
    const QSqlDatabase owner = m_db->connection();
    QSqlQuery q(owner);
    QVERIFY(q.exec(QStringLiteral("SELECT kind || '/' || field || '/' || actor FROM order_events "
                                  "WHERE order_id = %1 AND at > 1750000000 ORDER BY id")
                       .arg(m_supervisorOwn.first())));
    QStringList trail;
    while (q.next())
        trail << q.value(0).toString();
    const QString who = m_supervisor.name;
    QCOMPARE(trail,
             QStringList(
                 {QStringLiteral("edited/ship_city/") + who, QStringLiteral("edited/lines/") + who,
                  QStringLiteral("edited/total_cents/") + who,
                  QStringLiteral("payment/payment/") + who, QStringLiteral("status/status/system"),
                  QStringLiteral("commented//") + who, QStringLiteral("invoiced/invoice/") + who}));
    QCOMPARE(value(owner, QStringLiteral("SELECT issued_by FROM invoices WHERE order_id = ?"),
                   {m_supervisorOwn.first()})
                 .toString(),
             who);
    QCOMPARE(value(owner, QStringLiteral("SELECT total_cents FROM orders WHERE id = ?"),
                   {m_supervisorOwn.first()})
                 .toLongLong(),
             3000);
}

// Mark seen on the undo stack (issue 13 item 9) through the server's
// docket_orders_unsee: a login makes new again what it marked itself, audited
// as itself; an order it may see but someone else marked stays seen.
void TestPgSecurity::unseeTakesBackOnlyTheLoginsOwnMark()
{
    const QSqlDatabase owner = m_db->connection();
    const qint64 mine = m_supervisorOwn.at(0);
    const qint64 theirs = m_supervisorOwn.at(1); // stays marked by the owner (init())
    QSqlQuery reset(owner);
    QVERIFY2(reset.exec(QStringLiteral("UPDATE orders SET seen_at = NULL, seen_by = NULL WHERE "
                                       "id = %1")
                            .arg(mine)),
             qPrintable(reset.lastError().text()));
    DatabaseConfig as = m_server;
    as.user = m_supervisor.name;
    as.password = m_supervisor.password;
    auto db = std::make_shared<Database>(as);
    QVERIFY_THROWS_NO_EXCEPTION(db->open(false));
    {
        const std::optional<Session> session = sessionOfDatabaseLogin(db->connection());
        QVERIFY(session.has_value());
        OrderStore store(db->connection(), *session);
        BatchRecord done;
        QCOMPARE(store.markSeen({mine, theirs}, &done), 1);
        QCOMPARE(done.ids(), QList<qint64>{mine});
        BatchRecord undone;
        QCOMPARE(store.undoMarkSeen(done, {}, &undone), 1);
        QVERIFY(store.order(mine).isNew());
        QVERIFY(!store.order(theirs).isNew());
        // Asked for the other order at the owner's moment: not hers to take back.
        BatchRecord forged;
        forged.entries << BatchRecord::Entry{};
        forged.entries.first().id = theirs;
        forged.entries.first().seenAt = store.order(theirs).seenAt.toSecsSinceEpoch();
        const auto e = catchError([&] { store.undoMarkSeen(forged); });
        QVERIFY(e.has_value());
        QCOMPARE(e->code(), DocketError::Code::Conflict);
        QVERIFY(!store.order(theirs).isNew());
    }
    db->closeConnection();
    QCOMPARE(value(owner,
                   QStringLiteral("SELECT kind || '/' || actor || '/' || note FROM order_events "
                                  "WHERE order_id = ? ORDER BY id DESC LIMIT 1"),
                   {mine})
                 .toString(),
             QStringLiteral("unseen/%1/undone").arg(m_supervisor.name));
    QCOMPARE(value(owner,
                   QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND "
                                  "kind = 'unseen'"),
                   {theirs})
                 .toLongLong(),
             0);
}

// An administrator may manage Docket's users, but not take over roles of the
// server that are not this Docket's logins.
void TestPgSecurity::administratorCannotTakeOverServerRoles()
{
    const QSqlDatabase owner = m_db->connection();
    const QString outsider = QStringLiteral("outsider_") + m_suffix;
    QSqlQuery q(owner);
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'outside'").arg(outsider)));
    Login admin(m_server, m_adminName, QStringLiteral("admin-") + m_suffix);
    QVERIFY2(admin.isOpen(), qPrintable(admin.openError()));
    const QString before = worldFingerprint(owner, m_suffix);
    for (const QString& victim : {outsider, QStringLiteral("postgres"),
                                  QStringLiteral("docket_admin"), QStringLiteral("pg_monitor")}) {
        const Login::Result r = admin.attempt(
            QStringLiteral("SELECT set_config('docket.new_password', 'taken-over', true); INSERT "
                           "INTO users(name, password_hash, role_id, scope, created_at) VALUES "
                           "(%1, '$argon2id$x', 4, 'all', 0)")
                .arg(sqlText(victim)));
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("took over ") + victim));
    }
    // Nor may she break the built-in roles, or leave no administrator.
    for (const QString& s :
         {QStringLiteral("UPDATE roles SET name = 'boss' WHERE builtin = 1"),
          QStringLiteral("DELETE FROM role_permissions WHERE role_id = 1"),
          QStringLiteral("INSERT INTO role_permissions(role_id, permission) VALUES (1, "
                         "'manage_users')"),
          QStringLiteral("UPDATE users SET disabled = 1 WHERE name = %1")
              .arg(sqlText(m_adminName))}) {
        const Login::Result r = admin.attempt(s);
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("admin ran: ") + s));
    }
    QCOMPARE(worldFingerprint(owner, m_suffix), before);
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(outsider)));
}

// The server's workflow is the desk's (models/domain/order.cpp), and so are
// its channels.
void TestPgSecurity::workflowMatchesTheDesk()
{
    const QSqlDatabase owner = m_db->connection();
    QSet<QString> server, desk;
    QSqlQuery q(owner);
    QVERIFY(
        q.exec(QStringLiteral("SELECT from_status || '>' || to_status FROM order_status_moves")));
    while (q.next())
        server << q.value(0).toString();
    for (OrderStatus from : status::all())
        for (OrderStatus to : status::all())
            if (from != to && status::canMove(from, to))
                desk << status::code(from) + QLatin1Char('>') + status::code(to);
    QCOMPARE(server, desk);
    QSet<QString> channels;
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM sales_channels")));
    while (q.next())
        channels << q.value(0).toString();
    const QStringList codes = channel::codes();
    QCOMPARE(channels, QSet<QString>(codes.begin(), codes.end()));
}

// Every function of the schema (not an extension's) has the fixed search path
// (or is pure and inlined), and PUBLIC executes none.
void TestPgSecurity::everyFunctionIsHardened()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT p.proname, COALESCE(array_to_string(p.proconfig, ';'), ''), "
        "COALESCE(p.proacl::text, ''), p.prosecdef, p.provolatile FROM pg_proc p WHERE "
        "p.pronamespace = current_schema()::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend "
        "d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')")));
    int n = 0;
    const QRegularExpression publicExecute(QStringLiteral("(^|[{,])=X"));
    while (q.next()) {
        ++n;
        const QString name = q.value(0).toString();
        const QString config = q.value(1).toString();
        const QString acl = q.value(2).toString();
        QVERIFY2(!acl.isEmpty(),
                 qPrintable(name + QStringLiteral(": default privileges (PUBLIC executes)")));
        QVERIFY2(!publicExecute.match(acl).hasMatch(),
                 qPrintable(name + QStringLiteral(": ") + acl));
        if (config.isEmpty()) {
            // Pure helpers only: immutable, not security definer.
            QVERIFY2(!q.value(3).toBool() && q.value(4).toString() == QLatin1String("i"),
                     qPrintable(name + QStringLiteral(" has no fixed search path")));
        } else {
            // The fixed search path; besides it only jit = off (0081: the
            // batch functions and the triggers that read transition tables),
            // nothing that loosens anything.
            int paths = 0;
            for (const QString& setting : config.split(QLatin1Char(';'))) {
                if (setting.startsWith(QLatin1String("search_path=")))
                    paths += setting.startsWith(QLatin1String("search_path=pg_catalog, ")) &&
                             setting.endsWith(QLatin1String(", pg_temp"));
                else
                    QVERIFY2(setting == QLatin1String("jit=off"),
                             qPrintable(name + QStringLiteral(": ") + config));
            }
            QVERIFY2(paths == 1, qPrintable(name + QStringLiteral(": ") + config));
        }
    }
    QVERIFY(n > 40);
    // PostgreSQL's own functions are left as they are (docket_harden() touches
    // only Docket's schema, whichever migration calls it).
    QVERIFY(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace AND "
        "proconfig IS NOT NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    for (const char* fn : {"current_schema()", "lower(text)", "now()", "set_config(text,text,bool)",
                           "pg_notify(text,text)", "txid_current()"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT has_function_privilege('public', "
                                      "'pg_catalog.%1', 'EXECUTE')")
                           .arg(QLatin1String(fn))));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toBool(), fn);
    }
}

// A member of docket_service (the gateway's account) is trusted: it names the
// actor of the trail. A role that is neither a login nor a service is held
// to nothing it has no account for.
void TestPgSecurity::serviceAccountsAreTrusted()
{
    const QSqlDatabase owner = m_db->connection();
    const QString service = QStringLiteral("svc_") + m_suffix;
    QSqlQuery q(owner);
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'service' IN ROLE docket_service")
                       .arg(service)));
    {
        Login svc(m_server, service, QStringLiteral("service"));
        QVERIFY2(svc.isOpen(), qPrintable(svc.openError()));
        QCOMPARE(svc.exec(QStringLiteral("SELECT docket_trusted()")).text, QStringLiteral("true"));
        const Login::Result r = svc.attempt(
            QStringLiteral("SELECT set_config('docket.actor', 'gateway:shop', true); SELECT "
                           "docket_orders_mark_seen(ARRAY[%1]::bigint[])")
                .arg(m_retail.first()));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!svc.attempt(QStringLiteral("UPDATE orders SET note = 'x'")).ok);
        QVERIFY(!svc.attempt(QStringLiteral("SELECT docket_sync_login('x', 1, 0)")).ok);
    }
    QVERIFY(q.exec(QStringLiteral("DROP OWNED BY %1").arg(service)));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(service)));
}

// A database made by the previous release (schema 8: logins with broad
// table rights) upgrades in place: every order, line, event and summary is
// unchanged, the logins keep working, and the holes are closed.
void TestPgSecurity::previousSchemaUpgradesInPlace()
{
    m_db.reset();
    std::unique_ptr<TestDb> empty;
    QVERIFY_THROWS_NO_EXCEPTION(
        empty = std::make_unique<TestDb>(Backend::PostgreSQL, TestDb::Setup::Empty));
    DatabaseConfig config = empty->config();
    Database old(config);
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(8));
    QCOMPARE(old.schemaVersion(), 8);
    const QSqlDatabase db = old.connection();
    const QString clerk = QStringLiteral("oldclerk_") + m_suffix;
    auto run = [&](const QString& s) {
        QSqlQuery q(db);
        if (!q.exec(s))
            QFAIL(qPrintable(s + QStringLiteral(" -> ") + q.lastError().text()));
    };
    // What schema 8 Docket wrote, as it wrote it.
    run(QStringLiteral("BEGIN"));
    run(QStringLiteral("SELECT set_config('docket.new_password', 'oldpass', true)"));
    run(QStringLiteral("INSERT INTO users(name, password_hash, role_id, scope, created_at) VALUES "
                       "('%1', '$argon2id$x', 1, 'channels:web', 0)")
            .arg(clerk));
    run(QStringLiteral(
        "INSERT INTO orders(id, number, customer_name, channel, status, total_cents, "
        "created_at, updated_at, created_by) VALUES (1, 'DK0000001', 'Web buyer', "
        "'web', 'paid', 2500, 1700000000, 1700000000, 'someone'), (2, 'DK0000002', "
        "'Retailsecret', 'retail', 'pending', 700, 1700000100, 1700000100, "
        "'someone')"));
    run(QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, name, quantity, "
                       "unit_price_cents) VALUES (1, 1, 'SKU-1', 'One', 1, 2500), (2, 1, 'SKU-2', "
                       "'Two', 1, 700)"));
    run(QStringLiteral("SELECT setval('orders_id_seq', 2)"));
    run(QStringLiteral("COMMIT"));
    const QString data = contentFingerprint(db);
    auto summaries = [&] {
        return value(db, QStringLiteral("SELECT md5(string_agg(x::text, ',' ORDER BY x::text)) "
                                        "FROM sales_orders x"))
            .toString();
    };
    const QString sums = summaries();
    // Before: the clerk could rewrite her order's total with psql.
    DatabaseConfig server = config;
    {
        Login l(server, clerk, QStringLiteral("oldpass"));
        QVERIFY2(l.isOpen(), qPrintable(l.openError()));
        QVERIFY(l.attempt(QStringLiteral("SELECT 1 FROM orders WHERE id = 1 FOR UPDATE")).ok);
    }
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion(Backend::PostgreSQL));
    QCOMPARE(contentFingerprint(db), data);
    QCOMPARE(summaries(), sums);
    {
        Login l(server, clerk, QStringLiteral("oldpass"));
        QVERIFY2(l.isOpen(), qPrintable(l.openError()));
        QCOMPARE(l.exec(QStringLiteral("SELECT COUNT(*) FROM orders")).text, QStringLiteral("1"));
        QVERIFY(!l.attempt(QStringLiteral("UPDATE orders SET total_cents = 1")).ok);
        QVERIFY(!l.attempt(QStringLiteral("SELECT docket_sync_login('%1', 4, 0)").arg(clerk)).ok);
        const Login::Result r =
            l.attempt(QStringLiteral("SELECT docket_order_set_status(1, 1, 'processing', '')"));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QCOMPARE(value(db, QStringLiteral("SELECT actor || '/' || new_value FROM order_events WHERE "
                                      "kind = 'status'"))
                 .toString(),
             clerk + QStringLiteral("/processing"));
    old.closeConnection();
}

// The gateway's service account (issue 16): trusted to name the actor of
// the trail, it may write exactly what the gateway writes, no more; it
// administers nothing of the gateway; and a login cannot use its functions.
void TestPgSecurity::gatewayServiceAccountHoldsLittle()
{
    const QSqlDatabase owner = m_db->connection();
    const QString service = QStringLiteral("gws_") + m_suffix;
    const QString password = QStringLiteral("gateway-password-") + m_suffix;
    QVERIFY_THROWS_NO_EXCEPTION(serviceaccount::create(owner, service, password));
    m_baseline = worldFingerprint(owner, m_suffix);
    Login svc(m_server, service, password);
    QVERIFY2(svc.isOpen(), qPrintable(svc.openError()));
    QCOMPARE(
        svc.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).text,
        QStringLiteral("false"));
    QVERIFY(serviceaccount::whyUnfit(svc.db()).isEmpty());
    QVERIFY(!serviceaccount::whyUnfit(owner).isEmpty());

    // Table rights: exactly these, nothing else.
    const QSet<QString> writable{QStringLiteral("api_keys.last_used_at:UPDATE"),
                                 QStringLiteral("api_calls:INSERT"),
                                 QStringLiteral("intake_log:INSERT"),
                                 QStringLiteral("intake_log:DELETE"),
                                 QStringLiteral("webhook_attempts:INSERT"),
                                 QStringLiteral("outbox_events:DELETE"),
                                 QStringLiteral("order_sources:INSERT"),
                                 QStringLiteral("order_sources.order_id:UPDATE"),
                                 QStringLiteral("order_sources.payload:UPDATE"),
                                 QStringLiteral("order_sources.updated_at:UPDATE")};
    const QStringList deliveryColumns{
        QStringLiteral("state"),           QStringLiteral("attempts"),
        QStringLiteral("next_attempt_at"), QStringLiteral("last_status"),
        QStringLiteral("last_error"),      QStringLiteral("delivered_at")};
    const Login::Result cols = svc.exec(QStringLiteral(
        "SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
        "AND a.attnum > 0 AND NOT a.attisdropped WHERE c.relnamespace = "
        "current_schema()::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1, a.attnum"));
    QVERIFY(cols.ok);
    QSet<QString> tables;
    int checked = 0;
    for (const QString& row : cols.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString t = row.section(QLatin1Char('|'), 0, 0);
        const QString c = row.section(QLatin1Char('|'), 1);
        tables.insert(t);
        const bool may =
            svc.exec(QStringLiteral("SELECT has_column_privilege('%1', '%2', 'UPDATE')").arg(t, c))
                .text == QLatin1String("true");
        const bool expected =
            writable.contains(t + QLatin1Char('.') + c + QStringLiteral(":UPDATE")) ||
            (t == QLatin1String("webhook_deliveries") && deliveryColumns.contains(c));
        QVERIFY2(may == expected,
                 qPrintable(QStringLiteral("UPDATE %1.%2: %3").arg(t, c).arg(may)));
        ++checked;
    }
    for (const QString& t : tables)
        for (const QString& right :
             {QStringLiteral("INSERT"), QStringLiteral("DELETE"), QStringLiteral("TRUNCATE"),
              QStringLiteral("TRIGGER"), QStringLiteral("REFERENCES")}) {
            const bool may =
                svc.exec(QStringLiteral("SELECT has_table_privilege('%1', '%2')").arg(t, right))
                    .text == QLatin1String("true");
            QVERIFY2(may == writable.contains(t + QLatin1Char(':') + right),
                     qPrintable(QStringLiteral("%1 on %2: %3").arg(right, t).arg(may)));
            ++checked;
        }
    QVERIFY(checked > 300);

    // What it may not do, tried.
    const QStringList refused{
        QStringLiteral("INSERT INTO orders(number, customer_name, channel, status, created_at, "
                       "updated_at) VALUES ('X1', 'x', 'web', 'pending', 0, 0)"),
        QStringLiteral("UPDATE orders SET total_cents = 1"),
        QStringLiteral("DELETE FROM order_events"),
        QStringLiteral("INSERT INTO security_events(at, actor, kind) VALUES (0, 'x', 'y')"),
        QStringLiteral("SELECT password_hash FROM users"),
        QStringLiteral("UPDATE api_keys SET revoked_at = NULL, scope = 'all'"),
        QStringLiteral("UPDATE intake_channels SET secret = 'mine-mine-mine-mine'"),
        QStringLiteral("INSERT INTO webhook_subscriptions(url, secret, events, created_at, "
                       "created_by) VALUES ('https://evil.invalid', 'x', '*', 0, 'x')"),
        QStringLiteral("INSERT INTO outbox_events(event_id, kind, at, payload) VALUES ('x', "
                       "'order.created', 0, '{}')"),
        QStringLiteral("SELECT docket_apikey_create('mine', 'abcdefgh12', '%1', 'administrator', "
                       "'all', 10)")
            .arg(QString(64, QLatin1Char('a'))),
        QStringLiteral("SELECT docket_apikey_revoke(1)"),
        QStringLiteral("SELECT docket_intake_channel_set('web', 'woocommerce', "
                       "'mine-mine-mine-mine', 'unlinked')"),
        QStringLiteral("SELECT docket_webhook_add('https://evil.invalid/x', "
                       "'mine-mine-mine-mine', '*')"),
        QStringLiteral("SELECT docket_webhook_remove(1)"),
        QStringLiteral("SELECT docket_outbox_orders('order.created', '[]'::jsonb)"),
        QStringLiteral("CREATE TABLE stolen(x int)"),
        QStringLiteral("ALTER TABLE api_keys DISABLE ROW LEVEL SECURITY"),
        QStringLiteral("SET ROLE docket_admin"),
        QStringLiteral("SELECT docket_sync_login('%1', 4, 0)").arg(service),
        QStringLiteral("TRUNCATE order_sources")};
    for (const QString& s : refused) {
        const Login::Result r = svc.attempt(s);
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("the service account ran: ") + s));
    }
    // It reads what the gateway needs (keys' hashes, secrets) and writes orders
    // through the checked functions, acting for a key.
    QVERIFY(svc.exec(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE key_hash <> ''")).text ==
            QStringLiteral("1"));
    QVERIFY(svc.exec(QStringLiteral("SELECT secret FROM intake_channels"))
                .text.startsWith(QStringLiteral("webchannelsecret")));
    checkWorld("the service account's attempts");
    const Login::Result created = svc.attempt(QStringLiteral(
        "SELECT set_config('docket.actor', 'key:erp', false); SELECT docket_order_create("
        "'{\"customer_name\": \"Svc\", \"channel\": \"web\", \"status\": \"pending\", "
        "\"currency\": \"EUR\", \"lines\": [{\"sku\": \"S\", \"name\": \"N\", "
        "\"quantity\": \"1\", \"unit_price_cents\": \"5\"}]}'::jsonb)"));
    QVERIFY2(created.ok, qPrintable(created.error));
    QCOMPARE(value(owner, QStringLiteral("SELECT actor FROM order_events e JOIN orders o ON o.id "
                                         "= e.order_id WHERE o.customer_name = 'Svc'"))
                 .toString(),
             QStringLiteral("key:erp"));

    // Logins may not use the service's rights or the gateway's functions.
    for (const Attacker& a : attackers()) {
        Login login(m_server, a.name, a.password);
        QVERIFY(!login
                     .attempt(QStringLiteral("INSERT INTO api_calls(at, principal, method, path, "
                                             "status) VALUES (0, 'x', 'GET', '/', 200)"))
                     .ok);
        QVERIFY(!login.attempt(QStringLiteral("SELECT secret FROM intake_channels")).ok);
        QVERIFY(!login.attempt(QStringLiteral("SELECT key_hash FROM api_keys")).ok);
        QVERIFY(!login.attempt(QStringLiteral("SELECT secret FROM webhook_subscriptions")).ok);
        QCOMPARE(login.exec(QStringLiteral("SELECT COUNT(*) FROM api_keys")).text,
                 QStringLiteral("0"));
    }
}

// Issue 17: a login closing a return with a refund through the server's
// function directly (not through the desktop) cannot record a refund it did
// not pay back: the close pays it itself, from the order's payments, as the
// login, or is refused with nothing written; without the rights or the scope
// it is refused outright.
void TestPgSecurity::aReturnsRefundIsPaidBackByTheServer()
{
    const QSqlDatabase owner = m_db->connection();
    const qint64 mine = m_supervisorOwn.first(); // two SKU-S0 at 12.50
    qint64 r = 0;
    qint64 payment = 0;
    try {
        OrderStore orders(owner, adminSession());
        if (orders.order(mine).reviewState == QLatin1String("waiting"))
            ReviewStore(owner, adminSession()).approve({mine});
        FulfilmentStore payments(owner, adminSession());
        payment = payments.addPayment(mine, QStringLiteral("card"), orders.order(mine).total);
        payments.ship(mine, QStringLiteral("dhl"), QString::number(1000000000 + mine));
        ReturnStore returns(owner, adminSession());
        r = returns.create(mine, ReturnReason::Defective, {{QStringLiteral("SKU-S0"), 1}});
        returns.approve(r);
        returns.receive(r, {{1, false, 0}});
        // 20.00 of 25.00 went back by hand: 5.00 is left to refund.
        payments.refund(mine, payment, Money(2000), QStringLiteral("goodwill"));
    } catch (const DocketError& e) {
        QFAIL(qPrintable(e.message()));
    }
    const qint64 version =
        value(owner, QStringLiteral("SELECT version FROM returns WHERE id = ?"), {r}).toLongLong();
    auto world = [&] {
        return value(owner,
                     QStringLiteral(
                         "SELECT (SELECT string_agg(id || ':' || amount_cents || ':' || "
                         "COALESCE(return_id, 0), ',' ORDER BY id) FROM refunds) || '/' || "
                         "(SELECT state || ':' || refund_cents || ':' || version FROM returns "
                         "WHERE id = ?) || '/' || (SELECT refunded_cents FROM payments WHERE id = "
                         "?) || '/' || (SELECT COUNT(*) FROM order_events)"),
                     {r, payment})
            .toString();
    };
    const QString before = world();
    auto close = [&](const QString& resolution, qint64 cents) {
        return QStringLiteral("SELECT docket_return_close(%1, %2, '%3', 'x', %4, NULL)")
            .arg(r)
            .arg(version)
            .arg(resolution)
            .arg(cents);
    };
    for (const Attacker& a : attackers()) {
        Login login(m_server, a.name, a.password);
        QVERIFY2(login.isOpen(), qPrintable(login.openError()));
        // A refund closes a return only with the refund paid: nobody records
        // more than the order's payments give back ...
        Login::Result res = login.attempt(close(QStringLiteral("refund"), 1250));
        QVERIFY2(!res.ok, qPrintable(a.label + QStringLiteral(": closed without paying back")));
        // ... and money back is a refund's only.
        res = login.attempt(close(QStringLiteral("repair"), 500));
        QVERIFY2(!res.ok, qPrintable(a.label));
        QCOMPARE(world(), before);
    }
    // Only the supervisor (handle returns, refund, her own order) may close
    // it; the clerk (no right, not her scope) and the manager (no right) not.
    for (const Attacker& a : {m_clerk, m_manager}) {
        Login login(m_server, a.name, a.password);
        const Login::Result res = login.attempt(close(QStringLiteral("refund"), 500));
        QVERIFY2(!res.ok, qPrintable(a.label));
        QCOMPARE(world(), before);
    }
    Login login(m_server, m_supervisor.name, m_supervisor.password);
    const Login::Result res = login.attempt(close(QStringLiteral("refund"), 500));
    QVERIFY2(res.ok, qPrintable(res.error));
    QCOMPARE(value(owner,
                   QStringLiteral("SELECT string_agg(amount_cents || ':' || created_by, ',') FROM "
                                  "refunds WHERE return_id = ?"),
                   {r})
                 .toString(),
             QStringLiteral("500:") + m_supervisor.name);
    QCOMPARE(value(owner,
                   QStringLiteral("SELECT state || ':' || refund_cents FROM returns WHERE "
                                  "id = ?"),
                   {r})
                 .toString(),
             QStringLiteral("closed:500"));
    QCOMPARE(
        value(owner, QStringLiteral("SELECT refunded_cents FROM payments WHERE id = ?"), {payment})
            .toLongLong(),
        2500);
}

// Commit marks (0137, issue 18 item 3): after a COMMIT whose answer was lost,
// Docket looks for its connection's mark. No other login can read that mark,
// move it on (the change would look lost and be made twice) or write it, and
// nobody reads or writes the table but through the two functions.
void TestPgSecurity::commitMarksAreTheLoginsOwn()
{
    Login clerk(m_server, m_clerk.name, m_clerk.password);
    QVERIFY2(clerk.isOpen(), qPrintable(clerk.openError()));
    const QString mine = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString seen = QStringLiteral("SELECT COALESCE(docket_commit_seen('%1'), -1)").arg(mine);
    const Login::Result marked =
        clerk.attempt(QStringLiteral("SELECT docket_commit_mark('%1', 5)").arg(mine));
    QVERIFY2(marked.ok, qPrintable(marked.error));
    QCOMPARE(marked.text, QStringLiteral("true")); // written, and it says so (0141)
    QCOMPARE(clerk.exec(seen).text, QStringLiteral("5"));
    for (const Attacker& a : {m_manager, m_supervisor}) {
        Login other(m_server, a.name, a.password);
        QVERIFY2(other.isOpen(), qPrintable(other.openError()));
        const Login::Result read = other.exec(seen);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.text, QStringLiteral("-1")); // NULL: not its connection
        const Login::Result theirs =
            other.attempt(QStringLiteral("SELECT docket_commit_mark('%1', 6)").arg(mine));
        // Not written, and it says so: the desk does not count it as a mark.
        QVERIFY2(theirs.ok, qPrintable(theirs.error));
        QCOMPARE(theirs.text, QStringLiteral("false"));
        QCOMPARE(clerk.exec(seen).text, QStringLiteral("5"));
        for (const QString& s :
             {QStringLiteral("SELECT * FROM docket_commit_marks"),
              QStringLiteral("UPDATE docket_commit_marks SET token = token + 1"),
              QStringLiteral("DELETE FROM docket_commit_marks"),
              QStringLiteral("INSERT INTO docket_commit_marks VALUES ('%1', '%2', 6, now())")
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), a.name)}) {
            const Login::Result r = other.attempt(s);
            QVERIFY2(!r.ok && r.error.contains(QLatin1String("permission denied")),
                     qPrintable(a.label + QStringLiteral(": ") + s + QStringLiteral(" -> ") +
                                (r.ok ? QStringLiteral("allowed") : r.error)));
        }
    }
    QCOMPARE(value(m_db->connection(),
                   QStringLiteral("SELECT login || '/' || token FROM docket_commit_marks WHERE "
                                  "connection = CAST(? AS uuid)"),
                   {mine})
                 .toString(),
             m_clerk.name + QStringLiteral("/5"));
    // Made-up connection ids cannot grow the table without bound: a login
    // keeps at most 1,000 marks; the prune drops only its marks quiet for an
    // hour, never the one being written (0141, 0142).
    const Login::Result flood = clerk.exec(
        QStringLiteral("SELECT count(*) FILTER (WHERE docket_commit_mark(gen_random_uuid(), 1)) "
                       "FROM generate_series(1, 1005)"));
    QVERIFY2(flood.ok, qPrintable(flood.error));
    QCOMPARE(flood.text, QStringLiteral("1005")); // each written, none dropped within the hour
    const QSqlDatabase owner = m_db->connection();
    const QString clerksMarks =
        QStringLiteral("SELECT count(*) FROM docket_commit_marks WHERE login = ?");
    QCOMPARE(value(owner, clerksMarks, {m_clerk.name}).toInt(), 1006);
    QCOMPARE(value(owner,
                   QStringLiteral("WITH aged AS (UPDATE docket_commit_marks SET marked_at = "
                                  "marked_at - interval '2 hours' WHERE login = ? RETURNING 1) "
                                  "SELECT count(*) FROM aged"),
                   {m_clerk.name})
                 .toInt(),
             1006);
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Login::Result last =
        clerk.attempt(QStringLiteral("SELECT docket_commit_mark('%1', 9)").arg(fresh));
    QVERIFY2(last.ok, qPrintable(last.error));
    QCOMPARE(last.text, QStringLiteral("true"));
    QCOMPARE(value(owner, clerksMarks, {m_clerk.name}).toInt(), 1000);
    QCOMPARE(clerk.exec(QStringLiteral("SELECT docket_commit_seen('%1')").arg(fresh)).text,
             QStringLiteral("9")); // the new mark is kept
    // Nor can a login flood within the hour: one holding 10,000 marks gets no
    // new connection id (false, as for another login's id), while a
    // connection that has its mark keeps updating it (0143). (The prune first
    // drops the 999 marks quiet for an hour: the 9,999 new ones and `fresh`
    // make 10,000.)
    QCOMPARE(value(owner,
                   QStringLiteral("WITH added AS (INSERT INTO docket_commit_marks SELECT "
                                  "gen_random_uuid(), ?, 1, now() FROM generate_series(1, 9999) "
                                  "RETURNING 1) SELECT count(*) FROM added"),
                   {m_clerk.name})
                 .toInt(),
             9999);
    const QString tooMany = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Login::Result capped =
        clerk.attempt(QStringLiteral("SELECT docket_commit_mark('%1', 1)").arg(tooMany));
    QVERIFY2(capped.ok, qPrintable(capped.error));
    QCOMPARE(capped.text, QStringLiteral("false"));
    QCOMPARE(
        clerk.exec(QStringLiteral("SELECT COALESCE(docket_commit_seen('%1'), -1)").arg(tooMany))
            .text,
        QStringLiteral("-1"));
    QCOMPARE(value(owner, clerksMarks, {m_clerk.name}).toInt(), 10000);
    const Login::Result again =
        clerk.attempt(QStringLiteral("SELECT docket_commit_mark('%1', 10)").arg(fresh));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.text, QStringLiteral("true"));
    QCOMPARE(clerk.exec(QStringLiteral("SELECT docket_commit_seen('%1')").arg(fresh)).text,
             QStringLiteral("10"));
    // An hour later the prune makes room again, down to 1,000.
    value(owner,
          QStringLiteral("UPDATE docket_commit_marks SET marked_at = marked_at - interval "
                         "'2 hours' WHERE login = ?"),
          {m_clerk.name});
    const Login::Result later =
        clerk.attempt(QStringLiteral("SELECT docket_commit_mark('%1', 1)").arg(tooMany));
    QVERIFY2(later.ok, qPrintable(later.error));
    QCOMPARE(later.text, QStringLiteral("true"));
    QCOMPARE(value(owner, clerksMarks, {m_clerk.name}).toInt(), 1000);
    checkWorld("commit marks");
}

QTEST_MAIN(TestPgSecurity)
#include "test_pg_security.moc"
