#pragma once

#include "money.h"
#include "order.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Fulfilment (issue 15): what happens between an order's statuses, as records.
//
// Ledgers, not counters: money changes only by appending payments and refunds
// (an order's paid amount is captured payments minus refunds), goods leave
// only in shipments. The order keeps cached figures (paid_cents,
// refunded_cents) updated in the same transaction as the records, and its
// status follows the records (FulfilmentStore::settle): fully paid -> paid,
// every line shipped -> shipped, every shipment delivered -> delivered, fully
// refunded -> refunded, each move audited as the system's act with the record
// as the reason.
namespace docket {

// ---- payments ----

enum class PaymentState { Pending, Captured, Failed, Voided };

namespace paymentstate {
QString code(PaymentState s); // "pending", "captured", "failed", "voided"
std::optional<PaymentState> fromCode(const QString& code);
QString label(PaymentState s); // translated
QString labelForCode(const QString& code);
QList<PaymentState> all();
// A payment moves pending -> captured | failed | voided; the others are
// final (captured money goes back as a refund).
bool canMove(PaymentState from, PaymentState to);
} // namespace paymentstate

struct Payment
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString method; // a code of the shop's payment methods (payments.methods)
    Money amount;
    QString reference; // the provider's transaction reference
    PaymentState state = PaymentState::Captured;
    Money refunded;      // refunds taken from this payment so far
    QDateTime createdAt; // UTC
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 version = 1;

    // What may still be refunded from it.
    Money refundable() const;
};

// ---- refunds ----

struct RefundLine
{
    qint64 lineId = 0;
    qint64 quantity = 0;
    bool operator==(const RefundLine&) const = default;
};

struct Refund
{
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 paymentId = 0;
    Money amount;
    QString reason;
    QDateTime createdAt;
    QString createdBy;
    QList<RefundLine> lines; // empty: a refund by amount
};

// ---- shipments ----

struct ShipmentLine
{
    qint64 lineId = 0;
    qint64 quantity = 0;
    bool operator==(const ShipmentLine&) const = default;
};

struct TrackingEvent
{
    qint64 id = 0;
    qint64 shipmentId = 0;
    QDateTime at; // UTC: when the carrier saw it
    QString place;
    QString text;   // the carrier's status text
    QString source; // desk, file, gateway
    QString createdBy;
};

struct Shipment
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString carrier; // a code of the shop's carriers (shipping.carriers)
    QString trackingNumber;
    QDateTime shippedAt;
    QDateTime deliveredAt; // invalid until delivered
    QString createdBy;
    qint64 version = 1;
    QList<ShipmentLine> lines;
    QList<TrackingEvent> events;

    bool isDelivered() const { return deliveredAt.isValid(); }
};

// ---- the shop's lists (shop settings payments.methods, shipping.carriers) ----

struct PaymentMethod
{
    QString code;
    QString label;           // as configured; built-in codes without a label are translated
    bool onDelivery = false; // cash on delivery: the order may ship before it is paid
    bool active = true;      // offered for new payments; an inactive one still names old ones

    bool operator==(const PaymentMethod&) const = default;
};

struct Carrier
{
    QString code;
    QString name;
    QString pattern;     // a regular expression a tracking number must match; empty: any
    QString urlTemplate; // "https://…{number}…"; empty: no link
    // The shop left the name empty and the code is a built-in one: `name` is
    // the built-in label in the language of the process that read the list
    // (a page in another language translates builtinMethodSource(code)).
    bool builtinName = false;

    // Whether `number` fits the pattern (always, when there is none).
    bool accepts(const QString& number) const;
    // The tracking link for `number`, or empty.
    QString trackingUrl(const QString& number) const;

    bool operator==(const Carrier&) const = default;
};

class ShopSettings;

