#pragma once

#include "db/database.h"
#include "domain/fulfilment.h"
#include "domain/session.h"
#include "domain/shopsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>
#include <functional>
#include <optional>

class QSqlQuery;

namespace docket {

namespace records {
class DeadlineSettings; // below
}

// Payments, refunds, shipments and tracking of orders (issue 15), and the
// deadlines of their steps. Every write is one transaction with its audit
// events; every read and write checks the session's permission and scope as
// OrderStore does (an order outside the scope does not exist).
//
// Status follows the records (settle): fully paid -> paid, every line
// shipped -> shipped, every shipment delivered -> delivered, fully refunded
// -> refunded. Each move is a "status" event by fulfilment::systemActor()
// whose note names the record ("payment:12"). Paid means captured payments
// (gross) reach the total; refunds never re-open what is owed.
//
// On PostgreSQL every write goes through the server's functions
// (0069_fulfilment_functions.sql: docket_payment_add, docket_refund_add,
// docket_shipment_add, ...), which lock the order row, check the right, the
// scope and the same rules again and write the trail; the store checks first
// so that a clerk reads Docket's translated message. Two desks recording the
// same payment, shipping the same lines or deciding the same review queue
// behind the order's row lock: the second finds the first's records and is
// refused (Conflict or Invalid, saying what is already there).
class FulfilmentStore
{
    Q_DECLARE_TR_FUNCTIONS(FulfilmentStore)

public:
    FulfilmentStore(QSqlDatabase db, Session session);

    const Session& session() const { return m_session; }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // ---- reads (ViewOrders, in scope) ----
    QList<Payment> payments(qint64 orderId) const;
    QList<Refund> refunds(qint64 orderId) const;
    QList<Shipment> shipments(qint64 orderId) const;
    Shipment shipment(qint64 shipmentId) const;
    // The parcel of carrier `carrier` with tracking number `number` (case
    // and spaces as people write them); NotFound naming both when there is
    // none in the session's scope.
    Shipment shipmentByTracking(const QString& carrier, const QString& number) const;
    // The id of carrier `carrierCode`'s parcel `number` (both normalised), 0
    // if there is none; no scope check (shipment() does that).
    static qint64 shipmentIdOf(const QSqlDatabase& db, const QString& carrierCode,
                               const QString& number);

    // A parcel as a carrier's event meets it: the shipment with its events
    // (not its lines), its order's number, and closedProblem's words when
    // that order is closed (empty: open).
    struct Parcel
    {
        Shipment shipment;
        QString orderNumber;
        QString closed;
    };
    // The parcels among `ids` in the session's scope (others are not in the
    // answer), in one read of the parcels with their orders and one of their
    // events: a carrier's file reads its parcels a chunk at a time.
    QHash<qint64, Parcel> parcels(const QList<qint64>& ids) const;
    // The ids of carrier `carrierCode`'s parcels among the tracking numbers
    // `numbers` (normalised), by number, in one read; no scope check
    // (parcels() does that).
    static QHash<QString, qint64> shipmentIdsOf(const QSqlDatabase& db, const QString& carrierCode,
                                                const QStringList& numbers);

    // Each line of an order with what has shipped and been refunded of it.
    struct LineState
    {
        qint64 lineId = 0;
        int lineNo = 0;
        QString sku;
        QString name;
        qint64 ordered = 0;
        qint64 shipped = 0;
        qint64 refunded = 0;
        Money unitPrice; // in the order's currency
        qint64 unshipped() const { return ordered - shipped; }
    };
    QList<LineState> lineStates(qint64 orderId) const;

    // Money of one order: "€40.00 of €95.00".
    struct Balance
    {
        Money total;
        Money captured; // gross
        Money refunded;
        Money pending; // pending payments
        Money paid() const { return captured - refunded; }
        Money owed() const; // total - captured - pending (never below 0)
    };
    Balance balance(qint64 orderId) const;

    // The shop's lists, as the settings hold them now.
    QList<PaymentMethod> paymentMethods() const;
    QList<Carrier> carriers() const;
    fulfilment::Deadlines deadlines() const;

    // ---- payments (RecordPayments) ----
    // Records a payment of `amount` by `method`; refused when the order is
    // invalid, cancelled or refunded, when `amount` is in another currency
    // than the order's or is more than is still owed, when the method is not
    // one of the shop's, or when the same reference of the same method was
    // recorded already. Returns the payment's id.
    qint64 addPayment(qint64 orderId, const QString& method, const Money& amount,
                      const QString& reference = {}, PaymentState state = PaymentState::Captured);
    // pending -> captured | failed | voided. With `expectedVersion`, a change
    // made meanwhile is a Conflict.
    void setPaymentState(qint64 paymentId, PaymentState to,
                         std::optional<qint64> expectedVersion = {});

