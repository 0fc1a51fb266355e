#include "reviewrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace docket::review {

namespace {

struct Entry
{
    Rule rule;
    const char* code;
    const char* label;
};
constexpr Entry kRules[] = {
    {Rule::Amount, "amount", QT_TRANSLATE_NOOP("Review", "Amount above a threshold")},
    {Rule::FirstOrder, "first_order",
     QT_TRANSLATE_NOOP("Review", "First order of a new customer above a threshold")},
    {Rule::CountryMismatch, "country_mismatch",
     QT_TRANSLATE_NOOP("Review", "Shipping country differs from billing country")},
    {Rule::Velocity, "velocity",
     QT_TRANSLATE_NOOP("Review", "Many orders from one email or phone in a short time")},
    {Rule::Blocklist, "blocklist",
     QT_TRANSLATE_NOOP("Review", "Blocked email domain, phone or address")},
    {Rule::Quantity, "quantity", QT_TRANSLATE_NOOP("Review", "Line quantity above a limit")},
    {Rule::Address, "address", QT_TRANSLATE_NOOP("Review", "Incomplete shipping address")},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("Review", text);
}

QJsonObject thresholdsJson(const QMap<QString, qint64>& m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), QString::number(it.value()));
    return o;
}

QJsonArray listJson(const QStringList& l)
{
    QJsonArray a;
    for (const QString& s : l)
        a.append(s);
    return a;
}

bool readThresholds(const QJsonValue& v, QMap<QString, qint64>* out)
{
    if (!v.isObject())
        return false;
    static const QRegularExpression cur(QStringLiteral("^[A-Z]{3}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    out->clear();
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString text = it.value().isString() ? it.value().toString()
                                                   : QString::number(it.value().toInteger(-1));
        if (!cur.match(it.key()).hasMatch() || !digits.match(text).hasMatch())
            return false;
        out->insert(it.key(), text.toLongLong());
    }
    return true;
}

bool readList(const QJsonValue& v, QStringList* out)
{
    if (v.isUndefined()) {
        out->clear();
        return true;
    }
    if (!v.isArray())
        return false;
    out->clear();
    for (const QJsonValue& e : v.toArray()) {
        if (!e.isString())
            return false;
        out->append(e.toString());
    }
    return true;
}

QString money(qint64 minor, const QString& currency)
{
    return Money(minor, currency).toString(QLocale());
}

QString addressFromText(const QString& text);

// An entry of a blocklist as stored: a domain in lower case without '@',
// a phone's digits, an address normalised (addressFromText).
QString blockedEntry(const QString& list, const QString& text)
{
    const QString value = text.trimmed();
    if (list == QLatin1String("email_domains"))
        return value.toLower().remove(QLatin1Char('@'));
    if (list == QLatin1String("phones"))
        return normalisePhone(value);
    return addressFromText(value);
}

// "street, postcode" (the last comma splits) as normaliseAddress() stores it.
QString addressFromText(const QString& text)
{
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    return comma < 0 ? normaliseAddress(text, {})
                     : normaliseAddress(text.left(comma), text.mid(comma + 1));
}

} // namespace

QString code(Rule r)
{
    for (const auto& e : kRules)
        if (e.rule == r)
            return QString::fromLatin1(e.code);
    return {};
}

std::optional<Rule> fromCode(const QString& c)
{
    for (const auto& e : kRules)
        if (c == QLatin1String(e.code))
            return e.rule;
    return std::nullopt;
}

QString label(Rule r)
{
    for (const auto& e : kRules)
        if (e.rule == r)
            return translated(e.label);
    return {};
}

QList<Rule> all()
{
    QList<Rule> out;
    for (const auto& e : kRules)
        out << e.rule;
    return out;
}

RuleSet RuleSet::defaults()
{
    RuleSet s;
    s.amountThresholds = {{QStringLiteral("CNY"), 800000},
                          {QStringLiteral("EUR"), 100000},
                          {QStringLiteral("GBP"), 100000},
                          {QStringLiteral("USD"), 100000}};
    s.firstOrderThresholds = {{QStringLiteral("CNY"), 400000},
                              {QStringLiteral("EUR"), 50000},
                              {QStringLiteral("GBP"), 50000},
                              {QStringLiteral("USD"), 50000}};
    return s;
}

