// The customer's order look-up: GET /track (a form), POST /track (the form's
// answer, HTML) and POST /api/v1/track (JSON). English, Simplified and
// Traditional Chinese, by ?lang= or Accept-Language. The answer for a wrong
// number/contact pair is the same as for an unknown number, and every answer
// takes at least the same time (Gateway::dispatch pads it); look-ups are
// rate-limited per client address (gateway.track_per_minute).

#include "gateway.h"
#include "orderjson.h"

#include "domain/fulfilment.h"
#include "domain/money.h"
#include "i18n.h"
#include "stores/orderlookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

namespace docket::gateway {

namespace {

// The status names customers see (the desk's, context "OrderStatus").
const char* statusText(const QString& code)
{
    if (code == QLatin1String("pending"))
        return QT_TRANSLATE_NOOP("OrderStatus", "Awaiting payment");
    if (code == QLatin1String("paid"))
        return QT_TRANSLATE_NOOP("OrderStatus", "Paid");
    if (code == QLatin1String("processing"))
        return QT_TRANSLATE_NOOP("OrderStatus", "Processing");
    if (code == QLatin1String("shipped"))
        return QT_TRANSLATE_NOOP("OrderStatus", "Shipped");
    if (code == QLatin1String("delivered"))
        return QT_TRANSLATE_NOOP("OrderStatus", "Delivered");
    if (code == QLatin1String("cancelled"))
        return QT_TRANSLATE_NOOP("OrderStatus", "Cancelled");
    if (code == QLatin1String("refunded"))
        return QT_TRANSLATE_NOOP("OrderStatus", "Refunded");
    return nullptr;
}

QString languageOf(const HttpRequest& r, const QString& fromForm = {})
{
    // The form sends the page's own language tag back ("zh-CN"), a link the code ("zh_CN").
    QString asked = fromForm.isEmpty() ? r.query.queryItemValue(QStringLiteral("lang")) : fromForm;
    asked.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (asked == QLatin1String("en") || asked == QLatin1String("zh_CN") ||
        asked == QLatin1String("zh_TW"))
        return asked;
    // Accept-Language: the first language we have, in the client's order.
    for (const QByteArray& part : r.header("accept-language").split(',')) {
        const QByteArray tag = part.split(';').first().trimmed().toLower();
        if (tag.startsWith("zh")) {
            if (tag.contains("tw") || tag.contains("hk") || tag.contains("mo") ||
                tag.contains("hant"))
                return QStringLiteral("zh_TW");
            return QStringLiteral("zh_CN");
        }
        if (tag.startsWith("en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Dates and amounts in the page's language (the desk's locales: en is
// English as in the United States, as QLocale gives it).
QLocale localeOf(const QString& lang)
{
    return QLocale(lang);
}

QString when(const QDateTime& t, const QLocale& locale)
{
    // The locale's short form with the year whole, without zh_TW's literal
    // day period (docket::fullYearDateTimeFormat).
    return locale.toString(t.toUTC(), fullYearDateTimeFormat(QLocale::ShortFormat, locale)) +
           QStringLiteral(" UTC");
}

// A form posted to /track (application/x-www-form-urlencoded): the look-up
// and the page refused by the per-address limit read it alike.
struct TrackForm
{
    QString number;
    QString contact;
    QString lang; // the form's switch, else Accept-Language (languageOf)

    static TrackForm of(const HttpRequest& request)
    {
        const QUrlQuery form(
            QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
        auto field = [&form](const char* name) {
            return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
        };
        return {field("number").trimmed(), field("contact").trimmed(),
                languageOf(request, field("lang"))};
    }
};

void pageHeaders(HttpResponse& r)
{
    r.addHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                "frame-ancestors 'none'; base-uri 'none'");
    r.addHeader("X-Content-Type-Options", "nosniff");
    r.addHeader("X-Frame-Options", "DENY");
    r.addHeader("Referrer-Policy", "no-referrer");
    r.addHeader("Cache-Control", "no-store");
}

} // namespace

// The texts of the page are in context "TrackPage", translated per request
// (each request has its own language).

// One page: the form, and (after a look-up) the answer below it.
static QString trackPage(const Gateway* g, const QString& lang, const QString& number,
                         const QString& resultHtml,
                         const std::function<QString(const char*, const char*)>& t)
{
    Q_UNUSED(g)
    QString languages;
    for (const auto& [code, name] : availableLanguages())
        languages += code == lang
                         ? QStringLiteral("<strong>%1</strong> ").arg(esc(name))
                         : QStringLiteral("<a href=\"/track?lang=%1\" lang=\"%2\">%3</a> ")
                               .arg(code, QString(code).replace(QLatin1Char('_'), QLatin1Char('-')),
                                    esc(name));
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%2</title><style>"
               "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:40em;"
               "margin:2em auto;padding:0 1em;color:#222}"
               "label{display:block;margin:.8em 0 .2em}input{font-size:1em;padding:.4em;"
               "width:100%;box-sizing:border-box}button{margin-top:1em;font-size:1em;"
               "padding:.5em 1.5em}table{border-collapse:collapse;width:100%}"
               "td,th{text-align:left;padding:.3em;border-bottom:1px solid #ddd}"
               ".notfound{color:#a00}.lang{float:right;font-size:.9em}</style></head><body>"
               "<nav class=\"lang\">%3</nav><h1>%2</h1>"
               "<form method=\"post\" action=\"/track\"><input type=\"hidden\" name=\"lang\" "
               "value=\"%1\"><label for=\"number\">%4</label>"
               "<input id=\"number\" name=\"number\" required maxlength=\"60\" value=\"%5\" "
               "autocomplete=\"off\"><label for=\"contact\">%6</label>"
               "<input id=\"contact\" name=\"contact\" required maxlength=\"200\" "
               "autocomplete=\"email\"><button id=\"lookup\" type=\"submit\">%7</button></form>"
               "<section id=\"result\">%8</section></body></html>\n")
        .arg(QString(lang).replace(QLatin1Char('_'), QLatin1Char('-')),
             esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Where is my order?"))), languages,
             esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Order number"))), esc(number),
             esc(t("TrackPage",
                   QT_TRANSLATE_NOOP("TrackPage", "Email address or phone number on the order"))),
             esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Look up"))), resultHtml);
}

HttpResponse Gateway::trackForm(const Call& c)
{
    const QString lang = languageOf(c.request);
    auto t = [this, &lang](const char* context, const char* text) {
        return translate(lang, context, text);
    };
    HttpResponse r = HttpResponse::html(200, trackPage(this, lang, {}, {}, t).toUtf8());
    pageHeaders(r);
    return r;
}

HttpResponse Gateway::trackLookup(const Call& c)
{
    const TrackForm form = TrackForm::of(c.request);
    const QString& number = form.number;
    const QString& contact = form.contact;
    const QString& lang = form.lang;
    auto t = [this, &lang](const char* context, const char* text) {
        return translate(lang, context, text);
    };
    const QLocale locale = localeOf(lang);
    const auto found = OrderLookup(c.db).find(number, contact);
    QString result;
    if (!found) {
        result = QStringLiteral("<p class=\"notfound\" id=\"notfound\">%1</p>")
                     .arg(esc(t(
                         "TrackPage",
                         QT_TRANSLATE_NOOP("TrackPage",
                                           "We found no order with this number and this email "
                                           "address or phone number. Check both and try again."))));
    } else {
        const TrackedOrder& o = *found;
        const char* st = statusText(o.status);
        QString steps;
        for (const TrackedOrder::Step& s : o.steps) {
            const char* name = statusText(s.status);
            steps +=
                QStringLiteral("<li><span class=\"step\">%1</span> <time>%2</time></li>")
                    .arg(esc(name ? t("OrderStatus", name) : s.status), esc(when(s.at, locale)));
        }
        QString lines;
        for (const OrderLine& l : o.lines)
            lines += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(l.quantity)
                         .arg(esc(l.name), esc(l.total().toString(locale)));
        QString parcels;
        for (const TrackedOrder::Parcel& p : o.parcels) {
            // The number links to the carrier's tracking page when the shop
            // set a URL template for the carrier.
            const QString tracking =
                p.url.isEmpty()
                    ? QStringLiteral("<span class=\"tracking\">%1</span>")
                          .arg(esc(p.trackingNumber))
                    : QStringLiteral("<a class=\"tracking\" href=\"%1\" rel=\"noreferrer\">%2</a>")
                          .arg(esc(p.url), esc(p.trackingNumber));
            const char* parcelStatus = statusText(p.status);
            // A carrier the shop did not name: the built-in name in the
            // page's language (the shop's own name is shown as written).
            const char* builtin =
                p.builtinName ? fulfilment::builtinMethodSource(p.carrierCode) : nullptr;
            parcels += QStringLiteral("<li><span class=\"carrier\">%1</span> %2 <span "
                                      "class=\"parcel-status\">%3</span> <time>%4</time></li>")
                           .arg(esc(builtin ? t("Fulfilment", builtin) : p.carrier), tracking,
                                esc(parcelStatus ? t("OrderStatus", parcelStatus) : p.status),
                                esc(when(p.shippedAt, locale)));
        }
        result =
            QStringLiteral("<h2 id=\"order\">%1 %2</h2><p>%3: <strong id=\"status\">%4</strong></p>"
                           "<h3>%5</h3><ol id=\"steps\">%6</ol><h3>%7</h3><table id=\"lines\">"
                           "<tr><th>%8</th><th>%9</th><th>%10</th></tr>%11</table><p>%12: "
                           "<strong id=\"total\">%13</strong></p>%14")
                .arg(esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Order"))), esc(o.number),
                     esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Status"))),
                     esc(st ? t("OrderStatus", st) : o.status),
                     esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Steps"))), steps,
                     esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "What you ordered"))),
                     esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Quantity"))),
                     esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Item"))),
                     esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Amount"))), lines,
                     esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Total"))),
                     esc(o.total.toString(locale)),
                     parcels.isEmpty()
                         ? QString()
                         : QStringLiteral("<h3>%1</h3><ul id=\"parcels\">%2</ul>")
                               .arg(esc(t("TrackPage", QT_TRANSLATE_NOOP("TrackPage", "Parcels"))),
                                    parcels));
    }
    HttpResponse r = HttpResponse::html(200, trackPage(this, lang, number, result, t).toUtf8());
    pageHeaders(r);
    return r;
}

HttpResponse Gateway::trackLimited(const HttpRequest& request, int wait) const
{
    const TrackForm form = TrackForm::of(request);
    const QString& lang = form.lang;
    auto t = [this, &lang](const char* context, const char* text) {
        return translate(lang, context, text);
    };
    const QString text =
        translate(lang, "Gateway",
                  QT_TRANSLATE_N_NOOP(
                      "Gateway", "Too many look-ups from your address; try again in %n second(s)."),
                  wait);
    HttpResponse r = HttpResponse::html(
        429,
        trackPage(this, lang, form.number,
                  QStringLiteral("<p class=\"notfound\" id=\"limited\">%1</p>").arg(esc(text)), t)
            .toUtf8());
    pageHeaders(r);
    return r;
}

HttpResponse Gateway::trackJson(const Call& c)
{
    const QJsonObject body = QJsonDocument::fromJson(c.request.body).object();
    const QString number = body.value(QStringLiteral("number")).toString();
    const QString contact = body.value(QStringLiteral("contact")).toString();
    const auto found = OrderLookup(c.db).find(number, contact);
    if (!found)
        return HttpResponse::error(
            404, QStringLiteral("not_found"),
            translate(QStringLiteral("en"), "TrackPage",
                      QT_TRANSLATE_NOOP(
                          "TrackPage",
                          "We found no order with this number and this email address or phone "
                          "number. Check both and try again.")));
    // A built-in carrier's name in the client's language (Accept-Language or
    // ?lang=), for a shop that shows it to its customer; codes stay codes.
    const QString lang = languageOf(c.request);
    QJsonArray steps, lines, parcels;
    for (const TrackedOrder::Step& s : found->steps)
        steps.append(QJsonObject{{QStringLiteral("status"), s.status},
                                 {QStringLiteral("at"), json::time(s.at)}});
    for (const OrderLine& l : found->lines)
        lines.append(QJsonObject{{QStringLiteral("name"), l.name},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("total"), json::money(l.total())}});
    for (const TrackedOrder::Parcel& p : found->parcels) {
        const char* builtin =
            p.builtinName ? fulfilment::builtinMethodSource(p.carrierCode) : nullptr;
        parcels.append(
            QJsonObject{{QStringLiteral("carrier"), p.carrierCode},
                        {QStringLiteral("carrier_name"),
                         builtin ? translate(lang, "Fulfilment", builtin) : p.carrier},
                        {QStringLiteral("tracking_number"), p.trackingNumber},
                        {QStringLiteral("url"), p.url.isEmpty() ? QJsonValue() : QJsonValue(p.url)},
                        {QStringLiteral("shipped_at"), json::time(p.shippedAt)},
                        {QStringLiteral("status"), p.status}});
    }
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("number"), found->number},
                         {QStringLiteral("status"), found->status},
                         {QStringLiteral("created_at"), json::time(found->createdAt)},
                         {QStringLiteral("total"), json::money(found->total)},
                         {QStringLiteral("currency"), found->currency},
                         {QStringLiteral("steps"), steps},
                         {QStringLiteral("lines"), lines},
                         {QStringLiteral("parcels"), parcels}});
}

} // namespace docket::gateway
