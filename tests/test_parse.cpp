// The strict parsers (models/domain/parse.h): for each kind of value a table
// of inputs that must be read, and of inputs that must be refused with a
// message quoting them. The refused rows include every input of issue 14's
// fuzzing that was silently taken as something close to it.

#include "domain/errors.h"
#include "domain/parse.h"

#include <QTest>

using namespace docket;

class TestParse : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void badDates_data();
    void badDates();
    void dateRanges_data();
    void dateRanges();
    void periodText_data();
    void periodText();
    void wholeNumbers_data();
    void wholeNumbers();
    void ids_data();
    void ids();
    void limits_data();
    void limits();
    void orderNumbers_data();
    void orderNumbers();
    void orderNumberPrefixes_data();
    void orderNumberPrefixes();
    void keywords_data();
    void keywords();
    void badKeywords_data();
    void badKeywords();
    void commaLists_data();
    void commaLists();
    void quoting_data();
    void quoting();
    void takeThrowsInvalidWithTheField();
};

// ---- dates

void TestParse::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("a day") << QStringLiteral("2026-01-31") << QDate(2026, 1, 31);
    QTest::newRow("new year") << QStringLiteral("2026-01-01") << QDate(2026, 1, 1);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("year 1") << QStringLiteral("0001-01-01") << QDate(1, 1, 1);
    QTest::newRow("far future") << QStringLiteral("9999-12-31") << QDate(9999, 12, 31);
}

void TestParse::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto d = parse::date(text);
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(d.value(), expected);
    QVERIFY(d.error().isEmpty());
}

void TestParse::badDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown"); // how the message quotes it
    // Issue 14: each of these was silently taken as 2026-01-01.
    QTest::newRow("slashes") << QStringLiteral("2026/01/01") << QStringLiteral("\"2026/01/01\"");
    QTest::newRow("with a time") << QStringLiteral("2026-01-01T00:00:00")
                                 << QStringLiteral("\"2026-01-01T00:00:00\"");
    QTest::newRow("trailing space")
        << QStringLiteral("2026-01-01 ") << QStringLiteral("\"2026-01-01 \"");
    QTest::newRow("injection") << QStringLiteral("2026-01-01' OR '1'='1")
                               << QStringLiteral("\"2026-01-01' OR '1'='1\"");
    // And the rest of the neighbourhood.
    QTest::newRow("leading space")
        << QStringLiteral(" 2026-01-01") << QStringLiteral("\" 2026-01-01\"");
    QTest::newRow("tab") << QStringLiteral("\t2026-01-01") << QStringLiteral("\"\\t2026-01-01\"");
    QTest::newRow("short month") << QStringLiteral("2026-1-01") << QStringLiteral("\"2026-1-01\"");
    QTest::newRow("short day") << QStringLiteral("2026-01-1") << QStringLiteral("\"2026-01-1\"");
    QTest::newRow("two-digit year") << QStringLiteral("26-01-01") << QStringLiteral("\"26-01-01\"");
    QTest::newRow("compact") << QStringLiteral("20260101") << QStringLiteral("\"20260101\"");
    QTest::newRow("day first") << QStringLiteral("31.01.2026") << QStringLiteral("\"31.01.2026\"");
    QTest::newRow("US") << QStringLiteral("01/31/2026") << QStringLiteral("\"01/31/2026\"");
    QTest::newRow("February 30") << QStringLiteral("2026-02-30")
                                 << QStringLiteral("\"2026-02-30\"");
    QTest::newRow("February 29, no leap year")
        << QStringLiteral("2025-02-29") << QStringLiteral("\"2025-02-29\"");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01") << QStringLiteral("\"2026-13-01\"");
    QTest::newRow("day 0") << QStringLiteral("2026-01-00") << QStringLiteral("\"2026-01-00\"");
    QTest::newRow("year 0") << QStringLiteral("0000-01-01") << QStringLiteral("\"0000-01-01\"");
    QTest::newRow("negative year")
        << QStringLiteral("-2026-01-01") << QStringLiteral("\"-2026-01-01\"");
    QTest::newRow("plus sign") << QStringLiteral("+026-01-01") << QStringLiteral("\"+026-01-01\"");
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("٢٠٢٦-٠١-٠١") << QStringLiteral("\"٢٠٢٦-٠١-٠١\"");
    QTest::newRow("full-width digits")
        << QStringLiteral("２０２６-０１-０１") << QStringLiteral("\"２０２６-０１-０１\"");
    QTest::newRow("words") << QStringLiteral("today") << QStringLiteral("\"today\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    QTest::newRow("NUL inside") << QStringLiteral("2026-01-0") + QChar(0)
                                << QStringLiteral("\"2026-01-0\\u0000\"");
}

