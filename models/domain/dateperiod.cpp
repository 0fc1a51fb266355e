#include "dateperiod.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace docket {

// The labels and the message keep the context they were first translated in
// (the order filter's).

QList<DatePreset> datePresets()
{
    return {DatePreset::Any,       DatePreset::Today,     DatePreset::Last7Days,
            DatePreset::ThisMonth, DatePreset::LastMonth, DatePreset::ThisYear};
}

std::pair<QDate, QDate> presetRange(DatePreset preset, QDate today)
{
    switch (preset) {
    case DatePreset::Any:
        return {};
    case DatePreset::Today:
        return {today, today};
    case DatePreset::Last7Days:
        return {today.addDays(-6), today};
    case DatePreset::ThisMonth:
        return {dateperiod::firstOfMonth(today), today};
    case DatePreset::LastMonth: {
        const QDate last = dateperiod::firstOfMonth(today).addDays(-1);
        return {dateperiod::firstOfMonth(last), last};
    }
    case DatePreset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    }
    return {};
}

QString presetLabel(DatePreset preset)
{
    switch (preset) {
    case DatePreset::Any:
        return QCoreApplication::translate("OrderFilter", "Any date");
    case DatePreset::Today:
        return QCoreApplication::translate("OrderFilter", "Today");
    case DatePreset::Last7Days:
        return QCoreApplication::translate("OrderFilter", "Last 7 days");
    case DatePreset::ThisMonth:
        return QCoreApplication::translate("OrderFilter", "This month");
    case DatePreset::LastMonth:
        return QCoreApplication::translate("OrderFilter", "Last month");
    case DatePreset::ThisYear:
        return QCoreApplication::translate("OrderFilter", "This year");
    }
    return {};
}

std::optional<DatePreset> presetMatching(QDate from, QDate to, QDate today)
{
    for (DatePreset p : datePresets()) {
        const auto [a, b] = presetRange(p, today);
        if (a == from && b == to)
            return p;
    }
    return std::nullopt;
}

namespace dateperiod {

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

QDate lastOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

qint64 startOfDay(QDate day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

std::pair<qint64, qint64> utcBounds(QDate from, QDate to, const QTimeZone& zone)
{
    return {startOfDay(from, zone), startOfDay(to.addDays(1), zone)};
}

std::optional<QString> rangeProblem(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || !(to < from))
        return std::nullopt;
    const QLocale l;
    return QCoreApplication::translate("OrderFilter",
                                       "The end date %1 is before the start date %2.")
        .arg(l.toString(to, QLocale::ShortFormat), l.toString(from, QLocale::ShortFormat));
}

} // namespace dateperiod

} // namespace docket
