// Translations at run time: the built .qm files (resources :/i18n) loaded by
// installTranslators(), and the messages the models and docketctl really
// produce coming out in Simplified and Traditional Chinese, with English
// plural forms. A string translated in the .ts but looked up under another
// context at run time (the file-local tr() helpers of old) fails here.

#include "db/sql.h"
#include "i18n.h"
#include "stores/analyticsstore.h"
#include "stores/orderfilter.h"
#include "stores/userstore.h"
#include "testdb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef DOCKETCTL_PATH
#error "DOCKETCTL_PATH must name the built docketctl (see tests/CMakeLists.txt)"
#endif

using namespace docket;
using docket::test::TestDb;

namespace {

// Han characters in `s`.
int hanCount(const QString& s)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    int n = 0;
    for (auto it = han.globalMatch(s); it.hasNext(); it.next())
        ++n;
    return n;
}

AccountPolicy fastPolicy()
{
    AccountPolicy p;
    p.strength = HashStrength::Minimum;
    return p;
}

const QString kPassword = QStringLiteral("Correct-Horse-9");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void qmFilesAreBuiltIn();
    void languageChoice_data();
    void languageChoice();

    void orderStoreMessages_data();
    void orderStoreMessages();
    void databaseMessages_data();
    void databaseMessages();
    void orderFilterMessages_data();
    void orderFilterMessages();
    void analyticsMessages();
    void userStoreMessages_data();
    void userStoreMessages();

    void englishPlurals();

    void dayPeriodFormat();
    void taiwanTimesHaveNoLiteralB();
    void fullYearDateTimes_data();
    void fullYearDateTimes();
    void longDatesWithoutWeekday_data();
    void longDatesWithoutWeekday();
    void securityLogInChinese();

    void docketctlSpeaksChinese_data();
    void docketctlSpeaksChinese();
    void docketctlFollowsLang();
    void docketctlCountsInWords();

private:
    Run docketctl(const QStringList& args, const QMap<QString, QString>& env = {});
    void prepareCtlDatabase();

    QTemporaryDir m_dir;
    QString m_ctlDb;
};

void TestI18n::cleanup()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

void TestI18n::qmFilesAreBuiltIn()
{
    for (const char* lang : {"en", "zh_CN", "zh_TW"}) {
        const QString path = QStringLiteral(":/i18n/docket_%1.qm").arg(QLatin1String(lang));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
    }
}

void TestI18n::languageChoice_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("used");
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN";
    QTest::newRow("zh_TW") << "zh_TW"
                           << "zh_TW";
    QTest::newRow("zh_HK reads Traditional") << "zh_HK"
                                             << "zh_TW";
    QTest::newRow("zh_SG reads Simplified") << "zh_SG"
                                            << "zh_CN";
    QTest::newRow("de falls back to English") << "de_DE"
                                              << "en";
}

void TestI18n::languageChoice()
{
    QFETCH(QString, asked);
    QFETCH(QString, used);
    QCOMPARE(installTranslators(*QCoreApplication::instance(), asked), used);
}

void TestI18n::orderStoreMessages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("没有订单号为“NOPE”的订单。");
    QTest::newRow("zh_TW") << "zh_TW" << QStringLiteral("沒有訂單編號為「NOPE」的訂單。");
    QTest::newRow("en") << "en" << QStringLiteral("There is no order with the number \"NOPE\".");
}

void TestI18n::orderStoreMessages()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    installTranslators(*QCoreApplication::instance(), lang);
    TestDb tdb;
    OrderStore store = tdb.store();
    const auto e = test::catchError([&] { store.orderByNumber(QStringLiteral("NOPE")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::NotFound);
    QCOMPARE(e->message(), expected);
}

void TestI18n::databaseMessages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("word"); // "database" in that script
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("数据库");
    QTest::newRow("zh_TW") << "zh_TW" << QStringLiteral("資料庫");
}

