// Times the archive page's searches (OrderStore::archived: the latest
// deleted orders, by number, by the customer's words, by order date) on an
// archive of deleted orders (issue 13). Default: a fresh database of 3,000
// orders with 2,000 of them deleted, the smoke size CI runs.
//
//   bench_archive [--database FILE] [--orders N] [--archive A] [--repeat R]
//
// With --database FILE that does not exist yet, FILE is made (N orders seeded,
// A of them invalidated and deleted to the archive) and kept, so the same
// archive can be searched by another build. A PostgreSQL URL
// (postgresql://...) gets the same once, while its archive is empty; later runs
// search what it holds. For the figures in the commit message:
//   bench_archive --database /tmp/arch100k.db --orders 110000 --archive 100000
// Prints milliseconds (wall clock, best of R) and the rows found per search,
// and the machine's load averages.

#include "db/database.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "seed/seeder.h"
#include "stores/orderstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>
#include <functional>

using namespace docket;

namespace {

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString loadAverages()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

void makeArchive(const QString& path, qint64 orders, qint64 archive, QTextStream& out)
{
    auto db = std::make_shared<Database>(DatabaseConfig::fromString(path));
    db->open(true);
    OrderStore store(db->connection(), Session::localUser());
    SeedOptions o;
    o.orders = orders;
    o.seed = 34;
    QElapsedTimer t;
    t.start();
    seedOrders(store, o);
    out << QStringLiteral("seeded %L1 orders in %2 s\n")
               .arg(orders)
               .arg(msSince(t) / 1000, 0, 'f', 1);
    OrderFilter every;
    every.validity = OrderFilter::Validity::All;
    const QList<qint64> ids = store.idsInRange(every, OrderSort{}, 0, archive);
    t.restart();
    store.invalidate(ids, QStringLiteral("Benchmark"));
    out << QStringLiteral("invalidated %L1 in %2 s\n")
               .arg(ids.size())
               .arg(msSince(t) / 1000, 0, 'f', 1);
    t.restart();
    store.deleteInvalid(ids);
    out << QStringLiteral("deleted %L1 to the archive in %2 s\n")
               .arg(ids.size())
               .arg(msSince(t) / 1000, 0, 'f', 1);
    out.flush();
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
    QString path = option(QStringLiteral("--database"), {});
    const int repeat = std::max(1, option(QStringLiteral("--repeat"), QStringLiteral("3")).toInt());
    const qint64 orders = option(QStringLiteral("--orders"), QStringLiteral("3000")).toLongLong();
    const qint64 archive = option(QStringLiteral("--archive"), QStringLiteral("2000")).toLongLong();
    try {
        if (path.isEmpty())
            path = tmp.filePath(QStringLiteral("archive.db"));
        const bool server = path.startsWith(QLatin1String("postgres"));
        bool made = !server && QFile::exists(path);
        if (server) {
            auto db = std::make_shared<Database>(DatabaseConfig::fromString(path));
            db->open(true);
            made =
                sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM order_archive"))
                    .toLongLong() > 0;
            db->closeConnection();
        }
        if (!made)
            makeArchive(path, orders, std::min(orders, archive), out);
        QElapsedTimer opening;
        opening.start();
        auto db = std::make_shared<Database>(DatabaseConfig::fromString(path));
        db->open(true); // upgrades an older archive in place
        out << QStringLiteral("opened (and upgraded) in %1 ms\n").arg(msSince(opening), 0, 'f', 1);
        OrderStore store(db->connection(), Session::localUser());
        const qint64 archived =
            sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM order_archive"))
                .toLongLong();
        // Search words and days from the archive itself: a customer's
        // surname (shared by many), one order's email (one customer), a word
        // nobody has, the week and the year before the newest order.
        const QList<ArchivedOrder> latest = store.archived({}, 1000);
        if (latest.isEmpty()) {
            out << "the archive is empty\n";
            return 1;
        }
        const ArchivedOrder& sample = latest.at(latest.size() / 2);
        const QString surname = sample.customerName.section(QLatin1Char(' '), -1);
        const QString email = sample.email;
        QDate newest;
        for (const ArchivedOrder& a : latest)
            newest = std::max(newest, a.orderedAt.toUTC().date());
        out << QStringLiteral("archive: %L1 deleted orders  (%2)\n").arg(archived).arg(path);

        struct Search
        {
            QString name;
            ArchiveFilter filter;
        };
        auto filter = [](QString number, QString keyword, QDate from = {}, QDate to = {}) {
            ArchiveFilter f(number);
            f.keyword = keyword;
            f.from = from;
            f.to = to;
            f.timeZone = QTimeZone::utc();
            return f;
        };
        const QDate weekAgo = newest.addDays(-37);
        const QList<Search> searches = {
            {QStringLiteral("latest 1,000"), filter({}, {})},
            {QStringLiteral("number prefix"),
             filter(sample.number.left(sample.number.size() - 2), {})},
            {QStringLiteral("customer: surname %1").arg(surname), filter({}, surname)},
            {QStringLiteral("customer: one email"), filter({}, email)},
            {QStringLiteral("customer: nobody"), filter({}, QStringLiteral("Zqxjvw"))},
            {QStringLiteral("ordered: a week"), filter({}, {}, weekAgo, weekAgo.addDays(6))},
            {QStringLiteral("ordered: a year"), filter({}, {}, newest.addYears(-1), newest)},
            {QStringLiteral("surname + a week"), filter({}, surname, weekAgo, weekAgo.addDays(6))},
            {QStringLiteral("nobody + a year"),
             filter({}, QStringLiteral("Zqxjvw"), newest.addYears(-1), newest)},
        };
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(QStringLiteral("search"), -34)
                   .arg(QStringLiteral("ms"), 9)
                   .arg(QStringLiteral("rows"), 6);
        for (const Search& s : searches) {
            double best = 1e18;
            qsizetype rows = 0;
            for (int r = 0; r < repeat; ++r) {
                QElapsedTimer t;
                t.start();
                rows = store.archived(s.filter, 1000).size();
                best = std::min(best, msSince(t));
            }
            out << QStringLiteral("%1 %2 %3\n").arg(s.name, -34).arg(best, 9, 'f', 1).arg(rows, 6);
        }
        out << QStringLiteral("wall clock, best of %1; load averages %2\n")
                   .arg(repeat)
                   .arg(loadAverages());
    } catch (const DocketError& e) {
        QTextStream(stderr) << e.message() << "\n";
        return 1;
    }
    return 0;
}
