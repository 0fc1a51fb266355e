#include "orderstore.h"

#include "salessummaries.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <limits>

namespace docket {

namespace {

QDateTime fromSecs(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const char* kOrderColumns =
    "o.id, o.number, o.customer_id, o.customer_name, o.email, o.phone, o.ship_street, "
    "o.ship_city, o.ship_postcode, o.ship_region, o.ship_country, o.channel, o.status, "
    "o.currency, o.total_cents, o.note, o.created_at, o.updated_at, o.created_by, "
    "o.assigned_to, o.seen_at, o.seen_by, o.invalid_at, o.invalid_by, o.invalid_reason, "
    "o.version";

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
    o.totalCents = q.value(14).toLongLong();
    o.note = q.value(15).toString();
    o.createdAt = fromSecs(q.value(16));
    o.updatedAt = fromSecs(q.value(17));
    o.createdBy = q.value(18).toString();
    o.assignedTo = q.value(19).toString();
    o.seenAt = fromSecs(q.value(20));
    o.seenBy = q.value(21).toString();
    o.invalidAt = fromSecs(q.value(22));
    o.invalidBy = q.value(23).toString();
    o.invalidReason = q.value(24).toString();
    o.version = q.value(25).toLongLong();
    return o;
}

OrderSummary readSummary(const QSqlQuery& q)
{
    OrderSummary s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toString();
    s.customerName = q.value(2).toString();
    s.totalCents = q.value(3).toLongLong();
    s.currency = q.value(4).toString();
    s.createdAt = q.value(5).toLongLong();
    s.status = q.value(6).toString();
    s.channel = q.value(7).toString();
    s.isNew = q.value(8).toInt() != 0;
    s.invalid = q.value(9).toInt() != 0;
    s.overdue = q.value(10).toInt() != 0;
    return s;
}

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString linesSummary(const QList<OrderLine>& lines)
{
    QStringList parts;
    for (const auto& l : lines)
        parts << QStringLiteral("%1× %2 %3 @ %4")
                     .arg(l.quantity)
                     .arg(l.sku, l.name, Money(l.unitPriceCents).toPlainString());
    return parts.join(QStringLiteral("; "));
}

// The ids once each, ascending: batches lock rows in id order (see
// dialect::lockOrderRows), so overlapping batches never deadlock.
QList<qint64> unique(const QList<qint64>& ids)
{
    QList<qint64> out;
    out.reserve(ids.size());
    QSet<qint64> seen;
    seen.reserve(ids.size());
    for (qint64 id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    std::sort(out.begin(), out.end());
    return out;
}

// order_archive as "o", with the archived order's channel, creator and
// assignee as columns, so that orderquery::scope() applies to it as to orders.
QString scopedArchive(Backend backend)
{
    auto field = [&](const char* key) {
        return dialect::snapshotOrderField(backend, QStringLiteral("a.snapshot"),
                                           QLatin1String(key));
    };
    return QStringLiteral("(SELECT a.*, %1 AS channel, %2 AS created_by, %3 AS assigned_to FROM "
                          "order_archive a) o")
        .arg(field("channel"), field("created_by"), field("assigned_to"));
}

} // namespace

QVariant sortValue(const OrderSummary& row, OrderColumn column)
{
    switch (column) {
    case OrderColumn::Number:
        return row.number;
    case OrderColumn::Customer:
        return row.customerName;
    case OrderColumn::Total:
        return row.totalCents;
    case OrderColumn::Created:
        return row.createdAt;
    case OrderColumn::Status:
        return row.status;
    case OrderColumn::Channel:
        return row.channel;
    }
    return {};
}

OrderStore::OrderStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)), m_backend(sql::backendOf(m_db)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

void OrderStore::requireView() const
{
    m_session.require(Permission::ViewOrders);
}

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
                             l.value(4).toLongLong(), l.value(5).toLongLong()};
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
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no order with the number \"%1\".").arg(number.trimmed()),
                          QStringLiteral("number"));
    return order(id.toLongLong());
}