bool RuleSet::isOn(Rule r) const
{
    switch (r) {
    case Rule::Amount:
        return amountOn;
    case Rule::FirstOrder:
        return firstOrderOn;
    case Rule::CountryMismatch:
        return countryOn;
    case Rule::Velocity:
        return velocityOn;
    case Rule::Blocklist:
        return blocklistOn;
    case Rule::Quantity:
        return quantityOn;
    case Rule::Address:
        return addressOn;
    }
    return false;
}

void RuleSet::setOn(Rule r, bool on)
{
    switch (r) {
    case Rule::Amount:
        amountOn = on;
        break;
    case Rule::FirstOrder:
        firstOrderOn = on;
        break;
    case Rule::CountryMismatch:
        countryOn = on;
        break;
    case Rule::Velocity:
        velocityOn = on;
        break;
    case Rule::Blocklist:
        blocklistOn = on;
        break;
    case Rule::Quantity:
        quantityOn = on;
        break;
    case Rule::Address:
        addressOn = on;
        break;
    }
}

QJsonObject RuleSet::toJson() const
{
    return QJsonObject{
        {QStringLiteral("amount"),
         QJsonObject{{QStringLiteral("on"), amountOn},
                     {QStringLiteral("thresholds"), thresholdsJson(amountThresholds)}}},
        {QStringLiteral("first_order"),
         QJsonObject{{QStringLiteral("on"), firstOrderOn},
                     {QStringLiteral("thresholds"), thresholdsJson(firstOrderThresholds)}}},
        {QStringLiteral("country_mismatch"), QJsonObject{{QStringLiteral("on"), countryOn}}},
        {QStringLiteral("velocity"), QJsonObject{{QStringLiteral("on"), velocityOn},
                                                 {QStringLiteral("orders"), velocityOrders},
                                                 {QStringLiteral("minutes"), velocityMinutes}}},
        {QStringLiteral("blocklist"),
         QJsonObject{{QStringLiteral("on"), blocklistOn},
                     {QStringLiteral("email_domains"), listJson(blockedDomains)},
                     {QStringLiteral("phones"), listJson(blockedPhones)},
                     {QStringLiteral("addresses"), listJson(blockedAddresses)}}},
        {QStringLiteral("quantity"),
         QJsonObject{{QStringLiteral("on"), quantityOn}, {QStringLiteral("max"), maxQuantity}}},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("on"), addressOn}}},
    };
}

QString RuleSet::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

std::optional<RuleSet> RuleSet::fromJson(const QJsonObject& o, QString* error)
{
    RuleSet s;
    auto fail = [&](const QString& rule) -> std::optional<RuleSet> {
        if (error)
            *error = QCoreApplication::translate("Review", "The settings of the rule \"%1\" are "
                                                           "damaged.")
                         .arg(rule);
        return std::nullopt;
    };
    auto obj = [&](const char* key) {
        return o.value(QLatin1String(key)).toObject();
    };
    auto on = [](const QJsonObject& r) {
        return r.value(QLatin1String("on")).toBool(false);
    };
    auto whole = [](const QJsonObject& r, const char* key, int lo, int hi, int* out) {
        const QJsonValue v = r.value(QLatin1String(key));
        if (!v.isDouble())
            return false;
        const qint64 n = v.toInteger(-1);
        if (n < lo || n > hi)
            return false;
        *out = int(n);
        return true;
    };
    QJsonObject r = obj("amount");
    s.amountOn = on(r);
    if (!readThresholds(r.value(QLatin1String("thresholds")), &s.amountThresholds))
        return fail(QStringLiteral("amount"));
    r = obj("first_order");
    s.firstOrderOn = on(r);
    if (!readThresholds(r.value(QLatin1String("thresholds")), &s.firstOrderThresholds))
        return fail(QStringLiteral("first_order"));
    s.countryOn = on(obj("country_mismatch"));
    r = obj("velocity");
    s.velocityOn = on(r);
    if (!whole(r, "orders", 1, 100000, &s.velocityOrders) ||
        !whole(r, "minutes", 1, 525600, &s.velocityMinutes))
        return fail(QStringLiteral("velocity"));
    r = obj("blocklist");
    s.blocklistOn = on(r);
    if (!readList(r.value(QLatin1String("email_domains")), &s.blockedDomains) ||
        !readList(r.value(QLatin1String("phones")), &s.blockedPhones) ||
        !readList(r.value(QLatin1String("addresses")), &s.blockedAddresses))
        return fail(QStringLiteral("blocklist"));
    r = obj("quantity");
    s.quantityOn = on(r);
    if (!whole(r, "max", 1, 1000000, &s.maxQuantity))
        return fail(QStringLiteral("quantity"));
    s.addressOn = on(obj("address"));
    return s;
}

