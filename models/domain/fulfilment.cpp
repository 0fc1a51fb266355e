#include "fulfilment.h"

#include "shopsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace docket {

namespace paymentstate {

namespace {
struct Entry
{
    PaymentState state;
    const char* code;
};
constexpr Entry kStates[] = {
    {PaymentState::Pending, "pending"},
    {PaymentState::Captured, "captured"},
    {PaymentState::Failed, "failed"},
    {PaymentState::Voided, "voided"},
};
} // namespace

QString code(PaymentState s)
{
    for (const auto& e : kStates)
        if (e.state == s)
            return QString::fromLatin1(e.code);
    return {};
}

std::optional<PaymentState> fromCode(const QString& c)
{
    for (const auto& e : kStates)
        if (c == QLatin1String(e.code))
            return e.state;
    return std::nullopt;
}

QString label(PaymentState s)
{
    switch (s) {
    case PaymentState::Pending:
        return QCoreApplication::translate("Payment", "Pending");
    case PaymentState::Captured:
        return QCoreApplication::translate("Payment", "Captured");
    case PaymentState::Failed:
        return QCoreApplication::translate("Payment", "Failed");
    case PaymentState::Voided:
        return QCoreApplication::translate("Payment", "Voided");
    }
    return {};
}

QString labelForCode(const QString& c)
{
    if (auto s = fromCode(c))
        return label(*s);
    return c;
}

QList<PaymentState> all()
{
    QList<PaymentState> out;
    for (const auto& e : kStates)
        out << e.state;
    return out;
}

bool canMove(PaymentState from, PaymentState to)
{
    // Captured money goes back only as a refund (a ledger row), never by
    // voiding the payment it came with.
    return from == PaymentState::Pending && to != PaymentState::Pending;
}

} // namespace paymentstate

Money Payment::refundable() const
{
    if (state != PaymentState::Captured)
        return Money(0, amount.currency());
    return Money(amount.minorUnits() - refunded.minorUnits(), amount.currency());
}

bool Carrier::accepts(const QString& number) const
{
    if (pattern.isEmpty())
        return true;
    const QRegularExpression re(QStringLiteral("^(?:") + pattern + QStringLiteral(")$"));
    return re.isValid() && re.match(number).hasMatch();
}

QString Carrier::trackingUrl(const QString& number) const
{
    if (urlTemplate.isEmpty() || number.isEmpty())
        return {};
    QString url = urlTemplate;
    return url.replace(QStringLiteral("{number}"),
                       QString::fromLatin1(QUrl::toPercentEncoding(number)));
}

namespace fulfilment {

namespace {

// Fields of a list line are separated by a bar with white space before it and
// white space (or the end of the line) after it, so that a pattern may use
// "|" for alternatives. The server splits the same way (0069, docket_fields).
QStringList fields(const QString& line)
{
    static const QRegularExpression sep(QStringLiteral("\\s\\|(?=\\s|$)"));
    QStringList parts = line.split(sep);
    for (QString& p : parts)
        p = p.trimmed();
    return parts;
}

bool isCode(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,30}$"));
    return re.match(s).hasMatch();
}

QString lineError(int n, const QString& why)
{
    return QCoreApplication::translate("Fulfilment", "Line %1: %2").arg(n).arg(why);
}

} // namespace

QString defaultPaymentMethodsText()
{
    return QString::fromUtf8(shop::paymentMethods.fallback);
}

QString defaultCarriersText()
{
    return QString::fromUtf8(shop::carriers.fallback);
}

QList<PaymentMethod> paymentMethods(const ShopSettings& s)
{
    QList<PaymentMethod> l = parsePaymentMethods(s.text(shop::paymentMethods));
    return l.isEmpty() ? parsePaymentMethods(defaultPaymentMethodsText()) : l;
}

QList<Carrier> carriers(const ShopSettings& s)
{
    QList<Carrier> l = parseCarriers(s.text(shop::carriers));
    return l.isEmpty() ? parseCarriers(defaultCarriersText()) : l;
}

