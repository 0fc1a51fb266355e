#include "dialect.h"

#include "sql.h"

#include <QSqlDriver>

namespace docket::dialect {

QString idListSubquery(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("(SELECT value FROM json_each(?))")
                                      : QStringLiteral("(SELECT unnest(?::bigint[]))");
}

QVariant idListParam(Backend backend, const QList<qint64>& ids)
{
    QString s;
    s.reserve(ids.size() * 8 + 2);
    s += backend == Backend::SQLite ? QLatin1Char('[') : QLatin1Char('{');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QString::number(ids[i]);
    }
    s += backend == Backend::SQLite ? QLatin1Char(']') : QLatin1Char('}');
    return s;
}

QString textListSubquery(Backend backend)
{
    return backend == Backend::SQLite
               ? QStringLiteral("(SELECT value FROM json_each(?))")
               : QStringLiteral("(SELECT unnest(CAST(? AS text[])) AS value)");
}

QVariant textListParam(Backend backend, const QStringList& texts)
{
    // Every element quoted, with its quotes and backslashes escaped: a JSON
    // string on SQLite, an array literal's element on PostgreSQL (the same
    // two escapes).
    QString s;
    qsizetype size = 2;
    for (const QString& t : texts)
        size += t.size() + 3;
    s.reserve(size);
    s += backend == Backend::SQLite ? QLatin1Char('[') : QLatin1Char('{');
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QLatin1Char('"');
        for (QChar c : texts[i]) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                s += QLatin1Char('\\');
            if (c.unicode() < 0x20 && backend == Backend::SQLite) {
                s += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                continue;
            }
            s += c;
        }
        s += QLatin1Char('"');
    }
    s += backend == Backend::SQLite ? QLatin1Char(']') : QLatin1Char('}');
    return s;
}

qint64 nextOrderId(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT MAX(COALESCE((SELECT MAX(id) FROM orders), 0), "
                                          "COALESCE((SELECT MAX(order_id) FROM order_archive), "
                                          "0)) + 1"))
        .toLongLong();
}

void setAuditContext(const QSqlDatabase& db, const QString& actor, qint64 now, const QString& note,
                     const QString& scope)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        return;
    sql::run(db,
             QStringLiteral("SELECT set_config('docket.actor', CAST(? AS TEXT), true), "
                            "set_config('docket.now', CAST(? AS TEXT), true), "
                            "set_config('docket.note', CAST(? AS TEXT), true), "
                            "set_config('docket.scope', CAST(? AS TEXT), true)"),
             {actor, QString::number(now), note.isNull() ? QStringLiteral("") : note, scope});
}

void setLoginPassword(const QSqlDatabase& db, const QString& password)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        return;
    sql::run(db, QStringLiteral("SELECT set_config('docket.new_password', CAST(? AS TEXT), true)"),
             {password});
}

void suspendAudit(const QSqlDatabase& db)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        return;
    sql::run(db, QStringLiteral("SELECT set_config('docket.audit', 'off', true)"));
}

QString snapshotOrderField(Backend backend, const QString& column, const QString& key)
{
    if (backend == Backend::SQLite)
        return QStringLiteral("json_extract(%1, '$.order.%2')").arg(column, key);
    return QStringLiteral("(CAST(%1 AS json)->'order'->>'%2')").arg(column, key);
}

