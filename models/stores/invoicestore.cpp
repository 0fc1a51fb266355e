#include "invoicestore.h"

#include "serverwrites.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QSqlQuery>

namespace docket {

namespace {
constexpr qsizetype kChunk = 1000;
}

InvoiceStore::InvoiceStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

QString InvoiceStore::formatNumber(qint64 seq)
{
    return QStringLiteral("INV-%1").arg(seq, 6, 10, QLatin1Char('0'));
}

QHash<qint64, Invoice> InvoiceStore::invoicesOf(const QList<qint64>& orderIds) const
{
    m_session.require(Permission::ViewOrders);
    QHash<qint64, Invoice> out;
    const Backend backend = sql::backendOf(m_db);
    const SqlClause scope = orderquery::scope(m_session);
    for (qsizetype at = 0; at < orderIds.size(); at += kChunk) {
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT i.order_id, i.number, i.issued_at, i.issued_by FROM invoices i "
                           "JOIN orders o ON o.id = i.order_id WHERE i.order_id IN %1 AND %2")
                .arg(dialect::idListSubquery(backend), scope.sql),
            QVariantList{dialect::idListParam(backend, orderIds.mid(at, kChunk))} + scope.binds);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            out.insert(
                id, {id, q.value(1).toString(), sql::utcTime(q.value(2)), q.value(3).toString()});
        }
    }
    return out;
}

int InvoiceStore::issue(const QList<qint64>& orderIds, const ProgressFn& progress)
{
    m_session.require(Permission::ViewOrders);
    if (!m_session.can(Permission::EditOrders))
        throw DocketError(DocketError::Code::Forbidden,
                          tr("Your role may not issue invoice numbers (it needs \"%1\").")
                              .arg(permission::label(Permission::EditOrders)));
    QList<qint64> ids = orderIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const Backend backend = sql::backendOf(m_db);
    const SqlClause scope = orderquery::scope(m_session);
    sql::WriteTransaction tx(m_db);
    const qint64 now = m_clock();
    dialect::setAuditContext(m_db, m_session.userName(), now, {}, m_session.scope().toString());
    int issued = 0;
    for (qsizetype at = 0; at < ids.size(); at += kChunk) {
        const QList<qint64> chunk = ids.mid(at, kChunk);
        if (backend == Backend::PostgreSQL) {
            issued += serverwrites::issueInvoices(m_db, dialect::idListParam(backend, chunk));
        } else {
            // SQLite: the write transaction is the only writer, so the
            // counter cannot be taken twice.
            QSqlQuery need = sql::run(
                m_db,
                QStringLiteral("SELECT o.id FROM orders o WHERE o.id IN %1 AND %2 AND NOT EXISTS "
                               "(SELECT 1 FROM invoices i WHERE i.order_id = o.id) ORDER BY o.id")
                    .arg(dialect::idListSubquery(backend), scope.sql),
                QVariantList{dialect::idListParam(backend, chunk)} + scope.binds);
            QList<qint64> todo;
            while (need.next())
                todo << need.value(0).toLongLong();
            for (qint64 id : todo) {
                sql::run(m_db,
                         QStringLiteral("UPDATE invoice_counter SET last = last + 1 WHERE id = 1"));
                const qint64 seq =
                    sql::scalar(m_db,
                                QStringLiteral("SELECT last FROM invoice_counter WHERE id = 1"))
                        .toLongLong();
                const QString number = formatNumber(seq);
                sql::run(m_db,
                         QStringLiteral("INSERT INTO invoices(order_id, seq, number, issued_at, "
                                        "issued_by) VALUES (?, ?, ?, ?, ?)"),
                         {id, seq, number, now, m_session.userName()});
                sql::run(m_db,
                         QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, "
                                        "field, old_value, new_value, note) VALUES (?, ?, ?, "
                                        "'invoiced', 'invoice', '', ?, '')"),
                         {id, now, m_session.userName(), number});
                ++issued;
            }
        }
        if (progress && !progress(std::min<qint64>(at + kChunk, ids.size()), ids.size()))
            throw DocketError(DocketError::Code::Cancelled,
                              tr("Cancelled; no invoice number was issued."));
    }
    tx.commit();
    return issued;
}

} // namespace docket