void TestParse::badDates()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const auto d = parse::date(text);
    QVERIFY(!d.ok());
    QVERIFY2(d.error().contains(shown), qPrintable(d.error()));
    QVERIFY2(d.error().contains(QLatin1String("not a date")), qPrintable(d.error()));
    // It says which form is expected, or why the day does not exist.
    QVERIFY2(d.error().contains(QLatin1String("YYYY-MM-DD")) ||
                 d.error().contains(QLatin1String("no such day")),
             qPrintable(d.error()));
}

void TestParse::dateRanges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("both") << QStringLiteral("2025-01-01") << QStringLiteral("2025-12-31") << true
                          << QDate(2025, 1, 1) << QDate(2025, 12, 31);
    QTest::newRow("one day") << QStringLiteral("2025-03-01") << QStringLiteral("2025-03-01") << true
                             << QDate(2025, 3, 1) << QDate(2025, 3, 1);
    QTest::newRow("open start") << QString() << QStringLiteral("2025-12-31") << true << QDate()
                                << QDate(2025, 12, 31);
    QTest::newRow("open end") << QStringLiteral("2025-01-01") << QString() << true
                              << QDate(2025, 1, 1) << QDate();
    QTest::newRow("both open") << QString() << QString() << true << QDate() << QDate();
    QTest::newRow("backwards") << QStringLiteral("2025-12-31") << QStringLiteral("2025-01-01")
                               << false << QDate() << QDate();
    QTest::newRow("bad first") << QStringLiteral("2025/01/01") << QStringLiteral("2025-12-31")
                               << false << QDate() << QDate();
    QTest::newRow("bad last") << QStringLiteral("2025-01-01") << QStringLiteral("2025-12-31 ")
                              << false << QDate() << QDate();
}

void TestParse::dateRanges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, ok);
    const auto r = parse::dateRange(from, to);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY(!r.error().isEmpty());
        return;
    }
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QCOMPARE(r.value().from, first);
    QCOMPARE(r.value().to, last);
}

void TestParse::periodText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("closed") << QStringLiteral("2026-01-01..2026-01-31") << true << QDate(2026, 1, 1)
                            << QDate(2026, 1, 31);
    QTest::newRow("open end") << QStringLiteral("2026-01-01..") << true << QDate(2026, 1, 1)
                              << QDate();
    QTest::newRow("open start") << QStringLiteral("..2026-01-31") << true << QDate()
                                << QDate(2026, 1, 31);
    QTest::newRow("no dots") << QStringLiteral("2026-01-01") << false << QDate() << QDate();
    QTest::newRow("only dots") << QStringLiteral("..") << false << QDate() << QDate();
    QTest::newRow("two ranges") << QStringLiteral("2026-01-01..2026-01-02..2026-01-03") << false
                                << QDate() << QDate();
    QTest::newRow("backwards") << QStringLiteral("2026-02-01..2026-01-01") << false << QDate()
                               << QDate();
    QTest::newRow("spaces") << QStringLiteral("2026-01-01 .. 2026-01-31") << false << QDate()
                            << QDate();
}

void TestParse::periodText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto r = parse::dateRange(text);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY(!r.error().isEmpty());
        return;
    }
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QCOMPARE(r.value(), (DateRange{first, last}));
}

// ---- numbers

