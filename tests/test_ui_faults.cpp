// The window on a database it cannot change (issue 14): read-only says so in
// the title and the status bar, and every change is disabled with a tooltip
// saying why; opening an order there writes nothing. A database another
// program holds locked: the window says it is waiting, then tells in words
// that nothing was changed.

#include "archivepage.h"
#include "connectiondialog.h"
#include "db/database.h"
#include "db/sql.h"
#include "items/ordertablemodel.h"
#include "mainwindow.h"
#include "massactiondialog.h"
#include "orderdialog.h"
#include "orderspage.h"
#include "stores/orderstore.h"
#include "testdb.h"
#include "uitest.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace docket;
using namespace docket::test;

namespace {

bool loaded(OrderTableModel* m)
{
    return m->rowCount() > 0 && m->data(m->index(0, 0), OrderTableModel::LoadedRole).toBool();
}

} // namespace

class TestUiFaults : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyWindowDisablesEveryChange();
    void readOnlyOrderOpensWithoutWriting();
    void heldLockIsShownThenExplained();
    void emptyFileIsCreatedOnlyWhenAsked();
};

void TestUiFaults::readOnlyWindowDisablesEveryChange()
{
    DOCKET_TESTDB(tdb, Backend::SQLite);
    bulkInsertOrders(tdb.connection(), 40, TestDb::kNow);
    DatabaseConfig config = tdb.config();
    config.readOnly = true;
    auto db = std::make_shared<Database>(config);
    DOCKET_NO_THROW(db->open(false));
    {
        MainWindow window(db, adminSession());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OrdersPage* orders = window.ordersPage();
        QTRY_VERIFY(loaded(orders->model()));

        QVERIFY2(window.windowTitle().contains(QLatin1String("(read-only)")),
                 qPrintable(window.windowTitle()));
        auto* badge = window.findChild<QLabel*>(QStringLiteral("readOnlyStatus"));
        QVERIFY(badge);
        QVERIFY(badge->isVisible());
        QVERIFY(badge->toolTip().contains(QLatin1String("opened read-only on request")));

        // Select rows: the changes stay disabled, each saying why.
        orders->view()->selectRow(0);
        QTRY_VERIFY(orders->selectedCount() > 0);
        for (QAction* a :
             {orders->newOrderAction(), orders->markSeenAction(), orders->markAllSeenAction(),
              orders->invalidateAction(), orders->revalidateAction(), orders->deleteAction()}) {
            QVERIFY2(a->isVisible(), qPrintable(a->objectName()));
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY2(a->toolTip().contains(QLatin1String("is open read-only")),
                     qPrintable(a->objectName() + QStringLiteral(": ") + a->toolTip()));
        }
        // Reading still works: open, refresh, find.
        QVERIFY(orders->openAction()->isEnabled());
        QVERIFY(orders->refreshAction()->isEnabled());
        auto* restoreBackup = window.findChild<QAction*>(QStringLiteral("restoreDatabase"));
        QVERIFY(restoreBackup);
        QVERIFY(!restoreBackup->isEnabled());
        // The archive's restore button, and the administration page's buttons.
        auto* restore = window.findChild<QPushButton*>(QStringLiteral("restoreArchived"));
        QVERIFY(restore);
        QVERIFY(!restore->isEnabled());
        QVERIFY(restore->toolTip().contains(QLatin1String("read-only")));
        for (const char* name : {"addUser", "resetPassword"}) {
            auto* b = window.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(b, name);
            QVERIFY2(!b->isEnabled(), name);
        }
    }
    db->closeConnection();
}

