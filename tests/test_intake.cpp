// Orders from outside read strictly (models/domain/intakeorder): money as
// decimal text into exact cents, WooCommerce's order webhook into lines that
// add up to its total, every refusal naming its field.

#include "domain/intakeorder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace docket;

namespace {

QJsonObject wooFixture()
{
    QFile f(QStringLiteral(DOCKET_TEST_DATA "/woocommerce-order.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject docketOrder()
{
    return QJsonDocument::fromJson(R"({
        "external_id": "ERP-1", "channel": "web", "currency": "EUR",
        "created_at": "2026-12-05T10:00:00+01:00",
        "customer": {"name": "Ada Lovelace", "email": "ada@example.com", "phone": "+44 1"},
        "shipping_address": {"street": "1 Main St", "city": "London", "country": "GB"},
        "total": "25.49",
        "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unit_price": "12.50"},
                  {"sku": "SKU-2", "name": "Card", "quantity": "1", "unit_price": "0.49"}]
    })")
        .object();
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

private slots:
    void docketJson();
    void docketJsonRefusals_data();
    void docketJsonRefusals();
    void wooCommerce();
    void wooLinesAddUpExactly();
    void wooRefusals_data();
    void wooRefusals();
    void wooStatuses();
    void signatureAndPing();
};

void TestIntake::docketJson()
{
    const intake::Parsed p = intake::fromDocketJson(docketOrder());
    QVERIFY2(p.order, qPrintable(p.error.message));
    const IntakeOrder& o = *p.order;
    QCOMPARE(o.externalId, QStringLiteral("ERP-1"));
    QCOMPARE(o.channel, QStringLiteral("web"));
    QCOMPARE(o.order.status, QStringLiteral("pending"));
    QCOMPARE(o.order.customerName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(o.order.shipTo.city, QStringLiteral("London"));
    QCOMPARE(o.order.createdAt, QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
    QCOMPARE(o.order.lines.size(), 2);
    QCOMPARE(o.order.lines[0].unitPrice.minorUnits(), 1250);
    QCOMPARE(o.order.lines[1].quantity, 1);
    QCOMPARE(o.order.lines[1].unitPrice.minorUnits(), 49);
    QCOMPARE(o.order.linesTotal().minorUnits(), 2549);
    // A key bound to one channel may leave it out.
    QJsonObject noChannel = docketOrder();
    noChannel.remove(QStringLiteral("channel"));
    QCOMPARE(intake::fromDocketJson(noChannel, QStringLiteral("retail")).order->channel,
             QStringLiteral("retail"));
}

void TestIntake::docketJsonRefusals_data()
{
    QTest::addColumn<QString>("path");  // what to change: "key=json"
    QTest::addColumn<QString>("field"); // the field the refusal names
    QTest::addColumn<QString>("code");
    QTest::newRow("no external id") << "external_id=null"
                                    << "external_id"
                                    << "missing";
    QTest::newRow("unknown field") << "discount=\"5.00\""
                                   << "discount"
                                   << "unknown_field";
    QTest::newRow("unknown channel") << "channel=\"moon\""
                                     << "channel"
                                     << "unknown_channel";
    QTest::newRow("unknown status") << "status=\"lost\""
                                    << "status"
                                    << "unknown_status";
    QTest::newRow("total does not match") << "total=\"25.50\""
                                          << "total"
                                          << "total_mismatch";
    QTest::newRow("total as a number") << "total=25.49"
                                       << "total"
                                       << "bad_amount";
    QTest::newRow("time without zone") << "created_at=\"2026-12-05T10:00:00\""
                                       << "created_at"
                                       << "invalid";
    QTest::newRow("no lines") << "lines=[]"
                              << "lines"
                              << "missing";
    QTest::newRow("price as a number")
        << "lines=[{\"sku\":\"A\",\"name\":\"B\",\"quantity\":1,\"unit_price\":0.1}]"
        << "lines[0].unit_price"
        << "bad_amount";
    QTest::newRow("fractional quantity")
        << "lines=[{\"sku\":\"A\",\"name\":\"B\",\"quantity\":1.5,\"unit_price\":\"1\"}]"
        << "lines[0].quantity"
        << "invalid";
    QTest::newRow("negative price")
        << "lines=[{\"sku\":\"A\",\"name\":\"B\",\"quantity\":1,\"unit_price\":\"-1\"}]"
        << "lines[0].unit_price"
        << "bad_amount";
    QTest::newRow("line without a name")
        << "lines=[{\"sku\":\"A\",\"quantity\":1,\"unit_price\":\"1\"}]"
        << "lines[0].name"
        << "missing";
    QTest::newRow("unknown line field")
        << "lines=[{\"sku\":\"A\",\"name\":\"B\",\"quantity\":1,\"unit_price\":\"1\",\"tax\":"
           "\"1\"}]"
        << "lines[0].tax"
        << "unknown_field";
    QTest::newRow("customer without a name") << "customer={\"email\":\"a@b.c\"}"
                                             << "customer.name"
                                             << "missing";
}

void TestIntake::docketJsonRefusals()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(QString, code);
    QJsonObject o = docketOrder();
    const QString key = path.section(QLatin1Char('='), 0, 0);
    const QByteArray value = path.section(QLatin1Char('='), 1).toUtf8();
    const QJsonDocument v = QJsonDocument::fromJson("[" + value + "]");
    QVERIFY2(!v.isNull(), value.constData());
    if (key == QLatin1String("lines") || key == QLatin1String("customer") ||
        !v.array().at(0).isNull())
        o.insert(key, v.array().at(0));
    else
        o.remove(key);
    if (key == QLatin1String("lines"))
        o.remove(QStringLiteral("total"));
    const intake::Parsed p = intake::fromDocketJson(o);
    QVERIFY(!p.order);
    QCOMPARE(p.error.field, field);
    QCOMPARE(p.error.code, code);
    QCOMPARE(p.error.status, 422);
    QVERIFY(!p.error.message.isEmpty());
}

void TestIntake::wooCommerce()
{
    const QJsonObject body = wooFixture();
    QVERIFY(!body.isEmpty());
    const intake::Parsed p = intake::fromWooCommerce(body, QStringLiteral("web"));
    QVERIFY2(p.order, qPrintable(p.error.message));
    const IntakeOrder& o = *p.order;
    QCOMPARE(o.source, QStringLiteral("woocommerce"));
    QCOMPARE(o.externalId, QStringLiteral("727"));
    QCOMPARE(o.externalNumber, QStringLiteral("727"));
    QCOMPARE(o.order.status, QStringLiteral("paid")); // processing: paid for
    QCOMPARE(o.order.customerName, QStringLiteral("Grete Müller"));
    QCOMPARE(o.order.email, QStringLiteral("grete.mueller@example.com"));
    QCOMPARE(o.order.shipTo.street, QStringLiteral("Hauptstraße 5, 2. OG"));
    QCOMPARE(o.order.shipTo.region, QStringLiteral("BY"));
    QCOMPARE(o.order.note, QStringLiteral("Please ring twice."));
    QCOMPARE(o.order.createdAt, QDateTime(QDate(2026, 12, 5), QTime(10, 48, 26), Qt::UTC));
    QCOMPARE(o.paymentMethod, QStringLiteral("stripe"));
    QCOMPARE(o.transactionId, QStringLiteral("ch_3OQ8xY2eZvKYlo2C1"));
    // Exactly WooCommerce's total, from decimal text only.
    QCOMPARE(o.order.linesTotal().minorUnits(), 4147);
    QStringList skus;
    for (const OrderLine& l : o.order.lines)
        skus << l.sku;
    QCOMPARE(skus, (QStringList{QStringLiteral("SKU-10001"), QStringLiteral("SKU-10002"),
                                QStringLiteral("SKU-10002"), QStringLiteral("SHIPPING"),
                                QStringLiteral("TAX")}));
    QCOMPARE(o.serviceLines, (QList<int>{3, 4}));
}

void TestIntake::wooLinesAddUpExactly()
{
    // 3 towels for 9.97: 2 at 3.32 and 1 at 3.33, never 3 at 3.3233.
    const IntakeOrder o = *intake::fromWooCommerce(wooFixture(), QStringLiteral("web")).order;
    QCOMPARE(o.order.lines[1].quantity, 2);
    QCOMPARE(o.order.lines[1].unitPrice.minorUnits(), 332);
    QCOMPARE(o.order.lines[2].quantity, 1);
    QCOMPARE(o.order.lines[2].unitPrice.minorUnits(), 333);
    // The float "price" (3.3233333333) is never read.
    QJsonObject body = wooFixture();
    QJsonArray items = body.value(QStringLiteral("line_items")).toArray();
    QJsonObject item = items[0].toObject();
    item.insert(QStringLiteral("price"), 1234.5678);
    items[0] = item;
    body.insert(QStringLiteral("line_items"), items);
    QCOMPARE(
        intake::fromWooCommerce(body, QStringLiteral("web")).order->order.linesTotal().minorUnits(),
        4147);
}

void TestIntake::wooRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("total off by a cent") << "total"
                                         << "\"41.48\""
                                         << "total"
                                         << "total_mismatch";
    QTest::newRow("total as a float") << "total"
                                      << "41.47"
                                      << "total"
                                      << "bad_amount";
    QTest::newRow("unknown status") << "status"
                                    << "\"shipped-elsewhere\""
                                    << "status"
                                    << "unknown_status";
    QTest::newRow("no items") << "line_items"
                              << "[]"
                              << "line_items"
                              << "missing";
    QTest::newRow("no id") << "id"
                           << "null"
                           << "id"
                           << "missing";
    QTest::newRow("negative fee") << "fee_lines"
                                  << "[{\"name\":\"Discount\",\"total\":\"-5.00\"}]"
                                  << "fee_lines[0].total"
                                  << "bad_amount";
    QTest::newRow("bad shipping") << "shipping_total"
                                  << "\"4,90\""
                                  << "shipping_total"
                                  << "bad_amount";
}

void TestIntake::wooRefusals()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, code);
    QJsonObject body = wooFixture();
    const QJsonValue v = QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0);
    if (v.isNull())
        body.remove(key);
    else
        body.insert(key, v);
    const intake::Parsed p = intake::fromWooCommerce(body, QStringLiteral("web"));
    QVERIFY(!p.order);
    QCOMPARE(p.error.field, field);
    QCOMPARE(p.error.code, code);
}

