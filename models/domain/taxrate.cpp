#include "taxrate.h"

#include <QRegularExpression>

namespace docket {

Money TaxRate::of(const Money& base) const
{
    if (base.minorUnits() < 0)
        return -of(-base); // half away from zero: the same digits, negated
    // base * bp / 10000 without overflowing: whole ten-thousands apart (at
    // most base itself, as bp <= 10000), the rest rounded half up.
    const std::int64_t whole = base.minorUnits() / 10000;
    const std::int64_t rest = base.minorUnits() % 10000;
    return Money(whole * m_bp + (rest * m_bp + 5000) / 10000, base.currency());
}

QString TaxRate::toPlainString() const
{
    const int whole = m_bp / 100;
    const int hundredths = m_bp % 100;
    if (hundredths == 0)
        return QString::number(whole);
    if (hundredths % 10 == 0)
        return QStringLiteral("%1.%2").arg(whole).arg(hundredths / 10);
    return QStringLiteral("%1.%2").arg(whole).arg(hundredths, 2, 10, QLatin1Char('0'));
}

QString TaxRate::toString(const QLocale& locale) const
{
    QString number = toPlainString();
    number.replace(QLatin1Char('.'), locale.decimalPoint());
    return number + locale.percent();
}

std::optional<TaxRate> TaxRate::parse(const QString& text, const QLocale& locale)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')) || t.endsWith(locale.percent()))
        t.chop(t.endsWith(QLatin1Char('%')) ? 1 : locale.percent().size());
    t = t.trimmed();
    if (locale.decimalPoint() != QLatin1String("."))
        t.replace(locale.decimalPoint(), QLatin1String("."));
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString frac = m.captured(2);
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    const int bp = m.captured(1).toInt() * 100 + frac.toInt();
    const TaxRate r = fromBasisPoints(bp);
    if (!r.isValid())
        return std::nullopt;
    return r;
}

} // namespace docket
