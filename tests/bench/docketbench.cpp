// docket-bench: how fast Docket is, how its cost grows with the number of
// orders, and how close it comes to what the database itself can do.
//
// Every case is timed --repeat times after one untimed warm-up run and
// reported as median (min-max). Two baselines answer the same question on the
// same database:
//   raw    the SQL Docket ran (recorded during the warm-up run, see
//          sqlcapture.h), replayed through the sqlite3 C API: the physical
//          limit. Ratio = Docket / raw.
//   naive  QSqlTableModel + QSortFilterProxyModel, the way Qt's examples
//          teach (naive.h), capped by --naive-timeout. Ratio = naive / Docket.
// Batch writes run on a copy of the database (made after a WAL checkpoint), so
// the seeded file is never changed.

#include "filterbar.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "naive.h"
#include "orderspage.h"
#include "settings.h"
#include "sqlcapture.h"

#include "db/database.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "domain/session.h"
#include "items/ordertablemodel.h"
#include "seed/seeder.h"
#include "stores/analyticsstore.h"
#include "stores/databaselogin.h"
#include "stores/orderfilter.h"
#include "stores/orderstore.h"
#include "stores/userstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <sqlite3.h>
#include <stdexcept>

using namespace docket;
using bench::CapturedStatement;

namespace {

// Seeded databases are reproducible: same seed, same "now".
constexpr quint64 kSeed = 42;
constexpr qint64 kSeedNow = 1751284800; // 2025-06-30 12:00 UTC
constexpr int kWaitMs = 300'000;        // a case that takes longer is broken

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

struct Options
{
    qint64 orders = 1'000'000;
    bool ordersGiven = false;
    QString database;
    QString workdir;
    QString backend = QStringLiteral("sqlite");
    int repeat = 5;
    double naiveTimeoutS = 20;
    QString json;
    bool scaling = false;
    QList<qint64> sizes{10'000, 100'000, 1'000'000, 10'000'000};
    QRegularExpression cases; // empty pattern = all
    bool naive = true;
    bool batch = true;
    bool rss = true;
    bool charts = true;
    // PostgreSQL: run the cases as a Docket user's own login (a team desk).
    bool login = false;
    // child mode
    bool scrollRss = false;
};

void usage()
{
    out() << "Usage: docket-bench [OPTIONS]\n"
             "  --orders N            orders in the benchmark database (default 1000000)\n"
             "  --database PATH       use (or seed) this SQLite file; default WORKDIR/bench-N.db\n"
             "  --workdir DIR         where seeded databases are cached (default "
          << QDir::tempPath()
          << "/docket-bench)\n"
             "  --backend sqlite|postgres\n"
             "  --repeat N            timed runs per case after one warm-up (default 5)\n"
             "  --naive-timeout S     cap for each naive Qt run (default 20)\n"
             "  --json FILE           one object per case\n"
             "  --scaling [--sizes 10000,100000,1000000,10000000]\n"
             "                        run every size (seeding missing ones into WORKDIR)\n"
             "                        and print how each case grows\n"
             "  --cases REGEX         only cases whose id matches\n"
             "  --no-naive --no-batch --no-rss --no-charts   skip those parts\n"
             "  --login               PostgreSQL: run every case as a Docket administrator's own\n"
             "                        login (row-level security and the server's functions in\n"
             "                        play), as a team desk does; the account is made if missing\n"
             "  --scroll-rss          (internal) open the model, scroll it, print VmHWM\n";
}

// ---------------------------------------------------------------- results

struct Sample
{
    QList<double> values;
    bool available = false;
    bool timedOut = false; // values empty, the cap was hit
    double cap = 0;
    QString note; // why unavailable

