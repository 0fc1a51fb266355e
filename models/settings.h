#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace docket {

// A typed settings key with its default in one place (after qBittorrent's
// SettingValue<T> and Tiled's Preference<T>): no string keys scattered
// through the UI.
template <typename T> class Setting
{
public:
    constexpr Setting(const char* key, T fallback) : m_key(key), m_default(std::move(fallback)) {}

    T value() const
    {
        QSettings s;
        const QVariant v = s.value(QLatin1String(m_key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T& v) const
    {
        QSettings s;
        s.setValue(QLatin1String(m_key), QVariant::fromValue(v));
    }
    void reset() const
    {
        QSettings s;
        s.remove(QLatin1String(m_key));
    }
    const T& defaultValue() const { return m_default; }
    QString key() const { return QLatin1String(m_key); }

private:
    const char* m_key;
    T m_default;
};

namespace settings {
// Window and table layout.
inline const Setting<QByteArray> mainWindowGeometry{"ui/mainWindowGeometry", {}};
inline const Setting<QByteArray> mainWindowState{"ui/mainWindowState", {}};
inline const Setting<QByteArray> ordersHeaderState{"ui/ordersHeaderState", {}};
inline const Setting<QByteArray> orderDialogGeometry{"ui/orderDialogGeometry", {}};
// Behaviour. (Not "general/...": QSettings' INI format, the native one on
// Linux, writes a group named "general" as [%General] and reads it back as
// "General/...", so such keys would never survive a restart.)
inline const Setting<QString> language{"app/language", {}}; // empty = system
inline const Setting<QString> theme{"app/theme", QStringLiteral("system")};
inline const Setting<QString> lastDatabase{"app/lastDatabase", {}};
// Opened when neither --database nor DOCKET_DATABASE names one; empty = the
// platform's default file (defaultDatabasePath()).
inline const Setting<QString> defaultDatabase{"app/defaultDatabase", {}};
inline const Setting<QString> lastUserName{"app/lastUserName", {}};
inline const Setting<int> refreshIntervalMs{"orders/refreshIntervalMs", 750};
inline const Setting<int> overdueUnpaidHours{"orders/overdueUnpaidHours", 72};
inline const Setting<int> overdueUnshippedDays{"orders/overdueUnshippedDays", 3};
// Printed documents.
// Until the shop's own name is set, documents carry a placeholder, shown in
// the user's language (shopNameText()).
inline constexpr char kDemoShopName[] = QT_TRANSLATE_NOOP("Settings", "Docket Demo Shop");
inline const Setting<QString> shopName{"shop/name", QString::fromLatin1(kDemoShopName)};
inline QString shopNameText()
{
    const QString name = shopName.value();
    return name == shopName.defaultValue() ? QCoreApplication::translate("Settings", kDemoShopName)
                                           : name;
}
// Stores `text`; the placeholder as shown (in any language) stays the placeholder.
inline void setShopNameText(const QString& text)
{
    shopName.setValue(text == QCoreApplication::translate("Settings", kDemoShopName)
                          ? shopName.defaultValue()
                          : text);
}
inline const Setting<QString> shopAddress{"shop/address", {}}; // several lines
inline const Setting<QString> shopEmail{"shop/email", {}};
inline const Setting<QString> shopPhone{"shop/phone", {}};
inline const Setting<QString> printDocument{"print/document",
                                            QStringLiteral("invoice")}; // or "packingSlip"
// Export.
inline const Setting<QString> exportFolder{"export/folder", {}};
inline const Setting<QString> exportFormat{"export/format", QStringLiteral("csv")}; // or "xlsx"
inline const Setting<bool> exportExcelCompatible{"export/excelCompatible", true};
inline const Setting<QString> exportDelimiter{"export/delimiter", QStringLiteral(",")};
// Backups.
inline const Setting<QString> backupFolder{"backup/folder", {}};
inline const Setting<bool> backupDaily{"backup/daily", false};
inline const Setting<int> backupKeep{"backup/keep", 7}; // scheduled backups kept
} // namespace settings

} // namespace docket
