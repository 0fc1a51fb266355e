#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/reviewstore.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace docket {

// The review queue for supervisors (issue 15): the orders awaiting review,
// oldest first, each with the rules it tripped in words; approve or reject
// the selection at once. Who may not review (ReviewOrders) reads the queue
// with the buttons off. A decision someone else made first is a conflict
// that names the order, and nothing is decided.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    ReviewPage(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~ReviewPage() override;

    QTableWidget* table() const { return m_table; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    // Opens the review rules (ReviewRulesDialog); enabled with ManageRules.
    QPushButton* rulesButton() const { return m_rules; }
    qint64 waiting() const { return m_waiting; }

    QPushButton* moreButton() const { return m_more; }
    // Rows a page reads (500; tests take fewer).
    void setPageSize(int rows) { m_pageSize = rows; }

public slots:
    // Reads the count and the rows shown again (at least the first page).
    void reload();
    // The next page of the queue below the rows shown.
    void showMore();
    // Orders changed somewhere (ChangeWatcher): on screen the rows and the
    // count are read again; off screen only the count (the sidebar's
    // badge), the rows when the page shows.
    void ordersChanged();
    void approveSelected();
    // Asks for the reason, then rejects the selection with it.
    void rejectSelected();
    // Without asking (tests, scripts).
    bool rejectSelectedWith(const QString& reason);
    // The review rules (ReviewRulesDialog, modal).
    void showRules();

signals:
    // The number of orders waiting, for the sidebar's badge.
    void countChanged(qint64 waiting);
    void statusMessage(const QString& text, int timeout = 0);
    // Orders were approved or rejected.
    void decided();
    void openOrder(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<qint64> selectedIds() const;
    // Puts `rows` in the table from row `first` on (the rows below go).
    void fill(const QList<ReviewStore::QueueRow>& rows, int first);
    void updateInfo();
    bool decide(bool approve, const QString& reason);

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<ReviewStore> m_store;
    QLabel* m_info;
    QTableWidget* m_table;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_rules;
    QPushButton* m_more;
    QLabel* m_error;
    qint64 m_waiting = -1;
    int m_pageSize = 500;
};

} // namespace docket
