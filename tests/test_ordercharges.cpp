// Shipping and tax on an order (issue 13 item 15) on every test backend: one
// tax rate per order on the lines and shipping, the total what the customer
// pays (lines + shipping + tax, rounded as the server rounds), edits audited
// field by field, bad input refused with a message naming it and nothing
// written (by the store, and by the PostgreSQL server on its own), the
// charges kept through the archive, payments judged against the whole total,
// and a database of the previous schema upgrading in place.

#include "db/sql.h"
#include "domain/taxrate.h"
#include "export/orderexporter.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "testdb.h"

#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace docket;
using namespace docket::test;

namespace {

Order draft(qint64 unitCents, qint64 shippingCents, int rateBp,
            const QString& currency = QStringLiteral("EUR"))
{
    Order o;
    o.customerName = QStringLiteral("Ada Charges");
    o.channel = QStringLiteral("web");
    o.currency = currency;
    o.shipTo = {QStringLiteral("1 Main St"),
                QStringLiteral("Berlin"),
                QStringLiteral("10115"),
                {},
                QStringLiteral("DE")};
    o.lines = {OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Mug"), 2,
                         Money(unitCents, currency)}};
    o.shipping = Money(shippingCents, currency);
    o.taxRate = TaxRate::fromBasisPoints(rateBp);
    return o;
}

QList<OrderEvent> edits(const OrderStore& store, qint64 id, const QString& field)
{
    QList<OrderEvent> out;
    for (const OrderEvent& e : store.events(id))
        if (e.kind == QLatin1String("edited") && e.field == field)
            out << e;
    return out;
}

} // namespace

