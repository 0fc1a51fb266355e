// Times the catalogue and the stock ledger (issue 17) on an existing database
// (default: a fresh one in a temporary folder, the smoke size CI runs):
//
//   bench_stock [--database FILE | --pg URL] [--orders N] [--products P]
//               [--warehouses W] [--repeat R] [--stocktake-lines L]
//
// For the figures (100,000 products x 5 warehouses, 1M orders):
//   docketctl --database /tmp/s.db seed --orders 1000000
//   docketctl --database /tmp/s.db stock seed --products 100000 --warehouses 5
//   bench_stock --database /tmp/s.db
// Prints milliseconds per case (best of R, wall clock). Posting a stocktake
// and creating orders change the database (they append to it; run it on a copy).

#include "db/database.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "seed/seeder.h"
#include "seed/stockseeder.h"
#include "servercpu.h"
#include "stores/cataloguestore.h"
#include "stores/orderstore.h"
#include "stores/stockstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>
#include <functional>
#include <sqlite3.h>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace docket;

namespace {

double best(int repeat, const std::function<void()>& fn)
{
    double min = 1e18;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        min = std::min(min, double(t.nsecsElapsed()) / 1e6);
    }
    return min;
}

// The process's system CPU time in milliseconds (0 where unknown): the part
// of the CPU time that is the kernel's (reading and writing the database's
// pages), which instruction counts do not see.
double systemMs()
{
#ifdef Q_OS_UNIX
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_stime.tv_sec) * 1000.0 + double(u.ru_stime.tv_usec) / 1000.0;
#else
    return 0;
#endif
}

Order benchOrder(const QString& channel, const QList<Product>& products, int i)
{
    Order o;
    o.customerName = QStringLiteral("Bench Customer %1").arg(i);
    o.channel = channel;
    for (int l = 0; l < 3; ++l) {
        const Product& p = products[(i * 7 + l * 13) % products.size()];
        o.lines << OrderLine{0, 0, p.sku, p.name, 1 + l % 2, p.price};
    }
    return o;
}