void TestI18n::databaseMessages()
{
    QFETCH(QString, lang);
    QFETCH(QString, word);
    installTranslators(*QCoreApplication::instance(), lang);

    // Database::open: no file and no creating.
    DatabaseConfig missing;
    missing.path = m_dir.filePath(QStringLiteral("no-such.db"));
    Database db(missing);
    const auto e = test::catchError([&] { db.open(false); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(word), qPrintable(e->message()));
    QVERIFY2(e->message().contains(missing.path), qPrintable(e->message()));
    QVERIFY2(!e->message().contains(QLatin1String("There is")), qPrintable(e->message()));

    // A folder where the file should be.
    DatabaseConfig folder;
    folder.path = m_dir.path();
    Database db2(folder);
    const auto e2 = test::catchError([&] { db2.open(true); });
    QVERIFY(e2);
    QVERIFY2(hanCount(e2->message()) >= 4, qPrintable(e2->message()));
    QVERIFY2(!e2->message().contains(QLatin1String("folder")), qPrintable(e2->message()));

    // docket::sql (same context, Database): a statement the database refuses.
    TestDb tdb;
    const auto e3 = test::catchError(
        [&] { sql::run(tdb.connection(), QStringLiteral("SELECT * FROM no_such_table")); });
    QVERIFY(e3);
    QVERIFY2(e3->message().contains(word), qPrintable(e3->message()));
}

void TestI18n::orderFilterMessages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("unknownStatus");
    QTest::addColumn<QString>("statusChip");
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("未知状态“bogus”。")
                           << QStringLiteral("状态：");
    QTest::newRow("zh_TW") << "zh_TW" << QStringLiteral("未知狀態「bogus」。")
                           << QStringLiteral("狀態：");
}

void TestI18n::orderFilterMessages()
{
    QFETCH(QString, lang);
    QFETCH(QString, unknownStatus);
    QFETCH(QString, statusChip);
    installTranslators(*QCoreApplication::instance(), lang);

    OrderFilter f;
    f.statuses = {QStringLiteral("bogus")};
    const QList<FieldError> errors = f.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("status"));
    QCOMPARE(errors.first().message, unknownStatus);

    OrderFilter g;
    g.statuses = {QStringLiteral("paid")};
    g.newOnly = true;
    const QList<FieldError> words = g.description();
    QVERIFY(!words.isEmpty());
    bool sawStatus = false;
    for (const FieldError& w : words) {
        QVERIFY2(hanCount(w.message) >= 2, qPrintable(w.message));
        sawStatus = sawStatus || w.message.startsWith(statusChip);
    }
    QVERIFY(sawStatus);
}

void TestI18n::analyticsMessages()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QCOMPARE(granularity::label(Granularity::Day), QStringLiteral("日"));
    AnalyticsQuery q; // no period
    const QList<FieldError> errors = q.validate();
    QVERIFY(!errors.isEmpty());
    for (const FieldError& e : errors)
        QVERIFY2(hanCount(e.message) >= 4, qPrintable(e.message));

    installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_TW"));
    QCOMPARE(granularity::label(Granularity::Week), QStringLiteral("週"));
}

void TestI18n::userStoreMessages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("wrong");
    QTest::addColumn<QString>("tooShort");
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("用户名或密码错误。")
                           << QStringLiteral("密码太短：请至少使用 8 个字符。");
    QTest::newRow("zh_TW") << "zh_TW" << QStringLiteral("使用者名稱或密碼錯誤。")
                           << QStringLiteral("密碼太短：請至少使用 8 個字元。");
}

void TestI18n::userStoreMessages()
{
    QFETCH(QString, lang);
    QFETCH(QString, wrong);
    QFETCH(QString, tooShort);
    installTranslators(*QCoreApplication::instance(), lang);

    TestDb tdb;
    UserStore us(tdb.connection(), {}, fastPolicy());
    // Too short (plural %n, with the number in it) before anything is written.
    const auto shortPw = test::catchError([&] {
        us.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"),
                                    QStringLiteral("short"));
    });
    QVERIFY(shortPw);
    QCOMPARE(shortPw->message(), tooShort);

    us.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"), kPassword);
    const auto e = test::catchError(
        [&] { us.authenticate(QStringLiteral("root"), QStringLiteral("not-the-password")); });
    QVERIFY(e);
    QCOMPARE(e->message(), wrong);
}

