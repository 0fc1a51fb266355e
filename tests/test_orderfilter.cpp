// OrderFilter: input validation (each problem names its field) and the date
// presets of the filter bar. What a filter selects is tested through the store
// in test_orderstore.

#include "domain/errors.h"
#include "stores/orderfilter.h"

#include <QRegularExpression>
#include <QTest>

using namespace docket;

Q_DECLARE_METATYPE(docket::DatePreset)
Q_DECLARE_METATYPE(docket::OrderFilter)

namespace {
QStringList fields(const QList<FieldError>& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field;
    return out;
}
} // namespace

class TestOrderFilter : public QObject
{
    Q_OBJECT

private slots:
    void validFilters_data();
    void validFilters();
    void invalidFilters_data();
    void invalidFilters();
    void everyProblemIsReported();
    void checkThrowsTheFirstProblem();
    void presetRange_data();
    void presetRange();
    void presetsHaveLabels();
    void keywordTokens();
    void orderNumberFormat();
    void sortExpressionsAreWhitelisted();
};

void TestOrderFilter::validFilters_data()
{
    QTest::addColumn<OrderFilter>("filter");
    QTest::newRow("empty") << OrderFilter{};
    OrderFilter f;
    f.number = QStringLiteral("DK00012");
    QTest::newRow("number prefix") << f;
    f = {};
    f.number = QStringLiteral("  dk0000012 ");
    f.exactNumber = true;
    QTest::newRow("exact number, lower case, spaces") << f;
    f = {};
    f.number = QStringLiteral("A-1_2#3/4.5");
    QTest::newRow("number punctuation") << f;
    f = {};
    f.from = QDate(2024, 3, 1);
    f.to = QDate(2024, 3, 1);
    QTest::newRow("one day") << f;
    f = {};
    f.from = QDate(2024, 3, 1);
    QTest::newRow("open end") << f;
    f = {};
    f.statuses = {QStringLiteral("pending"), QStringLiteral("refunded")};
    f.channels = {QStringLiteral("web"), QStringLiteral("phone")};
    QTest::newRow("status and channel") << f;
    f = {};
    f.keyword = QStringLiteral("müller kettle");
    QTest::newRow("two words") << f;
    f = {};
    f.keyword = QStringLiteral("王");
    QTest::newRow("one CJK character") << f;
    f = {};
    f.keyword = QStringLiteral("  ");
    QTest::newRow("blank keyword") << f;
    f = {};
    f.keyword = QStringLiteral("o'brien");
    QTest::newRow("apostrophe") << f;
}

void TestOrderFilter::validFilters()
{
    QFETCH(OrderFilter, filter);
    const auto errors = filter.validate();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
}

void TestOrderFilter::invalidFilters_data()
{
    QTest::addColumn<OrderFilter>("filter");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions"); // the message quotes the bad input

    OrderFilter f;
    f.from = QDate(2024, 3, 10);
    f.to = QDate(2024, 3, 9);
    QTest::newRow("to before from") << f << QStringLiteral("to") << QString();
    f = {};
    f.number = QStringLiteral("DK 0012");
    QTest::newRow("space in number") << f << QStringLiteral("number") << QStringLiteral("DK 0012");
    f = {};
    f.number = QStringLiteral("DK%");
    QTest::newRow("percent in number") << f << QStringLiteral("number") << QStringLiteral("DK%");
    f = {};
    f.number = QStringLiteral("12'; DROP TABLE orders");
    QTest::newRow("quote in number") << f << QStringLiteral("number") << QStringLiteral("DROP");
    f = {};
    f.statuses = {QStringLiteral("paid"), QStringLiteral("lost")};
    QTest::newRow("unknown status") << f << QStringLiteral("status") << QStringLiteral("lost");
    f = {};
    f.statuses = {QStringLiteral("Paid")};
    QTest::newRow("status is a code, not a label")
        << f << QStringLiteral("status") << QStringLiteral("Paid");
    f = {};
    f.channels = {QStringLiteral("mars")};
    QTest::newRow("unknown channel") << f << QStringLiteral("channel") << QStringLiteral("mars");
    f = {};
    f.keyword = QStringLiteral("a");
    QTest::newRow("one-letter keyword") << f << QStringLiteral("keyword") << QStringLiteral("a");
    f = {};
    f.keyword = QStringLiteral("kettle x");
    QTest::newRow("one-letter word among others")
        << f << QStringLiteral("keyword") << QStringLiteral("\"x\"");
    f = {};
    f.keyword = QStringLiteral("-- ** !!");
    QTest::newRow("keyword without letters")
        << f << QStringLiteral("keyword") << QStringLiteral("-- ** !!");
}

