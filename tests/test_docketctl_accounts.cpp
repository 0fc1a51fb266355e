// docketctl with accounts, as a real process: a new database allows only
// setting up until the first administrator exists; then every order command
// signs in (--user, DOCKET_PASSWORD) and obeys the user's role and scope; a
// wrong password exits 4; a lockout says until when.

#include "ctlprocess.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef DOCKETCTL_PATH
#error "DOCKETCTL_PATH must name the built docketctl (see tests/CMakeLists.txt)"
#endif

namespace {

using Result = docket::test::CtlResult;

const QString kRootPassword = QStringLiteral("root password 1");
const QString kClerkPassword = QStringLiteral("clerk password 1");

} // namespace

class TestDocketctlAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newDatabaseAllowsOnlySetup();
    void signInIsRequired();
    void wrongPasswordExitsFour();
    void clerkObeysRoleAndScope();
    void administration();
    void lockout();

private:
    // Runs docketctl on the test database as `user` (none: no --user).
    Result run(const QStringList& args, const QString& user = {}, const QString& password = {},
               const QString& newPassword = {});

    QTemporaryDir m_dir;
    QString m_db;
};

Result TestDocketctlAccounts::run(const QStringList& args, const QString& user,
                                  const QString& password, const QString& newPassword)
{
    QProcessEnvironment env =
        docket::test::ctlEnvironment(m_dir.filePath(QStringLiteral("config")));
    if (!password.isEmpty())
        env.insert(QStringLiteral("DOCKET_PASSWORD"), password);
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("DOCKET_NEW_PASSWORD"), newPassword);
    QStringList all{QStringLiteral("--database"), m_db};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    // No terminal: a prompt reads end-of-file.
    return docket::test::runCtl(QStringLiteral(DOCKETCTL_PATH), all + args, env, 60000);
}

void TestDocketctlAccounts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("accounts.db"));
}

void TestDocketctlAccounts::newDatabaseAllowsOnlySetup()
{
    Result r = run({QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("seed"), QStringLiteral("--orders"), QStringLiteral("120"),
             QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("orders"), QStringLiteral("count")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("user add NAME --admin")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // The first user must be an administrator; without a password nothing happens.
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root"),
             QStringLiteral("--admin")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("No password")), qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root"),
             QStringLiteral("--admin")},
            {}, QStringLiteral("short"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("too short")), qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root"),
             QStringLiteral("--admin")},
            {}, kRootPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("first administrator root")));
    // Only once.
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"),
             QStringLiteral("--admin")},
            {}, kRootPassword);
    QCOMPARE(r.exitCode, 2); // needs a sign-in now
}

