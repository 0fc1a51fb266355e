#include "money.h"

#include "errors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <limits>

namespace docket {

namespace {
void requireSameCurrency(const Money& a, const Money& b)
{
    if (a.currency() != b.currency())
        throw DocketError(DocketError::Code::Invalid,
                          QCoreApplication::translate("Money", "Cannot combine %1 with %2.")
                              .arg(a.currency(), b.currency()));
}

[[noreturn]] void overflow()
{
    throw DocketError(DocketError::Code::Invalid,
                      QCoreApplication::translate("Money", "The amount is too large."));
}
} // namespace

Money Money::operator+(const Money& other) const
{
    requireSameCurrency(*this, other);
    std::int64_t r = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &r))
        overflow();
    return Money(r, currency());
}

Money Money::operator-(const Money& other) const
{
    requireSameCurrency(*this, other);
    std::int64_t r = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &r))
        overflow();
    return Money(r, currency());
}

Money Money::operator*(std::int64_t factor) const
{
    std::int64_t r = 0;
    if (__builtin_mul_overflow(m_minor, factor, &r))
        overflow();
    return Money(r, currency());
}

Money Money::operator-() const
{
    if (m_minor == std::numeric_limits<std::int64_t>::min())
        overflow();
    return Money(-m_minor, currency());
}

std::strong_ordering Money::operator<=>(const Money& other) const
{
    if (auto c = currency().compare(other.currency()); c != 0)
        return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
    return m_minor <=> other.m_minor;
}

QString Money::toPlainString() const
{
    const bool negative = m_minor < 0;
    // Work in unsigned to survive INT64_MIN.
    const std::uint64_t abs =
        negative ? 0 - static_cast<std::uint64_t>(m_minor) : static_cast<std::uint64_t>(m_minor);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(static_cast<uint>(abs % 100), 2, 10, QLatin1Char('0'));
}

QString Money::toNumberString(const QLocale& locale) const
{
    const bool negative = m_minor < 0;
    const std::uint64_t abs =
        negative ? 0 - static_cast<std::uint64_t>(m_minor) : static_cast<std::uint64_t>(m_minor);
    QString whole = locale.toString(static_cast<qulonglong>(abs / 100));
    QString frac = QStringLiteral("%1").arg(static_cast<uint>(abs % 100), 2, 10, QLatin1Char('0'));
    QString s = whole + locale.decimalPoint() + frac;
    return negative ? locale.negativeSign() + s : s;
}

QString Money::currencySymbol() const
{
    const QString code = currency();
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (code == QLatin1String("CNY"))
        return QStringLiteral("¥");
    if (code == QLatin1String("TWD"))
        return QStringLiteral("NT$");
    return code;
}

QString Money::toString(const QLocale& locale) const
{
    // QLocale::toCurrencyString takes a double; format the digits ourselves and
    // only ask the locale where its currency symbol goes.
    const QString number = toNumberString(locale);
    const QString probe = locale.toCurrencyString(1.0, QStringLiteral("\x01"));
    if (probe.startsWith(QChar(1))) {
        // A leading symbol goes after the sign: "-€1,234.50", not "€-1,234.50".
        if (m_minor < 0 && number.startsWith(locale.negativeSign()))
            return locale.negativeSign() + currencySymbol() +
                   number.mid(locale.negativeSign().size());
        return currencySymbol() + number;
    }
    return number + QChar(0x00A0) + currencySymbol();
}

std::optional<Money> Money::parse(const QString& input, QStringView currency, const QLocale& locale)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(locale.negativeSign())) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    // Accept the locale's group and decimal separators, and plain '.' decimals.
    const QString group = locale.groupSeparator();
    const QString dec = locale.decimalPoint();
    QString whole;
    QString frac;
    int decPos = text.lastIndexOf(dec);
    if (decPos < 0 && dec != QLatin1String("."))
        decPos = text.lastIndexOf(QLatin1Char('.'));
    if (decPos >= 0) {
        whole = text.left(decPos);
        frac = text.mid(decPos + 1);
    } else {
        whole = text;
    }
    if (!group.isEmpty() && group != dec)
        whole.remove(group);
    if (whole.isEmpty() && frac.isEmpty())
        return std::nullopt; // a lone "-" (or only separators) is not an amount
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    if (frac.size() > 2)
        return std::nullopt;
    for (QChar c : whole)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    for (QChar c : frac)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    if (decPos >= 0 && frac.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong units = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qlonglong cents =
        frac.isEmpty() ? 0 : frac.leftJustified(2, QLatin1Char('0')).toLongLong();
    // units * 100 + cents may not fit: "92233720368547758.08" must be refused,
    // not wrap around (signed overflow).
    std::int64_t minor = 0;
    if (__builtin_mul_overflow(units, 100, &minor) || __builtin_add_overflow(minor, cents, &minor))
        return std::nullopt;
    return Money(negative ? -minor : minor, currency);
}

std::optional<Money> Money::parsePlain(const QString& text, QStringView currency)
{
    static const QRegularExpression re(QStringLiteral("^(-?)([0-9]{1,13})(?:\\.([0-9]{1,6}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString frac = m.captured(3);
    // Past the cents only zeros.
    if (frac.size() > 2) {
        for (qsizetype i = 2; i < frac.size(); ++i)
            if (frac.at(i) != QLatin1Char('0'))
                return std::nullopt;
        frac.truncate(2);
    }
    const qint64 cents =
        m.captured(2).toLongLong() * 100 + frac.leftJustified(2, QLatin1Char('0')).toLongLong();
    return Money(m.captured(1).isEmpty() ? cents : -cents, currency);
}

} // namespace docket
