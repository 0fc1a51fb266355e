#include "intakestore.h"

#include "orderstore.h"
#include "securitylog.h"
#include "settingrows.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "db/sqlclause.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <deque>
#include <sodium.h>
#include <sqlite3.h>

namespace docket {

namespace {

QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QList<OrderLine> linesOf(const QJsonArray& a)
{
    QList<OrderLine> out;
    for (const QJsonValue& v : a) {
        const QJsonArray l = v.toArray();
        out << OrderLine{0,
                         0,
                         l.at(0).toString(),
                         l.at(1).toString(),
                         l.at(2).toString().toLongLong(),
                         Money(l.at(3).toString().toLongLong())};
    }
    return out;
}

bool sameLines(const QList<OrderLine>& a, const QList<OrderLine>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].sku != b[i].sku || a[i].name != b[i].name || a[i].quantity != b[i].quantity ||
            a[i].unitPrice.minorUnits() != b[i].unitPrice.minorUnits())
            return false;
    return true;
}

// The shortest way along the workflow from `from` to `to` (without `from`);
// empty when there is none.
QList<OrderStatus> pathTo(OrderStatus from, OrderStatus to)
{
    QHash<OrderStatus, OrderStatus> cameFrom;
    std::deque<OrderStatus> queue{from};
    QSet<OrderStatus> seen{from};
    while (!queue.empty()) {
        const OrderStatus s = queue.front();
        queue.pop_front();
        if (s == to) {
            QList<OrderStatus> path;
            for (OrderStatus at = to; at != from; at = cameFrom.value(at))
                path.prepend(at);
            return path;
        }
        for (OrderStatus next : status::nextAllowed(s))
            if (!seen.contains(next)) {
                seen.insert(next);
                cameFrom.insert(next, s);
                queue.push_back(next);
            }
    }
    return {};
}

} // namespace

QString IntakeResult::code() const
{
    switch (kind) {
    case Kind::Created:
        return QStringLiteral("created");
    case Kind::Updated:
        return QStringLiteral("updated");
    case Kind::Unchanged:
        return QStringLiteral("unchanged");
    case Kind::Ignored:
        return QStringLiteral("ignored");
    }
    return {};
}

IntakeStore::IntakeStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

void IntakeStore::checkSkus(const IntakeOrder& in, const QList<OrderLine>& lines) const
{
    QStringList skus;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!in.serviceLines.contains(int(i)) && !skus.contains(lines[i].sku))
            skus << lines[i].sku;
    if (skus.isEmpty())
        return;
    const SqlClause in_ = sql::inList(QStringLiteral("sku"), skus);
    QSet<QString> known;
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT sku FROM products WHERE ") + in_.sql, in_.binds);
    while (q.next())
        known.insert(q.value(0).toString());
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!in.serviceLines.contains(int(i)) && !known.contains(lines[i].sku))
            throw IntakeRejected(
                DocketError::Code::Invalid, QStringLiteral("unknown_sku"),
                tr("Line %1: the SKU \"%2\" is not in the catalogue, and the channel \"%3\" "
                   "refuses orders with unknown SKUs.")
                    .arg(i + 1)
                    .arg(lines[i].sku, in.channel),
                QStringLiteral("lines[%1].sku").arg(i));
}

std::optional<std::pair<QString, QString>> IntakeStore::sourceOf(qint64 orderId) const
{
    m_session.require(Permission::ViewOrders);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT channel, external_id FROM order_sources WHERE "
                                          "order_id = ? ORDER BY created_at LIMIT 1"),
                           {orderId});
    if (!q.next())
        return std::nullopt;
    return std::make_pair(q.value(0).toString(), q.value(1).toString());
}

QString IntakeStore::unknownSkuRule(const QString& channel) const
{
    const QVariant v = sql::scalar(
        m_db, QStringLiteral("SELECT unknown_sku FROM intake_channels WHERE channel = ?"),
        {channel});
    return v.isNull() ? QStringLiteral("refuse") : v.toString();
}