class TestOrderCharges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void taxRateReadsAndRounds()
    {
        QCOMPARE(TaxRate::parse(QStringLiteral("20"))->basisPoints(), 2000);
        QCOMPARE(TaxRate::parse(QStringLiteral("5.5 %"))->basisPoints(), 550);
        QCOMPARE(TaxRate::parse(QStringLiteral("7.25%"))->basisPoints(), 725);
        QCOMPARE(TaxRate::parse(QStringLiteral("5,5"), QLocale(QLocale::German))->basisPoints(),
                 550);
        QCOMPARE(TaxRate::parse(QStringLiteral("100"))->basisPoints(), 10000);
        QVERIFY(!TaxRate::parse(QStringLiteral("100.01")));
        QVERIFY(!TaxRate::parse(QStringLiteral("-1")));
        QVERIFY(!TaxRate::parse(QStringLiteral("5.555")));
        QVERIFY(!TaxRate::parse(QStringLiteral("twenty")));
        QCOMPARE(TaxRate::fromBasisPoints(2000).toPlainString(), QStringLiteral("20"));
        QCOMPARE(TaxRate::fromBasisPoints(550).toPlainString(), QStringLiteral("5.5"));
        QCOMPARE(TaxRate::fromBasisPoints(725).toPlainString(), QStringLiteral("7.25"));
        QCOMPARE(TaxRate::fromBasisPoints(5).toPlainString(), QStringLiteral("0.05"));
        QCOMPARE(TaxRate::fromBasisPoints(550).toString(QLocale(QLocale::German)),
                 QStringLiteral("5,5%"));
        // Half a cent and more rounds up, less rounds down; negative mirrors.
        QCOMPARE(TaxRate::fromBasisPoints(50).of(Money(100)), Money(1)); // 0.5 ct
        QCOMPARE(TaxRate::fromBasisPoints(49).of(Money(100)), Money(0)); // 0.49 ct
        QCOMPARE(TaxRate::fromBasisPoints(550).of(Money(10)), Money(1)); // 0.55 ct
        QCOMPARE(TaxRate::fromBasisPoints(2000).of(Money(2490)), Money(498));
        QCOMPARE(TaxRate::fromBasisPoints(50).of(Money(-100)), Money(-1));
        // No overflow at the largest amount.
        const Money huge(std::numeric_limits<std::int64_t>::max() / 2);
        QCOMPARE(TaxRate::fromBasisPoints(10000).of(huge), huge);
    }

    void chargesAreStoredAndTotalled_data() { addBackendRows(); }
    void chargesAreStoredAndTotalled()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        // 2 x 10.00 + 4.90 shipping = 24.90, 20 % tax 4.98: 29.88.
        const qint64 id = store.create(draft(1000, 490, 2000));
        Order o = store.order(id);
        QCOMPARE(o.shipping, Money(490));
        QCOMPARE(o.taxRate.basisPoints(), 2000);
        QCOMPARE(o.linesTotal(), Money(2000));
        QCOMPARE(o.tax(), Money(498));
        QCOMPARE(o.total, Money(2988));
        QCOMPARE(o.grandTotal(), o.total);
        // The server rounds as TaxRate does: 2 x 0.05 + 0 shipping at 5.5 %
        // is 0.0055 of tax, one cent.
        const qint64 small = store.create(draft(5, 0, 550, QStringLiteral("USD")));
        QCOMPARE(store.order(small).total, Money(11, u"USD"));
        // No charges: the total is the lines', as before.
        const qint64 plain = store.create(draft(1000, 0, 0));
        QCOMPARE(store.order(plain).total, Money(2000));
        // The list's rows carry them (the export's columns).
        OrderFilter f;
        const QList<OrderSummary> rows = store.page(f, {}, 10, 0);
        bool seen = false;
        for (const OrderSummary& r : rows)
            if (r.id == id) {
                seen = true;
                QCOMPARE(r.shipping, Money(490));
                QCOMPARE(r.taxRate.basisPoints(), 2000);
            }
        QVERIFY(seen);
        // ...and the export writes them (plain amounts, the rate in percent).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("charges.csv"));
        ExportOptions options;
        options.columns = {QStringLiteral("number"), QStringLiteral("total"),
                           QStringLiteral("shipping"), QStringLiteral("taxRate")};
        OrderExporter(store).exportTo(path, f, {}, options);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.startsWith(QLatin1String("Number,Total,Shipping,Tax rate (%)")),
                 qPrintable(csv));
        QVERIFY2(csv.contains(store.order(id).number + QStringLiteral(",29.88,4.90,20\r\n")),
                 qPrintable(csv));
        QVERIFY2(csv.contains(store.order(plain).number + QStringLiteral(",20.00,0.00,0\r\n")),
                 qPrintable(csv));
    }

    void editsAreAuditedFieldByField_data() { addBackendRows(); }
    void editsAreAuditedFieldByField()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        const qint64 id = store.create(draft(1000, 490, 2000));
        Order o = store.order(id);
        o.shipping = Money(500);
        o.taxRate = TaxRate::fromBasisPoints(550);
        const Order saved = store.update(o);
        // 25.00 at 5.5 % = 1.375 -> 1.38: 26.38.
        QCOMPARE(saved.total, Money(2638));
        QCOMPARE(saved.version, o.version + 1);
        const auto shipping = edits(store, id, QStringLiteral("shipping_cents"));
        QCOMPARE(shipping.size(), 1);
        QCOMPARE(shipping.first().oldValue, QStringLiteral("4.90"));
        QCOMPARE(shipping.first().newValue, QStringLiteral("5.00"));
        const auto rate = edits(store, id, QStringLiteral("tax_rate"));
        QCOMPARE(rate.size(), 1);
        QCOMPARE(rate.first().oldValue, QStringLiteral("20"));
        QCOMPARE(rate.first().newValue, QStringLiteral("5.5"));
        const auto total = edits(store, id, QStringLiteral("total_cents"));
        QCOMPARE(total.size(), 1);
        QCOMPARE(total.first().oldValue, QStringLiteral("29.88"));
        QCOMPARE(total.first().newValue, QStringLiteral("26.38"));
        QCOMPARE(fieldLabel(QStringLiteral("shipping_cents")), QStringLiteral("Shipping"));
        QCOMPARE(fieldLabel(QStringLiteral("tax_rate")), QStringLiteral("Tax rate"));
        // Taking the charges away again.
        Order again = saved;
        again.shipping = Money(0);
        again.taxRate = {};
        QCOMPARE(store.update(again).total, Money(2000));
    }

    void badChargesAreRefusedAndNothingWritten_data() { addBackendRows(); }
    void badChargesAreRefusedAndNothingWritten()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        const qint64 id = store.create(draft(1000, 490, 2000));
        const QString before = contentFingerprint(tdb.connection());
        struct Case
        {
            Order order;
            const char* field;
            const char* says;
        };
        Order negative = store.order(id);
        negative.shipping = Money(-1);
        Order tooMuch = store.order(id);
        tooMuch.shipping = Money(OrderStore::kMaxCharge + 1);
        Order otherCurrency = store.order(id);
        otherCurrency.shipping = Money(490, u"USD");
        Order rate = store.order(id);
        rate.taxRate = TaxRate::fromBasisPoints(10001);
        for (const Case& c :
             {Case{negative, "shipping", "negative"}, Case{tooMuch, "shipping", "too large"},
              Case{otherCurrency, "shipping", "USD"}, Case{rate, "tax_rate", "100.01%"}}) {
            const auto e = catchError([&] { store.update(c.order); });
            QVERIFY2(e, c.says);
            QCOMPARE(e->code(), DocketError::Code::Invalid);
            QCOMPARE(e->field(), QString::fromLatin1(c.field));
            QVERIFY2(e->message().contains(QLatin1String(c.says)), qPrintable(e->message()));
            const auto created = catchError([&] {
                Order n = c.order;
                n.id = 0;
                n.number.clear();
                store.create(n);
            });
            QVERIFY(created);
            QCOMPARE(created->field(), QString::fromLatin1(c.field));
        }
        QCOMPARE(contentFingerprint(tdb.connection()), before);

        // What a person types: the message quotes it and names the field.
        Order typed = store.order(id);
        auto problems = OrderStore::readCharges(typed, QStringLiteral("4,9x"),
                                                QStringLiteral("twenty"), QLocale::c());
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0].field, QStringLiteral("shipping"));
        QVERIFY(problems[0].message.contains(QLatin1String("\"4,9x\"")));
        QCOMPARE(problems[1].field, QStringLiteral("tax_rate"));
        QVERIFY(problems[1].message.contains(QLatin1String("\"twenty\"")));
        QCOMPARE(typed.shipping, Money(490)); // what did not read stays
        problems = OrderStore::readCharges(typed, QStringLiteral("1.234,50"),
                                           QStringLiteral("5,5 %"), QLocale(QLocale::German));
        QVERIFY(problems.isEmpty());
        QCOMPARE(typed.shipping, Money(123450));
        QCOMPARE(typed.taxRate.basisPoints(), 550);
        problems = OrderStore::readCharges(typed, {}, {}, QLocale::c());
        QVERIFY(problems.isEmpty());
        QCOMPARE(typed.shipping.minorUnits(), 0);
        QVERIFY(typed.taxRate.isZero());

        // The server refuses on its own what the store would have.
        if (backend == Backend::PostgreSQL) {
            const Order o = store.order(id);
            for (const char* h : {R"({"tax_rate_bp": "10001"})", R"({"shipping_cents": "-5"})"}) {
                QSqlQuery q(tdb.connection());
                QVERIFY(!q.exec(QStringLiteral("SELECT docket_order_update(%1, %2, '%3'::jsonb)")
                                    .arg(o.id)
                                    .arg(o.version)
                                    .arg(QLatin1String(h))));
                QVERIFY2(q.lastError().text().contains(QLatin1String("invalid order")),
                         qPrintable(q.lastError().text()));
            }
            QCOMPARE(contentFingerprint(tdb.connection()), before);
        }
    }

    // Paid means the whole total (shipping and tax too); afterwards the
    // charges no longer change.
    void paymentsCoverTheWholeTotal_data() { addBackendRows(); }
    void paymentsCoverTheWholeTotal()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        const qint64 id = store.create(draft(1000, 490, 2000));
        QCOMPARE(store.order(id).status, QStringLiteral("pending"));
        FulfilmentStore f(tdb.connection(), adminSession());
        f.setClock([] { return TestDb::kNow; });
        if (store.order(id).reviewState == QLatin1String("waiting"))
            QSKIP("the review rules hold this order");         // not expected with the defaults
        f.addPayment(id, QStringLiteral("card"), Money(2000)); // the lines only
        QCOMPARE(store.order(id).status, QStringLiteral("pending"));
        f.addPayment(id, QStringLiteral("card"), Money(988)); // shipping and tax
        QCOMPARE(store.order(id).status, QStringLiteral("paid"));
        Order o = store.order(id);
        o.shipping = Money(0);
        const auto e = catchError([&] { store.update(o); });
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Conflict);
        QCOMPARE(e->field(), QStringLiteral("shipping"));
        QVERIFY(e->message().contains(QLatin1String("shipping and tax no longer change")));
    }

    void archiveKeepsTheCharges_data() { addBackendRows(); }
    void archiveKeepsTheCharges()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        OrderStore store = tdb.store();
        const qint64 id = store.create(draft(1000, 490, 2000));
        store.invalidate({id}, QStringLiteral("duplicate"));
        store.deleteInvalid({id});
        const qint64 archiveId =
            queryValue(tdb.connection(), QStringLiteral("SELECT MAX(id) FROM order_archive"))
                .toLongLong();
        const Order back = store.order(store.restore(archiveId));
        QCOMPARE(back.shipping, Money(490));
        QCOMPARE(back.taxRate.basisPoints(), 2000);
        QCOMPARE(back.total, Money(2988));
    }

    // A database of the schema before the charges (an order already in it)
    // upgrades in place: the order keeps its total, has no charges, and
    // takes them afterwards.
    void previousSchemaUpgrades_data() { addBackendRows(); }
    void previousSchemaUpgrades()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
        Database db(empty.config());
        QVERIFY_THROWS_NO_EXCEPTION(db.migrate(kBefore));
        // (PostgreSQL has no 0077: it stops at 0076.)
        QVERIFY(db.schemaVersion() >= kBefore - 1 && db.schemaVersion() <= kBefore);
        QVERIFY_THROWS_NO_EXCEPTION(sql::run(
            db.connection(),
            QStringLiteral("INSERT INTO orders(id, number, customer_name, channel, status, "
                           "currency, total_cents, created_at, updated_at, created_by, "
                           "ship_street, ship_city, ship_postcode, ship_country) VALUES "
                           "(1, 'DK0000001', 'Before', 'web', 'pending', 'EUR', 2000, ?, ?, "
                           "'local', '1 Main St', 'Berlin', '10115', 'DE')"),
            {TestDb::kNow, TestDb::kNow}));
        QVERIFY_THROWS_NO_EXCEPTION(
            sql::run(db.connection(),
                     QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, name, "
                                    "quantity, unit_price_cents) VALUES (1, 1, 'SKU-1', 'Mug', "
                                    "2, 1000)")));
        if (backend == Backend::PostgreSQL)
            QVERIFY_THROWS_NO_EXCEPTION(
                sql::run(db.connection(), QStringLiteral("SELECT setval('orders_id_seq', 1)")));
        QVERIFY_THROWS_NO_EXCEPTION(db.migrate());
        QVERIFY(db.schemaVersion() > kBefore);
        OrderStore store(db.connection(), Session::localUser());
        Order o = store.order(1);
        QCOMPARE(o.total, Money(2000));
        QCOMPARE(o.shipping.minorUnits(), 0);
        QVERIFY(o.taxRate.isZero());
        o.shipping = Money(490);
        o.taxRate = TaxRate::fromBasisPoints(2000);
        QCOMPARE(store.update(o).total, Money(2988));
        QCOMPARE(edits(store, 1, QStringLiteral("shipping_cents")).size(), 1);
        db.closeConnection();
    }

private:
    // The schema version just before the charges' migration (0078).
    static constexpr int kBefore = 77;
};

QTEST_GUILESS_MAIN(TestOrderCharges)
#include "test_ordercharges.moc"
