#pragma once

#include "db/database.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// The analytics summary tables (sales_orders, sales_region, sales_product; see
// resources/sql/sqlite/0003_analytics.sql; and sales_refunds, 0127) as SQL: what a set of orders
// adds up to, and how a batch write keeps them exact without the per-row triggers.
namespace docket::summaries {

// One SELECT per summary table and grain, each giving the rows (grain, key
// columns, figures, in the table's column order) that the orders of `orders`
// add up to. `orders` is a table name or a parenthesised query with the
// columns of `orders` the summaries read (id, created_at, channel, status,
// invalid_at, total_cents, ship_country, ship_region); lines come from
// order_lines. rebuild() and verify() below run them over every order.
struct Sql
{
    QString ordersHour;
    QString ordersDay;
    QString ordersMonth;
    QString regionDay;
    QString regionMonth;
    QString productDay;
    QString productMonth;
    // sales_refunds: the refunds (table refunds) of the orders of `orders`,
    // by when they were made.
    QString refundsHour;
    QString refundsDay;
    QString refundsMonth;
};
Sql expected(Backend backend, const QString& orders = QStringLiteral("orders"),
             const QString& lines = QStringLiteral("order_lines"));
// The start of the UTC month of `seconds` (an SQL expression), as SQL.
QString monthStart(Backend backend, const QString& seconds);
// The statuses whose orders count as revenue (analytics::revenueStatuses()),
// as an SQL list of constants: "('paid', 'processing', 'shipped', 'delivered')".
QString revenueStatusList();

// Rebuilds the four summary tables from the orders in one write transaction;
// returns the number of orders. (AnalyticsStore::rebuildSummaries() checks
// the session first.)
qint64 rebuild(const QSqlDatabase& db, Backend backend);
// Where the summary tables differ from what the orders add up to: per table
// and grain ("sales_orders (hours)"), the rows missing or wrong and the rows
// extra. Empty when they agree.
struct Difference
{
    QString table;
    qint64 missing = 0;
    qint64 extra = 0;
};
QList<Difference> verify(const QSqlDatabase& db, Backend backend);

// What a batch does to its orders, as far as the summaries are concerned.
enum class BatchChange {
    Invalidate, // invalid_at set on the orders that are valid
    Revalidate, // invalid_at cleared on the orders that are invalid
    Delete,     // the orders deleted (with their lines)
    // Anything about the orders may change (status, totals, channel, region,
    // validity, their lines), they may be deleted, and new ones made (named
    // by added()). What they added to the summaries before (their copies and
    // their lines' copies) is taken off, what they add after is put on.
    Rewrite,
};

// Keeps the summaries exact for a batch that changes many orders in one write
// transaction, set-based instead of per order.
//
// SQLite: the constructor inserts the row of analytics_suspend, which turns
// the per-row summary triggers off (0007_batch_summaries.sql). before() is
// called for each chunk of orders before the chunk's write: it copies the
// orders the write will change (for Invalidate those still valid, for
// Revalidate those invalid, for Delete all) as they are into a temporary
// table. A batch changes nothing else the summaries read (not created_at,
// channel, status, totals, regions or lines), so what it does to each summary
// follows from that copy alone, and finish() adds it up in one pass:
// sales_orders moves each order's count from its invalid flag before to the
// one after; sales_region and sales_product (valid orders only) lose the
// orders that become invalid or are deleted, and gain the revalidated ones.
// For an invalidation, a day/channel/status cell whose every valid order is in
// the batch (sales_orders says how many there are) loses all its region and
// product rows: finish() deletes them by key prefix and takes their sums off
// the month rows, without reading the orders' lines. Every other change is
// grouped at the finest grain, the coarser grains added up from it, and each
// summary row touched once: emptied rows deleted, the others updated, new
// ones inserted. finish() then deletes the suspend row, before the commit, so
// no other connection ever sees it; a rollback (an exception, cancelling)
// undoes all of it.
//
// PostgreSQL: the summary triggers there are statement-level already
// (0007_batch_summaries.sql) and see the batch's rows at once; the
// constructor only raises work_mem for the transaction, so the triggers'
// transition tables of a chunk stay in memory.
class BatchUpdate
{
public:
    BatchUpdate(const QSqlDatabase& db, Backend backend, BatchChange change);
    BatchUpdate(const BatchUpdate&) = delete;
    BatchUpdate& operator=(const BatchUpdate&) = delete;

    // `idList` is a bound value for dialect::idListSubquery(); called before
    // the write of those orders, in the same transaction.
    void before(const QVariant& idList);
    // Rewrite: orders the batch made (they added nothing before); called
    // after their INSERT, in the same transaction.
    void added(const QVariant& idList);
    void finish();

private:
    void apply();

    QSqlDatabase m_db;
    bool m_active;
    BatchChange m_change;
    QSqlQuery m_snapshot;
    QSqlQuery m_snapshotLines;
    QSqlQuery m_added;
};

} // namespace docket::summaries
