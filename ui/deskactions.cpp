#include "deskactions.h"

#include "aboutdialog.h"
#include "backupdialogs.h"
#include "domain/errors.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "helpviewer.h"
#include "items/batchjob.h"
#include "items/ordertablemodel.h"
#include "orderspage.h"
#include "printing.h"
#include "readonly.h"
#include "settings.h"
#include "settingsdialog.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace docket {

namespace {

constexpr int kScheduleCheckMs = 60 * 60 * 1000; // hourly
constexpr int kFirstScheduleCheckMs = 30 * 1000; // shortly after start

QAction* makeAction(QObject* parent, const char* icon, const char* name)
{
    auto* a = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))),
                          QString(), parent);
    a->setObjectName(QLatin1String(name));
    return a;
}

// Text, a tooltip naming the shortcut, and the status-bar tip.
void describe(QAction* a, const QString& text, const QString& statusTip)
{
    a->setText(text);
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    const QKeySequence key = a->shortcut();
    a->setToolTip(key.isEmpty() ? plain
                                : QStringLiteral("%1 (%2)").arg(
                                      plain, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(statusTip);
}

QKeySequence preferencesKey()
{
    const QKeySequence platform(QKeySequence::Preferences);
    return platform.isEmpty() ? QKeySequence(DeskActions::tr("Ctrl+,")) : platform;
}

} // namespace

DeskActions::DeskActions(std::shared_ptr<const Database> db, Session session, OrdersPage* orders,
                         QMainWindow* window)
    : QObject(window), m_db(std::move(db)), m_session(std::move(session)), m_orders(orders),
      m_window(window)
{
    setObjectName(QStringLiteral("deskActions"));
    m_export = makeAction(this, "export", "exportOrders");
    m_print = makeAction(this, "print", "printOrder");
    m_backup = makeAction(this, "backup", "backupDatabase");
    m_restore = makeAction(this, "restore", "restoreDatabase");
    m_settings = makeAction(this, "settings", "settings");
    m_guide = makeAction(this, "about", "userGuide");
    m_about = makeAction(this, "about", "aboutDocket");

    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_print->setShortcut(QKeySequence::Print);
    m_backup->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_restore->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_settings->setShortcut(preferencesKey());
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_about->setShortcut(QKeySequence(tr("Ctrl+F1")));
    m_about->setMenuRole(QAction::AboutRole);

    // Without "Export" the action stays in the File menu, disabled, saying
    // why (issue 13 item 6: a hidden action's Ctrl+E did nothing at all);
    // retranslate() hands it to the orders page's refusals.
    m_export->setVisible(m_session.can(Permission::Export) || m_orders);
    m_backup->setVisible(m_session.can(Permission::Backup));
    m_restore->setVisible(m_session.can(Permission::Backup));

    connect(m_export, &QAction::triggered, this, &DeskActions::showExport);
    connect(m_print, &QAction::triggered, this, &DeskActions::showPrint);
    connect(m_backup, &QAction::triggered, this, &DeskActions::showBackup);
    connect(m_restore, &QAction::triggered, this, &DeskActions::showRestore);
    connect(m_settings, &QAction::triggered, this, &DeskActions::showSettings);
    connect(m_guide, &QAction::triggered, this, &DeskActions::showUserGuide);
    connect(m_about, &QAction::triggered, this, &DeskActions::showAbout);
    if (m_window) {
        connect(this, &DeskActions::statusMessage, m_window->statusBar(), &QStatusBar::showMessage);
        m_window->installEventFilter(this);
    }

    if (m_orders) {
        QTableView* view = m_orders->view();
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &DeskActions::updateEnabled);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &DeskActions::updateEnabled);
        connect(m_orders->model(), &QAbstractItemModel::modelReset, this,
                &DeskActions::updateEnabled);
        connect(m_orders->model(), &OrderTableModel::countChanged, this,
                &DeskActions::updateEnabled);
    }

    retranslate();
    updateEnabled();

    m_scheduleTimer.setInterval(kScheduleCheckMs);
    connect(&m_scheduleTimer, &QTimer::timeout, this, &DeskActions::runScheduledBackupIfDue);
    connect(&m_scheduleTimer, &QTimer::timeout, this, &DeskActions::runJobsIfDue);
    m_scheduleTimer.start();
    QTimer::singleShot(kFirstScheduleCheckMs, this, &DeskActions::runScheduledBackupIfDue);
    QTimer::singleShot(kFirstScheduleCheckMs, this, &DeskActions::runJobsIfDue);
}

DeskActions::~DeskActions()
{
    delete m_scheduled; // cancels and waits for a running scheduled backup
    delete m_jobs;      // rolls back and waits for running jobs
}

