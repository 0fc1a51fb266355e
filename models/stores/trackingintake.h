#pragma once

#include "domain/session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

// Carrier tracking through the gateway (issue 16 item 5): a carrier (or its
// aggregator) posts tracking events to POST /webhooks/tracking/{carrier}; each
// is added to the shipment with that carrier's tracking number, and a
// "delivered" event marks the parcel delivered. Every write is issue 15's
// FulfilmentStore (addTrackingEvent, markDelivered): the same rights (Ship),
// scope, audit trail and status rules as the desk; nothing here decides them.
namespace docket {

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

    // All or nothing in one transaction: an unknown tracking number (or one
    // outside the session's scope: the same answer) is NotFound naming the
    // event; a refused write is the store's error. The same event again
    // (same shipment, time and text) is counted as a duplicate, not written.
    TrackingResult take(const QString& carrier, const QList<TrackingUpdate>& updates);

private:
    QSqlDatabase m_db;
    Session m_session;
};

} // namespace docket
