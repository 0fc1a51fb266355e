#pragma once

#include "stores/orderfilter.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace docket {

// How the order list is laid out: which columns show, in which order and how
// wide, and the sort. Kept per user (the list's own layout, in the desk's
// settings) and in every saved view. Stored as JSON by column key, so a
// column added later (issue 15's "due") leaves older layouts valid.
struct ListLayout
{
    QStringList columns;        // visible columns in order (ordercolumns keys)
    QHash<QString, int> widths; // px, by key; a missing key: the column's default
    OrderSort sort;

    // The list of a new user: the default columns by created time, newest first.
    static ListLayout defaults();
    // Unknown columns dropped, the order number first; an empty or unreadable
    // text gives defaults().
    static ListLayout fromJson(const QString& json);
    QString toJson() const;
    int width(const QString& key) const; // stored or default
    bool operator==(const ListLayout&) const = default;
};

} // namespace docket
