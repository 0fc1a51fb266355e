#include "shopsettings.h"

#include "fulfilment.h"
#include "shopcurrency.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

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
const Key paymentMethods{"payments.methods", Kind::PaymentMethods,
                         "card\n"
                         "debit_card\n"
                         "alipay\n"
                         "wechat_pay\n"
                         "bank_transfer\n"
                         "cod | | on_delivery\n"
                         "store_credit",
                         0, 10000,
                         QT_TRANSLATE_NOOP("ShopSettings", "Payment methods"),
                         QT_TRANSLATE_NOOP("ShopSettings", "Payments")};
const Key carriers{"shipping.carriers", Kind::Carriers,
                   "sf | | (SF)?[0-9]{12,13} | https://www.sf-express.com/chn/en/waybill/list?waybill={number}\n"
                   "jd | | JD[0-9A-Z]{11,18} | https://www.jdl.com/orderSearch/?waybillCodes={number}\n"
                   "zto | | 7[0-9]{11,14} | https://www.zto.com/?num={number}\n"
                   "yto | | YT[0-9]{13,15} | https://www.yto.net.cn/gw/index/index.html?waybill={number}\n"
                   "ems | | [A-Z]{2}[0-9]{9}[A-Z]{2} | https://www.ems.com.cn/queryList?mailNum={number}\n"
                   "dhl | | [0-9]{10,11}|JJD[0-9]{18} | https://www.dhl.com/global-en/home/tracking.html?tracking-id={number}\n"
                   "ups | | 1Z[0-9A-Z]{16} | https://www.ups.com/track?tracknum={number}\n"
                   "fedex | | [0-9]{12}|[0-9]{15}|[0-9]{20}|[0-9]{22} | https://www.fedex.com/fedextrack/?trknbr={number}\n"
                   "dpd | | [0-9]{14} | https://tracking.dpd.de/status/en_US/parcel/{number}",
                   0, 10000,
                   QT_TRANSLATE_NOOP("ShopSettings", "Carriers"),
                   QT_TRANSLATE_NOOP("ShopSettings", "Shipping")};
const Key deadlineReviewHours{"deadline.review_hours", Kind::Whole, "4", 1, 8760,
                              QT_TRANSLATE_NOOP("ShopSettings", "Awaiting review: time limit (hours)"),
                              QT_TRANSLATE_NOOP("ShopSettings", "Deadlines"), true};
const Key deadlinePaymentHours{"deadline.payment_hours", Kind::Whole, "72", 1, 8760,
                               QT_TRANSLATE_NOOP("ShopSettings", "Awaiting payment: time limit (hours)"),
                               QT_TRANSLATE_NOOP("ShopSettings", "Deadlines"), true};
const Key deadlineShippingHours{"deadline.shipping_hours", Kind::Whole, "48", 1, 8760,
                                QT_TRANSLATE_NOOP("ShopSettings", "Paid to shipped: time limit (hours)"),
                                QT_TRANSLATE_NOOP("ShopSettings", "Deadlines"), true};
const Key deadlineDeliveryHours{"deadline.delivery_hours", Kind::Whole, "240", 1, 8760,
                                QT_TRANSLATE_NOOP("ShopSettings", "Shipped to delivered: time limit (hours)"),
                                QT_TRANSLATE_NOOP("ShopSettings", "Deadlines"), true};
const Key deadlineOverrides{"deadline.overrides", Kind::DeadlineOverrides, "", 0, 10000,
                            QT_TRANSLATE_NOOP("ShopSettings", "Time limits per channel"),
                            QT_TRANSLATE_NOOP("ShopSettings", "Deadlines"), true};
// A Text key (shopsettings.h is kept as it is): parse() and expected()
// hold it to currencyCodes().
const Key shopCurrency{"shop.currency", Kind::Text, "EUR", 0, 3,
                       QT_TRANSLATE_NOOP("ShopSettings", "Shop currency"),
                       QT_TRANSLATE_NOOP("ShopSettings", "Payments")};
