#include "fulfilmentstore.h"
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

// FulfilmentStore: payments, refunds, shipments, tracking, deadlines, and the
// SQLite half of "status follows the records" (records::settle). The
// PostgreSQL half of every write is a server function of
// resources/sql/postgres/0069_fulfilment_functions.sql.

namespace docket {

namespace {

QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString jsonText(const QJsonValue& v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString money(qint64 cents, const QString& currency)
{
    return Money(cents, currency).toString(QLocale());
}

// The text of a payment, refund or shipment in the audit trail (the server
// writes the same).
QString paymentText(qint64 id, const QString& method, qint64 cents, const QString& currency,
                    const QString& state)
{
    return QStringLiteral("#%1 %2 %3 %4 %5")
        .arg(id)
        .arg(method, Money(cents).toPlainString(), currency, state);
}

} // namespace

// ---------------------------------------------------------------- records (SQLite)

namespace records {

void addEvent(const QSqlDatabase& db, qint64 orderId, qint64 at, const QString& actor,
              const QString& kind, const QString& field, const QString& oldValue,
              const QString& newValue, const QString& note)
{
    sql::run(db,
             QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                            "old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {orderId, at, actor, kind, nn(field), nn(oldValue), nn(newValue), nn(note)});
}

namespace {

fulfilment::RecordFacts factsOf(const QSqlDatabase& db, qint64 orderId, qint64 total, qint64 paid,
                                qint64 refunded)
{
    fulfilment::RecordFacts f;
    f.total = total;
    f.captured = paid + refunded;
    f.refunded = refunded;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM order_lines l WHERE l.order_id = ?), "
            "(SELECT count(*) FROM order_lines l WHERE l.order_id = ? AND l.quantity > "
            "COALESCE((SELECT sum(s.quantity) FROM shipment_lines s WHERE s.line_id = l.id), 0)), "
            "(SELECT count(*) FROM shipments s WHERE s.order_id = ?), "
            "(SELECT count(*) FROM shipments s WHERE s.order_id = ? AND s.delivered_at IS NULL)"),
        {orderId, orderId, orderId, orderId});
    q.next();
    f.allShipped = q.value(0).toLongLong() > 0 && q.value(1).toLongLong() == 0;
    f.allDelivered = q.value(2).toLongLong() > 0 && q.value(3).toLongLong() == 0;
    return f;
}

} // namespace

void refreshDue(const QSqlDatabase& db, qint64 orderId, qint64 now)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT status, review_state, channel, step, step_at "
                                          "FROM orders WHERE id = ?"),
                           {orderId});
    if (!q.next())
        return;
    const fulfilment::Step step = fulfilment::stepOf(q.value(0).toString(), q.value(1).toString());
    const QString code = fulfilment::stepCode(step);
    if (step == fulfilment::Step::None) {
        sql::run(db,
                 QStringLiteral("UPDATE orders SET step = '', step_at = NULL, due_at = NULL "
                                "WHERE id = ? AND (step <> '' OR due_at IS NOT NULL)"),
                 {orderId});
        return;
    }
    const qint64 stepAt =
        q.value(3).toString() == code && !q.value(4).isNull() ? q.value(4).toLongLong() : now;
    QHash<QString, QString> stored;
    QSqlQuery s = sql::run(db, QStringLiteral("SELECT key, value FROM shop_settings WHERE key "
                                              "LIKE 'deadline.%'"));
    while (s.next())
        stored.insert(s.value(0).toString(), s.value(1).toString());
    const fulfilment::Deadlines d = fulfilment::deadlines(ShopSettings(stored));
    sql::run(db, QStringLiteral("UPDATE orders SET step = ?, step_at = ?, due_at = ? WHERE id = ?"),
             {code, stepAt, stepAt + qint64(d.hours(step, q.value(2).toString())) * 3600, orderId});
}

void settle(const QSqlDatabase& db, qint64 orderId, const QString& reason, qint64 now)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT status, total_cents, paid_cents, refunded_cents, "
                                          "invalid_at FROM orders WHERE id = ?"),
                           {orderId});
    if (!q.next())
        return;
    const QString status = q.value(0).toString();
    if (q.value(4).isNull()) {
        const auto facts = factsOf(db, orderId, q.value(1).toLongLong(), q.value(2).toLongLong(),
                                   q.value(3).toLongLong());
        const QString target = fulfilment::settledStatus(status, facts);
        if (target != status) {
            sql::run(db,
                     QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, version = "
                                    "version + 1 WHERE id = ?"),
                     {target, now, orderId});
            addEvent(db, orderId, now, fulfilment::systemActor(), QStringLiteral("status"),
                     QStringLiteral("status"), status, target, reason);
            // The stock follows the status (issue 17): shipped consumes the
            // reservation, refunded releases it.
            stockledger::syncOrders(db, {fulfilment::systemActor(), now}, {orderId});
        }
    }
    refreshDue(db, orderId, now);
}

} // namespace records

// ---------------------------------------------------------------- the store

struct FulfilmentStore::OrderRow
{
    qint64 id = 0;
    QString number;
    QString status;
    QString currency;
    QString channel;
    QString reviewState;
    qint64 total = 0;
    qint64 paid = 0;
    qint64 refunded = 0;
    bool invalid = false;
    bool records = false;
    qint64 version = 0;
};

