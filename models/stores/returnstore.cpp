#include "returnstore.h"

#include "fulfilmentstore.h"
#include "orderfilter.h"
#include "orderstore.h"
#include "stockledger.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace docket {

namespace {

constexpr qint64 kDay = 86400;

QString json(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::optional<qint64> deadlineFor(ReturnState s, qint64 ts)
{
    const int days = returnstate::daysToAct(s);
    if (!days)
        return std::nullopt;
    return ts + days * kDay;
}

QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ReturnStore::ReturnStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)), m_backend(sql::backendOf(m_db)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

void ReturnStore::beginServerWrite() const
{
    dialect::setAuditContext(m_db, m_session.userName(), now(), {}, m_session.scope().toString());
}

ReturnStore::OrderRef ReturnStore::orderInScope(qint64 orderId) const
{
    const SqlClause scope = orderquery::scope(m_session);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT o.id, o.number, o.status, o.invalid_at FROM "
                                          "orders o WHERE o.id = ? AND %1")
                               .arg(scope.sql),
                           QVariantList{orderId} + scope.binds);
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no order with the id %1.").arg(orderId),
                          QStringLiteral("order"));
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            !q.value(3).isNull()};
}

void ReturnStore::event(qint64 orderId, qint64 ts, const QString& from, const QString& to,
                        const QString& note)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, old_value, "
                            "new_value, note) VALUES (?, ?, ?, 'return', 'return', ?, ?, ?)"),
             {orderId, ts, m_session.userName(), from, to, note});
}

// ---------------------------------------------------------------- requests

qint64 ReturnStore::create(qint64 orderId, ReturnReason reason, const QList<RequestLine>& lines,
                           const QString& noteIn)
{
    m_session.require(Permission::HandleReturns);
    const QString note = noteIn.trimmed();
    if (note.size() > 2000)
        throw DocketError(DocketError::Code::Invalid, tr("The note is too long."),
                          QStringLiteral("note"));
    if (lines.isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("A return needs at least one line: a product and how many."),
                          QStringLiteral("lines"));
    if (lines.size() > 100)
        throw DocketError(DocketError::Code::Invalid, tr("A return has at most 100 lines."),
                          QStringLiteral("lines"));
    QHash<QString, qint64> wanted; // sku -> units
    QStringList order;             // the SKUs in the request's order
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString sku = lines[i].sku.trimmed().toUpper();
        if (lines[i].quantity < 1 || lines[i].quantity > 1'000'000)
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1: the quantity must be a whole number from 1 to "
                                 "1,000,000.")
                                  .arg(i + 1),
                              QStringLiteral("quantity"));
        if (!wanted.contains(sku))
            order << sku;
        wanted[sku] += lines[i].quantity;
    }
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const OrderRef o = orderInScope(orderId);
    if (o.invalid ||
        (o.status != QLatin1String("shipped") && o.status != QLatin1String("delivered")))
        throw DocketError(DocketError::Code::Invalid,
                          tr("Order %1 has not been shipped: only a shipped or delivered order "
                             "can be returned.")
                              .arg(o.number),
                          QStringLiteral("order"));
    // What the order shipped and what returns (not rejected) take back already.
    struct Item
    {
        qint64 productId = 0;
        QString name;
        qint64 shipped = 0;
        qint64 returned = 0;
    };
    QHash<QString, Item> items;
    {
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT UPPER(sku), MAX(product_id), MAX(name), "
                                              "SUM(quantity) FROM order_lines WHERE order_id = ? "
                                              "GROUP BY UPPER(sku)"),
                               {orderId});
        while (q.next())
            items.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString(),
                                                 q.value(3).toLongLong(), 0});
        QSqlQuery r = sql::run(m_db,
                               QStringLiteral("SELECT UPPER(l.sku), SUM(l.quantity) FROM "
                                              "return_lines l JOIN returns r ON r.id = "
                                              "l.return_id WHERE r.order_id = ? AND r.state <> "
                                              "'rejected' GROUP BY UPPER(l.sku)"),
                               {orderId});
        while (r.next())
            items[r.value(0).toString()].returned = r.value(1).toLongLong();
    }
    for (const QString& sku : order) {
        const auto it = items.constFind(sku);
        if (it == items.cend() || it->shipped == 0)
            throw DocketError(DocketError::Code::Invalid,
                              tr("%1 is not on order %2.").arg(sku, o.number),
                              QStringLiteral("sku"));
        if (wanted.value(sku) > it->shipped - it->returned)
            throw DocketError(DocketError::Code::Invalid,
                              tr("%1: %L2 shipped and %L3 already returned, so at most %L4 can "
                                 "come back, not %L5.")
                                  .arg(sku)
                                  .arg(it->shipped)
                                  .arg(it->returned)
                                  .arg(std::max<qint64>(0, it->shipped - it->returned))
                                  .arg(wanted.value(sku)),
                              QStringLiteral("quantity"));
    }
    const QString reasonCode = returnreason::code(reason);
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        QJsonArray arr;
        for (const QString& sku : order)
            arr.append(
                QJsonObject{{QStringLiteral("sku"), sku},
                            {QStringLiteral("quantity"), QString::number(wanted.value(sku))}});
        const qint64 id =
            sql::scalar(m_db,
                        QStringLiteral("SELECT docket_return_create(CAST(? AS bigint), CAST(? AS "
                                       "text), CAST(? AS text), CAST(? AS jsonb))"),
                        {orderId, reasonCode, stockledger::nn(note), json(arr)})
                .toLongLong();
        tx.commit();
        return id;
    }
    sql::run(m_db,
             QStringLiteral("INSERT INTO returns(order_id, reason, note, created_at, created_by, "
                            "updated_at, updated_by, deadline_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {orderId, reasonCode, stockledger::nn(note), ts, m_session.userName(), ts,
              m_session.userName(), nullable(deadlineFor(ReturnState::Requested, ts))});
    const qint64 id = sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    int lineNo = 0;
    for (const QString& sku : order) {
        const Item& it = items[sku];
        sql::run(m_db,
                 QStringLiteral("INSERT INTO return_lines(return_id, line_no, product_id, sku, "
                                "name, quantity) VALUES (?, ?, ?, ?, ?, ?)"),
                 {id, ++lineNo,
                  it.productId ? QVariant(it.productId) : QVariant(QMetaType::fromType<qint64>()),
                  sku, stockledger::nn(it.name), wanted.value(sku)});
    }
    event(orderId, ts, QStringLiteral(""), QStringLiteral("requested"),
          QStringLiteral("#%1 %2").arg(id).arg(reasonCode));
    tx.commit();
    return id;
}

