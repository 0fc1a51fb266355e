#include "db/sql.h"
#include "orderhalves_p.h"
#include "orderstore.h"
#include "orderstore_p.h"

#include <QSqlQuery>
#include <optional>

// Far jumps in any sort order (issue 19, item 1).
//
// A page far down a list used to step over every row before it with OFFSET:
// 14 ms in the middle of a million orders sorted by amount, 160 ms at ten
// million, whatever the sort column. The created-time jumps have exact
// anchors in the analytics summaries (jumpAnchor), but no summary counts
// orders by amount, customer, number, status or channel, nor under a keyword,
// a date range or an own scope.
//
// So the store finds its own anchors, on demand: the key (sort value, id) of
// every kSortAnchorStep-th row of the list, for one (filter, sort column,
// direction). A jump to row N seeks (key, id) >= the anchor of row
// N / step * step with the sort column's index (the keyset condition the
// next page already uses) and steps over fewer than kSortAnchorStep rows.
// Finding an anchor steps over kSortAnchorStep rows from the one before, so
// the first jump to row N costs about what OFFSET N cost, and every later
// jump up to there costs at most one step; a jump further on finds only the
// anchors it lacks.
//
// Why not kept in the orders' own transactions: an anchor is a position, and
// every insert, edit or invalidation moves the positions of all the rows
// after it in every sort order and filter; keeping counts per key range for
// every column and filter would put a write on every order change for lists
// nobody may open. Anchors found on demand cost nothing until a far jump asks.
//
// Exactness: anchors hold only for the data they were read from. Each set
// carries a stamp of that data (dataStamp) and is used only when the stamp
// is the same; the stamp, the anchors and the page are read inside one read
// transaction (ReadSnapshot), so nothing can commit between them. SQLite's
// stamp is PRAGMA data_version (moves when another connection commits) with
// total_changes() (this connection's own writes) and the connection itself;
// both are per connection, so the cache belongs to the store (one per
// connection).
//
// PostgreSQL (session 29): the stamp is the version of the order list
// (migration 0089: 64 counters, one of which every transaction that writes
// orders, their lines or products adds 1 to; their sum), read in the same
// REPEATABLE READ snapshot as the anchors and the page. Its snapshot
// (pg_current_snapshot) would do too, but it moves with every commit
// anywhere in the cluster (a login, a webhook delivery, the gateway's call
// log), so the anchors would hardly outlive a busy team's next click; the
// counters move only when a list could have. pg_stat_user_tables'
// n_mod_since_analyze would cost no write, but it is not part of the
// snapshot, counts late (statistics are flushed up to a second after a
// commit) and goes back to zero at every ANALYZE: anchors from before a
// commit could pass for current. The missing anchors are found in one
// statement (the list's keys numbered by row_number(), every step-th kept),
// not one round trip each. Lists the store reads as a union of the valid
// and the invalid halves ("all orders" by amount, customer, status or
// channel, or narrowed by channel or a login's scope: orderreads.cpp) find
// their anchors and seek from them in halves too (session 30): one ordered
// index scan per half, merged; as one table the anchors' statement read
// and sorted every row (2.5 s instead of 0.9 s for the middle of 1,000,000
// orders by amount, both under load).

