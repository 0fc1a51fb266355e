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
// Refunds by the hour/day/month they were made and their order's key
// (0127_refund_summaries.sql). Kept by triggers that batches do not suspend,
// so BatchUpdate leaves it alone; rebuild() and verify() cover it.
const Table kRefunds = {"sales_refunds",
                        "docket_delta_refunds",
                        "grain, bucket, channel, status, invalid",
                        "channel, status, invalid",
                        "refunds, total_cents",
                        "channel TEXT, status TEXT, invalid INTEGER"};

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

// "s.k = d.k AND ..." over the key
QString keyEquals(const Table& t)
{
    QStringList out;
    for (const QString& k : QString::fromLatin1(t.key).split(QStringLiteral(", ")))
        out << QStringLiteral("s.%1 = d.%1").arg(k);
    return out.join(QStringLiteral(" AND "));
}

// "d.k, ..." over the key
QString keyOf(const Table& t, const QString& alias)
{
    QStringList out;
    for (const QString& k : QString::fromLatin1(t.key).split(QStringLiteral(", ")))
        out << alias + QLatin1Char('.') + k;
    return out.join(QStringLiteral(", "));
}

// The orders the batch changes, as they were before.
const char* kChanged = "temp.docket_summary_changed";
// Day/channel/status cells an invalidation empties of valid orders.
const char* kCells = "temp.docket_summary_cells";
// The orders a rewrite made.
const char* kAdded = "temp.docket_summary_added";
// The lines of the orders a rewrite changes, as they were before.
const char* kChangedLines = "temp.docket_summary_changed_lines";

} // namespace

QString revenueStatusList()
{
    return QStringLiteral("('paid', 'processing', 'shipped', 'delivered')");
}

// The summaries as the orders of `orders` say they should be (the migration's
// backfill); see salessummaries.h.
Sql expected(Backend backend, const QString& orders, const QString& lines)
{
    const QString rev = revenueStatusList();
    Sql s;
    const QString invalid = QStringLiteral("CASE WHEN invalid_at IS NULL THEN 0 ELSE 1 END");
    s.ordersHour = QStringLiteral("SELECT 0, created_at - created_at % 3600, channel, status, %1, "
                                  "COUNT(*), SUM(total_cents) FROM %2 o GROUP BY 2, 3, 4, 5")
                       .arg(invalid, orders);
    s.ordersDay = QStringLiteral("SELECT 1, created_at - created_at % 86400, channel, status, %1, "
                                 "COUNT(*), SUM(total_cents) FROM %2 o GROUP BY 2, 3, 4, 5")
                      .arg(invalid, orders);
    s.ordersMonth = QStringLiteral("SELECT 2, %1, channel, status, %2, COUNT(*), "
                                   "SUM(total_cents) FROM %3 o GROUP BY 2, 3, 4, 5")
                        .arg(monthStart(backend, QStringLiteral("created_at")), invalid, orders);
    s.regionDay = QStringLiteral("SELECT 1, created_at - created_at % 86400, channel, status, "
                                 "ship_country, ship_region, COUNT(*), SUM(total_cents) FROM "
                                 "%2 o WHERE invalid_at IS NULL AND status IN %1 GROUP BY 2, "
                                 "3, 4, 5, 6")
                      .arg(rev, orders);
    s.regionMonth = QStringLiteral("SELECT 2, %1, channel, status, ship_country, ship_region, "
                                   "COUNT(*), SUM(total_cents) FROM %3 o WHERE invalid_at IS "
                                   "NULL AND status IN %2 GROUP BY 2, 3, 4, 5, 6")
                        .arg(monthStart(backend, QStringLiteral("created_at")), rev, orders);
    s.productDay = QStringLiteral("SELECT 1, o.created_at - o.created_at % 86400, o.channel, "
                                  "o.status, l.sku, COUNT(*), SUM(l.quantity), SUM(l.quantity * "
                                  "l.unit_price_cents) FROM %2 o JOIN %3 l ON "
                                  "l.order_id = o.id WHERE o.invalid_at IS NULL AND o.status IN "
                                  "%1 GROUP BY 2, 3, 4, 5")
                       .arg(rev, orders, lines);
    s.productMonth =
        QStringLiteral("SELECT 2, %1, o.channel, o.status, l.sku, COUNT(*), "
                       "SUM(l.quantity), SUM(l.quantity * l.unit_price_cents) FROM "
                       "%3 o JOIN %4 l ON l.order_id = o.id WHERE "
                       "o.invalid_at IS NULL AND o.status IN %2 GROUP BY 2, 3, 4, 5")
            .arg(monthStart(backend, QStringLiteral("o.created_at")), rev, orders, lines);
    // Refunds by when they were made, keyed by their order (orders that are
    // gone take their refunds out of the figures).
    const QString refunds = QStringLiteral("SELECT %1, %2, o.channel, o.status, CASE WHEN "
                                           "o.invalid_at IS NULL THEN 0 ELSE 1 END, COUNT(*), "
                                           "SUM(r.amount_cents) FROM refunds r JOIN %3 o ON o.id "
                                           "= r.order_id GROUP BY 2, 3, 4, 5");
    s.refundsHour = refunds.arg(QStringLiteral("0"),
                                QStringLiteral("r.created_at - r.created_at % 3600"), orders);
    s.refundsDay = refunds.arg(QStringLiteral("1"),
                               QStringLiteral("r.created_at - r.created_at % 86400"), orders);
    s.refundsMonth = refunds.arg(QStringLiteral("2"),
                                 monthStart(backend, QStringLiteral("r.created_at")), orders);
    return s;
}