    // ---- refunds (Refund) ----
    // Back to payment `paymentId` of order `orderId`: by amount, or (`lines`
    // non-empty) by lines and quantities (the amount is then their price).
    // Never more than is left on that payment, never more of a line than was
    // ordered and not refunded yet; a reason is required.
    qint64 refund(qint64 orderId, qint64 paymentId, const Money& amount, const QString& reason);
    qint64 refundLines(qint64 orderId, qint64 paymentId, const QList<RefundLine>& lines,
                       const QString& reason);

    // ---- shipments (Ship) ----
    // A parcel of order `orderId`: `lines` (empty: everything not shipped
    // yet). Refused for an order that is not paid (unless it is paid on
    // delivery), waits for review, is invalid, cancelled or refunded; for more
    // than was ordered; for an unknown carrier; for a tracking number that
    // does not fit the carrier's pattern or that the carrier has already.
    qint64 ship(qint64 orderId, const QString& carrier, const QString& trackingNumber,
                const QList<ShipmentLine>& lines = {});
    // The parcel arrived (at `at`, default now). Refused, as a tracking event
    // is, for a parcel of an invalid, cancelled or refunded order.
    void markDelivered(qint64 shipmentId, std::optional<qint64> at = {});
    // A tracking event by hand, from a file or the gateway (closedProblem:
    // none for a parcel of a closed order).
    qint64 addTrackingEvent(qint64 shipmentId, qint64 at, const QString& place, const QString& text,
                            const QString& source = QStringLiteral("desk"));

    // ---- a carrier's events, many at a time (the webhook, a carrier's file) ----
    struct CarrierTake
    {
        bool added = false;     // a new tracking event
        bool duplicate = false; // the same event (time, place, text) was there already
        bool delivered = false; // the event marked the parcel delivered
        QString refused;        // closedProblem's words: the order is closed, nothing written
    };
    // One carrier event for parcel `s` (read in the caller's transaction,
    // with its events), inside that transaction: added unless it is there
    // already (same time, place and text, whatever their case), the parcel
    // marked delivered by a `delivered` event. `s` follows what was written,
    // so the batch's next event of the same parcel sees it. The one check of
    // a closed order for a batch: such a parcel is no error here; nothing is
    // written and `refused` holds closedProblem's words, so the batch goes on
    // with its other events (on PostgreSQL also when the order closed after
    // it was read: the server function's refusal under the order's lock is
    // answered the same). Every other refusal throws, as addTrackingEvent
    // and markDelivered do. `source`: "gateway" or "file".
    CarrierTake takeCarrierEvent(Shipment& s, qint64 at, const QString& place, const QString& text,
                                 bool delivered, const QString& source);

    // ---- ship many: a warehouse's CSV (order number, carrier, tracking) ----
    struct ShipRow
    {
        int line = 0; // in the file, from 1 (the header is line 1 when there is one)
        QString number;
        QString carrier;
        QString tracking;
        qint64 orderId = 0;
        QString error; // empty: fine
    };
    // Reads and checks every row (unknown number, out of scope, already
    // shipped, unknown carrier, bad or duplicate tracking number); writes
    // nothing.
    QList<ShipRow> previewShipments(const QString& csvText) const;
    // Ships every row (each order's unshipped lines) in one transaction, all
    // or nothing; refused when any row has a problem (checked again inside
    // the transaction). Returns the number of shipments.
    int commitShipments(const QList<ShipRow>& rows);

    // ---- deadlines and jobs ----
    // Recomputes when every open order's step is due, after the time limits
    // changed (ChangeSettings); returns how many orders changed.
    int refreshDeadlines();
    struct JobReport
    {
        int cancelled = 0; // unpaid past their limit (deadline.auto_cancel_unpaid)
    };
    // `docketctl jobs run` and the open application: cancels orders unpaid
    // past their limit when the shop turned that on, in one audited
    // transaction, as the system. Needs ChangeStatus.
    JobReport runJobs();

    // The one rule of a closed order: nothing more is recorded for an
    // invalid, cancelled or refunded order (no payment, refund, parcel or
    // tracking event). The message that refuses it; empty for an open order.
    // Every way in applies it through the store; a preview that writes
    // nothing (a carrier's file) asks here, so the texts cannot drift.
    static QString closedProblem(const QString& number, const QString& status, bool invalid);
    // closedProblem of order `orderId` as it is now (NotFound outside the
    // session's scope).
    QString closedProblemOf(qint64 orderId) const;

