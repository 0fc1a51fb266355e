#include "intakeorder.h"

#include "errors.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <cmath>

namespace docket {

using intake::Texts;

namespace {

constexpr qint64 kMaxQuantity = 1000000;

IntakeError invalid(const QString& field, const QString& message, const QString& code = {})
{
    return {422, code.isEmpty() ? QStringLiteral("invalid") : code, message, field};
}

// A JSON value that must be text (or absent: `fallback`).
bool text(const QJsonObject& o, const QString& key, const QString& path, QString* out,
          IntakeError* error, bool required = false, int maxLength = 500)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            *error = invalid(path, Texts::tr("\"%1\" is required.").arg(path),
                             QStringLiteral("missing"));
            return false;
        }
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = invalid(path, Texts::tr("\"%1\" must be text.").arg(path));
        return false;
    }
    *out = v.toString().trimmed();
    if (required && out->isEmpty()) {
        *error =
            invalid(path, Texts::tr("\"%1\" is required.").arg(path), QStringLiteral("missing"));
        return false;
    }
    if (out->size() > maxLength) {
        *error = invalid(
            path, Texts::tr("\"%1\" is longer than %2 characters.").arg(path).arg(maxLength));
        return false;
    }
    return true;
}

// Money as decimal text (a JSON number is refused: it may not be exact).
bool money(const QJsonValue& v, const QString& path, qint64* cents, IntakeError* error,
           bool required = true)
{
    if (v.isUndefined() || v.isNull()) {
        if (!required) {
            *cents = 0;
            return true;
        }
        *error =
            invalid(path, Texts::tr("\"%1\" is required.").arg(path), QStringLiteral("missing"));
        return false;
    }
    if (!v.isString()) {
        *error = invalid(path,
                         Texts::tr("\"%1\" must be an amount as decimal text, such as \"12.50\" "
                                   "(a JSON number may not be exact).")
                             .arg(path),
                         QStringLiteral("bad_amount"));
        return false;
    }
    const auto parsed = Money::parsePlain(v.toString().trimmed());
    if (!parsed) {
        *error = invalid(path,
                         Texts::tr("\"%1\" is not an amount: \"%2\" (write it like \"12.50\").")
                             .arg(path, v.toString().left(40)),
                         QStringLiteral("bad_amount"));
        return false;
    }
    *cents = parsed->minorUnits();
    return true;
}

// A whole number from 1 to kMaxQuantity: a JSON integer or decimal digits.
bool quantity(const QJsonValue& v, const QString& path, qint64* out, IntakeError* error)
{
    qint64 n = 0;
    bool ok = false;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = std::isfinite(d) && std::floor(d) == d && d >= 1 && d <= double(kMaxQuantity);
        n = ok ? qint64(d) : 0;
    } else if (v.isString()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,7}$"));
        ok = digits.match(v.toString().trimmed()).hasMatch();
        n = ok ? v.toString().trimmed().toLongLong() : 0;
        ok = ok && n >= 1 && n <= kMaxQuantity;
    }
    if (!ok) {
        *error = invalid(
            path,
            Texts::tr("\"%1\" must be a whole number from 1 to %2.").arg(path).arg(kMaxQuantity));
        return false;
    }
    *out = n;
    return true;
}

bool object(const QJsonObject& o, const QString& key, const QString& path, QJsonObject* out,
            IntakeError* error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isObject()) {
        *error = invalid(path, Texts::tr("\"%1\" must be an object.").arg(path));
        return false;
    }
    *out = v.toObject();
    return true;
}

bool onlyKnownKeys(const QJsonObject& o, const QStringList& known, const QString& prefix,
                   IntakeError* error)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key())) {
            const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
            *error = invalid(path,
                             Texts::tr("\"%1\" is not a field of an order (see "
                                       "/api/v1/openapi.json).")
                                 .arg(path),
                             QStringLiteral("unknown_field"));
            return false;
        }
    return true;
}

// ISO 8601 with an offset or Z; WooCommerce's *_gmt values have neither and
// are UTC.
std::optional<QDateTime> utcTime(const QString& text, bool assumeUtc)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (m.captured(3).isEmpty()) {
        if (!assumeUtc)
            return std::nullopt;
        t.setTimeZone(QTimeZone::utc());
    }
    return t.toUTC();
}

