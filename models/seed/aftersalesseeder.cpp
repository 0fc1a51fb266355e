// Demo returns, exchanges, repairs and customer feedback (issue 17 item 11),
// written through ReturnStore and FulfilmentStore: see aftersalesseeder.h.

#include "aftersalesseeder.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/returns.h"
#include "stores/fulfilmentstore.h"
#include "stores/returnstore.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <optional>
#include <random>

namespace docket {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// Where a demo return ends up. A cycle of these spreads the returns over
// every state, open ones on time and past their deadline, and every
// resolution.
enum class Plan {
    Requested,        // waiting for a decision, within its 3 days
    RequestedOverdue, // waiting longer than 3 days
    Approved,         // the goods are on their way back
    ApprovedOverdue,  // approved more than 30 days ago, nothing arrived
    Rejected,
    Received,        // back, to be resolved within 5 days
    ReceivedOverdue, // back for more than 5 days
    Refund,
    Exchange,
    Repair,
};

constexpr Plan kCycle[] = {Plan::Requested, Plan::Refund,           Plan::Approved,
                           Plan::Exchange,  Plan::RequestedOverdue, Plan::Received,
                           Plan::Repair,    Plan::Rejected,         Plan::ApprovedOverdue,
                           Plan::Refund,    Plan::ReceivedOverdue,  Plan::Repair};

const char* const kRequestNotes[] = {
    "",
    "Customer e-mailed photos.",
    "Kundin bittet um schnelle Abwicklung.",
    "客户已寄回，附有照片。",
    "",
    "Asked for a pick-up instead of a label.",
};
const char* const kRejections[] = {
    "Outside the 30-day return window.",
    "Used and without its original packaging.",
    "Custom-made item; not returnable.",
};
const char* const kRepairs[] = {
    "Replaced the switch and sent it back.",
    "Glued the handle; customer agreed.",
    "Reparatur durch den Hersteller, zurückgeschickt.",
    "更换配件后寄回。",
};
const char* const kRefundNotes[] = {"Refund to the original payment", "Goodwill refund", ""};

struct Comment
{
    int rating;
    const char* text;
};
const Comment kComments[] = {
    {5, "Arrived quickly and well packed. Thank you!"},
    {5, "Schnelle Lieferung, alles bestens."},
    {5, "质量很好，物流也快，五星好评！"},
    {5, "Exactly as described; will order again."},
    {4, "Good product, the box was a little dented."},
    {4, "Très bien, livraison un jour en retard."},
    {4, "不错，和描述一致。"},
    {3, "Okay, but the colour is darker than in the photo."},
    {3, "Lieferung dauerte eine Woche."},
    {2, "The parcel was left at the wrong door."},
    {2, "包装破损，商品还好。"},
    {1, "Arrived broken and nobody answered my e-mail."},
};
// Ratings lean positive, as shops' do: 5 45 %, 4 30 %, 3 12 %, 2 7 %, 1 6 %.
int drawRating(int roll100)
{
    if (roll100 < 45)
        return 5;
    if (roll100 < 75)
        return 4;
    if (roll100 < 87)
        return 3;
    if (roll100 < 94)
        return 2;
    return 1;
}
const char* const kServiceNotes[] = {
    "Customer called about the return label; sent it again by e-mail.",
    "Kunde fragt nach Rechnung mit Firmenadresse.",
    "客户来电询问退款进度，已告知处理时间。",
    "Promised a 10 % voucher for the next order.",
};

struct Candidate
{
    qint64 id = 0;
    qint64 floor = 0;     // the earliest a return may be asked for: after the order's last event
    qint64 paid = 0;      // captured - refunded, in cents
    bool shipped = false; // shipped (not yet delivered)
};

struct Line
{
    QString sku;
    qint64 quantity = 0;
    bool catalogue = false;
};

} // namespace

