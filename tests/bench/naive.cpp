#include "naive.h"

#include <QSqlRecord>

namespace bench {

void NaiveProxy::setColumns(int number, int customer, int created, int status, int invalid)
{
    m_number = number;
    m_customer = customer;
    m_created = created;
    m_status = status;
    m_invalid = invalid;
}

void NaiveProxy::setCriteria(const Criteria& c)
{
    m_c = c;
    invalidateFilter();
}

bool NaiveProxy::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QAbstractItemModel* m = sourceModel();
    auto value = [&](int column) {
        return m->data(m->index(row, column, parent));
    };
    // Valid orders only, like Docket's default list.
    if (!value(m_invalid).isNull())
        return false;
    if (!m_c.number.isEmpty() && value(m_number).toString() != m_c.number)
        return false;
    if (!m_c.numberPrefix.isEmpty() && !value(m_number).toString().startsWith(m_c.numberPrefix))
        return false;
    if (m_c.from || m_c.to) {
        const qint64 created = value(m_created).toLongLong();
        if ((m_c.from && created < m_c.from) || (m_c.to && created >= m_c.to))
            return false;
    }
    if (!m_c.statuses.isEmpty() && !m_c.statuses.contains(value(m_status).toString()))
        return false;
    if (!m_c.customer.isEmpty() &&
        !value(m_customer).toString().contains(m_c.customer, Qt::CaseInsensitive))
        return false;
    return true;
}

NaiveOrders::NaiveOrders(const QSqlDatabase& db)
    : m_table(std::make_unique<QSqlTableModel>(nullptr, db)),
      m_proxy(std::make_unique<NaiveProxy>())
{
    m_table->setTable(QStringLiteral("orders"));
    m_table->setEditStrategy(QSqlTableModel::OnManualSubmit);
    m_proxy->setColumns(column("number"), column("customer_name"), column("created_at"),
                        column("status"), column("invalid_at"));
}

int NaiveOrders::column(const char* name) const
{
    return m_table->record().indexOf(QLatin1String(name));
}

bool NaiveOrders::loadAll(const QDeadlineTimer& deadline)
{
    if (!m_table->select())
        return false;
    while (m_table->canFetchMore()) {
        if (deadline.hasExpired())
            return false;
        m_table->fetchMore();
    }
    m_proxy->setSourceModel(m_table.get());
    return true;
}

void NaiveOrders::touchFirstRows(int rows) const
{
    const int n = std::min(rows, m_proxy->rowCount());
    const int columns = m_proxy->columnCount();
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < columns; ++c)
            (void)m_proxy->data(m_proxy->index(r, c));
}

} // namespace bench
