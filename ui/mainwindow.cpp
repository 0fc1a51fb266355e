#include "mainwindow.h"

#include "items/changewatcher.h"

#include "adminpage.h"
#include "aftersalespage.h"
#include "analyticspage.h"
#include "archivepage.h"
#include "cataloguepage.h"
#include "changepassworddialog.h"
#include "connectiondialog.h"
#include "db/recentconnections.h"
#include "db/sql.h"
#include "deskactions.h"
#include "domain/errors.h"
#include "filterbar.h"
#include "fulfilment/reviewpage.h"
#include "i18n.h"
#include "importdialog.h"
#include "items/ordertablemodel.h"
#include "logindialog.h"
#include "orderspage.h"
#include "readonly.h"
#include "settings.h"
#include "stockpage.h"
#include "stores/databaselogin.h"
#include "stores/userstore.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

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

std::optional<Session> signInTo(QWidget* parent, const std::shared_ptr<const Database>& db,
                                QString* error,
                                const std::function<void(const std::optional<Session>&)>& prepare)
{
    error->clear();
    try {
        // The server already checked this user's password.
        if (std::optional<Session> login = sessionOfDatabaseLogin(db->connection()))
            return login;
        return signIn(parent, db, prepare);
    } catch (const DocketError& e) {
        *error = e.message();
        return std::nullopt;
    }
}

std::unique_ptr<MainWindow> signInToWindow(const std::shared_ptr<const Database>& db,
                                           QString* error)
{
    std::unique_ptr<MainWindow> window;
    const std::optional<Session> session =
        signInTo(nullptr, db, error, [&](const std::optional<Session>& prospective) {
            window.reset();
            if (prospective)
                window = std::make_unique<MainWindow>(db, *prospective);
        });
    if (!session)
        return nullptr;
    // Built for the same account with the same rights (a role changed while
    // the password was typed builds it again).
    auto same = [](const Session& a, const Session& b) {
        return a.userId() == b.userId() && a.userName() == b.userName() &&
               a.roleName() == b.roleName() && a.permissions() == b.permissions() &&
               a.scope() == b.scope();
    };
    if (!window || !same(window->session(), *session))
        window = std::make_unique<MainWindow>(db, *session);
    return window;
}

MainWindow::MainWindow(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/docket.svg")));

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(168);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget(this);

    auto* central = new QWidget(this);
    auto* h = new QHBoxLayout(central);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(0);
    h->addWidget(m_sidebar);
    h->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The orders toolbar belongs to the orders page (its actions stay in the
    // Orders menu, with their shortcuts).
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (m_toolBar)
            m_toolBar->setVisible(m_pages->currentWidget() == m_orders);
    });

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("userStatus"));
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyStatus"));
    m_readOnly->setProperty("kind", QStringLiteral("readOnly"));
    m_readOnly->hide();
    statusBar()->addPermanentWidget(m_readOnly);
    // Low on stock, live like the new-order count: a click lists those products.
    m_lowStock = new QToolButton(this);
    m_lowStock->setObjectName(QStringLiteral("lowStockBadge"));
    m_lowStock->setAutoRaise(true);
    m_lowStock->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_lowStock->setIcon(QIcon(QStringLiteral(":/icons/box.svg")));
    m_lowStock->hide();
    connect(m_lowStock, &QToolButton::clicked, this, [this] {
        if (m_catalogue) {
            showPage(m_catalogue);
            m_catalogue->showLowStock();
        }
    });
    statusBar()->addPermanentWidget(m_lowStock);
    // Team mode reading from standbys: which server the lists read, how far behind.
    m_readRoute = new QLabel(this);
    m_readRoute->setObjectName(QStringLiteral("readRouteStatus"));
    m_readRoute->hide();
    statusBar()->addPermanentWidget(m_readRoute);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_user);

    // A change waiting for another Docket's write lock says so in the status
    // bar, with a busy cursor, even while the window's own thread waits (the
    // status bar is repainted at once); from a batch's thread it is queued.
    sql::setLockWaitObserver([window = QPointer<MainWindow>(this)](const sql::LockWait& wait) {
        auto show = [window, wait] {
            if (!window)
                return;
            window->showLockWait(wait);
        };
        if (QThread::currentThread() == qApp->thread())
            show();
        else
            QMetaObject::invokeMethod(qApp, show, Qt::QueuedConnection);
    });

    // After a failover (team mode with standbys) the status bar says which
    // server took over; from a worker's thread it is queued.
    sql::setServerChangeObserver(
        [window = QPointer<MainWindow>(this)](const sql::ServerChange& change) {
            auto show = [window, change] {
                if (window)
                    window->showServerChange(change);
            };
            if (QThread::currentThread() == qApp->thread())
                show();
            else
                QMetaObject::invokeMethod(qApp, show, Qt::QueuedConnection);
        });

    sql::setReadRouteObserver([window = QPointer<MainWindow>(this)](const sql::ReadRoute& route) {
        QMetaObject::invokeMethod(
            qApp,
            [window, route] {
                if (window)
                    window->showReadRoute(route);
            },
            Qt::QueuedConnection);
    });

    resize(1280, 800);
    setDatabase(std::move(db), std::move(session));
    const QByteArray geometry = settings::mainWindowGeometry.value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings::mainWindowState.value();
    if (!state.isEmpty())
        restoreState(state);
    // Saved while another page was showing, the state hides the toolbar.
    if (m_toolBar)
        m_toolBar->setVisible(m_pages->currentWidget() == m_orders);
}

