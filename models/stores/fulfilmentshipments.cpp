#include "fulfilmentstore.h"
#include "fulfilmentstore_p.h"
#include "stockledger.h"

#include "orderfilter.h"
#include "salessummaries.h"
#include "shopsettingsstore.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "domain/order.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

// FulfilmentStore: shipments, tracking, and shipping many from a CSV.

namespace docket {

using namespace fulfilmentrows;

namespace {

// A shipment file's rows `size` at a time, each chunk handed to `each` with
// the orders its rows name, read by `read` in one statement.
template <typename Read, typename Each>
void inChunks(const QList<FulfilmentStore::ShipRow>& rows, qsizetype size, Read read, Each each)
{
    for (qsizetype from = 0; from < rows.size(); from += size) {
        const QList<FulfilmentStore::ShipRow> chunk = rows.mid(from, size);
        QList<qint64> ids;
        ids.reserve(chunk.size());
        for (const FulfilmentStore::ShipRow& r : chunk)
            ids << r.orderId;
        each(chunk, read(ids));
    }
}

} // namespace

// ---------------------------------------------------------------- shipments

void FulfilmentStore::checkShippable(const OrderRow& o) const
{
    refuseClosed(o);
    if (o.reviewState == QLatin1String("waiting"))
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Order %1 is awaiting review; it ships once it is approved.").arg(o.number));
    if (o.status == QLatin1String("delivered"))
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 is delivered already.").arg(o.number));
    if (o.status == QLatin1String("pending")) {
        // Cash on delivery: a pending payment of a method paid on delivery.
        QStringList cod;
        for (const PaymentMethod& m : paymentMethods())
            if (m.onDelivery)
                cod << m.code;
        bool onDelivery = false;
        if (!cod.isEmpty()) {
            const SqlClause in = sql::inList(QStringLiteral("method"), cod);
            QVariantList binds{o.id};
            binds += in.binds;
            onDelivery = !sql::scalar(m_db,
                                      QStringLiteral("SELECT 1 FROM payments WHERE order_id = ? "
                                                     "AND state = 'pending' AND ") +
                                          in.sql,
                                      binds)
                              .isNull();
        }
        if (!onDelivery)
            throw DocketError(
                DocketError::Code::Conflict,
                tr("Order %1 is not paid yet (%2 of %3); it ships once it is paid, or record a "
                   "cash-on-delivery payment.")
                    .arg(o.number, money(o.paid), money(o.total)));
    }
}

QString FulfilmentStore::checkTracking(const QString& carrier, const QString& number,
                                       const QList<Carrier>& carriers,
                                       const QSet<QString>* taken) const
{
    const Carrier* c = nullptr;
    for (const Carrier& k : carriers)
        if (k.code == carrier)
            c = &k;
    if (!c) {
        QStringList codes;
        for (const Carrier& k : carriers)
            codes << k.code;
        return tr("\"%1\" is not one of the shop's carriers (%2).")
            .arg(carrier, codes.join(QStringLiteral(", ")));
    }
    if (number.isEmpty())
        return {};
    if (number.size() > 60 || !c->accepts(number))
        return tr("%1 is not a %2 tracking number.").arg(number, c->name);
    if (taken ? taken->contains(carrier + QLatin1Char('\n') + number)
              // "<> ''" lets SQLite use the partial unique index
              // shipments_tracking (it cannot tell from a bound value that
              // the number is not empty): a look-up, not a scan of every
              // parcel.
              : !sql::scalar(m_db,
                             QStringLiteral("SELECT 1 FROM shipments WHERE carrier = ? AND "
                                            "tracking_number = ? AND tracking_number <> ''"),
                             {carrier, number})
                     .isNull())
        return tr("%1 already has a parcel with the tracking number %2.").arg(c->name, number);
    return {};
}

qint64 FulfilmentStore::shipOne(const OrderRow& o, const QString& carrier, const QString& tracking,
                                QList<ShipmentLine> lines, qint64 ts,
                                records::DeadlineSettings& deadlines,
                                const QList<LineState>& states)
{
    if (lines.isEmpty()) {
        for (const LineState& l : states)
            if (l.unshipped() > 0)
                lines << ShipmentLine{l.lineId, l.unshipped()};
        if (lines.isEmpty())
            throw DocketError(DocketError::Code::Conflict,
                              tr("Every line of order %1 has shipped already.").arg(o.number),
                              QStringLiteral("lines"));
    }
    QStringList parts;
    QSet<qint64> seen;
    for (const ShipmentLine& s : lines) {
        const LineState* l = nullptr;
        for (const LineState& k : states)
            if (k.lineId == s.lineId)
                l = &k;
        if (!l || seen.contains(s.lineId))
            throw DocketError(DocketError::Code::Invalid,
                              tr("Order %1 has no line %2 to ship (or it is listed twice).")
                                  .arg(o.number)
                                  .arg(s.lineId),
                              QStringLiteral("lines"));
        seen.insert(s.lineId);
        if (s.quantity < 1 || s.quantity > l->unshipped())
            throw DocketError(DocketError::Code::Conflict,
                              tr("Line %1 (%2): %3 cannot ship; %4 of %5 are left to ship.")
                                  .arg(l->lineNo)
                                  .arg(l->sku)
                                  .arg(s.quantity)
                                  .arg(l->unshipped())
                                  .arg(l->ordered),
                              QStringLiteral("lines"));
        parts << QStringLiteral("%1× %2").arg(s.quantity).arg(l->sku);
    }
    const qint64 id = sql::run(m_db,
                               QStringLiteral("INSERT INTO shipments(order_id, carrier, "
                                              "tracking_number, shipped_at, created_at, "
                                              "created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                               {o.id, carrier, tracking, ts, ts, m_session.userName()})
                          .lastInsertId()
                          .toLongLong();
    QSqlQuery ins = sql::prepare(m_db, QStringLiteral("INSERT INTO shipment_lines(shipment_id, "
                                                      "order_id, line_id, quantity) VALUES (?, "
                                                      "?, ?, ?)"));
    for (const ShipmentLine& s : lines) {
        ins.bindValue(0, id);
        ins.bindValue(1, o.id);
        ins.bindValue(2, s.lineId);
        ins.bindValue(3, s.quantity);
        sql::exec(ins);
    }
    records::addEvent(m_db, o.id, ts, m_session.userName(), QStringLiteral("shipment"),
                      QStringLiteral("shipment"), {},
                      QStringLiteral("#%1 %2 %3").arg(id).arg(carrier, tracking).trimmed(),
                      parts.join(QStringLiteral(", ")));
    records::settle(m_db, o.id, QStringLiteral("shipment:%1").arg(id), ts, deadlines);
    return id;
}

qint64 FulfilmentStore::ship(qint64 orderId, const QString& carrier, const QString& trackingNumber,
                             const QList<ShipmentLine>& lines)
{
    m_session.require(Permission::Ship);
    const QString code = carrier.trimmed().toLower();
    const QString number = nn(fulfilment::normaliseTrackingNumber(trackingNumber));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const OrderRow o = lockOrder(orderId);
    checkShippable(o);
    if (const QString why = checkTracking(code, number, carriers()); !why.isEmpty())
        throw DocketError(why.contains(number) && !number.isEmpty() &&
                                  why.contains(QLatin1String("already"))
                              ? DocketError::Code::Conflict
                              : DocketError::Code::Invalid,
                          why, QStringLiteral("tracking"));
    begin(ts);
    if (m_backend == Backend::PostgreSQL) {
        QVariant linesJson(QMetaType(QMetaType::QString));
        if (!lines.isEmpty()) {
            // The store's own check first, for its message.
            const QList<LineState> states = lineStates(orderId);
            for (const ShipmentLine& s : lines)
                for (const LineState& l : states)
                    if (l.lineId == s.lineId && (s.quantity < 1 || s.quantity > l.unshipped()))
                        throw DocketError(
                            DocketError::Code::Conflict,
                            tr("Line %1 (%2): %3 cannot ship; %4 of %5 are left to ship.")
                                .arg(l.lineNo)
                                .arg(l.sku)
                                .arg(s.quantity)
                                .arg(l.unshipped())
                                .arg(l.ordered),
                            QStringLiteral("lines"));
            QJsonArray a;
            for (const ShipmentLine& s : lines)
                a.append(QJsonObject{{QStringLiteral("line_id"), QString::number(s.lineId)},
                                     {QStringLiteral("quantity"), QString::number(s.quantity)}});
            linesJson = jsonText(a);
        }
        const qint64 id =
            sql::scalar(m_db,
                        QStringLiteral("SELECT docket_shipment_add(CAST(? AS bigint), CAST(? AS "
                                       "text), CAST(? AS text), CAST(? AS jsonb))"),
                        {orderId, code, number, linesJson})
                .toLongLong();
        tx.commit();
        return id;
    }
    records::DeadlineSettings deadlines(m_db);
    const qint64 id = shipOne(o, code, number, lines, ts, deadlines, lineStates(orderId));
    tx.commit();
    return id;
}

void FulfilmentStore::markDelivered(qint64 shipmentId, std::optional<qint64> at)
{
    m_session.require(Permission::Ship);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Shipment s = shipment(shipmentId); // scope
    const OrderRow o = lockOrder(s.orderId);
    refuseClosed(o);
    if (s.isDelivered())
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Shipment #%1 of order %2 is delivered already.").arg(shipmentId).arg(o.number));
    const qint64 when = at.value_or(ts);
    if (when < s.shippedAt.toSecsSinceEpoch())
        throw DocketError(DocketError::Code::Invalid, tr("A parcel is delivered after it shipped."),
                          QStringLiteral("at"));
    begin(ts);
    writeDelivered(o.id, shipmentId, when, ts);
    tx.commit();
}

void FulfilmentStore::writeDelivered(qint64 orderId, qint64 shipmentId, qint64 when, qint64 ts)
{
    if (m_backend == Backend::PostgreSQL) {
        sql::run(m_db,
                 QStringLiteral("SELECT docket_shipment_delivered(CAST(? AS bigint), CAST(? AS "
                                "bigint))"),
                 {shipmentId, when});
        return;
    }
    sql::run(m_db,
             QStringLiteral("UPDATE shipments SET delivered_at = ?, version = version + 1 WHERE "
                            "id = ? AND delivered_at IS NULL"),
             {when, shipmentId});
    // A change of the order for those who synchronise by updated_at (the
    // other records' triggers do the same, 0140).
    sql::run(m_db,
             QStringLiteral("UPDATE orders SET updated_at = ? WHERE id = ? AND updated_at < ?"),
             {ts, orderId, ts});
    records::addEvent(m_db, orderId, ts, m_session.userName(), QStringLiteral("shipment"),
                      QStringLiteral("delivered"), {}, QStringLiteral("#%1").arg(shipmentId), {});
    records::settle(m_db, orderId, QStringLiteral("delivered:%1").arg(shipmentId), ts);
}

void FulfilmentStore::checkTrackingEvent(const QString& place, const QString& text,
                                         const QString& source)
{
    if (text.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("A tracking event needs the carrier's status text."),
                          QStringLiteral("text"));
    if (source != QLatin1String("desk") && source != QLatin1String("file") &&
        source != QLatin1String("gateway"))
        throw DocketError(DocketError::Code::Invalid,
                          tr("A tracking event comes from the desk, a file or the gateway."),
                          QStringLiteral("source"));
    if (text.size() > 500 || place.size() > 200)
        throw DocketError(DocketError::Code::Invalid, tr("The tracking event is too long."),
                          QStringLiteral("text"));
}

qint64 FulfilmentStore::addTrackingEvent(qint64 shipmentId, qint64 at, const QString& place,
                                         const QString& text, const QString& source)
{
    m_session.require(Permission::Ship);
    checkTrackingEvent(place, text, source);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Shipment s = shipment(shipmentId);
    refuseClosed(lockOrder(s.orderId));
    begin(ts);
    const qint64 id = writeTrackingEvent(s.orderId, shipmentId, at, place, text, source, ts);
    tx.commit();
    return id;
}

qint64 FulfilmentStore::writeTrackingEvent(qint64 orderId, qint64 shipmentId, qint64 at,
                                           const QString& place, const QString& text,
                                           const QString& source, qint64 ts)
{
    if (m_backend == Backend::PostgreSQL)
        return sql::scalar(m_db,
                           QStringLiteral("SELECT docket_tracking_add(CAST(? AS bigint), CAST(? "
                                          "AS bigint), CAST(? AS text), CAST(? AS text), CAST(? "
                                          "AS text))"),
                           {shipmentId, at, place.trimmed(), text.trimmed(), source})
            .toLongLong();
    const qint64 id =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO tracking_events(shipment_id, order_id, at, place, "
                                "status_text, source, created_at, created_by) VALUES (?, ?, ?, "
                                "?, ?, ?, ?, ?)"),
                 {shipmentId, orderId, at, nn(place.trimmed()), text.trimmed(), source, ts,
                  m_session.userName()})
            .lastInsertId()
            .toLongLong();
    records::addEvent(m_db, orderId, ts, m_session.userName(), QStringLiteral("tracking"),
                      QStringLiteral("tracking"), {},
                      QStringLiteral("#%1 %2").arg(shipmentId).arg(place.trimmed()).trimmed(),
                      text.trimmed());
    return id;
}

FulfilmentStore::CarrierTake FulfilmentStore::takeCarrierEvent(Shipment& s, qint64 at,
                                                               const QString& place,
                                                               const QString& text, bool delivered,
                                                               const QString& source)
{
    m_session.require(Permission::Ship);
    checkTrackingEvent(place, text, source);
    CarrierTake took;
    // The order as it is now, in the caller's transaction (SQLite holds the
    // database's write lock for it; PostgreSQL: see below).
    took.refused = closedProblemOf(s.orderId);
    if (!took.refused.isEmpty())
        return took;
    bool seen = false;
    for (const TrackingEvent& e : std::as_const(s.events))
        // The webhook keeps a status lower-cased, a carrier's file as written.
        seen = seen || (e.at.toSecsSinceEpoch() == at &&
                        e.text.compare(text.trimmed(), Qt::CaseInsensitive) == 0 &&
                        e.place.compare(place.trimmed(), Qt::CaseInsensitive) == 0);
    const bool delivers = delivered && !s.isDelivered();
    if (delivers && at < s.shippedAt.toSecsSinceEpoch())
        throw DocketError(DocketError::Code::Invalid, tr("A parcel is delivered after it shipped."),
                          QStringLiteral("at"));
    took.duplicate = seen;
    if (seen && !delivers)
        return took;
    qint64 eventId = 0;
    const qint64 ts = now();
    try {
        sql::WriteTransaction tx(m_db); // a savepoint: a refusal takes back only this event
        begin(ts);
        if (!seen)
            eventId = writeTrackingEvent(s.orderId, s.id, at, place, text, source, ts);
        if (delivers)
            writeDelivered(s.orderId, s.id, at, ts);
        tx.commit();
    } catch (const DocketError&) {
        // PostgreSQL: the server function checks the order again under its
        // lock; an order closed after it was read above is refused there.
        // That is the same closed order, answered as above (the savepoint is
        // rolled back, the batch's transaction goes on).
        if (m_backend == Backend::PostgreSQL)
            if (took.refused = closedProblemOf(s.orderId); !took.refused.isEmpty())
                return took;
        throw;
    }
    if (!seen) {
        took.added = true;
        s.events << TrackingEvent{eventId,
                                  s.id,
                                  QDateTime::fromSecsSinceEpoch(at, Qt::UTC),
                                  place.trimmed(),
                                  text.trimmed(),
                                  source,
                                  m_session.userName()};
    }
    if (delivers) {
        took.delivered = true;
        s.deliveredAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    }
    return took;
}

// ---------------------------------------------------------------- ship many

namespace {

QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar sep = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(','))
                          ? QLatin1Char(';')
                      : firstLine.contains(QLatin1Char('\t')) ? QLatin1Char('\t')
                                                              : QLatin1Char(',');
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == sep) {
            row << cell.trimmed();
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row << cell.trimmed();
            cell.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r') && !(i == 0 && c == QChar(0xFEFF))) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell.trimmed();
        rows << row;
    }
    return rows;
}

} // namespace

