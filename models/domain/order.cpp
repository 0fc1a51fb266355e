#include "order.h"

#include <QCoreApplication>

namespace docket {

QString linesText(const QList<OrderLine>& lines, LinesText style)
{
    const bool display = style == LinesText::Display;
    QStringList parts;
    for (const auto& l : lines) {
        // Shown in the default currency, as before the lines carried Money
        // (the plain amount of the audit trail has none).
        const Money price(l.unitPrice.minorUnits());
        parts << QStringLiteral("%1× %2 %3 @ %4")
                     .arg(l.quantity)
                     .arg(display ? l.sku.trimmed() : l.sku, display ? l.name.trimmed() : l.name,
                          display ? price.toString() : price.toPlainString());
    }
    return parts.join(QStringLiteral("; "));
}

namespace status {

namespace {
struct Entry
{
    OrderStatus status;
    const char* code;
};
constexpr Entry kStatuses[] = {
    {OrderStatus::Pending, "pending"},       {OrderStatus::Paid, "paid"},
    {OrderStatus::Processing, "processing"}, {OrderStatus::Shipped, "shipped"},
    {OrderStatus::Delivered, "delivered"},   {OrderStatus::Cancelled, "cancelled"},
    {OrderStatus::Refunded, "refunded"},
};
} // namespace

QString code(OrderStatus s)
{
    for (const auto& e : kStatuses)
        if (e.status == s)
            return QString::fromLatin1(e.code);
    return {};
}

std::optional<OrderStatus> fromCode(const QString& c)
{
    for (const auto& e : kStatuses)
        if (c == QLatin1String(e.code))
            return e.status;
    return std::nullopt;
}

QString label(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Pending:
        return QCoreApplication::translate("OrderStatus", "Awaiting payment");
    case OrderStatus::Paid:
        return QCoreApplication::translate("OrderStatus", "Paid");
    case OrderStatus::Processing:
        return QCoreApplication::translate("OrderStatus", "Processing");
    case OrderStatus::Shipped:
        return QCoreApplication::translate("OrderStatus", "Shipped");
    case OrderStatus::Delivered:
        return QCoreApplication::translate("OrderStatus", "Delivered");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("OrderStatus", "Cancelled");
    case OrderStatus::Refunded:
        return QCoreApplication::translate("OrderStatus", "Refunded");
    }
    return {};
}

QString labelForCode(const QString& c)
{
    if (auto s = fromCode(c))
        return label(*s);
    return c;
}

QList<OrderStatus> all()
{
    QList<OrderStatus> out;
    for (const auto& e : kStatuses)
        out << e.status;
    return out;
}

QList<OrderStatus> nextAllowed(OrderStatus from)
{
    switch (from) {
    // Shipped from pending: cash on delivery; refunded from pending: a part
    // payment given back in full. Both, and paid -> shipped, only by records.
    case OrderStatus::Pending:
        return {OrderStatus::Paid, OrderStatus::Cancelled, OrderStatus::Shipped,
                OrderStatus::Refunded};
    case OrderStatus::Paid:
        return {OrderStatus::Processing, OrderStatus::Cancelled, OrderStatus::Refunded,
                OrderStatus::Shipped};
    case OrderStatus::Processing:
        return {OrderStatus::Shipped, OrderStatus::Cancelled, OrderStatus::Refunded};
    case OrderStatus::Shipped:
        return {OrderStatus::Delivered, OrderStatus::Refunded};
    case OrderStatus::Delivered:
        return {OrderStatus::Refunded};
    case OrderStatus::Cancelled:
    case OrderStatus::Refunded:
        return {};
    }
    return {};
}

bool canMove(OrderStatus from, OrderStatus to)
{
    return from == to || nextAllowed(from).contains(to);
}

bool byHand(OrderStatus to)
{
    return to == OrderStatus::Processing || to == OrderStatus::Cancelled;
}

QList<OrderStatus> nextByHand(OrderStatus from, bool followsRecords)
{
    QList<OrderStatus> out;
    for (OrderStatus to : nextAllowed(from))
        if (!followsRecords || byHand(to))
            out << to;
    return out;
}

} // namespace status

namespace channel {

QStringList codes()
{
    return {QStringLiteral("web"), QStringLiteral("app"), QStringLiteral("marketplace"),
            QStringLiteral("retail"), QStringLiteral("phone")};
}

QString label(const QString& code)
{
    if (code == QLatin1String("web"))
        return QCoreApplication::translate("Channel", "Web shop");
    if (code == QLatin1String("app"))
        return QCoreApplication::translate("Channel", "Mobile app");
    if (code == QLatin1String("marketplace"))
        return QCoreApplication::translate("Channel", "Marketplace");
    if (code == QLatin1String("retail"))
        return QCoreApplication::translate("Channel", "Retail store");
    if (code == QLatin1String("phone"))
        return QCoreApplication::translate("Channel", "Phone");
    return code;
}

} // namespace channel

