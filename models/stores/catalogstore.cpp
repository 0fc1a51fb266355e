#include "catalogstore.h"

#include "db/sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace docket {

namespace {

Product readProduct(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            Money(q.value(3).toLongLong()), q.value(4).toInt() != 0};
}

// The first string after every string that starts with `prefix`.
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.back().unicode() + 1);
    return end;
}

} // namespace

CatalogStore::CatalogStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
}

QList<Product> CatalogStore::completions(const QString& prefix, int limit) const
{
    m_session.require(Permission::ViewOrders);
    const QString p = prefix.trimmed();
    QList<Product> out;
    if (p.isEmpty() || limit <= 0)
        return out;
    // SKUs are usually upper case; "mug" finds "MUG-1" too.
    QStringList tries{p};
    if (p.toUpper() != p)
        tries << p.toUpper();
    for (const QString& t : tries) {
        // Code-point order on both backends (PostgreSQL: the products_sku_c
        // index of migration 0062), so the range is exactly the prefix.
        const QString sku = sql::backendOf(m_db) == Backend::PostgreSQL
                                ? QStringLiteral("(sku COLLATE \"C\")")
                                : QStringLiteral("sku");
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT id, sku, name, unit_price_cents, active FROM "
                                              "products WHERE %1 >= ? AND %1 < ? AND active <> 0 "
                                              "ORDER BY %1 LIMIT ?")
                                   .arg(sku),
                               {t, prefixEnd(t), std::min(limit, 200)});
        while (q.next() && out.size() < limit) {
            const Product product = readProduct(q);
            if (!out.contains(product))
                out << product;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Product& a, const Product& b) { return a.sku < b.sku; });
    return out;
}

std::optional<Product> CatalogStore::bySku(const QString& sku) const
{
    m_session.require(Permission::ViewOrders);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, sku, name, unit_price_cents, active FROM "
                                          "products WHERE sku = ?"),
                           {sku.trimmed()});
    if (!q.next())
        return std::nullopt;
    return readProduct(q);
}

} // namespace docket
