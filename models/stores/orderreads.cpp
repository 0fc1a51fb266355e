#include "orderhalves_p.h"
#include "orderstore.h"
#include "orderstore_p.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

// OrderStore: reads of single orders and of the filtered, sorted list.

namespace docket {

namespace {

const char* kOrderColumns =
    "o.id, o.number, o.customer_id, o.customer_name, o.email, o.phone, o.ship_street, "
    "o.ship_city, o.ship_postcode, o.ship_region, o.ship_country, o.channel, o.status, "
    "o.currency, o.total_cents, o.note, o.created_at, o.updated_at, o.created_by, "
    "o.assigned_to, o.seen_at, o.seen_by, o.invalid_at, o.invalid_by, o.invalid_reason, "
    "o.version, o.bill_country, o.paid_cents, o.refunded_cents, o.review_state, "
    "o.rule_version, o.records, o.due_at, o.shipping_cents, o.tax_rate_bp";

Order readOrder(const QSqlQuery& q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.customerId = q.value(2).toLongLong();
    o.customerName = q.value(3).toString();
    o.email = q.value(4).toString();
    o.phone = q.value(5).toString();
    o.shipTo = {q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                q.value(9).toString(), q.value(10).toString()};
    o.channel = q.value(11).toString();
    o.status = q.value(12).toString();
    o.currency = q.value(13).toString();
    o.total = Money(q.value(14).toLongLong(), o.currency);
    o.note = q.value(15).toString();
    o.createdAt = sql::utcTime(q.value(16));
    o.updatedAt = sql::utcTime(q.value(17));
    o.createdBy = q.value(18).toString();
    o.assignedTo = q.value(19).toString();
    o.seenAt = sql::utcTime(q.value(20));
    o.seenBy = q.value(21).toString();
    o.invalidAt = sql::utcTime(q.value(22));
    o.invalidBy = q.value(23).toString();
    o.invalidReason = q.value(24).toString();
    o.version = q.value(25).toLongLong();
    o.billCountry = q.value(26).toString();
    o.paid = Money(q.value(27).toLongLong(), o.currency);
    o.refunded = Money(q.value(28).toLongLong(), o.currency);
    o.reviewState = q.value(29).toString();
    o.ruleVersion = q.value(30).toLongLong();
    o.followsRecords = q.value(31).toInt() != 0;
    o.dueAt = sql::utcTime(q.value(32));
    o.shipping = Money(q.value(33).toLongLong(), o.currency);
    o.taxRate = TaxRate::fromBasisPoints(q.value(34).toInt());
    return o;
}

// PostgreSQL keeps the list's amount and customer indexes in two halves,
// valid-only and invalid-only (migrations 0006, 0083, 0085): no index holds
// the "all orders" view in either order, and one query over both halves read
// the whole table and sorted it (0.65 s a page at 1,000,000 orders). Read as
// a union of the two halves instead, the planner merges one index scan per
// half in list order (a Merge Append) and stops both at the page.
//
// The same for the list sorted by status or channel (0100: their sort
// indexes are in halves too; not under a keyword or a customer, whose few
// matches are found by their own indexes and sorted), and for the list
// narrowed by channel, or in a login's own or channel scope, in any order (0099 split the indexes
// by channel, assignee and creator): one query naming both halves gets the two indexes ORed (a
// bitmap, unordered: every match read and sorted, and never an index-only count); in halves each is
// read as the valid or the invalid view reads it.
bool readsInHalves(Backend backend, const OrderFilter& filter, const Session& session,
                   OrderColumn column)
{
    return backend == Backend::PostgreSQL && filter.validity == OrderFilter::Validity::All &&
           (column == OrderColumn::Total || column == OrderColumn::Customer ||
            ((column == OrderColumn::Status || column == OrderColumn::Channel) &&
             filter.keyword.trimmed().isEmpty() && !filter.customer) ||
            !filter.channels.isEmpty() || session.scope().kind != Scope::Kind::All);
}

} // namespace

namespace orderquery {

// The list's rows as a FROM item named `o`: "orders o WHERE <where><seek>",
// or, in halves, the valid and the invalid orders as one UNION ALL. Its
// branches carry no WHERE (PostgreSQL merges a UNION ALL into one scan per
// branch only then, and plans a branch with its own WHERE apart, unsorted):
// each branch is marked by a constant, `half`, and the condition outside,
// pushed into each branch, folds to that branch's own half there, so that
// each matches its partial index.
SqlClause listRows(const SqlClause& where, const QString& seek, const QVariantList& seekBinds,
                   bool inHalves)
{
    if (!inHalves)
        return {QStringLiteral("orders o WHERE ") + where.sql + seek, where.binds + seekBinds};
    return {QStringLiteral("(SELECT o.*, 0 AS half FROM orders o UNION ALL SELECT o.*, 1 FROM "
                           "orders o) o WHERE ((o.half = 0 AND o.invalid_at IS NULL) OR (o.half "
                           "= 1 AND o.invalid_at IS NOT NULL)) AND ") +
                where.sql + seek,
            where.binds + seekBinds};
}

} // namespace orderquery

// ---------------------------------------------------------------- reads

Order OrderStore::order(qint64 id) const
{
    requireView();
    const SqlClause scope = orderquery::scope(m_session);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT %1 FROM orders o WHERE o.id = ? AND %2")
                               .arg(QLatin1String(kOrderColumns), scope.sql),
                           QVariantList{id} + scope.binds);
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("Order %1 was not found.").arg(orderquery::formatOrderNumber(id)));
    Order o = readOrder(q);
    QSqlQuery l = sql::run(m_db,
                           QStringLiteral("SELECT id, product_id, sku, name, quantity, "
                                          "unit_price_cents FROM order_lines WHERE order_id = ? "
                                          "ORDER BY line_no, id"),
                           {id});
    while (l.next())
        o.lines << OrderLine{l.value(0).toLongLong(), l.value(1).toLongLong(),
                             l.value(2).toString(),   l.value(3).toString(),
                             l.value(4).toLongLong(), Money(l.value(5).toLongLong(), o.currency)};
    return o;
}