Deadlines deadlines(const ShopSettings& s)
{
    Deadlines d;
    d.reviewHours = int(s.whole(shop::deadlineReviewHours));
    d.paymentHours = int(s.whole(shop::deadlinePaymentHours));
    d.shippingHours = int(s.whole(shop::deadlineShippingHours));
    d.deliveryHours = int(s.whole(shop::deadlineDeliveryHours));
    d.overrides = parseDeadlineOverrides(s.text(shop::deadlineOverrides));
    d.autoCancelUnpaid = s.flag(shop::autoCancelUnpaid);
    return d;
}

QString builtinMethodLabel(const QString& code)
{
    static const struct
    {
        const char* code;
        const char* label;
    } kLabels[] = {
        {"card", QT_TRANSLATE_NOOP("Fulfilment", "Card")},
        {"debit_card", QT_TRANSLATE_NOOP("Fulfilment", "Debit card")},
        {"alipay", QT_TRANSLATE_NOOP("Fulfilment", "Alipay")},
        {"wechat_pay", QT_TRANSLATE_NOOP("Fulfilment", "WeChat Pay")},
        {"bank_transfer", QT_TRANSLATE_NOOP("Fulfilment", "Bank transfer")},
        {"cod", QT_TRANSLATE_NOOP("Fulfilment", "Cash on delivery")},
        {"store_credit", QT_TRANSLATE_NOOP("Fulfilment", "Store credit")},
        {"sf", QT_TRANSLATE_NOOP("Fulfilment", "SF Express")},
        {"jd", QT_TRANSLATE_NOOP("Fulfilment", "JD Logistics")},
        {"zto", QT_TRANSLATE_NOOP("Fulfilment", "ZTO Express")},
        {"yto", QT_TRANSLATE_NOOP("Fulfilment", "YTO Express")},
        {"ems", QT_TRANSLATE_NOOP("Fulfilment", "EMS / China Post")},
        {"dhl", QT_TRANSLATE_NOOP("Fulfilment", "DHL")},
        {"ups", QT_TRANSLATE_NOOP("Fulfilment", "UPS")},
        {"fedex", QT_TRANSLATE_NOOP("Fulfilment", "FedEx")},
        {"dpd", QT_TRANSLATE_NOOP("Fulfilment", "DPD")},
    };
    for (const auto& l : kLabels)
        if (code == QLatin1String(l.code))
            return QCoreApplication::translate("Fulfilment", l.label);
    return code;
}

namespace {

// What parseOne says about an entry: the field at fault and why (empty: fine).
struct FieldProblem
{
    int field = 0;
    QString why;
};

// The skeleton of the shop's list texts: one entry a line, "a | b | c"; blank
// lines and '#' comments skipped; each entry has a code, unique in the list.
// `parseOne` fills an entry from its fields and returns the problem in words
// (empty: fine). The first problem names its line and the list is empty.
template <typename T, typename ParseOne>
QList<T> parseList(const QString& text, QString* error, ListProblem* problem, qsizetype maxFields,
                   const char* shapeMessage, const char* emptyMessage, ParseOne parseOne)
{
    QList<T> out;
    int n = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        ++n;
        const QString l = line.trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = fields(l);
        FieldProblem p;
        T item;
        item.code = f.value(0);
        if (f.size() > maxFields) {
            p = {int(maxFields), QCoreApplication::translate("Fulfilment", shapeMessage)};
        } else if (!isCode(item.code)) {
            p.why = QCoreApplication::translate("Fulfilment",
                                                "\"%1\" is not a code (lower-case letters, "
                                                "digits and _, at most 30).")
                        .arg(item.code);
        } else if (std::any_of(out.cbegin(), out.cend(),
                               [&](const T& seen) { return seen.code == item.code; })) {
            p.why =
                QCoreApplication::translate("Fulfilment", "\"%1\" is listed twice.").arg(item.code);
        } else {
            p = parseOne(f, item);
        }
        if (!p.why.isEmpty()) {
            if (error)
                *error = item.code.isEmpty() || !isCode(item.code)
                             ? lineError(n, p.why)
                             : QCoreApplication::translate("Fulfilment", "Line %1 (%2): %3")
                                   .arg(n)
                                   .arg(item.code, p.why);
            if (problem)
                *problem = {n, p.field, item.code, p.why};
            return {};
        }
        out << item;
    }
    if (out.isEmpty()) {
        const QString why = QCoreApplication::translate("Fulfilment", emptyMessage);
        if (error)
            *error = why;
        if (problem)
            *problem = {0, 0, {}, why};
        return {};
    }
    if (error)
        error->clear();
    if (problem)
        *problem = {};
    return out;
}

