#include "orderconflict.h"

#include <functional>

namespace docket {

namespace {

// The editable fields, in form order: code, reader, writer.
struct Field
{
    const char* code;
    std::function<QString(const Order&)> get;
    std::function<void(Order&, const Order&)> copy; // copy the field from the 2nd to the 1st
};

const QList<Field>& fields()
{
    static const QList<Field> kFields = {
        {"customer_name", [](const Order& o) { return o.customerName.trimmed(); },
         [](Order& t, const Order& s) {
             t.customerName = s.customerName;
         }},
        {"email", [](const Order& o) { return o.email.trimmed(); },
         [](Order& t, const Order& s) {
             t.email = s.email;
         }},
        {"phone", [](const Order& o) { return o.phone.trimmed(); },
         [](Order& t, const Order& s) {
             t.phone = s.phone;
         }},
        {"ship_street", [](const Order& o) { return o.shipTo.street; },
         [](Order& t, const Order& s) {
             t.shipTo.street = s.shipTo.street;
         }},
        {"ship_city", [](const Order& o) { return o.shipTo.city; },
         [](Order& t, const Order& s) {
             t.shipTo.city = s.shipTo.city;
         }},
        {"ship_postcode", [](const Order& o) { return o.shipTo.postcode; },
         [](Order& t, const Order& s) {
             t.shipTo.postcode = s.shipTo.postcode;
         }},
        {"ship_region", [](const Order& o) { return o.shipTo.region; },
         [](Order& t, const Order& s) {
             t.shipTo.region = s.shipTo.region;
         }},
        {"ship_country", [](const Order& o) { return o.shipTo.country; },
         [](Order& t, const Order& s) {
             t.shipTo.country = s.shipTo.country;
         }},
        {"channel", [](const Order& o) { return channel::label(o.channel); },
         [](Order& t, const Order& s) {
             t.channel = s.channel;
         }},
        {"status", [](const Order& o) { return status::labelForCode(o.status); },
         [](Order& t, const Order& s) {
             t.status = s.status;
         }},
        {"currency", [](const Order& o) { return o.currency; },
         [](Order& t, const Order& s) {
             t.currency = s.currency;
         }},
        {"assigned_to", [](const Order& o) { return o.assignedTo; },
         [](Order& t, const Order& s) {
             t.assignedTo = s.assignedTo;
         }},
        {"note", [](const Order& o) { return o.note; },
         [](Order& t, const Order& s) {
             t.note = s.note;
         }},
        {"lines", [](const Order& o) { return linesText(o.lines, LinesText::Display); },
         [](Order& t, const Order& s) {
             t.lines = s.lines;
         }},
        {"shipping_cents", [](const Order& o) { return o.shippingAmount().toString(); },
         [](Order& t, const Order& s) {
             t.shipping = s.shipping;
         }},
        {"tax_rate", [](const Order& o) { return o.taxRate.toString(); },
         [](Order& t, const Order& s) {
             t.taxRate = s.taxRate;
         }},
    };
    return kFields;
}

} // namespace

QList<FieldChange> orderDifferences(const Order& before, const Order& after)
{
    QList<FieldChange> out;
    for (const Field& f : fields()) {
        const QString a = f.get(before);
        const QString b = f.get(after);
        if (a != b) {
            const QString code = QString::fromLatin1(f.code);
            out.push_back({code, fieldLabel(code), a, b});
        }
    }
    // Invalidation is not an edit, but it decides whether the order can be
    // saved at all: say so.
    if (before.isInvalid() != after.isInvalid())
        out.push_back({QStringLiteral("invalid"), eventKindLabel(QStringLiteral("invalidated")),
                       before.isInvalid() ? before.invalidReason : QString(),
                       after.isInvalid() ? after.invalidReason : QString()});
    return out;
}

Reapplied reapplyEdits(const Order& base, const Order& mine, const Order& theirs)
{
    Reapplied r{theirs, {}};
    for (const Field& f : fields()) {
        const QString b = f.get(base);
        const QString m = f.get(mine);
        if (m == b)
            continue; // I did not touch it: theirs stands
        if (f.get(theirs) != b && f.get(theirs) != m)
            r.conflicts << QString::fromLatin1(f.code);
        f.copy(r.order, mine);
    }
    // The lines' prices are in the order's currency, whichever side each came from.
    for (auto& l : r.order.lines)
        l.unitPrice = Money(l.unitPrice.minorUnits(), r.order.currency);
    r.order.shipping = Money(r.order.shipping.minorUnits(), r.order.currency);
    r.order.version = theirs.version;
    return r;
}

} // namespace docket