Order OrderStore::orderByNumber(const QString& number) const
{
    requireView();
    const QString n = number.trimmed().toUpper();
    const SqlClause scope = orderquery::scope(m_session);
    const QVariant id = sql::scalar(
        m_db, QStringLiteral("SELECT o.id FROM orders o WHERE o.number = ? AND ") + scope.sql,
        QVariantList{n} + scope.binds);
    if (id.isNull())
        // Whether it exists outside the scope is not said.
        throw DocketError(
            DocketError::Code::NotFound,
            m_session.scope().kind == Scope::Kind::All
                ? tr("There is no order with the number \"%1\".").arg(number.trimmed())
                : tr("There is no order with the number \"%1\" among the orders you can see.")
                      .arg(number.trimmed()),
            QStringLiteral("number"));
    return order(id.toLongLong());
}

std::optional<OrderSummary> OrderStore::summary(qint64 id) const
{
    requireView();
    const SqlClause cols = orderquery::summaryColumns(now(), m_withItems);
    const SqlClause scope = orderquery::scope(m_session);
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT %1 FROM orders o WHERE o.id = ? AND %2").arg(cols.sql, scope.sql),
        cols.binds + QVariantList{id} + scope.binds);
    if (!q.next())
        return std::nullopt;
    return orderquery::readSummary(q);
}

QList<OrderEvent> OrderStore::events(qint64 orderId) const
{
    order(orderId); // scope and existence
    QList<OrderEvent> out;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, order_id, at, actor, kind, field, old_value, "
                                          "new_value, note FROM order_events WHERE order_id = ? "
                                          "ORDER BY at, id"),
                           {orderId});
    while (q.next())
        out << OrderEvent{
            q.value(0).toLongLong(), q.value(1).toLongLong(), sql::utcTime(q.value(2)),
            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString()};
    return out;
}

QHash<qint64, QList<OrderLine>> OrderStore::linesOf(const QList<qint64>& ids) const
{
    requireView();
    QHash<qint64, QList<OrderLine>> out;
    if (ids.isEmpty())
        return out;
    const SqlClause scope = orderquery::scope(m_session);
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT l.order_id, l.id, l.product_id, l.sku, l.name, l.quantity, "
                       "l.unit_price_cents, o.currency FROM order_lines l JOIN orders o ON o.id = "
                       "l.order_id "
                       "WHERE l.order_id IN %1 AND %2 ORDER BY l.order_id, l.line_no, l.id")
            .arg(dialect::idListSubquery(m_backend), scope.sql),
        QVariantList{dialect::idListParam(m_backend, ids)} + scope.binds);
    while (q.next())
        out[q.value(0).toLongLong()] << OrderLine{
            q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toString(),   q.value(4).toString(),
            q.value(5).toLongLong(), Money(q.value(6).toLongLong(), q.value(7).toString())};
    return out;
}

