#pragma once

#include "domain/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace docket {

struct ApiKeyInfo
{
    qint64 id = 0;
    QString name;
    QString prefix; // the key's first characters ("dk_3f9a…"), to tell keys apart
    QString roleName;
    Scope scope;
    int ratePerMinute = 0;
    QDateTime createdAt; // UTC
    QString createdBy;
    QDateTime revokedAt; // invalid while the key works
    QString revokedBy;
    QDateTime lastUsedAt;
    bool isRevoked() const { return revokedAt.isValid(); }
};

// A key as made: `key` is shown once and kept nowhere.
struct NewApiKey
{
    qint64 id = 0;
    QString key;
};

// Who calls when a key is presented: the key's name and a session with its
// role's permissions in its scope, acting as "key:NAME".
struct ApiPrincipal
{
    qint64 keyId = 0;
    QString name;
    Session session;
    int ratePerMinute = 0;
};

// One call of the API, for the call log.
struct ApiCall
{
    qint64 at = 0; // UTC seconds
    qint64 keyId = 0;
    QString principal;
    QString method;
    QString path;
    int status = 0;
    QString remote;
    int ms = 0;
};

// API keys for other systems (ERP, CRM, shops), bound to a role and a scope.
// A key is a random secret (libsodium) shown once; the database keeps its
// SHA-256 and its prefix. Making, listing and revoking keys needs "manage
// users" and each is in the security log; on PostgreSQL the server checks
// again (docket_apikey_create, docket_apikey_revoke). authenticate() needs no
// session: the gateway checks a presented key with it.
class ApiKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyStore)

public:
    ApiKeyStore(QSqlDatabase db, Session session = {});

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    NewApiKey create(const QString& name, const QString& roleName, const Scope& scope,
                     int ratePerMinute = 600);
    QList<ApiKeyInfo> list() const;
    // By name or id; NotFound when there is none, Conflict when revoked already.
    void revoke(const QString& nameOrId);

    // The principal of `key`; nullopt for an unknown, malformed or revoked
    // key (one answer for all: nothing tells which).
    std::optional<ApiPrincipal> authenticate(const QString& key) const;

    // The gateway's bookkeeping (no session): when keys were last used, the
    // call log, and dropping call log entries older than `before`.
    void touch(const QHash<qint64, qint64>& lastUsed);
    void recordCalls(const QList<ApiCall>& calls);
    int purgeCalls(qint64 before);
    QList<ApiCall> calls(const QString& keyName = {}, int limit = 200) const; // ManageUsers

    // "key:NAME", the name a key acts under in the audit trail.
    static QString actorName(const QString& keyName);
    // Key names: 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.
    static bool isValidName(const QString& name);

private:
    void requireManageUsers() const;
    qint64 now() const { return m_clock(); }

    QSqlDatabase m_db;
    Session m_session;
    std::function<qint64()> m_clock;
};

} // namespace docket
