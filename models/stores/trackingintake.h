#pragma once

#include "domain/session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// Carrier tracking through the gateway (issue 16 item 5): a carrier (or its
// aggregator) posts tracking events to POST /webhooks/tracking/{carrier}; each
// is added to the shipment with that carrier's tracking number, and a
// "delivered" event marks the parcel delivered. Every write is issue 15's
// FulfilmentStore (addTrackingEvent, markDelivered): the same rights (Ship),
// scope, audit trail and status rules as the desk; nothing here decides them.
namespace docket {

class FulfilmentStore;
struct Shipment;

struct TrackingUpdate
{
    QString trackingNumber;
    qint64 at = 0; // UTC seconds: when the carrier saw it
    QString place;
    QString text;           // the carrier's status text
    bool delivered = false; // the parcel reached its addressee
};

struct TrackingResult
{
    int added = 0;      // new tracking events
    int duplicates = 0; // the same event again (a carrier's resend): nothing written
    int delivered = 0;  // shipments marked delivered by this call
    // take(): events of a closed order's parcel (invalid, cancelled,
    // refunded), skipped: the event's place in the batch (from 0), its
    // tracking number and FulfilmentStore::closedProblem's words.
    struct Refusal
    {
        int event = 0;
        QString trackingNumber;
        QString message;
    };
    QList<Refusal> refused;
};

class TrackingIntake
{
    Q_DECLARE_TR_FUNCTIONS(TrackingIntake)

public:
    TrackingIntake(QSqlDatabase db, Session session);

    // A carrier's body: {"events": [{"tracking_number", "at" (ISO 8601 with
    // its zone), "status" ("delivered" marks delivery; anything else is in
    // transit), "description", "place"}, ...]} or one such event object.
    // Throws DocketError(Invalid) naming the field ("events[2].at").
    static QList<TrackingUpdate> read(const QJsonObject& body);
    // One event for a shipment named otherwise (POST /api/v1/orders/{number}/
    // shipments/{id}/events): {"at", "status", "description", "place"}, no
    // tracking number. Throws DocketError(Invalid) naming the field ("at").
    static TrackingUpdate readEvent(const QJsonObject& body);

    // All or nothing in one transaction: an unknown tracking number (or one
    // outside the session's scope: the same answer) is NotFound naming the
    // event; a refused write is the store's error. The same event again
    // (same shipment, time and text) is counted as a duplicate, not written.
    // An event of a closed order's parcel (FulfilmentStore::closedProblem) is
    // skipped and listed in `refused`, the others written: a parcel returned
    // after a refund does not hold up a carrier's whole batch.
    TrackingResult take(const QString& carrier, const QList<TrackingUpdate>& updates);

    // One event for shipment `shipmentId` of order `orderId`, in one
    // transaction, by the same rule as take(): the same event again is a
    // duplicate, "delivered" marks the parcel delivered. A shipment of
    // another order, or outside the session's scope, is NotFound naming
    // "shipment". The update's tracking number is not used.
    TrackingResult takeFor(qint64 orderId, qint64 shipmentId, const TrackingUpdate& update);

    // The rules every way in shares (the gateway here, a carrier's file in
    // TrackingFile). A carrier's time: ISO 8601 with its zone, as UTC
    // seconds; nothing when it is not one.
    static std::optional<qint64> readTime(const QString& text);
    // Whether a carrier's status says the parcel reached its addressee.
    static bool isDelivered(const QString& status);
    // Waits for another writer of shipment `id`'s events (PostgreSQL; SQLite
    // writes one transaction at a time already), inside the caller's. The
    // lock is one of kLockKeys advisory keys (id modulo kLockKeys), so a file
    // of thousands of parcels holds at most that many entries of the
    // server's shared lock table; parcels that share a key wait on each
    // other. A writer of several parcels takes their keys first, in
    // ascending order (lockShipments), so two such writers never deadlock.
    static constexpr qint64 kLockKeys = 512;
    static void lockShipment(const QSqlDatabase& db, qint64 id);
    static void lockShipments(const QSqlDatabase& db, const QList<qint64>& ids);
    // The rule itself, inside the caller's transaction: adds `u` to `s`
    // unless it is there already (same time, place and text), marks `s`
    // delivered by a delivered event, counts it in `result`; `s` follows what
    // was written (FulfilmentStore::takeCarrierEvent). Returns the store's
    // refusal of a closed order's parcel (closedProblem's words; nothing
    // written), empty when the event was taken. `source`: "gateway" or "file".
    static QString apply(FulfilmentStore& store, Shipment& s, const TrackingUpdate& u,
                         TrackingResult* result, const QString& source = QStringLiteral("gateway"));

private:
    static TrackingUpdate readOne(const QJsonObject& e, const QString& prefix, bool withNumber);

    QSqlDatabase m_db;
    Session m_session;
};

} // namespace docket
