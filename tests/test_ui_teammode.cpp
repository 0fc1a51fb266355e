// Team mode through the real window and dialogs, offscreen:
// - two desktops save the same order: the second gets the conflict dialog
//   listing what the first changed; "Re-apply my changes" saves the merge
//   (asking again when it changed once more), "Reload their version" shows
//   theirs; nothing is overwritten without that choice;
// - the window switches to another database through its Open/Connect entry
//   point (sign-in there; a failure or a cancel leaves it where it was); on
//   PostgreSQL a Docket login role asks for its password and is signed in by
//   the server, without Docket's login dialog;
// - no two actions or buttons of the window share a shortcut, and the View
//   menu's tooltips name theirs.
// SQLite always; PostgreSQL too (test_ui_teammode_pg) when DOCKET_TEST_PG is set.

#include "analyticspage.h"
#include "connectiondialog.h"
#include "db/database.h"
#include "filterbar.h"
#include "items/changewatcher.h"
#include "items/ordertablemodel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "orderconflictdialog.h"
#include "orderdialog.h"
#include "orderspage.h"
#include "settings.h"
#include "stores/orderstore.h"
#include "stores/userstore.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <functional>

using namespace docket;
using namespace docket::test;

namespace {

constexpr auto kPassword = "correct horse 42";

AccountPolicy fastPolicy()
{
    AccountPolicy p;
    p.strength = HashStrength::Minimum;
    return p;
}

// Runs `act` on the next visible modal dialog of type T (QMessageBox,
// LoginDialog, ...); `seen` counts the calls.
template <typename T> void whenModal(std::function<void(T*)> act, int* seen = nullptr)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act, seen] {
        auto* w = qobject_cast<T*>(QApplication::activeModalWidget());
        if (w && w->isVisible()) {
            timer->stop();
            timer->deleteLater();
            if (seen)
                ++*seen;
            act(w);
        } else if (++*tries > 400) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(25);
}

Order draft(const QString& customer)
{
    Order o;
    o.customerName = customer;
    o.email = QStringLiteral("first@example.com");
    o.channel = QStringLiteral("web");
    o.shipTo = {QStringLiteral("1 Main St"), QStringLiteral("Springfield"), QStringLiteral("12345"),
                QString(), QStringLiteral("US")};
    o.lines = {{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Mug"), 2, Money(499)}};
    return o;
}

QPushButton* saveButton(OrderDialog& dlg)
{
    return dlg.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
}

// The conflict dialog's row for `field` (a column code), or nullptr.
QTreeWidgetItem* changeRow(OrderConflictDialog* d, const QString& field)
{
    QTreeWidget* t = d->changesTree();
    for (int i = 0; i < t->topLevelItemCount(); ++i)
        if (t->topLevelItem(i)->data(0, Qt::UserRole).toString() == field)
            return t->topLevelItem(i);
    return nullptr;
}

void dropRole(const QString& name)
{
    const DatabaseConfig server =
        DatabaseConfig::fromString(qEnvironmentVariable("DOCKET_TEST_PG"));
    const QString connection = QStringLiteral("drop-role");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setUserName(server.user);
        admin.setPassword(server.password);
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (admin.open())
            QSqlQuery(admin).exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
    }
    QSqlDatabase::removeDatabase(connection);
}

// Where a widget can be seen: the page of every QStackedWidget (sidebar
// pages, tabs) it lies on. Qt ignores the shortcuts of hidden widgets, so two
// buttons on different pages of the same stack never compete.
QList<QPair<const QStackedWidget*, int>> placeOf(const QWidget* w)
{
    QList<QPair<const QStackedWidget*, int>> place;
    for (const QWidget* child = w; child && child->parentWidget(); child = child->parentWidget())
        if (const auto* stack = qobject_cast<const QStackedWidget*>(child->parentWidget()))
            place.push_back({stack, stack->indexOf(const_cast<QWidget*>(child))});
    return place;
}

bool seenTogether(const QWidget* a, const QWidget* b)
{
    const auto pa = placeOf(a);
    const auto pb = placeOf(b);
    for (const auto& x : pa)
        for (const auto& y : pb)
            if (x.first == y.first && x.second != y.second)
                return false;
    return true;
}

struct Owner
{
    QString what;
    const QWidget* widget = nullptr; // a button; nullptr: the whole window (actions, menus)
};

// Every shortcut of the window: its actions (menus, toolbar, pages), the menu
// bar's mnemonics, its buttons (their own keys and &-mnemonics) and QShortcuts.
QMultiHash<QKeySequence, Owner> shortcutsOf(QWidget* window)
{
    QMultiHash<QKeySequence, Owner> out;
    QSet<QAction*> seen;
    QList<QAction*> actions = window->findChildren<QAction*>();
    actions += window->actions();
    for (QAction* a : actions) {
        if (seen.contains(a))
            continue;
        seen.insert(a);
        for (const QKeySequence& k : a->shortcuts())
            if (!k.isEmpty())
                out.insert(k, {QStringLiteral("action %1 (%2)").arg(a->objectName(), a->text())});
    }
    for (QMenuBar* bar : window->findChildren<QMenuBar*>())
        for (QAction* menu : bar->actions())
            if (const QKeySequence k = QKeySequence::mnemonic(menu->text()); !k.isEmpty())
                out.insert(k, {QStringLiteral("menu %1").arg(menu->text())});
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        QKeySequence k = b->shortcut();
        if (!k.isEmpty())
            out.insert(k, {QStringLiteral("button %1 (%2)").arg(b->objectName(), b->text()), b});
    }
    for (QShortcut* s : window->findChildren<QShortcut*>())
        if (!s->key().isEmpty())
            out.insert(s->key(), {QStringLiteral("shortcut %1").arg(s->objectName()),
                                  qobject_cast<QWidget*>(s->parent())});
    return out;
}

