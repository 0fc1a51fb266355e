// The team-mode connection dialog, driven through its widgets offscreen:
// a pasted postgresql:// address fills the fields, "Test Connection" reaches
// the test server (and names the problem when it cannot), Connect remembers
// the connection among the recent ones without its password.

#include "connectiondialog.h"
#include "db/recentconnections.h"
#include "testdb.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

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
}

QTEST_MAIN(TestUiConnection)
#include "test_ui_connection.moc"
