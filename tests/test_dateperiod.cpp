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

namespace {
Session adminLike()
{
    return Session(1, QStringLiteral("tester"), {Permission::ViewOrders}, Scope::all());
}
} // namespace

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

    // A day starts at its *first* local midnight (issue 13, item 7): where
    // clocks go back at midnight, the hour between the two midnights is the
    // new day's, for the list's filter and analytics alike; where midnight is
    // skipped, the day starts at its first moment.
    void dayStartsAtItsFirstMidnight_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDateTime>("start"); // UTC
        QTest::addColumn<int>("hours");
        // Havana: 01:00 CDT (-4) goes back to 00:00 CST (-5) on 2 November
        // 2025; the day starts at 00:00 CDT = 04:00 UTC and lasts 25 hours.
        QTest::newRow("Havana, back at midnight")
            << QByteArray("America/Havana") << QDate(2025, 11, 2)
            << QDateTime(QDate(2025, 11, 2), QTime(4, 0), QTimeZone::utc()) << 25;
        QTest::newRow("Havana, the day before")
            << QByteArray("America/Havana") << QDate(2025, 11, 1)
            << QDateTime(QDate(2025, 11, 1), QTime(4, 0), QTimeZone::utc()) << 24;
        // The Azores: 01:00 (+0) goes back to 00:00 (-1) on 26 October 2025.
        QTest::newRow("Azores, back at midnight")
            << QByteArray("Atlantic/Azores") << QDate(2025, 10, 26)
            << QDateTime(QDate(2025, 10, 26), QTime(0, 0), QTimeZone::utc()) << 25;
        QTest::newRow("Azores, the day before")
            << QByteArray("Atlantic/Azores") << QDate(2025, 10, 25)
            << QDateTime(QDate(2025, 10, 25), QTime(0, 0), QTimeZone::utc()) << 24;
        // Havana springs forward at midnight on 9 March 2025: 00:00 does not
        // exist, the day starts at 01:00 CDT = 05:00 UTC and has 23 hours.
        QTest::newRow("Havana, midnight skipped")
            << QByteArray("America/Havana") << QDate(2025, 3, 9)
            << QDateTime(QDate(2025, 3, 9), QTime(5, 0), QTimeZone::utc()) << 23;
        QTest::newRow("Berlin, back at 03:00")
            << QByteArray("Europe/Berlin") << QDate(2024, 10, 27)
            << QDateTime(QDate(2024, 10, 26), QTime(22, 0), QTimeZone::utc()) << 25;
    }

    void dayStartsAtItsFirstMidnight()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QDateTime, start);
        QFETCH(int, hours);
        const QTimeZone z(zone);
        QVERIFY(z.isValid());
        QCOMPARE(dateperiod::startOfDay(day, z), start.toSecsSinceEpoch());
        const auto [a, b] = dateperiod::utcBounds(day, day, z);
        QCOMPARE(a, start.toSecsSinceEpoch());
        QCOMPARE((b - a) / 3600, hours);
        // Every instant of [a, b) is on `day` by the local calendar, and the
        // instants just outside are not.
        for (qint64 t = a; t < b; t += 900)
            QCOMPARE(QDateTime::fromSecsSinceEpoch(t, z).date(), day);
        QVERIFY(QDateTime::fromSecsSinceEpoch(a - 1, z).date() < day);
        QVERIFY(QDateTime::fromSecsSinceEpoch(b, z).date() > day);
        // The order list binds the same instants.
        OrderFilter f;
        f.from = day;
        f.to = day;
        f.timeZone = z;
        const SqlClause w = orderquery::where(f, adminLike(), Backend::SQLite, 0);
        QVERIFY(w.binds.contains(QVariant(a)));
        QVERIFY(w.binds.contains(QVariant(b)));
    }

    // "Previous period" of a calendar-aligned period is the same dates a
    // calendar unit before (issue 13, item 7: "this year" compared with
    // 27 Jan – 31 Dec of last year).
    void previousPeriod_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("compareFrom");
        QTest::addColumn<QDate>("compareTo");
        QTest::newRow("this year")
            << QDate(2026, 1, 1) << QDate(2026, 12, 4) << QDate(2025, 1, 1) << QDate(2025, 12, 4);
        QTest::newRow("this year on 29 February")
            << QDate(2024, 1, 1) << QDate(2024, 2, 29) << QDate(2023, 1, 1) << QDate(2023, 2, 28);
        QTest::newRow("a whole year")
            << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QDate(2023, 1, 1) << QDate(2023, 12, 31);
        QTest::newRow("this month")
            << QDate(2024, 3, 1) << QDate(2024, 3, 15) << QDate(2024, 2, 1) << QDate(2024, 2, 15);
        QTest::newRow("this month on the 31st")
            << QDate(2024, 3, 1) << QDate(2024, 3, 30) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("last month")
            << QDate(2024, 3, 1) << QDate(2024, 3, 31) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("a quarter")
            << QDate(2024, 4, 1) << QDate(2024, 6, 30) << QDate(2024, 1, 1) << QDate(2024, 3, 31);
        QTest::newRow("last 7 days")
            << QDate(2024, 6, 9) << QDate(2024, 6, 15) << QDate(2024, 6, 2) << QDate(2024, 6, 8);
        QTest::newRow("today") << QDate(2024, 6, 15) << QDate(2024, 6, 15) << QDate(2024, 6, 14)
                               << QDate(2024, 6, 14);
    }

    void previousPeriod()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, compareFrom);
        QFETCH(QDate, compareTo);
        AnalyticsQuery q;
        q.from = from;
        q.to = to;
        q.comparison = Comparison::PreviousPeriod;
        QCOMPARE(q.comparisonRange(), std::pair(compareFrom, compareTo));
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