    double median() const
    {
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        const qsizetype n = v.size();
        if (!n)
            return 0;
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    double min() const { return *std::min_element(values.begin(), values.end()); }
    double max() const { return *std::max_element(values.begin(), values.end()); }
    bool has() const { return available && !values.isEmpty(); }
    static Sample none(const QString& why)
    {
        Sample s;
        s.note = why;
        return s;
    }
};

struct CaseResult
{
    QString id;
    QString title;
    QString unit = QStringLiteral("ms");
    qint64 n = 0;
    Sample docket;
    Sample raw;
    Sample naive;
    std::optional<double> target; // in `unit`; met when the median is below
    qint64 rows = -1;             // result size, where it helps
    QString note;
    bool rawTarget = false;   // Docket should be within 2x of raw
    bool naiveTarget = false; // Docket should be 50x faster than naive
};

QString fmt(double v)
{
    if (v >= 100)
        return QString::number(v, 'f', 0);
    if (v >= 10)
        return QString::number(v, 'f', 1);
    if (v >= 1)
        return QString::number(v, 'f', 2);
    return QString::number(v, 'f', 3);
}

QString sampleText(const Sample& s, bool spread)
{
    if (s.timedOut)
        return QStringLiteral("> %1 s").arg(s.cap / 1000, 0, 'f', 0);
    if (!s.has())
        return QStringLiteral("-");
    QString t = fmt(s.median());
    if (spread && s.values.size() > 1)
        t += QStringLiteral(" (%1-%2)").arg(fmt(s.min()), fmt(s.max()));
    return t;
}

QString rawRatioText(const CaseResult& c)
{
    if (!c.docket.has() || !c.raw.has() || c.raw.median() <= 0)
        return QStringLiteral("-");
    return QStringLiteral("%1x").arg(c.docket.median() / c.raw.median(), 0, 'f', 2);
}

QString naiveRatioText(const CaseResult& c)
{
    if (!c.docket.has() || c.docket.median() <= 0)
        return QStringLiteral("-");
    if (c.naive.timedOut)
        return QStringLiteral("> %1x").arg(c.naive.cap / c.docket.median(), 0, 'f', 0);
    if (!c.naive.has())
        return QStringLiteral("-");
    return QStringLiteral("%1x").arg(c.naive.median() / c.docket.median(), 0, 'f', 0);
}

// "ok", "MISS" or "" for each target of a case.
QString verdict(const CaseResult& c)
{
    QStringList misses;
    bool any = false;
    if (c.target && c.docket.has()) {
        any = true;
        if (c.docket.median() >= *c.target)
            misses << QStringLiteral("time");
    }
    if (c.rawTarget && c.docket.has() && c.raw.has()) {
        any = true;
        if (c.docket.median() > 2 * c.raw.median())
            misses << QStringLiteral("raw");
    }
    if (c.naiveTarget && c.docket.has() && (c.naive.has() || c.naive.timedOut)) {
        any = true;
        const double naive = c.naive.timedOut ? c.naive.cap : c.naive.median();
        if (naive < 50 * c.docket.median())
            misses << QStringLiteral("naive");
    }
    if (!any)
        return {};
    return misses.isEmpty() ? QStringLiteral("ok") : QStringLiteral("MISS ") + misses.join(u',');
}

QString targetText(const CaseResult& c)
{
    if (!c.target)
        return {};
    return QStringLiteral("< %1 %2").arg(fmt(*c.target), c.unit);
}

QString pad(const QString& s, int width, bool right = false)
{
    if (s.size() >= width)
        return s;
    const QString fill(width - s.size(), QLatin1Char(' '));
    return right ? fill + s : s + fill;
}

void printTable(const QList<CaseResult>& results, qint64 n, const QString& backend, int repeat)
{
    out() << "\n"
          << QStringLiteral("Docket at %L1 orders (%2), median (min-max) of %3 runs")
                 .arg(n)
                 .arg(backend)
                 .arg(repeat)
          << "\n";
    const int w[] = {56, 24, 10, 8, 10, 9, 11, 12};
    out() << pad(QStringLiteral("case"), w[0]) << pad(QStringLiteral("Docket"), w[1])
          << pad(backend == QLatin1String("postgres") ? QStringLiteral("raw libpq")
                                                      : QStringLiteral("raw C API"),
                 w[2], true)
          << pad(QStringLiteral("/raw"), w[3], true) << pad(QStringLiteral("naive Qt"), w[4], true)
          << pad(QStringLiteral("naive/"), w[5], true) << "  "
          << pad(QStringLiteral("target"), w[6]) << "verdict\n";
    out() << QString(140, QLatin1Char('-')) << "\n";
    for (const CaseResult& c : results) {
        QString docket = sampleText(c.docket, true);
        if (c.docket.has() && c.unit != QLatin1String("ms"))
            docket += QLatin1Char(' ') + c.unit;
        if (!c.docket.has() && !c.docket.note.isEmpty())
            docket = c.docket.note;
        out() << pad(c.title, w[0]) << pad(docket, w[1])
              << pad(sampleText(c.raw, false), w[2], true) << pad(rawRatioText(c), w[3], true)
              << pad(sampleText(c.naive, false), w[4], true) << pad(naiveRatioText(c), w[5], true)
              << "  " << pad(targetText(c), w[6]) << verdict(c);
        if (!c.note.isEmpty())
            out() << "  " << c.note;
        out() << "\n";
    }
    out().flush();
}

QJsonObject toJson(const CaseResult& c, const QString& backend)
{
    auto sampleJson = [](const Sample& s) {
        QJsonObject o;
        if (s.timedOut) {
            o[QStringLiteral("timed_out")] = true;
            o[QStringLiteral("timeout_ms")] = s.cap;
        } else if (s.has()) {
            o[QStringLiteral("median")] = s.median();
            o[QStringLiteral("min")] = s.min();
            o[QStringLiteral("max")] = s.max();
            QJsonArray runs;
            for (double v : s.values)
                runs.append(v);
            o[QStringLiteral("runs")] = runs;
        } else {
            o[QStringLiteral("unavailable")] = s.note;
        }
        return o;
    };
    QJsonObject o;
    o[QStringLiteral("case")] = c.id;
    o[QStringLiteral("title")] = c.title;
    o[QStringLiteral("n")] = c.n;
    o[QStringLiteral("backend")] = backend;
    o[QStringLiteral("unit")] = c.unit;
    if (c.docket.has()) {
        o[QStringLiteral("docket_median")] = c.docket.median();
        o[QStringLiteral("docket_min")] = c.docket.min();
        o[QStringLiteral("docket_max")] = c.docket.max();
    }
    // The primary baseline: the raw C API, else the naive Qt model.
    if (c.raw.has()) {
        o[QStringLiteral("baseline")] = backend == QLatin1String("postgres")
                                            ? QStringLiteral("raw libpq")
                                            : QStringLiteral("raw C API");
        o[QStringLiteral("baseline_median")] = c.raw.median();
        if (c.docket.has())
            o[QStringLiteral("ratio")] = c.docket.median() / c.raw.median();
    } else if (c.naive.has() || c.naive.timedOut) {
        o[QStringLiteral("baseline")] = QStringLiteral("naive Qt");
        o[QStringLiteral("baseline_median")] =
            c.naive.timedOut ? QJsonValue(QStringLiteral("> %1 s").arg(c.naive.cap / 1000))
                             : QJsonValue(c.naive.median());
    }
    QJsonObject baselines;
    baselines[QStringLiteral("raw")] = sampleJson(c.raw);
    baselines[QStringLiteral("naive")] = sampleJson(c.naive);
    o[QStringLiteral("baselines")] = baselines;
    if (c.docket.has() && c.raw.has())
        o[QStringLiteral("ratio_docket_to_raw")] = c.docket.median() / c.raw.median();
    if (c.docket.has() && c.naive.has())
        o[QStringLiteral("ratio_naive_to_docket")] = c.naive.median() / c.docket.median();
    if (c.target)
        o[QStringLiteral("target")] = *c.target;
    if (c.rows >= 0)
        o[QStringLiteral("rows")] = c.rows;
    const QString v = verdict(c);
    if (!v.isEmpty())
        o[QStringLiteral("verdict")] = v;
    if (!c.note.isEmpty())
        o[QStringLiteral("note")] = c.note;
    return o;
}

// ---------------------------------------------------------------- helpers

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `ready` holds (queued results from the loader
// thread arrive as events). False on timeout.
bool waitFor(const std::function<bool()>& ready, int timeoutMs = kWaitMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!ready()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void mustWait(const std::function<bool()>& ready, const char* what)
{
    if (!waitFor(ready))
        fail(QStringLiteral("timed out waiting for %1").arg(QLatin1String(what)));
}

qint64 vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool rowLoaded(const OrderTableModel& m, int row)
{
    return m.data(m.index(row, 0), OrderTableModel::LoadedRole).toBool();
}

// Every row of the page holding `row` is loaded (asks for it if not).
bool pageReady(const OrderTableModel& m, int row)
{
    if (row >= m.rowCount())
        return false;
    const int first = row / OrderTableModel::kPageSize * OrderTableModel::kPageSize;
    const int last = std::min(first + OrderTableModel::kPageSize, m.rowCount()) - 1;
    return rowLoaded(m, first) && rowLoaded(m, last);
}

// The first page is in, or the list is known to be empty.
bool firstPageReady(const OrderTableModel& m)
{
    if (m.rowCount() == 0)
        return m.isCountExact();
    return pageReady(m, 0);
}

// A SQLite file path or a postgresql:// URL, as everywhere in Docket.
DatabaseConfig sqliteConfig(const QString& path)
{
    return DatabaseConfig::fromString(path);
}

bool isPostgres(const QString& database)
{
    return sqliteConfig(database).backend == Backend::PostgreSQL;
}

// --login: the Docket account the cases run as, with its own PostgreSQL login.
const QString kLoginName = QStringLiteral("docket_bench");
const QString kLoginPassword = QStringLiteral("docket-bench-login");

// The connection settings for `path`: as its URL says, or (--login) as the
// benchmark's Docket login.
DatabaseConfig benchConfig(const QString& path, bool login)
{
    DatabaseConfig c = sqliteConfig(path);
    if (login && c.backend == Backend::PostgreSQL) {
        c.user = kLoginName;
        c.password = kLoginPassword;
    }
    return c;
}

// Who the cases act as: the login's Docket session, or the local user.
Session benchSession(const QSqlDatabase& db, bool login)
{
    if (!login)
        return Session::localUser();
    const std::optional<Session> s = sessionOfDatabaseLogin(db);
    if (!s)
        fail(QStringLiteral("the --login connection is not a Docket login"));
    return *s;
}

// Makes the benchmark's administrator account (all orders) on `path` if it
// is missing, through Docket (so its login role is made as for any user).
void ensureLogin(const QString& path)
{
    Database db(sqliteConfig(path));
    db.open(false);
    AccountPolicy policy;
    policy.strength = HashStrength::Minimum;
    UserStore users(db.connection(), Session::localUser(), policy);
    try {
        users.user(kLoginName);
    } catch (const DocketError& e) {
        if (e.code() != DocketError::Code::NotFound)
            throw;
        users.addUser({kLoginName, QStringLiteral("docket-bench"), kLoginPassword,
                       QStringLiteral("administrator"), Scope::all()});
    }
    db.closeConnection();
}

#ifdef DOCKET_BENCH_LIBPQ
QByteArray conninfo(const DatabaseConfig& c, const QString& databaseName = {})
{
    auto quoted = [](QString v) {
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + v + QLatin1Char('\'');
    };
    QStringList parts{
        QStringLiteral("host=") + quoted(c.host), QStringLiteral("port=%1").arg(c.port),
        QStringLiteral("dbname=") + quoted(databaseName.isEmpty() ? c.databaseName : databaseName),
        QStringLiteral("connect_timeout=5")};
    if (!c.user.isEmpty())
        parts << QStringLiteral("user=") + quoted(c.user);
    if (!c.password.isEmpty())
        parts << QStringLiteral("password=") + quoted(c.password);
    if (!c.sslMode.isEmpty())
        parts << QStringLiteral("sslmode=") + quoted(c.sslMode);
    return parts.join(QLatin1Char(' ')).toUtf8();
}

// Runs commands on the server's maintenance database (CREATE/DROP DATABASE).
void pgAdmin(const DatabaseConfig& c, const QStringList& commands)
{
    bench::PgRawConnection admin(conninfo(c, QStringLiteral("postgres")));
    for (const QString& command : commands)
        admin.exec(command.toUtf8());
}

bool pgDatabaseExists(const DatabaseConfig& c)
{
    bench::PgRawConnection admin(conninfo(c, QStringLiteral("postgres")));
    const QString name = c.databaseName;
    return admin.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'")
                          .arg(QString(name).replace(QLatin1Char('\''), QStringLiteral("''")))
                          .toUtf8()) > 0;
}

QString quoteIdentifier(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}
#endif

QString machineDescription()
{
    QString cpu;
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    qint64 memKb = 0;
    QFile m(QStringLiteral("/proc/meminfo"));
    if (m.open(QIODevice::ReadOnly))
        for (const QByteArray& line : m.readAll().split('\n'))
            if (line.startsWith("MemTotal:"))
                memKb = line.mid(9).trimmed().split(' ').first().toLongLong();
    return QStringLiteral("%1 x %2, %3 GB RAM, %4, SQLite %5, Qt %6")
        .arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu)
        .arg(double(memKb) / 1024 / 1024, 0, 'f', 1)
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(sqlite3_libversion()),
             QString::fromLatin1(qVersion()));
}

// Makes sure `path` holds a seeded database of `n` orders (n <= 0: whatever is
// there). Returns the number of orders.
// A cached file (`disposable`) that no longer opens, e.g. made by a build
// with other migrations, is seeded again.
qint64 ensureDatabase(const QString& path, qint64 n, bool disposable = true)
{
    const bool postgres = isPostgres(path);
    // Two benchmarks started at once (CI jobs sharing $TMPDIR) seed a file once.
    std::unique_ptr<QLockFile> lock;
    if (!postgres) {
        lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->lock())
            fail(QStringLiteral("cannot lock %1.lock").arg(path));
    }
#ifdef DOCKET_BENCH_LIBPQ
    if (postgres && !pgDatabaseExists(sqliteConfig(path)))
        pgAdmin(sqliteConfig(path), {QStringLiteral("CREATE DATABASE %1")
                                         .arg(quoteIdentifier(sqliteConfig(path).databaseName))});
#endif
    bool exists = postgres || QFileInfo::exists(path);
    if (!exists && n <= 0)
        fail(QStringLiteral("%1 does not exist; give --orders to seed it").arg(path));
    auto db = std::make_shared<Database>(sqliteConfig(path));
    try {
        // A PostgreSQL database made just above (or by hand) is empty: create
        // Docket's schema in it; one that holds Docket's is only migrated.
        db->open(postgres || !exists);
    } catch (const DocketError& e) {
        if (!exists || !disposable || n <= 0 || postgres)
            throw;
        out() << QStringLiteral("Seeding %1 again: %2").arg(path, e.message()) << Qt::endl;
        db->closeConnection();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        exists = false;
        db = std::make_shared<Database>(sqliteConfig(path));
        db->open(true);
    }
    qint64 have =
        sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    if (have == 0 && n > 0) {
        out() << QStringLiteral("Seeding %L1 orders into %2 ...").arg(n).arg(path) << Qt::endl;
        QElapsedTimer t;
        t.start();
        OrderStore store(db->connection(), Session::localUser());
        SeedOptions o;
        o.orders = n;
        o.seed = kSeed;
        o.now = kSeedNow;
        seedOrders(store, o);
        out()
            << QStringLiteral("Seeded %L1 orders in %2 s.").arg(n).arg(msSince(t) / 1000, 0, 'f', 1)
            << Qt::endl;
        have = n;
    } else if (n > 0 && have != n) {
        fail(QStringLiteral("%1 holds %2 orders, not %3: give another --database or --workdir, "
                            "or leave out --orders to use it as it is")
                 .arg(path)
                 .arg(have)
                 .arg(n));
    }
    // Every database of the connection. (After the seeder's bulk path, which
    // leaves WAL mode during the load, this failed with SQLITE_LOCKED until
    // the seeder opened the WAL again before returning: see seeder.cpp.)
    if (!postgres)
        sql::run(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db->closeConnection();
    return have;
}

// ---------------------------------------------------------------- the bench

class Bench
{
public:
    Bench(const Options& opt, QString path, qint64 n) : m_opt(opt), m_path(std::move(path)), m_n(n)
    {
    }
    QList<CaseResult> run();

private:
    bool selected(const QString& id) const
    {
        return m_opt.cases.pattern().isEmpty() || m_opt.cases.match(id).hasMatch();
    }
    CaseResult& add(const QString& id, const QString& title)
    {
        CaseResult c;
        c.id = id;
        c.title = title;
        c.n = m_n;
        m_results.push_back(c);
        return m_results.back();
    }

    struct ModelCase
    {
        std::function<void(int)> prepare; // untimed
        std::function<void(int)> act;     // the clock starts here...
        std::function<bool()> ready;      // ...and stops when this holds
    };
    Sample timeModel(const ModelCase& c, QList<CapturedStatement>* captured);
    Sample timeSync(const std::function<void(int)>& act, QList<CapturedStatement>* captured,
                    const std::function<void(int)>& prepare = {});
    Sample timeRaw(const QList<CapturedStatement>& statements);
    void replayRaw(const QList<CapturedStatement>& statements,
                   const QHash<qint64, qint64>& idMap = {});
    QSqlDatabase naiveConnection();
    void closeAll();
    Sample timeNaive(const std::function<bool(const QDeadlineTimer&, int)>& act,
                     const std::function<void(int)>& prepare = {});
    static QList<CapturedStatement> loaderStatements(const QList<CapturedStatement>& all,
                                                     bool counts);

    void resetModel(const OrderFilter& f = {}, const OrderSort& s = {});
    void setup();
    void openCase();
    void jumpCases();
    void sortCase();
    void allOrdersSortCases();
    void filterCases();
    void windowCase();
    void signInCase();
    void badgeCase();
    void chartCases();
    void batchCases();
    void numberBatchCases();
    void rssCase();

    const Options& m_opt;
    QString m_path;
    qint64 m_n;
    QList<CaseResult> m_results;

