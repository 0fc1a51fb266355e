// The gateway's handlers: each reads the request, calls the stores and
// answers in JSON. No SQL and no rules here (models/ holds them).

#include "gateway.h"
#include "orderjson.h"
#include "routes_p.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/intakeorder.h"
#include "stores/fulfilmentstore.h"
#include "stores/intakestore.h"
#include "stores/orderfeed.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"
#include "stores/trackingintake.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace docket::gateway {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

HttpResponse badParameter(const QString& name, const QString& message)
{
    return HttpResponse::error(400, QStringLiteral("bad_parameter"), message, name);
}

// A strict reading of the list's query parameters.
struct ListQuery
{
    OrderFilter filter;
    std::optional<qint64> updatedSince;
    OrderFeed::Sort sort = OrderFeed::Sort::Created;
    int limit = 100;
    QString cursor;
};

std::optional<ListQuery> readListQuery(const QUrlQuery& q, HttpResponse* error)
{
    static const QStringList known{
        QStringLiteral("number"),  QStringLiteral("exact"),         QStringLiteral("from"),
        QStringLiteral("to"),      QStringLiteral("status"),        QStringLiteral("channel"),
        QStringLiteral("keyword"), QStringLiteral("updated_since"), QStringLiteral("sort"),
        QStringLiteral("limit"),   QStringLiteral("cursor"),        QStringLiteral("validity")};
    ListQuery out;
    out.filter.timeZone = QTimeZone::utc();
    QSet<QString> seen;
    for (const auto& [key, raw] : q.queryItems(QUrl::FullyDecoded)) {
        const QString value = raw.trimmed();
        if (!known.contains(key)) {
            *error = badParameter(key, Texts::tr("Unknown query parameter \"%1\"; the list takes: "
                                                 "%2.")
                                           .arg(key, known.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (seen.contains(key)) {
            *error = badParameter(key, Texts::tr("\"%1\" is given twice.").arg(key));
            return std::nullopt;
        }
        seen.insert(key);
        if (key == QLatin1String("number")) {
            out.filter.number = value;
        } else if (key == QLatin1String("exact")) {
            if (value != QLatin1String("true") && value != QLatin1String("false")) {
                *error = badParameter(key, Texts::tr("\"exact\" is true or false."));
                return std::nullopt;
            }
            out.filter.exactNumber = value == QLatin1String("true");
        } else if (key == QLatin1String("from") || key == QLatin1String("to")) {
            static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QDate d = QDate::fromString(value, Qt::ISODate);
            if (!re.match(value).hasMatch() || !d.isValid()) {
                *error = badParameter(key, Texts::tr("\"%1\" is a date such as 2026-12-05 (UTC "
                                                     "days); \"%2\" is not.")
                                               .arg(key, value));
                return std::nullopt;
            }
            (key == QLatin1String("from") ? out.filter.from : out.filter.to) = d;
        } else if (key == QLatin1String("status")) {
            out.filter.statuses = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("channel")) {
            out.filter.channels = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("keyword")) {
            out.filter.keyword = value;
        } else if (key == QLatin1String("validity")) {
            if (value == QLatin1String("valid"))
                out.filter.validity = OrderFilter::Validity::Valid;
            else if (value == QLatin1String("invalid"))
                out.filter.validity = OrderFilter::Validity::Invalid;
            else if (value == QLatin1String("all"))
                out.filter.validity = OrderFilter::Validity::All;
            else {
                *error = badParameter(key, Texts::tr("\"validity\" is valid, invalid or all."));
                return std::nullopt;
            }
        } else if (key == QLatin1String("updated_since")) {
            static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
            if (digits.match(value).hasMatch()) {
                out.updatedSince = value.toLongLong();
            } else {
                const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
                if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
                    *error = badParameter(
                        key, Texts::tr("\"updated_since\" is a time with its zone, such as "
                                       "2026-12-05T10:00:00Z, or seconds since 1970."));
                    return std::nullopt;
                }
                out.updatedSince = t.toSecsSinceEpoch();
            }
        } else if (key == QLatin1String("sort")) {
            if (value == QLatin1String("created"))
                out.sort = OrderFeed::Sort::Created;
            else if (value == QLatin1String("updated"))
                out.sort = OrderFeed::Sort::Updated;
            else {
                *error = badParameter(key, Texts::tr("\"sort\" is created or updated."));
                return std::nullopt;
            }
        } else if (key == QLatin1String("limit")) {
            static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
            const int n = value.toInt();
            if (!digits.match(value).hasMatch() || n < 1 || n > 500) {
                *error = badParameter(key, Texts::tr("\"limit\" is a number from 1 to 500."));
                return std::nullopt;
            }
            out.limit = n;
        } else if (key == QLatin1String("cursor")) {
            out.cursor = value;
        }
    }
    if (out.updatedSince && !seen.contains(QStringLiteral("sort")))
        out.sort = OrderFeed::Sort::Updated;
    for (const FieldError& e : out.filter.validate()) {
        *error = badParameter(e.field, e.message);
        return std::nullopt;
    }
    return out;
}

QJsonObject resultJson(const IntakeResult& r)
{
    QJsonObject o{{QStringLiteral("result"), r.code()}};
    if (!r.number.isEmpty())
        o.insert(QStringLiteral("number"), r.number);
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    return o;
}

} // namespace

// The request body as a JSON object, or the 400 that says why not.
std::optional<QJsonObject> jsonBody(const HttpRequest& r, HttpResponse* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = HttpResponse::error(400, QStringLiteral("bad_json"),
                                     pe.error != QJsonParseError::NoError
                                         ? Texts::tr("The body is not JSON: %1 at byte %2.")
                                               .arg(pe.errorString())
                                               .arg(pe.offset)
                                         : Texts::tr("The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

HttpResponse Gateway::health(const Call& c)
{
    sql::scalar(c.db, QStringLiteral("SELECT 1"));
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("version"), QStringLiteral(DOCKET_VERSION)}});
}

HttpResponse Gateway::openApi(const Call&)
{
    static const QByteArray doc = [] {
        QFile f(QStringLiteral(":/gateway/openapi.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    HttpResponse r;
    r.body = doc;
    r.addHeader("Cache-Control", "max-age=300");
    return r;
}

HttpResponse Gateway::notFound(const Call& c)
{
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               Texts::tr("There is nothing at %1.").arg(c.request.path));
}

void Gateway::logIntake(const Call& c, const QString& source, const QString& channel,
                        const QString& externalId, const QString& principal, const HttpResponse& r,
                        const QString& field)
{
    IntakeLogEntry e;
    e.source = source;
    e.channel = channel;
    e.externalId = externalId;
    e.principal = principal;
    e.status = r.status;
    e.code = r.errorCode.isEmpty() ? QStringLiteral("ignored") : r.errorCode;
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QJsonObject err = body.value(QStringLiteral("error")).toObject();
    e.message = err.isEmpty() ? body.value(QStringLiteral("note")).toString()
                              : err.value(QStringLiteral("message")).toString();
    e.field = field.isEmpty() ? err.value(QStringLiteral("field")).toString() : field;
    e.remote = c.request.remote.toString();
    e.body = QString::fromUtf8(c.request.body.left(8192));
    try {
        IntakeStore(c.db, Session()).log(e);
    } catch (const DocketError& x) {
        qWarning("docket-gateway: the intake log was not written: %s", qPrintable(x.message()));
    }
}

// Takes one parsed order through IntakeStore and answers; refusals go to the
// intake log (nothing else was written: the store's transaction rolled back).
// In a group (runIntakeGroup) the order is only noted here: it is taken with
// the others and answered after their commit.
HttpResponse Gateway::intake(const Call& c, const IntakeOrder& order, const QString& rule,
                             const QString& principal)
{
    const Session session = c.principal
                                ? c.principal->session
                                : Session(0, principal,
                                          {Permission::ViewOrders, Permission::CreateOrders,
                                           Permission::EditOrders, Permission::ChangeStatus},
                                          Scope::ofChannels({order.channel}), order.source);
    IntakeTake take{order, session, rule, {}, nullptr};
    if (c.group) {
        c.group->takes << take;
        c.group->requests << c.group->current;
        HttpResponse waiting;
        waiting.principal = session.userName();
        return waiting;
    }
    try {
        take.result = IntakeStore(c.db, session).take(order, rule);
    } catch (const DocketError&) {
        take.error = std::current_exception();
    }
    return intakeAnswer(c, take);
}

HttpResponse Gateway::intakeAnswer(const Call& c, const IntakeTake& take)
{
    const IntakeOrder& order = take.order;
    const QString who = take.session.userName();
    try {
        if (take.error)
            std::rethrow_exception(take.error);
        const IntakeResult& result = take.result;
        HttpResponse r = HttpResponse::json(result.kind == IntakeResult::Kind::Created ? 201 : 200,
                                            resultJson(result));
        if (!result.number.isEmpty())
            r.addHeader("Location", "/api/v1/orders/" + result.number.toUtf8());
        r.principal = who;
        if (result.kind == IntakeResult::Kind::Ignored)
            logIntake(c, order.source, order.channel, order.externalId, who, r);
        return r;
    } catch (const IntakeRejected& e) {
        HttpResponse r = HttpResponse::error(statusFor(e), e.reason(), e.message(), e.field());
        r.principal = who;
        logIntake(c, order.source, order.channel, order.externalId, who, r);
        return r;
    } catch (const DocketError& e) {
        HttpResponse r = HttpResponse::fromError(e);
        r.principal = who;
        if (e.code() != DocketError::Code::Database)
            logIntake(c, order.source, order.channel, order.externalId, who, r);
        return r;
    } catch (const std::exception& e) {
        qWarning("docket-gateway: %s %s: %s", c.request.method.constData(),
                 qPrintable(c.request.path), e.what());
        HttpResponse r =
            HttpResponse::error(500, QStringLiteral("internal"),
                                Texts::tr("Something went wrong in the gateway; it is logged."));
        r.principal = who;
        return r;
    }
}

HttpResponse Gateway::createOrder(const Call& c)
{
    const QString who = c.principal->session.userName();
    HttpResponse error;
    const auto body = jsonBody(c.request, &error);
    if (!body) {
        logIntake(c, QStringLiteral("api"), {}, {}, who, error);
        return error;
    }
    // A key bound to one channel may leave the channel out.
    const Scope& scope = c.principal->session.scope();
    const QString defaultChannel = scope.kind == Scope::Kind::Channels && scope.channels.size() == 1
                                       ? scope.channels.first()
                                       : QString();
    // An order that names no currency is in the shop's (read only then).
    const QString defaultCurrency = body->contains(QStringLiteral("currency"))
                                        ? QString()
                                        : ShopSettingsStore(c.db, c.principal->session).currency();
    const intake::Parsed p = intake::fromDocketJson(*body, defaultChannel, defaultCurrency);
    if (!p.order) {
        HttpResponse r =
            HttpResponse::error(p.error.status, p.error.code, p.error.message, p.error.field);
        logIntake(c, QStringLiteral("api"),
                  body->value(QStringLiteral("channel")).toString(defaultChannel),
                  body->value(QStringLiteral("external_id")).toString(), who, r);
        return r;
    }
    const QString rule = IntakeStore(c.db, c.principal->session).unknownSkuRule(p.order->channel);
    return intake(c, *p.order, rule, who);
}

HttpResponse Gateway::listOrders(const Call& c)
{
    HttpResponse error;
    const auto q = readListQuery(c.request.query, &error);
    if (!q)
        return error;
    const OrderFeedPage page = OrderFeed(c.db, c.principal->session)
                                   .page(q->filter, q->updatedSince, q->sort, q->limit, q->cursor);
    QJsonArray rows;
    for (const OrderFeedRow& row : page.rows)
        rows.append(json::summary(row));
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("orders"), rows},
                         {QStringLiteral("next_cursor"),
                          page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}});
}

