#include "savedviewstore.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace docket {

namespace {

const char* presetCode(DatePreset p)
{
    switch (p) {
    case DatePreset::Any:
        return "any";
    case DatePreset::Today:
        return "today";
    case DatePreset::Last7Days:
        return "last7days";
    case DatePreset::ThisMonth:
        return "thisMonth";
    case DatePreset::LastMonth:
        return "lastMonth";
    case DatePreset::ThisYear:
        return "thisYear";
    }
    return "any";
}

QJsonArray array(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        if (x.isString())
            out << x.toString();
    return out;
}

const char* validityCode(OrderFilter::Validity v)
{
    switch (v) {
    case OrderFilter::Validity::Valid:
        return "valid";
    case OrderFilter::Validity::Invalid:
        return "invalid";
    case OrderFilter::Validity::All:
        return "all";
    }
    return "valid";
}

SavedView readView(const QSqlQuery& q)
{
    SavedView v;
    v.id = q.value(0).toLongLong();
    v.owner = q.value(1).toString();
    v.name = q.value(2).toString();
    v.roleId = q.value(3).toLongLong();
    v.roleName = q.value(4).toString();
    v.filter = SavedViewStore::filterFromJson(q.value(5).toString());
    v.layout = q.value(6).toString();
    return v;
}

bool isJsonObject(const QString& text)
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &e);
    return e.error == QJsonParseError::NoError && d.isObject();
}

} // namespace

SavedViewStore::SavedViewStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

QString SavedViewStore::filterToJson(const OrderFilter& f, QDate today)
{
    QJsonObject o;
    if (!f.number.trimmed().isEmpty())
        o.insert(QStringLiteral("number"), f.number.trimmed());
    if (!f.keyword.trimmed().isEmpty())
        o.insert(QStringLiteral("keyword"), f.keyword.trimmed());
    if (f.from.isValid() || f.to.isValid()) {
        const auto preset = presetMatching(f.from, f.to, today);
        if (preset && *preset != DatePreset::Any) {
            o.insert(QStringLiteral("preset"), QLatin1String(presetCode(*preset)));
        } else {
            if (f.from.isValid())
                o.insert(QStringLiteral("from"), f.from.toString(Qt::ISODate));
            if (f.to.isValid())
                o.insert(QStringLiteral("to"), f.to.toString(Qt::ISODate));
        }
    }
    if (!f.statuses.isEmpty())
        o.insert(QStringLiteral("statuses"), array(f.statuses));
    if (!f.channels.isEmpty())
        o.insert(QStringLiteral("channels"), array(f.channels));
    if (!f.regions.isEmpty())
        o.insert(QStringLiteral("regions"), array(f.regions));
    if (!f.skus.isEmpty())
        o.insert(QStringLiteral("skus"), array(f.skus));
    if (f.customer)
        o.insert(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("by"), f.customer->code()},
                             {QStringLiteral("value"), f.customer->value}});
    if (f.newOnly)
        o.insert(QStringLiteral("newOnly"), true);
    if (f.due != OrderFilter::Due::Any)
        o.insert(QStringLiteral("due"), f.due == OrderFilter::Due::Overdue
                                            ? QStringLiteral("overdue")
                                            : QStringLiteral("soon"));
    o.insert(QStringLiteral("validity"), QLatin1String(validityCode(f.validity)));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OrderFilter SavedViewStore::filterFromJson(const QString& json, QDate today)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    OrderFilter f;
    f.number = o.value(QLatin1String("number")).toString();
    f.keyword = o.value(QLatin1String("keyword")).toString();
    const QString preset = o.value(QLatin1String("preset")).toString();
    if (!preset.isEmpty()) {
        for (DatePreset p : datePresets())
            if (preset == QLatin1String(presetCode(p))) {
                const auto [from, to] = presetRange(p, today);
                f.from = from;
                f.to = to;
            }
    } else {
        f.from = QDate::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate);
        f.to = QDate::fromString(o.value(QLatin1String("to")).toString(), Qt::ISODate);
    }
    f.statuses = strings(o.value(QLatin1String("statuses")));
    f.channels = strings(o.value(QLatin1String("channels")));
    f.regions = strings(o.value(QLatin1String("regions")));
    f.skus = strings(o.value(QLatin1String("skus")));
    const QJsonObject c = o.value(QLatin1String("customer")).toObject();
    if (const auto by = CustomerKey::byFromCode(c.value(QLatin1String("by")).toString()))
        f.customer = CustomerKey{*by, c.value(QLatin1String("value")).toString()};
    f.newOnly = o.value(QLatin1String("newOnly")).toBool();
    const QString due = o.value(QLatin1String("due")).toString();
    f.due = due == QLatin1String("overdue") ? OrderFilter::Due::Overdue
            : due == QLatin1String("soon")  ? OrderFilter::Due::Soon
                                            : OrderFilter::Due::Any;
    // Views saved before the deadlines (stop 24) stored the old toggle as
    // "overdueOnly": it opens as today's overdue, past the step's deadline.
    if (f.due == OrderFilter::Due::Any && o.value(QLatin1String("overdueOnly")).toBool())
        f.due = OrderFilter::Due::Overdue;
    const QString validity = o.value(QLatin1String("validity")).toString();
    f.validity = validity == QLatin1String("invalid") ? OrderFilter::Validity::Invalid
                 : validity == QLatin1String("all")   ? OrderFilter::Validity::All
                                                      : OrderFilter::Validity::Valid;
    // What a newer Docket stored and this one does not know is left out
    // rather than breaking the view (validate() names it otherwise).
    return f;
}