std::optional<OrderSummary> OrderStore::summary(qint64 id, const OverdueRules& rules) const
{
    requireView();
    const SqlClause cols = orderquery::summaryColumns(rules, now());
    const SqlClause scope = orderquery::scope(m_session);
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT %1 FROM orders o WHERE o.id = ? AND %2").arg(cols.sql, scope.sql),
        cols.binds + QVariantList{id} + scope.binds);
    if (!q.next())
        return std::nullopt;
    return readSummary(q);
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
        out << OrderEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), fromSecs(q.value(2)),
                          q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                          q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString()};
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
        const SqlClause w = orderquery::where(rest, m_session, m_backend, now());
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
    const SqlClause w = orderquery::where(filter, m_session, m_backend, now());
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM orders o WHERE ") + w.sql,
                       w.binds)
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
    const SqlClause cols = orderquery::summaryColumns(filter.overdue, now());
    const SqlClause w = orderquery::where(filter, m_session, m_backend, now());
    const QString key = orderquery::sortExpression(sort.column);
    bool desc = sort.order == Qt::DescendingOrder;
    if (backwards)
        desc = !desc;
    const QString dir = desc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString order = QStringLiteral(" ORDER BY %1 %2, o.id %2").arg(key, dir);
    auto fetch = [&](bool anchored) {
        QString where = w.sql;
        QVariantList binds = cols.binds + w.binds;
        qint64 skip = offset;
        if (after) {
            where += QStringLiteral(" AND (%1, o.id) %2 (?, ?)").arg(key, desc ? u"<" : u">");
            binds << after->value << after->id;
        } else if (anchored) {
            // A far jump: start at the UTC hour that holds the row, not at row 0.
            const auto anchor = jumpAnchor(filter, desc, offset);
            if (!anchor)
                return std::optional<QList<OrderSummary>>();
            where += desc ? QStringLiteral(" AND o.created_at < ?")
                          : QStringLiteral(" AND o.created_at >= ?");
            binds << anchor->bound;
            skip -= anchor->rowsBefore;
        }
        QString text;
        if (skip > 0 && m_backend == Backend::PostgreSQL) {
            // PostgreSQL fetches the table row of every index entry an OFFSET
            // steps over when the query reads columns the index lacks (SQLite
            // defers that until a row is returned). The page's ids first, from
            // the sort column's index alone (an index-only scan where it covers
            // the filter), then their rows. 1M orders sorted by amount, the
            // middle page: 3.2 s before, about 0.1 s.
            text = QStringLiteral("SELECT %1 FROM orders o WHERE o.id IN (SELECT o.id FROM "
                                  "orders o WHERE %2%3 LIMIT ? OFFSET ?)%3")
                       .arg(cols.sql, where, order);
        } else {
            text = QStringLiteral("SELECT %1 FROM orders o WHERE %2%3 LIMIT ? OFFSET ?")
                       .arg(cols.sql, where, order);
        }
        binds << limit << skip;
        QSqlQuery q = sql::run(m_db, text, binds);
        QList<OrderSummary> rows;
        rows.reserve(limit);
        while (q.next())
            rows << readSummary(q);
        return std::optional<QList<OrderSummary>>(std::move(rows));
    };
    const bool anchored =
        !after && sort.column == OrderColumn::Created && offset >= m_jumpAnchorFrom;
    std::optional<QList<OrderSummary>> page = anchored ? fetch(true) : std::nullopt;
    // A short anchored page: the list ends there, or the summaries are behind
    // the orders (a bulk seed rebuilds them after its commit); stepping over
    // the rows themselves tells which.
    if (!page || (anchored && page->size() < limit))
        page = fetch(false);
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
    if (!f.number.trimmed().isEmpty() || !f.keyword.trimmed().isEmpty() || !f.regions.isEmpty() ||
        !f.skus.isEmpty() || f.newOnly || f.overdueOnly || f.from.isValid() || f.to.isValid())
        return std::nullopt;
    const Scope& scope = m_session.scope();
    if (scope.kind == Scope::Kind::Own)
        return std::nullopt;
    if (m_backend == Backend::PostgreSQL &&
        !sql::scalar(m_db, QStringLiteral("SELECT has_table_privilege('sales_orders', 'SELECT')"))
             .toBool())
        return std::nullopt;

    QString where;
    QVariantList binds;
    auto add = [&](const SqlClause& c) {
        where += QStringLiteral(" AND ") + c.sql;
        binds << c.binds;
    };
    if (f.validity != OrderFilter::Validity::All)
        add({QStringLiteral("invalid = ?"),
             {f.validity == OrderFilter::Validity::Invalid ? 1 : 0}});
    if (!f.statuses.isEmpty())
        add(orderquery::inList(QStringLiteral("status"), f.statuses));
    if (!f.channels.isEmpty())
        add(orderquery::inList(QStringLiteral("channel"), f.channels));
    if (scope.kind == Scope::Kind::Channels)
        add(orderquery::inList(QStringLiteral("channel"), scope.channels));

    // Months, then that month's days, then that day's hours: in list order,
    // the first bucket whose rows reach past `offset`.
    qint64 before = 0;
    qint64 lo = std::numeric_limits<qint64>::min();
    qint64 hi = std::numeric_limits<qint64>::max();
    for (int grain = 2; grain >= 0; --grain) {
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT bucket, SUM(orders) FROM sales_orders WHERE grain = ?%1 AND "
                           "bucket >= ? AND bucket < ? GROUP BY bucket ORDER BY bucket %2")
                .arg(where, descending ? QStringLiteral("DESC") : QStringLiteral("ASC")),
            QVariantList{grain} + binds + QVariantList{lo, hi});
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
    const QString dir =
        sort.order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT o.id FROM orders o WHERE %1 ORDER BY %2 %3, "
                                          "o.id %3 LIMIT ? OFFSET ?")
                               .arg(w.sql, key, dir),
                           w.binds + QVariantList{limit, offset});
    QList<qint64> ids;
    ids.reserve(limit);
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

