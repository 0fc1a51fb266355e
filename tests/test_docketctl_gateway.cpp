// docketctl's gateway commands as a user runs them (a real process on a
// SQLite file, or with DOCKET_TEST_BACKENDS=postgres on a PostgreSQL server
// in DOCKET_TEST_PG: test_docketctl_gateway_pg): `apikey create|list|revoke|
// calls`, `webhook add|list|log|remove`, `intake channel set|list|remove` and
// `intake log`. Their output, exit codes (0 done, 2 usage or bad input, 3 not
// found, 4 not allowed) and what they leave in the database: a key stored
// hashed and shown once, each change in the security log, a clerk refused.

#include "ctlprocess.h"
#include "db/database.h"
#include "stores/apikeystore.h"
#include "stores/intakestore.h"
#include "stores/orderstore.h"
#include "testdb.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifndef DOCKETCTL_PATH
#error "DOCKETCTL_PATH must name the built docketctl (see tests/CMakeLists.txt)"
#endif

using namespace docket;

namespace {

using Result = docket::test::CtlResult;

const QString kBossPassword = QStringLiteral("Correct-Horse-9");
const QString kClerkPassword = QStringLiteral("Clerk-Battery-7");

} // namespace

class TestDocketctlGateway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void apiKeys();
    void webhooks();
    void intakeChannelsAndLog();

private:
    Result run(const QStringList& args, const QString& user = QStringLiteral("boss"),
               const QString& password = kBossPassword, const QString& newPassword = {});
    QVariant scalar(const QString& sql, const QVariantList& binds = {});

    QTemporaryDir m_dir;
    QString m_db;         // the SQLite file or the postgresql:// URL docketctl is given
    QString m_pgPassword; // for a server that wants one (PGPASSWORD)
    std::unique_ptr<test::TestDb> m_pg;
    std::shared_ptr<Database> m_database;
};

static bool onPostgreSQL()
{
    return qEnvironmentVariable("DOCKET_TEST_BACKENDS") == QLatin1String("postgres");
}

Result TestDocketctlGateway::run(const QStringList& args, const QString& user,
                                 const QString& password, const QString& newPassword)
{
    QProcessEnvironment env =
        docket::test::ctlEnvironment(m_dir.filePath(QStringLiteral("config")));
    if (!password.isEmpty())
        env.insert(QStringLiteral("DOCKET_PASSWORD"), password);
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("DOCKET_NEW_PASSWORD"), newPassword);
    if (!m_pgPassword.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), m_pgPassword);
    QStringList all{QStringLiteral("--database"), m_db};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    return docket::test::runCtl(QStringLiteral(DOCKETCTL_PATH), all + args, env, 60000);
}

QVariant TestDocketctlGateway::scalar(const QString& sql, const QVariantList& binds)
{
    return test::queryValue(m_database->connection(), sql, binds);
}

void TestDocketctlGateway::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (onPostgreSQL()) {
        if (qEnvironmentVariableIsEmpty("DOCKET_TEST_PG"))
            QSKIP("no PostgreSQL server (set DOCKET_TEST_PG)");
        try {
            m_pg = std::make_unique<test::TestDb>(Backend::PostgreSQL, test::TestDb::Setup::Empty);
        } catch (const DocketError& e) {
            QFAIL(qPrintable(QStringLiteral("test database: ") + e.message()));
        }
        m_db = m_pg->config().toString();
        m_pgPassword = m_pg->config().password;
    } else {
        m_db = m_dir.filePath(QStringLiteral("gateway.db"));
    }
    Result r = run({QStringLiteral("db"), QStringLiteral("init")}, {}, {});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
             QStringLiteral("--admin")},
            {}, kBossPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clara"),
             QStringLiteral("--role"), QStringLiteral("clerk")},
            QStringLiteral("boss"), kBossPassword, kClerkPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (m_pg) {
        m_database = m_pg->openAnother(); // the test's own look past docketctl
        return;
    }
    DatabaseConfig config;
    config.path = m_db;
    m_database = std::make_shared<Database>(config);
    m_database->open(false);
}

void TestDocketctlGateway::cleanupTestCase()
{
    m_database.reset();
    m_pg.reset();
}

