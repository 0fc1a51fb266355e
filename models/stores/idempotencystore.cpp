#include "idempotencystore.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace docket {

namespace {

// pg_advisory_xact_lock's first key for idempotency keys (trackingintake uses 7310586).
constexpr int kLockClass = 7310587;

} // namespace

IdempotencyStore::IdempotencyStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString IdempotencyStore::field()
{
    return QStringLiteral("Idempotency-Key");
}

void IdempotencyStore::checkKey(const QString& key)
{
    bool visible = !key.isEmpty();
    for (const QChar c : key)
        visible = visible && c.unicode() > 0x20 && c.unicode() < 0x7f;
    if (!visible || key.size() > 255)
        throw DocketError(DocketError::Code::Invalid,
                          tr("The Idempotency-Key header must be 1 to 255 visible ASCII "
                             "characters (a UUID, for example)."),
                          field());
}

QByteArray IdempotencyStore::requestHash(const QByteArray& method, const QString& path,
                                         const QByteArray& body)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(method);
    h.addData(QByteArrayView(" "));
    h.addData(path.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(body);
    return h.result().toHex();
}

IdempotencyStore::Outcome IdempotencyStore::once(const IdempotentRequest& request,
                                                 const std::function<KeptAnswer()>& write,
                                                 qint64 now) const
{
    checkKey(request.key);
    sql::WriteTransaction tx(m_db);
    if (auto kept = find(request, now))
        return {std::move(*kept), true};
    Outcome out{write(), false};
    if (out.answer.status >= 200 && out.answer.status < 300)
        remember(request, out.answer, now);
    tx.commit();
    return out;
}

std::optional<KeptAnswer> IdempotencyStore::find(const IdempotentRequest& request, qint64 now) const
{
    // The second of two requests with one key waits here until the first
    // committed (or rolled back), then reads what it kept.
    if (sql::backendOf(m_db) == Backend::PostgreSQL)
        sql::run(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?, hashtext(?))"),
                 {kLockClass, QStringLiteral("%1:%2").arg(request.apiKeyId).arg(request.key)});
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT route, request_hash, status, body, location "
                                          "FROM idempotency_keys WHERE api_key_id = ? AND key = ? "
                                          "AND created_at >= ?"),
                           {request.apiKeyId, request.key, now - kKeepSeconds});
    if (!q.next())
        return std::nullopt;
    if (q.value(0).toString() != request.route || q.value(1).toString().toLatin1() != request.hash)
        throw DocketError(DocketError::Code::Invalid,
                          tr("The Idempotency-Key \"%1\" was already used for another request "
                             "(%2, or another body); send a new key for a new request.")
                              .arg(request.key, q.value(0).toString()),
                          field());
    return KeptAnswer{q.value(2).toInt(), q.value(3).toString().toUtf8(),
                      q.value(4).toString().toUtf8()};
}

void IdempotencyStore::remember(const IdempotentRequest& request, const KeptAnswer& answer,
                                qint64 now) const
{
    const QString body = QString::fromUtf8(answer.body);
    // Not NULL: no Location is ''.
    const QString location =
        answer.location.isEmpty() ? QStringLiteral("") : QString::fromUtf8(answer.location);
    const QString hash = QString::fromLatin1(request.hash);
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        sql::run(
            m_db, QStringLiteral("SELECT docket_idempotency_remember(?, ?, ?, ?, ?, ?, ?)"),
            {request.apiKeyId, request.key, request.route, hash, answer.status, body, location});
        return;
    }
    // As docket_idempotency_remember: an expired answer of the key is
    // replaced, a live one never (find() gave it, under the write lock).
    const int kept =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO idempotency_keys(api_key_id, key, route, "
                                "request_hash, status, body, location, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (api_key_id, key) DO UPDATE SET "
                                "route = excluded.route, request_hash = excluded.request_hash, "
                                "status = excluded.status, body = excluded.body, "
                                "location = excluded.location, created_at = excluded.created_at "
                                "WHERE idempotency_keys.created_at < ?"),
                 {request.apiKeyId, request.key, request.route, hash, answer.status, body, location,
                  now, now - kKeepSeconds})
            .numRowsAffected();
    if (kept != 1)
        throw DocketError(
            DocketError::Code::Conflict,
            tr("The Idempotency-Key \"%1\" is in use by another request.").arg(request.key),
            field());
}

int IdempotencyStore::purge(qint64 before) const
{
    if (sql::backendOf(m_db) == Backend::PostgreSQL)
        return sql::scalar(m_db, QStringLiteral("SELECT docket_idempotency_purge(?)"), {before})
            .toInt();
    return sql::run(m_db, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"),
                    {before})
        .numRowsAffected();
}

} // namespace docket