// Pairs of owners of one key that can be active at the same time.
QString ambiguous(const QMultiHash<QKeySequence, Owner>& shortcuts)
{
    QStringList problems;
    for (const QKeySequence& k : shortcuts.uniqueKeys()) {
        const QList<Owner> owners = shortcuts.values(k);
        for (qsizetype i = 0; i < owners.size(); ++i)
            for (qsizetype j = i + 1; j < owners.size(); ++j) {
                const Owner& a = owners.at(i);
                const Owner& b = owners.at(j);
                if (a.widget && b.widget && !seenTogether(a.widget, b.widget))
                    continue;
                problems << QStringLiteral("%1: %2 / %3").arg(k.toString(), a.what, b.what);
            }
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace

class TestUiTeamMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void conflictReapplyMergesAndAsksAgain_data() { addBackendRows(); }
    void conflictReapplyMergesAndAsksAgain();
    void conflictReloadShowsTheirs_data() { addBackendRows(); }
    void conflictReloadShowsTheirs();
    void windowSwitchesToAnotherFile();
    void windowSwitchesToServerAsLoginRole();
    void shortcutsAreUniqueAndNamed();
    void windowAnalyticsFollowsOrderChanges();
};

void TestUiTeamMode::initTestCase()
{
    DOCKET_SKIP_WITHOUT_BACKENDS();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QApplication::setApplicationName(QStringLiteral("test_ui_teammode"));
    // The password prompt must not be skipped by the tester's own files.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/docket-test-pgpass");
}

void TestUiTeamMode::init()
{
    QSettings().clear();
}

void TestUiTeamMode::conflictReapplyMergesAndAsksAgain()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore anna = tdb.store(adminSession(QStringLiteral("anna")));
    const std::shared_ptr<Database> otherDesk = tdb.openAnother();
    OrderStore ben(otherDesk->connection(), adminSession(QStringLiteral("ben")));
    qint64 id = 0;
    DOCKET_NO_THROW(id = anna.create(draft(QStringLiteral("Original Ltd"))));

    OrderDialog dlg(anna, id);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    // Ben saves first: a new email and city.
    Order b = ben.order(id);
    b.email = QStringLiteral("ben@example.com");
    b.shipTo.city = QStringLiteral("Shelbyville");
    DOCKET_NO_THROW(ben.update(b));

    // Anna changed the customer and the email too.
    dlg.customerEdit()->setText(QStringLiteral("Anna's Customer"));
    dlg.emailEdit()->setText(QStringLiteral("anna@example.com"));

    int dialogs = 0;
    bool listedTheirs = false, markedBoth = false, nothingWrittenYet = false;
    whenModal<OrderConflictDialog>(
        [&](OrderConflictDialog* d) {
            QTreeWidgetItem* email = changeRow(d, QStringLiteral("email"));
            QTreeWidgetItem* city = changeRow(d, QStringLiteral("ship_city"));
            listedTheirs = email && city && email->text(2) == QLatin1String("ben@example.com") &&
                           email->text(3) == QLatin1String("anna@example.com") &&
                           city->text(2) == QLatin1String("Shelbyville") &&
                           !changeRow(d, QStringLiteral("customer_name"));
            markedBoth = email && email->font(0).bold() && city && !city->font(0).bold();
            nothingWrittenYet = anna.order(id).customerName == QLatin1String("Original Ltd");
            // Meanwhile Ben saves once more: the re-applied save conflicts
            // again, and the dialog asks again.
            try {
                Order again = ben.order(id);
                again.phone = QStringLiteral("+1 555 0100");
                ben.update(again);
            } catch (const DocketError& e) {
                qWarning("second save by ben: %s", qPrintable(e.message()));
            }
            whenModal<OrderConflictDialog>(
                [&](OrderConflictDialog* second) {
                    QTreeWidgetItem* phone = changeRow(second, QStringLiteral("phone"));
                    if (phone && phone->text(2) == QLatin1String("+1 555 0100") &&
                        !changeRow(second, QStringLiteral("email")))
                        QTest::mouseClick(second->reapplyButton(), Qt::LeftButton);
                    else
                        second->reject();
                },
                &dialogs);
            QTest::mouseClick(d->reapplyButton(), Qt::LeftButton);
        },
        &dialogs);
    QTest::mouseClick(saveButton(dlg), Qt::LeftButton);

    QCOMPARE(dialogs, 2);
    QVERIFY(listedTheirs);
    QVERIFY(markedBoth);
    QVERIFY(nothingWrittenYet);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    const Order stored = anna.order(id);
    QCOMPARE(stored.customerName, QStringLiteral("Anna's Customer")); // mine
    QCOMPARE(stored.email, QStringLiteral("anna@example.com"));       // both: mine, as shown
    QCOMPARE(stored.shipTo.city, QStringLiteral("Shelbyville"));      // theirs kept
    QCOMPARE(stored.phone, QStringLiteral("+1 555 0100"));            // theirs, second round
    QCOMPARE(stored.lines.size(), 1);
    QCOMPARE(stored.lines.first().quantity, 2);
    // The audit trail has both of them.
    QStringList actors;
    for (const OrderEvent& e : anna.events(id))
        if (e.kind == QLatin1String("edited"))
            actors << e.actor + QLatin1Char(':') + e.field;
    QVERIFY2(actors.contains(QStringLiteral("ben:ship_city")), qPrintable(actors.join(u' ')));
    QVERIFY2(actors.contains(QStringLiteral("anna:customer_name")), qPrintable(actors.join(u' ')));
}