void TestDocketctlGateway::apiKeys()
{
    Result r =
        run({QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("erp"),
             QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--scope"),
             QStringLiteral("channels:web"), QStringLiteral("--rate"), QStringLiteral("120")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("shown this once")), qPrintable(r.out));
    const QString key = r.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
    QVERIFY2(key.size() >= 24 && !key.contains(QLatin1Char(' ')), qPrintable(key));
    // Stored hashed: the key itself is nowhere in the database; it works.
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE key_hash = ? OR prefix = ?"),
               {key, key})
            .toInt(),
        0);
    const auto principal = ApiKeyStore(m_database->connection()).authenticate(key);
    QVERIFY(principal.has_value());
    QVERIFY(!ApiKeyStore(m_database->connection()).authenticate(key + QLatin1Char('x')));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM security_events WHERE actor = 'boss' "
                                   "AND kind LIKE 'apikey%'"))
                 .toInt(),
             1);

    // The list: its number, name, prefix, role, scope, rate, state; never the key.
    r = run({QStringLiteral("apikey"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList fields = r.out.trimmed().split(QLatin1Char('\t'));
    QVERIFY2(fields.size() >= 8, qPrintable(r.out));
    QCOMPARE(fields[0].toLongLong(),
             scalar(QStringLiteral("SELECT id FROM api_keys WHERE name = 'erp'")).toLongLong());
    QCOMPARE(fields[1], QStringLiteral("erp"));
    QVERIFY(key.startsWith(fields[2].chopped(1))); // "dk_3f9a…"
    QCOMPARE(fields[3], QStringLiteral("clerk"));
    QCOMPARE(fields[4], QStringLiteral("channels:web"));
    QCOMPARE(fields[5], QStringLiteral("120/min"));
    QCOMPARE(fields[6], QStringLiteral("active"));
    QVERIFY(!r.out.contains(key));

    // Bad input is named, nothing made.
    r = run({QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("noRole")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--role")), qPrintable(r.err));
    r = run({QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("wiz"),
             QStringLiteral("--role"), QStringLiteral("wizard")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("wizard")), qPrintable(r.err));
    r = run({QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("fast"),
             QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--rate"),
             QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--rate")), qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM api_keys")).toInt(), 1);
    // A clerk may not make keys.
    r = run({QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("mine"),
             QStringLiteral("--role"), QStringLiteral("clerk")},
            QStringLiteral("clara"), kClerkPassword);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM api_keys")).toInt(), 1);

    r = run({QStringLiteral("apikey"), QStringLiteral("calls"), QStringLiteral("erp")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // Revoked: it stops working, the list says so, a second revoke is named.
    r = run({QStringLiteral("apikey"), QStringLiteral("revoke"), QStringLiteral("erp")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!ApiKeyStore(m_database->connection()).authenticate(key));
    r = run({QStringLiteral("apikey"), QStringLiteral("list")});
    QVERIFY2(r.out.contains(QStringLiteral("revoked")) && r.out.contains(QStringLiteral("boss")),
             qPrintable(r.out));
    r = run({QStringLiteral("apikey"), QStringLiteral("revoke"), QStringLiteral("nobody")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("nobody")), qPrintable(r.err));
    r = run({QStringLiteral("apikey"), QStringLiteral("revoke")});
    QCOMPARE(r.exitCode, 2);
}

void TestDocketctlGateway::webhooks()
{
    Result r = run({QStringLiteral("webhook"), QStringLiteral("add"),
                    QStringLiteral("http://127.0.0.1:9/hook"), QStringLiteral("--events"),
                    QStringLiteral("order.created,payment.created")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpression made(QStringLiteral("Webhook (\\d+):"));
    const auto m = made.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    const QString id = m.captured(1);
    const QString secret = r.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
    QVERIFY2(secret.size() >= 16, qPrintable(r.out));
    QCOMPARE(scalar(QStringLiteral("SELECT secret FROM webhook_subscriptions WHERE id = ?"), {id})
                 .toString(),
             secret);
    QCOMPARE(scalar(QStringLiteral("SELECT events FROM webhook_subscriptions WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("order.created,payment.created"));
    // A secret of one's own is not printed back.
    r = run({QStringLiteral("webhook"), QStringLiteral("add"),
             QStringLiteral("https://erp.example.com/docket"), QStringLiteral("--secret"),
             QStringLiteral("my-own-secret-0123456789")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("my-own-secret")));

    // Bad input: named, nothing added.
    struct Bad
    {
        QStringList args;
        QString says;
    };
    const QList<Bad> bad{
        {{QStringLiteral("ftp://127.0.0.1/x")}, QStringLiteral("ftp://127.0.0.1/x")},
        {{QStringLiteral("http://127.0.0.1:9/x"), QStringLiteral("--events"),
          QStringLiteral("order.eaten")},
         QStringLiteral("order.eaten")},
        {{QStringLiteral("http://127.0.0.1:9/x"), QStringLiteral("--secret"),
          QStringLiteral("short")},
         QStringLiteral("16 to 256")},
        {{}, QStringLiteral("webhook add URL")},
    };
    for (const Bad& b : bad) {
        r = run(QStringList{QStringLiteral("webhook"), QStringLiteral("add")} + b.args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(b.says), qPrintable(r.err));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_subscriptions")).toInt(), 2);
    r = run({QStringLiteral("webhook"), QStringLiteral("add"),
             QStringLiteral("http://127.0.0.1:9/hook")},
            QStringLiteral("clara"), kClerkPassword);
    QCOMPARE(r.exitCode, 4);

    // An order made now is due to both; the log shows it.
    {
        OrderStore store(m_database->connection(), test::adminSession());
        Order o;
        o.customerName = QStringLiteral("Hooked");
        o.channel = QStringLiteral("web");
        o.lines << OrderLine{0, 0, QStringLiteral("H-1"), QStringLiteral("Hook"), 1, Money(500)};
        store.create(o);
    }
    r = run({QStringLiteral("webhook"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(id + QStringLiteral("\thttp://127.0.0.1:9/hook\torder.created,"
                                                "payment.created\tactive\t1 pending, 0 "
                                                "delivered, 0 failed")),
             qPrintable(r.out));
    r = run({QStringLiteral("webhook"), QStringLiteral("log"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("\torder.created\tpending\t0\t")), qPrintable(r.out));
    r = run({QStringLiteral("webhook"), QStringLiteral("log"), QStringLiteral("seven")});
    QCOMPARE(r.exitCode, 2);

    // Removed: what it had not received is given up; gone from the list.
    r = run({QStringLiteral("webhook"), QStringLiteral("remove"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE "
                                   "subscription_id = ? AND state = 'pending'"),
                    {id})
                 .toInt(),
             0);
    r = run({QStringLiteral("webhook"), QStringLiteral("list")});
    QVERIFY(!r.out.contains(QStringLiteral("127.0.0.1:9/hook")));
    r = run({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--all")});
    QVERIFY2(r.out.contains(QStringLiteral("127.0.0.1:9/hook")) &&
                 r.out.contains(QStringLiteral("removed")),
             qPrintable(r.out));
    r = run({QStringLiteral("webhook"), QStringLiteral("remove"), id});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind IN "
                                   "('webhook_added', 'webhook_removed')"))
                 .toInt(),
             3);
}

void TestDocketctlGateway::intakeChannelsAndLog()
{
    Result r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("set"),
                    QStringLiteral("web"), QStringLiteral("--generate-secret")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("/webhooks/woocommerce/web")), qPrintable(r.out));
    const QString secret = r.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
    QVERIFY2(secret.size() >= 16, qPrintable(r.out));
    r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("list")});
    QVERIFY2(r.out.startsWith(QStringLiteral("web\twoocommerce\tunknown SKUs: refuse\t")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(secret));
    // The rule changes; the secret stays.
    r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("set"),
             QStringLiteral("web"), QStringLiteral("--unknown-sku"), QStringLiteral("unlinked")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("list")});
    QVERIFY2(r.out.contains(QStringLiteral("unknown SKUs: unlinked")), qPrintable(r.out));
    r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("set"),
             QStringLiteral("web"), QStringLiteral("--secret"), QStringLiteral("abc"),
             QStringLiteral("--generate-secret")});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("set"),
             QStringLiteral("web"), QStringLiteral("--unknown-sku"), QStringLiteral("maybe")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unlinked")), qPrintable(r.err));
    r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("set"),
             QStringLiteral("web"), QStringLiteral("--generate-secret")},
            QStringLiteral("clara"), kClerkPassword);
    QCOMPARE(r.exitCode, 4);

    // The intake log: refusals, newest first, naming the field; by channel.
    IntakeStore intake(m_database->connection(), test::adminSession());
    IntakeLogEntry e;
    e.source = QStringLiteral("woocommerce");
    e.channel = QStringLiteral("web");
    e.externalId = QStringLiteral("W-77");
    e.principal = QStringLiteral("woocommerce:web");
    e.status = 422;
    e.code = QStringLiteral("total_mismatch");
    e.field = QStringLiteral("total");
    e.message = QStringLiteral("The lines add up to 24.00, not 25.00.");
    intake.log(e);
    e.channel = QStringLiteral("pos");
    e.externalId = QStringLiteral("P-1");
    e.code = QStringLiteral("unknown_sku");
    e.field = QStringLiteral("lines[0].sku");
    intake.log(e);
    r = run({QStringLiteral("intake"), QStringLiteral("log")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(QStringLiteral("woocommerce/pos\tP-1\t422\tunknown_sku")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QStringLiteral("woocommerce/web\tW-77\t422\ttotal_mismatch\tThe "
                                              "lines add up to 24.00, not 25.00. [total]")),
             qPrintable(lines[1]));
    r = run({QStringLiteral("intake"), QStringLiteral("log"), QStringLiteral("--channel"),
             QStringLiteral("web"), QStringLiteral("--limit"), QStringLiteral("5")});
    lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines[0].contains(QStringLiteral("W-77")));
    r = run({QStringLiteral("intake"), QStringLiteral("log"), QStringLiteral("--limit"),
             QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);

    r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("remove"),
             QStringLiteral("web")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("list")});
    QVERIFY(r.out.trimmed().isEmpty());
    r = run({QStringLiteral("intake"), QStringLiteral("channel"), QStringLiteral("remove"),
             QStringLiteral("web")});
    QCOMPARE(r.exitCode, 3);
    r = run({QStringLiteral("intake"), QStringLiteral("sideways")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_MAIN(TestDocketctlGateway)
#include "test_docketctl_gateway.moc"
