// Fulfilment (issue 15): `payments add|list|capture|fail|void`, `refund`,
// `ship` (one order or --csv FILE), `track add|delivered|import`, `review
// list|approve|reject`, `rules list|set|history`, `jobs run`, `records verify`,
// through FulfilmentStore and ReviewStore (and so their rules, rights and
// audit trail).

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "stores/fulfilmentstore.h"
#include "stores/reviewstore.h"
#include "stores/trackingfile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace docket::ctl {

namespace {

Order orderArg(Context& c, const QString& word)
{
    if (word.isEmpty())
        throw UsageError{Ctl::tr("Name the order by its number.")};
    return OrderStore(c.db->connection(), c.session).orderByNumber(word);
}

qint64 idArg(const QString& word, const QString& what)
{
    bool ok = false;
    QString w = word;
    if (w.startsWith(QLatin1Char('#')))
        w.remove(0, 1);
    const qint64 id = w.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{Ctl::tr("\"%1\" is not a %2 number.").arg(word, what)};
    return id;
}

Money moneyArg(const QString& text, const QString& currency)
{
    // "12.50" in the order's currency, or "12.50 USD" / "USD 12.50".
    QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString cur = currency;
    QString amount = text.trimmed();
    if (parts.size() == 2) {
        const bool first = parts[0].size() == 3 && parts[0][0].isLetter();
        cur = (first ? parts[0] : parts[1]).toUpper();
        amount = first ? parts[1] : parts[0];
    }
    const auto m = Money::parse(amount, cur);
    if (!m || m->minorUnits() <= 0)
        throw UsageError{Ctl::tr("\"%1\" is not an amount of money such as 12.50.").arg(text)};
    return *m;
}

// "LINE:QTY,LINE:QTY" with LINE the line's number on the order (1, 2, ...).
QList<QPair<int, qint64>> linesArg(const QString& text)
{
    QList<QPair<int, qint64>> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList f = part.split(QLatin1Char(':'));
        bool a = false, b = false;
        const int line = f.value(0).toInt(&a);
        const qint64 qty = f.size() == 2 ? f[1].toLongLong(&b) : 0;
        if (!a || !b || line < 1 || qty < 1)
            throw UsageError{
                Ctl::tr("--lines takes LINE:QUANTITY pairs such as 1:2,3:1; \"%1\" is not one.")
                    .arg(part)};
        out.push_back({line, qty});
    }
    if (out.isEmpty())
        throw UsageError{Ctl::tr("--lines names no line.")};
    return out;
}

qint64 lineId(const QList<FulfilmentStore::LineState>& lines, int lineNo, const QString& number)
{
    for (const auto& l : lines)
        if (l.lineNo == lineNo)
            return l.lineId;
    throw UsageError{Ctl::tr("Order %1 has no line %2.").arg(number).arg(lineNo)};
}

FulfilmentStore fulfilStore(Context& c)
{
    return FulfilmentStore(c.db->connection(), c.session);
}

void printJson(const QJsonValue& v)
{
    out() << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                 .toJson(QJsonDocument::Indented);
    out().flush();
}

// ---- payments ----

int paymentsAdd(Context& c)
{
    const std::optional<QString> reference = c.args.value(QStringLiteral("--reference"));
    const bool pending = c.args.flag(QStringLiteral("--pending"));
    const QString number = c.args.takeWord();
    const QString method = c.args.takeWord();
    const QStringList rest = c.args.rest();
    if (method.isEmpty() || rest.isEmpty())
        throw UsageError{Ctl::tr("payments add NUMBER METHOD AMOUNT [--reference REF] "
                                 "[--pending]")};
    const Order o = orderArg(c, number);
    FulfilmentStore f = fulfilStore(c);
    const qint64 id = f.addPayment(o.id, method, moneyArg(rest.join(QLatin1Char(' ')), o.currency),
                                   reference.value_or(QString()),
                                   pending ? PaymentState::Pending : PaymentState::Captured);
    const auto b = f.balance(o.id);
    out() << Ctl::tr("Payment #%1 recorded; %2 of %3 paid.")
                 .arg(id)
                 .arg(b.paid().toString(QLocale()), b.total.toString(QLocale()))
          << Qt::endl;
    return Ok;
}

