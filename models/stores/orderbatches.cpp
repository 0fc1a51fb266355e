#include "fulfilmentstore.h"
#include "orderstore.h"

#include "orderstore_p.h"
#include "salessummaries.h"
#include "serverwrites.h"
#include "stockledger.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

// OrderStore: writes over many orders at once (seen marks, invalidation,
// revalidation, deletion of invalid orders), in chunks of kBatchChunk ids.

namespace docket {

namespace {

// The ids once each, ascending: batches lock rows in id order (PostgreSQL,
// docket_orders_lock), so overlapping batches never deadlock.
QList<qint64> unique(const QList<qint64>& ids)
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

} // namespace

void OrderStore::ensureInScope(const QList<qint64>& ids, const QString& extraCondition,
                               const QString& failureMessage) const
{
    // ids are unique; count those that exist, are in scope and meet the condition.
    const SqlClause scope = orderquery::scope(m_session);
    qint64 found = 0;
    for (qsizetype i = 0; i < ids.size(); i += kBatchChunk) {
        const QList<qint64> chunk = ids.mid(i, kBatchChunk);
        // Counting locks the rows too (PostgreSQL), before anything is written;
        // there the server counts what the session may touch.
        if (m_backend == Backend::PostgreSQL) {
            if (i == 0)
                beginAudit(now()); // the session's scope, for a trusted connection
            found += serverwrites::lockOrders(m_db, dialect::idListParam(m_backend, chunk),
                                              !extraCondition.isEmpty());
            continue;
        }
        found +=
            sql::scalar(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.id IN %1 AND %2 "
                                       "AND %3")
                            .arg(dialect::idListSubquery(m_backend), scope.sql,
                                 extraCondition.isEmpty() ? QStringLiteral("1=1") : extraCondition),
                        QVariantList{dialect::idListParam(m_backend, chunk)} + scope.binds)
                .toLongLong();
    }
    if (found != ids.size())
        throw DocketError(DocketError::Code::Conflict,
                          failureMessage.arg(ids.size() - found).arg(ids.size()));
}

template <typename Fn>
int OrderStore::chunked(const QList<qint64>& ids, const ProgressFn& progress, Fn&& perChunk)
{
    int changed = 0;
    const qint64 total = ids.size();
    if (progress && !progress(0, total))
        throw DocketError(DocketError::Code::Cancelled, tr("Cancelled; nothing was changed."));
    for (qsizetype i = 0; i < ids.size(); i += kBatchChunk) {
        const QList<qint64> chunk = ids.mid(i, kBatchChunk);
        changed += perChunk(dialect::idListParam(m_backend, chunk));
        if (progress && !progress(std::min<qint64>(i + kBatchChunk, total), total))
            throw DocketError(DocketError::Code::Cancelled, tr("Cancelled; nothing was changed."));
    }
    return changed;
}

// Marks the unseen ones among `ids` seen by the session's user, audited, in
// the caller's transaction.
int OrderStore::markUnseen(const QList<qint64>& ids)
{
    const qint64 ts = now();
    beginAudit(ts);
    const QString list = dialect::idListSubquery(m_backend);
    return chunked(ids, {}, [&](const QVariant& param) {
        if (m_backend == Backend::PostgreSQL)
            return serverwrites::markSeen(m_db, param);
        sql::run(m_db,
                 QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind) SELECT id, ?, "
                                "?, 'seen' FROM orders WHERE id IN %1 AND seen_at IS NULL")
                     .arg(list),
                 {ts, m_session.userName(), param});
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("UPDATE orders SET seen_at = ?, seen_by = ? WHERE id "
                                              "IN %1 AND seen_at IS NULL")
                                   .arg(list),
                               {ts, m_session.userName(), param});
        return q.numRowsAffected();
    });
}

int OrderStore::markSeen(const QList<qint64>& idsIn)
{
    m_session.require(Permission::MarkSeen);
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    ensureInScope(ids, {}, tr("%1 of the %2 orders no longer exist or are outside your scope."));
    const int n = markUnseen(ids);
    tx.commit();
    return n;
}

