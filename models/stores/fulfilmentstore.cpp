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
#include <QSqlQuery>
#include <algorithm>

// FulfilmentStore: payments, refunds, shipments, tracking, deadlines, and the
// SQLite half of "status follows the records" (records::settle). The
// PostgreSQL half of every write is a server function of
// resources/sql/postgres/0069_fulfilment_functions.sql.

namespace docket {

using namespace fulfilmentrows;

namespace {

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

fulfilment::RecordFacts factsOf(const QSqlDatabase& db, qint64 orderId, const Money& total,
                                const Money& paid, const Money& refunded)
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

const fulfilment::Deadlines& DeadlineSettings::get()
{
    if (!m_deadlines) {
        QHash<QString, QString> stored;
        QSqlQuery s = sql::run(m_db, QStringLiteral("SELECT key, value FROM shop_settings WHERE "
                                                    "key LIKE 'deadline.%'"));
        while (s.next())
            stored.insert(s.value(0).toString(), s.value(1).toString());
        m_deadlines = fulfilment::deadlines(ShopSettings(stored));
    }
    return *m_deadlines;
}

void refreshDue(const QSqlDatabase& db, qint64 orderId, qint64 now)
{
    DeadlineSettings deadlines(db);
    refreshDue(db, orderId, now, deadlines);
}

void refreshDue(const QSqlDatabase& db, qint64 orderId, qint64 now, DeadlineSettings& deadlines)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT status, review_state, channel, step, step_at "
                                          "FROM orders WHERE id = ?"),
                           {orderId});
    if (!q.next())
        return;
    const QString status = q.value(0).toString();
    const QString review = q.value(1).toString();
    const QString channel = q.value(2).toString();
    const StepDue fresh = newStepDue(status, review, channel, now, deadlines);
    if (fresh.step.isEmpty()) {
        sql::run(db,
                 QStringLiteral("UPDATE orders SET step = '', step_at = NULL, due_at = NULL "
                                "WHERE id = ? AND (step <> '' OR due_at IS NOT NULL)"),
                 {orderId});
        return;
    }
    // Still in the same step: due from when it entered it.
    const bool same = q.value(3).toString() == fresh.step && !q.value(4).isNull();
    const StepDue due =
        same ? newStepDue(status, review, channel, q.value(4).toLongLong(), deadlines) : fresh;
    sql::run(db, QStringLiteral("UPDATE orders SET step = ?, step_at = ?, due_at = ? WHERE id = ?"),
             {due.step, due.stepAt, due.dueAt, orderId});
}

StepDue newStepDue(const QString& status, const QString& reviewState, const QString& channel,
                   qint64 since, DeadlineSettings& deadlines)
{
    const fulfilment::Step step = fulfilment::stepOf(status, reviewState);
    if (step == fulfilment::Step::None)
        return {QStringLiteral(""), QVariant(QMetaType(QMetaType::LongLong)),
                QVariant(QMetaType(QMetaType::LongLong))};
    return {fulfilment::stepCode(step), since,
            since + qint64(deadlines.get().hours(step, channel)) * 3600};
}

void settle(const QSqlDatabase& db, qint64 orderId, const QString& reason, qint64 now)
{
    DeadlineSettings deadlines(db);
    settle(db, orderId, reason, now, deadlines);
}

void settle(const QSqlDatabase& db, qint64 orderId, const QString& reason, qint64 now,
            DeadlineSettings& deadlines)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT status, total_cents, paid_cents, refunded_cents, "
                                          "invalid_at, currency FROM orders WHERE id = ?"),
                           {orderId});
    if (!q.next())
        return;
    const QString status = q.value(0).toString();
    if (q.value(4).isNull()) {
        const QString currency = q.value(5).toString();
        const auto facts = factsOf(db, orderId, Money(q.value(1).toLongLong(), currency),
                                   Money(q.value(2).toLongLong(), currency),
                                   Money(q.value(3).toLongLong(), currency));
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
    refreshDue(db, orderId, now, deadlines);
}

} // namespace records