qint64 OrderStore::count(const OrderFilter& filter) const
{
    requireView();
    filter.check();
    const QStringList tokens = orderquery::keywordTokens(filter.keyword.trimmed());
    if (m_backend == Backend::PostgreSQL && !tokens.isEmpty()) {
        // A keyword matches the order's own words (a trigram index) or a
        // product on its lines (order_lines by product). As one condition,
        // "own OR product", neither index can serve it and PostgreSQL reads
        // every order the other criteria leave; counted apart, each half uses
        // its index (the second counts only what the first did not).
        // 1M orders, "SKU-10042" + two statuses + a year, first page and
        // count: 0.39 s -> 48 ms (docket-bench).
        OrderFilter rest = filter;
        rest.keyword = tokens.mid(1).join(QLatin1Char(' '));
        SqlClause w = orderquery::where(rest, m_session, m_backend, now());
        // Across valid and invalid orders, the words' index is in two halves
        // (migration 0083): name both, as where() does for a keyword.
        if (filter.validity == OrderFilter::Validity::All &&
            !orderquery::namesIndexHalves(rest, m_session))
            w.sql += QStringLiteral(" AND (o.invalid_at IS NULL OR o.invalid_at IS NOT NULL)");
        const dialect::KeywordParts k = dialect::keywordParts(m_backend, tokens.first());
        return sql::scalar(m_db,
                           QStringLiteral("SELECT (SELECT COUNT(*) FROM orders o WHERE %1 AND %2) "
                                          "+ (SELECT COUNT(*) FROM orders o WHERE %1 AND (%2) IS "
                                          "NOT TRUE AND %3)")
                               .arg(w.sql, k.orderWords.sql, k.productWords.sql),
                           w.binds + k.orderWords.binds + w.binds + k.orderWords.binds +
                               k.productWords.binds)
            .toLongLong();
    }
    // In halves where the list is read so for any order (the sort column
    // aside): each half counted from its own index, index-only where it can.
    const SqlClause rows =
        orderquery::listRows(orderquery::where(filter, m_session, m_backend, now()), {}, {},
                             readsInHalves(m_backend, filter, m_session, OrderColumn::Created));
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM ") + rows.sql, rows.binds)
        .toLongLong();
}

qint64 OrderStore::countNew() const
{
    OrderFilter f;
    f.newOnly = true;
    return count(f);
}

