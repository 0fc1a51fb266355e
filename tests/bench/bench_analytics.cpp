// Times each analytics figure on an existing database (default: a fresh
// 20,000-order one in a temporary folder, the smoke size CI runs):
//
//   bench_analytics [--database FILE] [--orders N] [--repeat R] [--cpu]
//
// For the 1M-order figures:  docketctl --database /tmp/a1m.db seed --orders 1000000
//                            bench_analytics --database /tmp/a1m.db
// Prints milliseconds per figure (best of R; wall clock, or with --cpu the
// thread's CPU time) for several periods, in UTC, Asia/Shanghai and
// Asia/Kolkata, and the resident memory before and after.

#include "db/database.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "seed/seeder.h"
#include "stores/analyticsstore.h"
#include "stores/orderstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace docket;

namespace {

long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& l : lines)
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

double threadCpuMs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

// Best of `repeat` runs: wall-clock milliseconds, or with `cpu` the thread's
// CPU milliseconds (what the figure costs on a machine shared with others).
bool g_cpu = false;

double best(int repeat, const std::function<void()>& fn)
{
    double min = 1e18;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        fn();
        const double wall = double(t.nsecsElapsed()) / 1e6;
        min = std::min(min, g_cpu ? threadCpuMs() - c0 : wall);
    }
    return min;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    QTextStream out(stdout);
    QTemporaryDir tmp;
    QString path = option(QStringLiteral("--database"), {});
    const int repeat = option(QStringLiteral("--repeat"), QStringLiteral("3")).toInt();
    g_cpu = args.contains(QStringLiteral("--cpu"));
    try {
        if (path.isEmpty()) {
            path = tmp.filePath(QStringLiteral("bench.db"));
            auto db = std::make_shared<Database>(DatabaseConfig::fromString(path));
            db->open(true);
            OrderStore orders(db->connection(), Session::localUser());
            SeedOptions o;
            o.orders = option(QStringLiteral("--orders"), QStringLiteral("20000")).toLongLong();
            seedOrders(orders, o);
        }
        auto db = std::make_shared<Database>(DatabaseConfig::fromString(path));
        db->open(false);
        const long rssBefore = residentKb();
        AnalyticsStore store(db->connection(), Session::localUser());
        const qint64 n =
            sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM orders"))
                .toLongLong();
        out << "orders: " << n << "  (" << path << ")\n";
        for (const char* zoneId : {"UTC", "Asia/Shanghai", "Asia/Kolkata"}) {
            const QTimeZone zone(zoneId);
            const auto [first, last] = store.dataRange(zone);
            if (!first.isValid()) {
                out << "no orders\n";
                return 0;
            }
            struct Period
            {
                const char* name;
                QDate from, to;
            };
            const Period periods[] = {
                {"last 7 days", last.addDays(-6), last},
                {"last month", QDate(last.year(), last.month(), 1).addMonths(-1),
                 QDate(last.year(), last.month(), 1).addDays(-1)},
                {"this year", QDate(last.year(), 1, 1), last},
                {"everything", first, last},
            };
            out << "\n" << zoneId << "\n";
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                       .arg(QStringLiteral("period"), -14)
                       .arg(QStringLiteral("series+kpi"), 11)
                       .arg(QStringLiteral("compare"), 9)
                       .arg(QStringLiteral("shipping"), 9)
                       .arg(QStringLiteral("regions"), 9)
                       .arg(QStringLiteral("products"), 9)
                       .arg(QStringLiteral("day-series"), 11)
                       .arg(QStringLiteral("all (load)"), 11);
            for (const Period& p : periods) {
                AnalyticsQuery q;
                q.from = p.from;
                q.to = p.to;
                q.timeZone = zone;
                const auto [cf, ct] = q.comparisonRange();
                PeriodTotals t;
                QList<BreakdownRow> st, ch;
                const double s = best(repeat, [&] { store.series(q, q.from, q.to, &t, &st, &ch); });
                const double c = best(repeat, [&] { store.series(q, cf, ct, &t); });
                const double sh = best(repeat, [&] { store.addShipping(q, q.from, q.to, &t); });
                const double r = best(repeat, [&] { store.revenueByRegion(q); });
                const double pr = best(repeat, [&] { store.topProducts(q); });
                AnalyticsQuery daily = q;
                daily.granularity = Granularity::Day;
                const double d = best(repeat, [&] { store.series(daily, q.from, q.to, &t); });
                const double all = best(repeat, [&] { store.load(q); });
                out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                           .arg(QLatin1String(p.name), -14)
                           .arg(s, 11, 'f', 1)
                           .arg(c, 9, 'f', 1)
                           .arg(sh, 9, 'f', 1)
                           .arg(r, 9, 'f', 1)
                           .arg(pr, 9, 'f', 1)
                           .arg(d, 11, 'f', 1)
                           .arg(all, 11, 'f', 1);
            }
        }
        out << "\nresident memory: " << rssBefore << " kB before, " << residentKb()
            << " kB after\n";
        out << "figures in milliseconds (" << (g_cpu ? "thread CPU time" : "wall clock")
            << "), best of " << repeat << "\n";
    } catch (const DocketError& e) {
        QTextStream(stderr) << e.message() << "\n";
        return 1;
    }
    return 0;
}
