#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/orderstore.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimer;
class QTableWidget;
class QLabel;

namespace docket {

// Deleted orders waiting in the archive: search by number, customer (name,
// email or phone words, as the list's keyword) and order date (the list's
// local days), restore one or a selection (RestoreArchived; undone from the orders page's undo
// stack, see restoredOrders). Restored orders come back with their lines and full history plus
// "deleted" and "restored" events.
class ArchivePage : public QWidget
{
    Q_OBJECT
public:
    ArchivePage(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~ArchivePage() override;

    QTableWidget* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; } // the order number
    QLineEdit* keywordEdit() const { return m_keyword; }
    QCheckBox* datesCheck() const { return m_dates; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLabel* infoLabel() const { return m_info; }
    // What the search fields select.
    ArchiveFilter filter() const;

public slots:
    void reload();
    void restoreSelected();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);
    void restored(int count);
    // The orders restored (their ids, versions and numbers), for the undo.
    void restoredOrders(const docket::BatchRecord& record);

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::shared_ptr<const Database> m_db;
    std::unique_ptr<OrderStore> m_store;
    QLineEdit* m_search;
    QLineEdit* m_keyword;
    QCheckBox* m_dates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTimer* m_typing;
    QTableWidget* m_table;
    QPushButton* m_restore;
    QLabel* m_info;
};

} // namespace docket
