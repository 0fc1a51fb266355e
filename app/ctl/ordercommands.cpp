// `orders ...`: list, count and show orders, mark them seen, invalidate,
// revalidate and delete them, change their status and assign them, through
// OrderStore (and so its rules).

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "domain/errors.h"
#include "domain/parse.h"
#include "stores/orderstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace docket::ctl {

namespace {

// The filter options, read strictly (parse.h). `given` (when not null) says
// whether any of them was there.
OrderFilter readFilter(Args& a, bool* given = nullptr)
{
    OrderFilter f;
    bool any = false;
    auto number = [&](const QString& option) -> std::optional<QString> {
        const auto v = a.value(option);
        if (!v)
            return std::nullopt;
        any = true;
        const auto n = parse::orderNumberPrefix(*v);
        if (!n || v->isEmpty())
            throw UsageError{Ctl::tr("%1: %2").arg(
                option, n ? Ctl::tr("give an order number or its beginning.") : n.error())};
        return n.value();
    };
    if (auto n = number(QStringLiteral("--number")))
        f.number = *n;
    if (auto n = number(QStringLiteral("--exact"))) {
        f.number = *n;
        f.exactNumber = true;
    }
    const auto from = a.value(QStringLiteral("--from"));
    const auto to = a.value(QStringLiteral("--to"));
    if (from || to) {
        any = true;
        for (const auto& [option, text] :
             {std::pair{QStringLiteral("--from"), from}, std::pair{QStringLiteral("--to"), to}})
            if (text && !parse::date(*text))
                throw UsageError{Ctl::tr("%1: %2").arg(option, parse::date(*text).error())};
        const auto range = parse::dateRange(from.value_or(QString()), to.value_or(QString()));
        if (!range)
            throw UsageError{range.error()};
        f.from = range.value().from;
        f.to = range.value().to;
    }
    auto list = [&](const QString& option, const QString& what) {
        const QStringList l = a.list(option, what);
        any = any || !l.isEmpty();
        return l;
    };
    f.statuses = list(QStringLiteral("--status"), Ctl::tr("status codes"));
    f.channels = list(QStringLiteral("--channel"), Ctl::tr("channel codes"));
    if (auto k = a.value(QStringLiteral("--keyword"))) {
        any = true;
        if (const auto words = parse::keyword(*k); !words || words.value().isEmpty())
            throw UsageError{
                Ctl::tr("--keyword: %1")
                    .arg(words ? Ctl::tr("give a word to search for.") : words.error())};
        f.keyword = *k;
    }
    f.regions = list(QStringLiteral("--region"), Ctl::tr("regions"));
    f.skus = list(QStringLiteral("--sku"), Ctl::tr("SKUs"));
    f.newOnly = a.flag(QStringLiteral("--new"));
    // --overdue is --due overdue (past the deadline of the order's step).
    if (a.flag(QStringLiteral("--overdue")))
        f.due = OrderFilter::Due::Overdue;
    any = any || f.newOnly || f.due != OrderFilter::Due::Any;
    if (auto due = a.value(QStringLiteral("--due"))) {
        if (*due == QLatin1String("overdue"))
            f.due = OrderFilter::Due::Overdue;
        else if (*due == QLatin1String("soon"))
            f.due = OrderFilter::Due::Soon;
        else
            throw UsageError{
                Ctl::tr("--due: \"%1\" is neither \"overdue\" (past the deadline of the step) "
                        "nor \"soon\" (due within 24 h).")
                    .arg(*due)};
        any = true;
    }
    if (a.flag(QStringLiteral("--invalid"))) {
        f.validity = OrderFilter::Validity::Invalid;
        any = true;
    }
    if (a.flag(QStringLiteral("--all-validity"))) {
        f.validity = OrderFilter::Validity::All;
        any = true;
    }
    f.check();
    if (given)
        *given = any;
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
            {QStringLiteral("channel"), OrderColumn::Channel},
            {QStringLiteral("due"), OrderColumn::Due}};
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

// Order numbers from the command line and from --from-file FILE (one a
// line; blank lines and spaces around a number are ignored; "-" reads
// standard input), each read by parse::orderNumber.
QStringList readNumbers(Args& a)
{
    QStringList numbers;
    auto add = [&numbers](const QString& text, const QString& where) {
        const auto n = parse::orderNumber(text);
        if (!n)
            throw UsageError{where.isEmpty() ? n.error() : Ctl::tr("%1: %2").arg(where, n.error())};
        numbers << n.value();
    };
    if (const auto file = a.value(QStringLiteral("--from-file"))) {
        QFile f(*file);
        const bool ok = *file == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                    : f.open(QIODevice::ReadOnly);
        if (!ok)
            throw DocketError(DocketError::Code::NotFound,
                              Ctl::tr("Cannot read the file %1: %2.")
                                  .arg(QDir::toNativeSeparators(*file), f.errorString()));
        qint64 line = 0;
        while (!f.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(f.readLine()).trimmed();
            if (!text.isEmpty())
                add(text, Ctl::tr("%1, line %L2").arg(QDir::toNativeSeparators(*file)).arg(line));
        }
    }
    for (const QString& word : a.rest())
        add(word, {});
    return numbers;
}

// The orders a batch command works on: those named by number (arguments,
// --from-file), those the filter options select, or, with both, the named
// ones the filter selects. `validity` is the filter's default for the command
// (revalidate and delete look at invalid orders).
QList<qint64> batchIds(OrderStore& store, Args& a, OrderFilter::Validity validity)
{
    const bool allValidity = a.flag(QStringLiteral("--all-validity"));
    const bool invalid = a.flag(QStringLiteral("--invalid"));
    bool filtered = false;
    OrderFilter f = readFilter(a, &filtered);
    f.validity = allValidity ? OrderFilter::Validity::All
                 : invalid   ? OrderFilter::Validity::Invalid
                             : validity;
    filtered = filtered || allValidity || invalid;
    const QStringList numbers = readNumbers(a);
    if (numbers.isEmpty() && !filtered)
        throw UsageError{Ctl::tr("Name the orders: order numbers, --from-file FILE, or filters "
                                 "(see FILTERS).")};
    if (numbers.isEmpty())
        return store.idsMatching(f);
    const QList<qint64> named = store.idsForNumbers(numbers);
    return filtered ? store.idsMatching(f, named) : named;
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
    out() << QJsonDocument(
                 QJsonObject{{QStringLiteral("number"), o.number},
                             {QStringLiteral("customer"), o.customerName},
                             {QStringLiteral("email"), o.email},
                             {QStringLiteral("status"), o.status},
                             {QStringLiteral("channel"), o.channel},
                             {QStringLiteral("total"), o.total.toPlainString()},
                             {QStringLiteral("currency"), o.currency},
                             {QStringLiteral("lines_total"), o.linesTotal().toPlainString()},
                             {QStringLiteral("shipping"), o.shippingAmount().toPlainString()},
                             {QStringLiteral("tax_rate"), o.taxRate.toPlainString()},
                             {QStringLiteral("tax"), o.tax().toPlainString()},
                             {QStringLiteral("invalid"), o.isInvalid()},
                             {QStringLiteral("invalid_reason"), o.invalidReason},
                             {QStringLiteral("new"), o.isNew()},
                             {QStringLiteral("assigned_to"), o.assignedTo},
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
    const QString word = a.takeWord();
    if (word.isEmpty())
        throw UsageError{Ctl::tr("Name the order number to show.")};
    a.expectEmpty();
    const auto number = parse::orderNumber(word);
    if (!number)
        throw UsageError{number.error()};
    const Order o = store.orderByNumber(number.value());
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
    // The charges where the order has them, as the invoice prints them.
    if (o.shippingAmount().minorUnits() != 0 || !o.taxRate.isZero())
        out() << Ctl::tr("Lines: %1 %2").arg(o.linesTotal().toPlainString(), o.currency) << '\n'
              << Ctl::tr("Shipping: %1 %2").arg(o.shippingAmount().toPlainString(), o.currency)
              << '\n'
              << Ctl::tr("Tax (%1%): %2 %3")
                     .arg(o.taxRate.toPlainString(), o.tax().toPlainString(), o.currency)
              << '\n';
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
    if (c.args.flag(QStringLiteral("--all"))) {
        c.args.expectEmpty();
        const int n = store.markAllSeen();
        out() << Ctl::tr("Marked %Ln order(s) seen.", nullptr, n) << Qt::endl;
        return Ok;
    }
    const bool dryRun = c.args.flag(QStringLiteral("--dry-run"));
    const QList<qint64> ids = batchIds(store, c.args, OrderFilter::Validity::Valid);
    if (dryRun) {
        OrderFilter unseen;
        unseen.newOnly = true;
        const qint64 n = store.idsMatching(unseen, ids).size();
        out() << Ctl::tr("Would mark %Ln order(s) seen; nothing was changed (dry run).", nullptr,
                         int(n))
              << Qt::endl;
        return Ok;
    }
    const int n = store.markSeen(ids);
    out() << Ctl::tr("Marked %Ln order(s) seen.", nullptr, n) << Qt::endl;
    return Ok;
}

int invalidate(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const auto reason = c.args.value(QStringLiteral("--reason"));
    const bool dryRun = c.args.flag(QStringLiteral("--dry-run"));
    if (!reason && !dryRun)
        throw UsageError{Ctl::tr("Give the reason with --reason TEXT.")};
    const QList<qint64> ids = batchIds(store, c.args, OrderFilter::Validity::Valid);
    if (dryRun) {
        const qint64 n = store.idsMatching(OrderFilter{}, ids).size();
        out() << Ctl::tr("Would mark %Ln order(s) invalid; nothing was changed (dry run).", nullptr,
                         int(n))
              << Qt::endl;
        return Ok;
    }
    const int n = store.invalidate(ids, *reason, progressPrinter(Ctl::tr("Invalidating")));
    out() << Ctl::tr("Marked %Ln order(s) invalid.", nullptr, n) << Qt::endl;
    return Ok;
}

int revalidate(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const bool dryRun = c.args.flag(QStringLiteral("--dry-run"));
    const QList<qint64> ids = batchIds(store, c.args, OrderFilter::Validity::Invalid);
    if (dryRun) {
        OrderFilter invalid;
        invalid.validity = OrderFilter::Validity::Invalid;
        const qint64 n = store.idsMatching(invalid, ids).size();
        out() << Ctl::tr("Would mark %Ln order(s) valid again; nothing was changed (dry run).",
                         nullptr, int(n))
              << Qt::endl;
        return Ok;
    }
    const int n = store.revalidate(ids, progressPrinter(Ctl::tr("Revalidating")));
    out() << Ctl::tr("Marked %Ln order(s) valid again.", nullptr, n) << Qt::endl;
    return Ok;
}

int remove(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const bool dryRun = c.args.flag(QStringLiteral("--dry-run"));
    QList<qint64> ids;
    if (c.args.flag(QStringLiteral("--all-invalid"))) {
        c.args.expectEmpty();
        OrderFilter f;
        f.validity = OrderFilter::Validity::Invalid;
        ids = store.idsMatching(f);
    } else {
        ids = batchIds(store, c.args, OrderFilter::Validity::Invalid);
    }
    if (dryRun) {
        // Every one must be invalid, or the delete refuses them all.
        OrderFilter invalid;
        invalid.validity = OrderFilter::Validity::Invalid;
        const qint64 n = store.idsMatching(invalid, ids).size();
        if (n != ids.size())
            out() << Ctl::tr("%L1 of the %L2 orders are not marked invalid: the delete would "
                             "refuse them all (dry run).")
                         .arg(ids.size() - n)
                         .arg(ids.size())
                  << Qt::endl;
        else
            out() << Ctl::tr("Would move %Ln invalid order(s) to the archive; nothing was "
                             "changed (dry run).",
                             nullptr, int(n))
                  << Qt::endl;
        return Ok;
    }
    const int n = store.deleteInvalid(ids, progressPrinter(Ctl::tr("Deleting")));
    out() << Ctl::tr("Moved %Ln invalid order(s) to the archive.", nullptr, n) << Qt::endl;
    return Ok;
}

int changeStatus(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const auto to = c.args.value(QStringLiteral("--to"));
    if (!to)
        throw UsageError{Ctl::tr("Name the new status with --to STATUS.")};
    const auto target = status::fromCode(to->trimmed().toLower());
    if (!target) {
        QStringList codes;
        for (OrderStatus s : status::all())
            codes << status::code(s);
        throw UsageError{Ctl::tr("--to: unknown status \"%1\" (one of: %2).")
                             .arg(*to, codes.join(QStringLiteral(", ")))};
    }
    const QString note = c.args.value(QStringLiteral("--note")).value_or(QString());
    const int n = store.changeStatuses(batchIds(store, c.args, OrderFilter::Validity::Valid),
                                       *target, note, progressPrinter(Ctl::tr("Changing status")));
    out() << Ctl::tr("Moved %Ln order(s) to \"%1\".", nullptr, n).arg(status::label(*target))
          << Qt::endl;
    return Ok;
}

int assign(Context& c)
{
    OrderStore store(c.db->connection(), c.session);
    const auto to = c.args.value(QStringLiteral("--to"));
    const bool nobody = c.args.flag(QStringLiteral("--nobody"));
    if (!to == !nobody)
        throw UsageError{Ctl::tr("Name the user with --to USER, or unassign with --nobody.")};
    if (to && to->trimmed().isEmpty())
        throw UsageError{Ctl::tr("--to: name a user (or unassign with --nobody).")};
    const int n = store.assign(batchIds(store, c.args, OrderFilter::Validity::Valid),
                               to.value_or(QString()), progressPrinter(Ctl::tr("Assigning")));
    out() << (nobody ? Ctl::tr("Unassigned %Ln order(s).", nullptr, n)
                     : Ctl::tr("Assigned %Ln order(s) to %1.", nullptr, n).arg(to->trimmed()))
          << Qt::endl;
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
     QT_TRANSLATE_NOOP("docketctl", "  orders mark-seen ORDERS | --all [--dry-run]\n"), markSeen},
    {"orders", "invalidate",
     QT_TRANSLATE_NOOP("docketctl", "  orders invalidate ORDERS --reason TEXT [--dry-run]\n"),
     invalidate},
    {"orders", "revalidate",
     QT_TRANSLATE_NOOP("docketctl", "  orders revalidate ORDERS [--dry-run]\n"), revalidate},
    {"orders", "status",
     QT_TRANSLATE_NOOP("docketctl",
                       "  orders status NUMBER... --to STATUS [--note TEXT]\n"
                       "                                 through the workflow; all or nothing\n"),
     changeStatus},
    {"orders", "assign",
     QT_TRANSLATE_NOOP("docketctl", "  orders assign NUMBER... --to USER | --nobody\n"), assign},
    {"orders", "delete",
     QT_TRANSLATE_NOOP("docketctl",
                       "  orders delete ORDERS [--dry-run]  only invalid orders; moves them to "
                       "the archive\n"
                       "  orders delete --all-invalid    every invalid order in scope\n"
                       "    ORDERS: order numbers, and/or --from-file FILE (one number a line, "
                       "- for\n"
                       "    standard input), and/or FILTERS (all the orders they select; with "
                       "numbers,\n"
                       "    those of them the filters select). --dry-run prints how many would "
                       "change.\n"),
     remove},
    {"orders", "*", nullptr, unknown},
};

} // namespace

Commands orderCommands()
{
    return commands;
}

} // namespace docket::ctl