void TestUiTeamMode::conflictReloadShowsTheirs()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore anna = tdb.store(adminSession(QStringLiteral("anna")));
    const std::shared_ptr<Database> otherDesk = tdb.openAnother();
    OrderStore ben(otherDesk->connection(), adminSession(QStringLiteral("ben")));
    qint64 id = 0;
    DOCKET_NO_THROW(id = anna.create(draft(QStringLiteral("Original Ltd"))));

    OrderDialog dlg(anna, id);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    Order b = ben.order(id);
    b.email = QStringLiteral("ben@example.com");
    DOCKET_NO_THROW(ben.update(b));
    dlg.customerEdit()->setText(QStringLiteral("Anna's Customer"));

    // Keep editing first: nothing saved, the form keeps my edit.
    int dialogs = 0;
    whenModal<OrderConflictDialog>([](OrderConflictDialog* d) { d->reject(); }, &dialogs);
    QTest::mouseClick(saveButton(dlg), Qt::LeftButton);
    QCOMPARE(dialogs, 1);
    QVERIFY(dlg.isVisible());
    QCOMPARE(dlg.customerEdit()->text(), QStringLiteral("Anna's Customer"));
    QVERIFY(dlg.errorLabel()->isVisible());
    QCOMPARE(anna.order(id).customerName, QStringLiteral("Original Ltd"));

    // Then reload: their version in the form, my edit dropped, nothing saved.
    bool listed = false;
    whenModal<OrderConflictDialog>(
        [&](OrderConflictDialog* d) {
            QTreeWidgetItem* email = changeRow(d, QStringLiteral("email"));
            listed = email && email->text(1) == QLatin1String("first@example.com") &&
                     email->text(2) == QLatin1String("ben@example.com");
            QTest::mouseClick(d->reloadButton(), Qt::LeftButton);
        },
        &dialogs);
    QTest::mouseClick(saveButton(dlg), Qt::LeftButton);
    QCOMPARE(dialogs, 2);
    QVERIFY(listed);
    QVERIFY(dlg.isVisible());
    QCOMPARE(dlg.emailEdit()->text(), QStringLiteral("ben@example.com"));
    QCOMPARE(dlg.customerEdit()->text(), QStringLiteral("Original Ltd"));
    QVERIFY(!dlg.errorLabel()->isVisible());
    const Order stored = anna.order(id);
    QCOMPARE(stored.customerName, QStringLiteral("Original Ltd"));
    QCOMPARE(stored.email, QStringLiteral("ben@example.com"));
    QCOMPARE(dlg.order().version, stored.version);

    // Editing the reloaded version saves without a conflict.
    dlg.customerEdit()->setText(QStringLiteral("After Reload"));
    QTest::mouseClick(saveButton(dlg), Qt::LeftButton);
    QCOMPARE(dialogs, 2);
    QCOMPARE(anna.order(id).customerName, QStringLiteral("After Reload"));
    QCOMPARE(anna.order(id).email, QStringLiteral("ben@example.com"));
}

