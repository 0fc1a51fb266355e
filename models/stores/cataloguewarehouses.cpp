// CatalogueStore: warehouses, and which warehouse a channel's orders reserve in.

#include "cataloguestore.h"
#include "cataloguestore_p.h"
#include "securitylog.h"
#include "stockledger.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace docket {

using catalogue_p::json;

// ---------------------------------------------------------------- warehouses

QList<Warehouse> CatalogueStore::warehouses() const
{
    requireView();
    QList<Warehouse> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, code, name, address, active, version "
                                                "FROM warehouses ORDER BY code"));
    while (q.next())
        out << Warehouse{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                         q.value(3).toString(),   q.value(4).toInt() != 0, q.value(5).toLongLong()};
    return out;
}

Warehouse CatalogueStore::warehouse(qint64 id) const
{
    for (const Warehouse& w : warehouses())
        if (w.id == id)
            return w;
    throw DocketError(DocketError::Code::NotFound,
                      tr("There is no warehouse with the id %1.").arg(id),
                      QStringLiteral("warehouse"));
}

std::optional<Warehouse> CatalogueStore::warehouseByCode(const QString& code) const
{
    const QString c = catalogue::normalizeWarehouseCode(code);
    for (const Warehouse& w : warehouses())
        if (w.code == c)
            return w;
    return std::nullopt;
}

QMap<QString, qint64> CatalogueStore::channelWarehouses() const
{
    requireView();
    QMap<QString, qint64> out;
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT channel, warehouse_id FROM channel_warehouses"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QList<FieldError> CatalogueStore::validate(const Warehouse& w)
{
    QList<FieldError> errors;
    const QString code = catalogue::normalizeWarehouseCode(w.code);
    if (!catalogue::isValidWarehouseCode(code))
        errors.push_back({QStringLiteral("code"),
                          tr("\"%1\" is not a warehouse code: use 1 to 16 letters, digits, - "
                             "and _.")
                              .arg(w.code.trimmed())});
    if (w.name.trimmed().isEmpty())
        errors.push_back({QStringLiteral("name"), tr("The warehouse needs a name.")});
    else if (w.name.trimmed().size() > 200)
        errors.push_back({QStringLiteral("name"), tr("The warehouse name is too long.")});
    if (w.address.trimmed().size() > 1000)
        errors.push_back({QStringLiteral("address"), tr("The address is too long.")});
    return errors;
}

qint64 CatalogueStore::saveWarehouse(const Warehouse& in)
{
    m_session.require(Permission::ManageCatalogue);
    if (const auto errors = validate(in); !errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
    Warehouse w = in;
    w.code = catalogue::normalizeWarehouseCode(in.code);
    w.name = in.name.trimmed();
    w.address = stockledger::nn(in.address.trimmed());
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    std::optional<Warehouse> old;
    if (w.id) {
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT id, code, name, address, active, version "
                                              "FROM warehouses WHERE id = ?"),
                               {w.id});
        if (!q.next())
            throw DocketError(DocketError::Code::NotFound,
                              tr("There is no warehouse with the id %1.").arg(w.id));
        old = Warehouse{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toInt() != 0, q.value(5).toLongLong()};
        if (old->version != w.version)
            throw DocketError(DocketError::Code::Conflict,
                              tr("Warehouse %1 was changed by someone else meanwhile; look at it "
                                 "again.")
                                  .arg(old->code));
    }
    const qint64 taken =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM warehouses WHERE code = ?"), {w.code}, 0)
            .toLongLong();
    if (taken && taken != w.id)
        throw DocketError(DocketError::Code::Conflict,
                          tr("A warehouse with the code %1 already exists.").arg(w.code),
                          QStringLiteral("code"));
    if (old && !w.active &&
        !sql::scalar(m_db,
                     QStringLiteral("SELECT 1 FROM channel_warehouses WHERE warehouse_id = ?"),
                     {w.id})
             .isNull())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Warehouse %1 still serves a sales channel: choose another "
                             "warehouse for that channel first.")
                              .arg(old->code),
                          QStringLiteral("active"));
    qint64 id = w.id;
    if (m_backend == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), ts);
        id = sql::scalar(m_db,
                         QStringLiteral("SELECT docket_warehouse_save(CAST(? AS bigint), CAST(? AS "
                                        "bigint), CAST(? AS jsonb))"),
                         {w.id, w.version,
                          json({{QStringLiteral("code"), w.code},
                                {QStringLiteral("name"), w.name},
                                {QStringLiteral("address"), w.address},
                                {QStringLiteral("active"),
                                 w.active ? QStringLiteral("1") : QStringLiteral("0")}})})
                 .toLongLong();
        tx.commit();
        return id;
    }
    if (!old) {
        sql::run(m_db,
                 QStringLiteral("INSERT INTO warehouses(code, name, address, active, created_at, "
                                "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)"),
                 {w.code, w.name, w.address, w.active ? 1 : 0, ts, ts});
        id = sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("warehouse_created"),
                              w.code, {}, w.name);
    } else {
        if (old->code == w.code && old->name == w.name && old->address == w.address &&
            old->active == w.active)
            return id;
        sql::run(m_db,
                 QStringLiteral("UPDATE warehouses SET code = ?, name = ?, address = ?, active = "
                                "?, updated_at = ?, version = version + 1 WHERE id = ?"),
                 {w.code, w.name, w.address, w.active ? 1 : 0, ts, w.id});
        auto text = [](const Warehouse& x) {
            return QStringLiteral("%1; %2%3")
                .arg(x.code, x.name, x.active ? QString() : QStringLiteral("; inactive"));
        };
        securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("warehouse_changed"),
                              w.code, text(*old), text(w));
    }
    tx.commit();
    return id;
}