int paymentsList(Context& c)
{
    const bool json = c.args.flag(QStringLiteral("--json"));
    const Order o = orderArg(c, c.args.takeWord());
    c.args.expectEmpty();
    FulfilmentStore f = fulfilStore(c);
    const auto payments = f.payments(o.id);
    const auto refunds = f.refunds(o.id);
    if (json) {
        QJsonArray ps, rs;
        for (const Payment& p : payments)
            ps.append(QJsonObject{{QStringLiteral("id"), p.id},
                                  {QStringLiteral("method"), p.method},
                                  {QStringLiteral("amount"), p.amount.toPlainString()},
                                  {QStringLiteral("currency"), p.amount.currency()},
                                  {QStringLiteral("reference"), p.reference},
                                  {QStringLiteral("state"), paymentstate::code(p.state)},
                                  {QStringLiteral("refunded"), p.refunded.toPlainString()},
                                  {QStringLiteral("at"), localTime(p.createdAt.toSecsSinceEpoch())},
                                  {QStringLiteral("by"), p.createdBy}});
        for (const Refund& r : refunds)
            rs.append(QJsonObject{{QStringLiteral("id"), r.id},
                                  {QStringLiteral("payment"), r.paymentId},
                                  {QStringLiteral("amount"), r.amount.toPlainString()},
                                  {QStringLiteral("currency"), r.amount.currency()},
                                  {QStringLiteral("reason"), r.reason},
                                  {QStringLiteral("at"), localTime(r.createdAt.toSecsSinceEpoch())},
                                  {QStringLiteral("by"), r.createdBy}});
        const auto b = f.balance(o.id);
        printJson(QJsonObject{{QStringLiteral("order"), o.number},
                              {QStringLiteral("total"), b.total.toPlainString()},
                              {QStringLiteral("paid"), b.paid().toPlainString()},
                              {QStringLiteral("currency"), o.currency},
                              {QStringLiteral("payments"), ps},
                              {QStringLiteral("refunds"), rs}});
        return Ok;
    }
    for (const Payment& p : payments)
        out() << QStringLiteral("#%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                     .arg(p.id)
                     .arg(localTime(p.createdAt.toSecsSinceEpoch()), p.method,
                          p.amount.toString(QLocale()), paymentstate::label(p.state), p.reference,
                          p.createdBy);
    for (const Refund& r : refunds)
        out() << Ctl::tr("refund #%1\t%2\t-%3\tto payment #%4\t%5\t%6\n")
                     .arg(r.id)
                     .arg(localTime(r.createdAt.toSecsSinceEpoch()), r.amount.toString(QLocale()))
                     .arg(r.paymentId)
                     .arg(r.reason, r.createdBy);
    const auto b = f.balance(o.id);
    out()
        << Ctl::tr("%1 of %2 paid.").arg(b.paid().toString(QLocale()), b.total.toString(QLocale()))
        << Qt::endl;
    return Ok;
}

int paymentsState(Context& c, PaymentState to)
{
    const qint64 id = idArg(c.args.takeWord(), Ctl::tr("payment"));
    c.args.expectEmpty();
    fulfilStore(c).setPaymentState(id, to);
    out() << Ctl::tr("Payment #%1 is %2.").arg(id).arg(paymentstate::label(to).toLower())
          << Qt::endl;
    return Ok;
}

int paymentsCapture(Context& c)
{
    return paymentsState(c, PaymentState::Captured);
}
int paymentsFail(Context& c)
{
    return paymentsState(c, PaymentState::Failed);
}
int paymentsVoid(Context& c)
{
    return paymentsState(c, PaymentState::Voided);
}

// ---- refunds ----

int refund(Context& c)
{
    const std::optional<QString> reason = c.args.value(QStringLiteral("--reason"));
    const std::optional<QString> lines = c.args.value(QStringLiteral("--lines"));
    const QString number = c.args.takeWord();
    const QString payment = c.args.takeWord();
    const QStringList rest = c.args.rest();
    if (number.isEmpty() || payment.isEmpty() || (rest.isEmpty() == !lines))
        throw UsageError{Ctl::tr("refund NUMBER PAYMENT (AMOUNT | --lines LINE:QTY,...) --reason "
                                 "TEXT")};
    const Order o = orderArg(c, number);
    FulfilmentStore f = fulfilStore(c);
    const qint64 paymentId = idArg(payment, Ctl::tr("payment"));
    qint64 id = 0;
    if (lines) {
        const auto states = f.lineStates(o.id);
        QList<RefundLine> refundLines;
        for (const auto& [lineNo, qty] : linesArg(*lines))
            refundLines << RefundLine{lineId(states, lineNo, o.number), qty};
        id = f.refundLines(o.id, paymentId, refundLines, reason.value_or(QString()));
    } else {
        id = f.refund(o.id, paymentId, moneyArg(rest.join(QLatin1Char(' ')), o.currency),
                      reason.value_or(QString()));
    }
    const auto b = f.balance(o.id);
    out() << Ctl::tr("Refund #%1 recorded; %2 of %3 paid now.")
                 .arg(id)
                 .arg(b.paid().toString(QLocale()), b.total.toString(QLocale()))
          << Qt::endl;
    return Ok;
}

// ---- shipping ----

int ship(Context& c)
{
    if (const auto csv = c.args.value(QStringLiteral("--csv"))) {
        const bool dryRun = c.args.flag(QStringLiteral("--dry-run"));
        c.args.expectEmpty();
        QFile file(*csv);
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError{Ctl::tr("Cannot read %1: %2").arg(*csv, file.errorString())};
        FulfilmentStore f = fulfilStore(c);
        const auto rows = f.previewShipments(QString::fromUtf8(file.readAll()));
        int bad = 0;
        for (const auto& r : rows)
            if (!r.error.isEmpty()) {
                ++bad;
                err() << Ctl::tr("line %1: %2").arg(r.line).arg(r.error) << Qt::endl;
            }
        if (bad > 0) {
            err() << Ctl::tr("%n row(s) have problems; nothing was shipped.", nullptr, bad)
                  << Qt::endl;
            return Failure;
        }
        if (dryRun) {
            out() << Ctl::tr("%n row(s) would ship.", nullptr, int(rows.size())) << Qt::endl;
            return Ok;
        }
        const int n = f.commitShipments(rows);
        out() << Ctl::tr("%n shipment(s) recorded.", nullptr, n) << Qt::endl;
        return Ok;
    }
    const std::optional<QString> lines = c.args.value(QStringLiteral("--lines"));
    const QString number = c.args.takeWord();
    const QString carrier = c.args.takeWord();
    const QString tracking = c.args.takeWord();
    c.args.expectEmpty();
    if (number.isEmpty() || carrier.isEmpty())
        throw UsageError{Ctl::tr("ship NUMBER CARRIER [TRACKING] [--lines LINE:QTY,...] | ship "
                                 "--csv FILE [--dry-run]")};
    const Order o = orderArg(c, number);
    FulfilmentStore f = fulfilStore(c);
    QList<ShipmentLine> shipLines;
    if (lines) {
        const auto states = f.lineStates(o.id);
        for (const auto& [lineNo, qty] : linesArg(*lines))
            shipLines << ShipmentLine{lineId(states, lineNo, o.number), qty};
    }
    const qint64 id = f.ship(o.id, carrier, tracking, shipLines);
    out() << Ctl::tr("Shipment #%1 recorded; order %2 is %3.")
                 .arg(id)
                 .arg(o.number, status::labelForCode(
                                    OrderStore(c.db->connection(), c.session).order(o.id).status)
                                    .toLower())
          << Qt::endl;
    return Ok;
}

qint64 timeArg(Context& c)
{
    const auto at = c.args.value(QStringLiteral("--at"));
    if (!at)
        return QDateTime::currentSecsSinceEpoch();
    QDateTime t = QDateTime::fromString(*at, Qt::ISODate);
    if (!t.isValid())
        throw UsageError{
            Ctl::tr("--at takes a time such as 2024-06-15T14:30 (local) or 2024-06-15T12:30Z.")};
    return t.toSecsSinceEpoch();
}

// A parcel named by its id ("12", "#12") or as people hold it: CARRIER
// TRACKING ("sf SF1234567890").
qint64 shipmentArg(Context& c, const QString& usage)
{
    const QString first = c.args.takeWord();
    const QString second = c.args.takeWord();
    if (first.isEmpty())
        throw UsageError{usage};
    if (second.isEmpty())
        return idArg(first, Ctl::tr("shipment"));
    return fulfilStore(c).shipmentByTracking(first, second).id;
}

int trackAdd(Context& c)
{
    const qint64 at = timeArg(c);
    const QString place = c.args.value(QStringLiteral("--place")).value_or(QString());
    const std::optional<QString> text = c.args.value(QStringLiteral("--text"));
    const QString source =
        c.args.value(QStringLiteral("--source")).value_or(QStringLiteral("desk"));
    const QString usage =
        Ctl::tr("track add SHIPMENT|CARRIER TRACKING --text STATUS [--place PLACE] [--at TIME]");
    const qint64 shipment = shipmentArg(c, usage);
    c.args.expectEmpty();
    if (!text)
        throw UsageError{usage};
    const qint64 id = fulfilStore(c).addTrackingEvent(shipment, at, place, *text, source);
    out() << Ctl::tr("Tracking event #%1 recorded.").arg(id) << Qt::endl;
    return Ok;
}

int trackDelivered(Context& c)
{
    const qint64 at = timeArg(c);
    const qint64 shipment =
        shipmentArg(c, Ctl::tr("track delivered SHIPMENT|CARRIER TRACKING [--at TIME]"));
    c.args.expectEmpty();
    fulfilStore(c).markDelivered(shipment, at);
    out() << Ctl::tr("Shipment #%1 is delivered.").arg(shipment) << Qt::endl;
    return Ok;
}

// "2 tracking events added, 0 there already, 1 parcel delivered.": one
// sentence a translator can reorder, its counted nouns filled in.
QString trackingSummary(bool dryRun, int added, int there, int delivered)
{
    const QString events = Ctl::tr("%n tracking event(s)", nullptr, added);
    const QString parcels = Ctl::tr("%n parcel(s)", nullptr, delivered);
    return (dryRun ? Ctl::tr("%1 would be added, %L2 there already, %3 delivered.")
                   : Ctl::tr("%1 added, %L2 there already, %3 delivered."))
        .arg(events)
        .arg(there)
        .arg(parcels);
}

// A carrier's export: carrier,tracking_number,time,place,status (TrackingFile).
int trackImport(Context& c)
{
    const bool dryRun = c.args.flag(QStringLiteral("--dry-run"));
    const bool json = c.args.flag(QStringLiteral("--json"));
    const QString path = c.args.takeWord();
    c.args.expectEmpty();
    if (path.isEmpty())
        throw UsageError{Ctl::tr("track import FILE [--dry-run] [--json]")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError{Ctl::tr("Cannot read %1: %2").arg(path, file.errorString())};
    TrackingFile tracking(c.db->connection(), c.session);
    const QList<TrackingFileRow> rows = tracking.preview(file.readAll());
    int bad = 0, recorded = 0, delivers = 0;
    QJsonArray list;
    for (const TrackingFileRow& r : rows) {
        bad += r.error.isEmpty() ? 0 : 1;
        recorded += r.recorded ? 1 : 0;
        delivers += r.delivers ? 1 : 0;
        if (!json) {
            if (!r.error.isEmpty())
                err() << r.error << Qt::endl;
            continue;
        }
        QJsonObject o{{QStringLiteral("line"), r.line},
                      {QStringLiteral("carrier"), r.carrier},
                      {QStringLiteral("tracking_number"), r.tracking},
                      {QStringLiteral("time"), r.time},
                      {QStringLiteral("place"), r.update.place},
                      {QStringLiteral("status"), r.update.text}};
        if (!r.orderNumber.isEmpty())
            o.insert(QStringLiteral("order"), r.orderNumber);
        if (r.shipmentId > 0)
            o.insert(QStringLiteral("shipment"), r.shipmentId);
        if (r.error.isEmpty()) {
            o.insert(QStringLiteral("recorded"), r.recorded);
            o.insert(QStringLiteral("delivers"), r.delivers);
        } else {
            o.insert(QStringLiteral("column"), r.column);
            o.insert(QStringLiteral("error"), r.error);
        }
        list.append(o);
    }
    QJsonObject report{{QStringLiteral("rows"), list}, {QStringLiteral("problems"), bad}};
    if (bad > 0 || dryRun) {
        if (json) {
            report.insert(QStringLiteral("imported"), false);
            printJson(report);
        } else if (bad > 0) {
            err() << Ctl::tr("%n row(s) have problems; nothing was imported.", nullptr, bad)
                  << Qt::endl;
        } else {
            out() << trackingSummary(true, int(rows.size()) - recorded, recorded, delivers)
                  << Qt::endl;
        }
        return bad > 0 ? Failure : Ok;
    }
    const TrackingResult done = tracking.commit(rows);
    if (json) {
        report.insert(QStringLiteral("imported"), true);
        report.insert(QStringLiteral("added"), done.added);
        report.insert(QStringLiteral("recorded"), done.duplicates);
        report.insert(QStringLiteral("delivered"), done.delivered);
        printJson(report);
        return Ok;
    }
    out() << trackingSummary(false, done.added, done.duplicates, done.delivered) << Qt::endl;
    return Ok;
}

// ---- review ----

int reviewList(Context& c)
{
    const bool json = c.args.flag(QStringLiteral("--json"));
    const qint64 limit = c.args.integer(QStringLiteral("--limit"), 50, 1, 100000);
    c.args.expectEmpty();
    ReviewStore r(c.db->connection(), c.session);
    const auto rows = r.queue(int(limit));
    if (json) {
        QJsonArray arr;
        for (const auto& q : rows) {
            QJsonArray reasons;
            for (const auto& f : q.findings)
                reasons.append(QJsonObject{{QStringLiteral("rule"), review::code(f.rule)},
                                           {QStringLiteral("detail"), f.detail},
                                           {QStringLiteral("text"), f.sentence()}});
            arr.append(QJsonObject{{QStringLiteral("number"), q.number},
                                   {QStringLiteral("customer"), q.customerName},
                                   {QStringLiteral("total"), q.total.toPlainString()},
                                   {QStringLiteral("currency"), q.total.currency()},
                                   {QStringLiteral("created"), localTime(q.createdAt)},
                                   {QStringLiteral("reasons"), reasons}});
        }
        printJson(arr);
        return Ok;
    }
    for (const auto& q : rows) {
        out() << QStringLiteral("%1\t%2\t%3\t%4\n")
                     .arg(q.number, localTime(q.createdAt), q.total.toString(QLocale()),
                          q.customerName);
        for (const auto& f : q.findings)
            out() << QStringLiteral("\t- ") << f.sentence() << '\n';
    }
    out() << Ctl::tr("%n order(s) await review.", nullptr, int(r.countWaiting())) << Qt::endl;
    return Ok;
}

QList<qint64> numbersToIds(Context& c, const QStringList& numbers)
{
    if (numbers.isEmpty())
        throw UsageError{Ctl::tr("Name at least one order number.")};
    OrderStore store(c.db->connection(), c.session);
    QList<qint64> ids;
    for (const QString& n : numbers)
        ids << store.orderByNumber(n).id;
    return ids;
}

int reviewApprove(Context& c)
{
    const QList<qint64> ids = numbersToIds(c, c.args.rest());
    const int n = ReviewStore(c.db->connection(), c.session).approve(ids);
    out() << Ctl::tr("Approved %n order(s).", nullptr, n) << Qt::endl;
    return Ok;
}

int reviewReject(Context& c)
{
    const std::optional<QString> reason = c.args.value(QStringLiteral("--reason"));
    const QList<qint64> ids = numbersToIds(c, c.args.rest());
    const int n =
        ReviewStore(c.db->connection(), c.session).reject(ids, reason.value_or(QString()));
    out() << Ctl::tr("Rejected %n order(s); they are marked invalid.", nullptr, n) << Qt::endl;
    return Ok;
}

// ---- rules ----

int rulesList(Context& c)
{
    const bool json = c.args.flag(QStringLiteral("--json"));
    c.args.expectEmpty();
    ReviewStore r(c.db->connection(), c.session);
    const review::RuleSet set = r.rules();
    if (json) {
        QJsonObject o = set.toJson();
        o.insert(QStringLiteral("version"), set.version);
        printJson(o);
        return Ok;
    }
    out() << Ctl::tr("Rule set version %1").arg(set.version) << '\n';
    for (review::Rule rule : review::all())
        out() << review::code(rule) << '\t' << set.describe(rule) << '\t' << review::label(rule)
              << '\n';
    out().flush();
    return Ok;
}

int rulesSet(Context& c)
{
    const std::optional<QString> note = c.args.value(QStringLiteral("--note"));
    const QStringList words = c.args.rest();
    if (words.isEmpty())
        throw UsageError{Ctl::tr("rules set RULE on|off | RULE SETTING VALUE... [--note TEXT] (see "
                                 "\"rules list\")")};
    ReviewStore r(c.db->connection(), c.session);
    review::RuleSet set = r.rules();
    if (const QString why = set.apply(words); !why.isEmpty())
        throw UsageError{why};
    const qint64 version = r.setRules(set, note.value_or(QString()));
    out() << Ctl::tr("The review rules are at version %1.").arg(version) << Qt::endl;
    return Ok;
}

// Every version of the rules, newest first, with what it changed.
int rulesHistory(Context& c)
{
    const bool json = c.args.flag(QStringLiteral("--json"));
    const qint64 limit = c.args.integer(QStringLiteral("--limit"), 100, 1, 100000);
    c.args.expectEmpty();
    const QList<ReviewStore::Version> versions =
        ReviewStore(c.db->connection(), c.session).history(int(limit));
    if (json) {
        QJsonArray arr;
        for (const ReviewStore::Version& v : versions) {
            QJsonObject rules = v.rules.toJson();
            arr.append(QJsonObject{
                {QStringLiteral("version"), v.version},
                {QStringLiteral("changed_at"), localTime(v.changedAt.toSecsSinceEpoch())},
                {QStringLiteral("changed_by"), v.changedBy},
                {QStringLiteral("note"), v.note},
                {QStringLiteral("first"), v.first},
                {QStringLiteral("changes"), QJsonArray::fromStringList(v.changes)},
                {QStringLiteral("rules"), rules}});
        }
        printJson(arr);
        return Ok;
    }
    for (const ReviewStore::Version& v : versions) {
        out() << Ctl::tr("Version %1\t%2\t%3")
                     .arg(v.version)
                     .arg(localTime(v.changedAt.toSecsSinceEpoch()),
                          v.changedBy.isEmpty() ? Ctl::tr("the system") : v.changedBy)
              << '\n';
        if (v.first)
            out() << QStringLiteral("\t- ") << Ctl::tr("The first version of the rules.") << '\n';
        else if (v.changes.isEmpty())
            out() << QStringLiteral("\t- ") << Ctl::tr("Nothing changed.") << '\n';
        for (const QString& change : v.changes)
            out() << QStringLiteral("\t- ") << change << '\n';
        if (!v.note.isEmpty())
            out() << QStringLiteral("\t") << Ctl::tr("Note: %1").arg(v.note) << '\n';
    }
    out().flush();
    return Ok;
}

// ---- jobs, verify ----

int jobsRun(Context& c)
{
    c.args.expectEmpty();
    const auto report = fulfilStore(c).runJobs();
    out() << Ctl::tr("Cancelled %n order(s) unpaid past their time limit.", nullptr,
                     report.cancelled)
          << Qt::endl;
    return Ok;
}

int recordsVerify(Context& c)
{
    c.args.expectEmpty();
    const QStringList problems = fulfilStore(c).verify();
    for (const QString& p : problems)
        out() << p << '\n';
    out() << (problems.isEmpty()
                  ? Ctl::tr("Payments, refunds and shipments agree with every order.")
                  : Ctl::tr("%n problem(s) found.", nullptr, int(problems.size())))
          << Qt::endl;
    return problems.isEmpty() ? Ok : Failure;
}

int unknown(Context& c)
{
    throw UsageError{Ctl::tr("Unknown command \"%1 %2\".").arg(c.group, c.word)};
}

const Command commands[] = {
    {"payments", "add",
     QT_TRANSLATE_NOOP("docketctl", "  payments add NUMBER METHOD AMOUNT [--reference REF] "
                                    "[--pending]\n"),
     paymentsAdd},
    {"payments", "list", QT_TRANSLATE_NOOP("docketctl", "  payments list NUMBER [--json]\n"),
     paymentsList},
    {"payments", "capture",
     QT_TRANSLATE_NOOP("docketctl", "  payments capture|fail|void PAYMENT   a pending payment\n"),
     paymentsCapture},
    {"payments", "fail", nullptr, paymentsFail},
    {"payments", "void", nullptr, paymentsVoid},
    {"payments", "*", nullptr, unknown},
    {"refund", nullptr,
     QT_TRANSLATE_NOOP("docketctl", "  refund NUMBER PAYMENT AMOUNT|--lines LINE:QTY,... --reason "
                                    "TEXT\n"),
     refund},
    {"ship", nullptr,
     QT_TRANSLATE_NOOP("docketctl", "  ship NUMBER CARRIER [TRACKING] [--lines LINE:QTY,...]\n"
                                    "  ship --csv FILE [--dry-run]    number,carrier,tracking a "
                                    "row; all or nothing\n"),
     ship},
    {"track", "add",
     QT_TRANSLATE_NOOP("docketctl", "  track add SHIPMENT|CARRIER TRACKING --text STATUS [--place "
                                    "PLACE] [--at TIME]\n"),
     trackAdd},
    {"track", "delivered",
     QT_TRANSLATE_NOOP("docketctl", "  track delivered SHIPMENT|CARRIER TRACKING [--at TIME]\n"),
     trackDelivered},
    {"track", "import",
     QT_TRANSLATE_NOOP("docketctl", "  track import FILE [--dry-run] [--json]   a carrier's CSV: "
                                    "carrier,tracking_number,time,place,status\n"),
     trackImport},
    {"track", "*", nullptr, unknown},
    {"review", "list", QT_TRANSLATE_NOOP("docketctl", "  review list [--limit N] [--json]\n"),
     reviewList},
    {"review", "approve", QT_TRANSLATE_NOOP("docketctl", "  review approve NUMBER...\n"),
     reviewApprove},
    {"review", "reject",
     QT_TRANSLATE_NOOP("docketctl", "  review reject NUMBER... --reason TEXT\n"), reviewReject},
    {"review", "*", nullptr, unknown},
    {"rules", "list", QT_TRANSLATE_NOOP("docketctl", "  rules list [--json]\n"), rulesList},
    {"rules", "set",
     QT_TRANSLATE_NOOP("docketctl", "  rules set RULE on|off | RULE SETTING VALUE [--note TEXT]\n"),
     rulesSet},
    {"rules", "history",
     QT_TRANSLATE_NOOP("docketctl", "  rules history [--limit N] [--json]   every version, with "
                                    "what it changed\n"),
     rulesHistory},
    {"rules", "*", nullptr, unknown},
    {"jobs", "run",
     QT_TRANSLATE_NOOP("docketctl", "  jobs run                       cancels orders unpaid past "
                                    "their limit (when on)\n"),
     jobsRun},
    {"jobs", "*", nullptr, unknown},
    {"records", "verify",
     QT_TRANSLATE_NOOP("docketctl", "  records verify                 paid and shipped figures "
                                    "against their records\n"),
     recordsVerify},
    {"records", "*", nullptr, unknown},
};

} // namespace

Commands fulfilmentCommands()
{
    return commands;
}

} // namespace docket::ctl
