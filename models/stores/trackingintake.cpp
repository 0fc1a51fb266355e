#include "trackingintake.h"

#include "fulfilmentstore.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/fulfilment.h"
#include "domain/intakeorder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <algorithm>

namespace docket {

namespace {

constexpr int kMaxEvents = 500;

QString at(int i, const char* field)
{
    return QStringLiteral("events[%1].%2").arg(i).arg(QLatin1String(field));
}

} // namespace

TrackingIntake::TrackingIntake(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
}

QList<TrackingUpdate> TrackingIntake::read(const QJsonObject& body)
{
    QJsonArray events;
    if (body.contains(QStringLiteral("events"))) {
        if (!body.value(QStringLiteral("events")).isArray())
            throw DocketError(DocketError::Code::Invalid,
                              tr("\"events\" is a list of tracking events."),
                              QStringLiteral("events"));
        events = body.value(QStringLiteral("events")).toArray();
    } else {
        events.append(body);
    }
    if (events.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("There are no tracking events."),
                          QStringLiteral("events"));
    if (events.size() > kMaxEvents)
        throw DocketError(DocketError::Code::Invalid,
                          tr("At most %1 tracking events at once.").arg(kMaxEvents),
                          QStringLiteral("events"));
    QList<TrackingUpdate> out;
    for (int i = 0; i < events.size(); ++i) {
        if (!events.at(i).isObject())
            throw DocketError(DocketError::Code::Invalid, tr("A tracking event is a JSON object."),
                              QStringLiteral("events[%1]").arg(i));
        out << readOne(events.at(i).toObject(), QStringLiteral("events[%1].").arg(i), true);
    }
    return out;
}

TrackingUpdate TrackingIntake::readEvent(const QJsonObject& body)
{
    return readOne(body, {}, false);
}

// One event object; `prefix` goes before the fields an error names
// ("events[2]."); `withNumber`: it carries its tracking number.
TrackingUpdate TrackingIntake::readOne(const QJsonObject& e, const QString& prefix, bool withNumber)
{
    QStringList known{QStringLiteral("at"), QStringLiteral("status"), QStringLiteral("description"),
                      QStringLiteral("place")};
    if (withNumber)
        known.prepend(QStringLiteral("tracking_number"));
    for (auto it = e.begin(); it != e.end(); ++it)
        if (!known.contains(it.key()))
            throw DocketError(DocketError::Code::Invalid,
                              tr("\"%1\" is not a field of a tracking event (%2).")
                                  .arg(it.key(), known.join(QStringLiteral(", "))),
                              prefix + it.key());
    auto text = [&](const char* field, bool required, int max) {
        return intake::readText(e, QLatin1String(field), required, max,
                                prefix + QLatin1String(field));
    };
    TrackingUpdate u;
    if (withNumber)
        u.trackingNumber = text("tracking_number", true, 100);
    const QString when = text("at", true, 40);
    const std::optional<qint64> t = readTime(when);
    if (!t)
        throw DocketError(DocketError::Code::Invalid,
                          tr("\"at\" is a time with its zone, such as 2026-12-05T10:00:00Z; "
                             "\"%1\" is not.")
                              .arg(when),
                          prefix + QStringLiteral("at"));
    u.at = *t;
    const QString status = text("status", true, 40).toLower();
    u.delivered = isDelivered(status);
    u.place = text("place", false, 200);
    const QString description = text("description", false, 500);
    u.text = description.isEmpty() ? status : description;
    return u;
}

std::optional<qint64> TrackingIntake::readTime(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toSecsSinceEpoch();
}

bool TrackingIntake::isDelivered(const QString& status)
{
    return status.trimmed().compare(QLatin1String("delivered"), Qt::CaseInsensitive) == 0;
}

void TrackingIntake::lockShipment(const QSqlDatabase& db, qint64 id)
{
    lockShipments(db, {id});
}

void TrackingIntake::lockShipments(const QSqlDatabase& db, const QList<qint64>& ids)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        return;
    QList<qint64> keys;
    keys.reserve(ids.size());
    for (qint64 id : ids)
        keys << id % kLockKeys;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (qint64 key : keys) // a key held already is taken again at once
        sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(7310586, CAST(? AS integer))"),
                 {key});
}

