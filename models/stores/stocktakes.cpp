#include "stockstore.h"

#include "csvreader.h"
#include "securitylog.h"
#include "stockledger.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

// StockStore: stocktakes. The rules of the stocktakes/transfers migration
// (resources/sql/postgres/*_stocktakes_transfers.sql) on SQLite.

namespace docket {

namespace {

const QString kStocktakeColumns = QStringLiteral(
    "s.id, s.warehouse_id, w.code, s.state, s.note, s.started_at, s.started_by, s.posted_at, "
    "COALESCE(s.posted_by, ''), (SELECT COUNT(*) FROM stocktake_lines t WHERE t.stocktake_id = "
    "s.id), (SELECT COUNT(*) FROM stocktake_lines t WHERE t.stocktake_id = s.id AND t.counted "
    "IS NOT NULL), s.version");

Stocktake stocktakeFrom(const QSqlQuery& q)
{
    Stocktake s;
    s.id = q.value(0).toLongLong();
    s.warehouseId = q.value(1).toLongLong();
    s.warehouseCode = q.value(2).toString();
    s.state = q.value(3).toString();
    s.note = q.value(4).toString();
    s.startedAt = sql::utcTime(q.value(5));
    s.startedBy = q.value(6).toString();
    s.postedAt = sql::utcTime(q.value(7));
    s.postedBy = q.value(8).toString();
    s.lines = q.value(9).toLongLong();
    s.counted = q.value(10).toLongLong();
    s.version = q.value(11).toLongLong();
    return s;
}

} // namespace

QList<Stocktake> StockStore::stocktakes(bool openOnly) const
{
    requireView();
    QList<Stocktake> out;
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT %1 FROM stocktakes s JOIN warehouses w ON "
                             "w.id = s.warehouse_id %2 ORDER BY s.id DESC")
                  .arg(kStocktakeColumns,
                       openOnly ? QStringLiteral("WHERE s.state = 'counting'") : QString()));
    while (q.next())
        out << stocktakeFrom(q);
    return out;
}

Stocktake StockStore::stocktake(qint64 id) const
{
    requireView();
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT %1 FROM stocktakes s JOIN warehouses w ON "
                                          "w.id = s.warehouse_id WHERE s.id = ?")
                               .arg(kStocktakeColumns),
                           {id});
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no stocktake with the id %1.").arg(id),
                          QStringLiteral("stocktake"));
    return stocktakeFrom(q);
}

QList<StocktakeLine> StockStore::stocktakeLines(qint64 id) const
{
    const Stocktake s = stocktake(id);
    QList<StocktakeLine> out;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT t.product_id, p.sku, p.name, t.expected, "
                                          "t.counted, COALESCE(t.on_hand_at_count, 0), "
                                          "COALESCE(l.on_hand, 0) FROM stocktake_lines t JOIN "
                                          "products p ON p.id = t.product_id LEFT JOIN "
                                          "stock_levels l ON l.product_id = t.product_id AND "
                                          "l.warehouse_id = ? WHERE t.stocktake_id = ? ORDER BY "
                                          "p.sku"),
                           {s.warehouseId, id});
    while (q.next()) {
        StocktakeLine l;
        l.productId = q.value(0).toLongLong();
        l.sku = q.value(1).toString();
        l.name = q.value(2).toString();
        l.expected = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            l.counted = q.value(4).toLongLong();
        l.onHandAtCount = q.value(5).toLongLong();
        l.onHandNow = q.value(6).toLongLong();
        out << l;
    }
    return out;
}

