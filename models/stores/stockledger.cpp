#include "stockledger.h"
#include "shopsettingsstore.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "db/tableprobe.h"
#include "domain/errors.h"

#include <QHash>
#include <QMap>
#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>

namespace docket::stockledger {

namespace {

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

constexpr qsizetype kChunk = 5000;

} // namespace

namespace {

// How many rows the next multi-row statement of a batch of `left` takes: all
// of up to 8, else 64, 32 or 16, so that a connection keeps at most 11 texts
// of each statement prepared (the statement cache keeps them by text).
qsizetype rowsInStatement(qsizetype left)
{
    if (left <= 8)
        return left;
    for (qsizetype n : {64, 32, 16})
        if (left >= n)
            return n;
    return 8;
}

// "prefix (row), (row), ... suffix" for `rows` rows.
QString multiRow(const QString& prefix, const QString& row, qsizetype rows,
                 const QString& suffix = {})
{
    QString text = prefix;
    text.reserve(prefix.size() + (row.size() + 2) * rows + suffix.size());
    for (qsizetype i = 0; i < rows; ++i) {
        if (i)
            text += QLatin1String(", ");
        text += row;
    }
    return text + suffix;
}

// Writes the rows of `values` (`width` values a row) with one statement per
// rowsInStatement() rows, each statement kept prepared (sql::run).
void runRows(const QSqlDatabase& db, const QString& prefix, const QString& row, int width,
             const QVariantList& values, const QString& suffix = {})
{
    const qsizetype total = values.size() / width;
    for (qsizetype done = 0; done < total;) {
        const qsizetype n = rowsInStatement(total - done);
        sql::run(db, multiRow(prefix, row, n, suffix), values.mid(done * width, n * width));
        done += n;
    }
}

} // namespace

void append(const QSqlDatabase& db, const Actor& actor, const QList<Move>& moves)
{
    if (moves.isEmpty())
        return;
    // The rows in one INSERT (a few): one statement's overhead instead of one
    // per row, values bound straight to SQLite (sql::run). The trigger still
    // keeps the caches row by row, in the rows' order.
    static const QString prefix = QStringLiteral(
        "INSERT INTO stock_movements(at, actor, kind, product_id, warehouse_id, on_hand_delta, "
        "reserved_delta, quantity, value_cents, order_id, shipment_id, return_id, stocktake_id, "
        "transfer_id, note) VALUES ");
    static const QString row =
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ? * (SELECT p.cost_cents FROM "
                       "products p WHERE p.id = ?), 0), ?, ?, ?, ?, ?, ?)");
    constexpr int width = 17;
    const QVariant null(QMetaType(QMetaType::LongLong));
    QVariantList values;
    values.reserve(moves.size() * width);
    const QVariant at(actor.at);
    const QVariant name(actor.name);
    QString currency; // read once, when a move carries a value
    for (const Move& m : moves) {
        // One currency in the ledger: its values are summed per product, day and kind.
        if (m.value && currency.isEmpty())
            currency = ShopSettingsStore::catalogueCurrency(db);
        if (m.value && m.value->currency() != currency)
            throw DocketError(DocketError::Code::Invalid,
                              QCoreApplication::translate(
                                  "StockStore", "A stock movement is valued at cost in %1, not "
                                                "in %2.")
                                  .arg(currency, m.value->currency()),
                              QStringLiteral("value"));
        values << (m.notBefore > actor.at ? QVariant(m.notBefore) : at) << name
               << movement::code(m.kind) << m.productId << m.warehouseId << m.onHandDelta
               << m.reservedDelta << m.quantity
               << (m.value ? QVariant(qint64(m.value->minorUnits())) : null) << m.quantity
               << m.productId << nullableId(m.orderId) << nullableId(m.shipmentId)
               << nullableId(m.returnId) << nullableId(m.stocktakeId) << nullableId(m.transferId)
               << nn(m.note);
    }
    runRows(db, prefix, row, width, values);
}

QPair<qint64, qint64> level(const QSqlDatabase& db, const Item& item)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT on_hand, reserved FROM stock_levels WHERE "
                                          "product_id = ? AND warehouse_id = ?"),
                           {item.first, item.second});
    if (!q.next())
        return {0, 0};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

namespace {

const char* const kDeferredProperty = "docketDeferredStockSync";

DeferredSync* deferredOn(const QSqlDatabase& db)
{
    const QSqlDriver* driver = db.driver();
    return driver ? reinterpret_cast<DeferredSync*>(
                        driver->property(kDeferredProperty).value<quintptr>())
                  : nullptr;
}

} // namespace

