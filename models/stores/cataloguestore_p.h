#pragma once

// What the files of CatalogueStore (cataloguestore.cpp: products and stock
// reads; cataloguewarehouses.cpp; cataloguecsv.cpp: product files) share.

#include "db/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace docket::catalogue_p {

// An audit value: the object as compact JSON.
inline QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// SKU and name sort in code-point order on both backends.
inline QString collateC(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral(" COLLATE \"C\"") : QString();
}

} // namespace docket::catalogue_p
