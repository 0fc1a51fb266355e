#include "fulfilmentstore.h"
#include "orderstore.h"

#include "orderstore_p.h"
#include "serverwrites.h"
#include "stockledger.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

// OrderStore: the bulk status change and assignment (issue 13 item 12), order
// by order through the workflow, and their undo and redo (item 9): each order
// back to the status or assignee it had, all or nothing, audited.

namespace docket {

using orderrows::nn;
using orderrows::unique;

namespace {

// "1001 (Cancelled), 1002 (marked invalid), … and 3 more"
QString someOf(const QStringList& items)
{
    constexpr int kShown = 5;
    QString text = items.mid(0, kShown).join(QStringLiteral(", "));
    if (items.size() > kShown)
        text += OrderStore::tr(" and %Ln more", nullptr, int(items.size() - kShown));
    return text;
}

// SQLite: moves the orders `ids` to `code`, a 'status' event each (with
// `note`), then each order's step and deadline (the server does the same).
void moveStatuses(const QSqlDatabase& db, const QList<qint64>& ids, const QString& code,
                  const QString& user, const QString& note, qint64 ts)
{
    const QString list = dialect::idListSubquery(Backend::SQLite);
    const QVariant idList = dialect::idListParam(Backend::SQLite, ids);
    sql::run(db,
             QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                            "old_value, new_value, note) SELECT id, ?, ?, 'status', "
                            "'status', status, ?, ? FROM orders WHERE id IN %1")
                 .arg(list),
             {ts, user, code, nn(note), idList});
    sql::run(db,
             QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, version = "
                            "version + 1 WHERE id IN %1")
                 .arg(list),
             {code, ts, idList});
    records::DeadlineSettings deadlines(db); // once for the batch
    for (qint64 id : ids)
        records::refreshDue(db, id, ts, deadlines);
}

// SQLite: assigns the orders `ids` to `to` (empty: nobody), an 'edited' event each.
void setAssignee(const QSqlDatabase& db, const QList<qint64>& ids, const QString& to,
                 const QString& user, qint64 ts)
{
    const QString list = dialect::idListSubquery(Backend::SQLite);
    const QVariant idList = dialect::idListParam(Backend::SQLite, ids);
    sql::run(db,
             QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                            "old_value, new_value) SELECT id, ?, ?, 'edited', "
                            "'assigned_to', assigned_to, ? FROM orders WHERE id IN %1")
                 .arg(list),
             {ts, user, nn(to), idList});
    sql::run(db,
             QStringLiteral("UPDATE orders SET assigned_to = ?, updated_at = ?, version "
                            "= version + 1 WHERE id IN %1")
                 .arg(list),
             {nn(to), ts, idList});
}

// The ids of `ids` grouped by what `value` gives each.
QMap<QString, QList<qint64>> groupBy(const QList<qint64>& ids, const QHash<qint64, QString>& value)
{
    QMap<QString, QList<qint64>> out;
    for (qint64 id : ids)
        out[value.value(id)] << id;
    return out;
}

// The statuses whose move is taken back only with the right to restore
// (a supervisor's): the customer or the money may already have followed.
bool endOfWorkflow(OrderStatus s)
{
    return s == OrderStatus::Cancelled || s == OrderStatus::Refunded || s == OrderStatus::Delivered;
}

} // namespace

struct OrderStore::RowBatch
{
    Permission permission;
    // The columns judge() is given after id, version and number; the first
    // of them is the value the batch changes (a record's Entry::before).
    QString columns;
    // "" when the order changes, "-" when it is left alone (already so),
    // otherwise why it may not change (e.g. "1001 (Cancelled)").
    std::function<QString(const QSqlQuery& row, const QString& number)> judge;
    QString refusal; // tr() text with %1 (how many) and %2 (the orders refused)
    QString field;   // the field the refusal names
    QString note;    // the audit context's note
    // PostgreSQL: the server's write of one order (false: changed meanwhile).
    std::function<bool(const RowChange& row)> server;
    // SQLite: the write of a chunk's orders, audit rows first.
    std::function<void(const QList<qint64>& ids, qint64 ts)> local;
};

