// Demo fulfilment records (issue 15): payments (in full, in part, cash on
// delivery), refunds (by amount and by lines), shipments with tracking events,
// deliveries, and new orders that wait in review with their reasons. Written
// through FulfilmentStore, ReviewStore and OrderStore, so every record obeys
// the same rules, caches and audit as a desk's, on both backends.

#include "seeder.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "stores/fulfilmentstore.h"
#include "stores/reviewstore.h"

#include <QDateTime>

#include <algorithm>
#include <random>

namespace docket {

namespace {

struct Plan
{
    const char* carrier;
    const char* prefix;
    qint64 base; // the tracking number is prefix + (base + serial)
};

// Tracking numbers that fit the default carriers' patterns.
const Plan kPlans[] = {{"sf", "SF", 1000000000000LL},
                       {"dhl", "", 1000000000LL},
                       {"dpd", "", 10000000000000LL},
                       {"zto", "7", 100000000000LL}};

const char* const kPaidBy[] = {"card", "alipay",        "wechat_pay",
                               "card", "bank_transfer", "debit_card"};
const char* const kPlaces[] = {"Leipzig hub",   "Frankfurt",    "Shenzhen",
                               "Hamburg depot", "Paris Roissy", "Local depot"};
const char* const kTexts[] = {"Picked up", "In transit", "Arrived at sorting centre",
                              "Out for delivery"};

} // namespace

SeedFulfilmentResult seedFulfilment(OrderStore& store, qint64 firstOrderId, int count, quint64 seed,
                                    qint64 now)
{
    SeedFulfilmentResult r;
    if (count <= 0)
        return r;
    const Session& session = store.session();
    FulfilmentStore f(store.database(), session);
    std::mt19937_64 rng(seed ^ 0x15f15f15ULL);
    auto roll = [&](int n) {
        return int(rng() % quint64(n));
    };

    // The youngest open orders of the load.
    QList<qint64> ids;
    QSqlQuery q = sql::run(store.database(),
                           QStringLiteral("SELECT id FROM orders WHERE id >= ? AND status IN "
                                          "('pending', 'paid', 'processing') AND invalid_at IS "
                                          "NULL ORDER BY id DESC LIMIT ?"),
                           {firstOrderId, count});
    while (q.next())
        ids << q.value(0).toLongLong();

    const qint64 serialBase = qint64(seed % 1000) * 1000000LL;
    for (qint64 id : std::as_const(ids)) {
        const Order o = store.order(id);
        const qint64 placed = o.createdAt.toSecsSinceEpoch();
        qint64 at = placed;
        auto step = [&](qint64 seconds) {
            at = std::min(now, at + seconds);
            f.setClock([at] { return at; });
        };
        // An order the load marked paid by hand gets its payment in full.
        const int dice = o.status == QLatin1String("pending") ? roll(100) : 35 + roll(65);
        if (dice < 15)
            continue; // awaiting payment
        const Plan& plan = kPlans[roll(4)];
        const QString tracking =
            QString::fromLatin1(plan.prefix) + QString::number(plan.base + serialBase + id);
        step(600 + roll(3600));
        if (dice < 25) { // part paid
            const Money part = Money(o.total.minorUnits() * (30 + roll(40)) / 100, o.currency);
            f.addPayment(id, QString::fromLatin1(kPaidBy[roll(6)]), part,
                         QStringLiteral("DEMO-%1-1").arg(id));
            ++r.payments;
            continue;
        }
        if (dice >= 35) { // paid in full
            const QString method = QString::fromLatin1(kPaidBy[roll(6)]);
            const bool pendingFirst = method == QLatin1String("bank_transfer");
            const qint64 pay =
                f.addPayment(id, method, o.total, QStringLiteral("DEMO-%1").arg(id),
                             pendingFirst ? PaymentState::Pending : PaymentState::Captured);
            if (pendingFirst) {
                step(3600 * (2 + roll(20)));
                f.setPaymentState(pay, PaymentState::Captured);
            }
            ++r.payments;
            if (dice < 45)
                continue; // paid, waiting to ship
        }
        if (dice < 35) { // cash on delivery: the payment waits for the door
            f.addPayment(id, QStringLiteral("cod"), o.total, {}, PaymentState::Pending);
            ++r.payments;
        }
        // Shipped (a cash on delivery order before it is paid).
        step(3600 * (4 + roll(40)));
        const qint64 shipment = f.ship(id, QString::fromLatin1(plan.carrier), tracking);
        ++r.shipments;
        const int events = 1 + roll(4);
        for (int e = 0; e < events; ++e) {
            step(3600 * (3 + roll(20)));
            f.addTrackingEvent(shipment, at, QString::fromLatin1(kPlaces[roll(6)]),
                               QString::fromLatin1(kTexts[std::min(e, 3)]), QStringLiteral("file"));
            ++r.trackingEvents;
        }
        if (dice < 35) // cash on delivery: on its way, paid at the door
            continue;
        if (dice >= 60) {
            step(3600 * (2 + roll(10)));
            f.markDelivered(shipment, at);
        }
        if (dice >= 90 && session.can(Permission::Refund)) {
            step(86400 * (1 + roll(5)));
            const QList<Payment> payments = f.payments(id);
            if (dice >= 96 && !o.lines.isEmpty()) {
                f.refundLines(id, payments.first().id, {{o.lines.first().id, 1}},
                              QStringLiteral("Damaged in transit"));
            } else {
                f.refund(id, payments.first().id,
                         Money(o.total.minorUnits() * (10 + roll(30)) / 100, o.currency),
                         QStringLiteral("Late delivery, goodwill"));
            }
            ++r.refunds;
        }
    }

    // New orders that the review rules hold, each for another reason, each
    // modelled on another of the young orders (other customers, other lines:
    // not one customer's hundred orders at the top of the list).
    if (!ids.isEmpty()) {
        const QDateTime placed = store.order(ids.first()).createdAt; // the youngest's time
        const int held = std::max(3, count / 20);
        for (int i = 0; i < held; ++i) {
            Order o = store.order(ids.at(int((qint64(i) * 7919) % ids.size())));
            o.createdAt = placed;
            o.id = 0;
            o.number.clear();
            o.status = QStringLiteral("pending");
            o.note.clear();
            for (OrderLine& l : o.lines)
                l.id = 0;
            switch (i % 3) {
            case 0: // a big amount
                o.lines = {o.lines.first()};
                o.lines.first().quantity = 1;
                o.lines.first().unitPrice = Money(180000 + 1000 * roll(100), o.currency);
                break;
            case 1: // shipping to another country than the bill
                o.billCountry = o.shipTo.country == QLatin1String("DE") ? QStringLiteral("FR")
                                                                        : QStringLiteral("DE");
                break;
            default: // a quantity above the limit
                o.lines.first().quantity = 60 + roll(40);
                break;
            }
            store.create(o);
            ++r.held;
        }
    }
    return r;
}

} // namespace docket
