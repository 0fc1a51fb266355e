#pragma once

#include "db/database.h"
#include "domain/session.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace docket {

class ReviewStore;

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
    qint64 waiting() const { return m_waiting; }

public slots:
    // Reads the queue again (the first page) and the count.
    void reload();
    void approveSelected();
    // Asks for the reason, then rejects the selection with it.
    void rejectSelected();
    // Without asking (tests, scripts).
    bool rejectSelectedWith(const QString& reason);

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
    bool decide(bool approve, const QString& reason);

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<ReviewStore> m_store;
    QLabel* m_info;
    QTableWidget* m_table;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QLabel* m_error;
    qint64 m_waiting = -1;
};

} // namespace docket