QList<SavedView> SavedViewStore::list() const
{
    m_session.require(Permission::ViewOrders);
    // PostgreSQL's row-level security shows a login exactly these rows; the
    // condition does the same for SQLite and trusted sessions.
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral(
                     "SELECT v.id, v.owner, v.name, COALESCE(v.role_id, 0), COALESCE(r.name, ''), "
                     "v.filter, v.layout, CASE WHEN lower(v.owner) = lower(?) THEN 0 ELSE 1 END "
                     "AS theirs FROM saved_views v LEFT JOIN roles r ON r.id = v.role_id WHERE "
                     "lower(v.owner) = lower(?) OR v.role_id = (SELECT u.role_id FROM users u "
                     "WHERE lower(u.name) = lower(?)) ORDER BY theirs, v.id"),
                 {m_session.userName(), m_session.userName(), m_session.userName()});
    QList<SavedView> out;
    while (q.next())
        out << readView(q);
    return out;
}

QString SavedViewStore::checkedName(const QString& name) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Give the view a name."),
                          QStringLiteral("name"));
    if (n.size() > kMaxName)
        throw DocketError(DocketError::Code::Invalid,
                          tr("A view's name holds at most %L1 characters.").arg(kMaxName),
                          QStringLiteral("name"));
    return n;
}

SavedView SavedViewStore::own(qint64 id) const
{
    for (const SavedView& v : list())
        if (v.id == id && v.owner.compare(m_session.userName(), Qt::CaseInsensitive) == 0)
            return v;
    throw DocketError(DocketError::Code::NotFound,
                      tr("That view is not yours, or it was deleted meanwhile."));
}

void SavedViewStore::log(const QString& kind, const QString& target, const QString& oldValue,
                         const QString& newValue) const
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO security_events(at, actor, kind, target, old_value, "
                            "new_value, note) VALUES (?, ?, ?, ?, ?, ?, '')"),
             {m_clock(), m_session.userName(), kind, target,
              oldValue.isNull() ? QStringLiteral("") : oldValue,
              newValue.isNull() ? QStringLiteral("") : newValue});
}

