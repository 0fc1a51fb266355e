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
#include <QSqlQuery>
#include <optional>

namespace docket {

namespace {

// How often a read asks whether to stop (preview's progress).
constexpr qsizetype kStopCheckRows = 200;

constexpr int kColumns = 5;
constexpr int kMaxRows = 100000;

// The order a parcel belongs to, as far as a tracking event cares.
struct OrderOf
{
    QString number;
    QString status;
    bool invalid = false;
};

OrderOf orderOf(const QSqlDatabase& db, qint64 orderId)
{
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT number, status, invalid_at FROM orders WHERE id = ?"),
                 {orderId});
    OrderOf o;
    if (q.next())
        o = OrderOf{q.value(0).toString(), q.value(1).toString(), !q.value(2).isNull()};
    return o;
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
    static void against(TrackingFileRow& r, const Shipment& s, const OrderOf& o)
    {
        r.shipmentId = s.id;
        r.orderNumber = o.number;
        // The store's rule of a closed order (invalid, cancelled, refunded).
        if (const QString closed = FulfilmentStore::closedProblem(o.number, o.status, o.invalid);
            !closed.isEmpty())
            fail(r, "tracking_number", TrackingFile::tr("parcel %1: %2").arg(r.tracking, closed));
        if (r.update.delivered && !s.isDelivered() && r.update.at < s.shippedAt.toSecsSinceEpoch())
            fail(
                r, "time",
                TrackingFile::tr("a parcel is delivered after it shipped; parcel %1 shipped at %2.")
                    .arg(r.tracking,
                         QLocale().toString(s.shippedAt.toLocalTime(), QLocale::ShortFormat)));
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

qint64 shipmentIdOf(const QSqlDatabase& db, const TrackingFileRow& r)
{
    return FulfilmentStore::shipmentIdOf(db, r.carrier, r.tracking);
}

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
    QHash<qint64, std::optional<Shipment>> parcels; // by id; nothing: outside the scope
    QHash<qint64, OrderOf> orders;
    QSet<QString> seen; // events there already or earlier in the file
    QList<TrackingFileRow> out;
    out.reserve(table.rows.size() - 1);
    for (qsizetype i = 1; i < table.rows.size(); ++i) {
        if (progress && i % kStopCheckRows == 0 && !progress(i - 1, table.rows.size() - 1))
            throw DocketError(DocketError::Code::Cancelled, tr("Cancelled; nothing was changed."));
        TrackingFileRow r;
        if (!RowCheck::read(table.rows[i], carriers, r)) {
            out << r;
            continue;
        }
        const qint64 id = shipmentIdOf(m_db, r);
        if (id == 0) {
            RowCheck::unknown(r, false);
            out << r;
            continue;
        }
        auto found = parcels.find(id);
        if (found == parcels.end()) {
            std::optional<Shipment> s;
            try {
                s = store.shipment(id); // the scope
                for (const TrackingEvent& e : s->events)
                    seen.insert(eventKey(
                        id, TrackingUpdate{{}, e.at.toSecsSinceEpoch(), e.place, e.text, false}));
                if (!orders.contains(s->orderId))
                    orders.insert(s->orderId, orderOf(m_db, s->orderId));
            } catch (const DocketError& e) {
                if (e.code() != DocketError::Code::NotFound)
                    throw;
            }
            found = parcels.insert(id, s);
        }
        if (!*found) {
            RowCheck::unknown(r, true);
            out << r;
            continue;
        }
        const Shipment& s = **found;
        RowCheck::against(r, s, orders.value(s.orderId));
        if (r.error.isEmpty()) {
            const QString key = eventKey(id, r.update);
            r.recorded = seen.contains(key);
            seen.insert(key);
            // A later row's delivery check sees this one's, as commit() will.
            r.delivers = r.update.delivered && !s.isDelivered();
            if (r.delivers)
                found->value().deliveredAt = QDateTime::fromSecsSinceEpoch(r.update.at, Qt::UTC);
        }
        out << r;
    }
    return out;
}

TrackingResult TrackingFile::commit(const QList<TrackingFileRow>& rows)
{
    m_session.require(Permission::Ship);
    m_session.require(Permission::ViewOrders);
    FulfilmentStore store(m_db, m_session);
    const QList<Carrier> carriers = store.carriers();
    TrackingResult result;
    sql::WriteTransaction tx(m_db);
    { // the file's parcels, as the preview found them, locked first in key
      // order (TrackingIntake::lockShipments)
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const TrackingFileRow& given : rows)
            if (given.shipmentId > 0)
                ids << given.shipmentId;
        TrackingIntake::lockShipments(m_db, ids);
    }
    for (const TrackingFileRow& given : rows) {
        if (!given.error.isEmpty())
            throw DocketError(DocketError::Code::Invalid,
                              tr("%1 Nothing was imported.").arg(given.error), given.column);
        // Checked again from the file's fields, inside the transaction.
        TrackingFileRow r;
        r.line = given.line;
        csv::Row row{
            given.line,
            {given.carrier, given.tracking, given.time, given.update.place, given.update.text}};
        RowCheck::read(row, carriers, r);
        if (r.error.isEmpty()) {
            const qint64 id = shipmentIdOf(m_db, r);
            if (id == 0) {
                RowCheck::unknown(r, false);
            } else {
                TrackingIntake::lockShipment(m_db, id);
                std::optional<Shipment> s;
                try {
                    s = store.shipment(id); // the scope, and its events now
                } catch (const DocketError& e) {
                    if (e.code() != DocketError::Code::NotFound)
                        throw;
                    RowCheck::unknown(r, true);
                }
                if (s)
                    RowCheck::against(r, *s, orderOf(m_db, s->orderId));
                if (r.error.isEmpty()) {
                    try {
                        // A closed order's parcel: the store's refusal, as
                        // the row's problem (the file is all or nothing).
                        if (const QString closed = TrackingIntake::apply(
                                store, *s, r.update, &result, QStringLiteral("file"));
                            !closed.isEmpty())
                            RowCheck::fail(r, "tracking_number",
                                           tr("parcel %1: %2").arg(r.tracking, closed));
                    } catch (const DocketError& e) {
                        throw DocketError(
                            e.code(),
                            tr("Line %1: %2 Nothing was imported.").arg(r.line).arg(e.message()),
                            e.field(), e.detail());
                    }
                }
            }
        }
        if (!r.error.isEmpty())
            throw DocketError(DocketError::Code::Invalid,
                              tr("%1 Nothing was imported.").arg(r.error), r.column);
    }
    tx.commit();
    return result;
}

} // namespace docket
