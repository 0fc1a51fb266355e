#include "orderstore.h"
#include "orderstore_p.h"
#include "serverwrites.h"
#include "stockledger.h"

#include "db/dialect.h"
#include "db/ftsmatch.h"
#include "db/sql.h"
#include "domain/dateperiod.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <climits>

// OrderStore: the archive of deleted orders, and restoring from it.

namespace docket {

using orderrows::nn;
using orderrows::scopedArchive;

QString orderrows::scopedArchive(Backend backend)
{
    auto field = [&](const char* key) {
        return dialect::snapshotOrderField(backend, QStringLiteral("a.snapshot"),
                                           QLatin1String(key));
    };
    return QStringLiteral("(SELECT a.*, %1 AS channel, %2 AS created_by, %3 AS assigned_to FROM "
                          "order_archive a) o")
        .arg(field("channel"), field("created_by"), field("assigned_to"));
}

QList<FieldError> ArchiveFilter::validate() const
{
    // The list's own checks of the fields the archive shares with it.
    OrderFilter list;
    list.number = number;
    list.keyword = keyword;
    list.from = from;
    list.to = to;
    list.validity = OrderFilter::Validity::All;
    return list.validate();
}

QList<ArchivedOrder> OrderStore::archived(const ArchiveFilter& filter, int limit) const
{
    m_session.require(Permission::RestoreArchived);
    if (const auto errors = filter.validate(); !errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
    // The order's date, and its customer's email, phone and words are
    // columns of the archive (SQLite 0135, PostgreSQL 0138 archive_search),
    // not read from the JSON snapshot of every archived order.
    const QString createdAt = QStringLiteral("o.created_at");
    // Only the archived orders of the session's scope, as with orders.
    sql::Where w;
    w.add(orderquery::scope(m_session));
    if (const QString p = filter.number.trimmed().toUpper(); !p.isEmpty()) {
        QString upper = p;
        upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
        w.add(QStringLiteral("o.number >= ? AND o.number < ?"), {p, upper});
    }
    // The list's days: from the first local midnight of `from` to that of
    // the day after `to` (dateperiod::startOfDay), on the order's date
    // (order_archive_search on SQLite, order_archive_created on PostgreSQL).
    if (filter.from.isValid())
        w.add(createdAt + QStringLiteral(" >= ?"),
              {dateperiod::startOfDay(filter.from, filter.timeZone)});
    if (filter.to.isValid())
        w.add(createdAt + QStringLiteral(" < ?"),
              {dateperiod::startOfDay(filter.to.addDays(1), filter.timeZone)});
    // Each word of the keyword as the list matches it in the customer's
    // name, email and phone (SQLite: the words of order_fts, tested row by
    // row on the archive's columns; PostgreSQL: the folded words of
    // order_archive.search_text, as orders.search_text), in the archive's
    // order, after the number and dates: the search stops at its page.
    const QStringList tokens = orderquery::keywordTokens(filter.keyword.trimmed());
    const QString email =
        m_backend == Backend::SQLite
            ? QStringLiteral("o.email")
            : QStringLiteral("COALESCE(%1, '')")
                  .arg(dialect::snapshotOrderField(m_backend, QStringLiteral("o.snapshot"),
                                                   QStringLiteral("email")));
    if (!tokens.isEmpty() && m_backend == Backend::SQLite && !sql::ensureFtsMatch(m_db))
        throw DocketError(DocketError::Code::Invalid,
                          tr("This database cannot search the archive by customer."),
                          QStringLiteral("keyword"));
    for (const QString& token : tokens) {
        if (m_backend == Backend::SQLite)
            w.add(QStringLiteral("docket_fts_match(?, o.customer_name, o.email, o.phone)"),
                  {orderquery::ftsToken(token)});
        else
            // The pattern in a subquery: folded once per search (an InitPlan),
            // not once per archived order as in a prepared statement's generic
            // plan (536 against 86-172 ms for a word nobody has at 100,000).
            w.add(QStringLiteral("o.search_text LIKE (SELECT '% ' || docket_fold(?) || '%')"),
                  {token});
    }
    const SqlClause where = w.clause();
    const QString text = QStringLiteral("SELECT o.id, o.order_id, o.number, o.customer_name, "
                                        "o.total_cents, o.currency, o.invalid_reason, "
                                        "o.deleted_at, o.deleted_by, %1, %2 FROM %3 WHERE %4 "
                                        "ORDER BY o.deleted_at DESC, o.id DESC LIMIT ?")
                             .arg(email, createdAt, scopedArchive(m_backend), where.sql);
    QSqlQuery q = sql::run(m_db, text, where.binds + QVariantList{limit});
    QList<ArchivedOrder> out;
    while (q.next())
        out << ArchivedOrder{q.value(0).toLongLong(),
                             q.value(1).toLongLong(),
                             q.value(2).toString(),
                             q.value(3).toString(),
                             Money(q.value(4).toLongLong(), q.value(5).toString()),
                             q.value(6).toString(),
                             sql::utcTime(q.value(7)),
                             q.value(8).toString(),
                             q.value(9).toString(),
                             q.value(10).isNull() ? QDateTime() : sql::utcTime(q.value(10))};
    return out;
}

qint64 OrderStore::restore(qint64 archiveId, BatchRecord* record)
{
    m_session.require(Permission::RestoreArchived);
    sql::WriteTransaction tx(m_db);
    const qint64 id = restoreIn(archiveId);
    BatchRecord::Entry e = restoredEntry(id);
    tx.commit();
    if (record)
        record->entries << e;
    return id;
}

BatchRecord::Entry OrderStore::restoredEntry(qint64 id) const
{
    BatchRecord::Entry e;
    e.id = id;
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT version, number FROM orders WHERE id = ?"), {id});
    if (q.next()) {
        e.version = q.value(0).toLongLong();
        e.number = q.value(1).toString();
    }
    return e;
}

int OrderStore::undoDelete(const BatchRecord& done, BatchRecord* record)
{
    m_session.require(Permission::RestoreArchived);
    sql::WriteTransaction tx(m_db);
    // Every entry still in the archive (as this session sees it), or nothing.
    QHash<qint64, QString> present; // archive id -> number
    const SqlClause scope = orderquery::scope(m_session);
    const QString list = dialect::idListSubquery(m_backend);
    QList<qint64> archiveIds;
    archiveIds.reserve(done.size());
    for (const BatchRecord::Entry& e : done.entries)
        archiveIds << e.archiveId;
    for (qsizetype i = 0; i < archiveIds.size(); i += kBatchChunk) {
        QSqlQuery q =
            sql::run(m_db,
                     QStringLiteral("SELECT o.id, o.number FROM %1 WHERE o.id IN %2 AND %3")
                         .arg(scopedArchive(m_backend), list, scope.sql),
                     QVariantList{dialect::idListParam(m_backend, archiveIds.mid(i, kBatchChunk))} +
                         scope.binds);
        while (q.next())
            present.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QStringList gone;
    for (const BatchRecord::Entry& e : done.entries)
        if (!present.contains(e.archiveId))
            gone << (e.number.isEmpty() ? orderquery::formatOrderNumber(e.id) : e.number);
    if (!gone.isEmpty()) {
        std::sort(gone.begin(), gone.end());
        throw DocketError(
            DocketError::Code::Conflict,
            tr("%Ln of the orders are no longer in the archive: restored or purged since (%1).",
               nullptr, int(std::min<qsizetype>(gone.size(), INT_MAX)))
                    .arg(gone.mid(0, 3).join(QStringLiteral(", "))) +
                QLatin1Char(' ') + tr("Nothing was restored."),
            QStringLiteral("version"));
    }
    int n = 0;
    for (const BatchRecord::Entry& e : done.entries) {
        const qint64 id = restoreIn(e.archiveId);
        ++n;
        if (record)
            record->entries << restoredEntry(id);
    }
    tx.commit();
    return n;
}

int OrderStore::undoRestore(const BatchRecord& done, const ProgressFn& progress,
                            BatchRecord* record)
{
    return deleteInvalid(done.ids(), progress, record, &done);
}

// restore() inside the caller's write transaction.
qint64 OrderStore::restoreIn(qint64 archiveId)
{
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
    auto numberTaken = [&] {
        return DocketError(
            DocketError::Code::Conflict,
            tr("Order %1 cannot be restored: another order has that number now.").arg(number));
    };
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM orders WHERE number = ?"), {number})
             .isNull())
        throw numberTaken();
    if (m_backend == Backend::PostgreSQL) {
        // The server puts the order back from its own snapshot, trail and all
        // (and checks the number against orders this session cannot see).
        beginAudit(now());
        try {
            return serverwrites::restore(m_db, archiveId);
        } catch (const DocketError& e) {
            if (e.code() == DocketError::Code::Conflict)
                throw numberTaken();
            throw;
        }
    }
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
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO orders(id, number, customer_id, customer_name, email, phone, "
                 "ship_street, ship_city, ship_postcode, ship_region, ship_country, channel, "
                 "status, currency, total_cents, note, created_at, updated_at, created_by, "
                 "assigned_to, seen_at, seen_by, invalid_at, invalid_by, invalid_reason, version, "
                 "shipping_cents, tax_rate_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, number, num("customer_id"), str("customer_name"), nn(str("email")),
              nn(str("phone")), nn(str("ship_street")), nn(str("ship_city")),
              nn(str("ship_postcode")), nn(str("ship_region")), nn(str("ship_country")),
              str("channel"), str("status"), str("currency"), num("total_cents"), nn(str("note")),
              num("created_at"), ts, nn(str("created_by")), nn(str("assigned_to")), num("seen_at"),
              nstr("seen_by"), num("invalid_at"), nstr("invalid_by"), nstr("invalid_reason"),
              o.value(QStringLiteral("version")).toInteger() + 1,
              // Snapshots from before the charges (0078) have none.
              o.value(QStringLiteral("shipping_cents")).toInteger(0),
              o.value(QStringLiteral("tax_rate_bp")).toInteger(0)});
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
    for (const QJsonValue& v : snap.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        insertEvent(
            e.value(QStringLiteral("at")).toInteger(), e.value(QStringLiteral("actor")).toString(),
            e.value(QStringLiteral("kind")).toString(), e.value(QStringLiteral("field")).toString(),
            e.value(QStringLiteral("old_value")).toString(),
            e.value(QStringLiteral("new_value")).toString(),
            e.value(QStringLiteral("note")).toString());
    }
    insertEvent(deletedAt, deletedBy, QStringLiteral("deleted"), {}, {}, {}, {});
    insertEvent(ts, m_session.userName(), QStringLiteral("restored"), {}, {}, {}, {});
    sql::run(m_db, QStringLiteral("DELETE FROM order_archive WHERE id = ?"), {archiveId});
    stockledger::syncOrders(m_db, {m_session.userName(), ts}, {id});
    return id;
}

} // namespace docket