QList<OrderSummary> OrderStore::page(const OrderFilter& filter, const OrderSort& sort, int limit,
                                     qint64 offset, const std::optional<SortKey>& after,
                                     bool backwards) const
{
    requireView();
    filter.check();
    const SqlClause cols = orderquery::summaryColumns(now(), m_withItems);
    const SqlClause w = orderquery::where(filter, m_session, m_backend, now());
    const QString key = orderquery::sortExpression(sort.column);
    bool desc = sort.order == Qt::DescendingOrder;
    if (backwards)
        desc = !desc;
    const QString dir = desc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString order = QStringLiteral(" ORDER BY %1 %2, o.id %2").arg(key, dir);
    // The page from row `skip` of the list narrowed by `seek` (a keyset or
    // anchor condition with its values).
    const bool inHalves = readsInHalves(m_backend, filter, m_session, sort.column);
    auto fetch = [&](const QString& seek, const QVariantList& seekBinds, qint64 skip) {
        const SqlClause from = orderquery::listRows(w, seek, seekBinds, inHalves);
        QVariantList binds = cols.binds + from.binds;
        QString text;
        if (skip > 0 && m_backend == Backend::PostgreSQL) {
            // PostgreSQL fetches the table row of every index entry an OFFSET
            // steps over when the query reads columns the index lacks (SQLite
            // defers that until a row is returned). The page's ids first, from
            // the sort column's index alone (an index-only scan where it covers
            // the filter), then their rows. 1M orders sorted by amount, the
            // middle page: 3.2 s before, about 0.1 s.
            text = QStringLiteral("SELECT %1 FROM orders o WHERE o.id IN (SELECT o.id FROM "
                                  "%2%3 LIMIT ? OFFSET ?)%3")
                       .arg(cols.sql, from.sql, order);
        } else {
            text = QStringLiteral("SELECT %1 FROM %2%3 LIMIT ? OFFSET ?")
                       .arg(cols.sql, from.sql, order);
        }
        binds << limit << skip;
        noteSkip(skip);
        QSqlQuery q = sql::run(m_db, text, binds);
        QList<OrderSummary> rows;
        rows.reserve(limit);
        while (q.next())
            rows << orderquery::readSummary(q);
        return rows;
    };
    std::optional<QList<OrderSummary>> page;
    if (!after && offset >= m_jumpAnchorFrom) {
        // A far jump by created time, where the summaries answer the filter:
        // start at the UTC hour that holds the row, not at row 0. A short
        // page means the list ends there, or the summaries are behind the
        // orders (a bulk seed rebuilds them after its commit): the sort
        // anchors below, or stepping over the rows, tell which.
        if (sort.column == OrderColumn::Created) {
            if (const auto anchor = jumpAnchor(filter, desc, offset)) {
                QList<OrderSummary> rows = fetch(desc ? QStringLiteral(" AND o.created_at < ?")
                                                      : QStringLiteral(" AND o.created_at >= ?"),
                                                 {anchor->bound}, offset - anchor->rowsBefore);
                if (rows.size() == limit)
                    page = std::move(rows);
            }
        }
        // Any sort order and filter: from the nearest sort anchor, found on
        // demand (sortanchors.cpp), in one read transaction with the anchors
        // (PostgreSQL: in one REPEATABLE READ snapshot; a list read in halves
        // finds its anchors and seeks in halves).
        if (!page) {
            const ReadSnapshot snapshot(m_db);
            if (snapshot.active()) {
                if (const auto anchor = sortAnchor(w, key, desc, offset, inHalves)) {
                    const qint64 skip = offset - anchor->rowsBefore;
                    if (m_backend == Backend::SQLite) {
                        QList<OrderSummary> rows;
                        rows.reserve(limit);
                        seekRows(cols, w, key, desc, anchor->key, true, skip, limit,
                                 [&](const QSqlQuery& q) { rows << orderquery::readSummary(q); });
                        noteSkip(skip);
                        page = std::move(rows);
                    } else {
                        // (key, id) from the anchor on: the sort column's index
                        // seeks to it (a row comparison), then steps over
                        // fewer than a step's rows.
                        page = fetch(QStringLiteral(" AND (%1, o.id) %2 (?, ?)")
                                         .arg(key, desc ? u"<=" : u">="),
                                     {anchor->key.value, anchor->key.id}, skip);
                    }
                }
            }
        }
    }
    // A keyword near the top of the list: from a window of the list without
    // it, each row tested (keywordwindow.cpp), instead of every match first.
    if (!page)
        page = keywordWindowPage(filter, key, desc, limit, offset, after);
    if (!page && after)
        page = fetch(QStringLiteral(" AND (%1, o.id) %2 (?, ?)").arg(key, desc ? u"<" : u">"),
                     {after->value, after->id}, offset);
    if (!page)
        page = fetch({}, {}, offset);
    QList<OrderSummary> rows = std::move(*page);
    if (backwards)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

// OFFSET steps over every row before the page: 15 ms at the middle of a
// million orders, 140 ms at ten million. The analytics summaries count every
// order (valid or not, deleted ones excepted) by UTC month, day and hour,
// channel and status, exactly and in the same transaction as the orders, so
// for a list by created time whose filter they can answer (status, channel,
// validity, a channel scope) three small reads find the hour that holds row
// `offset` and how many rows come before it; the page then steps over at
// most an hour's orders. nullopt: the summaries cannot answer (other
// criteria, or a PostgreSQL login without the right to read them) or the
// offset is past the end.
std::optional<OrderStore::JumpAnchor> OrderStore::jumpAnchor(const OrderFilter& f, bool descending,
                                                             qint64 offset) const
{
    if (!summariesAnswer(f, false))
        return std::nullopt;
    const std::optional<sql::Where> cells = summaryCells(f, QStringLiteral("h"));
    if (!cells)
        return std::nullopt;

    // Months, then that month's days, then that day's hours: in list order,
    // the first bucket whose rows reach past `offset`.
    qint64 before = 0;
    qint64 lo = std::numeric_limits<qint64>::min();
    qint64 hi = std::numeric_limits<qint64>::max();
    for (int grain = 2; grain >= 0; --grain) {
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT h.bucket, SUM(h.orders) FROM sales_orders h WHERE h.grain = ? "
                           "AND %1 AND h.bucket >= ? AND h.bucket < ? GROUP BY h.bucket ORDER BY "
                           "h.bucket %2")
                .arg(cells->sql(), descending ? QStringLiteral("DESC") : QStringLiteral("ASC")),
            QVariantList{grain} + cells->binds() + QVariantList{lo, hi});
        std::optional<qint64> hit;
        while (q.next()) {
            const qint64 n = q.value(1).toLongLong();
            if (before + n > offset) {
                hit = q.value(0).toLongLong();
                break;
            }
            before += n;
        }
        if (!hit)
            return std::nullopt;
        lo = *hit;
        if (grain == 2)
            hi = QDateTime::fromSecsSinceEpoch(lo, Qt::UTC)
                     .date()
                     .addMonths(1)
                     .startOfDay(Qt::UTC)
                     .toSecsSinceEpoch();
        else
            hi = lo + (grain == 1 ? 86400 : 3600);
    }
    return JumpAnchor{descending ? hi : lo, before};
}