IntakeResult IntakeStore::take(const IntakeOrder& in, const QString& unknownSku)
{
    m_session.require(Permission::CreateOrders);
    if (in.externalId.trimmed().isEmpty())
        throw IntakeRejected(DocketError::Code::Invalid, QStringLiteral("missing"),
                             tr("An order from outside needs its external id."),
                             QStringLiteral("external_id"));
    if (m_session.scope().kind == Scope::Kind::Channels &&
        !m_session.scope().channels.contains(in.channel))
        throw IntakeRejected(DocketError::Code::Forbidden, QStringLiteral("forbidden"),
                             tr("%1 may not take orders for the channel \"%2\".")
                                 .arg(m_session.userName(), channel::label(in.channel)),
                             QStringLiteral("channel"));
    if (!in.ignoreReason.isEmpty())
        return {IntakeResult::Kind::Ignored, 0, {}, in.ignoreReason};
    bool retry = false;
    try {
        return takeOnce(in, unknownSku, &retry);
    } catch (const DocketError&) {
        if (!retry)
            throw;
    }
    // Someone else recorded this (channel, external id) first: it is a resend.
    retry = false;
    return takeOnce(in, unknownSku, &retry);
}

QList<IntakeResult> IntakeStore::takeMany(const QList<IntakeOrder>& orders,
                                          const QString& unknownSku, qsizetype* failedAt)
{
    QList<IntakeResult> results(orders.size());
    takeInto(orders, unknownSku, results, failedAt);
    return results;
}

void IntakeStore::takeInto(const QList<IntakeOrder>& orders, const QString& unknownSku,
                           QList<IntakeResult>& results, qsizetype* failedAt)
{
    m_session.require(Permission::CreateOrders);
    auto takeOne = [&](qsizetype i) {
        try {
            results[i] = take(orders[i], unknownSku);
        } catch (const DocketError&) {
            if (failedAt)
                *failedAt = i;
            throw;
        }
    };
    if (sql::backendOf(m_db) != Backend::PostgreSQL) {
        for (qsizetype i = 0; i < orders.size(); ++i)
            takeOne(i);
        return;
    }
    // PostgreSQL: the orders never seen before are written together, a run
    // at a time (OrderStore::createMany), the others one by one in between,
    // so that each is taken in the file's order. Which ones came before: one
    // query per channel.
    using Key = std::pair<QString, QString>;
    QSet<Key> known;
    {
        QHash<QString, QStringList> byChannel;
        for (const IntakeOrder& in : orders)
            byChannel[in.channel] << in.externalId;
        for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
            for (const QString& id : sql::valuesPresent(m_db, QStringLiteral("order_sources"),
                                                        {QStringLiteral("channel = ?"), {it.key()}},
                                                        QStringLiteral("external_id"), it.value()))
                known.insert({it.key(), id});
    }
    QList<qsizetype> run;
    auto flush = [&] {
        const QList<qsizetype> these = std::exchange(run, {});
        if (these.size() == 1)
            takeOne(these.first());
        if (these.size() <= 1)
            return;
        try {
            takeNew(orders, these, unknownSku, results);
        } catch (const DocketError&) {
            // Nothing of the run was kept: each again on its own, so that the
            // one refused is named with its own reason.
            for (qsizetype i : these)
                takeOne(i);
        }
    };
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const IntakeOrder& in = orders[i];
        const Key key{in.channel, in.externalId};
        // (Any other refusal of a new one shows when its run is written.)
        const bool fresh =
            in.ignoreReason.isEmpty() && !in.externalId.trimmed().isEmpty() && !known.contains(key);
        known.insert(key);
        if (fresh) {
            run << i;
            continue;
        }
        flush();
        takeOne(i);
    }
    flush();
}

namespace {

// An order's own refusal (bad input, no permission, an unknown order): the
// database is fine and the group goes on. Anything else (the database failed,
// a clash with another writer) ends the group.
bool isRefusal(const std::exception_ptr& error)
{
    try {
        std::rethrow_exception(error);
    } catch (const IntakeRejected&) {
        return true;
    } catch (const DocketError& e) {
        return e.code() == DocketError::Code::Invalid || e.code() == DocketError::Code::Forbidden ||
               e.code() == DocketError::Code::NotFound;
    } catch (...) {
        return false;
    }
}

bool sameSender(const IntakeTake& a, const IntakeTake& b)
{
    return a.unknownSku == b.unknownSku && a.session.userId() == b.session.userId() &&
           a.session.userName() == b.session.userName() &&
           a.session.roleName() == b.session.roleName() && a.session.scope() == b.session.scope() &&
           a.session.permissions() == b.session.permissions();
}

} // namespace

