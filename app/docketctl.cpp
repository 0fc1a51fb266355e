// docketctl: Docket's administration command line. Every command goes through
// the same stores (and so the same rules) as the window.

#include "backup/backupservice.h"
#include "db/database.h"
#include "domain/errors.h"
#include "i18n.h"
#include "stores/analyticsstore.h"
#include "stores/orderstore.h"
#include "stores/seeder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <cstdio>

using namespace docket;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("docketctl", text);
}

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

enum Exit { Ok = 0, Failure = 1, Usage = 2, NotFound = 3, Forbidden = 4, Conflict = 5 };

int exitFor(const DocketError& e)
{
    switch (e.code()) {
    case DocketError::Code::NotFound:
        return NotFound;
    case DocketError::Code::Forbidden:
        return Forbidden;
    case DocketError::Code::Conflict:
        return Conflict;
    case DocketError::Code::Invalid:
        return Usage;
    default:
        return Failure;
    }
}

struct UsageError
{
    QString message;
};

QString usage()
{
    return tr("Usage: docketctl [--database PATH|URL] [--lang CODE] COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  db info                        schema version and counts\n"
              "  db init                        create the schema in a new SQLite file or an\n"
              "                                 empty PostgreSQL database\n"
              "  db migrate                     apply pending migrations\n"
              "  seed --orders N [--seed S]     add N realistic demo orders\n"
              "  orders list [FILTERS] [--limit N] [--sort COLUMN] [--asc|--desc] [--json]\n"
              "  orders count [FILTERS]\n"
              "  orders show NUMBER [--json]    one order with lines and its audit trail\n"
              "  orders mark-seen NUMBER... | --all\n"
              "  orders invalidate NUMBER... --reason TEXT\n"
              "  orders revalidate NUMBER...\n"
              "  orders delete NUMBER...        only invalid orders; moves them to the archive\n"
              "  orders delete --all-invalid    every invalid order in scope\n"
              "  archive list [--number PREFIX] [--limit N]\n"
              "  archive restore ID...          put archived orders back\n"
              "  report --from YYYY-MM-DD --to YYYY-MM-DD [--granularity day|week|month]\n"
              "         [--format csv|json] [--tz ZONE] [--compare previous|last-year|none]\n"
              "         [--channel CODE[,CODE]] [--status CODE[,CODE]] [--section NAME|all]\n"
              "                                 sales figures (the analytics page's)\n"
              "  analytics rebuild | verify     rebuild or check the analytics summaries\n"
              "  backup PATH                    consistent copy of the live SQLite database\n"
              "  restore PATH                   check a backup, keep the database as .bak,\n"
              "                                 and replace it with the backup\n"
              "\n"
              "FILTERS: --number PREFIX | --exact NUMBER, --from YYYY-MM-DD, --to YYYY-MM-DD,\n"
              "         --status CODE[,CODE], --channel CODE[,CODE], --keyword TEXT, --new,\n"
              "         --overdue, --invalid, --all-validity\n"
              "COLUMN:  number, customer, amount, created, status, channel\n"
              "\n"
              "The database defaults to $DOCKET_DATABASE, else %1.\n"
              "Exit codes: 0 done, 1 failed, 2 bad usage or input, 3 not found, 4 not allowed,\n"
              "5 conflict.\n")
        .arg(defaultDatabasePath());
}

// A tiny argument reader: options may come anywhere after the command words.
class Args
{
public:
    explicit Args(QStringList a) : m_args(std::move(a)) {}

