// Times issue 15's targets on a copy of a seeded database (the copy takes the
// writes; the source file is never changed). Default: a fresh 20,000-order
// database in a temporary folder (the smoke size CI runs).
//
//   bench_fulfilment [--database FILE] [--orders N] [--repeat R]
//
// For the 1M-order figures:  docketctl --database /tmp/f1m.db seed --orders 1000000
//                            bench_fulfilment --database /tmp/f1m.db
// PostgreSQL: --database postgresql://USER@HOST:PORT/DB runs on that database
// itself (no copy: a throwaway one, seeded by docket-bench --backend postgres;
// the write cases change its orders).
// Cases (target on 1M orders, SQLite, in brackets):
//   evaluate      the review rules for one new order, all rules on   [< 1 ms]
//   queue-first   the review queue's first page, 10,000 waiting      [< 50 ms]
//   approve-10k   approving 10,000 reviewed orders, audited          [< 2 s]
//   ship-csv-10k  a 10,000-row shipment CSV: preview + commit        [< 5 s]
//   track-file-10k a carrier's tracking file of 10,000 rows (one event
//                 for each parcel ship-csv-10k shipped, every tenth
//                 "Delivered"): preview + commit, audited  [no target;
//                 the preview runs on the GUI thread, so it is printed]
//   due-first     the order list's first page sorted by Due, as the
//                 list reads it (orders_due_sort index)              [< 50 ms]
//   due-overdue   the first page of the "past deadline" filter
// Prints milliseconds per case (best of R; each write case on fresh orders).

#include "db/database.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "seed/seeder.h"
#include "servercpu.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "stores/reviewstore.h"
#include "stores/trackingfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>

using namespace docket;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