    std::shared_ptr<Database> m_db;
    Session m_session; // who the cases act as (--login: the login's session)
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OrderTableModel> m_model;
    bool m_postgres = false;
    std::unique_ptr<bench::RawConnection> m_raw;
#ifdef DOCKET_BENCH_LIBPQ
    std::unique_ptr<bench::PgRawConnection> m_pgRaw;
#endif
    std::unique_ptr<bench::NaiveOrders> m_naive; // fully loaded, or null
    bool m_naiveTimedOut = false;
    int m_naiveConnections = 0;

    qint64 m_midId = 0;
    QString m_sku;
    QDate m_monthFirst, m_monthLast;
};

QList<CapturedStatement> Bench::loaderStatements(const QList<CapturedStatement>& all, bool counts)
{
    QList<CapturedStatement> out;
    for (const CapturedStatement& s : all)
        if (!s.mainThread && !s.sql.startsWith("PRAGMA") && (counts || !bench::isCount(s)))
            out.push_back(s);
    return out;
}

Sample Bench::timeModel(const ModelCase& c, QList<CapturedStatement>* captured)
{
    Sample s;
    s.available = true;
    // Warm-up, recording the SQL for the raw baseline.
    c.prepare(m_opt.repeat);
    bench::SqlCapture::start();
    c.act(m_opt.repeat);
    const bool ok = waitFor(c.ready);
    const QList<CapturedStatement> all = bench::SqlCapture::stop();
    if (!ok)
        fail(QStringLiteral("a model case did not finish"));
    if (qEnvironmentVariableIsSet("DOCKET_BENCH_SQL"))
        for (const CapturedStatement& st : all)
            qInfo().noquote() << (st.mainThread ? "SQL main  " : "SQL worker") << st.rows
                              << "rows:" << st.sql << st.binds;
    if (captured)
        *captured = all;
    for (int r = 0; r < m_opt.repeat; ++r) {
        c.prepare(r);
        QElapsedTimer t;
        t.start();
        c.act(r);
        mustWait(c.ready, "the model");
        s.values << msSince(t);
    }
    return s;
}

Sample Bench::timeSync(const std::function<void(int)>& act, QList<CapturedStatement>* captured,
                       const std::function<void(int)>& prepare)
{
    Sample s;
    s.available = true;
    if (prepare)
        prepare(m_opt.repeat);
    bench::SqlCapture::start();
    act(m_opt.repeat);
    const QList<CapturedStatement> all = bench::SqlCapture::stop();
    if (captured)
        for (const CapturedStatement& st : all)
            if (st.mainThread)
                captured->push_back(st);
    for (int r = 0; r < m_opt.repeat; ++r) {
        if (prepare)
            prepare(r);
        QElapsedTimer t;
        t.start();
        act(r);
        s.values << msSince(t);
    }
    return s;
}

Sample Bench::timeRaw(const QList<CapturedStatement>& statements)
{
    if (statements.isEmpty())
        return Sample::none(QStringLiteral("no SQL"));
    Sample s;
    s.available = true;
    replayRaw(statements); // warm-up
    for (int r = 0; r < m_opt.repeat; ++r) {
        QElapsedTimer t;
        t.start();
        replayRaw(statements);
        s.values << msSince(t);
    }
    return s;
}

void Bench::replayRaw(const QList<CapturedStatement>& statements,
                      const QHash<qint64, qint64>& idMap)
{
#ifdef DOCKET_BENCH_LIBPQ
    if (m_postgres) {
        m_pgRaw->replay(statements, idMap);
        return;
    }
#endif
    bench::replay(m_raw->handle(), statements, idMap);
}

QSqlDatabase Bench::naiveConnection()
{
    const DatabaseConfig c = sqliteConfig(m_path);
    const QString name = QStringLiteral("naive-%1").arg(++m_naiveConnections);
    QSqlDatabase qdb;
    if (m_postgres) {
        qdb = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        qdb.setHostName(c.host);
        qdb.setPort(c.port);
        qdb.setDatabaseName(c.databaseName);
        qdb.setUserName(c.user);
        qdb.setPassword(c.password);
    } else {
        qdb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        qdb.setDatabaseName(c.path);
    }
    if (!qdb.open())
        fail(QStringLiteral("the naive model cannot open %1").arg(c.displayName()));
    return qdb;
}

// Closes every connection of the benchmark's to the database (PostgreSQL
// copies a database only while nobody is connected to it).
void Bench::closeAll()
{
    m_naive.reset();
    m_model.reset();
    for (int i = 1; i <= m_naiveConnections; ++i) {
        const QString name = QStringLiteral("naive-%1").arg(i);
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    m_naiveConnections = 0;
    m_store.reset();
    m_raw.reset();
#ifdef DOCKET_BENCH_LIBPQ
    m_pgRaw.reset();
#endif
    if (m_db)
        m_db->closeConnection();
}

Sample Bench::timeNaive(const std::function<bool(const QDeadlineTimer&, int)>& act,
                        const std::function<void(int)>& prepare)
{
    if (!m_opt.naive)
        return Sample::none(QStringLiteral("skipped"));
    Sample s;
    s.available = true;
    s.cap = m_opt.naiveTimeoutS * 1000;
    // No warm-up: the first run of something this slow is as good as any.
    for (int r = 0; r < m_opt.repeat; ++r) {
        if (prepare)
            prepare(r);
        QElapsedTimer t;
        t.start();
        if (!act(QDeadlineTimer(qint64(s.cap)), r)) {
            s.values.clear();
            s.timedOut = true;
            return s;
        }
        s.values << msSince(t);
        if (msSince(t) > s.cap / 2) // a second run would only confirm it
            break;
    }
    return s;
}

void Bench::resetModel(const OrderFilter& f, const OrderSort& s)
{
    m_model->setSortSpec(s);
    m_model->setFilter(f); // always reloads: an empty page cache
    mustWait([&] { return !m_model->isLoading() && m_model->isCountExact(); }, "the order list");
}

void Bench::setup()
{
    m_db = std::make_shared<Database>(benchConfig(m_path, m_opt.login));
    m_db->open(false);
    m_session = benchSession(m_db->connection(), m_opt.login);
    m_store = std::make_unique<OrderStore>(m_db->connection(), m_session);
    m_postgres = isPostgres(m_path);
#ifdef DOCKET_BENCH_LIBPQ
    if (m_postgres)
        m_pgRaw =
            std::make_unique<bench::PgRawConnection>(conninfo(benchConfig(m_path, m_opt.login)));
    else
#endif
        m_raw = std::make_unique<bench::RawConnection>(m_path);
    const QSqlDatabase c = m_db->connection();
    m_midId = sql::scalar(c, QStringLiteral("SELECT id FROM orders WHERE invalid_at IS NULL AND id "
                                            ">= (SELECT (MIN(id) + MAX(id)) / 2 FROM orders) "
                                            "ORDER BY id LIMIT 1"))
                  .toLongLong();
    m_sku = sql::scalar(c, QStringLiteral("SELECT sku FROM products ORDER BY id LIMIT 1 OFFSET ?"),
                        {41})
                .toString();
    if (m_sku.isEmpty())
        m_sku = QStringLiteral("SKU-10042");
    const qint64 newest =
        sql::scalar(c, QStringLiteral("SELECT MAX(created_at) FROM orders")).toLongLong();
    const QDate last = QDateTime::fromSecsSinceEpoch(newest, QTimeZone::systemTimeZone()).date();
    // The last whole month of data.
    m_monthFirst = QDate(last.year(), last.month(), 1).addMonths(-1);
    m_monthLast = m_monthFirst.addMonths(1).addDays(-1);
    m_model = std::make_unique<OrderTableModel>(m_db, m_session);
    mustWait([&] { return !m_model->isLoading() && m_model->isCountExact(); }, "the order list");
}

void Bench::openCase()
{
    if (!selected(QStringLiteral("open")))
        return;
    CaseResult& c = add(QStringLiteral("open"), QStringLiteral("open database, first page ready"));
    c.target = 50;
    c.rawTarget = c.naiveTarget = true;
    std::shared_ptr<Database> db;
    std::unique_ptr<OrderTableModel> model;
    auto close = [&] {
        model.reset();
        if (db)
            db->closeConnection();
        db.reset();
    };
    QList<CapturedStatement> captured;
    c.docket = timeModel({[&](int) { close(); },
                          [&](int) {
                              db = std::make_shared<Database>(benchConfig(m_path, m_opt.login));
                              db->open(false);
                              model = std::make_unique<OrderTableModel>(db, m_session);
                          },
                          [&] {
                              return model && firstPageReady(*model);
                          }},
                         &captured);
    close();
    // Raw: open a connection, set it up as Docket does, read the first page:
    // the loader thread's statements on SQLite; on PostgreSQL the window's
    // own connection reads the first page (OrderTableModel), so those.
    QList<CapturedStatement> loader;
    for (const CapturedStatement& s : captured)
        if (s.mainThread == m_postgres && !bench::isCount(s))
            loader.push_back(s);
    if (!loader.isEmpty()) {
        c.raw.available = true;
        for (int r = 0; r <= m_opt.repeat; ++r) {
            QElapsedTimer t;
            t.start();
            double ms = 0;
#ifdef DOCKET_BENCH_LIBPQ
            if (m_postgres) {
                bench::PgRawConnection raw(conninfo(benchConfig(m_path, m_opt.login)));
                raw.replay(loader);
                ms = msSince(t);
            } else
#endif
            {
                sqlite3* raw = nullptr;
                sqlite3_open_v2(m_path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
                bench::replay(raw, loader);
                ms = msSince(t);
                sqlite3_close_v2(raw);
            }
            if (r > 0) // the first is the warm-up
                c.raw.values << ms;
        }
    }
    // Naive: a QSqlTableModel that fetches every row, sorted newest first by
    // a proxy (what the order list shows first).
    c.naive = timeNaive([&](const QDeadlineTimer& deadline, int) {
        QSqlDatabase qdb = naiveConnection();
        auto naive = std::make_unique<bench::NaiveOrders>(qdb);
        if (!naive->loadAll(deadline)) {
            m_naiveTimedOut = true;
            return false;
        }
        naive->proxy().sort(naive->column("created_at"), Qt::DescendingOrder);
        naive->touchFirstRows();
        m_naive = std::move(naive); // keep the last one for sort and filter
        return true;
    });
    if (m_naiveTimedOut)
        m_naive.reset();
}

void Bench::jumpCases()
{
    const int rows = m_model->rowCount();
    if (rows < 2 * OrderTableModel::kPageSize)
        return;
    // Each run jumps somewhere else (ten pages apart where there is room), so
    // it finds neither the page nor a neighbour cached.
    const int pageSize = OrderTableModel::kPageSize;
    const int spacing =
        std::min(10 * pageSize, rows / 4 / (m_opt.repeat + 1) / pageSize * pageSize);
    auto middle = [&](int r) {
        return std::clamp(rows / 2 + r * spacing, 0, rows - 1);
    };
    auto end = [&](int r) {
        return std::clamp(rows - 1 - r * spacing, 0, rows - 1);
    };
    auto jump = [&](const QString& id, const QString& title, const std::function<int(int)>& row) {
        if (!selected(id))
            return;
        CaseResult& c = add(id, title);
        c.target = 50;
        c.rawTarget = true;
        int target = 0;
        QList<CapturedStatement> captured;
        c.docket = timeModel({[&](int) { resetModel(); },
                              [&](int r) {
                                  target = row(r);
                                  (void)rowLoaded(*m_model, target);
                              },
                              [&] {
                                  return pageReady(*m_model, target);
                              }},
                             &captured);
        c.raw = timeRaw(loaderStatements(captured, false));
    };
    jump(QStringLiteral("jump-middle"), QStringLiteral("jump to the middle, page ready (cold)"),
         middle);
    jump(QStringLiteral("jump-end"), QStringLiteral("jump to the end, page ready (cold)"), end);

    // The same far jump in lists sorted by other columns. OrderStore finds
    // sort anchors (every kSortAnchorStep-th key) on the first far jump and
    // keeps them while the data stays the same: "cold" is a jump with the
    // page cache empty and the anchors known (the warm-up run found them);
    // "first jump" is a fresh list (a new model, loader and store) whose
    // jump finds the anchors first; "OFFSET" is the store's page without
    // anchors (what every far jump cost before them), on the main thread.
    struct SortedJump
    {
        QString slug;
        QString name;
        OrderSort sort;
    };
    for (const SortedJump& j : {SortedJump{QStringLiteral("amount"), QStringLiteral("amount"),
                                           OrderSort{OrderColumn::Total, Qt::DescendingOrder}},
                                SortedJump{QStringLiteral("customer"), QStringLiteral("customer"),
                                           OrderSort{OrderColumn::Customer, Qt::AscendingOrder}},
                                SortedJump{QStringLiteral("status"), QStringLiteral("status"),
                                           OrderSort{OrderColumn::Status, Qt::AscendingOrder}}}) {
        const QString cold = QStringLiteral("jump-middle-") + j.slug;
        if (selected(cold)) {
            CaseResult& c =
                add(cold, QStringLiteral("sorted by %1: jump to the middle (cold)").arg(j.name));
            c.target = 50;
            c.rawTarget = true;
            // The anchors every run's jump needs, found untimed. Each run
            // jumps to another row (ten pages apart), and the model reads a
            // page past the middle backwards from the end of the list:
            // another direction, with anchors of its own. Without this the
            // first timed run found the forward anchors up to the middle (up
            // to 162 ms at 1M) and every other run one more anchor past the
            // warm-up's, which made the median 7.5-26 ms where the store's
            // page from a known anchor takes 2 ms.
            for (int r = 0; r <= m_opt.repeat; ++r) {
                resetModel({}, j.sort);
                const int row = middle(r);
                (void)rowLoaded(*m_model, row);
                mustWait([&] { return pageReady(*m_model, row); }, "the anchors");
            }
            int target = 0;
            QList<CapturedStatement> captured;
            c.docket = timeModel({[&](int) { resetModel({}, j.sort); },
                                  [&](int r) {
                                      target = middle(r);
                                      (void)rowLoaded(*m_model, target);
                                  },
                                  [&] {
                                      return pageReady(*m_model, target);
                                  }},
                                 &captured);
            c.raw = timeRaw(loaderStatements(captured, false));
            c.note = QStringLiteral("sort anchors known");
            resetModel();
        }
        const QString first = QStringLiteral("jump-first-") + j.slug;
        if (selected(first)) {
            CaseResult& c =
                add(first, QStringLiteral("sorted by %1: first jump to the middle (anchors found)")
                               .arg(j.name));
            c.target = 50;
            c.rawTarget = true;
            int target = 0;
            QList<CapturedStatement> captured;
            c.docket = timeModel({[&](int) {
                                      // A new list: its loader's store knows no anchors.
                                      m_model = std::make_unique<OrderTableModel>(m_db, m_session);
                                      resetModel({}, j.sort);
                                  },
                                  [&](int r) {
                                      target = middle(r);
                                      (void)rowLoaded(*m_model, target);
                                  },
                                  [&] {
                                      return pageReady(*m_model, target);
                                  }},
                                 &captured);
            c.raw = timeRaw(loaderStatements(captured, false));
            resetModel();
        }
        // The store's cases: a page start seven pages past the middle's, so
        // that it lies between two anchors.
        auto far = [&](int r) {
            return qint64(middle(r) / pageSize + 7) * pageSize;
        };
        const QString offset = QStringLiteral("jump-offset-") + j.slug;
        if (selected(offset)) {
            CaseResult& c =
                add(offset,
                    QStringLiteral("sorted by %1: the middle page by OFFSET (no anchors), store")
                        .arg(j.name));
            c.target = 50;
            c.rawTarget = true;
            OrderStore plain(m_db->connection(), m_session);
            plain.setJumpAnchorFrom(std::numeric_limits<qint64>::max());
            QList<CapturedStatement> captured;
            c.docket = timeSync(
                [&](int r) { (void)plain.page({}, j.sort, OrderTableModel::kPageSize, far(r)); },
                &captured);
            c.raw = timeRaw(captured);
        }
        const QString anchoredCase = QStringLiteral("jump-anchored-") + j.slug;
        if (selected(anchoredCase)) {
            CaseResult& c = add(
                anchoredCase,
                QStringLiteral("sorted by %1: the middle page from its anchor, store").arg(j.name));
            c.target = 16;
            c.rawTarget = true;
            OrderStore anchored(m_db->connection(), m_session);
            qint64 lookups = 0;
            c.docket = timeSync(
                [&](int r) { (void)anchored.page({}, j.sort, OrderTableModel::kPageSize, far(r)); },
                nullptr,
                [&](int r) {
                    if (r == 0) // the warm-up found the anchors
                        lookups = anchored.sortAnchorLookups();
                });
            c.raw = Sample::none(QStringLiteral("the warm-up's SQL found the anchors"));
            c.note = QStringLiteral("anchors known; %1 looked up in the timed runs, last skip %2")
                         .arg(anchored.sortAnchorLookups() - lookups)
                         .arg(anchored.lastPageSkip());
        }
    }

    if (selected(QStringLiteral("next-page"))) {
        CaseResult& c = add(QStringLiteral("next-page"),
                            QStringLiteral("scroll to the next page (keyset), ready"));
        c.target = 50;
        c.rawTarget = true;
        int target = 0;
        QList<CapturedStatement> captured;
        c.docket = timeModel({[&](int r) {
                                  resetModel();
                                  const int from = middle(r);
                                  mustWait([&] { return pageReady(*m_model, from); }, "a page");
                                  target = std::min(rows - 1, (from / pageSize + 1) * pageSize);
                              },
                              [&](int) { (void)rowLoaded(*m_model, target); },
                              [&] {
                                  return pageReady(*m_model, target);
                              }},
                             &captured);
        c.raw = timeRaw(loaderStatements(captured, false));
    }

    if (selected(QStringLiteral("jump-cached"))) {
        CaseResult& c = add(QStringLiteral("jump-cached"),
                            QStringLiteral("jump back to a cached page, page ready"));
        c.target = 16;
        int target = 0;
        c.docket = timeModel({[&](int r) {
                                  resetModel();
                                  target = middle(r);
                                  mustWait([&] { return pageReady(*m_model, target); }, "a page");
                                  const int away = end(r);
                                  mustWait([&] { return pageReady(*m_model, away); }, "a page");
                              },
                              [&](int) { (void)rowLoaded(*m_model, target); },
                              [&] {
                                  return pageReady(*m_model, target);
                              }},
                             nullptr);
        c.raw = Sample::none(QStringLiteral("cached: no SQL"));
        c.note = QStringLiteral("served from the page cache, no SQL");
    }
}

void Bench::sortCase()
{
    allOrdersSortCases();
    if (!selected(QStringLiteral("sort-amount")))
        return;
    CaseResult& c = add(QStringLiteral("sort-amount"),
                        QStringLiteral("sort by amount descending, first page ready"));
    c.target = 50;
    c.rawTarget = c.naiveTarget = true;
    QList<CapturedStatement> captured;
    c.docket = timeModel({[&](int) { resetModel(); },
                          [&](int) {
                              m_model->setSortSpec({OrderColumn::Total, Qt::DescendingOrder});
                          },
                          [&] {
                              return firstPageReady(*m_model);
                          }},
                         &captured);
    resetModel();
    c.raw = timeRaw(loaderStatements(captured, false));
    if (m_naiveTimedOut) {
        c.naive.available = true;
        c.naive.timedOut = true;
        c.naive.cap = m_opt.naiveTimeoutS * 1000;
        c.note = QStringLiteral("naive: needs every row first");
    } else if (m_naive) {
        bench::NaiveOrders& n = *m_naive;
        c.naive = timeNaive(
            [&](const QDeadlineTimer&, int) {
                n.proxy().sort(n.column("total_cents"), Qt::DescendingOrder);
                n.touchFirstRows();
                return true;
            },
            [&](int) { n.proxy().sort(n.column("created_at"), Qt::DescendingOrder); });
        n.proxy().sort(n.column("created_at"), Qt::DescendingOrder);
    }
}

// "All orders" (valid and invalid) sorted by amount and by customer. On
// PostgreSQL the amount's and the customer's indexes are in a valid and an
// invalid half (migrations 0083, 0085): the first page as the list shows it
// (model, count included), and the store's page after a keyset anchor in the
// middle of the list (each run another one, ten pages apart), as scrolling on
// from there reads it.
void Bench::allOrdersSortCases()
{
    OrderFilter all;
    all.validity = OrderFilter::Validity::All;
    struct AllSort
    {
        QString slug;
        QString name;
        OrderSort sort;
    };
    for (const AllSort& a : {AllSort{QStringLiteral("amount"), QStringLiteral("amount desc"),
                                     OrderSort{OrderColumn::Total, Qt::DescendingOrder}},
                             AllSort{QStringLiteral("customer"), QStringLiteral("customer asc"),
                                     OrderSort{OrderColumn::Customer, Qt::AscendingOrder}}}) {
        const QString first = QStringLiteral("sort-all-") + a.slug;
        if (selected(first)) {
            CaseResult& c =
                add(first, QStringLiteral("all orders, sort by %1: first page ready").arg(a.name));
            c.target = 50;
            c.rawTarget = true;
            QList<CapturedStatement> captured;
            c.docket = timeModel({[&](int) { resetModel(all); },
                                  [&](int) { m_model->setSortSpec(a.sort); },
                                  [&] {
                                      return firstPageReady(*m_model);
                                  }},
                                 &captured);
            resetModel();
            c.raw = timeRaw(loaderStatements(captured, false));
        }
        const QString next = QStringLiteral("all-next-") + a.slug;
        if (selected(next)) {
            CaseResult& c = add(
                next, QStringLiteral("all orders by %1: keyset page mid-list, store").arg(a.name));
            c.target = 50;
            c.rawTarget = true;
            OrderStore store(m_db->connection(), m_session);
            const qint64 n = store.count(all);
            const qint64 pageSize = OrderTableModel::kPageSize;
            std::optional<SortKey> key;
            QList<CapturedStatement> captured;
            c.docket = timeSync(
                [&](int) { (void)store.page(all, a.sort, OrderTableModel::kPageSize, 0, key); },
                &captured,
                [&](int r) {
                    // Untimed: the row the anchor is, by OFFSET.
                    const qint64 at = std::clamp(n / 2 + r * 10 * pageSize, qint64(0), n - 1);
                    const QList<OrderSummary> row = store.page(all, a.sort, 1, at);
                    if (row.isEmpty())
                        fail(QStringLiteral("no row at %1").arg(at));
                    key = SortKey{sortValue(row.first(), a.sort.column), row.first().id};
                });
            c.raw = timeRaw(captured);
        }
    }
}

void Bench::filterCases()
{
    struct FilterCase
    {
        QString id;
        QString title;
        OrderFilter filter;
        std::optional<bench::NaiveProxy::Criteria> naive;
    };
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto startOf = [&](QDate d) {
        return QDateTime(d, QTime(0, 0), zone).toSecsSinceEpoch();
    };
    const QDate yearFirst = m_monthFirst.addMonths(-11);
    QList<FilterCase> cases;
    {
        FilterCase f{QStringLiteral("number-exact"), QStringLiteral("exact order number"), {}, {}};
        f.filter.number = orderquery::formatOrderNumber(m_midId);
        f.filter.exactNumber = true;
        bench::NaiveProxy::Criteria n;
        n.number = f.filter.number;
        f.naive = n;
        cases << f;
    }
    {
        FilterCase f{
            QStringLiteral("number-prefix"), QStringLiteral("order-number prefix"), {}, {}};
        const QString number = orderquery::formatOrderNumber(m_midId);
        f.filter.number = number.left(number.size() - 2);
        f.title += QStringLiteral(" (%1)").arg(f.filter.number);
        bench::NaiveProxy::Criteria n;
        n.numberPrefix = f.filter.number;
        f.naive = n;
        cases << f;
    }
    {
        FilterCase f{QStringLiteral("date-month"), QStringLiteral("date range: a month"), {}, {}};
        f.filter.from = m_monthFirst;
        f.filter.to = m_monthLast;
        bench::NaiveProxy::Criteria n;
        n.from = startOf(m_monthFirst);
        n.to = startOf(m_monthLast.addDays(1));
        f.naive = n;
        cases << f;
    }
    {
        FilterCase f{QStringLiteral("date-year"), QStringLiteral("date range: a year"), {}, {}};
        f.filter.from = yearFirst;
        f.filter.to = m_monthLast;
        bench::NaiveProxy::Criteria n;
        n.from = startOf(yearFirst);
        n.to = startOf(m_monthLast.addDays(1));
        f.naive = n;
        cases << f;
    }
    {
        FilterCase f{QStringLiteral("keyword-customer"),
                     QStringLiteral("\"Müller\" + delivered + a year"),
                     {},
                     {}};
        f.filter.keyword = QStringLiteral("Müller");
        f.filter.statuses = {QStringLiteral("delivered")};
        f.filter.from = yearFirst;
        f.filter.to = m_monthLast;
        bench::NaiveProxy::Criteria n;
        n.customer = f.filter.keyword;
        n.statuses = f.filter.statuses;
        n.from = startOf(yearFirst);
        n.to = startOf(m_monthLast.addDays(1));
        f.naive = n;
        cases << f;
    }
    {
        FilterCase f{QStringLiteral("keyword-sku"),
                     QStringLiteral("\"%1\" + shipped/delivered + a year").arg(m_sku),
                     {},
                     {}};
        f.filter.keyword = m_sku;
        f.filter.statuses = {QStringLiteral("shipped"), QStringLiteral("delivered")};
        f.filter.from = yearFirst;
        f.filter.to = m_monthLast;
        cases << f; // the naive model has no lines to search
    }

    for (const FilterCase& f : cases) {
        const QString pageId = f.id + QStringLiteral("-page");
        const QString countId = f.id + QStringLiteral("-count");
        const QString firstId = f.id + QStringLiteral("-first-count");
        if (!selected(pageId) && !selected(countId) && !selected(firstId))
            continue;
        // Naive: one in-memory pass gives both the first page and the count.
        Sample naive = Sample::none(QStringLiteral("n/a"));
        qint64 naiveRows = -1;
        if (m_naiveTimedOut) {
            naive.available = naive.timedOut = true;
            naive.cap = m_opt.naiveTimeoutS * 1000;
        } else if (m_naive && f.naive) {
            bench::NaiveOrders& n = *m_naive;
            naive = timeNaive(
                [&](const QDeadlineTimer&, int) {
                    n.proxy().setCriteria(*f.naive);
                    naiveRows = n.proxy().rowCount();
                    n.touchFirstRows();
                    return true;
                },
                [&](int) { n.proxy().setCriteria({}); });
            n.proxy().setCriteria({});
        }
        for (const bool count : {false, true}) {
            const QString id = count ? countId : pageId;
            if (count && selected(firstId)) {
                // The first figure for the whole list the count label shows:
                // exact from the summaries, or an estimate ("about ..."),
                // before the exact count (issue 19 item 3).
                CaseResult& first = add(firstId, f.title + QStringLiteral(": count, first shown"));
                first.target = 50;
                first.docket = timeModel(
                    {[&](int) { resetModel(); }, [&](int) { m_model->setFilter(f.filter); },
                     [&] {
                         return m_model->isCountExact() || m_model->isCountEstimate();
                     }},
                    nullptr);
                const bool estimate = m_model->isCountEstimate();
                const qint64 shown = m_model->totalCount();
                mustWait([&] { return !m_model->isLoading(); }, "the count");
                first.rows = m_model->totalCount();
                first.note = estimate
                                 ? QStringLiteral("estimate %L1 (exact %L2, %3%)")
                                       .arg(shown)
                                       .arg(first.rows)
                                       .arg(first.rows ? qRound(100.0 * double(shown - first.rows) /
                                                                double(first.rows))
                                                       : 0)
                                 : QStringLiteral("exact at once");
            }
            if (!selected(id))
                continue;
            CaseResult& c =
                add(id, f.title + (count ? QStringLiteral(": count") : QStringLiteral(": page")));
            c.target = count ? 200 : (f.id == QLatin1String("number-exact") ? 2 : 50);
            c.rawTarget = true;
            c.naiveTarget = f.naive.has_value();
            QList<CapturedStatement> captured;
            c.docket =
                timeModel({[&](int) { resetModel(); }, [&](int) { m_model->setFilter(f.filter); },
                           [&] {
                               return count ? m_model->isCountExact() : firstPageReady(*m_model);
                           }},
                          &captured);
            mustWait([&] { return !m_model->isLoading(); }, "the count");
            c.rows = m_model->totalCount();
            c.raw = timeRaw(loaderStatements(captured, count));
            c.naive = naive;
            if (naiveRows >= 0 && naiveRows != c.rows)
                c.note = QStringLiteral("naive found %1 rows").arg(naiveRows);
        }
    }
    resetModel();
}

// Times the view's paints: the viewport paints inside this filter, so the
// clock reads when a paint has finished, and `painted` says whether it showed
// what the case waits for.
class PaintClock : public QObject
{
public:
    std::function<bool()> showsResult;
    std::optional<double> painted; // ms since `clock` started
    QElapsedTimer clock;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || painted || !clock.isValid())
            return false;
        static_cast<QObject*>(watched)->event(event); // paint now, then read the clock
        if (showsResult && showsResult())
            painted = msSince(clock);
        return true;
    }
};

void Bench::windowCase()
{
    // The window path of a search (issue 19, item 0): the real orders page
    // (filter bar over the order view, as the main window holds it), offscreen.
    // A keyword is typed into the filter bar at a steady 120 ms a key (faster
    // than the 250 ms debounce, as a clerk types), then Return. Clocks from
    // the Return: the view's first paint that shows the first row of the new
    // result, and the window idle (nothing loading, the exact count shown,
    // every posted event handled).
    const QString firstId = QStringLiteral("window-keyword-rows");
    const QString idleId = QStringLiteral("window-keyword-idle");
    if (!selected(firstId) && !selected(idleId))
        return;
    OrdersPage page(m_db, m_session);
    page.resize(1280, 800);
    page.show();
    FilterBar* bar = page.filterBar();
    OrderTableModel* model = page.model();
    QLineEdit* keyword = bar->keywordEdit();
    const QString word = QStringLiteral("Müller");
    auto idle = [&] {
        return !model->isLoading() && model->isCountExact();
    };
    mustWait(idle, "the orders page");
    PaintClock paints;
    paints.showsResult = [&] {
        return model->filter().keyword == word &&
               (model->rowCount() > 0 ? rowLoaded(*model, 0) : model->isCountExact());
    };
    page.view()->viewport()->installEventFilter(&paints);
    int searches = 0;
    QObject::connect(bar, &FilterBar::filterChanged, &page, [&] { ++searches; });
    // When the model had the rows and the count (the loader's share), to
    // tell the SQL's time from the window's.
    std::optional<double> loaded, counted;
    auto note = [&] {
        if (paints.clock.isValid() && !loaded && paints.showsResult())
            loaded = msSince(paints.clock);
        if (paints.clock.isValid() && !counted && model->filter().keyword == word &&
            model->isCountExact())
            counted = msSince(paints.clock);
    };
    QObject::connect(model, &QAbstractItemModel::dataChanged, &page, note);
    QObject::connect(model, &OrderTableModel::countChanged, &page, note);
    Sample rows, quiet, sqlRows, sqlCount;
    rows.available = quiet.available = true;
    int searchesPerRun = 0;
    for (int r = -1; r < m_opt.repeat; ++r) { // run -1: the warm-up
        keyword->clear();
        bar->clear();
        mustWait(idle, "the cleared list");
        QTest::qWait(FilterBar::kDebounceMs * 2);
        mustWait(idle, "the cleared list");
        keyword->setFocus();
        searches = 0;
        paints.painted.reset();
        loaded.reset();
        counted.reset();
        for (const QChar ch : word) // keyClicks() takes ASCII only
            QTest::sendKeyEvent(QTest::Click, keyword, Qt::Key_unknown, QString(ch), Qt::NoModifier,
                                120);
        paints.clock.start();
        QTest::keyClick(keyword, Qt::Key_Return);
        mustWait([&] { return paints.painted.has_value() && idle(); }, "the search");
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const double done = msSince(paints.clock);
        paints.clock.invalidate();
        if (r < 0)
            continue;
        rows.values << *paints.painted;
        quiet.values << done;
        sqlRows.values << loaded.value_or(-1);
        sqlCount.values << counted.value_or(-1);
        searchesPerRun = std::max(searchesPerRun, searches);
    }
    page.view()->viewport()->removeEventFilter(&paints);
    const qint64 found = model->totalCount();
    const QString runNote =
        QStringLiteral("%1 search(es) per Return; rows in the model at %2 ms, count at %3 ms")
            .arg(searchesPerRun)
            .arg(fmt(sqlRows.median()), fmt(sqlCount.median()));
    const struct
    {
        QString id;
        const char* what;
        double target;
        const Sample& sample;
    } figures[] = {{firstId, "first rows painted", 50, rows}, {idleId, "window idle", 200, quiet}};
    for (const auto& f : figures) {
        if (!selected(f.id))
            continue;
        CaseResult& c = add(
            f.id, QStringLiteral("window: \"%1\" + Return, %2").arg(word, QLatin1String(f.what)));
        c.target = f.target;
        c.docket = f.sample;
        c.rows = found;
        c.note = runNote;
    }
}

// Issue 13 item 14: sign-in to the first page, as app/main.cpp does it
// (signInToWindow: the sign-in dialog with the last user's name filled in,
// a real Argon2id hash at the interactive cost, the window built meanwhile).
// The password is typed at 120 ms a key, then Return: `pause` ms after the
// last key (a person moving to Return), or at once (the worst case: nothing
// judged ahead). Clocks from Return to the window idle (shown, its orders
// page's first page loaded with the exact count, every posted event
// handled). Also the hash alone (UserStore::judge), for where the time goes.
// On a copy of the database (a user is added and every sign-in is logged).
// SQLite only: on PostgreSQL the server checks the password (the login).
void Bench::signInCase()
{
    const QStringList ids = {QStringLiteral("sign-in-hash"), QStringLiteral("sign-in-idle"),
                             QStringLiteral("sign-in-idle-at-once"),
                             QStringLiteral("sign-in-judged-at-once")};
    if (m_postgres ||
        std::none_of(ids.begin(), ids.end(), [&](const QString& id) { return selected(id); }))
        return;
    const QString copy =
        m_path + QStringLiteral(".signin-%1").arg(QCoreApplication::applicationPid());
    auto dropCopy = [copy] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy + suffix);
    };
    dropCopy();
    if (!QFile::copy(m_path, copy))
        fail(QStringLiteral("cannot copy %1 to %2").arg(m_path, copy));
    const QString name = QStringLiteral("bench-signin");
    const QString password = QStringLiteral("bench sign-in 2026");
    constexpr int kPauseMs = 250;
    Sample hash, idle, atOnce, judgedAtOnce;
    hash.available = idle.available = atOnce.available = judgedAtOnce.available = true;
    {
        auto db = std::make_shared<Database>(sqliteConfig(copy));
        db->open(false);
        UserStore admin(db->connection(), Session::localUser());
        admin.addUser({name, QStringLiteral("Bench"), password, QStringLiteral("administrator"),
                       Scope::all()});
        const UserStore::SignInAttempt account = admin.readAccount(name);
        settings::lastUserName.setValue(name);
        // One sign-in; the clock runs from Return to the window idle.
        // `judgedMs`: from Return to the dialog closed (the password judged
        // and the sign-in recorded); the rest is the window's.
        auto signInOnce = [&](int pauseMs, double* judgedMs = nullptr) {
            QElapsedTimer clock;
            bool typed = false;
            // The dialog's event loop runs inside signInToWindow(): type from there.
            QTimer typist;
            typist.setInterval(5);
            QObject::connect(&typist, &QTimer::timeout, [&] {
                auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
                if (typed || !dialog || !dialog->isVisible())
                    return;
                typed = true;
                typist.stop();
                if (judgedMs)
                    QObject::connect(dialog, &QDialog::finished,
                                     [&clock, judgedMs] { *judgedMs = msSince(clock); });
                QLineEdit* field = dialog->passwordEdit();
                field->setFocus();
                for (const QChar ch : password) // keyClicks() takes ASCII only
                    QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(ch),
                                        Qt::NoModifier, 120);
                QTest::qWait(pauseMs);
                clock.start();
                QTest::keyClick(field, Qt::Key_Return);
            });
            typist.start();
            QString error;
            std::unique_ptr<MainWindow> window = signInToWindow(db, &error);
            if (!window)
                fail(QStringLiteral("sign-in failed: %1").arg(error));
            window->show();
            OrderTableModel* model = window->ordersPage()->model();
            mustWait(
                [&] {
                    return !model->isLoading() && model->isCountExact() && firstPageReady(*model);
                },
                "the window's first page");
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            return msSince(clock);
        };
        for (int r = -1; r < m_opt.repeat; ++r) { // run -1: the warm-up
            QElapsedTimer t;
            t.start();
            UserStore::judge(account, password);
            const double hashMs = msSince(t);
            const double idleMs = signInOnce(kPauseMs);
            double judgedMs = 0;
            const double atOnceMs = signInOnce(0, &judgedMs);
            if (r < 0)
                continue;
            hash.values << hashMs;
            idle.values << idleMs;
            atOnce.values << atOnceMs;
            judgedAtOnce.values << judgedMs;
        }
        db->closeConnection();
    }
    dropCopy();
    const struct
    {
        QString id;
        QString what;
        std::optional<double> target;
        const Sample& sample;
    } figures[] = {{ids.at(0), QStringLiteral("sign-in: the password's hash alone"), {}, hash},
                   {ids.at(1),
                    QStringLiteral("sign-in: Return %1 ms after typing, page idle").arg(kPauseMs),
                    300, idle},
                   {ids.at(2), QStringLiteral("sign-in: Return at once, page idle"), {}, atOnce},
                   {ids.at(3),
                    QStringLiteral("sign-in: Return at once, password judged and recorded"),
                    {},
                    judgedAtOnce}};
    for (const auto& f : figures) {
        if (!selected(f.id))
            continue;
        CaseResult& c = add(f.id, f.what);
        c.target = f.target;
        c.docket = f.sample;
    }
}