QString monthStart(Backend backend, const QString& seconds)
{
    if (backend == Backend::SQLite)
        return QStringLiteral("CAST(strftime('%s', %1, 'unixepoch', 'start of month') AS "
                              "INTEGER)")
            .arg(seconds);
    return QStringLiteral("CAST(EXTRACT(EPOCH FROM date_trunc('month', to_timestamp(%1) AT TIME "
                          "ZONE 'UTC')) AS BIGINT)")
        .arg(seconds);
}

namespace {

// One summary table at one grain, with the SELECT (from expected()) that
// says what it should hold.
struct Grain
{
    const Table* table;
    int grain;
    const char* name; // "hours", "days", "months"
    QString expected;
};

// sales_refunds came with 0127: a database of an older schema (an upgrade
// test rebuilding its summaries before it migrates) has the other three.
bool hasRefundSummary(const QSqlDatabase& db)
{
    return db.tables().contains(QLatin1String(kRefunds.name));
}

QList<Grain> grains(const QSqlDatabase& db, Backend backend)
{
    const Sql s = expected(backend);
    if (!hasRefundSummary(db))
        return {{&kOrders, 0, "hours", s.ordersHour},    {&kOrders, 1, "days", s.ordersDay},
                {&kOrders, 2, "months", s.ordersMonth},  {&kRegion, 1, "days", s.regionDay},
                {&kRegion, 2, "months", s.regionMonth},  {&kProduct, 1, "days", s.productDay},
                {&kProduct, 2, "months", s.productMonth}};
    return {{&kOrders, 0, "hours", s.ordersHour},     {&kOrders, 1, "days", s.ordersDay},
            {&kOrders, 2, "months", s.ordersMonth},   {&kRegion, 1, "days", s.regionDay},
            {&kRegion, 2, "months", s.regionMonth},   {&kProduct, 1, "days", s.productDay},
            {&kProduct, 2, "months", s.productMonth}, {&kRefunds, 0, "hours", s.refundsHour},
            {&kRefunds, 1, "days", s.refundsDay},     {&kRefunds, 2, "months", s.refundsMonth}};
}

// "grain, bucket, <key>, <figures>": every column, in the table's order.
QString columnsOf(const Table& t)
{
    return QLatin1String(t.key) + QStringLiteral(", ") + QLatin1String(t.figures);
}

} // namespace