double timed(const std::function<void()>& fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

// This process's CPU time in milliseconds: on a machine shared with builds,
// the wall clock says more about the others than about Docket.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void report(const char* id, double ms, const char* target, const QString& note = {})
{
    out() << QStringLiteral("%1 %2 ms   (target %3)%4")
                 .arg(QLatin1String(id), -14)
                 .arg(ms, 10, 'f', 3)
                 .arg(QLatin1String(target))
                 .arg(note.isEmpty() ? QString() : QStringLiteral("  ") + note)
          << Qt::endl;
}

// "; server CPU N ms" on PostgreSQL (what the server process spent, which a
// loaded machine does not inflate as it does the wall time); empty on SQLite.
QString serverNote(double ms)
{
    return ms < 1e17 ? QStringLiteral("; server CPU %1 ms").arg(ms, 0, 'f', 0) : QString();
}

// `count` open orders not touched by an earlier run (id > `after`), oldest first.
QList<qint64> freshOrders(const QSqlDatabase& db, qint64 count, qint64* after)
{
    QList<qint64> ids;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT id FROM orders WHERE id > ? AND invalid_at IS "
                                          "NULL AND status IN ('shipped', 'delivered', 'paid', "
                                          "'processing') ORDER BY id LIMIT ?"),
                           {*after, count});
    while (q.next())
        ids << q.value(0).toLongLong();
    if (!ids.isEmpty())
        *after = ids.last();
    return ids;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString source;
    qint64 orders = 20000;
    int repeat = 3;
    // --drop-index NAME (repeatable): measure without that index, to see
    // what it is worth (shipment_lines_line, refund_lines_line).
    QStringList dropIndexes;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--database"))
            source = args[i + 1];
        else if (args[i] == QLatin1String("--orders"))
            orders = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--drop-index"))
            dropIndexes << args[i + 1];
    }
    QTemporaryDir dir;
    const bool postgres = source.startsWith(QLatin1String("postgresql://"));
    const QString path = postgres ? source : dir.filePath(QStringLiteral("bench.db"));
    try {
        if (postgres) {
            // used in place
        } else if (source.isEmpty()) {
            Database db(DatabaseConfig::fromString(path));
            db.open(true);
            {
                OrderStore store(db.connection(), Session::localUser());
                SeedOptions opt;
                opt.orders = orders;
                seedOrders(store, opt);
            }
            db.closeConnection();
        } else if (!QFile::copy(source, path)) {
            out() << "cannot copy " << source << Qt::endl;
            return 1;
        }
        Database db(DatabaseConfig::fromString(path));
        db.open(false); // migrates a database from before issue 15 in place
        QSqlDatabase c = db.connection();
        const Backend backend = sql::backendOf(c);
        for (const QString& index : dropIndexes) {
            sql::run(c, QStringLiteral("DROP INDEX \"%1\"").arg(index));
            out() << "without index " << index << Qt::endl;
        }
        const qint64 n = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
        out() << QStringLiteral("bench_fulfilment on %L1 orders, best of %2").arg(n).arg(repeat)
              << Qt::endl;
        const Session session = Session::localUser();
        OrderStore store(c, session);
        ReviewStore review(c, session);
        FulfilmentStore fulfil(c, session);
        const qint64 batch = std::min<qint64>(10000, n / (2 * repeat + 2));

        // evaluate: an order like a returning customer's, every rule on.
        {
            const qint64 id =
                sql::scalar(c, QStringLiteral("SELECT MAX(id) FROM orders WHERE email <> ''"))
                    .toLongLong();
            Order o = store.order(id);
            o.id = 0;
            double best = 1e9;
            for (int r = 0; r < repeat; ++r)
                best = std::min(best, timed([&] {
                                          for (int i = 0; i < 200; ++i)
                                              review.evaluate(o);
                                      }) / 200);
            report("evaluate", best, "1 ms");
        }

        // queue-first and approve-10k: `batch` orders put in review (untimed).
        double queueBest = 1e9;
        double approveBest = 1e9;
        double approveServer = 1e18;
        qint64 after = 0;
        for (int r = 0; r < repeat; ++r) {
            const QList<qint64> ids = freshOrders(c, batch, &after);
            {
                sql::WriteTransaction tx(c);
                const QVariant list = dialect::idListParam(backend, ids);
                const QString in = dialect::idListSubquery(backend);
                sql::run(c,
                         QStringLiteral("UPDATE orders SET review_state = 'waiting', status = "
                                        "'pending' WHERE id IN ") +
                             in,
                         {list});
                sql::run(c,
                         QStringLiteral("INSERT INTO review_findings(order_id, seq, rule, detail) "
                                        "SELECT id, 1, 'quantity', '{\"line\":1,\"sku\":\"X\","
                                        "\"quantity\":60,\"max\":50}' FROM orders WHERE id IN ") +
                             in,
                         {list});
                tx.commit();
            }
            queueBest = std::min(queueBest, timed([&] { review.queue(100); }));
            const double server0 = bench::serverCpuMs(c);
            approveBest = std::min(approveBest, timed([&] { review.approve(ids); }));
            if (server0 >= 0)
                approveServer = std::min(approveServer, bench::serverCpuMs(c) - server0);
        }
        report("queue-first", queueBest, "50 ms",
               QStringLiteral("%L1 waiting, first 100 with their reasons").arg(batch));
        report("approve-10k", approveBest, "2000 ms",
               QStringLiteral("%L1 orders%2").arg(batch).arg(serverNote(approveServer)));

        // ship-csv-10k: `batch` paid orders with nothing shipped (untimed), one CSV.
        double shipBest = 1e9;
        double shipCpu = 1e9, previewMs = 0, commitMs = 0, shipServer = 1e18;
        QList<QStringList> shippedNumbers; // each round's tracking numbers (dpd)
        for (int r = 0; r < repeat; ++r) {
            const QList<qint64> ids = freshOrders(c, batch, &after);
            {
                sql::WriteTransaction tx(c);
                sql::run(c,
                         QStringLiteral("UPDATE orders SET status = 'paid', review_state = '' "
                                        "WHERE id IN ") +
                             dialect::idListSubquery(backend),
                         {dialect::idListParam(backend, ids)});
                tx.commit();
            }
            QString csv = QStringLiteral("order,carrier,tracking\n");
            QSqlQuery q = sql::run(c,
                                   QStringLiteral("SELECT number FROM orders WHERE id IN ") +
                                       dialect::idListSubquery(backend),
                                   {dialect::idListParam(backend, ids)});
            qint64 k = 0;
            QStringList numbers;
            while (q.next()) {
                numbers << QString::number(10000000000000LL + r * 1000000LL + ++k);
                csv += q.value(0).toString() + QStringLiteral(",dpd,") + numbers.last() +
                       QLatin1Char('\n');
            }
            shippedNumbers << numbers;
            int shipped = 0;
            double preview = 0;
            const double cpu0 = cpuMs();
            const double server0 = bench::serverCpuMs(c);
            const double wall = timed([&] {
                QList<FulfilmentStore::ShipRow> rows;
                preview = timed([&] { rows = fulfil.previewShipments(csv); });
                shipped = fulfil.commitShipments(rows);
            });
            const double cpu = cpuMs() - cpu0;
            if (server0 >= 0)
                shipServer = std::min(shipServer, bench::serverCpuMs(c) - server0);
            if (wall < shipBest) {
                shipBest = wall;
                previewMs = preview;
                commitMs = wall - preview;
            }
            shipCpu = std::min(shipCpu, cpu);
            if (shipped != ids.size())
                throw DocketError(DocketError::Code::Invalid,
                                  QStringLiteral("shipped %1 of %2").arg(shipped).arg(ids.size()));
        }
        report("ship-csv-10k", shipBest, "5000 ms",
               QStringLiteral("%L1 rows (preview %2 ms + commit %3 ms; CPU %4 ms%5)")
                   .arg(batch)
                   .arg(previewMs, 0, 'f', 0)
                   .arg(commitMs, 0, 'f', 0)
                   .arg(shipCpu, 0, 'f', 0)
                   .arg(serverNote(shipServer)));

        // track-file-10k: a carrier's file with one event for each parcel a
        // ship-csv round shipped (a round's parcels once, so every row is a
        // new event), every tenth a delivery; preview and commit timed apart.
        {
            double best = 1e9, preview = 0, commit = 0, cpuBest = 1e9, server = 1e18;
            qint64 rowsIn = 0;
            const QString at = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
            for (int r = 0; r < repeat && r < shippedNumbers.size(); ++r) {
                QByteArray file = TrackingFile::header().toUtf8() + '\n';
                const QStringList& numbers = shippedNumbers[r];
                for (qsizetype i = 0; i < numbers.size(); ++i)
                    file += QStringLiteral("dpd,%1,%2,Hub %3,%4\n")
                                .arg(numbers[i], at)
                                .arg(i % 20)
                                .arg(i % 10 == 9 ? QStringLiteral("Delivered")
                                                 : QStringLiteral("In transit"))
                                .toUtf8();
                TrackingFile tracking(c, session);
                QList<TrackingFileRow> rows;
                TrackingResult done;
                const double cpu0 = cpuMs();
                const double server0 = bench::serverCpuMs(c);
                const double p = timed([&] { rows = tracking.preview(file); });
                const double w = timed([&] { done = tracking.commit(rows); });
                if (server0 >= 0)
                    server = std::min(server, bench::serverCpuMs(c) - server0);
                cpuBest = std::min(cpuBest, cpuMs() - cpu0);
                if (done.added != numbers.size())
                    throw DocketError(
                        DocketError::Code::Invalid,
                        QStringLiteral("tracked %1 of %2").arg(done.added).arg(numbers.size()));
                rowsIn = numbers.size();
                if (p + w < best) {
                    best = p + w;
                    preview = p;
                    commit = w;
                }
            }
            report("track-file-10k", best, "none",
                   QStringLiteral("%L1 rows (preview %2 ms + commit %3 ms; CPU %4 ms%5)")
                       .arg(rowsIn)
                       .arg(preview, 0, 'f', 0)
                       .arg(commit, 0, 'f', 0)
                       .arg(cpuBest, 0, 'f', 0)
                       .arg(serverNote(server)));
        }

        // due-first: the list's first page (200 rows) by the Due column,
        // through OrderStore::page as the list reads it; due-overdue: the
        // first page of the "past deadline" filter, by the same sort.
        for (const bool overdueOnly : {false, true}) {
            OrderFilter f;
            if (overdueOnly)
                f.due = OrderFilter::Due::Overdue;
            double best = 1e9;
            qint64 rows = 0;
            for (int r = 0; r < repeat; ++r)
                best = std::min(
                    best, timed([&] {
                        rows = store.page(f, {OrderColumn::Due, Qt::AscendingOrder}, 200).size();
                    }));
            report(overdueOnly ? "due-overdue" : "due-first", best, "50 ms",
                   QStringLiteral("%L1 rows").arg(rows));
        }
        const QStringList problems = fulfil.verify();
        out() << (problems.isEmpty() ? QStringLiteral("verify: records, caches and statuses agree")
                                     : QStringLiteral("verify: ") + problems.first())
              << Qt::endl;
        return 0;
    } catch (const DocketError& e) {
        out() << "bench_fulfilment: " << e.message() << Qt::endl;
        return 1;
    }
}
