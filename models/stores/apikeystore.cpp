#include "apikeystore.h"
#include "securitylog.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "domain/order.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <sodium.h>

namespace docket {

namespace {

const char* kAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
constexpr int kPrefixLength = 12;
constexpr int kSecretLength = 32;

QString randomText(int length)
{
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(kAlphabet[randombytes_uniform(36)]);
    return s;
}

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// "dk_<prefix>_<secret>" -> prefix; empty when the text is not a key.
QString prefixOf(const QString& key)
{
    static const QRegularExpression re(
        QStringLiteral("^dk_([a-z0-9]{%1})_[a-z0-9]{%2}$").arg(kPrefixLength).arg(kSecretLength));
    const auto m = re.match(key);
    return m.hasMatch() ? m.captured(1) : QString();
}

QSet<Permission> permissionsOfRole(const QSqlDatabase& db, qint64 roleId)
{
    QSet<Permission> out;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT permission FROM role_permissions WHERE "
                                          "role_id = ?"),
                           {roleId});
    while (q.next()) {
        Permission p;
        if (permission::fromCode(q.value(0).toString(), &p))
            out.insert(p);
    }
    return out;
}

} // namespace

ApiKeyStore::ApiKeyStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    if (sodium_init() < 0)
        throw DocketError(DocketError::Code::Database,
                          tr("The cryptography library failed to start."));
}

QString ApiKeyStore::actorName(const QString& keyName)
{
    return QStringLiteral("key:") + keyName;
}

bool ApiKeyStore::isValidName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

void ApiKeyStore::requireManageUsers() const
{
    m_session.require(Permission::ManageUsers);
}

NewApiKey ApiKeyStore::create(const QString& nameIn, const QString& roleName, const Scope& scope,
                              int ratePerMinute)
{
    requireManageUsers();
    const QString name = nameIn.trimmed();
    if (!isValidName(name))
        throw DocketError(DocketError::Code::Invalid,
                          tr("A key's name is 1 to 64 letters, digits, dots, dashes or "
                             "underscores, starting with a letter or digit: \"%1\" is not.")
                              .arg(name),
                          QStringLiteral("name"));
    if (ratePerMinute < 1 || ratePerMinute > 1000000)
        throw DocketError(DocketError::Code::Invalid,
                          tr("The rate limit is a number of calls per minute from 1 to "
                             "1,000,000."),
                          QStringLiteral("rate"));
    if (scope.kind == Scope::Kind::Channels) {
        if (scope.channels.isEmpty())
            throw DocketError(DocketError::Code::Invalid, tr("Name at least one channel."),
                              QStringLiteral("scope"));
        for (const QString& c : scope.channels)
            if (!channel::codes().contains(c))
                throw DocketError(DocketError::Code::Invalid,
                                  tr("There is no sales channel \"%1\".").arg(c),
                                  QStringLiteral("scope"));
    }
    const QVariant roleId = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM roles WHERE lower(name) = lower(?)"), {roleName});
    if (roleId.isNull())
        throw DocketError(DocketError::Code::Invalid, tr("There is no role \"%1\".").arg(roleName),
                          QStringLiteral("role"));
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM api_keys WHERE lower(name) = lower(?)"),
                     {name})
             .isNull())
        throw DocketError(DocketError::Code::Conflict,
                          tr("An API key called \"%1\" exists already.").arg(name),
                          QStringLiteral("name"));
    NewApiKey made;
    const QString prefix = randomText(kPrefixLength);
    made.key = QStringLiteral("dk_") + prefix + QLatin1Char('_') + randomText(kSecretLength);
    const QString hash = sha256Hex(made.key);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), ts);
        made.id = sql::scalar(m_db,
                              QStringLiteral("SELECT docket_apikey_create(CAST(? AS text), CAST(? "
                                             "AS text), CAST(? AS text), CAST(? AS text), CAST(? "
                                             "AS text), CAST(? AS integer))"),
                              {name, prefix, hash, roleName, scope.toString(), ratePerMinute})
                      .toLongLong();
    } else {
        sql::run(m_db,
                 QStringLiteral("INSERT INTO api_keys(name, prefix, key_hash, role_id, scope, "
                                "rate_per_minute, created_at, created_by) VALUES (?, ?, ?, ?, ?, "
                                "?, ?, ?)"),
                 {name, prefix, hash, roleId, scope.toString(), ratePerMinute, ts,
                  m_session.userName()});
        made.id =
            sql::scalar(m_db, QStringLiteral("SELECT id FROM api_keys WHERE prefix = ?"), {prefix})
                .toLongLong();
        securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("apikey_created"),
                              name, {}, roleName + QLatin1Char(' ') + scope.toString());
    }
    tx.commit();
    return made;
}

QList<ApiKeyInfo> ApiKeyStore::list() const
{
    requireManageUsers();
    QList<ApiKeyInfo> out;
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT k.id, k.name, k.prefix, r.name, k.scope, k.rate_per_minute, "
                             "k.created_at, k.created_by, k.revoked_at, k.revoked_by, "
                             "k.last_used_at FROM api_keys k JOIN roles r ON r.id = k.role_id "
                             "ORDER BY lower(k.name)"));
    while (q.next()) {
        ApiKeyInfo k;
        k.id = q.value(0).toLongLong();
        k.name = q.value(1).toString();
        k.prefix = QStringLiteral("dk_") + q.value(2).toString();
        k.roleName = q.value(3).toString();
        k.scope = Scope::fromString(q.value(4).toString());
        k.ratePerMinute = q.value(5).toInt();
        k.createdAt = sql::utcTime(q.value(6));
        k.createdBy = q.value(7).toString();
        k.revokedAt = sql::utcTime(q.value(8));
        k.revokedBy = q.value(9).toString();
        k.lastUsedAt = sql::utcTime(q.value(10));
        out << k;
    }
    return out;
}

