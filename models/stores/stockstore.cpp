#include "stockstore.h"
#include "shopsettingsstore.h"

#include "orderfilter.h"
#include "securitylog.h"
#include "stockledger.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

// StockStore: reads, receipts, adjustments, write-offs and the ledger check.
// Stocktakes (stocktakes.cpp) and transfers (transfers.cpp) have files of
// their own.

namespace docket {

namespace {

constexpr qint64 kMaxQuantity = 1000000000;

// The kinds of movement the daily summaries (stock_daily) keep: not the
// reservations and releases, which nothing reads by day (0110_stock_fewer_pages).
const char* const kDailyKinds = "kind NOT IN ('reservation', 'release')";

} // namespace

StockStore::StockStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)), m_backend(sql::backendOf(m_db)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

void StockStore::requireView() const
{
    m_session.require(Permission::ViewOrders);
}

void StockStore::beginServerWrite() const
{
    if (m_backend == Backend::PostgreSQL)
        dialect::setAuditContext(m_db, m_session.userName(), now(), {},
                                 m_session.scope().toString());
}

void StockStore::requireProduct(qsizetype line, qint64 productId) const
{
    if (sql::scalar(m_db, QStringLiteral("SELECT 1 FROM products WHERE id = ?"), {productId})
            .isNull())
        throw DocketError(
            DocketError::Code::Invalid,
            tr("Line %1: there is no product with the id %2.").arg(line + 1).arg(productId),
            QStringLiteral("product"));
}

QString StockStore::activeWarehouseCode(qint64 id) const
{
    const QVariant code = sql::scalar(
        m_db, QStringLiteral("SELECT code FROM warehouses WHERE id = ? AND active = 1"), {id});
    if (code.isNull())
        throw DocketError(DocketError::Code::Invalid,
                          tr("There is no active warehouse with the id %1.").arg(id),
                          QStringLiteral("warehouse"));
    return code.toString();
}

// ---------------------------------------------------------------- reads

QList<StockMovement> StockStore::movements(const MovementFilter& f, int limit) const
{
    requireView();
    // Read first: on PostgreSQL a second query would discard a result still being read.
    const QString currency = ShopSettingsStore::catalogueCurrency(m_db);
    sql::Where where;
    auto add = [&](const char* column, qint64 v) {
        if (v)
            where.add(QStringLiteral("m.%1 = ?").arg(QLatin1String(column)), {v});
    };
    add("product_id", f.productId);
    add("warehouse_id", f.warehouseId);
    add("order_id", f.orderId);
    add("stocktake_id", f.stocktakeId);
    add("transfer_id", f.transferId);
    add("return_id", f.returnId);
    if (!f.kinds.isEmpty())
        where.add(sql::inList(QStringLiteral("m.kind"), f.kinds));
    // What belongs to an order outside the session's scope is not shown.
    const SqlClause scope = orderquery::scope(m_session);
    if (scope.sql != QLatin1String("1=1"))
        where.add(QStringLiteral("(m.order_id IS NULL OR EXISTS (SELECT 1 FROM orders o WHERE "
                                 "o.id = m.order_id AND %1))")
                      .arg(scope.sql),
                  scope.binds);
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT m.id, m.at, m.actor, m.kind, m.product_id, p.sku, m.warehouse_id, "
                       "w.code, m.on_hand_delta, m.reserved_delta, m.quantity, m.order_id, "
                       "(SELECT o.number FROM orders o WHERE o.id = m.order_id), m.shipment_id, "
                       "m.return_id, m.stocktake_id, m.transfer_id, m.note, m.value_cents FROM "
                       "stock_movements "
                       "m JOIN products p ON p.id = m.product_id JOIN warehouses w ON w.id = "
                       "m.warehouse_id WHERE %1 ORDER BY m.id DESC LIMIT ?")
            .arg(where.sql()),
        where.binds() + QVariantList{limit});
    QList<StockMovement> out;
    while (q.next()) {
        StockMovement m;
        m.id = q.value(0).toLongLong();
        m.at = sql::utcTime(q.value(1));
        m.actor = q.value(2).toString();
        m.kind = q.value(3).toString();
        m.productId = q.value(4).toLongLong();
        m.sku = q.value(5).toString();
        m.warehouseId = q.value(6).toLongLong();
        m.warehouseCode = q.value(7).toString();
        m.onHandDelta = q.value(8).toLongLong();
        m.reservedDelta = q.value(9).toLongLong();
        m.quantity = q.value(10).toLongLong();
        m.orderId = q.value(11).toLongLong();
        m.orderNumber = q.value(12).toString();
        m.shipmentId = q.value(13).toLongLong();
        m.returnId = q.value(14).toLongLong();
        m.stocktakeId = q.value(15).toLongLong();
        m.transferId = q.value(16).toLongLong();
        m.note = q.value(17).toString();
        m.value = Money(q.value(18).toLongLong(), currency);
        out << m;
    }
    return out;
}