void TestOrderFilter::invalidFilters()
{
    QFETCH(OrderFilter, filter);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    const auto errors = filter.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY(!errors.first().message.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(errors.first().message.contains(mentions), qPrintable(errors.first().message));
}

void TestOrderFilter::everyProblemIsReported()
{
    OrderFilter f;
    f.number = QStringLiteral("no spaces please");
    f.from = QDate(2024, 5, 2);
    f.to = QDate(2024, 5, 1);
    f.statuses = {QStringLiteral("bogus")};
    f.channels = {QStringLiteral("fax")};
    f.keyword = QStringLiteral("!");
    QCOMPARE(fields(f.validate()),
             (QStringList{QStringLiteral("number"), QStringLiteral("to"), QStringLiteral("status"),
                          QStringLiteral("channel"), QStringLiteral("keyword")}));
}

void TestOrderFilter::checkThrowsTheFirstProblem()
{
    OrderFilter f;
    f.channels = {QStringLiteral("fax")};
    try {
        f.check();
        QFAIL("check() must throw for an unknown channel");
    } catch (const DocketError& e) {
        QCOMPARE(e.code(), DocketError::Code::Invalid);
        QCOMPARE(e.field(), QStringLiteral("channel"));
        QVERIFY(e.message().contains(QLatin1String("fax")));
    }
    OrderFilter ok;
    ok.channels = {QStringLiteral("web")};
    try {
        ok.check();
    } catch (const DocketError& e) {
        QFAIL(qPrintable(e.message()));
    }
}

void TestOrderFilter::presetRange_data()
{
    QTest::addColumn<DatePreset>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");

    const QDate mid(2024, 6, 15);
    QTest::newRow("any") << DatePreset::Any << mid << QDate() << QDate();
    QTest::newRow("today") << DatePreset::Today << mid << mid << mid;
    QTest::newRow("last 7 days") << DatePreset::Last7Days << mid << QDate(2024, 6, 9) << mid;
    QTest::newRow("last 7 days across a month")
        << DatePreset::Last7Days << QDate(2024, 3, 3) << QDate(2024, 2, 26) << QDate(2024, 3, 3);
    QTest::newRow("last 7 days across a year")
        << DatePreset::Last7Days << QDate(2024, 1, 2) << QDate(2023, 12, 27) << QDate(2024, 1, 2);
    QTest::newRow("this month") << DatePreset::ThisMonth << mid << QDate(2024, 6, 1) << mid;
    QTest::newRow("this month on the 1st")
        << DatePreset::ThisMonth << QDate(2024, 6, 1) << QDate(2024, 6, 1) << QDate(2024, 6, 1);
    QTest::newRow("last month") << DatePreset::LastMonth << mid << QDate(2024, 5, 1)
                                << QDate(2024, 5, 31);
    QTest::newRow("last month in January")
        << DatePreset::LastMonth << QDate(2024, 1, 15) << QDate(2023, 12, 1) << QDate(2023, 12, 31);
    QTest::newRow("last month on January 1st")
        << DatePreset::LastMonth << QDate(2025, 1, 1) << QDate(2024, 12, 1) << QDate(2024, 12, 31);
    QTest::newRow("last month is a leap February")
        << DatePreset::LastMonth << QDate(2024, 3, 31) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("last month is a plain February")
        << DatePreset::LastMonth << QDate(2023, 3, 31) << QDate(2023, 2, 1) << QDate(2023, 2, 28);
    QTest::newRow("last month of 30 days from a 31st")
        << DatePreset::LastMonth << QDate(2024, 5, 31) << QDate(2024, 4, 1) << QDate(2024, 4, 30);
    QTest::newRow("this year") << DatePreset::ThisYear << mid << QDate(2024, 1, 1) << mid;
    QTest::newRow("this year on New Year's Day")
        << DatePreset::ThisYear << QDate(2024, 1, 1) << QDate(2024, 1, 1) << QDate(2024, 1, 1);
}

void TestOrderFilter::presetRange()
{
    QFETCH(DatePreset, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto range = docket::presetRange(preset, today);
    QCOMPARE(range.first, from);
    QCOMPARE(range.second, to);
    // Every preset gives a filter that validates.
    OrderFilter f;
    f.from = range.first;
    f.to = range.second;
    QVERIFY(f.validate().isEmpty());
}

void TestOrderFilter::presetsHaveLabels()
{
    QSet<QString> labels;
    for (DatePreset p : {DatePreset::Any, DatePreset::Today, DatePreset::Last7Days,
                         DatePreset::ThisMonth, DatePreset::LastMonth, DatePreset::ThisYear}) {
        const QString l = presetLabel(p);
        QVERIFY(!l.isEmpty());
        labels.insert(l);
    }
    QCOMPARE(labels.size(), 6);
}

void TestOrderFilter::keywordTokens()
{
    QCOMPARE(orderquery::keywordTokens(QStringLiteral("  Anna   müller ")),
             (QStringList{QStringLiteral("Anna"), QStringLiteral("müller")}));
    QCOMPARE(orderquery::keywordTokens(QStringLiteral("-- kettle !!")),
             QStringList{QStringLiteral("kettle")});
    QVERIFY(orderquery::keywordTokens(QStringLiteral("--- ...")).isEmpty());
    // A quote inside a token cannot break out of the FTS phrase.
    QCOMPARE(orderquery::ftsToken(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\"*"));
}

void TestOrderFilter::orderNumberFormat()
{
    QCOMPARE(orderquery::formatOrderNumber(1), QStringLiteral("DK0000001"));
    QCOMPARE(orderquery::formatOrderNumber(1234567), QStringLiteral("DK1234567"));
    QCOMPARE(orderquery::formatOrderNumber(12345678), QStringLiteral("DK12345678"));
}

void TestOrderFilter::sortExpressionsAreWhitelisted()
{
    // A column, or (Due) a column whose NULLs sort last, exactly as its
    // index (migration 0073) is written.
    static const QRegularExpression plainColumn(
        QStringLiteral("^(o\\.[a-z_]+|COALESCE\\(o\\.[a-z_]+, 9223372036854775807\\))$"));
    QSet<QString> seen;
    for (int c = 0; c < kOrderColumnCount; ++c) {
        const QString e = orderquery::sortExpression(static_cast<OrderColumn>(c));
        QVERIFY2(plainColumn.match(e).hasMatch(), qPrintable(e));
        seen.insert(e);
    }
    QCOMPARE(seen.size(), kOrderColumnCount);
}

QTEST_GUILESS_MAIN(TestOrderFilter)
#include "test_orderfilter.moc"