qint64 StockStore::startStocktake(qint64 warehouseId, const QStringList& skusIn,
                                  const QString& note)
{
    m_session.require(Permission::AdjustStock);
    if (stockledger::nn(note.trimmed()).size() > 500)
        throw DocketError(DocketError::Code::Invalid, tr("The note is too long."),
                          QStringLiteral("note"));
    QStringList skus;
    for (const QString& s : skusIn)
        if (!s.trimmed().isEmpty())
            skus << catalogue::normalizeSku(s);
    skus.removeDuplicates();
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const QString code = activeWarehouseCode(warehouseId);
    const QVariant open = sql::scalar(m_db,
                                      QStringLiteral("SELECT id FROM stocktakes WHERE "
                                                     "warehouse_id = ? AND state = 'counting'"),
                                      {warehouseId});
    if (!open.isNull())
        throw DocketError(DocketError::Code::Conflict,
                          tr("Stocktake %1 of %2 is under way already; post or cancel it first.")
                              .arg(open.toLongLong())
                              .arg(code),
                          QStringLiteral("warehouse"));
    QStringList unknown;
    for (const QString& s : skus)
        if (sql::scalar(m_db, QStringLiteral("SELECT 1 FROM products WHERE sku = ?"), {s}).isNull())
            unknown << s;
    if (!unknown.isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Unknown SKU: %1.").arg(unknown.mid(0, 10).join(QStringLiteral(", "))),
                          QStringLiteral("sku"));
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        const qint64 id =
            sql::scalar(m_db,
                        QStringLiteral("SELECT docket_stocktake_start(CAST(? AS "
                                       "bigint), CAST(? AS text[]), CAST(? AS "
                                       "text))"),
                        {warehouseId, QStringLiteral("{%1}").arg(skus.join(QLatin1Char(','))),
                         stockledger::nn(note.trimmed())})
                .toLongLong();
        tx.commit();
        return id;
    }
    sql::run(m_db,
             QStringLiteral("INSERT INTO stocktakes(warehouse_id, note, started_at, started_by) "
                            "VALUES (?, ?, ?, ?)"),
             {warehouseId, stockledger::nn(note.trimmed()), ts, m_session.userName()});
    const qint64 id = sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    if (skus.isEmpty()) {
        sql::run(m_db,
                 QStringLiteral("INSERT INTO stocktake_lines(stocktake_id, product_id, expected) "
                                "SELECT ?, l.product_id, l.on_hand FROM stock_levels l JOIN "
                                "products p ON p.id = l.product_id WHERE l.warehouse_id = ? AND "
                                "p.active = 1"),
                 {id, warehouseId});
    } else {
        QSqlQuery ins = sql::prepare(
            m_db, QStringLiteral("INSERT INTO stocktake_lines(stocktake_id, product_id, expected) "
                                 "SELECT ?, p.id, COALESCE(l.on_hand, 0) FROM products p LEFT "
                                 "JOIN stock_levels l ON l.product_id = p.id AND l.warehouse_id "
                                 "= ? WHERE p.sku = ?"));
        for (const QString& s : skus) {
            ins.bindValue(0, id);
            ins.bindValue(1, warehouseId);
            ins.bindValue(2, s);
            sql::exec(ins);
        }
    }
    const qint64 lines =
        sql::scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM stocktake_lines WHERE stocktake_id = ?"),
                    {id})
            .toLongLong();
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("stocktake_started"),
                          QStringLiteral("#%1 %2").arg(id).arg(code), QStringLiteral(""),
                          QStringLiteral("%1 lines").arg(lines), stockledger::nn(note.trimmed()));
    tx.commit();
    return id;
}

int StockStore::enterCounts(qint64 stocktakeId, const QList<QPair<QString, qint64>>& counts)
{
    m_session.require(Permission::AdjustStock);
    if (counts.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("There are no counts to enter."),
                          QStringLiteral("counts"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Stocktake s =
        countingStocktake(stocktakeId, tr("Stocktake %1 is %2; counts can no longer be entered."));
    // SKU -> product, the last count of a SKU wins.
    QList<QPair<qint64, qint64>> byProduct;
    QSqlQuery find = sql::prepare(m_db, QStringLiteral("SELECT id FROM products WHERE sku = ?"));
    for (const auto& [skuIn, counted] : counts) {
        const QString sku = catalogue::normalizeSku(skuIn);
        if (counted < 0 || counted > 1000000000)
            throw DocketError(
                DocketError::Code::Invalid,
                tr("%1: the count must be a whole number from 0 to 1,000,000,000.").arg(sku),
                QStringLiteral("counted"));
        find.bindValue(0, sku);
        sql::exec(find);
        if (!find.next())
            throw DocketError(DocketError::Code::Invalid, tr("Unknown SKU: %1.").arg(sku),
                              QStringLiteral("sku"));
        byProduct.push_back({find.value(0).toLongLong(), counted});
        find.finish();
    }
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        QJsonArray items;
        for (const auto& [product, counted] : byProduct)
            items.append(QJsonObject{{QStringLiteral("product_id"), QString::number(product)},
                                     {QStringLiteral("counted"), QString::number(counted)}});
        const int n =
            sql::scalar(m_db,
                        QStringLiteral("SELECT docket_stocktake_count(CAST(? AS bigint), "
                                       "CAST(? AS jsonb))"),
                        {stocktakeId,
                         QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))})
                .toInt();
        tx.commit();
        return n;
    }
    QSqlQuery put = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO stocktake_lines(stocktake_id, product_id, expected, counted, "
                       "on_hand_at_count, counted_at, counted_by) SELECT ?, ?, "
                       "COALESCE(l.on_hand, 0), ?, COALESCE(l.on_hand, 0), ?, ? FROM (SELECT 1) "
                       "x LEFT JOIN stock_levels l ON l.product_id = ? AND l.warehouse_id = ? "
                       "WHERE 1 ON CONFLICT(stocktake_id, product_id) DO UPDATE SET counted = "
                       "excluded.counted, on_hand_at_count = excluded.on_hand_at_count, "
                       "counted_at = excluded.counted_at, counted_by = excluded.counted_by"));
    QHash<qint64, qint64> last;
    for (const auto& [product, counted] : byProduct)
        last.insert(product, counted);
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        put.bindValue(0, stocktakeId);
        put.bindValue(1, it.key());
        put.bindValue(2, it.value());
        put.bindValue(3, ts);
        put.bindValue(4, m_session.userName());
        put.bindValue(5, it.key());
        put.bindValue(6, s.warehouseId);
        sql::exec(put);
    }
    sql::run(m_db, QStringLiteral("UPDATE stocktakes SET version = version + 1 WHERE id = ?"),
             {stocktakeId});
    tx.commit();
    return int(last.size());
}

