#include "db/dialect.h"
#include "db/ftsmatch.h"
#include "db/sql.h"
#include "domain/dateperiod.h"
#include "orderstore.h"
#include "orderstore_p.h"

#include <QSqlQuery>
#include <algorithm>
#include <cmath>

// Keyword pages within a frame at ten million orders (issue 19, item 2).
//
// A keyword is a full-text match: `o.id IN (SELECT rowid FROM order_fts
// WHERE order_fts MATCH '"Müller"*')`. SQLite answers that IN list before it
// reads the first row of the page, and a prefix query merges the position
// lists of every matching term: for "Müller" (3 % of the orders) that is
// 300,000 rows read and sorted into a temporary index at ten million orders,
// whatever the page needs (42.6 ms for the first page of "Müller" +
// delivered + a year, 6.5 ms at a million).
//
// The first page needs only the first 200 matches in list order. So the
// store reads the list without the keyword (its status, period, scope, ...:
// what the sort column's index walks in order) in a window of its first
// rows, and tests the keyword on each row of the window:
//  - the order's own words with docket_fts_match (db/ftsmatch.h), the same
//    tokenizer and phrase-prefix rule as order_fts, on the row's columns;
//  - the products on its lines as today (product_fts, then order_lines by
//    product and order id), for order ids between the window's smallest and
//    largest only.
// The window is a prefix of the list without the keyword, so its matches are
// a prefix of the list with it: when the window holds the rows asked for, or
// holds the whole list, the page is exact. Otherwise the window's matches
// say how long a window would hold them, and the store weighs that window
// against the full-text query, which reads every match of the keyword in the
// table (about the window's share of matches times the table's rows): a match
// costs about kKeywordMatchPerRow of a window row (measured 2026-12-06 under
// load: 0.37-0.48 us a match for "Müller" + a status + a year, 2.3-2.8 us a
// window row; the same query without the status and year costs 11 us a
// match, so 0.2 leans to the window). Weighed once, after the first window:
// a second one is not given up once the first is spent. At ten million
// orders "Müller" (3 % of the orders) gets a window of 9,000 rows, a SKU on
// 1 % of them the full-text query; at a million, where every keyword matches
// ten times fewer orders, both get the full-text query. The first window is
// as long as finds about 10 matches of a keyword for which both ways cost the
// same (817 rows at ten million orders, 259 at a million), so that a rare
// keyword pays little for it.
// SQLite only; PostgreSQL's trigram index (a bitmap of the matches) is left
// as it is.
//
// Only the first window is read whole (its length says whether it held the
// whole list). A longer one, for a keyword no product matches, is read as a
// stream that stops at the page's last match (see `stream` below): 2026-12-06,
// "Müller" + delivered + a year at ten million orders, raw SQL under load 8,
// the 9,078-row window read whole 90 ms, streamed 51 ms.

