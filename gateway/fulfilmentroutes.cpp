// The fulfilment routes of the REST API (issue 16 item 3 over issue 15's
// FulfilmentStore): an order's payments, refunds and shipments, read and
// recorded with the key's role and scope. Every rule (rights, scope, what may
// be paid, refunded or shipped, the audit trail) is FulfilmentStore's, as for
// the desk and docketctl; here only the JSON is read and written.

#include "gateway.h"
#include "orderjson.h"
#include "routes_p.h"

#include "domain/errors.h"
#include "domain/intakeorder.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "stores/trackingintake.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace docket::gateway {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

[[noreturn]] void invalid(const QString& message, const QString& field)
{
    throw DocketError(DocketError::Code::Invalid, message, field);
}

// The body as a JSON object of known fields; throws for an unknown field.
void onlyFields(const QJsonObject& o, const QStringList& fields, const QString& what)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!fields.contains(it.key()))
            invalid(Texts::tr("\"%1\" is not a field of %2 (%3).")
                        .arg(it.key(), what, fields.join(QStringLiteral(", "))),
                    it.key());
}

QString text(const QJsonObject& o, const QString& field, bool required, int max)
{
    return intake::readText(o, field, required, max);
}

// An id: a JSON whole number from 1.
qint64 recordId(const QJsonValue& v, const QString& field)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 1e15 || d != double(qint64(d)))
        invalid(Texts::tr("\"%1\" is a whole number from 1.").arg(field), field);
    return qint64(d);
}

// "12.50" in the order's currency; never a JSON number (no floating point).
Money amount(const QJsonObject& o, const Order& order)
{
    const QString field = QStringLiteral("amount");
    const Money m = Money::fromMinor(intake::readMinorUnits(o.value(field), field), order.currency);
    const QString currency = text(o, QStringLiteral("currency"), false, 3).toUpper();
    if (!currency.isEmpty() && currency != order.currency)
        invalid(Texts::tr("Order %1 is in %2; \"currency\" %3 does not match.")
                    .arg(order.number, order.currency, currency),
                QStringLiteral("currency"));
    if (m.minorUnits() <= 0)
        invalid(Texts::tr("\"amount\" is more than zero."), field);
    return m;
}

// "lines": [{"line": 1, "quantity": 2}, ...] with the order's line numbers.
template <typename Line>
QList<Line> lines(const QJsonObject& o, const QList<FulfilmentStore::LineState>& states)
{
    const QJsonValue v = o.value(QStringLiteral("lines"));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > 1000)
        invalid(Texts::tr("\"lines\" is a list of {\"line\", \"quantity\"}."),
                QStringLiteral("lines"));
    QList<Line> out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("lines[%1]").arg(i);
        const QJsonObject l = a.at(i).toObject();
        if (!a.at(i).isObject() || l.size() != 2 || !l.contains(QStringLiteral("line")) ||
            !l.contains(QStringLiteral("quantity")))
            invalid(Texts::tr("A line is {\"line\": its number on the order, \"quantity\"}."), at);
        const qint64 no =
            intake::readQuantity(l.value(QStringLiteral("line")), at + QStringLiteral(".line"));
        const qint64 qty = intake::readQuantity(l.value(QStringLiteral("quantity")),
                                                at + QStringLiteral(".quantity"));
        qint64 id = 0;
        for (const auto& s : states)
            if (s.lineNo == no)
                id = s.lineId;
        if (id == 0)
            invalid(Texts::tr("The order has no line %1.").arg(no), at + QStringLiteral(".line"));
        out << Line{id, qty};
    }
    return out;
}

Order orderOf(const Call& c)
{
    return OrderStore(c.db, c.principal->session)
        .orderByNumber(c.request.param(QStringLiteral("number")));
}

// A recording route's start: the key's right, the order (within the key's
// scope: outside it, 404), then the body, an object of the named fields only.
struct Posted
{
    Order order;
    QJsonObject body;
};

