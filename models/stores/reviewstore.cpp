#include "reviewstore.h"
#include "stockledger.h"

#include "fulfilmentstore.h"
#include "orderfilter.h"
#include "shopsettingsstore.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "domain/fulfilment.h"

#include <QDateTime>
#include <QSqlQuery>

namespace docket {

namespace {

struct CurrentRules
{
    qint64 version = 0;
    review::RuleSet rules;
};

CurrentRules currentRules(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT version, rules FROM review_rule_sets ORDER "
                                              "BY version DESC LIMIT 1"));
    CurrentRules c;
    if (!q.next()) {
        c.rules = review::RuleSet::defaults();
        return c;
    }
    c.version = q.value(0).toLongLong();
    // Parsed once per text and thread: an import judges every order by the
    // same set, and reading its JSON again each time was 3.5 % of it.
    thread_local QString parsedText;
    thread_local review::RuleSet parsed;
    thread_local bool haveParsed = false;
    const QString text = q.value(1).toString();
    if (!haveParsed || text != parsedText) {
        // A set damaged behind Docket's back judges by the defaults (and says
        // so through its version: the history names it).
        parsed = review::RuleSet::fromJsonText(text).value_or(review::RuleSet::defaults());
        parsedText = text;
        haveParsed = true;
    }
    c.rules = parsed;
    c.rules.version = c.version;
    return c;
}

review::Facts factsFor(const QSqlDatabase& db, const Order& o, const review::RuleSet& rules,
                       qint64 createdAt)
{
    review::Facts f;
    // Valid and invalid orders both count; on PostgreSQL their email and
    // phone are indexed in two halves (migration 0083), which a query over
    // both names so that the planner ORs the two indexes.
    const QString both = sql::backendOf(db) == Backend::PostgreSQL
                             ? QStringLiteral(" AND (invalid_at IS NULL OR invalid_at IS NOT NULL)")
                             : QString();
    const QString email = o.email.trimmed();
    const QString phone = o.phone.trimmed();
    if (!email.isEmpty())
        f.knownCustomer = !sql::scalar(db,
                                       QStringLiteral("SELECT 1 FROM orders WHERE email = ? AND "
                                                      "id <> ?") +
                                           both + QStringLiteral(" LIMIT 1"),
                                       {email, o.id})
                               .isNull();
    else if (!phone.isEmpty())
        f.knownCustomer = !sql::scalar(db,
                                       QStringLiteral("SELECT 1 FROM orders WHERE phone = ? AND "
                                                      "id <> ?") +
                                           both + QStringLiteral(" LIMIT 1"),
                                       {phone, o.id})
                               .isNull();
    if (rules.velocityOn) {
        const qint64 from = createdAt - qint64(rules.velocityMinutes) * 60;
        // This order counts too (it may not be written yet).
        if (!email.isEmpty())
            f.sameEmailRecent = 1 + sql::scalar(db,
                                                QStringLiteral("SELECT count(*) FROM orders WHERE "
                                                               "email = ? AND created_at BETWEEN "
                                                               "? AND ? AND id <> ?") +
                                                    both,
                                                {email, from, createdAt, o.id})
                                        .toInt();
        if (!phone.isEmpty())
            f.samePhoneRecent = 1 + sql::scalar(db,
                                                QStringLiteral("SELECT count(*) FROM orders WHERE "
                                                               "phone = ? AND created_at BETWEEN "
                                                               "? AND ? AND id <> ?") +
                                                    both,
                                                {phone, from, createdAt, o.id})
                                        .toInt();
    }
    return f;
}

Order orderForJudging(const QSqlDatabase& db, qint64 id)
{
    Order o;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT id, email, phone, ship_street, ship_city, "
                                          "ship_postcode, ship_region, ship_country, "
                                          "bill_country, currency, created_at, status, "
                                          "review_state, shipping_cents, tax_rate_bp FROM "
                                          "orders WHERE id = ?"),
                           {id});
    if (!q.next())
        return o;
    o.id = q.value(0).toLongLong();
    o.email = q.value(1).toString();
    o.phone = q.value(2).toString();
    o.shipTo = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                q.value(6).toString(), q.value(7).toString()};
    o.billCountry = q.value(8).toString();
    o.currency = q.value(9).toString();
    o.createdAt = sql::utcTime(q.value(10));
    o.status = q.value(11).toString();
    o.reviewState = q.value(12).toString();
    o.shipping = Money(q.value(13).toLongLong(), o.currency);
    o.taxRate = TaxRate::fromBasisPoints(q.value(14).toInt());
    QSqlQuery l = sql::run(db,
                           QStringLiteral("SELECT sku, name, quantity, unit_price_cents FROM "
                                          "order_lines WHERE order_id = ? ORDER BY line_no, id"),
                           {id});
    while (l.next()) {
        OrderLine line;
        line.sku = l.value(0).toString();
        line.name = l.value(1).toString();
        line.quantity = l.value(2).toLongLong();
        line.unitPrice = Money(l.value(3).toLongLong(), o.currency);
        o.lines << line;
    }
    return o;
}

} // namespace

