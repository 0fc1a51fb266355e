#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Catalogue and stock (issue 17): products, warehouses and the stock ledger.
//
// Ledgers, not counters: stock changes only by appending a movement to
// stock_movements. The figures per product and warehouse (stock_levels: on
// hand, reserved) and per product (product_stock: the totals, the low-stock
// flag, the value at cost) are caches that the ledger's insert trigger keeps
// in the same statement, on both backends; StockStore::verify() proves cache
// = ledger. A level never holds more reserved than on hand, nor less than
// nothing (a CHECK constraint in the database itself), so no code path can
// oversell.
//
// Quantities are whole units (qint64); money is Money in the catalogue's
// currency (ShopSettingsStore::catalogueCurrency: the shop's until the first
// price fixes it; orders carry their own).
namespace docket {

// ---- the catalogue ----

struct Product
{
    qint64 id = 0;
    QString sku;
    QString name;
    Money price;
    Money cost;
    bool active = true;
    qint64 safetyStock = 0; // below this many available units the product is low
    qint64 version = 0;
    QDateTime updatedAt; // UTC
    bool operator==(const Product&) const = default;
};

// A product with its stock: over every warehouse, or over one.
struct ProductStock
{
    Product product;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 backordered = 0; // units ordered that could not be reserved yet
    bool low = false;       // active and available below the safety stock
    qint64 available() const { return onHand - reserved; }
};

struct Warehouse
{
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
    bool active = true;
    qint64 version = 0;
    bool operator==(const Warehouse&) const = default;
};

// One product in one warehouse.
struct StockLevel
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    QString warehouseCode;
    QString warehouseName;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available() const { return onHand - reserved; }
};

namespace catalogue {
// A SKU as stored: trimmed, upper case. Letters, digits and - _ . / only.
QString normalizeSku(const QString& sku);
bool isValidSku(const QString& sku);
// A warehouse code as stored: trimmed, upper case, letters, digits, - and _.
QString normalizeWarehouseCode(const QString& code);
bool isValidWarehouseCode(const QString& code);
// The product's price as a unit price for an order in orderCurrency: the
// catalogue's price when the order is in the catalogue's currency, nothing
// otherwise (prices are never converted, and a price in one currency is
// never relabelled as another: €12.50 must not become ¥12.50).
std::optional<Money> unitPriceFor(const Product& product, const QString& orderCurrency);
} // namespace catalogue

// ---- the ledger ----

enum class MovementKind {
    Receipt,     // goods in from a supplier: on hand +
    Reservation, // an order holds units: reserved +
    Release,     // an order lets go of units it held: reserved -
    Shipment,    // units held by an order leave: on hand -, reserved -
    Return,      // a returned item back on the shelf: on hand +
    WriteOff,    // damaged, lost, expired: on hand -
    Adjustment,  // a correction by hand: on hand +/-
    Stocktake,   // a posted count's variance: on hand +/-
    TransferOut, // leaves for another warehouse: on hand -
    TransferIn,  // arrives from another warehouse: on hand +
    Backorder,   // demand that met no stock (no change; lost-sales analytics)
};

namespace movement {
QString code(MovementKind k); // "receipt", "reservation", ...
std::optional<MovementKind> fromCode(const QString& code);
QString label(MovementKind k); // translated
QString labelForCode(const QString& code);
QList<MovementKind> all();
} // namespace movement

struct StockMovement
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString kind;
    qint64 productId = 0;
    QString sku;
    qint64 warehouseId = 0;
    QString warehouseCode;
    qint64 onHandDelta = 0;
    qint64 reservedDelta = 0;
    qint64 quantity = 0;
    Money value; // at cost, in the catalogue's currency (every kind, backorders too)
    qint64 orderId = 0;
    QString orderNumber;
    qint64 shipmentId = 0;
    qint64 returnId = 0;
    qint64 stocktakeId = 0;
    qint64 transferId = 0;
    QString note;
};

// ---- stocktakes ----

enum class StocktakeState { Counting, Posted, Cancelled };

namespace stocktakestate {
QString code(StocktakeState s);
std::optional<StocktakeState> fromCode(const QString& code);
QString label(StocktakeState s);
QString labelForCode(const QString& code);
} // namespace stocktakestate

struct StocktakeLine
{
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 expected = 0;           // on hand when the count started
    std::optional<qint64> counted; // not counted yet: nullopt
    qint64 onHandAtCount = 0;      // on hand when the count was entered
    qint64 onHandNow = 0;          // on hand now
    // Units that moved since the count was entered (or since the start while
    // uncounted): the count is compared with the stock of its own moment.
    qint64 movedSince() const { return onHandNow - (counted ? onHandAtCount : expected); }
    // What posting adds to the stock: counted minus the stock when counted.
    qint64 variance() const { return counted ? *counted - onHandAtCount : 0; }
};

struct Stocktake
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString warehouseCode;
    QString state; // counting, posted, cancelled
    QString note;
    QDateTime startedAt;
    QString startedBy;
    QDateTime postedAt;
    QString postedBy;
    qint64 lines = 0;
    qint64 counted = 0;
    qint64 version = 0;
};

// ---- transfers ----

enum class TransferState { Draft, InTransit, Received, Cancelled };

namespace transferstate {
QString code(TransferState s);
std::optional<TransferState> fromCode(const QString& code);
QString label(TransferState s);
QString labelForCode(const QString& code);
} // namespace transferstate

struct TransferLine
{
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 quantity = 0;
    std::optional<qint64> received; // set when the transfer is received
    qint64 shortfall() const { return received ? quantity - *received : 0; }
};

struct Transfer
{
    qint64 id = 0;
    qint64 fromWarehouseId = 0;
    QString fromCode;
    qint64 toWarehouseId = 0;
    QString toCode;
    QString state; // draft, in_transit, received, cancelled
    QString note;
    QDateTime createdAt;
    QString createdBy;
    QDateTime sentAt;
    QString sentBy;
    QDateTime receivedAt;
    QString receivedBy;
    qint64 version = 0;
    QList<TransferLine> lines;
};

// What the ledger check found (StockStore::verify): every difference between
// the cached figures and the sums of the ledger, in words.
struct StockVerification
{
    qint64 movements = 0;
    qint64 levels = 0;
    QStringList problems; // empty: cache = ledger
    bool ok() const { return problems.isEmpty(); }
};

} // namespace docket
