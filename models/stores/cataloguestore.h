#pragma once

#include "db/sqlclause.h"
#include "domain/session.h"
#include "domain/stock.h"
#include "orderfilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace docket {

// What the catalogue page asks for. All criteria combine with AND.
struct CatalogueFilter
{
    enum class Activity { Active, Inactive, All };

    QString text;           // SKU or words of the name ("kett", "sku-100")
    qint64 warehouseId = 0; // 0: every warehouse (totals); else the products stocked there
    bool lowOnly = false;   // available below the safety stock
    bool backorderedOnly = false;
    Activity activity = Activity::Active;
    bool operator==(const CatalogueFilter&) const = default;
};

// Which stock levels (one product in one warehouse) to list; empty: all.
struct StockLevelFilter
{
    QStringList skus;           // as typed or in upper case, as bySku() finds them
    QStringList warehouseCodes; // each must name a warehouse
};

// One product's stock in one warehouse: what the catalogue page shows in its
// warehouse table.
struct StockLevelRow
{
    Product product;
    StockLevel level;
};

struct StockLevelPage
{
    QList<StockLevelRow> rows;
    QString nextCursor; // empty: this was the last page
};

enum class ProductColumn { Sku, Name, Price, Available };

struct CatalogueSort
{
    ProductColumn column = ProductColumn::Sku;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const CatalogueSort&) const = default;
};

// The catalogue (one store for it): products and their stock, warehouses, the warehouse of each
// sales channel. Everyone who may view orders reads it; changing it needs
// "manage catalogue". Every change is one transaction with its line in the
// security log. On PostgreSQL the server's functions check the right again
// and write (docket_product_save, docket_warehouse_save,
// docket_channel_warehouse_set; resources/sql/postgres/*_stock.sql).
class CatalogueStore
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)

public:
    CatalogueStore(QSqlDatabase db, Session session);

    const Session& session() const { return m_session; }
    QSqlDatabase database() const { return m_db; }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // The catalogue's currency (shop::catalogueCurrency): prices, costs and
    // stock values are in it; a product in another is refused.
    QString currency() const;
    // Whether any product has a price or cost, or any stock movement a value:
    // then the catalogue's currency stays as it is (amounts are not converted).
    static bool holdsAmounts(const QSqlDatabase& db);

    // ---- warehouses ----
    QList<Warehouse> warehouses() const;  // by code, inactive ones too
    Warehouse warehouse(qint64 id) const; // NotFound
    std::optional<Warehouse> warehouseByCode(const QString& code) const;
    // Channel code -> warehouse id, for the channels that track stock.
    QMap<QString, qint64> channelWarehouses() const;
    // Creates (id 0) or saves; returns the id. Conflict when it was changed
    // meanwhile (version) or the code is taken.
    qint64 saveWarehouse(const Warehouse& warehouse);
    // The warehouse `channel`'s orders reserve in; 0: none (the channel stops
    // tracking stock). The channel's open orders follow at once.
    void setChannelWarehouse(const QString& channelCode, qint64 warehouseId);

    // ---- products ----
    Product product(qint64 id) const; // NotFound
    // The product with this SKU (trimmed; as typed, then in upper case),
    // active or not: what an order line's SKU fills in.
    std::optional<Product> bySku(const QString& sku) const;
    // Active products whose SKU starts with `prefix` (as typed, then in upper
    // case), in SKU order, at most `limit`: an index range at any catalogue
    // size (SKU completion in the order form).
    QList<Product> completions(const QString& prefix, int limit = 20) const;
    qint64 count(const CatalogueFilter& filter) const;
    QList<ProductStock> page(const CatalogueFilter& filter, const CatalogueSort& sort,
                             qint64 offset, int limit) const;
    // Active products whose available stock is below their safety stock.
    qint64 lowStockCount() const;
    // Per warehouse, for one product (warehouses without a level left out).
    QList<StockLevel> levels(qint64 productId) const;
    // One product with its stock over every warehouse (the catalogue page's
    // row). NotFound.
    ProductStock productStock(qint64 productId) const;
    // The stock levels (products by SKU, then warehouses by code, both in
    // code-point order), `limit` (1-500) at a time from `cursor` (the
    // previous page's nextCursor; empty: the first page). A warehouse code
    // that names none is Invalid naming "warehouse"; a cursor this list did
    // not give out, Invalid naming "cursor".
    StockLevelPage levelPage(const StockLevelFilter& filter, int limit,
                             const QString& cursor = {}) const;
    // Units shipped per day over the last `days` days, per product (for the
    // days of cover); products that shipped nothing are left out.
    QHash<qint64, double> shippedPerDay(const QList<qint64>& productIds, int days = 30) const;
    // Days the available stock lasts at that rate; nullopt without sales.
    static std::optional<double> daysOfCover(qint64 available, double perDay);

    // Every problem with a product, each naming its field. Empty = valid.
    QList<FieldError> validate(const Product& product) const; // reads the currency
    static QList<FieldError> validate(const Warehouse& warehouse);
    // Creates (id 0) or saves; returns the id.
    qint64 saveProduct(const Product& product);

    // ---- CSV (import and export) ----
    // Columns: sku,name,price,cost,safety_stock,active (a header line first).
    struct ImportRow
    {
        int line = 0; // in the file, from 1 (the header is line 1)
        Product product;
        bool isNew = true;
        bool changes = false; // an existing product that the row changes
        QString error;        // empty: fine
    };
    // Reads and checks every row (header, encoding, numbers, duplicate SKUs);
    // writes nothing. Throws DocketError(Invalid) when the file itself is not
    // a product CSV (wrong header, not UTF-8, empty).
    QList<ImportRow> previewImport(const QByteArray& csv) const;
    // Writes every row, all or nothing; refused when any row has an error
    // (checked again inside the transaction). Returns the products written.
    int commitImport(const QList<ImportRow>& rows);
    QByteArray exportCsv(const CatalogueFilter& filter = {}) const;
    static QString csvHeader();

private:
    void requireView() const;
    // What a catalogue list reads (the products, joined to the stock of
    // one warehouse when the filter names one) and which of it.
    struct Where
    {
        SqlClause from;
        sql::Where conditions;
        QVariantList binds() const { return from.binds + conditions.binds(); }
    };
    Where where(const CatalogueFilter& filter) const;
    // Writes in the caller's transaction; `money` is the catalogue's currency
    // read in it: a product in another is a Conflict (it changed meanwhile).
    qint64 writeProduct(const Product& p, qint64 ts, const QString& money);

    QSqlDatabase m_db;
    Session m_session;
    Backend m_backend;
    std::function<qint64()> m_clock;
};

} // namespace docket