int OrderStore::markAllSeen()
{
    m_session.require(Permission::MarkSeen);
    const SqlClause scope = orderquery::scope(m_session);
    sql::WriteTransaction tx(m_db);
    if (m_backend == Backend::PostgreSQL) {
        // The server locks the session's unseen orders and marks them.
        beginAudit(now());
        const int n = serverwrites::markAllSeen(m_db);
        tx.commit();
        return n;
    }
    // The unseen orders as of now (the write transaction keeps others out).
    QList<qint64> ids;
    {
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT o.id FROM orders o WHERE o.seen_at IS NULL "
                                              "AND ") +
                                   scope.sql,
                               scope.binds);
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    const int n = markUnseen(ids);
    tx.commit();
    return n;
}

QList<qint64> BatchRecord::ids() const
{
    QList<qint64> out;
    out.reserve(entries.size());
    for (const Entry& e : entries)
        out << e.id;
    return out;
}

// One audited batch over orders given by id: what invalidate, revalidate and
// deleteInvalid say, and auditedBatch() the frame they share.
struct OrderStore::AuditedBatch
{
    Permission permission;
    // Passed to ensureInScope(): what each order must meet besides existing
    // in scope ({} for nothing), and the message when some do not.
    QString condition;
    QString outOfScope;
    // Which orders of the list the batch changes (for its BatchRecord).
    QString changes;
    summaries::BatchChange change;
    // The statements run on each chunk, given the batch's time and the SQL of
    // the chunk's id list; the list's value is bound after `binds`. `audit`
    // writes the trail; `write` changes the orders, and the rows it affects
    // are what the batch counts.
    std::function<SqlClause(qint64 ts, const QString& list)> audit;
    std::function<SqlClause(qint64 ts, const QString& list)> write;
    // PostgreSQL: the server's function that does both for a chunk's id list
    // (serverwrites), and returns how many orders it changed.
    std::function<int(const QVariant& idList)> server;
};

void OrderStore::checkVersions(const BatchRecord& expect) const
{
    QHash<qint64, qint64> want;
    want.reserve(expect.size());
    for (const BatchRecord::Entry& e : expect.entries)
        want.insert(e.id, e.version);
    const QList<qint64> ids = expect.ids();
    const QString list = dialect::idListSubquery(m_backend);
    QStringList changed; // numbers of orders changed since
    qsizetype gone = 0;
    for (qsizetype i = 0; i < ids.size(); i += kBatchChunk) {
        const QList<qint64> chunk = ids.mid(i, kBatchChunk);
        QSqlQuery q = sql::run(
            m_db, QStringLiteral("SELECT id, version, number FROM orders WHERE id IN %1").arg(list),
            {dialect::idListParam(m_backend, chunk)});
        qsizetype found = 0;
        while (q.next()) {
            ++found;
            if (q.value(1).toLongLong() != want.value(q.value(0).toLongLong()))
                changed << q.value(2).toString();
        }
        gone += chunk.size() - found;
    }
    if (changed.isEmpty() && gone == 0)
        return;
    const qsizetype n = changed.size() + gone;
    std::sort(changed.begin(), changed.end());
    const QString examples = changed.mid(0, 3).join(QStringLiteral(", "));
    throw DocketError(
        DocketError::Code::Conflict,
        (changed.isEmpty()
             ? tr("%Ln of the orders no longer exist.", nullptr, int(n))
             : tr("%Ln of the orders were changed by someone else since (%1).", nullptr, int(n))
                   .arg(examples)) +
            QLatin1Char(' ') +
            tr("Going on would overwrite their changes, so nothing was changed."),
        QStringLiteral("version"));
}

int OrderStore::auditedBatch(const QList<qint64>& idsIn, const AuditedBatch& batch,
                             const ProgressFn& progress, BatchRecord* record,
                             const BatchRecord* expect)
{
    m_session.require(batch.permission);
    sql::WriteTransaction tx(m_db);
    const int n = auditedBatchIn(idsIn, batch, progress, record, expect);
    tx.commit();
    return n;
}

