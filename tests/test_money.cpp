// Money: integer cents, checked arithmetic, parsing and formatting.

#include "domain/errors.h"
#include "domain/money.h"

#include <QTest>
#include <limits>

using docket::DocketError;
using docket::Money;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
const QChar kNbsp(0x00A0);

template <typename Fn> std::optional<DocketError> errorOf(Fn&& fn)
{
    try {
        fn();
    } catch (const DocketError& e) {
        return e;
    }
    return std::nullopt;
}
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void arithmetic();
    void comparison();
    void overflowThrows_data();
    void overflowThrows();
    void currencyMismatchThrows();
    void parse_data();
    void parse();
    void parseKeepsCurrency();
    void parsePlain_data();
    void parsePlain();
    void toPlainString_data();
    void toPlainString();
    void plainStringRoundTrips();
    void toString_data();
    void toString();
};

void TestMoney::arithmetic()
{
    const Money a(1050);
    const Money b(275);
    QCOMPARE((a + b).minorUnits(), 1325);
    QCOMPARE((a - b).minorUnits(), 775);
    QCOMPARE((b - a).minorUnits(), -775);
    QCOMPARE((a * 3).minorUnits(), 3150);
    QCOMPARE((a * -2).minorUnits(), -2100);
    QCOMPARE((a * 0).minorUnits(), 0);
    QCOMPARE((-a).minorUnits(), -1050);
    QCOMPARE((a + b).currency(), QStringLiteral("EUR"));

    Money sum(0, u"USD");
    sum += Money(199, u"USD");
    sum += Money(1, u"USD");
    sum -= Money(50, u"USD");
    QCOMPARE(sum, Money(150, u"USD"));
    QCOMPARE(sum.currency(), QStringLiteral("USD"));
    QCOMPARE(Money::fromMinor(42, u"GBP"), Money(42, u"GBP"));
    QCOMPARE(Money().minorUnits(), 0);
    QCOMPARE(Money().currency(), QStringLiteral("EUR"));
}

void TestMoney::comparison()
{
    QVERIFY(Money(100) < Money(101));
    QVERIFY(Money(-1) < Money(0));
    QVERIFY(Money(5) == Money(5));
    QVERIFY(Money(5, u"EUR") != Money(5, u"USD"));
    QVERIFY(Money(kMin) < Money(kMax));
}

void TestMoney::overflowThrows_data()
{
    QTest::addColumn<int>("op");
    QTest::newRow("max + 1") << 0;
    QTest::newRow("min - 1") << 1;
    QTest::newRow("max * 2") << 2;
    QTest::newRow("-min") << 3;
    QTest::newRow("min * -1") << 4;
    QTest::newRow("+= past max") << 5;
}

void TestMoney::overflowThrows()
{
    QFETCH(int, op);
    const auto e = errorOf([op] {
        switch (op) {
        case 0:
            (void)(Money(kMax) + Money(1));
            break;
        case 1:
            (void)(Money(kMin) - Money(1));
            break;
        case 2:
            (void)(Money(kMax) * 2);
            break;
        case 3:
            (void)(-Money(kMin));
            break;
        case 4:
            (void)(Money(kMin) * -1);
            break;
        case 5: {
            Money m(kMax - 10);
            m += Money(11);
            break;
        }
        }
    });
    QVERIFY2(e, "overflow must throw");
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY(!e->message().isEmpty());
    // The limits themselves are fine.
    QCOMPARE((Money(kMax - 1) + Money(1)).minorUnits(), kMax);
    QCOMPARE((Money(kMin + 1) - Money(1)).minorUnits(), kMin);
}

