#include "trackingfile.h"

#include "csvreader.h"
#include "fulfilmentstore.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/fulfilment.h"
#include "domain/order.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <optional>

namespace docket {

namespace {

// How often a read asks whether to stop (preview's progress).
constexpr qsizetype kStopCheckRows = 200;

constexpr int kColumns = 5;
constexpr int kMaxRows = 100000;

// Rows a read of parcels covers (preview and commit): one read of their
// ids, one of the parcels with their orders and one of their events.
constexpr qsizetype kChunk = 1000;

using Parcel = FulfilmentStore::Parcel;

QString parcelKey(const QString& carrier, const QString& tracking)
{
    return carrier + QLatin1Char('\n') + tracking;
}

// What makes an event the same one again (TrackingIntake::apply's rule).
QString eventKey(qint64 shipmentId, const TrackingUpdate& u)
{
    return QStringLiteral("%1\n%2\n%3\n%4").arg(shipmentId).arg(u.at).arg(u.place, u.text);
}

} // namespace

TrackingFile::TrackingFile(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
}

QString TrackingFile::header()
{
    return QStringLiteral("carrier,tracking_number,time,place,status");
}

namespace {

// The checks of one row that need no database, and those against its
// parcel; shared by preview() and commit() so that they cannot drift.
struct RowCheck
{
    static void fail(TrackingFileRow& r, const char* column, const QString& why)
    {
        if (!r.error.isEmpty())
            return;
        r.column = QLatin1String(column);
        r.error = TrackingFile::tr("Line %1, %2: %3").arg(r.line).arg(r.column, why);
    }

    // Reads the fields of `row` into `r`; false (with r.error) when one is bad.
    static bool read(const csv::Row& row, const QList<Carrier>& carriers, TrackingFileRow& r)
    {
        r.line = row.line;
        if (row.fields.size() != kColumns) {
            r.column = QStringLiteral("file");
            r.error = TrackingFile::tr("Line %1: %n field(s) instead of 5.", nullptr,
                                       int(row.fields.size()))
                          .arg(row.line);
            return false;
        }
        const QStringList& f = row.fields;
        r.carrier = f[0].trimmed().toLower();
        r.tracking = fulfilment::normaliseTrackingNumber(f[1]);
        r.time = f[2].trimmed();
        r.update.trackingNumber = r.tracking;
        r.update.place = f[3].trimmed();
        r.update.text = f[4].trimmed();
        r.update.delivered = TrackingIntake::isDelivered(r.update.text);
        QStringList codes;
        bool known = false;
        for (const Carrier& c : carriers) {
            codes << c.code;
            known = known || c.code == r.carrier;
        }
        if (r.carrier.isEmpty())
            fail(r, "carrier", TrackingFile::tr("the carrier is empty."));
        else if (!known)
            fail(r, "carrier",
                 TrackingFile::tr("\"%1\" is not one of the shop's carriers (%2).")
                     .arg(f[0].trimmed(), codes.join(QStringLiteral(", "))));
        if (r.tracking.isEmpty())
            fail(r, "tracking_number", TrackingFile::tr("the tracking number is empty."));
        if (const std::optional<qint64> at = TrackingIntake::readTime(r.time))
            r.update.at = *at;
        else
            fail(r, "time",
                 TrackingFile::tr(
                     "\"%1\" is not a time with its zone, such as 2026-12-05T10:00:00+08:00 or "
                     "2026-12-05T02:00:00Z.")
                     .arg(r.time));
        if (r.update.place.size() > 200)
            fail(r, "place", TrackingFile::tr("the place is longer than 200 characters."));
        if (r.update.text.isEmpty())
            fail(r, "status", TrackingFile::tr("the status is empty."));
        else if (r.update.text.size() > 500)
            fail(r, "status", TrackingFile::tr("the status is longer than 500 characters."));
        return r.error.isEmpty();
    }