qint64 OrderStore::rankOf(const OrderFilter& filter, const OrderSort& sort,
                          const SortKey& key) const
{
    requireView();
    const SqlClause w = orderquery::where(filter, m_session, m_backend, now());
    const QString expr = orderquery::sortExpression(sort.column);
    const bool desc = sort.order == Qt::DescendingOrder;
    return sql::scalar(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM orders o WHERE %1 AND (%2, o.id) %3 "
                                      "(?, ?)")
                           .arg(w.sql, expr, desc ? u">" : u"<"),
                       w.binds + QVariantList{key.value, key.id})
        .toLongLong();
}

qint64 OrderStore::maxOrderId() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders"))
        .toLongLong();
}

QList<ArchivedOrder> OrderStore::archived(const QString& numberPrefix, int limit) const
{
    m_session.require(Permission::RestoreArchived);
    // Only the archived orders of the session's scope, as with orders.
    const SqlClause scope = orderquery::scope(m_session);
    QString text = QStringLiteral("SELECT o.id, o.order_id, o.number, o.customer_name, "
                                  "o.total_cents, o.currency, o.invalid_reason, o.deleted_at, "
                                  "o.deleted_by FROM %1 WHERE %2")
                       .arg(scopedArchive(m_backend), scope.sql);
    QVariantList binds = scope.binds;
    if (!numberPrefix.trimmed().isEmpty()) {
        text += QStringLiteral(" AND o.number >= ? AND o.number < ?");
        QString p = numberPrefix.trimmed().toUpper();
        QString upper = p;
        upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
        binds << p << upper;
    }
    text += QStringLiteral(" ORDER BY o.deleted_at DESC, o.id DESC LIMIT ?");
    binds << limit;
    QSqlQuery q = sql::run(m_db, text, binds);
    QList<ArchivedOrder> out;
    while (q.next())
        out << ArchivedOrder{
            q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
            q.value(6).toString(),   fromSecs(q.value(7)),    q.value(8).toString()};
    return out;
}

// ---------------------------------------------------------------- validation

QList<FieldError> OrderStore::validate(const Order& o)
{
    QList<FieldError> errors;
    if (o.customerName.trimmed().isEmpty())
        errors.push_back({QStringLiteral("customer_name"), tr("The customer name is required.")});
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!o.email.trimmed().isEmpty() && !emailRe.match(o.email.trimmed()).hasMatch())
        errors.push_back({QStringLiteral("email"),
                          tr("\"%1\" is not an email address.").arg(o.email.trimmed())});
    if (!channel::codes().contains(o.channel))
        errors.push_back({QStringLiteral("channel"), tr("Choose a sales channel.")});
    if (!status::fromCode(o.status))
        errors.push_back({QStringLiteral("status"), tr("Unknown status \"%1\".").arg(o.status)});
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyRe.match(o.currency).hasMatch())
        errors.push_back({QStringLiteral("currency"),
                          tr("The currency must be a three-letter code such as EUR.")});
    if (o.lines.isEmpty())
        errors.push_back({QStringLiteral("lines"), tr("An order needs at least one line.")});
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines[i];
        const QString where = QStringLiteral("lines[%1]").arg(i);
        if (l.sku.trimmed().isEmpty())
            errors.push_back(
                {where + QStringLiteral(".sku"), tr("Line %1: the SKU is required.").arg(i + 1)});
        if (l.name.trimmed().isEmpty())
            errors.push_back({where + QStringLiteral(".name"),
                              tr("Line %1: the product name is required.").arg(i + 1)});
        if (l.quantity < 1)
            errors.push_back({where + QStringLiteral(".quantity"),
                              tr("Line %1: the quantity must be at least 1.").arg(i + 1)});
        if (l.quantity > 1000000)
            errors.push_back({where + QStringLiteral(".quantity"),
                              tr("Line %1: the quantity is too large.").arg(i + 1)});
        if (l.unitPriceCents < 0)
            errors.push_back({where + QStringLiteral(".unit_price"),
                              tr("Line %1: the price cannot be negative.").arg(i + 1)});
        if (l.unitPriceCents > 100000000000LL)
            errors.push_back({where + QStringLiteral(".unit_price"),
                              tr("Line %1: the price is too large.").arg(i + 1)});
    }
    return errors;
}

// ---------------------------------------------------------------- writes

void OrderStore::beginAudit(qint64 ts, const QString& note) const
{
    dialect::setAuditContext(m_db, m_session.userName(), ts, note);
}

