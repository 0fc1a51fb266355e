#pragma once

// Helpers the OrderStore files share (orderwrites.cpp, orderarchive.cpp,
// orderbatches.cpp, orderrowbatches.cpp); not for other code.

#include <QList>
#include <QSet>
#include <QString>
#include <algorithm>

namespace docket::orderrows {

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
inline QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The ids once each, ascending: batches lock rows in id order (PostgreSQL,
// docket_orders_lock), so overlapping batches never deadlock.
inline QList<qint64> unique(const QList<qint64>& ids)
{
    QList<qint64> out;
    out.reserve(ids.size());
    QSet<qint64> seen;
    seen.reserve(ids.size());
    for (qint64 id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace docket::orderrows
