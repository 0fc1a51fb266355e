// The team-mode connection dialog, driven through its widgets offscreen:
// a pasted postgresql:// address fills the fields, "Test Connection" reaches
// the test server (and names the problem when it cannot), Connect remembers
// the connection among the recent ones without its password. A postgresql://
// address without a password asks for it (naming user@host/db): Cancel opens
// nothing, a wrong password keeps the prompt open with the server's answer,
// ~/.pgpass and PGPASSWORD make the prompt unnecessary.

#include "connectiondialog.h"
#include "db/recentconnections.h"
#include "testdb.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace docket;

namespace {
constexpr int kWait = 20000;

template <typename T> T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

void typeInto(QLineEdit* e, const QString& text)
{
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Delete);
    QTest::keyClicks(e, text);
    // Leaving the field is what applies it (Return would press Connect).
    QTest::keyClick(e, Qt::Key_Tab);
}

// Runs `act` on the next visible modal PasswordDialog; counts in `seen`.
void whenPrompted(std::function<void(PasswordDialog*)> act, int* seen)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act, seen] {
        auto* w = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget());
        if (w && w->isVisible()) {
            timer->stop();
            timer->deleteLater();
            ++*seen;
            act(w);
        } else if (++*tries > 400) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(25);
}

// A server-side login role for the password tests (the test server's
// superuser is trusted; everyone else gives a password).
bool adminExec(const QString& statement)
{
    const DatabaseConfig server =
        DatabaseConfig::fromString(qEnvironmentVariable("DOCKET_TEST_PG"));
    const QString name = QStringLiteral("pgui-admin");
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setUserName(server.user);
        admin.setPassword(server.password);
        admin.setDatabaseName(QStringLiteral("postgres"));
        ok = admin.open() && QSqlQuery(admin).exec(statement);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

class TestUiConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addressFillsTheFields();
    void incompleteIsRefused();
    void testsAgainstTheServer();
    void connectRemembersWithoutPassword();
    void passwordPromptNamesAccountAndCancels();
    void passwordFileAndVariableSkipThePrompt();
    void wrongPasswordKeepsThePromptOpen();
};

void TestUiConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QApplication::setApplicationName(QStringLiteral("test_ui_connection"));
}

void TestUiConnection::init()
{
    QSettings().clear();
    // Neither the tester's PGPASSWORD nor their ~/.pgpass.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/docket-test-pgpass");
}