// ---------------------------------------------------------------- the store

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

namespace {

// A parcel's own columns, in the order shipmentFrom reads them (`prefix`: the
// table's alias with its dot, or empty).
QString shipmentColumns(const QString& prefix = {})
{
    QStringList out;
    for (const char* c : {"id", "order_id", "carrier", "tracking_number", "shipped_at",
                          "delivered_at", "created_by", "version"})
        out << prefix + QLatin1String(c);
    return out.join(QLatin1String(", "));
}

// A parcel read from the first columns of `q` (shipmentColumns).
Shipment shipmentFrom(const QSqlQuery& q)
{
    Shipment s;
    s.id = q.value(0).toLongLong();
    s.orderId = q.value(1).toLongLong();
    s.carrier = q.value(2).toString();
    s.trackingNumber = q.value(3).toString();
    s.shippedAt = sql::utcTime(q.value(4));
    s.deliveredAt = sql::utcTime(q.value(5));
    s.createdBy = q.value(6).toString();
    s.version = q.value(7).toLongLong();
    return s;
}

} // namespace

namespace {

// The columns readOrder() and readOrders() read, and the row made of them.
const char* const kOrderColumns =
    "SELECT o.id, o.number, o.status, o.currency, o.channel, o.review_state, o.total_cents, "
    "o.paid_cents, o.refunded_cents, o.invalid_at, o.records, o.version FROM orders o ";

} // namespace

FulfilmentStore::OrderRow FulfilmentStore::orderRowOf(const QSqlQuery& q)
{
    OrderRow o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.status = q.value(2).toString();
    o.currency = q.value(3).toString();
    o.channel = q.value(4).toString();
    o.reviewState = q.value(5).toString();
    o.total = Money(q.value(6).toLongLong(), o.currency);
    o.paid = Money(q.value(7).toLongLong(), o.currency);
    o.refunded = Money(q.value(8).toLongLong(), o.currency);
    o.invalid = !q.value(9).isNull();
    o.records = q.value(10).toInt() != 0;
    o.version = q.value(11).toLongLong();
    return o;
}

FulfilmentStore::OrderRow FulfilmentStore::readOrder(qint64 orderId) const
{
    requireView();
    const SqlClause scope = orderquery::scope(m_session);
    QVariantList binds{orderId};
    binds += scope.binds;
    QSqlQuery q = sql::run(
        m_db, QLatin1String(kOrderColumns) + QStringLiteral("WHERE o.id = ? AND ") + scope.sql,
        binds);
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no order with the id %1.").arg(orderId));
    return orderRowOf(q);
}

QHash<qint64, FulfilmentStore::OrderRow> FulfilmentStore::readOrders(const QList<qint64>& ids) const
{
    requireView();
    const SqlClause scope = orderquery::scope(m_session);
    QVariantList binds{dialect::idListParam(m_backend, ids)};
    binds += scope.binds;
    QSqlQuery q =
        sql::run(m_db,
                 QLatin1String(kOrderColumns) + QStringLiteral("WHERE o.id IN ") +
                     dialect::idListSubquery(m_backend) + QStringLiteral(" AND ") + scope.sql,
                 binds);
    QHash<qint64, OrderRow> out;
    out.reserve(ids.size());
    while (q.next()) {
        OrderRow o = orderRowOf(q);
        out.insert(o.id, std::move(o));
    }
    return out;
}

FulfilmentStore::OrderRow FulfilmentStore::lockOrder(qint64 orderId) const
{
    // SQLite: the write transaction (BEGIN IMMEDIATE) already holds the
    // database's write lock. PostgreSQL: the server function locks the row
    // and checks again; this read only gives the translated refusals.
    return readOrder(orderId);
}