void OrderStore::addEvent(qint64 orderId, const QString& kind, const QString& field,
                          const QString& oldValue, const QString& newValue,
                          const QString& note) const
{
    if (dialect::auditedByDatabase(m_backend))
        return; // the server writes it (see beginAudit)
    sql::run(m_db,
             QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                            "old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {orderId, now(), m_session.userName(), kind, nn(field), nn(oldValue), nn(newValue),
              nn(note)});
}

void OrderStore::writeLines(qint64 orderId, const QList<OrderLine>& lines) const
{
    sql::run(m_db, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"), {orderId});
    QSqlQuery ins = sql::prepare(
        m_db, QStringLiteral("INSERT INTO order_lines(order_id, line_no, product_id, sku, name, "
                             "quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int lineNo = 1;
    for (const OrderLine& l : lines) {
        ins.bindValue(0, orderId);
        ins.bindValue(1, lineNo++);
        // Link the line to the catalogue by SKU when the caller did not.
        qint64 productId = l.productId;
        if (productId == 0)
            productId = sql::scalar(m_db, QStringLiteral("SELECT id FROM products WHERE sku = ?"),
                                    {l.sku.trimmed()}, 0)
                            .toLongLong();
        ins.bindValue(2,
                      productId ? QVariant(productId) : QVariant(QMetaType(QMetaType::LongLong)));
        ins.bindValue(3, l.sku.trimmed());
        ins.bindValue(4, l.name.trimmed());
        ins.bindValue(5, l.quantity);
        ins.bindValue(6, l.unitPriceCents);
        sql::exec(ins);
    }
}

qint64 OrderStore::create(Order o)
{
    m_session.require(Permission::CreateOrders);
    if (const auto errors = validate(o); !errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
    const SqlClause scope = orderquery::scope(m_session);
    if (m_session.scope().kind == Scope::Kind::Channels &&
        !m_session.scope().channels.contains(o.channel))
        throw DocketError(DocketError::Code::Forbidden,
                          tr("%1 may not create orders for the channel \"%2\".")
                              .arg(m_session.userName(), channel::label(o.channel)),
                          QStringLiteral("channel"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    beginAudit(ts);
    const qint64 id = dialect::nextOrderId(m_db);
    QString number = o.number.trimmed().toUpper();
    if (number.isEmpty())
        number = orderquery::formatOrderNumber(id);
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM orders WHERE number = ?"), {number})
             .isNull())
        throw DocketError(DocketError::Code::Conflict,
                          tr("An order with the number %1 already exists.").arg(number),
                          QStringLiteral("number"));
    const QString createdBy = o.createdBy.isEmpty() ? m_session.userName() : o.createdBy;
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO orders(id, number, customer_id, customer_name, email, phone, "
                 "ship_street, ship_city, ship_postcode, ship_region, ship_country, channel, "
                 "status, currency, total_cents, note, created_at, updated_at, created_by, "
                 "assigned_to, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, 1)"),
             {id,
              number,
              o.customerId ? QVariant(o.customerId) : QVariant(QMetaType(QMetaType::LongLong)),
              o.customerName.trimmed(),
              nn(o.email.trimmed()),
              nn(o.phone.trimmed()),
              nn(o.shipTo.street),
              nn(o.shipTo.city),
              nn(o.shipTo.postcode),
              nn(o.shipTo.region),
              nn(o.shipTo.country),
              o.channel,
              o.status,
              o.currency,
              o.linesTotalCents(),
              nn(o.note),
              o.createdAt.isValid() ? o.createdAt.toSecsSinceEpoch() : ts,
              ts,
              createdBy,
              nn(o.assignedTo)});
    writeLines(id, o.lines);
    addEvent(id, QStringLiteral("created"), {}, {}, number);
    tx.commit();
    return id;
}

Order OrderStore::update(const Order& edited)
{
    const Order current = order(edited.id); // scope + existence
    if (const auto errors = validate(edited); !errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
    struct Change
    {
        const char* column;
        QString oldValue;
        QString newValue;
    };
    QList<Change> changes;
    auto cmp = [&](const char* column, const QString& a, const QString& b) {
        if (a != b)
            changes.push_back({column, a, b});
    };
    cmp("customer_name", current.customerName, edited.customerName.trimmed());
    cmp("email", current.email, edited.email.trimmed());
    cmp("phone", current.phone, edited.phone.trimmed());
    cmp("ship_street", current.shipTo.street, edited.shipTo.street);
    cmp("ship_city", current.shipTo.city, edited.shipTo.city);
    cmp("ship_postcode", current.shipTo.postcode, edited.shipTo.postcode);
    cmp("ship_region", current.shipTo.region, edited.shipTo.region);
    cmp("ship_country", current.shipTo.country, edited.shipTo.country);
    cmp("channel", current.channel, edited.channel);
    cmp("currency", current.currency, edited.currency);
    cmp("note", current.note, edited.note);
    cmp("assigned_to", current.assignedTo, edited.assignedTo);
    const bool statusChanged = current.status != edited.status;
    QList<OrderLine> curLines = current.lines;
    QList<OrderLine> newLines = edited.lines;
    auto sameLines = [](QList<OrderLine> a, QList<OrderLine> b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i].sku.trimmed() != b[i].sku.trimmed() ||
                a[i].name.trimmed() != b[i].name.trimmed() || a[i].quantity != b[i].quantity ||
                a[i].unitPriceCents != b[i].unitPriceCents)
                return false;
        return true;
    };
    const bool linesChanged = !sameLines(curLines, newLines);

    if (!changes.isEmpty() || linesChanged)
        m_session.require(Permission::EditOrders);
    if (statusChanged) {
        m_session.require(Permission::ChangeStatus);
        const auto from = status::fromCode(current.status);
        const auto to = status::fromCode(edited.status);
        if (!from || !to || !status::canMove(*from, *to))
            throw DocketError(
                DocketError::Code::Invalid,
                tr("An order cannot move from \"%1\" to \"%2\".")
                    .arg(status::labelForCode(current.status), status::labelForCode(edited.status)),
                QStringLiteral("status"));
    }
    if (m_session.scope().kind == Scope::Kind::Channels &&
        !m_session.scope().channels.contains(edited.channel))
        throw DocketError(DocketError::Code::Forbidden,
                          tr("%1 may not move orders to the channel \"%2\".")
                              .arg(m_session.userName(), channel::label(edited.channel)),
                          QStringLiteral("channel"));
    if (changes.isEmpty() && !linesChanged && !statusChanged)
        return current;
    if (current.isInvalid())
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 is marked invalid; mark it valid again before editing it.")
                              .arg(current.number));

    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    beginAudit(ts);
    const qint64 newTotal = edited.linesTotalCents();
    // The order's row before anything else (PostgreSQL): every writer locks
    // its orders first and the shared analytics summaries after, so two
    // writers never wait for each other in a circle.
    sql::run(m_db,
             QStringLiteral("SELECT o.id FROM orders o WHERE o.id = ?") +
                 dialect::lockOrderRows(m_backend),
             {edited.id});
    // Lines first: where the server keeps the trail, the order's update below
    // is what records the lines it replaced.
    if (linesChanged)
        writeLines(edited.id, newLines);
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("UPDATE orders SET customer_name = ?, email = ?, phone = ?, ship_street = "
                       "?, ship_city = ?, ship_postcode = ?, ship_region = ?, ship_country = ?, "
                       "channel = ?, currency = ?, note = ?, assigned_to = ?, status = ?, "
                       "total_cents = ?, updated_at = ?, version = version + 1 WHERE id = ? AND "
                       "version = ?"),
        {edited.customerName.trimmed(), nn(edited.email.trimmed()), nn(edited.phone.trimmed()),
         nn(edited.shipTo.street), nn(edited.shipTo.city), nn(edited.shipTo.postcode),
         nn(edited.shipTo.region), nn(edited.shipTo.country), edited.channel, edited.currency,
         nn(edited.note), nn(edited.assignedTo), edited.status, newTotal, ts, edited.id,
         edited.version});
    if (q.numRowsAffected() != 1)
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Order %1 was changed by someone else after you opened it.").arg(current.number));
    for (const Change& c : changes)
        addEvent(edited.id, QStringLiteral("edited"), QString::fromLatin1(c.column), c.oldValue,
                 c.newValue);
    if (linesChanged) {
        addEvent(edited.id, QStringLiteral("edited"), QStringLiteral("lines"),
                 linesSummary(curLines), linesSummary(newLines));
        if (newTotal != current.totalCents)
            addEvent(edited.id, QStringLiteral("edited"), QStringLiteral("total_cents"),
                     Money(current.totalCents).toPlainString(), Money(newTotal).toPlainString());
    }
    if (statusChanged)
        addEvent(edited.id, QStringLiteral("status"), QStringLiteral("status"), current.status,
                 edited.status);
    tx.commit();
    return order(edited.id);
}

void OrderStore::changeStatus(qint64 id, OrderStatus to, const QString& note,
                              std::optional<qint64> expectedVersion)
{
    m_session.require(Permission::ChangeStatus);
    Order o = order(id);
    const auto from = status::fromCode(o.status);
    if (expectedVersion && *expectedVersion != o.version)
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 was changed by someone else meanwhile; its status was not "
                             "changed. Look at it again and retry.")
                              .arg(o.number));
    if (o.isInvalid())
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Order %1 is marked invalid; its status cannot change.").arg(o.number));
    if (!from || !status::canMove(*from, to))
        throw DocketError(DocketError::Code::Invalid,
                          tr("Order %1 cannot move from \"%2\" to \"%3\".")
                              .arg(o.number, status::labelForCode(o.status), status::label(to)),
                          QStringLiteral("status"));
    if (*from == to)
        return;
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    beginAudit(ts, note);
    // Only from the status checked above: a concurrent change makes this a
    // conflict instead of a silent overwrite.
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, version = "
                                          "version + 1 WHERE id = ? AND version = ?"),
                           {status::code(to), ts, id, o.version});
    if (q.numRowsAffected() != 1)
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 was changed by someone else meanwhile; its status was not "
                             "changed. Look at it again and retry.")
                              .arg(o.number));
    addEvent(id, QStringLiteral("status"), QStringLiteral("status"), o.status, status::code(to),
             note);
    tx.commit();
}

