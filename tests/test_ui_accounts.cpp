// Drives the account screens offscreen: the sign-in dialog (failure message,
// lockout, success), the first-run dialog, the orders page as a clerk (what a
// clerk may not do is hidden), and the administration page (a custom role's
// permission changed in the matrix, a user's role changed, a user added — each
// showing up in the security log).

#include "adminpage.h"
#include "changepassworddialog.h"
#include "firstrundialog.h"
#include "logindialog.h"
#include "orderspage.h"
#include "settings.h"
#include "stores/userstore.h"
#include "testdb.h"
#include "uitest.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace docket;
using namespace docket::test;
using docket::test::TestDb;

namespace {

const QString kPassword = QStringLiteral("correct horse");

AccountPolicy fastPolicy()
{
    AccountPolicy p;
    p.strength = HashStrength::Minimum;
    return p;
}

QLineEdit* field(QWidget* parent, const char* name)
{
    return parent->findChild<QLineEdit*>(QLatin1String(name));
}

// The security log rows of `kind`, as "actor|target|old|new" (old and new as
// stored: codes, not the translated text the table shows).
QStringList logRows(QTableWidget* log, const QString& kind)
{
    QStringList out;
    for (int r = 0; r < log->rowCount(); ++r)
        if (log->item(r, 2)->data(Qt::UserRole).toString() == kind)
            out << QStringList{log->item(r, 1)->text(), log->item(r, 3)->text(),
                               log->item(r, 4)->data(Qt::UserRole).toString(),
                               log->item(r, 5)->data(Qt::UserRole).toString()}
                       .join(QLatin1Char('|'));
    return out;
}

struct Fixture
{
    TestDb tdb;
    Session root;
    Fixture()
    {
        UserStore us(tdb.connection(), {}, fastPolicy());
        root =
            us.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"), kPassword);
    }
    UserStore admin() { return UserStore(tdb.connection(), root, fastPolicy()); }
    Session add(const QString& name, const QString& role, const Scope& scope = Scope::all())
    {
        admin().addUser({name, name, kPassword, role, scope});
        return UserStore(tdb.connection(), {}, fastPolicy()).authenticate(name, kPassword);
    }
};

} // namespace

class TestUiAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginFailureShowsMessage();
    void loginLockoutSaysUntilWhen();
    void firstRunCreatesAdministrator();
    void signInAsksForFirstAdministrator();
    void changeOwnPassword();
    void clerkSeesOnlyAllowedActions();
    void adminPageChangesRolePermission();
    void adminPageAssignsRoleAndScope();
    void adminPageAddsUser();
    void adminPageFiltersLog();
    void adminPageRefusesClerk();

private:
    QTemporaryDir m_settingsDir;
};

void TestUiAccounts::initTestCase()
{
    // Keep the tests' settings (last user name) out of the real ones.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_accounts"));
}

void TestUiAccounts::loginFailureShowsMessage()
{
    Fixture f;
    f.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    settings::lastUserName.reset();

    LoginDialog dialog(f.tdb.database(), fastPolicy());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.userEdit()->text().isEmpty());
    QVERIFY(dialog.errorLabel()->isHidden());
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);

    QTest::keyClicks(dialog.userEdit(), QStringLiteral("alice"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("not my password"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    // The password is judged on a thread of its own; the dialog waits for it.
    QVERIFY(dialog.isJudging());
    QVERIFY(dialog.busyIndicator()->isVisible());
    QVERIFY(!dialog.passwordEdit()->isEnabled() && !dialog.signInButton()->isEnabled());
    QTRY_VERIFY(!dialog.isJudging());
    QVERIFY(!dialog.busyIndicator()->isVisible());
    QVERIFY2(dialog.isVisible(), "the dialog closed on a wrong password");
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("The user name or password is wrong."));
    QVERIFY2(dialog.passwordEdit()->text().isEmpty(), "the wrong password stays in the field");
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("alice"));

    // Enter in the password field signs in.
    QTest::keyClicks(dialog.passwordEdit(), kPassword);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.session().userName(), QStringLiteral("alice"));
    QCOMPARE(dialog.session().roleName(), QStringLiteral("clerk"));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());

    // The next dialog remembers the user name, never the password.
    QCOMPARE(settings::lastUserName.value(), QStringLiteral("alice"));
    LoginDialog next(f.tdb.database(), fastPolicy());
    QCOMPARE(next.userEdit()->text(), QStringLiteral("alice"));
    QVERIFY(next.passwordEdit()->text().isEmpty());
    QSettings s;
    for (const QString& key : s.allKeys())
        QVERIFY2(!s.value(key).toString().contains(kPassword), qPrintable(key));
}