// Adds a line of `total` cents for `quantity` units: one line when the total
// divides evenly, else two (quantity - 1 at the lower unit price and one
// that takes the remaining cents), so the lines add up to the total exactly.
void addExactLines(QList<OrderLine>* lines, const QString& sku, const QString& name,
                   qint64 quantity, qint64 total, const QString& currency)
{
    const qint64 unit = total / quantity;
    const qint64 rest = total - unit * quantity;
    if (rest == 0) {
        lines->append(OrderLine{0, 0, sku, name, quantity, Money(unit, currency)});
        return;
    }
    lines->append(OrderLine{0, 0, sku, name, quantity - 1, Money(unit, currency)});
    lines->append(OrderLine{0, 0, sku, name, 1, Money(unit + rest, currency)});
}

QString joined(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(separator);
}

} // namespace

QJsonObject IntakeOrder::normalized() const
{
    QJsonArray lines;
    for (const OrderLine& l : order.lines)
        lines.append(QJsonArray{l.sku, l.name, QString::number(l.quantity),
                                QString::number(l.unitPrice.minorUnits())});
    return QJsonObject{{QStringLiteral("customer_name"), order.customerName},
                       {QStringLiteral("email"), order.email},
                       {QStringLiteral("phone"), order.phone},
                       {QStringLiteral("ship_street"), order.shipTo.street},
                       {QStringLiteral("ship_city"), order.shipTo.city},
                       {QStringLiteral("ship_postcode"), order.shipTo.postcode},
                       {QStringLiteral("ship_region"), order.shipTo.region},
                       {QStringLiteral("ship_country"), order.shipTo.country},
                       {QStringLiteral("currency"), order.currency},
                       {QStringLiteral("note"), order.note},
                       {QStringLiteral("status"), order.status},
                       {QStringLiteral("lines"), lines}};
}