StockLevel StockStore::level(qint64 productId, qint64 warehouseId) const
{
    requireView();
    StockLevel l;
    l.productId = productId;
    l.warehouseId = warehouseId;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT w.code, w.name, COALESCE(l.on_hand, 0), "
                                          "COALESCE(l.reserved, 0) FROM warehouses w LEFT JOIN "
                                          "stock_levels l ON l.warehouse_id = w.id AND "
                                          "l.product_id = ? WHERE w.id = ?"),
                           {productId, warehouseId});
    if (q.next()) {
        l.warehouseCode = q.value(0).toString();
        l.warehouseName = q.value(1).toString();
        l.onHand = q.value(2).toLongLong();
        l.reserved = q.value(3).toLongLong();
    }
    return l;
}

QList<OrderStockLine> StockStore::orderStock(qint64 orderId) const
{
    requireView();
    const SqlClause scope = orderquery::scope(m_session);
    if (sql::scalar(m_db, QStringLiteral("SELECT 1 FROM orders o WHERE o.id = ? AND ") + scope.sql,
                    QVariantList{orderId} + scope.binds)
            .isNull())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no order with the id %1.").arg(orderId));
    QList<OrderStockLine> out;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT r.product_id, p.sku, r.warehouse_id, w.code, "
                                          "r.wanted, r.held FROM stock_reservations r JOIN "
                                          "products p ON p.id = r.product_id JOIN warehouses w ON "
                                          "w.id = r.warehouse_id WHERE r.order_id = ? ORDER BY "
                                          "p.sku"),
                           {orderId});
    while (q.next())
        out << OrderStockLine{q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toLongLong(), q.value(3).toString(),
                              q.value(4).toLongLong(), q.value(5).toLongLong()};
    return out;
}

bool StockStore::isBackordered(qint64 orderId) const
{
    for (const OrderStockLine& l : orderStock(orderId))
        if (l.missing() > 0)
            return true;
    return false;
}

// ---------------------------------------------------------------- by hand

