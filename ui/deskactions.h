#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "domain/shopsettings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;

namespace docket {

class BackupJob;
class BatchJob;
class HelpViewer;
class OrdersPage;

// The desktop-product actions of the window: export the filtered orders,
// print the current order, back up and restore, settings, the user guide and
// About — each with its shortcut shown in the menu and the tooltip, hidden
// when the session may not use it. Also runs the scheduled daily backup and
// the shop's periodic jobs (cancelling orders unpaid past their limit).
//
//     auto* desk = new DeskActions(db, session, ordersPage, this);
//     desk->addToMenus(fileMenu, helpMenu);
//
// Its own texts follow a language switch at once (QEvent::LanguageChange on
// the window); the lead's menus and pages need a restart to switch.
class DeskActions : public QObject
{
    Q_OBJECT
public:
    DeskActions(std::shared_ptr<const Database> db, Session session, OrdersPage* orders,
                QMainWindow* window);
    ~DeskActions() override;

    QAction* exportOrders() const { return m_export; }
    QAction* printOrder() const { return m_print; }
    QAction* backup() const { return m_backup; }
    QAction* restore() const { return m_restore; }
    QAction* settings() const { return m_settings; }
    QAction* userGuide() const { return m_guide; }
    QAction* about() const { return m_about; }

    // File: export, print, separator, back up, restore, separator, settings
    // (inserted before the menu's existing entries, e.g. Quit). Help: user
    // guide first, About before "About Qt".
    void addToMenus(QMenu* file, QMenu* help);

public slots:
    void showExport();
    void showPrint();
    void showBackup();
    void showRestore();
    void showSettings();
    void showUserGuide();
    void showAbout();
    // Runs the daily backup now when it is switched on and due.
    void runScheduledBackupIfDue();
    // Runs the shop's jobs (FulfilmentStore::runJobs: orders unpaid past
    // their time limit cancelled) on a thread of its own, when the shop
    // switched that on and the user may change statuses; says in the status
    // bar how many it cancelled. Hourly and shortly after start, as
    // `docketctl jobs run` does from cron.
    void runJobsIfDue();
    // An older Docket kept the shop settings in each desk's own file: brings
    // this desk's into a database that has none yet, when the user may
    // (ShopSettingsStore::importDeskValues), and says so in the status bar.
    void importDeskShopSettings();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ShopSettings shopSettings() const; // as the database holds them now
    void retranslate();
    void updateEnabled();
    void applySettings();

    std::shared_ptr<const Database> m_db;
    Session m_session;
    OrdersPage* m_orders;
    QMainWindow* m_window;
    QAction* m_export = nullptr;
    QAction* m_print = nullptr;
    QAction* m_backup = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_guide = nullptr;
    QAction* m_about = nullptr;
    QPointer<HelpViewer> m_help;
    BackupJob* m_scheduled = nullptr;
    BatchJob* m_jobs = nullptr;
    QTimer m_scheduleTimer;
};

} // namespace docket