FulfilmentStore::FulfilmentStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)), m_backend(sql::backendOf(m_db)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

Money FulfilmentStore::Balance::owed() const
{
    const qint64 left = total.minorUnits() - captured.minorUnits() - pending.minorUnits();
    return Money(left > 0 ? left : 0, total.currency());
}

void FulfilmentStore::requireView() const
{
    m_session.require(Permission::ViewOrders);
}

ShopSettings FulfilmentStore::settings() const
{
    return ShopSettingsStore(m_db, m_session).load();
}

QList<PaymentMethod> FulfilmentStore::paymentMethods() const
{
    return fulfilment::paymentMethods(settings());
}

QList<Carrier> FulfilmentStore::carriers() const
{
    return fulfilment::carriers(settings());
}

fulfilment::Deadlines FulfilmentStore::deadlines() const
{
    return fulfilment::deadlines(settings());
}

void FulfilmentStore::begin(qint64 ts) const
{
    dialect::setAuditContext(m_db, m_session.userName(), ts, {}, m_session.scope().toString());
}

FulfilmentStore::OrderRow FulfilmentStore::readOrder(qint64 orderId) const
{
    requireView();
    const SqlClause scope = orderquery::scope(m_session);
    QVariantList binds{orderId};
    binds += scope.binds;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT o.id, o.number, o.status, o.currency, o.channel, o.review_state, "
                       "o.total_cents, o.paid_cents, o.refunded_cents, o.invalid_at, o.records, "
                       "o.version FROM orders o WHERE o.id = ? AND ") +
            scope.sql,
        binds);
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no order with the id %1.").arg(orderId));
    OrderRow o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.status = q.value(2).toString();
    o.currency = q.value(3).toString();
    o.channel = q.value(4).toString();
    o.reviewState = q.value(5).toString();
    o.total = q.value(6).toLongLong();
    o.paid = q.value(7).toLongLong();
    o.refunded = q.value(8).toLongLong();
    o.invalid = !q.value(9).isNull();
    o.records = q.value(10).toInt() != 0;
    o.version = q.value(11).toLongLong();
    return o;
}

FulfilmentStore::OrderRow FulfilmentStore::lockOrder(qint64 orderId) const
{
    // SQLite: the write transaction (BEGIN IMMEDIATE) already holds the
    // database's write lock. PostgreSQL: the server function locks the row
    // and checks again; this read only gives the translated refusals.
    return readOrder(orderId);
}

void FulfilmentStore::refuseClosed(const OrderRow& o) const
{
    if (o.invalid)
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Order %1 is marked invalid; nothing is recorded for it.").arg(o.number));
    if (o.status == QLatin1String("cancelled") || o.status == QLatin1String("refunded"))
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 is %2; nothing more is recorded for it.")
                              .arg(o.number, status::labelForCode(o.status).toLower()));
}

// ---------------------------------------------------------------- reads

QList<Payment> FulfilmentStore::payments(qint64 orderId) const
{
    const OrderRow o = readOrder(orderId);
    QList<Payment> out;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, method, amount_cents, currency, reference, "
                                          "state, refunded_cents, created_at, created_by, "
                                          "updated_at, updated_by, version FROM payments WHERE "
                                          "order_id = ? ORDER BY id"),
                           {o.id});
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.orderId = o.id;
        p.method = q.value(1).toString();
        p.amount = Money(q.value(2).toLongLong(), q.value(3).toString());
        p.reference = q.value(4).toString();
        p.state = paymentstate::fromCode(q.value(5).toString()).value_or(PaymentState::Pending);
        p.refunded = Money(q.value(6).toLongLong(), q.value(3).toString());
        p.createdAt = sql::utcTime(q.value(7));
        p.createdBy = q.value(8).toString();
        p.updatedAt = sql::utcTime(q.value(9));
        p.updatedBy = q.value(10).toString();
        p.version = q.value(11).toLongLong();
        out << p;
    }
    return out;
}

QList<Refund> FulfilmentStore::refunds(qint64 orderId) const
{
    const OrderRow o = readOrder(orderId);
    QList<Refund> out;
    QHash<qint64, qsizetype> at;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, payment_id, amount_cents, currency, reason, "
                                          "created_at, created_by FROM refunds WHERE order_id = ? "
                                          "ORDER BY id"),
                           {o.id});
    while (q.next()) {
        Refund r;
        r.id = q.value(0).toLongLong();
        r.orderId = o.id;
        r.paymentId = q.value(1).toLongLong();
        r.amount = Money(q.value(2).toLongLong(), q.value(3).toString());
        r.reason = q.value(4).toString();
        r.createdAt = sql::utcTime(q.value(5));
        r.createdBy = q.value(6).toString();
        at.insert(r.id, out.size());
        out << r;
    }
    QSqlQuery l = sql::run(m_db,
                           QStringLiteral("SELECT refund_id, line_id, quantity FROM refund_lines "
                                          "WHERE order_id = ? ORDER BY refund_id, line_id"),
                           {o.id});
    while (l.next())
        if (auto it = at.constFind(l.value(0).toLongLong()); it != at.constEnd())
            out[*it].lines << RefundLine{l.value(1).toLongLong(), l.value(2).toLongLong()};
    return out;
}