std::optional<RuleSet> RuleSet::fromJsonText(const QString& text, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Review", "The rule set is not a JSON object: %1")
                         .arg(pe.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

bool RuleSet::operator==(const RuleSet& o) const
{
    return toJson() == o.toJson();
}

QString RuleSet::apply(const QStringList& words)
{
    const auto rule = fromCode(words.value(0));
    if (!rule) {
        QStringList codes;
        for (Rule r : all())
            codes << code(r);
        return QCoreApplication::translate("Review", "There is no rule \"%1\"; the rules are: %2.")
            .arg(words.value(0), codes.join(QStringLiteral(", ")));
    }
    const QString what = words.value(1);
    if ((what == QLatin1String("on") || what == QLatin1String("off")) && words.size() == 2) {
        setOn(*rule, what == QLatin1String("on"));
        return {};
    }
    auto wholeArg = [&](int lo, int hi, int* out) -> QString {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,7}$"));
        const QString v = words.value(2);
        if (words.size() != 3 || !digits.match(v).hasMatch() || v.toInt() < lo || v.toInt() > hi)
            return QCoreApplication::translate("Review", "%1 %2 takes a whole number from %3 to "
                                                         "%4.")
                .arg(code(*rule), what)
                .arg(lo)
                .arg(hi);
        *out = v.toInt();
        return {};
    };
    switch (*rule) {
    case Rule::Amount:
    case Rule::FirstOrder:
        if (what == QLatin1String("threshold") && words.size() == 4) {
            const QString currency = words.value(2).toUpper();
            static const QRegularExpression cur(QStringLiteral("^[A-Z]{3}$"));
            const auto m = Money::parse(words.value(3), currency);
            if (!cur.match(currency).hasMatch() || !m || m->minorUnits() < 0)
                return QCoreApplication::translate(
                           "Review", "A threshold is a currency and an amount, e.g. \"threshold "
                                     "EUR 1500.00\"; \"%1 %2\" is not one.")
                    .arg(words.value(2), words.value(3));
            (*rule == Rule::Amount ? amountThresholds : firstOrderThresholds)
                .insert(currency, m->minorUnits());
            return {};
        }
        break;
    case Rule::Velocity:
        if (what == QLatin1String("orders"))
            return wholeArg(1, 100000, &velocityOrders);
        if (what == QLatin1String("minutes"))
            return wholeArg(1, 525600, &velocityMinutes);
        break;
    case Rule::Quantity:
        if (what == QLatin1String("max"))
            return wholeArg(1, 1000000, &maxQuantity);
        break;
    case Rule::Blocklist:
        if ((what == QLatin1String("email_domains") || what == QLatin1String("phones") ||
             what == QLatin1String("addresses")) &&
            words.size() >= 4 &&
            (words[2] == QLatin1String("add") || words[2] == QLatin1String("remove"))) {
            QStringList& list = what == QLatin1String("email_domains") ? blockedDomains
                                : what == QLatin1String("phones")      ? blockedPhones
                                                                       : blockedAddresses;
            const QString value = blockedEntry(what, words.mid(3).join(QLatin1Char(' ')));
            if (value.isEmpty())
                return QCoreApplication::translate("Review", "Give the value to %1.").arg(words[2]);
            if (words[2] == QLatin1String("add")) {
                if (!list.contains(value))
                    list << value;
            } else {
                list.removeAll(value);
            }
            return {};
        }
        break;
    case Rule::CountryMismatch:
    case Rule::Address:
        break;
    }
    return QCoreApplication::translate("Review", "\"%1\" is not a setting of the rule %2.")
        .arg(words.mid(1).join(QLatin1Char(' ')), code(*rule));
}

QString RuleSet::describe(Rule r) const
{
    const QString state = isOn(r) ? QCoreApplication::translate("Review", "on")
                                  : QCoreApplication::translate("Review", "off");
    auto thresholds = [](const QMap<QString, qint64>& m) {
        QStringList parts;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            parts << money(it.value(), it.key());
        return parts.join(QStringLiteral(", "));
    };
    switch (r) {
    case Rule::Amount:
        return state + QStringLiteral("; ") + thresholds(amountThresholds);
    case Rule::FirstOrder:
        return state + QStringLiteral("; ") + thresholds(firstOrderThresholds);
    case Rule::Velocity:
        return state + QStringLiteral("; ") +
               QCoreApplication::translate("Review", "more than %1 orders within %2 minutes")
                   .arg(velocityOrders)
                   .arg(velocityMinutes);
    case Rule::Blocklist:
        return state + QStringLiteral("; ") +
               QCoreApplication::translate("Review", "%1 email domains, %2 phones, %3 addresses")
                   .arg(blockedDomains.size())
                   .arg(blockedPhones.size())
                   .arg(blockedAddresses.size());
    case Rule::Quantity:
        return state + QStringLiteral("; ") +
               QCoreApplication::translate("Review", "more than %1 of one line").arg(maxQuantity);
    case Rule::CountryMismatch:
    case Rule::Address:
        return state;
    }
    return state;
}

QStringList changes(const RuleSet& before, const RuleSet& after)
{
    QStringList out;
    for (Rule r : all()) {
        if (r != Rule::Blocklist) {
            const QString was = before.describe(r);
            const QString now = after.describe(r);
            if (was != now)
                out << QCoreApplication::translate("Review", "%1: %2 → %3").arg(label(r), was, now);
            continue;
        }
        if (before.isOn(r) != after.isOn(r))
            out << QCoreApplication::translate("Review", "%1: %2 → %3")
                       .arg(label(r),
                            before.isOn(r) ? QCoreApplication::translate("Review", "on")
                                           : QCoreApplication::translate("Review", "off"),
                            after.isOn(r) ? QCoreApplication::translate("Review", "on")
                                          : QCoreApplication::translate("Review", "off"));
        const auto entries = [&](const char* added, const char* removed, const QStringList& a,
                                 const QStringList& b, bool addresses) {
            // Sets of each side, built once: a list of thousands of blocked
            // phones compared entry by entry, for every pair of the versions
            // the History tab shows, was O(n²) string compares each time.
            const QSet<QString> inA(a.cbegin(), a.cend());
            const QSet<QString> inB(b.cbegin(), b.cend());
            QStringList plus, minus;
            for (const QString& e : b)
                if (!inA.contains(e))
                    plus << (addresses ? addressText(e) : e);
            for (const QString& e : a)
                if (!inB.contains(e))
                    minus << (addresses ? addressText(e) : e);
            if (!plus.isEmpty())
                out << QCoreApplication::translate("Review", added)
                           .arg(plus.join(QStringLiteral("; ")));
            if (!minus.isEmpty())
                out << QCoreApplication::translate("Review", removed)
                           .arg(minus.join(QStringLiteral("; ")));
        };
        entries(QT_TRANSLATE_NOOP("Review", "Blocked email domains added: %1"),
                QT_TRANSLATE_NOOP("Review", "Blocked email domains removed: %1"),
                before.blockedDomains, after.blockedDomains, false);
        entries(QT_TRANSLATE_NOOP("Review", "Blocked phones added: %1"),
                QT_TRANSLATE_NOOP("Review", "Blocked phones removed: %1"), before.blockedPhones,
                after.blockedPhones, false);
        entries(QT_TRANSLATE_NOOP("Review", "Blocked addresses added: %1"),
                QT_TRANSLATE_NOOP("Review", "Blocked addresses removed: %1"),
                before.blockedAddresses, after.blockedAddresses, true);
    }
    return out;
}

QString emailDomain(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

QString normalisePhone(const QString& phone)
{
    QString out;
    for (QChar c : phone)
        if (c.isDigit())
            out += c;
    return out;
}

QString normaliseAddress(const QString& street, const QString& postcode)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    QString s = street.toLower().simplified();
    s.replace(ws, QStringLiteral(" "));
    QString p = postcode.toLower().simplified();
    p.remove(QLatin1Char(' '));
    if (s.isEmpty())
        return {};
    return s + QLatin1Char('|') + p;
}

QString addressText(const QString& stored)
{
    const qsizetype bar = stored.lastIndexOf(QLatin1Char('|'));
    if (bar < 0)
        return stored;
    const QString postcode = stored.mid(bar + 1);
    return postcode.isEmpty() ? stored.left(bar)
                              : stored.left(bar) + QStringLiteral(", ") + postcode;
}

RuleForm RuleForm::of(const RuleSet& set, const QString& currency, const QLocale& locale)
{
    RuleForm f;
    f.currency = currency;
    for (Rule r : all())
        f.on.insert(r, set.isOn(r));
    auto threshold = [&](const QMap<QString, qint64>& m) {
        return m.contains(currency) ? Money(m.value(currency), currency).toNumberString(locale)
                                    : QString();
    };
    f.amountThreshold = threshold(set.amountThresholds);
    f.firstOrderThreshold = threshold(set.firstOrderThresholds);
    f.velocityOrders = locale.toString(set.velocityOrders);
    f.velocityMinutes = locale.toString(set.velocityMinutes);
    f.maxQuantity = locale.toString(set.maxQuantity);
    f.blockedDomains = set.blockedDomains.join(QLatin1Char('\n'));
    f.blockedPhones = set.blockedPhones.join(QLatin1Char('\n'));
    QStringList addresses;
    for (const QString& a : set.blockedAddresses)
        addresses << addressText(a);
    f.blockedAddresses = addresses.join(QLatin1Char('\n'));
    return f;
}

QList<RuleForm::Problem> RuleForm::applyTo(RuleSet* set, const QLocale& locale) const
{
    QList<Problem> problems;
    RuleSet out = *set;
    for (auto it = on.cbegin(); it != on.cend(); ++it)
        out.setOn(it.key(), it.value());
    auto threshold = [&](const QString& text, const char* field, const QString& what,
                         QMap<QString, qint64>* m) {
        const QString t = text.trimmed();
        if (t.isEmpty()) {
            m->remove(currency);
            return;
        }
        auto v = Money::parse(t, currency, locale);
        if (!v)
            v = Money::parse(t, currency);
        if (!v || v->minorUnits() < 0) {
            problems.push_back(
                {QLatin1String(field),
                 QCoreApplication::translate("Review",
                                             "%1: \"%2\" is not an amount in %3 (e.g. %4).")
                     .arg(what, t, currency, Money(100000, currency).toNumberString(locale))});
            return;
        }
        m->insert(currency, v->minorUnits());
    };
    threshold(amountThreshold, kAmountThreshold,
              QCoreApplication::translate("Review", "Amount threshold"), &out.amountThresholds);
    threshold(firstOrderThreshold, kFirstOrderThreshold,
              QCoreApplication::translate("Review", "First order threshold"),
              &out.firstOrderThresholds);
    auto whole = [&](const QString& text, const char* field, const QString& what, int lo, int hi,
                     int* value) {
        const QString t = text.trimmed();
        bool ok = false;
        qint64 n = locale.toLongLong(t, &ok);
        if (!ok)
            n = t.toLongLong(&ok);
        if (!ok || n < lo || n > hi) {
            problems.push_back(
                {QLatin1String(field),
                 QCoreApplication::translate("Review", "%1: \"%2\" is not a whole number from "
                                                       "%3 to %4.")
                     .arg(what, t, locale.toString(lo), locale.toString(hi))});
            return;
        }
        *value = int(n);
    };
    whole(velocityOrders, kVelocityOrders,
          QCoreApplication::translate("Review", "Orders from one customer"), 1, 100000,
          &out.velocityOrders);
    whole(velocityMinutes, kVelocityMinutes,
          QCoreApplication::translate("Review", "Within minutes"), 1, 525600, &out.velocityMinutes);
    whole(maxQuantity, kMaxQuantity,
          QCoreApplication::translate("Review", "Largest quantity of a line"), 1, 1000000,
          &out.maxQuantity);
    static const QRegularExpression domainForm(
        QStringLiteral("^[^\\s@/:]+\\.[^\\s@/:.]+$")); // "example.com", "mail.example.co.uk"
    auto list = [&](const QString& text, const char* field, const QString& what,
                    QStringList* stored) {
        QStringList values;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            const QString v = blockedEntry(QLatin1String(field), line);
            QString why;
            if (qstrcmp(field, kBlockedDomains) == 0 && !domainForm.match(v).hasMatch())
                why = QCoreApplication::translate(
                          "Review", "\"%1\" is not an email domain (e.g. example.com).")
                          .arg(line);
            else if (qstrcmp(field, kBlockedPhones) == 0 && v.size() < 5)
                why = QCoreApplication::translate(
                          "Review", "\"%1\" is not a phone number (at least 5 digits).")
                          .arg(line);
            else if (v.isEmpty())
                why = QCoreApplication::translate("Review",
                                                  "\"%1\" is not an address (street, postcode).")
                          .arg(line);
            if (!why.isEmpty()) {
                problems.push_back(
                    {QLatin1String(field), QCoreApplication::translate("Review", "%1, line %2: %3")
                                               .arg(what)
                                               .arg(i + 1)
                                               .arg(why)});
                return;
            }
            if (!values.contains(v))
                values << v;
        }
        *stored = values;
    };
    list(blockedDomains, kBlockedDomains,
         QCoreApplication::translate("Review", "Blocked email domains"), &out.blockedDomains);
    list(blockedPhones, kBlockedPhones, QCoreApplication::translate("Review", "Blocked phones"),
         &out.blockedPhones);
    list(blockedAddresses, kBlockedAddresses,
         QCoreApplication::translate("Review", "Blocked addresses"), &out.blockedAddresses);
    if (problems.isEmpty()) {
        out.version = set->version;
        *set = out;
    }
    return problems;
}