HttpResponse Gateway::getOrder(const Call& c)
{
    OrderStore orders(c.db, c.principal->session);
    const Order o = orders.orderByNumber(c.request.param(QStringLiteral("number")));
    const auto source = IntakeStore(c.db, c.principal->session).sourceOf(o.id);
    QJsonObject out = json::order(o, orders.events(o.id), source ? source->first : QString(),
                                  source ? source->second : QString());
    json::addRecords(out, FulfilmentStore(c.db, c.principal->session), o.id);
    return HttpResponse::json(200, out);
}

HttpResponse Gateway::changeStatus(const Call& c)
{
    HttpResponse error;
    const auto body = jsonBody(c.request, &error);
    if (!body)
        return error;
    for (auto it = body->begin(); it != body->end(); ++it)
        if (it.key() != QLatin1String("status") && it.key() != QLatin1String("note") &&
            it.key() != QLatin1String("version"))
            return HttpResponse::error(
                422, QStringLiteral("unknown_field"),
                Texts::tr("\"%1\" is not a field of a status change (status, note, version).")
                    .arg(it.key()),
                it.key());
    const QString to = body->value(QStringLiteral("status")).toString();
    const auto status = status::fromCode(to);
    if (!status)
        return HttpResponse::error(422, QStringLiteral("unknown_status"),
                                   Texts::tr("There is no status \"%1\".").arg(to),
                                   QStringLiteral("status"));
    std::optional<qint64> version;
    const QJsonValue v = body->value(QStringLiteral("version"));
    if (!v.isUndefined() && !v.isNull()) {
        if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(qint64(v.toDouble())))
            return HttpResponse::error(422, QStringLiteral("invalid"),
                                       Texts::tr("\"version\" is the order's version number, as "
                                                 "read with it."),
                                       QStringLiteral("version"));
        version = qint64(v.toDouble());
    }
    const QJsonValue note = body->value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isString())
        return HttpResponse::error(422, QStringLiteral("invalid"),
                                   Texts::tr("\"note\" must be text."), QStringLiteral("note"));
    OrderStore orders(c.db, c.principal->session);
    const Order before = orders.orderByNumber(c.request.param(QStringLiteral("number")));
    orders.changeStatus(before.id, *status, note.toString().left(1000), version);
    const Order after = orders.order(before.id);
    QJsonObject out = json::order(after, orders.events(after.id));
    json::addRecords(out, FulfilmentStore(c.db, c.principal->session), after.id);
    return HttpResponse::json(200, out);
}

