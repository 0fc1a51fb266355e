#include "stockstore.h"

#include "securitylog.h"
#include "stockledger.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

// StockStore: transfers between warehouses. The rules of
// the stocktakes/transfers migration (resources/sql/postgres/*_stocktakes_transfers.sql) on SQLite.

namespace docket {

namespace {

QString json(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

const QString kTransferColumns =
    QStringLiteral("t.id, t.from_warehouse_id, f.code, t.to_warehouse_id, d.code, t.state, t.note, "
                   "t.created_at, t.created_by, t.sent_at, COALESCE(t.sent_by, ''), t.received_at, "
                   "COALESCE(t.received_by, ''), t.version");

Transfer transferFrom(const QSqlQuery& q)
{
    Transfer t;
    t.id = q.value(0).toLongLong();
    t.fromWarehouseId = q.value(1).toLongLong();
    t.fromCode = q.value(2).toString();
    t.toWarehouseId = q.value(3).toLongLong();
    t.toCode = q.value(4).toString();
    t.state = q.value(5).toString();
    t.note = q.value(6).toString();
    t.createdAt = sql::utcTime(q.value(7));
    t.createdBy = q.value(8).toString();
    t.sentAt = sql::utcTime(q.value(9));
    t.sentBy = q.value(10).toString();
    t.receivedAt = sql::utcTime(q.value(11));
    t.receivedBy = q.value(12).toString();
    t.version = q.value(13).toLongLong();
    return t;
}

} // namespace

QList<Transfer> StockStore::transfers(bool openOnly) const
{
    requireView();
    QList<Transfer> out;
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT %1 FROM transfers t JOIN warehouses f ON f.id = "
                             "t.from_warehouse_id JOIN warehouses d ON d.id = t.to_warehouse_id "
                             "%2 ORDER BY t.id DESC")
                  .arg(kTransferColumns,
                       openOnly ? QStringLiteral("WHERE t.state IN ('draft', 'in_transit')")
                                : QString()));
    while (q.next())
        out << transferFrom(q);
    return out;
}

Transfer StockStore::transfer(qint64 id) const
{
    requireView();
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT %1 FROM transfers t JOIN warehouses f ON f.id = "
                       "t.from_warehouse_id JOIN warehouses d ON d.id = t.to_warehouse_id WHERE "
                       "t.id = ?")
            .arg(kTransferColumns),
        {id});
    if (!q.next())
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no transfer with the id %1.").arg(id),
                          QStringLiteral("transfer"));
    Transfer t = transferFrom(q);
    q.finish();
    QSqlQuery l = sql::run(m_db,
                           QStringLiteral("SELECT l.product_id, p.sku, p.name, l.quantity, "
                                          "l.received FROM transfer_lines l JOIN products p ON "
                                          "p.id = l.product_id WHERE l.transfer_id = ? ORDER BY "
                                          "p.sku"),
                           {id});
    while (l.next()) {
        TransferLine line;
        line.productId = l.value(0).toLongLong();
        line.sku = l.value(1).toString();
        line.name = l.value(2).toString();
        line.quantity = l.value(3).toLongLong();
        if (!l.value(4).isNull())
            line.received = l.value(4).toLongLong();
        t.lines << line;
    }
    return t;
}