    bool flag(const QString& name)
    {
        const qsizetype i = m_args.indexOf(name);
        if (i < 0)
            return false;
        m_args.removeAt(i);
        return true;
    }
    std::optional<QString> value(const QString& name)
    {
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            if (m_args[i] == name) {
                if (i + 1 >= m_args.size())
                    throw UsageError{tr("%1 needs a value.").arg(name)};
                QString v = m_args[i + 1];
                m_args.remove(i, 2);
                return v;
            }
            if (m_args[i].startsWith(name + QLatin1Char('='))) {
                QString v = m_args[i].mid(name.size() + 1);
                m_args.removeAt(i);
                return v;
            }
        }
        return std::nullopt;
    }
    qint64 integer(const QString& name, qint64 fallback, qint64 min, qint64 max)
    {
        const auto v = value(name);
        if (!v)
            return fallback;
        bool ok = false;
        const qint64 n = QString(*v).remove(QLatin1Char('_')).toLongLong(&ok);
        if (!ok || n < min || n > max)
            throw UsageError{tr("%1: \"%2\" is not a whole number from %3 to %4.")
                                 .arg(name, *v)
                                 .arg(min)
                                 .arg(max)};
        return n;
    }
    QDate date(const QString& name)
    {
        const auto v = value(name);
        if (!v)
            return {};
        const QDate d = QDate::fromString(*v, Qt::ISODate);
        if (!d.isValid())
            throw UsageError{tr("%1: \"%2\" is not a date; write it as YYYY-MM-DD.").arg(name, *v)};
        return d;
    }
    QString takeWord()
    {
        for (qsizetype i = 0; i < m_args.size(); ++i)
            if (!m_args[i].startsWith(QLatin1String("--"))) {
                return m_args.takeAt(i);
            }
        return {};
    }
    QStringList rest()
    {
        QStringList r = m_args;
        m_args.clear();
        return r;
    }
    void expectEmpty()
    {
        if (!m_args.isEmpty())
            throw UsageError{tr("Unexpected argument \"%1\".").arg(m_args.first())};
    }

private:
    QStringList m_args;
};

OrderFilter readFilter(Args& a)
{
    OrderFilter f;
    if (auto n = a.value(QStringLiteral("--number")))
        f.number = *n;
    if (auto n = a.value(QStringLiteral("--exact"))) {
        f.number = *n;
        f.exactNumber = true;
    }
    f.from = a.date(QStringLiteral("--from"));
    f.to = a.date(QStringLiteral("--to"));
    if (auto s = a.value(QStringLiteral("--status")))
        f.statuses = s->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto c = a.value(QStringLiteral("--channel")))
        f.channels = c->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto k = a.value(QStringLiteral("--keyword")))
        f.keyword = *k;
    f.newOnly = a.flag(QStringLiteral("--new"));
    f.overdueOnly = a.flag(QStringLiteral("--overdue"));
    if (a.flag(QStringLiteral("--invalid")))
        f.validity = OrderFilter::Validity::Invalid;
    if (a.flag(QStringLiteral("--all-validity")))
        f.validity = OrderFilter::Validity::All;
    f.check();
    return f;
}

OrderSort readSort(Args& a)
{
    OrderSort s;
    if (auto c = a.value(QStringLiteral("--sort"))) {
        static const QHash<QString, OrderColumn> columns{
            {QStringLiteral("number"), OrderColumn::Number},
            {QStringLiteral("customer"), OrderColumn::Customer},
            {QStringLiteral("amount"), OrderColumn::Total},
            {QStringLiteral("created"), OrderColumn::Created},
            {QStringLiteral("status"), OrderColumn::Status},
            {QStringLiteral("channel"), OrderColumn::Channel}};
        if (!columns.contains(*c))
            throw UsageError{tr("--sort: unknown column \"%1\".").arg(*c)};
        s.column = columns.value(*c);
        s.order = Qt::AscendingOrder;
    }
    if (a.flag(QStringLiteral("--asc")))
        s.order = Qt::AscendingOrder;
    if (a.flag(QStringLiteral("--desc")))
        s.order = Qt::DescendingOrder;
    return s;
}

QString localTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().toString(Qt::ISODate);
}

QList<qint64> idsForNumbers(OrderStore& store, const QStringList& numbers)
{
    if (numbers.isEmpty())
        throw UsageError{tr("Name at least one order number.")};
    QList<qint64> ids;
    for (const QString& n : numbers)
        ids << store.orderByNumber(n).id;
    return ids;
}

ProgressFn progressPrinter(const QString& what)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [what, timer](qint64 done, qint64 total) {
        if (total > 20000)
            err() << QStringLiteral("\r%1 %2/%3").arg(what).arg(done).arg(total) << Qt::flush;
        if (done == total && total > 20000)
            err() << Qt::endl;
        return true;
    };
}