void ApiKeyStore::revoke(const QString& nameOrId)
{
    requireManageUsers();
    bool isId = false;
    const qint64 asId = nameOrId.toLongLong(&isId);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, name, revoked_at FROM api_keys WHERE "
                                          "lower(name) = lower(?) OR id = ?"),
                           {nameOrId.trimmed(), isId ? asId : -1});
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no API key \"%1\".").arg(nameOrId), QStringLiteral("name"));
    const qint64 id = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    if (!q.value(2).isNull())
        throw DocketError(DocketError::Code::Conflict,
                          tr("The API key \"%1\" is revoked already.").arg(name),
                          QStringLiteral("name"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), ts);
        sql::run(m_db, QStringLiteral("SELECT docket_apikey_revoke(CAST(? AS bigint))"), {id});
    } else {
        sql::run(m_db,
                 QStringLiteral("UPDATE api_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? "
                                "AND revoked_at IS NULL"),
                 {ts, m_session.userName(), id});
        securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("apikey_revoked"),
                              name);
    }
    tx.commit();
}

std::optional<ApiPrincipal> ApiKeyStore::authenticate(const QString& key) const
{
    const QString prefix = prefixOf(key.trimmed());
    if (prefix.isEmpty())
        return std::nullopt;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT k.id, k.name, k.key_hash, k.scope, "
                                          "k.rate_per_minute, k.role_id, r.name, k.revoked_at "
                                          "FROM api_keys k JOIN roles r ON r.id = k.role_id "
                                          "WHERE k.prefix = ?"),
                           {prefix});
    if (!q.next())
        return std::nullopt;
    const QByteArray stored = q.value(2).toString().toLatin1();
    const QByteArray presented = sha256Hex(key.trimmed()).toLatin1();
    if (stored.size() != presented.size() ||
        sodium_memcmp(stored.constData(), presented.constData(), size_t(stored.size())) != 0 ||
        !q.value(7).isNull())
        return std::nullopt;
    ApiPrincipal p;
    p.keyId = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.ratePerMinute = q.value(4).toInt();
    p.session = Session(0, actorName(p.name), permissionsOfRole(m_db, q.value(5).toLongLong()),
                        Scope::fromString(q.value(3).toString()), q.value(6).toString());
    return p;
}

void ApiKeyStore::touch(const QHash<qint64, qint64>& lastUsed)
{
    if (lastUsed.isEmpty())
        return;
    sql::WriteTransaction tx(m_db);
    QSqlQuery u = sql::prepare(m_db, QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE "
                                                    "id = ? AND (last_used_at IS NULL OR "
                                                    "last_used_at < ?)"));
    for (auto it = lastUsed.begin(); it != lastUsed.end(); ++it) {
        u.bindValue(0, it.value());
        u.bindValue(1, it.key());
        u.bindValue(2, it.value());
        sql::exec(u);
    }
    tx.commit();
}

void ApiKeyStore::recordCalls(const QList<ApiCall>& calls)
{
    if (calls.isEmpty())
        return;
    sql::WriteTransaction tx(m_db);
    QSqlQuery ins = sql::prepare(m_db, QStringLiteral("INSERT INTO api_calls(at, key_id, "
                                                      "principal, method, path, status, remote, "
                                                      "ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ApiCall& c : calls) {
        ins.bindValue(0, c.at);
        ins.bindValue(1, c.keyId ? QVariant(c.keyId) : QVariant(QMetaType(QMetaType::LongLong)));
        ins.bindValue(2, c.principal.isNull() ? QStringLiteral("") : c.principal);
        ins.bindValue(3, c.method);
        ins.bindValue(4, c.path.left(500));
        ins.bindValue(5, c.status);
        ins.bindValue(6, c.remote.isNull() ? QStringLiteral("") : c.remote);
        ins.bindValue(7, c.ms);
        sql::exec(ins);
    }
    tx.commit();
}

int ApiKeyStore::purgeCalls(qint64 before)
{
    // PostgreSQL: the service account has no SELECT on the log (0080).
    if (sql::backendOf(m_db) == Backend::PostgreSQL)
        return sql::scalar(m_db, QStringLiteral("SELECT docket_api_calls_purge(?)"), {before})
            .toInt();
    sql::WriteTransaction tx(m_db);
    const int n = sql::run(m_db, QStringLiteral("DELETE FROM api_calls WHERE at < ?"), {before})
                      .numRowsAffected();
    tx.commit();
    return n;
}

QList<ApiCall> ApiKeyStore::calls(const QString& keyName, int limit) const
{
    requireManageUsers();
    QList<ApiCall> out;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT at, COALESCE(key_id, 0), principal, method, path, status, remote, "
                       "ms FROM api_calls WHERE (? = '' OR principal = ?) ORDER BY id DESC "
                       "LIMIT ?"),
        {keyName, actorName(keyName), qBound(1, limit, 10000)});
    while (q.next())
        out << ApiCall{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(),   q.value(5).toInt(),
                       q.value(6).toString(),   q.value(7).toInt()};
    return out;
}

} // namespace docket