void Bench::badgeCase()
{
    if (!selected(QStringLiteral("new-badge")))
        return;
    CaseResult& c = add(QStringLiteral("new-badge"), QStringLiteral("new-order badge count"));
    c.target = 200;
    c.rawTarget = true;
    QList<CapturedStatement> captured;
    qint64 n = 0;
    c.docket = timeSync([&](int) { n = m_store->countNew(); }, &captured);
    c.rows = n;
    c.raw = timeRaw(captured);
}

void Bench::chartCases()
{
    if (!m_opt.charts)
        return;
    AnalyticsStore store(m_db->connection(), m_session);
    struct Period
    {
        QString id;
        QString title;
        QDate from;
        QDate to;
    };
    const QList<Period> periods = {
        {QStringLiteral("month"), QStringLiteral("a month"), m_monthFirst, m_monthLast},
        {QStringLiteral("2y"), QStringLiteral("two years"), m_monthFirst.addMonths(-23),
         m_monthLast}};
    for (const Period& p : periods) {
        AnalyticsQuery q;
        q.from = p.from;
        q.to = p.to;
        q.comparison = Comparison::None;
        const struct
        {
            QString id;
            QString title;
            std::function<void()> run;
        } charts[] = {
            {QStringLiteral("series"), QStringLiteral("time series, status, channel"),
             [&] {
                 PeriodTotals totals;
                 QList<BreakdownRow> byStatus, byChannel;
                 (void)store.series(q, q.from, q.to, &totals, &byStatus, &byChannel);
             }},
            {QStringLiteral("kpis"), QStringLiteral("KPIs"),
             [&] {
                 (void)store.totals(q, q.from, q.to);
             }},
            {QStringLiteral("regions"), QStringLiteral("revenue by region"),
             [&] {
                 (void)store.revenueByRegion(q);
             }},
            {QStringLiteral("products"), QStringLiteral("top products"),
             [&] {
                 (void)store.topProducts(q);
             }},
            {QStringLiteral("page"), QStringLiteral("whole page, vs previous period"),
             [&] {
                 AnalyticsQuery all = q;
                 all.comparison = Comparison::PreviousPeriod;
                 (void)store.load(all);
             }},
        };
        for (const auto& chart : charts) {
            const QString id = QStringLiteral("chart-%1-%2").arg(chart.id, p.id);
            if (!selected(id))
                continue;
            CaseResult& c = add(id, QStringLiteral("chart %1: %2").arg(p.title, chart.title));
            c.target = 100;
            c.rawTarget = true;
            QList<CapturedStatement> captured;
            c.docket = timeSync([&](int) { chart.run(); }, &captured);
            c.raw = timeRaw(captured);
        }
    }
}

