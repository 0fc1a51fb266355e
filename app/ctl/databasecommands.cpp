// `db info|init|migrate` and `seed`: setting a database up. They may run
// before the database has users (as the local user). Only `db init` creates
// a database; the others need one.

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "seed/seeder.h"
#include "stores/orderstore.h"

#include <QElapsedTimer>
#include <limits>

namespace docket::ctl {

namespace {

int info(Context& c)
{
    c.args.expectEmpty();
    OrderStore store(c.db->connection(), c.session);
    OrderFilter all;
    all.validity = OrderFilter::Validity::All;
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    out() << Ctl::tr("Database: %1").arg(c.db->config().displayName()) << '\n'
          << Ctl::tr("Schema version: %1 (latest %2)")
                 .arg(c.db->schemaVersion())
                 .arg(Database::latestSchemaVersion(c.db->backend()))
          << '\n'
          << Ctl::tr("Orders: %1 (%2 invalid, %3 new)")
                 .arg(store.count(all))
                 .arg(store.count(invalid))
                 .arg(store.countNew())
          << Qt::endl;
    if (c.db->isReadOnly())
        out() << Ctl::tr("Opened read-only: %1.").arg(c.db->readOnlyReason()) << Qt::endl;
    return Ok;
}

// Neither opens nor migrates the database first: it creates it.
int init(Context& c)
{
    auto db = std::make_shared<Database>(DatabaseConfig::fromString(c.databaseArg));
    c.args.expectEmpty();
    const bool created = db->initialize();
    const QString text = created
                             ? Ctl::tr("Created the Docket schema (version %1) in %2.")
                             : Ctl::tr("%2 already holds a Docket database (schema version %1).");
    out() << text.arg(db->schemaVersion()).arg(db->config().displayName()) << Qt::endl;
    return Ok;
}

// Opening the database applied the migrations.
int migrate(Context& c)
{
    c.args.expectEmpty();
    out() << Ctl::tr("Schema version %1.").arg(c.db->schemaVersion()) << Qt::endl;
    return Ok;
}

int seed(Context& c)
{
    Args& a = c.args;
    OrderStore store(c.db->connection(), c.session);
    SeedOptions opt;
    opt.orders = a.integer(QStringLiteral("--orders"), 10000, 0, 100'000'000);
    opt.seed =
        quint64(a.integer(QStringLiteral("--seed"), 1, 0, std::numeric_limits<qint64>::max()));
    opt.days = int(a.integer(QStringLiteral("--days"), 730, 1, 36500));
    opt.fulfilment = int(a.integer(QStringLiteral("--fulfilment"), 0, 0, 100000));
    a.expectEmpty();
    QElapsedTimer t;
    t.start();
    const SeedResult r = seedOrders(store, opt, progressPrinter(Ctl::tr("Seeding")));
    out() << Ctl::tr("Added %1 orders with %2 lines, %3 customers and %4 products in %5 s.")
                 .arg(r.orders)
                 .arg(r.lines)
                 .arg(r.customers)
                 .arg(r.products)
                 .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Ok;
}

const Command commands[] = {
    {"db", "info",
     QT_TRANSLATE_NOOP("docketctl", "  db info                        schema version and counts\n"),
     info, BeforeUsers},
    {"db", "init",
     QT_TRANSLATE_NOOP("docketctl",
                       "  db init                        create the schema in a new SQLite file "
                       "or an\n"
                       "                                 empty PostgreSQL database\n"),
     init, OwnDatabase},
    {"db", "migrate",
     QT_TRANSLATE_NOOP("docketctl", "  db migrate                     apply pending migrations\n"),
     migrate, BeforeUsers | NeverSignsIn},
    {"db", "*", nullptr, unknownCommand, BeforeUsers},
    {"seed", nullptr,
     QT_TRANSLATE_NOOP(
         "docketctl",
         "  seed --orders N [--seed S]     add N realistic demo orders; with\n"
         "       [--fulfilment K]          --fulfilment K the youngest K get payments,\n"
         "                                 shipments, refunds, and a few new ones\n"
         "                                 wait in review\n"),
     seed, BeforeUsers},
};

} // namespace

Commands databaseCommands()
{
    return commands;
}

} // namespace docket::ctl
