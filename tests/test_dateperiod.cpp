// Date periods, the one implementation behind the order list's date filter,
// the analytics period and both pages' preset combos: presets resolve against
// any "today" (month and year edges, leap years), a range that is a preset is
// recognised as one, month edges, local-day bounds in zones with half-hour
// offsets and daylight saving, and the end-before-start message that the order
// filter and the analytics query both give.

#include "domain/dateperiod.h"
#include "stores/analyticsstore.h"
#include "stores/orderfilter.h"

#include <QSet>
#include <QTest>

using namespace docket;

Q_DECLARE_METATYPE(docket::DatePreset)

class TestDatePeriod : public QObject
{
    Q_OBJECT

private slots:
    void presetsAreListedOnceWithLabels()
    {
        const QList<DatePreset> all = datePresets();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.first(), DatePreset::Any);
        QSet<QString> labels;
        for (DatePreset p : all)
            labels.insert(presetLabel(p));
        QCOMPARE(labels.size(), 6);
        QVERIFY(!labels.contains(QString()));
    }

    void presetRanges_data()
    {
        QTest::addColumn<DatePreset>("preset");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("last 7 days across a year") << DatePreset::Last7Days << QDate(2025, 1, 3)
                                                   << QDate(2024, 12, 28) << QDate(2025, 1, 3);
        QTest::newRow("last month from March 31st of a leap year")
            << DatePreset::LastMonth << QDate(2024, 3, 31) << QDate(2024, 2, 1)
            << QDate(2024, 2, 29);
        QTest::newRow("last month from January") << DatePreset::LastMonth << QDate(2025, 1, 1)
                                                 << QDate(2024, 12, 1) << QDate(2024, 12, 31);
        QTest::newRow("this month on its last day") << DatePreset::ThisMonth << QDate(2024, 4, 30)
                                                    << QDate(2024, 4, 1) << QDate(2024, 4, 30);
        QTest::newRow("this year on December 31st") << DatePreset::ThisYear << QDate(2024, 12, 31)
                                                    << QDate(2024, 1, 1) << QDate(2024, 12, 31);
        QTest::newRow("today") << DatePreset::Today << QDate(2024, 2, 29) << QDate(2024, 2, 29)
                               << QDate(2024, 2, 29);
    }

    void presetRanges()
    {
        QFETCH(DatePreset, preset);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QCOMPARE(presetRange(preset, today), std::pair(from, to));
        // The range is recognised as the preset (Today and This month/year
        // coincide on the 1st of January: the first listed wins).
        const auto back = presetMatching(from, to, today);
        QVERIFY(back);
        QCOMPARE(presetRange(*back, today), std::pair(from, to));
        // Both filters take it.
        OrderFilter f;
        f.from = from;
        f.to = to;
        QVERIFY(f.validate().isEmpty());
        AnalyticsQuery q;
        q.from = from;
        q.to = to;
        QVERIFY(q.validate().isEmpty());
    }

    void matching()
    {
        const QDate today(2024, 6, 15);
        QCOMPARE(presetMatching({}, {}, today), DatePreset::Any);
        QCOMPARE(presetMatching(QDate(2024, 6, 9), today, today), DatePreset::Last7Days);
        QCOMPARE(presetMatching(QDate(2024, 5, 1), QDate(2024, 5, 31), today),
                 DatePreset::LastMonth);
        QVERIFY(!presetMatching(QDate(2024, 5, 1), QDate(2024, 5, 30), today));
        QVERIFY(!presetMatching(QDate(2024, 6, 1), QDate(2024, 6, 14), today));
    }

    void monthEdges()
    {
        QCOMPARE(dateperiod::firstOfMonth(QDate(2024, 2, 17)), QDate(2024, 2, 1));
        QCOMPARE(dateperiod::lastOfMonth(QDate(2024, 2, 17)), QDate(2024, 2, 29));
        QCOMPARE(dateperiod::lastOfMonth(QDate(2023, 2, 1)), QDate(2023, 2, 28));
        QCOMPARE(dateperiod::lastOfMonth(QDate(2024, 12, 31)), QDate(2024, 12, 31));
    }

    void localDayBounds()
    {
        // Kolkata (+05:30): June 1st starts at 18:30 UTC the day before.
        const QTimeZone kolkata("Asia/Kolkata");
        const auto [a, b] = dateperiod::utcBounds(QDate(2024, 6, 1), QDate(2024, 6, 1), kolkata);
        QCOMPARE(a,
                 QDateTime(QDate(2024, 5, 31), QTime(18, 30), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(b - a, 86400);
        // Berlin's spring-forward day has 23 hours, the autumn one 25.
        const QTimeZone berlin("Europe/Berlin");
        auto length = [&](QDate d) {
            const auto [s, e] = dateperiod::utcBounds(d, d, berlin);
            return e - s;
        };
        QCOMPARE(length(QDate(2024, 3, 31)), 23 * 3600);
        QCOMPARE(length(QDate(2024, 10, 27)), 25 * 3600);
        // What the order filter binds is the same instant.
        QCOMPARE(dateperiod::startOfDay(QDate(2024, 3, 31), berlin),
                 QDateTime(QDate(2024, 3, 30), QTime(23, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }

    void endBeforeStartIsOneMessage()
    {
        QVERIFY(!dateperiod::rangeProblem(QDate(2024, 1, 1), QDate(2024, 1, 1)));
        QVERIFY(!dateperiod::rangeProblem(QDate(), QDate(2024, 1, 1)));
        const auto problem = dateperiod::rangeProblem(QDate(2024, 2, 1), QDate(2024, 1, 1));
        QVERIFY(problem);
        OrderFilter f;
        f.from = QDate(2024, 2, 1);
        f.to = QDate(2024, 1, 1);
        QCOMPARE(f.validate().first().field, QStringLiteral("to"));
        QCOMPARE(f.validate().first().message, *problem);
        AnalyticsQuery q;
        q.from = f.from;
        q.to = f.to;
        QCOMPARE(q.validate().first().field, QStringLiteral("to"));
        QCOMPARE(q.validate().first().message, *problem);
    }
};

QTEST_GUILESS_MAIN(TestDatePeriod)
#include "test_dateperiod.moc"