void Bench::batchCases()
{
    if (!m_opt.batch)
        return;
    const QStringList ids = {QStringLiteral("invalidate-10k"), QStringLiteral("invalidate-100k"),
                             QStringLiteral("delete-100k")};
    if (std::none_of(ids.begin(), ids.end(), [&](const QString& id) { return selected(id); }))
        return;
    // A copy, so the seeded database stays as it is: of the file (checkpointed
    // by run()) on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL (run()
    // has closed the benchmark's connections to it).
    QString copy;
    std::function<void()> dropCopy;
    if (!m_postgres) {
        copy = m_path + QStringLiteral(".batch-%1").arg(QCoreApplication::applicationPid());
        dropCopy = [copy] {
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(copy + suffix);
        };
        dropCopy();
        if (!QFile::copy(m_path, copy))
            fail(QStringLiteral("cannot copy %1 to %2").arg(m_path, copy));
    }
#ifdef DOCKET_BENCH_LIBPQ
    else {
        const DatabaseConfig source = sqliteConfig(m_path);
        const QString name = QStringLiteral("%1_batch_%2")
                                 .arg(source.databaseName)
                                 .arg(QCoreApplication::applicationPid());
        pgAdmin(source, {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoteIdentifier(name)),
                         QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                             .arg(quoteIdentifier(name), quoteIdentifier(source.databaseName))});
        QUrl url(m_path);
        url.setPath(QLatin1Char('/') + name);
        copy = url.toString();
        dropCopy = [source, name] {
            pgAdmin(source,
                    {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoteIdentifier(name))});
        };
    }