DeferredSync::DeferredSync(const QSqlDatabase& db) : m_db(db)
{
    if (QSqlDriver* driver = m_db.driver(); driver && !deferredOn(m_db)) {
        driver->setProperty(kDeferredProperty, QVariant::fromValue(quintptr(this)));
        m_active = true;
    }
}

DeferredSync::~DeferredSync()
{
    if (m_active)
        if (QSqlDriver* driver = m_db.driver())
            driver->setProperty(kDeferredProperty, QVariant());
}

void DeferredSync::finish()
{
    if (!m_active)
        return;
    if (QSqlDriver* driver = m_db.driver())
        driver->setProperty(kDeferredProperty, QVariant());
    m_active = false;
    syncOrders(m_db, m_actor, m_orderIds);
    m_orderIds.clear();
}

void syncOrders(const QSqlDatabase& db, const Actor& actor, const QList<qint64>& orderIdsIn)
{
    if (orderIdsIn.isEmpty())
        return;
    if (DeferredSync* deferred = deferredOn(db)) {
        deferred->m_orderIds << orderIdsIn;
        deferred->m_actor = actor; // the latest writer and time
        return;
    }
    const Backend backend = sql::backendOf(db);
    // A database from before the stock schema (a test writing what an older
    // release wrote, before migrating it) has no stock to keep.
    if (backend == Backend::SQLite && !sql::hasTable(db, QStringLiteral("stock_reservations")))
        return;
    const QString list = dialect::idListSubquery(backend);
    QList<qint64> orderIds = orderIdsIn;
    std::sort(orderIds.begin(), orderIds.end());
    orderIds.erase(std::unique(orderIds.begin(), orderIds.end()), orderIds.end());

    struct Row
    {
        qint64 warehouse = 0;
        qint64 wanted = 0;
        qint64 held = 0;
    };
    struct Target
    {
        qint64 warehouse = 0;
        qint64 wanted = 0;
        qint64 available = 0; // the item's on hand - reserved when the targets were read
        qint64 placed = 0;    // the order's created_at
    };
    using Key = QPair<qint64, qint64>; // (order, product)

    for (qsizetype c = 0; c < orderIds.size(); c += kChunk) {
        const QVariant ids = dialect::idListParam(backend, orderIds.mid(c, kChunk));
        QMap<Key, Row> current;
        {
            QSqlQuery q = sql::run(db,
                                   QStringLiteral("SELECT order_id, product_id, warehouse_id, "
                                                  "wanted, held FROM stock_reservations WHERE "
                                                  "order_id IN %1")
                                       .arg(list),
                                   {ids});
            while (q.next())
                current.insert(
                    {q.value(0).toLongLong(), q.value(1).toLongLong()},
                    {q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()});
        }
        // What an order still wants is what has not shipped yet: a parcel's
        // units leave when it is recorded (the shipment_lines trigger).
        const QString shippedOfLine = QStringLiteral(
            "COALESCE((SELECT SUM(x.quantity) FROM shipment_lines x WHERE x.order_id = o.id AND "
            "x.line_id = l.id), 0)");
        QMap<Key, Target> target;
        {
            QSqlQuery q = sql::run(
                db,
                QStringLiteral(
                    "SELECT o.id, l.product_id, cw.warehouse_id, SUM(l.quantity - %2), "
                    "MAX(COALESCE(sl.on_hand - "
                    "sl.reserved, 0)), MAX(o.created_at) FROM orders o JOIN channel_warehouses cw "
                    "ON cw.channel = "
                    "o.channel JOIN order_lines l ON l.order_id = o.id LEFT JOIN stock_levels sl "
                    "ON sl.product_id = l.product_id AND sl.warehouse_id = cw.warehouse_id WHERE "
                    "o.id IN %1 AND o.invalid_at IS NULL AND o.status IN "
                    "('pending', 'paid', 'processing') AND l.product_id IS NOT NULL GROUP BY o.id, "
                    "l.product_id, cw.warehouse_id HAVING SUM(l.quantity - %2) > 0")
                    .arg(list, shippedOfLine),
                {ids});
            while (q.next())
                target.insert({q.value(0).toLongLong(), q.value(1).toLongLong()},
                              {q.value(2).toLongLong(), q.value(3).toLongLong(),
                               q.value(4).toLongLong(), q.value(5).toLongLong()});
        }
        if (current.isEmpty() && target.isEmpty())
            continue;
        // Orders whose units leave as a shipment rather than going back: those
        // shipped by hand, without parcels (a parcel's units left already).
        QHash<qint64, bool> shipped;
        QHash<qint64, qint64> placed;
        if (!current.isEmpty()) {
            QSqlQuery q = sql::run(db,
                                   QStringLiteral("SELECT id, status IN ('shipped', 'delivered'), "
                                                  "created_at FROM orders WHERE id IN %1")
                                       .arg(list),
                                   {ids});
            while (q.next()) {
                shipped.insert(q.value(0).toLongLong(), q.value(1).toBool());
                placed.insert(q.value(0).toLongLong(), q.value(2).toLongLong());
            }
        }

        // 1. Decreases: what an order holds beyond what it wants where it wants it.
        QList<Move> decreases;
        QMap<Key, Row> kept; // after the decreases, in the warehouse the order wants
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            const auto t = target.constFind(it.key());
            const bool same = t != target.cend() && t->warehouse == it->warehouse;
            const qint64 keep = same ? std::min(it->held, t->wanted) : 0;
            const qint64 give = it->held - keep;
            if (give > 0) {
                const bool ship = shipped.value(it.key().first, false);
                Move m;
                m.kind = ship ? MovementKind::Shipment : MovementKind::Release;
                m.productId = it.key().second;
                m.warehouseId = it->warehouse;
                m.onHandDelta = ship ? -give : 0;
                m.reservedDelta = -give;
                m.quantity = give;
                m.orderId = it.key().first;
                m.notBefore = placed.value(m.orderId);
                decreases << m;
            }
            if (same)
                kept.insert(it.key(), {it->warehouse, it->wanted, keep});
        }
        // What each item has available after the decreases: as read with the
        // targets, plus what the decreases gave back there (a release frees
        // its units; a shipment takes them off the shelf and the reservation
        // alike). The ledger's trigger changes the levels by exactly these
        // deltas, so no level needs reading again.
        QMap<Item, qint64> freed;
        if (!decreases.isEmpty()) {
            // The rows first (held <= wanted), then the ledger.
            for (const Move& m : decreases) {
                const Key k{m.orderId, m.productId};
                sql::run(db,
                         QStringLiteral("UPDATE stock_reservations SET held = ? WHERE order_id = "
                                        "? AND product_id = ?"),
                         {kept.contains(k) ? kept.value(k).held : 0, m.orderId, m.productId});
                freed[{m.productId, m.warehouseId}] += m.onHandDelta - m.reservedDelta;
            }
            append(db, actor, decreases);
        }

        // 2. Increases, granted per item in order id order.
        QMap<Item, qint64> available;
        for (auto it = target.cbegin(); it != target.cend(); ++it) {
            const Item item{it.key().second, it->warehouse};
            if (!available.contains(item))
                available.insert(item, it->available + freed.value(item));
        }
        // QMap orders keys by (order, product): the oldest order is granted first.
        QList<Move> increases;
        QVariantList put; // the reservation rows that change, 5 values each
        for (auto it = target.cbegin(); it != target.cend(); ++it) {
            const Key k = it.key();
            const Item item{k.second, it->warehouse};
            const qint64 heldBefore = kept.value(k).held;
            qint64 held = heldBefore;
            if (it->wanted > held) {
                qint64& avail = available[item];
                const qint64 grant = std::clamp<qint64>(avail, 0, it->wanted - held);
                if (grant > 0) {
                    avail -= grant;
                    held += grant;
                    Move m;
                    m.kind = MovementKind::Reservation;
                    m.productId = k.second;
                    m.warehouseId = it->warehouse;
                    m.reservedDelta = grant;
                    m.quantity = grant;
                    m.orderId = k.first;
                    m.notBefore = it->placed;
                    increases << m;
                }
            }
            // Unmet demand that is new: what the analytics count as lost to
            // backorders, valued like every movement at the product's cost
            // (the order's prices are in the order's currency).
            const auto cur = current.constFind(k);
            const qint64 shortBefore = cur != current.cend() ? cur->wanted - cur->held : 0;
            const qint64 shortNow = it->wanted - held;
            if (shortNow > shortBefore) {
                Move m;
                m.kind = MovementKind::Backorder;
                m.productId = k.second;
                m.warehouseId = it->warehouse;
                m.quantity = shortNow - shortBefore;
                m.orderId = k.first;
                m.notBefore = it->placed;
                increases << m;
            }
            const auto kept0 = kept.constFind(k);
            if (kept0 != kept.cend() && kept0->wanted == it->wanted && heldBefore == held &&
                cur != current.cend() && cur->held == held && cur->warehouse == it->warehouse)
                continue; // unchanged
            put << k.first << k.second << it->warehouse << it->wanted << held;
        }
        // The rows first, then the ledger; a few rows to a statement.
        runRows(db,
                QStringLiteral("INSERT INTO stock_reservations(order_id, product_id, "
                               "warehouse_id, wanted, held) VALUES "),
                QStringLiteral("(?, ?, ?, ?, ?)"), 5, put,
                QStringLiteral(" ON CONFLICT(order_id, product_id) DO UPDATE SET warehouse_id = "
                               "excluded.warehouse_id, wanted = excluded.wanted, held = "
                               "excluded.held"));
        append(db, actor, increases);
        // Rows the orders no longer want (all they held was given back above).
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            if (!target.contains(it.key()))
                sql::run(db,
                         QStringLiteral("DELETE FROM stock_reservations WHERE order_id = ? AND "
                                        "product_id = ?"),
                         {it.key().first, it.key().second});
    }
}

