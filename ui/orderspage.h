#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "domain/shopsettings.h"
#include "items/listlayout.h"
#include "stores/orderfilter.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QProgressDialog;
class QSplitter;
class QTableView;
class QUndoStack;

namespace docket {

class BatchCommand;
class BatchJob;
struct BatchRecord;
struct UndoRefusal;
class ChangeWatcher;
class FilterBar;
class MassActionDialog;
class OrderDialog;
class OrderStore;
class OrderTableModel;
class ViewsPanel;
struct SavedView;

// The clerk's main screen: filter bar over the lazy order table. Orders that
// arrive or change elsewhere show up by themselves (ChangeWatcher → refresh),
// and the view keeps its selection and the orders it was showing.
class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    OrdersPage(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~OrdersPage() override;

    OrderTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    FilterBar* filterBar() const { return m_filterBar; }
    ChangeWatcher* watcher() const { return m_watcher; }

    QAction* openAction() const { return m_open; }
    QAction* newOrderAction() const { return m_newOrder; }
    QAction* markSeenAction() const { return m_markSeen; }
    QAction* markAllSeenAction() const { return m_markAllSeen; }
    QAction* invalidateAction() const { return m_invalidate; }
    QAction* revalidateAction() const { return m_revalidate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* changeStatusAction() const { return m_changeStatus; }
    QAction* assignAction() const { return m_assign; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* findAction() const { return m_find; }
    QAction* chooseColumnsAction() const { return m_chooseColumns; }
    QAction* showViewsAction() const { return m_showViews; }
    ViewsPanel* viewsPanel() const { return m_views; }
    QList<QAction*> orderActions() const;
    // The batches done here, for Edit → Undo / Redo (BatchCommand).
    QUndoStack* undoStack() const { return m_undo; }
    // The archive page restored these orders (OrderStore::restore's
    // record): its undo deletes them again, on this page's undo stack.
    void pushRestoreUndo(BatchRecord record);

    // Row ranges [first, last] of the current selection, merged and sorted.
    QList<std::pair<int, int>> selectedRanges() const;
    qint64 selectedCount() const;
    bool isBusy() const { return m_job != nullptr; }
    // The shop settings as last read from the database; re-read whenever the
    // database changes (another desk may have changed them).
    const ShopSettings& shopSettings() const { return m_shop; }
    // Why the list is empty (hidden while it is not).
    QLabel* emptyNote() const { return m_emptyNote; }
    // An action the session's role may not use: shown disabled, its tooltip
    // and status tip say why, and its shortcut pressed on this page says so
    // in the status bar instead of doing nothing.
    void refuse(QAction* action, Permission needed);
    // Why `needed` is refused, in words ("Needs the right “Mark invalid”,
    // which your role (Clerk) does not have.").
    QString refusal(Permission needed) const;

    // The list's columns, widths and sort; saved per user and database.
    ListLayout listLayout() const;
    void setListLayout(const ListLayout& layout);
    // The ordercolumns key of model column `section`.
    static QString columnKey(int section);

    void saveState() const;
    void restoreState();

public slots:
    void setFilter(const docket::OrderFilter& filter);
    void openOrderAt(int row);
    void openOrderByNumber(const QString& number);
    void newOrder();
    void markSelectedSeen();
    void markAllSeen();
    void invalidateSelected();
    void revalidateSelected();
    void deleteSelected();
    // The selection to another status (through the workflow, all or nothing)
    // or to someone, after a MassActionDialog.
    void changeStatusOfSelected();
    void assignSelected();
    void refreshNow();
    // Reads the shop settings again and applies what changed (the overdue
    // rules of the highlighting and the filter).
    void reloadShopSettings();
    void chooseColumns();
    // Shows a saved view: its filter, sort and columns.
    void showView(const docket::SavedView& view);

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);
    void connectionProblem(const QString& message); // empty = back to normal
    void batchFinished(int changed);
    void shopSettingsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The constructor's parts: the list's heading (sizing, sorting, its
    // columns menu; orderspagecolumns.cpp) and the actions with their
    // shortcuts, refusals and the list's context menu (orderspageactions.cpp).
    void setUpHeader();
    void createActions();

    enum class Batch { Invalidate, Revalidate, Delete, MarkSeen, Status, Assign };
    void runBatch(Batch kind, const QString& reason = {});
    // From how many orders marking seen or valid asks first (invalidating and
    // deleting always ask).
    static constexpr qint64 kAskFrom = 20;
    void pushUndo(Batch kind, BatchRecord record, const QString& reason);
    bool confirmMass(MassActionDialog& dialog, const QString& consequence);
    QString withSelection(const QString& consequence, qint64 n) const;
    void updateActions();
    void showError(const QString& title, const QString& message);
    // An undo or redo that changed nothing: the step, the orders and why.
    void showUndoRefusal(const UndoRefusal& refusal);
    // The undo commands' answers to failure and conflict, and their refresh.
    void connectUndo(BatchCommand* command);
    void onModelRefreshed();
    void updateCount();
    void updateEmptyNote();
    bool sayWhyRefused(const QKeySequence& key);
    QString layoutSettingsKey() const;
    // After the order dialog saved an edit: its undo (EditCommand).
    void pushEditUndo(const OrderDialog& dialog);

    std::shared_ptr<const Database> m_db;
    Session m_session;
    std::unique_ptr<OrderStore> m_store; // GUI-thread store for single-order work
    ShopSettings m_shop;
    OrderTableModel* m_model = nullptr;
    FilterBar* m_filterBar = nullptr;
    QTableView* m_view = nullptr;
    ChangeWatcher* m_watcher = nullptr;
    BatchJob* m_job = nullptr;
    QUndoStack* m_undo = nullptr;
    QPointer<QProgressDialog> m_progress;
    QLabel* m_emptyNote = nullptr;
    QList<QAction*> m_refused;
    QPersistentModelIndex m_topAnchor;
    bool m_wasAtTop = true;
    // Column widths (fitColumns): the sections whose width the user chose
    // (dragged, or a stored layout's width other than the default) keep it;
    // the others share the room the customer's name leaves them.
    void fitColumns();
    int compactWidth(int section) const;
    QSet<int> m_sizedByUser;
    bool m_fitting = false;

    QAction* m_open = nullptr;
    QAction* m_newOrder = nullptr;
    QAction* m_markSeen = nullptr;
    QAction* m_markAllSeen = nullptr;
    QAction* m_invalidate = nullptr;
    QAction* m_revalidate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_changeStatus = nullptr;
    QAction* m_assign = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_find = nullptr;
    QAction* m_chooseColumns = nullptr;
    QAction* m_showViews = nullptr;
    QList<QAction*> m_viewShortcuts;
    ViewsPanel* m_views = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace docket