AfterSalesSeedResult seedAfterSales(const QSqlDatabase& db, const Session& session,
                                    const AfterSalesSeedOptions& options)
{
    if (options.returns < 0 || options.returns > 100000 || options.feedback < 0 ||
        options.feedback > 100000)
        throw DocketError(DocketError::Code::Invalid,
                          QStringLiteral("returns and feedback: 0 to 100,000"));
    AfterSalesSeedResult result;
    const qint64 now = options.now ? options.now : QDateTime::currentSecsSinceEpoch();
    std::mt19937_64 rng(options.seed ^ 0x17a5e1e5ULL);
    auto uniform = [&rng](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    ReturnStore returns(db, session);
    FulfilmentStore fulfilment(db, session);

    // A shipped or delivered order without a return whose last event lies
    // at least two days before `at`, the youngest such (with Paid: one whose
    // payments can give money back; with UnpaidShipped: a shipped order
    // without payments, whose records a desk fills in).
    enum class Need { Any, Paid, UnpaidShipped };
    QSet<qint64> used;
    auto pick = [&](qint64 at, Need need) -> std::optional<Candidate> {
        const QString extra = need == Need::Paid ? QStringLiteral(" AND o.paid_cents > 0")
                              : need == Need::UnpaidShipped
                                  ? QStringLiteral(" AND o.paid_cents = 0 AND o.refunded_cents = 0 "
                                                   "AND o.status = 'shipped'")
                                  : QString();
        QSqlQuery q = sql::run(
            db,
            QStringLiteral("SELECT o.id, (SELECT MAX(e.at) FROM order_events e WHERE e.order_id "
                           "= o.id), o.paid_cents, o.status FROM orders o WHERE o.status IN "
                           "('shipped', 'delivered') AND o.invalid_at IS NULL AND o.created_at "
                           "<= ?%1 AND NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = "
                           "o.id OR r.exchange_order_id = o.id) ORDER BY o.created_at DESC LIMIT "
                           "60")
                .arg(extra),
            {at - 2 * kDay});
        while (q.next()) {
            const Candidate c{q.value(0).toLongLong(), q.value(1).toLongLong() + 2 * kDay,
                              q.value(2).toLongLong(),
                              q.value(3).toString() == QLatin1String("shipped")};
            if (c.floor <= at && !used.contains(c.id)) {
                used.insert(c.id);
                return c;
            }
        }
        return std::nullopt;
    };
    auto clock = [&](qint64 at) {
        returns.setClock([at] { return at; });
        fulfilment.setClock([at] { return at; });
    };
    QString method;
    for (const PaymentMethod& m : fulfilment.paymentMethods())
        if (method.isEmpty() && m.active && !m.onDelivery)
            method = m.code;
    const QList<Carrier> carriers = fulfilment.carriers();

    for (int i = 0; i < options.returns; ++i) {
        const Plan plan = kCycle[i % std::size(kCycle)];
        // When the request came in, how many days before now.
        qint64 age = 0;
        switch (plan) {
        case Plan::Requested:
            age = uniform(2 * kHour, 60 * kHour);
            break;
        case Plan::RequestedOverdue:
            age = uniform(4 * kDay, 10 * kDay);
            break;
        case Plan::Approved:
            age = uniform(3 * kDay, 20 * kDay);
            break;
        case Plan::ApprovedOverdue:
            age = uniform(35 * kDay, 60 * kDay);
            break;
        case Plan::Rejected:
            age = uniform(5 * kDay, 60 * kDay);
            break;
        case Plan::Received:
            age = uniform(8 * kDay, 25 * kDay);
            break;
        case Plan::ReceivedOverdue:
            age = uniform(20 * kDay, 50 * kDay);
            break;
        case Plan::Refund:
        case Plan::Exchange:
        case Plan::Repair:
            age = uniform(15 * kDay, 90 * kDay);
            break;
        }
        qint64 at = now - age;
        std::optional<Candidate> c;
        if (plan == Plan::Refund) {
            c = pick(at, Need::Paid);
            // No order with payments on record (demo orders seeded without
            // --fulfilment): a shipped one gets its payment and parcel
            // recorded, as a desk catching up would, then the return.
            // The demo orders' shipped ones are days old: the return follows
            // their delivery closely, whatever the age planned.
            if (!c && !method.isEmpty() && !carriers.isEmpty()) {
                c = pick(now, Need::UnpaidShipped);
                if (c) {
                    try {
                        QSqlQuery o = sql::run(db,
                                               QStringLiteral("SELECT total_cents, currency FROM "
                                                              "orders WHERE id = ?"),
                                               {c->id});
                        o.next();
                        const Money total(o.value(0).toLongLong(), o.value(1).toString());
                        const qint64 paidAt = std::min(c->floor - 2 * kDay + kHour, now - kDay);
                        clock(paidAt);
                        fulfilment.addPayment(c->id, method, total,
                                              QStringLiteral("DEMO-R%1").arg(c->id));
                        clock(paidAt + kHour);
                        const qint64 parcel = fulfilment.ship(
                            c->id, carriers[int(uniform(0, carriers.size() - 1))].code, {});
                        const qint64 deliveredAt =
                            std::max(paidAt + 2 * kHour, std::min(paidAt + kDay, now - 6 * kHour));
                        clock(deliveredAt);
                        fulfilment.markDelivered(parcel, deliveredAt);
                        c->paid = total.minorUnits();
                        at = std::min(now - 3 * kHour, deliveredAt + uniform(kHour, kDay));
                    } catch (const DocketError&) {
                        c.reset(); // refused (in review, say): left as it is
                    }
                }
            }
        } else {
            c = pick(at, Need::Any);
        }
        if (!c)
            continue;

        // One or two of its lines, one or two units each.
        QList<Line> lines;
        {
            QSqlQuery q = sql::run(db,
                                   QStringLiteral("SELECT sku, quantity, product_id FROM "
                                                  "order_lines WHERE order_id = ? AND sku <> '' "
                                                  "ORDER BY line_no"),
                                   {c->id});
            while (q.next())
                lines.push_back(
                    {q.value(0).toString(), q.value(1).toLongLong(), !q.value(2).isNull()});
        }
        if (lines.isEmpty())
            continue;
        std::shuffle(lines.begin(), lines.end(), rng);
        lines = lines.mid(0, uniform(0, 2) == 0 && lines.size() > 1 ? 2 : 1);
        QList<ReturnStore::RequestLine> request;
        QSet<QString> skus;
        for (const Line& l : lines) {
            if (skus.contains(l.sku.toUpper()))
                continue;
            skus.insert(l.sku.toUpper());
            request.push_back({l.sku, std::min<qint64>(l.quantity, uniform(1, 2))});
        }
        // Reasons as shops see them: defective and "not as described" most.
        const int r = int(uniform(0, 99));
        const ReturnReason reason = r < 30   ? ReturnReason::Defective
                                    : r < 45 ? ReturnReason::WrongItem
                                    : r < 65 ? ReturnReason::NotAsDescribed
                                    : r < 80 ? ReturnReason::Damaged
                                             : ReturnReason::ChangedMind;
        clock(at);
        const qint64 id = returns.create(
            c->id, reason, request,
            QString::fromUtf8(kRequestNotes[uniform(0, std::size(kRequestNotes) - 1)]));
        ++result.returns;
        auto step = [&](qint64 lo, qint64 hi) {
            at = std::min(now - 600, std::max(at + 600, at + uniform(lo, hi)));
            clock(at);
        };
        if (plan == Plan::Requested || plan == Plan::RequestedOverdue) {
            ++result.byState[QStringLiteral("requested")];
            continue;
        }
        step(4 * kHour, 2 * kDay);
        if (plan == Plan::Rejected) {
            returns.reject(id,
                           QString::fromUtf8(kRejections[uniform(0, std::size(kRejections) - 1)]));
            ++result.byState[QStringLiteral("rejected")];
            continue;
        }
        returns.approve(id);
        if (plan == Plan::Approved || plan == Plan::ApprovedOverdue) {
            ++result.byState[QStringLiteral("approved")];
            continue;
        }
        // The goods arrive: broken ones are written off, the rest restocked.
        if (plan == Plan::Received)
            at = std::max(at + kHour, now - uniform(6 * kHour, 4 * kDay) - 600);
        else
            step(3 * kDay, 10 * kDay);
        if (plan == Plan::ReceivedOverdue)
            at = std::min(at, now - 6 * kDay);
        clock(at);
        QList<ReturnStore::Disposition> dispositions;
        const ReturnRequest req = returns.returnRequest(id);
        for (const ReturnLine& l : req.lines) {
            const bool broken = reason == ReturnReason::Damaged ||
                                (reason == ReturnReason::Defective && uniform(0, 1));
            const bool restock = l.productId && !options.warehouses.isEmpty() && !broken;
            dispositions.push_back(
                {l.lineNo, restock,
                 restock ? options.warehouses[int(uniform(0, options.warehouses.size() - 1))] : 0});
        }
        returns.receive(id, dispositions);
        if (plan == Plan::Received || plan == Plan::ReceivedOverdue) {
            ++result.byState[QStringLiteral("received")];
            continue;
        }
        step(6 * kHour, 3 * kDay);
        QString resolution;
        if (plan == Plan::Refund) {
            const Money value = returns.returnedValue(id);
            const qint64 cents = std::min<qint64>(value.minorUnits(), c->paid);
            if (cents > 0) {
                returns.close(
                    id, ReturnResolution::Refund,
                    QString::fromUtf8(kRefundNotes[uniform(0, std::size(kRefundNotes) - 1)]),
                    Money(cents, value.currency()));
                resolution = QStringLiteral("refund");
            }
        } else if (plan == Plan::Exchange) {
            returns.exchange(id, QStringLiteral("Same item again, no charge"));
            resolution = QStringLiteral("exchange");
        }
        if (resolution.isEmpty()) {
            returns.close(id, ReturnResolution::Repair,
                          QString::fromUtf8(kRepairs[uniform(0, std::size(kRepairs) - 1)]));
            resolution = QStringLiteral("repair");
        }
        ++result.byState[QStringLiteral("closed")];
        ++result.byResolution[resolution];
        // A service note on some of them.
        if (uniform(0, 2) == 0) {
            step(kHour, kDay);
            returns.addNote(
                c->id, QString::fromUtf8(kServiceNotes[uniform(0, std::size(kServiceNotes) - 1)]));
            ++result.notes;
        }
    }
    {
        clock(now);
        ReturnFilter open;
        open.openOnly = true;
        open.overdueOnly = true;
        result.overdue = int(returns.returns(open, 100000).size());
    }

    // Feedback on delivered orders: every few of the newest, rated as
    // customers rate.
    if (options.feedback > 0) {
        QSqlQuery q = sql::run(
            db,
            QStringLiteral("SELECT o.id, (SELECT MAX(e.at) FROM order_events e WHERE e.order_id "
                           "= o.id) FROM orders o WHERE o.status = 'delivered' AND o.invalid_at "
                           "IS NULL AND NOT EXISTS (SELECT 1 FROM order_feedback f WHERE "
                           "f.order_id = o.id AND f.kind = 'feedback') ORDER BY o.id DESC LIMIT ?"),
            {qint64(options.feedback) * 3});
        QList<QPair<qint64, qint64>> delivered;
        while (q.next())
            delivered.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
        for (qsizetype i = 0; i < delivered.size() && result.feedback < options.feedback; ++i) {
            if (uniform(0, 2) != 0 && delivered.size() - i > options.feedback - result.feedback)
                continue;
            const int rating = drawRating(int(uniform(0, 99)));
            QList<const Comment*> fitting;
            for (const Comment& k : kComments)
                if (k.rating == rating)
                    fitting << &k;
            const QString comment =
                uniform(0, 4) == 0
                    ? QString()
                    : QString::fromUtf8(fitting[int(uniform(0, fitting.size() - 1))]->text);
            const qint64 at = std::min(now - 600, delivered[i].second + uniform(kDay, 6 * kDay));
            clock(at);
            returns.addFeedback(delivered[i].first, rating, comment);
            ++result.feedback;
        }
    }
    return result;
}

} // namespace docket