void MainWindow::setDatabase(std::shared_ptr<const Database> db, Session session)
{
    clearDatabase();
    m_db = std::move(db);
    m_session = std::move(session);
    // Preferences are this user's from here on (layout, language, theme).
    settings::setCurrentUser(m_session.userName());
    applyUserPreferences();
    buildPages();
    buildMenus();
    m_user->setText(tr("%1 · %2").arg(m_session.userName(), m_db->config().displayName()));
    m_user->setToolTip(tr("Signed in as %1 (%2) on %3")
                           .arg(m_session.userName(), roleLabel(m_session.roleName()),
                                m_db->config().displayName()));
    m_connection->clear();
    m_connection->setToolTip({});
    m_readRoute->setVisible(m_db->readsFromStandby());
    m_readRoute->setText(m_db->readsFromStandby() ? tr("Reads: primary") : QString());
    m_readRoute->setToolTip(m_db->readsFromStandby()
                                ? tr("Lists and charts read from a standby once one is fit to "
                                     "read (at most %n s behind).",
                                     nullptr, m_db->config().maxStandbyLag)
                                : QString());
    if (m_db->isReadOnly()) {
        m_readOnly->setText(tr("Read-only"));
        m_readOnly->setToolTip(readOnlyNote(*m_db));
        m_readOnly->show();
    } else {
        m_readOnly->clear();
        m_readOnly->hide();
    }
    updateTitle();
    m_orders->restoreState();
    // Shop settings an older Docket kept in this computer's file go to the
    // database (once, when it has none and the user may); after any status
    // message of the caller's.
    QTimer::singleShot(0, m_desk, &DeskActions::importDeskShopSettings);
    emit databaseChanged();
}

void MainWindow::applyUserPreferences()
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        return;
    // A language of the user's own, unless the command line named one.
    if (languageOverride().isEmpty() && settings::language.hasUserValue() &&
        settings::language.value() != requestedLanguage())
        installTranslators(*app, settings::language.value());
    if (settings::theme.hasUserValue())
        applyTheme(*app, settings::theme.value());
}

// Takes down everything built on the current database: pages, menus, toolbar,
// desk actions; closes its connection when nothing else holds it.
void MainWindow::clearDatabase()
{
    if (!m_db)
        return;
    m_orders->saveState();
    // The menu bar may be the sender of the action that got us here: Qt
    // deletes the old one later.
    setMenuBar(new QMenuBar(this));
    if (m_toolBar) {
        removeToolBar(m_toolBar);
        delete m_toolBar;
        m_toolBar = nullptr;
    }
    delete m_desk;
    m_desk = nullptr;
    m_sidebar->blockSignals(true);
    m_sidebar->clear();
    m_sidebar->blockSignals(false);
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_orders = nullptr;
    m_catalogue = nullptr;
    m_lowStock->hide();
    m_newCount = 0;
    const std::shared_ptr<const Database> old = std::move(m_db);
    if (old.use_count() == 1)
        old->closeConnection();
}