void TestUiFaults::readOnlyOrderOpensWithoutWriting()
{
    DOCKET_TESTDB(tdb, Backend::SQLite);
    const QList<qint64> ids = bulkInsertOrders(tdb.connection(), 5, TestDb::kNow);
    const QString before = contentFingerprint(tdb.connection());
    DatabaseConfig config = tdb.config();
    config.readOnly = true;
    auto db = std::make_shared<Database>(config);
    DOCKET_NO_THROW(db->open(false));
    {
        OrderStore store(db->connection(), adminSession());
        QVERIFY(store.order(ids.first()).isNew());
        OrderDialog dialog(store, ids.first());
        // Shown as it is: nothing to edit, nothing to save.
        QVERIFY(dialog.customerEdit()->isReadOnly());
        QVERIFY(!dialog.statusCombo()->isEnabled());
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isVisibleTo(&dialog));
        // And opening it did not mark it seen.
        QVERIFY(store.order(ids.first()).isNew());
    }
    db->closeConnection();
    QCOMPARE(contentFingerprint(tdb.connection()), before);
}

void TestUiFaults::heldLockIsShownThenExplained()
{
    DOCKET_TESTDB(tdb, Backend::SQLite);
    bulkInsertOrders(tdb.connection(), 30, TestDb::kNow);
    auto other = tdb.openAnother();
    QSqlDatabase holder = other->connection(QStringLiteral("holder"));
    MainWindow window(tdb.database(), adminSession());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    OrdersPage* orders = window.ordersPage();
    QTRY_VERIFY(loaded(orders->model()));
    const QString before = contentFingerprint(tdb.connection());

    QStringList shown;
    connect(window.statusBar(), &QStatusBar::messageChanged, this,
            [&shown](const QString& text) { shown << text; });
    sql::setLockWaitLimit(700);
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
    QString explained;
    // Mark All Seen asks first (the mass-action confirmation); confirm it, then
    // read the message that explains the wait that gave up.
    std::function<void(QWidget*)> answer = [&explained, &answer](QWidget* w) {
        if (auto* confirm = qobject_cast<MassActionDialog*>(w)) {
            if (confirm->needsTypedCount())
                QTest::keyClicks(confirm->countEdit(), QString::number(30));
            QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
            whenModal(answer);
        } else if (auto* box = qobject_cast<QMessageBox*>(w)) {
            explained = box->text();
            box->accept();
        } else {
            w->close();
        }
    };
    whenModal(answer);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gave up")));
    orders->markAllSeenAction()->trigger(); // waits on this (the window's) thread
    QTRY_VERIFY(!explained.isEmpty());
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
    sql::setLockWaitLimit(10000);

    const QString waiting = sql::lockWaitMessage(tdb.config().displayName());
    QVERIFY2(std::any_of(shown.begin(), shown.end(),
                         [&](const QString& s) { return s.startsWith(waiting); }),
             qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY2(shown.last().isEmpty(), "the message goes once the wait is over");
    QVERIFY2(explained.contains(QLatin1String("stayed locked")), qPrintable(explained));
    QVERIFY2(explained.contains(QLatin1String("Nothing was changed")), qPrintable(explained));
    QVERIFY(!explained.contains(QLatin1String("BEGIN")));
    QVERIFY(!QApplication::overrideCursor());
    QCOMPARE(contentFingerprint(tdb.connection()), before);
}

// An empty file named to the window: it asks before making it a Docket
// database; Cancel leaves the file as it was (zero bytes).
void TestUiFaults::emptyFileIsCreatedOnlyWhenAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const DatabaseConfig config = DatabaseConfig::fromString(path);
    auto answer = [](QMessageBox::ButtonRole role, QString* asked) {
        whenModal([role, asked](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box) {
                w->close();
                return;
            }
            *asked = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == role) {
                    b->click();
                    return;
                }
        });
    };

    QString asked;
    QString error;
    answer(QMessageBox::RejectRole, &asked);
    auto db = openDatabaseInteractively(nullptr, config, /*create=*/false, &error);
    QVERIFY(!db);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // cancelled, not failed
    QVERIFY2(asked.contains(QLatin1String("is an empty file")), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("Create a new Docket database")), qPrintable(asked));
    QCOMPARE(QFileInfo(path).size(), 0);

    asked.clear();
    answer(QMessageBox::AcceptRole, &asked);
    db = openDatabaseInteractively(nullptr, config, /*create=*/false, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(!asked.isEmpty());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion(Backend::SQLite));
    db->closeConnection();
}

QTEST_MAIN(TestUiFaults)
#include "test_ui_faults.moc"