qint64 StockStore::receive(const QList<Receipt>& lines, const QString& note)
{
    m_session.require(Permission::AdjustStock);
    if (lines.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("A receipt needs at least one line."),
                          QStringLiteral("lines"));
    if (note.size() > 500)
        throw DocketError(DocketError::Code::Invalid, tr("The note is too long."),
                          QStringLiteral("note"));
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].quantity < 1 || lines[i].quantity > kMaxQuantity)
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1: the quantity must be a whole number from 1 to "
                                 "1,000,000,000.")
                                  .arg(i + 1),
                              QStringLiteral("quantity"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        requireProduct(i, lines[i].productId);
        if (sql::scalar(m_db,
                        QStringLiteral("SELECT 1 FROM warehouses WHERE id = ? AND active = 1"),
                        {lines[i].warehouseId})
                .isNull())
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1: there is no active warehouse with the id %2.")
                                  .arg(i + 1)
                                  .arg(lines[i].warehouseId),
                              QStringLiteral("warehouse"));
    }
    qint64 units = 0;
    for (const Receipt& r : lines)
        units += r.quantity;
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        QJsonArray items;
        for (const Receipt& r : lines)
            items.append(
                QJsonObject{{QStringLiteral("product_id"), QString::number(r.productId)},
                            {QStringLiteral("warehouse_id"), QString::number(r.warehouseId)},
                            {QStringLiteral("quantity"), QString::number(r.quantity)}});
        const qint64 n =
            sql::scalar(m_db,
                        QStringLiteral("SELECT docket_stock_receive(CAST(? AS jsonb), "
                                       "CAST(? AS text))"),
                        {QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)),
                         stockledger::nn(note.trimmed())})
                .toLongLong();
        tx.commit();
        return n;
    }
    const stockledger::Actor actor{m_session.userName(), ts};
    QList<stockledger::Move> moves;
    QList<stockledger::Item> items;
    for (const Receipt& r : lines) {
        stockledger::Move m;
        m.kind = MovementKind::Receipt;
        m.productId = r.productId;
        m.warehouseId = r.warehouseId;
        m.onHandDelta = r.quantity;
        m.quantity = r.quantity;
        m.note = stockledger::nn(note.trimmed());
        moves << m;
        items << stockledger::Item{r.productId, r.warehouseId};
    }
    stockledger::append(m_db, actor, moves);
    stockledger::fill(m_db, actor, items);
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("stock_received"),
                          tr("%n line(s)", nullptr, int(lines.size())), {},
                          QStringLiteral("+%1").arg(units), stockledger::nn(note.trimmed()));
    tx.commit();
    return units;
}

namespace {

struct ItemNames
{
    QString sku;
    QString code;
};

// The SKU and the warehouse's code of an item, for the security log; an
// unknown product or a closed warehouse is refused.
ItemNames itemNames(const QSqlDatabase& db, qint64 productId, qint64 warehouseId)
{
    QSqlQuery names = sql::run(db,
                               QStringLiteral("SELECT p.sku, w.code FROM products p, warehouses w "
                                              "WHERE p.id = ? AND w.id = ? AND w.active = 1"),
                               {productId, warehouseId});
    if (!names.next())
        throw DocketError(DocketError::Code::Invalid,
                          StockStore::tr("There is no such product or active warehouse."),
                          QStringLiteral("warehouse"));
    return {names.value(0).toString(), names.value(1).toString()};
}

} // namespace

qint64 StockStore::adjust(qint64 productId, qint64 warehouseId, qint64 onHand,
                          const QString& reason)
{
    m_session.require(Permission::AdjustStock);
    if (stockledger::nn(reason.trimmed()).isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Give a reason for the adjustment."),
                          QStringLiteral("reason"));
    if (stockledger::nn(reason.trimmed()).size() > 500)
        throw DocketError(DocketError::Code::Invalid, tr("The reason is too long."),
                          QStringLiteral("reason"));
    if (onHand < 0 || onHand > kMaxQuantity)
        throw DocketError(DocketError::Code::Invalid,
                          tr("The quantity on hand must be a whole number from 0 to "
                             "1,000,000,000."),
                          QStringLiteral("quantity"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const ItemNames item = itemNames(m_db, productId, warehouseId);
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        const qint64 d =
            sql::scalar(
                m_db,
                QStringLiteral("SELECT docket_stock_adjust(CAST(? AS bigint), CAST(? AS "
                               "bigint), 'adjustment', CAST(? AS bigint), CAST(? AS text))"),
                {productId, warehouseId, onHand, stockledger::nn(reason.trimmed())})
                .toLongLong();
        tx.commit();
        return d;
    }
    const stockledger::Item it{productId, warehouseId};
    const qint64 before = stockledger::level(m_db, it).first;
    const qint64 delta = onHand - before;
    if (delta == 0)
        return 0;
    const stockledger::Actor actor{m_session.userName(), ts};
    if (delta < 0)
        stockledger::trimTo(m_db, actor, it, onHand, 0, stockledger::nn(reason.trimmed()));
    stockledger::Move m;
    m.kind = MovementKind::Adjustment;
    m.productId = productId;
    m.warehouseId = warehouseId;
    m.onHandDelta = delta;
    m.quantity = std::abs(delta);
    m.note = stockledger::nn(reason.trimmed());
    stockledger::append(m_db, actor, {m});
    if (delta > 0)
        stockledger::fill(m_db, actor, {it});
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("stock_adjusted"),
                          item.sku + QStringLiteral(" @ ") + item.code, QString::number(before),
                          QString::number(onHand), stockledger::nn(reason.trimmed()));
    tx.commit();
    return delta;
}