// The permission, the ids once each: every order in scope (and meeting the
// batch's condition, and at the expected version) or nothing, the audit
// context, then chunk by chunk the record, the summaries' copy, the audit
// rows and the write; the summaries at the end. The caller holds the write
// transaction.
int OrderStore::auditedBatchIn(const QList<qint64>& idsIn, const AuditedBatch& batch,
                               const ProgressFn& progress, BatchRecord* record,
                               const BatchRecord* expect)
{
    m_session.require(batch.permission);
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    ensureInScope(ids, batch.condition, batch.outOfScope);
    if (expect)
        checkVersions(*expect);
    const qint64 ts = now();
    beginAudit(ts);
    const QString list = dialect::idListSubquery(m_backend);
    summaries::BatchUpdate summary(m_db, m_backend, batch.change);
    const int n = chunked(ids, progress, [&](const QVariant& param) {
        // What this chunk changes, as it is before (the rows are locked).
        QList<BatchRecord::Entry> changing;
        if (record) {
            QSqlQuery q = sql::run(m_db,
                                   QStringLiteral("SELECT o.id, o.version, o.invalid_reason FROM "
                                                  "orders o WHERE o.id IN %1 AND %2")
                                       .arg(list, batch.changes),
                                   {param});
            while (q.next())
                changing << BatchRecord::Entry{q.value(0).toLongLong(), q.value(1).toLongLong() + 1,
                                               q.value(2).toString(), 0};
        }
        int changed = 0;
        if (m_backend == Backend::PostgreSQL) {
            changed = batch.server(param);
        } else {
            summary.before(param);
            const SqlClause audit = batch.audit(ts, list);
            sql::run(m_db, audit.sql, audit.binds + QVariantList{param});
            const SqlClause write = batch.write(ts, list);
            QSqlQuery q = sql::run(m_db, write.sql, write.binds + QVariantList{param});
            changed = q.numRowsAffected();
        }
        if (record && batch.change == summaries::BatchChange::Delete) {
            // Each order's newest archive entry is the one just written.
            QHash<qint64, qint64> archived;
            QSqlQuery q = sql::run(m_db,
                                   QStringLiteral("SELECT order_id, MAX(id) FROM order_archive "
                                                  "WHERE order_id IN %1 GROUP BY order_id")
                                       .arg(list),
                                   {param});
            while (q.next())
                archived.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            for (BatchRecord::Entry& e : changing)
                e.archiveId = archived.value(e.id);
        }
        if (record)
            record->entries << changing;
        return changed;
    });
    summary.finish();
    // The orders' stock follows (released when invalid or gone, reserved
    // again when valid); on PostgreSQL the server's order trigger does it.
    if (m_backend == Backend::SQLite)
        stockledger::syncOrders(m_db, {m_session.userName(), ts}, ids);
    return n;
}

OrderStore::AuditedBatch OrderStore::invalidation(const QString& why) const
{
    const QString user = m_session.userName();
    return {Permission::Invalidate,
            {},
            tr("%1 of the %2 orders no longer exist or are outside your scope."),
            QStringLiteral("o.invalid_at IS NULL"),
            summaries::BatchChange::Invalidate,
            [user, why](qint64 ts, const QString& list) {
                return SqlClause{
                    QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, note) "
                                   "SELECT id, ?, ?, 'invalidated', ? FROM orders WHERE id IN %1 "
                                   "AND invalid_at IS NULL")
                        .arg(list),
                    {ts, user, why}};
            },
            [user, why](qint64 ts, const QString& list) {
                return SqlClause{QStringLiteral("UPDATE orders SET invalid_at = ?, invalid_by = ?, "
                                                "invalid_reason = ?, updated_at = ?, version = "
                                                "version + 1 WHERE id IN %1 AND invalid_at IS NULL")
                                     .arg(list),
                                 {ts, user, why, ts}};
            },
            [this, why](const QVariant& idList) {
                return serverwrites::invalidate(m_db, idList, why);
            }};
}

