#pragma once

#include "order.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// Orders as other systems send them: WooCommerce's order webhook and
// Docket's own JSON (POST /api/v1/orders, docs in the OpenAPI document), read
// into an Order strictly. Money arrives as decimal text and becomes cents
// exactly (never through a double); every problem names its field. The
// rules of what happens next (idempotency, unknown SKUs, the audit trail)
// are IntakeStore's.
namespace docket {

// A refusal of what was sent: the HTTP status it answers, a code word for
// programs ("total_mismatch"), a translated sentence and the field.
struct IntakeError
{
    int status = 422;
    QString code;
    QString message;
    QString field;
};

struct IntakeOrder
{
    QString source;         // "woocommerce", "api", "import"
    QString channel;        // Docket's sales channel
    QString externalId;     // the source's id of the order: idempotency by (channel, externalId)
    QString externalNumber; // what the customer knows it by (WooCommerce's "number")
    Order order;            // header, lines, status, currency, createdAt (UTC)
    // The seam for shipping and tax (issue 13 item 15): order.shipping (Money
    // in order.currency) and order.taxRate (one rate for the order) are
    // stored and printed on the invoice as the desk's are, through
    // OrderStore::create. The readers below do not fill them yet (shipping
    // and tax arrive as serviceLines); a reader that does must make
    // order.total the lines + shipping + tax (Order::grandTotal).
    QString paymentMethod;
    QString transactionId;
    // Lines that are not products (shipping, fees, tax): never checked
    // against the catalogue.
    QList<int> serviceLines;
    // Not an order to take (a WooCommerce draft or trashed order): the
    // reason, answered 200 and left alone.
    QString ignoreReason;

    // What order_sources keeps of it: the fields that a resend compares.
    QJsonObject normalized() const;
};

namespace intake {

struct Parsed
{
    std::optional<IntakeOrder> order;
    IntakeError error;
};

// Docket's own order JSON (a parsed object). `defaultChannel` applies when
// the body names none; `defaultCurrency` (the shop's currency,
// shop::currencyOf; empty: EUR) when it names no currency.
Parsed fromDocketJson(const QJsonObject& body, const QString& defaultChannel = {},
                      const QString& defaultCurrency = {});
// WooCommerce's order webhook body (order.created / order.updated) for the
// Docket channel `channel`.
Parsed fromWooCommerce(const QJsonObject& body, const QString& channel);

// The status a WooCommerce status becomes: pending, on-hold and failed ->
// pending, processing -> paid, completed -> delivered, cancelled, refunded;
// nullopt for statuses that are no order yet or no longer (checkout-draft,
// trash) and for unknown ones (`known` false).
std::optional<QString> wooStatus(const QString& wooStatus, bool* known);

// The lines' total in `currency` (the order's); nullopt on overflow.
std::optional<Money> linesTotal(const QList<OrderLine>& lines, const QString& currency);

// The WooCommerce webhook ping (body "webhook_id=N"), answered 200.
bool isWooPing(const QByteArray& body);
// X-WC-Webhook-Signature: base64 HMAC-SHA256 of the raw body with `secret`,
// compared in constant time.
bool wooSignatureValid(const QByteArray& body, const QByteArray& signature,
                       const QByteArray& secret);
// Constant-time comparison of two byte strings.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

// The readers of the bodies above, for the gateway's other bodies (tracking
// events, payments, refunds, shipments). Each throws DocketError(Invalid)
// naming `path` (the key itself when empty).
// Text, trimmed; absent or null is empty unless `required`.
QString readText(const QJsonObject& o, const QString& key, bool required, int maxLength = 500,
                 const QString& path = {});
// A whole number from 1 to 1,000,000 (a JSON integer or decimal digits).
qint64 readQuantity(const QJsonValue& v, const QString& path);
// Money as decimal text ("12.50"; a JSON number is refused), in minor units.
qint64 readMinorUnits(const QJsonValue& v, const QString& path);

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Intake)
};

} // namespace intake

} // namespace docket