void OrderStore::ensureInScope(const QList<qint64>& ids, const QString& extraCondition,
                               const QString& failureMessage) const
{
    // ids are unique; count those that exist, are in scope and meet the condition.
    const SqlClause scope = orderquery::scope(m_session);
    qint64 found = 0;
    for (qsizetype i = 0; i < ids.size(); i += kBatchChunk) {
        const QList<qint64> chunk = ids.mid(i, kBatchChunk);
        // Counting locks the rows too (PostgreSQL), before anything is written.
        found +=
            sql::scalar(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM (SELECT o.id FROM orders o WHERE "
                                       "o.id IN %1 AND %2 AND %3%4) x")
                            .arg(dialect::idListSubquery(m_backend), scope.sql,
                                 extraCondition.isEmpty() ? QStringLiteral("1=1") : extraCondition,
                                 dialect::lockOrderRows(m_backend)),
                        QVariantList{dialect::idListParam(m_backend, chunk)} + scope.binds)
                .toLongLong();
    }
    if (found != ids.size())
        throw DocketError(DocketError::Code::Conflict,
                          failureMessage.arg(ids.size() - found).arg(ids.size()));
}

template <typename Fn>
int OrderStore::chunked(const QList<qint64>& ids, const ProgressFn& progress, Fn&& perChunk)
{
    int changed = 0;
    const qint64 total = ids.size();
    if (progress && !progress(0, total))
        throw DocketError(DocketError::Code::Cancelled, tr("Cancelled; nothing was changed."));
    for (qsizetype i = 0; i < ids.size(); i += kBatchChunk) {
        const QList<qint64> chunk = ids.mid(i, kBatchChunk);
        changed += perChunk(sql::idListParam(m_backend, chunk));
        if (progress && !progress(std::min<qint64>(i + kBatchChunk, total), total))
            throw DocketError(DocketError::Code::Cancelled, tr("Cancelled; nothing was changed."));
    }
    return changed;
}