QList<FulfilmentStore::ShipRow> FulfilmentStore::previewShipments(const QString& csvText) const
{
    m_session.require(Permission::Ship);
    requireView();
    const QList<Carrier> known = carriers();
    const QList<PaymentMethod> methods = paymentMethods();
    QList<QStringList> rows = parseCsv(csvText);
    QList<ShipRow> out;
    int lineNo = 0;
    for (const QStringList& r : rows) {
        ++lineNo;
        if (r.size() == 1 && r[0].isEmpty())
            continue;
        if (lineNo == 1 && !r.isEmpty()) {
            const QString h = r[0].toLower();
            if (h.contains(QLatin1String("order")) || h.contains(QLatin1String("number")) ||
                r[0].contains(QStringLiteral("订单")) || r[0].contains(QStringLiteral("訂單")))
                continue;
        }
        ShipRow s;
        s.line = lineNo;
        s.number = r.value(0).trimmed().toUpper();
        s.carrier = r.value(1).trimmed().toLower();
        s.tracking = nn(fulfilment::normaliseTrackingNumber(r.value(2)));
        if (r.size() < 3 || s.number.isEmpty() || s.carrier.isEmpty() || s.tracking.isEmpty())
            s.error = tr("A row is order number, carrier, tracking number.");
        out << s;
    }

    // The file's orders and taken tracking numbers, read a chunk of rows at a
    // time (one statement for the orders, one per carrier for the numbers)
    // instead of per row: on PostgreSQL each row's round trips were most of
    // the preview of a 10,000-row file.
    struct Found
    {
        qint64 id = 0;
        QString status;
        QString review;
        bool invalid = false;
        qint64 unshipped = 0;
    };
    QHash<QString, Found> orders;
    QSet<QString> outOfScope; // numbers that exist outside the session's scope
    QSet<QString> taken;      // carrier + '\n' + number
    const SqlClause scope = orderquery::scope(m_session);
    constexpr qsizetype kChunk = 2000;
    for (qsizetype from = 0; from < out.size(); from += kChunk) {
        QStringList numbers;
        QHash<QString, QStringList> trackingOf; // per carrier
        for (const ShipRow& s : out.mid(from, kChunk)) {
            if (!s.error.isEmpty())
                continue;
            numbers << s.number;
            trackingOf[s.carrier] << s.tracking;
        }
        if (numbers.isEmpty())
            continue;
        const SqlClause in = sql::inList(QStringLiteral("o.number"), numbers);
        QVariantList binds = in.binds;
        binds += scope.binds;
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT o.number, o.id, o.status, o.review_state, o.invalid_at, "
                           "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND "
                           "l.quantity > COALESCE((SELECT sum(x.quantity) FROM "
                           "shipment_lines x WHERE x.line_id = l.id), 0)) FROM orders o "
                           "WHERE ") +
                in.sql + QStringLiteral(" AND ") + scope.sql,
            binds);
        while (q.next())
            orders.insert(q.value(0).toString(),
                          Found{q.value(1).toLongLong(), q.value(2).toString(),
                                q.value(3).toString(), !q.value(4).isNull(),
                                q.value(5).toLongLong()});
        QStringList missing;
        for (const QString& n : std::as_const(numbers))
            if (!orders.contains(n))
                missing << n;
        outOfScope += sql::valuesPresent(m_db, QStringLiteral("orders"), {},
                                         QStringLiteral("number"), missing);
        for (auto it = trackingOf.cbegin(); it != trackingOf.cend(); ++it)
            // "<> ''" lets SQLite use the partial unique index shipments_tracking.
            for (const QString& t : sql::valuesPresent(
                     m_db, QStringLiteral("shipments"),
                     {QStringLiteral("carrier = ? AND tracking_number <> ''"), {it.key()}},
                     QStringLiteral("tracking_number"), it.value()))
                taken.insert(it.key() + QLatin1Char('\n') + t);
    }

    QHash<QString, int> numbersSeen;
    QSet<QString> trackingSeen;
    for (ShipRow& s : out) {
        auto fail = [&](const QString& why) {
            if (s.error.isEmpty())
                s.error = why;
        };
        if (s.error.isEmpty()) {
            const auto found = orders.constFind(s.number);
            if (found == orders.constEnd()) {
                fail(outOfScope.contains(s.number)
                         ? tr("Order %1 is outside your scope.").arg(s.number)
                         : tr("There is no order %1.").arg(s.number));
            } else {
                s.orderId = found->id;
                const QString& st = found->status;
                if (found->invalid)
                    fail(tr("Order %1 is marked invalid.").arg(s.number));
                else if (found->review == QLatin1String("waiting"))
                    fail(tr("Order %1 is awaiting review.").arg(s.number));
                else if (st == QLatin1String("cancelled") || st == QLatin1String("refunded"))
                    fail(tr("Order %1 is %2.").arg(s.number, status::labelForCode(st).toLower()));
                else if (st == QLatin1String("delivered")) // e.g. imported as completed
                    fail(tr("Order %1 is delivered already.").arg(s.number));
                else if (found->unshipped == 0)
                    fail(tr("Order %1 has shipped already.").arg(s.number));
                else if (st == QLatin1String("pending")) {
                    bool cod = false;
                    for (const PaymentMethod& m : methods)
                        if (m.onDelivery)
                            cod = cod || !sql::scalar(m_db,
                                                      QStringLiteral("SELECT 1 FROM payments WHERE "
                                                                     "order_id = ? AND state = "
                                                                     "'pending' AND method = ?"),
                                                      {s.orderId, m.code})
                                              .isNull();
                    if (!cod)
                        fail(tr("Order %1 is not paid yet.").arg(s.number));
                }
            }
        }
        if (s.error.isEmpty())
            if (const QString why = checkTracking(s.carrier, s.tracking, known, &taken);
                !why.isEmpty())
                fail(why);
        if (s.error.isEmpty() && numbersSeen.contains(s.number))
            fail(tr("Order %1 is on line %2 already.").arg(s.number).arg(numbersSeen[s.number]));
        const QString key = s.carrier + QLatin1Char('\n') + s.tracking;
        if (s.error.isEmpty() && trackingSeen.contains(key))
            fail(tr("The tracking number %1 is in the file twice.").arg(s.tracking));
        if (!s.number.isEmpty() && !numbersSeen.contains(s.number))
            numbersSeen.insert(s.number, s.line);
        trackingSeen.insert(key);
    }
    return out;
}

