#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace docket {

namespace settings {
// The signed-in user whose preferences Setting<T> with Per::User reads and
// writes (empty: nobody yet, e.g. in the sign-in dialog). Set by the window
// after signing in; the GUI thread's.
inline QString& currentUserRef()
{
    static QString user;
    return user;
}
inline void setCurrentUser(const QString& name)
{
    currentUserRef() = name.trimmed().toLower();
}
inline QString currentUser()
{
    return currentUserRef();
}
} // namespace settings

// Whose a setting is: the desk's (this computer, whoever uses it), or each
// user's on this desk (language, theme, window and column layout).
enum class Per { Desk, User };

// A typed settings key with its default in one place (after qBittorrent's
// SettingValue<T> and Tiled's Preference<T>): no string keys scattered
// through the UI. A Per::User setting lives under "users/<name>/<key>" for
// the signed-in user; until that user sets it, it reads the desk's value
// (what this desk used before preferences were per user, or its last
// choice), then the default.
template <typename T> class Setting
{
public:
    constexpr Setting(const char* key, T fallback, Per per = Per::Desk)
        : m_key(key), m_default(std::move(fallback)), m_per(per)
    {
    }

    T value() const
    {
        QSettings s;
        QVariant v;
        if (const QString user = userKey(); !user.isEmpty())
            v = s.value(user);
        if (!v.isValid())
            v = s.value(QLatin1String(m_key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T& v) const
    {
        QSettings s;
        const QString user = userKey();
        s.setValue(user.isEmpty() ? QString(QLatin1String(m_key)) : user, QVariant::fromValue(v));
    }
    // The desk's own value (Per::User settings: what a user who never chose
    // gets, and what the sign-in dialog uses).
    void setDeskValue(const T& v) const
    {
        QSettings s;
        s.setValue(QLatin1String(m_key), QVariant::fromValue(v));
    }
    void reset() const
    {
        QSettings s;
        const QString user = userKey();
        s.remove(user.isEmpty() ? QString(QLatin1String(m_key)) : user);
    }
    // Whether the signed-in user stored a value of their own.
    bool hasUserValue() const
    {
        const QString user = userKey();
        return !user.isEmpty() && QSettings().contains(user);
    }
    const T& defaultValue() const { return m_default; }
    QString key() const { return QLatin1String(m_key); }
    Per per() const { return m_per; }
    // Where the signed-in user's value is stored; empty for a desk setting or
    // when nobody is signed in.
    QString userKey() const
    {
        const QString user = settings::currentUser();
        if (m_per != Per::User || user.isEmpty())
            return {};
        // Percent-encoded: a name may hold characters QSettings treats as
        // separators ("/" and "\").
        return QStringLiteral("users/%1/%2")
            .arg(QString::fromLatin1(user.toUtf8().toPercentEncoding()), QLatin1String(m_key));
    }

private:
    const char* m_key;
    T m_default;
    Per m_per;
};

namespace settings {
// What stays here are preferences: a desk's (its databases, its backup
// folder) and each user's on it. The shop's own settings (its name and
// address on documents, the overdue rules, the backup policy) are in the
// database, the same for every desk: domain/shopsettings.h.
//
// Window and table layout, each user's.
inline const Setting<QByteArray> mainWindowGeometry{"ui/mainWindowGeometry", {}, Per::User};
inline const Setting<QByteArray> mainWindowState{"ui/mainWindowState", {}, Per::User};
inline const Setting<QByteArray> ordersHeaderState{"ui/ordersHeaderState", {}, Per::User};
inline const Setting<QByteArray> orderDialogGeometry{"ui/orderDialogGeometry", {}, Per::User};
// Behaviour. (Not "general/...": QSettings' INI format, the native one on
// Linux, writes a group named "general" as [%General] and reads it back as
// "General/...", so such keys would never survive a restart.)
inline const Setting<QString> language{"app/language", {}, Per::User}; // empty = system
inline const Setting<QString> theme{"app/theme", QStringLiteral("system"), Per::User};
inline const Setting<QString> lastDatabase{"app/lastDatabase", {}};
// Opened when neither --database nor DOCKET_DATABASE names one; empty = the
// platform's default file (defaultDatabasePath()).
inline const Setting<QString> defaultDatabase{"app/defaultDatabase", {}};
inline const Setting<QString> lastUserName{"app/lastUserName", {}};
inline const Setting<int> refreshIntervalMs{"orders/refreshIntervalMs", 750};
// Printed documents.
inline const Setting<QString> printDocument{"print/document", QStringLiteral("invoice"),
                                            Per::User}; // or "packingSlip"
// Export.
inline const Setting<QString> exportFolder{"export/folder", {}, Per::User};
inline const Setting<QString> exportFormat{"export/format", QStringLiteral("csv"),
                                           Per::User}; // or "xlsx"
inline const Setting<bool> exportExcelCompatible{"export/excelCompatible", true, Per::User};
inline const Setting<QString> exportDelimiter{"export/delimiter", QStringLiteral(","), Per::User};
// Keys of ordercolumns, in file order; empty: the default ones.
inline const Setting<QStringList> exportColumns{"export/columns", {}, Per::User};
inline const Setting<bool> exportLines{"export/lines", false, Per::User};
// File import: each channel's column and status mapping (JSON object by
// channel of ImportMapping::toJson), this desk's.
inline const Setting<QByteArray> importMappings{"import/mappings", {}};
// Backups: where this desk writes them (the daily backup and how many are
// kept are the shop's: shop::backupDaily, shop::backupKeep).
inline const Setting<QString> backupFolder{"backup/folder", {}};
} // namespace settings

} // namespace docket
