#pragma once

#include "domain/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace docket {

struct WebhookSubscription
{
    qint64 id = 0;
    QString url;
    QStringList events; // {"*"} for every kind
    bool active = true;
    QDateTime createdAt;
    QString createdBy;
    QDateTime removedAt;
    qint64 pending = 0;
    qint64 delivered = 0;
    qint64 failed = 0;
};

// One event due for one subscription (what the deliverer sends).
struct WebhookDelivery
{
    qint64 id = 0;
    qint64 subscriptionId = 0;
    QString url;
    QByteArray secret;
    QString eventId;
    QString kind;
    qint64 at = 0;   // when the change happened (UTC seconds)
    QString payload; // the event's data (JSON text)
    int attempts = 0;
};

// The delivery log of a subscription.
struct WebhookDeliveryLog
{
    qint64 id = 0;
    QString eventId;
    QString kind;
    QDateTime eventAt;
    QString state; // pending, delivered, failed
    int attempts = 0;
    int lastStatus = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime deliveredAt;
};

// Outbound webhooks. Events are rows of outbox_events, written by the
// database's triggers in the same transaction as the change (a new order, a
// status change), with one delivery per subscription that wants the kind;
// the gateway's deliverer sends them, signed, with retries and backoff, and
// records every attempt. Subscriptions need "change settings" (each change in
// the security log; on PostgreSQL checked again by docket_webhook_add/remove);
// the deliverer's calls need no session.
class WebhookStore
{
    Q_DECLARE_TR_FUNCTIONS(WebhookStore)

public:
    WebhookStore(QSqlDatabase db, Session session = {});

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // The kinds a subscription may ask for.
    static QStringList eventKinds();
    // Seconds to wait before attempt `attempts` + 1 after a failure; 0 when
    // the delivery gives up (after about two days).
    static qint64 retryDelay(int attempts);
    // How long a claimed delivery is left to its deliverer. Short, because a
    // deliverer that dies (kill -9, a crash, a power cut) cannot give its
    // claims back: a gateway started again sends them this long after the
    // claim at the latest. The deliverer gives every attempt at most
    // kAttemptSeconds (then aborts it) and records it at once, so a live
    // deliverer's claim does not run out while its attempt is on the wire.
    static constexpr qint64 kLeaseSeconds = 15;
    static constexpr qint64 kAttemptSeconds = 10;
    static_assert(kAttemptSeconds + 3 <= kLeaseSeconds,
                  "a delivery's lease outlasts its attempt and the recording of it");

    // ---- subscriptions (ChangeSettings) ----
    qint64 add(const QString& url, const QString& secret, const QStringList& events);
    void remove(qint64 id);
    QList<WebhookSubscription> subscriptions(bool withRemoved = false) const;
    QList<WebhookDeliveryLog> deliveries(qint64 subscriptionId, int limit = 200) const;

    // ---- the deliverer (no session) ----
    // Claims up to `limit` due deliveries for kLeaseSeconds (another
    // deliverer skips them meanwhile; a crash retries them after the lease),
    // leaving out `busy` (this deliverer's attempts still on the wire).
    QList<WebhookDelivery> claimDue(int limit, const QList<qint64>& busy = {});
    // Records one attempt: delivered, or failed with the next attempt after
    // retryDelay() (or given up).
    void recordAttempt(const WebhookDelivery& delivery, int httpStatus, const QString& error,
                       int ms, bool delivered);
    // Events all of whose deliveries ended before `before` go, with their
    // deliveries and attempts.
    int purge(qint64 before);

    // The body sent for a delivery: {"id", "type", "created_at", "data"}.
    static QByteArray body(const WebhookDelivery& d);
    // The X-Docket-Signature header's value: "sha256=" + hex HMAC-SHA256 of
    // the body with the subscription's secret.
    static QByteArray signature(const QByteArray& body, const QByteArray& secret);

private:
    qint64 now() const { return m_clock(); }

    QSqlDatabase m_db;
    Session m_session;
    std::function<qint64()> m_clock;
};

} // namespace docket
