#pragma once

#include "db/database.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// The analytics summary tables (sales_orders, sales_region, sales_product; see
// resources/sql/sqlite/0003_analytics.sql) as SQL: what a set of orders adds
// up to, and how a batch write keeps them exact without the per-row triggers.
namespace docket::summaries {

// One SELECT per summary table and grain, each giving the rows (grain, key
// columns, figures, in the table's column order) that the orders of `orders`
// add up to. `orders` is a table name or a parenthesised query with the
// columns of `orders` the summaries read (id, created_at, channel, status,
// invalid_at, total_cents, ship_country, ship_region); lines come from
// order_lines. AnalyticsStore::rebuildSummaries() and verifySummaries() run
// them over every order, BatchUpdate over the orders of a batch.
struct Sql
{
    QString ordersHour;
    QString ordersDay;
    QString ordersMonth;
    QString regionDay;
    QString regionMonth;
    QString productDay;
    QString productMonth;
};
Sql expected(Backend backend, const QString& orders = QStringLiteral("orders"));
// The start of the UTC month of `seconds` (an SQL expression), as SQL.
QString monthStart(Backend backend, const QString& seconds);

// Keeps the summaries exact for a batch that changes many orders in one write
// transaction, set-based instead of per order.
//
// SQLite: the constructor inserts the row of analytics_suspend, which turns
// the per-row summary triggers off (0007_batch_summaries.sql). For each chunk
// of orders, takeOut() before the change and putBack() after it (not after a
// delete) add up what those orders contribute, with sign -1 and 1, into
// temporary tables keyed like the summaries (the finest grain, grouped by
// the expected() statements). finish() adds up the coarser grains from those,
// applies every key that changed to the summaries in one upsert per table,
// deletes the rows that became empty and deletes the suspend row, before the
// commit, so no other connection ever sees it; a rollback (an exception,
// cancelling) undoes all of it.
//
// PostgreSQL: does nothing; the summary triggers there are statement-level
// already (0007_batch_summaries.sql) and see the batch's rows at once.
class BatchUpdate
{
public:
    BatchUpdate(const QSqlDatabase& db, Backend backend);
    BatchUpdate(const BatchUpdate&) = delete;
    BatchUpdate& operator=(const BatchUpdate&) = delete;

    // `idList` is a bound value for dialect::idListSubquery().
    void takeOut(const QVariant& idList);
    void putBack(const QVariant& idList);
    void finish();

private:
    void snapshot(const QVariant& idList);
    void apply(int sign);

    QSqlDatabase m_db;
    bool m_active;
    Sql m_sql;
};

} // namespace docket::summaries