QString orderSnapshotExpression(Backend backend)
{
    // The snapshot's keys and values, the same on both backends (column by
    // column: PostgreSQL's to_jsonb(o) would also carry its own columns such
    // as search_text).
    static const QString order = QStringLiteral(
        "'id', o.id, 'number', o.number, 'customer_id', o.customer_id, 'customer_name', "
        "o.customer_name, 'email', o.email, 'phone', o.phone, 'ship_street', o.ship_street, "
        "'ship_city', o.ship_city, 'ship_postcode', o.ship_postcode, 'ship_region', "
        "o.ship_region, 'ship_country', o.ship_country, 'channel', o.channel, 'status', "
        "o.status, 'currency', o.currency, 'total_cents', o.total_cents, 'note', o.note, "
        "'created_at', o.created_at, 'updated_at', o.updated_at, 'created_by', o.created_by, "
        "'assigned_to', o.assigned_to, 'seen_at', o.seen_at, 'seen_by', o.seen_by, "
        "'invalid_at', o.invalid_at, 'invalid_by', o.invalid_by, 'invalid_reason', "
        "o.invalid_reason, 'version', o.version, 'shipping_cents', o.shipping_cents, "
        "'tax_rate_bp', o.tax_rate_bp");
    static const QString line = QStringLiteral(
        "'line_no', l.line_no, 'product_id', l.product_id, 'sku', l.sku, 'name', l.name, "
        "'quantity', l.quantity, 'unit_price_cents', l.unit_price_cents");
    static const QString event =
        QStringLiteral("'at', e.at, 'actor', e.actor, 'kind', e.kind, 'field', e.field, "
                       "'old_value', e.old_value, 'new_value', e.new_value, 'note', e.note");
    if (backend == Backend::SQLite)
        return QStringLiteral("json_object('order', json_object(%1), 'lines', (SELECT "
                              "json_group_array(json_object(%2)) FROM order_lines l WHERE "
                              "l.order_id = o.id), 'events', (SELECT "
                              "json_group_array(json_object(%3)) FROM order_events e WHERE "
                              "e.order_id = o.id))")
            .arg(order, line, event);
    return QStringLiteral("json_build_object('order', json_build_object(%1), 'lines', "
                          "COALESCE((SELECT json_agg(json_build_object(%2) ORDER BY l.line_no, "
                          "l.id) FROM order_lines l WHERE l.order_id = o.id), '[]'::json), "
                          "'events', COALESCE((SELECT json_agg(json_build_object(%3) ORDER BY "
                          "e.id) FROM order_events e WHERE e.order_id = o.id), '[]'::json))::text")
        .arg(order, line, event);
}

QString ftsPrefixToken(const QString& token)
{
    QString t = token;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QStringLiteral("\"*");
}

KeywordParts keywordParts(Backend backend, const QString& token)
{
    if (backend == Backend::SQLite) {
        const QString match = ftsPrefixToken(token);
        return {{QStringLiteral("o.id IN (SELECT rowid FROM order_fts WHERE order_fts MATCH ?)"),
                 {match}},
                {QStringLiteral("o.id IN (SELECT ol.order_id FROM order_lines ol WHERE "
                                "ol.product_id IN (SELECT rowid FROM product_fts WHERE product_fts "
                                "MATCH ?))"),
                 {match}}};
    }
    // search_text holds the folded words of the searched columns (see
    // docket_fold in the PostgreSQL migrations); the token is folded the same
    // way on the server and must start a word: LIKE '% word%'. The trigram
    // indexes orders_search and products_search serve the LIKE.
    // The products half is an EXISTS, not "o.id IN (lines of the matching
    // products)": inside an OR, PostgreSQL can only test the IN per order
    // against the whole list, hashed when it fits in work_mem, else scanned
    // again for every order (a token such as "b" matches 110 products and
    // 900,000 lines: 45 s for the first page of 1M orders). An EXISTS it may
    // answer either way: from a hash of those lines when they are few, else
    // through the order's own lines (order_lines_order), 54 ms for "b".
    return {{QStringLiteral("o.search_text LIKE ('% ' || docket_fold(?) || '%')"), {token}},
            {QStringLiteral("EXISTS (SELECT 1 FROM order_lines ol JOIN products p ON p.id = "
                            "ol.product_id WHERE ol.order_id = o.id AND p.search_text LIKE ('% ' "
                            "|| docket_fold(?) || '%'))"),
             {token}}};
}

SqlClause keywordCondition(Backend backend, const QString& token)
{
    const KeywordParts k = keywordParts(backend, token);
    return {QLatin1Char('(') + k.orderWords.sql + QStringLiteral(" OR ") + k.productWords.sql +
                QLatin1Char(')'),
            k.orderWords.binds + k.productWords.binds};
}

bool isConnectionFailure(const QSqlDatabase& db, const QSqlError& error)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        return false;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    // libpq marks the connection bad once it has seen the socket close.
    if (!db.isOpen())
        return true;
    // Class 08 (connection exception) and 57P01-57P03 (the server is shutting
    // down or restarting): the session is gone even if libpq has not noticed.
    const QString state = error.nativeErrorCode();
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

} // namespace docket::dialect