void IntakeStore::takeGroup(const QSqlDatabase& db, QList<IntakeTake>& group)
{
    auto alone = [&](IntakeTake& t) {
        t.result = {};
        t.error = nullptr;
        try {
            t.result = IntakeStore(db, t.session).take(t.order, t.unknownSku);
        } catch (...) {
            t.error = std::current_exception();
        }
    };
    const bool server = sql::backendOf(db) == Backend::PostgreSQL;
    // SQLite: a group of one is take() itself. PostgreSQL: it too goes the
    // group's way, for the summaries below.
    if (group.size() == 1 && !server) {
        alone(group.first());
        return;
    }
    bool failed = false;
    try {
        sql::WriteTransaction tx(db);
        // PostgreSQL: the group's new orders are added to the summaries once,
        // at its commit (0115, as a file import), instead of by each
        // statement's triggers. Those triggers take the summaries' lock and
        // hold it to the commit, so every other writer waited for this
        // group's lines, stock and review rules too.
        if (server)
            sql::run(db, QStringLiteral("SELECT docket_summaries_defer()"));
        sqlite3* handle = sql::sqliteHandle(db);
        qsizetype pos = 0;
        while (pos < group.size() && !failed) {
            // A run of one sender's orders.
            qsizetype end = pos + 1;
            while (end < group.size() && sameSender(group[end], group[pos]))
                ++end;
            QList<IntakeOrder> orders;
            for (qsizetype i = pos; i < end; ++i)
                orders << group[i].order;
            QList<IntakeResult> results(orders.size());
            qsizetype failedAt = -1;
            try {
                IntakeStore(db, group[pos].session)
                    .takeInto(orders, group[pos].unknownSku, results, &failedAt);
                for (qsizetype k = 0; k < orders.size(); ++k)
                    group[pos + k].result = results[k];
                pos = end;
            } catch (...) {
                const std::exception_ptr error = std::current_exception();
                // Only a refusal of one order, with the transaction still
                // open (SQLite ends it by itself on some failures), lets the
                // others go on.
                failed =
                    failedAt < 0 || !isRefusal(error) || (handle && sqlite3_get_autocommit(handle));
                if (!failed) {
                    for (qsizetype k = 0; k < failedAt; ++k)
                        group[pos + k].result = results[k];
                    group[pos + failedAt].error = error;
                    pos += failedAt + 1;
                }
            }
        }
        if (!failed)
            tx.commit();
    } catch (...) {
        failed = true; // the commit (or the BEGIN) failed: nothing was kept
    }
    if (!failed)
        return;
    for (IntakeTake& t : group)
        alone(t);
}

qint64 IntakeStore::refreshStatistics(const QSqlDatabase& db, qint64 made)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        return made;
    return sql::scalar(db, QStringLiteral("SELECT docket_orders_analyze(?)"), {made}).toLongLong();
}

void IntakeStore::takeNew(const QList<IntakeOrder>& orders, const QList<qsizetype>& these,
                          const QString& unknownSku, QList<IntakeResult>& results)
{
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    QList<Order> drafts;
    drafts.reserve(these.size());
    for (qsizetype i : these) {
        const IntakeOrder& in = orders[i];
        if (unknownSku != QLatin1String("unlinked"))
            checkSkus(in, in.order.lines);
        Order draft = in.order;
        draft.createdBy.clear();
        draft.statusFromChannel = true; // as takeOnce
        drafts << draft;
    }
    OrderStore store(m_db, m_session);
    store.setClock(m_clock);
    const QList<qint64> ids = store.createMany(drafts);
    QJsonArray sources;
    for (qsizetype k = 0; k < these.size(); ++k) {
        const IntakeOrder& in = orders[these[k]];
        sources.append(
            QJsonObject{{QStringLiteral("channel"), in.channel},
                        {QStringLiteral("external_id"), in.externalId},
                        {QStringLiteral("order_id"), QString::number(ids[k])},
                        {QStringLiteral("external_number"),
                         in.externalNumber.isEmpty() ? in.externalId : in.externalNumber},
                        {QStringLiteral("source"), in.source},
                        {QStringLiteral("payload"), payloadOf(in)}});
    }
    sql::run(m_db,
             QStringLiteral("INSERT INTO order_sources(channel, external_id, order_id, "
                            "external_number, source, payload, created_at, updated_at) SELECT "
                            "x.channel, x.external_id, CAST(x.order_id AS bigint), "
                            "x.external_number, x.source, x.payload, ?, ? FROM "
                            "jsonb_to_recordset(CAST(? AS jsonb)) AS x(channel text, external_id "
                            "text, order_id text, external_number text, source text, payload "
                            "text)"),
             {ts, ts, QString::fromUtf8(QJsonDocument(sources).toJson(QJsonDocument::Compact))});
    QHash<qint64, QString> numbers;
    QStringList idTexts;
    for (qint64 id : ids)
        idTexts << QString::number(id);
    const SqlClause in_ = sql::inList(QStringLiteral("id"), idTexts);
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT id, number FROM orders WHERE ") + in_.sql, in_.binds);
    while (q.next())
        numbers.insert(q.value(0).toLongLong(), q.value(1).toString());
    tx.commit();
    for (qsizetype k = 0; k < these.size(); ++k)
        results[these[k]] = {IntakeResult::Kind::Created, ids[k], numbers.value(ids[k]), {}};
}

