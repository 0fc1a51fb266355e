#include "fulfilmentstore.h"
#include "fulfilmentstore_p.h"
#include "stockledger.h"

#include "orderfilter.h"
#include "shopsettingsstore.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "domain/order.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

// FulfilmentStore: deadlines, the periodic jobs, and verify().

namespace docket {

using namespace fulfilmentrows;

// ---------------------------------------------------------------- deadlines, jobs

int records::refreshAllDue(const QSqlDatabase& db, const fulfilment::Deadlines& d)
{
    QString cases;
    QVariantList binds;
    for (const fulfilment::DeadlineOverride& o : d.overrides) {
        cases += QStringLiteral(" WHEN step = ? AND channel = ? THEN ?");
        binds << fulfilment::stepCode(o.step) << o.channel << o.hours;
    }
    for (fulfilment::Step s : {fulfilment::Step::Review, fulfilment::Step::Payment,
                               fulfilment::Step::Shipping, fulfilment::Step::Delivery}) {
        cases += QStringLiteral(" WHEN step = ? THEN ?");
        binds << fulfilment::stepCode(s) << d.hours(s, QString());
    }
    const QString due = QStringLiteral("step_at + 3600 * (CASE") + cases + QStringLiteral(" END)");
    QVariantList all = binds;
    all += binds;
    const int n = sql::run(db,
                           QStringLiteral("UPDATE orders SET due_at = ") + due +
                               QStringLiteral(" WHERE step <> '' AND step_at IS NOT NULL AND "
                                              "due_at IS DISTINCT FROM ") +
                               due,
                           all)
                      .numRowsAffected();
    return n;
}

int FulfilmentStore::refreshDeadlines()
{
    m_session.require(Permission::ChangeSettings);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    begin(ts);
    if (m_backend == Backend::PostgreSQL) {
        const int n =
            sql::scalar(m_db, QStringLiteral("SELECT docket_deadlines_refresh()")).toInt();
        tx.commit();
        return n;
    }
    const int n = records::refreshAllDue(m_db, deadlines());
    tx.commit();
    return n;
}

FulfilmentStore::JobReport FulfilmentStore::runJobs()
{
    m_session.require(Permission::ChangeStatus);
    JobReport report;
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    begin(ts);
    if (m_backend == Backend::PostgreSQL) {
        report.cancelled = sql::scalar(m_db, QStringLiteral("SELECT docket_jobs_run()")).toInt();
        tx.commit();
        return report;
    }
    if (!deadlines().autoCancelUnpaid)
        return report;
    const SqlClause scope = orderquery::scope(m_session);
    QVariantList binds{ts};
    binds += scope.binds;
    // Unpaid past the limit: nothing captured, nothing pending, nothing shipped.
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT o.id, o.status FROM orders o WHERE o.step = 'payment' AND "
                       "o.due_at < ? AND o.status = 'pending' AND o.invalid_at IS NULL AND "
                       "o.paid_cents = 0 AND o.refunded_cents = 0 AND NOT EXISTS (SELECT 1 FROM "
                       "payments p WHERE p.order_id = o.id AND p.state IN ('pending', "
                       "'captured')) AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.order_id "
                       "= o.id) AND ") +
            scope.sql + QStringLiteral(" ORDER BY o.id"),
        binds);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    records::DeadlineSettings settings(m_db); // once for the batch
    for (qint64 id : ids) {
        sql::run(m_db,
                 QStringLiteral("UPDATE orders SET status = 'cancelled', updated_at = ?, version "
                                "= version + 1 WHERE id = ?"),
                 {ts, id});
        records::addEvent(m_db, id, ts, fulfilment::systemActor(), QStringLiteral("status"),
                          QStringLiteral("status"), QStringLiteral("pending"),
                          QStringLiteral("cancelled"), QStringLiteral("deadline:payment"));
        records::refreshDue(m_db, id, ts, settings);
    }
    // A cancelled order's reserved units go back, in the same transaction
    // (on PostgreSQL the orders' stock trigger does it).
    stockledger::syncOrders(m_db, {fulfilment::systemActor(), ts}, ids);
    report.cancelled = int(ids.size());
    tx.commit();
    return report;
}

