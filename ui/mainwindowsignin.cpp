#include "mainwindow.h"

#include "connectiondialog.h"
#include "db/recentconnections.h"
#include "domain/errors.h"
#include "logindialog.h"
#include "orderspage.h"
#include "settings.h"
#include "stores/databaselogin.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

// Signing in at start-up, and moving the window to another database or user:
// File → Open Database File…, Connect to Server…, Sign Out / Switch User….

namespace docket {

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

} // namespace docket