QList<Finding> evaluate(const RuleSet& set, const Order& o, const Facts& facts)
{
    QList<Finding> out;
    // What the customer pays (lines, shipping, tax): the order's total, as
    // the server's judge reads it (total_cents, PostgreSQL 0078).
    const qint64 total = o.grandTotal().minorUnits();
    auto add = [&](Rule r, QJsonObject detail) {
        out.push_back({r, std::move(detail)});
    };
    auto amount = [](qint64 v) {
        return QJsonValue(QString::number(v));
    };
    if (set.amountOn && set.amountThresholds.contains(o.currency) &&
        total > set.amountThresholds.value(o.currency))
        add(Rule::Amount,
            {{QStringLiteral("amount"), amount(total)},
             {QStringLiteral("threshold"), amount(set.amountThresholds.value(o.currency))},
             {QStringLiteral("currency"), o.currency}});
    if (set.firstOrderOn && !facts.knownCustomer && set.firstOrderThresholds.contains(o.currency) &&
        total > set.firstOrderThresholds.value(o.currency))
        add(Rule::FirstOrder,
            {{QStringLiteral("amount"), amount(total)},
             {QStringLiteral("threshold"), amount(set.firstOrderThresholds.value(o.currency))},
             {QStringLiteral("currency"), o.currency}});
    const QString ship = o.shipTo.country.trimmed().toUpper();
    const QString bill = o.billCountry.trimmed().toUpper();
    if (set.countryOn && !ship.isEmpty() && !bill.isEmpty() && ship != bill)
        add(Rule::CountryMismatch,
            {{QStringLiteral("ship"), ship}, {QStringLiteral("bill"), bill}});
    if (set.velocityOn) {
        if (!o.email.trimmed().isEmpty() && facts.sameEmailRecent > set.velocityOrders)
            add(Rule::Velocity, {{QStringLiteral("by"), o.email.trimmed()},
                                 {QStringLiteral("count"), facts.sameEmailRecent},
                                 {QStringLiteral("max"), set.velocityOrders},
                                 {QStringLiteral("minutes"), set.velocityMinutes}});
        else if (!o.phone.trimmed().isEmpty() && facts.samePhoneRecent > set.velocityOrders)
            add(Rule::Velocity, {{QStringLiteral("by"), o.phone.trimmed()},
                                 {QStringLiteral("count"), facts.samePhoneRecent},
                                 {QStringLiteral("max"), set.velocityOrders},
                                 {QStringLiteral("minutes"), set.velocityMinutes}});
    }
    if (set.blocklistOn) {
        const QString domain = emailDomain(o.email);
        const QString phone = normalisePhone(o.phone);
        const QString address = normaliseAddress(o.shipTo.street, o.shipTo.postcode);
        if (!domain.isEmpty() && set.blockedDomains.contains(domain))
            add(Rule::Blocklist, {{QStringLiteral("what"), QStringLiteral("email_domain")},
                                  {QStringLiteral("value"), domain}});
        else if (!phone.isEmpty() && set.blockedPhones.contains(phone))
            add(Rule::Blocklist, {{QStringLiteral("what"), QStringLiteral("phone")},
                                  {QStringLiteral("value"), o.phone.trimmed()}});
        else if (!address.isEmpty() && set.blockedAddresses.contains(address))
            add(Rule::Blocklist,
                {{QStringLiteral("what"), QStringLiteral("address")},
                 {QStringLiteral("value"),
                  (o.shipTo.street.simplified() + QStringLiteral(", ") + o.shipTo.postcode)
                      .trimmed()}});
    }
    if (set.quantityOn)
        for (qsizetype i = 0; i < o.lines.size(); ++i)
            if (o.lines[i].quantity > set.maxQuantity) {
                add(Rule::Quantity,
                    {{QStringLiteral("line"), int(i + 1)},
                     {QStringLiteral("sku"), o.lines[i].sku.trimmed()},
                     {QStringLiteral("quantity"), QString::number(o.lines[i].quantity)},
                     {QStringLiteral("max"), set.maxQuantity}});
                break;
            }
    if (set.addressOn) {
        QJsonArray missing;
        if (o.shipTo.street.trimmed().isEmpty())
            missing.append(QStringLiteral("street"));
        if (o.shipTo.postcode.trimmed().isEmpty())
            missing.append(QStringLiteral("postcode"));
        if (o.shipTo.city.trimmed().isEmpty())
            missing.append(QStringLiteral("city"));
        if (o.shipTo.country.trimmed().isEmpty())
            missing.append(QStringLiteral("country"));
        if (!missing.isEmpty())
            add(Rule::Address, {{QStringLiteral("missing"), missing}});
    }
    return out;
}