// ---------------------------------------------------------------- verify

QStringList FulfilmentStore::verify() const
{
    requireView();
    QStringList problems;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT o.number, o.paid_cents, o.refunded_cents, "
            "COALESCE((SELECT sum(p.amount_cents) FROM payments p WHERE p.order_id = o.id AND "
            "p.state = 'captured'), 0), "
            "COALESCE((SELECT sum(r.amount_cents) FROM refunds r WHERE r.order_id = o.id), 0) "
            "FROM orders o WHERE o.paid_cents <> 0 OR o.refunded_cents <> 0 OR EXISTS (SELECT 1 "
            "FROM payments p WHERE p.order_id = o.id)"));
    while (q.next()) {
        const qint64 paid = q.value(1).toLongLong();
        const qint64 refunded = q.value(2).toLongLong();
        const qint64 captured = q.value(3).toLongLong();
        const qint64 ledgerRefunds = q.value(4).toLongLong();
        if (paid != captured - ledgerRefunds || refunded != ledgerRefunds)
            problems << tr("Order %1: paid %2 and refunded %3 cached, but the records say %4 "
                           "and %5.")
                            .arg(q.value(0).toString())
                            .arg(paid)
                            .arg(refunded)
                            .arg(captured - ledgerRefunds)
                            .arg(ledgerRefunds);
        if (paid < 0)
            problems << tr("Order %1: more refunded than paid.").arg(q.value(0).toString());
    }
    QSqlQuery p = sql::run(
        m_db, QStringLiteral("SELECT p.id, p.refunded_cents, COALESCE((SELECT sum(r.amount_cents) "
                             "FROM refunds r WHERE r.payment_id = p.id), 0), p.amount_cents FROM "
                             "payments p"));
    while (p.next())
        if (p.value(1).toLongLong() != p.value(2).toLongLong() ||
            p.value(2).toLongLong() > p.value(3).toLongLong())
            problems << tr("Payment #%1: its refunds do not add up.").arg(p.value(0).toLongLong());
    QSqlQuery s = sql::run(
        m_db, QStringLiteral("SELECT o.number, l.line_no FROM order_lines l JOIN orders o ON o.id "
                             "= l.order_id WHERE l.quantity < (SELECT sum(s.quantity) FROM "
                             "shipment_lines s WHERE s.line_id = l.id)"));
    while (s.next())
        problems << tr("Order %1, line %2: more shipped than ordered.")
                        .arg(s.value(0).toString())
                        .arg(s.value(1).toInt());
    QSqlQuery st = sql::run(
        m_db,
        QStringLiteral(
            "SELECT o.number, o.status, o.total_cents, o.paid_cents + o.refunded_cents, "
            "o.refunded_cents, "
            "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id), "
            "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND l.quantity > "
            "COALESCE((SELECT sum(x.quantity) FROM shipment_lines x WHERE x.line_id = l.id), 0)), "
            "(SELECT count(*) FROM shipments x WHERE x.order_id = o.id), "
            "(SELECT count(*) FROM shipments x WHERE x.order_id = o.id AND x.delivered_at IS "
            "NULL), o.currency FROM orders o WHERE o.records = 1 AND o.invalid_at IS NULL"));
    while (st.next()) {
        fulfilment::RecordFacts f;
        const QString currency = st.value(9).toString();
        f.total = Money(st.value(2).toLongLong(), currency);
        f.captured = Money(st.value(3).toLongLong(), currency);
        f.refunded = Money(st.value(4).toLongLong(), currency);
        f.allShipped = st.value(5).toLongLong() > 0 && st.value(6).toLongLong() == 0;
        f.allDelivered = st.value(7).toLongLong() > 0 && st.value(8).toLongLong() == 0;
        if (!fulfilment::statusMatchesRecords(st.value(1).toString(), f))
            problems << tr("Order %1 is %2, but its records say otherwise.")
                            .arg(st.value(0).toString(),
                                 status::labelForCode(st.value(1).toString()).toLower());
    }
    return problems;
}

} // namespace docket