namespace records {

namespace {

Judgement verdict(const QSqlDatabase& db, const Order& o)
{
    const CurrentRules current = currentRules(db);
    Judgement j;
    j.ruleVersion = current.version;
    j.findings = review::evaluate(current.rules, o,
                                  factsFor(db, o, current.rules, o.createdAt.toSecsSinceEpoch()));
    j.state = j.findings.isEmpty() ? QStringLiteral("approved") : QStringLiteral("waiting");
    return j;
}

void writeFindings(const QSqlDatabase& db, qint64 orderId, const Judgement& j)
{
    int seq = 0;
    for (const review::Finding& f : j.findings)
        sql::run(db,
                 QStringLiteral("INSERT INTO review_findings(order_id, seq, rule, detail) VALUES "
                                "(?, ?, ?, ?)"),
                 {orderId, ++seq, review::code(f.rule), f.detailText()});
}

void addReviewEvent(const QSqlDatabase& db, qint64 orderId, qint64 now, const QString& oldState,
                    const Judgement& j)
{
    QStringList rules;
    for (const review::Finding& f : j.findings)
        rules << review::code(f.rule);
    records::addEvent(
        db, orderId, now, fulfilment::systemActor(), QStringLiteral("review"),
        QStringLiteral("review_state"), oldState, j.state,
        QStringLiteral("rules:%1%2")
            .arg(j.ruleVersion)
            .arg(rules.isEmpty() ? QString() : QLatin1Char(' ') + rules.join(QLatin1Char(','))));
}

} // namespace

void judge(const QSqlDatabase& db, qint64 orderId, qint64 now, bool again)
{
    const Order o = orderForJudging(db, orderId);
    if (o.id == 0)
        return;
    if (again) {
        const bool open = o.status == QLatin1String("pending") ||
                          o.status == QLatin1String("paid") ||
                          o.status == QLatin1String("processing");
        if (!open || (o.reviewState != QLatin1String("waiting") &&
                      o.reviewState != QLatin1String("approved")))
            return;
        if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM shipments WHERE order_id = ?"),
                         {orderId})
                 .isNull())
            return;
    }
    const Judgement j = verdict(db, o);
    sql::run(db, QStringLiteral("DELETE FROM review_findings WHERE order_id = ?"), {orderId});
    writeFindings(db, orderId, j);
    if (again && j.state == o.reviewState)
        return;
    sql::run(db,
             QStringLiteral("UPDATE orders SET review_state = ?, rule_version = ? WHERE id = ?"),
             {j.state, j.ruleVersion, orderId});
    addReviewEvent(db, orderId, now, o.reviewState, j);
    records::refreshDue(db, orderId, now);
}

Judgement judgeNew(const QSqlDatabase& db, const Order& o)
{
    return verdict(db, o);
}

void recordNewJudgement(const QSqlDatabase& db, qint64 orderId, qint64 now, const Judgement& j)
{
    writeFindings(db, orderId, j);
    addReviewEvent(db, orderId, now, QStringLiteral(""), j); // the column's default
}

} // namespace records