std::optional<Posted> posted(const Call& c, Permission right, const QStringList& fields,
                             const QString& what, HttpResponse* error)
{
    c.principal->session.require(right);
    Posted p{orderOf(c), {}};
    const auto body = jsonBody(c.request, error);
    if (!body)
        return std::nullopt;
    onlyFields(*body, fields, what);
    p.body = *body;
    return p;
}

} // namespace

HttpResponse Gateway::listPayments(const Call& c)
{
    const Order o = orderOf(c);
    FulfilmentStore f(c.db, c.principal->session);
    const FulfilmentStore::Balance b = f.balance(o.id);
    QJsonArray rows;
    for (const Payment& p : f.payments(o.id))
        rows.append(json::payment(p));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("order"), o.number},
                                               {QStringLiteral("currency"), o.currency},
                                               {QStringLiteral("total"), json::money(b.total)},
                                               {QStringLiteral("paid"), json::money(b.paid())},
                                               {QStringLiteral("owed"), json::money(b.owed())},
                                               {QStringLiteral("payments"), rows}});
}

HttpResponse Gateway::listRefunds(const Call& c)
{
    const Order o = orderOf(c);
    FulfilmentStore f(c.db, c.principal->session);
    const auto states = f.lineStates(o.id);
    QJsonArray rows;
    for (const Refund& r : f.refunds(o.id))
        rows.append(json::refund(r, states));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("order"), o.number},
                                               {QStringLiteral("currency"), o.currency},
                                               {QStringLiteral("refunds"), rows}});
}

HttpResponse Gateway::listShipments(const Call& c)
{
    const Order o = orderOf(c);
    FulfilmentStore f(c.db, c.principal->session);
    const auto states = f.lineStates(o.id);
    const QList<Carrier> carriers = f.carriers();
    QJsonArray rows;
    for (const Shipment& s : f.shipments(o.id))
        rows.append(json::shipment(s, states, carriers));
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("order"), o.number}, {QStringLiteral("shipments"), rows}});
}

HttpResponse Gateway::addPayment(const Call& c)
{
    HttpResponse error;
    const auto call =
        posted(c, Permission::RecordPayments,
               {QStringLiteral("method"), QStringLiteral("amount"), QStringLiteral("currency"),
                QStringLiteral("reference"), QStringLiteral("state")},
               Texts::tr("a payment"), &error);
    if (!call)
        return error;
    const Order& o = call->order;
    const QJsonObject& b = call->body;
    const QString method = text(b, QStringLiteral("method"), true, 40).toLower();
    const Money m = amount(b, o);
    const QString reference = text(b, QStringLiteral("reference"), false, 200);
    const QString stateCode = text(b, QStringLiteral("state"), false, 20).toLower();
    PaymentState state = PaymentState::Captured;
    if (stateCode == QLatin1String("pending"))
        state = PaymentState::Pending;
    else if (!stateCode.isEmpty() && stateCode != QLatin1String("captured"))
        invalid(Texts::tr("A payment is recorded \"captured\" or \"pending\", not \"%1\".")
                    .arg(stateCode),
                QStringLiteral("state"));
    FulfilmentStore f(c.db, c.principal->session);
    const qint64 id = f.addPayment(o.id, method, m, reference, state);
    for (const Payment& p : f.payments(o.id))
        if (p.id == id)
            return HttpResponse::json(
                201, QJsonObject{{QStringLiteral("payment"), json::payment(p)},
                                 {QStringLiteral("order_status"), orderOf(c).status}});
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("id"), id}});
}