QList<Shipment> FulfilmentStore::shipments(qint64 orderId) const
{
    const OrderRow o = readOrder(orderId);
    QList<Shipment> out;
    QHash<qint64, qsizetype> at;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, carrier, tracking_number, shipped_at, "
                                          "delivered_at, created_by, version FROM shipments WHERE "
                                          "order_id = ? ORDER BY id"),
                           {o.id});
    while (q.next()) {
        Shipment s;
        s.id = q.value(0).toLongLong();
        s.orderId = o.id;
        s.carrier = q.value(1).toString();
        s.trackingNumber = q.value(2).toString();
        s.shippedAt = sql::utcTime(q.value(3));
        s.deliveredAt = sql::utcTime(q.value(4));
        s.createdBy = q.value(5).toString();
        s.version = q.value(6).toLongLong();
        at.insert(s.id, out.size());
        out << s;
    }
    QSqlQuery l = sql::run(m_db,
                           QStringLiteral("SELECT shipment_id, line_id, quantity FROM "
                                          "shipment_lines WHERE order_id = ? ORDER BY "
                                          "shipment_id, line_id"),
                           {o.id});
    while (l.next())
        if (auto it = at.constFind(l.value(0).toLongLong()); it != at.constEnd())
            out[*it].lines << ShipmentLine{l.value(1).toLongLong(), l.value(2).toLongLong()};
    QSqlQuery e = sql::run(m_db,
                           QStringLiteral("SELECT id, shipment_id, at, place, status_text, source, "
                                          "created_by FROM tracking_events WHERE order_id = ? "
                                          "ORDER BY at, id"),
                           {o.id});
    while (e.next())
        if (auto it = at.constFind(e.value(1).toLongLong()); it != at.constEnd())
            out[*it].events << TrackingEvent{e.value(0).toLongLong(),  e.value(1).toLongLong(),
                                             sql::utcTime(e.value(2)), e.value(3).toString(),
                                             e.value(4).toString(),    e.value(5).toString(),
                                             e.value(6).toString()};
    return out;
}

Shipment FulfilmentStore::shipment(qint64 shipmentId) const
{
    requireView();
    const qint64 orderId =
        sql::scalar(m_db, QStringLiteral("SELECT order_id FROM shipments WHERE id = ?"),
                    {shipmentId}, 0)
            .toLongLong();
    if (orderId > 0)
        for (const Shipment& s : shipments(orderId)) // scope
            if (s.id == shipmentId)
                return s;
    throw DocketError(DocketError::Code::NotFound,
                      tr("There is no shipment with the id %1.").arg(shipmentId));
}

QList<FulfilmentStore::LineState> FulfilmentStore::lineStates(qint64 orderId) const
{
    const OrderRow o = readOrder(orderId);
    QList<LineState> out;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT l.id, l.line_no, l.sku, l.name, l.quantity, l.unit_price_cents, "
            "COALESCE((SELECT sum(s.quantity) FROM shipment_lines s WHERE s.line_id = l.id), 0), "
            "COALESCE((SELECT sum(r.quantity) FROM refund_lines r WHERE r.line_id = l.id), 0) "
            "FROM order_lines l WHERE l.order_id = ? ORDER BY l.line_no, l.id"),
        {o.id});
    while (q.next()) {
        LineState l;
        l.lineId = q.value(0).toLongLong();
        l.lineNo = q.value(1).toInt();
        l.sku = q.value(2).toString();
        l.name = q.value(3).toString();
        l.ordered = q.value(4).toLongLong();
        l.unitPriceCents = q.value(5).toLongLong();
        l.shipped = q.value(6).toLongLong();
        l.refunded = q.value(7).toLongLong();
        out << l;
    }
    return out;
}

FulfilmentStore::Balance FulfilmentStore::balance(qint64 orderId) const
{
    const OrderRow o = readOrder(orderId);
    const qint64 pending =
        sql::scalar(m_db,
                    QStringLiteral("SELECT COALESCE(sum(amount_cents), 0) FROM payments WHERE "
                                   "order_id = ? AND state = 'pending'"),
                    {o.id})
            .toLongLong();
    return Balance{Money(o.total, o.currency), Money(o.paid + o.refunded, o.currency),
                   Money(o.refunded, o.currency), Money(pending, o.currency)};
}

// ---------------------------------------------------------------- payments

