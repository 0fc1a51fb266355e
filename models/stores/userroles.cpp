// UserStore: roles, their rights and their labels.

#include "userstore.h"

#include "userstore_p.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace docket {

using namespace userrows;

namespace {

// "view_orders, create_orders" in the canonical order (for the log).
QString codesText(const QSet<Permission>& permissions)
{
    QStringList codes;
    for (Permission p : permission::all())
        if (permissions.contains(p))
            codes << permission::code(p);
    return codes.join(QStringLiteral(", "));
}

const char* const kRoleColumns = "r.id, r.name, r.description, r.builtin, (SELECT COUNT(*) "
                                 "FROM users u WHERE u.role_id = r.id)";

// A row of kRoleColumns, without the permissions.
RoleInfo readRole(const QSqlQuery& q)
{
    RoleInfo r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.description = q.value(2).toString();
    r.builtIn = q.value(3).toInt() != 0;
    r.userCount = q.value(4).toInt();
    return r;
}

struct BuiltInRole
{
    const char* name;
    const char* label;
    const char* description;
};
constexpr BuiltInRole kBuiltInRoles[] = {
    {"clerk", QT_TRANSLATE_NOOP("UserStore", "Clerk"),
     QT_TRANSLATE_NOOP("UserStore", "Works orders through their workflow")},
    {"supervisor", QT_TRANSLATE_NOOP("UserStore", "Supervisor"),
     QT_TRANSLATE_NOOP("UserStore", "Clerk, plus invalidates, deletes and restores orders")},
    {"manager", QT_TRANSLATE_NOOP("UserStore", "Manager"),
     QT_TRANSLATE_NOOP("UserStore", "Reads every order and the analytics; changes nothing")},
    {"administrator", QT_TRANSLATE_NOOP("UserStore", "Administrator"),
     QT_TRANSLATE_NOOP("UserStore", "Everything, including users, settings and backups")},
};

} // namespace

// ---- labels ----

QString roleLabel(const QString& roleName)
{
    for (const auto& r : kBuiltInRoles)
        if (roleName == QLatin1String(r.name))
            return UserStore::tr(r.label);
    return roleName;
}

QString RoleInfo::label() const
{
    return builtIn ? roleLabel(name) : name;
}

QString RoleInfo::descriptionText() const
{
    if (builtIn)
        for (const auto& r : kBuiltInRoles)
            if (name == QLatin1String(r.name))
                return UserStore::tr(r.description);
    return description;
}

RoleInfo UserStore::roleWhere(const QString& condition, const QVariant& value) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT %1 FROM roles r WHERE %2")
                               .arg(QLatin1String(kRoleColumns), condition),
                           {value});
    if (!q.next())
        notFound(value, tr("There is no role named \"%1\"."), tr("Role %1 was not found."),
                 QStringLiteral("role"));
    RoleInfo r = readRole(q);
    r.permissions = permissionsOf(m_db, r.id);
    return r;
}

QList<RoleInfo> UserStore::roles() const
{
    requireManageUsers();
    QList<RoleInfo> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT %1 FROM roles r ORDER BY r.builtin DESC, "
                                                "r.id")
                                     .arg(QLatin1String(kRoleColumns)));
    while (q.next())
        out << readRole(q);
    for (RoleInfo& r : out)
        r.permissions = permissionsOf(m_db, r.id);
    return out;
}

RoleInfo UserStore::role(const QString& name) const
{
    requireManageUsers();
    return roleWhere(QStringLiteral("lower(r.name) = lower(?)"), name.trimmed());
}

qint64 UserStore::createRole(const QString& nameIn, const QString& description,
                             const QSet<Permission>& permissions)
{
    requireManageUsers();
    const QString name = nameIn.trimmed();
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N} ._-]{1,64}$"));
    checkNamed(name, re, tr("The role name is required."),
               tr("The role name \"%1\" may hold only letters, digits, spaces and . _ - (at "
                  "most 64)."),
               QStringLiteral("role"));
    sql::WriteTransaction tx(m_db);
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM roles WHERE lower(name) = lower(?)"),
                     {name})
             .isNull())
        fail(DocketError::Code::Conflict, tr("A role named \"%1\" already exists.").arg(name),
             QStringLiteral("role"));
    sql::run(m_db,
             QStringLiteral("INSERT INTO roles(name, description, builtin, created_at) VALUES (?, "
                            "COALESCE(?, ''), 0, ?)"),
             {name, description.trimmed(), now()});
    const qint64 id =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM roles WHERE lower(name) = lower(?)"),
                    {name})
            .toLongLong();
    for (Permission p : permission::all())
        if (permissions.contains(p))
            sql::run(m_db,
                     QStringLiteral("INSERT INTO role_permissions(role_id, permission) VALUES "
                                    "(?, ?)"),
                     {id, permission::code(p)});
    log(QStringLiteral("role_created"), m_session.userName(), name, {}, codesText(permissions));
    tx.commit();
    return id;
}

void UserStore::setRolePermissions(qint64 roleId, const QSet<Permission>& permissions)
{
    requireManageUsers();
    const RoleInfo r = roleWhere(QStringLiteral("r.id = ?"), roleId);
    if (r.builtIn)
        fail(DocketError::Code::Invalid,
             tr("The built-in role \"%1\" cannot be changed; make a custom role instead.")
                 .arg(r.label()),
             QStringLiteral("role"));
    if (r.permissions == permissions)
        return;
    sql::WriteTransaction tx(m_db);
    sql::run(m_db, QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {roleId});
    for (Permission p : permission::all())
        if (permissions.contains(p))
            sql::run(m_db,
                     QStringLiteral("INSERT INTO role_permissions(role_id, permission) VALUES "
                                    "(?, ?)"),
                     {roleId, permission::code(p)});
    log(QStringLiteral("role_permissions_changed"), m_session.userName(), r.name,
        codesText(r.permissions), codesText(permissions));
    ensureAnAdministratorRemains();
    tx.commit();
}

void UserStore::deleteRole(qint64 roleId)
{
    requireManageUsers();
    const RoleInfo r = roleWhere(QStringLiteral("r.id = ?"), roleId);
    if (r.builtIn)
        fail(DocketError::Code::Invalid,
             tr("The built-in role \"%1\" cannot be deleted.").arg(r.label()),
             QStringLiteral("role"));
    if (r.userCount > 0)
        fail(DocketError::Code::Conflict,
             tr("The role \"%1\" still belongs to %n user(s); give them another role first.",
                nullptr, r.userCount)
                 .arg(r.name),
             QStringLiteral("role"));
    sql::WriteTransaction tx(m_db);
    sql::run(m_db, QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {roleId});
    sql::run(m_db, QStringLiteral("DELETE FROM roles WHERE id = ?"), {roleId});
    log(QStringLiteral("role_deleted"), m_session.userName(), r.name, codesText(r.permissions), {});
    tx.commit();
}

} // namespace docket
