#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace docket {

// What a role may do. Stored by code (see permission::code) so roles survive
// reordering of this enum.
enum class Permission {
    ViewOrders,
    CreateOrders,
    EditOrders,
    ChangeStatus,
    MarkSeen,
    Invalidate,
    DeleteInvalid,
    RestoreArchived,
    ViewAnalytics,
    Export,
    ManageUsers,
    ChangeSettings,
    Backup,
    // Catalogue, stock and after-sales (issue 17)
    ManageCatalogue,
    AdjustStock,
    HandleReturns,
    // Fulfilment (issue 15)
    RecordPayments,
    Refund,
    Ship,
    ReviewOrders,
    ManageRules,
};

namespace permission {
QString code(Permission p);
bool fromCode(const QString& code, Permission* out);
QString label(Permission p); // translated
QList<Permission> all();
} // namespace permission

// Which orders a user can see at all. Out-of-scope orders do not exist for them.
struct Scope
{
    enum class Kind { All, Own, Channels };
    Kind kind = Kind::All;
    QStringList channels; // with Kind::Channels

    static Scope all() { return {}; }
    static Scope own() { return {Kind::Own, {}}; }
    static Scope ofChannels(QStringList c) { return {Kind::Channels, std::move(c)}; }
    QString toString() const; // "all", "own", "channels:web,retail"
    static Scope fromString(const QString& s);
    bool operator==(const Scope&) const = default;
};

// The acting user. Every store call takes one and checks it before it reads
// or writes anything.
class Session
{
public:
    Session() = default;
    Session(qint64 userId, QString userName, QSet<Permission> permissions, Scope scope,
            QString roleName = {});

    // The operating-system user with every permission: for a database that has
    // no accounts yet, and for tools running as the database owner.
    static Session localUser();

    qint64 userId() const { return m_userId; }
    const QString& userName() const { return m_userName; }
    const QString& roleName() const { return m_roleName; }
    const Scope& scope() const { return m_scope; }
    const QSet<Permission>& permissions() const { return m_permissions; }
    bool isValid() const { return !m_userName.isEmpty(); }

    bool can(Permission p) const { return m_permissions.contains(p); }
    // Throws DocketError(Forbidden) naming the permission.
    void require(Permission p) const;

private:
    qint64 m_userId = 0;
    QString m_userName;
    QString m_roleName;
    QSet<Permission> m_permissions;
    Scope m_scope;
};

} // namespace docket
