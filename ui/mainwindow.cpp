#include "mainwindow.h"

#include "items/changewatcher.h"

#include "adminpage.h"
#include "aftersalespage.h"
#include "analyticspage.h"
#include "archivepage.h"
#include "cataloguepage.h"
#include "db/sql.h"
#include "deskactions.h"
#include "filterbar.h"
#include "fulfilment/reviewpage.h"
#include "i18n.h"
#include "items/ordertablemodel.h"
#include "orderspage.h"
#include "readonly.h"
#include "settings.h"
#include "stockpage.h"
#include "stores/userstore.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

// MainWindow: the sidebar and its pages, built for the signed-in user on the
// current database and taken down again when either changes. The menus, the
// status bar and the sign-in / switching flow are in mainwindowmenus.cpp,
// mainwindowstatus.cpp and mainwindowsignin.cpp.

namespace docket {

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

    buildStatusBar();

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
        connect(m_orders->watcher(), &ChangeWatcher::changed, review, &ReviewPage::ordersChanged);
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