qint64 StockStore::createTransfer(qint64 fromId, qint64 toId, const QList<TransferRequest>& lines,
                                  const QString& note)
{
    m_session.require(Permission::AdjustStock);
    if (fromId == toId)
        throw DocketError(DocketError::Code::Invalid,
                          tr("A transfer goes from one warehouse to another."),
                          QStringLiteral("to"));
    if (lines.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("A transfer needs at least one line."),
                          QStringLiteral("lines"));
    if (stockledger::nn(note.trimmed()).size() > 500)
        throw DocketError(DocketError::Code::Invalid, tr("The note is too long."),
                          QStringLiteral("note"));
    QSet<qint64> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].quantity < 1 || lines[i].quantity > 1000000000)
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1: the quantity must be a whole number from 1 to "
                                 "1,000,000,000.")
                                  .arg(i + 1),
                              QStringLiteral("quantity"));
        if (seen.contains(lines[i].productId))
            throw DocketError(DocketError::Code::Invalid,
                              tr("Line %1: the product is on the transfer twice.").arg(i + 1),
                              QStringLiteral("product"));
        seen.insert(lines[i].productId);
    }
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    QStringList codes;
    for (qint64 w : {fromId, toId})
        codes << activeWarehouseCode(w);
    for (qsizetype i = 0; i < lines.size(); ++i)
        requireProduct(i, lines[i].productId);
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        QJsonArray items;
        for (const TransferRequest& r : lines)
            items.append(QJsonObject{{QStringLiteral("product_id"), QString::number(r.productId)},
                                     {QStringLiteral("quantity"), QString::number(r.quantity)}});
        const qint64 id = sql::scalar(m_db,
                                      QStringLiteral("SELECT docket_transfer_create(CAST(? AS "
                                                     "bigint), CAST(? AS bigint), CAST(? AS "
                                                     "jsonb), CAST(? AS text))"),
                                      {fromId, toId, json(items), stockledger::nn(note.trimmed())})
                              .toLongLong();
        tx.commit();
        return id;
    }
    sql::run(m_db,
             QStringLiteral("INSERT INTO transfers(from_warehouse_id, to_warehouse_id, note, "
                            "created_at, created_by) VALUES (?, ?, ?, ?, ?)"),
             {fromId, toId, stockledger::nn(note.trimmed()), ts, m_session.userName()});
    const qint64 id = sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    QSqlQuery ins = sql::prepare(m_db, QStringLiteral("INSERT INTO transfer_lines(transfer_id, "
                                                      "product_id, quantity) VALUES (?, ?, ?)"));
    for (const TransferRequest& r : lines) {
        ins.bindValue(0, id);
        ins.bindValue(1, r.productId);
        ins.bindValue(2, r.quantity);
        sql::exec(ins);
    }
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("transfer_created"),
                          QStringLiteral("#%1 %2 -> %3").arg(id).arg(codes[0], codes[1]),
                          QStringLiteral(""), QStringLiteral("%1 lines").arg(lines.size()),
                          stockledger::nn(note.trimmed()));
    tx.commit();
    return id;
}

Transfer StockStore::transferIn(qint64 id, const QString& state, const QString& refusal) const
{
    Transfer t = transfer(id);
    if (t.state != state)
        throw DocketError(
            DocketError::Code::Conflict,
            QString(refusal).arg(id).arg(transferstate::labelForCode(t.state).toLower()));
    return t;
}

void StockStore::sendTransfer(qint64 id)
{
    m_session.require(Permission::AdjustStock);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Transfer t =
        transferIn(id, QStringLiteral("draft"), tr("Transfer %1 is %2; only a draft is sent."));
    for (const TransferLine& l : t.lines) {
        const auto [onHand, reserved] = stockledger::level(m_db, {l.productId, t.fromWarehouseId});
        if (onHand - reserved < l.quantity)
            throw DocketError(DocketError::Code::Invalid,
                              tr("Only %L1 of %2 are available in %3 (%L4 on hand, %L5 "
                                 "reserved); the transfer wants %L6.")
                                  .arg(std::max<qint64>(onHand - reserved, 0))
                                  .arg(l.sku, t.fromCode)
                                  .arg(onHand)
                                  .arg(reserved)
                                  .arg(l.quantity),
                              QStringLiteral("quantity"));
    }
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        sql::run(m_db, QStringLiteral("SELECT docket_transfer_send(CAST(? AS bigint))"), {id});
        tx.commit();
        return;
    }
    const stockledger::Actor actor{m_session.userName(), ts};
    QList<stockledger::Move> moves;
    for (const TransferLine& l : t.lines) {
        stockledger::Move m;
        m.kind = MovementKind::TransferOut;
        m.productId = l.productId;
        m.warehouseId = t.fromWarehouseId;
        m.onHandDelta = -l.quantity;
        m.quantity = l.quantity;
        m.transferId = id;
        moves << m;
    }
    stockledger::append(m_db, actor, moves);
    sql::run(m_db,
             QStringLiteral("UPDATE transfers SET state = 'in_transit', sent_at = ?, sent_by = ?, "
                            "version = version + 1 WHERE id = ?"),
             {ts, m_session.userName(), id});
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("transfer_sent"),
                          QStringLiteral("#%1").arg(id), QStringLiteral("draft"),
                          QStringLiteral("in_transit"), QStringLiteral(""));
    tx.commit();
}

