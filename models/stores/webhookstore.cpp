#include "webhookstore.h"
#include "securitylog.h"
#include "settingrows.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace docket {

WebhookStore::WebhookStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

QStringList WebhookStore::eventKinds()
{
    return {QStringLiteral("order.created"),    QStringLiteral("order.status_changed"),
            QStringLiteral("payment.created"),  QStringLiteral("refund.created"),
            QStringLiteral("shipment.created"), QStringLiteral("return.created")};
}

qint64 WebhookStore::retryDelay(int attempts)
{
    // 10 s, 30 s, 1 min, 5 min, 15 min, 1 h, 3 h, 6 h, 12 h, 24 h: then give up.
    static const qint64 delays[] = {10, 30, 60, 300, 900, 3600, 10800, 21600, 43200, 86400};
    if (attempts < 1 || attempts > int(std::size(delays)))
        return 0;
    return delays[attempts - 1];
}

qint64 WebhookStore::add(const QString& urlText, const QString& secret, const QStringList& events)
{
    m_session.require(Permission::ChangeSettings);
    const QUrl url(urlText.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        urlText.size() > 2000)
        throw DocketError(DocketError::Code::Invalid,
                          tr("\"%1\" is not an http:// or https:// address.").arg(urlText),
                          QStringLiteral("url"));
    if (secret.size() < 16 || secret.size() > 256)
        throw DocketError(DocketError::Code::Invalid,
                          tr("A webhook secret has 16 to 256 characters."),
                          QStringLiteral("secret"));
    QStringList kinds = events;
    if (kinds.isEmpty())
        kinds = {QStringLiteral("*")};
    for (const QString& k : kinds)
        if (k != QLatin1String("*") && !eventKinds().contains(k))
            throw DocketError(DocketError::Code::Invalid,
                              tr("There is no event \"%1\"; the events are: %2.")
                                  .arg(k, eventKinds().join(QStringLiteral(", "))),
                              QStringLiteral("events"));
    if (kinds.contains(QStringLiteral("*")))
        kinds = {QStringLiteral("*")};
    const QString eventsText = kinds.join(QLatin1Char(','));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    qint64 id = 0;
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), ts);
        id = sql::scalar(m_db,
                         QStringLiteral("SELECT docket_webhook_add(CAST(? AS text), CAST(? AS "
                                        "text), CAST(? AS text))"),
                         {url.toString(), secret, eventsText})
                 .toLongLong();
    } else {
        sql::run(m_db,
                 QStringLiteral("INSERT INTO webhook_subscriptions(url, secret, events, active, "
                                "created_at, created_by) VALUES (?, ?, ?, 1, ?, ?)"),
                 {url.toString(), secret, eventsText, ts, m_session.userName()});
        id = sql::scalar(m_db, QStringLiteral("SELECT MAX(id) FROM webhook_subscriptions"))
                 .toLongLong();
        securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("webhook_added"),
                              url.toString(), {}, eventsText);
    }
    tx.commit();
    return id;
}

void WebhookStore::remove(qint64 id)
{
    settingrows::remove(
        m_db, m_session, now(),
        {QStringLiteral("SELECT docket_webhook_remove(CAST(? AS bigint))"), id,
         [&](qint64 ts) {
             const QString url = sql::scalar(m_db,
                                             QStringLiteral("SELECT url FROM "
                                                            "webhook_subscriptions WHERE id = ? "
                                                            "AND active = 1"),
                                             {id})
                                     .toString();
             if (url.isEmpty())
                 return QString();
             sql::run(m_db,
                      QStringLiteral("UPDATE webhook_subscriptions SET active = 0, "
                                     "removed_at = ?, removed_by = ? WHERE id = ?"),
                      {ts, m_session.userName(), id});
             sql::run(m_db,
                      QStringLiteral("UPDATE webhook_deliveries SET state = 'failed', last_error "
                                     "= 'subscription removed' WHERE subscription_id = ? AND "
                                     "state = 'pending'"),
                      {id});
             return url;
         },
         QStringLiteral("webhook_removed"),
         DocketError(DocketError::Code::NotFound,
                     tr("There is no active webhook with the id %1.").arg(id),
                     QStringLiteral("id"))});
}

QList<WebhookSubscription> WebhookStore::subscriptions(bool withRemoved) const
{
    m_session.require(Permission::ChangeSettings);
    QList<WebhookSubscription> out;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT s.id, s.url, s.events, s.active, s.created_at, s.created_by, s.removed_at, "
            "(SELECT COUNT(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND "
            "d.state = 'pending'), (SELECT COUNT(*) FROM webhook_deliveries d WHERE "
            "d.subscription_id = s.id AND d.state = 'delivered'), (SELECT COUNT(*) FROM "
            "webhook_deliveries d WHERE d.subscription_id = s.id AND d.state = 'failed') FROM "
            "webhook_subscriptions s WHERE s.active = 1 OR ? ORDER BY s.id"),
        {withRemoved});
    while (q.next()) {
        WebhookSubscription s;
        s.id = q.value(0).toLongLong();
        s.url = q.value(1).toString();
        s.events = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.active = q.value(3).toInt() != 0;
        s.createdAt = sql::utcTime(q.value(4));
        s.createdBy = q.value(5).toString();
        s.removedAt = sql::utcTime(q.value(6));
        s.pending = q.value(7).toLongLong();
        s.delivered = q.value(8).toLongLong();
        s.failed = q.value(9).toLongLong();
        out << s;
    }
    return out;
}

