#include "cataloguestore.h"
#include "cataloguestore_p.h"
#include "shopsettingsstore.h"

#include "securitylog.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "domain/order.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace docket {

using catalogue_p::collateC;
using catalogue_p::json;

namespace {

QString productText(const Product& p)
{
    return QStringLiteral("%1; %2; cost %3; safety %4%5")
        .arg(p.name, p.price.toPlainString(), p.cost.toPlainString())
        .arg(p.safetyStock)
        .arg(p.active ? QString() : QStringLiteral("; inactive"));
}

Product productFrom(const QSqlQuery& q, int i, const QString& currency)
{
    Product p;
    p.id = q.value(i).toLongLong();
    p.sku = q.value(i + 1).toString();
    p.name = q.value(i + 2).toString();
    p.price = Money(q.value(i + 3).toLongLong(), currency);
    p.cost = Money(q.value(i + 4).toLongLong(), currency);
    p.active = q.value(i + 5).toInt() != 0;
    p.safetyStock = q.value(i + 6).toLongLong();
    p.version = q.value(i + 7).toLongLong();
    p.updatedAt = sql::utcTime(q.value(i + 8));
    return p;
}

// A product (its columns first) followed by its stock over every
// warehouse: on hand, reserved, backordered, low.
ProductStock productStockFrom(const QSqlQuery& q, const QString& currency)
{
    ProductStock ps;
    ps.product = productFrom(q, 0, currency);
    ps.onHand = q.value(9).toLongLong();
    ps.reserved = q.value(10).toLongLong();
    ps.backordered = q.value(11).toLongLong();
    ps.low = q.value(12).toInt() != 0;
    return ps;
}

const QString kProductColumns =
    QStringLiteral("p.id, p.sku, p.name, p.unit_price_cents, p.cost_cents, p.active, "
                   "p.safety_stock, p.version, p.updated_at");

} // namespace

CatalogueStore::CatalogueStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)), m_backend(sql::backendOf(m_db)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

QString CatalogueStore::currency() const
{
    return ShopSettingsStore::catalogueCurrency(m_db);
}

bool CatalogueStore::holdsAmounts(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM products WHERE "
                           "unit_price_cents <> 0 OR cost_cents <> 0) OR EXISTS (SELECT 1 FROM "
                           "stock_movements WHERE value_cents <> 0) THEN 1 ELSE 0 END"));
    return q.next() && q.value(0).toInt() == 1;
}

void CatalogueStore::requireView() const
{
    m_session.require(Permission::ViewOrders);
}

// ---------------------------------------------------------------- products

Product CatalogueStore::product(qint64 id) const
{
    // Read first: on PostgreSQL a second query would discard a result still being read.
    const QString money = currency();
    requireView();
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT %1 FROM products p WHERE p.id = ?").arg(kProductColumns),
        {id});
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no product with the id %1.").arg(id),
                          QStringLiteral("product"));
    return productFrom(q, 0, money);
}

std::optional<Product> CatalogueStore::bySku(const QString& sku) const
{
    // Read first: on PostgreSQL a second query would discard a result still being read.
    const QString money = currency();
    requireView();
    // As typed (an order line's SKU from before the catalogue kept them in
    // upper case), then as the catalogue writes it.
    const QString typed = sku.trimmed();
    QStringList tries{typed};
    if (catalogue::normalizeSku(typed) != typed)
        tries << catalogue::normalizeSku(typed);
    for (const QString& t : tries) {
        QSqlQuery q = sql::run(
            m_db, QStringLiteral("SELECT %1 FROM products p WHERE p.sku = ?").arg(kProductColumns),
            {t});
        if (q.next())
            return productFrom(q, 0, money);
    }
    return std::nullopt;
}