// Marks the unseen ones among `ids` seen by the session's user, audited, in
// the caller's transaction.
int OrderStore::markUnseen(const QList<qint64>& ids)
{
    const qint64 ts = now();
    beginAudit(ts);
    const QString list = dialect::idListSubquery(m_backend);
    return chunked(ids, {}, [&](const QVariant& param) {
        if (!dialect::auditedByDatabase(m_backend))
            sql::run(
                m_db,
                QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind) SELECT id, ?, "
                               "?, 'seen' FROM orders WHERE id IN %1 AND seen_at IS NULL")
                    .arg(list),
                {ts, m_session.userName(), param});
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("UPDATE orders SET seen_at = ?, seen_by = ? WHERE id "
                                              "IN %1 AND seen_at IS NULL")
                                   .arg(list),
                               {ts, m_session.userName(), param});
        return q.numRowsAffected();
    });
}

int OrderStore::markSeen(const QList<qint64>& idsIn)
{
    m_session.require(Permission::MarkSeen);
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    ensureInScope(ids, {}, tr("%1 of the %2 orders no longer exist or are outside your scope."));
    const int n = markUnseen(ids);
    tx.commit();
    return n;
}

int OrderStore::markAllSeen()
{
    m_session.require(Permission::MarkSeen);
    const SqlClause scope = orderquery::scope(m_session);
    sql::WriteTransaction tx(m_db);
    // The unseen orders as of now, locked on PostgreSQL; an order that arrives
    // meanwhile stays new (and unaudited changes cannot slip in between the
    // event and the update).
    QList<qint64> ids;
    {
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT o.id FROM orders o WHERE o.seen_at IS NULL "
                                              "AND ") +
                                   scope.sql + dialect::lockOrderRows(m_backend),
                               scope.binds);
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    const int n = markUnseen(ids);
    tx.commit();
    return n;
}

