// The stock routes of the REST API (issue 16 item 3 over issue 17's
// catalogue): stock levels per SKU and warehouse, the numbers the catalogue
// page shows, read with the key's role (reading stock is "view orders", as
// on the desk). Every read and rule is CatalogueStore's; here only the query
// and the JSON.

#include "gateway.h"

#include "domain/errors.h"
#include "stores/cataloguestore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace docket::gateway {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

QJsonObject levelJson(const StockLevel& l)
{
    return QJsonObject{{QStringLiteral("warehouse"), l.warehouseCode},
                       {QStringLiteral("warehouse_name"), l.warehouseName},
                       {QStringLiteral("on_hand"), l.onHand},
                       {QStringLiteral("reserved"), l.reserved},
                       {QStringLiteral("available"), l.available()}};
}

} // namespace

HttpResponse Gateway::listStock(const Call& c)
{
    static const QStringList known{QStringLiteral("sku"), QStringLiteral("warehouse"),
                                   QStringLiteral("limit"), QStringLiteral("cursor")};
    c.principal->session.require(Permission::ViewOrders);
    StockLevelFilter filter;
    int limit = 100;
    QString cursor;
    QSet<QString> seen;
    for (const auto& [key, raw] : c.request.query.queryItems(QUrl::FullyDecoded)) {
        const QString value = raw.trimmed();
        if (!known.contains(key))
            return HttpResponse::error(
                400, QStringLiteral("bad_parameter"),
                Texts::tr("Unknown query parameter \"%1\"; the stock list takes: %2.")
                    .arg(key, known.join(QStringLiteral(", "))),
                key);
        if (seen.contains(key))
            return HttpResponse::error(400, QStringLiteral("bad_parameter"),
                                       Texts::tr("\"%1\" is given twice.").arg(key), key);
        seen.insert(key);
        if (key == QLatin1String("sku") || key == QLatin1String("warehouse")) {
            const QStringList list = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (list.isEmpty() || list.size() > 100)
                return HttpResponse::error(
                    400, QStringLiteral("bad_parameter"),
                    Texts::tr("\"%1\" takes from 1 to 100 values, comma-separated.").arg(key), key);
            (key == QLatin1String("sku") ? filter.skus : filter.warehouseCodes) = list;
        } else if (key == QLatin1String("limit")) {
            static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
            const int n = value.toInt();
            if (!digits.match(value).hasMatch() || n < 1 || n > 500)
                return HttpResponse::error(400, QStringLiteral("bad_parameter"),
                                           Texts::tr("\"limit\" is a number from 1 to 500."), key);
            limit = n;
        } else {
            cursor = value;
        }
    }
    const StockLevelPage page =
        CatalogueStore(c.db, c.principal->session).levelPage(filter, limit, cursor);
    QJsonArray rows;
    for (const StockLevelRow& r : page.rows) {
        QJsonObject o = levelJson(r.level);
        o.insert(QStringLiteral("sku"), r.product.sku);
        o.insert(QStringLiteral("name"), r.product.name);
        o.insert(QStringLiteral("active"), r.product.active);
        rows.append(o);
    }
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("stock"), rows},
                         {QStringLiteral("next_cursor"),
                          page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}});
}

HttpResponse Gateway::getStock(const Call& c)
{
    if (!c.request.query.isEmpty())
        return HttpResponse::error(400, QStringLiteral("bad_parameter"),
                                   Texts::tr("One SKU's stock takes no query parameters."),
                                   c.request.query.queryItems().value(0).first);
    const CatalogueStore catalogue(c.db, c.principal->session);
    const QString sku = c.request.param(QStringLiteral("sku"));
    const auto product = catalogue.bySku(sku);
    if (!product)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   Texts::tr("There is no product with the SKU \"%1\".").arg(sku),
                                   QStringLiteral("sku"));
    const ProductStock total = catalogue.productStock(product->id);
    QJsonArray warehouses;
    for (const StockLevel& l : catalogue.levels(product->id))
        warehouses.append(levelJson(l));
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("sku"), product->sku},
                                          {QStringLiteral("name"), product->name},
                                          {QStringLiteral("active"), product->active},
                                          {QStringLiteral("on_hand"), total.onHand},
                                          {QStringLiteral("reserved"), total.reserved},
                                          {QStringLiteral("available"), total.available()},
                                          {QStringLiteral("backordered"), total.backordered},
                                          {QStringLiteral("safety_stock"), product->safetyStock},
                                          {QStringLiteral("low"), total.low},
                                          {QStringLiteral("warehouses"), warehouses}});
}

} // namespace docket::gateway
