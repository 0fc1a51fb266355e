// `archive list|restore`: deleted orders, and putting them back.

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "domain/parse.h"
#include "stores/orderstore.h"

namespace docket::ctl {

namespace {

int list(Context& c)
{
    Args& a = c.args;
    OrderStore store(c.db->connection(), c.session);
    const QString text = a.value(QStringLiteral("--number")).value_or(QString());
    const auto prefix = parse::orderNumberPrefix(text);
    if (!prefix)
        throw UsageError{Ctl::tr("%1: %2").arg(QStringLiteral("--number"), prefix.error())};
    ArchiveFilter filter(prefix.value());
    filter.keyword = a.value(QStringLiteral("--keyword")).value_or(QString());
    filter.from = a.date(QStringLiteral("--from"));
    filter.to = a.date(QStringLiteral("--to"));
    const qint64 limit = a.integer(QStringLiteral("--limit"), 100, 1, 1'000'000);
    a.expectEmpty();
    for (const auto& r : store.archived(filter, int(limit)))
        out() << QStringLiteral("%1\t%2\t%3\t%4 %5\t%6\t%7\t%8\n")
                     .arg(r.id)
                     .arg(r.number, r.customerName, r.total.toPlainString(), r.total.currency(),
                          r.deletedAt.toLocalTime().toString(Qt::ISODate), r.deletedBy,
                          r.invalidReason);
    out().flush();
    return Ok;
}

int restore(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const QStringList ids = c.args.rest();
    if (ids.isEmpty())
        throw UsageError{Ctl::tr("Name at least one archive id (see \"archive list\").")};
    // Every id read before the first is restored: a typo restores nothing.
    QList<qint64> archiveIds;
    for (const QString& s : ids) {
        const auto id = parse::id(s);
        if (!id)
            throw UsageError{id.error()};
        archiveIds << id.value();
    }
    for (const qint64 id : archiveIds) {
        const qint64 orderId = store.restore(id);
        out() << Ctl::tr("Restored %1.").arg(store.order(orderId).number) << Qt::endl;
    }
    return Ok;
}

int unknown(Context& c)
{
    throw UsageError{Ctl::tr("Unknown command \"archive %1\".").arg(c.word)};
}

const Command commands[] = {
    {"archive", "list",
     QT_TRANSLATE_NOOP("docketctl",
                       "  archive list [--number PREFIX] [--keyword TEXT] [--from YYYY-MM-DD] "
                       "[--to YYYY-MM-DD] [--limit N]\n"
                       "                                 customer words and order dates as in "
                       "orders list\n"),
     list},
    {"archive", "restore",
     QT_TRANSLATE_NOOP("docketctl", "  archive restore ID...          put archived orders back\n"),
     restore},
    {"archive", "*", nullptr, unknown},
};

} // namespace

Commands archiveCommands()
{
    return commands;
}

} // namespace docket::ctl