    // ---- proof ----
    // Every difference between the cached figures and the records, every
    // line shipped more than ordered, every order whose status does not
    // match its records; empty when all is well. Reads every order.
    QStringList verify() const;

private:
    struct OrderRow;
    OrderRow lockOrder(qint64 orderId) const;
    OrderRow readOrder(qint64 orderId) const;
    // A file's orders and their lines in one read each (commitShipments on
    // SQLite): the orders in the user's scope by id, the lines by order id.
    QHash<qint64, OrderRow> readOrders(const QList<qint64>& ids) const;
    QHash<qint64, QList<LineState>> lineStatesOf(const QHash<qint64, OrderRow>& orders) const;
    static OrderRow orderRowOf(const QSqlQuery& q);
    void requireView() const;
    ShopSettings settings() const;
    void begin(qint64 ts) const;
    void refuseClosed(const OrderRow& o) const;
    // What addTrackingEvent and takeCarrierEvent refuse before any read.
    static void checkTrackingEvent(const QString& place, const QString& text,
                                   const QString& source);
    // The writes of a tracking event and of a delivery, their order open
    // and read (addTrackingEvent, markDelivered, takeCarrierEvent).
    qint64 writeTrackingEvent(qint64 orderId, qint64 shipmentId, qint64 at, const QString& place,
                              const QString& text, const QString& source, qint64 ts);
    void writeDelivered(qint64 orderId, qint64 shipmentId, qint64 when, qint64 ts);
    void checkShippable(const OrderRow& o) const;
    void checkRefundable(const OrderRow& o, qint64 paymentId, const Money& amount) const;
    qint64 writeRefund(const OrderRow& o, qint64 paymentId, const Money& amount,
                       const QString& reason, const QList<RefundLine>& lines, qint64 ts);
    int commitShipmentsOnServer(const QList<ShipRow>& rows);
    // Whether a parcel has the number already: a look-up, or (`taken`) in
    // the carrier + '\n' + number pairs a batch read.
    QString checkTracking(const QString& carrier, const QString& number,
                          const QList<Carrier>& carriers,
                          const QSet<QString>* taken = nullptr) const;
    qint64 shipOne(const OrderRow& o, const QString& carrier, const QString& tracking,
                   QList<ShipmentLine> lines, qint64 ts, records::DeadlineSettings& deadlines,
                   const QList<LineState>& states);

    QSqlDatabase m_db;
    Session m_session;
    Backend m_backend;
    std::function<qint64()> m_clock;
};

// What the stores share about an order's records on SQLite (PostgreSQL has
// the same in its functions). Not for the UI.
namespace records {
// Moves the order's status to what its records say (see FulfilmentStore) and
// recomputes when its step is due; writes a "status" event by the system for
// each move, with `reason` ("payment:12") as its note. SQLite only.
void settle(const QSqlDatabase& db, qint64 orderId, const QString& reason, qint64 now);
// Recomputes step_at/due_at of one order after a change of status or review.
void refreshDue(const QSqlDatabase& db, qint64 orderId, qint64 now);
// Recomputes when every open order's step falls due under the time limits
// `d` (after they changed); returns how many orders changed. SQLite only
// (PostgreSQL: docket_deadlines_refresh).
int refreshAllDue(const QSqlDatabase& db, const fulfilment::Deadlines& d);

// The shop's deadline settings as shop_settings holds them, read the first
// time they are needed and kept for this object's life: make one per call or
// batch, so a batch of 10,000 orders reads them once and a setting changed
// meanwhile applies from the next call on.
class DeadlineSettings
{
public:
    explicit DeadlineSettings(QSqlDatabase db) : m_db(std::move(db)) {}
    const fulfilment::Deadlines& get();

private:
    QSqlDatabase m_db;
    std::optional<fulfilment::Deadlines> m_deadlines;
};
// settle() and refreshDue() for one order of a batch: the batch's settings.
void settle(const QSqlDatabase& db, qint64 orderId, const QString& reason, qint64 now,
            DeadlineSettings& deadlines);
void refreshDue(const QSqlDatabase& db, qint64 orderId, qint64 now, DeadlineSettings& deadlines);
// The step of an order in this status and review state and when it falls due,
// had it entered that step at `since`: step "" and no times when it has none.
// A new order is written with it (since = now); refreshDue() sets it.
struct StepDue
{
    QString step;
    QVariant stepAt; // null when there is no step
    QVariant dueAt;
};
StepDue newStepDue(const QString& status, const QString& reviewState, const QString& channel,
                   qint64 since, DeadlineSettings& deadlines);
// One audit event (SQLite only; on PostgreSQL the server writes them).
void addEvent(const QSqlDatabase& db, qint64 orderId, qint64 at, const QString& actor,
              const QString& kind, const QString& field, const QString& oldValue,
              const QString& newValue, const QString& note);
} // namespace records

} // namespace docket