void TestI18n::englishPlurals()
{
    QCOMPARE(installTranslators(*QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
    // The orders count of the filter bar, as docket::FilterBar (a QObject) looks it up.
    QCOMPARE(QCoreApplication::translate("docket::FilterBar", "%Ln order(s)", nullptr, 1),
             QStringLiteral("1 order"));
    QCOMPARE(QCoreApplication::translate("docket::FilterBar", "%Ln order(s)", nullptr, 2),
             QStringLiteral("2 orders"));

    // A model's plural message: UserStore's minimum length of one character.
    TestDb tdb;
    AccountPolicy p = fastPolicy();
    p.minPasswordLength = 1;
    UserStore us(tdb.connection(), {}, p);
    const auto e = test::catchError([&] {
        us.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"), QString());
    });
    QVERIFY(e);
    QCOMPARE(e->message(), QStringLiteral("The password is too short: use at least 1 character."));
    p.minPasswordLength = 12;
    UserStore us12(tdb.connection(), {}, p);
    const auto e12 = test::catchError([&] {
        us12.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"),
                                      QStringLiteral("short"));
    });
    QVERIFY(e12);
    QCOMPARE(e12->message(),
             QStringLiteral("The password is too short: use at least 12 characters."));
}

void TestI18n::dayPeriodFormat()
{
    QCOMPARE(withoutDayPeriod(QStringLiteral("Bh:mm")), QStringLiteral("APh:mm"));
    QCOMPARE(withoutDayPeriod(QStringLiteral("yyyy/M/d BBBBh:mm")),
             QStringLiteral("yyyy/M/d APh:mm"));
    QCOMPARE(withoutDayPeriod(QStringLiteral("h:mm 'Bis' B")), QStringLiteral("h:mm 'Bis' AP"));
    QCOMPARE(withoutDayPeriod(QStringLiteral("HH:mm")), QStringLiteral("HH:mm"));
}

// The /track page's dates (review s36 R2): the desk's short form with the
// year whole, in every locale; a year already whole and quoted text stay.
void TestI18n::fullYearDateTimes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected"); // 2023-09-25 15:07 UTC
    QTest::newRow("en_US") << "en_US" << QStringLiteral("9/25/2023");
    QTest::newRow("en_GB") << "en_GB" << QStringLiteral("25/09/2023");
    QTest::newRow("de") << "de_DE" << QStringLiteral("25.09.2023");
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("2023/9/25");
    QTest::newRow("zh_TW") << "zh_TW" << QStringLiteral("2023/9/25");
}

void TestI18n::fullYearDateTimes()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QLocale l(locale);
    const QDateTime t(QDate(2023, 9, 25), QTime(15, 7), Qt::UTC);
    const QString format = fullYearDateTimeFormat(QLocale::ShortFormat, l);
    const QString shown = l.toString(t, format);
    QVERIFY2(shown.startsWith(expected), qPrintable(shown + QLatin1String(" / ") + format));
    // Only the year changed: the rest is dateTimeFormat's (the time as the
    // desk shows it, no literal day period).
    QCOMPARE(QString(format).replace(QLatin1String("yyyy"), QLatin1String("yy")),
             QString(dateTimeFormat(QLocale::ShortFormat, l))
                 .replace(QLatin1String("yyyy"), QLatin1String("yy")));
    QVERIFY2(!shown.contains(QLatin1Char('B')), qPrintable(shown));
    // The rule itself: two digits become four, a whole year and quoted text stay.
    QCOMPARE(withFullYear(QStringLiteral("M/d/yy h:mm AP")), QStringLiteral("M/d/yyyy h:mm AP"));
    QCOMPARE(withFullYear(QStringLiteral("yyyy/M/d")), QStringLiteral("yyyy/M/d"));
    QCOMPARE(withFullYear(QStringLiteral("d.M.yy 'yy'")), QStringLiteral("d.M.yyyy 'yy'"));
}

void TestI18n::longDatesWithoutWeekday_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected"); // 2026-01-01
    QTest::newRow("en_US") << "en_US" << QStringLiteral("January 1, 2026");
    QTest::newRow("en_GB") << "en_GB" << QStringLiteral("1 January 2026");
    QTest::newRow("de") << "de_DE" << QStringLiteral("1. Januar 2026");
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("2026年1月1日");
    QTest::newRow("zh_TW") << "zh_TW" << QStringLiteral("2026年1月1日");
}

void TestI18n::longDatesWithoutWeekday()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QLocale l(locale);
    const QString format = longDateFormat(l);
    QVERIFY2(!format.contains(QLatin1String("ddd")), qPrintable(format));
    QCOMPARE(l.toString(QDate(2026, 1, 1), format), expected);
    // The long format itself names the day (else there is nothing to take out).
    QVERIFY(l.toString(QDate(2026, 1, 1), QLocale::LongFormat).size() > expected.size());
}