namespace intake {

std::optional<Money> linesTotal(const QList<OrderLine>& lines, const QString& currency)
{
    qint64 sum = 0;
    for (const OrderLine& l : lines) {
        qint64 lineTotal = 0;
        if (__builtin_mul_overflow(l.quantity, l.unitPrice.minorUnits(), &lineTotal) ||
            __builtin_add_overflow(sum, lineTotal, &sum))
            return std::nullopt;
    }
    return Money(sum, currency);
}

std::optional<QString> wooStatus(const QString& s, bool* known)
{
    *known = true;
    if (s == QLatin1String("pending") || s == QLatin1String("on-hold") ||
        s == QLatin1String("failed"))
        return QStringLiteral("pending");
    if (s == QLatin1String("processing"))
        return QStringLiteral("paid");
    if (s == QLatin1String("completed"))
        return QStringLiteral("delivered");
    if (s == QLatin1String("cancelled"))
        return QStringLiteral("cancelled");
    if (s == QLatin1String("refunded"))
        return QStringLiteral("refunded");
    if (s == QLatin1String("checkout-draft") || s == QLatin1String("trash"))
        return std::nullopt;
    *known = false;
    return std::nullopt;
}

bool isWooPing(const QByteArray& body)
{
    static const QRegularExpression re(QStringLiteral("^webhook_id=[0-9]+$"));
    return re.match(QString::fromLatin1(body.trimmed())).hasMatch();
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool wooSignatureValid(const QByteArray& body, const QByteArray& signature,
                       const QByteArray& secret)
{
    if (signature.isEmpty() || secret.isEmpty())
        return false;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
    return constantTimeEquals(expected, signature.trimmed());
}

Parsed fromDocketJson(const QJsonObject& body, const QString& defaultChannel,
                      const QString& defaultCurrency)
{
    Parsed p;
    IntakeError& e = p.error;
    static const QStringList known{
        QStringLiteral("external_id"), QStringLiteral("channel"),
        QStringLiteral("number"),      QStringLiteral("status"),
        QStringLiteral("currency"),    QStringLiteral("created_at"),
        QStringLiteral("customer"),    QStringLiteral("shipping_address"),
        QStringLiteral("note"),        QStringLiteral("total"),
        QStringLiteral("lines"),       QStringLiteral("payment")};
    if (!onlyKnownKeys(body, known, {}, &e))
        return p;
    IntakeOrder in;
    in.source = QStringLiteral("api");
    Order& o = in.order;
    QString createdAt;
    if (!text(body, QStringLiteral("external_id"), QStringLiteral("external_id"), &in.externalId,
              &e, true, 100) ||
        !text(body, QStringLiteral("channel"), QStringLiteral("channel"), &in.channel, &e, false,
              50) ||
        !text(body, QStringLiteral("number"), QStringLiteral("number"), &o.number, &e, false, 40) ||
        !text(body, QStringLiteral("status"), QStringLiteral("status"), &o.status, &e, false, 20) ||
        !text(body, QStringLiteral("currency"), QStringLiteral("currency"), &o.currency, &e, false,
              3) ||
        !text(body, QStringLiteral("created_at"), QStringLiteral("created_at"), &createdAt, &e) ||
        !text(body, QStringLiteral("note"), QStringLiteral("note"), &o.note, &e, false, 5000))
        return p;
    if (in.channel.isEmpty())
        in.channel = defaultChannel;
    if (in.channel.isEmpty()) {
        e = invalid(QStringLiteral("channel"), Texts::tr("\"channel\" is required."),
                    QStringLiteral("missing"));
        return p;
    }
    if (!channel::codes().contains(in.channel)) {
        e = invalid(QStringLiteral("channel"),
                    Texts::tr("There is no sales channel \"%1\"; the channels are: %2.")
                        .arg(in.channel, channel::codes().join(QStringLiteral(", "))),
                    QStringLiteral("unknown_channel"));
        return p;
    }
    o.channel = in.channel;
    if (o.status.isEmpty())
        o.status = QStringLiteral("pending");
    if (!status::fromCode(o.status)) {
        e = invalid(QStringLiteral("status"),
                    Texts::tr("There is no status \"%1\"; the statuses are: %2.")
                        .arg(o.status,
                             [] {
                                 QStringList codes;
                                 for (OrderStatus s : status::all())
                                     codes << status::code(s);
                                 return codes.join(QStringLiteral(", "));
                             }()),
                    QStringLiteral("unknown_status"));
        return p;
    }
    if (o.currency.isEmpty())
        o.currency = defaultCurrency.isEmpty() ? QStringLiteral("EUR") : defaultCurrency;
    if (!createdAt.isEmpty()) {
        const auto t = utcTime(createdAt, false);
        if (!t) {
            e = invalid(QStringLiteral("created_at"),
                        Texts::tr("\"created_at\" must be a time such as "
                                  "\"2026-12-05T10:00:00Z\" (with Z or an offset)."));
            return p;
        }
        o.createdAt = *t;
    }
    QJsonObject customer, address, payment;
    if (!object(body, QStringLiteral("customer"), QStringLiteral("customer"), &customer, &e) ||
        !object(body, QStringLiteral("shipping_address"), QStringLiteral("shipping_address"),
                &address, &e) ||
        !object(body, QStringLiteral("payment"), QStringLiteral("payment"), &payment, &e))
        return p;
    if (!onlyKnownKeys(customer,
                       {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")},
                       QStringLiteral("customer"), &e) ||
        !onlyKnownKeys(address,
                       {QStringLiteral("street"), QStringLiteral("city"),
                        QStringLiteral("postcode"), QStringLiteral("region"),
                        QStringLiteral("country")},
                       QStringLiteral("shipping_address"), &e) ||
        !onlyKnownKeys(payment, {QStringLiteral("method"), QStringLiteral("transaction_id")},
                       QStringLiteral("payment"), &e))
        return p;
    if (!text(customer, QStringLiteral("name"), QStringLiteral("customer.name"), &o.customerName,
              &e, true, 200) ||
        !text(customer, QStringLiteral("email"), QStringLiteral("customer.email"), &o.email, &e,
              false, 200) ||
        !text(customer, QStringLiteral("phone"), QStringLiteral("customer.phone"), &o.phone, &e,
              false, 50) ||
        !text(address, QStringLiteral("street"), QStringLiteral("shipping_address.street"),
              &o.shipTo.street, &e) ||
        !text(address, QStringLiteral("city"), QStringLiteral("shipping_address.city"),
              &o.shipTo.city, &e, false, 200) ||
        !text(address, QStringLiteral("postcode"), QStringLiteral("shipping_address.postcode"),
              &o.shipTo.postcode, &e, false, 20) ||
        !text(address, QStringLiteral("region"), QStringLiteral("shipping_address.region"),
              &o.shipTo.region, &e, false, 200) ||
        !text(address, QStringLiteral("country"), QStringLiteral("shipping_address.country"),
              &o.shipTo.country, &e, false, 100) ||
        !text(payment, QStringLiteral("method"), QStringLiteral("payment.method"),
              &in.paymentMethod, &e, false, 100) ||
        !text(payment, QStringLiteral("transaction_id"), QStringLiteral("payment.transaction_id"),
              &in.transactionId, &e, false, 200))
        return p;

    const QJsonValue linesValue = body.value(QStringLiteral("lines"));
    if (!linesValue.isArray() || linesValue.toArray().isEmpty()) {
        e = invalid(QStringLiteral("lines"),
                    Texts::tr("\"lines\" must be a list of at least one line."),
                    QStringLiteral("missing"));
        return p;
    }
    const QJsonArray lines = linesValue.toArray();
    if (lines.size() > 1000) {
        e = invalid(QStringLiteral("lines"), Texts::tr("An order may have at most 1000 lines."));
        return p;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString at = QStringLiteral("lines[%1]").arg(i);
        if (!lines.at(i).isObject()) {
            e = invalid(at, Texts::tr("\"%1\" must be an object.").arg(at));
            return p;
        }
        const QJsonObject l = lines.at(i).toObject();
        if (!onlyKnownKeys(l,
                           {QStringLiteral("sku"), QStringLiteral("name"),
                            QStringLiteral("quantity"), QStringLiteral("unit_price")},
                           at, &e))
            return p;
        OrderLine line;
        qint64 unitCents = 0;
        if (!text(l, QStringLiteral("sku"), at + QStringLiteral(".sku"), &line.sku, &e, true,
                  100) ||
            !text(l, QStringLiteral("name"), at + QStringLiteral(".name"), &line.name, &e, true,
                  300) ||
            !quantity(l.value(QStringLiteral("quantity")), at + QStringLiteral(".quantity"),
                      &line.quantity, &e) ||
            !money(l.value(QStringLiteral("unit_price")), at + QStringLiteral(".unit_price"),
                   &unitCents, &e))
            return p;
        line.unitPrice = Money(unitCents, o.currency);
        if (unitCents < 0) {
            e = invalid(
                at + QStringLiteral(".unit_price"),
                Texts::tr("\"%1\" cannot be negative.").arg(at + QStringLiteral(".unit_price")),
                QStringLiteral("bad_amount"));
            return p;
        }
        o.lines << line;
    }
    const auto sum = linesTotal(o.lines, o.currency);
    if (!sum) {
        e = invalid(QStringLiteral("lines"),
                    Texts::tr("The lines add up to more than Docket can hold."));
        return p;
    }
    if (body.contains(QStringLiteral("total"))) {
        qint64 total = 0;
        if (!money(body.value(QStringLiteral("total")), QStringLiteral("total"), &total, &e))
            return p;
        if (Money(total, o.currency) != *sum) {
            e = invalid(QStringLiteral("total"),
                        Texts::tr("The total %1 does not match the lines, which add up to %2.")
                            .arg(Money(total).toPlainString(), sum->toPlainString()),
                        QStringLiteral("total_mismatch"));
            return p;
        }
    }
    p.order = std::move(in);
    return p;
}

Parsed fromWooCommerce(const QJsonObject& body, const QString& channelCode)
{
    Parsed p;
    IntakeError& e = p.error;
    IntakeOrder in;
    in.source = QStringLiteral("woocommerce");
    in.channel = channelCode;
    Order& o = in.order;
    o.channel = channelCode;

    const QJsonValue id = body.value(QStringLiteral("id"));
    if (id.isDouble() && id.toDouble() >= 1 && std::floor(id.toDouble()) == id.toDouble() &&
        id.toDouble() < 9e15)
        in.externalId = QString::number(qint64(id.toDouble()));
    else if (id.isString() && !id.toString().trimmed().isEmpty() && id.toString().size() <= 100)
        in.externalId = id.toString().trimmed();
    else {
        e = invalid(QStringLiteral("id"), Texts::tr("The order's \"id\" is missing."),
                    QStringLiteral("missing"));
        return p;
    }
    const QJsonValue number = body.value(QStringLiteral("number"));
    in.externalNumber = number.isString()   ? number.toString().trimmed()
                        : number.isDouble() ? QString::number(qint64(number.toDouble()))
                                            : in.externalId;

    QString wooState, createdAt;
    if (!text(body, QStringLiteral("status"), QStringLiteral("status"), &wooState, &e, true, 50) ||
        !text(body, QStringLiteral("currency"), QStringLiteral("currency"), &o.currency, &e, true,
              3) ||
        !text(body, QStringLiteral("date_created_gmt"), QStringLiteral("date_created_gmt"),
              &createdAt, &e) ||
        !text(body, QStringLiteral("customer_note"), QStringLiteral("customer_note"), &o.note, &e,
              false, 5000) ||
        !text(body, QStringLiteral("payment_method"), QStringLiteral("payment_method"),
              &in.paymentMethod, &e, false, 100) ||
        !text(body, QStringLiteral("transaction_id"), QStringLiteral("transaction_id"),
              &in.transactionId, &e, false, 200))
        return p;
    bool known = true;
    const auto mapped = wooStatus(wooState, &known);
    if (!known) {
        e = invalid(QStringLiteral("status"),
                    Texts::tr("The WooCommerce status \"%1\" is not one Docket knows (pending, "
                              "on-hold, failed, processing, completed, cancelled, refunded).")
                        .arg(wooState),
                    QStringLiteral("unknown_status"));
        return p;
    }
    if (!mapped) {
        in.ignoreReason =
            Texts::tr("WooCommerce status \"%1\": not an order to take.").arg(wooState);
        p.order = std::move(in);
        return p;
    }
    o.status = *mapped;
    if (!createdAt.isEmpty()) {
        const auto t = utcTime(createdAt, true);
        if (!t) {
            e = invalid(QStringLiteral("date_created_gmt"),
                        Texts::tr("\"date_created_gmt\" is not a time: \"%1\".").arg(createdAt));
            return p;
        }
        o.createdAt = *t;
    }

    QJsonObject billing, shipping;
    if (!object(body, QStringLiteral("billing"), QStringLiteral("billing"), &billing, &e) ||
        !object(body, QStringLiteral("shipping"), QStringLiteral("shipping"), &shipping, &e))
        return p;
    auto field = [](const QJsonObject& a, const char* key) {
        const QJsonValue v = a.value(QLatin1String(key));
        return v.isString() ? v.toString().trimmed() : QString();
    };
    o.customerName =
        joined({field(billing, "first_name"), field(billing, "last_name")}, QStringLiteral(" "));
    if (o.customerName.isEmpty())
        o.customerName = field(billing, "company");
    if (o.customerName.isEmpty())
        o.customerName = joined({field(shipping, "first_name"), field(shipping, "last_name")},
                                QStringLiteral(" "));
    if (o.customerName.isEmpty()) {
        e = invalid(QStringLiteral("billing.first_name"),
                    Texts::tr("The order names no customer (billing first and last name)."),
                    QStringLiteral("missing"));
        return p;
    }
    o.email = field(billing, "email");
    o.phone = field(billing, "phone");
    if (o.phone.isEmpty())
        o.phone = field(shipping, "phone");
    const QJsonObject& to = field(shipping, "address_1").isEmpty() ? billing : shipping;
    o.shipTo.street =
        joined({field(to, "address_1"), field(to, "address_2")}, QStringLiteral(", "));
    o.shipTo.city = field(to, "city");
    o.shipTo.postcode = field(to, "postcode");
    o.shipTo.region = field(to, "state");
    o.shipTo.country = field(to, "country");

    // Lines: each item at what it costs after discounts (without tax), then
    // shipping, fees and the tax as lines of their own, so that the lines add
    // up to WooCommerce's total exactly.
    const QJsonValue itemsValue = body.value(QStringLiteral("line_items"));
    if (!itemsValue.isArray() || itemsValue.toArray().isEmpty()) {
        e = invalid(QStringLiteral("line_items"), Texts::tr("The order has no line items."),
                    QStringLiteral("missing"));
        return p;
    }
    const QJsonArray items = itemsValue.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("line_items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            e = invalid(at, Texts::tr("\"%1\" must be an object.").arg(at));
            return p;
        }
        const QJsonObject item = items.at(i).toObject();
        QString sku, name;
        qint64 qty = 0, total = 0;
        if (!text(item, QStringLiteral("sku"), at + QStringLiteral(".sku"), &sku, &e, false, 100) ||
            !text(item, QStringLiteral("name"), at + QStringLiteral(".name"), &name, &e, false,
                  300) ||
            !quantity(item.value(QStringLiteral("quantity")), at + QStringLiteral(".quantity"),
                      &qty, &e) ||
            !money(item.value(QStringLiteral("total")), at + QStringLiteral(".total"), &total, &e))
            return p;
        if (sku.isEmpty()) {
            // No SKU in the shop: named by its product id, never in the catalogue.
            const QJsonValue product = item.value(QStringLiteral("product_id"));
            sku = QStringLiteral("WOO-%1").arg(product.isDouble()
                                                   ? QString::number(qint64(product.toDouble()))
                                                   : QStringLiteral("0"));
        }
        if (name.isEmpty())
            name = sku;
        if (total < 0) {
            e = invalid(at + QStringLiteral(".total"),
                        Texts::tr("\"%1\" cannot be negative.").arg(at + QStringLiteral(".total")),
                        QStringLiteral("bad_amount"));
            return p;
        }
        addExactLines(&o.lines, sku, name, qty, total, o.currency);
    }
    qint64 shippingTotal = 0, totalTax = 0, declared = 0;
    if (!money(body.value(QStringLiteral("shipping_total")), QStringLiteral("shipping_total"),
               &shippingTotal, &e, false) ||
        !money(body.value(QStringLiteral("total_tax")), QStringLiteral("total_tax"), &totalTax, &e,
               false) ||
        !money(body.value(QStringLiteral("total")), QStringLiteral("total"), &declared, &e))
        return p;
    if (shippingTotal < 0 || totalTax < 0) {
        e = invalid(
            shippingTotal < 0 ? QStringLiteral("shipping_total") : QStringLiteral("total_tax"),
            Texts::tr("Shipping and tax cannot be negative."), QStringLiteral("bad_amount"));
        return p;
    }
    if (shippingTotal > 0) {
        in.serviceLines << int(o.lines.size());
        o.lines << OrderLine{0,
                             0,
                             QStringLiteral("SHIPPING"),
                             Texts::tr("Shipping"),
                             1,
                             Money(shippingTotal, o.currency)};
    }
    const QJsonArray fees = body.value(QStringLiteral("fee_lines")).toArray();
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const QString at = QStringLiteral("fee_lines[%1]").arg(i);
        const QJsonObject fee = fees.at(i).toObject();
        qint64 total = 0;
        QString name;
        if (!money(fee.value(QStringLiteral("total")), at + QStringLiteral(".total"), &total, &e) ||
            !text(fee, QStringLiteral("name"), at + QStringLiteral(".name"), &name, &e, false, 300))
            return p;
        if (total < 0) {
            e = invalid(at + QStringLiteral(".total"),
                        Texts::tr("A negative fee (a discount given as a fee) cannot be taken: "
                                  "Docket's lines are never negative."),
                        QStringLiteral("bad_amount"));
            return p;
        }
        if (total > 0) {
            in.serviceLines << int(o.lines.size());
            o.lines << OrderLine{0,
                                 0,
                                 QStringLiteral("FEE"),
                                 name.isEmpty() ? Texts::tr("Fee") : name,
                                 1,
                                 Money(total, o.currency)};
        }
    }
    if (totalTax > 0) {
        in.serviceLines << int(o.lines.size());
        o.lines << OrderLine{
            0, 0, QStringLiteral("TAX"), Texts::tr("Tax"), 1, Money(totalTax, o.currency)};
    }
    const auto sum = linesTotal(o.lines, o.currency);
    if (!sum || *sum != Money(declared, o.currency)) {
        e = invalid(QStringLiteral("total"),
                    Texts::tr("The total %1 does not match the order's items, shipping, fees and "
                              "tax, which add up to %2.")
                        .arg(Money(declared).toPlainString(),
                             sum ? sum->toPlainString() : QStringLiteral("?")),
                    QStringLiteral("total_mismatch"));
        return p;
    }
    p.order = std::move(in);
    return p;
}

} // namespace intake

QString intake::readText(const QJsonObject& o, const QString& key, bool required, int maxLength,
                         const QString& path)
{
    QString out;
    IntakeError e;
    if (!text(o, key, path.isEmpty() ? key : path, &out, &e, required, maxLength))
        throw DocketError(DocketError::Code::Invalid, e.message, e.field);
    return out;
}

qint64 intake::readQuantity(const QJsonValue& v, const QString& path)
{
    qint64 n = 0;
    IntakeError e;
    if (!quantity(v, path, &n, &e))
        throw DocketError(DocketError::Code::Invalid, e.message, e.field);
    return n;
}

qint64 intake::readMinorUnits(const QJsonValue& v, const QString& path)
{
    qint64 cents = 0;
    IntakeError e;
    if (!money(v, path, &cents, &e))
        throw DocketError(DocketError::Code::Invalid, e.message, e.field);
    return cents;
}

} // namespace docket