QList<qint64> OrderStore::idsInRange(const OrderFilter& filter, const OrderSort& sort,
                                     qint64 offset, qint64 limit) const
{
    requireView();
    filter.check();
    const SqlClause w = orderquery::where(filter, m_session, m_backend, now());
    const QString key = orderquery::sortExpression(sort.column);
    const bool desc = sort.order == Qt::DescendingOrder;
    const QString dir = desc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // Far down the list: from the nearest sort anchor, as page() does.
    QList<qint64> ids;
    ids.reserve(limit);
    const bool inHalves = readsInHalves(m_backend, filter, m_session, sort.column);
    const std::optional<ReadSnapshot> snapshot =
        offset >= m_jumpAnchorFrom ? std::make_optional<ReadSnapshot>(m_db) : std::nullopt;
    if (snapshot && snapshot->active()) {
        if (const auto anchor = sortAnchor(w, key, desc, offset, inHalves)) {
            if (m_backend == Backend::SQLite) {
                seekRows({QStringLiteral("o.id"), {}}, w, key, desc, anchor->key, true,
                         offset - anchor->rowsBefore, limit,
                         [&](const QSqlQuery& q) { ids << q.value(0).toLongLong(); });
                return ids;
            }
            const SqlClause from = orderquery::listRows(
                w, QStringLiteral(" AND (%1, o.id) %2 (?, ?)").arg(key, desc ? u"<=" : u">="),
                {anchor->key.value, anchor->key.id}, inHalves);
            QSqlQuery q = sql::run(
                m_db,
                QStringLiteral("SELECT o.id FROM %1 ORDER BY %2 %3, o.id %3 LIMIT ? OFFSET ?")
                    .arg(from.sql, key, dir),
                from.binds + QVariantList{limit, offset - anchor->rowsBefore});
            while (q.next())
                ids << q.value(0).toLongLong();
            return ids;
        }
    }
    const SqlClause rows = orderquery::listRows(w, {}, {}, inHalves);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT o.id FROM %1 ORDER BY %2 %3, "
                                          "o.id %3 LIMIT ? OFFSET ?")
                               .arg(rows.sql, key, dir),
                           rows.binds + QVariantList{limit, offset});
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> OrderStore::idsMatching(const OrderFilter& filter,
                                      const std::optional<QList<qint64>>& within) const
{
    requireView();
    filter.check();
    const SqlClause w = orderquery::where(filter, m_session, m_backend, now());
    QString sql = QStringLiteral("SELECT o.id FROM orders o WHERE %1").arg(w.sql);
    QVariantList binds = w.binds;
    if (within) {
        if (within->isEmpty())
            return {};
        sql += QStringLiteral(" AND o.id IN %1").arg(dialect::idListSubquery(m_backend));
        binds << dialect::idListParam(m_backend, *within);
    }
    sql += QStringLiteral(" ORDER BY o.id");
    QSqlQuery q = sql::run(m_db, sql, binds);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> OrderStore::idsForNumbers(const QStringList& numbers) const
{
    requireView();
    // One statement for the whole list, however long: the numbers as one
    // bound array joined to the orders' number index. (One lookup per number
    // spent ~15 s on 100,000 numbers before the batch even started.)
    QStringList wanted;
    wanted.reserve(numbers.size());
    QSet<QString> seen;
    seen.reserve(numbers.size());
    for (const QString& n : numbers) {
        const QString number = n.trimmed().toUpper();
        if (!seen.contains(number)) {
            seen.insert(number);
            wanted << number;
        }
    }
    if (wanted.isEmpty())
        return {};
    const SqlClause scope = orderquery::scope(m_session);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT n.value, o.id FROM %1 n LEFT JOIN orders o ON "
                                          "o.number = n.value AND %2")
                               .arg(dialect::textListSubquery(m_backend), scope.sql),
                           QVariantList{dialect::textListParam(m_backend, wanted)} + scope.binds);
    QList<qint64> ids;
    ids.reserve(wanted.size());
    QStringList missing;
    qint64 missingCount = 0;
    while (q.next()) {
        if (q.value(1).isNull()) {
            if (missing.size() < 5)
                missing << q.value(0).toString();
            ++missingCount;
        } else {
            ids << q.value(1).toLongLong();
        }
    }
    if (missingCount == 1)
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no order with the number \"%1\". Nothing was changed.")
                              .arg(missing.first()),
                          QStringLiteral("number"));
    if (missingCount > 0)
        throw DocketError(DocketError::Code::NotFound,
                          tr("%L1 of the %L2 order numbers are no orders you can see (%3%4). "
                             "Nothing was changed.")
                              .arg(missingCount)
                              .arg(wanted.size())
                              .arg(missing.join(QStringLiteral(", ")), missingCount > missing.size()
                                                                           ? QStringLiteral(", …")
                                                                           : QString()),
                          QStringLiteral("number"));
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 OrderStore::rankOf(const OrderFilter& filter, const OrderSort& sort,
                          const SortKey& key) const
{
    requireView();
    const SqlClause w = orderquery::where(filter, m_session, m_backend, now());
    const QString expr = orderquery::sortExpression(sort.column);
    const bool desc = sort.order == Qt::DescendingOrder;
    const SqlClause rows = orderquery::listRows(
        w, QStringLiteral(" AND (%1, o.id) %2 (?, ?)").arg(expr, desc ? u">" : u"<"),
        {key.value, key.id}, readsInHalves(m_backend, filter, m_session, sort.column));
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM ") + rows.sql, rows.binds)
        .toLongLong();
}

