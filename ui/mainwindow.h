#pragma once

#include "db/database.h"
#include "domain/session.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace docket {

class OrdersPage;

// The Docket window: a sidebar of pages (orders; analytics and administration
// where the role allows), menus and toolbar with every action and its
// shortcut, and a status bar with the user, the database and its connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    OrdersPage* ordersPage() const { return m_orders; }
    // Adds a page to the sidebar; returns its index.
    int addPage(QWidget* page, const QIcon& icon, const QString& title);
    void showPage(QWidget* page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void updateTitle();

    std::shared_ptr<const Database> m_db;
    Session m_session;
    OrdersPage* m_orders = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_user = nullptr;
    qint64 m_newCount = 0;
};

} // namespace docket