int OrderStore::invalidate(const QList<qint64>& idsIn, const QString& reason,
                           const ProgressFn& progress)
{
    m_session.require(Permission::Invalidate);
    if (reason.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Give a reason for marking the orders invalid."),
                          QStringLiteral("reason"));
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    ensureInScope(ids, {}, tr("%1 of the %2 orders no longer exist or are outside your scope."));
    const qint64 ts = now();
    beginAudit(ts);
    const QString list = sql::idListSubquery(m_backend);
    summaries::BatchUpdate summary(m_db, m_backend, summaries::BatchChange::Invalidate);
    const int n = chunked(ids, progress, [&](const QVariant& param) {
        summary.before(param);
        if (!dialect::auditedByDatabase(m_backend))
            sql::run(
                m_db,
                QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, note) SELECT "
                               "id, ?, ?, 'invalidated', ? FROM orders WHERE id IN %1 AND "
                               "invalid_at IS NULL")
                    .arg(list),
                {ts, m_session.userName(), reason.trimmed(), param});
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("UPDATE orders SET invalid_at = ?, invalid_by = ?, "
                                              "invalid_reason = ?, updated_at = ?, version = "
                                              "version + 1 WHERE id IN %1 AND invalid_at IS NULL")
                                   .arg(list),
                               {ts, m_session.userName(), reason.trimmed(), ts, param});
        return q.numRowsAffected();
    });
    summary.finish();
    tx.commit();
    return n;
}

int OrderStore::revalidate(const QList<qint64>& idsIn, const ProgressFn& progress)
{
    m_session.require(Permission::Invalidate);
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    ensureInScope(ids, {}, tr("%1 of the %2 orders no longer exist or are outside your scope."));
    const qint64 ts = now();
    beginAudit(ts);
    const QString list = sql::idListSubquery(m_backend);
    summaries::BatchUpdate summary(m_db, m_backend, summaries::BatchChange::Revalidate);
    const int n = chunked(ids, progress, [&](const QVariant& param) {
        summary.before(param);
        if (!dialect::auditedByDatabase(m_backend))
            sql::run(
                m_db,
                QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, old_value) "
                               "SELECT id, ?, ?, 'revalidated', invalid_reason FROM orders WHERE "
                               "id IN %1 AND invalid_at IS NOT NULL")
                    .arg(list),
                {ts, m_session.userName(), param});
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("UPDATE orders SET invalid_at = NULL, invalid_by = "
                                              "NULL, invalid_reason = NULL, updated_at = ?, "
                                              "version = version + 1 WHERE id IN %1 AND "
                                              "invalid_at IS NOT NULL")
                                   .arg(list),
                               {ts, param});
        return q.numRowsAffected();
    });
    summary.finish();
    tx.commit();
    return n;
}

