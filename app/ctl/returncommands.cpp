// `returns ...` and `feedback ...`: after-sales through ReturnStore (and so
// its rules, rights, scope and the order's timeline).

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "domain/errors.h"
#include "stores/cataloguestore.h"
#include "stores/orderstore.h"
#include "stores/returnstore.h"

#include <QRegularExpression>
#include <limits>

namespace docket::ctl {

namespace {

qint64 returnId(const QStringList& rest, const QString& usage)
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{0,9}$"));
    if (rest.isEmpty() || !re.match(rest.first()).hasMatch())
        throw UsageError{usage};
    return rest.first().toLongLong();
}

ReturnStore store(Context& c)
{
    return ReturnStore(c.db->connection(), c.session);
}

int returnsList(Context& c)
{
    Args& a = c.args;
    ReturnFilter f;
    f.openOnly = a.flag(QStringLiteral("--open"));
    f.overdueOnly = a.flag(QStringLiteral("--overdue"));
    if (auto s = a.value(QStringLiteral("--state"))) {
        if (!returnstate::fromCode(*s))
            throw UsageError{Ctl::tr("--state: one of requested, approved, rejected, received, "
                                     "closed.")};
        f.state = *s;
    }
    if (auto n = a.value(QStringLiteral("--order")))
        f.orderId = OrderStore(c.db->connection(), c.session).orderByNumber(*n).id;
    a.expectEmpty();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ReturnRequest& r : store(c).returns(f))
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7\n")
                     .arg(r.id)
                     .arg(r.orderNumber, returnstate::labelForCode(r.state),
                          returnreason::labelForCode(r.reason),
                          localTime(r.createdAt.toSecsSinceEpoch()),
                          r.deadline.isValid() ? localTime(r.deadline.toSecsSinceEpoch())
                                               : QStringLiteral("-"),
                          r.overdue(now) ? Ctl::tr("\t[overdue]") : QString());
    out().flush();
    return Ok;
}

int returnsCreate(Context& c)
{
    Args& a = c.args;
    const auto reasonText = a.value(QStringLiteral("--reason"));
    const auto reason = returnreason::fromCode(reasonText.value_or(QString()));
    if (!reason)
        throw UsageError{Ctl::tr("--reason: one of defective, wrong_item, not_as_described, "
                                 "damaged, changed_mind.")};
    const QString note = a.value(QStringLiteral("--note")).value_or(QString());
    const QStringList rest = a.rest();
    if (rest.size() < 3 || rest.size() % 2 == 0)
        throw UsageError{Ctl::tr("returns create ORDER_NUMBER SKU QTY [SKU QTY...] --reason "
                                 "REASON [--note TEXT]")};
    const qint64 order = OrderStore(c.db->connection(), c.session).orderByNumber(rest[0]).id;
    static const QRegularExpression whole(QStringLiteral("^[1-9][0-9]{0,6}$"));
    QList<ReturnStore::RequestLine> lines;
    for (qsizetype i = 1; i < rest.size(); i += 2) {
        if (!whole.match(rest[i + 1]).hasMatch())
            throw UsageError{Ctl::tr("%1: \"%2\" is not a whole number from 1 to 1,000,000.")
                                 .arg(rest[i], rest[i + 1])};
        lines.push_back({rest[i], rest[i + 1].toLongLong()});
    }
    const qint64 id = store(c).create(order, *reason, lines, note);
    out() << Ctl::tr("Return %1 requested for order %2.").arg(id).arg(rest[0]) << '\n';
    return Ok;
}

int returnsApprove(Context& c)
{
    const qint64 id = returnId(c.args.rest(), Ctl::tr("returns approve ID"));
    store(c).approve(id);
    out() << Ctl::tr("Return %1 approved.").arg(id) << '\n';
    return Ok;
}

int returnsReject(Context& c)
{
    const QString reason = c.args.value(QStringLiteral("--reason")).value_or(QString());
    const qint64 id = returnId(c.args.rest(), Ctl::tr("returns reject ID --reason TEXT"));
    store(c).reject(id, reason);
    out() << Ctl::tr("Return %1 rejected.").arg(id) << '\n';
    return Ok;
}

// returns receive ID [--restock CODE] [--write-off LINE,...]: every line
// restocked to CODE, except the lines written off.
int returnsReceive(Context& c)
{
    Args& a = c.args;
    const auto code = a.value(QStringLiteral("--restock"));
    const QStringList off = a.value(QStringLiteral("--write-off"))
                                .value_or(QString())
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const qint64 id =
        returnId(a.rest(), Ctl::tr("returns receive ID --restock CODE [--write-off LINE,...]"));
    ReturnStore rs = store(c);
    qint64 warehouse = 0;
    if (code) {
        const auto w = CatalogueStore(c.db->connection(), c.session).warehouseByCode(*code);
        if (!w)
            throw DocketError(DocketError::Code::NotFound,
                              Ctl::tr("There is no warehouse with the code %1.").arg(*code),
                              QStringLiteral("warehouse"));
        warehouse = w->id;
    }
    QList<ReturnStore::Disposition> lines;
    int restocked = 0;
    for (const ReturnLine& l : rs.returnRequest(id).lines) {
        const bool writeOff = off.contains(QString::number(l.lineNo));
        if (!writeOff && !warehouse)
            throw UsageError{Ctl::tr("Name the warehouse the goods go back to: --restock CODE "
                                     "(or write every line off with --write-off).")};
        lines.push_back({l.lineNo, !writeOff, writeOff ? 0 : warehouse});
        restocked += writeOff ? 0 : 1;
    }
    rs.receive(id, lines);
    out() << Ctl::tr("Return %1 received: %2 of %3 line(s) restocked.")
                 .arg(id)
                 .arg(restocked)
                 .arg(lines.size())
          << '\n';
    return Ok;
}