TrackingResult TrackingIntake::take(const QString& carrierCode,
                                    const QList<TrackingUpdate>& updates)
{
    m_session.require(Permission::Ship);
    FulfilmentStore store(m_db, m_session);
    const QString carrier = carrierCode.trimmed().toLower();
    bool known = false;
    QStringList codes;
    for (const Carrier& k : store.carriers()) {
        known = known || k.code == carrier;
        codes << k.code;
    }
    if (!known)
        throw DocketError(DocketError::Code::NotFound,
                          tr("\"%1\" is not one of the shop's carriers (%2).")
                              .arg(carrierCode, codes.join(QStringLiteral(", "))),
                          QStringLiteral("carrier"));
    TrackingResult result;
    sql::WriteTransaction tx(m_db);
    // The parcels (0: none). A carrier resending while the first is still
    // being written: the second waits here and then finds the first's events
    // (PostgreSQL, every parcel's key at once in key order; SQLite's write
    // transaction is one at a time already).
    QList<qint64> ids;
    ids.reserve(updates.size());
    for (const TrackingUpdate& u : updates)
        ids << FulfilmentStore::shipmentIdOf(m_db, carrier,
                                             fulfilment::normaliseTrackingNumber(u.trackingNumber));
    QList<qint64> found;
    for (qint64 id : std::as_const(ids))
        if (id > 0)
            found << id;
    lockShipments(m_db, found);
    for (int i = 0; i < updates.size(); ++i) {
        const TrackingUpdate& u = updates[i];
        const QString number = fulfilment::normaliseTrackingNumber(u.trackingNumber);
        const DocketError unknown(
            DocketError::Code::NotFound,
            tr("No shipment of carrier %1 has the tracking number %2.").arg(carrier, number),
            at(i, "tracking_number"));
        const qint64 id = ids[i];
        if (id == 0)
            throw unknown;
        // The store's rules from here on; its refusals name the event.
        try {
            Shipment s;
            try {
                s = store.shipment(id); // the scope: outside it, the same answer
            } catch (const DocketError& e) {
                if (e.code() == DocketError::Code::NotFound)
                    throw unknown;
                throw;
            }
            // A closed order's parcel: skipped and told by the store, the
            // rest written.
            if (const QString closed = apply(store, s, u, &result); !closed.isEmpty())
                result.refused.append({i, number, closed});
        } catch (const DocketError& e) {
            if (e.field().startsWith(QLatin1String("events[")))
                throw;
            const QString field = e.field() == QLatin1String("at") ? at(i, "at")
                                  : e.field() == QLatin1String("text")
                                      ? at(i, "description")
                                      : QStringLiteral("events[%1]").arg(i);
            throw DocketError(e.code(), tr("Event %1 (%2): %3").arg(i + 1).arg(number, e.message()),
                              field, e.detail());
        }
    }
    tx.commit();
    return result;
}

QString TrackingIntake::apply(FulfilmentStore& store, Shipment& s, const TrackingUpdate& u,
                              TrackingResult* result, const QString& source)
{
    const FulfilmentStore::CarrierTake took =
        store.takeCarrierEvent(s, u.at, u.place, u.text, u.delivered, source);
    result->added += took.added ? 1 : 0;
    result->duplicates += took.duplicate ? 1 : 0;
    result->delivered += took.delivered ? 1 : 0;
    return took.refused;
}

TrackingResult TrackingIntake::takeFor(qint64 orderId, qint64 shipmentId,
                                       const TrackingUpdate& update)
{
    m_session.require(Permission::Ship);
    FulfilmentStore store(m_db, m_session);
    TrackingResult result;
    sql::WriteTransaction tx(m_db);
    const DocketError unknown(DocketError::Code::NotFound,
                              tr("The order has no shipment %1.").arg(shipmentId),
                              QStringLiteral("shipment"));
    // Resent while the first is still being written: as in take().
    lockShipment(m_db, shipmentId);
    Shipment s;
    try {
        s = store.shipment(shipmentId); // the scope: outside it, the same answer
    } catch (const DocketError& e) {
        if (e.code() == DocketError::Code::NotFound)
            throw unknown;
        throw;
    }
    if (s.orderId != orderId)
        throw unknown;
    try {
        // One event: a closed order's parcel refuses the call (409).
        if (const QString closed = apply(store, s, update, &result); !closed.isEmpty())
            throw DocketError(DocketError::Code::Conflict, closed);
    } catch (const DocketError& e) {
        // The store's "text" is the event's description.
        if (e.field() == QLatin1String("text"))
            throw DocketError(e.code(), e.message(), QStringLiteral("description"), e.detail());
        throw;
    }
    tx.commit();
    return result;
}

} // namespace docket
