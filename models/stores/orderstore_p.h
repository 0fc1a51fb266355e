#pragma once

// Helpers the OrderStore files share (orderwrites.cpp, orderarchive.cpp,
// orderbatches.cpp, orderrowbatches.cpp; undoconflicts.cpp reads the
// archive as restore does); not for other code.

#include "db/database.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
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

// order_archive as "o", with the archived order's channel, creator and
// assignee as columns, so that orderquery::scope() applies to it as to orders
// (orderarchive.cpp).
QString scopedArchive(Backend backend);

} // namespace docket::orderrows

namespace docket {

// One consistent view of the database for several reads (the sort anchors
// and the page read from them): a read transaction on SQLite (BEGIN; in WAL
// mode it blocks no writer), REPEATABLE READ READ ONLY on PostgreSQL. Not
// active inside a WriteTransaction (nested), nor when BEGIN failed: the
// caller then reads without one. Ends (COMMIT) when destroyed.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace docket