void TestMoney::currencyMismatchThrows()
{
    const auto plus = errorOf([] { (void)(Money(100, u"EUR") + Money(100, u"USD")); });
    QVERIFY(plus);
    QCOMPARE(plus->code(), DocketError::Code::Invalid);
    QVERIFY2(plus->message().contains(QLatin1String("EUR")) &&
                 plus->message().contains(QLatin1String("USD")),
             qPrintable(plus->message()));
    const auto minus = errorOf([] { (void)(Money(100, u"GBP") - Money(1, u"EUR")); });
    QVERIFY(minus);
    QCOMPARE(minus->code(), DocketError::Code::Invalid);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");

    const QString c = QStringLiteral("C");
    const QString en = QStringLiteral("en_US");
    const QString de = QStringLiteral("de_DE");
    QTest::newRow("whole") << QStringLiteral("12") << c << true << qint64(1200);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << c << true << qint64(1250);
    QTest::newRow("two decimals") << QStringLiteral("12.50") << c << true << qint64(1250);
    QTest::newRow("cents only") << QStringLiteral("0.07") << c << true << qint64(7);
    QTest::newRow("negative") << QStringLiteral("-3.07") << c << true << qint64(-307);
    QTest::newRow("spaces around") << QStringLiteral("  4.20 ") << c << true << qint64(420);
    QTest::newRow("zero") << QStringLiteral("0") << c << true << qint64(0);
    QTest::newRow("en_US grouped") << QStringLiteral("1,234.56") << en << true << qint64(123456);
    QTest::newRow("en_US millions")
        << QStringLiteral("1,234,567.89") << en << true << qint64(123456789);
    QTest::newRow("en_US plain") << QStringLiteral("1234.56") << en << true << qint64(123456);
    QTest::newRow("de_DE grouped") << QStringLiteral("1.234,56") << de << true << qint64(123456);
    QTest::newRow("de_DE no group") << QStringLiteral("1234,5") << de << true << qint64(123450);
    QTest::newRow("de_DE negative") << QStringLiteral("-1.234,56") << de << true << qint64(-123456);
    QTest::newRow("de_DE plain dot decimal")
        << QStringLiteral("12.34") << de << true << qint64(1234);
    QTest::newRow("largest") << QStringLiteral("92233720368547758.07") << c << true << kMax;

    QTest::newRow("three decimals C") << QStringLiteral("1.234") << c << false << qint64(0);
    QTest::newRow("three decimals en_US") << QStringLiteral("1.234") << en << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("abc") << c << false << qint64(0);
    QTest::newRow("empty") << QString() << c << false << qint64(0);
    QTest::newRow("blank") << QStringLiteral("   ") << c << false << qint64(0);
    QTest::newRow("trailing point") << QStringLiteral("12.") << c << false << qint64(0);
    QTest::newRow("two points") << QStringLiteral("1.2.3") << c << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e5") << c << false << qint64(0);
    QTest::newRow("digits then letters") << QStringLiteral("12abc") << c << false << qint64(0);
    QTest::newRow("only minus") << QStringLiteral("-") << c << false << qint64(0);
    QTest::newRow("only point") << QStringLiteral(".") << c << false << qint64(0);
    QTest::newRow("too large") << QStringLiteral("92233720368547758.08") << c << false << qint64(0);
    QTest::newRow("far too large")
        << QStringLiteral("99999999999999999999") << c << false << qint64(0);
    QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662") << c << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    const auto m = Money::parse(text, u"EUR", QLocale(locale));
    QCOMPARE(m.has_value(), ok);
    if (ok)
        QCOMPARE(m->minorUnits(), minor);
}