void fill(const QSqlDatabase& db, const Actor& actor, const QList<Item>& itemsIn)
{
    QList<Item> items = itemsIn;
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    QSqlQuery shortOnes = sql::prepare(
        db, QStringLiteral("SELECT order_id, wanted, held FROM stock_reservations WHERE "
                           "product_id = ? AND warehouse_id = ? AND held < wanted ORDER BY "
                           "order_id"));
    QSqlQuery upd = sql::prepare(db, QStringLiteral("UPDATE stock_reservations SET held = ? WHERE "
                                                    "order_id = ? AND product_id = ?"));
    for (const Item& item : items) {
        const auto [onHand, reserved] = level(db, item);
        qint64 avail = onHand - reserved;
        if (avail <= 0)
            continue;
        shortOnes.bindValue(0, item.first);
        shortOnes.bindValue(1, item.second);
        sql::exec(shortOnes);
        QList<Move> moves;
        QList<std::pair<qint64, qint64>> newHeld;
        while (avail > 0 && shortOnes.next()) {
            const qint64 order = shortOnes.value(0).toLongLong();
            const qint64 wanted = shortOnes.value(1).toLongLong();
            const qint64 held = shortOnes.value(2).toLongLong();
            const qint64 grant = std::min(avail, wanted - held);
            avail -= grant;
            newHeld.push_back({order, held + grant});
            Move m;
            m.kind = MovementKind::Reservation;
            m.productId = item.first;
            m.warehouseId = item.second;
            m.reservedDelta = grant;
            m.quantity = grant;
            m.orderId = order;
            moves << m;
        }
        shortOnes.finish();
        for (const auto& [order, held] : newHeld) {
            upd.bindValue(0, held);
            upd.bindValue(1, order);
            upd.bindValue(2, item.first);
            sql::exec(upd);
        }
        append(db, actor, moves);
    }
}

