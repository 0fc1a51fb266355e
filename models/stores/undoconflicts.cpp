#include "undoconflicts.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "orderfilter.h"
#include "orderstore_p.h"

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
        return UndoConflicts::tr("%1: %2", "an edit and the field it changed (Edited: City)")
            .arg(label, fieldLabel(field));
    return label;
}

// An order's changes as one text: "Marked valid again, Marked invalid" in
// English, joined with 、 in Chinese (the language's list separator).
QString listed(const QStringList& what)
{
    return what.join(UndoConflicts::tr(", ", "separator of the changes listed for one order"));
}

// Each order's newest events (one moment, one person).
QHash<qint64, Last> lastEvents(const QSqlDatabase& db, Backend backend, const QList<qint64>& ids)
{
    const QString list = dialect::idListSubquery(backend);
    QHash<qint64, Last> last;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        QSqlQuery q = sql::run(db,
                               QStringLiteral("SELECT e.order_id, e.at, e.actor, e.kind, e.field "
                                              "FROM order_events e WHERE e.order_id IN %1 AND "
                                              "e.at = (SELECT MAX(x.at) FROM order_events x "
                                              "WHERE x.order_id = e.order_id) ORDER BY e.id")
                                   .arg(list),
                               {dialect::idListParam(backend, ids.mid(i, kChunk))});
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
    return last;
}

// The number an entry's order had (older records hold none: the default form).
QString numberOf(const BatchRecord::Entry& e)
{
    return e.number.isEmpty() ? orderquery::formatOrderNumber(e.id) : e.number;
}

void sortByNumber(QList<UndoConflict>& conflicts)
{
    std::sort(conflicts.begin(), conflicts.end(),
              [](const UndoConflict& a, const UndoConflict& b) { return a.number < b.number; });
}

} // namespace

UndoPlan UndoConflicts::plan(const QSqlDatabase& db, const Session& session, UndoKind kind,
                             const BatchRecord& done, UndoDirection direction)
{
    session.require(Permission::ViewOrders);
    const bool undo = direction == UndoDirection::Undo;
    if ((kind == UndoKind::Delete && undo) || (kind == UndoKind::Restore && !undo))
        return archivePlan(db, session, done);
    UndoPlan out;
    if (kind == UndoKind::Seen && !undo) {
        out.rest = done; // marks seen what is new, leaves the rest
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
                numberOf(e),
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
    const QHash<qint64, Last> last = lastEvents(db, backend, changed);
    for (qint64 id : changed) {
        const Row& r = rows[id];
        const Last l = last.value(id);
        QString what = listed(l.what);
        if (kind == UndoKind::Seen && r.seenAt == 0)
            what = eventKindLabel(QStringLiteral("unseen"));
        else if (kind == UndoKind::Seen && r.seenBy != session.userName())
            what = tr("Marked seen by %1").arg(r.seenBy);
        if (what.isEmpty())
            what = tr("Changed since");
        out.conflicts << UndoConflict{id, r.number, what, l.actor, l.at};
    }
    sortByNumber(out.conflicts);
    return out;
}

UndoPlan UndoConflicts::archivePlan(const QSqlDatabase& db, const Session& session,
                                    const BatchRecord& done)
{
    const Backend backend = sql::backendOf(db);
    const SqlClause scope = orderquery::scope(session);
    UndoPlan out;

    // The entries still in the archive, as this session sees it.
    QList<qint64> archiveIds;
    archiveIds.reserve(done.size());
    for (const BatchRecord::Entry& e : done.entries)
        archiveIds << e.archiveId;
    QSet<qint64> present;
    for (qsizetype i = 0; i < archiveIds.size(); i += kChunk) {
        QSqlQuery q = sql::run(
            db,
            QStringLiteral("SELECT o.id FROM %1 WHERE o.id IN %2 AND %3")
                .arg(orderrows::scopedArchive(backend), dialect::idListSubquery(backend),
                     scope.sql),
            QVariantList{dialect::idListParam(backend, archiveIds.mid(i, kChunk))} + scope.binds);
        while (q.next())
            present.insert(q.value(0).toLongLong());
    }

    // The orders that have an entry's number now: the entry's order restored
    // (its entry is gone), or another order that took the number.
    QStringList numbers;
    numbers.reserve(done.size());
    for (const BatchRecord::Entry& e : done.entries)
        numbers << numberOf(e);
    QHash<QString, qint64> holders; // number -> order id
    for (qsizetype i = 0; i < numbers.size(); i += kChunk) {
        QSqlQuery q = sql::run(
            db,
            QStringLiteral("SELECT o.number, o.id FROM orders o WHERE o.number "
                           "IN %1 AND %2")
                .arg(dialect::textListSubquery(backend), scope.sql),
            QVariantList{dialect::textListParam(backend, numbers.mid(i, kChunk))} + scope.binds);
        while (q.next())
            holders.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QList<qint64> held;
    for (qint64 id : std::as_const(holders))
        held << id;
    const QHash<qint64, Last> last = lastEvents(db, backend, held);

    for (const BatchRecord::Entry& e : done.entries) {
        const QString number = numberOf(e);
        const auto holder = holders.constFind(number);
        if (present.contains(e.archiveId) && holder == holders.cend()) {
            out.rest.entries << e;
            continue;
        }
        UndoConflict c{e.id, number, {}, {}, {}};
        if (holder != holders.cend()) {
            // Restored since (by whom, when), or the number is another order's now.
            const Last l = last.value(*holder);
            c.id = *holder;
            c.who = l.actor;
            c.when = l.at;
            c.what = present.contains(e.archiveId)
                         ? tr("Another order has this number now")
                         : (l.what.isEmpty() ? eventKindLabel(QStringLiteral("restored"))
                                             : listed(l.what));
        } else {
            c.what = tr("No longer in the archive (purged), or no longer among the orders you "
                        "can see");
        }
        out.conflicts << c;
    }
    sortByNumber(out.conflicts);
    return out;
}

} // namespace docket
