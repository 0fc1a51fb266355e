#include "catalogueargs.h"

#include "args.h"
#include "ctl.h"
#include "domain/errors.h"
#include "stores/cataloguestore.h"

#include <QFile>
#include <QRegularExpression>

namespace docket::ctl {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            throw DocketError(DocketError::Code::Invalid, Ctl::tr("Cannot read standard input."));
        return f.readAll();
    }
    if (!f.open(QIODevice::ReadOnly))
        throw DocketError(DocketError::Code::Invalid,
                          Ctl::tr("Cannot read %1: %2").arg(path, f.errorString()),
                          QStringLiteral("file"));
    return f.readAll();
}

qint64 wholeArg(const QString& text, const QString& what, qint64 min, qint64 max)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,11})$"));
    if (!re.match(text).hasMatch() || text.toLongLong() < min || text.toLongLong() > max)
        throw UsageError{Ctl::tr("%1: \"%2\" is not a whole number from %L3 to %L4.")
                             .arg(what, text)
                             .arg(min)
                             .arg(max)};
    return text.toLongLong();
}

Warehouse warehouseArg(const CatalogueStore& cat, const std::optional<QString>& code,
                       const QString& option)
{
    if (!code || code->isEmpty())
        throw UsageError{
            Ctl::tr("Name the warehouse: %1 CODE (see \"warehouses list\").").arg(option)};
    const auto w = cat.warehouseByCode(*code);
    if (!w)
        throw DocketError(DocketError::Code::NotFound,
                          Ctl::tr("There is no warehouse with the code %1.").arg(*code),
                          QStringLiteral("warehouse"));
    return *w;
}

Product productArg(const CatalogueStore& cat, const QString& sku)
{
    const auto p = cat.bySku(sku);
    if (!p)
        throw DocketError(DocketError::Code::NotFound,
                          Ctl::tr("There is no product with the SKU %1.").arg(sku),
                          QStringLiteral("sku"));
    return *p;
}

QList<QPair<Product, qint64>> skuQuantities(const CatalogueStore& cat, const QStringList& rest,
                                            qint64 min)
{
    if (rest.isEmpty() || rest.size() % 2 != 0)
        throw UsageError{Ctl::tr("Give SKUs and quantities in pairs: SKU QTY [SKU QTY...].")};
    QList<QPair<Product, qint64>> out;
    for (qsizetype i = 0; i < rest.size(); i += 2)
        out.push_back(
            {productArg(cat, rest[i]), wholeArg(rest[i + 1], rest[i], min, 1'000'000'000)});
    return out;
}

CatalogueFilter readCatalogueFilter(Args& a, const CatalogueStore& cat)
{
    CatalogueFilter f;
    if (auto s = a.value(QStringLiteral("--search")))
        f.text = *s;
    if (auto w = a.value(QStringLiteral("--warehouse")))
        f.warehouseId = warehouseArg(cat, w, QStringLiteral("--warehouse")).id;
    f.lowOnly = a.flag(QStringLiteral("--low"));
    f.backorderedOnly = a.flag(QStringLiteral("--backordered"));
    if (a.flag(QStringLiteral("--inactive")))
        f.activity = CatalogueFilter::Activity::Inactive;
    if (a.flag(QStringLiteral("--all")))
        f.activity = CatalogueFilter::Activity::All;
    return f;
}

} // namespace docket::ctl
