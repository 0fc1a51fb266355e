#pragma once

// Strict readers for the values people and programs type into Docket: the
// command line's options and arguments, the filter bar's fields, later the
// gateway's parameters and imported files. One function per kind of value;
// each returns the value, or a translated sentence that quotes the input and
// says what form is expected. Nothing is guessed: "2026/01/01",
// "2026-01-01 ", "+5", "01" and "5 " are refused, not read as something
// close to them.

#include "errors.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace docket {

// A value read from text, or the reason it could not be read.
template <typename T> class Parsed
{
public:
    Parsed(T value) : m_value(std::move(value)) {} // NOLINT: a value converts
    static Parsed failure(QString message)
    {
        Parsed p;
        p.m_error = std::move(message);
        return p;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only when ok().
    const T& value() const { return *m_value; }
    // Why the text is not a value (translated; quotes the input); empty when ok().
    const QString& error() const { return m_error; }
    // The value; throws DocketError(Invalid, error(), field) when there is none.
    T take(const QString& field = {}) const
    {
        if (!m_value)
            throw DocketError(DocketError::Code::Invalid, m_error, field);
        return *m_value;
    }

private:
    Parsed() = default;
    std::optional<T> m_value;
    QString m_error;
};

// A range of whole days; either end may be open (an invalid QDate).
struct DateRange
{
    QDate from;
    QDate to;
    bool operator==(const DateRange&) const = default;
};

namespace parse {

// The translation context of every message below.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Parse)
};

// Limits of what a person types (and what a program may send).
inline constexpr int kMaxOrderNumberLength = 40;
inline constexpr int kMaxKeywordLength = 200;
inline constexpr int kMaxKeywordWords = 20;
inline constexpr int kMaxLimit = 1'000'000;

// The input as a message quotes it: in double quotes, control characters and
// spaces at either end made visible (\t, \n, \u0000), cut after 40 characters.
QString quoted(const QString& text);

// A calendar day written exactly YYYY-MM-DD ("2026-01-31"): ASCII digits,
// nothing before or after. "2026/01/01", "2026-01-01T00:00:00", "2026-1-1",
// "2026-02-30" are refused.
Parsed<QDate> date(const QString& text);
// Two days, either of which may be empty (an open end); refused when the last
// day comes before the first.
Parsed<DateRange> dateRange(const QString& from, const QString& to);
// "FROM..TO" in one piece ("2026-01-01..2026-01-31", "2026-01-01..",
// "..2026-01-31").
Parsed<DateRange> dateRange(const QString& text);

// Digits only, no sign, no spaces, no leading zeros ("0" is zero), from `min`
// to `max`: "+5", "01", "\t2", "5 ", "1e3", "5_000" are refused.
Parsed<qint64> wholeNumber(const QString& text, qint64 min, qint64 max);
// An id of a stored row (an archive entry, a user): a whole number from 1.
Parsed<qint64> id(const QString& text);
// How many rows to show: a whole number from 1 to `max`.
Parsed<int> limit(const QString& text, int max = kMaxLimit);

// A complete order number ("DK0001234", "dk0001234"; an imported shop's own
// numbering such as "A-1_2#3/4.5"): 1 to kMaxOrderNumberLength letters,
// digits and - _ # / . with nothing around them. Returned in upper case, as
// order numbers are stored.
Parsed<QString> orderNumber(const QString& text);
// The beginning of an order number for a search: the same characters, and
// empty for none. Not upper-cased (the search does that).
Parsed<QString> orderNumberPrefix(const QString& text);

// The words of a keyword search, split at white space. Blank text is no
// keyword (an empty list). Refused: more than kMaxKeywordLength characters or
// kMaxKeywordWords words, text with no letters or digits at all, and a word
// whose letters and digits are fewer than two ("1", "?1", "$1", "-1": the
// search ignores punctuation, so they would match nearly every order) unless
// it is a single CJK character, which is a word of its own. Words without
// any letter or digit ("-", "&") are punctuation between words and left out.
Parsed<QStringList> keyword(const QString& text);

// A comma-separated list of codes ("pending,paid"): no empty items, no spaces
// around them. `what` names the items in the message ("status codes").
Parsed<QStringList> commaList(const QString& text, const QString& what);

} // namespace parse

} // namespace docket