// The rows of grain `g` added up from the next finer grain of the same table
// already written: a UTC day is whole hours, a month whole days, so the sums
// are the same as from the orders (verify() checks them against those).
QString fromFinerGrain(const Grain& g, Backend backend)
{
    const QString bucket = g.grain == 1 ? QStringLiteral("bucket - bucket % 86400")
                                        : monthStart(backend, QStringLiteral("bucket"));
    const QStringList rest = QString::fromLatin1(g.table->rest).split(QStringLiteral(", "));
    QStringList groupBy{QStringLiteral("2")};
    for (qsizetype i = 0; i < rest.size(); ++i)
        groupBy << QString::number(i + 3);
    return QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE grain = %6 GROUP BY %7")
        .arg(QString::number(g.grain), bucket, QLatin1String(g.table->rest),
             figureList(*g.table, QStringLiteral("SUM(%1)")), QLatin1String(g.table->name),
             QString::number(g.grain - 1), groupBy.join(QStringLiteral(", ")));
}

qint64 rebuild(const QSqlDatabase& db, Backend backend)
{
    const QList<Grain> parts = grains(db, backend);
    sql::WriteTransaction tx(db);
    for (const Table* t : {&kOrders, &kRegion, &kProduct, &kRefunds})
        if (t != &kRefunds || hasRefundSummary(db))
            sql::run(db, QStringLiteral("DELETE FROM ") + QLatin1String(t->name));
    // The finest grain of each table from the orders (and lines), the coarser
    // ones from it: at 1M orders 7 passes over the orders became 3, and the
    // product months no longer join the lines again (14 s -> 7 s CPU).
    const Table* previous = nullptr;
    for (const Grain& g : parts) {
        const bool finest = g.table != previous;
        previous = g.table;
        sql::run(db, QStringLiteral("INSERT INTO %1(%2) ")
                             .arg(QLatin1String(g.table->name), columnsOf(*g.table)) +
                         (finest ? g.expected : fromFinerGrain(g, backend)));
    }
    const qint64 n = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    tx.commit();
    return n;
}

QList<Difference> verify(const QSqlDatabase& db, Backend backend)
{
    QList<Difference> out;
    for (const Grain& g : grains(db, backend)) {
        const QString table = QLatin1String(g.table->name);
        const QString actual = QStringLiteral("SELECT %1 FROM %2 WHERE grain = %3")
                                   .arg(columnsOf(*g.table), table)
                                   .arg(g.grain);
        const qint64 missing =
            sql::scalar(
                db, QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2) x").arg(g.expected, actual))
                .toLongLong();
        const qint64 extra =
            sql::scalar(
                db, QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2) x").arg(actual, g.expected))
                .toLongLong();
        if (missing || extra)
            out.push_back(
                {QStringLiteral("%1 (%2)").arg(table, QLatin1String(g.name)), missing, extra});
    }
    return out;
}