QList<Product> CatalogueStore::completions(const QString& prefix, int limit) const
{
    // Read first: on PostgreSQL a second query would discard a result still being read.
    const QString money = currency();
    requireView();
    const QString typed = prefix.trimmed();
    QList<Product> out;
    if (typed.isEmpty() || limit <= 0)
        return out;
    // SKUs are usually upper case; "mug" finds "MUG-1" too.
    QStringList tries{typed};
    if (typed.toUpper() != typed)
        tries << typed.toUpper();
    const QString sku = QStringLiteral("p.sku") + collateC(m_backend);
    for (const QString& t : tries) {
        // The first string after every string that starts with `t`: in
        // code-point order the range is exactly the prefix (an index range).
        QString end = t;
        end[end.size() - 1] = QChar(end.back().unicode() + 1);
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT %1 FROM products p WHERE %2 >= ? AND %2 < ? "
                                              "AND p.active <> 0 ORDER BY %2 LIMIT ?")
                                   .arg(kProductColumns, sku),
                               {t, end, std::min(limit, 200)});
        while (q.next() && out.size() < limit) {
            const Product product = productFrom(q, 0, money);
            if (!out.contains(product))
                out << product;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Product& a, const Product& b) { return a.sku < b.sku; });
    return out;
}

CatalogueStore::Where CatalogueStore::where(const CatalogueFilter& f) const
{
    Where w;
    if (f.warehouseId) {
        w.from = {QStringLiteral("products p JOIN product_stock s ON s.product_id = p.id JOIN "
                                 "stock_levels l ON l.product_id = p.id AND l.warehouse_id = ?"),
                  {f.warehouseId}};
    } else {
        w.from = {QStringLiteral("products p JOIN product_stock s ON s.product_id = p.id"), {}};
    }
    if (f.activity == CatalogueFilter::Activity::Active)
        w.conditions.add(QStringLiteral("p.active = 1"));
    else if (f.activity == CatalogueFilter::Activity::Inactive)
        w.conditions.add(QStringLiteral("p.active = 0"));
    if (f.lowOnly)
        w.conditions.add(QStringLiteral("s.low = 1"));
    if (f.backorderedOnly)
        w.conditions.add(QStringLiteral("s.backordered > 0"));
    for (const QString& token : orderquery::keywordTokens(f.text)) {
        if (m_backend == Backend::SQLite)
            w.conditions.add(QStringLiteral("p.id IN (SELECT rowid FROM product_fts WHERE "
                                            "product_fts MATCH ?)"),
                             {dialect::ftsPrefixToken(token)});
        else
            w.conditions.add(QStringLiteral("p.search_text LIKE ('% ' || docket_fold(?) || '%')"),
                             {token});
    }
    return w;
}

qint64 CatalogueStore::count(const CatalogueFilter& filter) const
{
    requireView();
    const Where w = where(filter);
    // Every product has its stock row (a trigger adds it): without a filter
    // on the stock, the products alone are counted.
    const bool onStock = filter.warehouseId || filter.lowOnly || filter.backorderedOnly;
    return sql::scalar(
               m_db,
               QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                   .arg(onStock ? w.from.sql : QStringLiteral("products p"), w.conditions.sql()),
               w.binds())
        .toLongLong();
}

QList<ProductStock> CatalogueStore::page(const CatalogueFilter& filter, const CatalogueSort& sort,
                                         qint64 offset, int limit) const
{
    // Read first: on PostgreSQL a second query would discard a result still being read.
    const QString money = currency();
    requireView();
    const Where w = where(filter);
    QString key;
    // Ties by id; sorted by available over every warehouse, by the stock
    // row's copy of it, so product_stock_available (available, product_id)
    // gives the order and the first page reads 100 entries, not a sort of
    // every product.
    QString tie = QStringLiteral("p.id");
    switch (sort.column) {
    case ProductColumn::Sku:
        key = QStringLiteral("p.sku") + collateC(m_backend);
        break;
    case ProductColumn::Name:
        key = QStringLiteral("p.name") + collateC(m_backend);
        break;
    case ProductColumn::Price:
        key = QStringLiteral("p.unit_price_cents");
        break;
    case ProductColumn::Available:
        key = filter.warehouseId ? QStringLiteral("(l.on_hand - l.reserved)")
                                 : QStringLiteral("(s.on_hand - s.reserved)");
        if (!filter.warehouseId)
            tie = QStringLiteral("s.product_id");
        break;
    }
    const QString dir =
        sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString stock = filter.warehouseId ? QStringLiteral("l.on_hand, l.reserved")
                                             : QStringLiteral("s.on_hand, s.reserved");
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT %1, %2, s.backordered, s.low FROM %3 WHERE %4 ORDER BY %5 %6, %7 "
                       "%6 LIMIT ? OFFSET ?")
            .arg(kProductColumns, stock, w.from.sql, w.conditions.sql(), key, dir, tie),
        w.binds() + QVariantList{limit, offset});
    QList<ProductStock> out;
    while (q.next())
        out << productStockFrom(q, money);
    return out;
}