#endif
    struct Cleanup
    {
        std::function<void()> drop;
        ~Cleanup()
        {
            try {
                drop();
            } catch (const std::exception& e) {
                err() << "docket-bench: " << QString::fromStdString(e.what()) << Qt::endl;
            }
        }
    } cleanup{dropCopy};
    auto db = std::make_shared<Database>(benchConfig(copy, m_opt.login));
    db->open(false);
    {
        OrderStore store(db->connection(), benchSession(db->connection(), m_opt.login));
        std::unique_ptr<bench::RawConnection> sqliteRaw;
#ifdef DOCKET_BENCH_LIBPQ
        std::unique_ptr<bench::PgRawConnection> pgRaw;
        if (m_postgres)
            pgRaw =
                std::make_unique<bench::PgRawConnection>(conninfo(benchConfig(copy, m_opt.login)));
        else
#endif
            sqliteRaw = std::make_unique<bench::RawConnection>(copy);
        auto replayOnCopy = [&](const QList<CapturedStatement>& statements,
                                const QHash<qint64, qint64>& map) {
#ifdef DOCKET_BENCH_LIBPQ
            if (pgRaw) {
                pgRaw->replay(statements, map);
                return;
            }
#endif
            bench::replay(sqliteRaw->handle(), statements, map);
        };
        const QString reason = QStringLiteral("Benchmark");

        // Blocks of the list as a user selects them (shift-click ranges):
        // Docket's run r uses docket[r], the raw replay raw[r] (Docket's SQL
        // with the ids swapped). Large blocks are invalidated, then deleted;
        // the small block is invalidated and put back each run.
        const int runs = std::min(m_opt.repeat, 3);
        const qint64 valid = store.count(OrderFilter{});
        const qint64 large = std::min<qint64>(100'000, valid / (2 * runs + 1));
        const qint64 small = std::min<qint64>(10'000, large);
        const QList<qint64> all =
            store.idsInRange(OrderFilter{}, OrderSort{}, 0, 2 * runs * large + small);
        auto block = [&](qint64 index, qint64 size, qint64 offset = 0) {
            return all.mid(offset + index * size, size);
        };
        const QList<qint64> smallBlock = block(0, small, 2 * runs * large);
        auto idMap = [](const QList<qint64>& from, const QList<qint64>& to) {
            QHash<qint64, qint64> m;
            for (qsizetype i = 0; i < from.size() && i < to.size(); ++i)
                m.insert(from[i], to[i]);
            return m;
        };
        auto time = [](const std::function<void()>& f) {
            QElapsedTimer t;
            t.start();
            f();
            return msSince(t);
        };
        auto batchCase = [&](const QString& id, const QString& title, qint64 size,
                             const std::function<void(int)>& docketRun,
                             const std::function<QHash<qint64, qint64>(int)>& rawMap,
                             const std::function<void()>& undo) {
            CaseResult& c = add(id, title.arg(size));
            c.rows = size;
            if (id == QLatin1String("invalidate-100k"))
                c.target = 2000;
            c.docket.available = c.raw.available = true;
            QList<CapturedStatement> captured;
            for (int r = 0; r < runs; ++r) {
                if (r == 0)
                    bench::SqlCapture::start();
                c.docket.values << time([&] { docketRun(r); });
                if (r == 0)
                    for (const CapturedStatement& s : bench::SqlCapture::stop())
                        if (s.mainThread)
                            captured << s;
                if (undo)
                    undo();
            }
            for (int r = 0; r < runs; ++r) {
                const QHash<qint64, qint64> map = rawMap(r);
                c.raw.values << time([&] { replayOnCopy(captured, map); });
                if (undo)
                    undo();
            }
            if (large < 100'000)
                c.note = QStringLiteral("batch capped at %1 for this N").arg(size);
        };
        if (selected(ids[0]))
            batchCase(
                ids[0], QStringLiteral("batch invalidate %L1 (+ audit)"), small,
                [&](int) { store.invalidate(smallBlock, reason); },
                [&](int) { return QHash<qint64, qint64>(); },
                [&] { store.revalidate(smallBlock); });
        // The large blocks are needed invalid by the delete case.
        batchCase(
            ids[1], QStringLiteral("batch invalidate %L1 (+ audit)"), large,
            [&](int r) { store.invalidate(block(r, large), reason); },
            [&](int r) { return idMap(block(0, large), block(runs + r, large)); }, {});
        if (!selected(ids[1]))
            m_results.removeLast();
        if (selected(ids[2]))
            batchCase(
                ids[2], QStringLiteral("batch delete %L1 invalid to the archive"), large,
                [&](int r) { store.deleteInvalid(block(r, large)); },
                [&](int r) { return idMap(block(0, large), block(runs + r, large)); }, {});
    }
    db->closeConnection();
}

// Batches by order number (issue 14): `docketctl orders invalidate
// --from-file` with 100,000 numbers, the whole command as a user runs it
// (start, sign in, read and resolve the numbers, the batch), against the store
// call it ends in (OrderStore::invalidate with the ids known, in this
// process): the "raw" column of this case. Target: within 2x. Also the
// set-based resolution of the numbers alone. SQLite only (docketctl signs in
// as a Docket user of the copy).
void Bench::numberBatchCases()
{
#ifdef DOCKETCTL_PATH
    const QString cliId = QStringLiteral("invalidate-100k-numbers");
    const QString resolveId = QStringLiteral("resolve-100k-numbers");
    if (!m_opt.batch || m_postgres || (!selected(cliId) && !selected(resolveId)))
        return;
    const QString copy =
        m_path + QStringLiteral(".numbers-%1").arg(QCoreApplication::applicationPid());
    auto dropCopy = [copy] {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".txt")})
            QFile::remove(copy + suffix);
    };
    dropCopy();
    if (!QFile::copy(m_path, copy))
        fail(QStringLiteral("cannot copy %1 to %2").arg(m_path, copy));
    struct Cleanup
    {
        std::function<void()> drop;
        ~Cleanup() { drop(); }
    } cleanup{dropCopy};
    const QString user = QStringLiteral("bench");
    const QString password = QStringLiteral("docket-bench-numbers");
    auto db = std::make_shared<Database>(sqliteConfig(copy));
    db->open(false);
    {
        UserStore users(db->connection());
        if (!users.hasUsers())
            users.createFirstAdministrator(user, {}, password);
        OrderStore store(db->connection(), users.authenticate(user, password));
        const int runs = std::min(m_opt.repeat, 3);
        const qint64 valid = store.count(OrderFilter{});
        const qint64 size = std::min<qint64>(100'000, valid / (2 * runs));
        const QList<qint64> all = store.idsInRange(OrderFilter{}, OrderSort{}, 0, 2 * runs * size);
        auto block = [&](int index) {
            return all.mid(qsizetype(index) * size, size);
        };
        auto numbersOf = [&](const QList<qint64>& ids) {
            QStringList numbers;
            numbers.reserve(ids.size());
            QSqlQuery q = sql::run(db->connection(),
                                   QStringLiteral("SELECT number FROM orders WHERE id IN %1")
                                       .arg(dialect::idListSubquery(Backend::SQLite)),
                                   {dialect::idListParam(Backend::SQLite, ids)});
            while (q.next())
                numbers << q.value(0).toString();
            return numbers;
        };
        const QString reason = QStringLiteral("Benchmark by number");

        if (selected(resolveId)) {
            CaseResult& c =
                add(resolveId, QStringLiteral("resolve %L1 order numbers (set-based)").arg(size));
            c.rows = size;
            c.docket.available = true;
            const QStringList numbers = numbersOf(block(0));
            for (int r = 0; r < runs + 1; ++r) {
                QElapsedTimer t;
                t.start();
                const QList<qint64> ids = store.idsForNumbers(numbers);
                const double ms = msSince(t);
                if (ids.size() != size)
                    fail(QStringLiteral("resolved %1 of %2 numbers").arg(ids.size()).arg(size));
                if (r > 0) // the first run warms up
                    c.docket.values << ms;
            }
        }
        if (selected(cliId)) {
            CaseResult& c =
                add(cliId, QStringLiteral("batch invalidate %L1 by number: docketctl --from-file "
                                          "(raw: the store call)")
                               .arg(size));
            c.rows = size;
            c.rawTarget = true;
            c.docket.available = c.raw.available = true;
            c.note = QStringLiteral("Docket: the docketctl process (start, sign in, read and "
                                    "resolve the numbers, the batch); raw: "
                                    "OrderStore::invalidate with the ids known");
            db->closeConnection(); // docketctl is another process; no reader kept open here
            for (int r = 0; r < runs; ++r) {
                {
                    QFile f(copy + QStringLiteral(".txt"));
                    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                        fail(QStringLiteral("cannot write %1").arg(f.fileName()));
                    Database reader(sqliteConfig(copy));
                    reader.open(false);
                    QStringList numbers;
                    {
                        QSqlQuery q =
                            sql::run(reader.connection(),
                                     QStringLiteral("SELECT number FROM orders WHERE id IN %1")
                                         .arg(dialect::idListSubquery(Backend::SQLite)),
                                     {dialect::idListParam(Backend::SQLite, block(r))});
                        while (q.next())
                            numbers << q.value(0).toString();
                    }
                    reader.closeConnection();
                    f.write(numbers.join(QLatin1Char('\n')).toUtf8());
                    f.write("\n");
                }
                QProcess p;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("DOCKET_USER"), user);
                env.insert(QStringLiteral("DOCKET_PASSWORD"), password);
                env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
                p.setProcessEnvironment(env);
                QElapsedTimer t;
                t.start();
                p.start(QStringLiteral(DOCKETCTL_PATH),
                        {QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--database"), copy, QStringLiteral("orders"),
                         QStringLiteral("invalidate"), QStringLiteral("--from-file"),
                         copy + QStringLiteral(".txt"), QStringLiteral("--reason"), reason});
                if (!p.waitForFinished(kWaitMs) || p.exitCode() != 0)
                    fail(QStringLiteral("docketctl orders invalidate failed: %1")
                             .arg(QString::fromUtf8(p.readAllStandardError())));
                c.docket.values << msSince(t);
                const QString said = QString::fromUtf8(p.readAllStandardOutput());
                // "Marked 100,000 orders invalid." (the count with grouping).
                if (!QString(said).remove(QLatin1Char(',')).contains(QString::number(size)))
                    fail(QStringLiteral("docketctl said: %1").arg(said));
                // The store call on another block of the same size.
                Database again(sqliteConfig(copy));
                again.open(false);
                {
                    OrderStore direct(again.connection(), Session::localUser());
                    const QList<qint64> ids = block(runs + r);
                    QElapsedTimer s;
                    s.start();
                    const int changed = direct.invalidate(ids, reason);
                    c.raw.values << msSince(s);
                    if (changed != size)
                        fail(QStringLiteral("the store call changed %1 of %2")
                                 .arg(changed)
                                 .arg(size));
                }
                again.closeConnection();
            }
        }
    }
    db->closeConnection();