namespace docket {

namespace {

// How many lists keep their anchors (the user goes back and forth between a
// few sort orders and filters).
constexpr int kCachedLists = 4;

QString bindsText(const QVariantList& binds)
{
    QString out;
    for (const QVariant& v : binds) {
        out += QString::number(v.metaType().id());
        out += QLatin1Char(':');
        out += v.toString();
        out += QLatin1Char('\x1f');
    }
    return out;
}

} // namespace

OrderStore::SortAnchorCache& OrderStore::anchorCache() const
{
    if (!m_anchors)
        m_anchors = std::make_shared<SortAnchorCache>();
    return *m_anchors;
}

qint64 OrderStore::lastPageSkip() const
{
    return anchorCache().lastSkip;
}

qint64 OrderStore::sortAnchorLookups() const
{
    return anchorCache().lookups;
}

QString OrderStore::dataStamp() const
{
    if (m_backend == Backend::PostgreSQL) {
        // Asked apart: a statement that names a table the login may not
        // read fails and ends the read transaction.
        SortAnchorCache& cache = anchorCache();
        if (!cache.listVersionReadable)
            cache.listVersionReadable =
                sql::scalar(m_db, QStringLiteral("SELECT to_regclass('order_list_version') IS "
                                                 "NOT NULL AND has_table_privilege("
                                                 "'order_list_version', 'SELECT')"))
                    .toBool();
        if (!*cache.listVersionReadable)
            return {};
        const QVariant v =
            sql::scalar(m_db, QStringLiteral("SELECT SUM(n) FROM order_list_version"));
        return v.isNull() ? QString() : QStringLiteral("pg:") + v.toString();
    }
    if (m_backend != Backend::SQLite)
        return {};
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version"));
    if (!q.next())
        return {};
    const auto handle = reinterpret_cast<quintptr>(sql::sqliteHandle(m_db));
    return QStringLiteral("%1:%2:%3")
        .arg(handle)
        .arg(q.value(0).toLongLong())
        .arg(q.value(1).toLongLong());
}

void OrderStore::noteSkip(qint64 rows) const
{
    anchorCache().lastSkip = rows;
}

qint64 OrderStore::lastKeywordWindow() const
{
    return anchorCache().lastKeywordWindow;
}

void OrderStore::noteKeywordWindow(qint64 rows) const
{
    anchorCache().lastKeywordWindow = rows;
}

// The list's rows from `from` on (itself included or not): `skip` of them
// stepped over, then up to `limit`, each handed to `read`. Plain ranges of
// the sort column's index: the rows that tie with `from` on the key after
// it (key = ? AND id > ?: the row id is the index's last column), how many
// they are when the rows asked for start past them, then the rows past the
// key (key > ?). A row value (key, id) > (?, ?) would seek by the key alone and
// step over every row of the key before `from` (125,000 in a status of a
// million orders; amounts tie too), and a merge of the two ranges in one
// statement (UNION ALL ... ORDER BY) costs about four times as much per row
// as a plain range.
qint64 OrderStore::seekRows(const SqlClause& select, const SqlClause& where, const QString& key,
                            bool descending, const SortKey& from, bool inclusive, qint64 skip,
                            qint64 limit, const std::function<void(const QSqlQuery&)>& read) const
{
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString idOp = descending ? (inclusive ? QStringLiteral("<=") : QStringLiteral("<"))
                                    : (inclusive ? QStringLiteral(">=") : QStringLiteral(">"));
    const QString keyOp = descending ? QStringLiteral("<") : QStringLiteral(">");
    const QVariantList tieBinds = where.binds + QVariantList{from.value, from.id};
    // The rows that tie with `from` on the key, after it: in a long run of
    // equal keys (a status, a channel) the rows asked for are among them.
    QSqlQuery ties = sql::run(m_db,
                              QStringLiteral("SELECT %1 FROM orders o WHERE %2 AND %3 = ? AND o.id "
                                             "%4 ? ORDER BY o.id %5 LIMIT ? OFFSET ?")
                                  .arg(select.sql, where.sql, key, idOp, dir),
                              select.binds + tieBinds + QVariantList{limit, skip});
    qint64 got = 0;
    while (ties.next()) {
        read(ties);
        ++got;
    }
    if (got == limit)
        return got;
    // How many rows tie with `from` after it (all stepped over or read):
    // counted when none was read, up to `skip`.
    qint64 tied = skip + got;
    if (got == 0 && skip > 0)
        tied = sql::scalar(m_db,
                           QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM orders o WHERE %1 "
                                          "AND %2 = ? AND o.id %3 ? LIMIT ?) t")
                               .arg(where.sql, key, idOp),
                           tieBinds + QVariantList{skip})
                   .toLongLong();
    QSqlQuery past =
        sql::run(m_db,
                 QStringLiteral("SELECT %1 FROM orders o WHERE %2 AND %3 %4 ? ORDER BY "
                                "%3 %5, o.id %5 LIMIT ? OFFSET ?")
                     .arg(select.sql, where.sql, key, keyOp, dir),
                 select.binds + where.binds +
                     QVariantList{from.value, limit - got, std::max<qint64>(0, skip - tied)});
    while (past.next()) {
        read(past);
        ++got;
    }
    return got;
}