int OrderStore::rowBatch(const QList<qint64>& idsIn, const RowBatch& batch,
                         const ProgressFn& progress, BatchRecord* record, const BatchRecord* expect)
{
    m_session.require(batch.permission);
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    ensureInScope(ids, {}, tr("%1 of the %2 orders no longer exist or are outside your scope."));
    if (expect)
        checkVersions(*expect); // the orders are locked now
    QList<RowChange> rows;
    QStringList refused;
    const QString list = dialect::idListSubquery(m_backend);
    for (qsizetype i = 0; i < ids.size(); i += kBatchChunk) {
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT id, version, number, %1 FROM orders WHERE "
                                              "id IN %2 ORDER BY id")
                                   .arg(batch.columns, list),
                               {dialect::idListParam(m_backend, ids.mid(i, kBatchChunk))});
        while (q.next()) {
            const QString number = q.value(2).toString();
            const QString why = batch.judge(q, number);
            if (why.isEmpty())
                rows << RowChange{q.value(0).toLongLong(), q.value(1).toLongLong(), number,
                                  q.value(3).toString()};
            else if (why != QLatin1String("-"))
                refused << why;
        }
    }
    if (!refused.isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          batch.refusal.arg(refused.size()).arg(someOf(refused)), batch.field);
    const qint64 ts = now();
    beginAudit(ts, batch.note);
    const qint64 total = rows.size();
    auto cancelled = [&](qint64 done) {
        return progress && !progress(done, total);
    };
    if (cancelled(0))
        throw DocketError(DocketError::Code::Cancelled, tr("Cancelled; nothing was changed."));
    for (qsizetype i = 0; i < rows.size(); i += kBatchChunk) {
        const QList<RowChange> chunk = rows.mid(i, kBatchChunk);
        if (m_backend == Backend::PostgreSQL) {
            // The server's own write, order by order (its rules and trail).
            for (const RowChange& r : chunk)
                if (!batch.server(r))
                    throw DocketError(DocketError::Code::Conflict,
                                      tr("Order %1 was changed by someone else meanwhile; "
                                         "nothing was changed.")
                                          .arg(r.number));
        } else {
            QList<qint64> chunkIds;
            for (const RowChange& r : chunk)
                chunkIds << r.id;
            batch.local(chunkIds, ts);
        }
        if (cancelled(std::min<qint64>(i + kBatchChunk, total)))
            throw DocketError(DocketError::Code::Cancelled, tr("Cancelled; nothing was changed."));
    }
    QList<qint64> changed;
    changed.reserve(rows.size());
    for (const RowChange& r : rows)
        changed << r.id;
    // The orders' stock follows their status (shipped consumes, cancelled
    // releases); on PostgreSQL the server's order trigger does it.
    if (m_backend == Backend::SQLite && !rows.isEmpty())
        stockledger::syncOrders(m_db, {m_session.userName(), ts}, changed);
    if (record) {
        // Each changed order at the version it is left at, and what it held before.
        QHash<qint64, qint64> versions;
        for (qsizetype i = 0; i < changed.size(); i += kBatchChunk) {
            QSqlQuery q = sql::run(
                m_db, QStringLiteral("SELECT id, version FROM orders WHERE id IN %1").arg(list),
                {dialect::idListParam(m_backend, changed.mid(i, kBatchChunk))});
            while (q.next())
                versions.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        }
        for (const RowChange& r : rows)
            record->entries << BatchRecord::Entry{r.id,    versions.value(r.id), {}, 0, r.before, 0,
                                                  r.number};
    }
    tx.commit();
    return int(total);
}

int OrderStore::changeStatuses(const QList<qint64>& ids, OrderStatus to, const QString& note,
                               const ProgressFn& progress, BatchRecord* record,
                               const BatchRecord* expect)
{
    const QString code = status::code(to);
    const QString user = m_session.userName();
    const QString why = note.trimmed();
    return rowBatch(
        ids,
        {Permission::ChangeStatus,
         QStringLiteral("status, invalid_at IS NOT NULL, records, paid_cents <> 0 OR "
                        "refunded_cents <> 0 OR EXISTS (SELECT 1 FROM shipments s WHERE "
                        "s.order_id = orders.id)"),
         [to](const QSqlQuery& q, const QString& number) {
             const QString from = q.value(3).toString();
             const auto status = status::fromCode(from);
             if (q.value(4).toBool())
                 return tr("%1 (marked invalid)").arg(number);
             if (status && *status == to)
                 return QStringLiteral("-");
             if (!status || !status::canMove(*status, to))
                 return QStringLiteral("%1 (%2)").arg(number, status::labelForCode(from));
             // Status follows the records (issue 15), as OrderStore::changeStatus.
             if (q.value(5).toInt() == 1 && !status::byHand(to))
                 return tr("%1 (its payments and shipments decide)").arg(number);
             if (to == OrderStatus::Cancelled && q.value(6).toBool())
                 return tr("%1 (money received or goods shipped)").arg(number);
             return QString();
         },
         tr("%1 of the orders cannot move to “%2”: %3. Nothing was changed.")
             .arg(QStringLiteral("%1"), status::label(to), QStringLiteral("%2")),
         QStringLiteral("status"), why,
         [this, code, why](const RowChange& r) {
             return serverwrites::changeStatus(m_db, r.id, r.version, code, why);
         },
         [this, code, user, why](const QList<qint64>& chunk, qint64 ts) {
             moveStatuses(m_db, chunk, code, user, why, ts);
         }},
        progress, record, expect);
}