QList<WebhookDeliveryLog> WebhookStore::deliveries(qint64 subscriptionId, int limit) const
{
    m_session.require(Permission::ChangeSettings);
    QList<WebhookDeliveryLog> out;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT d.id, e.event_id, e.kind, e.at, d.state, d.attempts, "
                       "COALESCE(d.last_status, 0), d.last_error, d.next_attempt_at, "
                       "d.delivered_at FROM webhook_deliveries d JOIN outbox_events e ON e.id = "
                       "d.event_id WHERE d.subscription_id = ? ORDER BY d.id DESC LIMIT ?"),
        {subscriptionId, qBound(1, limit, 10000)});
    while (q.next())
        out << WebhookDeliveryLog{q.value(0).toLongLong(),  q.value(1).toString(),
                                  q.value(2).toString(),    sql::utcTime(q.value(3)),
                                  q.value(4).toString(),    q.value(5).toInt(),
                                  q.value(6).toInt(),       q.value(7).toString(),
                                  sql::utcTime(q.value(8)), sql::utcTime(q.value(9))};
    return out;
}

QList<WebhookDelivery> WebhookStore::claimDue(int limit, const QList<qint64>& busy)
{
    const qint64 ts = now();
    const Backend backend = sql::backendOf(m_db);
    const bool pg = backend == Backend::PostgreSQL;
    sql::WriteTransaction tx(m_db);
    QList<WebhookDelivery> out;
    {
        QVariantList binds{ts};
        QString notBusy;
        if (!busy.isEmpty()) {
            notBusy = QStringLiteral(" AND d.id NOT IN ") + dialect::idListSubquery(backend);
            binds << dialect::idListParam(backend, busy);
        }
        binds << limit;
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT d.id, d.subscription_id, s.url, s.secret, e.event_id, e.kind, "
                           "e.at, e.payload, d.attempts FROM webhook_deliveries d JOIN "
                           "webhook_subscriptions s ON s.id = d.subscription_id JOIN "
                           "outbox_events e ON e.id = d.event_id WHERE d.state = 'pending' AND "
                           "d.next_attempt_at <= ? AND s.active = 1") +
                notBusy + QStringLiteral(" ORDER BY d.next_attempt_at, d.id LIMIT ?") +
                (pg ? QStringLiteral(" FOR UPDATE OF d SKIP LOCKED") : QString()),
            binds);
        while (q.next())
            out << WebhookDelivery{
                q.value(0).toLongLong(),        q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toString().toUtf8(), q.value(4).toString(),   q.value(5).toString(),
                q.value(6).toLongLong(),        q.value(7).toString(),   q.value(8).toInt()};
    }
    if (out.isEmpty())
        return out;
    QList<qint64> ids;
    for (const WebhookDelivery& d : out)
        ids << d.id;
    sql::run(m_db,
             QStringLiteral("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id IN ") +
                 dialect::idListSubquery(backend),
             {ts + kLeaseSeconds, dialect::idListParam(backend, ids)});
    tx.commit();
    return out;
}

void WebhookStore::recordAttempt(const WebhookDelivery& d, int httpStatus, const QString& error,
                                 int ms, bool delivered)
{
    const qint64 ts = now();
    const int attempts = d.attempts + 1;
    sql::WriteTransaction tx(m_db);
    if (delivered) {
        sql::run(m_db,
                 QStringLiteral("UPDATE webhook_deliveries SET state = 'delivered', attempts = "
                                "?, last_status = ?, last_error = '', delivered_at = ? WHERE id = "
                                "? AND state = 'pending'"),
                 {attempts, httpStatus, ts, d.id});
    } else {
        const qint64 delay = retryDelay(attempts);
        sql::run(m_db,
                 QStringLiteral("UPDATE webhook_deliveries SET state = ?, attempts = ?, "
                                "last_status = ?, last_error = ?, next_attempt_at = ? WHERE id = ? "
                                "AND state = 'pending'"),
                 {delay > 0 ? QStringLiteral("pending") : QStringLiteral("failed"), attempts,
                  httpStatus, error.isNull() ? QStringLiteral("") : error.left(500), ts + delay,
                  d.id});
    }
    sql::run(m_db,
             QStringLiteral("INSERT INTO webhook_attempts(delivery_id, at, status, error, ms) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {d.id, ts, httpStatus, error.isNull() ? QStringLiteral("") : error.left(500), ms});
    tx.commit();
}

int WebhookStore::purge(qint64 before)
{
    sql::WriteTransaction tx(m_db);
    const int n =
        sql::run(m_db,
                 QStringLiteral("DELETE FROM outbox_events WHERE at < ? AND NOT EXISTS (SELECT 1 "
                                "FROM webhook_deliveries d WHERE d.event_id = outbox_events.id "
                                "AND d.state = 'pending')"),
                 {before})
            .numRowsAffected();
    tx.commit();
    return n;
}

QByteArray WebhookStore::body(const WebhookDelivery& d)
{
    const QJsonObject data = QJsonDocument::fromJson(d.payload.toUtf8()).object();
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), d.eventId},
                           {QStringLiteral("type"), d.kind},
                           {QStringLiteral("created_at"),
                            QDateTime::fromSecsSinceEpoch(d.at, Qt::UTC).toString(Qt::ISODate)},
                           {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QByteArray WebhookStore::signature(const QByteArray& body, const QByteArray& secret)
{
    return "sha256=" +
           QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

} // namespace docket