ReturnRequest ReturnStore::forChange(qint64 id, ReturnState expected, const QString& verb) const
{
    const ReturnRequest r = returnRequest(id);
    if (r.state != returnstate::code(expected))
        throw DocketError(DocketError::Code::Conflict,
                          tr("Return %1 is %2; only a return that is %3 can be %4.")
                              .arg(id)
                              .arg(returnstate::labelForCode(r.state).toLower(),
                                   returnstate::label(expected).toLower(), verb));
    return r;
}

void ReturnStore::approve(qint64 id, const QString& noteIn)
{
    m_session.require(Permission::HandleReturns);
    const QString note = noteIn.trimmed();
    if (note.size() > 2000)
        throw DocketError(DocketError::Code::Invalid, tr("The note is too long."),
                          QStringLiteral("note"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const ReturnRequest r = forChange(id, ReturnState::Requested, tr("approved"));
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        sql::run(m_db,
                 QStringLiteral("SELECT docket_return_decide(CAST(? AS bigint), CAST(? AS bigint), "
                                "'approved', CAST(? AS text))"),
                 {id, r.version, stockledger::nn(note)});
        tx.commit();
        return;
    }
    sql::run(
        m_db,
        QStringLiteral("UPDATE returns SET state = 'approved', updated_at = ?, updated_by = ?, "
                       "deadline_at = ?, version = version + 1 WHERE id = ?"),
        {ts, m_session.userName(), nullable(deadlineFor(ReturnState::Approved, ts)), id});
    event(r.orderId, ts, QStringLiteral("requested"), QStringLiteral("approved"),
          QStringLiteral("#%1 %2").arg(id).arg(note).trimmed());
    tx.commit();
}

void ReturnStore::reject(qint64 id, const QString& reasonIn)
{
    m_session.require(Permission::HandleReturns);
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Say why the return is rejected: the customer reads it."),
                          QStringLiteral("reason"));
    if (reason.size() > 2000)
        throw DocketError(DocketError::Code::Invalid, tr("The reason is too long."),
                          QStringLiteral("reason"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const ReturnRequest r = forChange(id, ReturnState::Requested, tr("rejected"));
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        sql::run(m_db,
                 QStringLiteral("SELECT docket_return_decide(CAST(? AS bigint), CAST(? AS bigint), "
                                "'rejected', CAST(? AS text))"),
                 {id, r.version, reason});
        tx.commit();
        return;
    }
    sql::run(m_db,
             QStringLiteral("UPDATE returns SET state = 'rejected', resolution_note = ?, "
                            "updated_at = ?, updated_by = ?, deadline_at = NULL, version = "
                            "version + 1 WHERE id = ?"),
             {reason, ts, m_session.userName(), id});
    event(r.orderId, ts, QStringLiteral("requested"), QStringLiteral("rejected"),
          QStringLiteral("#%1 %2").arg(id).arg(reason));
    tx.commit();
}

void ReturnStore::receive(qint64 id, const QList<Disposition>& dispositions)
{
    m_session.require(Permission::HandleReturns);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const ReturnRequest r = returnRequest(id);
    if (r.state == QLatin1String("received") || r.state == QLatin1String("closed"))
        throw DocketError(DocketError::Code::Conflict,
                          tr("Return %1 was received already: its lines were restocked or "
                             "written off once and are not again.")
                              .arg(id));
    if (r.state != QLatin1String("approved"))
        throw DocketError(DocketError::Code::Conflict,
                          tr("Return %1 is %2; only an approved return can be received.")
                              .arg(id)
                              .arg(returnstate::labelForCode(r.state).toLower()));
    QHash<int, Disposition> byLine;
    for (const Disposition& d : dispositions) {
        if (byLine.contains(d.lineNo))
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1 of the return is given twice.").arg(d.lineNo),
                              QStringLiteral("lines"));
        byLine.insert(d.lineNo, d);
    }
    QList<stockledger::Move> moves;
    QList<stockledger::Item> items;
    for (const ReturnLine& l : r.lines) {
        if (!byLine.contains(l.lineNo))
            throw DocketError(DocketError::Code::Invalid,
                              tr("Say what becomes of line %1 (%2): restock or write off.")
                                  .arg(l.lineNo)
                                  .arg(l.sku),
                              QStringLiteral("lines"));
        const Disposition d = byLine.take(l.lineNo);
        if (!d.restock)
            continue;
        if (!l.productId)
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1: %2 is not a catalogue product and cannot be "
                                 "restocked; write it off.")
                                  .arg(l.lineNo)
                                  .arg(l.sku),
                              QStringLiteral("lines"));
        if (sql::scalar(m_db,
                        QStringLiteral("SELECT 1 FROM warehouses WHERE id = ? AND active = 1"),
                        {d.warehouseId})
                .isNull())
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1: there is no active warehouse with the id %2.")
                                  .arg(l.lineNo)
                                  .arg(d.warehouseId),
                              QStringLiteral("warehouse"));
        stockledger::Move m;
        m.kind = MovementKind::Return;
        m.productId = l.productId;
        m.warehouseId = d.warehouseId;
        m.onHandDelta = l.quantity;
        m.quantity = l.quantity;
        m.orderId = r.orderId;
        m.returnId = id;
        moves << m;
        items << stockledger::Item{l.productId, d.warehouseId};
    }
    if (!byLine.isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Return %1 has no line %2.").arg(id).arg(byLine.constBegin().key()),
                          QStringLiteral("lines"));
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        QJsonArray arr;
        for (const Disposition& d : dispositions)
            arr.append(QJsonObject{
                {QStringLiteral("line_no"), QString::number(d.lineNo)},
                {QStringLiteral("disposition"),
                 d.restock ? QStringLiteral("restock") : QStringLiteral("write_off")},
                {QStringLiteral("warehouse_id"), QString::number(d.restock ? d.warehouseId : 0)}});
        sql::run(m_db,
                 QStringLiteral("SELECT docket_return_receive(CAST(? AS bigint), CAST(? AS "
                                "bigint), CAST(? AS jsonb))"),
                 {id, r.version, json(arr)});
        tx.commit();
        return;
    }
    const stockledger::Actor actor{m_session.userName(), ts};
    stockledger::append(m_db, actor, moves);
    stockledger::fill(m_db, actor, items);
    for (const Disposition& d : dispositions)
        sql::run(m_db,
                 QStringLiteral("UPDATE return_lines SET disposition = ?, warehouse_id = ? WHERE "
                                "return_id = ? AND line_no = ?"),
                 {d.restock ? QStringLiteral("restock") : QStringLiteral("write_off"),
                  d.restock ? QVariant(d.warehouseId) : QVariant(QMetaType::fromType<qint64>()), id,
                  d.lineNo});
    sql::run(
        m_db,
        QStringLiteral("UPDATE returns SET state = 'received', updated_at = ?, updated_by = ?, "
                       "deadline_at = ?, version = version + 1 WHERE id = ?"),
        {ts, m_session.userName(), nullable(deadlineFor(ReturnState::Received, ts)), id});
    event(r.orderId, ts, QStringLiteral("approved"), QStringLiteral("received"),
          QStringLiteral("#%1").arg(id));
    tx.commit();
}

