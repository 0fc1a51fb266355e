#pragma once

#include "domain/money.h"
#include "domain/stock.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// The stock ledger's rules, as the stores apply them on SQLite inside their
// own write transaction. On PostgreSQL the server applies the same rules in
// its functions and triggers (resources/sql/postgres/*_stock.sql:
// docket_stock_sync, docket_stock_fill, docket_stock_trim), so that a login
// cannot skip them; the two are kept alike and tests/test_stock.cpp runs the
// same sequences on both backends.
//
// One rule, one place: every order write of OrderStore (create, update,
// status, invalidate, revalidate, delete, restore) ends with syncOrders() for
// the orders it touched, in the same transaction, so the desk, docketctl,
// imports and the gateway all reserve through it.
namespace docket::stockledger {

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
inline QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Who appends, and when (UTC seconds).
struct Actor
{
    QString name;
    qint64 at = 0;
};

struct Move
{
    MovementKind kind = MovementKind::Adjustment;
    qint64 productId = 0;
    qint64 warehouseId = 0;
    qint64 onHandDelta = 0;
    qint64 reservedDelta = 0;
    qint64 quantity = 0; // > 0
    qint64 orderId = 0;
    qint64 shipmentId = 0;
    qint64 returnId = 0;
    qint64 stocktakeId = 0;
    qint64 transferId = 0;
    QString note;
    // Dated no earlier than this (UTC seconds; 0: the actor's time): an
    // order's movement never comes before the order was placed (a store
    // whose clock is behind the order's, a seed writing the past).
    qint64 notBefore = 0;
    // What the movement is worth, at cost in the catalogue's currency
    // (ShopSettingsStore::catalogueCurrency): every movement of the ledger is valued so, so
    // that its values add up (a backorder too: lost sales at cost, not at the
    // order's price in the order's currency). Default: the quantity at the
    // product's cost price. append() refuses another currency.
    std::optional<Money> value;
};

// An item of stock: (product, warehouse).
using Item = QPair<qint64, qint64>;

// Appends `moves` to the ledger (its trigger keeps the caches). Throws
// DocketError(Database) when a level would go below zero or reserve more than
// it holds (the database's CHECK): callers check first and say why.
void append(const QSqlDatabase& db, const Actor& actor, const QList<Move>& moves);

// Brings the reservations of `orderIds` in line with what each order needs
// now: a valid pending, paid or processing order in a channel with a
// warehouse wants there what its lines have not shipped yet (a parcel's units
// leave when it is recorded: the shipment_lines trigger of
// resources/sql/*/0071_stock_per_shipment.sql); any other wants nothing.
// Decreases first (what a shipped or delivered order still holds, shipped by
// hand without parcels, leaves as a shipment; anything else is released),
// then increases, granted from what is available
// in order id order; what cannot be granted stays wanted (backordered), and
// a rise in unmet demand is recorded as a "backorder" row for the analytics.
// The movements are dated at the actor's time, or when the order was placed
// if that is later (resources/sql/postgres/0159_*.sql: the same there).
void syncOrders(const QSqlDatabase& db, const Actor& actor, const QList<qint64>& orderIds);

// While one is alive on a connection, syncOrders() there only notes its
// orders, and finish() brings them all in line in one call: the same
// reservations, granted in order id order as one order after another would
// be, in two statements per 5,000 orders instead of two per order (a file
// import). Nothing may read reservations in between. Without finish() (the
// transaction is being given up) the noted orders are forgotten. A second
// one on the same connection while the first is alive does nothing.
class DeferredSync
{
public:
    explicit DeferredSync(const QSqlDatabase& db);
    ~DeferredSync();
    DeferredSync(const DeferredSync&) = delete;
    DeferredSync& operator=(const DeferredSync&) = delete;

    void finish();

private:
    friend void syncOrders(const QSqlDatabase&, const Actor&, const QList<qint64>&);
    QSqlDatabase m_db;
    bool m_active = false;
    Actor m_actor;
    QList<qint64> m_orderIds;
};

// After stock arrived at `items`: gives what is available to their backorders,
// oldest order first.
void fill(const QSqlDatabase& db, const Actor& actor, const QList<Item>& items);

// Before on hand falls to `onHand` at `item`: releases reservations, newest
// order first, until no more is reserved than that (those orders become
// backordered). Returns the units released.
qint64 trimTo(const QSqlDatabase& db, const Actor& actor, const Item& item, qint64 onHand,
              qint64 stocktakeId = 0, const QString& note = {});

// On hand and reserved at `item` now (0, 0 without a level).
QPair<qint64, qint64> level(const QSqlDatabase& db, const Item& item);

} // namespace docket::stockledger
