#include "undoconflicts.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "orderfilter.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace docket {

namespace {

constexpr qsizetype kChunk = OrderStore::kBatchChunk;

struct Row
{
    qint64 version = 0;
    QString number;
    qint64 seenAt = 0;
    QString seenBy;
};

// What happened to an order last: its newest events (one moment, one
// person), e.g. "Edited: City, Email" by "max" at a time.
struct Last
{
    QDateTime at;
    QString actor;
    QStringList what;
};

QString describe(const QString& kind, const QString& field)
{
    const QString label = eventKindLabel(kind);
    if (kind == QLatin1String("edited") && !field.isEmpty())
        return label + QStringLiteral(": ") + fieldLabel(field);
    return label;
}

} // namespace

UndoPlan UndoConflicts::plan(const QSqlDatabase& db, const Session& session, UndoKind kind,
                             const BatchRecord& done)
{
    session.require(Permission::ViewOrders);
    UndoPlan out;
    if (kind == UndoKind::Delete) {
        out.rest = done;
        return out;
    }
    const Backend backend = sql::backendOf(db);
    const QString list = dialect::idListSubquery(backend);
    const SqlClause scope = orderquery::scope(session);
    const QList<qint64> ids = done.ids();

    // The orders as they are now, as this session may see them.
    QHash<qint64, Row> rows;
    rows.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        QSqlQuery q =
            sql::run(db,
                     QStringLiteral("SELECT o.id, o.version, o.number, "
                                    "COALESCE(o.seen_at, 0), COALESCE(o.seen_by, '') "
                                    "FROM orders o WHERE o.id IN %1 AND %2")
                         .arg(list, scope.sql),
                     QVariantList{dialect::idListParam(backend, ids.mid(i, kChunk))} + scope.binds);
        while (q.next())
            rows.insert(q.value(0).toLongLong(),
                        Row{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                            q.value(4).toString()});
    }

    QList<qint64> changed; // present, but not as the batch left them
    QSet<qint64> seen;     // each order once (a record lists an order once, but be sure)
    for (const BatchRecord::Entry& e : done.entries) {
        if (seen.contains(e.id))
            continue;
        seen.insert(e.id);
        const auto it = rows.constFind(e.id);
        if (it == rows.cend()) {
            out.conflicts << UndoConflict{
                e.id,
                orderquery::formatOrderNumber(e.id),
                tr("No longer exists, or is no longer among the orders you can see"),
                {},
                {}};
            continue;
        }
        const bool same = kind == UndoKind::Seen
                              ? it->seenAt == e.seenAt && it->seenBy == session.userName()
                              : it->version == e.version;
        if (same)
            out.rest.entries << e;
        else
            changed << e.id;
    }

    // Who changed the others, and how: each one's newest events.
    QHash<qint64, Last> last;
    for (qsizetype i = 0; i < changed.size(); i += kChunk) {
        QSqlQuery q = sql::run(db,
                               QStringLiteral("SELECT e.order_id, e.at, e.actor, e.kind, e.field "
                                              "FROM order_events e WHERE e.order_id IN %1 AND "
                                              "e.at = (SELECT MAX(x.at) FROM order_events x "
                                              "WHERE x.order_id = e.order_id) ORDER BY e.id")
                                   .arg(list),
                               {dialect::idListParam(backend, changed.mid(i, kChunk))});
        while (q.next()) {
            Last& l = last[q.value(0).toLongLong()];
            const QString actor = q.value(2).toString();
            if (!l.actor.isEmpty() && l.actor != actor)
                l.what.clear(); // the same second, someone else after: theirs
            l.at = sql::utcTime(q.value(1));
            l.actor = actor;
            const QString what = describe(q.value(3).toString(), q.value(4).toString());
            if (!l.what.contains(what))
                l.what << what;
        }
    }
    for (qint64 id : changed) {
        const Row& r = rows[id];
        const Last l = last.value(id);
        QString what = l.what.join(QStringLiteral(", "));
        if (kind == UndoKind::Seen && r.seenAt == 0)
            what = eventKindLabel(QStringLiteral("unseen"));
        else if (kind == UndoKind::Seen && r.seenBy != session.userName())
            what = tr("Marked seen by %1").arg(r.seenBy);
        if (what.isEmpty())
            what = tr("Changed since");
        out.conflicts << UndoConflict{id, r.number, what, l.actor, l.at};
    }
    std::sort(out.conflicts.begin(), out.conflicts.end(),
              [](const UndoConflict& a, const UndoConflict& b) { return a.number < b.number; });
    return out;
}

} // namespace docket
