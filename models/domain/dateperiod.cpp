#include "dateperiod.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

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
    // The first moment of the day that exists: where clocks spring forward at
    // midnight (Havana, 9 March 2025) 00:00 never happens and the day starts
    // at 01:00. (QDateTime(day, 00:00, zone) is not even valid there.)
    const QDateTime first = day.startOfDay(zone);
    qint64 start = first.toSecsSinceEpoch();
    // Where clocks go back at local midnight (Havana 2 November 2025, the
    // Azores 26 October 2025: 01:00 becomes 00:00 again), midnight happens
    // twice and Qt picks the later one; the day starts at the first, an hour
    // earlier, in the offset before the change.
    const QTimeZone::OffsetData change = zone.previousTransition(first.addSecs(1));
    if (change.atUtc.isValid() && change.atUtc.toSecsSinceEpoch() <= start &&
        change.atUtc.toSecsSinceEpoch() > start - 86400) {
        const int before = zone.offsetFromUtc(change.atUtc.addSecs(-1));
        if (before > change.offsetFromUtc) {
            const qint64 earlier =
                QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() - before;
            if (earlier < change.atUtc.toSecsSinceEpoch())
                start = std::min(start, earlier);
        }
    }
    return start;
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
