#include "session.h"

#include "errors.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace docket {

namespace permission {

namespace {
struct Entry
{
    Permission p;
    const char* code;
    const char* label;
};
constexpr Entry kPermissions[] = {
    {Permission::ViewOrders, "view_orders", QT_TRANSLATE_NOOP("Permission", "View orders")},
    {Permission::CreateOrders, "create_orders", QT_TRANSLATE_NOOP("Permission", "Create orders")},
    {Permission::EditOrders, "edit_orders", QT_TRANSLATE_NOOP("Permission", "Edit orders")},
    {Permission::ChangeStatus, "change_status", QT_TRANSLATE_NOOP("Permission", "Change status")},
    {Permission::MarkSeen, "mark_seen", QT_TRANSLATE_NOOP("Permission", "Mark orders seen")},
    {Permission::Invalidate, "invalidate", QT_TRANSLATE_NOOP("Permission", "Invalidate orders")},
    {Permission::DeleteInvalid, "delete_invalid",
     QT_TRANSLATE_NOOP("Permission", "Delete invalid orders")},
    {Permission::RestoreArchived, "restore_archived",
     QT_TRANSLATE_NOOP("Permission", "Restore from archive")},
    {Permission::ViewAnalytics, "view_analytics",
     QT_TRANSLATE_NOOP("Permission", "View analytics")},
    {Permission::Export, "export", QT_TRANSLATE_NOOP("Permission", "Export")},
    {Permission::ManageUsers, "manage_users",
     QT_TRANSLATE_NOOP("Permission", "Manage users and roles")},
    {Permission::ChangeSettings, "change_settings",
     QT_TRANSLATE_NOOP("Permission", "Change settings")},
    {Permission::Backup, "backup", QT_TRANSLATE_NOOP("Permission", "Back up and restore")},
    {Permission::ManageCatalogue, "manage_catalogue",
     QT_TRANSLATE_NOOP("Permission", "Manage the catalogue and warehouses")},
    {Permission::AdjustStock, "adjust_stock",
     QT_TRANSLATE_NOOP("Permission", "Adjust stock (receipts, stocktakes, transfers)")},
    {Permission::HandleReturns, "handle_returns",
     QT_TRANSLATE_NOOP("Permission", "Handle returns and feedback")},
    {Permission::RecordPayments, "record_payments",
     QT_TRANSLATE_NOOP("Permission", "Record payments")},
    {Permission::Refund, "refund", QT_TRANSLATE_NOOP("Permission", "Refund")},
    {Permission::Ship, "ship", QT_TRANSLATE_NOOP("Permission", "Ship orders")},
    {Permission::ReviewOrders, "review_orders", QT_TRANSLATE_NOOP("Permission", "Review orders")},
    {Permission::ManageRules, "manage_rules",
     QT_TRANSLATE_NOOP("Permission", "Manage review rules")},
};
} // namespace

QString code(Permission p)
{
    for (const auto& e : kPermissions)
        if (e.p == p)
            return QString::fromLatin1(e.code);
    return {};
}

bool fromCode(const QString& c, Permission* out)
{
    for (const auto& e : kPermissions)
        if (c == QLatin1String(e.code)) {
            *out = e.p;
            return true;
        }
    return false;
}

QString label(Permission p)
{
    for (const auto& e : kPermissions)
        if (e.p == p)
            return QCoreApplication::translate("Permission", e.label);
    return {};
}

QList<Permission> all()
{
    QList<Permission> out;
    for (const auto& e : kPermissions)
        out << e.p;
    return out;
}

} // namespace permission

QString Scope::toString() const
{
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all");
    case Kind::Own:
        return QStringLiteral("own");
    case Kind::Channels:
        return QStringLiteral("channels:") + channels.join(QLatin1Char(','));
    }
    return {};
}

Scope Scope::fromString(const QString& s)
{
    if (s == QLatin1String("own"))
        return own();
    if (s.startsWith(QLatin1String("channels:")))
        return ofChannels(s.mid(9).split(QLatin1Char(','), Qt::SkipEmptyParts));
    return all();
}

Session::Session(qint64 userId, QString userName, QSet<Permission> permissions, Scope scope,
                 QString roleName)
    : m_userId(userId), m_userName(std::move(userName)), m_roleName(std::move(roleName)),
      m_permissions(std::move(permissions)), m_scope(std::move(scope))
{
}

Session Session::localUser()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString name = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    if (name.isEmpty())
        name = QStringLiteral("local");
    QSet<Permission> all;
    for (auto p : permission::all())
        all.insert(p);
    return Session(0, name, all, Scope::all(), QStringLiteral("administrator"));
}

void Session::require(Permission p) const
{
    if (!can(p))
        throw DocketError(DocketError::Code::Forbidden,
                          QCoreApplication::translate("Session",
                                                      "%1 may not do this: \"%2\" is not "
                                                      "among the permissions of their role.")
                              .arg(m_userName, permission::label(p)));
}

} // namespace docket