void DeskActions::retranslate()
{
    describe(m_export, tr("&Export Orders…"),
             tr("Save every order matching the filter as CSV or Excel"));
    describe(m_print, tr("&Print…"),
             tr("Print the selected orders as invoices or packing slips, or save them as one "
                "PDF"));
    describe(m_backup, tr("&Back Up…"), tr("Write a consistent copy of the database"));
    describe(m_restore, tr("&Restore from Backup…"),
             tr("Replace the database with a checked backup; the current one is kept"));
    describe(m_settings, tr("&Settings…"),
             tr("Language, theme, shop details, overdue thresholds and backups"));
    describe(m_guide, tr("&User Guide"), tr("Open the Docket user guide"));
    describe(m_about, tr("&About Docket"), tr("Version, Qt and SQLite, and the database in use"));
    if (m_orders && !m_session.can(Permission::Export))
        m_orders->refuse(m_export, Permission::Export); // after describe(): its tooltip says why
}

bool DeskActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DeskActions::addToMenus(QMenu* file, QMenu* help)
{
    if (file) {
        QAction* before = file->actions().isEmpty() ? nullptr : file->actions().constFirst();
        const QList<QAction*> items{m_export,  m_print, nullptr,    m_backup,
                                    m_restore, nullptr, m_settings, nullptr};
        for (QAction* a : items) {
            if (a)
                file->insertAction(before, a);
            else if (before)
                file->insertSeparator(before);
        }
    }
    if (help) {
        // Ours replaces an older "About Docket" entry.
        for (QAction* a : help->actions()) {
            if (a != m_about && a->menuRole() == QAction::AboutRole) {
                help->insertAction(a, m_about);
                help->removeAction(a);
            }
        }
        if (!help->actions().contains(m_about))
            help->addAction(m_about);
        QAction* first = help->actions().constFirst();
        QAction* separator = help->insertSeparator(first);
        help->insertAction(separator, m_guide);
    }
}

void DeskActions::updateEnabled()
{
    bool canPrint = false;
    if (m_orders) {
        const QModelIndex current = m_orders->view()->currentIndex();
        canPrint = (current.isValid() && m_orders->model()->rowAt(current.row()).has_value()) ||
                   m_orders->selectedCount() > 0;
    }
    m_print->setEnabled(canPrint);
    m_export->setEnabled(m_orders != nullptr && m_session.can(Permission::Export));
    // Restoring replaces the database: not on one open read-only.
    if (m_db)
        enableUnlessReadOnly(m_restore, *m_db, true);
}

void DeskActions::showExport()
{
    if (!m_orders)
        return;
    OrderTableModel* model = m_orders->model();
    ExportDialog dialog(m_db, m_session, model->filter(), model->sortSpec(), model->totalCount(),
                        m_window);
    connect(&dialog, &ExportDialog::exported, this, [this](qint64 rows, const QString& path) {
        emit statusMessage(
            tr("Exported %L1 orders to %2.").arg(rows).arg(QDir::toNativeSeparators(path)), 10000);
    });
    dialog.exec();
}

void DeskActions::showPrint()
{
    if (!m_orders)
        return;
    // Several orders selected: all of them, as one document (the current row
    // alone otherwise).
    OrderTableModel* model = m_orders->model();
    const QModelIndex current = m_orders->view()->currentIndex();
    const auto row = current.isValid() ? model->rowAt(current.row()) : std::nullopt;
    if (!row && m_orders->selectedCount() == 0) {
        emit statusMessage(tr("Select an order to print."));
        return;
    }
    try {
        OrderStore store(m_db->connection(), m_session);
        QList<qint64> ids;
        if (m_orders->selectedCount() > 1)
            ids = BatchJob::idsForRows(store, model->filter(), model->sortSpec(),
                                       m_orders->selectedRanges());
        else if (row)
            ids = {row->id};
        else
            ids = BatchJob::idsForRows(store, model->filter(), model->sortSpec(),
                                       m_orders->selectedRanges());
        // The shop's details as the database holds them now (another desk
        // may have changed them).
        PrintOrderDialog dialog(store, ids, ShopDetails::from(shopSettings()), m_window);
        dialog.exec();
        if (m_orders)
            m_orders->refreshNow(); // invoice numbers may have been issued
    } catch (const DocketError& e) {
        QMessageBox::warning(m_window, tr("Cannot Print the Order"), e.message());
    }
}

void DeskActions::showBackup()
{
    BackupDialog dialog(m_db, m_session, m_window);
    connect(&dialog, &BackupDialog::finished, this, [this](const QString& path) {
        emit statusMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 10000);
    });
    dialog.exec();
}

void DeskActions::showRestore()
{
    RestoreDialog dialog(m_db, m_session, m_window);
    connect(&dialog, &RestoreDialog::restored, this, [this](const QString& previous) {
        emit statusMessage(previous.isEmpty()
                               ? tr("Backup restored.")
                               : tr("Backup restored; the previous database is kept as %1.")
                                     .arg(QDir::toNativeSeparators(previous)),
                           15000);
        if (m_orders)
            m_orders->refreshNow();
    });
    dialog.exec();
}