std::optional<OrderStore::SortAnchor> OrderStore::sortAnchor(const SqlClause& where,
                                                             const QString& key, bool descending,
                                                             qint64 offset, bool inHalves) const
{
    const qint64 step = m_sortAnchorStep;
    const qint64 wanted = offset / step; // anchors needed: at rows step, 2 step, ...
    if (wanted < 1)
        return std::nullopt;
    const QString stamp = dataStamp();
    if (stamp.isEmpty())
        return std::nullopt;
    SortAnchorCache& cache = anchorCache();
    const QString list = QStringLiteral("%1 %2 %3 %4\n%5")
                             .arg(step)
                             .arg(key, descending ? QStringLiteral("DESC") : QStringLiteral("ASC"),
                                  where.sql, bindsText(where.binds));
    qsizetype at = 0;
    while (at < cache.lists.size() && cache.lists[at].list != list)
        ++at;
    if (at < cache.lists.size()) {
        cache.lists.move(at, 0);
        if (cache.lists.first().stamp != stamp)
            cache.lists.first() = SortAnchorCache::List{list, stamp, {}, false};
    } else {
        cache.lists.prepend(SortAnchorCache::List{list, stamp, {}, false});
        while (cache.lists.size() > kCachedLists)
            cache.lists.removeLast();
    }
    SortAnchorCache::List& anchors = cache.lists.first();

    // The anchors up to row `offset`, each `step` rows after the one before.
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (m_backend == Backend::PostgreSQL && anchors.keys.size() < wanted && !anchors.complete) {
        // All the missing ones in one statement: the list's keys after the
        // last anchor (from the top without one), numbered in list order,
        // every step-th kept. From the top, row n (counted from 1) is list
        // row n - 1, and an anchor is at rows step, 2 step, ...
        ++cache.lookups;
        const qint64 have = anchors.keys.size();
        const qint64 first = have == 0 ? 1 : 0;
        QString seek;
        QVariantList seekBinds;
        if (have > 0) {
            seek = QStringLiteral(" AND (%1, o.id) %2 (?, ?)").arg(key, descending ? u"<" : u">");
            seekBinds = {anchors.keys.last().value, anchors.keys.last().id};
        }
        const SqlClause rows = orderquery::listRows(where, seek, seekBinds, inHalves);
        QSqlQuery r = sql::run(
            m_db,
            QStringLiteral("SELECT a.k, a.id FROM (SELECT %1 AS k, o.id AS id, row_number() OVER "
                           "(ORDER BY %1 %2, o.id %2) AS n FROM %3 ORDER BY %1 %2, o.id %2 LIMIT "
                           "?) a WHERE a.n > ? AND (a.n - ?) % ? = 0 ORDER BY a.n")
                .arg(key, dir, rows.sql),
            rows.binds + QVariantList{(wanted - have) * step + first, first, first, step});
        while (r.next())
            anchors.keys << SortKey{r.value(0), r.value(1).toLongLong()};
        if (anchors.keys.size() < wanted)
            anchors.complete = true;
    }
    while (anchors.keys.size() < wanted && !anchors.complete) {
        ++cache.lookups;
        std::optional<SortKey> next;
        auto keep = [&](const QSqlQuery& r) {
            next = SortKey{r.value(0), r.value(1).toLongLong()};
        };
        const SqlClause select{key + QStringLiteral(", o.id"), {}};
        if (anchors.keys.isEmpty()) {
            QSqlQuery r = sql::run(m_db,
                                   QStringLiteral("SELECT %1 FROM orders o WHERE %2 ORDER BY %3 "
                                                  "%4, o.id %4 LIMIT 1 OFFSET ?")
                                       .arg(select.sql, where.sql, key, dir),
                                   where.binds + QVariantList{step});
            if (r.next())
                keep(r);
        } else {
            seekRows(select, where, key, descending, anchors.keys.last(), false, step - 1, 1, keep);
        }
        if (next)
            anchors.keys << *next;
        else
            anchors.complete = true;
    }
    const qint64 i = std::min<qint64>(wanted, anchors.keys.size());
    if (i < 1)
        return std::nullopt;
    return SortAnchor{anchors.keys[i - 1], i * step};
}

ReadSnapshot::ReadSnapshot(const QSqlDatabase& db) : m_db(db)
{
    if (!m_db.isOpen() || sql::WriteTransaction::isNested(m_db))
        return;
    QSqlQuery q(m_db);
    m_active = q.exec(sql::backendOf(m_db) == Backend::PostgreSQL
                          ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                          : QStringLiteral("BEGIN"));
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_active || !m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("COMMIT"));
}

} // namespace docket