void StockStore::receiveTransfer(qint64 id, const QList<TransferRequest>& received)
{
    m_session.require(Permission::AdjustStock);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Transfer t = transferIn(id, QStringLiteral("in_transit"),
                                  tr("Transfer %1 is %2; only a transfer in transit is received."));
    QHash<qint64, qint64> got;
    for (const TransferLine& l : t.lines)
        got.insert(l.productId, l.quantity);
    for (const TransferRequest& r : received) {
        const auto line =
            std::find_if(t.lines.cbegin(), t.lines.cend(),
                         [&](const TransferLine& l) { return l.productId == r.productId; });
        if (line == t.lines.cend())
            throw DocketError(DocketError::Code::Invalid,
                              tr("%1 is not on transfer %2.")
                                  .arg(sql::scalar(m_db,
                                                   QStringLiteral("SELECT sku FROM products "
                                                                  "WHERE id = ?"),
                                                   {r.productId})
                                           .toString())
                                  .arg(id),
                              QStringLiteral("product"));
        if (r.quantity < 0 || r.quantity > line->quantity)
            throw DocketError(DocketError::Code::Invalid,
                              tr("%1: between 0 and %L2 units can arrive, not %L3.")
                                  .arg(line->sku)
                                  .arg(line->quantity)
                                  .arg(r.quantity),
                              QStringLiteral("received"));
        got.insert(r.productId, r.quantity);
    }
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        QJsonArray items;
        for (const TransferRequest& r : received)
            items.append(QJsonObject{{QStringLiteral("product_id"), QString::number(r.productId)},
                                     {QStringLiteral("received"), QString::number(r.quantity)}});
        sql::run(m_db,
                 QStringLiteral("SELECT docket_transfer_receive(CAST(? AS bigint), CAST(? AS "
                                "jsonb))"),
                 {id, json(items)});
        tx.commit();
        return;
    }
    const stockledger::Actor actor{m_session.userName(), ts};
    QSqlQuery upd = sql::prepare(m_db, QStringLiteral("UPDATE transfer_lines SET received = ? "
                                                      "WHERE transfer_id = ? AND product_id = ?"));
    QList<stockledger::Move> moves;
    QList<stockledger::Item> items;
    qint64 shortfall = 0;
    for (const TransferLine& l : t.lines) {
        const qint64 n = got.value(l.productId);
        shortfall += l.quantity - n;
        upd.bindValue(0, n);
        upd.bindValue(1, id);
        upd.bindValue(2, l.productId);
        sql::exec(upd);
        if (n == 0)
            continue;
        stockledger::Move m;
        m.kind = MovementKind::TransferIn;
        m.productId = l.productId;
        m.warehouseId = t.toWarehouseId;
        m.onHandDelta = n;
        m.quantity = n;
        m.transferId = id;
        moves << m;
        items << stockledger::Item{l.productId, t.toWarehouseId};
    }
    stockledger::append(m_db, actor, moves);
    stockledger::fill(m_db, actor, items);
    sql::run(m_db,
             QStringLiteral("UPDATE transfers SET state = 'received', received_at = ?, "
                            "received_by = ?, version = version + 1 WHERE id = ?"),
             {ts, m_session.userName(), id});
    securityevent::insert(
        m_db, ts, m_session.userName(), QStringLiteral("transfer_received"),
        QStringLiteral("#%1").arg(id), QStringLiteral("in_transit"), QStringLiteral("received"),
        shortfall > 0 ? QStringLiteral("short %1").arg(shortfall) : QStringLiteral(""));
    tx.commit();
}

void StockStore::cancelTransfer(qint64 id)
{
    m_session.require(Permission::AdjustStock);
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    const Transfer t = transferIn(id, QStringLiteral("draft"),
                                  tr("Transfer %1 is %2; only a draft is cancelled."));
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        sql::run(m_db, QStringLiteral("SELECT docket_transfer_cancel(CAST(? AS bigint))"), {id});
        tx.commit();
        return;
    }
    sql::run(m_db,
             QStringLiteral("UPDATE transfers SET state = 'cancelled', version = version + 1 "
                            "WHERE id = ?"),
             {id});
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("transfer_cancelled"),
                          QStringLiteral("#%1").arg(id), QStringLiteral("draft"),
                          QStringLiteral("cancelled"), QStringLiteral(""));
    tx.commit();
}

} // namespace docket