Money Order::linesTotal() const
{
    Money sum(0, currency);
    for (const auto& l : lines)
        sum += l.total();
    return sum;
}

Money Order::shippingAmount() const
{
    return shipping.minorUnits() == 0 ? Money(0, currency) : shipping;
}

Money Order::tax() const
{
    return taxRate.of(linesTotal() + shippingAmount());
}

Money Order::grandTotal() const
{
    const Money base = linesTotal() + shippingAmount();
    return base + taxRate.of(base);
}

QString eventKindLabel(const QString& kind)
{
    if (kind == QLatin1String("created"))
        return QCoreApplication::translate("OrderEvent", "Created");
    if (kind == QLatin1String("edited"))
        return QCoreApplication::translate("OrderEvent", "Edited");
    if (kind == QLatin1String("status"))
        return QCoreApplication::translate("OrderEvent", "Status changed");
    if (kind == QLatin1String("seen"))
        return QCoreApplication::translate("OrderEvent", "Marked seen");
    if (kind == QLatin1String("unseen"))
        return QCoreApplication::translate("OrderEvent", "Made new again");
    if (kind == QLatin1String("invalidated"))
        return QCoreApplication::translate("OrderEvent", "Marked invalid");
    if (kind == QLatin1String("revalidated"))
        return QCoreApplication::translate("OrderEvent", "Marked valid again");
    if (kind == QLatin1String("deleted"))
        return QCoreApplication::translate("OrderEvent", "Deleted to archive");
    if (kind == QLatin1String("restored"))
        return QCoreApplication::translate("OrderEvent", "Restored from archive");
    if (kind == QLatin1String("invoiced"))
        return QCoreApplication::translate("OrderEvent", "Invoice issued");
    if (kind == QLatin1String("commented"))
        return QCoreApplication::translate("OrderEvent", "Comment");
    if (kind == QLatin1String("payment"))
        return QCoreApplication::translate("OrderEvent", "Payment");
    if (kind == QLatin1String("refund"))
        return QCoreApplication::translate("OrderEvent", "Refund");
    if (kind == QLatin1String("shipment"))
        return QCoreApplication::translate("OrderEvent", "Shipment");
    if (kind == QLatin1String("tracking"))
        return QCoreApplication::translate("OrderEvent", "Tracking");
    if (kind == QLatin1String("review"))
        return QCoreApplication::translate("OrderEvent", "Review");
    return kind;
}

QString fieldLabel(const QString& field)
{
    static const struct
    {
        const char* key;
        const char* label;
    } kFields[] = {
        {"customer_name", QT_TRANSLATE_NOOP("OrderField", "Customer")},
        {"email", QT_TRANSLATE_NOOP("OrderField", "Email")},
        {"phone", QT_TRANSLATE_NOOP("OrderField", "Phone")},
        {"ship_street", QT_TRANSLATE_NOOP("OrderField", "Street")},
        {"ship_city", QT_TRANSLATE_NOOP("OrderField", "City")},
        {"ship_postcode", QT_TRANSLATE_NOOP("OrderField", "Postcode")},
        {"ship_region", QT_TRANSLATE_NOOP("OrderField", "Region")},
        {"ship_country", QT_TRANSLATE_NOOP("OrderField", "Country")},
        {"bill_country", QT_TRANSLATE_NOOP("OrderField", "Billing country")},
        {"channel", QT_TRANSLATE_NOOP("OrderField", "Channel")},
        {"status", QT_TRANSLATE_NOOP("OrderField", "Status")},
        {"currency", QT_TRANSLATE_NOOP("OrderField", "Currency")},
        {"total_cents", QT_TRANSLATE_NOOP("OrderField", "Total")},
        {"shipping_cents", QT_TRANSLATE_NOOP("OrderField", "Shipping")},
        {"tax_rate", QT_TRANSLATE_NOOP("OrderField", "Tax rate")},
        {"note", QT_TRANSLATE_NOOP("OrderField", "Note")},
        {"assigned_to", QT_TRANSLATE_NOOP("OrderField", "Assigned to")},
        {"lines", QT_TRANSLATE_NOOP("OrderField", "Lines")},
        {"invoice", QT_TRANSLATE_NOOP("OrderField", "Invoice number")},
    };
    for (const auto& f : kFields)
        if (field == QLatin1String(f.key))
            return QCoreApplication::translate("OrderField", f.label);
    return field;
}

} // namespace docket