void TestDocketctlAccounts::signInIsRequired()
{
    Result r = run({QStringLiteral("orders"), QStringLiteral("count")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
    r = run({QStringLiteral("orders"), QStringLiteral("count")}, QStringLiteral("root"),
            kRootPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.trimmed().toInt() > 100 && r.out.trimmed().toInt() <= 120, qPrintable(r.out));
    // Schema upgrades need no account.
    r = run({QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestDocketctlAccounts::wrongPasswordExitsFour()
{
    Result r = run({QStringLiteral("orders"), QStringLiteral("count")}, QStringLiteral("root"),
                   QStringLiteral("not it"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("user name or password is wrong")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = run({QStringLiteral("orders"), QStringLiteral("count")}, QStringLiteral("nobody"),
            QStringLiteral("not it"));
    QCOMPARE(r.exitCode, 4);
}

void TestDocketctlAccounts::clerkObeysRoleAndScope()
{
    Result r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clara"),
                    QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--scope"),
                    QStringLiteral("channels:web")},
                   QStringLiteral("root"), kRootPassword, kClerkPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QStringList countAll{QStringLiteral("orders"), QStringLiteral("count"),
                               QStringLiteral("--all-validity")};
    const int web = run(countAll + QStringList{QStringLiteral("--channel"), QStringLiteral("web")},
                        QStringLiteral("root"), kRootPassword)
                        .out.trimmed()
                        .toInt();
    r = run(countAll, QStringLiteral("clara"), kClerkPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed().toInt(), web);
    r = run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("500"), QStringLiteral("--all-validity")},
            QStringLiteral("clara"), kClerkPassword);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), web);
    for (const auto& row : rows)
        QCOMPARE(row.toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("web"));

    // An order outside the scope does not exist for her.
    r = run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--channel"),
             QStringLiteral("retail")},
            QStringLiteral("root"), kRootPassword);
    const QString retail = QJsonDocument::fromJson(r.out.toUtf8())
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    QVERIFY(!retail.isEmpty());
    r = run({QStringLiteral("orders"), QStringLiteral("show"), retail}, QStringLiteral("clara"),
            kClerkPassword);
    QCOMPARE(r.exitCode, 3);

    // Forbidden operations: exit 4, nothing changed.
    r = run({QStringLiteral("orders"), QStringLiteral("delete"), QStringLiteral("--all-invalid")},
            QStringLiteral("clara"), kClerkPassword);
    QCOMPARE(r.exitCode, 4);
    r = run({QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("clara"),
            kClerkPassword);
    QCOMPARE(r.exitCode, 4);
    r = run({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("clara"),
             QStringLiteral("--role"), QStringLiteral("administrator")},
            QStringLiteral("clara"), kClerkPassword);
    QCOMPARE(r.exitCode, 4);
    r = run(countAll, QStringLiteral("clara"), kClerkPassword);
    QCOMPARE(r.out.trimmed().toInt(), web);
}

void TestDocketctlAccounts::administration()
{
    Result r = run({QStringLiteral("role"), QStringLiteral("list")}, QStringLiteral("root"),
                   kRootPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("manager\tbuilt-in")));
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mona"),
             QStringLiteral("--role"), QStringLiteral("wizard")},
            QStringLiteral("root"), kRootPassword, kClerkPassword);
    QCOMPARE(r.exitCode, 3);
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mona"),
             QStringLiteral("--role"), QStringLiteral("manager")},
            QStringLiteral("root"), kRootPassword, kClerkPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("mona")},
            QStringLiteral("root"), kRootPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("orders"), QStringLiteral("count")}, QStringLiteral("mona"),
            kClerkPassword);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("disabled")), qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("root")},
            QStringLiteral("root"), kRootPassword);
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("root"),
            kRootPassword);
    QVERIFY(r.out.contains(QStringLiteral("mona\t\tmanager\tall\tdisabled")));

    // Own password: the sign-in password is the current one.
    r = run({QStringLiteral("user"), QStringLiteral("passwd")}, QStringLiteral("root"),
            kRootPassword, QStringLiteral("root password 2"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("orders"), QStringLiteral("count")}, QStringLiteral("root"),
            kRootPassword);
    QCOMPARE(r.exitCode, 4);
    r = run({QStringLiteral("user"), QStringLiteral("passwd")}, QStringLiteral("root"),
            QStringLiteral("root password 2"), kRootPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = run({QStringLiteral("security-log"), QStringLiteral("--about"), QStringLiteral("mona"),
             QStringLiteral("--kind"), QStringLiteral("user_disabled")},
            QStringLiteral("root"), kRootPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.contains(QStringLiteral("root\tuser_disabled\tmona\tenabled → disabled")));
}

void TestDocketctlAccounts::lockout()
{
    Result r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lou"),
                    QStringLiteral("--role"), QStringLiteral("clerk")},
                   QStringLiteral("root"), kRootPassword, kClerkPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (int i = 0; i < 5; ++i)
        r = run({QStringLiteral("orders"), QStringLiteral("count")}, QStringLiteral("lou"),
                QStringLiteral("guess"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("locked until")), qPrintable(r.err));
    r = run({QStringLiteral("orders"), QStringLiteral("count")}, QStringLiteral("lou"),
            kClerkPassword);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("locked")), qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("lou")},
            QStringLiteral("root"), kRootPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("orders"), QStringLiteral("count")}, QStringLiteral("lou"),
            kClerkPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestDocketctlAccounts)
#include "test_docketctl_accounts.moc"