CustomerSummary OrderStore::customerSummary(const CustomerKey& key, int recent) const
{
    requireView();
    OrderFilter f;
    f.customer = key;
    f.validity = OrderFilter::Validity::All;
    f.check();
    CustomerSummary out;
    out.key = key;
    const SqlClause w = orderquery::where(f, m_session, m_backend, now());
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT o.currency, SUM(CASE WHEN o.invalid_at IS NULL THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END), SUM(CASE WHEN "
                       "o.invalid_at IS NULL THEN o.total_cents ELSE 0 END), MIN(CASE WHEN "
                       "o.invalid_at IS NULL THEN o.created_at END), MAX(CASE WHEN o.invalid_at IS "
                       "NULL THEN o.created_at END) FROM orders o WHERE %1 GROUP BY o.currency")
            .arg(w.sql),
        w.binds);
    qint64 first = 0, last = 0;
    while (q.next()) {
        out.orders += q.value(1).toLongLong();
        out.invalidOrders += q.value(2).toLongLong();
        if (q.value(1).toLongLong() > 0)
            out.totals.push_back(Money(q.value(3).toLongLong(), q.value(0).toString()));
        if (!q.value(4).isNull()) {
            const qint64 a = q.value(4).toLongLong(), b = q.value(5).toLongLong();
            first = first == 0 ? a : std::min(first, a);
            last = std::max(last, b);
        }
    }
    std::sort(out.totals.begin(), out.totals.end(),
              [](const Money& a, const Money& b) { return a.minorUnits() > b.minorUnits(); });
    if (first > 0) {
        out.firstOrder = QDateTime::fromSecsSinceEpoch(first, QTimeZone::utc());
        out.lastOrder = QDateTime::fromSecsSinceEpoch(last, QTimeZone::utc());
    }
    if (recent > 0)
        out.recent = page(f, OrderSort{OrderColumn::Created, Qt::DescendingOrder}, recent);
    return out;
}

qint64 OrderStore::maxOrderId() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders"))
        .toLongLong();
}

} // namespace docket