qint64 FulfilmentStore::addPayment(qint64 orderId, const QString& method, const Money& amount,
                                   const QString& reference, PaymentState state)
{
    m_session.require(Permission::RecordPayments);
    if (state != PaymentState::Captured && state != PaymentState::Pending)
        throw DocketError(DocketError::Code::Invalid,
                          tr("A payment is recorded as pending or captured, not %1.")
                              .arg(paymentstate::label(state).toLower()),
                          QStringLiteral("state"));
    const QString ref = nn(reference.trimmed());
    const QString code = nn(method.trimmed());
    bool known = false;
    for (const PaymentMethod& m : paymentMethods())
        known = known || m.code == code;
    if (!known)
        throw DocketError(DocketError::Code::Invalid,
                          tr("\"%1\" is not one of the shop's payment methods (Settings, "
                             "Payments).")
                              .arg(code),
                          QStringLiteral("method"));
    if (amount.minorUnits() <= 0)
        throw DocketError(DocketError::Code::Invalid, tr("A payment's amount must be above zero."),
                          QStringLiteral("amount"));
    if (ref.size() > 200)
        throw DocketError(DocketError::Code::Invalid, tr("The reference is too long."),
                          QStringLiteral("reference"));

    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const OrderRow o = lockOrder(orderId);
    refuseClosed(o);
    if (amount.currency() != o.currency)
        throw DocketError(DocketError::Code::Invalid,
                          tr("The payment is in %1 but order %2 is in %3; Docket does not mix "
                             "currencies.")
                              .arg(amount.currency(), o.number, o.currency),
                          QStringLiteral("currency"));
    const Balance b = balance(orderId);
    if (amount.minorUnits() > b.owed().minorUnits())
        throw DocketError(
            DocketError::Code::Invalid,
            b.owed().minorUnits() == 0
                ? tr("Order %1 owes nothing more: %2 of %3 is paid or on its way.")
                      .arg(o.number,
                           money(b.captured.minorUnits() + b.pending.minorUnits(), o.currency),
                           money(o.total, o.currency))
                : tr("%1 is more than the %2 still owed on order %3.")
                      .arg(amount.toString(QLocale()), b.owed().toString(QLocale()), o.number),
            QStringLiteral("amount"));
    if (!ref.isEmpty() &&
        !sql::scalar(m_db,
                     QStringLiteral("SELECT 1 FROM payments WHERE method = ? AND reference = ?"),
                     {code, ref})
             .isNull())
        throw DocketError(DocketError::Code::Conflict,
                          tr("A %1 payment with the reference %2 is recorded already.")
                              .arg(fulfilment::builtinMethodLabel(code), ref),
                          QStringLiteral("reference"));
    begin(ts);
    qint64 id = 0;
    if (m_backend == Backend::PostgreSQL) {
        id = sql::scalar(m_db,
                         QStringLiteral("SELECT docket_payment_add(CAST(? AS bigint), CAST(? AS "
                                        "text), CAST(? AS bigint), CAST(? AS text), CAST(? AS "
                                        "text), CAST(? AS text))"),
                         {orderId, code, qint64(amount.minorUnits()), amount.currency(), ref,
                          paymentstate::code(state)})
                 .toLongLong();
    } else {
        const QString st = paymentstate::code(state);
        id = sql::run(m_db,
                      QStringLiteral("INSERT INTO payments(order_id, method, amount_cents, "
                                     "currency, reference, state, created_at, created_by, "
                                     "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?)"),
                      {orderId, code, qint64(amount.minorUnits()), amount.currency(), ref, st, ts,
                       m_session.userName(), ts, m_session.userName()})
                 .lastInsertId()
                 .toLongLong();
        if (state == PaymentState::Captured)
            sql::run(m_db,
                     QStringLiteral("UPDATE orders SET paid_cents = paid_cents + ?, updated_at = "
                                    "?, version = version + 1 WHERE id = ?"),
                     {qint64(amount.minorUnits()), ts, orderId});
        records::addEvent(m_db, orderId, ts, m_session.userName(), QStringLiteral("payment"),
                          QStringLiteral("payment"), {},
                          paymentText(id, code, amount.minorUnits(), amount.currency(), st), ref);
        records::settle(m_db, orderId, QStringLiteral("payment:%1").arg(id), ts);
    }
    tx.commit();
    return id;
}

void FulfilmentStore::setPaymentState(qint64 paymentId, PaymentState to,
                                      std::optional<qint64> expectedVersion)
{
    m_session.require(Permission::RecordPayments);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT order_id, state, amount_cents, version, "
                                          "refunded_cents, method, currency FROM payments WHERE "
                                          "id = ?"),
                           {paymentId});
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no payment with the id %1.").arg(paymentId));
    const qint64 orderId = q.value(0).toLongLong();
    const OrderRow o = lockOrder(orderId); // scope
    const QString fromCode = q.value(1).toString();
    const auto from = paymentstate::fromCode(fromCode);
    const qint64 version = q.value(3).toLongLong();
    if (expectedVersion && *expectedVersion != version)
        throw DocketError(DocketError::Code::Conflict,
                          tr("Payment #%1 was changed by someone else meanwhile; look at it "
                             "again.")
                              .arg(paymentId));
    if (from == to)
        return;
    if (!from || !paymentstate::canMove(*from, to))
        throw DocketError(DocketError::Code::Conflict,
                          tr("Payment #%1 is %2; it cannot become %3.")
                              .arg(paymentId)
                              .arg(paymentstate::labelForCode(fromCode).toLower(),
                                   paymentstate::label(to).toLower()),
                          QStringLiteral("state"));
    if (to == PaymentState::Captured)
        refuseClosed(o);
    begin(ts);
    if (m_backend == Backend::PostgreSQL) {
        if (sql::scalar(m_db,
                        QStringLiteral("SELECT docket_payment_set_state(CAST(? AS bigint), CAST(? "
                                       "AS bigint), CAST(? AS text))"),
                        {paymentId, version, paymentstate::code(to)})
                .toInt() != 1)
            throw DocketError(DocketError::Code::Conflict,
                              tr("Payment #%1 was changed by someone else meanwhile; look at it "
                                 "again.")
                                  .arg(paymentId));
        tx.commit();
        return;
    }
    if (sql::run(m_db,
                 QStringLiteral("UPDATE payments SET state = ?, updated_at = ?, updated_by = ?, "
                                "version = version + 1 WHERE id = ? AND version = ?"),
                 {paymentstate::code(to), ts, m_session.userName(), paymentId, version})
            .numRowsAffected() != 1)
        throw DocketError(DocketError::Code::Conflict,
                          tr("Payment #%1 was changed by someone else meanwhile; look at it "
                             "again.")
                              .arg(paymentId));
    if (to == PaymentState::Captured)
        sql::run(m_db,
                 QStringLiteral("UPDATE orders SET paid_cents = paid_cents + ?, updated_at = ?, "
                                "version = version + 1 WHERE id = ?"),
                 {q.value(2).toLongLong(), ts, orderId});
    records::addEvent(m_db, orderId, ts, m_session.userName(), QStringLiteral("payment"),
                      QStringLiteral("state"), fromCode, paymentstate::code(to),
                      QStringLiteral("#%1").arg(paymentId));
    records::settle(m_db, orderId, QStringLiteral("payment:%1").arg(paymentId), ts);
    tx.commit();
}

