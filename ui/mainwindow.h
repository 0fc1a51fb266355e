#pragma once

#include "db/database.h"
#include "db/sql.h"
#include "domain/session.h"

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace docket {

class CataloguePage;
class DeskActions;
class OrdersPage;

// The Docket window: a sidebar of pages (orders; analytics and administration
// where the role allows), menus and toolbar with every action and its
// shortcut, and a status bar with the user, the database and its connection.
// File → Open Database File… / Connect to Server… switch the whole window to
// another database (pages rebuilt on it, after signing in there).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    OrdersPage* ordersPage() const { return m_orders; }
    CataloguePage* cataloguePage() const { return m_catalogue; }
    // The status bar's "low on stock" count (hidden while there is none).
    QToolButton* lowStockBadge() const { return m_lowStock; }
    const std::shared_ptr<const Database>& database() const { return m_db; }
    const Session& session() const { return m_session; }
    // Adds a page to the sidebar; returns its index.
    int addPage(QWidget* page, const QIcon& icon, const QString& title);
    void showPage(QWidget* page);

public slots:
    // Opens `config` (asking for a PostgreSQL password when none is known),
    // signs in there as at start-up, and switches the window to it. On any
    // failure or a cancel the window stays on its database (a failure is
    // explained in a message box); returns whether it switched.
    bool openDatabase(const DatabaseConfig& config);
    // Switches to a database already opened and signed in.
    void setDatabase(std::shared_ptr<const Database> db, Session session);
    // File → Open Database File… (a native file dialog, then openDatabase()).
    void chooseDatabaseFile();
    // File → Connect to Server… (ConnectionDialog, then openDatabase()).
    void connectToServer();
    // File → Sign Out / Switch User…: the pages of the signed-in user go,
    // then the sign-in asks who is next (on a server, the connection dialog:
    // each user is their own login there). Nobody signing in closes the
    // window. Returns whether someone signed in.
    bool switchUser();

signals:
    // After the window moved to another database.
    void databaseChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void applyUserPreferences();
    void buildPages();
    void buildMenus();     // mainwindowmenus.cpp
    void buildStatusBar(); // mainwindowstatus.cpp
    void clearDatabase();
    bool mayLeaveDatabase();
    void updateTitle();
    void showLockWait(const sql::LockWait& wait);
    void showServerChange(const sql::ServerChange& change);
    void showReadRoute(const sql::ReadRoute& route);

    std::shared_ptr<const Database> m_db;
    Session m_session;
    OrdersPage* m_orders = nullptr;
    DeskActions* m_desk = nullptr;
    QToolBar* m_toolBar = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_readRoute = nullptr; // read replicas: where lists read from
    QLabel* m_user = nullptr;
    QLabel* m_readOnly = nullptr;
    QToolButton* m_lowStock = nullptr;
    CataloguePage* m_catalogue = nullptr;
    qint64 m_newCount = 0;
    bool m_waitingForLock = false;
    sql::ServerChange m_serverChange; // the last failover seen (empty: none)
};

// The start-up sign-in on `db`: on PostgreSQL, a connection the server opened
// as a Docket login role *is* that user (sessionOfDatabaseLogin), so no login
// dialog; otherwise signIn() (first administrator or the login dialog).
// nullopt when the user cancelled, or, with `error` set, when signing in is
// impossible (a disabled login role, an unreachable database).
std::optional<Session>
signInTo(QWidget* parent, const std::shared_ptr<const Database>& db, QString* error,
         const std::function<void(const std::optional<Session>&)>& prepare = {});

// The start-up sign-in with its window (app/main.cpp, docket-bench): signInTo(),
// and while the password is judged the window is built, hidden, for the
// account signing in, so that its first page loads meanwhile (issue 13 item
// 14); it is kept only when the session signed in is the one it was built
// for, and dropped after a failed attempt. nullptr when nobody signed in
// (`error` says why; empty when cancelled). The caller shows it.
std::unique_ptr<MainWindow> signInToWindow(const std::shared_ptr<const Database>& db,
                                           QString* error);

} // namespace docket