HttpResponse Gateway::addRefund(const Call& c)
{
    HttpResponse error;
    const auto call =
        posted(c, Permission::Refund,
               {QStringLiteral("payment_id"), QStringLiteral("amount"), QStringLiteral("currency"),
                QStringLiteral("lines"), QStringLiteral("reason")},
               Texts::tr("a refund"), &error);
    if (!call)
        return error;
    const Order& o = call->order;
    const QJsonObject& b = call->body;
    FulfilmentStore f(c.db, c.principal->session);
    const qint64 payment =
        recordId(b.value(QStringLiteral("payment_id")), QStringLiteral("payment_id"));
    const QString reason = text(b, QStringLiteral("reason"), true, 500);
    const bool byLines = b.contains(QStringLiteral("lines"));
    if (byLines == b.contains(QStringLiteral("amount")))
        invalid(Texts::tr("A refund is either an \"amount\" or \"lines\" (one of the two)."),
                QStringLiteral("amount"));
    const qint64 id =
        byLines ? f.refundLines(o.id, payment, lines<RefundLine>(b, f.lineStates(o.id)), reason)
                : f.refund(o.id, payment, amount(b, o), reason);
    const auto states = f.lineStates(o.id);
    for (const Refund& r : f.refunds(o.id))
        if (r.id == id)
            return HttpResponse::json(
                201, QJsonObject{{QStringLiteral("refund"), json::refund(r, states)},
                                 {QStringLiteral("order_status"), orderOf(c).status}});
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("id"), id}});
}

HttpResponse Gateway::addShipment(const Call& c)
{
    HttpResponse error;
    const auto call = posted(
        c, Permission::Ship,
        {QStringLiteral("carrier"), QStringLiteral("tracking_number"), QStringLiteral("lines")},
        Texts::tr("a shipment"), &error);
    if (!call)
        return error;
    const Order& o = call->order;
    const QJsonObject& b = call->body;
    FulfilmentStore f(c.db, c.principal->session);
    const QString carrier = text(b, QStringLiteral("carrier"), true, 40);
    const QString tracking = text(b, QStringLiteral("tracking_number"), false, 100);
    qint64 id = 0;
    try {
        id = f.ship(o.id, carrier, tracking, lines<ShipmentLine>(b, f.lineStates(o.id)));
    } catch (const DocketError& e) {
        if (e.field() != QLatin1String("tracking"))
            throw;
        // The store's "tracking" is about the carrier or its number: name
        // the API's field.
        bool known = false;
        for (const Carrier& k : f.carriers())
            known = known || k.code == carrier.toLower();
        throw DocketError(e.code(), e.message(),
                          known ? QStringLiteral("tracking_number") : QStringLiteral("carrier"),
                          e.detail());
    }
    return HttpResponse::json(
        201, QJsonObject{{QStringLiteral("shipment"),
                          json::shipment(f.shipment(id), f.lineStates(o.id), f.carriers())},
                         {QStringLiteral("order_status"), orderOf(c).status}});
}

// A tracking event for one shipment of the order, by hand or from a system
// that knows the shipment rather than the carrier's number. The rule (a
// resent event is not added again, "delivered" marks the parcel delivered,
// the Ship right, the scope) is TrackingIntake's, the same as for
// POST /webhooks/tracking/{carrier}.
HttpResponse Gateway::addTrackingEvent(const Call& c)
{
    c.principal->session.require(Permission::Ship);
    const QString idText = c.request.param(QStringLiteral("shipment"));
    static const QRegularExpression digits(QStringLiteral("^[1-9]\\d{0,14}$"));
    if (!digits.match(idText).hasMatch())
        return HttpResponse::error(400, QStringLiteral("bad_parameter"),
                                   Texts::tr("The shipment in the path is its id, a whole number "
                                             "from 1; \"%1\" is not.")
                                       .arg(idText),
                                   QStringLiteral("shipment"));
    const Order o = orderOf(c);
    HttpResponse error;
    const auto body = jsonBody(c.request, &error);
    if (!body)
        return error;
    const qint64 id = idText.toLongLong();
    const TrackingResult r = TrackingIntake(c.db, c.principal->session)
                                 .takeFor(o.id, id, TrackingIntake::readEvent(*body));
    FulfilmentStore f(c.db, c.principal->session);
    return HttpResponse::json(
        r.added > 0 ? 201 : 200,
        QJsonObject{{QStringLiteral("added"), r.added},
                    {QStringLiteral("duplicates"), r.duplicates},
                    {QStringLiteral("delivered"), r.delivered},
                    {QStringLiteral("shipment"),
                     json::shipment(f.shipment(id), f.lineStates(o.id), f.carriers())},
                    {QStringLiteral("order_status"), orderOf(c).status}});
}

} // namespace docket::gateway