qint64 CatalogueStore::lowStockCount() const
{
    requireView();
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM product_stock WHERE low = 1"))
        .toLongLong();
}

QList<StockLevel> CatalogueStore::levels(qint64 productId) const
{
    requireView();
    QList<StockLevel> out;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT l.product_id, l.warehouse_id, w.code, w.name, "
                                          "l.on_hand, l.reserved FROM stock_levels l JOIN "
                                          "warehouses w ON w.id = l.warehouse_id WHERE "
                                          "l.product_id = ? ORDER BY w.code"),
                           {productId});
    while (q.next())
        out << StockLevel{q.value(0).toLongLong(), q.value(1).toLongLong(),
                          q.value(2).toString(),   q.value(3).toString(),
                          q.value(4).toLongLong(), q.value(5).toLongLong()};
    return out;
}

ProductStock CatalogueStore::productStock(qint64 productId) const
{
    // Read first: on PostgreSQL a second query would discard a result still being read.
    const QString money = currency();
    requireView();
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT %1, s.on_hand, s.reserved, s.backordered, s.low "
                                          "FROM products p JOIN product_stock s ON s.product_id = "
                                          "p.id WHERE p.id = ?")
                               .arg(kProductColumns),
                           {productId});
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no product with the id %1.").arg(productId));
    return productStockFrom(q, money);
}

namespace {

// The last row's SKU and warehouse code, base64url of a JSON array: opaque
// to callers.
QString levelCursor(const QString& sku, const QString& warehouse)
{
    return QString::fromLatin1(
        QJsonDocument(QJsonArray{QStringLiteral("l"), sku, warehouse})
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<QString, QString>> readLevelCursor(const QString& cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonArray a = QJsonDocument::fromJson(decoded.decoded).array();
    if (a.size() != 3 || a.at(0).toString() != QLatin1String("l") || !a.at(1).isString() ||
        !a.at(2).isString())
        return std::nullopt;
    return std::make_pair(a.at(1).toString(), a.at(2).toString());
}

} // namespace

StockLevelPage CatalogueStore::levelPage(const StockLevelFilter& filter, int limit,
                                         const QString& cursor) const
{
    // Read first: on PostgreSQL a second query would discard a result still being read.
    const QString money = currency();
    requireView();
    limit = qBound(1, limit, 500);
    sql::Where where;
    if (!filter.skus.isEmpty()) {
        QStringList tries;
        for (const QString& sku : filter.skus) {
            const QString typed = sku.trimmed();
            tries << typed << catalogue::normalizeSku(typed);
        }
        tries.removeDuplicates();
        where.add(sql::inList(QStringLiteral("p.sku"), tries));
    }
    if (!filter.warehouseCodes.isEmpty()) {
        QList<qint64> ids;
        for (const QString& code : filter.warehouseCodes) {
            const auto w = warehouseByCode(code.trimmed());
            if (!w) {
                QStringList codes;
                for (const Warehouse& k : warehouses())
                    codes << k.code;
                throw DocketError(DocketError::Code::Invalid,
                                  tr("There is no warehouse \"%1\" (the warehouses: %2).")
                                      .arg(code, codes.join(QStringLiteral(", "))),
                                  QStringLiteral("warehouse"));
            }
            ids << w->id;
        }
        where.add(QStringLiteral("l.warehouse_id IN %1").arg(dialect::idListSubquery(m_backend)),
                  {dialect::idListParam(m_backend, ids)});
    }
    const QString sku = QStringLiteral("p.sku") + collateC(m_backend);
    const QString code = QStringLiteral("w.code") + collateC(m_backend);
    if (!cursor.isEmpty()) {
        const auto at = readLevelCursor(cursor);
        if (!at)
            throw DocketError(DocketError::Code::Invalid,
                              tr("The cursor is not one this list gave out."),
                              QStringLiteral("cursor"));
        where.add(QStringLiteral("(%1 > ? OR (%1 = ? AND %2 > ?))").arg(sku, code),
                  {at->first, at->first, at->second});
    }
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT %1, l.warehouse_id, w.code, w.name, l.on_hand, l.reserved FROM "
                       "stock_levels l JOIN products p ON p.id = l.product_id JOIN warehouses w "
                       "ON w.id = l.warehouse_id WHERE %2 ORDER BY %3, %4 LIMIT ?")
            .arg(kProductColumns, where.sql(), sku, code),
        where.binds() + QVariantList{limit + 1});
    StockLevelPage page;
    while (q.next()) {
        StockLevelRow r;
        r.product = productFrom(q, 0, money);
        r.level =
            StockLevel{r.product.id,           q.value(9).toLongLong(),  q.value(10).toString(),
                       q.value(11).toString(), q.value(12).toLongLong(), q.value(13).toLongLong()};
        page.rows << r;
    }
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        const StockLevelRow& last = page.rows.last();
        page.nextCursor = levelCursor(last.product.sku, last.level.warehouseCode);
    }
    return page;
}

