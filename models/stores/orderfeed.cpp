#include "orderfeed.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QSqlQuery>

namespace docket {

namespace {

// "c.<created_at>.<id>" / "u.<updated_at>.<id>", base64url: opaque to callers.
QString makeCursor(OrderFeed::Sort sort, qint64 key, qint64 id)
{
    const QByteArray raw = (sort == OrderFeed::Sort::Created ? "c." : "u.") +
                           QByteArray::number(key) + '.' + QByteArray::number(id);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<qint64, qint64>> readCursor(OrderFeed::Sort sort, const QString& cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 3 || parts[0] != (sort == OrderFeed::Sort::Created ? "c" : "u"))
        return std::nullopt;
    bool ok1 = false, ok2 = false;
    const qint64 key = parts[1].toLongLong(&ok1);
    const qint64 id = parts[2].toLongLong(&ok2);
    if (!ok1 || !ok2)
        return std::nullopt;
    return std::make_pair(key, id);
}

} // namespace

OrderFeed::OrderFeed(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

OrderFeedPage OrderFeed::page(const OrderFilter& filter, std::optional<qint64> updatedSince,
                              Sort sort, int limit, const QString& cursor) const
{
    m_session.require(Permission::ViewOrders);
    filter.check();
    limit = qBound(1, limit, 500);
    const qint64 now = m_clock();
    const SqlClause cols = orderquery::summaryColumns(now);
    const SqlClause w = orderquery::where(filter, m_session, sql::backendOf(m_db), now);
    QString where = w.sql;
    QVariantList binds = cols.binds + w.binds;
    if (updatedSince) {
        where += QStringLiteral(" AND o.updated_at >= ?");
        binds << *updatedSince;
    }
    const bool created = sort == Sort::Created;
    if (!cursor.isEmpty()) {
        const auto at = readCursor(sort, cursor);
        if (!at)
            throw DocketError(DocketError::Code::Invalid,
                              tr("The cursor is not one this list gave out (or it was for another "
                                 "sort order)."),
                              QStringLiteral("cursor"));
        where += created
                     ? QStringLiteral(" AND (o.created_at < ? OR (o.created_at = ? AND o.id < ?))")
                     : QStringLiteral(" AND (o.updated_at > ? OR (o.updated_at = ? AND o.id > ?))");
        binds << at->first << at->first << at->second;
    }
    const QString order = created ? QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC")
                                  : QStringLiteral(" ORDER BY o.updated_at, o.id");
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT %1, o.updated_at, o.version FROM orders o WHERE "
                                          "%2%3 LIMIT ?")
                               .arg(cols.sql, where, order),
                           binds + QVariantList{limit + 1});
    OrderFeedPage page;
    while (q.next()) {
        OrderFeedRow r;
        r.summary = orderquery::readSummary(q);
        r.updatedAt = q.value(orderquery::kSummaryColumnCount).toLongLong();
        r.version = q.value(orderquery::kSummaryColumnCount + 1).toLongLong();
        page.rows << r;
    }
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        const OrderFeedRow& last = page.rows.last();
        page.nextCursor =
            makeCursor(sort, created ? last.summary.createdAt : last.updatedAt, last.summary.id);
    }
    return page;
}

} // namespace docket
