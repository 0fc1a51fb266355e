#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// Shop-wide settings: the shop's details on documents, the rules orders are
// judged by, the backup policy. They live in the database (table
// shop_settings), so every desk, docketctl and the gateway see the same; only
// users with the "change settings" permission change them, and every change
// is in the security log (ShopSettingsStore). A desk's own preferences —
// language, theme, window layout, the folders it uses — stay in its settings
// file (settings.h).
//
// Values are stored as text. Each key knows its kind, its default and what it
// accepts (shop::parse), so the window, docketctl and the gateway check a
// value the same way.
namespace docket {

namespace shop {

enum class Kind {
    Text,  // one line
    Lines, // several lines (an address)
    Email, // empty or an email address
    Whole, // a whole number between min and max
    Flag,  // true / false
    // Lists of fulfilment (domain/fulfilment.h), one entry a line:
    PaymentMethods,    // "code | label | on_delivery"
    Carriers,          // "code | name | pattern | link"
    DeadlineOverrides, // "channel step hours"
};

struct Key
{
    const char* code; // "shop.name": stored in the database, used by docketctl
    Kind kind;
    const char* fallback; // the default, as stored text
    qint64 min;           // Whole
    qint64 max;
    const char* label; // QT_TRANSLATE_NOOP("ShopSettings", ...)
    const char* group; // QT_TRANSLATE_NOOP("ShopSettings", ...)
    // A change recomputes the due time of every order in a step (the
    // deadline keys). PostgreSQL's shop_setting_keys.refreshes_due says the
    // same; test_shopsettings compares the two.
    bool refreshesDue = false;

    QString id() const { return QString::fromLatin1(code); }
};

extern const Key shopName;
extern const Key shopAddress;
extern const Key shopEmail;
extern const Key shopPhone;
extern const Key backupDaily;
extern const Key backupKeep;
// docket-gateway: customer look-ups (GET /track) per client address and
// minute; how long the call log, the intake log and delivered webhook events
// are kept.
extern const Key gatewayTrackPerMinute;
extern const Key gatewayLogKeepDays;
// Fulfilment (issue 15): the shop's lists and the time limit of each step.
extern const Key paymentMethods;
extern const Key carriers;
extern const Key deadlineReviewHours;
extern const Key deadlinePaymentHours;
extern const Key deadlineShippingHours;
extern const Key deadlineDeliveryHours;
extern const Key deadlineOverrides;
extern const Key autoCancelUnpaid;

// Every key, in the order settings are listed.
const QList<const Key*>& keys();
// The key called `code`, or nullptr.
const Key* find(const QString& code);
QString label(const Key& key); // translated
QString group(const Key& key); // translated
// What the key accepts, in words ("a whole number from 1 to 8760").
QString expected(const Key& key);

// A value as typed (by a person, on the command line, in JSON): the text to
// store, or why it is not acceptable (naming the setting and the form).
struct Parsed
{
    QString value;
    QString error; // empty: fine
    bool ok() const { return error.isEmpty(); }
};
Parsed parse(const Key& key, const QString& text);

} // namespace shop

// The shop settings as the database holds them at one moment; keys that were
// never set read as their defaults.
class ShopSettings
{
public:
    ShopSettings() = default;
    explicit ShopSettings(QHash<QString, QString> stored) : m_stored(std::move(stored)) {}

    // The stored text, or the key's default.
    QString text(const shop::Key& key) const;
    qint64 whole(const shop::Key& key) const;
    bool flag(const shop::Key& key) const;
    bool isSet(const shop::Key& key) const { return m_stored.contains(key.id()); }
    const QHash<QString, QString>& stored() const { return m_stored; }

    // The shop's name for documents; until it is set, a placeholder in the
    // user's language ("Docket Demo Shop").
    QString shopNameText() const;

    bool operator==(const ShopSettings&) const = default;

private:
    QHash<QString, QString> m_stored;
};

} // namespace docket