QHash<qint64, double> CatalogueStore::shippedPerDay(const QList<qint64>& productIds, int days) const
{
    requireView();
    QHash<qint64, double> out;
    if (productIds.isEmpty() || days <= 0)
        return out;
    const qint64 today = now() - now() % 86400;
    const qint64 since = today - qint64(days - 1) * 86400;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT product_id, SUM(quantity) FROM stock_daily "
                                          "WHERE product_id IN %1 AND day >= ? AND kind = "
                                          "'shipment' GROUP BY product_id")
                               .arg(dialect::idListSubquery(m_backend)),
                           {dialect::idListParam(m_backend, productIds), since});
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toDouble() / days);
    return out;
}

std::optional<double> CatalogueStore::daysOfCover(qint64 available, double perDay)
{
    if (perDay <= 0)
        return std::nullopt;
    return std::max<double>(0, double(available) / perDay);
}

QList<FieldError> CatalogueStore::validate(const Product& p) const
{
    const QString money = currency();
    QList<FieldError> errors;
    const QString sku = catalogue::normalizeSku(p.sku);
    if (!catalogue::isValidSku(sku))
        errors.push_back({QStringLiteral("sku"),
                          tr("\"%1\" is not a SKU: use 1 to 64 letters, digits, - _ . and /, "
                             "starting with a letter or digit.")
                              .arg(p.sku.trimmed())});
    if (p.name.trimmed().isEmpty())
        errors.push_back({QStringLiteral("name"), tr("The product needs a name.")});
    else if (p.name.trimmed().size() > 200)
        errors.push_back({QStringLiteral("name"), tr("The product name is too long.")});
    if (p.price.minorUnits() < 0 || p.price.minorUnits() > 100000000000LL)
        errors.push_back({QStringLiteral("price"), tr("The price is out of range.")});
    if (p.cost.minorUnits() < 0 || p.cost.minorUnits() > 100000000000LL)
        errors.push_back({QStringLiteral("cost"), tr("The cost price is out of range.")});
    if (p.price.currency() != money || p.cost.currency() != money)
        errors.push_back({QStringLiteral("price"), tr("Catalogue prices are in %1.").arg(money)});
    if (p.safetyStock < 0 || p.safetyStock > 1000000000)
        errors.push_back({QStringLiteral("safety_stock"),
                          tr("The safety stock must be a whole number from 0 to 1,000,000,000.")});
    return errors;
}

