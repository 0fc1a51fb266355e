#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>
#include <utility>

namespace docket {

// Periods of whole local days, the one implementation behind the order list's
// date filter, the analytics period and both pages' preset combos: named
// ranges resolved against `today`, month edges, a period's UTC bounds in a
// time zone, and the check that a period's end is not before its start.

// Named date ranges; `Any` has no dates (the caller decides what it means:
// the order list shows every date, analytics the days that have orders).
enum class DatePreset { Any, Today, Last7Days, ThisMonth, LastMonth, ThisYear };

// Every preset, in the order the combos list them (Any first).
QList<DatePreset> datePresets();
// [first, last] day of a preset; both invalid for Any.
std::pair<QDate, QDate> presetRange(DatePreset preset, QDate today);
QString presetLabel(DatePreset preset); // translated
// The preset whose range is exactly [from, to] today, if any (Any for two
// invalid dates).
std::optional<DatePreset> presetMatching(QDate from, QDate to, QDate today);

namespace dateperiod {
QDate firstOfMonth(QDate d);
QDate lastOfMonth(QDate d);
// The start of `day` in `zone`, as UTC seconds (what the order list, the
// summaries' readers, the security log and the tests all use): its *first*
// local midnight, so on a day when clocks go back at midnight its first hour
// is its own, not the day before's; where 00:00 is skipped, its first moment.
qint64 startOfDay(QDate day, const QTimeZone& zone);
// [from 00:00, the day after `to` 00:00) local time, as UTC seconds.
std::pair<qint64, qint64> utcBounds(QDate from, QDate to, const QTimeZone& zone);
// The translated problem with [from, to] when both are valid and `to` is
// before `from`; nullopt otherwise.
std::optional<QString> rangeProblem(QDate from, QDate to);
} // namespace dateperiod

} // namespace docket