int OrderStore::undoChangeStatuses(const BatchRecord& done, const ProgressFn& progress,
                                   BatchRecord* record)
{
    QHash<qint64, QString> back; // each order's status before the move
    for (const BatchRecord::Entry& e : done.entries)
        back.insert(e.id, e.before);
    const bool mayRestore = m_session.can(Permission::RestoreArchived);
    const QString user = m_session.userName();
    const QString note = tr("undone");
    return rowBatch(
        done.ids(),
        {Permission::ChangeStatus, QStringLiteral("status, invalid_at IS NOT NULL"),
         [back, mayRestore](const QSqlQuery& q, const QString& number) {
             const QString now = q.value(3).toString();
             const QString was = back.value(q.value(0).toLongLong());
             if (q.value(4).toBool())
                 return tr("%1 (marked invalid)").arg(number);
             if (now == was)
                 return QStringLiteral("-");
             const auto from = status::fromCode(was);
             const auto to = status::fromCode(now);
             // Only the reverse of a move of the workflow.
             if (!from || !to || !status::canMove(*from, *to))
                 return tr("%1 (“%2” is no step back from “%3”)")
                     .arg(number, status::labelForCode(was), status::labelForCode(now));
             if (endOfWorkflow(*to) && !mayRestore)
                 return tr("%1 (taking back “%2” needs the right “%3”)")
                     .arg(number, status::label(*to),
                          permission::label(Permission::RestoreArchived));
             return QString();
         },
         tr("%1 of the orders cannot go back to their status: %2. Nothing was changed."),
         QStringLiteral("status"), note,
         [this, back, note](const RowChange& r) {
             return serverwrites::takeBackStatus(m_db, r.id, r.version, back.value(r.id), note);
         },
         [this, back, user, note](const QList<qint64>& chunk, qint64 ts) {
             const auto groups = groupBy(chunk, back);
             for (auto it = groups.cbegin(); it != groups.cend(); ++it)
                 moveStatuses(m_db, it.value(), it.key(), user, note, ts);
         }},
        progress, record, &done);
}

int OrderStore::assign(const QList<qint64>& ids, const QString& userName,
                       const ProgressFn& progress, BatchRecord* record, const BatchRecord* expect)
{
    const QString to = userName.trimmed();
    const QString user = m_session.userName();
    return rowBatch(
        ids,
        {Permission::EditOrders,
         QStringLiteral("COALESCE(assigned_to, ''), invalid_at IS NOT NULL"),
         [to](const QSqlQuery& q, const QString& number) {
             if (q.value(4).toBool())
                 return tr("%1 (marked invalid)").arg(number);
             return q.value(3).toString() == to ? QStringLiteral("-") : QString();
         },
         tr("%1 of the orders are marked invalid and cannot be assigned: %2. Nothing was "
            "changed."),
         QStringLiteral("assigned_to"),
         {},
         [this, to](const RowChange& r) {
             // The server's own order update (scope, trail), header only.
             Order o = order(r.id);
             o.version = r.version;
             o.assignedTo = to;
             return serverwrites::updateOrder(m_db, o, false);
         },
         [this, to, user](const QList<qint64>& chunk, qint64 ts) {
             setAssignee(m_db, chunk, to, user, ts);
         }},
        progress, record, expect);
}

int OrderStore::undoAssign(const BatchRecord& done, const ProgressFn& progress, BatchRecord* record)
{
    QHash<qint64, QString> back; // each order's assignee before
    for (const BatchRecord::Entry& e : done.entries)
        back.insert(e.id, e.before);
    const QString user = m_session.userName();
    return rowBatch(
        done.ids(),
        {Permission::EditOrders,
         QStringLiteral("COALESCE(assigned_to, ''), invalid_at IS NOT NULL"),
         [back](const QSqlQuery& q, const QString& number) {
             if (q.value(4).toBool())
                 return tr("%1 (marked invalid)").arg(number);
             return q.value(3).toString() == back.value(q.value(0).toLongLong())
                        ? QStringLiteral("-")
                        : QString();
         },
         tr("%1 of the orders are marked invalid and cannot be assigned: %2. Nothing was "
            "changed."),
         QStringLiteral("assigned_to"), tr("undone"),
         [this, back](const RowChange& r) {
             Order o = order(r.id);
             o.version = r.version;
             o.assignedTo = back.value(r.id);
             return serverwrites::updateOrder(m_db, o, false);
         },
         [this, back, user](const QList<qint64>& chunk, qint64 ts) {
             const auto groups = groupBy(chunk, back);
             for (auto it = groups.cbegin(); it != groups.cend(); ++it)
                 setAssignee(m_db, it.value(), it.key(), user, ts);
         }},
        progress, record, &done);
}

Order OrderStore::takeBackEdit(const Order& target)
{
    return sql::retryOnceWhenLost(m_db, [&] {
        sql::WriteTransaction tx(m_db);
        const Order current = order(target.id);
        // At the version the step left it at: a change by someone else since
        // (even one that leaves the fields alone) is theirs to keep.
        if (current.version != target.version)
            throw DocketError(DocketError::Code::Conflict,
                              tr("Order %1 was changed by someone else meanwhile; nothing was "
                                 "changed.")
                                  .arg(current.number));
        Order fields = target;
        fields.status = current.status; // the status goes back on its own way below
        const Order edited = updateOnce(fields);
        if (edited.status != target.status) {
            BatchRecord back;
            BatchRecord::Entry e;
            e.id = target.id;
            e.version = edited.version;
            e.before = target.status;
            back.entries << e;
            undoChangeStatuses(back);
        }
        tx.commit();
        return order(target.id);
    });
}

} // namespace docket
