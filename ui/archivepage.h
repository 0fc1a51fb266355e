#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/orderstore.h"

#include <QWidget>
#include <memory>

class QLineEdit;
class QPushButton;
class QTableWidget;
class QLabel;

namespace docket {

// Deleted orders waiting in the archive: search by number, restore one or a
// selection (RestoreArchived; undone from the orders page's undo stack, see
// restoredOrders). Restored orders come back with their lines and
// full history plus "deleted" and "restored" events.
class ArchivePage : public QWidget
{
    Q_OBJECT
public:
    ArchivePage(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~ArchivePage() override;

    QTableWidget* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }

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
    QTableWidget* m_table;
    QPushButton* m_restore;
    QLabel* m_info;
};

} // namespace docket