// A carrier's tracking events (issue 16 item 5), with an API key whose role
// may ship; every rule is TrackingIntake's and FulfilmentStore's.
HttpResponse Gateway::carrierTracking(const Call& c)
{
    HttpResponse error;
    const auto body = jsonBody(c.request, &error);
    if (!body)
        return error;
    const QList<TrackingUpdate> updates = TrackingIntake::read(*body);
    const TrackingResult r = TrackingIntake(c.db, c.principal->session)
                                 .take(c.request.param(QStringLiteral("carrier")), updates);
    // A closed order's parcel: skipped, counted and named (200 all the same).
    QJsonArray refusals;
    for (const TrackingResult::Refusal& f : r.refused)
        refusals.append(QJsonObject{{QStringLiteral("event"), f.event},
                                    {QStringLiteral("tracking_number"), f.trackingNumber},
                                    {QStringLiteral("message"), f.message}});
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("added"), r.added},
                                               {QStringLiteral("duplicates"), r.duplicates},
                                               {QStringLiteral("delivered"), r.delivered},
                                               {QStringLiteral("refused"), refusals.size()},
                                               {QStringLiteral("refusals"), refusals}});
}

HttpResponse Gateway::wooCommerce(const Call& c)
{
    const QString channel = c.request.param(QStringLiteral("channel"));
    const QString who = QStringLiteral("woocommerce:") + channel;
    const QString source = QStringLiteral("woocommerce");
    // WooCommerce pings a new webhook's address with "webhook_id=N", unsigned.
    if (intake::isWooPing(c.request.body))
        return HttpResponse::json(200,
                                  QJsonObject{{QStringLiteral("result"), QStringLiteral("pong")}});
    const auto secret = IntakeStore(c.db, Session()).channelSecret(channel);
    if (!secret) {
        HttpResponse r = HttpResponse::error(
            404, QStringLiteral("unknown_channel"),
            Texts::tr("The channel \"%1\" takes no webhooks (an administrator sets its secret "
                      "with: docketctl intake channel set %1).")
                .arg(channel),
            QStringLiteral("channel"));
        logIntake(c, source, channel, {}, who, r);
        return r;
    }
    const QByteArray signature = c.request.header("x-wc-webhook-signature");
    if (!intake::wooSignatureValid(c.request.body, signature, secret->secret)) {
        HttpResponse r = HttpResponse::error(
            401, QStringLiteral("bad_signature"),
            signature.isEmpty()
                ? Texts::tr("The X-WC-Webhook-Signature header is missing.")
                : Texts::tr("The X-WC-Webhook-Signature does not match the body: the secret "
                            "differs from the channel's, or the body was changed."),
            QStringLiteral("X-WC-Webhook-Signature"));
        logIntake(c, source, channel, {}, who, r);
        return r;
    }
    const QString topic = QString::fromLatin1(c.request.header("x-wc-webhook-topic"));
    if (!topic.isEmpty() && topic != QLatin1String("order.created") &&
        topic != QLatin1String("order.updated") && topic != QLatin1String("order.restored")) {
        HttpResponse r = HttpResponse::json(
            200, QJsonObject{{QStringLiteral("result"), QStringLiteral("ignored")},
                             {QStringLiteral("note"),
                              Texts::tr("Docket takes order.created and order.updated; \"%1\" "
                                        "is left alone.")
                                  .arg(topic)}});
        r.principal = who;
        return r;
    }
    HttpResponse error;
    const auto body = jsonBody(c.request, &error);
    if (!body) {
        logIntake(c, source, channel, {}, who, error);
        error.principal = who;
        return error;
    }
    const intake::Parsed p = intake::fromWooCommerce(*body, channel);
    if (!p.order) {
        HttpResponse r =
            HttpResponse::error(p.error.status, p.error.code, p.error.message, p.error.field);
        const QJsonValue id = body->value(QStringLiteral("id"));
        logIntake(c, source, channel,
                  id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString(), who, r);
        r.principal = who;
        return r;
    }
    return intake(c, *p.order, secret->unknownSku, who);
}

} // namespace docket::gateway