// `backup PATH`: a consistent copy of the SQLite database while others keep
// working on it; `restore PATH`: checks the backup (integrity, schema version),
// keeps the current database as DATABASE.bak, then replaces it. Neither opens
// (and so migrates) the database first: a backup taken before an upgrade
// keeps the old schema.
int backupCommand(const QString& command, const QString& path, const QString& dbArg, Args& a)
{
    a.expectEmpty();
    const bool isBackup = command == QLatin1String("backup");
    if (path.isEmpty())
        throw UsageError{isBackup ? tr("Name the backup file: docketctl backup PATH.")
                                  : tr("Name the backup to restore: docketctl restore PATH.")};
    auto db = std::make_shared<Database>(DatabaseConfig::fromString(dbArg));
    const BackupService service(db, Session::localUser());
    int shown = -1;
    const ProgressFn progress = [&shown, isBackup](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 10 / total) * 10 : 100;
        if (percent != shown) {
            shown = percent;
            err() << QStringLiteral("\r%1 %2%")
                         .arg(isBackup ? tr("Backing up") : tr("Restoring"))
                         .arg(percent)
                  << Qt::flush;
        }
        return true;
    };
    if (isBackup) {
        service.backup(path, progress);
        err() << Qt::endl;
        const BackupInfo info = BackupService::inspect(path);
        out() << tr("Backed up %1 to %2 (%3 orders, schema version %4, %5).")
                     .arg(db->config().displayName(), QFileInfo(path).absoluteFilePath())
                     .arg(info.orders)
                     .arg(info.schemaVersion)
                     .arg(QLocale().formattedDataSize(info.sizeBytes))
              << Qt::endl;
        return Ok;
    }
    const QString previous = service.restore(path, progress);
    err() << Qt::endl;
    out() << tr("Restored %1 into %2.")
                 .arg(QFileInfo(path).absoluteFilePath(), db->config().displayName());
    if (!previous.isEmpty())
        out() << ' ' << tr("The previous database is kept as %1.").arg(previous);
    out() << Qt::endl;
    return Ok;
}

// `report`: the analytics page's figures for scripts and scheduled reports;
// `analytics rebuild|verify`: repairs and checks of the summary tables.
int analyticsCommand(const QString& command, const QString& sub, const Database& db,
                     const Session& session, Args& a)
{
    AnalyticsStore analytics(db.connection(), session);
    if (command == QLatin1String("analytics")) {
        a.expectEmpty();
        if (sub == QLatin1String("rebuild")) {
            QElapsedTimer timer;
            timer.start();
            const qint64 n = analytics.rebuildSummaries();
            out() << tr("Rebuilt the analytics summaries from %L1 orders in %L2 s.")
                         .arg(n)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
            return Ok;
        }
        if (sub == QLatin1String("verify")) {
            const QStringList problems = analytics.verifySummaries();
            for (const QString& p : problems)
                out() << p << '\n';
            if (problems.isEmpty())
                out() << tr("The analytics summaries match the orders.") << '\n';
            else
                out() << tr("Run \"docketctl analytics rebuild\" to repair them.") << '\n';
            out().flush();
            return problems.isEmpty() ? Ok : Failure;
        }
        throw UsageError{tr("Unknown command \"analytics %1\"; use rebuild or verify.").arg(sub)};
    }
    AnalyticsQuery q;
    q.from = a.date(QStringLiteral("--from"));
    q.to = a.date(QStringLiteral("--to"));
    if (!q.from.isValid() || !q.to.isValid())
        throw UsageError{tr("report needs --from and --to (YYYY-MM-DD).")};
    if (auto tz = a.value(QStringLiteral("--tz"))) {
        q.timeZone = QTimeZone(tz->toUtf8());
        if (!q.timeZone.isValid())
            throw UsageError{
                tr("--tz: \"%1\" is not a time zone; use an IANA name such as Asia/Shanghai or "
                   "UTC.")
                    .arg(*tz)};
    }
    if (auto g = a.value(QStringLiteral("--granularity"))) {
        q.granularity = granularity::fromCode(*g);
        if (!q.granularity)
            throw UsageError{tr("--granularity: use day, week or month, not \"%1\".").arg(*g)};
    }
    const QString compare =
        a.value(QStringLiteral("--compare")).value_or(QStringLiteral("previous"));
    if (compare == QLatin1String("previous"))
        q.comparison = Comparison::PreviousPeriod;
    else if (compare == QLatin1String("last-year"))
        q.comparison = Comparison::SamePeriodLastYear;
    else if (compare == QLatin1String("none"))
        q.comparison = Comparison::None;
    else
        throw UsageError{
            tr("--compare: use previous, last-year or none, not \"%1\".").arg(compare)};
    if (auto c = a.value(QStringLiteral("--channel")))
        q.channels = c->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto s = a.value(QStringLiteral("--status")))
        q.statuses = s->split(QLatin1Char(','), Qt::SkipEmptyParts);
    q.topProducts = int(a.integer(QStringLiteral("--top"), 10, 1, 100));
    const QString format = a.value(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        throw UsageError{tr("--format: use csv or json, not \"%1\".").arg(format)};
    const QString section = a.value(QStringLiteral("--section")).value_or(QStringLiteral("all"));
    QList<ReportSection> sections = analytics::allSections();
    if (section != QLatin1String("all")) {
        const auto one = analytics::sectionFromCode(section);
        if (!one) {
            QStringList names;
            for (ReportSection s : analytics::allSections())
                names << analytics::sectionCode(s);
            throw UsageError{tr("--section: \"%1\" is not one of all, %2.")
                                 .arg(section, names.join(QStringLiteral(", ")))};
        }
        sections = {*one};
    }
    a.expectEmpty();
    q.check();
    const AnalyticsResult r = analytics.load(q);
    if (format == QLatin1String("json")) {
        out() << QJsonDocument(analytics::toJson(r)).toJson(QJsonDocument::Indented);
    } else {
        for (qsizetype i = 0; i < sections.size(); ++i) {
            if (sections.size() > 1)
                out() << (i ? QStringLiteral("\r\n# ") : QStringLiteral("# "))
                      << analytics::sectionCode(sections[i]) << QStringLiteral("\r\n");
            out() << analytics::csv(r, sections[i]);
        }
    }
    out().flush();
    return Ok;
}