    // The parcel's own rules: its order is open (FulfilmentStore's rule), a
    // delivery comes after the parcel shipped.
    static void against(TrackingFileRow& r, const Parcel& p)
    {
        const Shipment& s = p.shipment;
        r.shipmentId = s.id;
        r.orderNumber = p.orderNumber;
        // The store's rule of a closed order (invalid, cancelled, refunded).
        if (!p.closed.isEmpty())
            closed(r, p.closed);
        if (r.update.delivered && !s.isDelivered() && r.update.at < s.shippedAt.toSecsSinceEpoch())
            fail(
                r, "time",
                TrackingFile::tr("a parcel is delivered after it shipped; parcel %1 shipped at %2.")
                    .arg(r.tracking,
                         QLocale().toString(s.shippedAt.toLocalTime(), QLocale::ShortFormat)));
    }

    static void closed(TrackingFileRow& r, const QString& why)
    {
        fail(r, "tracking_number", TrackingFile::tr("parcel %1: %2").arg(r.tracking, why));
    }

    static void unknown(TrackingFileRow& r, bool outOfScope)
    {
        fail(r, "tracking_number",
             outOfScope
                 ? TrackingFile::tr("parcel %1 of %2 belongs to an order outside your scope.")
                       .arg(r.tracking, r.carrier)
                 : TrackingFile::tr("no parcel of carrier %1 has the tracking number %2.")
                       .arg(r.carrier, r.tracking));
    }
};

} // namespace

QList<TrackingFileRow> TrackingFile::preview(const QByteArray& data,
                                             const ProgressFn& progress) const
{
    m_session.require(Permission::Ship);
    m_session.require(Permission::ViewOrders);
    const csv::Table table = csv::readWithHeader(data, header());
    if (table.rows.size() > kMaxRows + 1)
        throw DocketError(DocketError::Code::Invalid,
                          tr("The file has more than %L1 tracking events; split it.").arg(kMaxRows),
                          QStringLiteral("file"));
    FulfilmentStore store(m_db, m_session);
    const QList<Carrier> carriers = store.carriers();
    // The file's parcels are read a chunk of rows at a time, not one by one
    // (a read of the parcel whole per row was ~1 ms of CPU a row).
    QHash<QString, qint64> ids;                   // by parcelKey; 0: no such parcel
    QHash<qint64, std::optional<Parcel>> parcels; // by id; nothing: outside the scope
    QSet<QString> seen;                           // events there already or earlier in the file
    QList<TrackingFileRow> out;
    out.reserve(table.rows.size() - 1);
    const qsizetype total = table.rows.size() - 1;
    for (qsizetype from = 1; from < table.rows.size(); from += kChunk) {
        const qsizetype to = std::min(from + kChunk, table.rows.size());
        const qsizetype first = out.size();
        QHash<QString, QStringList> wanted; // numbers not looked up yet, by carrier
        for (qsizetype i = from; i < to; ++i) {
            TrackingFileRow r;
            if (RowCheck::read(table.rows[i], carriers, r)) {
                const QString key = parcelKey(r.carrier, r.tracking);
                if (!ids.contains(key)) {
                    ids.insert(key, 0);
                    wanted[r.carrier] << r.tracking;
                }
            }
            out << r;
        }
        QList<qint64> fresh;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const QHash<QString, qint64> found =
                FulfilmentStore::shipmentIdsOf(m_db, it.key(), it.value());
            for (auto f = found.cbegin(); f != found.cend(); ++f) {
                ids.insert(parcelKey(it.key(), f.key()), f.value());
                if (!parcels.contains(f.value()))
                    fresh << f.value();
            }
        }
        const QHash<qint64, Parcel> read = store.parcels(fresh); // the scope
        for (qint64 id : std::as_const(fresh)) {
            const auto p = read.constFind(id);
            if (p == read.constEnd()) {
                parcels.insert(id, std::nullopt);
                continue;
            }
            for (const TrackingEvent& e : p->shipment.events)
                seen.insert(eventKey(
                    id, TrackingUpdate{{}, e.at.toSecsSinceEpoch(), e.place, e.text, false}));
            parcels.insert(id, *p);
        }
        for (qsizetype i = from; i < to; ++i) {
            if (progress && i % kStopCheckRows == 0 && !progress(i - 1, total))
                throw DocketError(DocketError::Code::Cancelled,
                                  tr("Cancelled; nothing was changed."));
            TrackingFileRow& r = out[first + (i - from)];
            if (!r.error.isEmpty())
                continue;
            const qint64 id = ids.value(parcelKey(r.carrier, r.tracking));
            if (id == 0) {
                RowCheck::unknown(r, false);
                continue;
            }
            std::optional<Parcel>& found = parcels[id];
            if (!found) {
                RowCheck::unknown(r, true);
                continue;
            }
            RowCheck::against(r, *found);
            if (r.error.isEmpty()) {
                const QString key = eventKey(id, r.update);
                r.recorded = seen.contains(key);
                seen.insert(key);
                // A later row's delivery check sees this one's, as commit() will.
                Shipment& s = found->shipment;
                r.delivers = r.update.delivered && !s.isDelivered();
                if (r.delivers)
                    s.deliveredAt = QDateTime::fromSecsSinceEpoch(r.update.at, Qt::UTC);
            }
        }
    }
    return out;
}

