#pragma once

#include "money.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace docket {

// A tax rate in basis points (hundredths of a percent): 2000 is 20 %, 550 is
// 5.5 %. One rate per order (issue 13 item 15): it applies to the lines and
// to shipping alike, which is how a small shop charges VAT or sales tax for
// the place it ships to. Never a double.
class TaxRate
{
public:
    static constexpr int kMaxBasisPoints = 10000; // 100 %

    constexpr TaxRate() = default;
    static constexpr TaxRate fromBasisPoints(int basisPoints)
    {
        TaxRate r;
        r.m_bp = basisPoints;
        return r;
    }

    constexpr int basisPoints() const { return m_bp; }
    constexpr bool isZero() const { return m_bp == 0; }
    constexpr bool isValid() const { return m_bp >= 0 && m_bp <= kMaxBasisPoints; }
    bool operator==(const TaxRate&) const = default;

    // The tax on `base` at this rate, in base's currency, rounded to the cent
    // half away from zero (as PostgreSQL's round(numeric) does: the server
    // computes the same total). Needs a valid rate (0 to 100 %), so the tax
    // is never more than `base` and never overflows.
    Money of(const Money& base) const;

    // "20", "5.5", "7.25": for files, the command line and the audit trail.
    QString toPlainString() const;
    // "20%", "5.5%", "5,5%": the locale's decimal point and percent sign.
    QString toString(const QLocale& locale = QLocale()) const;

    // "20", "5.5", "5,5" (in a locale that writes a decimal comma), with or
    // without a trailing "%": at most two decimals, 0 to 100. nullopt for
    // anything else.
    static std::optional<TaxRate> parse(const QString& text, const QLocale& locale = QLocale::c());

private:
    int m_bp = 0;
};

} // namespace docket