qint64 StockStore::writeOff(qint64 productId, qint64 warehouseId, qint64 quantity,
                            const QString& reason)
{
    m_session.require(Permission::AdjustStock);
    if (stockledger::nn(reason.trimmed()).isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Give a reason for the write-off."),
                          QStringLiteral("reason"));
    if (stockledger::nn(reason.trimmed()).size() > 500)
        throw DocketError(DocketError::Code::Invalid, tr("The reason is too long."),
                          QStringLiteral("reason"));
    if (quantity < 1 || quantity > kMaxQuantity)
        throw DocketError(DocketError::Code::Invalid,
                          tr("The quantity must be a whole number from 1 to 1,000,000,000."),
                          QStringLiteral("quantity"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const ItemNames item = itemNames(m_db, productId, warehouseId);
    const stockledger::Item it{productId, warehouseId};
    const qint64 before = stockledger::level(m_db, it).first;
    if (quantity > before)
        throw DocketError(
            DocketError::Code::Invalid,
            tr("Only %L1 of %2 are on hand in %3.").arg(before).arg(item.sku, item.code),
            QStringLiteral("quantity"));
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        const qint64 d =
            sql::scalar(m_db,
                        QStringLiteral("SELECT docket_stock_adjust(CAST(? AS bigint), CAST(? AS "
                                       "bigint), 'write_off', CAST(? AS bigint), CAST(? AS text))"),
                        {productId, warehouseId, quantity, stockledger::nn(reason.trimmed())})
                .toLongLong();
        tx.commit();
        return d;
    }
    const stockledger::Actor actor{m_session.userName(), ts};
    stockledger::trimTo(m_db, actor, it, before - quantity, 0, stockledger::nn(reason.trimmed()));
    stockledger::Move m;
    m.kind = MovementKind::WriteOff;
    m.productId = productId;
    m.warehouseId = warehouseId;
    m.onHandDelta = -quantity;
    m.quantity = quantity;
    m.note = stockledger::nn(reason.trimmed());
    stockledger::append(m_db, actor, {m});
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("stock_adjusted"),
                          item.sku + QStringLiteral(" @ ") + item.code, QString::number(before),
                          QString::number(before - quantity), stockledger::nn(reason.trimmed()));
    tx.commit();
    return -quantity;
}

// ---------------------------------------------------------------- the check

