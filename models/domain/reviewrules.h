#pragma once

#include "order.h"

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The review queue's rules (issue 15). Rules are data: the rule set is a JSON
// document stored with a version in review_rule_sets (every change a new
// version, audited); an order's history names the version that judged it.
// Evaluation is pure (evaluate) over the order and a few facts the store
// looks up by index (ReviewStore); each verdict is a Finding that renders as
// a sentence a clerk understands, in the reader's language and locale.
//
// PostgreSQL evaluates the same set on the server (docket_order_judge in
// resources/sql/postgres/0069_fulfilment_functions.sql) so that a login
// cannot skip the review; the tests run the same cases on both backends.
namespace docket::review {

enum class Rule { Amount, FirstOrder, CountryMismatch, Velocity, Blocklist, Quantity, Address };

QString code(Rule r); // "amount", "first_order", "country_mismatch", ...
std::optional<Rule> fromCode(const QString& code);
QString label(Rule r); // translated, short: "Amount above a threshold"
QList<Rule> all();

struct RuleSet
{
    qint64 version = 0; // 0: not stored yet

    bool amountOn = true;
    QMap<QString, qint64> amountThresholds; // currency -> minor units
    bool firstOrderOn = true;
    QMap<QString, qint64> firstOrderThresholds;
    bool countryOn = true;
    bool velocityOn = true;
    int velocityOrders = 3;   // more than this many ...
    int velocityMinutes = 60; // ... within this many minutes
    bool blocklistOn = true;
    QStringList blockedDomains;   // lower case, "example.com"
    QStringList blockedPhones;    // digits only
    QStringList blockedAddresses; // normaliseAddress()
    bool quantityOn = true;
    int maxQuantity = 50;
    bool addressOn = true;

    static RuleSet defaults();
    bool isOn(Rule r) const;
    void setOn(Rule r, bool on);

    QJsonObject toJson() const;
    QString toJsonText() const;
    // Reads a stored or typed set; nullopt (with `error`) when malformed.
    static std::optional<RuleSet> fromJson(const QJsonObject& o, QString* error = nullptr);
    static std::optional<RuleSet> fromJsonText(const QString& text, QString* error = nullptr);

    // One setting of a rule as typed on the command line or in the window:
    //   RULE on|off
    //   amount|first_order threshold CURRENCY AMOUNT   ("threshold EUR 1500.00")
    //   velocity orders N | velocity minutes N
    //   quantity max N
    //   blocklist email_domains|phones|addresses add|remove VALUE
    // Returns an error in words, or an empty string when applied.
    QString apply(const QStringList& words);

    // The settings of `r` in words ("on; EUR 1,000.00, CNY 8,000.00").
    QString describe(Rule r) const;

    bool operator==(const RuleSet& other) const; // the rules, not the version
};

// What changed from `before` to `after`, in words, a line per change:
// "Amount above a threshold: on; €1,000.00 → on; €1,500.00", and for the
// blocklists the entries added and removed ("Blocked email domains added:
// spam.example"). Empty when the rules are the same. Translated; money in
// the current locale.
QStringList changes(const RuleSet& before, const RuleSet& after);

// The rule set as the rules editor shows it: every value as text, the
// thresholds in one currency (the shop's) in the user's locale, the
// blocklists one entry a line ("street, postcode" for an address). The
// editor reads it back through applyTo(), which names the field of every
// problem; the window, docketctl and the tests get the same rules.
struct RuleForm
{
    QString currency;
    QMap<Rule, bool> on;
    QString amountThreshold;     // empty: no threshold in `currency`
    QString firstOrderThreshold; // the same
    QString velocityOrders;
    QString velocityMinutes;
    QString maxQuantity;
    QString blockedDomains; // one a line
    QString blockedPhones;
    QString blockedAddresses;

    // The field names applyTo() reports (also the editor's object names).
    static constexpr const char* kAmountThreshold = "amount_threshold";
    static constexpr const char* kFirstOrderThreshold = "first_order_threshold";
    static constexpr const char* kVelocityOrders = "velocity_orders";
    static constexpr const char* kVelocityMinutes = "velocity_minutes";
    static constexpr const char* kMaxQuantity = "quantity_max";
    static constexpr const char* kBlockedDomains = "email_domains";
    static constexpr const char* kBlockedPhones = "phones";
    static constexpr const char* kBlockedAddresses = "addresses";

    static RuleForm of(const RuleSet& set, const QString& currency, const QLocale& locale);

    struct Problem
    {
        QString field; // one of the k... names
        QString message;
    };
    // Writes the form's values into `set` (the thresholds of other
    // currencies stay as they are). On any problem `set` is left alone and
    // every problem is returned, each naming its field.
    QList<Problem> applyTo(RuleSet* set, const QLocale& locale) const;
};

// The form an address of the blocklist is typed and shown in: "main st 1,
// 12345" for the stored "main st 1|12345".
QString addressText(const QString& stored);

// What the store looks up for one order (by index: orders(email, created_at),
// orders(phone, created_at)).
struct Facts
{
    bool knownCustomer = false; // another order with the same email (or, without one, phone)
    int sameEmailRecent = 0; // orders with the same email within velocityMinutes, this one included
    int samePhoneRecent = 0;
};

// One rule the order tripped, with the values its sentence names.
struct Finding
{
    Rule rule = Rule::Amount;
    QJsonObject detail;

    // The verdict in words, e.g. "€2,400.00 is above the €1,000.00 review
    // threshold" (translated; money in the current locale).
    QString sentence() const;
    QString detailText() const; // detail as stored (compact JSON)
    static std::optional<Finding> fromStored(const QString& rule, const QString& detail);
    bool operator==(const Finding&) const = default;
};

// The rules `set` finds against `order` and its facts, in rule order.
QList<Finding> evaluate(const RuleSet& set, const Order& order, const Facts& facts);

// The forms the blocklists compare.
QString emailDomain(const QString& email);                                // "example.com"
QString normalisePhone(const QString& phone);                             // digits only
QString normaliseAddress(const QString& street, const QString& postcode); // "main st 1|12345"

} // namespace docket::review