// ---------------------------------------------------------------- refunds

void FulfilmentStore::checkRefundable(const OrderRow& o, qint64 paymentId, qint64 cents) const
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
    const qint64 left = p.value(1).toLongLong() - p.value(2).toLongLong();
    if (cents > left)
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 is more than the %2 left to refund on payment #%3.")
                              .arg(money(cents, o.currency), money(left, o.currency))
                              .arg(paymentId),
                          QStringLiteral("amount"));
}

qint64 FulfilmentStore::writeRefund(const OrderRow& o, qint64 paymentId, qint64 cents,
                                    const QString& reason, const QList<RefundLine>& lines,
                                    qint64 ts)
{
    begin(ts);
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
                          .arg(Money(cents).toPlainString(), o.currency),
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
    checkRefundable(o, paymentId, amount.minorUnits());
    const qint64 id = writeRefund(o, paymentId, amount.minorUnits(), reason.trimmed(), {}, ts);
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
    qint64 cents = 0;
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
        cents += r.quantity * it->unitPriceCents;
    }
    if (cents <= 0)
        throw DocketError(DocketError::Code::Invalid,
                          tr("Those lines cost nothing; there is nothing to refund."),
                          QStringLiteral("lines"));
    checkRefundable(o, paymentId, cents);
    const qint64 id = writeRefund(o, paymentId, cents, reason.trimmed(), lines, ts);
    tx.commit();
    return id;
}

// ---------------------------------------------------------------- shipments

void FulfilmentStore::checkShippable(const OrderRow& o) const
{
    refuseClosed(o);
    if (o.reviewState == QLatin1String("waiting"))
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Order %1 is awaiting review; it ships once it is approved.").arg(o.number));
    if (o.status == QLatin1String("delivered"))
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 is delivered already.").arg(o.number));
    if (o.status == QLatin1String("pending")) {
        // Cash on delivery: a pending payment of a method paid on delivery.
        QStringList cod;
        for (const PaymentMethod& m : paymentMethods())
            if (m.onDelivery)
                cod << m.code;
        bool onDelivery = false;
        if (!cod.isEmpty()) {
            const SqlClause in = sql::inList(QStringLiteral("method"), cod);
            QVariantList binds{o.id};
            binds += in.binds;
            onDelivery = !sql::scalar(m_db,
                                      QStringLiteral("SELECT 1 FROM payments WHERE order_id = ? "
                                                     "AND state = 'pending' AND ") +
                                          in.sql,
                                      binds)
                              .isNull();
        }
        if (!onDelivery)
            throw DocketError(
                DocketError::Code::Conflict,
                tr("Order %1 is not paid yet (%2 of %3); it ships once it is paid, or record a "
                   "cash-on-delivery payment.")
                    .arg(o.number, money(o.paid, o.currency), money(o.total, o.currency)));
    }
}

QString FulfilmentStore::checkTracking(const QString& carrier, const QString& number,
                                       const QList<Carrier>& carriers) const
{
    const Carrier* c = nullptr;
    for (const Carrier& k : carriers)
        if (k.code == carrier)
            c = &k;
    if (!c) {
        QStringList codes;
        for (const Carrier& k : carriers)
            codes << k.code;
        return tr("\"%1\" is not one of the shop's carriers (%2).")
            .arg(carrier, codes.join(QStringLiteral(", ")));
    }
    if (number.isEmpty())
        return {};
    if (number.size() > 60 || !c->accepts(number))
        return tr("%1 is not a %2 tracking number.").arg(number, c->name);
    if (!sql::scalar(m_db,
                     QStringLiteral("SELECT 1 FROM shipments WHERE carrier = ? AND "
                                    "tracking_number = ?"),
                     {carrier, number})
             .isNull())
        return tr("%1 already has a parcel with the tracking number %2.").arg(c->name, number);
    return {};
}