ShopSettings DeskActions::shopSettings() const
{
    try {
        return ShopSettingsStore(m_db->connection(), m_session).load();
    } catch (const DocketError& e) {
        qWarning("shop settings: %s", qUtf8Printable(e.message()));
        return m_orders ? m_orders->shopSettings() : ShopSettings();
    }
}

void DeskActions::showSettings()
{
    SettingsDialog dialog(m_db, m_session, m_window);
    connect(&dialog, &SettingsDialog::applied, this, &DeskActions::applySettings);
    dialog.exec();
}

void DeskActions::applySettings()
{
    if (m_orders) {
        // The overdue rules of the highlighting and the filter.
        m_orders->reloadShopSettings();
        // Dates and amounts follow the (possibly new) locale.
        m_orders->view()->viewport()->update();
    }
    runScheduledBackupIfDue();
}

void DeskActions::importDeskShopSettings()
{
    ShopSettingsStore::DeskImport result;
    try {
        result = ShopSettingsStore(m_db->connection(), m_session).importDeskValues();
    } catch (const DocketError& e) {
        emit statusMessage(
            tr("The shop settings of this computer were not imported: %1").arg(e.message()), 30000);
        return;
    }
    if (result.imported > 0) {
        emit statusMessage(
            tr("Imported %n shop setting(s) from this computer's settings into the database, "
               "for every desk (see the security log).",
               nullptr, result.imported),
            30000);
        if (m_orders)
            m_orders->reloadShopSettings();
    } else if (result.refused) {
        emit statusMessage(
            tr("This computer has %n shop setting(s) from an older Docket that the database "
               "does not have yet; they are imported when someone with the right “%1” signs in "
               "here.",
               nullptr, result.found)
                .arg(permission::label(Permission::ChangeSettings)),
            30000);
    }
}

void DeskActions::showUserGuide()
{
    if (!m_help) {
        m_help = new HelpViewer(m_window);
    }
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void DeskActions::showAbout()
{
    AboutDialog dialog(m_db, m_session, m_window);
    dialog.exec();
}

void DeskActions::runScheduledBackupIfDue()
{
    if (m_scheduled || !m_session.can(Permission::Backup) || m_db->backend() != Backend::SQLite)
        return;
    // The policy is the shop's (in the database); the folder this desk's.
    const ShopSettings shop = shopSettings();
    if (!shop.flag(shop::backupDaily))
        return;
    const QString folder = settings::backupFolder.value();
    const QDateTime now = QDateTime::currentDateTime();
    if (folder.isEmpty() || !BackupService::isDailyBackupDue(folder, now))
        return;
    const int keep = int(shop.whole(shop::backupKeep));
    m_scheduled = new BackupJob(
        m_db, m_session,
        [folder, keep, now](const BackupService& s, const ProgressFn& progress) {
            return s.backupToFolder(folder, keep, now, progress);
        },
        this);
    connect(m_scheduled, &BackupJob::succeeded, this, [this](const QString& path) {
        m_scheduled->deleteLater();
        m_scheduled = nullptr;
        emit statusMessage(tr("Daily backup written to %1.").arg(QDir::toNativeSeparators(path)),
                           10000);
    });
    connect(m_scheduled, &BackupJob::failed, this, [this](const QString& message, int) {
        m_scheduled->deleteLater();
        m_scheduled = nullptr;
        emit statusMessage(tr("The daily backup failed: %1").arg(message), 30000);
    });
    m_scheduled->start();
}

void DeskActions::runJobsIfDue()
{
    // Two desks (or a desk and cron) at once cancel each order once: the
    // store locks the orders and takes only those still unpaid.
    if (m_jobs || !m_session.can(Permission::ChangeStatus))
        return;
    if (!shopSettings().flag(shop::autoCancelUnpaid))
        return;
    const Session session = m_session;
    m_jobs = new BatchJob(
        m_db, m_session,
        [session](OrderStore& store, const ProgressFn&) {
            FulfilmentStore fulfil(store.database(), session);
            return fulfil.runJobs().cancelled;
        },
        this);
    connect(m_jobs, &BatchJob::succeeded, this, [this](int cancelled) {
        m_jobs->deleteLater();
        m_jobs = nullptr;
        if (cancelled > 0)
            emit statusMessage(tr("%n unpaid order(s) cancelled: past the time limit for payment.",
                                  nullptr, cancelled),
                               30000);
    });
    connect(m_jobs, &BatchJob::failed, this, [this](const QString& message, int) {
        m_jobs->deleteLater();
        m_jobs = nullptr;
        emit statusMessage(
            tr("Cancelling the orders unpaid past their time limit failed: %1").arg(message),
            30000);
    });
    m_jobs->start();
}

} // namespace docket