// A field of a list entry may not hold the separator (" | ").
bool holdsSeparator(const QString& field)
{
    static const QRegularExpression sep(QStringLiteral("\\s\\|(?=\\s|$)"));
    return sep.match(field).hasMatch();
}

// Rows of fields -> the stored text, checked by `parse`; see ListText.
template <typename Parse> ListText listText(const QList<QStringList>& rows, Parse parse)
{
    ListText out;
    QStringList lines;
    QList<int> rowOfLine; // lines[i] came from rows[rowOfLine[i]]
    for (int r = 0; r < rows.size(); ++r) {
        QStringList f = rows.at(r);
        for (QString& x : f)
            x = x.trimmed();
        while (!f.isEmpty() && f.last().isEmpty())
            f.removeLast();
        if (f.isEmpty())
            continue; // an empty row, as added and left
        for (int i = 0; i < f.size(); ++i) {
            QString why;
            if (f.at(i).contains(QLatin1Char('\n')))
                why = QCoreApplication::translate("Fulfilment", "it has a line break.");
            else if (holdsSeparator(f.at(i)))
                why = QCoreApplication::translate("Fulfilment",
                                                  "\"%1\" holds \" | \", which separates the "
                                                  "fields; write the bar without spaces.")
                          .arg(f.at(i));
            else if (i == 0 && f.at(0).isEmpty())
                why = QCoreApplication::translate("Fulfilment", "it has no code.");
            else if (i == 0 && f.at(0).startsWith(QLatin1Char('#')))
                why = QCoreApplication::translate("Fulfilment",
                                                  "\"%1\" is not a code (lower-case letters, "
                                                  "digits and _, at most 30).")
                          .arg(f.at(0));
            if (!why.isEmpty()) {
                out.row = r;
                out.field = i;
                out.error = QCoreApplication::translate("Fulfilment", "Row %1 (%2): %3")
                                .arg(r + 1)
                                .arg(f.at(0).isEmpty() ? QStringLiteral("—") : f.at(0), why);
                return out;
            }
        }
        QString line = f.first(); // "cod | | on_delivery": an empty field is one space wide
        for (qsizetype i = 1; i < f.size(); ++i)
            line += f.at(i).isEmpty() ? QStringLiteral(" |") : QStringLiteral(" | ") + f.at(i);
        lines << line;
        rowOfLine << r;
    }
    out.text = lines.join(QLatin1Char('\n'));
    ListProblem p;
    parse(out.text, &p);
    if (p.why.isEmpty())
        return out;
    if (p.line > 0) {
        out.row = rowOfLine.value(p.line - 1, -1);
        out.field = p.field;
        out.error = QCoreApplication::translate("Fulfilment", "Row %1 (%2): %3")
                        .arg(out.row + 1)
                        .arg(p.code.isEmpty() ? QStringLiteral("—") : p.code, p.why);
    } else {
        out.error = p.why;
    }
    out.text.clear();
    return out;
}

// The entries of a list text, fields as written (see paymentMethodRows).
QList<QStringList> rawRows(const QString& text)
{
    QList<QStringList> out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (!l.isEmpty() && !l.startsWith(QLatin1Char('#')))
            out << fields(l);
    }
    return out;
}

const QLatin1String kOnDelivery("on_delivery");
const QLatin1String kInactive("inactive");

} // namespace