BatchUpdate::BatchUpdate(const QSqlDatabase& db, Backend backend, BatchChange change)
    : m_db(db), m_active(backend == Backend::SQLite), m_change(change)
{
    if (backend == Backend::PostgreSQL) {
        // The statement-level triggers (summaries, audit trail, guards) read
        // each chunk's transition tables; with the default work_mem (4 MB) a
        // 5,000-order chunk spills them to disk and reading them back took
        // most of the statement (100k orders: the audit trigger 0.93 s of a
        // 1.8 s chunk, 0.13 s in memory). For this transaction only.
        sql::run(m_db, QStringLiteral("SET LOCAL work_mem = '64MB'"));
        return;
    }
    sql::run(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS docket_summary_changed ("
                                  "id INTEGER PRIMARY KEY, created_at INTEGER, channel TEXT, "
                                  "status TEXT, invalid_at INTEGER, total_cents INTEGER, "
                                  "ship_country TEXT, ship_region TEXT)"));
    sql::run(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS docket_summary_cells (bucket "
                                  "INTEGER, channel TEXT, status TEXT, PRIMARY KEY (bucket, "
                                  "channel, status)) WITHOUT ROWID"));
    sql::run(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS docket_summary_added (id "
                                  "INTEGER PRIMARY KEY)"));
    sql::run(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS docket_summary_changed_lines ("
                                  "id INTEGER PRIMARY KEY, order_id INTEGER, sku TEXT, quantity "
                                  "INTEGER, unit_price_cents INTEGER)"));
    for (const char* t : {kChanged, kCells, kAdded, kChangedLines})
        sql::run(m_db, QStringLiteral("DELETE FROM ") + QLatin1String(t));
    for (const Table* t : {&kOrders, &kRegion, &kProduct}) {
        sql::run(m_db,
                 QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (grain INTEGER, bucket "
                                "INTEGER, %2, %3, PRIMARY KEY (%4)) WITHOUT ROWID")
                     .arg(QLatin1String(t->delta), QLatin1String(t->types),
                          figureList(*t, QStringLiteral("%1 INTEGER")), QLatin1String(t->key)));
        sql::run(m_db, QStringLiteral("DELETE FROM temp.") + QLatin1String(t->delta));
    }
    // Exactly the rows the batch's own statement will change (see orderstore.cpp).
    const char* changed = m_change == BatchChange::Invalidate   ? "invalid_at IS NULL"
                          : m_change == BatchChange::Revalidate ? "invalid_at IS NOT NULL"
                                                                : "true";
    // A rewrite may name an order twice: its first copy is how it was before.
    m_snapshot = sql::prepare(
        m_db, QStringLiteral("INSERT %1 INTO %2 SELECT id, created_at, channel, status, "
                             "invalid_at, total_cents, ship_country, ship_region FROM orders "
                             "WHERE id IN %3 AND %4")
                  .arg(m_change == BatchChange::Rewrite ? QStringLiteral("OR IGNORE") : QString(),
                       QLatin1String(kChanged), dialect::idListSubquery(backend),
                       QLatin1String(changed)));
    // A rewrite's lines are copied before their order (so an order named
    // again keeps the lines of its first copy).
    if (m_change == BatchChange::Rewrite)
        m_snapshotLines = sql::prepare(
            m_db, QStringLiteral("INSERT INTO %1 SELECT id, order_id, sku, quantity, "
                                 "unit_price_cents FROM order_lines WHERE order_id IN %2 AND "
                                 "order_id NOT IN (SELECT id FROM %3)")
                      .arg(QLatin1String(kChangedLines), dialect::idListSubquery(backend),
                           QLatin1String(kChanged)));
    m_added = sql::prepare(m_db, QStringLiteral("INSERT OR IGNORE INTO %1 SELECT value FROM %2")
                                     .arg(QLatin1String(kAdded), dialect::idListSubquery(backend)));
    sql::run(m_db, QStringLiteral("INSERT INTO analytics_suspend(only) VALUES (1)"));
}

void BatchUpdate::before(const QVariant& idList)
{
    if (!m_active)
        return;
    if (m_change == BatchChange::Rewrite) {
        m_snapshotLines.bindValue(0, idList);
        sql::exec(m_snapshotLines);
    }
    m_snapshot.bindValue(0, idList);
    sql::exec(m_snapshot);
}

void BatchUpdate::added(const QVariant& idList)
{
    if (!m_active)
        return;
    m_added.bindValue(0, idList);
    sql::exec(m_added);
}