namespace docket {

namespace {

// The product half of a SKU from its newest lines (issue 19, session 29).
//
// A token that names a product and no order's own words (a SKU) selects the
// orders on that product's lines. The full-text query reads all of them into
// a list first and walks the list by the sort column's index, testing each
// row against it: at ten million orders "SKU-10042" has 79,207 lines, and
// that list is most of the page's cost (CPU, a quiet moment, the sqlite3
// shell: 13-17 ms of the page's query; the walk to its 200th match 27,500
// index entries).
//
// Orders are numbered as they are made, so a list by created time, newest
// first, finds its first page among the product's newest lines: the store
// reads the orders of the product's `bound` newest lines (bound = eight times
// the rows asked for; a line's order id is in the index order_lines_product
// after the product), each by its id, and sorts the matches. That page is
// the list's own when no order left out (an older id) comes before its last
// row: when no order at all, matching or not, has an id below the edge and a
// later creation time than that row (one index range of orders_created, up to
// the page's last row: the orders made since). Ties on the creation time
// order by id, and every id left out is below every id read, so they come
// after the page's last row. Imported orders (new ids, old times) are read
// or come after; an order whose id is older than its time (an edited time)
// makes the test fail, and the full-text query answers. Oldest first: the
// product's oldest lines, ids above the edge, earlier times. Other sort
// columns keep the full-text query (no order of ids follows them), and so do
// the pages after a key (the next page, the one before: the newest lines
// hold the first pages only).
//
// A period that ends before the newest orders (desc; starts after the oldest,
// asc) starts the lines at its end instead: `near`, the largest (smallest)
// order id made in the period's last (first) hour, and the bound-th line
// before (after) it is the edge. Then the orders left out are also those
// past `near`, and the test looks for either kind inside the period: no
// order created between the page's last row and the period's end whose id
// is outside [edge, near]. An order made in the period with an id past
// `near` (its last hour's orders out of order by more than an hour) fails
// it, and the full-text query answers.
// The same case, same shell: 5-7 ms for the bounded page, 1-3 ms the test.
std::optional<QList<OrderSummary>>
productLinesPage(const QSqlDatabase& db, const QString& token, const SqlClause& cols,
                 const SqlClause& w, const QString& seek, const QVariantList& seekBinds,
                 const sql::Where& others, const QString& key, bool descending, int limit,
                 qint64 offset, const std::optional<qint64>& periodEnd)
{
    if (key != orderquery::sortExpression(OrderColumn::Created) || !seek.isEmpty())
        return std::nullopt;
    const qint64 bound = 8 * (offset + limit);
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString product = QStringLiteral(
        "ol.product_id IN (SELECT rowid FROM product_fts WHERE product_fts MATCH ?)");
    const QVariant match = orderquery::ftsToken(token);
    // Desc: ids up to `near`, down to `edge`; asc: from `near` up to `edge`.
    const QString nearOp = descending ? QStringLiteral("<=") : QStringLiteral(">=");
    const QString edgeOp = descending ? QStringLiteral(">=") : QStringLiteral("<=");
    QVariant near;
    if (periodEnd)
        near = sql::scalar(db,
                           QStringLiteral("SELECT %1(o.id) FROM orders o WHERE o.created_at >= ? "
                                          "AND o.created_at < ?")
                               .arg(descending ? u"MAX" : u"MIN"),
                           descending ? QVariantList{*periodEnd - 3600, *periodEnd}
                                      : QVariantList{*periodEnd, *periodEnd + 3600});
    QString lineRange;
    QVariantList lineBinds{match};
    if (!near.isNull()) {
        lineRange = QStringLiteral(" AND ol.order_id %1 ?").arg(nearOp);
        lineBinds << near;
    }
    // The order id of the product's bound-th newest (oldest) line from
    // `near`; none: fewer lines, all of them are read.
    const QVariant edge =
        sql::scalar(db,
                    QStringLiteral("SELECT ol.order_id FROM order_lines ol WHERE %1%2 ORDER BY "
                                   "ol.order_id %3 LIMIT 1 OFFSET ?")
                        .arg(product, lineRange, dir),
                    lineBinds + QVariantList{bound - 1});
    if (!edge.isNull()) {
        lineRange += QStringLiteral(" AND ol.order_id %1 ?").arg(edgeOp);
        lineBinds << edge;
    }
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT %1 FROM (SELECT DISTINCT ol.order_id AS id FROM order_lines ol "
                       "WHERE %2%3) c CROSS JOIN orders o ON o.id = c.id WHERE %4%5%6 ORDER BY "
                       "%7 %8, o.id %8 LIMIT ? OFFSET ?")
            .arg(cols.sql, product, lineRange, w.sql, seek,
                 others.isEmpty() ? QString() : QStringLiteral(" AND ") + others.sql(), key, dir),
        cols.binds + lineBinds + w.binds + seekBinds + others.binds() +
            QVariantList{limit, offset});
    QList<OrderSummary> rows;
    rows.reserve(limit);
    while (q.next())
        rows << orderquery::readSummary(q);
    if (edge.isNull() && near.isNull())
        return rows; // every line of the product was read
    if (rows.size() < limit)
        return std::nullopt; // too few among these lines: say nothing
    // An order left out that comes before the page's last row, inside the
    // period. "+o.id": the range of orders_created, not of the row ids.
    QString out;
    QVariantList binds{rows.last().createdAt};
    if (periodEnd) {
        out += descending ? QStringLiteral(" AND o.created_at < ?")
                          : QStringLiteral(" AND o.created_at >= ?");
        binds << *periodEnd;
    }
    QStringList beyond;
    if (!edge.isNull()) {
        beyond << (descending ? QStringLiteral("+o.id < ?") : QStringLiteral("+o.id > ?"));
        binds << edge;
    }
    if (!near.isNull()) {
        beyond << (descending ? QStringLiteral("+o.id > ?") : QStringLiteral("+o.id < ?"));
        binds << near;
    }
    const bool earlier =
        sql::scalar(db,
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM orders o WHERE o.created_at %1 "
                                   "?%2 AND (%3))")
                        .arg(descending ? u">" : u"<", out, beyond.join(QStringLiteral(" OR "))),
                    binds)
            .toBool();
    if (earlier)
        return std::nullopt;
    return rows;
}

} // namespace

