#include "mainwindow.h"

#include "changepassworddialog.h"
#include "deskactions.h"
#include "filterbar.h"
#include "fulfilment/reviewrulesdialog.h"
#include "fulfilment/shipmentfiledialog.h"
#include "importdialog.h"
#include "items/ordertablemodel.h"
#include "orderspage.h"
#include "readonly.h"
#include "stores/userstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

// MainWindow: its menus and the orders toolbar, built again for each database
// and user (setDatabase).

namespace docket {

namespace {

// The tooltip names the shortcut, as on every other action (OrdersPage,
// DeskActions).
void tipWithShortcut(QAction* a)
{
    const QString plain = QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    const QKeySequence key = a->shortcut();
    a->setToolTip(key.isEmpty() ? plain
                                : QStringLiteral("%1 (%2)").arg(
                                      plain, key.toString(QKeySequence::NativeText)));
}

} // namespace

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // a disabled action (Export Orders) says why
    if (m_session.userId() > 0) {
        file->addAction(tr("Change &Password…"), this, [this] {
            ChangePasswordDialog dialog(m_db, m_session, this);
            dialog.exec();
        });
        file->addSeparator();
    }
    QAction* signOut =
        file->addAction(tr("Sign &Out / Switch User…"), this, [this] { switchUser(); });
    signOut->setObjectName(QStringLiteral("switchUser"));
    signOut->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Undo and redo of the batches done on the orders page.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_orders->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_orders->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* orders = menuBar()->addMenu(tr("&Orders"));
    orders->setToolTipsVisible(true); // a disabled action says why
    for (QAction* a : m_orders->orderActions()) {
        if (!a)
            orders->addSeparator();
        else
            orders->addAction(a);
    }
    orders->addSeparator();
    orders->addAction(m_orders->findAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* newOnly = view->addAction(tr("Show &New Orders Only"));
    newOnly->setCheckable(true);
    newOnly->setObjectName(QStringLiteral("showNewOnly"));
    newOnly->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    tipWithShortcut(newOnly);
    // The filter bar's toggle owns the state; the menu mirrors it.
    FilterBar* bar = m_orders->filterBar();
    bar->newOnlyButton()->setShortcut({});
    connect(newOnly, &QAction::triggered, bar->newOnlyButton(), &QAbstractButton::setChecked);
    connect(bar->newOnlyButton(), &QAbstractButton::toggled, newOnly, &QAction::setChecked);
    QAction* clear = view->addAction(tr("&Clear Filters"), bar, &FilterBar::clear);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    tipWithShortcut(clear);
    // The same for the bar's Clear button: the menu action owns the key (two
    // owners make Qt ignore it as ambiguous).
    for (QAbstractButton* b : bar->findChildren<QAbstractButton*>())
        if (b->shortcut() == clear->shortcut())
            b->setShortcut({});
    QAction* focusTable = view->addAction(tr("Go to &Table"), this, [this] {
        QTableView* table = m_orders->view();
        table->setFocus(Qt::ShortcutFocusReason);
        // The current row selected too, so Open, Mark Seen, ... apply to it
        // straight away.
        QModelIndex current = table->currentIndex();
        if (!current.isValid() && m_orders->model()->rowCount() > 0)
            current = m_orders->model()->index(0, 0);
        if (current.isValid() && !table->selectionModel()->isRowSelected(current.row()))
            table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    });
    focusTable->setObjectName(QStringLiteral("goToTable"));
    focusTable->setShortcut(QKeySequence(tr("Ctrl+T")));
    tipWithShortcut(focusTable);
    view->addAction(m_orders->chooseColumnsAction());
    view->addAction(m_orders->showViewsAction());
    view->addSeparator();
    view->addAction(m_orders->refreshAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    // Export, print, backup/restore, settings, user guide, About (DeskActions).
    m_desk = new DeskActions(m_db, m_session, m_orders, this);
    m_desk->addToMenus(file, help);
    // Orders from a shop's export file (issue 16), after Export.
    if (m_session.can(Permission::CreateOrders)) {
        auto* import = new QAction(tr("&Import Orders…"), file);
        import->setObjectName(QStringLiteral("importOrders"));
        import->setStatusTip(tr("Take orders from a shop's CSV export or a JSON list"));
        enableUnlessReadOnly(import, *m_db, true);
        connect(import, &QAction::triggered, this, [this] {
            ImportDialog dialog(m_db, m_session, this);
            connect(&dialog, &ImportDialog::imported, this, [this](const ImportSummary& s) {
                statusBar()->showMessage(tr("Imported %n new order(s).", nullptr, s.created), 8000);
                m_orders->refreshAction()->trigger();
            });
            dialog.exec();
        });
        file->insertAction(m_desk->printOrder(), import);
    }
    // A warehouse's file of tracking numbers (issue 15 item 3), after it.
    if (m_session.can(Permission::Ship)) {
        auto* ship = new QAction(tr("Import &Shipments…"), file);
        ship->setObjectName(QStringLiteral("importShipments"));
        ship->setStatusTip(
            tr("Ship the orders of a warehouse's file of order numbers and tracking numbers"));
        enableUnlessReadOnly(ship, *m_db, true);
        connect(ship, &QAction::triggered, this, [this] {
            ShipmentFileDialog dialog(m_db, m_session, this);
            connect(&dialog, &ShipmentFileDialog::shipped, this, [this](int parcels) {
                statusBar()->showMessage(tr("Shipped %n order(s) from the file.", nullptr, parcels),
                                         8000);
                m_orders->refreshAction()->trigger();
            });
            dialog.exec();
        });
        file->insertAction(m_desk->printOrder(), ship);
        // A carrier's file of tracking events, after it.
        auto* track = new QAction(tr("Import &Tracking…"), file);
        track->setObjectName(QStringLiteral("importTracking"));
        track->setStatusTip(
            tr("Add the tracking events of a carrier's export file to their parcels"));
        enableUnlessReadOnly(track, *m_db, true);
        connect(track, &QAction::triggered, this, [this] {
            ShipmentFileDialog dialog(m_db, m_session, this, ShipmentFileDialog::Mode::Tracking);
            connect(&dialog, &ShipmentFileDialog::tracked, this, [this](int events) {
                statusBar()->showMessage(
                    tr("Added %n tracking event(s) from the file.", nullptr, events), 8000);
                m_orders->refreshAction()->trigger();
            });
            dialog.exec();
        });
        file->insertAction(m_desk->printOrder(), track);
    }
    // The review rules (issue 15 item 4), after Settings: for everyone to
    // find, enabled with the "manage review rules" right.
    {
        auto* rules = new QAction(tr("Re&view Rules…"), file);
        rules->setObjectName(QStringLiteral("reviewRules"));
        if (m_session.can(Permission::ManageRules)) {
            rules->setStatusTip(tr("Switch the review rules on or off and tune them"));
            enableUnlessReadOnly(rules, *m_db, true, rules->statusTip());
        } else {
            const QString why =
                tr("Needs the right “%1”, which your role (%2) does not have.")
                    .arg(permission::label(Permission::ManageRules),
                         m_session.roleName().isEmpty() ? m_session.userName()
                                                        : roleLabel(m_session.roleName()));
            rules->setEnabled(false);
            rules->setToolTip(why);
            rules->setStatusTip(why);
        }
        connect(rules, &QAction::triggered, this, [this] {
            ReviewRulesDialog dialog(m_db, m_session, this);
            connect(&dialog, &ReviewRulesDialog::saved, this, [this](qint64 version) {
                statusBar()->showMessage(tr("The review rules are at version %L1.").arg(version),
                                         8000);
            });
            dialog.exec();
        });
        const QList<QAction*> all = file->actions();
        const qsizetype at = all.indexOf(m_desk->settings());
        file->insertAction(at >= 0 && at + 1 < all.size() ? all.at(at + 1) : nullptr, rules);
    }
    // Opening another database comes first, as in every desktop application.
    auto* openFile = new QAction(tr("&Open Database File…"), file);
    openFile->setObjectName(QStringLiteral("openDatabaseFile"));
    openFile->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    openFile->setStatusTip(tr("Switch to another Docket database file"));
    tipWithShortcut(openFile);
    connect(openFile, &QAction::triggered, this, &MainWindow::chooseDatabaseFile);
    auto* connectServer = new QAction(tr("Connect to &Server…"), file);
    connectServer->setObjectName(QStringLiteral("connectToServer"));
    connectServer->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    connectServer->setStatusTip(tr("Switch to a team's shared PostgreSQL database"));
    tipWithShortcut(connectServer);
    connect(connectServer, &QAction::triggered, this, &MainWindow::connectToServer);
    QAction* first = file->actions().constFirst();
    file->insertAction(first, openFile);
    file->insertAction(first, connectServer);
    file->insertSeparator(first);

    QToolBar* tb = addToolBar(tr("Orders"));
    m_toolBar = tb;
    tb->setObjectName(QStringLiteral("ordersToolBar"));
    tb->setMovable(false);
    tb->setIconSize(QSize(20, 20));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* a :
         {m_orders->openAction(), m_orders->newOrderAction(), m_orders->markSeenAction(),
          m_orders->invalidateAction(), m_orders->revalidateAction(), m_orders->deleteAction(),
          m_orders->refreshAction()}) {
        // Refused actions stay in the menus (disabled, saying why), not here.
        if (a->isVisible() && !a->property("refused").isValid())
            tb->addAction(a);
    }
}

} // namespace docket