// PostgreSQL: docket_shipments_add_many (0102) checks and writes a chunk of
// rows set-based, each table once per call. The store's own checks come
// first, on the chunk's orders read in one statement, so that a row refused
// meanwhile is named with its line and the desk's translated words; whether a
// tracking number is taken the server checks alone (it names the line too).
int FulfilmentStore::commitShipmentsOnServer(const QList<ShipRow>& rows)
{
    const QList<Carrier> known = carriers();
    // Each call pays the triggers' fixed costs once (summaries, reference
    // checks, audit): at 100,000 orders, load ~8, a 10,000-row file took
    // 12.2 s in one call and 14.4 s in five of 2,000.
    constexpr qsizetype kChunk = 10000;
    QSet<qint64> seen;
    QSet<QString> trackingSeen;
    const QSet<QString> none; // taken numbers: the server's check
    int n = 0;
    const auto readChunk = [this](const QList<qint64>& ids) {
        return readOrders(ids);
    };
    inChunks(
        rows, kChunk, readChunk,
        [&](const QList<ShipRow>& chunk, const QHash<qint64, OrderRow>& orders) {
            QJsonArray a;
            for (const ShipRow& r : chunk) {
                try {
                    const auto read = orders.constFind(r.orderId);
                    if (read == orders.constEnd())
                        throw DocketError(DocketError::Code::NotFound,
                                          tr("There is no order with the id %1.").arg(r.orderId));
                    // An order on an earlier row has shipped with it (as on
                    // SQLite: the carrier is checked, then nothing is left).
                    const bool again = seen.contains(r.orderId);
                    if (!again)
                        checkShippable(*read);
                    if (const QString why = checkTracking(r.carrier, r.tracking, known, &none);
                        !why.isEmpty())
                        throw DocketError(DocketError::Code::Invalid, why,
                                          QStringLiteral("tracking"));
                    const QString key = r.carrier + QLatin1Char('\n') + r.tracking;
                    if (!r.tracking.isEmpty() && trackingSeen.contains(key))
                        throw DocketError(
                            DocketError::Code::Conflict,
                            tr("The tracking number %1 is in the file twice.").arg(r.tracking),
                            QStringLiteral("tracking"));
                    if (again)
                        throw DocketError(
                            DocketError::Code::Conflict,
                            tr("Every line of order %1 has shipped already.").arg(read->number),
                            QStringLiteral("lines"));
                    seen.insert(r.orderId);
                    trackingSeen.insert(key);
                } catch (const DocketError& e) {
                    throw DocketError(
                        e.code(),
                        tr("Line %1: %2 Nothing was shipped.").arg(r.line).arg(e.message()));
                }
                a.append(QJsonObject{{QStringLiteral("order_id"), QString::number(r.orderId)},
                                     {QStringLiteral("carrier"), r.carrier},
                                     {QStringLiteral("tracking"), r.tracking},
                                     {QStringLiteral("line"), QString::number(r.line)}});
            }
            n += sql::scalar(m_db,
                             QStringLiteral("SELECT docket_shipments_add_many(CAST(? AS jsonb))"),
                             {jsonText(a)})
                     .toInt();
        });
    return n;
}