// The plain form of webhooks and files (the gateway's intake reads amounts so).
void TestMoney::parsePlain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::newRow("whole") << "12" << qint64(1200);
    QTest::newRow("one decimal") << "12.5" << qint64(1250);
    QTest::newRow("two") << "12.50" << qint64(1250);
    QTest::newRow("zeros past the cents") << "12.500" << qint64(1250);
    QTest::newRow("negative") << "-3.07" << qint64(-307);
    QTest::newRow("large") << "9999999999999.99" << qint64(999999999999999);
    QTest::newRow("a third decimal") << "0.125" << qint64(-1);
    QTest::newRow("grouping") << "1,234.50" << qint64(-1);
    QTest::newRow("exponent") << "1e3" << qint64(-1);
    QTest::newRow("plus") << "+1.00" << qint64(-1);
    QTest::newRow("comma decimal") << "1,50" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("dot only") << "." << qint64(-1);
    QTest::newRow("trailing dot") << "5." << qint64(-1);
    QTest::newRow("too many digits") << "99999999999999" << qint64(-1);
    QTest::newRow("the float trap") << "0.1" << qint64(10);
}

void TestMoney::parsePlain()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto parsed = Money::parsePlain(text, u"USD");
    if (cents == -1)
        QVERIFY2(!parsed, qPrintable(text));
    else
        QCOMPARE(parsed.value_or(Money(-1, u"USD")), Money(cents, u"USD"));
}

void TestMoney::parseKeepsCurrency()
{
    const auto m = Money::parse(QStringLiteral("9.99"), u"USD");
    QVERIFY(m);
    QCOMPARE(m->currency(), QStringLiteral("USD"));
    QCOMPARE(*m, Money(999, u"USD"));
}

void TestMoney::toPlainString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("cents") << qint64(7) << QStringLiteral("0.07");
    QTest::newRow("tens of cents") << qint64(70) << QStringLiteral("0.70");
    QTest::newRow("no grouping") << qint64(123456789) << QStringLiteral("1234567.89");
    QTest::newRow("negative cents") << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("negative") << qint64(-123456) << QStringLiteral("-1234.56");
    QTest::newRow("max") << kMax << QStringLiteral("92233720368547758.07");
    QTest::newRow("min") << kMin << QStringLiteral("-92233720368547758.08");
    QTest::newRow("min + 1") << kMin + 1 << QStringLiteral("-92233720368547758.07");
}

void TestMoney::toPlainString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, text);
    QCOMPARE(Money(minor).toPlainString(), text);
}

void TestMoney::plainStringRoundTrips()
{
    for (qint64 v : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(-100), qint64(123456),
                     kMax, kMin + 1}) {
        const auto back = Money::parse(Money(v).toPlainString());
        QVERIFY2(back, qPrintable(Money(v).toPlainString()));
        QCOMPARE(back->minorUnits(), v);
    }
}

void TestMoney::toString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    const QString en = QStringLiteral("en_US");
    const QString de = QStringLiteral("de_DE");
    QTest::newRow("en_US EUR") << qint64(123456) << QStringLiteral("EUR") << en
                               << QStringLiteral("€1,234.56");
    QTest::newRow("en_US USD") << qint64(5) << QStringLiteral("USD") << en
                               << QStringLiteral("$0.05");
    QTest::newRow("en_US millions")
        << qint64(123456789) << QStringLiteral("EUR") << en << QStringLiteral("€1,234,567.89");
    QTest::newRow("en_US negative")
        << qint64(-123456) << QStringLiteral("EUR") << en << QStringLiteral("-€1,234.56");
    QTest::newRow("de_DE EUR") << qint64(123456) << QStringLiteral("EUR") << de
                               << QStringLiteral("1.234,56") + kNbsp + QStringLiteral("€");
    QTest::newRow("de_DE negative") << qint64(-123456) << QStringLiteral("EUR") << de
                                    << QStringLiteral("-1.234,56") + kNbsp + QStringLiteral("€");
    QTest::newRow("de_DE USD") << qint64(99) << QStringLiteral("USD") << de
                               << QStringLiteral("0,99") + kNbsp + QStringLiteral("$");
    QTest::newRow("de_DE min") << kMin << QStringLiteral("EUR") << de
                               << QStringLiteral("-92.233.720.368.547.758,08") + kNbsp +
                                      QStringLiteral("€");
}

void TestMoney::toString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).toString(QLocale(locale)), text);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