qint64 CatalogueStore::writeProduct(const Product& in, qint64 ts, const QString& money)
{
    if (in.price.currency() != money || in.cost.currency() != money)
        throw DocketError(DocketError::Code::Conflict,
                          tr("The catalogue's prices are in %1 now; nothing was saved. Look at "
                             "the product again.")
                              .arg(money),
                          QStringLiteral("price"));
    Product p = in;
    p.sku = catalogue::normalizeSku(in.sku);
    p.name = in.name.trimmed();
    std::optional<Product> old;
    if (p.id) {
        QSqlQuery q = sql::run(
            m_db, QStringLiteral("SELECT %1 FROM products p WHERE p.id = ?").arg(kProductColumns),
            {p.id});
        if (!q.next())
            throw DocketError(DocketError::Code::NotFound,
                              tr("There is no product with the id %1.").arg(p.id));
        old = productFrom(q, 0, money);
        if (old->version != p.version)
            throw DocketError(DocketError::Code::Conflict,
                              tr("Product %1 was changed by someone else meanwhile; look at it "
                                 "again.")
                                  .arg(old->sku));
    }
    const qint64 taken =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM products WHERE sku = ?"), {p.sku}, 0)
            .toLongLong();
    if (taken && taken != p.id)
        throw DocketError(DocketError::Code::Conflict,
                          tr("A product with the SKU %1 already exists.").arg(p.sku),
                          QStringLiteral("sku"));
    if (m_backend == Backend::PostgreSQL)
        return sql::scalar(
                   m_db,
                   QStringLiteral("SELECT docket_product_save(CAST(? AS bigint), CAST(? AS "
                                  "bigint), CAST(? AS jsonb))"),
                   {p.id, p.version,
                    json({{QStringLiteral("sku"), p.sku},
                          {QStringLiteral("name"), p.name},
                          {QStringLiteral("price_cents"), QString::number(p.price.minorUnits())},
                          {QStringLiteral("cost_cents"), QString::number(p.cost.minorUnits())},
                          {QStringLiteral("safety_stock"), QString::number(p.safetyStock)},
                          {QStringLiteral("active"),
                           p.active ? QStringLiteral("1") : QStringLiteral("0")}})})
            .toLongLong();
    if (!old) {
        sql::run(m_db,
                 QStringLiteral("INSERT INTO products(sku, name, unit_price_cents, cost_cents, "
                                "active, safety_stock, updated_at, version) VALUES (?, ?, ?, ?, "
                                "?, ?, ?, 1)"),
                 {p.sku, p.name, qint64(p.price.minorUnits()), qint64(p.cost.minorUnits()),
                  p.active ? 1 : 0, p.safetyStock, ts});
        const qint64 id =
            sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("product_created"),
                              p.sku, {}, productText(p));
        return id;
    }
    if (old->sku == p.sku && old->name == p.name && old->price == p.price && old->cost == p.cost &&
        old->active == p.active && old->safetyStock == p.safetyStock)
        return p.id;
    sql::run(m_db,
             QStringLiteral("UPDATE products SET sku = ?, name = ?, unit_price_cents = ?, "
                            "cost_cents = ?, active = ?, safety_stock = ?, updated_at = ?, "
                            "version = version + 1 WHERE id = ?"),
             {p.sku, p.name, qint64(p.price.minorUnits()), qint64(p.cost.minorUnits()),
              p.active ? 1 : 0, p.safetyStock, ts, p.id});
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("product_changed"), p.sku,
                          old->sku + QStringLiteral("; ") + productText(*old),
                          p.sku + QStringLiteral("; ") + productText(p));
    return p.id;
}

qint64 CatalogueStore::saveProduct(const Product& p)
{
    m_session.require(Permission::ManageCatalogue);
    if (const auto errors = validate(p); !errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    if (m_backend == Backend::PostgreSQL)
        dialect::setAuditContext(m_db, m_session.userName(), ts);
    const qint64 id = writeProduct(p, ts, currency());
    tx.commit();
    return id;
}

} // namespace docket