// Pages SQLite wrote (to the WAL) on the connection so far; 0 on PostgreSQL.
qint64 pagesWritten(const QSqlDatabase& db)
{
    sqlite3* handle = sql::sqliteHandle(db);
    int now = 0, highest = 0;
    if (!handle ||
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_WRITE, &now, &highest, 0) != SQLITE_OK)
        return 0;
    return now;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    QTextStream out(stdout);
    QTemporaryDir tmp;
    QString target = option(QStringLiteral("--pg"), option(QStringLiteral("--database"), {}));
    const int repeat = option(QStringLiteral("--repeat"), QStringLiteral("3")).toInt();
    const int stocktakeLines =
        option(QStringLiteral("--stocktake-lines"), QStringLiteral("10000")).toInt();
    try {
        const Session admin = Session::localUser();
        if (target.isEmpty()) {
            target = tmp.filePath(QStringLiteral("bench.db"));
            auto db = std::make_shared<Database>(DatabaseConfig::fromString(target));
            db->open(true);
            OrderStore orders(db->connection(), admin);
            SeedOptions o;
            o.orders = option(QStringLiteral("--orders"), QStringLiteral("20000")).toLongLong();
            seedOrders(orders, o);
            StockSeedOptions s;
            s.products = option(QStringLiteral("--products"), QStringLiteral("2000")).toLongLong();
            s.warehouses = option(QStringLiteral("--warehouses"), QStringLiteral("3")).toInt();
            s.salesSized = false; // plenty of every product, as the figures so far had
            seedStock(db->connection(), admin, s);
        }
        auto db = std::make_shared<Database>(DatabaseConfig::fromString(target));
        db->open(false);
        const QSqlDatabase c = db->connection();
        CatalogueStore cat(c, admin);
        StockStore stock(c, admin);
        OrderStore orders(c, admin);
        auto count = [&](const char* table) {
            return sql::scalar(c,
                               QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                .toLongLong();
        };
        out << "orders " << count("orders") << ", products " << count("products") << ", warehouses "
            << count("warehouses") << ", stock rows " << count("stock_levels") << ", movements "
            << count("stock_movements") << "  (" << target << ")\n\n";
        auto row = [&](const QString& name, double ms, const QString& note = {}) {
            out << QStringLiteral("%1 %2 ms  %3\n").arg(name, -44).arg(ms, 9, 'f', 2).arg(note);
            out.flush();
        };

        // --cases create: only the order creation (for callgrind; the other
        // cases read the whole catalogue). --series with|without: only one of
        // the two series, the channel set (or not) once before it.
        const QString cases = option(QStringLiteral("--cases"), QStringLiteral("all"));
        const QString series = option(QStringLiteral("--series"), QStringLiteral("both"));
        const bool allCases = cases != QLatin1String("create");

        // The catalogue page: the count and the first 100 rows, per sort.
        CatalogueFilter all;
        for (const auto& [col, name] :
             {std::pair{ProductColumn::Sku, "SKU"}, std::pair{ProductColumn::Name, "name"},
              std::pair{ProductColumn::Price, "price"},
              std::pair{ProductColumn::Available, "available"}}) {
            if (!allCases)
                break;
            const CatalogueSort sort{col, Qt::AscendingOrder};
            row(QStringLiteral("catalogue first page, by %1").arg(QLatin1String(name)),
                best(repeat, [&] {
                    cat.count(all);
                    cat.page(all, sort, 0, 100);
                }));
        }
        const QList<ProductStock> first = cat.page(all, {}, 0, 100);
        const QString sku = first.isEmpty() ? QStringLiteral("SKU-1") : first.last().product.sku;
        const QString word = first.isEmpty() ? QStringLiteral("mug")
                                             : first.last()
                                                   .product.name.section(QLatin1Char(' '), 1, 1)
                                                   .remove(QLatin1Char(','));
        for (const QString& text : {sku.left(sku.size() - 1), sku, word, QStringLiteral("zzzq")}) {
            if (!allCases)
                break;
            CatalogueFilter f;
            f.text = text;
            qint64 n = 0;
            // (timed first: the count is printed after it is known)
            const double ms = best(repeat, [&] {
                n = cat.count(f);
                cat.page(f, {}, 0, 100);
            });
            row(QStringLiteral("search \"%1\"").arg(text), ms, QStringLiteral("%1 found").arg(n));
        }
        if (allCases) {
            qint64 low = 0;
            const double lowMs = best(repeat, [&] { low = cat.lowStockCount(); });
            row(QStringLiteral("low-stock count"), lowMs, QStringLiteral("%1 low").arg(low));
            CatalogueFilter lowOnly;
            lowOnly.lowOnly = true;
            row(QStringLiteral("low-stock list, first page"),
                best(repeat, [&] { cat.page(lowOnly, {}, 0, 100); }));
        }

        // Order creation with and without a reservation: the same orders in a
        // channel whose warehouse is set, then with none, the two taken in
        // turn (a machine whose load changes weighs on both alike); wall
        // clock and the process's CPU time, each the best of R. Switching the
        // channel's warehouse (untimed) releases and reserves again all its
        // open orders, the bench's earlier ones too: that is where their pile
        // of ledger rows comes from. A timed create writes its own order's
        // rows only (one per line: a reservation, or a backorder when the
        // warehouse has none left), which the output shows: "ledger rows"
        // counts all the rows a series appended, "own" those of its orders.
        // The orders' lines are the 100 active products with the most units
        // available in the channel's warehouse, so that a reserving create
        // mostly reserves (the output says how many lines were backordered).
        const QMap<QString, qint64> served = cat.channelWarehouses();
        QList<Product> products;
        if (!served.isEmpty()) {
            QSqlQuery q = sql::run(c,
                                   QStringLiteral("SELECT p.id, p.sku, p.name, p.unit_price_cents "
                                                  "FROM stock_levels l JOIN products p ON p.id = "
                                                  "l.product_id WHERE l.warehouse_id = ? AND "
                                                  "p.active = 1 ORDER BY l.on_hand - l.reserved "
                                                  "DESC, p.id LIMIT 100"),
                                   {served.first()});
            while (q.next()) {
                Product p;
                p.id = q.value(0).toLongLong();
                p.sku = q.value(1).toString();
                p.name = q.value(2).toString();
                p.price = Money::fromMinor(q.value(3).toLongLong());
                products << p;
            }
        }
        if (products.isEmpty())
            for (const ProductStock& p : first)
                products << p.product;
        if (!products.isEmpty() && !served.isEmpty()) {
            const QString ch = served.firstKey();
            const int n = 200;
            int k = 0;
            double with = 1e18, without = 1e18, withCpu = 1e18, withoutCpu = 1e18, withSys = 1e18,
                   withoutSys = 1e18, withServer = 1e18, withoutServer = 1e18;
            // The ledger rows a series appends, all of them and its own orders'
            // (a create reserves for its own order only: the two are equal).
            qint64 rowsWith = 0, ownWith = 0, rowsWithout = 0, ownWithout = 0, backWith = 0,
                   backWithout = 0, pagesWith = 0, pagesWithout = 0;
            auto create = [&](double& wall, double& cpu, double& sys, double& server, qint64& rows,
                              qint64& own, qint64& backordered, qint64& pages) {
                // Each series starts with an empty WAL: switching the channel
                // wrote thousands of rows, whose checkpoint would otherwise
                // fall on the series' first creates.
                if (sql::backendOf(c) == Backend::SQLite)
                    sql::run(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                const qint64 before = count("stock_movements");
                const qint64 pages0 = pagesWritten(c);
                const qint64 firstId =
                    sql::scalar(c, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders"))
                        .toLongLong();
                const double server0 = bench::serverCpuMs(c);
                const std::clock_t c0 = std::clock();
                const double s0 = systemMs();
                QElapsedTimer t;
                t.start();
                for (int i = 0; i < n; ++i)
                    orders.create(benchOrder(ch, products, k++));
                wall = std::min(wall, double(t.nsecsElapsed()) / 1e6);
                cpu = std::min(cpu, double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
                sys = std::min(sys, systemMs() - s0);
                if (server0 >= 0)
                    server = std::min(server, bench::serverCpuMs(c) - server0);
                pages += pagesWritten(c) - pages0;
                rows += count("stock_movements") - before;
                own += sql::scalar(c,
                                   QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE "
                                                  "order_id > ?"),
                                   {firstId})
                           .toLongLong();
                backordered += sql::scalar(c,
                                           QStringLiteral("SELECT COUNT(*) FROM stock_movements "
                                                          "WHERE order_id > ? AND kind = "
                                                          "'backorder'"),
                                           {firstId})
                                   .toLongLong();
            };
            for (int r = 0; r < repeat; ++r) {
                if (series != QLatin1String("without")) {
                    cat.setChannelWarehouse(ch, served.first());
                    create(with, withCpu, withSys, withServer, rowsWith, ownWith, backWith,
                           pagesWith);
                }
                if (series != QLatin1String("with")) {
                    cat.setChannelWarehouse(ch, 0);
                    create(without, withoutCpu, withoutSys, withoutServer, rowsWithout, ownWithout,
                           backWithout, pagesWithout);
                }
            }
            cat.setChannelWarehouse(ch, served.first());
            const double creates = double(n) * repeat;
            if (series != QLatin1String("without"))
                row(QStringLiteral("create %1 orders, reserving").arg(n), with,
                    QStringLiteral("%1 ms/order (CPU %2, of it system %6); ledger rows %3/order "
                                   "(own %4, of which backorders %5); pages written %7/order")
                        .arg(with / n, 0, 'f', 3)
                        .arg(withCpu / n, 0, 'f', 3)
                        .arg(rowsWith / creates, 0, 'f', 2)
                        .arg(ownWith / creates, 0, 'f', 2)
                        .arg(backWith / creates, 0, 'f', 2)
                        .arg(withSys / n, 0, 'f', 3)
                        .arg(pagesWith / creates, 0, 'f', 1));
            if (series != QLatin1String("with"))
                row(QStringLiteral("create %1 orders, no stock tracking").arg(n), without,
                    QStringLiteral("%1 ms/order (CPU %2, of it system %4); ledger rows %3/order; "
                                   "pages written %5/order")
                        .arg(without / n, 0, 'f', 3)
                        .arg(withoutCpu / n, 0, 'f', 3)
                        .arg(rowsWithout / creates, 0, 'f', 2)
                        .arg(withoutSys / n, 0, 'f', 3)
                        .arg(pagesWithout / creates, 0, 'f', 1));
            // PostgreSQL: the server process's CPU, best series of R.
            auto serverNote = [&](double ms) {
                return ms < 1e17 ? QStringLiteral("; server CPU %1 ms/order").arg(ms / n, 0, 'f', 3)
                                 : QString();
            };
            if (withServer < 1e17 || withoutServer < 1e17)
                out << QStringLiteral("server process CPU: reserving%1, without%2\n")
                           .arg(serverNote(withServer), serverNote(withoutServer));
            if (series == QLatin1String("both"))
                out << QStringLiteral("reserving costs %1% wall, %2% CPU, %3% user CPU\n")
                           .arg((with / without - 1) * 100, 0, 'f', 0)
                           .arg((withCpu / withoutCpu - 1) * 100, 0, 'f', 0)
                           .arg(((withCpu - withSys) / (withoutCpu - withoutSys) - 1) * 100, 0, 'f',
                                0);
        }

        // A stocktake of up to L lines in the best-stocked warehouse, posted.
        qint64 wh = 0;
        if (allCases) {
            QSqlQuery q = sql::run(c, QStringLiteral("SELECT warehouse_id FROM stock_levels "
                                                     "GROUP BY warehouse_id ORDER BY COUNT(*) DESC "
                                                     "LIMIT 1"));
            if (q.next())
                wh = q.value(0).toLongLong();
        }
        if (wh) {
            for (const Stocktake& s : stock.stocktakes(true))
                if (s.warehouseId == wh)
                    stock.cancelStocktake(s.id);
            QStringList skus;
            QSqlQuery q = sql::run(c,
                                   QStringLiteral("SELECT p.sku FROM stock_levels l JOIN "
                                                  "products p ON p.id = l.product_id WHERE "
                                                  "l.warehouse_id = ? AND p.active = 1 ORDER BY "
                                                  "p.id LIMIT ?"),
                                   {wh, stocktakeLines});
            while (q.next())
                skus << q.value(0).toString();
            QElapsedTimer t;
            t.start();
            const qint64 id = stock.startStocktake(wh, skus, QStringLiteral("bench"));
            const double start = double(t.nsecsElapsed()) / 1e6;
            QList<QPair<QString, qint64>> counts;
            int i = 0;
            for (const StocktakeLine& l : stock.stocktakeLines(id))
                counts.push_back({l.sku, std::max<qint64>(0, l.expected + (i++ % 3) - 1)});
            t.restart();
            stock.enterCounts(id, counts);
            const double enter = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            const int changed = stock.postStocktake(id);
            const double post = double(t.nsecsElapsed()) / 1e6;
            row(QStringLiteral("stocktake start, %1 lines").arg(skus.size()), start);
            row(QStringLiteral("stocktake enter %1 counts").arg(counts.size()), enter);
            row(QStringLiteral("stocktake post, %1 lines").arg(counts.size()), post,
                QStringLiteral("%1 variances").arg(changed));
        }

        if (!allCases)
            return 0;
        StockVerification v;
        const double verifyMs = best(1, [&] { v = stock.verify(); });
        row(QStringLiteral("stock verify (whole ledger)"), verifyMs,
            QStringLiteral("%1 movements, %2 rows, %3")
                .arg(v.movements)
                .arg(v.levels)
                .arg(v.ok() ? QStringLiteral("cache = ledger") : v.problems.first()));
        out << "\nfigures in milliseconds (wall clock), best of " << repeat << "\n";
        return v.ok() ? 0 : 1;
    } catch (const DocketError& e) {
        QTextStream(stderr) << e.message() << "\n";
        return 1;
    }
}
