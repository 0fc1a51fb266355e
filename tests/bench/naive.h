#pragma once

// The naive Qt way, as Qt's examples teach it: a QSqlTableModel over the
// orders table, every row fetched (what a view needs to show a sorted or
// filtered result correctly), and a QSortFilterProxyModel sorting and
// filtering in memory (the "Custom Sort/Filter Model" example's
// filterAcceptsRow with a date range).

#include <QDeadlineTimer>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlTableModel>
#include <QStringList>
#include <memory>

namespace bench {

class NaiveProxy : public QSortFilterProxyModel
{
public:
    struct Criteria
    {
        QString number;       // exact number
        QString numberPrefix; // number prefix
        qint64 from = 0;      // created_at >= from (0 = open)
        qint64 to = 0;        // created_at < to (0 = open)
        QStringList statuses; // any when empty
        QString customer;     // customer name contains (case-insensitive)
    };

    void setColumns(int number, int customer, int created, int status, int invalid);
    void setCriteria(const Criteria& c);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    Criteria m_c;
    int m_number = 0, m_customer = 0, m_created = 0, m_status = 0, m_invalid = 0;
};

class NaiveOrders
{
public:
    explicit NaiveOrders(const QSqlDatabase& db);

    // select() and fetchMore() until every row is in, checking the clock
    // between fetches. False when the deadline passed first.
    bool loadAll(const QDeadlineTimer& deadline);
    // The first `rows` rows of the proxy read (what a view paints first).
    void touchFirstRows(int rows = 200) const;

    QSqlTableModel& table() { return *m_table; }
    NaiveProxy& proxy() { return *m_proxy; }
    int column(const char* name) const;

private:
    std::unique_ptr<QSqlTableModel> m_table;
    std::unique_ptr<NaiveProxy> m_proxy;
};

} // namespace bench
