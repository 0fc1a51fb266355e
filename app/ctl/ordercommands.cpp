// `orders ...`: list, count and show orders, mark them seen, invalidate,
// revalidate and delete them, through OrderStore (and so its rules).

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "stores/orderstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace docket::ctl {

namespace {

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
    if (auto r = a.value(QStringLiteral("--region")))
        f.regions = r->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto k = a.value(QStringLiteral("--sku")))
        f.skus = k->split(QLatin1Char(','), Qt::SkipEmptyParts);
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
            throw UsageError{Ctl::tr("--sort: unknown column \"%1\".").arg(*c)};
        s.column = columns.value(*c);
        s.order = Qt::AscendingOrder;
    }
    if (a.flag(QStringLiteral("--asc")))
        s.order = Qt::AscendingOrder;
    if (a.flag(QStringLiteral("--desc")))
        s.order = Qt::DescendingOrder;
    return s;
}

QList<qint64> idsForNumbers(OrderStore& store, const QStringList& numbers)
{
    if (numbers.isEmpty())
        throw UsageError{Ctl::tr("Name at least one order number.")};
    QList<qint64> ids;
    for (const QString& n : numbers)
        ids << store.orderByNumber(n).id;
    return ids;
}

int list(Context& c)
{
    Args& a = c.args;
    OrderStore store(c.db->connection(), c.session);
    const OrderFilter f = readFilter(a);
    const OrderSort s = readSort(a);
    const qint64 limit = a.integer(QStringLiteral("--limit"), 50, 1, 1'000'000);
    const bool json = a.flag(QStringLiteral("--json"));
    a.expectEmpty();
    const auto rows = store.page(f, s, int(limit));
    if (json) {
        QJsonArray arr;
        for (const auto& r : rows)
            arr.append(QJsonObject{{QStringLiteral("number"), r.number},
                                   {QStringLiteral("customer"), r.customerName},
                                   {QStringLiteral("total"), r.total.toPlainString()},
                                   {QStringLiteral("currency"), r.total.currency()},
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
                          r.total.toPlainString() + QLatin1Char(' ') + r.total.currency(), r.status,
                          r.channel, r.customerName,
                          r.isNew ? QStringLiteral("\t[new]") : QString(),
                          r.invalid ? QStringLiteral("\t[invalid]") : QString());
    out().flush();
    return Ok;
}

int count(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const OrderFilter f = readFilter(c.args);
    c.args.expectEmpty();
    out() << store.count(f) << Qt::endl;
    return Ok;
}

void showJson(const Order& o, const QList<OrderEvent>& events)
{
    QJsonArray lines;
    for (const auto& l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), l.unitPrice.toPlainString()}});
    QJsonArray evs;
    for (const auto& e : events)
        evs.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                               {QStringLiteral("actor"), e.actor},
                               {QStringLiteral("kind"), e.kind},
                               {QStringLiteral("field"), e.field},
                               {QStringLiteral("old"), e.oldValue},
                               {QStringLiteral("new"), e.newValue},
                               {QStringLiteral("note"), e.note}});
    out() << QJsonDocument(QJsonObject{{QStringLiteral("number"), o.number},
                                       {QStringLiteral("customer"), o.customerName},
                                       {QStringLiteral("email"), o.email},
                                       {QStringLiteral("status"), o.status},
                                       {QStringLiteral("channel"), o.channel},
                                       {QStringLiteral("total"), o.total.toPlainString()},
                                       {QStringLiteral("currency"), o.currency},
                                       {QStringLiteral("invalid"), o.isInvalid()},
                                       {QStringLiteral("invalid_reason"), o.invalidReason},
                                       {QStringLiteral("new"), o.isNew()},
                                       {QStringLiteral("ship_to"),
                                        QJsonObject{{QStringLiteral("street"), o.shipTo.street},
                                                    {QStringLiteral("city"), o.shipTo.city},
                                                    {QStringLiteral("postcode"), o.shipTo.postcode},
                                                    {QStringLiteral("region"), o.shipTo.region},
                                                    {QStringLiteral("country"), o.shipTo.country}}},
                                       {QStringLiteral("lines"), lines},
                                       {QStringLiteral("events"), evs}})
                 .toJson(QJsonDocument::Indented);
}