void CatalogueStore::setChannelWarehouse(const QString& channelCode, qint64 warehouseId)
{
    m_session.require(Permission::ManageCatalogue);
    if (!channel::codes().contains(channelCode))
        throw DocketError(DocketError::Code::Invalid,
                          tr("There is no sales channel \"%1\".").arg(channelCode),
                          QStringLiteral("channel"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    QString newCode;
    if (warehouseId) {
        QSqlQuery q =
            sql::run(m_db, QStringLiteral("SELECT code, active FROM warehouses WHERE id = ?"),
                     {warehouseId});
        if (!q.next())
            throw DocketError(DocketError::Code::Invalid,
                              tr("There is no warehouse with the id %1.").arg(warehouseId),
                              QStringLiteral("warehouse"));
        if (q.value(1).toInt() == 0)
            throw DocketError(DocketError::Code::Invalid,
                              tr("Warehouse %1 is inactive.").arg(q.value(0).toString()),
                              QStringLiteral("warehouse"));
        newCode = q.value(0).toString();
    }
    if (m_backend == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), ts);
        sql::run(m_db,
                 QStringLiteral("SELECT docket_channel_warehouse_set(CAST(? AS text), CAST(? AS "
                                "bigint))"),
                 {channelCode, warehouseId});
        tx.commit();
        return;
    }
    const QString oldCode =
        sql::scalar(m_db,
                    QStringLiteral("SELECT w.code FROM channel_warehouses cw JOIN warehouses w ON "
                                   "w.id = cw.warehouse_id WHERE cw.channel = ?"),
                    {channelCode})
            .toString();
    if (oldCode == newCode)
        return;
    if (warehouseId)
        sql::run(m_db,
                 QStringLiteral("INSERT INTO channel_warehouses(channel, warehouse_id) VALUES (?, "
                                "?) ON CONFLICT(channel) DO UPDATE SET warehouse_id = "
                                "excluded.warehouse_id"),
                 {channelCode, warehouseId});
    else
        sql::run(m_db, QStringLiteral("DELETE FROM channel_warehouses WHERE channel = ?"),
                 {channelCode});
    securityevent::insert(m_db, ts, m_session.userName(), QStringLiteral("channel_warehouse_set"),
                          channelCode, oldCode, newCode);
    // The channel's open orders reserve in the new warehouse (or let go).
    QList<qint64> open;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id FROM orders WHERE channel = ? AND invalid_at "
                                          "IS NULL AND status IN ('pending', 'paid', "
                                          "'processing') ORDER BY id"),
                           {channelCode});
    while (q.next())
        open << q.value(0).toLongLong();
    stockledger::syncOrders(m_db, {m_session.userName(), ts}, open);
    tx.commit();
}

} // namespace docket