#endif
}

void Bench::rssCase()
{
    if (!m_opt.rss || !selected(QStringLiteral("scroll-rss")))
        return;
    auto child = [&](const QString& path) -> std::pair<qint64, QString> {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--scroll-rss"), QStringLiteral("--database"), path});
        if (!p.waitForFinished(-1) || p.exitCode() != 0)
            fail(QStringLiteral("the --scroll-rss child failed on %1").arg(path));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        static const QRegularExpression re(
            QStringLiteral("rows=(\\d+) ms=([\\d.]+) idle_kb=(\\d+) hwm_kb=(\\d+)"));
        const auto m = re.match(text);
        if (!m.hasMatch())
            fail(QStringLiteral("unexpected --scroll-rss output: %1").arg(text));
        return {m.captured(4).toLongLong(),
                QStringLiteral("%L1 rows scrolled in %2 s; %3 MB after the first page")
                    .arg(m.captured(1).toLongLong())
                    .arg(m.captured(2).toDouble() / 1000, 0, 'f', 1)
                    .arg(m.captured(3).toDouble() / 1024, 0, 'f', 0)};
    };
    auto rssCaseAt = [&](const QString& path, qint64 n) {
        CaseResult& c = add(QStringLiteral("scroll-rss"),
                            QStringLiteral("peak RSS, scrolling all %L1 orders").arg(n));
        c.n = n;
        c.unit = QStringLiteral("MB");
        c.target = 150;
        const auto [kb, note] = child(path);
        c.docket.available = true;
        c.docket.values << double(kb) / 1024;
        c.note = note;
    };
    rssCaseAt(m_path, m_n);
    // A tenth of the size, to show the peak does not grow with N.
    if (!m_opt.scaling && !m_postgres && m_n >= 10'000) {
        const qint64 smaller = m_n / 10;
        const QString dir = QFileInfo(m_path).absolutePath();
        const QString path = QStringLiteral("%1/bench-%2.db").arg(dir).arg(smaller);
        ensureDatabase(path, smaller);
        rssCaseAt(path, smaller);
        m_results.last().id = QStringLiteral("scroll-rss-tenth");
    }
}