qint64 FulfilmentStore::shipOne(const OrderRow& o, const QString& carrier, const QString& tracking,
                                QList<ShipmentLine> lines, qint64 ts)
{
    const QList<LineState> states = lineStates(o.id);
    if (lines.isEmpty()) {
        for (const LineState& l : states)
            if (l.unshipped() > 0)
                lines << ShipmentLine{l.lineId, l.unshipped()};
        if (lines.isEmpty())
            throw DocketError(DocketError::Code::Conflict,
                              tr("Every line of order %1 has shipped already.").arg(o.number),
                              QStringLiteral("lines"));
    }
    QStringList parts;
    QSet<qint64> seen;
    for (const ShipmentLine& s : lines) {
        const LineState* l = nullptr;
        for (const LineState& k : states)
            if (k.lineId == s.lineId)
                l = &k;
        if (!l || seen.contains(s.lineId))
            throw DocketError(DocketError::Code::Invalid,
                              tr("Order %1 has no line %2 to ship (or it is listed twice).")
                                  .arg(o.number)
                                  .arg(s.lineId),
                              QStringLiteral("lines"));
        seen.insert(s.lineId);
        if (s.quantity < 1 || s.quantity > l->unshipped())
            throw DocketError(DocketError::Code::Conflict,
                              tr("Line %1 (%2): %3 cannot ship; %4 of %5 are left to ship.")
                                  .arg(l->lineNo)
                                  .arg(l->sku)
                                  .arg(s.quantity)
                                  .arg(l->unshipped())
                                  .arg(l->ordered),
                              QStringLiteral("lines"));
        parts << QStringLiteral("%1× %2").arg(s.quantity).arg(l->sku);
    }
    const qint64 id = sql::run(m_db,
                               QStringLiteral("INSERT INTO shipments(order_id, carrier, "
                                              "tracking_number, shipped_at, created_at, "
                                              "created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                               {o.id, carrier, tracking, ts, ts, m_session.userName()})
                          .lastInsertId()
                          .toLongLong();
    QSqlQuery ins = sql::prepare(m_db, QStringLiteral("INSERT INTO shipment_lines(shipment_id, "
                                                      "order_id, line_id, quantity) VALUES (?, "
                                                      "?, ?, ?)"));
    for (const ShipmentLine& s : lines) {
        ins.bindValue(0, id);
        ins.bindValue(1, o.id);
        ins.bindValue(2, s.lineId);
        ins.bindValue(3, s.quantity);
        sql::exec(ins);
    }
    records::addEvent(m_db, o.id, ts, m_session.userName(), QStringLiteral("shipment"),
                      QStringLiteral("shipment"), {},
                      QStringLiteral("#%1 %2 %3").arg(id).arg(carrier, tracking).trimmed(),
                      parts.join(QStringLiteral(", ")));
    records::settle(m_db, o.id, QStringLiteral("shipment:%1").arg(id), ts);
    return id;
}

qint64 FulfilmentStore::ship(qint64 orderId, const QString& carrier, const QString& trackingNumber,
                             const QList<ShipmentLine>& lines)
{
    m_session.require(Permission::Ship);
    const QString code = carrier.trimmed().toLower();
    const QString number = nn(fulfilment::normaliseTrackingNumber(trackingNumber));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const OrderRow o = lockOrder(orderId);
    checkShippable(o);
    if (const QString why = checkTracking(code, number, carriers()); !why.isEmpty())
        throw DocketError(why.contains(number) && !number.isEmpty() &&
                                  why.contains(QLatin1String("already"))
                              ? DocketError::Code::Conflict
                              : DocketError::Code::Invalid,
                          why, QStringLiteral("tracking"));
    begin(ts);
    if (m_backend == Backend::PostgreSQL) {
        QVariant linesJson(QMetaType(QMetaType::QString));
        if (!lines.isEmpty()) {
            // The store's own check first, for its message.
            const QList<LineState> states = lineStates(orderId);
            for (const ShipmentLine& s : lines)
                for (const LineState& l : states)
                    if (l.lineId == s.lineId && (s.quantity < 1 || s.quantity > l.unshipped()))
                        throw DocketError(
                            DocketError::Code::Conflict,
                            tr("Line %1 (%2): %3 cannot ship; %4 of %5 are left to ship.")
                                .arg(l.lineNo)
                                .arg(l.sku)
                                .arg(s.quantity)
                                .arg(l.unshipped())
                                .arg(l.ordered),
                            QStringLiteral("lines"));
            QJsonArray a;
            for (const ShipmentLine& s : lines)
                a.append(QJsonObject{{QStringLiteral("line_id"), QString::number(s.lineId)},
                                     {QStringLiteral("quantity"), QString::number(s.quantity)}});
            linesJson = jsonText(a);
        }
        const qint64 id =
            sql::scalar(m_db,
                        QStringLiteral("SELECT docket_shipment_add(CAST(? AS bigint), CAST(? AS "
                                       "text), CAST(? AS text), CAST(? AS jsonb))"),
                        {orderId, code, number, linesJson})
                .toLongLong();
        tx.commit();
        return id;
    }
    const qint64 id = shipOne(o, code, number, lines, ts);
    tx.commit();
    return id;
}

void FulfilmentStore::markDelivered(qint64 shipmentId, std::optional<qint64> at)
{
    m_session.require(Permission::Ship);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Shipment s = shipment(shipmentId); // scope
    const OrderRow o = lockOrder(s.orderId);
    if (s.isDelivered())
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Shipment #%1 of order %2 is delivered already.").arg(shipmentId).arg(o.number));
    const qint64 when = at.value_or(ts);
    if (when < s.shippedAt.toSecsSinceEpoch())
        throw DocketError(DocketError::Code::Invalid, tr("A parcel is delivered after it shipped."),
                          QStringLiteral("at"));
    begin(ts);
    if (m_backend == Backend::PostgreSQL) {
        sql::run(m_db,
                 QStringLiteral("SELECT docket_shipment_delivered(CAST(? AS bigint), CAST(? AS "
                                "bigint))"),
                 {shipmentId, when});
        tx.commit();
        return;
    }
    sql::run(m_db,
             QStringLiteral("UPDATE shipments SET delivered_at = ?, version = version + 1 WHERE "
                            "id = ? AND delivered_at IS NULL"),
             {when, shipmentId});
    records::addEvent(m_db, s.orderId, ts, m_session.userName(), QStringLiteral("shipment"),
                      QStringLiteral("delivered"), {}, QStringLiteral("#%1").arg(shipmentId), {});
    records::settle(m_db, s.orderId, QStringLiteral("delivered:%1").arg(shipmentId), ts);
    tx.commit();
}

qint64 FulfilmentStore::addTrackingEvent(qint64 shipmentId, qint64 at, const QString& place,
                                         const QString& text, const QString& source)
{
    m_session.require(Permission::Ship);
    if (text.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("A tracking event needs the carrier's status text."),
                          QStringLiteral("text"));
    if (source != QLatin1String("desk") && source != QLatin1String("file") &&
        source != QLatin1String("gateway"))
        throw DocketError(DocketError::Code::Invalid,
                          tr("A tracking event comes from the desk, a file or the gateway."),
                          QStringLiteral("source"));
    if (text.size() > 500 || place.size() > 200)
        throw DocketError(DocketError::Code::Invalid, tr("The tracking event is too long."),
                          QStringLiteral("text"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Shipment s = shipment(shipmentId);
    begin(ts);
    if (m_backend == Backend::PostgreSQL) {
        const qint64 id =
            sql::scalar(m_db,
                        QStringLiteral("SELECT docket_tracking_add(CAST(? AS bigint), CAST(? AS "
                                       "bigint), CAST(? AS text), CAST(? AS text), CAST(? AS "
                                       "text))"),
                        {shipmentId, at, place.trimmed(), text.trimmed(), source})
                .toLongLong();
        tx.commit();
        return id;
    }
    const qint64 id =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO tracking_events(shipment_id, order_id, at, place, "
                                "status_text, source, created_at, created_by) VALUES (?, ?, ?, "
                                "?, ?, ?, ?, ?)"),
                 {shipmentId, s.orderId, at, nn(place.trimmed()), text.trimmed(), source, ts,
                  m_session.userName()})
            .lastInsertId()
            .toLongLong();
    records::addEvent(m_db, s.orderId, ts, m_session.userName(), QStringLiteral("tracking"),
                      QStringLiteral("tracking"), {},
                      QStringLiteral("#%1 %2").arg(shipmentId).arg(place.trimmed()).trimmed(),
                      text.trimmed());
    tx.commit();
    return id;
}

// ---------------------------------------------------------------- ship many

namespace {

QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar sep = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(','))
                          ? QLatin1Char(';')
                      : firstLine.contains(QLatin1Char('\t')) ? QLatin1Char('\t')
                                                              : QLatin1Char(',');
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == sep) {
            row << cell.trimmed();
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row << cell.trimmed();
            cell.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r') && !(i == 0 && c == QChar(0xFEFF))) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell.trimmed();
        rows << row;
    }
    return rows;
}

} // namespace