QString IntakeStore::payloadOf(const IntakeOrder& in)
{
    return QString::fromUtf8(QJsonDocument(in.normalized()).toJson(QJsonDocument::Compact));
}

IntakeResult IntakeStore::takeOnce(const IntakeOrder& in, const QString& unknownSku, bool* retry)
{
    const QString payload = payloadOf(in);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    OrderStore orders(m_db, m_session);
    orders.setClock(m_clock);
    QSqlQuery found = sql::run(m_db,
                               QStringLiteral("SELECT order_id, payload FROM order_sources WHERE "
                                              "channel = ? AND external_id = ?"),
                               {in.channel, in.externalId});
    if (!found.next()) {
        if (unknownSku != QLatin1String("unlinked"))
            checkSkus(in, in.order.lines);
        Order draft = in.order;
        draft.createdBy.clear();
        // The channel reports the status from now on (see takeOnce's update
        // below): the order does not follow Docket's records.
        draft.statusFromChannel = true;
        const qint64 id = orders.create(draft);
        try {
            sql::run(m_db,
                     QStringLiteral("INSERT INTO order_sources(channel, external_id, order_id, "
                                    "external_number, source, payload, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {in.channel, in.externalId, id,
                      in.externalNumber.isEmpty() ? in.externalId : in.externalNumber, in.source,
                      payload, ts, ts});
        } catch (const DocketError& e) {
            if (e.code() == DocketError::Code::Conflict)
                *retry = true;
            throw;
        }
        const QString number =
            sql::scalar(m_db, QStringLiteral("SELECT number FROM orders WHERE id = ?"), {id})
                .toString();
        tx.commit();
        return {IntakeResult::Kind::Created, id, number, {}};
    }
    const qint64 id = found.value(0).toLongLong();
    const QString previousText = found.value(1).toString();
    if (previousText == payload) {
        const auto s = orders.summary(id);
        return {IntakeResult::Kind::Unchanged, id, s ? s->number : QString(), {}};
    }
    if (sql::scalar(m_db, QStringLiteral("SELECT 1 FROM orders WHERE id = ?"), {id}).isNull())
        return {IntakeResult::Kind::Ignored,
                id,
                {},
                tr("The order was deleted in Docket; the resend was not taken.")};
    Order current = orders.order(id); // the session's scope
    if (current.isInvalid())
        return {IntakeResult::Kind::Ignored, id, current.number,
                tr("Order %1 is marked invalid in Docket; the resend was not taken.")
                    .arg(current.number)};
    const QJsonObject previous = QJsonDocument::fromJson(previousText.toUtf8()).object();
    const QJsonObject next = in.normalized();
    // What the source changed since it last sent the order, applied to the
    // order as it is now (a clerk's own edits of other fields stay).
    Order edited = current;
    auto take = [&](const char* key, QString* field) {
        const QString k = QLatin1String(key);
        if (previous.value(k) != next.value(k))
            *field = next.value(k).toString();
    };
    take("customer_name", &edited.customerName);
    take("email", &edited.email);
    take("phone", &edited.phone);
    take("ship_street", &edited.shipTo.street);
    take("ship_city", &edited.shipTo.city);
    take("ship_postcode", &edited.shipTo.postcode);
    take("ship_region", &edited.shipTo.region);
    take("ship_country", &edited.shipTo.country);
    take("currency", &edited.currency);
    take("note", &edited.note);
    const bool linesChanged =
        !sameLines(linesOf(previous.value(QStringLiteral("lines")).toArray()), in.order.lines);
    if (linesChanged) {
        if (unknownSku != QLatin1String("unlinked"))
            checkSkus(in, in.order.lines);
        edited.lines = in.order.lines;
    }
    QString note;
    const bool headerChanged = linesChanged || edited.customerName != current.customerName ||
                               edited.email != current.email || edited.phone != current.phone ||
                               edited.shipTo != current.shipTo ||
                               edited.currency != current.currency || edited.note != current.note;
    if (headerChanged)
        current = orders.update(edited);
    if (previous.value(QStringLiteral("status")).toString() != in.order.status &&
        current.status != in.order.status) {
        const auto from = status::fromCode(current.status);
        const auto to = status::fromCode(in.order.status);
        const QList<OrderStatus> path = from && to ? pathTo(*from, *to) : QList<OrderStatus>{};
        if (path.isEmpty())
            note = tr("The status stays \"%1\": the workflow has no way from there to \"%2\".")
                       .arg(status::labelForCode(current.status),
                            status::labelForCode(in.order.status));
        for (OrderStatus step : path)
            orders.changeStatus(id, step, tr("from %1").arg(in.source));
    }
    sql::run(m_db,
             QStringLiteral("UPDATE order_sources SET payload = ?, updated_at = ? WHERE channel = "
                            "? AND external_id = ?"),
             {payload, ts, in.channel, in.externalId});
    tx.commit();
    return {IntakeResult::Kind::Updated, id, current.number, note};
}

