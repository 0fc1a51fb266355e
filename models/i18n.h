#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace docket {

// Languages Docket ships, as (code, native name): en, zh_CN, zh_TW.
QList<std::pair<QString, QString>> availableLanguages();
// Installs Qt's own and Docket's translators for `language` ("zh_CN"; empty =
// the system locale), replacing earlier ones, and sets the default QLocale.
// Returns the language actually used.
QString installTranslators(QCoreApplication& app, const QString& language = {});
// Which of the shipped languages reads `locale`: zh_TW for Traditional Chinese
// (and Taiwan, Hong Kong, Macau), zh_CN for other Chinese, else en.
QString shippedLanguageOf(const QLocale& locale);
// The language of the process's messages (LC_ALL, LC_MESSAGES, LANG, LANGUAGE
// as QLocale::system().uiLanguages() reads them), as shippedLanguageOf().
QString messagesLanguage();
// The language installTranslators() last chose ("en" before it ran).
QString currentLanguage();
// What installTranslators() was last asked for ("zh_CN", empty = the system's).
QString requestedLanguage();
// The language the command line asked for (docket --lang zh_CN), which wins
// over the user's stored choice for this session; empty when none.
void setLanguageOverride(const QString& language);
QString languageOverride();

// The locale's time and date-and-time formats, with CLDR's flexible day period
// "B" (Qt 6.4's zh_TW short time is "Bh:mm", which QLocale renders literally as
// "B15:07") replaced by "AP" ("下午3:07"). Quoted literal text is left alone.
QString withoutDayPeriod(const QString& format);
QString timeFormat(QLocale::FormatType type = QLocale::ShortFormat, const QLocale& locale = {});
QString dateTimeFormat(QLocale::FormatType type = QLocale::ShortFormat, const QLocale& locale = {});
// `format` with a two-digit year ("yy": en's short "M/d/yy" reads "9/25/23")
// made whole ("yyyy"); quoted literal text is left alone.
QString withFullYear(const QString& format);
// dateTimeFormat() with the year whole: for pages read outside the desk (the
// gateway's /track), where "9/25/23" could be any of three dates.
QString fullYearDateTimeFormat(QLocale::FormatType type = QLocale::ShortFormat,
                               const QLocale& locale = {});
// The locale's long date format without the day of the week ("MMMM d, yyyy",
// "yyyy年M月d日"): for periods, where "Thursday, January 1, 2026 – Friday,
// December 4, 2026" says more than anyone asked.
QString longDateFormat(const QLocale& locale = {});
// A time or date and time for display: QLocale::toString with the formats above.
// Use these wherever a time is shown (dates alone may use QLocale directly).
QString formatDateTime(const QDateTime& dateTime, QLocale::FormatType type = QLocale::ShortFormat,
                       const QLocale& locale = {});
QString formatTime(QTime time, QLocale::FormatType type = QLocale::ShortFormat,
                   const QLocale& locale = {});

} // namespace docket