// The security log stores codes and English; the administration page shows
// them through securityevent::valueText/noteText in the user's language.
void TestI18n::securityLogInChinese()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    using namespace securityevent;
    QCOMPARE(valueText(QStringLiteral("user_created"), QStringLiteral("role=clerk; scope=own")),
             QStringLiteral("角色：文员；可见范围：自己的订单"));
    QCOMPARE(valueText(QStringLiteral("role_assigned"), QStringLiteral("administrator")),
             QStringLiteral("管理员"));
    QCOMPARE(valueText(QStringLiteral("scope_changed"), QStringLiteral("channels:web,retail")),
             QStringLiteral("渠道：网店、零售门店"));
    QCOMPARE(valueText(QStringLiteral("user_disabled"), QStringLiteral("disabled")),
             QStringLiteral("已停用"));
    QCOMPARE(valueText(QStringLiteral("role_created"), QStringLiteral("view_orders, export")),
             QStringLiteral("查看订单、导出"));
    QCOMPARE(noteText(QStringLiteral("wrong password (2 in a row)")),
             QStringLiteral("密码错误（连续 2 次）"));
    QCOMPARE(noteText(QStringLiteral("first administrator")), QStringLiteral("首个管理员"));
    // A custom role and text nobody knows stay as stored.
    QCOMPARE(valueText(QStringLiteral("role_assigned"), QStringLiteral("packer")),
             QStringLiteral("packer"));
    QCOMPARE(noteText(QStringLiteral("imported")), QStringLiteral("imported"));
    QCOMPARE(roleLabel(QStringLiteral("clerk")), QStringLiteral("文员"));

    installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_TW"));
    QCOMPARE(valueText(QStringLiteral("user_created"), QStringLiteral("role=clerk; scope=own")),
             QStringLiteral("角色：專員；可見範圍：自己的訂單"));
    QCOMPARE(noteText(QStringLiteral("5 wrong passwords in a row")),
             QStringLiteral("連續 5 次密碼錯誤"));

    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(valueText(QStringLiteral("user_created"), QStringLiteral("role=clerk; scope=own")),
             QStringLiteral("Role: Clerk; sees: Own orders"));
    QCOMPARE(noteText(QStringLiteral("1 wrong passwords in a row")),
             QStringLiteral("1 wrong password in a row"));
}

void TestI18n::taiwanTimesHaveNoLiteralB()
{
    const QDateTime afternoon(QDate(2026, 3, 4), QTime(15, 7));
    const QLocale tw(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    for (QLocale::FormatType type : {QLocale::ShortFormat, QLocale::LongFormat}) {
        const QString text = formatDateTime(afternoon, type, tw);
        QVERIFY2(!text.contains(QLatin1Char('B')), qPrintable(text));
        QVERIFY2(text.contains(tw.pmText()), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("3:07")), qPrintable(text));
        QVERIFY2(!timeFormat(type, tw).contains(QLatin1Char('B')),
                 qPrintable(timeFormat(type, tw)));
    }
    QCOMPARE(formatTime(QTime(9, 30), QLocale::ShortFormat, tw),
             tw.amText() + QStringLiteral("9:30"));
    // Locales without a day period keep their own format.
    const QLocale cn(QLocale::Chinese, QLocale::China);
    QCOMPARE(formatDateTime(afternoon, QLocale::ShortFormat, cn),
             cn.toString(afternoon, QLocale::ShortFormat));
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(formatDateTime(afternoon, QLocale::ShortFormat, us),
             us.toString(afternoon, QLocale::ShortFormat));
    // The default locale (what the window and the models use).
    QLocale::setDefault(tw);
    QVERIFY(!formatDateTime(afternoon).contains(QLatin1Char('B')));
}

Run TestI18n::docketctl(const QStringList& args, const QMap<QString, QString>& extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DOCKET_DATABASE"));
    env.insert(QStringLiteral("DOCKET_USER"), QStringLiteral("boss"));
    env.insert(QStringLiteral("DOCKET_PASSWORD"), kPassword);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DOCKETCTL_PATH),
            QStringList{QStringLiteral("--database"), m_ctlDb} + args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("docketctl did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestI18n::prepareCtlDatabase()
{
    if (!m_ctlDb.isEmpty())
        return;
    m_ctlDb = m_dir.filePath(QStringLiteral("ctl.db"));
    QCOMPARE(docketctl({QStringLiteral("db"), QStringLiteral("init")}).exitCode, 0);
    const Run add = docketctl({QStringLiteral("user"), QStringLiteral("add"),
                               QStringLiteral("boss"), QStringLiteral("--admin")},
                              {{QStringLiteral("DOCKET_NEW_PASSWORD"), kPassword}});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
}

void TestI18n::docketctlSpeaksChinese_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("notFound");
    QTest::addColumn<QString>("unknownCommand");
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("docketctl：没有订单号为“NOPE”的订单。")
                           << QStringLiteral("未知命令“frobnicate”。");
    QTest::newRow("zh_TW") << "zh_TW" << QStringLiteral("docketctl：沒有訂單編號為「NOPE」的訂單。")
                           << QStringLiteral("未知的命令「frobnicate」。");
}