int run(QStringList argv)
{
    Args a(argv);
    if (a.flag(QStringLiteral("--help")) || a.flag(QStringLiteral("-h")) || argv.isEmpty()) {
        out() << usage();
        return argv.isEmpty() ? Usage : Ok;
    }
    if (a.flag(QStringLiteral("--version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QString dbArg = a.value(QStringLiteral("--database")).value_or(databaseFromEnvironment());
    a.value(QStringLiteral("--lang")); // handled before translators were installed
    const QString command = a.takeWord();
    const QString sub = (command == QLatin1String("seed") || command == QLatin1String("report"))
                            ? QString()
                            : a.takeWord();

    if (command == QLatin1String("backup") || command == QLatin1String("restore"))
        return backupCommand(command, sub, dbArg, a);
    auto db = std::make_shared<Database>(DatabaseConfig::fromString(dbArg));
    if (command == QLatin1String("db") && sub == QLatin1String("init")) {
        a.expectEmpty();
        const bool created = db->initialize();
        const QString text = created
                                 ? tr("Created the Docket schema (version %1) in %2.")
                                 : tr("%2 already holds a Docket database (schema version %1).");
        out() << text.arg(db->schemaVersion()).arg(db->config().displayName()) << Qt::endl;
        return Ok;
    }
    const bool creates = command == QLatin1String("seed") ||
                         (command == QLatin1String("db") && sub == QLatin1String("migrate"));
    db->open(creates);
    OrderStore store(db->connection(), Session::localUser());

    if (command == QLatin1String("db") && sub == QLatin1String("info")) {
        a.expectEmpty();
        OrderFilter all;
        all.validity = OrderFilter::Validity::All;
        OrderFilter invalid;
        invalid.validity = OrderFilter::Validity::Invalid;
        out() << tr("Database: %1").arg(db->config().displayName()) << '\n'
              << tr("Schema version: %1 (latest %2)")
                     .arg(db->schemaVersion())
                     .arg(Database::latestSchemaVersion(db->backend()))
              << '\n'
              << tr("Orders: %1 (%2 invalid, %3 new)")
                     .arg(store.count(all))
                     .arg(store.count(invalid))
                     .arg(store.countNew())
              << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("db") && sub == QLatin1String("migrate")) {
        a.expectEmpty();
        out() << tr("Schema version %1.").arg(db->schemaVersion()) << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("seed")) {
        SeedOptions opt;
        opt.orders = a.integer(QStringLiteral("--orders"), 10000, 0, 100'000'000);
        opt.seed =
            quint64(a.integer(QStringLiteral("--seed"), 1, 0, std::numeric_limits<qint64>::max()));
        opt.days = int(a.integer(QStringLiteral("--days"), 730, 1, 36500));
        a.expectEmpty();
        QElapsedTimer t;
        t.start();
        const SeedResult r = seedOrders(store, opt, progressPrinter(tr("Seeding")));
        out() << tr("Added %1 orders with %2 lines, %3 customers and %4 products in %5 s.")
                     .arg(r.orders)
                     .arg(r.lines)
                     .arg(r.customers)
                     .arg(r.products)
                     .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("orders")) {
        if (sub == QLatin1String("list") || sub == QLatin1String("count")) {
            const OrderFilter f = readFilter(a);
            if (sub == QLatin1String("count")) {
                a.expectEmpty();
                out() << store.count(f) << Qt::endl;
                return Ok;
            }
            const OrderSort s = readSort(a);
            const qint64 limit = a.integer(QStringLiteral("--limit"), 50, 1, 1'000'000);
            const bool json = a.flag(QStringLiteral("--json"));
            a.expectEmpty();
            const auto rows = store.page(f, s, int(limit));
            if (json) {
                QJsonArray arr;
                for (const auto& r : rows)
                    arr.append(QJsonObject{
                        {QStringLiteral("number"), r.number},
                        {QStringLiteral("customer"), r.customerName},
                        {QStringLiteral("total"), Money(r.totalCents, r.currency).toPlainString()},
                        {QStringLiteral("currency"), r.currency},
                        {QStringLiteral("created"), localTime(r.createdAt)},
                        {QStringLiteral("status"), r.status},
                        {QStringLiteral("channel"), r.channel},
                        {QStringLiteral("new"), r.isNew},
                        {QStringLiteral("invalid"), r.invalid}});
                out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
                return Ok;
            }
            for (const auto& r : rows)
                out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7%8\n")
                             .arg(r.number, localTime(r.createdAt),
                                  Money(r.totalCents, r.currency).toPlainString() +
                                      QLatin1Char(' ') + r.currency,
                                  r.status, r.channel, r.customerName,
                                  r.isNew ? QStringLiteral("\t[new]") : QString(),
                                  r.invalid ? QStringLiteral("\t[invalid]") : QString());
            out().flush();
            return Ok;
        }
        if (sub == QLatin1String("show")) {
            const bool json = a.flag(QStringLiteral("--json"));
            const QString number = a.takeWord();
            if (number.isEmpty())
                throw UsageError{tr("Name the order number to show.")};
            a.expectEmpty();
            const Order o = store.orderByNumber(number);
            const auto events = store.events(o.id);
            if (json) {
                QJsonArray lines;
                for (const auto& l : o.lines)
                    lines.append(QJsonObject{
                        {QStringLiteral("sku"), l.sku},
                        {QStringLiteral("name"), l.name},
                        {QStringLiteral("quantity"), l.quantity},
                        {QStringLiteral("unit_price"), Money(l.unitPriceCents).toPlainString()}});
                QJsonArray evs;
                for (const auto& e : events)
                    evs.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                           {QStringLiteral("actor"), e.actor},
                                           {QStringLiteral("kind"), e.kind},
                                           {QStringLiteral("field"), e.field},
                                           {QStringLiteral("old"), e.oldValue},
                                           {QStringLiteral("new"), e.newValue},
                                           {QStringLiteral("note"), e.note}});
                out() << QJsonDocument(
                             QJsonObject{{QStringLiteral("number"), o.number},
                                         {QStringLiteral("customer"), o.customerName},
                                         {QStringLiteral("email"), o.email},
                                         {QStringLiteral("status"), o.status},
                                         {QStringLiteral("channel"), o.channel},
                                         {QStringLiteral("total"), o.total().toPlainString()},
                                         {QStringLiteral("currency"), o.currency},
                                         {QStringLiteral("invalid"), o.isInvalid()},
                                         {QStringLiteral("invalid_reason"), o.invalidReason},
                                         {QStringLiteral("new"), o.isNew()},
                                         {QStringLiteral("lines"), lines},
                                         {QStringLiteral("events"), evs}})
                             .toJson(QJsonDocument::Indented);
                return Ok;
            }
            out() << tr("Order %1").arg(o.number) << '\n'
                  << tr("Customer: %1 <%2> %3").arg(o.customerName, o.email, o.phone) << '\n'
                  << tr("Ship to: %1, %2 %3, %4")
                         .arg(o.shipTo.street, o.shipTo.postcode, o.shipTo.city, o.shipTo.country)
                  << '\n'
                  << tr("Status: %1   Channel: %2   Created: %3")
                         .arg(o.status, o.channel, o.createdAt.toLocalTime().toString(Qt::ISODate))
                  << '\n';
            if (o.isInvalid())
                out() << tr("INVALID: %1 (by %2)").arg(o.invalidReason, o.invalidBy) << '\n';
            for (const auto& l : o.lines)
                out() << QStringLiteral("  %1 × %2 %3 @ %4\n")
                             .arg(l.quantity)
                             .arg(l.sku, l.name, Money(l.unitPriceCents).toPlainString());
            out() << tr("Total: %1 %2").arg(o.total().toPlainString(), o.currency) << '\n'
                  << tr("History:") << '\n';
            for (const auto& e : events)
                out() << QStringLiteral("  %1  %2  %3 %4 %5 %6\n")
                             .arg(e.at.toLocalTime().toString(Qt::ISODate), e.actor, e.kind,
                                  e.field,
                                  e.oldValue.isEmpty() && e.newValue.isEmpty()
                                      ? QString()
                                      : e.oldValue + QStringLiteral(" → ") + e.newValue,
                                  e.note);
            out().flush();
            return Ok;
        }
        if (sub == QLatin1String("mark-seen")) {
            const int n = a.flag(QStringLiteral("--all"))
                              ? store.markAllSeen()
                              : store.markSeen(idsForNumbers(store, a.rest()));
            out() << tr("Marked %1 orders seen.").arg(n) << Qt::endl;
            return Ok;
        }
        if (sub == QLatin1String("invalidate")) {
            const auto reason = a.value(QStringLiteral("--reason"));
            if (!reason)
                throw UsageError{tr("Give the reason with --reason TEXT.")};
            const int n = store.invalidate(idsForNumbers(store, a.rest()), *reason,
                                           progressPrinter(tr("Invalidating")));
            out() << tr("Marked %1 orders invalid.").arg(n) << Qt::endl;
            return Ok;
        }
        if (sub == QLatin1String("revalidate")) {
            const int n = store.revalidate(idsForNumbers(store, a.rest()));
            out() << tr("Marked %1 orders valid again.").arg(n) << Qt::endl;
            return Ok;
        }
        if (sub == QLatin1String("delete")) {
            QList<qint64> ids;
            if (a.flag(QStringLiteral("--all-invalid"))) {
                a.expectEmpty();
                OrderFilter f;
                f.validity = OrderFilter::Validity::Invalid;
                ids = store.idsInRange(f, {}, 0, std::numeric_limits<int>::max());
            } else {
                ids = idsForNumbers(store, a.rest());
            }
            const int n = store.deleteInvalid(ids, progressPrinter(tr("Deleting")));
            out() << tr("Moved %1 invalid orders to the archive.").arg(n) << Qt::endl;
            return Ok;
        }
        throw UsageError{tr("Unknown command \"orders %1\".").arg(sub)};
    }
    if (command == QLatin1String("report") || command == QLatin1String("analytics"))
        return analyticsCommand(command, sub, *db, store.session(), a);
    if (command == QLatin1String("archive")) {
        if (sub == QLatin1String("list")) {
            const QString prefix = a.value(QStringLiteral("--number")).value_or(QString());
            const qint64 limit = a.integer(QStringLiteral("--limit"), 100, 1, 1'000'000);
            a.expectEmpty();
            for (const auto& r : store.archived(prefix, int(limit)))
                out() << QStringLiteral("%1\t%2\t%3\t%4 %5\t%6\t%7\t%8\n")
                             .arg(r.id)
                             .arg(r.number, r.customerName,
                                  Money(r.totalCents, r.currency).toPlainString(), r.currency,
                                  r.deletedAt.toLocalTime().toString(Qt::ISODate), r.deletedBy,
                                  r.invalidReason);
            out().flush();
            return Ok;
        }
        if (sub == QLatin1String("restore")) {
            const QStringList ids = a.rest();
            if (ids.isEmpty())
                throw UsageError{tr("Name at least one archive id (see \"archive list\").")};
            for (const QString& s : ids) {
                bool ok = false;
                const qint64 id = s.toLongLong(&ok);
                if (!ok)
                    throw UsageError{tr("\"%1\" is not an archive id.").arg(s)};
                const qint64 orderId = store.restore(id);
                out() << tr("Restored %1.").arg(store.order(orderId).number) << Qt::endl;
            }
            return Ok;
        }
        throw UsageError{tr("Unknown command \"archive %1\".").arg(sub)};
    }
    throw UsageError{command.isEmpty() ? tr("Name a command.")
                                       : tr("Unknown command \"%1\".").arg(command)};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("docketctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Docket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
    QStringList args = app.arguments().mid(1);
    QString lang;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size())
        lang = args[i + 1];
    installTranslators(app, lang);
    try {
        return run(args);
    } catch (const UsageError& e) {
        err() << tr("docketctl: %1").arg(e.message) << '\n'
              << tr("Run \"docketctl --help\" for usage.") << Qt::endl;
        return Usage;
    } catch (const DocketError& e) {
        err() << tr("docketctl: %1").arg(e.message()) << Qt::endl;
        return exitFor(e);
    }
}