QList<QPair<QString, qint64>> StockStore::readCountFile(qint64 stocktakeId,
                                                        const QByteArray& data) const
{
    const Stocktake s = stocktake(stocktakeId);
    Q_UNUSED(s);
    const csv::Table table = csv::readWithHeader(data, QStringLiteral("sku,counted"));
    static const QRegularExpression whole(QStringLiteral("^(0|[1-9][0-9]{0,9})$"));
    QStringList problems;
    QList<QPair<QString, qint64>> out;
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const csv::Row& row = table.rows[r];
        if (row.fields.size() != 2) {
            problems << tr("Line %1: %n field(s) instead of 2.", nullptr, int(row.fields.size()))
                            .arg(row.line);
            continue;
        }
        const QString sku = catalogue::normalizeSku(row.fields[0]);
        const QString n = row.fields[1].trimmed();
        if (!catalogue::isValidSku(sku))
            problems
                << tr("Line %1: \"%2\" is not a SKU.").arg(row.line).arg(row.fields[0].trimmed());
        else if (sql::scalar(m_db, QStringLiteral("SELECT 1 FROM products WHERE sku = ?"), {sku})
                     .isNull())
            problems << tr("Line %1: unknown SKU %2.").arg(row.line).arg(sku);
        if (!whole.match(n).hasMatch() || n.toLongLong() > 1000000000)
            problems << tr("Line %1: the count \"%2\" is not a whole number of at least 0.")
                            .arg(row.line)
                            .arg(n);
        else
            out.push_back({sku, n.toLongLong()});
    }
    if (!problems.isEmpty()) {
        const qsizetype more = problems.size() - 10;
        QString text = problems.mid(0, 10).join(QLatin1Char('\n'));
        if (more > 0)
            text += QLatin1Char('\n') + tr("… and %n more.", nullptr, int(more));
        throw DocketError(DocketError::Code::Invalid,
                          tr("The file has problems; nothing was counted.\n%1").arg(text),
                          QStringLiteral("file"));
    }
    if (out.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("The file has no counts."),
                          QStringLiteral("file"));
    return out;
}

Stocktake StockStore::countingStocktake(qint64 id, const QString& refusal) const
{
    Stocktake s = stocktake(id);
    if (s.state != QLatin1String("counting"))
        throw DocketError(
            DocketError::Code::Conflict,
            QString(refusal).arg(id).arg(stocktakestate::labelForCode(s.state).toLower()));
    return s;
}