int returnsClose(Context& c)
{
    Args& a = c.args;
    const QString note = a.value(QStringLiteral("--note")).value_or(QString());
    const auto refund = a.value(QStringLiteral("--refund"));
    const bool exchange = a.flag(QStringLiteral("--exchange"));
    const bool repair = a.flag(QStringLiteral("--repair"));
    const qint64 id = returnId(a.rest(), Ctl::tr("returns close ID --refund AMOUNT | --exchange | "
                                                 "--repair --note TEXT"));
    if (int(refund.has_value()) + int(exchange) + int(repair) != 1)
        throw UsageError{Ctl::tr("Choose one resolution: --refund AMOUNT, --exchange or "
                                 "--repair.")};
    ReturnStore rs = store(c);
    if (exchange) {
        const qint64 order = rs.exchange(id, note);
        out() << Ctl::tr("Return %1 closed: replacement order %2.")
                     .arg(id)
                     .arg(OrderStore(c.db->connection(), c.session).order(order).number)
              << '\n';
        return Ok;
    }
    if (repair) {
        rs.close(id, ReturnResolution::Repair, note);
        out() << Ctl::tr("Return %1 closed: repaired.").arg(id) << '\n';
        return Ok;
    }
    const auto amount = Money::parse(*refund, rs.returnRequest(id).currency);
    if (!amount)
        throw UsageError{Ctl::tr("--refund: \"%1\" is not an amount such as 12.50.").arg(*refund)};
    rs.close(id, ReturnResolution::Refund, note, *amount);
    out() << Ctl::tr("Return %1 closed: %2 refunded.").arg(id).arg(amount->toPlainString()) << '\n';
    return Ok;
}

int feedbackAdd(Context& c)
{
    Args& a = c.args;
    const auto rating = a.value(QStringLiteral("--rating"));
    const auto note = a.value(QStringLiteral("--note"));
    const QStringList rest = a.rest();
    // --rating R COMMENT: the number and the comment; --note TEXT: the number.
    if (rating.has_value() == note.has_value() || rest.size() != (rating ? 2 : 1))
        throw UsageError{Ctl::tr("feedback add ORDER_NUMBER --rating 1-5 COMMENT | --note TEXT")};
    static const QRegularExpression re(QStringLiteral("^[1-5]$"));
    if (rating && !re.match(*rating).hasMatch())
        throw UsageError{Ctl::tr("--rating: a whole number from 1 to 5.")};
    const qint64 order = OrderStore(c.db->connection(), c.session).orderByNumber(rest[0]).id;
    if (rating)
        store(c).addFeedback(order, rating->toInt(), rest[1]);
    else
        store(c).addNote(order, *note);
    out() << Ctl::tr("Added to order %1.").arg(rest[0]) << '\n';
    return Ok;
}

int unknown(Context& c)
{
    throw UsageError{Ctl::tr("Unknown command \"%1 %2\".").arg(c.group, c.word)};
}

const Command commands[] = {
    {"returns", "list",
     QT_TRANSLATE_NOOP("docketctl", "  returns list [--open] [--overdue] [--state STATE] [--order "
                                    "NUMBER]\n"),
     returnsList},
    {"returns", "create",
     QT_TRANSLATE_NOOP("docketctl", "  returns create NUMBER SKU QTY [SKU QTY...] --reason "
                                    "REASON [--note TEXT]\n"),
     returnsCreate},
    {"returns", "approve",
     QT_TRANSLATE_NOOP("docketctl", "  returns approve ID | reject ID --reason TEXT\n"),
     returnsApprove},
    {"returns", "reject", nullptr, returnsReject},
    {"returns", "receive",
     QT_TRANSLATE_NOOP("docketctl", "  returns receive ID --restock CODE [--write-off LINE,...]\n"),
     returnsReceive},
    {"returns", "close",
     QT_TRANSLATE_NOOP("docketctl", "  returns close ID --refund AMOUNT | --exchange | --repair "
                                    "--note TEXT\n"),
     returnsClose},
    {"returns", "*", nullptr, unknown},
    {"feedback", "add",
     QT_TRANSLATE_NOOP("docketctl", "  feedback add NUMBER --rating 1-5 COMMENT | --note TEXT\n"),
     feedbackAdd},
    {"feedback", "*", nullptr, unknown},
};

} // namespace

Commands returnCommands()
{
    return commands;
}

} // namespace docket::ctl