qint64 SavedViewStore::save(const QString& name, const OrderFilter& filter, const QString& layout)
{
    m_session.require(Permission::ViewOrders);
    const QString n = checkedName(name);
    filter.check();
    if (!isJsonObject(layout))
        throw DocketError(DocketError::Code::Invalid, tr("The view's columns cannot be read."),
                          QStringLiteral("layout"));
    const QString json = filterToJson(filter);
    sql::WriteTransaction tx(m_db);
    const qint64 now = m_clock();
    qint64 id = 0;
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), now);
        id = sql::scalar(m_db,
                         QStringLiteral("SELECT docket_view_save(CAST(? AS text), CAST(? AS text), "
                                        "CAST(? AS text))"),
                         {n, json, layout})
                 .toLongLong();
    } else {
        const QVariant existing = sql::scalar(
            m_db,
            QStringLiteral("SELECT id FROM saved_views WHERE lower(owner) = lower(?) AND "
                           "lower(name) = lower(?)"),
            {m_session.userName(), n});
        if (existing.isNull()) {
            sql::run(m_db,
                     QStringLiteral("INSERT INTO saved_views(owner, name, filter, layout, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {m_session.userName(), n, json, layout, now, now});
            id = sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        } else {
            id = existing.toLongLong();
            sql::run(m_db,
                     QStringLiteral("UPDATE saved_views SET name = ?, filter = ?, layout = ?, "
                                    "updated_at = ? WHERE id = ?"),
                     {n, json, layout, now, id});
        }
        log(QStringLiteral("view_saved"), n);
    }
    tx.commit();
    return id;
}

void SavedViewStore::rename(qint64 id, const QString& name)
{
    m_session.require(Permission::ViewOrders);
    const QString n = checkedName(name);
    const SavedView v = own(id);
    for (const SavedView& other : list())
        if (other.id != id && other.owner.compare(v.owner, Qt::CaseInsensitive) == 0 &&
            other.name.compare(n, Qt::CaseInsensitive) == 0)
            throw DocketError(DocketError::Code::Conflict,
                              tr("You already have a view named \"%1\".").arg(n),
                              QStringLiteral("name"));
    sql::WriteTransaction tx(m_db);
    const qint64 now = m_clock();
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), now);
        sql::run(m_db,
                 QStringLiteral("SELECT docket_view_rename(CAST(? AS bigint), CAST(? AS text))"),
                 {id, n});
    } else {
        sql::run(m_db,
                 QStringLiteral("UPDATE saved_views SET name = ?, updated_at = ? WHERE id = ?"),
                 {n, now, id});
        log(QStringLiteral("view_renamed"), n, v.name, n);
    }
    tx.commit();
}

void SavedViewStore::remove(qint64 id)
{
    m_session.require(Permission::ViewOrders);
    const SavedView v = own(id);
    sql::WriteTransaction tx(m_db);
    const qint64 now = m_clock();
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), now);
        sql::run(m_db, QStringLiteral("SELECT docket_view_delete(CAST(? AS bigint))"), {id});
    } else {
        sql::run(m_db, QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id});
        log(QStringLiteral("view_deleted"), v.name);
    }
    tx.commit();
}

void SavedViewStore::share(qint64 id, qint64 roleId)
{
    m_session.require(Permission::ManageUsers);
    const SavedView v = own(id);
    QString roleName;
    if (roleId != 0) {
        const QVariant r =
            sql::scalar(m_db, QStringLiteral("SELECT name FROM roles WHERE id = ?"), {roleId});
        if (r.isNull())
            throw DocketError(DocketError::Code::NotFound, tr("That role no longer exists."),
                              QStringLiteral("role"));
        roleName = r.toString();
    }
    sql::WriteTransaction tx(m_db);
    const qint64 now = m_clock();
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        dialect::setAuditContext(m_db, m_session.userName(), now);
        sql::run(m_db,
                 QStringLiteral("SELECT docket_view_share(CAST(? AS bigint), CAST(? AS bigint))"),
                 {id, roleId ? QVariant(roleId) : QVariant(QMetaType(QMetaType::LongLong))});
    } else {
        sql::run(m_db,
                 QStringLiteral("UPDATE saved_views SET role_id = ?, updated_at = ? WHERE id = ?"),
                 {roleId ? QVariant(roleId) : QVariant(QMetaType(QMetaType::LongLong)), now, id});
        log(QStringLiteral("view_shared"), v.name, v.roleName, roleName);
    }
    tx.commit();
}

} // namespace docket