void BatchUpdate::finish()
{
    if (!m_active)
        return;
    const QString changed = QLatin1String(kChanged);
    const QString rev = revenueStatusList();
    const QString day = QStringLiteral("bucket - bucket % 86400");
    const QString month = monthStart(Backend::SQLite, QStringLiteral("bucket"));
    auto coarser = [&](const Table& t, int from, const QString& bucket) {
        sql::run(m_db,
                 QStringLiteral("INSERT INTO temp.%1(%2, %6) SELECT ?, %3, %4, %5 FROM temp.%1 "
                                "WHERE grain = ? GROUP BY 2, %4 ON CONFLICT(%2) DO UPDATE SET %7")
                     .arg(QLatin1String(t.delta), QLatin1String(t.key), bucket,
                          QLatin1String(t.rest), figureList(t, QStringLiteral("SUM(%1)")),
                          QLatin1String(t.figures), addExcluded(t)),
                 {from + 1, from});
    };

    if (m_change == BatchChange::Rewrite) {
        // What the orders added at the finest grain before (their copies)
        // comes off, what they add now (those still there) goes on; the
        // coarser grains and the summaries follow as for the other changes.
        const summaries::Sql before =
            expected(Backend::SQLite, changed, QLatin1String(kChangedLines));
        const summaries::Sql after = expected(
            Backend::SQLite,
            QStringLiteral("(SELECT * FROM orders WHERE id IN (SELECT id FROM %1 UNION ALL "
                           "SELECT id FROM %2))")
                .arg(changed, QLatin1String(kAdded)));
        const struct
        {
            const Table* table;
            QString before;
            QString after;
        } finest[] = {{&kOrders, before.ordersHour, after.ordersHour},
                      {&kRegion, before.regionDay, after.regionDay},
                      {&kProduct, before.productDay, after.productDay}};
        for (const auto& f : finest) {
            const Table& t = *f.table;
            const QString into =
                QStringLiteral("INSERT INTO temp.%1(%2, %3) ")
                    .arg(QLatin1String(t.delta), QLatin1String(t.key), QLatin1String(t.figures));
            sql::run(m_db, into + f.before);
            QStringList negate;
            for (const QString& figure : figuresOf(t))
                negate << QStringLiteral("%1 = -%1").arg(figure);
            sql::run(m_db, QStringLiteral("UPDATE temp.%1 SET %2")
                               .arg(QLatin1String(t.delta), negate.join(QStringLiteral(", "))));
            sql::run(m_db, into + f.after +
                               QStringLiteral(" ON CONFLICT(%1) DO UPDATE SET %2")
                                   .arg(QLatin1String(t.key), addExcluded(t)));
        }
        coarser(kOrders, 0, day);
        coarser(kOrders, 1, month);
        coarser(kRegion, 1, month);
        coarser(kProduct, 1, month);
        apply();
        return;
    }

    // sales_orders: each order's count moves from its invalid flag before to
    // the one after (a deleted order only leaves).
    const bool putBack = m_change != BatchChange::Delete;
    sql::run(m_db,
             QStringLiteral("INSERT INTO temp.%1(%2, %3) SELECT 0, g.h, g.channel, g.status, "
                            "iif(f.after, ?, g.inv), f.sign * g.c, f.sign * g.t FROM (SELECT "
                            "created_at - created_at % 3600 AS h, channel, status, CASE WHEN "
                            "invalid_at IS NULL THEN 0 ELSE 1 END AS inv, COUNT(*) AS c, "
                            "SUM(total_cents) AS t FROM %4 GROUP BY 1, 2, 3, 4) g, (SELECT -1 "
                            "AS sign, 0 AS after UNION ALL SELECT 1, 1) f WHERE f.after = 0 OR ? "
                            "ON CONFLICT(%2) DO UPDATE SET %5")
                 .arg(QLatin1String(kOrders.delta), QLatin1String(kOrders.key),
                      QLatin1String(kOrders.figures), changed, addExcluded(kOrders)),
             {m_change == BatchChange::Invalidate ? 1 : 0, putBack});
    coarser(kOrders, 0, day);
    coarser(kOrders, 1, month);

    // An invalidation that takes every valid order of a day/channel/status
    // cell (the day's count in sales_orders goes to zero) empties that cell's
    // region and product rows: no need to read the orders' lines for it.
    if (m_change == BatchChange::Invalidate)
        sql::run(m_db,
                 QStringLiteral("INSERT INTO %1 SELECT d.bucket, d.channel, d.status FROM "
                                "temp.%2 d CROSS JOIN sales_orders s ON s.grain = 1 AND "
                                "s.bucket = d.bucket AND s.channel = d.channel AND s.status = "
                                "d.status AND s.invalid = 0 WHERE d.grain = 1 AND d.invalid = 0 "
                                "AND d.status IN %3 AND s.orders + d.orders = 0")
                     .arg(QLatin1String(kCells), QLatin1String(kOrders.delta), rev));

    // sales_region and sales_product count valid orders: those that become
    // invalid or are deleted leave (sign -1, the ones valid before), the
    // revalidated ones arrive (+1, all of them). Cells emptied whole are left
    // to the statements below.
    const int sign = m_change == BatchChange::Revalidate ? 1 : -1;
    const bool allCount = m_change == BatchChange::Revalidate;
    const QString partial =
        QStringLiteral("o.status IN %1 AND (? OR o.invalid_at IS NULL) AND NOT EXISTS "
                       "(SELECT 1 FROM %2 c WHERE c.bucket = o.created_at - "
                       "o.created_at % 86400 AND c.channel = o.channel AND c.status = "
                       "o.status)")
            .arg(rev, QLatin1String(kCells));
    sql::run(m_db,
             QStringLiteral("INSERT INTO temp.%1(%2, %3) SELECT 1, o.created_at - o.created_at % "
                            "86400, o.channel, o.status, o.ship_country, o.ship_region, ? * "
                            "COUNT(*), ? * SUM(o.total_cents) FROM %4 o WHERE %5 GROUP BY 2, 3, "
                            "4, 5, 6")
                 .arg(QLatin1String(kRegion.delta), QLatin1String(kRegion.key),
                      QLatin1String(kRegion.figures), changed, partial),
             {sign, sign, allCount});
    sql::run(m_db,
             QStringLiteral("INSERT INTO temp.%1(%2, %3) SELECT 1, o.created_at - o.created_at % "
                            "86400, o.channel, o.status, l.sku, ? * COUNT(*), ? * "
                            "SUM(l.quantity), ? * SUM(l.quantity * l.unit_price_cents) FROM %4 o "
                            "JOIN order_lines l ON l.order_id = o.id WHERE %5 GROUP BY 2, 3, 4, 5")
                 .arg(QLatin1String(kProduct.delta), QLatin1String(kProduct.key),
                      QLatin1String(kProduct.figures), changed, partial),
             {sign, sign, sign, allCount});
    coarser(kRegion, 1, month);
    coarser(kProduct, 1, month);
    if (m_change == BatchChange::Invalidate) {
        for (const Table* t : {&kRegion, &kProduct}) {
            const QString inCells =
                QStringLiteral("grain = 1 AND (bucket, channel, status) IN (SELECT bucket, "
                               "channel, status FROM %1)")
                    .arg(QLatin1String(kCells));
            // Their months lose what the emptied days held ...
            sql::run(m_db, QStringLiteral("INSERT INTO temp.%1(%2, %3) SELECT 2, %4, %5, %6 FROM "
                                          "%7 WHERE %8 GROUP BY 2, %5 ON CONFLICT(%2) DO UPDATE "
                                          "SET %9")
                               .arg(QLatin1String(t->delta), QLatin1String(t->key),
                                    QLatin1String(t->figures), month, QLatin1String(t->rest),
                                    figureList(*t, QStringLiteral("-SUM(%1)")),
                                    QLatin1String(t->name), inCells, addExcluded(*t)));
            // ... and the days go.
            sql::run(
                m_db,
                QStringLiteral("DELETE FROM %1 WHERE %2").arg(QLatin1String(t->name), inCells));
        }
    }

    apply();
}

