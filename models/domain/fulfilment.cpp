#include "fulfilment.h"

#include "fulfilment_p.h"
#include "shopsettings.h"

#include <QCoreApplication>
#include <QHash>
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
    // Compiled once per pattern and thread, not per number: a shipment file
    // of 10,000 rows checks each row's number in the preview and again in
    // the commit against the same few patterns (a compile each was ~10 % of
    // the file's CPU time). A handful of carriers: the cache stays small; it
    // starts again should someone try many patterns (the settings editor).
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.constFind(pattern);
    if (it == compiled.constEnd()) {
        if (compiled.size() >= 64)
            compiled.clear();
        it = compiled.insert(
            pattern, QRegularExpression(QStringLiteral("^(?:") + pattern + QStringLiteral(")$")));
    }
    return it->isValid() && it->match(number).hasMatch();
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

using detail::isCode;
using detail::lineError;

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
    const Money none(0, f.total.currency());
    if (f.captured > none && f.refunded >= f.captured)
        return QStringLiteral("refunded");
    if (f.allShipped && f.allDelivered && (open || status == QLatin1String("shipped")))
        return QStringLiteral("delivered");
    if (f.allShipped && open)
        return QStringLiteral("shipped");
    if (status == QLatin1String("pending") && f.captured > none && f.captured >= f.total)
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