QList<CaseResult> Bench::run()
{
    setup();
    out() << QStringLiteral("Running %1 at %L2 orders (%L3 valid in the list) ...")
                 .arg(m_path)
                 .arg(m_n)
                 .arg(m_model->rowCount())
          << Qt::endl;
    auto step = [&](const char* name, void (Bench::*f)()) {
        QElapsedTimer t;
        t.start();
        (this->*f)();
        err() << QStringLiteral("  %1: %2 s")
                     .arg(QLatin1String(name))
                     .arg(msSince(t) / 1000, 0, 'f', 1)
              << Qt::endl;
    };
    step("open", &Bench::openCase);
    step("jumps", &Bench::jumpCases);
    step("sort", &Bench::sortCase);
    step("filters", &Bench::filterCases);
    step("window", &Bench::windowCase);
    step("badge", &Bench::badgeCase);
    step("charts", &Bench::chartCases);
    if (!m_postgres)
        sql::run(m_db->connection(), QStringLiteral("PRAGMA main.wal_checkpoint(TRUNCATE)"));
    closeAll();
    step("sign-in", &Bench::signInCase);
    step("batch", &Bench::batchCases);
    step("batch by number", &Bench::numberBatchCases);
    step("scroll", &Bench::rssCase);
    return m_results;
}

// ---------------------------------------------------------------- child mode

int scrollRss(const QString& path)
{
    auto db = std::make_shared<Database>(sqliteConfig(path));
    db->open(false);
    OrderTableModel m(db, Session::localUser());
    mustWait([&] { return !m.isLoading() && m.isCountExact(); }, "the order list");
    const qint64 idle = vmHwmKb();
    QElapsedTimer t;
    t.start();
    const int rows = m.rowCount();
    qint64 sink = 0;
    for (int row = 0; row < rows; row += OrderTableModel::kPageSize) {
        mustWait([&] { return pageReady(m, row); }, "a page");
        // What a view does with a page: read every cell it paints.
        const int last = std::min(rows, row + OrderTableModel::kPageSize);
        for (int r = row; r < last; ++r)
            for (int col = 0; col < m.columnCount(); ++col)
                sink += m.data(m.index(r, col)).toString().size();
    }
    out() << QStringLiteral("rows=%1 ms=%2 idle_kb=%3 hwm_kb=%4 chars=%5")
                 .arg(rows)
                 .arg(msSince(t), 0, 'f', 0)
                 .arg(idle)
                 .arg(vmHwmKb())
                 .arg(sink)
          << Qt::endl;
    return 0;
}

// ---------------------------------------------------------------- scaling

void printScaling(const QList<CaseResult>& all, const QList<qint64>& sizes)
{
    out() << "\nScaling: Docket median per size, and the factor from the previous size\n";
    QStringList ids;
    QHash<QString, QString> titles;
    for (const CaseResult& c : all) {
        if (!ids.contains(c.id))
            ids << c.id;
        titles.insert(c.id, c.title); // the largest size's: batches are not capped there
    }
    out() << pad(QStringLiteral("case"), 44);
    for (qint64 n : sizes)
        out() << pad(QStringLiteral("%L1").arg(n), 18, true);
    out() << "\n" << QString(44 + 18 * int(sizes.size()), QLatin1Char('-')) << "\n";
    for (const QString& id : std::as_const(ids)) {
        QString title = titles.value(id);
        if (id.startsWith(QLatin1String("scroll-rss")))
            title = QStringLiteral("peak RSS, scrolling everything");
        out() << pad(title, 44);
        std::optional<double> previous;
        for (qint64 n : sizes) {
            QString cell = QStringLiteral("-");
            for (const CaseResult& c : all)
                if (c.id == id && c.n == n && c.docket.has()) {
                    cell = fmt(c.docket.median());
                    if (c.unit != QLatin1String("ms"))
                        cell += QLatin1Char(' ') + c.unit;
                    if (previous && *previous > 0)
                        cell +=
                            QStringLiteral(" x%1").arg(c.docket.median() / *previous, 0, 'f', 1);
                    previous = c.docket.median();
                }
            out() << pad(cell, 18, true);
        }
        out() << "\n";
    }
    out().flush();
}

// ---------------------------------------------------------------- main

Options parse(const QStringList& args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size())
                fail(QStringLiteral("%1 needs a value").arg(a));
            return args[++i];
        };
        auto number = [&]() -> qint64 {
            bool ok = false;
            const QString v = value();
            const qint64 n = v.toLongLong(&ok);
            if (!ok || n < 0)
                fail(QStringLiteral("%1: \"%2\" is not a number").arg(a, v));
            return n;
        };
        if (a == QLatin1String("--orders")) {
            o.orders = number();
            o.ordersGiven = true;
            if (o.orders < 1)
                fail(QStringLiteral("--orders must be at least 1"));
        } else if (a == QLatin1String("--database")) {
            o.database = value();
        } else if (a == QLatin1String("--workdir")) {
            o.workdir = value();
        } else if (a == QLatin1String("--backend")) {
            o.backend = value();
        } else if (a == QLatin1String("--repeat")) {
            o.repeat = int(std::clamp<qint64>(number(), 1, 1000));
        } else if (a == QLatin1String("--naive-timeout")) {
            o.naiveTimeoutS = double(std::max<qint64>(1, number()));
        } else if (a == QLatin1String("--json")) {
            o.json = value();
        } else if (a == QLatin1String("--scaling")) {
            o.scaling = true;
        } else if (a == QLatin1String("--sizes")) {
            o.sizes.clear();
            for (const QString& s : value().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 n = s.toLongLong(&ok);
                if (!ok || n < 1)
                    fail(QStringLiteral("--sizes: \"%1\" is not a number").arg(s));
                o.sizes << n;
            }
        } else if (a == QLatin1String("--cases")) {
            o.cases = QRegularExpression(value());
            if (!o.cases.isValid())
                fail(QStringLiteral("--cases: %1").arg(o.cases.errorString()));
        } else if (a == QLatin1String("--no-naive")) {
            o.naive = false;
        } else if (a == QLatin1String("--no-batch")) {
            o.batch = false;
        } else if (a == QLatin1String("--no-rss")) {
            o.rss = false;
        } else if (a == QLatin1String("--login")) {
            o.login = true;
        } else if (a == QLatin1String("--no-charts")) {
            o.charts = false;
        } else if (a == QLatin1String("--scroll-rss")) {
            o.scrollRss = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage();
            std::exit(0);
        } else {
            fail(QStringLiteral("unknown option %1 (see --help)").arg(a));
        }
    }
    if (o.workdir.isEmpty())
        o.workdir = QDir::tempPath() + QStringLiteral("/docket-bench");
    return o;
}

int run(const Options& opt)
{
    if (opt.scrollRss) {
        if (opt.database.isEmpty())
            fail(QStringLiteral("--scroll-rss needs --database"));
        return scrollRss(opt.database);
    }
    const bool postgres = opt.backend == QLatin1String("postgres");
    if (!postgres && opt.backend != QLatin1String("sqlite"))
        fail(QStringLiteral("--backend: use sqlite or postgres"));
    if (postgres) {
#ifndef DOCKET_BENCH_LIBPQ
        err() << "docket-bench: PostgreSQL backend not available in this build (libpq was not "
                 "found when it was configured).\n";
        return 2;
#endif
        if (Database::latestSchemaVersion(Backend::PostgreSQL) == 0) {
            err() << "docket-bench: PostgreSQL backend not available in this build (no "
                     "PostgreSQL migrations).\n";
            return 2;
        }
        if (!isPostgres(opt.database))
            fail(QStringLiteral("--backend postgres needs --database "
                                "postgresql://USER@HOST:PORT/DATABASE (scripts/pg-cluster.sh "
                                "start prints one); the database is created and seeded when "
                                "missing or empty"));
    } else if (isPostgres(opt.database)) {
        fail(QStringLiteral("a postgresql:// --database needs --backend postgres"));
    }
    if (opt.scaling && !opt.database.isEmpty() && !postgres)
        fail(QStringLiteral("--scaling uses WORKDIR/bench-N.db; leave out --database"));
    QDir().mkpath(opt.workdir);

    out() << "docket-bench on " << machineDescription() << Qt::endl;
    QList<CaseResult> all;
    QList<qint64> sizes;
    if (opt.scaling) {
        sizes = opt.sizes;
    } else {
        sizes << (opt.database.isEmpty() || opt.ordersGiven ? opt.orders : 0);
    }
    QList<qint64> done;
    for (qint64 size : std::as_const(sizes)) {
        QString path = opt.database.isEmpty()
                           ? QStringLiteral("%1/bench-%2.db").arg(opt.workdir).arg(size)
                           : opt.database;
        if (postgres && opt.scaling) { // one database per size: NAME_N
            QUrl url(opt.database);
            url.setPath(QStringLiteral("%1_%2").arg(url.path()).arg(size));
            path = url.toString();
        }
        const qint64 n = ensureDatabase(path, size, opt.database.isEmpty());
        if (opt.login && postgres)
            ensureLogin(path);
        Bench bench(opt, path, n);
        const QList<CaseResult> results = bench.run();
        printTable(results, n, opt.backend, opt.repeat);
        all << results;
        done << n;
    }
    if (opt.scaling)
        printScaling(all, done);
    if (!opt.json.isEmpty()) {
        QJsonArray array;
        for (const CaseResult& c : std::as_const(all))
            array.append(toJson(c, opt.backend));
        QFile f(opt.json);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write %1: %2").arg(opt.json, f.errorString()));
        f.write(QJsonDocument(array).toJson());
        out() << "Wrote " << opt.json << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    bench::SqlCapture::install(); // before any connection is opened
    // The window case drives real widgets; they never show on a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Wakes the event loop now and then, so a wait can notice its deadline.
    QTimer tick;
    tick.start(100);
    try {
        return run(parse(QCoreApplication::arguments()));
    } catch (const DocketError& e) {
        err() << "docket-bench: " << e.message() << Qt::endl;
    } catch (const std::exception& e) {
        err() << "docket-bench: " << QString::fromStdString(e.what()) << Qt::endl;
    }
    return 1;
}