ReviewStore::ReviewStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)), m_backend(sql::backendOf(m_db)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

review::RuleSet ReviewStore::rules() const
{
    m_session.require(Permission::ViewOrders);
    return currentRules(m_db).rules;
}

QList<ReviewStore::Version> ReviewStore::history(int limit) const
{
    m_session.require(Permission::ViewOrders);
    QList<Version> out;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT version, changed_at, changed_by, note, rules "
                                          "FROM review_rule_sets ORDER BY version DESC LIMIT ?"),
                           {limit + 1}); // one more: what the oldest shown changed
    while (q.next()) {
        Version v;
        v.version = q.value(0).toLongLong();
        v.changedAt = sql::utcTime(q.value(1));
        v.changedBy = q.value(2).toString();
        v.note = q.value(3).toString();
        v.rules = review::RuleSet::fromJsonText(q.value(4).toString())
                      .value_or(review::RuleSet::defaults());
        v.rules.version = v.version;
        out << v;
    }
    for (qsizetype i = 0; i + 1 < out.size(); ++i)
        out[i].changes = review::changes(out[i + 1].rules, out[i].rules);
    if (out.size() > limit)
        out.removeLast();
    else if (!out.isEmpty())
        out.last().first = true;
    return out;
}

qint64 ReviewStore::setRules(const review::RuleSet& rules, const QString& note)
{
    m_session.require(Permission::ManageRules);
    if (note.size() > 500)
        throw DocketError(DocketError::Code::Invalid, tr("The note is too long."),
                          QStringLiteral("note"));
    // What is stored must read back as it was meant.
    QString error;
    if (!review::RuleSet::fromJson(rules.toJson(), &error))
        throw DocketError(DocketError::Code::Invalid, error, QStringLiteral("rules"));
    // No note is an empty one (a null QString binds as NULL: "rules set"
    // without --note was refused as a clash on SQLite).
    const QString trimmedNote = note.trimmed();
    const QString noteText = trimmedNote.isNull() ? QStringLiteral("") : trimmedNote;
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const CurrentRules current = currentRules(m_db);
    if (current.version > 0 && current.rules == rules)
        return current.version;
    dialect::setAuditContext(m_db, m_session.userName(), ts, {}, m_session.scope().toString());
    qint64 version = 0;
    if (m_backend == Backend::PostgreSQL) {
        version = sql::scalar(m_db,
                              QStringLiteral("SELECT docket_rules_set(CAST(? AS text), CAST(? AS "
                                             "text))"),
                              {rules.toJsonText(), noteText})
                      .toLongLong();
    } else {
        version = current.version + 1;
        sql::run(m_db,
                 QStringLiteral("INSERT INTO review_rule_sets(version, rules, changed_at, "
                                "changed_by, note) VALUES (?, ?, ?, ?, ?)"),
                 {version, rules.toJsonText(), ts, m_session.userName(), noteText});
        sql::run(m_db,
                 QStringLiteral("INSERT INTO security_events(at, actor, kind, target, old_value, "
                                "new_value, note) VALUES (?, ?, 'rules_changed', ?, ?, ?, ?)"),
                 {ts, m_session.userName(), QStringLiteral("v%1").arg(version),
                  current.rules.toJsonText(), rules.toJsonText(), noteText});
    }
    tx.commit();
    return version;
}

ReviewStore::Verdict ReviewStore::evaluate(const Order& order) const
{
    const CurrentRules current = currentRules(m_db);
    const qint64 at = order.createdAt.isValid() ? order.createdAt.toSecsSinceEpoch() : m_clock();
    return Verdict{current.version, review::evaluate(current.rules, order,
                                                     factsFor(m_db, order, current.rules, at))};
}

qint64 ReviewStore::countWaiting() const
{
    m_session.require(Permission::ViewOrders);
    const SqlClause scope = orderquery::scope(m_session);
    return sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM orders o WHERE o.review_state = "
                                      "'waiting' AND o.invalid_at IS NULL AND ") +
                           scope.sql,
                       scope.binds)
        .toLongLong();
}

QList<review::Finding> ReviewStore::findings(qint64 orderId) const
{
    m_session.require(Permission::ViewOrders);
    const SqlClause scope = orderquery::scope(m_session);
    QVariantList binds{orderId};
    binds += scope.binds;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT f.rule, f.detail FROM review_findings f JOIN "
                                          "orders o ON o.id = f.order_id WHERE f.order_id = ? "
                                          "AND ") +
                               scope.sql + QStringLiteral(" ORDER BY f.seq"),
                           binds);
    QList<review::Finding> out;
    while (q.next())
        if (auto f = review::Finding::fromStored(q.value(0).toString(), q.value(1).toString()))
            out << *f;
    return out;
}