qint64 trimTo(const QSqlDatabase& db, const Actor& actor, const Item& item, qint64 onHand,
              qint64 stocktakeId, const QString& note)
{
    const auto [now, reserved] = level(db, item);
    Q_UNUSED(now);
    qint64 excess = reserved - std::max<qint64>(onHand, 0);
    if (excess <= 0)
        return 0;
    const qint64 total = excess;
    // The newest orders first, through the product's order lines (an order
    // reserves a product only while it has a line of it): the open orders
    // are the newest, so the walk stops after a few (0152 dropped the index
    // of held reservations by item, which every reserving line wrote to).
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT r.order_id, r.held FROM order_lines l JOIN "
                                          "stock_reservations r ON r.order_id = l.order_id AND "
                                          "r.product_id = l.product_id WHERE l.product_id = ? AND "
                                          "r.warehouse_id = ? AND r.held > 0 ORDER BY l.order_id "
                                          "DESC"),
                           {item.first, item.second});
    QList<Move> moves;
    QList<std::pair<qint64, qint64>> newHeld;
    qint64 previous = 0;
    while (excess > 0 && q.next()) {
        const qint64 order = q.value(0).toLongLong();
        if (order == previous)
            continue; // the product's second line in the order
        previous = order;
        const qint64 held = q.value(1).toLongLong();
        const qint64 give = std::min(excess, held);
        excess -= give;
        newHeld.push_back({order, held - give});
        Move m;
        m.kind = MovementKind::Release;
        m.productId = item.first;
        m.warehouseId = item.second;
        m.reservedDelta = -give;
        m.quantity = give;
        m.orderId = order;
        m.stocktakeId = stocktakeId;
        m.note = note;
        moves << m;
    }
    q.finish();
    QSqlQuery upd = sql::prepare(db, QStringLiteral("UPDATE stock_reservations SET held = ? WHERE "
                                                    "order_id = ? AND product_id = ?"));
    for (const auto& [order, held] : newHeld) {
        upd.bindValue(0, held);
        upd.bindValue(1, order);
        upd.bindValue(2, item.first);
        sql::exec(upd);
    }
    append(db, actor, moves);
    return total - excess;
}

} // namespace docket::stockledger