void ReturnStore::close(qint64 id, ReturnResolution resolution, const QString& noteIn,
                        const Money& refund, qint64 exchangeOrderId)
{
    m_session.require(Permission::HandleReturns);
    const QString note = noteIn.trimmed();
    if (note.size() > 2000)
        throw DocketError(DocketError::Code::Invalid, tr("The note is too long."),
                          QStringLiteral("note"));
    if (resolution == ReturnResolution::Repair && note.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Describe the repair in the note."),
                          QStringLiteral("note"));
    if (resolution != ReturnResolution::Refund && refund.minorUnits() != 0)
        throw DocketError(DocketError::Code::Invalid, tr("Only a refund gives money back."),
                          QStringLiteral("refund"));
    if (resolution != ReturnResolution::Exchange && exchangeOrderId)
        throw DocketError(DocketError::Code::Invalid,
                          tr("Only an exchange links a replacement order."),
                          QStringLiteral("exchange"));
    if (resolution == ReturnResolution::Refund)
        m_session.require(Permission::Refund);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const ReturnRequest r = forChange(id, ReturnState::Received, tr("closed"));
    if (resolution == ReturnResolution::Refund) {
        if (refund.currency() != r.currency)
            throw DocketError(DocketError::Code::Invalid,
                              tr("The refund is in %1 but order %2 is in %3.")
                                  .arg(refund.currency(), r.orderNumber, r.currency),
                              QStringLiteral("refund"));
        const Money value = valueOf(r);
        if (refund.minorUnits() <= 0 || refund.minorUnits() > value.minorUnits())
            throw DocketError(DocketError::Code::Invalid,
                              tr("The refund must be more than nothing and at most %1, the "
                                 "returned lines' value.")
                                  .arg(value.toPlainString()),
                              QStringLiteral("refund"));
    }
    if (resolution == ReturnResolution::Exchange) {
        if (!exchangeOrderId || exchangeOrderId == r.orderId)
            throw DocketError(DocketError::Code::Invalid,
                              tr("Name the replacement order of the exchange."),
                              QStringLiteral("exchange"));
        orderInScope(exchangeOrderId);
        if (!sql::scalar(m_db, QStringLiteral("SELECT id FROM returns WHERE exchange_order_id = ?"),
                         {exchangeOrderId})
                 .isNull())
            throw DocketError(DocketError::Code::Conflict,
                              tr("That order replaces another return already."),
                              QStringLiteral("exchange"));
    }
    const QString code = returnresolution::code(resolution);
    // On PostgreSQL docket_return_close pays the refund back itself (the same
    // plan, checked here first for a translated message).
    if (resolution == ReturnResolution::Refund)
        refundThroughPayments(r, refund, note, m_backend != Backend::PostgreSQL);
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        sql::run(m_db,
                 QStringLiteral("SELECT docket_return_close(CAST(? AS bigint), CAST(? AS bigint), "
                                "CAST(? AS text), CAST(? AS text), CAST(? AS bigint), CAST(? AS "
                                "bigint))"),
                 {id, r.version, code, stockledger::nn(note), qint64(refund.minorUnits()),
                  exchangeOrderId});
        tx.commit();
        return;
    }
    sql::run(m_db,
             QStringLiteral("UPDATE returns SET state = 'closed', resolution = ?, resolution_note "
                            "= ?, refund_cents = ?, exchange_order_id = ?, updated_at = ?, "
                            "updated_by = ?, deadline_at = NULL, version = version + 1 WHERE id "
                            "= ?"),
             {code, stockledger::nn(note), qint64(refund.minorUnits()),
              exchangeOrderId ? QVariant(exchangeOrderId) : QVariant(QMetaType::fromType<qint64>()),
              ts, m_session.userName(), id});
    event(r.orderId, ts, QStringLiteral("received"), QStringLiteral("closed"),
          QStringLiteral("#%1 %2 %3").arg(id).arg(code, note).trimmed());
    if (exchangeOrderId)
        event(exchangeOrderId, ts, QStringLiteral(""), QStringLiteral("exchange"),
              QStringLiteral("#%1 %2").arg(id).arg(r.orderNumber));
    tx.commit();
}