// The catalogue's currency: product prices and costs, and the value of
// stock, are in it. Unset, it is the shop's currency; the database sets it
// (to the shop's currency of the moment) when the first price or cost is
// entered, so a later change of the shop's currency does not relabel the
// catalogue's amounts. It can be changed only while the catalogue holds no
// amount (CatalogueStore::holdsAmounts): amounts are never converted.
const Key catalogueCurrency{"catalogue.currency", Kind::Text, "", 0, 3,
                            QT_TRANSLATE_NOOP("ShopSettings", "Catalogue currency (prices, costs, stock value)"),
                            QT_TRANSLATE_NOOP("ShopSettings", "Payments")};
const Key autoCancelUnpaid{"deadline.auto_cancel_unpaid", Kind::Flag, "false", 0, 0,
                           QT_TRANSLATE_NOOP("ShopSettings", "Cancel orders unpaid past their time limit"),
                           QT_TRANSLATE_NOOP("ShopSettings", "Deadlines")};
// clang-format on

const QList<const Key*>& keys()
{
    static const QList<const Key*> all{&shopName,
                                       &shopAddress,
                                       &shopEmail,
                                       &shopPhone,
                                       &backupDaily,
                                       &backupKeep,
                                       &gatewayTrackPerMinute,
                                       &gatewayLogKeepDays,
                                       &shopCurrency,
                                       &catalogueCurrency,
                                       &paymentMethods,
                                       &carriers,
                                       &deadlineReviewHours,
                                       &deadlinePaymentHours,
                                       &deadlineShippingHours,
                                       &deadlineDeliveryHours,
                                       &deadlineOverrides,
                                       &autoCancelUnpaid};
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

const QStringList& currencyCodes()
{
    static const QStringList codes = [] {
        QSet<QString> set;
        for (const QLocale& l : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                         QLocale::AnyTerritory)) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3)
                set.insert(code);
        }
        QStringList list(set.begin(), set.end());
        list.sort();
        return list;
    }();
    return codes;
}

bool isCurrencyCode(const QString& code)
{
    return std::binary_search(currencyCodes().begin(), currencyCodes().end(), code);
}

QString currencyOf(const ShopSettings& settings)
{
    const Parsed p = parse(shopCurrency, settings.text(shopCurrency));
    return p.ok() ? p.value : QString::fromLatin1(shopCurrency.fallback);
}

QString catalogueCurrencyOf(const ShopSettings& settings)
{
    if (settings.isSet(catalogueCurrency)) {
        const Parsed p = parse(catalogueCurrency, settings.text(catalogueCurrency));
        if (p.ok())
            return p.value;
    }
    return currencyOf(settings);
}

static bool isCurrencyKey(const Key& key)
{
    return &key == &shopCurrency || &key == &catalogueCurrency;
}

QString expected(const Key& key)
{
    if (isCurrencyKey(key))
        return QCoreApplication::translate("ShopSettings",
                                           "an ISO 4217 currency code such as EUR, USD or CNY");
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
    case Kind::PaymentMethods:
        return QCoreApplication::translate(
            "ShopSettings", "one payment method a line: code | label | on_delivery | inactive");
    case Kind::Carriers:
        return QCoreApplication::translate("ShopSettings",
                                           "one carrier a line: code | name | pattern | link");
    case Kind::DeadlineOverrides:
        return QCoreApplication::translate(
            "ShopSettings", "one override a line: channel step hours (steps: review, payment, "
                            "shipping, delivery)");
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
    if (isCurrencyKey(key)) {
        const QString v = text.trimmed().toUpper();
        if (!isCurrencyCode(v))
            return refuse(
                QCoreApplication::translate("ShopSettings", "it is not an ISO 4217 currency code"));
        return {v, {}};
    }
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
    case Kind::PaymentMethods:
    case Kind::Carriers:
    case Kind::DeadlineOverrides: {
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString& l : lines)
            l = l.trimmed();
        lines.removeAll(QString());
        const QString v = lines.join(QLatin1Char('\n'));
        if (v.size() > key.max)
            return refuse(QCoreApplication::translate("ShopSettings", "it is too long"));
        QString why;
        if (key.kind == Kind::PaymentMethods)
            fulfilment::parsePaymentMethods(v, &why);
        else if (key.kind == Kind::Carriers)
            fulfilment::parseCarriers(v, &why);
        else
            fulfilment::parseDeadlineOverrides(v, &why);
        if (!why.isEmpty())
            return refuse(why);
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
