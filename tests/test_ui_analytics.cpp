// Drives the analytics page offscreen: switching period and granularity
// through its controls updates the series (checked point by point against the
// store and the raw orders), clicking a bar opens exactly the orders behind it,
// stale answers never overwrite newer ones, and the exports write real files.

#include "analyticspage.h"
#include "analyticswidgets.h"
#include "db/sql.h"
#include "domain/money.h"
#include "stores/analyticsstore.h"
#include "stores/orderstore.h"
#include "testdb.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineSeries>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace docket;
using docket::test::TestDb;

namespace {

QList<QPointF> pointsOf(QChart* chart, int seriesIndex)
{
    const auto all = chart->series();
    if (seriesIndex >= all.size())
        return {};
    QAbstractSeries* s = all[seriesIndex];
    if (auto* area = qobject_cast<QAreaSeries*>(s))
        return area->upperSeries()->points();
    if (auto* line = qobject_cast<QLineSeries*>(s))
        return line->points();
    return {};
}

// The current period's series is added last (the comparison is drawn under it).
QList<QPointF> currentPoints(QChart* chart)
{
    return pointsOf(chart, int(chart->series().size()) - 1);
}

} // namespace

class TestUiAnalytics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDb> m_db;

    bool waitLoaded(AnalyticsPage& page, QSignalSpy& spy, int before)
    {
        return QTest::qWaitFor([&] { return spy.count() > before && !page.isLoading(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDb>(Backend::SQLite);
        OrderStore store = m_db->store();
        SeedOptions o;
        o.orders = 4000;
        o.days = 200;
        o.now = TestDb::kNow;
        o.seed = 5;
        DOCKET_SEED_OR_SKIP(store, o);
    }

    void cleanupTestCase() { m_db.reset(); }

    void periodAndGranularityUpdateSeries()
    {
        AnalyticsPage page(m_db->database(), test::adminSession());
        page.resize(1400, 1100);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy spy(&page, &AnalyticsPage::loaded);
        QVERIFY(waitLoaded(page, spy, 0)); // the default period

        AnalyticsQuery q;
        q.from = QDate(2024, 5, 1);
        q.to = QDate(2024, 5, 31);
        q.timeZone = QTimeZone::systemTimeZone();
        q.granularity = Granularity::Day;
        q.comparison = Comparison::PreviousPeriod;
        int n = int(spy.count());
        page.setQuery(q);
        QVERIFY(waitLoaded(page, spy, n));

        QChart* revenue = page.panel(AnalyticsPage::Chart::Revenue)->chart();
        QChart* orders = page.panel(AnalyticsPage::Chart::Orders)->chart();
        QCOMPARE(revenue->series().size(), 2); // this period + previous period
        QList<QPointF> pts = currentPoints(revenue);
        QCOMPARE(pts.size(), 31);
        AnalyticsStore store(m_db->connection(), test::adminSession());
        AnalyticsQuery check = page.query();
        const auto expected = store.series(check, check.from, check.to);
        for (int i = 0; i < 31; ++i) {
            QCOMPARE(pts[i].x(), double(i));
            QCOMPARE(qRound64(pts[i].y() * 100), expected[i].revenueCents);
        }
        // The day points against the raw orders of each local day.
        const QList<QPointF> orderPts = currentPoints(orders);
        QCOMPARE(orderPts.size(), 31);
        for (int i = 0; i < 31; ++i) {
            const QDate d = q.from.addDays(i);
            const qint64 a = QDateTime(d, QTime(0, 0), q.timeZone).toSecsSinceEpoch();
            const qint64 b = QDateTime(d.addDays(1), QTime(0, 0), q.timeZone).toSecsSinceEpoch();
            QCOMPARE(qRound64(orderPts[i].y()),
                     test::queryValue(m_db->connection(),
                                      QStringLiteral("SELECT COUNT(*) FROM orders WHERE "
                                                     "invalid_at IS NULL AND created_at >= ? AND "
                                                     "created_at < ?"),
                                      {a, b})
                         .toLongLong());
        }

        // The user switches to weeks: fewer points, same total.
        n = int(spy.count());
        page.granularityBox()->setCurrentIndex(
            page.granularityBox()->findData(QStringLiteral("week")));
        QVERIFY(waitLoaded(page, spy, n));
        QCOMPARE(page.result()->granularity, Granularity::Week);
        pts = currentPoints(revenue);
        QCOMPARE(pts.size(), page.result()->series.size());
        QVERIFY(pts.size() >= 5 && pts.size() <= 6);
        double weekSum = 0, daySum = 0;
        for (const QPointF& p : pts)
            weekSum += p.y();
        for (const SeriesBucket& b : expected)
            daySum += double(b.revenueCents) / 100.0;
        QCOMPARE(qRound64(weekSum * 100), qRound64(daySum * 100));

        // ... and to months over a longer period.
        n = int(spy.count());
        page.granularityBox()->setCurrentIndex(
            page.granularityBox()->findData(QStringLiteral("month")));
        page.fromEdit()->setDate(QDate(2024, 1, 1));
        QVERIFY(waitLoaded(page, spy, n));
        QCOMPARE(page.result()->query.from, QDate(2024, 1, 1));
        QCOMPARE(currentPoints(revenue).size(), 5);
        QCOMPARE(page.presetBox()->currentIndex(), page.presetBox()->count() - 1); // custom

        // A preset: the last 7 days (no orders there: seven zero points, no gaps).
        n = int(spy.count());
        page.granularityBox()->setCurrentIndex(0); // automatic
        page.presetBox()->setCurrentIndex(1);      // last 7 days
        QVERIFY(waitLoaded(page, spy, n));
        QCOMPARE(page.result()->query.to, QDate::currentDate());
        QCOMPARE(page.result()->granularity, Granularity::Day);
        pts = currentPoints(orders);
        QCOMPARE(pts.size(), 7);
        auto* x = qobject_cast<QCategoryAxis*>(orders->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY(!x->categoriesLabels().isEmpty());

        // KPI cards show the result in the user's format.
        QCOMPARE(page.kpiCards().first()->value(),
                 Money(page.result()->totals.revenueCents, page.result()->currency).toString());
    }

    void clickOpensExactlyThoseOrders()
    {
        AnalyticsPage page(m_db->database(), test::adminSession());
        page.resize(1400, 1100);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy spy(&page, &AnalyticsPage::loaded);
        QVERIFY(waitLoaded(page, spy, 0));
        AnalyticsQuery q;
        q.from = QDate(2024, 3, 1);
        q.to = QDate(2024, 4, 30);
        q.timeZone = QTimeZone::systemTimeZone();
        int n = int(spy.count());
        page.setQuery(q);
        QVERIFY(waitLoaded(page, spy, n));
        OrderStore orders = m_db->store();
        QSignalSpy open(&page, &AnalyticsPage::openOrders);

        // A real mouse click on the middle of the first channel bar.
        ChartPanel* channels = page.panel(AnalyticsPage::Chart::Channels);
        QChart* chart = channels->chart();
        auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        const BreakdownRow first = page.result()->byChannel.first();
        QVERIFY(first.orders > 0);
        const QPointF scenePos =
            chart->mapToScene(chart->mapToPosition(QPointF(0, double(first.cents) / 200.0), bars));
        const QPoint viewPos = channels->view()->mapFromScene(scenePos);
        QTest::mouseClick(channels->view()->viewport(), Qt::LeftButton, {}, viewPos);
        QTRY_COMPARE(open.count(), 1);
        OrderFilter f = open.takeFirst().at(0).value<OrderFilter>();
        QCOMPARE(f.channels, QStringList{first.key});
        QCOMPARE(f.from, q.from);
        QCOMPARE(f.to, q.to);
        QCOMPARE(f.statuses, analytics::revenueStatuses());
        QCOMPARE(orders.count(f), first.orders);

        // A donut slice.
        auto* pie = qobject_cast<QPieSeries*>(
            page.panel(AnalyticsPage::Chart::Status)->chart()->series().value(0));
        QVERIFY(pie);
        QPieSlice* slice = pie->slices().first();
        const int statusIndex = slice->property("index").toInt();
        emit slice->clicked();
        QCOMPARE(open.count(), 1);
        f = open.takeFirst().at(0).value<OrderFilter>();
        const BreakdownRow st = page.result()->byStatus[statusIndex];
        QCOMPARE(f.statuses, QStringList{st.key});
        QCOMPARE(orders.count(f), st.orders);

        // A point of the orders-over-time chart: that bucket's orders.
        const auto f2 = page.drillDownFilter(AnalyticsPage::Chart::Orders, 3);
        QVERIFY(f2);
        QCOMPARE(orders.count(*f2), page.result()->series[3].orders);
        // A product bar: the keyword search for its SKU.
        const auto f3 = page.drillDownFilter(AnalyticsPage::Chart::TopRevenue, 0);
        QVERIFY(f3);
        QCOMPARE(f3->keyword, page.result()->topProductsByRevenue.first().key);
    }

    void staleAnswersNeverWin()
    {
        AnalyticsPage page(m_db->database(), test::adminSession());
        QSignalSpy spy(&page, &AnalyticsPage::loaded);
        QVERIFY(waitLoaded(page, spy, 0));
        const int n = int(spy.count());
        AnalyticsQuery a;
        a.from = QDate(2023, 12, 1);
        a.to = QDate(2024, 6, 15);
        AnalyticsQuery b = a;
        b.from = QDate(2024, 6, 1);
        b.granularity = Granularity::Day;
        // Many questions in a row; only the last one's answer may show.
        for (int i = 0; i < 5; ++i) {
            page.setQuery(a);
            page.setQuery(b);
        }
        QVERIFY(waitLoaded(page, spy, n));
        QTest::qWait(300);
        QCOMPARE(page.result()->query.from, b.from);
        QCOMPARE(page.result()->series.size(), 15);
    }

    void exports()
    {
        AnalyticsPage page(m_db->database(), test::adminSession());
        page.resize(1300, 1900); // tall enough to show every chart in the screenshot
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy spy(&page, &AnalyticsPage::loaded);
        QVERIFY(waitLoaded(page, spy, 0));
        AnalyticsQuery q;
        q.from = QDate(2024, 1, 1);
        q.to = QDate(2024, 6, 15);
        const int n = int(spy.count());
        page.setQuery(q);
        QVERIFY(waitLoaded(page, spy, n));
        QTemporaryDir dir;
        ChartPanel* products = page.panel(AnalyticsPage::Chart::TopRevenue);
        const QString png = dir.filePath(QStringLiteral("products.png"));
        QVERIFY(products->saveImage(png));
        QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() >= products->view()->width());
        const QString csv = dir.filePath(QStringLiteral("products.csv"));
        QVERIFY(products->saveCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("rank,sku,name,revenue,quantity,lines"));
        QCOMPARE(lines.size(), 11);
        QVERIFY(lines[1].startsWith(QStringLiteral("1,") +
                                    page.result()->topProductsByRevenue.first().key));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(page.saveReportPdf(pdf));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QCOMPARE(p.read(5), QByteArray("%PDF-"));
        if (const QString shot = qEnvironmentVariable("DOCKET_ANALYTICS_SCREENSHOT");
            !shot.isEmpty()) {
            page.grab().save(shot);
            QFile::remove(shot + QStringLiteral(".pdf"));
            QFile::copy(pdf, shot + QStringLiteral(".pdf"));
        }
    }

    void scopedManagerSeesOnlyTheirStore()
    {
        const Session retail = test::sessionWith(
            QStringLiteral("mara"), {Permission::ViewAnalytics, Permission::ViewOrders},
            Scope::ofChannels({QStringLiteral("retail")}));
        AnalyticsPage page(m_db->database(), retail);
        QSignalSpy spy(&page, &AnalyticsPage::loaded);
        QVERIFY(waitLoaded(page, spy, 0));
        AnalyticsQuery q;
        q.from = QDate(2024, 1, 1);
        q.to = QDate(2024, 6, 15);
        const int n = int(spy.count());
        page.setQuery(q);
        QVERIFY(waitLoaded(page, spy, n));
        QCOMPARE(page.result()->byChannel.size(), 1);
        QCOMPARE(page.result()->totals.orders,
                 test::queryValue(
                     m_db->connection(),
                     QStringLiteral("SELECT COUNT(*) FROM orders WHERE invalid_at IS "
                                    "NULL AND channel = 'retail' AND created_at >= "
                                    "? AND created_at < ?"),
                     {QDateTime(q.from, QTime(0, 0), q.timeZone).toSecsSinceEpoch(),
                      QDateTime(q.to.addDays(1), QTime(0, 0), q.timeZone).toSecsSinceEpoch()})
                     .toLongLong());
    }
};

QTEST_MAIN(TestUiAnalytics)
#include "test_ui_analytics.moc"
