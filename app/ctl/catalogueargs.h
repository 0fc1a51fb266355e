#pragma once

// Arguments that name the catalogue's things (a warehouse by its code, a
// product by its SKU, SKU QTY pairs) and read a file, shared by the
// catalogue's commands (cataloguecommands.cpp) and the stock's
// (stockcommands.cpp).

#include "domain/stock.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace docket {
class CatalogueStore;
struct CatalogueFilter;
} // namespace docket

namespace docket::ctl {

class Args;

// The file's bytes; "-" is standard input.
QByteArray readFile(const QString& path);
// A whole number written exactly (no sign, spaces or leading zeros).
qint64 wholeArg(const QString& text, const QString& what, qint64 min, qint64 max);
Warehouse warehouseArg(const CatalogueStore& cat, const std::optional<QString>& code,
                       const QString& option);
Product productArg(const CatalogueStore& cat, const QString& sku);
// SKU QTY pairs.
QList<QPair<Product, qint64>> skuQuantities(const CatalogueStore& cat, const QStringList& rest,
                                            qint64 min);
// --search, --warehouse, --low, --backordered, --inactive, --all.
CatalogueFilter readCatalogueFilter(Args& a, const CatalogueStore& cat);

} // namespace docket::ctl