int OrderStore::deleteInvalid(const QList<qint64>& idsIn, const ProgressFn& progress)
{
    m_session.require(Permission::DeleteInvalid);
    const QList<qint64> ids = unique(idsIn);
    if (ids.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    ensureInScope(ids, QStringLiteral("o.invalid_at IS NOT NULL"),
                  tr("Only invalid orders can be deleted: %1 of the %2 selected orders are not "
                     "marked invalid (or no longer exist). Nothing was deleted."));
    const qint64 ts = now();
    beginAudit(ts);
    const QString list = sql::idListSubquery(m_backend);
    const QString snapshot = dialect::orderSnapshotExpression(m_backend);
    summaries::BatchUpdate summary(m_db, m_backend, summaries::BatchChange::Delete);
    const int n = chunked(ids, progress, [&](const QVariant& param) {
        summary.before(param);
        // Where the server keeps the trail, it archives each order it deletes.
        if (!dialect::auditedByDatabase(m_backend))
            sql::run(m_db,
                     QStringLiteral("INSERT INTO order_archive(order_id, number, customer_name, "
                                    "total_cents, currency, invalid_reason, deleted_at, "
                                    "deleted_by, snapshot) SELECT o.id, o.number, "
                                    "o.customer_name, o.total_cents, o.currency, "
                                    "COALESCE(o.invalid_reason, ''), ?, ?, %1 FROM orders o WHERE "
                                    "o.id IN %2")
                         .arg(snapshot, list),
                     {ts, m_session.userName(), param});
        QSqlQuery q =
            sql::run(m_db, QStringLiteral("DELETE FROM orders WHERE id IN %1").arg(list), {param});
        return q.numRowsAffected();
    });
    summary.finish();
    tx.commit();
    return n;
}

qint64 OrderStore::restore(qint64 archiveId)
{
    m_session.require(Permission::RestoreArchived);
    sql::WriteTransaction tx(m_db);
    // Out of the session's scope (channels, own orders) is "not found".
    const SqlClause scope = orderquery::scope(m_session);
    QSqlQuery a = sql::run(m_db,
                           QStringLiteral("SELECT o.snapshot, o.deleted_at, o.deleted_by, o.number "
                                          "FROM %1 WHERE o.id = ? AND %2")
                               .arg(scopedArchive(m_backend), scope.sql),
                           QVariantList{archiveId} + scope.binds);
    if (!a.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no archived order with the id %1.").arg(archiveId));
    const QJsonObject snap = QJsonDocument::fromJson(a.value(0).toString().toUtf8()).object();
    const qint64 deletedAt = a.value(1).toLongLong();
    const QString deletedBy = a.value(2).toString();
    const QString number = a.value(3).toString();
    const QJsonObject o = snap.value(QStringLiteral("order")).toObject();
    if (o.isEmpty())
        throw DocketError(
            DocketError::Code::Database,
            tr("The archived copy of %1 is damaged and cannot be restored.").arg(number));
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM orders WHERE number = ?"), {number})
             .isNull())
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Order %1 cannot be restored: another order has that number now.").arg(number));
    qint64 id = o.value(QStringLiteral("id")).toInteger();
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM orders WHERE id = ?"), {id}).isNull())
        id = dialect::nextOrderId(m_db);
    auto str = [&](const char* k) {
        return o.value(QLatin1String(k)).toString();
    };
    auto num = [&](const char* k) {
        const QJsonValue v = o.value(QLatin1String(k));
        return v.isNull() || v.isUndefined() ? QVariant(QMetaType(QMetaType::LongLong))
                                             : QVariant(v.toInteger());
    };
    auto nstr = [&](const char* k) {
        const QJsonValue v = o.value(QLatin1String(k));
        return v.isNull() || v.isUndefined() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(v.toString());
    };
    const qint64 ts = now();
    beginAudit(ts);
    // Where the server keeps the trail, it puts the archived one back itself.
    dialect::setRestoring(m_db, archiveId);
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO orders(id, number, customer_id, customer_name, email, phone, "
                 "ship_street, ship_city, ship_postcode, ship_region, ship_country, channel, "
                 "status, currency, total_cents, note, created_at, updated_at, created_by, "
                 "assigned_to, seen_at, seen_by, invalid_at, invalid_by, invalid_reason, version) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?)"),
             {id,
              number,
              num("customer_id"),
              str("customer_name"),
              nn(str("email")),
              nn(str("phone")),
              nn(str("ship_street")),
              nn(str("ship_city")),
              nn(str("ship_postcode")),
              nn(str("ship_region")),
              nn(str("ship_country")),
              str("channel"),
              str("status"),
              str("currency"),
              num("total_cents"),
              nn(str("note")),
              num("created_at"),
              ts,
              nn(str("created_by")),
              nn(str("assigned_to")),
              num("seen_at"),
              nstr("seen_by"),
              num("invalid_at"),
              nstr("invalid_by"),
              nstr("invalid_reason"),
              o.value(QStringLiteral("version")).toInteger() + 1});
    dialect::orderIdUsed(m_db, id);
    QSqlQuery li = sql::prepare(
        m_db, QStringLiteral("INSERT INTO order_lines(order_id, line_no, product_id, sku, name, "
                             "quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonValue& v : snap.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        li.bindValue(0, id);
        li.bindValue(1, l.value(QStringLiteral("line_no")).toInteger());
        const QJsonValue pid = l.value(QStringLiteral("product_id"));
        // The product may have been removed from the catalogue since.
        QVariant product(QMetaType(QMetaType::LongLong));
        if (!pid.isNull() &&
            !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM products WHERE id = ?"),
                         {pid.toInteger()})
                 .isNull())
            product = pid.toInteger();
        li.bindValue(2, product);
        li.bindValue(3, l.value(QStringLiteral("sku")).toString());
        li.bindValue(4, l.value(QStringLiteral("name")).toString());
        li.bindValue(5, l.value(QStringLiteral("quantity")).toInteger());
        li.bindValue(6, l.value(QStringLiteral("unit_price_cents")).toInteger());
        sql::exec(li);
    }
    QSqlQuery ev = sql::prepare(
        m_db, QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                             "old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    auto insertEvent = [&](qint64 at, const QString& actor, const QString& kind,
                           const QString& field, const QString& oldV, const QString& newV,
                           const QString& note) {
        ev.bindValue(0, id);
        ev.bindValue(1, at);
        ev.bindValue(2, actor);
        ev.bindValue(3, kind);
        ev.bindValue(4, nn(field));
        ev.bindValue(5, nn(oldV));
        ev.bindValue(6, nn(newV));
        ev.bindValue(7, nn(note));
        sql::exec(ev);
    };
    if (!dialect::auditedByDatabase(m_backend)) {
        for (const QJsonValue& v : snap.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            insertEvent(e.value(QStringLiteral("at")).toInteger(),
                        e.value(QStringLiteral("actor")).toString(),
                        e.value(QStringLiteral("kind")).toString(),
                        e.value(QStringLiteral("field")).toString(),
                        e.value(QStringLiteral("old_value")).toString(),
                        e.value(QStringLiteral("new_value")).toString(),
                        e.value(QStringLiteral("note")).toString());
        }
        insertEvent(deletedAt, deletedBy, QStringLiteral("deleted"), {}, {}, {}, {});
        insertEvent(ts, m_session.userName(), QStringLiteral("restored"), {}, {}, {}, {});
    }
    sql::run(m_db, QStringLiteral("DELETE FROM order_archive WHERE id = ?"), {archiveId});
    tx.commit();
    return id;
}

} // namespace docket