void TestUiTeamMode::windowSwitchesToAnotherFile()
{
    if (!backendEnabled(Backend::SQLite))
        QSKIP("SQLite is not covered by this run");
    DOCKET_TESTDB(first, Backend::SQLite);
    DOCKET_TESTDB(second, Backend::SQLite);
    {
        OrderStore s = second.store();
        for (int i = 0; i < 3; ++i)
            DOCKET_NO_THROW(s.create(draft(QStringLiteral("Second %1").arg(i))));
        UserStore users(second.connection(), {}, fastPolicy());
        DOCKET_NO_THROW(users.createFirstAdministrator(
            QStringLiteral("carla"), QStringLiteral("Carla"), QLatin1String(kPassword)));
    }
    second.database()->closeConnection();

    MainWindow window(first.database(), adminSession(QStringLiteral("tester")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy changed(&window, &MainWindow::databaseChanged);

    // A file that is not there: said so, and the window stays.
    int boxes = 0;
    QString boxText;
    whenModal<QMessageBox>(
        [&](QMessageBox* box) {
            boxText = box->text();
            box->accept();
        },
        &boxes);
    DatabaseConfig missing;
    missing.path = first.path() + QStringLiteral(".missing");
    QVERIFY(!window.openDatabase(missing));
    QCOMPARE(boxes, 1);
    QVERIFY2(boxText.contains(QLatin1String(".missing")), qPrintable(boxText));
    QVERIFY2(boxText.contains(first.path()), qPrintable(boxText)); // "stays on ..."
    QCOMPARE(window.database()->config().path, first.path());
    QCOMPARE(changed.count(), 0);

    // Cancelling the sign-in there: the window stays too, silently.
    int logins = 0;
    whenModal<LoginDialog>([](LoginDialog* d) { d->reject(); }, &logins);
    DatabaseConfig target;
    target.path = second.path();
    QVERIFY(!window.openDatabase(target));
    QCOMPARE(logins, 1);
    QCOMPARE(window.database()->config().path, first.path());

    // Signing in switches the whole window: pages on the new data, user,
    // title, settings (never a password there).
    whenModal<LoginDialog>(
        [](LoginDialog* d) {
            d->userEdit()->setText(QStringLiteral("carla"));
            d->passwordEdit()->setText(QLatin1String(kPassword));
            QTest::mouseClick(d->signInButton(), Qt::LeftButton);
        },
        &logins);
    QVERIFY(window.openDatabase(target));
    QCOMPARE(logins, 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.database()->config().path, second.path());
    QCOMPARE(window.session().userName(), QStringLiteral("carla"));
    QVERIFY(window.windowTitle().contains(QFileInfo(second.path()).fileName()));
    OrderTableModel* model = window.ordersPage()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_VERIFY(model->data(model->index(0, 0), OrderTableModel::LoadedRole).toBool());
    QCOMPARE(settings::lastDatabase.value(), second.path());
    // One File menu, with the new entries; the old menus are gone.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(window.findChildren<QMenuBar*>().size(), 1);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("connectToServer")));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("openDatabaseFile")));
    QCOMPARE(window.findChildren<OrdersPage*>().size(), 1);
}

void TestUiTeamMode::windowSwitchesToServerAsLoginRole()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("PostgreSQL is not covered by this run (set DOCKET_TEST_PG)");
    const QString login =
        QStringLiteral("pgui_clerk_%1").arg(QRandomGenerator::global()->bounded(1000000));
    const auto dropLogin = qScopeGuard([&] { dropRole(login); }); // after the database
    DOCKET_TESTDB(server, Backend::PostgreSQL);
    DOCKET_TESTDB(local, Backend::SQLite);
    {
        OrderStore s = server.store();
        DOCKET_NO_THROW(s.create(draft(QStringLiteral("Team order"))));
        UserStore users(server.connection(), Session::localUser(), fastPolicy());
        DOCKET_NO_THROW(users.addUser({login, QStringLiteral("Clerk"), QLatin1String(kPassword),
                                       QStringLiteral("clerk"), Scope::all()}));
    }

    MainWindow window(local.database(), adminSession(QStringLiteral("tester")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    DatabaseConfig target = server.config();
    target.user = login;
    target.password.clear();
    target.sslMode = QStringLiteral("disable");
    // A wrong password first: the prompt stays, with the server's answer.
    int prompts = 0, logins = 0;
    QString account, firstError;
    whenModal<PasswordDialog>(
        [&](PasswordDialog* d) {
            account = d->findChild<QLabel*>(QStringLiteral("account"))->text();
            auto* password = d->findChild<QLineEdit*>(QStringLiteral("password"));
            password->setText(QStringLiteral("wrong"));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("connect")),
                              Qt::LeftButton);
            firstError = d->findChild<QLabel*>(QStringLiteral("formError"))->text();
            if (!d->isVisible())
                return;
            password->setText(QLatin1String(kPassword));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("connect")),
                              Qt::LeftButton);
        },
        &prompts);
    whenModal<LoginDialog>([](LoginDialog* d) { d->reject(); }, &logins);
    QVERIFY(window.openDatabase(target));
    QCOMPARE(prompts, 1);
    QVERIFY2(account.contains(QStringLiteral("%1@%2:%3/%4")
                                  .arg(login, target.host)
                                  .arg(target.port)
                                  .arg(target.databaseName)),
             qPrintable(account));
    QVERIFY2(firstError.contains(QLatin1String("password")), qPrintable(firstError));
    QCOMPARE(logins, 0); // the server signed her in
    QCOMPARE(window.session().userName(), login);
    QVERIFY(!window.session().can(Permission::Invalidate));
    QCOMPARE(window.database()->backend(), Backend::PostgreSQL);
    QTRY_COMPARE(window.ordersPage()->model()->rowCount(), 1);
    QCOMPARE(window.database()->config().password, QLatin1String(kPassword)); // this session only
    // Remembered without the password.
    const QString remembered = settings::lastDatabase.value();
    QVERIFY(remembered.contains(login));
    QVERIFY(!remembered.contains(QLatin1String(kPassword)));
    QSettings s;
    for (const QString& k : s.allKeys())
        QVERIFY2(!s.value(k).toString().contains(QLatin1String(kPassword)), qPrintable(k));

    // Back to the file, so the server's database can go.
    window.setDatabase(local.database(), adminSession(QStringLiteral("tester")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestUiTeamMode::shortcutsAreUniqueAndNamed()
{
    if (!backendEnabled(Backend::SQLite))
        QSKIP("SQLite is not covered by this run");
    DOCKET_TESTDB(tdb, Backend::SQLite);
    DOCKET_TESTDB(other, Backend::SQLite);
    {
        OrderStore store = tdb.store();
        DOCKET_NO_THROW(store.create(draft(QStringLiteral("Keyboard Ltd"))));
    }
    MainWindow window(tdb.database(), adminSession(QStringLiteral("tester")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto shortcuts = shortcutsOf(&window);
    QVERIFY2(ambiguous(shortcuts).isEmpty(), qPrintable(ambiguous(shortcuts)));
    QVERIFY(shortcuts.contains(QKeySequence(QStringLiteral("Ctrl+Shift+X"))));
    QVERIFY(shortcuts.contains(QKeySequence(QStringLiteral("Ctrl+Shift+N"))));

    // The View menu's tooltips name their shortcuts, like every other action.
    for (const char* name : {"showNewOnly", "clearFilters", "goToTable"}) {
        auto* a = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(a, name);
        QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(a->toolTip()));
    }

    // Ctrl+Shift+X reaches the menu action (the button no longer competes).
    FilterBar* bar = window.ordersPage()->filterBar();
    bar->newOnlyButton()->setChecked(true);
    window.ordersPage()->view()->setFocus();
    QTest::keyClick(&window, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!bar->newOnlyButton()->isChecked());

    // Ctrl+T goes to the table with a row selected: Ctrl+O opens it.
    OrderTableModel* model = window.ordersPage()->model();
    QTRY_VERIFY(model->rowCount() == 1 &&
                model->data(model->index(0, 0), OrderTableModel::LoadedRole).toBool());
    QVERIFY(!window.ordersPage()->openAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(window.ordersPage()->view()->hasFocus());
    QVERIFY(window.ordersPage()->openAction()->isEnabled());
    QCOMPARE(window.ordersPage()->view()->selectionModel()->selectedRows().size(), 1);

    // Still unique after switching to another database (pages and menus rebuilt).
    window.setDatabase(other.database(), adminSession(QStringLiteral("tester")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto after = shortcutsOf(&window);
    QVERIFY2(ambiguous(after).isEmpty(), qPrintable(ambiguous(after)));
    QCOMPARE(after.size(), shortcuts.size());
}

// The window passes the orders page's change notices on to the analytics page:
// an order made by another process shows in the figures without a click.
void TestUiTeamMode::windowAnalyticsFollowsOrderChanges()
{
    if (!backendEnabled(Backend::SQLite))
        QSKIP("SQLite is not covered by this run");
    DOCKET_TESTDB(tdb, Backend::SQLite);
    {
        OrderStore store = tdb.store();
        DOCKET_NO_THROW(store.create(draft(QStringLiteral("First Light"))));
    }
    MainWindow window(tdb.database(), adminSession(QStringLiteral("tester")));
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.ordersPage()->watcher()->setInterval(50);
    auto* analytics = window.findChild<AnalyticsPage*>();
    QVERIFY(analytics);
    analytics->setLiveRefreshInterval(10);
    auto* sidebar = window.findChild<QListWidget*>();
    QVERIFY(sidebar);
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("ordersToolBar"));
    QVERIFY(toolBar);
    QVERIFY(toolBar->isVisible());
    for (int i = 0; i < sidebar->count(); ++i)
        if (sidebar->item(i)->text() == MainWindow::tr("Analytics"))
            sidebar->setCurrentRow(i);
    QTRY_VERIFY(analytics->isVisible());
    // The orders toolbar is the orders page's: hidden on the analytics page.
    QVERIFY(!toolBar->isVisible());
    QTRY_VERIFY(analytics->result().has_value() && !analytics->isLoading());
    const qint64 before = analytics->result()->totals.orders;

    // Made now (the fixture's store runs on a fixed clock in the past): this year.
    const std::shared_ptr<Database> other = tdb.openAnother();
    OrderStore elsewhere(other->connection(), adminSession(QStringLiteral("desk2")));
    DOCKET_NO_THROW(elsewhere.create(draft(QStringLiteral("Second Light"))));
    QTRY_COMPARE_WITH_TIMEOUT(analytics->result()->totals.orders, before + 1, 10000);

    sidebar->setCurrentRow(0);
    QTRY_VERIFY(window.ordersPage()->isVisible());
    QVERIFY(toolBar->isVisible());
}

QTEST_MAIN(TestUiTeamMode)
#include "test_ui_teammode.moc"