int StockStore::postStocktake(qint64 stocktakeId)
{
    m_session.require(Permission::AdjustStock);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Stocktake s = stocktake(stocktakeId);
    if (s.state != QLatin1String("counting"))
        throw DocketError(DocketError::Code::Conflict,
                          tr("Stocktake %1 was %2 by %3 already.")
                              .arg(stocktakeId)
                              .arg(stocktakestate::labelForCode(s.state).toLower(),
                                   s.postedBy.isEmpty() ? QStringLiteral("?") : s.postedBy));
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        const int n =
            sql::scalar(m_db, QStringLiteral("SELECT docket_stocktake_post(CAST(? AS bigint))"),
                        {stocktakeId})
                .toInt();
        tx.commit();
        return n;
    }
    const stockledger::Actor actor{m_session.userName(), ts};
    // Only the lines whose count differs, with their item's stock now: the
    // reservations need trimming only where the shelf drops below what is
    // held, and backorders filling only where some are waiting.
    struct Line
    {
        qint64 product;
        qint64 counted;
        qint64 atCount;
        qint64 onHand;
        qint64 reserved;
        bool backordered;
    };
    QList<Line> lines;
    {
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT t.product_id, t.counted, t.on_hand_at_count, "
                                              "COALESCE(l.on_hand, 0), COALESCE(l.reserved, 0), "
                                              "COALESCE(ps.backordered, 0) > 0 FROM "
                                              "stocktake_lines t LEFT JOIN stock_levels l ON "
                                              "l.product_id = t.product_id AND l.warehouse_id = ? "
                                              "LEFT JOIN product_stock ps ON ps.product_id = "
                                              "t.product_id WHERE t.stocktake_id = ? AND t.counted "
                                              "IS NOT NULL AND t.counted <> t.on_hand_at_count "
                                              "ORDER BY t.product_id"),
                               {s.warehouseId, stocktakeId});
        while (q.next())
            lines.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(),
                             q.value(2).toLongLong(), q.value(3).toLongLong(),
                             q.value(4).toLongLong(), q.value(5).toBool()});
    }
    int changed = 0;
    qint64 up = 0;
    qint64 down = 0;
    QList<stockledger::Move> moves;
    QList<stockledger::Item> rose;
    for (const Line& l : lines) {
        const qint64 target = std::max<qint64>(l.onHand + (l.counted - l.atCount), 0);
        const qint64 delta = target - l.onHand;
        if (delta == 0)
            continue;
        const stockledger::Item item{l.product, s.warehouseId};
        if (delta < 0) {
            // Released first (newest orders), so the shelf never holds less
            // than is reserved.
            if (l.reserved > target)
                stockledger::trimTo(m_db, actor, item, target, stocktakeId, {});
            down -= delta;
        } else {
            up += delta;
            if (l.backordered)
                rose << item;
        }
        stockledger::Move m;
        m.kind = MovementKind::Stocktake;
        m.productId = l.product;
        m.warehouseId = s.warehouseId;
        m.onHandDelta = delta;
        m.quantity = std::abs(delta);
        m.stocktakeId = stocktakeId;
        moves << m;
        ++changed;
    }
    stockledger::append(m_db, actor, moves);
    stockledger::fill(m_db, actor, rose);
    sql::run(m_db,
             QStringLiteral("UPDATE stocktakes SET state = 'posted', posted_at = ?, posted_by = ?, "
                            "version = version + 1 WHERE id = ? AND state = 'counting'"),
             {ts, m_session.userName(), stocktakeId});
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("stocktake_posted"),
                          QStringLiteral("#%1 %2").arg(stocktakeId).arg(s.warehouseCode),
                          QStringLiteral("%1 lines changed").arg(changed),
                          QStringLiteral("+%1 / -%2").arg(up).arg(down), s.note);
    tx.commit();
    return changed;
}

void StockStore::cancelStocktake(qint64 stocktakeId)
{
    m_session.require(Permission::AdjustStock);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Stocktake s = countingStocktake(stocktakeId, tr("Stocktake %1 is %2 already."));
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        sql::run(m_db, QStringLiteral("SELECT docket_stocktake_cancel(CAST(? AS bigint))"),
                 {stocktakeId});
        tx.commit();
        return;
    }
    sql::run(m_db,
             QStringLiteral("UPDATE stocktakes SET state = 'cancelled', posted_at = ?, posted_by "
                            "= ?, version = version + 1 WHERE id = ?"),
             {ts, m_session.userName(), stocktakeId});
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("stocktake_cancelled"),
                          QStringLiteral("#%1").arg(stocktakeId), QStringLiteral("counting"),
                          QStringLiteral("cancelled"), QStringLiteral(""));
    tx.commit();
}

} // namespace docket
