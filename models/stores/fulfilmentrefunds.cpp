#include "fulfilmentstore.h"
#include "fulfilmentstore_p.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/order.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

// FulfilmentStore: refunds of a payment, in money or by order lines (the
// PostgreSQL half: docket_refund_add of 0069_fulfilment_functions.sql).

namespace docket {

using namespace fulfilmentrows;

// ---------------------------------------------------------------- refunds

void FulfilmentStore::checkRefundable(const OrderRow& o, qint64 paymentId,
                                      const Money& amount) const
{
    QSqlQuery p = sql::run(m_db,
                           QStringLiteral("SELECT state, amount_cents, refunded_cents FROM "
                                          "payments WHERE id = ? AND order_id = ?"),
                           {paymentId, o.id});
    if (!p.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("Order %1 has no payment #%2.").arg(o.number).arg(paymentId),
                          QStringLiteral("payment"));
    if (p.value(0).toString() != QLatin1String("captured"))
        throw DocketError(DocketError::Code::Invalid,
                          tr("Payment #%1 is %2; only captured money is refunded.")
                              .arg(paymentId)
                              .arg(paymentstate::labelForCode(p.value(0).toString()).toLower()),
                          QStringLiteral("payment"));
    const Money left(p.value(1).toLongLong() - p.value(2).toLongLong(), o.currency);
    if (amount > left)
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 is more than the %2 left to refund on payment #%3.")
                              .arg(money(amount), money(left))
                              .arg(paymentId),
                          QStringLiteral("amount"));
}

qint64 FulfilmentStore::writeRefund(const OrderRow& o, qint64 paymentId, const Money& amount,
                                    const QString& reason, const QList<RefundLine>& lines,
                                    qint64 ts)
{
    begin(ts);
    const qint64 cents = amount.minorUnits();
    if (m_backend == Backend::PostgreSQL) {
        QVariant linesJson(QMetaType(QMetaType::QString));
        if (!lines.isEmpty()) {
            QJsonArray a;
            for (const RefundLine& r : lines)
                a.append(QJsonObject{{QStringLiteral("line_id"), QString::number(r.lineId)},
                                     {QStringLiteral("quantity"), QString::number(r.quantity)}});
            linesJson = jsonText(a);
        }
        return sql::scalar(m_db,
                           QStringLiteral("SELECT docket_refund_add(CAST(? AS bigint), CAST(? AS "
                                          "bigint), CAST(? AS bigint), CAST(? AS text), CAST(? "
                                          "AS text), CAST(? AS jsonb))"),
                           {o.id, paymentId, cents, o.currency, reason, linesJson})
            .toLongLong();
    }
    const qint64 id =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO refunds(order_id, payment_id, "
                                "amount_cents, currency, reason, created_at, "
                                "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {o.id, paymentId, cents, o.currency, reason, ts, m_session.userName()})
            .lastInsertId()
            .toLongLong();
    for (const RefundLine& r : lines)
        sql::run(m_db,
                 QStringLiteral("INSERT INTO refund_lines(refund_id, order_id, line_id, quantity) "
                                "VALUES (?, ?, ?, ?)"),
                 {id, o.id, r.lineId, r.quantity});
    sql::run(m_db,
             QStringLiteral("UPDATE payments SET refunded_cents = refunded_cents + ? WHERE id = ?"),
             {cents, paymentId});
    sql::run(m_db,
             QStringLiteral("UPDATE orders SET paid_cents = paid_cents - ?, refunded_cents = "
                            "refunded_cents + ?, updated_at = ?, version = version + 1 WHERE id "
                            "= ?"),
             {cents, cents, ts, o.id});
    records::addEvent(m_db, o.id, ts, m_session.userName(), QStringLiteral("refund"),
                      QStringLiteral("refund"), {},
                      QStringLiteral("#%1 payment #%2 %3 %4")
                          .arg(id)
                          .arg(paymentId)
                          .arg(amount.toPlainString(), amount.currency()),
                      reason);
    records::settle(m_db, o.id, QStringLiteral("refund:%1").arg(id), ts);
    return id;
}

qint64 FulfilmentStore::refund(qint64 orderId, qint64 paymentId, const Money& amount,
                               const QString& reason)
{
    m_session.require(Permission::Refund);
    if (reason.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Give a reason for the refund."),
                          QStringLiteral("reason"));
    if (amount.minorUnits() <= 0)
        throw DocketError(DocketError::Code::Invalid, tr("A refund's amount must be above zero."),
                          QStringLiteral("amount"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const OrderRow o = lockOrder(orderId);
    if (amount.currency() != o.currency)
        throw DocketError(DocketError::Code::Invalid,
                          tr("The refund is in %1 but order %2 is in %3; Docket does not mix "
                             "currencies.")
                              .arg(amount.currency(), o.number, o.currency),
                          QStringLiteral("currency"));
    checkRefundable(o, paymentId, amount);
    const qint64 id = writeRefund(o, paymentId, amount, reason.trimmed(), {}, ts);
    tx.commit();
    return id;
}

qint64 FulfilmentStore::refundLines(qint64 orderId, qint64 paymentId,
                                    const QList<RefundLine>& lines, const QString& reason)
{
    m_session.require(Permission::Refund);
    if (lines.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Choose the lines to refund."),
                          QStringLiteral("lines"));
    if (reason.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Give a reason for the refund."),
                          QStringLiteral("reason"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const OrderRow o = lockOrder(orderId);
    QHash<qint64, LineState> byId;
    for (const LineState& l : lineStates(orderId))
        byId.insert(l.lineId, l);
    Money amount(0, o.currency);
    QSet<qint64> seen;
    for (const RefundLine& r : lines) {
        const auto it = byId.constFind(r.lineId);
        if (it == byId.constEnd() || seen.contains(r.lineId))
            throw DocketError(DocketError::Code::Invalid,
                              tr("Order %1 has no line %2 to refund (or it is listed twice).")
                                  .arg(o.number)
                                  .arg(r.lineId),
                              QStringLiteral("lines"));
        seen.insert(r.lineId);
        if (r.quantity < 1 || r.quantity > it->ordered - it->refunded)
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1 (%2): %3 cannot be refunded; %4 of %5 are left to "
                                 "refund.")
                                  .arg(it->lineNo)
                                  .arg(it->sku)
                                  .arg(r.quantity)
                                  .arg(it->ordered - it->refunded)
                                  .arg(it->ordered),
                              QStringLiteral("lines"));
        amount += it->unitPrice * r.quantity;
    }
    if (amount.minorUnits() <= 0)
        throw DocketError(DocketError::Code::Invalid,
                          tr("Those lines cost nothing; there is nothing to refund."),
                          QStringLiteral("lines"));
    checkRefundable(o, paymentId, amount);
    const qint64 id = writeRefund(o, paymentId, amount, reason.trimmed(), lines, ts);
    tx.commit();
    return id;
}
} // namespace docket