QList<FulfilmentStore::ShipRow> FulfilmentStore::previewShipments(const QString& csvText) const
{
    m_session.require(Permission::Ship);
    requireView();
    const QList<Carrier> known = carriers();
    const QList<PaymentMethod> methods = paymentMethods();
    QList<QStringList> rows = parseCsv(csvText);
    QList<ShipRow> out;
    int lineNo = 0;
    QHash<QString, int> numbersSeen;
    QSet<QString> trackingSeen;
    const SqlClause scope = orderquery::scope(m_session);
    for (const QStringList& r : rows) {
        ++lineNo;
        if (r.size() == 1 && r[0].isEmpty())
            continue;
        if (lineNo == 1 && !r.isEmpty()) {
            const QString h = r[0].toLower();
            if (h.contains(QLatin1String("order")) || h.contains(QLatin1String("number")) ||
                r[0].contains(QStringLiteral("订单")) || r[0].contains(QStringLiteral("訂單")))
                continue;
        }
        ShipRow s;
        s.line = lineNo;
        s.number = r.value(0).trimmed().toUpper();
        s.carrier = r.value(1).trimmed().toLower();
        s.tracking = nn(fulfilment::normaliseTrackingNumber(r.value(2)));
        auto fail = [&](const QString& why) {
            if (s.error.isEmpty())
                s.error = why;
        };
        if (r.size() < 3 || s.number.isEmpty() || s.carrier.isEmpty() || s.tracking.isEmpty())
            fail(tr("A row is order number, carrier, tracking number."));
        if (s.error.isEmpty()) {
            QVariantList binds{s.number};
            binds += scope.binds;
            QSqlQuery q = sql::run(
                m_db,
                QStringLiteral("SELECT o.id, o.status, o.review_state, o.invalid_at, "
                               "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND "
                               "l.quantity > COALESCE((SELECT sum(x.quantity) FROM "
                               "shipment_lines x WHERE x.line_id = l.id), 0)) FROM orders o "
                               "WHERE o.number = ? AND ") +
                    scope.sql,
                binds);
            if (!q.next()) {
                const bool exists =
                    !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM orders WHERE number = ?"),
                                 {s.number})
                         .isNull();
                fail(exists ? tr("Order %1 is outside your scope.").arg(s.number)
                            : tr("There is no order %1.").arg(s.number));
            } else {
                s.orderId = q.value(0).toLongLong();
                const QString st = q.value(1).toString();
                if (!q.value(3).isNull())
                    fail(tr("Order %1 is marked invalid.").arg(s.number));
                else if (q.value(2).toString() == QLatin1String("waiting"))
                    fail(tr("Order %1 is awaiting review.").arg(s.number));
                else if (st == QLatin1String("cancelled") || st == QLatin1String("refunded"))
                    fail(tr("Order %1 is %2.").arg(s.number, status::labelForCode(st).toLower()));
                else if (q.value(4).toLongLong() == 0)
                    fail(tr("Order %1 has shipped already.").arg(s.number));
                else if (st == QLatin1String("pending")) {
                    bool cod = false;
                    for (const PaymentMethod& m : methods)
                        if (m.onDelivery)
                            cod = cod || !sql::scalar(m_db,
                                                      QStringLiteral("SELECT 1 FROM payments WHERE "
                                                                     "order_id = ? AND state = "
                                                                     "'pending' AND method = ?"),
                                                      {s.orderId, m.code})
                                              .isNull();
                    if (!cod)
                        fail(tr("Order %1 is not paid yet.").arg(s.number));
                }
            }
        }
        if (s.error.isEmpty())
            if (const QString why = checkTracking(s.carrier, s.tracking, known); !why.isEmpty())
                fail(why);
        if (s.error.isEmpty() && numbersSeen.contains(s.number))
            fail(tr("Order %1 is on line %2 already.").arg(s.number).arg(numbersSeen[s.number]));
        const QString key = s.carrier + QLatin1Char('\n') + s.tracking;
        if (s.error.isEmpty() && trackingSeen.contains(key))
            fail(tr("The tracking number %1 is in the file twice.").arg(s.tracking));
        if (!s.number.isEmpty() && !numbersSeen.contains(s.number))
            numbersSeen.insert(s.number, lineNo);
        trackingSeen.insert(key);
        out << s;
    }
    return out;
}