void TestUiAccounts::loginLockoutSaysUntilWhen()
{
    Fixture f;
    f.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    LoginDialog dialog(f.tdb.database(), fastPolicy());
    qint64 clock = TestDb::kNow;
    dialog.store().setClock([&clock] { return clock; });
    dialog.show();
    dialog.userEdit()->setText(QStringLiteral("alice"));
    for (int i = 0; i < 5; ++i) {
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("guess"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isJudging());
    }
    QVERIFY(dialog.isVisible());
    const QString until = QLocale().toString(
        QDateTime::fromSecsSinceEpoch(TestDb::kNow + 15 * 60).toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(dialog.errorLabel()->text().contains(until), qPrintable(dialog.errorLabel()->text()));
    // The right password while locked: still refused.
    QTest::keyClicks(dialog.passwordEdit(), kPassword);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isJudging());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("locked")));
    // After the lockout, it works.
    clock += 15 * 60;
    QTest::keyClicks(dialog.passwordEdit(), kPassword);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestUiAccounts::firstRunCreatesAdministrator()
{
    TestDb tdb;
    FirstRunDialog dialog(tdb.database(), fastPolicy());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.userEdit(), QStringLiteral("boss"));
    QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("Bo Ss"));
    QTest::keyClicks(dialog.passwordEdit(), kPassword);
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("different"));
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("differ")));
    QVERIFY(!UserStore(tdb.connection()).hasUsers());

    QTest::keyClicks(dialog.confirmEdit(), kPassword);
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().userName(), QStringLiteral("boss"));
    QVERIFY(dialog.session().can(Permission::ManageUsers));
    QVERIFY(UserStore(tdb.connection()).hasUsers());
}

void TestUiAccounts::signInAsksForFirstAdministrator()
{
    TestDb tdb;
    bool sawFirstRun = false;
    whenModal([&](QWidget* w) {
        auto* first = qobject_cast<FirstRunDialog*>(w);
        sawFirstRun = first != nullptr;
        if (!first) {
            w->close();
            return;
        }
        first->userEdit()->setText(QStringLiteral("admin"));
        first->passwordEdit()->setText(kPassword);
        first->confirmEdit()->setText(kPassword);
        first->accept();
    });
    const auto session = signIn(nullptr, tdb.database());
    QVERIFY(sawFirstRun);
    QVERIFY(session);
    QCOMPARE(session->userName(), QStringLiteral("admin"));

    // With a user in place, signIn shows the login dialog; cancelling gives nothing.
    bool sawLogin = false;
    whenModal([&](QWidget* w) {
        sawLogin = qobject_cast<LoginDialog*>(w) != nullptr;
        qobject_cast<QDialog*>(w)->reject();
    });
    QVERIFY(!signIn(nullptr, tdb.database()));
    QVERIFY(sawLogin);
}

void TestUiAccounts::changeOwnPassword()
{
    Fixture f;
    const Session alice = f.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    ChangePasswordDialog dialog(f.tdb.database(), alice);
    dialog.show();
    QVERIFY(dialog.currentEdit());
    QTest::keyClicks(dialog.currentEdit(), QStringLiteral("wrong one"));
    QTest::keyClicks(dialog.newEdit(), QStringLiteral("brand new pw"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("brand new pw"));
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("The current password is wrong."));
    QTest::keyClicks(dialog.currentEdit(), kPassword);
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    UserStore us(f.tdb.connection(), {}, fastPolicy());
    QCOMPARE(us.authenticate(QStringLiteral("alice"), QStringLiteral("brand new pw")).userName(),
             QStringLiteral("alice"));
}

void TestUiAccounts::clerkSeesOnlyAllowedActions()
{
    Fixture f;
    const Session clerk = f.add(QStringLiteral("clara"), QStringLiteral("clerk"));
    OrdersPage page(f.tdb.database(), clerk);
    page.show();
    // What the role may not do is disabled and says why (issue 13 item 6:
    // a refused shortcut used to do nothing at all).
    auto refused = [](QAction* a) {
        return !a->isEnabled() && a->property("refused").isValid();
    };
    QVERIFY(!refused(page.newOrderAction()));
    QVERIFY(!refused(page.markSeenAction()));
    QVERIFY(refused(page.invalidateAction()));
    QVERIFY(refused(page.revalidateAction()));
    QVERIFY(refused(page.deleteAction()));

    const Session manager = f.add(QStringLiteral("mona"), QStringLiteral("manager"));
    OrdersPage managerPage(f.tdb.database(), manager);
    QVERIFY(refused(managerPage.newOrderAction()));
    QVERIFY(refused(managerPage.markSeenAction()));
    QVERIFY(refused(managerPage.invalidateAction()));
    QVERIFY(refused(managerPage.deleteAction()));
}