StockVerification StockStore::verify() const
{
    requireView();
    StockVerification v;
    constexpr int kShow = 20;
    v.movements =
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM stock_movements")).toLongLong();
    v.levels = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM stock_levels")).toLongLong();
    auto collect = [&](const QString& text, const std::function<QString(const QSqlQuery&)>& say) {
        QSqlQuery q = sql::run(m_db, text);
        int n = 0;
        while (q.next()) {
            const QString problem = say(q);
            if (problem.isEmpty())
                continue; // a row that is no problem (a count)
            if (n++ < kShow)
                v.problems << problem;
        }
        if (n > kShow)
            v.problems << tr("… and %n more like it.", nullptr, n - kShow);
    };
    // The daily summaries against the ledger itself, then the levels against
    // the ledger's sums per item, then the other caches against the levels.
    // Each ledger group of the kinds the summaries keep is looked up in
    // stock_daily by its key (one scan of the ledger and a sort); the groups
    // are counted as well, so that a summary no group has shows as a
    // difference of counts (and only then is looked for row by row). SQLite
    // reads the ledger in table order rather than through
    // stock_movements_item (a row lookup per movement).
    const QString ledger =
        QStringLiteral("stock_movements") +
        (m_backend == Backend::SQLite ? QStringLiteral(" NOT INDEXED") : QString());
    const QString ledgerGroups =
        QStringLiteral(
            "SELECT product_id AS p, warehouse_id AS w, at - at % 86400 AS d, kind AS k, "
            "COUNT(*) AS n, SUM(quantity) AS q, SUM(on_hand_delta) AS oh, "
            "SUM(reserved_delta) AS rd, SUM(value_cents) AS v FROM %1 WHERE %2 GROUP BY "
            "product_id, warehouse_id, at - at % 86400, kind")
            .arg(ledger, QLatin1String(kDailyKinds));
    auto dailyProblem = [](qint64 product, qint64 warehouse, qint64 day, const QString& kind) {
        return tr("Daily summary of product %1 in warehouse %2 on day %3 (%4) differs from the "
                  "ledger.")
            .arg(product)
            .arg(warehouse)
            .arg(QDateTime::fromSecsSinceEpoch(day, Qt::UTC).date().toString(Qt::ISODate), kind);
    };
    qint64 groups = 0;
    collect(QStringLiteral("WITH g AS MATERIALIZED (%1) SELECT g.p, g.w, g.d, g.k FROM g LEFT "
                           "JOIN stock_daily s ON s.product_id = g.p AND s.warehouse_id = g.w AND "
                           "s.day = g.d AND s.kind = g.k WHERE s.product_id IS NULL OR "
                           "s.movements <> g.n OR s.quantity <> g.q OR s.on_hand_delta <> g.oh "
                           "OR s.reserved_delta <> g.rd OR s.value_cents <> g.v UNION ALL SELECT "
                           "-1, COUNT(*), 0, '' FROM g ORDER BY 1, 2, 3, 4")
                .arg(ledgerGroups),
            [&](const QSqlQuery& q) {
                if (q.value(0).toLongLong() == -1) {
                    groups = q.value(1).toLongLong();
                    return QString();
                }
                return dailyProblem(q.value(0).toLongLong(), q.value(1).toLongLong(),
                                    q.value(2).toLongLong(), q.value(3).toString());
            });
    // A summary the ledger has no group for: looked for row by row only when
    // the counts differ or a group already differed (a missing summary and an
    // extra one would leave the counts equal).
    if (!v.problems.isEmpty() ||
        groups !=
            sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM stock_daily")).toLongLong())
        collect(QStringLiteral("SELECT s.product_id, s.warehouse_id, s.day, s.kind FROM "
                               "stock_daily s WHERE NOT EXISTS (SELECT 1 FROM stock_movements m "
                               "WHERE m.product_id = s.product_id AND m.warehouse_id = "
                               "s.warehouse_id AND m.kind = s.kind AND m.at >= s.day AND m.at < "
                               "s.day + 86400) ORDER BY 1, 2, 3, 4"),
                [&](const QSqlQuery& q) {
                    return dailyProblem(q.value(0).toLongLong(), q.value(1).toLongLong(),
                                        q.value(2).toLongLong(), q.value(3).toString());
                });
    // Levels against the ledger's sums per item (the summaries keep no
    // reservations), each looked up in stock_levels; then the levels that
    // have no movement at all (through stock_movements_item).
    auto levelProblem = [](const QSqlQuery& q) {
        return tr("%1 in %2: the stock table says %3 on hand and %4 reserved, the ledger %5 "
                  "and %6.")
            .arg(q.value(0).toString(), q.value(1).toString())
            .arg(q.value(2).toLongLong())
            .arg(q.value(3).toLongLong())
            .arg(q.value(4).toLongLong())
            .arg(q.value(5).toLongLong());
    };
    // Named by SKU and warehouse code, as people know them.
    collect(QStringLiteral("SELECT (SELECT sku FROM products WHERE id = x.p), (SELECT code FROM "
                           "warehouses WHERE id = x.w), x.loh, x.lrs, x.oh, x.rd FROM (SELECT "
                           "g.p, g.w, COALESCE(l.on_hand, 0) AS loh, COALESCE(l.reserved, 0) AS "
                           "lrs, g.oh, g.rd FROM (SELECT product_id AS p, warehouse_id AS w, "
                           "SUM(on_hand_delta) AS oh, SUM(reserved_delta) AS rd FROM %1 GROUP "
                           "BY product_id, warehouse_id) g LEFT JOIN stock_levels l ON "
                           "l.product_id = g.p AND l.warehouse_id = g.w WHERE COALESCE(l.on_hand, "
                           "0) <> g.oh OR COALESCE(l.reserved, 0) <> g.rd UNION ALL SELECT "
                           "l.product_id, l.warehouse_id, l.on_hand, l.reserved, 0, 0 FROM "
                           "stock_levels l WHERE (l.on_hand <> 0 OR l.reserved <> 0) AND NOT "
                           "EXISTS (SELECT 1 FROM stock_movements m WHERE m.product_id = "
                           "l.product_id AND m.warehouse_id = l.warehouse_id)) x ORDER BY x.p, "
                           "x.w")
                .arg(ledger),
            levelProblem);
    const QString level = QStringLiteral(
        "(SELECT %1 FROM stock_levels l WHERE l.product_id = d.product_id AND l.warehouse_id = "
        "d.warehouse_id)");
    collect(QStringLiteral(
                "SELECT p.id, p.sku FROM products p LEFT JOIN product_stock s ON s.product_id = "
                "p.id LEFT JOIN (SELECT product_id, SUM(on_hand) AS oh, SUM(reserved) AS rs FROM "
                "stock_levels GROUP BY product_id) t ON t.product_id = p.id LEFT JOIN (SELECT "
                "product_id, SUM(wanted - held) AS b FROM stock_reservations GROUP BY "
                "product_id) r ON r.product_id = p.id WHERE s.product_id IS NULL OR s.on_hand <> "
                "COALESCE(t.oh, 0) OR s.reserved <> COALESCE(t.rs, 0) OR s.value_cents <> "
                "s.on_hand * p.cost_cents OR s.backordered <> COALESCE(r.b, 0) OR s.low <> CASE "
                "WHEN p.active = 1 AND s.on_hand - s.reserved < p.safety_stock THEN 1 ELSE 0 "
                "END"),
            [](const QSqlQuery& q) {
                return tr("Product %1: its totals (on hand, reserved, backordered, value or "
                          "low-stock mark) differ from its warehouses.")
                    .arg(q.value(1).toString());
            });
    collect(QStringLiteral("SELECT d.product_id, d.warehouse_id, COALESCE(%3, 0), COALESCE(%4, 0) "
                           "FROM (SELECT x.product_id, x.warehouse_id FROM (%1 EXCEPT %2) x UNION "
                           "SELECT y.product_id, y.warehouse_id FROM (%2 EXCEPT %1) y) d ORDER BY "
                           "1, 2")
                .arg(QStringLiteral("SELECT product_id, warehouse_id, reserved FROM stock_levels "
                                    "WHERE reserved <> 0"),
                     QStringLiteral("SELECT product_id, warehouse_id, SUM(held) FROM "
                                    "stock_reservations GROUP BY product_id, warehouse_id HAVING "
                                    "SUM(held) <> 0"),
                     level.arg(QStringLiteral("l.reserved")),
                     QStringLiteral("(SELECT SUM(r.held) FROM stock_reservations r WHERE "
                                    "r.product_id = d.product_id AND r.warehouse_id = "
                                    "d.warehouse_id)")),
            [](const QSqlQuery& q) {
                return tr("Product %1 in warehouse %2: %3 reserved, but the orders hold %4.")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toLongLong())
                    .arg(q.value(2).toLongLong())
                    .arg(q.value(3).toLongLong());
            });
    collect(QStringLiteral("SELECT d.order_id, d.product_id, COALESCE((SELECT r.held FROM "
                           "stock_reservations r WHERE r.order_id = d.order_id AND r.product_id = "
                           "d.product_id), 0), COALESCE((SELECT SUM(m.reserved_delta) FROM "
                           "stock_movements m WHERE m.order_id = d.order_id AND m.product_id = "
                           "d.product_id), 0) FROM (SELECT x.order_id, x.product_id FROM (%1 "
                           "EXCEPT %2) x UNION SELECT y.order_id, y.product_id FROM (%2 EXCEPT %1) "
                           "y) d ORDER BY 1, 2")
                .arg(QStringLiteral("SELECT order_id, product_id, held FROM stock_reservations "
                                    "WHERE held <> 0"),
                     QStringLiteral("SELECT order_id, product_id, SUM(reserved_delta) FROM "
                                    "stock_movements WHERE order_id IS NOT NULL AND "
                                    "reserved_delta <> 0 GROUP BY order_id, product_id HAVING "
                                    "SUM(reserved_delta) <> 0")),
            [](const QSqlQuery& q) {
                return tr("Order %1 holds %3 of product %2, but its movements add up to %4.")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toLongLong())
                    .arg(q.value(2).toLongLong())
                    .arg(q.value(3).toLongLong());
            });
    return v;
}

