#include "mainwindow.h"

#include "cataloguepage.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QStatusBar>
#include <QThread>
#include <QToolButton>

// MainWindow: the status bar's permanent parts (read-only, low on stock, where
// lists read from, the connection, the user) and what the database layer
// reports to it from any thread: a wait for a write lock, a failover, the
// read route.

namespace docket {

void MainWindow::buildStatusBar()
{

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

} // namespace docket