void TestUiAccounts::adminPageChangesRolePermission()
{
    Fixture f;
    f.admin().createRole(QStringLiteral("night"), QStringLiteral("Night shift"),
                         {Permission::ViewOrders});
    AdminPage page(f.tdb.database(), f.root);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentIndex(1);
    QTableWidget* matrix = page.roleMatrix();
    const int night = page.columnOfRole(QStringLiteral("night"));
    const int clerk = page.columnOfRole(QStringLiteral("clerk"));
    QVERIFY(night >= 0 && clerk >= 0);
    const int seenRow = AdminPage::rowOfPermission(Permission::MarkSeen);
    QCOMPARE(matrix->item(seenRow, clerk)->checkState(), Qt::Checked);
    QCOMPARE(matrix->item(seenRow, night)->checkState(), Qt::Unchecked);
    // Built-in roles are read-only in the matrix.
    QVERIFY(!(matrix->item(seenRow, clerk)->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(matrix->item(seenRow, night)->flags() & Qt::ItemIsUserCheckable);

    // Space on the cell ticks the box, as a user would.
    matrix->setFocus();
    matrix->setCurrentCell(seenRow, night);
    QTest::keyClick(matrix, Qt::Key_Space);
    QCOMPARE(matrix->item(seenRow, night)->checkState(), Qt::Checked);
    QVERIFY2(page.errorLabel()->isHidden(), qPrintable(page.errorLabel()->text()));
    QCOMPARE(f.admin().role(QStringLiteral("night")).permissions,
             QSet<Permission>({Permission::ViewOrders, Permission::MarkSeen}));

    // A read-only built-in cell does not change when clicked.
    const QRect cell = matrix->visualItemRect(matrix->item(seenRow, clerk));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {},
                      QPoint(cell.left() + cell.height() / 2, cell.center().y()));
    QCOMPARE(matrix->item(seenRow, clerk)->checkState(), Qt::Checked);
    QCOMPARE(matrix->item(seenRow, night)->checkState(), Qt::Checked);
    QVERIFY(f.admin().role(QStringLiteral("clerk")).permissions.contains(Permission::MarkSeen));

    // The change is in the security log, with who and old -> new.
    page.tabs()->setCurrentIndex(2);
    const QStringList rows = logRows(page.logTable(), QStringLiteral("role_permissions_changed"));
    QCOMPARE(rows, QStringList{QStringLiteral("root|night|view_orders|view_orders, mark_seen")});
}

void TestUiAccounts::adminPageAssignsRoleAndScope()
{
    Fixture f;
    f.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    AdminPage page(f.tdb.database(), f.root);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int row = page.rowOfUser(QStringLiteral("alice"));
    QVERIFY(row >= 0);
    page.usersTable()->selectRow(row);
    QCOMPARE(page.roleCombo()->currentData().toString(), QStringLiteral("clerk"));
    page.roleCombo()->setCurrentIndex(page.roleCombo()->findData(QStringLiteral("supervisor")));
    ScopeEditor* scope = page.scopeEditor();
    scope->kindCombo()->setCurrentIndex(scope->kindCombo()->findData(QStringLiteral("channels")));
    QTest::mouseClick(scope->channelBox(QStringLiteral("retail")), Qt::LeftButton);
    QTest::mouseClick(page.applyRightsButton(), Qt::LeftButton);
    QVERIFY2(page.errorLabel()->isHidden(), qPrintable(page.errorLabel()->text()));

    const UserInfo alice = f.admin().user(QStringLiteral("alice"));
    QCOMPARE(alice.roleName, QStringLiteral("supervisor"));
    QCOMPARE(alice.scope, Scope::ofChannels({QStringLiteral("retail")}));
    QCOMPARE(logRows(page.logTable(), QStringLiteral("role_assigned")),
             QStringList{QStringLiteral("root|alice|clerk|supervisor")});
    QCOMPARE(logRows(page.logTable(), QStringLiteral("scope_changed")),
             QStringList{QStringLiteral("root|alice|all|channels:retail")});
    // The table shows the new rights and keeps the selection.
    QCOMPARE(page.usersTable()->currentRow(), page.rowOfUser(QStringLiteral("alice")));
    QVERIFY(page.usersTable()->item(page.rowOfUser(QStringLiteral("alice")), 2)->text() !=
            QStringLiteral("Clerk"));

    // The administrator cannot disable their own account here.
    page.usersTable()->selectRow(page.rowOfUser(QStringLiteral("root")));
    QVERIFY(!page.disableButton()->isEnabled());
    // Demoting the only administrator is refused with a clear message.
    page.roleCombo()->setCurrentIndex(page.roleCombo()->findData(QStringLiteral("clerk")));
    QTest::mouseClick(page.applyRightsButton(), Qt::LeftButton);
    QVERIFY(page.errorLabel()->isVisible());
    QVERIFY2(page.errorLabel()->text().contains(QStringLiteral("manage users")),
             qPrintable(page.errorLabel()->text()));
    QCOMPARE(f.admin().user(QStringLiteral("root")).roleName, QStringLiteral("administrator"));
    QCOMPARE(page.roleCombo()->currentData().toString(), QStringLiteral("administrator"));
}

void TestUiAccounts::adminPageAddsUser()
{
    Fixture f;
    AdminPage page(f.tdb.database(), f.root);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QString firstError;
    whenModal([&](QWidget* w) {
        field(w, "userName")->setText(QStringLiteral("bob"));
        field(w, "password")->setText(QStringLiteral("short"));
        field(w, "confirmPassword")->setText(QStringLiteral("short"));
        qobject_cast<QDialog*>(w)->accept(); // refused: stays open with the message
        const auto labels = w->findChildren<QLabel*>(QStringLiteral("formError"));
        firstError = labels.isEmpty() ? QString() : labels.first()->text();
        field(w, "password")->setText(kPassword);
        field(w, "confirmPassword")->setText(kPassword);
        auto* role = w->findChild<QComboBox*>(QStringLiteral("role"));
        role->setCurrentIndex(role->findData(QStringLiteral("manager")));
        qobject_cast<QDialog*>(w)->accept();
    });
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addUser")), Qt::LeftButton);
    QVERIFY2(firstError.contains(QStringLiteral("too short")), qPrintable(firstError));
    const int row = page.rowOfUser(QStringLiteral("bob"));
    QVERIFY(row >= 0);
    const UserInfo bob = f.admin().user(QStringLiteral("bob"));
    QCOMPARE(bob.roleName, QStringLiteral("manager"));
    QCOMPARE(bob.scope, Scope::own()); // the dialog's default
    QCOMPARE(logRows(page.logTable(), QStringLiteral("user_created")).size(), 2);
}

void TestUiAccounts::adminPageFiltersLog()
{
    Fixture f;
    f.add(QStringLiteral("alice"), QStringLiteral("clerk"));
    f.add(QStringLiteral("bob"), QStringLiteral("clerk"));
    AdminPage page(f.tdb.database(), f.root);
    page.show();
    page.tabs()->setCurrentIndex(2);
    QTableWidget* log = page.logTable();
    const int all = log->rowCount();
    QVERIFY(all >= 5); // root created, alice created + signed in, bob created + signed in
    QTest::keyClicks(page.logUserFilter(), QStringLiteral("bob"));
    QTRY_COMPARE(log->rowCount(), 2);
    for (int r = 0; r < log->rowCount(); ++r)
        QVERIFY(log->item(r, 1)->text() == QLatin1String("bob") ||
                log->item(r, 3)->text() == QLatin1String("bob"));
    page.logKindFilter()->setCurrentIndex(
        page.logKindFilter()->findData(QStringLiteral("sign_in")));
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("sign_in"));
}

void TestUiAccounts::adminPageRefusesClerk()
{
    Fixture f;
    const Session clerk = f.add(QStringLiteral("clara"), QStringLiteral("clerk"));
    AdminPage page(f.tdb.database(), clerk);
    page.show();
    QCOMPARE(page.usersTable()->rowCount(), 0);
    QVERIFY(page.errorLabel()->isVisible());
    QVERIFY2(page.errorLabel()->text().contains(QStringLiteral("Manage users")),
             qPrintable(page.errorLabel()->text()));
}

QTEST_MAIN(TestUiAccounts)
#include "test_ui_accounts.moc"