void TestIntake::wooStatuses()
{
    bool known = false;
    QCOMPARE(intake::wooStatus(QStringLiteral("on-hold"), &known), QStringLiteral("pending"));
    QCOMPARE(intake::wooStatus(QStringLiteral("completed"), &known), QStringLiteral("delivered"));
    QCOMPARE(intake::wooStatus(QStringLiteral("refunded"), &known), QStringLiteral("refunded"));
    QVERIFY(!intake::wooStatus(QStringLiteral("checkout-draft"), &known) && known);
    QVERIFY(!intake::wooStatus(QStringLiteral("wc-custom"), &known) && !known);
    // A draft is no order yet: answered, not taken.
    QJsonObject body = wooFixture();
    body.insert(QStringLiteral("status"), QStringLiteral("checkout-draft"));
    const intake::Parsed p = intake::fromWooCommerce(body, QStringLiteral("web"));
    QVERIFY(p.order);
    QVERIFY(!p.order->ignoreReason.isEmpty());
}

void TestIntake::signatureAndPing()
{
    const QByteArray body = R"({"id":1})";
    const QByteArray secret = "s3cret-s3cret-s3cret";
    const QByteArray sig =
        QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
    QVERIFY(intake::wooSignatureValid(body, sig, secret));
    QVERIFY(!intake::wooSignatureValid(body + " ", sig, secret));
    QVERIFY(!intake::wooSignatureValid(body, sig, "other-secret-other"));
    QVERIFY(!intake::wooSignatureValid(body, {}, secret));
    QVERIFY(!intake::wooSignatureValid(body, sig.left(10), secret));
    QVERIFY(intake::isWooPing("webhook_id=42"));
    QVERIFY(!intake::isWooPing("webhook_id=42&x=1"));
    QVERIFY(!intake::isWooPing(body));
}

QTEST_GUILESS_MAIN(TestIntake)
#include "test_intake.moc"