void TestParse::wholeNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    const qint64 big = std::numeric_limits<qint64>::max();
    QTest::newRow("five") << QStringLiteral("5") << 1LL << 10LL << true << 5LL;
    QTest::newRow("zero") << QStringLiteral("0") << 0LL << 10LL << true << 0LL;
    QTest::newRow("largest") << QStringLiteral("9223372036854775807") << 0LL << big << true << big;
    QTest::newRow("at max") << QStringLiteral("10") << 1LL << 10LL << true << 10LL;
    // Issue 14: `archive restore +5`, `01`, "\t2" and `--limit '5 '`.
    QTest::newRow("plus") << QStringLiteral("+5") << 1LL << 10LL << false << 0LL;
    QTest::newRow("leading zero") << QStringLiteral("01") << 1LL << 10LL << false << 0LL;
    QTest::newRow("tab") << QStringLiteral("\t2") << 1LL << 10LL << false << 0LL;
    QTest::newRow("trailing space") << QStringLiteral("5 ") << 1LL << 10LL << false << 0LL;
    // And the rest.
    QTest::newRow("leading space") << QStringLiteral(" 5") << 1LL << 10LL << false << 0LL;
    QTest::newRow("minus") << QStringLiteral("-1") << -5LL << 10LL << false << 0LL;
    QTest::newRow("below min") << QStringLiteral("0") << 1LL << 10LL << false << 0LL;
    QTest::newRow("above max") << QStringLiteral("11") << 1LL << 10LL << false << 0LL;
    QTest::newRow("overflow") << QStringLiteral("9223372036854775808") << 0LL << big << false
                              << 0LL;
    QTest::newRow("huge") << QString(500, QLatin1Char('9')) << 0LL << big << false << 0LL;
    QTest::newRow("underscores") << QStringLiteral("5_000") << 1LL << 10000LL << false << 0LL;
    QTest::newRow("comma") << QStringLiteral("5,000") << 1LL << 10000LL << false << 0LL;
    QTest::newRow("exponent") << QStringLiteral("1e3") << 1LL << 10000LL << false << 0LL;
    QTest::newRow("hex") << QStringLiteral("0x10") << 1LL << 10000LL << false << 0LL;
    QTest::newRow("decimal") << QStringLiteral("5.0") << 1LL << 10LL << false << 0LL;
    QTest::newRow("full-width") << QStringLiteral("５") << 1LL << 10LL << false << 0LL;
    QTest::newRow("empty") << QString() << 0LL << 10LL << false << 0LL;
    QTest::newRow("SQL") << QStringLiteral("1 OR 1=1") << 0LL << 10LL << false << 0LL;
}

void TestParse::wholeNumbers()
{
    QFETCH(QString, text);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(bool, ok);
    const auto n = parse::wholeNumber(text, min, max);
    QCOMPARE(n.ok(), ok);
    if (ok) {
        QFETCH(qint64, expected);
        QCOMPARE(n.value(), expected);
        return;
    }
    QVERIFY2(n.error().contains(parse::quoted(text)), qPrintable(n.error()));
    QVERIFY2(n.error().contains(QLatin1String("digits only")), qPrintable(n.error()));
}

void TestParse::ids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("1") << QStringLiteral("1") << true;
    QTest::newRow("123456") << QStringLiteral("123456") << true;
    QTest::newRow("+5") << QStringLiteral("+5") << false;
    QTest::newRow("01") << QStringLiteral("01") << false;
    QTest::newRow("tab 2") << QStringLiteral("\t2") << false;
    QTest::newRow("0") << QStringLiteral("0") << false;
    QTest::newRow("-3") << QStringLiteral("-3") << false;
    QTest::newRow("DK0000001") << QStringLiteral("DK0000001") << false;
}

void TestParse::ids()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto id = parse::id(text);
    QCOMPARE(id.ok(), ok);
    if (ok)
        QCOMPARE(id.value(), text.toLongLong());
    else
        QVERIFY2(id.error().contains(QLatin1String("not an id")), qPrintable(id.error()));
}

void TestParse::limits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("5") << QStringLiteral("5") << true;
    QTest::newRow("1000000") << QStringLiteral("1000000") << true;
    QTest::newRow("'5 '") << QStringLiteral("5 ") << false; // issue 14
    QTest::newRow("0") << QStringLiteral("0") << false;
    QTest::newRow("1000001") << QStringLiteral("1000001") << false;
    QTest::newRow("all") << QStringLiteral("all") << false;
}

void TestParse::limits()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto n = parse::limit(text);
    QCOMPARE(n.ok(), ok);
    if (ok)
        QCOMPARE(n.value(), text.toInt());
    else
        QVERIFY2(n.error().contains(QLatin1String("from 1 to 1000000")), qPrintable(n.error()));
}

// ---- order numbers