int FulfilmentStore::commitShipments(const QList<ShipRow>& rows)
{
    m_session.require(Permission::Ship);
    for (const ShipRow& r : rows)
        if (!r.error.isEmpty())
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1: %2 Nothing was shipped.").arg(r.line).arg(r.error));
    if (rows.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    begin(ts);
    if (m_backend == Backend::PostgreSQL) {
        QJsonArray a;
        for (const ShipRow& r : rows)
            a.append(QJsonObject{{QStringLiteral("order_id"), QString::number(r.orderId)},
                                 {QStringLiteral("carrier"), r.carrier},
                                 {QStringLiteral("tracking"), r.tracking}});
        const int n = sql::scalar(m_db,
                                  QStringLiteral("SELECT docket_shipments_add_many(CAST(? AS "
                                                 "jsonb))"),
                                  {jsonText(a)})
                          .toInt();
        tx.commit();
        return n;
    }
    const QList<Carrier> known = carriers();
    int n = 0;
    for (const ShipRow& r : rows) {
        try {
            const OrderRow o = lockOrder(r.orderId);
            checkShippable(o);
            if (const QString why = checkTracking(r.carrier, r.tracking, known); !why.isEmpty())
                throw DocketError(DocketError::Code::Invalid, why, QStringLiteral("tracking"));
            shipOne(o, r.carrier, r.tracking, {}, ts);
            ++n;
        } catch (const DocketError& e) {
            throw DocketError(e.code(),
                              tr("Line %1: %2 Nothing was shipped.").arg(r.line).arg(e.message()));
        }
    }
    tx.commit();
    return n;
}

// ---------------------------------------------------------------- deadlines, jobs

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
    const fulfilment::Deadlines d = deadlines();
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
    const int n = sql::run(m_db,
                           QStringLiteral("UPDATE orders SET due_at = ") + due +
                               QStringLiteral(" WHERE step <> '' AND step_at IS NOT NULL AND "
                                              "due_at IS DISTINCT FROM ") +
                               due,
                           all)
                      .numRowsAffected();
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
    for (qint64 id : ids) {
        sql::run(m_db,
                 QStringLiteral("UPDATE orders SET status = 'cancelled', updated_at = ?, version "
                                "= version + 1 WHERE id = ?"),
                 {ts, id});
        records::addEvent(m_db, id, ts, fulfilment::systemActor(), QStringLiteral("status"),
                          QStringLiteral("status"), QStringLiteral("pending"),
                          QStringLiteral("cancelled"), QStringLiteral("deadline:payment"));
        records::refreshDue(m_db, id, ts);
    }
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
            "NULL) FROM orders o WHERE o.records = 1 AND o.invalid_at IS NULL"));
    while (st.next()) {
        fulfilment::RecordFacts f;
        f.total = st.value(2).toLongLong();
        f.captured = st.value(3).toLongLong();
        f.refunded = st.value(4).toLongLong();
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
