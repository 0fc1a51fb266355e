#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>
#include <compare>
#include <cstdint>
#include <optional>

namespace docket {

// An amount of money in integer minor units (cents). Never a double.
class Money
{
public:
    constexpr Money() = default;
    constexpr explicit Money(std::int64_t minorUnits, QStringView currency = u"EUR")
        : m_minor(minorUnits)
    {
        setCurrencyCode(currency);
    }

    static constexpr Money fromMinor(std::int64_t minor, QStringView currency = u"EUR")
    {
        return Money(minor, currency);
    }

    constexpr std::int64_t minorUnits() const { return m_minor; }
    QString currency() const { return QString::fromLatin1(m_currency, 3); }

    // Adds, subtracts and multiplies; throws DocketError(Invalid) on overflow or
    // when currencies differ.
    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money operator*(std::int64_t factor) const;
    Money& operator+=(const Money& other) { return *this = *this + other; }
    Money& operator-=(const Money& other) { return *this = *this - other; }
    Money operator-() const;

    bool operator==(const Money& other) const = default;
    std::strong_ordering operator<=>(const Money& other) const;

    // "1234.50" (no grouping, '.' decimal) - for files and the command line.
    QString toPlainString() const;
    // Localised with currency symbol, e.g. "€1,234.50" or "1.234,50 €".
    QString toString(const QLocale& locale = QLocale()) const;
    // "€", "$", ... or the ISO code for currencies without a well-known symbol.
    QString currencySymbol() const;
    // Localised number without symbol, e.g. "1,234.50".
    QString toNumberString(const QLocale& locale = QLocale()) const;

    // Parses "12", "12.5", "12.50", "-3.07", and localised input such as
    // "1,234.50" or "1.234,50" for the given locale. At most two decimals.
    static std::optional<Money> parse(const QString& text, QStringView currency = u"EUR",
                                      const QLocale& locale = QLocale::c());
    // The plain form machines write (toPlainString(), shops' webhooks, files):
    // "12", "12.5", "12.50", "-3.07", and zeros past the cents ("12.500" from
    // a shop with three decimals). No grouping, no exponent, no '+', at most
    // 13 digits before the point.
    static std::optional<Money> parsePlain(const QString& text, QStringView currency = u"EUR");

private:
    constexpr void setCurrencyCode(QStringView code)
    {
        for (int i = 0; i < 3; ++i)
            m_currency[i] = i < code.size() ? static_cast<char>(code[i].unicode()) : ' ';
    }

    std::int64_t m_minor = 0;
    char m_currency[3] = {'E', 'U', 'R'};
};

} // namespace docket

Q_DECLARE_METATYPE(docket::Money)