// Each summary row the change touches, once: the emptied ones deleted, the
// others updated, new ones inserted; then the batch's temporary rows and the
// suspend row go.
void BatchUpdate::apply()
{
    for (const Table* t : {&kOrders, &kRegion, &kProduct}) {
        const QString key = QLatin1String(t->key);
        const QString first = firstFigure(*t);
        sql::run(m_db, QStringLiteral("DELETE FROM %1 WHERE (%2) IN (SELECT %3 FROM temp.%4 d "
                                      "CROSS JOIN %1 s ON %5 WHERE d.%6 < 0 AND s.%6 + d.%6 = 0)")
                           .arg(QLatin1String(t->name), key, keyOf(*t, QStringLiteral("d")),
                                QLatin1String(t->delta), keyEquals(*t), first));
        sql::run(m_db,
                 QStringLiteral("INSERT INTO %1(%2, %3) SELECT %2, %3 FROM temp.%4 d WHERE (%5) "
                                "AND (d.%6 > 0 OR EXISTS (SELECT 1 FROM %1 s WHERE %7)) ON "
                                "CONFLICT(%2) DO UPDATE SET %8")
                     .arg(QLatin1String(t->name), key, QLatin1String(t->figures),
                          QLatin1String(t->delta), anyFigure(*t), first, keyEquals(*t),
                          addExcluded(*t)));
        sql::run(m_db, QStringLiteral("DELETE FROM temp.") + QLatin1String(t->delta));
    }
    for (const char* t : {kChanged, kCells, kAdded, kChangedLines})
        sql::run(m_db, QStringLiteral("DELETE FROM ") + QLatin1String(t));
    sql::run(m_db, QStringLiteral("DELETE FROM analytics_suspend"));
}

} // namespace docket::summaries