int show(Context& c)
{
    Args& a = c.args;
    OrderStore store(c.db->connection(), c.session);
    const bool json = a.flag(QStringLiteral("--json"));
    const QString number = a.takeWord();
    if (number.isEmpty())
        throw UsageError{Ctl::tr("Name the order number to show.")};
    a.expectEmpty();
    const Order o = store.orderByNumber(number);
    const auto events = store.events(o.id);
    if (json) {
        showJson(o, events);
        return Ok;
    }
    out() << Ctl::tr("Order %1").arg(o.number) << '\n'
          << Ctl::tr("Customer: %1 <%2> %3").arg(o.customerName, o.email, o.phone) << '\n'
          << Ctl::tr("Ship to: %1, %2 %3, %4")
                 .arg(o.shipTo.street, o.shipTo.postcode, o.shipTo.city, o.shipTo.country)
          << '\n'
          << Ctl::tr("Status: %1   Channel: %2   Created: %3")
                 .arg(o.status, o.channel, o.createdAt.toLocalTime().toString(Qt::ISODate))
          << '\n';
    if (o.isInvalid())
        out() << Ctl::tr("INVALID: %1 (by %2)").arg(o.invalidReason, o.invalidBy) << '\n';
    for (const auto& l : o.lines)
        out() << QStringLiteral("  %1 × %2 %3 @ %4\n")
                     .arg(l.quantity)
                     .arg(l.sku, l.name, l.unitPrice.toPlainString());
    out() << Ctl::tr("Total: %1 %2").arg(o.total.toPlainString(), o.currency) << '\n'
          << Ctl::tr("History:") << '\n';
    for (const auto& e : events)
        out() << QStringLiteral("  %1  %2  %3 %4 %5 %6\n")
                     .arg(e.at.toLocalTime().toString(Qt::ISODate), e.actor, e.kind, e.field,
                          transition(e.oldValue, e.newValue), e.note);
    out().flush();
    return Ok;
}

int markSeen(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const int n = c.args.flag(QStringLiteral("--all"))
                      ? store.markAllSeen()
                      : store.markSeen(idsForNumbers(store, c.args.rest()));
    out() << Ctl::tr("Marked %Ln order(s) seen.", nullptr, n) << Qt::endl;
    return Ok;
}

int invalidate(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const auto reason = c.args.value(QStringLiteral("--reason"));
    if (!reason)
        throw UsageError{Ctl::tr("Give the reason with --reason TEXT.")};
    const int n = store.invalidate(idsForNumbers(store, c.args.rest()), *reason,
                                   progressPrinter(Ctl::tr("Invalidating")));
    out() << Ctl::tr("Marked %Ln order(s) invalid.", nullptr, n) << Qt::endl;
    return Ok;
}

int revalidate(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const int n = store.revalidate(idsForNumbers(store, c.args.rest()));
    out() << Ctl::tr("Marked %Ln order(s) valid again.", nullptr, n) << Qt::endl;
    return Ok;
}

int remove(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    QList<qint64> ids;
    if (c.args.flag(QStringLiteral("--all-invalid"))) {
        c.args.expectEmpty();
        OrderFilter f;
        f.validity = OrderFilter::Validity::Invalid;
        ids = store.idsInRange(f, {}, 0, std::numeric_limits<int>::max());
    } else {
        ids = idsForNumbers(store, c.args.rest());
    }
    const int n = store.deleteInvalid(ids, progressPrinter(Ctl::tr("Deleting")));
    out() << Ctl::tr("Moved %Ln invalid order(s) to the archive.", nullptr, n) << Qt::endl;
    return Ok;
}

int unknown(Context& c)
{
    throw UsageError{Ctl::tr("Unknown command \"orders %1\".").arg(c.word)};
}

const Command commands[] = {
    {"orders", "list",
     QT_TRANSLATE_NOOP("docketctl", "  orders list [FILTERS] [--limit N] [--sort COLUMN] "
                                    "[--asc|--desc] [--json]\n"),
     list},
    {"orders", "count", QT_TRANSLATE_NOOP("docketctl", "  orders count [FILTERS]\n"), count},
    {"orders", "show",
     QT_TRANSLATE_NOOP("docketctl",
                       "  orders show NUMBER [--json]    one order with lines and its audit "
                       "trail\n"),
     show},
    {"orders", "mark-seen",
     QT_TRANSLATE_NOOP("docketctl", "  orders mark-seen NUMBER... | --all\n"), markSeen},
    {"orders", "invalidate",
     QT_TRANSLATE_NOOP("docketctl", "  orders invalidate NUMBER... --reason TEXT\n"), invalidate},
    {"orders", "revalidate", QT_TRANSLATE_NOOP("docketctl", "  orders revalidate NUMBER...\n"),
     revalidate},
    {"orders", "delete",
     QT_TRANSLATE_NOOP("docketctl",
                       "  orders delete NUMBER...        only invalid orders; moves them to the "
                       "archive\n"
                       "  orders delete --all-invalid    every invalid order in scope\n"),
     remove},
    {"orders", "*", nullptr, unknown},
};

} // namespace

Commands orderCommands()
{
    return commands;
}

} // namespace docket::ctl