namespace fulfilment {

// The texts the shop settings hold, one entry a line:
//   payment method: "code | label | on_delivery | inactive" (all but code optional)
//   carrier:        "code | name | pattern | url template" (all but code optional)
// Blank lines and lines starting with '#' are ignored.
QString defaultPaymentMethodsText();
QString defaultCarriersText();
// Where a list text's first problem is.
struct ListProblem
{
    int line = 0;  // 1-based, counting every line of the text; 0: the list as a whole
    int field = 0; // 0 code, 1 label/name, 2 on_delivery/pattern, 3 inactive/link
    QString code;  // the entry's code as written
    QString why;   // in words, without the line
};
// Parsed lists; `error` (when non-null) receives the first problem in words,
// naming the line, and the list is then empty; `problem` says where it is.
QList<PaymentMethod> parsePaymentMethods(const QString& text, QString* error = nullptr,
                                         ListProblem* problem = nullptr);
QList<Carrier> parseCarriers(const QString& text, QString* error = nullptr,
                             ListProblem* problem = nullptr);

// ---- the lists as the settings window edits them: one table row an entry ----

// The entries of a stored text with their fields as written (a label left
// empty stays empty, so that a built-in code keeps its translated label);
// lenient: a text that does not parse shows what it has.
QList<PaymentMethod> paymentMethodRows(const QString& text);
QList<Carrier> carrierRows(const QString& text);
// The text rows make, checked exactly as parse*() (and `docketctl settings
// set`) check it; rows with every field empty are left out. A problem names
// the row (1-based, as the table counts them) and its code.
struct ListText
{
    QString text;
    QString error; // empty: fine
    int row = -1;  // 0-based row of the problem, -1: none or the whole list
    int field = 0; // as ListProblem::field
    bool ok() const { return error.isEmpty(); }
};
ListText paymentMethodsText(const QList<PaymentMethod>& rows);
ListText carriersText(const QList<Carrier>& rows);
// The shop's lists as its settings hold them (the defaults when a stored
// text does not parse).
QList<PaymentMethod> paymentMethods(const ShopSettings& settings);
QList<Carrier> carriers(const ShopSettings& settings);
// The translated label of a built-in payment method or carrier code, else the code.
QString builtinMethodLabel(const QString& code);
// The untranslated label of a built-in code (context "Fulfilment"), or
// nullptr: for a reader whose language is not the process's (the gateway's
// customer pages translate it per request).
const char* builtinMethodSource(const QString& code);

// Normalises a tracking number as typed: trimmed, spaces removed, upper case.
QString normaliseTrackingNumber(const QString& number);

// ---- steps and deadlines (shop settings deadline.*) ----

// The step an open order is in: what it waits for.
enum class Step { None, Review, Payment, Shipping, Delivery };
QString stepCode(Step s); // "", "review", "payment", "shipping", "delivery"
std::optional<Step> stepFromCode(const QString& code);
QString stepLabel(Step s); // translated: "Awaiting review", ...
// The step an order with this status and review state is in.
Step stepOf(const QString& status, const QString& reviewState);

// Per-channel overrides, one a line: "channel step hours" (e.g.
// "marketplace shipping 24").
struct DeadlineOverride
{
    QString channel;
    Step step = Step::None;
    int hours = 0;
    bool operator==(const DeadlineOverride&) const = default;
};
QList<DeadlineOverride> parseDeadlineOverrides(const QString& text, QString* error = nullptr);

// The time limits of the steps, with per-channel overrides.
struct Deadlines
{
    int reviewHours = 4;
    int paymentHours = 72;
    int shippingHours = 48;
    int deliveryHours = 240;
    QList<DeadlineOverride> overrides;
    bool autoCancelUnpaid = false;

    // Hours allowed for `step` on `channel`; 0 for Step::None.
    int hours(Step step, const QString& channel) const;
    bool operator==(const Deadlines&) const = default;
};

struct Deadlines;
Deadlines deadlines(const ShopSettings& settings);

// "3 h 20 min left", "2 d 4 h overdue": the Due column's words for `dueAt`
// seen at `now` (UTC seconds).
QString dueText(qint64 dueAt, qint64 now);

// Where an order stands against the deadline of its step, seen at `now`
// (UTC seconds): the Due column's colour and the list's Due filters.
// `dueAt` 0: no deadline (no open step).
inline constexpr int kDueSoonHours = 24;
enum class DueState { None, Ahead, Soon, Overdue };
DueState dueState(qint64 dueAt, qint64 now);

// ---- status follows the records ----

// What an order's records say (FulfilmentStore::settle, verify).
struct RecordFacts
{
    Money total;    // the order's total
    Money captured; // captured payments, gross
    Money refunded;
    bool allShipped = false;   // every line shipped in full (and the order has lines)
    bool allDelivered = false; // there are shipments and every one is delivered
};
// The status an order in `status` moves to by its records (itself when the
// records move it nowhere): fully refunded -> refunded; every line shipped
// and delivered -> delivered; every line shipped -> shipped; captured
// payments reaching the total -> paid (from pending). Never backwards, never
// out of cancelled or refunded.
QString settledStatus(const QString& status, const RecordFacts& facts);
// Whether `status` is what the records of an order that follows them say
// (processing counts as paid: a person's step between paid and shipped).
bool statusMatchesRecords(const QString& status, const RecordFacts& facts);

// ---- the order's review ----

// orders.review_state: "" (not judged: made before reviews existed or by a
// bulk load), "waiting", "approved", "rejected".
QString reviewStateLabel(const QString& state);

// The actor of the audit events that the records cause (status follows the
// records; automatic cancellation): not a person.
inline const QString& systemActor()
{
    static const QString s = QStringLiteral("system");
    return s;
}
// "Docket (automatic)" for systemActor(), else `actor`.
QString actorLabel(const QString& actor);
// The note of a status event the system made: "payment:12", "refund:3",
// "shipment:7", "delivered:7", "deadline:payment" in words.
QString reasonText(const QString& note);

// ---- steps at a glance (the order dialog's path) ----

// One station of an order's path: placed -> reviewed -> paid -> shipped ->
// delivered, or where it left that path (invalid, cancelled, refunded).
struct PathStep
{
    enum class State { Done, Current, Ahead, Skipped, Left };
    QString code;  // placed, reviewed, paid, shipped, delivered, invalid, cancelled, refunded
    QString label; // translated
    State state = State::Ahead;
    QDateTime at; // UTC; invalid when it has not happened
    QString actor;
};
// The path of `order` read from its history (`events`, oldest first): each
// station with the time and actor of the event that reached it. A cash on
// delivery order may be shipped before it is paid; an order from before the
// review shows "reviewed" as skipped, and one whose status was set by hand
// (not Order::followsRecords) counts the steps up to it as done, without a time.
QList<PathStep> orderPath(const Order& order, const QList<OrderEvent>& events);

} // namespace fulfilment

} // namespace docket
