// CatalogueStore: products as a CSV file, read with a preview that names
// every bad row and written all or nothing, and exported.

#include "cataloguestore.h"
#include "cataloguestore_p.h"
#include "csvreader.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace docket {

using catalogue_p::collateC;

// ---------------------------------------------------------------- CSV

QString CatalogueStore::csvHeader()
{
    return QStringLiteral("sku,name,price,cost,safety_stock,active");
}

QList<CatalogueStore::ImportRow> CatalogueStore::previewImport(const QByteArray& data) const
{
    requireView();
    const csv::Table table = csv::readWithHeader(data, csvHeader());
    if (table.rows.size() > 200001)
        throw DocketError(DocketError::Code::Invalid,
                          tr("The file has more than 200,000 products; split it."),
                          QStringLiteral("file"));
    static const QRegularExpression whole(QStringLiteral("^(0|[1-9][0-9]{0,9})$"));
    QHash<QString, int> seen;
    QList<ImportRow> out;
    const QString money = currency();
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const csv::Row& row = table.rows[r];
        ImportRow ir;
        ir.line = row.line;
        auto fail = [&](const QString& why) {
            if (ir.error.isEmpty())
                ir.error = tr("Line %1: %2").arg(row.line).arg(why);
        };
        if (row.fields.size() != 6) {
            fail(tr("%n field(s) instead of 6.", nullptr, int(row.fields.size())));
            out << ir;
            continue;
        }
        const QStringList f = row.fields;
        Product& p = ir.product;
        p.sku = catalogue::normalizeSku(f[0]);
        p.name = f[1].trimmed();
        // What exportCsv() wrote to keep a spreadsheet from running it as a formula.
        if (p.name.size() > 1 && p.name[0] == QLatin1Char('\'') &&
            QStringLiteral("=+-@").contains(p.name[1]))
            p.name.remove(0, 1);
        const auto price = Money::parse(f[2].trimmed(), money);
        const auto cost = f[3].trimmed().isEmpty() ? std::optional<Money>(Money(0, money))
                                                   : Money::parse(f[3].trimmed(), money);
        if (!price || price->minorUnits() < 0)
            fail(tr("the price \"%1\" is not an amount such as 12.50.").arg(f[2].trimmed()));
        else
            p.price = *price;
        if (!cost || cost->minorUnits() < 0)
            fail(tr("the cost \"%1\" is not an amount such as 7.25.").arg(f[3].trimmed()));
        else
            p.cost = *cost;
        const QString safety = f[4].trimmed();
        if (safety.isEmpty())
            p.safetyStock = 0;
        else if (!whole.match(safety).hasMatch())
            fail(tr("the safety stock \"%1\" is not a whole number.").arg(safety));
        else
            p.safetyStock = safety.toLongLong();
        const QString active = f[5].trimmed().toLower();
        if (active.isEmpty() || active == QLatin1String("yes") || active == QLatin1String("true") ||
            active == QLatin1String("1"))
            p.active = true;
        else if (active == QLatin1String("no") || active == QLatin1String("false") ||
                 active == QLatin1String("0"))
            p.active = false;
        else
            fail(tr("active must be yes or no, not \"%1\".").arg(f[5].trimmed()));
        for (const FieldError& e : validate(p))
            fail(e.message);
        if (seen.contains(p.sku))
            fail(tr("the SKU %1 is also on line %2.").arg(p.sku).arg(seen.value(p.sku)));
        else
            seen.insert(p.sku, row.line);
        if (ir.error.isEmpty()) {
            if (const auto existing = bySku(p.sku)) {
                ir.isNew = false;
                p.id = existing->id;
                p.version = existing->version;
                ir.changes = existing->name != p.name || existing->price != p.price ||
                             existing->cost != p.cost || existing->active != p.active ||
                             existing->safetyStock != p.safetyStock;
            } else {
                ir.changes = true;
            }
        }
        out << ir;
    }
    return out;
}

int CatalogueStore::commitImport(const QList<ImportRow>& rows)
{
    m_session.require(Permission::ManageCatalogue);
    for (const ImportRow& r : rows)
        if (!r.error.isEmpty())
            throw DocketError(DocketError::Code::Invalid,
                              tr("The file has problems; nothing was imported. %1").arg(r.error),
                              QStringLiteral("file"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    if (m_backend == Backend::PostgreSQL)
        dialect::setAuditContext(m_db, m_session.userName(), ts);
    const QString money = currency(); // read in the transaction, once
    int written = 0;
    for (const ImportRow& r : rows) {
        if (!r.changes)
            continue;
        Product p = r.product;
        // Checked again: the catalogue may have changed since the preview.
        const auto existing = bySku(p.sku);
        if (r.isNew && existing)
            throw DocketError(DocketError::Code::Conflict,
                              tr("Line %1: a product with the SKU %2 was added meanwhile; "
                                 "nothing was imported. Preview the file again.")
                                  .arg(r.line)
                                  .arg(p.sku));
        if (!r.isNew && (!existing || existing->version != p.version))
            throw DocketError(DocketError::Code::Conflict,
                              tr("Line %1: product %2 was changed meanwhile; nothing was "
                                 "imported. Preview the file again.")
                                  .arg(r.line)
                                  .arg(p.sku));
        writeProduct(p, ts, money);
        ++written;
    }
    tx.commit();
    return written;
}

QByteArray CatalogueStore::exportCsv(const CatalogueFilter& filter) const
{
    requireView();
    QString out = csvHeader() + QLatin1Char('\n');
    const Where w = where(filter);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT p.sku, p.name, p.unit_price_cents, p.cost_cents, "
                                          "p.safety_stock, p.active FROM %1 WHERE %2 ORDER BY "
                                          "p.sku%3, p.id")
                               .arg(w.from.sql, w.conditions.sql(), collateC(m_backend)),
                           w.binds());
    while (q.next())
        out += csv::line({q.value(0).toString(), q.value(1).toString(),
                          Money(q.value(2).toLongLong()).toPlainString(),
                          Money(q.value(3).toLongLong()).toPlainString(), q.value(4).toString(),
                          q.value(5).toInt() ? QStringLiteral("yes") : QStringLiteral("no")});
    return out.toUtf8();
}

} // namespace docket
