#include "ordercolumns.h"

#include "domain/fulfilment.h"
#include "domain/money.h"
#include "i18n.h"

#include <QDateTime>
#include <QSet>

namespace docket::ordercolumns {

namespace {

QVariant text(const QString& s)
{
    return s;
}

// The table itself. The first seven are the sortable columns in the order of
// OrderColumn (the last of them issue 15's "due"); then the list's optional
// columns; then what only the export writes.
const QList<Column> kColumns{
    {"number", QT_TRANSLATE_NOOP("OrderColumns", "Order"),
     QT_TRANSLATE_NOOP("OrderColumns", "Number"), Kind::Text, OrderColumn::Number, 120, true, false,
     [](const OrderSummary& r) {
         return text(r.number);
     }},
    {"customer", QT_TRANSLATE_NOOP("OrderColumns", "Customer"), nullptr, Kind::Text,
     OrderColumn::Customer, 260, true, false,
     [](const OrderSummary& r) {
         return text(r.customerName);
     }},
    {"total", QT_TRANSLATE_NOOP("OrderColumns", "Amount"),
     QT_TRANSLATE_NOOP("OrderColumns", "Total"), Kind::Money, OrderColumn::Total, 160, true, false,
     [](const OrderSummary& r) {
         return QVariant::fromValue(r.total);
     }},
    {"created", QT_TRANSLATE_NOOP("OrderColumns", "Created"), nullptr, Kind::Time,
     OrderColumn::Created, 160, true, false,
     [](const OrderSummary& r) {
         return QVariant(r.createdAt);
     }},
    {"status", QT_TRANSLATE_NOOP("OrderColumns", "Status"), nullptr, Kind::Text,
     OrderColumn::Status, 150, true, false,
     [](const OrderSummary& r) {
         return text(status::labelForCode(r.status));
     }},
    {"channel", QT_TRANSLATE_NOOP("OrderColumns", "Channel"), nullptr, Kind::Text,
     OrderColumn::Channel, 140, true, false,
     [](const OrderSummary& r) {
         return text(channel::label(r.channel));
     }},
    {"due", QT_TRANSLATE_NOOP("OrderColumns", "Due"), nullptr, Kind::Due, OrderColumn::Due, 130,
     true, false,
     [](const OrderSummary& r) {
         return QVariant(r.dueAt);
     }},
    {"email", QT_TRANSLATE_NOOP("OrderColumns", "Email"), nullptr, Kind::Text, std::nullopt, 220,
     false, false,
     [](const OrderSummary& r) {
         return text(r.email);
     }},
    {"phone", QT_TRANSLATE_NOOP("OrderColumns", "Phone"), nullptr, Kind::Text, std::nullopt, 140,
     false, false,
     [](const OrderSummary& r) {
         return text(r.phone);
     }},
    {"country", QT_TRANSLATE_NOOP("OrderColumns", "Country"), nullptr, Kind::Text, std::nullopt, 80,
     false, false,
     [](const OrderSummary& r) {
         return text(r.shipCountry);
     }},
    {"region", QT_TRANSLATE_NOOP("OrderColumns", "Region"), nullptr, Kind::Text, std::nullopt, 150,
     false, false,
     [](const OrderSummary& r) {
         return text(r.shipRegion);
     }},
    {"assigned", QT_TRANSLATE_NOOP("OrderColumns", "Assigned to"), nullptr, Kind::Text,
     std::nullopt, 130, false, false,
     [](const OrderSummary& r) {
         return text(r.assignedTo);
     }},
    {"invalidReason", QT_TRANSLATE_NOOP("OrderColumns", "Invalid reason"), nullptr, Kind::Text,
     std::nullopt, 200, false, false,
     [](const OrderSummary& r) {
         return text(r.invalidReason);
     }},
    {"items", QT_TRANSLATE_NOOP("OrderColumns", "Items"), nullptr, Kind::Count, std::nullopt, 70,
     false, true,
     [](const OrderSummary& r) {
         return QVariant(r.items);
     }},
    // Export only.
    {"street", QT_TRANSLATE_NOOP("OrderColumns", "Street"), nullptr, Kind::Text, std::nullopt, 0,
     false, false,
     [](const OrderSummary& r) {
         return text(r.shipStreet);
     }},
    {"postcode", QT_TRANSLATE_NOOP("OrderColumns", "Postcode"), nullptr, Kind::Text, std::nullopt,
     0, false, false,
     [](const OrderSummary& r) {
         return text(r.shipPostcode);
     }},
    {"city", QT_TRANSLATE_NOOP("OrderColumns", "City"), nullptr, Kind::Text, std::nullopt, 0, false,
     false,
     [](const OrderSummary& r) {
         return text(r.shipCity);
     }},
    {"currency", QT_TRANSLATE_NOOP("OrderColumns", "Currency"), nullptr, Kind::Text, std::nullopt,
     0, false, false,
     [](const OrderSummary& r) {
         return text(r.total.currency());
     }},
    {"shipping", QT_TRANSLATE_NOOP("OrderColumns", "Shipping"), nullptr, Kind::Money, std::nullopt,
     0, false, false,
     [](const OrderSummary& r) {
         return QVariant::fromValue(r.shipping);
     }},
    {"taxRate", QT_TRANSLATE_NOOP("OrderColumns", "Tax rate (%)"), nullptr, Kind::Text,
     std::nullopt, 0, false, false,
     [](const OrderSummary& r) {
         return text(r.taxRate.toPlainString());
     }},
    {"new", QT_TRANSLATE_NOOP("OrderColumns", "New"), nullptr, Kind::Flag, std::nullopt, 0, false,
     false,
     [](const OrderSummary& r) {
         return QVariant(r.isNew);
     }},
    {"overdue", QT_TRANSLATE_NOOP("OrderColumns", "Overdue"), nullptr, Kind::Flag, std::nullopt, 0,
     false, false,
     [](const OrderSummary& r) {
         return QVariant(r.overdue);
     }},
    {"invalid", QT_TRANSLATE_NOOP("OrderColumns", "Invalid"), nullptr, Kind::Flag, std::nullopt, 0,
     false, false,
     [](const OrderSummary& r) {
         return QVariant(r.invalid);
     }},
};

} // namespace

const QList<Column>& all()
{
    return kColumns;
}

const QList<const Column*>& listColumns()
{
    static const QList<const Column*> list = [] {
        QList<const Column*> out;
        for (const Column& c : kColumns)
            if (c.inList())
                out << &c;
        return out;
    }();
    return list;
}

const Column* find(QStringView key)
{
    for (const Column& c : kColumns)
        if (key == QLatin1String(c.key))
            return &c;
    return nullptr;
}

int listIndex(QStringView key)
{
    const auto& list = listColumns();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (key == QLatin1String(list[i]->key))
            return int(i);
    return -1;
}

QString title(const Column& c)
{
    return QCoreApplication::translate("OrderColumns", c.title);
}

QString exportTitle(const Column& c)
{
    return QCoreApplication::translate("OrderColumns", c.exportTitle ? c.exportTitle : c.title);
}

QStringList defaultListKeys()
{
    QStringList out;
    for (const Column* c : listColumns())
        if (c->listDefault)
            out << c->id();
    return out;
}

QStringList defaultExportKeys()
{
    return {QStringLiteral("number"),   QStringLiteral("created"), QStringLiteral("customer"),
            QStringLiteral("status"),   QStringLiteral("channel"), QStringLiteral("total"),
            QStringLiteral("currency"), QStringLiteral("new"),     QStringLiteral("overdue"),
            QStringLiteral("invalid")};
}

QStringList cleanListKeys(const QStringList& keys)
{
    QStringList out{QStringLiteral("number")};
    for (const QString& k : keys) {
        const Column* c = find(k);
        if (c && c->inList() && !out.contains(k))
            out << k;
    }
    return out;
}

QStringList cleanExportKeys(const QStringList& keys)
{
    QStringList out;
    for (const QString& k : keys)
        if (find(k) && !out.contains(k))
            out << k;
    return out;
}

bool isPartPaid(const OrderSummary& row)
{
    return row.paid.currency() == row.total.currency() && row.paid.minorUnits() > 0 &&
           row.paid < row.total && row.refunded.minorUnits() == 0;
}

QString paymentText(const OrderSummary& row, const QLocale& locale)
{
    if (row.paid.currency() != row.total.currency())
        return {};
    if (isPartPaid(row))
        return Text::tr("%1 of %2 paid; %3 still owed.")
            .arg(row.paid.toString(locale), row.total.toString(locale),
                 (row.total - row.paid).toString(locale));
    if (row.refunded.minorUnits() > 0)
        return Text::tr("%1 refunded; %2 paid after the refunds.")
            .arg(row.refunded.toString(locale), row.paid.toString(locale));
    return {};
}

QString statusText(const OrderSummary& row)
{
    if (fulfilment::stepOf(row.status, row.reviewState) == fulfilment::Step::Review)
        return fulfilment::stepLabel(fulfilment::Step::Review);
    return status::labelForCode(row.status);
}

QString reviewText(const OrderSummary& row)
{
    if (fulfilment::stepOf(row.status, row.reviewState) != fulfilment::Step::Review)
        return {};
    return Text::tr("%1 waits for review; it is “%2” until it is approved.")
        .arg(row.number, status::labelForCode(row.status));
}

QString dueToolTip(const OrderSummary& row, const QLocale& locale)
{
    if (row.dueAt == 0)
        return {};
    const fulfilment::Step step = fulfilment::stepOf(row.status, row.reviewState);
    const QString when = formatDateTime(QDateTime::fromSecsSinceEpoch(row.dueAt).toLocalTime(),
                                        QLocale::ShortFormat, locale);
    if (step == fulfilment::Step::None)
        return Text::tr("Due %1.").arg(when);
    return Text::tr("Step “%1”: due %2.").arg(fulfilment::stepLabel(step), when);
}

QString displayText(const Column& c, const OrderSummary& row, const QLocale& locale)
{
    const QVariant v = c.value(row);
    switch (c.kind) {
    case Kind::Text:
        if (c.sort == OrderColumn::Status)
            return statusText(row);
        return v.toString();
    case Kind::Money:
        if (c.sort == OrderColumn::Total && isPartPaid(row))
            return Text::tr("%1 of %2").arg(row.paid.toString(locale), row.total.toString(locale));
        return v.value<Money>().toString(locale);
    case Kind::Time:
        return formatDateTime(QDateTime::fromSecsSinceEpoch(v.toLongLong()).toLocalTime(),
                              QLocale::ShortFormat, locale);
    case Kind::Count:
        return v.toLongLong() < 0 ? QString() : locale.toString(v.toLongLong());
    case Kind::Flag:
        return v.toBool() ? QStringLiteral("✓") : QString();
    case Kind::Due:
        return v.toLongLong() == 0
                   ? QString()
                   : fulfilment::dueText(v.toLongLong(), QDateTime::currentSecsSinceEpoch());
    }
    return {};
}

} // namespace docket::ordercolumns