void TestI18n::docketctlSpeaksChinese()
{
    QFETCH(QString, lang);
    QFETCH(QString, notFound);
    QFETCH(QString, unknownCommand);
    prepareCtlDatabase();

    const Run show = docketctl({QStringLiteral("--lang"), lang, QStringLiteral("orders"),
                                QStringLiteral("show"), QStringLiteral("NOPE")});
    QCOMPARE(show.exitCode, 3);
    QVERIFY2(show.err.contains(notFound), qPrintable(show.err));

    // docketctl's own messages (context docketctl).
    const Run bad = docketctl({QStringLiteral("--lang"), lang, QStringLiteral("frobnicate")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(unknownCommand), qPrintable(bad.err));

    const Run help = docketctl({QStringLiteral("--lang"), lang, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(lang == QLatin1String("zh_CN") ? QStringLiteral("用法：")
                                                              : QStringLiteral("用法：")),
             qPrintable(help.out));
    QVERIFY2(hanCount(help.out) > 100, qPrintable(help.out));

    const Run info =
        docketctl({QStringLiteral("--lang"), lang, QStringLiteral("db"), QStringLiteral("info")});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(lang == QLatin1String("zh_CN") ? QStringLiteral("架构版本：")
                                                              : QStringLiteral("架構版本：")),
             qPrintable(info.out));
}

void TestI18n::docketctlFollowsLang()
{
    prepareCtlDatabase();
    // No --lang: the locale of the environment.
    const Run tw =
        docketctl({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("NOPE")},
                  {{QStringLiteral("LC_ALL"), QStringLiteral("zh_TW.UTF-8")},
                   {QStringLiteral("LANG"), QStringLiteral("zh_TW.UTF-8")}});
    QCOMPARE(tw.exitCode, 3);
    QVERIFY2(tw.err.contains(QStringLiteral("沒有訂單編號為「NOPE」的訂單。")), qPrintable(tw.err));

    const Run en =
        docketctl({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("NOPE")});
    QCOMPARE(en.exitCode, 3);
    QVERIFY2(en.err.contains(QStringLiteral("There is no order with the number \"NOPE\".")),
             qPrintable(en.err));
    QCOMPARE(hanCount(en.err), 0);
}

void TestI18n::docketctlCountsInWords()
{
    prepareCtlDatabase();
    QCOMPARE(docketctl({QStringLiteral("seed"), QStringLiteral("--orders"), QStringLiteral("3")})
                 .exitCode,
             0);
    const Run list =
        docketctl({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
                   QStringLiteral("--limit"), QStringLiteral("3")});
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QStringList numbers;
    for (const auto& row : rows)
        numbers << row.toObject().value(QStringLiteral("number")).toString();
    const QStringList invalidate{QStringLiteral("orders"), QStringLiteral("invalidate"),
                                 QStringLiteral("--reason"), QStringLiteral("test")};

    const Run one = docketctl(invalidate + QStringList{numbers[0]});
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.out.trimmed().endsWith(QLatin1String("Marked 1 order invalid.")),
             qPrintable(one.out));
    const Run two = docketctl(invalidate + QStringList{numbers[1], numbers[2]});
    QCOMPARE(two.exitCode, 0);
    QVERIFY2(two.out.trimmed().endsWith(QLatin1String("Marked 2 orders invalid.")),
             qPrintable(two.out));
    const Run cn = docketctl({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                              QStringLiteral("orders"), QStringLiteral("revalidate"), numbers[0]});
    QCOMPARE(cn.exitCode, 0);
    QCOMPARE(cn.out.trimmed(), QStringLiteral("已将 1 个订单重新标记为有效。"));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "test_i18n.moc"