QList<ReviewStore::QueueRow>
ReviewStore::queue(int limit, std::optional<std::pair<qint64, qint64>> after) const
{
    m_session.require(Permission::ViewOrders);
    const SqlClause scope = orderquery::scope(m_session);
    QVariantList binds;
    QString keyset;
    if (after) {
        keyset = QStringLiteral(" AND (o.created_at > ? OR (o.created_at = ? AND o.id > ?))");
        binds << after->first << after->first << after->second;
    }
    binds += scope.binds;
    binds << limit;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT o.id, o.number, o.customer_name, o.total_cents, o.currency, "
                       "o.created_at, o.channel, o.due_at FROM orders o WHERE o.review_state = "
                       "'waiting' AND o.invalid_at IS NULL") +
            keyset + QStringLiteral(" AND ") + scope.sql +
            QStringLiteral(" ORDER BY o.created_at, o.id LIMIT ?"),
        binds);
    QList<QueueRow> out;
    QStringList ids;
    while (q.next()) {
        QueueRow r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.customerName = q.value(2).toString();
        r.total = Money(q.value(3).toLongLong(), q.value(4).toString());
        r.createdAt = q.value(5).toLongLong();
        r.channel = q.value(6).toString();
        r.dueAt = q.value(7).toLongLong();
        out << r;
        ids << QString::number(r.id);
    }
    if (out.isEmpty())
        return out;
    QList<qint64> idList;
    for (const QueueRow& r : out)
        idList << r.id;
    QSqlQuery f =
        sql::run(m_db,
                 QStringLiteral("SELECT order_id, rule, detail FROM review_findings "
                                "WHERE order_id IN ") +
                     dialect::idListSubquery(m_backend) + QStringLiteral(" ORDER BY order_id, seq"),
                 {dialect::idListParam(m_backend, idList)});
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < out.size(); ++i)
        at.insert(out[i].id, i);
    while (f.next())
        if (auto found = review::Finding::fromStored(f.value(1).toString(), f.value(2).toString()))
            out[at.value(f.value(0).toLongLong())].findings << *found;
    return out;
}

int ReviewStore::approve(const QList<qint64>& ids)
{
    return decide(ids, true, QStringLiteral(""));
}

int ReviewStore::reject(const QList<qint64>& ids, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Give a reason for rejecting: it becomes the reason the order is "
                             "invalid."),
                          QStringLiteral("reason"));
    return decide(ids, false, reason.trimmed());
}