QList<PaymentMethod> parsePaymentMethods(const QString& text, QString* error, ListProblem* problem)
{
    return parseList<PaymentMethod>(
        text, error, problem, 4,
        QT_TRANSLATE_NOOP("Fulfilment",
                          "a payment method is \"code | label | on_delivery | inactive\"."),
        QT_TRANSLATE_NOOP("Fulfilment", "List at least one payment method."),
        [](const QStringList& f, PaymentMethod& m) -> FieldProblem {
            m.label = f.value(1);
            if (m.label.isEmpty())
                m.label = builtinMethodLabel(m.code);
            const QString flag = f.value(2);
            if (!flag.isEmpty() && flag != kOnDelivery)
                return {2, QCoreApplication::translate(
                               "Fulfilment", "\"%1\" is not a flag; the only one is on_delivery.")
                               .arg(flag)};
            m.onDelivery = flag == kOnDelivery;
            const QString state = f.value(3);
            if (!state.isEmpty() && state != kInactive)
                return {3, QCoreApplication::translate(
                               "Fulfilment",
                               "\"%1\" is not a state; write inactive, or nothing for active.")
                               .arg(state)};
            m.active = state != kInactive;
            return {};
        });
}

QList<Carrier> parseCarriers(const QString& text, QString* error, ListProblem* problem)
{
    return parseList<Carrier>(
        text, error, problem, 4,
        QT_TRANSLATE_NOOP("Fulfilment", "a carrier is \"code | name | pattern | link\"."),
        QT_TRANSLATE_NOOP("Fulfilment", "List at least one carrier."),
        [](const QStringList& f, Carrier& c) -> FieldProblem {
            c.name = f.value(1);
            if (c.name.isEmpty())
                c.name = builtinMethodLabel(c.code);
            c.pattern = f.value(2);
            if (!c.pattern.isEmpty()) {
                const QRegularExpression re(QStringLiteral("^(?:") + c.pattern +
                                            QStringLiteral(")$"));
                if (!re.isValid())
                    return {
                        2, QCoreApplication::translate(
                               "Fulfilment", "\"%1\" is not a valid pattern: %2 (at character %3).")
                               .arg(c.pattern, re.errorString())
                               .arg(std::max<qsizetype>(re.patternErrorOffset() - 4, 0) + 1)};
            }
            c.urlTemplate = f.value(3);
            if (!c.urlTemplate.isEmpty() && (!c.urlTemplate.startsWith(QLatin1String("https://")) &&
                                             !c.urlTemplate.startsWith(QLatin1String("http://"))))
                return {3, QCoreApplication::translate(
                               "Fulfilment", "the link must start with https:// or http://.")};
            if (!c.urlTemplate.isEmpty() && !c.urlTemplate.contains(QLatin1String("{number}")))
                return {3, QCoreApplication::translate(
                               "Fulfilment", "the link must say where the number goes: {number}.")};
            return {};
        });
}

QList<PaymentMethod> paymentMethodRows(const QString& text)
{
    QList<PaymentMethod> out;
    for (const QStringList& f : rawRows(text)) {
        PaymentMethod m;
        m.code = f.value(0);
        m.label = f.value(1);
        m.onDelivery = f.value(2) == kOnDelivery;
        m.active = f.value(3) != kInactive;
        out << m;
    }
    return out;
}

QList<Carrier> carrierRows(const QString& text)
{
    QList<Carrier> out;
    for (const QStringList& f : rawRows(text)) {
        Carrier c;
        c.code = f.value(0);
        c.name = f.value(1);
        c.pattern = f.value(2);
        c.urlTemplate = f.value(3);
        out << c;
    }
    return out;
}

ListText paymentMethodsText(const QList<PaymentMethod>& rows)
{
    QList<QStringList> r;
    for (const PaymentMethod& m : rows) {
        const bool blank = m.code.trimmed().isEmpty() && m.label.trimmed().isEmpty();
        r << (blank ? QStringList{} // a row added and left empty (flags alone say nothing)
                    : QStringList{m.code, m.label, m.onDelivery ? QString(kOnDelivery) : QString(),
                                  m.active ? QString() : QString(kInactive)});
    }
    return listText(r,
                    [](const QString& t, ListProblem* p) { parsePaymentMethods(t, nullptr, p); });
}