// ---------------------------------------------------------------- channels

QList<IntakeChannel> IntakeStore::channels() const
{
    m_session.require(Permission::ChangeSettings);
    QList<IntakeChannel> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT channel, kind, unknown_sku, updated_at, "
                                                "updated_by FROM intake_channels ORDER BY "
                                                "channel"));
    while (q.next())
        out << IntakeChannel{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             sql::utcTime(q.value(3)), q.value(4).toString()};
    return out;
}

QString IntakeStore::generateSecret()
{
    if (sodium_init() < 0)
        return {};
    static const char* alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString s;
    for (int i = 0; i < 32; ++i)
        s += QLatin1Char(alphabet[randombytes_uniform(62)]);
    return s;
}

void IntakeStore::setChannel(const QString& channelCode, const QString& secret,
                             const QString& unknownSku)
{
    m_session.require(Permission::ChangeSettings);
    if (!channel::codes().contains(channelCode))
        throw DocketError(DocketError::Code::Invalid,
                          tr("There is no sales channel \"%1\"; the channels are: %2.")
                              .arg(channelCode, channel::codes().join(QStringLiteral(", "))),
                          QStringLiteral("channel"));
    if (unknownSku != QLatin1String("refuse") && unknownSku != QLatin1String("unlinked"))
        throw DocketError(DocketError::Code::Invalid,
                          tr("An unknown SKU is either refused (\"refuse\") or taken as an "
                             "unlinked line (\"unlinked\")."),
                          QStringLiteral("unknown_sku"));
    if (!secret.isNull() && (secret.size() < 16 || secret.size() > 256))
        throw DocketError(DocketError::Code::Invalid,
                          tr("A webhook secret has 16 to 256 characters."),
                          QStringLiteral("secret"));
    const bool exists =
        !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM intake_channels WHERE channel = ?"),
                     {channelCode})
             .isNull();
    if (!exists && secret.isNull())
        throw DocketError(DocketError::Code::Invalid,
                          tr("The channel \"%1\" has no webhook secret yet: give one (or let "
                             "Docket make one).")
                              .arg(channelCode),
                          QStringLiteral("secret"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), ts);
        sql::run(m_db,
                 QStringLiteral("SELECT docket_intake_channel_set(CAST(? AS text), CAST(? AS "
                                "text), CAST(? AS text), CAST(? AS text))"),
                 {channelCode, QStringLiteral("woocommerce"),
                  secret.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(secret),
                  unknownSku});
    } else {
        const QString old = sql::scalar(m_db,
                                        QStringLiteral("SELECT unknown_sku FROM intake_channels "
                                                       "WHERE channel = ?"),
                                        {channelCode})
                                .toString();
        if (exists)
            sql::run(m_db,
                     QStringLiteral("UPDATE intake_channels SET secret = COALESCE(?, secret), "
                                    "unknown_sku = ?, updated_at = ?, updated_by = ? WHERE "
                                    "channel = ?"),
                     {secret.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(secret),
                      unknownSku, ts, m_session.userName(), channelCode});
        else
            sql::run(m_db,
                     QStringLiteral("INSERT INTO intake_channels(channel, kind, secret, "
                                    "unknown_sku, updated_at, updated_by) VALUES (?, "
                                    "'woocommerce', ?, ?, ?, ?)"),
                     {channelCode, secret, unknownSku, ts, m_session.userName()});
        securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("intake_channel_set"),
                              channelCode, nn(old), unknownSku,
                              secret.isNull() ? QString() : QStringLiteral("new secret"));
    }
    tx.commit();
}

