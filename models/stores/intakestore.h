#pragma once

#include "domain/errors.h"
#include "domain/intakeorder.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <exception>
#include <functional>
#include <optional>

namespace docket {

// A refusal of an order from outside with its code word for programs
// ("unknown_sku"); a DocketError like any other.
class IntakeRejected : public DocketError
{
public:
    IntakeRejected(Code code, QString reason, QString message, QString field = {})
        : DocketError(code, std::move(message), std::move(field)), m_reason(std::move(reason))
    {
    }
    const QString& reason() const noexcept { return m_reason; }

private:
    QString m_reason;
};

struct IntakeResult
{
    enum class Kind { Created, Updated, Unchanged, Ignored };
    Kind kind = Kind::Created;
    qint64 orderId = 0;
    QString number;
    QString note;         // why it was ignored, or what was not applied
    QString code() const; // "created", "updated", "unchanged", "ignored"
};

// One order of a group taken together (IntakeStore::takeGroup, the gateway's
// group commit): who sends it, under which unknown-SKU rule, and what came
// of it.
struct IntakeTake
{
    IntakeOrder order;
    Session session;
    QString unknownSku = QStringLiteral("refuse");
    IntakeResult result;      // when it was taken
    std::exception_ptr error; // else what take() throws for it (a DocketError)
};

// A sales channel's signed webhooks, as administrators see it (no secret).
struct IntakeChannel
{
    QString channel;
    QString kind;       // "woocommerce"
    QString unknownSku; // "refuse" | "unlinked"
    QDateTime updatedAt;
    QString updatedBy;
};

// What the gateway checks a webhook with.
struct IntakeChannelSecret
{
    QString channel;
    QString kind;
    QByteArray secret;
    QString unknownSku;
};

struct IntakeLogEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString source;
    QString channel;
    QString externalId;
    QString principal;
    int status = 0;
    QString code;
    QString field;
    QString message;
    QString remote;
    QString body;
};

// Orders from outside (the gateway's webhooks and API, file imports) through
// the same OrderStore as the desk: the session's permissions and scope, the
// desk's validation, the audit trail under the session's name. Idempotent by
// (channel, external id): the first time creates the order and records where
// it came from (order_sources) in the same transaction; a resend that differs
// from what the source sent last changes what the source changed (header
// fields, lines; the status along the workflow), one that does not changes
// nothing; a resend of a deleted or invalid order is ignored. Never a second
// order: on PostgreSQL two gateways taking the same new order at once meet at
// order_sources' key, and the loser's transaction is rolled back and retried
// as a resend.
class IntakeStore
{
    Q_DECLARE_TR_FUNCTIONS(IntakeStore)

public:
    IntakeStore(QSqlDatabase db, Session session);

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // `unknownSku`: "refuse" (an unknown SKU refuses the order, nothing is
    // written) or "unlinked" (the line is taken without a catalogue product).
    // Throws IntakeRejected / DocketError; writes nothing then.
    IntakeResult take(const IntakeOrder& order,
                      const QString& unknownSku = QStringLiteral("refuse"));
    // Many orders in their order, all or nothing (call inside the caller's
    // transaction), each with the result take() gives it. On PostgreSQL the
    // ones never seen before are created together (OrderStore::createMany);
    // when one of them is refused, each is tried again on its own so that
    // the error is the one take() gives for it. `failedAt`: the index of
    // the order refused.
    // When it throws, the orders before `failedAt` are taken (in the caller's
    // transaction) and none after it; the refused one left nothing.
    QList<IntakeResult> takeMany(const QList<IntakeOrder>& orders, const QString& unknownSku,
                                 qsizetype* failedAt = nullptr);
    // Takes `group` in its order in ONE transaction (one commit), each order
    // under its own session and rule, each with the result or the refusal
    // take() gives it after the ones before it: a refused order leaves
    // nothing of itself and the others are written. Consecutive orders of
    // one session and rule go through takeMany (on PostgreSQL the new ones
    // through one OrderStore::createMany). When the database fails rather
    // than refuses (an error that is not a refusal, or the commit), nothing
    // of the group is kept and each order is taken again in a transaction of
    // its own, exactly as take() alone. On SQLite a group of one is take()
    // itself. On PostgreSQL the group's summaries are added up at its commit
    // (docket_summaries_defer(), as a file import).
    // Call outside any transaction: what it reports is committed.
    static void takeGroup(const QSqlDatabase& db, QList<IntakeTake>& group);
    // PostgreSQL: the order tables' planner statistics, refreshed when
    // `made` (the orders a long-running taker such as the gateway has made)
    // is at least what the statistics know of and at least 1,000
    // (docket_orders_analyze, 0101: a new database keeps the statistics of
    // empty tables until autovacuum runs, and the plans of the review rules'
    // look-ups made for them read every order). Returns the number of orders
    // the statistics know of; SQLite: nothing to do, returns `made`.
    static qint64 refreshStatistics(const QSqlDatabase& db, qint64 made);
    // Where order `orderId` came from: (channel, external id); nullopt for an
    // order made in Docket. The caller has read the order (its scope).
    std::optional<std::pair<QString, QString>> sourceOf(qint64 orderId) const;
    // The unknown-SKU rule of a channel ("refuse" when it has none).
    QString unknownSkuRule(const QString& channel) const;

    // ---- the channels' webhook secrets (ChangeSettings) ----
    QList<IntakeChannel> channels() const;
    // Sets the channel's secret (null: keep it; a new channel needs one) and
    // its unknown-SKU rule. In the security log, without the secret.
    void setChannel(const QString& channel, const QString& secret, const QString& unknownSku);
    void removeChannel(const QString& channel);
    // A random secret for a shop's webhook settings (32 letters and digits).
    static QString generateSecret();
    // For the gateway: the channel's secret. No permission check here; on
    // PostgreSQL only service accounts may read secrets at all.
    std::optional<IntakeChannelSecret> channelSecret(const QString& channel) const;

    // ---- the intake log ----
    // Records a refusal (no permission needed: the gateway records what it
    // refused, whoever called). The body is kept up to 8 KB.
    void log(IntakeLogEntry entry);
    QList<IntakeLogEntry> logEntries(int limit = 200, const QString& channel = {}) const;
    int purgeLog(qint64 before);

private:
    IntakeResult takeOnce(const IntakeOrder& order, const QString& unknownSku, bool* retry);
    // takeMany into `results` (sized as `orders`): what was taken before a
    // refusal stays there.
    void takeInto(const QList<IntakeOrder>& orders, const QString& unknownSku,
                  QList<IntakeResult>& results, qsizetype* failedAt);
    // takeMany's run of new orders `these` (indexes into `orders`), written
    // together.
    void takeNew(const QList<IntakeOrder>& orders, const QList<qsizetype>& these,
                 const QString& unknownSku, QList<IntakeResult>& results);
    static QString payloadOf(const IntakeOrder& order);
    void checkSkus(const IntakeOrder& order, const QList<OrderLine>& lines) const;
    qint64 now() const { return m_clock(); }

    QSqlDatabase m_db;
    Session m_session;
    std::function<qint64()> m_clock;
};

} // namespace docket
