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

using orderrows::unique;

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
int OrderStore::markUnseen(const QList<qint64>& ids, BatchRecord* record)
{
    const qint64 ts = now();
    beginAudit(ts);
    const QString list = dialect::idListSubquery(m_backend);
    return chunked(ids, {}, [&](const QVariant& param) {
        QList<qint64> unseen; // of the chunk, for the record
        if (record) {
            QSqlQuery q =
                sql::run(m_db,
                         QStringLiteral("SELECT id FROM orders WHERE id IN %1 AND seen_at IS NULL")
                             .arg(list),
                         {param});
            while (q.next())
                unseen << q.value(0).toLongLong();
        }
        const int n = markChunkSeen(param, ts);
        if (record && !unseen.isEmpty()) {
            // The mark as stored (the server's clock on PostgreSQL).
            QSqlQuery q = sql::run(m_db,
                                   QStringLiteral("SELECT id, seen_at FROM orders WHERE id IN %1 "
                                                  "AND seen_by = ? ORDER BY id")
                                       .arg(list),
                                   {dialect::idListParam(m_backend, unseen), m_session.userName()});
            while (q.next()) {
                BatchRecord::Entry e;
                e.id = q.value(0).toLongLong();
                e.seenAt = q.value(1).toLongLong();
                record->entries.push_back(e);
            }
        }
        return n;
    });
}

int OrderStore::markChunkSeen(const QVariant& param, qint64 ts)
{
    const QString list = dialect::idListSubquery(m_backend);
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
}

int OrderStore::markSeen(const QList<qint64>& idsIn, BatchRecord* record)
{
    m_session.require(Permission::MarkSeen);
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    ensureInScope(ids, {}, tr("%1 of the %2 orders no longer exist or are outside your scope."));
    const int n = markUnseen(ids, record);
    tx.commit();
    return n;
}

int OrderStore::markAllSeen(BatchRecord* record)
{
    m_session.require(Permission::MarkSeen);
    const SqlClause scope = orderquery::scope(m_session);
    sql::WriteTransaction tx(m_db);
    if (m_backend == Backend::PostgreSQL && !record) {
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
    const int n = markUnseen(ids, record);
    tx.commit();
    return n;
}

int OrderStore::undoMarkSeen(const BatchRecord& done, const ProgressFn& progress,
                             BatchRecord* record)
{
    m_session.require(Permission::MarkSeen);
    if (done.entries.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    beginAudit(ts, QStringLiteral("undone"));
    ensureInScope(done.ids(), {},
                  tr("%1 of the %2 orders no longer exist or are outside your scope."));
    // By the mark's time: one per batch (a batch's chunks may straddle a second).
    QMap<qint64, QList<qint64>> byMark;
    for (const BatchRecord::Entry& e : done.entries)
        byMark[e.seenAt] << e.id;
    const QString list = dialect::idListSubquery(m_backend);
    int changed = 0;
    for (auto it = byMark.cbegin(); it != byMark.cend(); ++it) {
        const qint64 seenAt = it.key();
        changed += chunked(it.value(), progress, [&](const QVariant& param) {
            // Only the orders still holding this user's mark of that moment.
            if (m_backend == Backend::PostgreSQL)
                return serverwrites::unsee(m_db, param, seenAt);
            const QVariantList binds{param, seenAt, m_session.userName()};
            sql::run(m_db,
                     QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                                    "old_value, new_value, note) SELECT id, ?, ?, 'unseen', '', "
                                    "'', '', 'undone' FROM orders WHERE id IN %1 AND seen_at = ? "
                                    "AND seen_by = ?")
                         .arg(list),
                     QVariantList{ts, m_session.userName()} + binds);
            return sql::run(m_db,
                            QStringLiteral("UPDATE orders SET seen_at = NULL, seen_by = NULL "
                                           "WHERE id IN %1 AND seen_at = ? AND seen_by = ?")
                                .arg(list),
                            binds)
                .numRowsAffected();
        });
    }
    if (changed != done.size()) {
        // Those still seen: marked by someone else, or again, since.
        QStringList numbers;
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT number FROM orders WHERE id IN %1 AND "
                                              "seen_at IS NOT NULL ORDER BY id LIMIT 3")
                                   .arg(list),
                               {dialect::idListParam(m_backend, done.ids())});
        while (q.next())
            numbers << q.value(0).toString();
        throw DocketError(DocketError::Code::Conflict,
                          tr("%Ln order(s) were marked seen again since (%1); none was made new "
                             "again.",
                             nullptr, int(done.size() - changed))
                              .arg(numbers.join(QStringLiteral(", "))));
    }
    if (record)
        *record = done;
    tx.commit();
    return changed;
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
    // An undo or redo first: an order changed since is a Conflict saying so
    // (not a refusal of the batch's condition, e.g. "not marked invalid"
    // after someone marked it valid), and again once the rows are locked.
    if (expect)
        checkVersions(*expect);
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
                                   QStringLiteral("SELECT o.id, o.version, o.invalid_reason, "
                                                  "o.number FROM orders o WHERE o.id IN %1 AND %2")
                                       .arg(list, batch.changes),
                                   {param});
            while (q.next()) {
                BatchRecord::Entry e;
                e.id = q.value(0).toLongLong();
                e.version = q.value(1).toLongLong() + 1;
                e.reason = q.value(2).toString();
                e.number = q.value(3).toString();
                changing << e;
            }
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
             // The order's date, email and phone also in columns of
             // their own, for the archive's search (SQLite
             // 0135_archive_search).
             return SqlClause{QStringLiteral("INSERT INTO order_archive(order_id, number, "
                                             "customer_name, total_cents, currency, "
                                             "invalid_reason, deleted_at, deleted_by, snapshot, "
                                             "created_at, email, phone) "
                                             "SELECT o.id, o.number, o.customer_name, "
                                             "o.total_cents, o.currency, "
                                             "COALESCE(o.invalid_reason, ''), ?, ?, %1, "
                                             "o.created_at, COALESCE(o.email, ''), "
                                             "COALESCE(o.phone, '') FROM "
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

} // namespace docket
