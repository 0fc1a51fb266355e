#include "orderstore.h"

#include "salessummaries.h"
#include "serverwrites.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

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

// One audited batch over orders given by id: what invalidate, revalidate and
// deleteInvalid say, and auditedBatch() the frame they share.
struct OrderStore::AuditedBatch
{
    Permission permission;
    // Passed to ensureInScope(): what each order must meet besides existing
    // in scope ({} for nothing), and the message when some do not.
    QString condition;
    QString outOfScope;
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

// The permission, the ids once each, one write transaction: every order in
// scope (and meeting the batch's condition) or nothing, the audit context,
// then chunk by chunk the summaries' copy, the audit rows and the write;
// the summaries and the commit at the end.
int OrderStore::auditedBatch(const QList<qint64>& idsIn, const AuditedBatch& batch,
                             const ProgressFn& progress)
{
    m_session.require(batch.permission);
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    ensureInScope(ids, batch.condition, batch.outOfScope);
    const qint64 ts = now();
    beginAudit(ts);
    const QString list = dialect::idListSubquery(m_backend);
    summaries::BatchUpdate summary(m_db, m_backend, batch.change);
    const int n = chunked(ids, progress, [&](const QVariant& param) {
        if (m_backend == Backend::PostgreSQL)
            return batch.server(param);
        summary.before(param);
        const SqlClause audit = batch.audit(ts, list);
        sql::run(m_db, audit.sql, audit.binds + QVariantList{param});
        const SqlClause write = batch.write(ts, list);
        QSqlQuery q = sql::run(m_db, write.sql, write.binds + QVariantList{param});
        return q.numRowsAffected();
    });
    summary.finish();
    tx.commit();
    return n;
}

int OrderStore::invalidate(const QList<qint64>& ids, const QString& reason,
                           const ProgressFn& progress)
{
    // The permission before the reason (auditedBatch() asks again).
    m_session.require(Permission::Invalidate);
    if (reason.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Give a reason for marking the orders invalid."),
                          QStringLiteral("reason"));
    const QString why = reason.trimmed();
    const QString user = m_session.userName();
    return auditedBatch(
        ids,
        {Permission::Invalidate,
         {},
         tr("%1 of the %2 orders no longer exist or are outside your scope."),
         summaries::BatchChange::Invalidate,
         [&](qint64 ts, const QString& list) {
             return SqlClause{
                 QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, note) SELECT "
                                "id, ?, ?, 'invalidated', ? FROM orders WHERE id IN %1 AND "
                                "invalid_at IS NULL")
                     .arg(list),
                 {ts, user, why}};
         },
         [&](qint64 ts, const QString& list) {
             return SqlClause{QStringLiteral("UPDATE orders SET invalid_at = ?, invalid_by = ?, "
                                             "invalid_reason = ?, updated_at = ?, version = "
                                             "version + 1 WHERE id IN %1 AND invalid_at IS NULL")
                                  .arg(list),
                              {ts, user, why, ts}};
         },
         [&](const QVariant& idList) {
             return serverwrites::invalidate(m_db, idList, why);
         }},
        progress);
}

int OrderStore::revalidate(const QList<qint64>& ids, const ProgressFn& progress)
{
    const QString user = m_session.userName();
    return auditedBatch(
        ids,
        {Permission::Invalidate,
         {},
         tr("%1 of the %2 orders no longer exist or are outside your scope."),
         summaries::BatchChange::Revalidate,
         [&](qint64 ts, const QString& list) {
             return SqlClause{
                 QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, old_value) "
                                "SELECT id, ?, ?, 'revalidated', invalid_reason FROM orders WHERE "
                                "id IN %1 AND invalid_at IS NOT NULL")
                     .arg(list),
                 {ts, user}};
         },
         [&](qint64 ts, const QString& list) {
             return SqlClause{QStringLiteral("UPDATE orders SET invalid_at = NULL, invalid_by = "
                                             "NULL, invalid_reason = NULL, updated_at = ?, "
                                             "version = version + 1 WHERE id IN %1 AND "
                                             "invalid_at IS NOT NULL")
                                  .arg(list),
                              {ts}};
         },
         [&](const QVariant& idList) {
             return serverwrites::revalidate(m_db, idList);
         }},
        progress);
}

int OrderStore::deleteInvalid(const QList<qint64>& ids, const ProgressFn& progress)
{
    const QString user = m_session.userName();
    const QString snapshot = dialect::orderSnapshotExpression(m_backend);
    return auditedBatch(
        ids,
        {Permission::DeleteInvalid, QStringLiteral("o.invalid_at IS NOT NULL"),
         tr("Only invalid orders can be deleted: %1 of the %2 selected orders are not "
            "marked invalid (or no longer exist). Nothing was deleted."),
         summaries::BatchChange::Delete,
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
        progress);
}

} // namespace docket