int ReviewStore::decide(const QList<qint64>& requested, bool approve, const QString& reason)
{
    m_session.require(Permission::ReviewOrders);
    QList<qint64> ids = requested;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    // Every order must be in scope and still waiting; else nothing is decided.
    const SqlClause scope = orderquery::scope(m_session);
    QVariantList binds{dialect::idListParam(m_backend, ids)};
    binds += scope.binds;
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT o.id, o.number, o.review_state, o.invalid_by, "
                                "o.invalid_at FROM orders o WHERE o.id IN ") +
                     dialect::idListSubquery(m_backend) + QStringLiteral(" AND ") + scope.sql,
                 binds);
    qint64 found = 0;
    QStringList decided;
    while (q.next()) {
        ++found;
        if (q.value(2).toString() != QLatin1String("waiting") || !q.value(4).isNull()) {
            if (decided.size() < 5)
                decided
                    << (q.value(2).toString() == QLatin1String("rejected")
                            ? tr("%1 (rejected by %2)")
                                  .arg(q.value(1).toString(), q.value(3).toString())
                            : tr("%1 (%2)").arg(
                                  q.value(1).toString(),
                                  fulfilment::reviewStateLabel(q.value(2).toString()).toLower()));
            else if (decided.size() == 5)
                decided << QStringLiteral("…");
        }
    }
    if (found != ids.size())
        throw DocketError(DocketError::Code::NotFound,
                          tr("%n of the chosen orders no longer exist or are outside your scope; "
                             "nothing was decided.",
                             nullptr, int(ids.size() - found)));
    if (!decided.isEmpty())
        throw DocketError(DocketError::Code::Conflict,
                          tr("Someone decided meanwhile: %1 no longer awaits review. Nothing was "
                             "decided; look at the queue again.")
                              .arg(decided.join(QStringLiteral(", "))));
    dialect::setAuditContext(m_db, m_session.userName(), ts, {}, m_session.scope().toString());
    if (m_backend == Backend::PostgreSQL) {
        const int n = sql::scalar(m_db,
                                  QStringLiteral("SELECT docket_review_decide(CAST(? AS "
                                                 "bigint[]), CAST(? AS boolean), CAST(? AS "
                                                 "text))"),
                                  {dialect::idListParam(m_backend, ids), approve, reason})
                          .toInt();
        if (n != ids.size())
            throw DocketError(DocketError::Code::Conflict,
                              tr("Someone decided some of these orders meanwhile. Nothing was "
                                 "decided; look at the queue again."));
        tx.commit();
        return n;
    }
    const QVariant idParam = dialect::idListParam(m_backend, ids);
    const QString in = dialect::idListSubquery(m_backend);
    const QString state = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    const int n =
        approve ? sql::run(m_db,
                           QStringLiteral("UPDATE orders SET review_state = 'approved', "
                                          "updated_at = ?, version = version + 1 WHERE "
                                          "review_state = 'waiting' AND invalid_at IS NULL AND "
                                          "id IN ") +
                               in,
                           {ts, idParam})
                      .numRowsAffected()
                : sql::run(m_db,
                           QStringLiteral("UPDATE orders SET review_state = 'rejected', "
                                          "invalid_at = ?, invalid_by = ?, invalid_reason = ?, "
                                          "updated_at = ?, version = version + 1 WHERE "
                                          "review_state = 'waiting' AND invalid_at IS NULL AND "
                                          "id IN ") +
                               in,
                           {ts, m_session.userName(), reason, ts, idParam})
                      .numRowsAffected();
    if (n != ids.size())
        throw DocketError(DocketError::Code::Conflict,
                          tr("Someone decided some of these orders meanwhile. Nothing was "
                             "decided; look at the queue again."));
    sql::run(
        m_db,
        QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                       "old_value, new_value, note) SELECT value, ?, ?, 'review', "
                       "'review_state', 'waiting', ?, ? FROM json_each(?)"),
        {ts, m_session.userName(), state, reason.isNull() ? QStringLiteral("") : reason, idParam});
    if (!approve)
        sql::run(m_db,
                 QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                                "old_value, new_value, note) SELECT value, ?, ?, 'invalidated', "
                                "'', '', '', ? FROM json_each(?)"),
                 {ts, m_session.userName(), reason, idParam});
    // The step after review: set-based (10,000 decisions in one statement).
    const fulfilment::Deadlines d =
        fulfilment::deadlines(ShopSettingsStore(m_db, m_session).load());
    const QString stepSql = QStringLiteral(
        "(CASE status WHEN 'pending' THEN 'payment' WHEN 'paid' THEN 'shipping' WHEN "
        "'processing' THEN 'shipping' WHEN 'shipped' THEN 'delivery' ELSE '' END)");
    QString cases;
    QVariantList caseBinds;
    for (const fulfilment::DeadlineOverride& o : d.overrides) {
        cases += QStringLiteral(" WHEN ") + stepSql + QStringLiteral(" = ? AND channel = ? THEN ?");
        caseBinds << fulfilment::stepCode(o.step) << o.channel << o.hours;
    }
    for (fulfilment::Step s :
         {fulfilment::Step::Payment, fulfilment::Step::Shipping, fulfilment::Step::Delivery}) {
        cases += QStringLiteral(" WHEN ") + stepSql + QStringLiteral(" = ? THEN ?");
        caseBinds << fulfilment::stepCode(s) << d.hours(s, QString());
    }
    if (approve) {
        // Review -> the step its status waits for, from now.
        QVariantList b{ts, ts};
        b += caseBinds;
        b << idParam;
        sql::run(m_db,
                 QStringLiteral("UPDATE orders SET step = ") + stepSql +
                     QStringLiteral(", step_at = ?, due_at = ? + 3600 * (CASE") + cases +
                     QStringLiteral(" END) WHERE id IN ") + in,
                 b);
        sql::run(m_db,
                 QStringLiteral("UPDATE orders SET step_at = NULL, due_at = NULL WHERE step = '' "
                                "AND id IN ") +
                     in,
                 {idParam});
    } else {
        sql::run(m_db,
                 QStringLiteral("UPDATE orders SET step = '', step_at = NULL, due_at = NULL "
                                "WHERE id IN ") +
                     in,
                 {idParam});
        // A rejected order is invalid: its reserved units go back, in the
        // same transaction (on PostgreSQL the orders' stock trigger does it).
        stockledger::syncOrders(m_db, {m_session.userName(), ts}, ids);
    }
    tx.commit();
    return n;
}

} // namespace docket