Money ReturnStore::valueOf(const ReturnRequest& r) const
{
    return Money(sql::scalar(m_db,
                             QStringLiteral("SELECT COALESCE(SUM(rl.quantity * (SELECT "
                                            "MAX(ol.unit_price_cents) FROM order_lines ol WHERE "
                                            "ol.order_id = ? AND UPPER(ol.sku) = rl.sku)), 0) "
                                            "FROM return_lines rl WHERE rl.return_id = ?"),
                             {r.orderId, r.id})
                     .toLongLong(),
                 r.currency);
}

Money ReturnStore::returnedValue(qint64 id) const
{
    return valueOf(returnRequest(id));
}

void ReturnStore::refundThroughPayments(const ReturnRequest& r, const Money& amount,
                                        const QString& note, bool write)
{
    FulfilmentStore payments(m_db, m_session);
    payments.setClock(m_clock);
    // The newest captured payments first, each for what is left on it.
    QList<std::pair<qint64, Money>> plan;
    qint64 left = amount.minorUnits();
    const QList<Payment> all = payments.payments(r.orderId);
    for (auto it = all.crbegin(); it != all.crend() && left > 0; ++it) {
        if (it->state != PaymentState::Captured)
            continue;
        const qint64 take = std::min<qint64>(left, it->refundable().minorUnits());
        if (take <= 0)
            continue;
        plan.push_back({it->id, Money(take, r.currency)});
        left -= take;
    }
    if (left > 0)
        throw DocketError(DocketError::Code::Invalid,
                          tr("Order %1's payments can give back only %2 of the %3 to refund; "
                             "record the payment first or refund less.")
                              .arg(r.orderNumber,
                                   Money(amount.minorUnits() - left, r.currency).toPlainString(),
                                   amount.toPlainString()),
                          QStringLiteral("refund"));
    if (!write)
        return;
    const QString reason =
        note.isEmpty() ? tr("Return %1").arg(r.id) : tr("Return %1: %2").arg(r.id).arg(note);
    for (const auto& [paymentId, part] : plan)
        sql::run(m_db, QStringLiteral("UPDATE refunds SET return_id = ? WHERE id = ?"),
                 {r.id, payments.refund(r.orderId, paymentId, part, reason)});
}