void TestParse::orderNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("Docket's") << QStringLiteral("DK0001234") << QStringLiteral("DK0001234");
    QTest::newRow("lower case") << QStringLiteral("dk0001234") << QStringLiteral("DK0001234");
    QTest::newRow("a shop's own") << QStringLiteral("A-1_2#3/4.5") << QStringLiteral("A-1_2#3/4.5");
    QTest::newRow("digits") << QStringLiteral("1234") << QStringLiteral("1234");
    QTest::newRow("40 characters")
        << QString(40, QLatin1Char('A')) << QString(40, QLatin1Char('A'));
    QTest::newRow("41 characters") << QString(41, QLatin1Char('A')) << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("space inside") << QStringLiteral("DK 0001234") << QString();
    QTest::newRow("trailing space") << QStringLiteral("DK0001234 ") << QString();
    QTest::newRow("tab") << QStringLiteral("\tDK0001234") << QString();
    QTest::newRow("quote") << QStringLiteral("DK0001234'") << QString();
    QTest::newRow("injection") << QStringLiteral("' OR 1=1 --") << QString();
    QTest::newRow("percent") << QStringLiteral("DK%") << QString();
    QTest::newRow("star") << QStringLiteral("DK*") << QString();
    QTest::newRow("umlaut") << QStringLiteral("DKÄ1") << QString();
    QTest::newRow("full-width") << QStringLiteral("ＤＫ１") << QString();
    QTest::newRow("100 KB") << QString(100 * 1024, QLatin1Char('9')) << QString();
}

void TestParse::orderNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto n = parse::orderNumber(text);
    QCOMPARE(n.ok(), !expected.isEmpty());
    if (n.ok()) {
        QCOMPARE(n.value(), expected);
        return;
    }
    QVERIFY(!n.error().isEmpty());
    if (!text.isEmpty())
        QVERIFY2(n.error().contains(parse::quoted(text)), qPrintable(n.error()));
    // A message quotes at most 40 characters of what it was given.
    QVERIFY2(n.error().size() < 300, qPrintable(n.error()));
}

void TestParse::orderNumberPrefixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("DK00012") << QStringLiteral("DK00012") << true;
    QTest::newRow("lower") << QStringLiteral("dk0") << true;
    QTest::newRow("123") << QStringLiteral("123") << true;
    QTest::newRow("space") << QStringLiteral("DK 1") << false;
    QTest::newRow("like") << QStringLiteral("DK%") << false;
    QTest::newRow("too long") << QString(41, QLatin1Char('1')) << false;
}

void TestParse::orderNumberPrefixes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto n = parse::orderNumberPrefix(text);
    QCOMPARE(n.ok(), ok);
    if (ok)
        QCOMPARE(n.value(), text); // the search upper-cases it
}

// ---- keywords

void TestParse::keywords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one word") << QStringLiteral("müller") << QStringList{QStringLiteral("müller")};
    QTest::newRow("two words") << QStringLiteral("müller  kettle")
                               << QStringList{QStringLiteral("müller"), QStringLiteral("kettle")};
    QTest::newRow("two digits") << QStringLiteral("12") << QStringList{QStringLiteral("12")};
    QTest::newRow("SKU") << QStringLiteral("SKU-10042") << QStringList{QStringLiteral("SKU-10042")};
    QTest::newRow("apostrophe") << QStringLiteral("o'brien")
                                << QStringList{QStringLiteral("o'brien")};
    QTest::newRow("email") << QStringLiteral("a.b@example.com")
                           << QStringList{QStringLiteral("a.b@example.com")};
    QTest::newRow("one CJK character") << QStringLiteral("王") << QStringList{QStringLiteral("王")};
    QTest::newRow("punctuation between words")
        << QStringLiteral("müller - kettle")
        << QStringList{QStringLiteral("müller"), QStringLiteral("kettle")};
    QTest::newRow("two letters around a dash")
        << QStringLiteral("a-b") << QStringList{QStringLiteral("a-b")};
    QStringList twenty;
    for (int i = 0; i < parse::kMaxKeywordWords; ++i)
        twenty << QStringLiteral("w%1").arg(i);
    QTest::newRow("20 words") << twenty.join(QLatin1Char(' ')) << twenty;
    QTest::newRow("FTS syntax is text")
        << QStringLiteral("NEAR(ab cd)")
        << QStringList{QStringLiteral("NEAR(ab"), QStringLiteral("cd)")};
}

void TestParse::keywords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    const auto k = parse::keyword(text);
    QVERIFY2(k.ok(), qPrintable(k.error()));
    QCOMPARE(k.value(), words);
}

