#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace docket {

// Idempotent POSTs of the gateway (issue 16): the answer to a request sent
// with an Idempotency-Key header, kept per API key in the same transaction as
// the write it answers (see resources/sql/sqlite/0076). once() is the whole
// unit: it opens the transaction, gives the answer kept for the key, or runs
// the write (whose stores nest in that transaction) and keeps its answer when
// it succeeded, then commits. A PostgreSQL service account writes through
// docket_idempotency_remember/_purge.
struct KeptAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray location; // the Location header, if the answer had one
};

// What identifies a request sent with a key.
struct IdempotentRequest
{
    qint64 apiKeyId = 0;
    QString key;     // the header's value
    QString route;   // "POST /api/v1/orders/1001/payments"
    QByteArray hash; // requestHash()
};

class IdempotencyStore
{
    Q_DECLARE_TR_FUNCTIONS(IdempotencyStore)

public:
    // How long an answer is kept: a client retries within minutes; a day.
    static constexpr qint64 kKeepSeconds = 86400;

    explicit IdempotencyStore(QSqlDatabase db);

    // The header's name, and the field of the errors about it.
    static QString field();
    // Refuses a key that is empty, longer than 255 characters or not visible
    // ASCII: DocketError(Invalid) naming the header.
    static void checkKey(const QString& key);
    // The SHA-256 (hex) of what identifies a request: method, path, body.
    static QByteArray requestHash(const QByteArray& method, const QString& path,
                                  const QByteArray& body);

    struct Outcome
    {
        KeptAnswer answer;
        bool replayed = false; // the kept answer; `write` did not run
    };
    // Checks the key, then in one WriteTransaction: the answer kept for
    // (apiKeyId, key) when there is one (a request with the same key still
    // running is waited for first), else write()'s, kept when it is a 2xx.
    // A refusal (any other status) is not kept: the corrected request may use
    // the same key; what write() wrote with it (an intake log row) stays. The
    // same key with another request is DocketError(Invalid) naming the
    // header. An exception from write() rolls everything back.
    Outcome once(const IdempotentRequest& request, const std::function<KeptAnswer()>& write,
                 qint64 now) const;

    // Inside the caller's WriteTransaction: waits for another request with
    // the same key that is still running (PostgreSQL; SQLite writes one at a
    // time anyway), then gives the answer kept for the key since
    // now - kKeepSeconds, or nothing. The same key with another request is
    // refused as in once().
    std::optional<KeptAnswer> find(const IdempotentRequest& request, qint64 now) const;
    // Keeps a successful (2xx) answer, in the caller's transaction (over an
    // expired one of the same key).
    void remember(const IdempotentRequest& request, const KeptAnswer& answer, qint64 now) const;
    // Forgets answers kept before `before` (UTC seconds); how many.
    int purge(qint64 before) const;

private:
    QSqlDatabase m_db;
};

} // namespace docket
