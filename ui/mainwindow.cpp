#include "mainwindow.h"

#include "adminpage.h"
#include "analyticspage.h"
#include "archivepage.h"
#include "changepassworddialog.h"
#include "deskactions.h"
#include "filterbar.h"
#include "items/ordertablemodel.h"
#include "orderspage.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace docket {

MainWindow::MainWindow(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(db)), m_session(std::move(session))
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

    m_orders = new OrdersPage(m_db, m_session, this);
    addPage(m_orders, QIcon(QStringLiteral(":/icons/filter.svg")), tr("Orders"));
    if (m_session.can(Permission::RestoreArchived)) {
        auto* archive = new ArchivePage(m_db, m_session, this);
        addPage(archive, QIcon(QStringLiteral(":/icons/restore.svg")), tr("Archive"));
        connect(archive, &ArchivePage::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(archive, &ArchivePage::restored, m_orders, &OrdersPage::refreshNow);
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
    }
    if (m_session.can(Permission::ManageUsers)) {
        auto* admin = new AdminPage(m_db, m_session, this);
        addPage(admin, QIcon(QStringLiteral(":/icons/users.svg")), tr("Administration"));
        connect(admin, &AdminPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    }
    m_sidebar->setCurrentRow(0);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_user = new QLabel(this);
    m_user->setText(tr("%1 · %2").arg(m_session.userName(), m_db->config().displayName()));
    m_user->setToolTip(
        tr("Signed in as %1 (%2) on %3")
            .arg(m_session.userName(), m_session.roleName(), m_db->config().displayName()));
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_user);

    connect(m_orders, &OrdersPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_orders, &OrdersPage::connectionProblem, this, [this](const QString& message) {
        if (message.isEmpty()) {
            m_connection->clear();
            m_connection->setToolTip({});
            statusBar()->showMessage(tr("Connected to the database again."), 5000);
        } else {
            m_connection->setText(tr("⚠ Database unreachable — retrying"));
            m_connection->setToolTip(message);
        }
    });
    connect(m_orders->model(), &OrderTableModel::newCountChanged, this, [this](qint64 n) {
        m_newCount = n;
        updateTitle();
    });

    buildMenus();
    updateTitle();
    resize(1280, 800);
    const QByteArray geometry = settings::mainWindowGeometry.value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings::mainWindowState.value();
    if (!state.isEmpty())
        restoreState(state);
    m_orders->restoreState();
}

MainWindow::~MainWindow() = default;

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
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* orders = menuBar()->addMenu(tr("&Orders"));
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
    newOnly->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    // The filter bar's toggle owns the state; the menu mirrors it.
    FilterBar* bar = m_orders->filterBar();
    bar->newOnlyButton()->setShortcut({});
    connect(newOnly, &QAction::triggered, bar->newOnlyButton(), &QAbstractButton::setChecked);
    connect(bar->newOnlyButton(), &QAbstractButton::toggled, newOnly, &QAction::setChecked);
    QAction* clear = view->addAction(tr("&Clear Filters"), bar, &FilterBar::clear);
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    QAction* focusTable = view->addAction(tr("Go to &Table"), this, [this] {
        m_orders->view()->setFocus(Qt::ShortcutFocusReason);
        if (!m_orders->view()->currentIndex().isValid() && m_orders->model()->rowCount() > 0)
            m_orders->view()->setCurrentIndex(m_orders->model()->index(0, 0));
    });
    focusTable->setShortcut(QKeySequence(tr("Ctrl+T")));
    view->addSeparator();
    view->addAction(m_orders->refreshAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    // Export, print, backup/restore, settings, user guide, About (DeskActions).
    (new DeskActions(m_db, m_session, m_orders, this))->addToMenus(file, help);

    QToolBar* tb = addToolBar(tr("Orders"));
    tb->setObjectName(QStringLiteral("ordersToolBar"));
    tb->setMovable(false);
    tb->setIconSize(QSize(20, 20));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* a :
         {m_orders->openAction(), m_orders->newOrderAction(), m_orders->markSeenAction(),
          m_orders->invalidateAction(), m_orders->revalidateAction(), m_orders->deleteAction(),
          m_orders->refreshAction()}) {
        if (a->isVisible())
            tb->addAction(a);
    }
}

void MainWindow::updateTitle()
{
    const QString base = tr("Docket — %1").arg(m_db->config().displayName());
    setWindowTitle(m_newCount > 0 ? tr("(%L1 new) %2").arg(m_newCount).arg(base) : base);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
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