ListText carriersText(const QList<Carrier>& rows)
{
    QList<QStringList> r;
    for (const Carrier& c : rows)
        r << QStringList{c.code, c.name, c.pattern, c.urlTemplate};
    return listText(r, [](const QString& t, ListProblem* p) { parseCarriers(t, nullptr, p); });
}

QString normaliseTrackingNumber(const QString& number)
{
    QString n = number.trimmed().toUpper();
    n.remove(QLatin1Char(' '));
    return n;
}

QString stepCode(Step s)
{
    switch (s) {
    case Step::None:
        return {};
    case Step::Review:
        return QStringLiteral("review");
    case Step::Payment:
        return QStringLiteral("payment");
    case Step::Shipping:
        return QStringLiteral("shipping");
    case Step::Delivery:
        return QStringLiteral("delivery");
    }
    return {};
}

std::optional<Step> stepFromCode(const QString& code)
{
    for (Step s : {Step::Review, Step::Payment, Step::Shipping, Step::Delivery})
        if (stepCode(s) == code)
            return s;
    return std::nullopt;
}

QString stepLabel(Step s)
{
    switch (s) {
    case Step::None:
        return {};
    case Step::Review:
        return QCoreApplication::translate("Fulfilment", "Awaiting review");
    case Step::Payment:
        return QCoreApplication::translate("Fulfilment", "Awaiting payment");
    case Step::Shipping:
        return QCoreApplication::translate("Fulfilment", "Awaiting shipment");
    case Step::Delivery:
        return QCoreApplication::translate("Fulfilment", "Awaiting delivery");
    }
    return {};
}

Step stepOf(const QString& status, const QString& reviewState)
{
    if (status == QLatin1String("cancelled") || status == QLatin1String("refunded") ||
        status == QLatin1String("delivered"))
        return Step::None;
    if (reviewState == QLatin1String("waiting"))
        return Step::Review;
    if (status == QLatin1String("pending"))
        return Step::Payment;
    if (status == QLatin1String("paid") || status == QLatin1String("processing"))
        return Step::Shipping;
    if (status == QLatin1String("shipped"))
        return Step::Delivery;
    return Step::None;
}

QList<DeadlineOverride> parseDeadlineOverrides(const QString& text, QString* error)
{
    QList<DeadlineOverride> out;
    int n = 0;
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        ++n;
        const QString l = line.trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = l.split(ws);
        auto fail = [&](const QString& why) {
            if (error)
                *error = lineError(n, why);
            return QList<DeadlineOverride>{};
        };
        if (f.size() != 3)
            return fail(QCoreApplication::translate(
                "Fulfilment", "an override is \"channel step hours\", e.g. \"marketplace "
                              "shipping 24\"."));
        DeadlineOverride o;
        o.channel = f[0];
        if (!isCode(o.channel))
            return fail(QCoreApplication::translate("Fulfilment", "\"%1\" is not a channel code.")
                            .arg(o.channel));
        const auto step = stepFromCode(f[1]);
        if (!step)
            return fail(QCoreApplication::translate("Fulfilment",
                                                    "\"%1\" is not a step; the steps are review, "
                                                    "payment, shipping and delivery.")
                            .arg(f[1]));
        o.step = *step;
        bool ok = false;
        o.hours = f[2].toInt(&ok);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        if (!ok || !digits.match(f[2]).hasMatch() || o.hours < 1 || o.hours > 8760)
            return fail(QCoreApplication::translate(
                            "Fulfilment", "\"%1\" is not a number of hours from 1 to 8760.")
                            .arg(f[2]));
        for (const DeadlineOverride& seen : out)
            if (seen.channel == o.channel && seen.step == o.step)
                return fail(QCoreApplication::translate("Fulfilment", "%1 %2 is listed twice.")
                                .arg(o.channel, f[1]));
        out << o;
    }
    if (error)
        error->clear();
    return out;
}