void IntakeStore::removeChannel(const QString& channelCode)
{
    settingrows::remove(
        m_db, m_session, now(),
        {QStringLiteral("SELECT docket_intake_channel_remove(CAST(? AS text))"), channelCode,
         [&](qint64) {
             const int removed =
                 sql::run(m_db, QStringLiteral("DELETE FROM intake_channels WHERE channel = ?"),
                          {channelCode})
                     .numRowsAffected();
             return removed > 0 ? channelCode : QString();
         },
         QStringLiteral("intake_channel_removed"),
         DocketError(DocketError::Code::NotFound,
                     tr("The channel \"%1\" takes no webhooks.").arg(channelCode),
                     QStringLiteral("channel"))});
}

std::optional<IntakeChannelSecret> IntakeStore::channelSecret(const QString& channelCode) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT channel, kind, secret, unknown_sku FROM "
                                          "intake_channels WHERE channel = ?"),
                           {channelCode});
    if (!q.next())
        return std::nullopt;
    return IntakeChannelSecret{q.value(0).toString(), q.value(1).toString(),
                               q.value(2).toString().toUtf8(), q.value(3).toString()};
}

// ---------------------------------------------------------------- the log

void IntakeStore::log(IntakeLogEntry e)
{
    if (e.body.size() > 8192)
        e.body = e.body.left(8192) + QStringLiteral("…");
    sql::WriteTransaction tx(m_db);
    sql::run(m_db,
             QStringLiteral("INSERT INTO intake_log(at, source, channel, external_id, principal, "
                            "status, code, field, message, remote, body) VALUES (?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ?)"),
             {e.at.isValid() ? e.at.toSecsSinceEpoch() : now(), nn(e.source), nn(e.channel),
              nn(e.externalId.left(100)), nn(e.principal), e.status, nn(e.code), nn(e.field),
              nn(e.message), nn(e.remote), nn(e.body)});
    tx.commit();
}

QList<IntakeLogEntry> IntakeStore::logEntries(int limit, const QString& channelCode) const
{
    m_session.require(Permission::ChangeSettings);
    QList<IntakeLogEntry> out;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT id, at, source, channel, external_id, principal, status, code, "
                       "field, message, remote, body FROM intake_log WHERE (? = '' OR channel = "
                       "?) ORDER BY id DESC LIMIT ?"),
        {nn(channelCode), nn(channelCode), qBound(1, limit, 10000)});
    while (q.next())
        out << IntakeLogEntry{
            q.value(0).toLongLong(), sql::utcTime(q.value(1)), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),    q.value(5).toString(),
            q.value(6).toInt(),      q.value(7).toString(),    q.value(8).toString(),
            q.value(9).toString(),   q.value(10).toString(),   q.value(11).toString()};
    return out;
}

int IntakeStore::purgeLog(qint64 before)
{
    sql::WriteTransaction tx(m_db);
    const int n = sql::run(m_db, QStringLiteral("DELETE FROM intake_log WHERE at < ?"), {before})
                      .numRowsAffected();
    tx.commit();
    return n;
}

} // namespace docket