qint64 ReturnStore::exchange(qint64 id, const QString& note)
{
    m_session.require(Permission::HandleReturns);
    m_session.require(Permission::CreateOrders);
    // Checked before the replacement is made, so that closing cannot fail
    // for a reason known now.
    const ReturnRequest r = forChange(id, ReturnState::Received, tr("closed"));
    OrderStore orders(m_db, m_session);
    orders.setClock(m_clock);
    const Order original = orders.order(r.orderId);
    Order o;
    o.customerId = original.customerId;
    o.customerName = original.customerName;
    o.email = original.email;
    o.phone = original.phone;
    o.shipTo = original.shipTo;
    o.channel = original.channel;
    o.currency = original.currency;
    o.note = tr("Exchange for return %1 of order %2.").arg(id).arg(original.number);
    for (const ReturnLine& l : r.lines)
        o.lines << OrderLine{0, l.productId, l.sku, l.name, l.quantity, Money(0, o.currency)};
    // One transaction: a close that fails (e.g. another desk closed the
    // return meanwhile) leaves no unlinked replacement order behind.
    sql::WriteTransaction tx(m_db);
    const qint64 replacement = orders.create(o);
    close(id, ReturnResolution::Exchange, note, Money(), replacement);
    tx.commit();
    return replacement;
}

} // namespace docket