int FulfilmentStore::commitShipments(const QList<ShipRow>& rows)
{
    m_session.require(Permission::Ship);
    for (const ShipRow& r : rows)
        if (!r.error.isEmpty())
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1: %2 Nothing was shipped.").arg(r.line).arg(r.error));
    if (rows.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    begin(ts);
    if (m_backend == Backend::PostgreSQL) {
        const int n = commitShipmentsOnServer(rows);
        tx.commit();
        return n;
    }
    const QList<Carrier> known = carriers();
    // The orders move to shipped one by one below; their summaries change
    // once, set-based, at the end (the per-order summary triggers were most
    // of the time of a file of 10,000 rows).
    summaries::BatchUpdate summary(m_db, m_backend, summaries::BatchChange::Rewrite);
    {
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const ShipRow& r : rows)
            ids << r.orderId;
        summary.before(dialect::idListParam(m_backend, ids));
    }
    records::DeadlineSettings deadlines(m_db); // read once for the whole file
    // The stock follows the new statuses once, for the whole file, at the end
    // (the parcels' units leave with each shipment_lines row meanwhile).
    stockledger::DeferredSync stock(m_db);
    int n = 0;
    // The orders and their lines are read a chunk of rows at a time, in one
    // statement each, rather than per row: the write transaction holds the
    // database, and shipping one order changes no other. An order on a second
    // row (not from previewShipments, which refuses that) is read again.
    constexpr qsizetype kChunk = 2000;
    QSet<qint64> shipped;
    const auto readChunk = [this](const QList<qint64>& ids) {
        return readOrders(ids);
    };
    inChunks(rows, kChunk, readChunk,
             [&](const QList<ShipRow>& chunk, const QHash<qint64, OrderRow>& orders) {
                 const QHash<qint64, QList<LineState>> lines = lineStatesOf(orders);
                 for (const ShipRow& r : chunk) {
                     try {
                         const bool again = shipped.contains(r.orderId);
                         const auto read = orders.constFind(r.orderId);
                         if (!again && read == orders.constEnd())
                             throw DocketError(
                                 DocketError::Code::NotFound,
                                 tr("There is no order with the id %1.").arg(r.orderId));
                         const OrderRow o = again ? lockOrder(r.orderId) : *read;
                         checkShippable(o);
                         if (const QString why = checkTracking(r.carrier, r.tracking, known);
                             !why.isEmpty())
                             throw DocketError(DocketError::Code::Invalid, why,
                                               QStringLiteral("tracking"));
                         shipOne(o, r.carrier, r.tracking, {}, ts, deadlines,
                                 again ? lineStates(o.id) : lines.value(o.id));
                         shipped.insert(o.id);
                         ++n;
                     } catch (const DocketError& e) {
                         throw DocketError(
                             e.code(),
                             tr("Line %1: %2 Nothing was shipped.").arg(r.line).arg(e.message()));
                     }
                 }
             });
    stock.finish();
    summary.finish();
    tx.commit();
    return n;
}

} // namespace docket