void TestUiConnection::addressFillsTheFields()
{
    ConnectionDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    typeInto(child<QLineEdit>(d, "url"),
             QStringLiteral("postgresql://anna@db.example.com:6543/shop?sslmode=verify-full"));
    QCOMPARE(child<QLineEdit>(d, "host")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(child<QSpinBox>(d, "port")->value(), 6543);
    QCOMPARE(child<QLineEdit>(d, "database")->text(), QStringLiteral("shop"));
    QCOMPARE(child<QLineEdit>(d, "user")->text(), QStringLiteral("anna"));
    QCOMPARE(child<QComboBox>(d, "tls")->currentData().toString(), QStringLiteral("verify-full"));
    const DatabaseConfig c = d.config();
    QCOMPARE(c.backend, Backend::PostgreSQL);
    QCOMPARE(c.sslMode, QStringLiteral("verify-full"));

    // And back: editing a field rewrites the address.
    typeInto(child<QLineEdit>(d, "database"), QStringLiteral("docket"));
    QCOMPARE(child<QLineEdit>(d, "url")->text(),
             QStringLiteral("postgresql://anna@db.example.com:6543/docket?sslmode=verify-full"));

    // A whole address pasted into the server field is taken as the address.
    typeInto(child<QLineEdit>(d, "host"),
             QStringLiteral("postgresql://carl@pasted.example.com:7000/team?sslmode=require"));
    QCOMPARE(child<QLineEdit>(d, "host")->text(), QStringLiteral("pasted.example.com"));
    QCOMPARE(child<QSpinBox>(d, "port")->value(), 7000);
    QCOMPARE(child<QLineEdit>(d, "user")->text(), QStringLiteral("carl"));
    QCOMPARE(child<QLineEdit>(d, "database")->text(), QStringLiteral("team"));
    typeInto(child<QLineEdit>(d, "url"),
             QStringLiteral("postgresql://anna@db.example.com:6543/docket?sslmode=verify-full"));

    // A multi-host address (a primary and its standbys) fills the standbys
    // field, and the field writes them back into the address.
    typeInto(child<QLineEdit>(d, "url"),
             QStringLiteral("postgresql://anna@db1:5432,db2:5433,[::1]:5434/docket"));
    QCOMPARE(child<QLineEdit>(d, "host")->text(), QStringLiteral("db1"));
    QCOMPARE(child<QLineEdit>(d, "standbys")->text(), QStringLiteral("db2:5433, [::1]:5434"));
    QCOMPARE(d.config().otherServers.size(), 2);
    typeInto(child<QLineEdit>(d, "standbys"), QStringLiteral("db3:6000"));
    QCOMPARE(child<QLineEdit>(d, "url")->text(),
             QStringLiteral("postgresql://anna@db1:5432,db3:6000/docket?sslmode=prefer"));
    // Reading lists from a standby: the address carries it, and gives it back.
    auto* readStandby = child<QCheckBox>(d, "readStandby");
    auto* maxLag = child<QSpinBox>(d, "maxStandbyLag");
    QVERIFY(readStandby->isEnabled());
    QVERIFY(!maxLag->isEnabled());
    QVERIFY(!d.config().readFromStandby);
    QTest::mouseClick(readStandby, Qt::LeftButton);
    QVERIFY(maxLag->isEnabled());
    maxLag->setValue(8);
    QCOMPARE(child<QLineEdit>(d, "url")->text(),
             QStringLiteral("postgresql://anna@db1:5432,db3:6000/docket?sslmode=prefer&read_from="
                            "standby&max_standby_lag=8"));
    QVERIFY(d.config().readFromStandby);
    QCOMPARE(d.config().maxStandbyLag, 8);
    if (const QString dir = qEnvironmentVariable("DOCKET_SCREENSHOT_DIR"); !dir.isEmpty())
        d.grab().save(dir + QStringLiteral("/connection-dialog-standby.png"));
    typeInto(child<QLineEdit>(d, "url"),
             QStringLiteral("postgresql://anna@db1,db2/docket?read_from=standby"));
    QVERIFY(readStandby->isChecked());
    QCOMPARE(maxLag->value(), DatabaseConfig::kDefaultMaxStandbyLag);
    typeInto(child<QLineEdit>(d, "standbys"), QString());
    QVERIFY(d.config().otherServers.isEmpty());
    // Without a standby there is nothing to read from.
    QVERIFY(!readStandby->isEnabled());
    QVERIFY(!d.config().readFromStandby);
    typeInto(child<QLineEdit>(d, "url"),
             QStringLiteral("postgresql://anna@db.example.com:6543/docket?sslmode=verify-full"));

    // A bad sslmode is named, and nothing changes.
    typeInto(child<QLineEdit>(d, "url"),
             QStringLiteral("postgresql://anna@other:1/x?sslmode=sometimes"));
    QVERIFY(child<QLabel>(d, "result")->text().contains(QLatin1String("sometimes")));
    QCOMPARE(child<QLineEdit>(d, "host")->text(), QStringLiteral("db.example.com"));
}

void TestUiConnection::incompleteIsRefused()
{
    ConnectionDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(d, "connect"), Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(d.isVisible());
    QVERIFY(child<QLabel>(d, "result")->isVisible());
    QVERIFY(child<QLabel>(d, "result")->text().contains(QLatin1String("server")));
    QVERIFY(recentconnections::list().isEmpty());
}

void TestUiConnection::testsAgainstTheServer()
{
    const QString url = qEnvironmentVariable("DOCKET_TEST_PG");
    if (url.isEmpty())
        QSKIP("DOCKET_TEST_PG is not set");
    ConnectionDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    typeInto(child<QLineEdit>(d, "url"), url + QStringLiteral("?sslmode=disable"));
    QSignalSpy tested(&d, &ConnectionDialog::tested);
    QTest::mouseClick(child<QPushButton>(d, "test"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, kWait);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    QVERIFY(child<QLabel>(d, "result")->text().contains(QLatin1String("Connected to PostgreSQL")));
    QVERIFY(child<QPushButton>(d, "test")->isEnabled());
    // A picture of the dialog for people to look at, when asked for.
    if (const QString dir = qEnvironmentVariable("DOCKET_SCREENSHOT_DIR"); !dir.isEmpty())
        d.grab().save(dir + QStringLiteral("/connection-dialog.png"));

    // Nothing listens on port 1: the dialog says why, and stays open.
    child<QSpinBox>(d, "port")->setValue(1);
    QTest::mouseClick(child<QPushButton>(d, "test"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, kWait);
    QVERIFY(!tested.at(1).at(0).toBool());
    QVERIFY2(child<QLabel>(d, "result")->text().contains(QLatin1String("Cannot open")),
             qPrintable(child<QLabel>(d, "result")->text()));
}

void TestUiConnection::connectRemembersWithoutPassword()
{
    {
        ConnectionDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        typeInto(child<QLineEdit>(d, "url"),
                 QStringLiteral("postgresql://ben@db.example.com/docket?sslmode=require"));
        typeInto(child<QLineEdit>(d, "password"), QStringLiteral("s3cret-pass"));
        QCOMPARE(d.config().password, QStringLiteral("s3cret-pass"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>(d, "connect"), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(d.config().password, QStringLiteral("s3cret-pass")); // for this session only
    }
    const QStringList stored = settings::recentConnections.value();
    QCOMPARE(stored, QStringList{QStringLiteral(
                         "postgresql://ben@db.example.com:5432/docket?sslmode=require")});
    QSettings s;
    for (const QString& k : s.allKeys())
        QVERIFY(!s.value(k).toString().contains(QLatin1String("s3cret")));

    // The next time: offered first, password empty.
    ConnectionDialog again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(child<QComboBox>(again, "recent")->count(), 2);
    QCOMPARE(child<QLineEdit>(again, "host")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(child<QLineEdit>(again, "user")->text(), QStringLiteral("ben"));
    QCOMPARE(child<QComboBox>(again, "tls")->currentData().toString(), QStringLiteral("require"));
    QVERIFY(child<QLineEdit>(again, "password")->text().isEmpty());
    // Only the password is left to type: it has the focus.
    QCOMPARE(again.focusWidget(), child<QLineEdit>(again, "password"));
}

void TestUiConnection::passwordPromptNamesAccountAndCancels()
{
    const DatabaseConfig config = DatabaseConfig::fromString(
        QStringLiteral("postgresql://anna@db.example.com:6543/shop?sslmode=require"));
    QVERIFY(config.password.isEmpty());
    QVERIFY(!passwordKnownFor(config));
    const QStringList before = QSqlDatabase::connectionNames();
    int prompts = 0;
    QString account, title;
    bool hidden = false;
    whenPrompted(
        [&](PasswordDialog* d) {
            account = child<QLabel>(*d, "account")->text();
            title = d->windowTitle();
            auto* password = child<QLineEdit>(*d, "password");
            // The dialog's own focus child (hasFocus() also needs the window to
            // be active, which an offscreen platform may not have made it yet).
            hidden = password->echoMode() == QLineEdit::Password && d->focusWidget() == password;
            QTest::keyClicks(password, QStringLiteral("typed-then-cancelled"));
            QTest::keyClick(d, Qt::Key_Escape);
        },
        &prompts);
    QString error = QStringLiteral("untouched");
    const std::shared_ptr<Database> db =
        openDatabaseInteractively(nullptr, config, /*create=*/false, &error);
    QCOMPARE(prompts, 1);
    QVERIFY(!db);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // cancelled: nothing to explain
    QVERIFY2(account.contains(QLatin1String("anna@db.example.com:6543/shop")), qPrintable(account));
    QVERIFY(title.contains(QLatin1String("anna@db.example.com")));
    QVERIFY(hidden);
    QCOMPARE(QSqlDatabase::connectionNames(), before); // no connection was even tried
    QSettings s;
    for (const QString& k : s.allKeys())
        QVERIFY(!s.value(k).toString().contains(QLatin1String("typed-then-cancelled")));
}

void TestUiConnection::passwordFileAndVariableSkipThePrompt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pgpass"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Text));
        f.write("# host:port:database:user:password\n"
                "db.example.com:5432:docket:anna:s3cret\n"
                "*:*:*:ben:other\n"
                "h:5432:odd\\:db:carl:x\n");
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("PGPASSFILE", QFile::encodeName(path));
    auto known = [](const char* url) {
        return passwordKnownFor(DatabaseConfig::fromString(QString::fromLatin1(url)));
    };
    QVERIFY(known("postgresql://anna@db.example.com/docket"));
    QVERIFY(!known("postgresql://anna@db.example.com/other"));
    QVERIFY(!known("postgresql://anna@elsewhere.example.com/docket"));
    QVERIFY(!known("postgresql://anna@db.example.com:6543/docket"));
    QVERIFY(known("postgresql://ben@anywhere:1/whatever"));
    QVERIFY(known("postgresql://carl@h/odd:db")); // an escaped colon in the file
    QVERIFY(!known("postgresql://carl@h/odd"));
    QVERIFY(!known("postgresql://dora@db.example.com/docket"));
    QVERIFY(known("postgresql://dora:given@db.example.com/docket")); // in the address
    QVERIFY(passwordKnownFor(DatabaseConfig::fromString(dir.filePath(QStringLiteral("x.db")))));
#ifndef Q_OS_WIN
    // libpq ignores a password file others may read; so do we.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QVERIFY(!known("postgresql://anna@db.example.com/docket"));
#endif
    qputenv("PGPASSWORD", "from-the-environment");
    QVERIFY(known("postgresql://dora@db.example.com/docket"));
}

void TestUiConnection::wrongPasswordKeepsThePromptOpen()
{
    const QString url = qEnvironmentVariable("DOCKET_TEST_PG");
    if (url.isEmpty())
        QSKIP("DOCKET_TEST_PG is not set");
    const QString role = QStringLiteral("pgui_prompt_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("right-pass-7");
    QVERIFY(adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)));
    QVERIFY(adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)));
    const auto drop =
        qScopeGuard([&] { adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)); });

    DatabaseConfig config = DatabaseConfig::fromString(url);
    config.user = role;
    config.password.clear();
    config.databaseName = QStringLiteral("postgres");
    config.sslMode = QStringLiteral("disable");
    PasswordDialog d(config);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QSignalSpy accepted(&d, &QDialog::accepted);
    auto* field = child<QLineEdit>(d, "password");
    QTest::keyClicks(field, QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(d, "connect"), Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(d.isVisible());
    QVERIFY(child<QLabel>(d, "formError")->isVisible());
    QVERIFY2(
        child<QLabel>(d, "formError")->text().contains(QLatin1String("password authentication")),
        qPrintable(child<QLabel>(d, "formError")->text()));
    QVERIFY(!d.database());
    // A picture of the prompt for people to look at, when asked for.
    if (const QString dir = qEnvironmentVariable("DOCKET_SCREENSHOT_DIR"); !dir.isEmpty())
        d.grab().save(dir + QStringLiteral("/password-dialog.png"));

    field->selectAll();
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(d.database());
    QVERIFY(d.database()->connection().isOpen());
    QCOMPARE(d.database()->config().password, password); // for this session only
    QVERIFY(field->text().isEmpty());
    d.database()->closeConnection();
}

QTEST_MAIN(TestUiConnection)
#include "test_ui_connection.moc"