void TestParse::badKeywords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    // Issue 14: "?1", "$1", "-1" matched every order while "1" was refused.
    QTest::newRow("1") << QStringLiteral("1") << QStringLiteral("at least two");
    QTest::newRow("?1") << QStringLiteral("?1") << QStringLiteral("at least two");
    QTest::newRow("$1") << QStringLiteral("$1") << QStringLiteral("at least two");
    QTest::newRow("-1") << QStringLiteral("-1") << QStringLiteral("at least two");
    QTest::newRow("*a*") << QStringLiteral("*a*") << QStringLiteral("at least two");
    QTest::newRow("\"1\"") << QStringLiteral("\"1\"") << QStringLiteral("at least two");
    QTest::newRow("one short word among good ones")
        << QStringLiteral("müller x kettle") << QStringLiteral("\"x\"");
    QTest::newRow("punctuation only") << QStringLiteral("?!") << QStringLiteral("no letters");
    QTest::newRow("FTS operators only")
        << QStringLiteral("* ^ ( )") << QStringLiteral("no letters");
    // A keyword of ~1,000 words failed with SQLite's "Expression tree is too
    // large" and printed the SQL.
    QStringList many;
    for (int i = 0; i < 21; ++i)
        many << QStringLiteral("w%1").arg(i);
    QTest::newRow("21 words") << many.join(QLatin1Char(' ')) << QStringLiteral("21 words");
    QStringList thousand;
    for (int i = 0; i < 1000; ++i)
        thousand << QStringLiteral("ab");
    QTest::newRow("1000 words") << thousand.join(QLatin1Char(' ')) << QStringLiteral("too long");
    QTest::newRow("100 KB") << QString(100 * 1024, QLatin1Char('x')) << QStringLiteral("too long");
}

void TestParse::badKeywords()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const auto k = parse::keyword(text);
    QVERIFY(!k.ok());
    QVERIFY2(k.error().contains(says), qPrintable(k.error()));
}

void TestParse::commaLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("items"); // empty: refused
    QTest::newRow("one") << QStringLiteral("pending") << QStringList{QStringLiteral("pending")};
    QTest::newRow("two") << QStringLiteral("pending,paid")
                         << QStringList{QStringLiteral("pending"), QStringLiteral("paid")};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("trailing comma") << QStringLiteral("pending,") << QStringList();
    QTest::newRow("double comma") << QStringLiteral("pending,,paid") << QStringList();
    QTest::newRow("space after comma") << QStringLiteral("pending, paid") << QStringList();
}

void TestParse::commaLists()
{
    QFETCH(QString, text);
    QFETCH(QStringList, items);
    const auto l = parse::commaList(text, QStringLiteral("status codes"));
    QCOMPARE(l.ok(), !items.isEmpty());
    if (l.ok())
        QCOMPARE(l.value(), items);
    else
        QVERIFY2(l.error().contains(QLatin1String("status codes")), qPrintable(l.error()));
}

void TestParse::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("\"abc\"");
    QTest::newRow("tab") << QStringLiteral("\t2") << QStringLiteral("\"\\t2\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\\nb\"");
    QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\"\\u0000\"");
    QTest::newRow("escape") << QString(QChar(0x1b)) + QStringLiteral("[31m")
                            << QStringLiteral("\"\\u001b[31m\"");
    QTest::newRow("long") << QString(41, QLatin1Char('a'))
                          << QLatin1Char('"') + QString(40, QLatin1Char('a')) +
                                 QStringLiteral("…\"");
}

void TestParse::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(parse::quoted(text), shown);
}

void TestParse::takeThrowsInvalidWithTheField()
{
    QCOMPARE(parse::date(QStringLiteral("2026-01-31")).take(QStringLiteral("from")),
             QDate(2026, 1, 31));
    try {
        parse::date(QStringLiteral("2026/01/31")).take(QStringLiteral("from"));
        QFAIL("no error");
    } catch (const DocketError& e) {
        QCOMPARE(e.code(), DocketError::Code::Invalid);
        QCOMPARE(e.field(), QStringLiteral("from"));
        QVERIFY(e.message().contains(QLatin1String("\"2026/01/31\"")));
    }
}

QTEST_GUILESS_MAIN(TestParse)
#include "test_parse.moc"