TrackingResult TrackingFile::commit(const QList<TrackingFileRow>& rows)
{
    m_session.require(Permission::Ship);
    m_session.require(Permission::ViewOrders);
    for (const TrackingFileRow& given : rows)
        if (!given.error.isEmpty())
            throw DocketError(DocketError::Code::Invalid,
                              tr("%1 Nothing was imported.").arg(given.error), given.column);
    FulfilmentStore store(m_db, m_session);
    if (m_clock)
        store.setClock(m_clock);
    TrackingResult result;
    sql::WriteTransaction tx(m_db);
    // Each row's parcel as the preview found it (a row made otherwise is
    // looked up by carrier and number), all locked first in key order
    // (TrackingIntake::lockShipments).
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const TrackingFileRow& given : rows)
        ids << (given.shipmentId > 0
                    ? given.shipmentId
                    : FulfilmentStore::shipmentIdOf(m_db, given.carrier, given.tracking));
    {
        QList<qint64> locks;
        for (qint64 id : std::as_const(ids))
            if (id > 0)
                locks << id;
        TrackingIntake::lockShipments(m_db, locks);
    }
    // Checked again inside the transaction, on the parcels as they are now
    // (read a chunk of rows at a time), and written by the store's rule.
    QHash<qint64, std::optional<Parcel>> parcels; // nothing: outside the scope
    for (qsizetype from = 0; from < rows.size(); from += kChunk) {
        const qsizetype to = std::min(from + kChunk, rows.size());
        QList<qint64> fresh;
        for (qsizetype i = from; i < to; ++i)
            if (ids[i] > 0 && !parcels.contains(ids[i])) {
                parcels.insert(ids[i], std::nullopt);
                fresh << ids[i];
            }
        const QHash<qint64, Parcel> read = store.parcels(fresh); // the scope
        for (auto it = read.cbegin(); it != read.cend(); ++it)
            parcels.insert(it.key(), it.value());
        for (qsizetype i = from; i < to; ++i) {
            TrackingFileRow r = rows[i];
            std::optional<Parcel>* found = ids[i] > 0 ? &parcels[ids[i]] : nullptr;
            if (!found) {
                RowCheck::unknown(r, false);
            } else if (!*found) {
                RowCheck::unknown(r, true);
            } else if ((*found)->shipment.carrier != r.carrier ||
                       (*found)->shipment.trackingNumber != r.tracking) {
                RowCheck::unknown(r, false); // the row names another parcel
            } else {
                RowCheck::against(r, **found);
                if (r.error.isEmpty()) {
                    try {
                        // The store's refusal of a closed order's parcel is
                        // the row's problem (the file is all or nothing).
                        if (const QString closed =
                                TrackingIntake::apply(store, (*found)->shipment, r.update, &result,
                                                      QStringLiteral("file"));
                            !closed.isEmpty())
                            RowCheck::closed(r, closed);
                    } catch (const DocketError& e) {
                        throw DocketError(
                            e.code(),
                            tr("Line %1: %2 Nothing was imported.").arg(r.line).arg(e.message()),
                            e.field(), e.detail());
                    }
                }
            }
            if (!r.error.isEmpty())
                throw DocketError(DocketError::Code::Invalid,
                                  tr("%1 Nothing was imported.").arg(r.error), r.column);
        }
    }
    tx.commit();
    return result;
}

} // namespace docket
