#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/orderfilter.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QProgressDialog;
class QTableView;

namespace docket {

class BatchJob;
class ChangeWatcher;
class FilterBar;
class OrderStore;
class OrderTableModel;

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
    QAction* refreshAction() const { return m_refresh; }
    QAction* findAction() const { return m_find; }
    QList<QAction*> orderActions() const;

    // Row ranges [first, last] of the current selection, merged and sorted.
    QList<std::pair<int, int>> selectedRanges() const;
    qint64 selectedCount() const;
    bool isBusy() const { return m_job != nullptr; }

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
    void refreshNow();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);
    void connectionProblem(const QString& message); // empty = back to normal
    void batchFinished(int changed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Batch { Invalidate, Revalidate, Delete, MarkSeen };
    void runBatch(Batch kind, const QString& reason = {});
    void updateActions();
    void showError(const QString& title, const QString& message);
    void onModelRefreshed();
    void updateCount();

    std::shared_ptr<const Database> m_db;
    Session m_session;
    std::unique_ptr<OrderStore> m_store; // GUI-thread store for single-order work
    OrderTableModel* m_model = nullptr;
    FilterBar* m_filterBar = nullptr;
    QTableView* m_view = nullptr;
    ChangeWatcher* m_watcher = nullptr;
    BatchJob* m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPersistentModelIndex m_topAnchor;
    bool m_wasAtTop = true;

    QAction* m_open = nullptr;
    QAction* m_newOrder = nullptr;
    QAction* m_markSeen = nullptr;
    QAction* m_markAllSeen = nullptr;
    QAction* m_invalidate = nullptr;
    QAction* m_revalidate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_find = nullptr;
};

} // namespace docket
