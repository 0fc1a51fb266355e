#pragma once

#include "money.h"
#include "taxrate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace docket {

// The workflow an order moves through. Stored as the lowercase code.
enum class OrderStatus { Pending, Paid, Processing, Shipped, Delivered, Cancelled, Refunded };

namespace status {
QString code(OrderStatus s); // "pending", ...
std::optional<OrderStatus> fromCode(const QString& code);
QString label(OrderStatus s);              // translated, for display
QString labelForCode(const QString& code); // translated, unknown codes as-is
QList<OrderStatus> all();
// The workflow: which statuses an order may move to from `from`.
QList<OrderStatus> nextAllowed(OrderStatus from);
bool canMove(OrderStatus from, OrderStatus to);
// Status follows the records (issue 15): on an order that follows its records
// (Order::followsRecords) paid, shipped, delivered and refunded are reached
// only through payments, shipments and refunds (FulfilmentStore::settle); a
// person moves it by hand only to processing or cancelled. Orders from before
// the records (and imports of history) keep every move of the workflow.
bool byHand(OrderStatus to);
QList<OrderStatus> nextByHand(OrderStatus from, bool followsRecords);
} // namespace status

namespace channel {
// Sales channels (stores) orders arrive through.
QStringList codes();
QString label(const QString& code);
} // namespace channel

struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0; // 0 = not linked to a catalogue product
    QString sku;
    QString name;
    qint64 quantity = 1;
    Money unitPrice; // in the order's currency

    // Throws DocketError(Invalid) on overflow.
    Money total() const { return unitPrice * quantity; }
    bool operator==(const OrderLine&) const = default;
};

// Lines as one text, "2× SKU-1 Mug @ 9.99; 1× SKU-2 Lamp @ 24.50": for the
// audit trail (Stored: SKU and name as given, plain amounts) or for people
// (Display: trimmed, amounts as the locale writes them).
enum class LinesText { Stored, Display };
QString linesText(const QList<OrderLine>& lines, LinesText style);

struct Address
{
    QString street;
    QString city;
    QString postcode;
    QString region;
    QString country;
    bool operator==(const Address&) const = default;
};

struct Order
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QString email;
    QString phone;
    Address shipTo;
    QString billCountry; // the billing address's country (review rule country_mismatch)
    QString channel;
    QString status = QStringLiteral("pending");
    QString currency = QStringLiteral("EUR"); // ISO code: of the total and every line
    Money total; // as stored (total_cents), in `currency`: lines + shipping + tax
    QString note;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString createdBy;
    QString assignedTo;
    QDateTime seenAt;
    QString seenBy;
    QDateTime invalidAt;
    QString invalidBy;
    QString invalidReason;
    qint64 version = 0;
    QList<OrderLine> lines;
    // Fulfilment (issue 15), kept by FulfilmentStore and ReviewStore; read-only here.
    Money paid;                  // captured payments - refunds, in the order's currency
    Money refunded;              // refunds, in the order's currency
    QString reviewState;         // "", waiting, approved, rejected (fulfilment::reviewStateLabel)
    qint64 ruleVersion = 0;      // the review rule set that judged it; 0: none
    bool followsRecords = false; // status follows payments and shipments (see fulfilment.h)
    // Set on creation only: an outside channel (the gateway's intake) reports
    // this order's status; its money and parcels live in that channel's
    // system, so it does not follow Docket's records (followsRecords stays
    // false) and the channel's moves keep every step of the workflow.
    bool statusFromChannel = false;
    QDateTime dueAt; // when its current step is due (UTC); invalid: no limit
    // Charges on top of the lines (issue 13 item 15), printed on the invoice:
    // what shipping costs the customer (in `currency`; zero: none) and one
    // tax rate for the whole order, on the lines and shipping alike.
    Money shipping;
    TaxRate taxRate;

    bool isNew() const { return !seenAt.isValid(); }
    bool isInvalid() const { return invalidAt.isValid(); }
    // The lines added up, in the order's currency. Throws DocketError(Invalid)
    // when a line's price is in another currency (or on overflow).
    Money linesTotal() const;
    // Shipping in the order's currency (a zero amount in any currency counts as none).
    Money shippingAmount() const;
    // The tax: (lines + shipping) at taxRate, rounded to the cent.
    Money tax() const;
    // What the customer pays, and what `total` stores: lines + shipping + tax.
    Money grandTotal() const;
};

// One row of the order table: what the list shows, and the keys it pages by.
struct OrderSummary
{
    qint64 id = 0;
    QString number;
    QString customerName;
    Money total;
    qint64 createdAt = 0; // UTC seconds
    QString status;
    QString channel;
    bool isNew = false;
    bool invalid = false;
    bool overdue = false;
    // What the list's optional columns and the export show.
    QString email;
    QString phone;
    QString shipStreet;
    QString shipPostcode;
    QString shipCity;
    QString shipRegion;
    QString shipCountry;
    QString assignedTo;
    QString invalidReason; // when invalid
    qint64 items = -1;     // units on the order's lines; -1: not read (OrderStore::setWithItems)
    qint64 dueAt = 0;      // when its current step is due (UTC seconds); 0: no deadline
    Money shipping;        // Order::shipping, in the total's currency
    TaxRate taxRate;       // Order::taxRate
    Money paid;            // Order::paid (captured payments - refunds), in the total's currency
    Money refunded;        // Order::refunded
    QString reviewState;   // Order::reviewState: "waiting" while held for review
};

struct OrderEvent
{
    qint64 id = 0;
    qint64 orderId = 0;
    QDateTime at; // UTC
    QString actor;
    QString kind; // created, edited, status, seen, invalidated, revalidated, deleted, restored,
                  // payment, refund, shipment, tracking, review
    QString field;
    QString oldValue;
    QString newValue;
    QString note;
};

QString eventKindLabel(const QString& kind);
QString fieldLabel(const QString& field);

struct ArchivedOrder
{
    qint64 id = 0; // archive id
    qint64 orderId = 0;
    QString number;
    QString customerName;
    Money total;
    QString invalidReason;
    QDateTime deletedAt;
    QString deletedBy;
    QString email;       // the customer's, from the order's snapshot
    QDateTime orderedAt; // when the order was created, from its snapshot
};

} // namespace docket