QString FulfilmentStore::closedProblem(const QString& number, const QString& status, bool invalid)
{
    if (invalid)
        return tr("Order %1 is marked invalid; nothing is recorded for it.").arg(number);
    if (status == QLatin1String("cancelled") || status == QLatin1String("refunded"))
        return tr("Order %1 is %2; nothing more is recorded for it.")
            .arg(number, status::labelForCode(status).toLower());
    return {};
}

QString FulfilmentStore::closedProblemOf(qint64 orderId) const
{
    const OrderRow o = readOrder(orderId);
    return closedProblem(o.number, o.status, o.invalid);
}

void FulfilmentStore::refuseClosed(const OrderRow& o) const
{
    if (const QString problem = closedProblem(o.number, o.status, o.invalid); !problem.isEmpty())
        throw DocketError(DocketError::Code::Conflict, problem);
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
                           QStringLiteral("SELECT ") + shipmentColumns() +
                               QStringLiteral(" FROM shipments WHERE order_id = ? ORDER BY id"),
                           {o.id});
    while (q.next()) {
        const Shipment s = shipmentFrom(q);
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

qint64 FulfilmentStore::shipmentIdOf(const QSqlDatabase& db, const QString& carrierCode,
                                     const QString& number)
{
    return sql::scalar(
               db,
               QStringLiteral("SELECT id FROM shipments WHERE carrier = ? AND tracking_number = ?"),
               {carrierCode, number}, 0)
        .toLongLong();
}

QHash<qint64, FulfilmentStore::Parcel> FulfilmentStore::parcels(const QList<qint64>& ids) const
{
    requireView();
    QHash<qint64, Parcel> out;
    if (ids.isEmpty())
        return out;
    const SqlClause scope = orderquery::scope(m_session);
    const QVariant idList = dialect::idListParam(m_backend, ids);
    QVariantList binds{idList};
    binds += scope.binds;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT ") + shipmentColumns(QStringLiteral("s.")) +
            QStringLiteral(", o.number, o.status, o.invalid_at FROM shipments s JOIN orders o ON "
                           "o.id = s.order_id WHERE s.id IN ") +
            dialect::idListSubquery(m_backend) + QStringLiteral(" AND ") + scope.sql,
        binds);
    out.reserve(ids.size());
    while (q.next()) {
        Parcel p;
        p.shipment = shipmentFrom(q);
        const Shipment& s = p.shipment;
        p.orderNumber = q.value(8).toString();
        p.closed = closedProblem(p.orderNumber, q.value(9).toString(), !q.value(10).isNull());
        out.insert(s.id, std::move(p));
    }
    QSqlQuery e = sql::run(m_db,
                           QStringLiteral("SELECT id, shipment_id, at, place, status_text, source, "
                                          "created_by FROM tracking_events WHERE shipment_id IN ") +
                               dialect::idListSubquery(m_backend) +
                               QStringLiteral(" ORDER BY shipment_id, at, id"),
                           {idList});
    while (e.next())
        if (auto it = out.find(e.value(1).toLongLong()); it != out.end())
            it->shipment.events << TrackingEvent{e.value(0).toLongLong(),  e.value(1).toLongLong(),
                                                 sql::utcTime(e.value(2)), e.value(3).toString(),
                                                 e.value(4).toString(),    e.value(5).toString(),
                                                 e.value(6).toString()};
    return out;
}

