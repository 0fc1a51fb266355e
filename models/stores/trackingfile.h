#pragma once

#include "trackingintake.h"

#include "domain/progress.h"
#include "domain/session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <functional>

// Tracking events from a carrier's export file (issue 15 item 3): CSV in
// UTF-8 with the header
//
//     carrier,tracking_number,time,place,status
//
// one event a row. The time is ISO 8601 with its zone
// (2026-12-05T10:00:00+08:00 or ...Z); the status is the carrier's text, and
// a status "delivered" marks the parcel delivered. The rules are the carrier
// webhook's (TrackingIntake: readTime, isDelivered, apply), so a file and the
// gateway cannot disagree: the same event again (same parcel, time, place and
// status) is not written twice, and a file imported twice adds nothing the
// second time. Every event is written by FulfilmentStore (right Ship, scope,
// the order's audit trail, source "file").
namespace docket {

struct TrackingFileRow
{
    int line = 0; // in the file; the header is line 1
    QString carrier;
    QString tracking;
    QString time; // as the file has it
    TrackingUpdate update;
    qint64 shipmentId = 0;
    QString orderNumber;
    bool recorded = false; // the event is there already (or earlier in the file)
    bool delivers = false; // this row marks its parcel delivered
    QString column;        // where the problem is: a column of the header, or "file"
    QString error;         // empty: fine; else "Line 3, time: …"
};

class TrackingFile
{
    Q_DECLARE_TR_FUNCTIONS(TrackingFile)

public:
    TrackingFile(QSqlDatabase db, Session session);
    // The time the writes are stamped with (UTC seconds; default: now).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    static QString header();

    // Reads and checks every row and writes nothing: an unknown carrier or
    // tracking number, a parcel of an order outside the session's scope, of
    // an invalid, cancelled or refunded order (FulfilmentStore::
    // closedProblem), a time without its zone, an empty
    // status, a delivery before the parcel shipped. A file that cannot be
    // read at all (not UTF-8, not the header, more than 100,000 rows) throws
    // DocketError(Invalid) naming "file" or "header".
    // `progress` (optional) is asked every 200 rows with the rows read and
    // the file's rows; when it answers false the read stops with
    // DocketError(Cancelled) (Import Tracking closed or another file chosen).
    QList<TrackingFileRow> preview(const QByteArray& data, const ProgressFn& progress = {}) const;

    // Writes every row in one transaction, all or nothing, each checked again
    // inside it: a row with a problem throws (naming its line) and nothing is
    // written. Returns the events added, those there already, and the
    // parcels this file marked delivered.
    TrackingResult commit(const QList<TrackingFileRow>& rows);

private:
    QSqlDatabase m_db;
    Session m_session;
    std::function<qint64()> m_clock;
};

} // namespace docket
