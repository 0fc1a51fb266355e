#pragma once

// Shared by orderfilter.cpp, orderreads.cpp and sortanchors.cpp; not for other
// code.

#include "orderstore.h"

#include "db/sqlclause.h"
#include "domain/session.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace docket {

struct OrderFilter;

namespace orderquery {
// Whether the filter or the session's scope narrows the list by a column
// that PostgreSQL indexes in a valid and an invalid half (migrations 0083,
// 0099: the customer's keys, the keyword's words, channel, assignee,
// creator): where() then names both halves for the "all orders" view, and
// OrderStore reads that list in halves (orderreads.cpp).
bool namesIndexHalves(const OrderFilter& filter, const Session& session);

// The list's rows as a FROM item named `o`: "orders o WHERE <where><seek>",
// or, in halves, the valid and the invalid orders as one UNION ALL
// (orderreads.cpp).
SqlClause listRows(const SqlClause& where, const QString& seek, const QVariantList& seekBinds,
                   bool inHalves);
} // namespace orderquery

// The sort anchors a store keeps (sortanchors.cpp).
struct OrderStore::SortAnchorCache
{
    struct List
    {
        QString list;          // sort key, direction, WHERE and its values
        QString stamp;         // the data the anchors were read from
        QList<SortKey> keys;   // keys[i]: the key of list row (i + 1) * the step
        bool complete = false; // the list has no row where the next anchor would be
    };
    QList<List> lists; // the most recently used first
    qint64 lastSkip = 0;
    qint64 lookups = 0;
    qint64 lastKeywordWindow = 0;            // keywordwindow.cpp
    std::optional<bool> listVersionReadable; // PostgreSQL: order_list_version
};

} // namespace docket
