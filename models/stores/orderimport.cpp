#include "orderimport.h"

#include "intakestore.h"
#include "salessummaries.h"
#include "searchindexbatch.h"
#include "stockledger.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "domain/order.h"

#include <QScopeGuard>

// OrderImport, writing: the orders of a checked ImportFile in one transaction.

namespace docket {

OrderImport::OrderImport(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
}

ImportSummary OrderImport::commit(const ImportFile& file, const QString& unknownSku,
                                  const ProgressFn& progress)
{
    m_session.require(Permission::CreateOrders);
    if (!file.ok())
        throw DocketError(DocketError::Code::Invalid,
                          tr("The file has %n problem(s); nothing was imported.", nullptr,
                             int(file.problems.size())));
    ImportSummary sum;
    const Backend backend = sql::backendOf(m_db);
    // SQLite: every new order goes into some twenty indexes of random keys
    // (number, customer, email, phone, total ...); with the connection's 16 MB
    // page cache their pages were read and spilled again and again once a
    // file passed some 20,000 orders (100,000: 47-65 s of CPU against 37-47 s
    // with 256 MB, same machine and hour). The import's connection gets a
    // larger cache while it writes, and its own size back afterwards.
    std::optional<qint64> cacheBefore;
    if (backend == Backend::SQLite && file.orders.size() >= 1000) {
        cacheBefore = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toLongLong();
        sql::run(m_db, QStringLiteral("PRAGMA cache_size = -262144"));
    }
    const auto restoreCache = qScopeGuard([&] {
        if (cacheBefore)
            try {
                sql::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(*cacheBefore));
            } catch (const DocketError&) {
                // A connection that broke keeps nothing to restore.
            }
    });
    sql::WriteTransaction tx(m_db);
    IntakeStore store(m_db, m_session);
    // The summaries change once for the file, set-based, instead of by each
    // order's triggers: the orders the file updates are copied as they were
    // before their change, the ones it makes are named after.
    summaries::BatchUpdate summary(m_db, backend, summaries::BatchChange::Rewrite);
    // PostgreSQL: the new orders' summaries are added up once, at the commit,
    // instead of by each run's triggers (0115: every run updated the same
    // summary rows again, and the import grew faster than the file).
    if (backend == Backend::PostgreSQL)
        sql::run(m_db, QStringLiteral("SELECT docket_summaries_defer()"));
    // And the keyword index of the new orders is written once, at the end.
    searchindex::DeferredOrders search(m_db, backend);
    // And the stock reservations of the file's orders are made together at
    // the end, oldest order first (two statements per 5,000 orders instead
    // of two per order; nothing in between reads them).
    stockledger::DeferredSync stock(m_db);
    QList<qint64> made;
    const qsizetype total = file.orders.size();
    // PostgreSQL: the file's orders go to the server a run at a time
    // (IntakeStore::takeMany), so that the triggers of orders and order_lines
    // fire once per run instead of once per order; SQLite writes one order
    // after another (the summaries' "before" copy is taken order by order).
    const qsizetype step = backend == Backend::PostgreSQL ? kServerRun : 1;
    // PostgreSQL: the statistics of the order tables are refreshed inside
    // the transaction while the file fills a database that had fewer orders
    // than it brings (docket_orders_analyze, 0101: without it the plans made
    // for the empty tables of a new database read more and more of the
    // import's own rows).
    qint64 analyzeAt = 1000;
    for (qsizetype from = 0; from < total; from += step) {
        if (backend == Backend::PostgreSQL && made.size() >= analyzeAt)
            analyzeAt =
                made.size() +
                std::max<qint64>(1000, sql::scalar(m_db,
                                                   QStringLiteral("SELECT "
                                                                  "docket_orders_analyze(?)"),
                                                   {qint64(made.size())})
                                           .toLongLong());
        const qsizetype n = std::min(step, total - from);
        const QList<IntakeOrder> these = file.orders.mid(from, n);
        if (backend == Backend::SQLite) {
            const QVariant known = sql::scalar(
                m_db,
                QStringLiteral("SELECT order_id FROM order_sources WHERE channel = ? AND "
                               "external_id = ?"),
                {these.first().channel, these.first().externalId});
            if (!known.isNull())
                summary.before(dialect::idListParam(backend, {known.toLongLong()}));
        }
        QList<IntakeResult> results;
        qsizetype failed = 0;
        try {
            results = store.takeMany(these, unknownSku, &failed);
        } catch (const DocketError& e) {
            const qsizetype i = from + failed;
            throw DocketError(e.code(),
                              tr("Order %1 (line %2) was refused, so nothing was imported: %3")
                                  .arg(file.orders[i].externalId)
                                  .arg(file.lines.value(i))
                                  .arg(e.message()),
                              e.field());
        }
        for (qsizetype k = 0; k < results.size(); ++k) {
            const IntakeResult& r = results[k];
            switch (r.kind) {
            case IntakeResult::Kind::Created:
                ++sum.created;
                made << r.orderId;
                break;
            case IntakeResult::Kind::Updated:
                ++sum.updated;
                break;
            case IntakeResult::Kind::Unchanged:
                ++sum.unchanged;
                break;
            case IntakeResult::Kind::Ignored:
                ++sum.ignored;
                break;
            }
            if (progress && !progress(from + k + 1, total))
                throw DocketError(DocketError::Code::Cancelled,
                                  tr("The import was cancelled; nothing was imported."));
        }
    }
    summary.added(dialect::idListParam(backend, made));
    summary.finish();
    stock.finish();
    search.finish();
    tx.commit();
    return sum;
}

} // namespace docket