OrderStore::AuditedBatch OrderStore::revalidation() const
{
    const QString user = m_session.userName();
    return {Permission::Invalidate,
            {},
            tr("%1 of the %2 orders no longer exist or are outside your scope."),
            QStringLiteral("o.invalid_at IS NOT NULL"),
            summaries::BatchChange::Revalidate,
            [user](qint64 ts, const QString& list) {
                return SqlClause{
                    QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, old_value) "
                                   "SELECT id, ?, ?, 'revalidated', invalid_reason FROM orders "
                                   "WHERE id IN %1 AND invalid_at IS NOT NULL")
                        .arg(list),
                    {ts, user}};
            },
            [](qint64 ts, const QString& list) {
                return SqlClause{QStringLiteral("UPDATE orders SET invalid_at = NULL, invalid_by = "
                                                "NULL, invalid_reason = NULL, updated_at = ?, "
                                                "version = version + 1 WHERE id IN %1 AND "
                                                "invalid_at IS NOT NULL")
                                     .arg(list),
                                 {ts}};
            },
            [this](const QVariant& idList) {
                return serverwrites::revalidate(m_db, idList);
            }};
}

int OrderStore::invalidate(const QList<qint64>& ids, const QString& reason,
                           const ProgressFn& progress, BatchRecord* record,
                           const BatchRecord* expect)
{
    // The permission before the reason (auditedBatch() asks again).
    m_session.require(Permission::Invalidate);
    if (reason.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Give a reason for marking the orders invalid."),
                          QStringLiteral("reason"));
    return auditedBatch(ids, invalidation(reason.trimmed()), progress, record, expect);
}

int OrderStore::revalidate(const QList<qint64>& ids, const ProgressFn& progress,
                           BatchRecord* record, const BatchRecord* expect)
{
    return auditedBatch(ids, revalidation(), progress, record, expect);
}

int OrderStore::undoInvalidate(const BatchRecord& done, const ProgressFn& progress,
                               BatchRecord* record)
{
    return revalidate(done.ids(), progress, record, &done);
}

int OrderStore::undoRevalidate(const BatchRecord& done, const ProgressFn& progress,
                               BatchRecord* record)
{
    m_session.require(Permission::Invalidate);
    // Each order gets its own reason back: one batch per reason, one transaction.
    QMap<QString, BatchRecord> byReason;
    for (const BatchRecord::Entry& e : done.entries)
        byReason[e.reason.isEmpty() ? tr("Marked invalid again (undo)") : e.reason].entries << e;
    sql::WriteTransaction tx(m_db);
    ensureInScope(unique(done.ids()), {},
                  tr("%1 of the %2 orders no longer exist or are outside your scope."));
    checkVersions(done); // the orders are locked now
    int n = 0;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        n += auditedBatchIn(it.value().ids(), invalidation(it.key()), progress, record, nullptr);
    tx.commit();
    return n;
}

int OrderStore::deleteInvalid(const QList<qint64>& ids, const ProgressFn& progress,
                              BatchRecord* record, const BatchRecord* expect)
{
    const QString user = m_session.userName();
    const QString snapshot = dialect::orderSnapshotExpression(m_backend);
    return auditedBatch(
        ids,
        {Permission::DeleteInvalid, QStringLiteral("o.invalid_at IS NOT NULL"),
         tr("Only invalid orders can be deleted: %1 of the %2 selected orders are not "
            "marked invalid (or no longer exist). Nothing was deleted."),
         QStringLiteral("1=1"), summaries::BatchChange::Delete,
         [&](qint64 ts, const QString& list) {
             return SqlClause{QStringLiteral("INSERT INTO order_archive(order_id, number, "
                                             "customer_name, total_cents, currency, "
                                             "invalid_reason, deleted_at, deleted_by, snapshot) "
                                             "SELECT o.id, o.number, o.customer_name, "
                                             "o.total_cents, o.currency, "
                                             "COALESCE(o.invalid_reason, ''), ?, ?, %1 FROM "
                                             "orders o WHERE o.id IN %2")
                                  .arg(snapshot, list),
                              {ts, user}};
         },
         [](qint64, const QString& list) {
             return SqlClause{QStringLiteral("DELETE FROM orders WHERE id IN %1").arg(list), {}};
         },
         // The server archives each order it deletes.
         [&](const QVariant& idList) {
             return serverwrites::deleteInvalid(m_db, idList);
         }},
        progress, record, expect);
}