int Deadlines::hours(Step step, const QString& channel) const
{
    for (const DeadlineOverride& o : overrides)
        if (o.step == step && o.channel == channel)
            return o.hours;
    switch (step) {
    case Step::None:
        return 0;
    case Step::Review:
        return reviewHours;
    case Step::Payment:
        return paymentHours;
    case Step::Shipping:
        return shippingHours;
    case Step::Delivery:
        return deliveryHours;
    }
    return 0;
}

QString dueText(qint64 dueAt, qint64 now)
{
    const qint64 diff = dueAt - now;
    const qint64 s = diff < 0 ? -diff : diff;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString span;
    if (days > 0)
        span = QCoreApplication::translate("Fulfilment", "%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        span = QCoreApplication::translate("Fulfilment", "%1 h %2 min").arg(hours).arg(minutes);
    else
        span = QCoreApplication::translate("Fulfilment", "%1 min").arg(minutes);
    return diff < 0 ? QCoreApplication::translate("Fulfilment", "%1 overdue").arg(span)
                    : QCoreApplication::translate("Fulfilment", "%1 left").arg(span);
}

DueState dueState(qint64 dueAt, qint64 now)
{
    if (dueAt == 0)
        return DueState::None;
    if (dueAt < now)
        return DueState::Overdue;
    if (dueAt < now + qint64(kDueSoonHours) * 3600)
        return DueState::Soon;
    return DueState::Ahead;
}

QString settledStatus(const QString& status, const RecordFacts& f)
{
    const bool open = status == QLatin1String("pending") || status == QLatin1String("paid") ||
                      status == QLatin1String("processing");
    if (status == QLatin1String("cancelled") || status == QLatin1String("refunded"))
        return status;
    if (f.captured > 0 && f.refunded >= f.captured)
        return QStringLiteral("refunded");
    if (f.allShipped && f.allDelivered && (open || status == QLatin1String("shipped")))
        return QStringLiteral("delivered");
    if (f.allShipped && open)
        return QStringLiteral("shipped");
    if (status == QLatin1String("pending") && f.captured > 0 && f.captured >= f.total)
        return QStringLiteral("paid");
    return status;
}

bool statusMatchesRecords(const QString& status, const RecordFacts& f)
{
    if (status == QLatin1String("cancelled"))
        return f.captured <= f.refunded && !f.allShipped;
    const QString expected = settledStatus(QStringLiteral("pending"), f);
    return status == expected ||
           (status == QLatin1String("processing") && expected == QLatin1String("paid"));
}

QString reviewStateLabel(const QString& state)
{
    if (state == QLatin1String("waiting"))
        return QCoreApplication::translate("Fulfilment", "Awaiting review");
    if (state == QLatin1String("approved"))
        return QCoreApplication::translate("Fulfilment", "Approved");
    if (state == QLatin1String("rejected"))
        return QCoreApplication::translate("Fulfilment", "Rejected");
    return QCoreApplication::translate("Fulfilment", "Not reviewed");
}

QString actorLabel(const QString& actor)
{
    if (actor == systemActor())
        return QCoreApplication::translate("Fulfilment", "Docket (automatic)");
    return actor;
}

QString reasonText(const QString& note)
{
    const qsizetype colon = note.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return note;
    const QString kind = note.left(colon);
    const QString arg = note.mid(colon + 1);
    if (kind == QLatin1String("payment"))
        return QCoreApplication::translate("Fulfilment", "paid in full by payment #%1").arg(arg);
    if (kind == QLatin1String("refund"))
        return QCoreApplication::translate("Fulfilment", "refunded in full by refund #%1").arg(arg);
    if (kind == QLatin1String("shipment"))
        return QCoreApplication::translate("Fulfilment",
                                           "every line shipped, the last in shipment #%1")
            .arg(arg);
    if (kind == QLatin1String("delivered"))
        return QCoreApplication::translate("Fulfilment", "every shipment delivered, the last #%1")
            .arg(arg);
    if (kind == QLatin1String("deadline"))
        return QCoreApplication::translate("Fulfilment",
                                           "not paid within the time limit (cancelled "
                                           "automatically)");
    return note;
}

QList<PathStep> orderPath(const Order& o, const QList<OrderEvent>& events)
{
    auto make = [](const char* code, const char* label) {
        PathStep p;
        p.code = QString::fromLatin1(code);
        p.label = QCoreApplication::translate("Fulfilment", label);
        return p;
    };
    QList<PathStep> path{make("placed", QT_TRANSLATE_NOOP("Fulfilment", "Placed")),
                         make("reviewed", QT_TRANSLATE_NOOP("Fulfilment", "Reviewed")),
                         make("paid", QT_TRANSLATE_NOOP("Fulfilment", "Paid")),
                         make("shipped", QT_TRANSLATE_NOOP("Fulfilment", "Shipped")),
                         make("delivered", QT_TRANSLATE_NOOP("Fulfilment", "Delivered"))};
    auto reach = [](PathStep& p, const OrderEvent& e) {
        p.state = PathStep::State::Done;
        p.at = e.at;
        p.actor = e.actor;
    };
    path[0].state = PathStep::State::Done;
    path[0].at = o.createdAt;
    path[0].actor = o.createdBy;
    std::optional<PathStep> left;
    for (const OrderEvent& e : events) {
        if (e.kind == QLatin1String("review") &&
            (e.newValue == QLatin1String("approved") || e.newValue == QLatin1String("rejected")))
            reach(path[1], e);
        if (e.kind != QLatin1String("status"))
            continue;
        for (qsizetype i = 2; i < path.size(); ++i)
            if (e.newValue == path[i].code && path[i].state != PathStep::State::Done)
                reach(path[i], e);
        if (e.newValue == QLatin1String("cancelled") || e.newValue == QLatin1String("refunded")) {
            left = e.newValue == QLatin1String("cancelled")
                       ? make("cancelled", QT_TRANSLATE_NOOP("Fulfilment", "Cancelled"))
                       : make("refunded", QT_TRANSLATE_NOOP("Fulfilment", "Refunded"));
            reach(*left, e);
            left->state = PathStep::State::Left;
        }
    }
    // A status reached before the records (set by hand or imported) counts
    // with the steps before it, without a time.
    static const QStringList kOrder{QStringLiteral("paid"), QStringLiteral("processing"),
                                    QStringLiteral("shipped"), QStringLiteral("delivered")};
    const qsizetype reached = o.followsRecords ? -1 : kOrder.indexOf(o.status);
    for (qsizetype i = 2; i < path.size(); ++i) {
        const qsizetype at = kOrder.indexOf(path[i].code);
        if (reached >= 0 && at <= reached && path[i].state == PathStep::State::Ahead)
            path[i].state = PathStep::State::Done;
    }
    if (path[1].state != PathStep::State::Done && o.reviewState != QLatin1String("waiting"))
        path[1].state = PathStep::State::Skipped;
    if (o.isInvalid()) {
        PathStep p = make("invalid", QT_TRANSLATE_NOOP("Fulfilment", "Invalid"));
        p.state = PathStep::State::Left;
        p.at = o.invalidAt;
        p.actor = o.invalidBy;
        left = p;
    } else if (!left &&
               (o.status == QLatin1String("cancelled") || o.status == QLatin1String("refunded"))) {
        PathStep p = make("cancelled", QT_TRANSLATE_NOOP("Fulfilment", "Cancelled"));
        if (o.status == QLatin1String("refunded"))
            p = make("refunded", QT_TRANSLATE_NOOP("Fulfilment", "Refunded"));
        p.state = PathStep::State::Left;
        left = p;
    }
    if (left) {
        path << *left;
        return path;
    }
    for (PathStep& p : path)
        if (p.state == PathStep::State::Ahead) {
            p.state = PathStep::State::Current;
            break;
        }
    return path;
}

} // namespace fulfilment

} // namespace docket
