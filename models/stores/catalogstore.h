#pragma once

#include "domain/money.h"
#include "domain/session.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace docket {

// A product of the catalogue (table products): what an order line's SKU
// fills in when it is typed. The catalogue keeps no currency: `price` is in
// the minor units of the order it fills.
struct Product
{
    qint64 id = 0;
    QString sku;
    QString name;
    Money price;
    bool active = true;
    bool operator==(const Product&) const = default;
};

// Reads the catalogue for people who create or edit orders (ViewOrders; on
// PostgreSQL every login reads products).
class CatalogStore
{
public:
    CatalogStore(QSqlDatabase db, Session session);

    // Active products whose SKU starts with `prefix` (case as typed, then
    // upper case), in SKU order, at most `limit`: an index range, at any
    // catalogue size.
    QList<Product> completions(const QString& prefix, int limit = 20) const;
    // The product with exactly this SKU (trimmed), active or not.
    std::optional<Product> bySku(const QString& sku) const;

private:
    QSqlDatabase m_db;
    Session m_session;
};

} // namespace docket