void StockStore::rebuild()
{
    m_session.require(Permission::ChangeSettings);
    if (m_session.scope().kind != Scope::Kind::All)
        throw DocketError(DocketError::Code::Forbidden,
                          tr("Rebuilding the stock figures needs a user who sees every order."));
    sql::WriteTransaction tx(m_db);
    sql::run(m_db, QStringLiteral("DELETE FROM stock_daily"));
    sql::run(m_db, QStringLiteral(
                       "INSERT INTO stock_daily(product_id, warehouse_id, day, kind, movements, "
                       "quantity, on_hand_delta, reserved_delta, value_cents) SELECT product_id, "
                       "warehouse_id, at - at % 86400, kind, COUNT(*), SUM(quantity), "
                       "SUM(on_hand_delta), SUM(reserved_delta), SUM(value_cents) FROM "
                       "stock_movements WHERE %1 GROUP BY product_id, warehouse_id, at - at % "
                       "86400, kind")
                       .arg(QLatin1String(kDailyKinds)));
    sql::run(m_db, QStringLiteral("DELETE FROM stock_levels"));
    sql::run(m_db, QStringLiteral("INSERT INTO stock_levels(product_id, warehouse_id, on_hand, "
                                  "reserved) SELECT product_id, warehouse_id, SUM(on_hand_delta), "
                                  "SUM(reserved_delta) FROM stock_movements GROUP BY product_id, "
                                  "warehouse_id"));
    sql::run(m_db, QStringLiteral("INSERT INTO product_stock(product_id) SELECT id FROM products p "
                                  "WHERE NOT EXISTS (SELECT 1 FROM product_stock s WHERE "
                                  "s.product_id = p.id)"));
    sql::run(m_db,
             QStringLiteral(
                 "UPDATE product_stock SET on_hand = COALESCE((SELECT SUM(l.on_hand) FROM "
                 "stock_levels l WHERE l.product_id = product_stock.product_id), 0), reserved = "
                 "COALESCE((SELECT SUM(l.reserved) FROM stock_levels l WHERE l.product_id = "
                 "product_stock.product_id), 0), backordered = COALESCE((SELECT SUM(r.wanted - "
                 "r.held) FROM stock_reservations r WHERE r.product_id = "
                 "product_stock.product_id), 0)"));
    sql::run(m_db,
             QStringLiteral("UPDATE product_stock SET value_cents = on_hand * (SELECT p.cost_cents "
                            "FROM products p WHERE p.id = product_stock.product_id), low = CASE "
                            "WHEN (SELECT p.active = 1 AND product_stock.on_hand - "
                            "product_stock.reserved < p.safety_stock FROM products p WHERE p.id = "
                            "product_stock.product_id) THEN 1 ELSE 0 END"));
    tx.commit();
}

} // namespace docket
