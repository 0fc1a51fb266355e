#include "salessummaries.h"

#include "db/dialect.h"
#include "db/sql.h"

#include <QStringList>

namespace docket::summaries {

namespace {

// One summary table and the temporary table that collects a batch's change
// to it: the same key and figures, so the change is added up per key over
// every chunk and written to the summary once, in finish().
struct Table
{
    const char* name;
    const char* delta;
    const char* key;     // "grain, bucket, ..."
    const char* rest;    // the key after grain and bucket
    const char* figures; // "count, ..."; the first is 0 when the row is empty
    const char* types;   // the key after grain and bucket, with types
};

const Table kOrders = {"sales_orders",
                       "docket_delta_orders",
                       "grain, bucket, channel, status, invalid",
                       "channel, status, invalid",
                       "orders, total_cents",
                       "channel TEXT, status TEXT, invalid INTEGER"};
const Table kRegion = {"sales_region",
                       "docket_delta_region",
                       "grain, bucket, channel, status, ship_country, ship_region",
                       "channel, status, ship_country, ship_region",
                       "orders, total_cents",
                       "channel TEXT, status TEXT, ship_country TEXT, ship_region TEXT"};
const Table kProduct = {
    "sales_product",        "docket_delta_product",         "grain, bucket, channel, status, sku",
    "channel, status, sku", "lines, quantity, total_cents", "channel TEXT, status TEXT, sku TEXT"};

QStringList figuresOf(const Table& t)
{
    return QString::fromLatin1(t.figures).split(QStringLiteral(", "));
}

// "f = f + excluded.f, ..."
QString addExcluded(const Table& t)
{
    QStringList set;
    for (const QString& f : figuresOf(t))
        set << QStringLiteral("%1 = %1 + excluded.%1").arg(f);
    return set.join(QStringLiteral(", "));
}

// "SUM(f), ..." or "? * f, ..."
QString figureList(const Table& t, const QString& pattern)
{
    QStringList out;
    for (const QString& f : figuresOf(t))
        out << pattern.arg(f);
    return out.join(QStringLiteral(", "));
}

// "f <> 0 OR ..."
QString anyFigure(const Table& t)
{
    QStringList out;
    for (const QString& f : figuresOf(t))
        out << QStringLiteral("%1 <> 0").arg(f);
    return out.join(QStringLiteral(" OR "));
}

QString firstFigure(const Table& t)
{
    return figuresOf(t).first();
}

// The orders of the chunk, before or after the change.
const char* kChunk = "temp.docket_summary_chunk";

} // namespace

BatchUpdate::BatchUpdate(const QSqlDatabase& db, Backend backend)
    : m_db(db), m_active(backend == Backend::SQLite)
{
    if (!m_active)
        return;
    // Only the finest grain of each summary per chunk; the coarser ones are
    // added up from it in finish().
    m_sql = expected(backend, QLatin1String(kChunk));
    sql::run(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS docket_summary_chunk ("
                                  "id INTEGER PRIMARY KEY, created_at INTEGER, channel TEXT, "
                                  "status TEXT, invalid_at INTEGER, total_cents INTEGER, "
                                  "ship_country TEXT, ship_region TEXT)"));
    for (const Table* t : {&kOrders, &kRegion, &kProduct}) {
        sql::run(m_db,
                 QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (grain INTEGER, bucket "
                                "INTEGER, %2, %3, PRIMARY KEY (%4)) WITHOUT ROWID")
                     .arg(QLatin1String(t->delta), QLatin1String(t->types),
                          figureList(*t, QStringLiteral("%1 INTEGER")), QLatin1String(t->key)));
        sql::run(m_db, QStringLiteral("DELETE FROM temp.") + QLatin1String(t->delta));
    }
    sql::run(m_db, QStringLiteral("INSERT INTO analytics_suspend(only) VALUES (1)"));
}

void BatchUpdate::snapshot(const QVariant& idList)
{
    sql::run(m_db, QStringLiteral("DELETE FROM ") + QLatin1String(kChunk));
    sql::run(m_db,
             QStringLiteral("INSERT INTO %1 SELECT id, created_at, channel, status, invalid_at, "
                            "total_cents, ship_country, ship_region FROM orders WHERE id IN %2")
                 .arg(QLatin1String(kChunk), dialect::idListSubquery(Backend::SQLite)),
             {idList});
}

void BatchUpdate::apply(int sign)
{
    const std::pair<const Table*, const QString*> finest[] = {{&kOrders, &m_sql.ordersHour},
                                                              {&kRegion, &m_sql.regionDay},
                                                              {&kProduct, &m_sql.productDay}};
    for (const auto& [t, select] : finest)
        sql::run(m_db,
                 QStringLiteral("WITH d(%1, %2) AS (%3) INSERT INTO temp.%4(%1, %2) SELECT %1, %5 "
                                "FROM d WHERE true ON CONFLICT(%1) DO UPDATE SET %6")
                     .arg(QLatin1String(t->key), QLatin1String(t->figures), *select,
                          QLatin1String(t->delta), figureList(*t, QStringLiteral("? * %1")),
                          addExcluded(*t)),
                 QVariantList(figuresOf(*t).size(), sign));
}

void BatchUpdate::takeOut(const QVariant& idList)
{
    if (!m_active)
        return;
    snapshot(idList);
    apply(-1);
}

void BatchUpdate::putBack(const QVariant& idList)
{
    if (!m_active)
        return;
    snapshot(idList);
    apply(1);
}

void BatchUpdate::finish()
{
    if (!m_active)
        return;
    const QString day = QStringLiteral("bucket - bucket % 86400");
    const QString month = monthStart(Backend::SQLite, QStringLiteral("bucket"));
    // Coarser grains from finer ones, as 0003_analytics.sql's backfill does:
    // hours -> days -> months of sales_orders, days -> months of the others.
    const std::tuple<const Table*, int, const QString*> coarser[] = {
        {&kOrders, 0, &day}, {&kOrders, 1, &month}, {&kRegion, 1, &month}, {&kProduct, 1, &month}};
    for (const auto& [t, from, bucket] : coarser)
        sql::run(m_db,
                 QStringLiteral("INSERT INTO temp.%1(%2, %6) SELECT ?, %3, %4, %5 FROM temp.%1 "
                                "WHERE grain = ? GROUP BY 2, %4")
                     .arg(QLatin1String(t->delta), QLatin1String(t->key), *bucket,
                          QLatin1String(t->rest), figureList(*t, QStringLiteral("SUM(%1)")),
                          QLatin1String(t->figures)),
                 {from + 1, from});
    for (const Table* t : {&kOrders, &kRegion, &kProduct}) {
        const QString key = QLatin1String(t->key);
        sql::run(m_db, QStringLiteral("INSERT INTO %1(%2, %3) SELECT %2, %3 FROM temp.%4 WHERE "
                                      "%5 ON CONFLICT(%2) DO UPDATE SET %6")
                           .arg(QLatin1String(t->name), key, QLatin1String(t->figures),
                                QLatin1String(t->delta), anyFigure(*t), addExcluded(*t)));
        // Only a row whose count went down can be empty now.
        sql::run(m_db,
                 QStringLiteral("DELETE FROM %1 WHERE %2 = 0 AND (%3) IN (SELECT %3 FROM "
                                "temp.%4 WHERE %2 < 0)")
                     .arg(QLatin1String(t->name), firstFigure(*t), key, QLatin1String(t->delta)));
        sql::run(m_db, QStringLiteral("DELETE FROM temp.") + QLatin1String(t->delta));
    }
    sql::run(m_db, QStringLiteral("DELETE FROM ") + QLatin1String(kChunk));
    sql::run(m_db, QStringLiteral("DELETE FROM analytics_suspend"));
}

} // namespace docket::summaries
