#include "i18n.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace docket {

QList<std::pair<QString, QString>> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")}};
}

namespace {
QString g_language = QStringLiteral("en");
QString g_override;
QString g_requested;
} // namespace

QString requestedLanguage()
{
    return g_requested;
}

QString currentLanguage()
{
    return g_language;
}

void setLanguageOverride(const QString& language)
{
    g_override = language;
}

QString languageOverride()
{
    return g_override;
}

QString shippedLanguageOf(const QLocale& locale)
{
    // zh_HK and zh_MO read Traditional Chinese; other Chinese locales Simplified.
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    return (locale.script() == QLocale::TraditionalChineseScript ||
            locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong ||
            locale.territory() == QLocale::Macau)
               ? QStringLiteral("zh_TW")
               : QStringLiteral("zh_CN");
}

QString messagesLanguage()
{
    // uiLanguages() follows LC_MESSAGES where QLocale::system() follows the
    // numbers' locale; "C" and "POSIX" give none or English.
    const QStringList ui = QLocale::system().uiLanguages();
    return shippedLanguageOf(ui.isEmpty() ? QLocale::system() : QLocale(ui.first()));
}

QString installTranslators(QCoreApplication& app, const QString& language)
{
    static QTranslator* qtTranslator = nullptr;
    static QTranslator* ownTranslator = nullptr;
    for (QTranslator** t : {&qtTranslator, &ownTranslator}) {
        if (*t) {
            app.removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_requested = language;
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString code = shippedLanguageOf(locale);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    g_language = code;
    // Qt's own strings are English already; Docket's English file is loaded too,
    // for its plural forms ("1 order", "2 orders").
    if (code != QLatin1String("en")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            app.installTranslator(qt);
            qtTranslator = qt;
        } else {
            delete qt;
        }
    }
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/docket_") + code + QStringLiteral(".qm"))) {
        app.installTranslator(own);
        ownTranslator = own;
    } else {
        delete own;
    }
    return code;
}

QString withoutDayPeriod(const QString& format)
{
    QString out;
    out.reserve(format.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            out += c;
        } else if (!quoted && c == QLatin1Char('B')) {
            while (i + 1 < format.size() && format.at(i + 1) == QLatin1Char('B'))
                ++i; // B, BB, ... BBBBB: one day period
            out += QLatin1String("AP");
        } else {
            out += c;
        }
    }
    return out;
}

QString longDateFormat(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::LongFormat);
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (!quoted && c == QLatin1Char('d') && format.mid(i, 3) == QLatin1String("ddd")) {
            while (i + 1 < format.size() && format.at(i + 1) == QLatin1Char('d'))
                ++i; // ddd or dddd: the day's name
            // and the separator after it ("dddd, MMMM d")
            while (i + 1 < format.size() &&
                   (format.at(i + 1) == QLatin1Char(',') || format.at(i + 1).isSpace() ||
                    format.at(i + 1) == QChar(0xff0c)))
                ++i;
            continue;
        }
        out += c;
    }
    // ... or before it ("d MMMM yyyy, dddd"; "yyyy年M月d日 dddd").
    while (!out.isEmpty() &&
           (out.back() == QLatin1Char(',') || out.back().isSpace() || out.back() == QChar(0xff0c)))
        out.chop(1);
    return out.isEmpty() ? format : out;
}

QString timeFormat(QLocale::FormatType type, const QLocale& locale)
{
    return withoutDayPeriod(locale.timeFormat(type));
}

QString dateTimeFormat(QLocale::FormatType type, const QLocale& locale)
{
    return withoutDayPeriod(locale.dateTimeFormat(type));
}

QString withFullYear(const QString& format)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (quoted || c != QLatin1Char('y')) {
            out += c;
            continue;
        }
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == QLatin1Char('y'))
            ++run;
        out += run == 2 ? QStringLiteral("yyyy") : format.mid(i, run);
        i += run - 1;
    }
    return out;
}

QString fullYearDateTimeFormat(QLocale::FormatType type, const QLocale& locale)
{
    return withFullYear(dateTimeFormat(type, locale));
}

QString formatDateTime(const QDateTime& dateTime, QLocale::FormatType type, const QLocale& locale)
{
    return locale.toString(dateTime, dateTimeFormat(type, locale));
}

QString formatTime(QTime time, QLocale::FormatType type, const QLocale& locale)
{
    return locale.toString(time, timeFormat(type, locale));
}

} // namespace docket
