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

class ArchiveLoader;

// Deleted orders waiting in the archive: search by number, customer (name,
// email or phone words, as the list's keyword) and order date (the list's
// local days), restore one or a selection (RestoreArchived; undone from the orders page's undo
// stack, see restoredOrders). Restored orders come back with their lines and full history plus
// "deleted" and "restored" events. The search runs off the GUI thread
// (ArchiveLoader): the page says it is searching, the newest search wins.
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
    // A search is on its way (the info line says so); the table still shows
    // the previous answer.
    bool isSearching() const { return m_searching; }
    const ArchiveLoader* loader() const { return m_loader.get(); }

public slots:
    void reload();
    void restoreSelected();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);
    void restored(int count);
    // The orders restored (their ids, versions and numbers), for the undo.
    void restoredOrders(const docket::BatchRecord& record);
    // The newest search's answer is shown (the table) or its failure (the info line).
    void searched();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showAnswer(quint64 generation, const QList<docket::ArchivedOrder>& rows);

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<OrderStore> m_store;     // restores
    std::unique_ptr<ArchiveLoader> m_loader; // searches, on its own thread
    quint64 m_generation = 0;
    bool m_searching = false;
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