void MainWindow::buildPages()
{
    m_orders = new OrdersPage(m_db, m_session, this);
    addPage(m_orders, QIcon(QStringLiteral(":/icons/filter.svg")), tr("Orders"));
    if (m_session.can(Permission::ReviewOrders)) {
        // The review queue (issue 15), its count on the sidebar, live like the new-order badge.
        auto* review = new ReviewPage(m_db, m_session, this);
        addPage(review, QIcon(QStringLiteral(":/icons/seen.svg")), tr("Review"));
        connect(review, &ReviewPage::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(review, &ReviewPage::decided, m_orders, &OrdersPage::refreshNow);
        connect(m_orders->watcher(), &ChangeWatcher::changed, review, &ReviewPage::reload);
        // The page's row is looked up when the count comes: while signing
        // out, the sidebar is emptied before the pages go.
        connect(review, &ReviewPage::countChanged, this, [this, review](qint64 n) {
            if (QListWidgetItem* item = m_sidebar->item(m_pages->indexOf(review)))
                item->setText(n > 0 ? tr("Review (%L1)").arg(n) : tr("Review"));
        });
        review->reload();
    }
    // The catalogue and the stock: everyone who sees orders reads them; the
    // pages offer the changes the role allows.
    m_catalogue = new CataloguePage(m_db, m_session, this);
    addPage(m_catalogue, QIcon(QStringLiteral(":/icons/box.svg")), tr("Catalogue"));
    auto* stock = new StockPage(m_db, m_session, this);
    addPage(stock, QIcon(QStringLiteral(":/icons/stock.svg")), tr("Stock"));
    connect(m_catalogue, &CataloguePage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(stock, &StockPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    auto* afterSales = new AfterSalesPage(m_db, m_session, this);
    addPage(afterSales, QIcon(QStringLiteral(":/icons/return.svg")), tr("After-sales"));
    connect(afterSales, &AfterSalesPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(afterSales, &AfterSalesPage::stockChanged, m_catalogue, &CataloguePage::refresh);
    connect(stock, &StockPage::stockChanged, m_catalogue, &CataloguePage::refresh);
    // Stock moved here, in another window, by docketctl or the gateway: the
    // figures and the badge follow (orders reserve; the ledger notifies too).
    connect(m_orders->watcher(), &ChangeWatcher::changed, m_catalogue, &CataloguePage::refresh);
    connect(m_orders->watcher(), &ChangeWatcher::changed, stock, &StockPage::refresh);
    connect(m_catalogue, &CataloguePage::lowCountChanged, this, [this](qint64 n) {
        m_lowStock->setText(tr("%Ln low on stock", nullptr, int(std::min<qint64>(n, INT_MAX))));
        m_lowStock->setToolTip(tr("Products whose available stock is below their safety stock: "
                                  "click to list them"));
        m_lowStock->setVisible(n > 0);
    });
    if (m_session.can(Permission::RestoreArchived)) {
        auto* archive = new ArchivePage(m_db, m_session, this);
        addPage(archive, QIcon(QStringLiteral(":/icons/restore.svg")), tr("Archive"));
        connect(archive, &ArchivePage::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(archive, &ArchivePage::restored, m_orders, &OrdersPage::refreshNow);
        // Edit → Undo takes a restore back (the orders go to the archive again).
        connect(archive, &ArchivePage::restoredOrders, m_orders,
                [this](const BatchRecord& record) { m_orders->pushRestoreUndo(record); });
        connect(m_orders->undoStack(), &QUndoStack::indexChanged, archive, [archive] {
            if (archive->isVisible())
                archive->reload();
        });
    }
    if (m_session.can(Permission::ViewAnalytics)) {
        auto* analytics = new AnalyticsPage(m_db, m_session, this);
        addPage(analytics, QIcon(QStringLiteral(":/icons/chart.svg")), tr("Analytics"));
        connect(analytics, &AnalyticsPage::statusMessage, statusBar(), &QStatusBar::showMessage);
        // A click on a bar or slice opens exactly those orders.
        connect(analytics, &AnalyticsPage::openOrders, this, [this](const OrderFilter& filter) {
            m_orders->filterBar()->setFilter(filter);
            showPage(m_orders);
        });
        // Orders changed (here, in another window, by docketctl): the figures follow.
        connect(m_orders->watcher(), &ChangeWatcher::changed, analytics,
                &AnalyticsPage::dataChanged);
    }
    if (m_session.can(Permission::ManageUsers)) {
        auto* admin = new AdminPage(m_db, m_session, this);
        addPage(admin, QIcon(QStringLiteral(":/icons/users.svg")), tr("Administration"));
        connect(admin, &AdminPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    }
    m_sidebar->setCurrentRow(0);

    connect(m_orders, &OrdersPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_orders, &OrdersPage::connectionProblem, this, [this](const QString& message) {
        if (message.isEmpty()) {
            m_connection->clear();
            m_connection->setToolTip({});
            if (!m_serverChange.to.isEmpty()) {
                // Back after a failover: say which server took over.
                m_connection->setText(tr("Primary: %1").arg(m_serverChange.to));
                m_connection->setToolTip(sql::serverChangeMessage(m_serverChange));
                statusBar()->showMessage(sql::serverChangeMessage(m_serverChange), 60000);
            } else {
                statusBar()->showMessage(tr("Connected to the database again."), 5000);
            }
        } else {
            m_connection->setText(tr("⚠ Database unreachable — retrying"));
            m_connection->setToolTip(message);
        }
    });
    connect(m_orders->model(), &OrderTableModel::newCountChanged, this, [this](qint64 n) {
        m_newCount = n;
        updateTitle();
    });
}

bool MainWindow::mayLeaveDatabase()
{
    if (!m_orders || !m_orders->isBusy())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Work in Progress"),
        tr("A batch operation is still running. Open the other database anyway? The operation "
           "will be cancelled and nothing of it will be saved."));
    return answer == QMessageBox::Yes;
}

bool MainWindow::openDatabase(const DatabaseConfig& config)
{
    if (!mayLeaveDatabase())
        return false;
    const QString title = tr("Cannot Open the Database");
    QString error;
    const std::shared_ptr<Database> db =
        openDatabaseInteractively(this, config, /*create=*/false, &error);
    if (!db) {
        if (!error.isEmpty())
            QMessageBox::warning(
                this, title,
                tr("%1\n\nDocket stays on %2.").arg(error, m_db->config().displayName()));
        return false;
    }
    const std::optional<Session> session = signInTo(this, db, &error);
    if (!session) {
        db->closeConnection();
        if (!error.isEmpty())
            QMessageBox::warning(
                this, title,
                tr("%1\n\nDocket stays on %2.").arg(error, m_db->config().displayName()));
        return false;
    }
    setDatabase(db, *session);
    settings::lastDatabase.setValue(db->config().toString()); // never the password
    recentconnections::remember(db->config());
    statusBar()->showMessage(
        tr("Opened %1 as %2.").arg(db->config().displayName(), m_session.userName()), 5000);
    return true;
}

void MainWindow::chooseDatabaseFile()
{
    const QString current =
        m_db->config().backend == Backend::SQLite ? m_db->config().path : defaultDatabasePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database File"), QFileInfo(current).absolutePath(),
        tr("Docket databases (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    DatabaseConfig config;
    config.backend = Backend::SQLite;
    config.path = path;
    openDatabase(config);
}

void MainWindow::connectToServer()
{
    ConnectionDialog dialog(this);
    if (m_db->config().backend == Backend::PostgreSQL)
        dialog.setConfig(m_db->config());
    if (dialog.exec() != QDialog::Accepted)
        return;
    openDatabase(dialog.config());
}

bool MainWindow::switchUser()
{
    if (!mayLeaveDatabase())
        return false;
    if (m_db->config().backend == Backend::PostgreSQL) {
        // A Docket user is a login of the server: connect again as the other one.
        ConnectionDialog dialog(this);
        DatabaseConfig config = m_db->config();
        config.password.clear();
        dialog.setConfig(config);
        return dialog.exec() == QDialog::Accepted && openDatabase(dialog.config());
    }
    const std::shared_ptr<const Database> db = m_db;
    const QString previous = m_session.userName();
    // Nothing of the previous user stays on screen while the next signs in.
    clearDatabase();
    m_user->setText(tr("Signed out"));
    m_user->setToolTip({});
    QString error;
    const std::optional<Session> session = signInTo(this, db, &error);
    if (!session) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot Sign In"), error);
        close();
        return false;
    }
    setDatabase(db, *session);
    statusBar()->showMessage(
        tr("%1 signed out; signed in as %2.").arg(previous, m_session.userName()), 8000);
    return true;
}

MainWindow::~MainWindow()
{
    sql::setLockWaitObserver({});
    sql::setServerChangeObserver({});
    sql::setReadRouteObserver({});
    if (m_waitingForLock)
        QApplication::restoreOverrideCursor();
}

int MainWindow::addPage(QWidget* page, const QIcon& icon, const QString& title)
{
    auto* item = new QListWidgetItem(icon, title, m_sidebar);
    item->setSizeHint(QSize(0, 40));
    return m_pages->addWidget(page);
}

void MainWindow::showPage(QWidget* page)
{
    const int i = m_pages->indexOf(page);
    if (i >= 0)
        m_sidebar->setCurrentRow(i);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
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

void MainWindow::showLockWait(const sql::LockWait& wait)
{
    if (wait.over) {
        if (m_waitingForLock) {
            m_waitingForLock = false;
            QApplication::restoreOverrideCursor();
            statusBar()->clearMessage();
        }
        return;
    }
    if (!m_waitingForLock) {
        m_waitingForLock = true;
        QApplication::setOverrideCursor(Qt::BusyCursor);
    }
    statusBar()->showMessage(
        tr("%1 (%L2 s)").arg(sql::lockWaitMessage(wait.database)).arg(wait.waitedMs / 1000));
    statusBar()->repaint();
}

void MainWindow::showServerChange(const sql::ServerChange& change)
{
    m_serverChange = change;
    const QString message = sql::serverChangeMessage(change);
    statusBar()->showMessage(message, 60000);
    m_connection->setText(tr("Primary: %1").arg(change.to));
    m_connection->setToolTip(message);
}

void MainWindow::showReadRoute(const sql::ReadRoute& route)
{
    if (!m_db || !m_db->readsFromStandby() || route.database != m_db->config().displayName())
        return;
    m_readRoute->setText(route.fromStandby
                             ? tr("Reads: standby %1 · %2 s behind")
                                   .arg(route.standby, QLocale().toString(route.lagSeconds, 'f', 1))
                             : tr("Reads: primary"));
    m_readRoute->setToolTip(sql::readRouteMessage(route));
    m_readRoute->show();
}

void MainWindow::updateTitle()
{
    const QString base = m_db->isReadOnly()
                             ? tr("Docket — %1 (read-only)").arg(m_db->config().displayName())
                             : tr("Docket — %1").arg(m_db->config().displayName());
    setWindowTitle(m_newCount > 0 ? tr("(%L1 new) %2").arg(m_newCount).arg(base) : base);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_orders) { // signed out
        event->accept();
        return;
    }
    if (m_orders->isBusy()) {
        const auto answer = QMessageBox::question(
            this, tr("Work in Progress"),
            tr("A batch operation is still running. Quit anyway? It will be cancelled and "
               "nothing of it will be saved."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    settings::mainWindowGeometry.setValue(saveGeometry());
    settings::mainWindowState.setValue(saveState());
    m_orders->saveState();
    event->accept();
}

} // namespace docket
