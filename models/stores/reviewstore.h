#pragma once

#include "db/database.h"
#include "domain/order.h"
#include "domain/reviewrules.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace docket {

// The review queue (issue 15): the rule set (data with versions), the
// verdict on one order, the queue of orders awaiting review, and the
// supervisors' decisions.
//
// A new order (OrderStore::create, as pending) and an order whose lines,
// address, email or phone change before it ships is judged by the rule set in
// force (records::judge): tripping any rule it waits in review (state
// "waiting", its findings stored); tripping none it is approved by the
// system. Either way its history has a "review" event naming the rule set's
// version. A supervisor approves (the order goes on) or rejects (it becomes
// invalid with the reason) one order or a selection; an order that is no
// longer waiting (someone decided meanwhile) makes the whole decision a
// Conflict that names it, and nothing is written.
//
// On PostgreSQL the server judges new and changed orders itself
// (docket_order_judge, called by docket_order_create/update) so that a login
// cannot skip the review, and decides through docket_review_decide.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    ReviewStore(QSqlDatabase db, Session session);

    const Session& session() const { return m_session; }

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // ---- the rule set ----
    // The rules in force (every user with ViewOrders reads them).
    review::RuleSet rules() const;
    struct Version
    {
        qint64 version = 0;
        QDateTime changedAt;
        QString changedBy;
        QString note;
        review::RuleSet rules;
        // What changed from the version before, in words (review::changes);
        // empty for the first version, which has none before it.
        QStringList changes;
        bool first = false; // the oldest version stored
    };
    // The newest `limit` versions, newest first (ViewOrders).
    QList<Version> history(int limit = 100) const;
    // A new version (ManageRules), with its line in the security log
    // ("rules_changed"). Returns its number; the rules in force when
    // `rules` equals them (nothing is written).
    qint64 setRules(const review::RuleSet& rules, const QString& note = {});

    // ---- judging ----
    struct Verdict
    {
        qint64 ruleVersion = 0;
        QList<review::Finding> findings;
        bool held() const { return !findings.isEmpty(); }
    };
    // What the rules in force find in `order` (not written): index look-ups
    // only (orders_email_at, orders_phone_at), for the gateway's intake and the
    // benchmark. `order.id` is left out of its own look-ups.
    Verdict evaluate(const Order& order) const;

    // ---- the queue (ViewOrders) ----
    qint64 countWaiting() const;
    struct QueueRow
    {
        qint64 id = 0;
        QString number;
        QString customerName;
        Money total;
        qint64 createdAt = 0;
        QString channel;
        qint64 dueAt = 0; // 0: none
        QList<review::Finding> findings;
    };
    // Oldest first; after (createdAt, id) for the next page.
    QList<QueueRow> queue(int limit, std::optional<std::pair<qint64, qint64>> after = {}) const;
    QList<review::Finding> findings(qint64 orderId) const;

    // ---- decisions (ReviewOrders) ----
    int approve(const QList<qint64>& ids);
    int reject(const QList<qint64>& ids, const QString& reason);

private:
    int decide(const QList<qint64>& ids, bool approve, const QString& reason);

    QSqlDatabase m_db;
    Session m_session;
    Backend m_backend;
    std::function<qint64()> m_clock;
};

namespace records {
// SQLite: judges order `orderId` by the rule set in force (see ReviewStore)
// and writes its verdict (state, findings, rule version, a "review" event by
// the system) and its deadline. `again`: a change of an order judged before
// (only orders still pending, paid or processing with nothing shipped).
void judge(const QSqlDatabase& db, qint64 orderId, qint64 now, bool again);

// The verdict of the rule set in force, before it is written.
struct Judgement
{
    QString state; // "approved" or "waiting"
    qint64 ruleVersion = 0;
    QList<review::Finding> findings;
};
// SQLite: the verdict on a new order that is about to be written, so that its
// row is inserted with its review state (no UPDATE of the row just written).
// `o` as it will be stored, with the id it will have.
Judgement judgeNew(const QSqlDatabase& db, const Order& o);
// Writes what a verdict on a new order adds beside its row: the findings and
// the "review" event by the system (judge() writes the same for a new order).
void recordNewJudgement(const QSqlDatabase& db, qint64 orderId, qint64 now, const Judgement& j);
} // namespace records

} // namespace docket