// ---- bulk status change and assignment (issue 13 item 12) ----

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
} // namespace

struct OrderStore::RowBatch
{
    Permission permission;
    // The columns judge() is given after id, version and number.
    QString columns;
    // "" when the order changes, "-" when it is left alone (already so),
    // otherwise why it may not change (e.g. "1001 (Cancelled)").
    std::function<QString(const QSqlQuery& row, const QString& number)> judge;
    QString refusal; // tr() text with %Ln and %1 (the orders refused)
    QString field;   // the field the refusal names
    QString note;    // the audit context's note
    std::function<bool(const RowChange& row)> server;
    std::function<void(const QVariant& idList, const QString& list, qint64 ts)> local;
};

int OrderStore::rowBatch(const QList<qint64>& idsIn, const RowBatch& batch,
                         const ProgressFn& progress)
{
    m_session.require(batch.permission);
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    ensureInScope(ids, {}, tr("%1 of the %2 orders no longer exist or are outside your scope."));
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
                rows << RowChange{q.value(0).toLongLong(), q.value(1).toLongLong(), number};
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
            batch.local(dialect::idListParam(m_backend, chunkIds), list, ts);
        }
        if (cancelled(std::min<qint64>(i + kBatchChunk, total)))
            throw DocketError(DocketError::Code::Cancelled, tr("Cancelled; nothing was changed."));
    }
    // The orders' stock follows their status (shipped consumes, cancelled
    // releases); on PostgreSQL the server's order trigger does it.
    if (m_backend == Backend::SQLite && !rows.isEmpty()) {
        QList<qint64> changed;
        changed.reserve(rows.size());
        for (const RowChange& r : rows)
            changed << r.id;
        stockledger::syncOrders(m_db, {m_session.userName(), ts}, changed);
    }
    tx.commit();
    return int(total);
}

int OrderStore::changeStatuses(const QList<qint64>& ids, OrderStatus to, const QString& note,
                               const ProgressFn& progress)
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
         [this, code, user, why](const QVariant& idList, const QString& list, qint64 ts) {
             sql::run(m_db,
                      QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                                     "old_value, new_value, note) SELECT id, ?, ?, 'status', "
                                     "'status', status, ?, ? FROM orders WHERE id IN %1")
                          .arg(list),
                      {ts, user, code, orderrows::nn(why), idList});
             sql::run(m_db,
                      QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, version = "
                                     "version + 1 WHERE id IN %1")
                          .arg(list),
                      {code, ts, idList});
             // Each order's step and its deadline (the server does the same).
             QSqlQuery moved = sql::run(
                 m_db, QStringLiteral("SELECT id FROM orders WHERE id IN %1").arg(list), {idList});
             QList<qint64> movedIds;
             while (moved.next())
                 movedIds << moved.value(0).toLongLong();
             for (qint64 id : movedIds)
                 records::refreshDue(m_db, id, ts);
         }},
        progress);
}

int OrderStore::assign(const QList<qint64>& ids, const QString& userName,
                       const ProgressFn& progress)
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
         [this, to, user](const QVariant& idList, const QString& list, qint64 ts) {
             sql::run(m_db,
                      QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                                     "old_value, new_value) SELECT id, ?, ?, 'edited', "
                                     "'assigned_to', assigned_to, ? FROM orders WHERE id IN %1")
                          .arg(list),
                      {ts, user, orderrows::nn(to), idList});
             sql::run(m_db,
                      QStringLiteral("UPDATE orders SET assigned_to = ?, updated_at = ?, version "
                                     "= version + 1 WHERE id IN %1")
                          .arg(list),
                      {orderrows::nn(to), ts, idList});
         }},
        progress);
}

} // namespace docket