std::optional<QList<OrderSummary>>
OrderStore::keywordWindowPage(const OrderFilter& filter, const QString& key, bool descending,
                              int limit, qint64 offset, const std::optional<SortKey>& after) const
{
    noteKeywordWindow(0);
    if (m_backend != Backend::SQLite || m_keywordWindowFirst == 0 || limit <= 0 ||
        offset + limit > kKeywordWindowRows)
        return std::nullopt;
    const QStringList tokens = orderquery::keywordTokens(filter.keyword.trimmed());
    if (tokens.isEmpty() || !sql::ensureFtsMatch(m_db))
        return std::nullopt;

    OrderFilter rest = filter;
    rest.keyword.clear();
    const SqlClause w = orderquery::where(rest, m_session, m_backend, now());
    const SqlClause cols = orderquery::summaryColumns(now(), m_withItems);
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString seek;
    QVariantList seekBinds;
    if (after) {
        seek = QStringLiteral(" AND (%1, o.id) %2 (?, ?)").arg(key, descending ? u"<" : u">");
        seekBinds = {after->value, after->id};
    }
    sql::Where keyword;
    for (const QString& token : tokens)
        keyword.add(QStringLiteral("(docket_fts_match(?, w.customer_name, w.email, w.phone) OR "
                                   "w.id IN (SELECT ol.order_id FROM order_lines ol WHERE "
                                   "ol.product_id IN (SELECT rowid FROM product_fts WHERE "
                                   "product_fts MATCH ?) AND ol.order_id BETWEEN (SELECT MIN(id) "
                                   "FROM w) AND (SELECT MAX(id) FROM w)))"),
                    {token, orderquery::ftsToken(token)});
    // The window once (MATERIALIZED: it is read three times), then the
    // matches' rows by id; the last column is the window's length.
    const QString text =
        QStringLiteral(
            "WITH w AS MATERIALIZED (SELECT o.id AS id, o.customer_name AS customer_name, o.email "
            "AS email, o.phone AS phone FROM orders o WHERE %1%2 ORDER BY %3 %4, o.id %4 LIMIT ?) "
            "SELECT %5, (SELECT COUNT(*) FROM w) FROM w CROSS JOIN orders o ON o.id = w.id WHERE "
            "%6 ORDER BY %3 %4, o.id %4 LIMIT ? OFFSET ?")
            .arg(w.sql, seek, key, dir, cols.sql, keyword.sql());
    // After the first window, a keyword no product matches (a customer's
    // name, an e-mail: the common case) reads a longer window as a stream:
    // the window's rows one by one in list order (a co-routine: the LIMIT in
    // the subquery keeps SQLite from flattening it), each tested, stopping at
    // the page's last match, so the window is a bound, not a cost: "Müller"
    // + delivered + a year at ten million orders reads the ~6,600 rows that
    // hold the page instead of a 9,000-row window read whole, counted and
    // sorted. No ORDER BY outside: the co-routine yields the rows in its
    // order, and sorting them again would read the whole window first
    // (keywordWindowPagesEqualFullTextPages compares every sort order). A
    // product half (order_lines by product, between the window's smallest
    // and largest id) needs the whole window: those keywords keep `text`.
    QList<bool> productsOf;
    for (const QString& token : tokens)
        productsOf << sql::scalar(m_db,
                                  QStringLiteral("SELECT EXISTS (SELECT 1 FROM product_fts WHERE "
                                                 "product_fts MATCH ?)"),
                                  {orderquery::ftsToken(token)})
                          .toBool();
    const bool products = productsOf.contains(true);
    sql::Where ownWords;
    for (const QString& token : tokens)
        ownWords.add(QStringLiteral("docket_fts_match(?, w.customer_name, w.email, w.phone)"),
                     {token});
    const QString stream =
        QStringLiteral("SELECT %5, 0 FROM (SELECT o.id AS id, o.customer_name AS customer_name, "
                       "o.email AS email, o.phone AS phone FROM orders o WHERE %1%2 ORDER BY %3 "
                       "%4, o.id %4 LIMIT ?) w CROSS JOIN orders o ON o.id = w.id WHERE %6 LIMIT "
                       "? OFFSET ?")
            .arg(w.sql, seek, key, dir, cols.sql, ownWords.sql());
    const QString windowLength =
        QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM orders o WHERE %1%2 ORDER BY %3 %4, "
                       "o.id %4 LIMIT ?)")
            .arg(w.sql, seek, key, dir);

    const qint64 wanted = offset + limit;
    // The table's rows (deleted orders leave gaps: an estimate), for the
    // full-text query's cost: it reads every match in the table.
    const bool weigh = m_keywordMatchPerRow > 0;
    double tableRows = 0;
    if (weigh || m_keywordWindowFirst < 0) {
        QSqlQuery n = sql::run(m_db, QStringLiteral("SELECT MAX(id) FROM orders"));
        tableRows = n.next() ? std::max(1.0, n.value(0).toDouble()) : 1.0;
    }
    // Growing the window costs less than the full-text query while
    // window rows < matchPerRow * matches in the table; with the next window
    // 1.5 * wanted / density and matches = density * tableRows, both cost the
    // same at this density:
    const double perRow = weigh ? m_keywordMatchPerRow : kKeywordMatchPerRow;
    const double even = std::sqrt(1.5 * double(wanted) / (perRow * tableRows));
    qint64 window = m_keywordWindowFirst;
    if (window < 0)
        window = std::min(std::max(qint64(std::ceil(10.0 / even)), wanted), m_keywordWindowMost);
    for (int attempt = 0;; ++attempt) {
        const bool streamed = attempt > 0 && !products;
        QSqlQuery q = streamed ? sql::run(m_db, stream,
                                          cols.binds + w.binds + seekBinds + QVariantList{window} +
                                              ownWords.binds() + QVariantList{limit, offset})
                               : sql::run(m_db, text,
                                          w.binds + seekBinds + QVariantList{window} + cols.binds +
                                              keyword.binds() + QVariantList{limit, offset});
        QList<OrderSummary> rows;
        rows.reserve(limit);
        qint64 length = -1;
        while (q.next()) {
            rows << orderquery::readSummary(q);
            if (!streamed)
                length = q.value(orderquery::kSummaryColumnCount).toLongLong();
        }
        // A stream that found too few: was the window the whole list?
        if (streamed && rows.size() < limit)
            length = sql::scalar(m_db, windowLength, w.binds + seekBinds + QVariantList{window})
                         .toLongLong();
        noteKeywordWindow(window);
        // The window holds the rows asked for, or the whole list: exact.
        if (rows.size() == limit || (length >= 0 && length < window)) {
            noteSkip(offset);
            return rows;
        }
        // Too few matches in the window. As many in every window's length,
        // how long a window would hold `wanted` of them (half as long again
        // the first time, a quarter after: the matches are not spread evenly,
        // and a few of them say little)?
        const qint64 found = rows.isEmpty() ? 0 : offset + rows.size();
        if (attempt >= 2 || found == 0 || window >= m_keywordWindowMost)
            break;
        const double density = double(found) / double(window);
        const double longer = double(wanted) / density * (attempt == 0 ? 1.5 : 1.25);
        if (longer > double(m_keywordWindowMost) * 1.25)
            break; // a rare keyword: the full-text query reads few matches
        // Weighed, once (the first window is spent; a second is shorter than
        // what the first said): the full-text query reads about
        // density * tableRows matches; a keyword rarer than `even` costs it
        // less than the window.
        if (weigh && attempt == 0 && longer > m_keywordMatchPerRow * density * tableRows)
            break;
        // A stream reads only the rows up to the page's last match: its
        // bound can be twice as long, so that an uneven spread of the matches
        // rarely needs a third window (which would read the list again).
        window = std::clamp(qint64(std::ceil(products ? longer : 2 * longer)), window + 1,
                            m_keywordWindowMost);
    }
    noteKeywordWindow(0);
    // The full-text query. A token that matches a product (a SKU) rarely
    // matches an order's own words: when it matches none of them, its
    // condition is the product half alone. Both halves as one OR cost the
    // list walk two tests a row (10M orders, "SKU-10042" + shipped/delivered
    // + a year, the sqlite3 shell, CPU: 24-30 ms with both halves, 14-15 ms
    // with the product half alone). The own words are looked up only for such
    // tokens: a full-text prefix query reads all its matches before the
    // first (what the page's query would read again), cheap for the rare
    // words of a keyword that gave the window up.
    if (!products)
        return std::nullopt;
    const QList<dialect::KeywordParts> parts = [&] {
        QList<dialect::KeywordParts> out;
        for (const QString& token : tokens)
            out << dialect::keywordParts(m_backend, token);
        return out;
    }();
    sql::Where narrowed;
    sql::Where others; // narrowed without the driver's condition (below)
    qsizetype driver = -1;
    bool dropped = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const dialect::KeywordParts& k = parts[i];
        if (!productsOf[i]) {
            narrowed.add(k.orderWords.sql, k.orderWords.binds);
            others.add(k.orderWords.sql, k.orderWords.binds);
            continue;
        }
        const bool hasOwnWords =
            sql::scalar(m_db,
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM order_fts WHERE order_fts "
                                       "MATCH ?)"),
                        {orderquery::ftsToken(tokens[i])})
                .toBool();
        if (hasOwnWords) {
            const QString both = QLatin1Char('(') + k.orderWords.sql + QStringLiteral(" OR ") +
                                 k.productWords.sql + QLatin1Char(')');
            narrowed.add(both, k.orderWords.binds + k.productWords.binds);
            others.add(both, k.orderWords.binds + k.productWords.binds);
        } else {
            narrowed.add(k.productWords.sql, k.productWords.binds);
            if (driver < 0)
                driver = i;
            else
                others.add(k.productWords.sql, k.productWords.binds);
            dropped = true;
        }
    }
    if (!dropped)
        return std::nullopt; // page() runs the same query
    // The period's end in list order (its start, oldest first).
    std::optional<qint64> periodEnd;
    if (descending && filter.to.isValid())
        periodEnd = dateperiod::startOfDay(filter.to.addDays(1), filter.timeZone);
    else if (!descending && filter.from.isValid())
        periodEnd = dateperiod::startOfDay(filter.from, filter.timeZone);
    if (const auto rows = productLinesPage(m_db, tokens[driver], cols, w, seek, seekBinds, others,
                                           key, descending, limit, offset, periodEnd)) {
        noteSkip(offset);
        return rows;
    }
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT %1 FROM orders o WHERE %2%3 AND %4 ORDER BY %5 "
                                "%6, o.id %6 LIMIT ? OFFSET ?")
                     .arg(cols.sql, w.sql, seek, narrowed.sql(), key, dir),
                 cols.binds + w.binds + seekBinds + narrowed.binds() + QVariantList{limit, offset});
    QList<OrderSummary> rows;
    rows.reserve(limit);
    while (q.next())
        rows << orderquery::readSummary(q);
    noteSkip(offset);
    return rows;
}

} // namespace docket