QString Finding::detailText() const
{
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

std::optional<Finding> Finding::fromStored(const QString& rule, const QString& detail)
{
    const auto r = fromCode(rule);
    if (!r)
        return std::nullopt;
    return Finding{*r, QJsonDocument::fromJson(detail.toUtf8()).object()};
}

QString Finding::sentence() const
{
    auto text = [&](const char* key) {
        return detail.value(QLatin1String(key)).toString();
    };
    auto whole = [&](const char* key) {
        const QJsonValue v = detail.value(QLatin1String(key));
        return v.isString() ? v.toString().toLongLong() : v.toInteger();
    };
    const QString currency = text("currency");
    switch (rule) {
    case Rule::Amount:
        return QCoreApplication::translate("Review", "%1 is above the %2 review threshold.")
            .arg(money(whole("amount"), currency), money(whole("threshold"), currency));
    case Rule::FirstOrder:
        return QCoreApplication::translate("Review", "A new customer's first order of %1 is above "
                                                     "the %2 threshold for first orders.")
            .arg(money(whole("amount"), currency), money(whole("threshold"), currency));
    case Rule::CountryMismatch:
        return QCoreApplication::translate("Review", "The order ships to %1 but is billed in %2.")
            .arg(text("ship"), text("bill"));
    case Rule::Velocity:
        return QCoreApplication::translate(
                   "Review", "%1 placed %2 orders within %3 minutes (more than %4 is held).")
            .arg(text("by"))
            .arg(whole("count"))
            .arg(whole("minutes"))
            .arg(whole("max"));
    case Rule::Blocklist: {
        const QString what = text("what");
        if (what == QLatin1String("email_domain"))
            return QCoreApplication::translate("Review", "The email domain %1 is on the blocklist.")
                .arg(text("value"));
        if (what == QLatin1String("phone"))
            return QCoreApplication::translate("Review", "The phone %1 is on the blocklist.")
                .arg(text("value"));
        return QCoreApplication::translate("Review", "The address %1 is on the blocklist.")
            .arg(text("value"));
    }
    case Rule::Quantity:
        return QCoreApplication::translate("Review",
                                           "Line %1 (%2) asks for %3 pieces; more than %4 is "
                                           "held.")
            .arg(whole("line"))
            .arg(text("sku"))
            .arg(whole("quantity"))
            .arg(whole("max"));
    case Rule::Address: {
        QStringList parts;
        for (const QJsonValue& v : detail.value(QLatin1String("missing")).toArray()) {
            const QString m = v.toString();
            if (m == QLatin1String("street"))
                parts << QCoreApplication::translate("Review", "street");
            else if (m == QLatin1String("postcode"))
                parts << QCoreApplication::translate("Review", "postcode");
            else if (m == QLatin1String("city"))
                parts << QCoreApplication::translate("Review", "city");
            else if (m == QLatin1String("country"))
                parts << QCoreApplication::translate("Review", "country");
        }
        return QCoreApplication::translate("Review", "The shipping address is incomplete: no %1.")
            .arg(parts.join(QStringLiteral(", ")));
    }
    }
    return {};
}

} // namespace docket::review
