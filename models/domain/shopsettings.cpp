#include "shopsettings.h"

#include <QRegularExpression>

namespace docket {

namespace shop {

// clang-format off
const Key shopName{"shop.name", Kind::Text, "", 0, 200,
                   QT_TRANSLATE_NOOP("ShopSettings", "Shop name"),
                   QT_TRANSLATE_NOOP("ShopSettings", "Documents")};
const Key shopAddress{"shop.address", Kind::Lines, "", 0, 1000,
                      QT_TRANSLATE_NOOP("ShopSettings", "Shop address"),
                      QT_TRANSLATE_NOOP("ShopSettings", "Documents")};
const Key shopEmail{"shop.email", Kind::Email, "", 0, 200,
                    QT_TRANSLATE_NOOP("ShopSettings", "Shop email"),
                    QT_TRANSLATE_NOOP("ShopSettings", "Documents")};
const Key shopPhone{"shop.phone", Kind::Text, "", 0, 100,
                    QT_TRANSLATE_NOOP("ShopSettings", "Shop phone"),
                    QT_TRANSLATE_NOOP("ShopSettings", "Documents")};
const Key overdueUnpaidHours{"orders.overdue_unpaid_hours", Kind::Whole, "72", 1, 8760,
                             QT_TRANSLATE_NOOP("ShopSettings", "Unpaid after (hours)"),
                             QT_TRANSLATE_NOOP("ShopSettings", "Orders")};
const Key overdueUnshippedDays{"orders.overdue_unshipped_days", Kind::Whole, "3", 1, 365,
                               QT_TRANSLATE_NOOP("ShopSettings", "Unshipped after (days)"),
                               QT_TRANSLATE_NOOP("ShopSettings", "Orders")};
const Key backupDaily{"backup.daily", Kind::Flag, "false", 0, 0,
                      QT_TRANSLATE_NOOP("ShopSettings", "Back up daily"),
                      QT_TRANSLATE_NOOP("ShopSettings", "Backup")};
const Key backupKeep{"backup.keep", Kind::Whole, "7", 1, 365,
                     QT_TRANSLATE_NOOP("ShopSettings", "Daily backups kept"),
                     QT_TRANSLATE_NOOP("ShopSettings", "Backup")};
const Key gatewayTrackPerMinute{"gateway.track_per_minute", Kind::Whole, "10", 1, 1000,
                                QT_TRANSLATE_NOOP("ShopSettings", "Order look-ups per minute and address"),
                                QT_TRANSLATE_NOOP("ShopSettings", "Gateway")};
const Key gatewayLogKeepDays{"gateway.log_keep_days", Kind::Whole, "30", 1, 3650,
                             QT_TRANSLATE_NOOP("ShopSettings", "Gateway logs kept (days)"),
                             QT_TRANSLATE_NOOP("ShopSettings", "Gateway")};
// clang-format on

const QList<const Key*>& keys()
{
    static const QList<const Key*> all{
        &shopName,          &shopAddress,        &shopEmail,
        &shopPhone,         &overdueUnpaidHours, &overdueUnshippedDays,
        &backupDaily,       &backupKeep,         &gatewayTrackPerMinute,
        &gatewayLogKeepDays};
    return all;
}

const Key* find(const QString& code)
{
    for (const Key* k : keys())
        if (code == QLatin1String(k->code))
            return k;
    return nullptr;
}

QString label(const Key& key)
{
    return QCoreApplication::translate("ShopSettings", key.label);
}

QString group(const Key& key)
{
    return QCoreApplication::translate("ShopSettings", key.group);
}

QString expected(const Key& key)
{
    switch (key.kind) {
    case Kind::Text:
        return QCoreApplication::translate("ShopSettings", "one line of at most %n characters",
                                           nullptr, int(key.max));
    case Kind::Lines:
        return QCoreApplication::translate("ShopSettings", "text of at most %n characters", nullptr,
                                           int(key.max));
    case Kind::Email:
        return QCoreApplication::translate("ShopSettings", "an email address, or nothing");
    case Kind::Whole:
        return QCoreApplication::translate("ShopSettings", "a whole number from %1 to %2")
            .arg(key.min)
            .arg(key.max);
    case Kind::Flag:
        return QCoreApplication::translate("ShopSettings", "true or false");
    }
    return {};
}

Parsed parse(const Key& key, const QString& text)
{
    auto refuse = [&](const QString& why) {
        return Parsed{{},
                      QCoreApplication::translate("ShopSettings",
                                                  "%1 (%2): \"%3\" is not acceptable: %4; expected "
                                                  "%5.")
                          .arg(label(key), key.id(), text.left(60), why, expected(key))};
    };
    switch (key.kind) {
    case Kind::Text:
    case Kind::Email: {
        const QString v = text.trimmed();
        if (v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
            return refuse(QCoreApplication::translate("ShopSettings", "it has a line break"));
        if (v.size() > key.max)
            return refuse(QCoreApplication::translate("ShopSettings", "it is too long"));
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (key.kind == Kind::Email && !v.isEmpty() && !email.match(v).hasMatch())
            return refuse(
                QCoreApplication::translate("ShopSettings", "it is not an email address"));
        return {v, {}};
    }
    case Kind::Lines: {
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString& l : lines)
            l = l.trimmed();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        while (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst();
        const QString v = lines.join(QLatin1Char('\n'));
        if (v.size() > key.max)
            return refuse(QCoreApplication::translate("ShopSettings", "it is too long"));
        return {v, {}};
    }
    case Kind::Whole: {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,12}$"));
        if (!digits.match(text).hasMatch())
            return refuse(QCoreApplication::translate("ShopSettings", "it is not a whole number"));
        const qint64 n = text.toLongLong();
        if (n < key.min || n > key.max)
            return refuse(QCoreApplication::translate("ShopSettings", "it is out of range"));
        return {QString::number(n), {}};
    }
    case Kind::Flag: {
        const QString v = text.trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on") ||
            v == QLatin1String("1"))
            return {QStringLiteral("true"), {}};
        if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off") ||
            v == QLatin1String("0"))
            return {QStringLiteral("false"), {}};
        return refuse(QCoreApplication::translate("ShopSettings", "it is neither true nor false"));
    }
    }
    return refuse({});
}

} // namespace shop

QString ShopSettings::text(const shop::Key& key) const
{
    const auto it = m_stored.constFind(key.id());
    return it != m_stored.constEnd() ? *it : QString::fromUtf8(key.fallback);
}

qint64 ShopSettings::whole(const shop::Key& key) const
{
    // A value written behind Docket's back that does not parse reads as the default.
    const shop::Parsed p = shop::parse(key, text(key));
    return (p.ok() ? p.value : QString::fromUtf8(key.fallback)).toLongLong();
}

bool ShopSettings::flag(const shop::Key& key) const
{
    const shop::Parsed p = shop::parse(key, text(key));
    return (p.ok() ? p.value : QString::fromUtf8(key.fallback)) == QLatin1String("true");
}

QString ShopSettings::shopNameText() const
{
    const QString name = text(shop::shopName).trimmed();
    return name.isEmpty() ? QCoreApplication::translate("Settings", "Docket Demo Shop") : name;
}

} // namespace docket