QHash<QString, qint64> FulfilmentStore::shipmentIdsOf(const QSqlDatabase& db,
                                                      const QString& carrierCode,
                                                      const QStringList& numbers)
{
    QHash<QString, qint64> out;
    if (numbers.isEmpty())
        return out;
    // "<> ''" lets SQLite use the partial unique index shipments_tracking.
    const SqlClause in = sql::inList(QStringLiteral("tracking_number"), numbers);
    QVariantList binds{carrierCode};
    binds += in.binds;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT tracking_number, id FROM shipments WHERE carrier "
                                          "= ? AND tracking_number <> '' AND ") +
                               in.sql,
                           binds);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Shipment FulfilmentStore::shipmentByTracking(const QString& carrier, const QString& number) const
{
    requireView();
    const QString code = carrier.trimmed().toLower();
    const QString n = fulfilment::normaliseTrackingNumber(number);
    const qint64 id = n.isEmpty() ? 0 : shipmentIdOf(m_db, code, n);
    try {
        if (id > 0)
            return shipment(id); // scope
    } catch (const DocketError& e) {
        if (e.code() != DocketError::Code::NotFound)
            throw;
    }
    throw DocketError(DocketError::Code::NotFound,
                      tr("No parcel of carrier %1 has the tracking number %2.").arg(code, n),
                      QStringLiteral("tracking"));
}

namespace {

// The line columns of lineStates() and lineStatesOf(): what each line
// ordered, and what of it has shipped and been refunded.
const char* const kLineColumns =
    "SELECT l.order_id, l.id, l.line_no, l.sku, l.name, l.quantity, l.unit_price_cents, "
    "COALESCE((SELECT sum(s.quantity) FROM shipment_lines s WHERE s.line_id = l.id), 0), "
    "COALESCE((SELECT sum(r.quantity) FROM refund_lines r WHERE r.line_id = l.id), 0) "
    "FROM order_lines l ";

FulfilmentStore::LineState lineStateOf(const QSqlQuery& q, const QString& currency)
{
    FulfilmentStore::LineState l;
    l.lineId = q.value(1).toLongLong();
    l.lineNo = q.value(2).toInt();
    l.sku = q.value(3).toString();
    l.name = q.value(4).toString();
    l.ordered = q.value(5).toLongLong();
    l.unitPrice = Money(q.value(6).toLongLong(), currency);
    l.shipped = q.value(7).toLongLong();
    l.refunded = q.value(8).toLongLong();
    return l;
}

} // namespace

QList<FulfilmentStore::LineState> FulfilmentStore::lineStates(qint64 orderId) const
{
    const OrderRow o = readOrder(orderId);
    QList<LineState> out;
    QSqlQuery q = sql::run(m_db,
                           QLatin1String(kLineColumns) +
                               QStringLiteral("WHERE l.order_id = ? ORDER BY l.line_no, l.id"),
                           {o.id});
    while (q.next())
        out << lineStateOf(q, o.currency);
    return out;
}

QHash<qint64, QList<FulfilmentStore::LineState>>
FulfilmentStore::lineStatesOf(const QHash<qint64, OrderRow>& orders) const
{
    QHash<qint64, QList<LineState>> out;
    if (orders.isEmpty())
        return out;
    out.reserve(orders.size());
    QSqlQuery q = sql::run(m_db,
                           QLatin1String(kLineColumns) + QStringLiteral("WHERE l.order_id IN ") +
                               dialect::idListSubquery(m_backend) +
                               QStringLiteral(" ORDER BY l.order_id, l.line_no, l.id"),
                           {dialect::idListParam(m_backend, orders.keys())});
    while (q.next()) {
        const qint64 orderId = q.value(0).toLongLong();
        out[orderId] << lineStateOf(q, orders.value(orderId).currency);
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
    return Balance{o.total, o.paid + o.refunded, o.refunded, Money(pending, o.currency)};
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
    const QList<PaymentMethod> methods = paymentMethods();
    const auto known = std::find_if(methods.cbegin(), methods.cend(),
                                    [&](const PaymentMethod& m) { return m.code == code; });
    if (known == methods.cend())
        throw DocketError(DocketError::Code::Invalid,
                          tr("\"%1\" is not one of the shop's payment methods (Settings, "
                             "Payments).")
                              .arg(code),
                          QStringLiteral("method"));
    if (!known->active)
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 (%2) is no longer in use for new payments (Settings, Payments).")
                              .arg(known->label, code),
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
                      .arg(o.number, money(b.captured + b.pending), money(o.total))
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

} // namespace docket
