// Fulfilment (issue 15): payments, refunds, shipments, tracking, deadlines
// and the review queue, on SQLite and PostgreSQL with the same test code.
// Status follows the records; refusals name the problem and write nothing;
// the invariants hold after random sequences; an upgrade from the previous
// schema changes no order, event or summary; concurrent writers on
// PostgreSQL are refused, never double-booked.

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/fulfilment.h"
#include "domain/reviewrules.h"
#include "domain/shopsettings.h"
#include "seed/seeder.h"
#include "stores/analyticsstore.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderfeed.h"
#include "stores/reviewstore.h"
#include "stores/salessummaries.h"
#include "stores/savedviewstore.h"
#include "stores/serverwrites.h"
#include "stores/shopsettingsstore.h"
#include "stores/trackingfile.h"
#include "stores/trackingintake.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <atomic>
#include <cstring>
#include <sqlite3.h>
#include <thread>

using namespace docket;
using namespace docket::test;

namespace {

constexpr qint64 kNow = TestDb::kNow;

Order draft(const QString& email = QStringLiteral("ada@example.com"), qint64 qty = 2,
            qint64 price = 2500, const QString& currency = QStringLiteral("EUR"))
{
    Order o;
    o.customerName = QStringLiteral("Ada Lovelace");
    o.email = email;
    // A phone of the customer's own (the velocity rule counts phones too).
    o.phone = QStringLiteral("+49 30 %1").arg(qHash(email) % 10000000);
    o.shipTo = {QStringLiteral("Hauptstr. 1"), QStringLiteral("Berlin"), QStringLiteral("10115"),
                QStringLiteral("Berlin"), QStringLiteral("DE")};
    o.billCountry = QStringLiteral("DE");
    o.channel = QStringLiteral("web");
    o.currency = currency;
    OrderLine a;
    a.sku = QStringLiteral("SKU-A");
    a.name = QStringLiteral("Kettle");
    a.quantity = qty;
    a.unitPrice = Money(price, currency);
    OrderLine b;
    b.sku = QStringLiteral("SKU-B");
    b.name = QStringLiteral("Mug");
    b.quantity = 1;
    b.unitPrice = Money(500, currency);
    o.lines = {a, b};
    return o;
}

struct Stores
{
    OrderStore orders;
    FulfilmentStore fulfil;
    ReviewStore review;
};

Stores storesFor(const TestDb& tdb, const Session& s = adminSession(), qint64 now = kNow)
{
    Stores st{tdb.store(s, now), FulfilmentStore(tdb.connection(), s),
              ReviewStore(tdb.connection(), s)};
    st.fulfil.setClock([now] { return now; });
    st.review.setClock([now] { return now; });
    return st;
}

QList<OrderEvent> eventsOfKind(const OrderStore& store, qint64 id, const QString& kind)
{
    QList<OrderEvent> out;
    for (const OrderEvent& e : store.events(id))
        if (e.kind == kind)
            out << e;
    return out;
}

// What shipping wrote for order `id` (its row, parcels, parcel lines and the
// events after `lastEvent`), ids and tracking numbers aside.
QStringList shippingWritten(const QSqlDatabase& db, qint64 id, qint64 lastEvent)
{
    const QRegularExpression ids(QStringLiteral("(#|:)[0-9]+|\\b([12]0{7}[0-9]{2})\\b"));
    QStringList out;
    auto rowsOf = [&](const QString& select) {
        QSqlQuery q = sql::run(db, select, {id});
        while (q.next()) {
            QStringList f;
            for (int c = 0; c < q.record().count(); ++c)
                f << (q.value(c).isNull()
                          ? QStringLiteral("NULL")
                          : q.value(c).toString().replace(ids, QStringLiteral("\\1N")));
            out << f.join(QLatin1Char('|'));
        }
    };
    rowsOf(QStringLiteral("SELECT status, version, step, step_at, due_at, updated_at, "
                          "paid_cents, refunded_cents, records, review_state, invalid_at "
                          "FROM orders WHERE id = ?"));
    rowsOf(QStringLiteral("SELECT carrier, shipped_at, created_at, created_by, delivered_at, "
                          "version, tracking_number = '' FROM shipments WHERE order_id = ? "
                          "ORDER BY id"));
    rowsOf(QStringLiteral("SELECT l.line_no, l.sku, x.quantity, x.order_id = l.order_id FROM "
                          "shipment_lines x JOIN order_lines l ON l.id = x.line_id WHERE "
                          "x.order_id = ? ORDER BY x.shipment_id, l.line_no"));
    rowsOf(QStringLiteral("SELECT at, actor, kind, field, old_value, new_value, note FROM "
                          "order_events WHERE order_id = ? AND id > %1 ORDER BY id")
               .arg(lastEvent));
    return out;
}

} // namespace

class TestFulfilment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        DOCKET_SKIP_WITHOUT_BACKENDS();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void listsParse();
    void serverDefaultsMatch_data() { addBackendRows(); }
    void serverDefaultsMatch();

    void paymentsMovePaidOnTheirOwn_data() { addBackendRows(); }
    void paymentsMovePaidOnTheirOwn();
    void paymentRefusalsWriteNothing_data() { addBackendRows(); }
    void paymentRefusalsWriteNothing();
    void inactiveMethodRefusedByTheServerAfterUpgrade();
    void pendingPaymentCaptured_data() { addBackendRows(); }
    void pendingPaymentCaptured();
    void manualMovesFollowTheRecords_data() { addBackendRows(); }
    void manualMovesFollowTheRecords();

    void refundsByAmountAndByLines_data() { addBackendRows(); }
    void refundsByAmountAndByLines();

    void shipmentsAndDelivery_data() { addBackendRows(); }
    void shipmentsAndDelivery();
    void recordsAreChangesOfTheOrderForSync_data() { addBackendRows(); }
    void recordsAreChangesOfTheOrderForSync();
    void shippingRefusals_data() { addBackendRows(); }
    void shippingRefusals();
    void cashOnDeliveryShipsFirst_data() { addBackendRows(); }
    void cashOnDeliveryShipsFirst();
    void shipManyFromCsv_data() { addBackendRows(); }
    void shipManyFromCsv();
    void trackingFromAFile_data() { addBackendRows(); }
    void trackingFromAFile();
    void trackingFileAtTheLimits_data() { addBackendRows(); }
    void trackingFileAtTheLimits();
    void closedOrderTakesNoTracking_data() { addBackendRows(); }
    void closedOrderTakesNoTracking();
    void closedOrderTrackingUpgradeFrom142();
    void shipmentByItsTrackingNumber_data() { addBackendRows(); }
    void shipmentByItsTrackingNumber();
    void shipmentFileReadsIndexes_data() { addBackendRows(); }
    void shipmentFileReadsIndexes();
    void shipmentFileReadsOrdersOnce_data() { addBackendRows(); }
    void shipmentFileReadsOrdersOnce();
    void shipmentFileWritesWhatOneByOneWrites_data() { addBackendRows(); }
    void shipmentFileWritesWhatOneByOneWrites();
    void trackingFileWritesWhatOneByOneWrites_data() { addBackendRows(); }
    void trackingFileWritesWhatOneByOneWrites();
    void serverShipmentFileRefusesByLine();
    void shipmentFileUpgradeFrom101();
    void oneParcelWritesWhat0069Wrote();

    void reviewHoldsAndApproves_data() { addBackendRows(); }
    void reviewHoldsAndApproves();
    void everyRuleSpeaks_data() { addBackendRows(); }
    void everyRuleSpeaks();
    void reviewDecisionsAndConflicts_data() { addBackendRows(); }
    void reviewDecisionsAndConflicts();
    void approvingSetsEachOrdersStep_data() { addBackendRows(); }
    void approvingSetsEachOrdersStep();
    void rulesAreVersioned_data() { addBackendRows(); }
    void rulesAreVersioned();
    void ruleFormNamesBadFields();
    void rulesHistorySaysWhatChanged_data() { addBackendRows(); }
    void rulesHistorySaysWhatChanged();

    void deadlinesPerStep_data() { addBackendRows(); }
    void deadlinesPerStep();
    void deadlinesReadOncePerBatch_data() { addBackendRows(); }
    void deadlinesReadOncePerBatch();
    void dueListSortsAndFilters_data() { addBackendRows(); }
    void dueListSortsAndFilters();
    void jobsCancelUnpaid_data() { addBackendRows(); }
    void jobsCancelUnpaid();

    void rightsAndScope_data() { addBackendRows(); }
    void rightsAndScope();

    void invariantsAfterRandomWork_data() { addBackendRows(); }
    void invariantsAfterRandomWork();
    void upgradeChangesNothing_data() { addBackendRows(); }
    void upgradeChangesNothing();
    void oldOverdueSettingsUpgrade_data() { addBackendRows(); }
    void oldOverdueSettingsUpgrade();

    void demoDataFollowsTheRules_data() { addBackendRows(); }
    void demoDataFollowsTheRules();
    void pathAtAGlance();

    void concurrentWritersOnPostgres();
    void createWritesTheOrderOnce_data() { addBackendRows(); }
    void createWritesTheOrderOnce();
    void amountRuleReadsWhatTheCustomerPays_data() { addBackendRows(); }
    void amountRuleReadsWhatTheCustomerPays();
};

void TestFulfilment::listsParse()
{
    QString error;
    const auto methods =
        fulfilment::parsePaymentMethods(fulfilment::defaultPaymentMethodsText(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(methods.size(), 7);
    QCOMPARE(methods[5].code, QStringLiteral("cod"));
    QVERIFY(methods[5].onDelivery);
    QVERIFY(!methods[0].onDelivery);
    const auto carriers = fulfilment::parseCarriers(fulfilment::defaultCarriersText(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(carriers.size(), 9);
    const Carrier& dhl = carriers[5];
    QCOMPARE(dhl.code, QStringLiteral("dhl"));
    QVERIFY(dhl.accepts(QStringLiteral("1234567890")));
    QVERIFY(dhl.accepts(QStringLiteral("JJD123456789012345678")));
    QVERIFY(!dhl.accepts(QStringLiteral("12345")));
    QCOMPARE(
        carriers[0].trackingUrl(QStringLiteral("SF1234567890123")),
        QStringLiteral("https://www.sf-express.com/chn/en/waybill/list?waybill=SF1234567890123"));
    QVERIFY(fulfilment::parseCarriers(QStringLiteral("x | X | [unclosed"), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("Line 1")));
    QVERIFY(fulfilment::parseCarriers(QStringLiteral("ok\nBad Code"), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("Line 2")));
    QVERIFY(fulfilment::parsePaymentMethods(QStringLiteral("card\ncard"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("Line 2 (card)")), qPrintable(error));
    const auto retired = fulfilment::parsePaymentMethods(
        QStringLiteral("card | | | inactive\ncod | COD | on_delivery | inactive\nalipay"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(retired.size(), 3);
    QVERIFY(!retired[0].active && !retired[1].active && retired[2].active);
    QVERIFY(retired[1].onDelivery);
    const auto overrides = fulfilment::parseDeadlineOverrides(
        QStringLiteral("marketplace shipping 24\n# comment\nphone payment 12"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(overrides.size(), 2);
    fulfilment::Deadlines d;
    d.overrides = overrides;
    QCOMPARE(d.hours(fulfilment::Step::Shipping, QStringLiteral("marketplace")), 24);
    QCOMPARE(d.hours(fulfilment::Step::Shipping, QStringLiteral("web")), 48);
    QVERIFY(fulfilment::parseDeadlineOverrides(QStringLiteral("web flying 3"), &error).isEmpty());
    QVERIFY(!shop::parse(shop::carriers, QStringLiteral("dhl | DHL | [")).ok());
    QVERIFY(shop::parse(shop::deadlineOverrides, QStringLiteral("web payment 24")).ok());
    // Status follows the records.
    fulfilment::RecordFacts f{Money(9500), Money(9500), Money(0), false, false};
    QCOMPARE(fulfilment::settledStatus(QStringLiteral("pending"), f), QStringLiteral("paid"));
    f.captured = Money(4000);
    QCOMPARE(fulfilment::settledStatus(QStringLiteral("pending"), f), QStringLiteral("pending"));
    f = {Money(9500), Money(9500), Money(9500), false, false};
    QCOMPARE(fulfilment::settledStatus(QStringLiteral("delivered"), f), QStringLiteral("refunded"));
    f = {Money(9500), Money(9500), Money(0), true, false};
    QCOMPARE(fulfilment::settledStatus(QStringLiteral("processing"), f), QStringLiteral("shipped"));
    QVERIFY(fulfilment::statusMatchesRecords(QStringLiteral("shipped"), f));
    QVERIFY(!fulfilment::statusMatchesRecords(QStringLiteral("paid"), f));
}

void TestFulfilment::serverDefaultsMatch()
{
    QFETCH(Backend, backend);
    if (backend != Backend::PostgreSQL)
        QSKIP("the server's copy of the defaults is PostgreSQL's");
    DOCKET_TESTDB(tdb, backend);
    for (const shop::Key* k : shop::keys()) {
        if (!k->id().startsWith(QLatin1String("deadline.")) && k != &shop::paymentMethods &&
            k != &shop::carriers)
            continue;
        QCOMPARE(queryValue(tdb.connection(), QStringLiteral("SELECT docket_setting_default(?)"),
                            {k->id()})
                     .toString(),
                 QString::fromUtf8(k->fallback));
    }
    // The rule set Docket ships with is RuleSet::defaults().
    const QString stored =
        queryValue(tdb.connection(),
                   QStringLiteral("SELECT rules FROM review_rule_sets WHERE version = 1"))
            .toString();
    QCOMPARE(stored, review::RuleSet::defaults().toJsonText());
}

void TestFulfilment::paymentsMovePaidOnTheirOwn()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft()); // 2 × 25.00 + 5.00 = 55.00
    QCOMPARE(s.orders.order(id).reviewState, QStringLiteral("approved"));
    QVERIFY(s.orders.order(id).followsRecords);
    const qint64 first = s.fulfil.addPayment(id, QStringLiteral("card"), Money(4000, u"EUR"),
                                             QStringLiteral("ch_1"));
    Order o = s.orders.order(id);
    QCOMPARE(o.status, QStringLiteral("pending"));
    QCOMPARE(o.paid, Money(4000, u"EUR"));
    const auto b = s.fulfil.balance(id);
    QCOMPARE(b.paid(), Money(4000, u"EUR"));
    QCOMPARE(b.owed(), Money(1500, u"EUR"));
    const qint64 second = s.fulfil.addPayment(id, QStringLiteral("alipay"), Money(1500, u"EUR"),
                                              QStringLiteral("ali_9"));
    o = s.orders.order(id);
    QCOMPARE(o.status, QStringLiteral("paid"));
    QCOMPARE(o.paid, Money(5500, u"EUR"));
    // The system's act, with the payment as the reason, after the payment's event.
    const QList<OrderEvent> status = eventsOfKind(s.orders, id, QStringLiteral("status"));
    QCOMPARE(status.size(), 1);
    QCOMPARE(status[0].actor, fulfilment::systemActor());
    QCOMPARE(status[0].oldValue, QStringLiteral("pending"));
    QCOMPARE(status[0].newValue, QStringLiteral("paid"));
    QCOMPARE(status[0].note, QStringLiteral("payment:%1").arg(second));
    QVERIFY(fulfilment::reasonText(status[0].note).contains(QString::number(second)));
    const QList<OrderEvent> payments = eventsOfKind(s.orders, id, QStringLiteral("payment"));
    QCOMPARE(payments.size(), 2);
    QCOMPARE(payments[0].actor, QStringLiteral("tester"));
    QCOMPARE(payments[0].newValue, QStringLiteral("#%1 card 40.00 EUR captured").arg(first));
    QCOMPARE(payments[0].at.toSecsSinceEpoch(), kNow);
    QCOMPARE(s.fulfil.payments(id).size(), 2);
    QCOMPARE(s.fulfil.payments(id)[1].reference, QStringLiteral("ali_9"));
    QVERIFY(s.fulfil.verify().isEmpty());
    // Nothing more is owed.
    const auto e =
        catchError([&] { s.fulfil.addPayment(id, QStringLiteral("card"), Money(1, u"EUR")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
}

void TestFulfilment::paymentRefusalsWriteNothing()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft());
    s.fulfil.addPayment(id, QStringLiteral("card"), Money(1000, u"EUR"), QStringLiteral("ch_1"));
    // The shop retired alipay (Settings, Payments: Active unticked).
    ShopSettingsStore(tdb.connection(), adminSession())
        .set(shop::paymentMethods.id(), QStringLiteral("card\nalipay | | | inactive"));
    const QString before = contentFingerprint(tdb.connection());
    struct Case
    {
        const char* name;
        std::function<void()> fn;
        DocketError::Code code;
        const char* words;
    };
    const QList<Case> cases{
        {"more than owed",
         [&] { s.fulfil.addPayment(id, QStringLiteral("card"), Money(4600, u"EUR")); },
         DocketError::Code::Invalid, "still owed"},
        {"another currency",
         [&] { s.fulfil.addPayment(id, QStringLiteral("card"), Money(100, u"USD")); },
         DocketError::Code::Invalid, "USD"},
        {"unknown method",
         [&] { s.fulfil.addPayment(id, QStringLiteral("bitcoin"), Money(100, u"EUR")); },
         DocketError::Code::Invalid, "bitcoin"},
        {"inactive method",
         [&] { s.fulfil.addPayment(id, QStringLiteral("alipay"), Money(100, u"EUR")); },
         DocketError::Code::Invalid, "Alipay (alipay) is no longer in use"},
        {"same reference twice",
         [&] {
             s.fulfil.addPayment(id, QStringLiteral("card"), Money(100, u"EUR"),
                                 QStringLiteral("ch_1"));
         },
         DocketError::Code::Conflict, "ch_1"},
        {"zero", [&] { s.fulfil.addPayment(id, QStringLiteral("card"), Money(0, u"EUR")); },
         DocketError::Code::Invalid, "above zero"},
        {"no such order",
         [&] { s.fulfil.addPayment(id + 999, QStringLiteral("card"), Money(100, u"EUR")); },
         DocketError::Code::NotFound, ""},
    };
    for (const Case& c : cases) {
        const auto e = catchError(c.fn);
        QVERIFY2(e, c.name);
        QCOMPARE(e->code(), c.code);
        QVERIFY2(e->message().contains(QLatin1String(c.words)), qPrintable(e->message()));
        QCOMPARE(contentFingerprint(tdb.connection()), before);
    }
    if (backend == Backend::PostgreSQL) {
        // The server refuses an inactive method too, for a session that
        // calls its function without the store (0084).
        const auto e = catchError([&] {
            sql::run(tdb.connection(),
                     QStringLiteral("SELECT docket_payment_add(?, 'alipay', 100, 'EUR', '', "
                                    "'captured')"),
                     {id});
        });
        QVERIFY(e);
        QVERIFY2(e->message().contains(QLatin1String("inactive")), qPrintable(e->message()));
        QCOMPARE(contentFingerprint(tdb.connection()), before);
    }
    // Mixing currencies is refused by Money itself too.
    QVERIFY(catchError([] { (void)(Money(1, u"EUR") + Money(1, u"USD")); }));
    QCOMPARE(s.fulfil.payments(id).size(), 1);
}

void TestFulfilment::pendingPaymentCaptured()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft());
    const qint64 p = s.fulfil.addPayment(id, QStringLiteral("bank_transfer"), Money(5500, u"EUR"),
                                         QStringLiteral("tx-1"), PaymentState::Pending);
    QCOMPARE(s.orders.order(id).status, QStringLiteral("pending"));
    QCOMPARE(s.fulfil.balance(id).owed(), Money(0, u"EUR"));
    const qint64 version = s.fulfil.payments(id)[0].version;
    s.fulfil.setPaymentState(p, PaymentState::Captured, version);
    QCOMPARE(s.orders.order(id).status, QStringLiteral("paid"));
    // A stale version is a conflict; a captured payment is not voided (refund it).
    auto e = catchError([&] { s.fulfil.setPaymentState(p, PaymentState::Voided, version); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    e = catchError([&] { s.fulfil.setPaymentState(p, PaymentState::Voided); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QVERIFY(s.fulfil.verify().isEmpty());
}

void TestFulfilment::manualMovesFollowTheRecords()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft());
    auto e = catchError([&] { s.orders.changeStatus(id, OrderStatus::Paid); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY2(e->message().contains(QLatin1String("record a payment")), qPrintable(e->message()));
    Order o = s.orders.order(id);
    o.status = QStringLiteral("paid");
    QVERIFY(catchError([&] { s.orders.update(o); }));
    s.fulfil.addPayment(id, QStringLiteral("card"), Money(5500, u"EUR"));
    // Processing stays a person's step; shipped is not.
    DOCKET_NO_THROW(s.orders.changeStatus(id, OrderStatus::Processing));
    e = catchError([&] { s.orders.changeStatus(id, OrderStatus::Shipped); });
    QVERIFY(e);
    // Money held: no cancellation until it is refunded.
    e = catchError([&] { s.orders.changeStatus(id, OrderStatus::Cancelled); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    // Lines of an order with payments no longer change.
    o = s.orders.order(id);
    o.lines[0].quantity = 9;
    e = catchError([&] { s.orders.update(o); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    // An order imported in its history's status keeps the hand workflow.
    Order hist = draft(QStringLiteral("old@example.com"));
    hist.status = QStringLiteral("processing");
    const qint64 old = s.orders.create(hist);
    QVERIFY(!s.orders.order(old).followsRecords);
    DOCKET_NO_THROW(s.orders.changeStatus(old, OrderStatus::Shipped));
    QCOMPARE(s.orders.order(old).reviewState, QString());
}

void TestFulfilment::refundsByAmountAndByLines()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft());
    const qint64 p1 = s.fulfil.addPayment(id, QStringLiteral("card"), Money(3000, u"EUR"));
    const qint64 p2 = s.fulfil.addPayment(id, QStringLiteral("card"), Money(2500, u"EUR"));
    QCOMPARE(s.orders.order(id).status, QStringLiteral("paid"));
    const QString before = contentFingerprint(tdb.connection());
    auto e = catchError(
        [&] { s.fulfil.refund(id, p2, Money(2600, u"EUR"), QStringLiteral("too much")); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("left to refund")), qPrintable(e->message()));
    QVERIFY(catchError([&] { s.fulfil.refund(id, p2, Money(100, u"EUR"), QString()); }));
    QVERIFY(catchError([&] { s.fulfil.refund(id, p2, Money(100, u"USD"), QStringLiteral("x")); }));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    // By lines: the mug (5.00) back to the second payment.
    const auto lines = s.fulfil.lineStates(id);
    QCOMPARE(lines.size(), 2);
    const qint64 r1 = s.fulfil.refundLines(id, p2, {RefundLine{lines[1].lineId, 1}},
                                           QStringLiteral("broken mug"));
    QCOMPARE(s.fulfil.refunds(id).size(), 1);
    QCOMPARE(s.fulfil.refunds(id)[0].amount, Money(500, u"EUR"));
    QCOMPARE(s.fulfil.refunds(id)[0].lines.size(), 1);
    QCOMPARE(s.fulfil.lineStates(id)[1].refunded, qint64(1));
    // The mug cannot be refunded twice.
    QVERIFY(catchError([&] {
        s.fulfil.refundLines(id, p2, {RefundLine{lines[1].lineId, 1}}, QStringLiteral("again"));
    }));
    Order o = s.orders.order(id);
    QCOMPARE(o.status, QStringLiteral("paid"));
    QCOMPARE(o.paid, Money(5000, u"EUR"));
    QCOMPARE(o.refunded, Money(500, u"EUR"));
    // Everything else back: refunded, by the system, the last refund the reason.
    s.fulfil.refund(id, p2, Money(2000, u"EUR"), QStringLiteral("customer withdrew"));
    const qint64 last =
        s.fulfil.refund(id, p1, Money(3000, u"EUR"), QStringLiteral("customer withdrew"));
    o = s.orders.order(id);
    QCOMPARE(o.status, QStringLiteral("refunded"));
    QCOMPARE(o.paid, Money(0, u"EUR"));
    const auto status = eventsOfKind(s.orders, id, QStringLiteral("status"));
    QCOMPARE(status.last().note, QStringLiteral("refund:%1").arg(last));
    QCOMPARE(status.last().actor, fulfilment::systemActor());
    QVERIFY(r1 > 0);
    QVERIFY(s.fulfil.verify().isEmpty());
}

// Whoever synchronises by "changed since" (the gateway's GET
// /api/v1/orders?updated_since=..., OrderFeed) sees every payment, refund,
// parcel, delivery and tracking event, also those that leave the status as
// it was; the order's version stays (no clerk's open edit turns into a
// conflict because a carrier reported a scan).
void TestFulfilment::recordsAreChangesOfTheOrderForSync()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const qint64 id = storesFor(tdb).orders.create(draft());
    qint64 minute = kNow;
    auto later = [&] {
        minute += 60;
        return storesFor(tdb, adminSession(), minute);
    };
    // Changed at or after `since`, by the feed.
    auto changedSince = [&](qint64 since) {
        OrderFeed feed(tdb.connection(), adminSession());
        feed.setClock([&] { return minute; });
        OrderFilter f;
        f.validity = OrderFilter::Validity::All;
        QList<qint64> ids;
        for (const OrderFeedRow& r : feed.page(f, since, OrderFeed::Sort::Updated, 100).rows)
            ids << r.summary.id;
        return ids;
    };
    const qint64 version = storesFor(tdb).orders.order(id).version;
    QCOMPARE(changedSince(kNow + 1), QList<qint64>{});

    struct Step
    {
        const char* what;
        std::function<void(Stores&)> write;
    };
    qint64 payment = 0, card = 0, parcel = 0;
    const QList<Step> steps{
        {"a card payment, pending",
         [&](Stores& s) {
             card = s.fulfil.addPayment(id, QStringLiteral("card"), Money(5500, u"EUR"),
                                        QStringLiteral("C-1"), PaymentState::Pending);
         }},
        {"the card payment failed",
         [&](Stores& s) {
             s.fulfil.setPaymentState(card, PaymentState::Failed);
         }},
        {"a pending bank transfer",
         [&](Stores& s) {
             payment = s.fulfil.addPayment(id, QStringLiteral("bank_transfer"), Money(5500, u"EUR"),
                                           QStringLiteral("T-1"), PaymentState::Pending);
         }},
        {"the payment captured (the status moves)",
         [&](Stores& s) {
             s.fulfil.setPaymentState(payment, PaymentState::Captured);
         }},
        {"one parcel of two",
         [&](Stores& s) {
             parcel = s.fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("1234567890"),
                                    {ShipmentLine{s.fulfil.lineStates(id)[0].lineId, 1}});
         }},
        {"a tracking event",
         [&](Stores& s) {
             s.fulfil.addTrackingEvent(parcel, kNow, QStringLiteral("Leipzig hub"),
                                       QStringLiteral("In transit"));
         }},
        {"the parcel delivered",
         [&](Stores& s) {
             s.fulfil.markDelivered(parcel);
         }},
        {"a part refund",
         [&](Stores& s) {
             s.fulfil.refund(id, payment, Money(500, u"EUR"), QStringLiteral("scratched"));
         }},
    };
    qint64 versionBefore = version;
    for (const Step& step : steps) {
        Stores s = later();
        const QString statusBefore = s.orders.order(id).status;
        versionBefore = s.orders.order(id).version;
        step.write(s);
        const Order o = s.orders.order(id);
        QVERIFY2(changedSince(minute) == QList<qint64>{id}, step.what);
        QCOMPARE(o.updatedAt.toSecsSinceEpoch(), minute);
        // A record alone is no edit of the order (the capture and the
        // refund change the order's own paid and refunded amounts).
        if (o.status == statusBefore && !QByteArray(step.what).contains("refund"))
            QVERIFY2(o.version == versionBefore, step.what);
    }
    QVERIFY(versionBefore > version); // the capture moved the status
}

void TestFulfilment::shipmentsAndDelivery()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft());
    s.fulfil.addPayment(id, QStringLiteral("card"), Money(5500, u"EUR"));
    const auto lines = s.fulfil.lineStates(id);
    // One kettle first, then the rest.
    const qint64 a = s.fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("1234567890"),
                                   {ShipmentLine{lines[0].lineId, 1}});
    QCOMPARE(s.orders.order(id).status, QStringLiteral("paid"));
    QCOMPARE(s.fulfil.lineStates(id)[0].shipped, qint64(1));
    auto e = catchError([&] {
        s.fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("1234567891"),
                      {ShipmentLine{lines[0].lineId, 2}});
    });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("left to ship")), qPrintable(e->message()));
    const qint64 b = s.fulfil.ship(id, QStringLiteral("ups"), QStringLiteral("1z999aa10123456784"));
    Order o = s.orders.order(id);
    QCOMPARE(o.status, QStringLiteral("shipped"));
    QCOMPARE(eventsOfKind(s.orders, id, QStringLiteral("status")).last().note,
             QStringLiteral("shipment:%1").arg(b));
    const auto shipments = s.fulfil.shipments(id);
    QCOMPARE(shipments.size(), 2);
    QCOMPARE(shipments[1].trackingNumber, QStringLiteral("1Z999AA10123456784"));
    QCOMPARE(shipments[1].lines.size(), 2);
    QCOMPARE(shipments[1].lines[0].quantity, qint64(1));
    QVERIFY(catchError([&] { s.fulfil.ship(id, QStringLiteral("dhl"), QString()); }));
    // Tracking, then delivery of both parcels.
    s.fulfil.addTrackingEvent(a, kNow - 60, QStringLiteral("Leipzig hub"),
                              QStringLiteral("In transit"));
    QCOMPARE(s.fulfil.shipment(a).events.size(), 1);
    QCOMPARE(s.fulfil.shipment(a).events[0].place, QStringLiteral("Leipzig hub"));
    s.fulfil.markDelivered(a);
    QCOMPARE(s.orders.order(id).status, QStringLiteral("shipped"));
    QVERIFY(catchError([&] { s.fulfil.markDelivered(a); }));
    s.fulfil.markDelivered(b);
    o = s.orders.order(id);
    QCOMPARE(o.status, QStringLiteral("delivered"));
    QVERIFY(!o.dueAt.isValid());
    QCOMPARE(eventsOfKind(s.orders, id, QStringLiteral("status")).last().note,
             QStringLiteral("delivered:%1").arg(b));
    QVERIFY(s.fulfil.verify().isEmpty());
}

void TestFulfilment::shippingRefusals()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft());
    const QString before = contentFingerprint(tdb.connection());
    auto e =
        catchError([&] { s.fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("1234567890")); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("not paid")), qPrintable(e->message()));
    s.fulfil.addPayment(id, QStringLiteral("card"), Money(5500, u"EUR"));
    const QString paid = contentFingerprint(tdb.connection());
    e = catchError([&] { s.fulfil.ship(id, QStringLiteral("pigeon"), QStringLiteral("1")); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("pigeon")), qPrintable(e->message()));
    e = catchError([&] { s.fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("12AB")); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("not a DHL tracking number")),
             qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), paid);
    QVERIFY(before != paid);
    // A duplicate tracking number for the same carrier.
    const qint64 other = s.orders.create(draft(QStringLiteral("bo@example.com")));
    s.fulfil.addPayment(other, QStringLiteral("card"), Money(5500, u"EUR"));
    s.fulfil.ship(other, QStringLiteral("dhl"), QStringLiteral("1234567890"));
    const QString shipped = contentFingerprint(tdb.connection());
    e = catchError([&] { s.fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("1234567890")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QVERIFY2(e->message().contains(QLatin1String("1234567890")), qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), shipped);
    // The same number with another carrier is another parcel.
    DOCKET_NO_THROW(s.fulfil.ship(id, QStringLiteral("ups"), QString()));
}

void TestFulfilment::cashOnDeliveryShipsFirst()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft());
    const qint64 p = s.fulfil.addPayment(id, QStringLiteral("cod"), Money(5500, u"EUR"), {},
                                         PaymentState::Pending);
    const qint64 parcel = s.fulfil.ship(id, QStringLiteral("sf"), QStringLiteral("SF123456789012"));
    QCOMPARE(s.orders.order(id).status, QStringLiteral("shipped"));
    s.fulfil.markDelivered(parcel);
    QCOMPARE(s.orders.order(id).status, QStringLiteral("delivered"));
    s.fulfil.setPaymentState(p, PaymentState::Captured);
    const Order o = s.orders.order(id);
    QCOMPARE(o.status, QStringLiteral("delivered"));
    QCOMPARE(o.paid, Money(5500, u"EUR"));
    QVERIFY(s.fulfil.verify().isEmpty());
}

void TestFulfilment::shipManyFromCsv()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        ids << s.orders.create(draft(QStringLiteral("c%1@example.com").arg(i)));
        s.fulfil.addPayment(ids.last(), QStringLiteral("card"), Money(5500, u"EUR"));
    }
    const qint64 unpaid = s.orders.create(draft(QStringLiteral("u@example.com")));
    s.fulfil.ship(ids[3], QStringLiteral("dhl"), QStringLiteral("9999999999"));
    auto number = [&](qint64 id) {
        return s.orders.order(id).number;
    };
    const QString csv = QStringLiteral("Order number,Carrier,Tracking number\n"
                                       "%1,dhl,1111111111\n"
                                       "%2,UPS,\"1Z999AA10123456784\"\n"
                                       "DK9999999,dhl,2222222222\n"
                                       "%3,dhl,3333333333\n"
                                       "%4,dhl,4444444444\n"
                                       "%5,pigeon,5\n"
                                       "%6,dhl,12\n"
                                       "%1,dhl,6666666666\n")
                            .arg(number(ids[0]), number(ids[1]), number(ids[3]), number(unpaid),
                                 number(ids[2]), number(ids[2]));
    const QString before = contentFingerprint(tdb.connection());
    const auto rows = s.fulfil.previewShipments(csv);
    QCOMPARE(rows.size(), 8);
    QVERIFY2(rows[0].error.isEmpty(), qPrintable(rows[0].error));
    QVERIFY2(rows[1].error.isEmpty(), qPrintable(rows[1].error));
    QCOMPARE(rows[1].carrier, QStringLiteral("ups"));
    QVERIFY2(rows[2].error.contains(QLatin1String("no order DK9999999")),
             qPrintable(rows[2].error));
    QVERIFY2(rows[3].error.contains(QLatin1String("shipped already")), qPrintable(rows[3].error));
    QVERIFY2(rows[4].error.contains(QLatin1String("not paid")), qPrintable(rows[4].error));
    QVERIFY2(rows[5].error.contains(QLatin1String("pigeon")), qPrintable(rows[5].error));
    QVERIFY2(rows[6].error.contains(QLatin1String("not a DHL tracking number")),
             qPrintable(rows[6].error));
    QVERIFY2(rows[7].error.contains(QLatin1String("line 2")), qPrintable(rows[7].error));
    QCOMPARE(rows[7].line, 9);
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    // All or nothing.
    const auto e = catchError([&] { s.fulfil.commitShipments(rows); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("Line 4")), qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    QList<FulfilmentStore::ShipRow> good{rows[0], rows[1]};
    const auto shippedIn = [&] {
        return sql::scalar(tdb.connection(),
                           QStringLiteral("SELECT COALESCE(SUM(orders), 0) FROM sales_orders "
                                          "WHERE grain = 2 AND status = 'shipped'"))
            .toLongLong();
    };
    const qint64 shippedBefore = shippedIn();
    QCOMPARE(s.fulfil.commitShipments(good), 2);
    QCOMPARE(s.orders.order(ids[0]).status, QStringLiteral("shipped"));
    QCOMPARE(s.orders.order(ids[1]).status, QStringLiteral("shipped"));
    // The summaries moved the two orders (and their regions and products)
    // from paid to shipped, exactly (SQLite sums them once for the file).
    QCOMPARE(shippedIn(), shippedBefore + 2);
    const auto diffs = summaries::verify(tdb.connection(), backend);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.isEmpty() ? QString() : diffs.first().table));
    if (backend == Backend::SQLite) // the per-order triggers are on again
        QCOMPARE(sql::scalar(tdb.connection(), QStringLiteral("SELECT COUNT(*) FROM "
                                                              "analytics_suspend"))
                     .toInt(),
                 0);
    // Someone shipped one of them meanwhile: the commit checks again.
    QVERIFY(catchError([&] { s.fulfil.commitShipments(good); }));
    QVERIFY(s.fulfil.verify().isEmpty());
}

// Tracking events from a carrier's file (issue 15 item 3): every bad row is
// named by its line and column and nothing is written; the good rows go in
// whole, audited, with the gateway's rules (a "delivered" row delivers the
// parcel); the same file twice adds nothing the second time.
void TestFulfilment::trackingFromAFile()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    auto shipped = [&](const QString& email, const QString& channel, const QString& carrier,
                       const QString& tracking) {
        Order o = draft(email);
        o.channel = channel;
        const qint64 id = s.orders.create(o);
        s.fulfil.addPayment(id, QStringLiteral("card"), Money(5500, u"EUR"));
        return std::pair{id, s.fulfil.ship(id, carrier, tracking)};
    };
    const auto [a, parcelA] = shipped(QStringLiteral("a@example.com"), QStringLiteral("web"),
                                      QStringLiteral("dhl"), QStringLiteral("1234567890"));
    const auto [b, parcelB] = shipped(QStringLiteral("b@example.com"), QStringLiteral("web"),
                                      QStringLiteral("ups"), QStringLiteral("1Z999AA10123456784"));
    const auto [c, parcelC] = shipped(QStringLiteral("c@example.com"), QStringLiteral("web"),
                                      QStringLiteral("dhl"), QStringLiteral("2222222222"));
    const auto [d, parcelD] = shipped(QStringLiteral("d@example.com"), QStringLiteral("retail"),
                                      QStringLiteral("dhl"), QStringLiteral("3333333333"));
    Q_UNUSED(parcelC);
    Q_UNUSED(parcelD);
    Q_UNUSED(d);
    // An order cancelled since its parcel left (by hand, as an order kept in
    // its history's workflow can be).
    sql::run(tdb.connection(),
             QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE id = ?"), {c});
    const Session clerk =
        sessionWith(QStringLiteral("carl"), {Permission::ViewOrders, Permission::Ship},
                    Scope::ofChannels({QStringLiteral("web")}));
    TrackingFile file(tdb.connection(), clerk);
    const QByteArray good = "carrier,tracking_number,time,place,status\n"
                            "dhl,1234567890,2024-06-15T14:00:00Z,Leipzig hub,In transit\n"
                            "DHL,12 3456 7890,2024-06-15T14:00:00Z,Leipzig hub,In transit\n"
                            "ups,1Z999AA10123456784,2024-06-16T09:30:00+02:00,Berlin,Delivered\n";
    const QByteArray bad = good + "pigeon,1,2024-06-15T14:00:00Z,Nest,In transit\n"
                                  "dhl,9999999999,2024-06-15T14:00:00Z,Leipzig,In transit\n"
                                  "dhl,1234567890,15.06.2024 14:00,Leipzig,In transit\n"
                                  "dhl,1234567890,2024-06-15T14:00:00,Leipzig,In transit\n"
                                  "dhl,1234567890,2024-06-15T15:00:00Z,Leipzig,\n"
                                  "dhl,2222222222,2024-06-15T14:00:00Z,Leipzig,In transit\n"
                                  "dhl,3333333333,2024-06-15T14:00:00Z,Leipzig,In transit\n"
                                  "dhl,1234567890,2024-06-14T14:00:00Z,Leipzig,delivered\n"
                                  "dhl,1234567890\n";
    const QString before = contentFingerprint(tdb.connection());
    const QList<TrackingFileRow> rows = file.preview(bad);
    QCOMPARE(rows.size(), 12);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(rows[i].error.isEmpty(), qPrintable(rows[i].error));
    QCOMPARE(rows[0].orderNumber, s.orders.order(a).number);
    QCOMPARE(rows[0].shipmentId, parcelA);
    QVERIFY(!rows[0].recorded);
    QVERIFY(rows[1].recorded); // the same event again, its number as people write it
    QVERIFY(rows[2].delivers);
    QCOMPARE(rows[2].update.at,
             QDateTime::fromString(QStringLiteral("2024-06-16T07:30:00Z"), Qt::ISODate)
                 .toSecsSinceEpoch());
    const struct
    {
        int line;
        const char* column;
        const char* says;
    } problems[] = {
        {5, "carrier", "\"pigeon\" is not one of the shop's carriers"},
        {6, "tracking_number", "no parcel of carrier dhl has the tracking number 9999999999"},
        {7, "time", "\"15.06.2024 14:00\" is not a time with its zone"},
        {8, "time", "is not a time with its zone"},
        {9, "status", "the status is empty"},
        {10, "tracking_number", "is cancelled; nothing more is recorded for it"},
        {11, "tracking_number", "outside your scope"},
        {12, "time", "a parcel is delivered after it shipped"},
        {13, "file", "instead of 5"},
    };
    for (const auto& p : problems) {
        const TrackingFileRow& r = rows[p.line - 2];
        QCOMPARE(r.line, p.line);
        QCOMPARE(r.column, QLatin1String(p.column));
        QVERIFY2(r.error.contains(QLatin1String(p.says)), qPrintable(r.error));
        QVERIFY2(r.error.startsWith(QStringLiteral("Line %1").arg(p.line)), qPrintable(r.error));
    }
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    // All or nothing.
    auto e = catchError([&] { file.commit(rows); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("Line 5")), qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    // A row made bad since the preview (an error the preview found, cleared
    // behind its back: the retail parcel, outside the clerk's scope) is
    // refused inside the transaction: nothing written.
    QList<TrackingFileRow> mixed = file.preview(good);
    mixed << file.preview("carrier,tracking_number,time,place,status\n"
                          "dhl,3333333333,2024-06-15T14:00:00Z,Leipzig,In transit\n");
    QVERIFY(!mixed.last().error.isEmpty());
    mixed.last().error.clear();
    QVERIFY(catchError([&] { file.commit(mixed); }));
    QCOMPARE(contentFingerprint(tdb.connection()), before);

    // The good rows.
    const TrackingResult done = file.commit(file.preview(good));
    QCOMPARE(done.added, 2);
    QCOMPARE(done.duplicates, 1);
    QCOMPARE(done.delivered, 1);
    const Shipment sa = s.fulfil.shipment(parcelA);
    QCOMPARE(sa.events.size(), 1);
    QCOMPARE(sa.events[0].place, QStringLiteral("Leipzig hub"));
    QCOMPARE(sa.events[0].text, QStringLiteral("In transit"));
    QCOMPARE(sa.events[0].source, QStringLiteral("file"));
    QCOMPARE(sa.events[0].createdBy, QStringLiteral("carl"));
    QVERIFY(!sa.isDelivered());
    const Shipment sb = s.fulfil.shipment(parcelB);
    QCOMPARE(sb.deliveredAt.toSecsSinceEpoch(), rows[2].update.at);
    // Delivered as the carrier webhook delivers: the order follows its parcels.
    QCOMPARE(s.orders.order(b).status, QStringLiteral("delivered"));
    QCOMPARE(eventsOfKind(s.orders, b, QStringLiteral("status")).last().note,
             QStringLiteral("delivered:%1").arg(parcelB));
    // Audited under the clerk's name, in the order's trail.
    const auto trail = eventsOfKind(s.orders, a, QStringLiteral("tracking"));
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail[0].actor, QStringLiteral("carl"));
    // The records agree (but for the order cancelled behind their back).
    const QStringList disagree = s.fulfil.verify();
    QVERIFY2(disagree.size() == 1 && disagree[0].contains(s.orders.order(c).number),
             qPrintable(disagree.join(QLatin1Char('\n'))));

    // The same file again: every row is recorded already, nothing is written.
    const QString once = contentFingerprint(tdb.connection());
    const QList<TrackingFileRow> again = file.preview(good);
    for (const TrackingFileRow& r : again) {
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.recorded);
        QVERIFY(!r.delivers);
    }
    const TrackingResult twice = file.commit(again);
    QCOMPARE(twice.added, 0);
    QCOMPARE(twice.duplicates, 3);
    QCOMPARE(twice.delivered, 0);
    QCOMPARE(contentFingerprint(tdb.connection()), once);

    // Without the right to ship: refused before a row is read.
    const Session viewer = sessionWith(QStringLiteral("vera"), {Permission::ViewOrders});
    e = catchError([&] { TrackingFile(tdb.connection(), viewer).preview(good); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Forbidden);
}

// A parcel of a closed order (refunded here; invalid and cancelled alike)
// takes no tracking event and is not delivered, by the store's one rule
// (FulfilmentStore::closedProblem), whichever way the event comes: the desk
// and docketctl track add (addTrackingEvent, markDelivered), the carrier
// webhook (TrackingIntake::take, takeFor), a carrier's file (preview and
// commit) and, on PostgreSQL, the server functions called straight.
void TestFulfilment::closedOrderTakesNoTracking()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft(QStringLiteral("back@example.com")));
    const Money total = s.orders.order(id).total;
    const qint64 pay = s.fulfil.addPayment(id, QStringLiteral("card"), total);
    const qint64 parcel = s.fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("5555555555"));
    // Open: an event goes in.
    QVERIFY_THROWS_NO_EXCEPTION(s.fulfil.addTrackingEvent(
        parcel, kNow + 60, QStringLiteral("Leipzig"), QStringLiteral("In transit")));
    s.fulfil.refund(id, pay, total, QStringLiteral("never arrived"));
    const Order o = s.orders.order(id);
    QCOMPARE(o.status, QStringLiteral("refunded"));
    const QString says =
        QStringLiteral("Order %1 is refunded; nothing more is recorded for it.").arg(o.number);
    const QString before = contentFingerprint(tdb.connection());
    auto refused = [&](const char* door, const std::function<void()>& fn) {
        const auto e = catchError(fn);
        QVERIFY2(e, door);
        QCOMPARE(e->code(), DocketError::Code::Conflict);
        QVERIFY2(e->message().contains(says),
                 qPrintable(QString::fromLatin1(door) + QStringLiteral(": ") + e->message()));
        QCOMPARE(contentFingerprint(tdb.connection()), before);
    };
    // The desk and docketctl track add / track delivered.
    refused("addTrackingEvent", [&] {
        s.fulfil.addTrackingEvent(parcel, kNow + 120, QStringLiteral("Leipzig"),
                                  QStringLiteral("Returned to sender"));
    });
    refused("markDelivered", [&] { s.fulfil.markDelivered(parcel, kNow + 120); });
    // The carrier webhook, a plain event and a delivery, by number and by id.
    TrackingIntake intake(tdb.connection(), adminSession());
    const TrackingUpdate back{QStringLiteral("5555555555"), kNow + 120, QStringLiteral("Leipzig"),
                              QStringLiteral("returned to sender"), false};
    const TrackingUpdate delivered{QStringLiteral("5555555555"), kNow + 180,
                                   QStringLiteral("Berlin"), QStringLiteral("delivered"), true};
    // By number, in a batch: skipped and named with the store's words, not
    // a refusal of the batch (test_gateway carrierTracking: a mixed batch).
    for (const TrackingUpdate& u : {back, delivered}) {
        TrackingResult r;
        QVERIFY_THROWS_NO_EXCEPTION(r = intake.take(QStringLiteral("dhl"), {u}));
        QCOMPARE(r.added, 0);
        QCOMPARE(r.delivered, 0);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.refused[0].event, 0);
        QCOMPARE(r.refused[0].trackingNumber, QStringLiteral("5555555555"));
        QCOMPARE(r.refused[0].message, says);
        QCOMPARE(contentFingerprint(tdb.connection()), before);
    }
    refused("webhook by id", [&] { intake.takeFor(id, parcel, back); });
    // A carrier's file: the preview names the row, the commit refuses it.
    TrackingFile file(tdb.connection(), adminSession());
    QList<TrackingFileRow> rows = file.preview(
        QStringLiteral("carrier,tracking_number,time,place,status\n"
                       "dhl,5555555555,%1,Leipzig,Returned to sender\n")
            .arg(QDateTime::fromSecsSinceEpoch(kNow + 120, Qt::UTC).toString(Qt::ISODate))
            .toUtf8());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].column, QStringLiteral("tracking_number"));
    QVERIFY2(
        rows[0].error.startsWith(QLatin1String("Line 2, tracking_number: parcel 5555555555: ")) &&
            rows[0].error.contains(says),
        qPrintable(rows[0].error));
    rows[0].error.clear();
    const auto e = catchError([&] { file.commit(rows); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(says), qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    // The server's own functions refuse it too (a login through psql).
    if (backend == Backend::PostgreSQL) {
        const QSqlDatabase db = tdb.connection();
        for (const QString& call :
             {QStringLiteral("SELECT docket_tracking_add(CAST(? AS bigint), %1, 'x', 'y', "
                             "'desk')")
                  .arg(kNow + 120),
              QStringLiteral("SELECT docket_shipment_delivered(CAST(? AS bigint), %1)")
                  .arg(kNow + 120)}) {
            const auto server = catchError([&] {
                sql::WriteTransaction tx(db);
                dialect::setAuditContext(db, adminSession().userName(), kNow, {},
                                         adminSession().scope().toString());
                sql::scalar(db, call, {parcel});
                tx.commit();
            });
            QVERIFY2(server, qPrintable(call));
            QVERIFY2(server->message().contains(QLatin1String("is refunded")),
                     qPrintable(server->message()));
        }
        QCOMPARE(contentFingerprint(tdb.connection()), before);
    }

    // The one check of a batch is the store's, at the write
    // (FulfilmentStore::takeCarrierEvent): a parcel read while its order
    // was open, the order refunded since (as between a batch's read of its
    // parcels and its writes), is refused there with the same words and
    // nothing is written; the batch's transaction goes on. An open parcel's
    // copy follows what was written: the same event again is a duplicate
    // without reading the parcel again, and a delivery marks it.
    const QSqlDatabase db = tdb.connection();
    const qint64 late = s.orders.create(draft(QStringLiteral("late@example.com")));
    const Money lateTotal = s.orders.order(late).total;
    const qint64 latePay = s.fulfil.addPayment(late, QStringLiteral("card"), lateTotal);
    const qint64 lateParcel =
        s.fulfil.ship(late, QStringLiteral("dhl"), QStringLiteral("7777777777"));
    const qint64 open = s.orders.create(draft(QStringLiteral("open@example.com")));
    s.fulfil.addPayment(open, QStringLiteral("card"), s.orders.order(open).total);
    const qint64 openParcel =
        s.fulfil.ship(open, QStringLiteral("dhl"), QStringLiteral("8888888888"));
    Shipment lateRead = s.fulfil.shipment(lateParcel);
    Shipment openRead = s.fulfil.shipment(openParcel);
    s.fulfil.refund(late, latePay, lateTotal, QStringLiteral("lost"));
    const QString lateBefore = contentFingerprint(db);
    TrackingResult batch;
    QStringList answers;
    {
        sql::WriteTransaction tx(db);
        const TrackingUpdate moving{
            {}, kNow + 300, QStringLiteral("Hub"), QStringLiteral("In transit"), false};
        const TrackingUpdate arrived{
            {}, kNow + 400, QStringLiteral("Door"), QStringLiteral("Delivered"), true};
        answers << TrackingIntake::apply(s.fulfil, lateRead, arrived, &batch)
                << TrackingIntake::apply(s.fulfil, openRead, moving, &batch)
                << TrackingIntake::apply(s.fulfil, openRead, moving, &batch)
                << TrackingIntake::apply(s.fulfil, openRead, arrived, &batch);
        tx.commit();
    }
    QCOMPARE(answers[0], FulfilmentStore::closedProblem(s.orders.order(late).number,
                                                        QStringLiteral("refunded"), false));
    QCOMPARE(answers.mid(1), (QStringList{QString(), QString(), QString()}));
    QCOMPARE(batch.added, 2);
    QCOMPARE(batch.duplicates, 1);
    QCOMPARE(batch.delivered, 1);
    QVERIFY(lateRead.events.isEmpty());
    QVERIFY(!lateRead.isDelivered());
    QCOMPARE(openRead.events.size(), 2);
    QVERIFY(openRead.isDelivered());
    const Shipment lateNow = s.fulfil.shipment(lateParcel);
    QVERIFY(lateNow.events.isEmpty());
    QVERIFY(!lateNow.isDelivered());
    const Shipment openNow = s.fulfil.shipment(openParcel);
    QCOMPARE(openNow.events.size(), 2);
    QCOMPARE(openNow.deliveredAt.toSecsSinceEpoch(), kNow + 400);
    QCOMPARE(s.orders.order(open).status, QStringLiteral("delivered"));
    QCOMPARE(s.orders.order(late).status, QStringLiteral("refunded"));
    QVERIFY(contentFingerprint(db) != lateBefore); // the open parcel's writes only
    QVERIFY(s.fulfil.verify().isEmpty());

    // PostgreSQL: the order closed between the store's read and the server
    // function (which checks again under the order's lock). Made to happen:
    // a temporary view in front of this connection's `orders` shows the
    // refunded order open to the store's first read only (the server's
    // functions do not see pg_temp first). The server refuses, the event's
    // savepoint is taken back, and the store answers the same refusal: the
    // batch goes on, where it used to be a 409 for every event.
    if (backend == Backend::PostgreSQL) {
        const QString columns =
            sql::scalar(db, QStringLiteral("SELECT string_agg(CASE WHEN column_name = 'status' "
                                           "THEN 'CASE WHEN nextval(''pg_temp.store_reads'') = 1 "
                                           "THEN ''paid'' ELSE o.status END AS status' ELSE 'o.' "
                                           "|| quote_ident(column_name) END, ', ' ORDER BY "
                                           "ordinal_position) FROM information_schema.columns "
                                           "WHERE table_schema = current_schema() AND "
                                           "table_name = 'orders'"))
                .toString();
        QVERIFY(columns.contains(QLatin1String("nextval")));
        Shipment stale = s.fulfil.shipment(lateParcel);
        const QString raced = contentFingerprint(db);
        sql::run(db, QStringLiteral("CREATE TEMPORARY SEQUENCE store_reads"));
        sql::run(db, QStringLiteral("CREATE TEMPORARY VIEW orders AS SELECT %1 FROM %2.orders o")
                         .arg(columns, sql::scalar(db, QStringLiteral("SELECT "
                                                                      "quote_ident(current_"
                                                                      "schema())"))
                                           .toString()));
        TrackingResult r;
        QString answer;
        {
            sql::WriteTransaction tx(db);
            answer = TrackingIntake::apply(
                s.fulfil, stale,
                {{}, kNow + 500, QStringLiteral("Hub"), QStringLiteral("Back to sender"), false},
                &r);
            tx.commit();
        }
        const qint64 reads =
            sql::scalar(db, QStringLiteral("SELECT last_value FROM pg_temp.store_reads"))
                .toLongLong();
        sql::run(db, QStringLiteral("DROP VIEW pg_temp.orders"));
        QCOMPARE(answer, FulfilmentStore::closedProblem(s.orders.order(late).number,
                                                        QStringLiteral("refunded"), false));
        QCOMPARE(reads, 2); // read open, refused by the server, read closed
        QCOMPARE(r.added, 0);
        QVERIFY(stale.events.isEmpty());
        QCOMPARE(contentFingerprint(db), raced);
    }
}

// 0146: a PostgreSQL database of schema 142 (whose tracking functions took
// an event for a closed order) upgrades in place: nothing it holds changes,
// and its server functions refuse a refunded order's parcel afterwards.
void TestFulfilment::closedOrderTrackingUpgradeFrom142()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("PostgreSQL only (DOCKET_TEST_PG)");
    DOCKET_TESTDB(empty, Backend::PostgreSQL, TestDb::Setup::Empty);
    Database old(empty.config());
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(142));
    QCOMPARE(old.schemaVersion(), 142);
    const QSqlDatabase db = old.connection();
    OrderStore orders(db, adminSession());
    orders.setClock([] { return kNow; });
    FulfilmentStore fulfil(db, adminSession());
    fulfil.setClock([] { return kNow; });
    const qint64 id = orders.create(draft(QStringLiteral("up@example.com")));
    const Money total = orders.order(id).total;
    const qint64 pay = fulfil.addPayment(id, QStringLiteral("card"), total);
    const qint64 parcel = fulfil.ship(id, QStringLiteral("dhl"), QStringLiteral("6666666666"));
    fulfil.addTrackingEvent(parcel, kNow + 60, QStringLiteral("Leipzig"),
                            QStringLiteral("In transit"));
    fulfil.refund(id, pay, total, QStringLiteral("never arrived"));
    auto serverAdds = [&] {
        return catchError([&] {
            sql::WriteTransaction tx(db);
            dialect::setAuditContext(db, adminSession().userName(), kNow, {},
                                     adminSession().scope().toString());
            sql::scalar(db,
                        QStringLiteral("SELECT docket_tracking_add(CAST(? AS bigint), %1, 'x', "
                                       "'y', 'desk')")
                            .arg(kNow + 120),
                        {parcel});
            // not committed: the transaction rolls back as it goes
        });
    };
    QVERIFY(!serverAdds()); // 0069's function: taken (rolled back here)
    const QString before = contentFingerprint(db);
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion(Backend::PostgreSQL));
    QCOMPARE(contentFingerprint(db), before);
    const auto e = serverAdds();
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("is refunded")), qPrintable(e->message()));
    QCOMPARE(fulfil.shipment(parcel).events.size(), 1);
    QVERIFY(fulfil.verify().isEmpty());
    old.closeConnection();
}

// What a file that cannot be read at all gets: a message naming the file or
// its header, before any row is looked at.
void TestFulfilment::trackingFileAtTheLimits()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    TrackingFile file(tdb.connection(), adminSession());
    auto e = catchError([&] { file.preview("number,carrier,tracking\nDK1,dhl,1\n"); });
    QVERIFY(e);
    QCOMPARE(e->field(), QStringLiteral("header"));
    QVERIFY2(e->message().contains(TrackingFile::header()), qPrintable(e->message()));
    e = catchError([&] { file.preview(QByteArray()); });
    QVERIFY(e);
    QCOMPARE(e->field(), QStringLiteral("file"));
    e = catchError(
        [&] { file.preview("carrier,tracking_number,time,place,status\ndhl,1,\xff\xfe,x,y\n"); });
    QVERIFY(e);
    QCOMPARE(e->field(), QStringLiteral("file"));
    QVERIFY(file.preview("carrier,tracking_number,time,place,status\n").isEmpty());
    QCOMPARE(file.commit({}).added, 0);
    // A read told to stop (Import Tracking closed, another file chosen)
    // stops at its next 200 rows with Cancelled; asked on, it reads all.
    QByteArray big("carrier,tracking_number,time,place,status\n");
    for (int i = 0; i < 1000; ++i)
        big += QByteArray("dhl,") + QByteArray::number(100000 + i) +
               ",2026-12-05T10:00:00Z,Leipzig,in_transit\n";
    QList<qint64> asked;
    qint64 of = 0;
    e = catchError([&] {
        file.preview(big, [&](qint64 done, qint64 total) {
            asked << done;
            of = total;
            return asked.size() < 2;
        });
    });
    QVERIFY(e);
    QCOMPARE(of, 1000);
    QCOMPARE(e->code(), DocketError::Code::Cancelled);
    QCOMPARE(asked, (QList<qint64>{199, 399}));
    asked.clear();
    QCOMPARE(file.preview(big,
                          [&](qint64 done, qint64) {
                              asked << done;
                              return true;
                          })
                 .size(),
             1000);
    QCOMPARE(asked, (QList<qint64>{199, 399, 599, 799, 999}));
    // A file of thousands of parcels locks them in one transaction: on
    // PostgreSQL at most TrackingIntake::kLockKeys entries of the server's
    // shared lock table (64 x 100 by default for every session), not one a
    // parcel ("out of shared memory" past a few thousand).
    if (backend == Backend::PostgreSQL) {
        const QSqlDatabase c = tdb.connection();
        sql::WriteTransaction tx(c);
        QList<qint64> ids;
        for (qint64 id = 1; id <= 10000; ++id)
            ids << id;
        QVERIFY_THROWS_NO_EXCEPTION(TrackingIntake::lockShipments(c, ids));
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = "
                                               "'advisory' AND pid = pg_backend_pid()"))
                     .toLongLong(),
                 TrackingIntake::kLockKeys);
    }
}

// `docketctl track add CARRIER TRACKING`: a parcel found by what is printed
// on it; outside the scope it does not exist.
void TestFulfilment::shipmentByItsTrackingNumber()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    Order r = draft(QStringLiteral("retail@example.com"));
    r.channel = QStringLiteral("retail");
    const qint64 retail = s.orders.create(r);
    const qint64 web = s.orders.create(draft());
    s.fulfil.addPayment(web, QStringLiteral("card"), Money(5500, u"EUR"));
    s.fulfil.addPayment(retail, QStringLiteral("card"), Money(5500, u"EUR"));
    const qint64 parcel =
        s.fulfil.ship(web, QStringLiteral("ups"), QStringLiteral("1Z999AA10123456784"));
    s.fulfil.ship(retail, QStringLiteral("dhl"), QStringLiteral("1234567890"));
    QCOMPARE(
        s.fulfil.shipmentByTracking(QStringLiteral("UPS"), QStringLiteral("1z999 aa1 0123456784"))
            .id,
        parcel);
    auto e = catchError([&] {
        s.fulfil.shipmentByTracking(QStringLiteral("dhl"), QStringLiteral("1Z999AA10123456784"));
    });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::NotFound);
    QVERIFY2(e->message().contains(QLatin1String("1Z999AA10123456784")), qPrintable(e->message()));
    const Session clerk = sessionWith(QStringLiteral("carl"), {Permission::ViewOrders},
                                      Scope::ofChannels({QStringLiteral("web")}));
    FulfilmentStore c(tdb.connection(), clerk);
    QCOMPARE(c.shipmentByTracking(QStringLiteral("ups"), QStringLiteral("1Z999AA10123456784")).id,
             parcel);
    e = catchError(
        [&] { c.shipmentByTracking(QStringLiteral("dhl"), QStringLiteral("1234567890")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::NotFound);
}

void TestFulfilment::reviewHoldsAndApproves()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    // €2,400.00, a known customer: the amount rule alone.
    s.orders.create(draft(QStringLiteral("big@example.com")));
    const qint64 id = s.orders.create(draft(QStringLiteral("big@example.com"), 95, 2500));
    Order o = s.orders.order(id);
    QCOMPARE(o.reviewState, QStringLiteral("waiting"));
    QCOMPARE(o.ruleVersion, qint64(1));
    QCOMPARE(s.review.countWaiting(), qint64(1));
    const auto found = s.review.findings(id);
    QCOMPARE(found.size(), 2); // amount; quantity 95 > 50
    QCOMPARE(found[0].rule, review::Rule::Amount);
    QCOMPARE(found[0].sentence(), QStringLiteral("€2,380.00 is above the €1,000.00 review "
                                                 "threshold."));
    QCOMPARE(found[1].rule, review::Rule::Quantity);
    const auto events = eventsOfKind(s.orders, id, QStringLiteral("review"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].actor, fulfilment::systemActor());
    QCOMPARE(events[0].newValue, QStringLiteral("waiting"));
    QCOMPARE(events[0].note, QStringLiteral("rules:1 amount,quantity"));
    // Waiting: it may be paid but does not ship.
    s.fulfil.addPayment(id, QStringLiteral("card"), Money(238000, u"EUR"));
    QCOMPARE(s.orders.order(id).status, QStringLiteral("paid"));
    auto e = catchError([&] { s.fulfil.ship(id, QStringLiteral("dhl"), QString()); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("awaiting review")), qPrintable(e->message()));
    const auto queue = s.review.queue(50);
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue[0].id, id);
    QCOMPARE(queue[0].findings.size(), 2);
    QCOMPARE(s.review.approve({id}), 1);
    o = s.orders.order(id);
    QCOMPARE(o.reviewState, QStringLiteral("approved"));
    QCOMPARE(s.review.countWaiting(), qint64(0));
    DOCKET_NO_THROW(s.fulfil.ship(id, QStringLiteral("dhl"), QString()));
    // The evaluation alone (the gateway's intake) writes nothing.
    const QString before = contentFingerprint(tdb.connection());
    const auto verdict = s.review.evaluate(draft(QStringLiteral("new@example.com"), 30, 2000));
    QCOMPARE(verdict.ruleVersion, qint64(1));
    QCOMPARE(verdict.findings.size(), 1);
    QCOMPARE(verdict.findings[0].rule, review::Rule::FirstOrder);
    QCOMPARE(contentFingerprint(tdb.connection()), before);
}

void TestFulfilment::everyRuleSpeaks()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    review::RuleSet rules = s.review.rules();
    QVERIFY(rules
                .apply({QStringLiteral("blocklist"), QStringLiteral("email_domains"),
                        QStringLiteral("add"), QStringLiteral("spam.example")})
                .isEmpty());
    QVERIFY(rules
                .apply({QStringLiteral("blocklist"), QStringLiteral("phones"),
                        QStringLiteral("add"), QStringLiteral("+86 138 0000 0000")})
                .isEmpty());
    QVERIFY(rules.apply({QStringLiteral("velocity"), QStringLiteral("orders"), QStringLiteral("2")})
                .isEmpty());
    // An address as typed: case and spaces do not count; "street, postcode".
    QVERIFY(
        rules
            .apply({QStringLiteral("blocklist"), QStringLiteral("addresses"), QStringLiteral("add"),
                    QStringLiteral("  Drop  Lane 7 ,"), QStringLiteral("SW1A 1AA")})
            .isEmpty());
    QCOMPARE(rules.blockedAddresses, QStringList{QStringLiteral("drop lane 7|sw1a1aa")});
    QVERIFY(
        !rules.apply({QStringLiteral("velocity"), QStringLiteral("orders"), QStringLiteral("many")})
             .isEmpty());
    QVERIFY(!rules.apply({QStringLiteral("nonsense"), QStringLiteral("on")}).isEmpty());
    QCOMPARE(s.review.setRules(rules, QStringLiteral("spam wave")), qint64(2));
    struct Case
    {
        const char* name;
        std::function<void(Order&)> change;
        review::Rule rule;
        const char* words;
    };
    const QList<Case> cases{
        {"country", [](Order& o) { o.billCountry = QStringLiteral("FR"); },
         review::Rule::CountryMismatch, "ships to DE but is billed in FR"},
        {"blocked domain", [](Order& o) { o.email = QStringLiteral("x@Spam.Example"); },
         review::Rule::Blocklist, "spam.example"},
        {"blocked phone",
         [](Order& o) {
             o.email = QStringLiteral("p@example.com");
             o.phone = QStringLiteral("+86-138-0000-0000");
         },
         review::Rule::Blocklist, "phone"},
        {"blocked address",
         [](Order& o) {
             o.shipTo.street = QStringLiteral("DROP lane\t7");
             o.shipTo.postcode = QStringLiteral("sw1a 1aa");
         },
         review::Rule::Blocklist, "The address DROP lane 7, sw1a 1aa is on the blocklist"},
        {"quantity", [](Order& o) { o.lines[0].quantity = 51; }, review::Rule::Quantity,
         "51 pieces"},
        {"address",
         [](Order& o) {
             o.shipTo.postcode.clear();
             o.shipTo.city.clear();
         },
         review::Rule::Address, "no postcode, city"},
    };
    int n = 0;
    for (const Case& c : cases) {
        Order o = draft(QStringLiteral("rule%1@example.com").arg(++n), 1, 100);
        s.orders.create(draft(o.email, 1, 100)); // a known customer
        c.change(o);
        const qint64 id = s.orders.create(o);
        const auto found = s.review.findings(id);
        QVERIFY2(found.size() == 1, c.name);
        QCOMPARE(found[0].rule, c.rule);
        QVERIFY2(found[0].sentence().contains(QLatin1String(c.words)),
                 qPrintable(found[0].sentence()));
        QCOMPARE(s.orders.order(id).ruleVersion, qint64(2));
    }
    // Velocity: a third order from one email within the hour.
    for (int i = 0; i < 2; ++i)
        s.orders.create(draft(QStringLiteral("fast@example.com"), 1, 100));
    const qint64 third = s.orders.create(draft(QStringLiteral("fast@example.com"), 1, 100));
    const auto found = s.review.findings(third);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].rule, review::Rule::Velocity);
    QVERIFY2(found[0].sentence().contains(QLatin1String("3 orders within 60 minutes")),
             qPrintable(found[0].sentence()));
    // A change of address judges the order again: fixed, it is approved.
    const qint64 held = s.orders.create([&] {
        Order o = draft(QStringLiteral("fix@example.com"), 1, 100);
        o.shipTo.street.clear();
        return o;
    }());
    QCOMPARE(s.orders.order(held).reviewState, QStringLiteral("waiting"));
    Order fix = s.orders.order(held);
    fix.shipTo.street = QStringLiteral("Ringstr. 5");
    s.orders.update(fix);
    QCOMPARE(s.orders.order(held).reviewState, QStringLiteral("approved"));
    QVERIFY(s.review.findings(held).isEmpty());
}

void TestFulfilment::reviewDecisionsAndConflicts()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    QList<qint64> held;
    for (int i = 0; i < 3; ++i) {
        Order o = draft(QStringLiteral("h%1@example.com").arg(i));
        o.shipTo.street.clear();
        held << s.orders.create(o);
    }
    const auto clerk = storesFor(
        tdb, sessionWith(QStringLiteral("carl"), {Permission::ViewOrders, Permission::Ship}));
    QCOMPARE(catchError([&] { const_cast<ReviewStore&>(clerk.review).approve({held[0]}); })->code(),
             DocketError::Code::Forbidden);
    QVERIFY(catchError([&] { s.review.reject({held[0]}, QStringLiteral(" ")); }));
    QCOMPARE(s.review.reject({held[0]}, QStringLiteral("fake address")), 1);
    Order o = s.orders.order(held[0]);
    QCOMPARE(o.reviewState, QStringLiteral("rejected"));
    QVERIFY(o.isInvalid());
    QCOMPARE(o.invalidReason, QStringLiteral("fake address"));
    QCOMPARE(eventsOfKind(s.orders, held[0], QStringLiteral("invalidated")).size(), 1);
    // Approving a selection that holds an order someone rejected: a conflict
    // naming it, nothing written.
    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { s.review.approve(held); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QVERIFY2(e->message().contains(o.number) && e->message().contains(QLatin1String("tester")),
             qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    QCOMPARE(s.review.approve({held[1], held[2]}), 2);
    QCOMPARE(s.review.countWaiting(), qint64(0));
    const auto ev = eventsOfKind(s.orders, held[1], QStringLiteral("review"));
    QCOMPARE(ev.last().actor, QStringLiteral("tester"));
    QCOMPARE(ev.last().newValue, QStringLiteral("approved"));
    QCOMPARE(s.orders.order(held[1]).dueAt.toSecsSinceEpoch(), kNow + 72 * 3600);
}

// Approving many: each order enters the step its status says, due after
// that step's hours on its channel (PostgreSQL 0103 reads the hours once per
// step and channel and writes the orders in one UPDATE): unpaid -> payment,
// paid -> shipping, a channel's own hours; one version and one review event
// each; nothing else changes.
void TestFulfilment::approvingSetsEachOrdersStep()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    ShopSettingsStore settings(tdb.connection(), adminSession());
    settings.setClock([] { return kNow; });
    settings.set(shop::deadlineOverrides.id(),
                 QStringLiteral("phone shipping 24\nphone payment 12"));
    QList<qint64> held;
    for (int i = 0; i < 4; ++i) {
        Order o = draft(QStringLiteral("s%1@example.com").arg(i));
        o.shipTo.street.clear();
        if (i >= 2)
            o.channel = QStringLiteral("phone");
        held << s.orders.create(o);
        if (i % 2 == 1)
            s.fulfil.addPayment(held.last(), QStringLiteral("card"),
                                s.orders.order(held.last()).total);
    }
    QList<Order> before;
    QList<qsizetype> eventsBefore;
    for (qint64 id : held) {
        before << s.orders.order(id);
        eventsBefore << s.orders.events(id).size();
        QCOMPARE(before.last().reviewState, QStringLiteral("waiting"));
    }
    QCOMPARE(before[1].status, QStringLiteral("paid"));
    QCOMPARE(s.review.approve(held), 4);
    const qint64 hours[] = {72, 48, 12, 24};
    const char* steps[] = {"payment", "shipping", "payment", "shipping"};
    for (int i = 0; i < 4; ++i) {
        const Order o = s.orders.order(held[i]);
        QCOMPARE(o.reviewState, QStringLiteral("approved"));
        QCOMPARE(o.status, before[i].status);
        QCOMPARE(o.version, before[i].version + 1);
        QCOMPARE(o.dueAt.toSecsSinceEpoch(), kNow + hours[i] * 3600);
        QCOMPARE(
            queryValue(tdb.connection(),
                       QStringLiteral("SELECT step || ' ' || step_at FROM orders WHERE id = ?"),
                       {held[i]})
                .toString(),
            QStringLiteral("%1 %2").arg(QLatin1String(steps[i])).arg(kNow));
        QCOMPARE(eventsOfKind(s.orders, held[i], QStringLiteral("review")).last().newValue,
                 QStringLiteral("approved"));
        QCOMPARE(s.orders.events(held[i]).size(), eventsBefore[i] + 1);
    }
    QVERIFY(s.fulfil.verify().isEmpty());
}

void TestFulfilment::rulesAreVersioned()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    review::RuleSet r = s.review.rules();
    QCOMPARE(r, review::RuleSet::defaults());
    QCOMPARE(s.review.setRules(r), qint64(1)); // unchanged: no new version
    r.setOn(review::Rule::Address, false);
    QVERIFY(r.apply({QStringLiteral("amount"), QStringLiteral("threshold"), QStringLiteral("EUR"),
                     QStringLiteral("1500.00")})
                .isEmpty());
    QCOMPARE(s.review.setRules(r, QStringLiteral("summer sale")), qint64(2));
    QCOMPARE(s.review.rules(), r);
    QCOMPARE(s.review.history().size(), 2);
    QCOMPARE(s.review.history()[0].changedBy, QStringLiteral("tester"));
    QCOMPARE(s.review.history()[0].note, QStringLiteral("summer sale"));
    QCOMPARE(queryValue(tdb.connection(), QStringLiteral("SELECT count(*) FROM security_events "
                                                         "WHERE kind = 'rules_changed'"))
                 .toInt(),
             1);
    Order o = draft(QStringLiteral("x@example.com"));
    o.shipTo.city.clear();
    const qint64 id = s.orders.create(o);
    QCOMPARE(s.orders.order(id).reviewState, QStringLiteral("approved"));
    QCOMPARE(eventsOfKind(s.orders, id, QStringLiteral("review"))[0].note,
             QStringLiteral("rules:2"));
    const auto clerk =
        storesFor(tdb, sessionWith(QStringLiteral("carl"), {Permission::ViewOrders}));
    QCOMPARE(catchError([&] {
                 const_cast<ReviewStore&>(clerk.review).setRules(review::RuleSet());
             })->code(),
             DocketError::Code::Forbidden);
}

// Older versions of the rules are readable (issue 15 item 4c): each with who
// set it when, its note, and what changed from the one before in words.
void TestFulfilment::rulesHistorySaysWhatChanged()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    review::RuleSet r = s.review.rules();
    r.setOn(review::Rule::Address, false);
    QVERIFY(r.apply({QStringLiteral("amount"), QStringLiteral("threshold"), QStringLiteral("EUR"),
                     QStringLiteral("1500.00")})
                .isEmpty());
    QCOMPARE(s.review.setRules(r, QStringLiteral("summer sale")), qint64(2));
    QVERIFY(r.apply({QStringLiteral("blocklist"), QStringLiteral("email_domains"),
                     QStringLiteral("add"), QStringLiteral("spam.example")})
                .isEmpty());
    QCOMPARE(s.review.setRules(r), qint64(3));
    QVERIFY(r.apply({QStringLiteral("blocklist"), QStringLiteral("email_domains"),
                     QStringLiteral("remove"), QStringLiteral("spam.example")})
                .isEmpty());
    QVERIFY(r.apply({QStringLiteral("blocklist"), QStringLiteral("email_domains"),
                     QStringLiteral("add"), QStringLiteral("junk.example")})
                .isEmpty());
    QCOMPARE(s.review.setRules(r), qint64(4));

    const QList<ReviewStore::Version> all = s.review.history();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all[0].version, qint64(4));
    // Same number of blocked domains, other ones: said by name.
    QCOMPARE(all[0].changes,
             (QStringList{QStringLiteral("Blocked email domains added: junk.example"),
                          QStringLiteral("Blocked email domains removed: "
                                         "spam.example")}));
    QCOMPARE(all[1].changes,
             QStringList{QStringLiteral("Blocked email domains added: spam.example")});
    QCOMPARE(all[2].note, QStringLiteral("summer sale"));
    QCOMPARE(all[2].changedBy, QStringLiteral("tester"));
    QCOMPARE(all[2].changes.size(), 2);
    QVERIFY2(all[2].changes[0].startsWith(QStringLiteral("Amount above a threshold: on; ")) &&
                 all[2].changes[0].contains(QStringLiteral("€1,000.00")) &&
                 all[2].changes[0].contains(QStringLiteral("→ on; ")) &&
                 all[2].changes[0].contains(QStringLiteral("€1,500.00")),
             qPrintable(all[2].changes[0]));
    QCOMPARE(all[2].changes[1], QStringLiteral("Incomplete shipping address: on → off"));
    QVERIFY(!all[2].first);
    QVERIFY(all[3].first);
    QVERIFY(all[3].changes.isEmpty());
    // A page of the newest: the oldest shown still says what it changed.
    const QList<ReviewStore::Version> two = s.review.history(2);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[1].version, qint64(3));
    QVERIFY(!two[1].first);
    QCOMPARE(two[1].changes, all[1].changes);
    // Read with the right to view orders; nothing else needed.
    const auto clerk =
        storesFor(tdb, sessionWith(QStringLiteral("carl"), {Permission::ViewOrders}));
    QCOMPARE(clerk.review.history().size(), 4);
}

// The rules editor's form (issue 15 item 4): the rule set in words and
// back; every bad field named, nothing applied then; other currencies kept.
void TestFulfilment::ruleFormNamesBadFields()
{
    const QLocale de(QLocale::German, QLocale::Germany);
    review::RuleSet set = review::RuleSet::defaults();
    set.version = 4;
    set.blockedAddresses = {QStringLiteral("drop lane 7|sw1a1aa"), QStringLiteral("nowhere 1|")};
    review::RuleForm f = review::RuleForm::of(set, QStringLiteral("EUR"), de);
    QCOMPARE(f.amountThreshold, QStringLiteral("1.000,00"));
    QCOMPARE(f.velocityOrders, QStringLiteral("3"));
    QCOMPARE(f.blockedAddresses, QStringLiteral("drop lane 7, sw1a1aa\nnowhere 1"));
    QVERIFY(f.on.value(review::Rule::Velocity));

    // Read back unchanged: the same rules.
    review::RuleSet same = set;
    QVERIFY(f.applyTo(&same, de).isEmpty());
    QCOMPARE(same, set);
    QCOMPARE(same.version, qint64(4));

    f.amountThreshold = QStringLiteral("2.500,50");
    f.firstOrderThreshold.clear(); // no first-order threshold in EUR any more
    f.on[review::Rule::Velocity] = false;
    f.maxQuantity = QStringLiteral("80");
    f.blockedDomains = QStringLiteral(" @Spam.Example \n\nspam.example\n");
    f.blockedPhones = QStringLiteral("+86 138-0000-0000");
    f.blockedAddresses += QStringLiteral("\n  Main  ST 1 , 12345 ");
    review::RuleSet changed = set;
    QVERIFY(f.applyTo(&changed, de).isEmpty());
    QCOMPARE(changed.amountThresholds.value(QStringLiteral("EUR")), qint64(250050));
    QCOMPARE(changed.amountThresholds.value(QStringLiteral("CNY")), qint64(800000)); // kept
    QVERIFY(!changed.firstOrderThresholds.contains(QStringLiteral("EUR")));
    QVERIFY(changed.firstOrderThresholds.contains(QStringLiteral("USD")));
    QVERIFY(!changed.velocityOn);
    QCOMPARE(changed.maxQuantity, 80);
    QCOMPARE(changed.blockedDomains, QStringList{QStringLiteral("spam.example")});
    QCOMPARE(changed.blockedPhones, QStringList{QStringLiteral("8613800000000")});
    QCOMPARE(changed.blockedAddresses.last(), QStringLiteral("main st 1|12345"));
    QVERIFY(review::RuleSet::fromJson(changed.toJson()).has_value());

    // Bad fields: each named, nothing applied.
    f.amountThreshold = QStringLiteral("lots");
    f.velocityMinutes = QStringLiteral("0");
    f.blockedDomains = QStringLiteral("ok.example\nnot a domain");
    f.blockedPhones = QStringLiteral("call me");
    review::RuleSet untouched = set;
    const auto problems = f.applyTo(&untouched, de);
    QStringList fields;
    for (const auto& p : problems)
        fields << p.field;
    QCOMPARE(fields,
             (QStringList{QStringLiteral("amount_threshold"), QStringLiteral("velocity_minutes"),
                          QStringLiteral("email_domains"), QStringLiteral("phones")}));
    QVERIFY2(problems[0].message.contains(QLatin1String("\"lots\"")) &&
                 problems[0].message.contains(QLatin1String("EUR")),
             qPrintable(problems[0].message));
    QVERIFY2(problems[2].message.contains(QLatin1String("line 2")),
             qPrintable(problems[2].message));
    QCOMPARE(untouched, set);
}

void TestFulfilment::deadlinesPerStep()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft());
    QCOMPARE(s.orders.order(id).dueAt.toSecsSinceEpoch(), kNow + 72 * 3600);
    Order m = draft(QStringLiteral("m@example.com"));
    m.channel = QStringLiteral("marketplace");
    const qint64 market = s.orders.create(m);
    ShopSettingsStore settings(tdb.connection(), adminSession());
    settings.setClock([] { return kNow; });
    // New limits reach the orders already in the step with the change itself
    // (0125 on PostgreSQL; ShopSettingsStore::write on SQLite).
    settings.set({{shop::deadlinePaymentHours.id(), QStringLiteral("24")},
                  {shop::deadlineOverrides.id(), QStringLiteral("marketplace payment 6")}});
    QCOMPARE(s.orders.order(id).dueAt.toSecsSinceEpoch(), kNow + 24 * 3600);
    QCOMPARE(s.orders.order(market).dueAt.toSecsSinceEpoch(), kNow + 6 * 3600);
    QCOMPARE(s.fulfil.refreshDeadlines(), 0);
    // One setting alone, back to its default, and a setting that is no limit.
    settings.reset(shop::deadlineOverrides.id());
    QCOMPARE(s.orders.order(market).dueAt.toSecsSinceEpoch(), kNow + 24 * 3600);
    settings.set({{shop::shopName.id(), QStringLiteral("Kiosk")}});
    QCOMPARE(s.orders.order(id).dueAt.toSecsSinceEpoch(), kNow + 24 * 3600);
    // A limit is changed whole or not at all: a refused change moves no deadline.
    const auto clerkSettings = ShopSettingsStore(
        tdb.connection(), sessionWith(QStringLiteral("carl"), {Permission::ViewOrders}));
    QVERIFY(catchError([&] {
        const_cast<ShopSettingsStore&>(clerkSettings)
            .set({{shop::deadlinePaymentHours.id(), QStringLiteral("2")}});
    }));
    QCOMPARE(s.orders.order(id).dueAt.toSecsSinceEpoch(), kNow + 24 * 3600);
    settings.set({{shop::deadlinePaymentHours.id(), QStringLiteral("72")}});
    QCOMPARE(s.orders.order(id).dueAt.toSecsSinceEpoch(), kNow + 72 * 3600);
    QCOMPARE(s.orders.order(market).dueAt.toSecsSinceEpoch(), kNow + 72 * 3600);
    settings.set({{shop::deadlinePaymentHours.id(), QStringLiteral("24")},
                  {shop::deadlineOverrides.id(), QStringLiteral("marketplace payment 6")}});
    // Paid later: the shipping step starts then.
    Stores later = storesFor(tdb, adminSession(), kNow + 3600);
    later.fulfil.addPayment(id, QStringLiteral("card"), Money(5500, u"EUR"));
    QCOMPARE(s.orders.order(id).dueAt.toSecsSinceEpoch(), kNow + 3600 + 48 * 3600);
    QCOMPARE(fulfilment::dueText(kNow + 3600 * 5 + 60 * 20, kNow),
             QStringLiteral("5 h 20 min left"));
    QCOMPARE(fulfilment::dueText(kNow - 86400 * 2 - 3600 * 4, kNow),
             QStringLiteral("2 d 4 h overdue"));
}

// Issue 15, the one known cost: a batch (here a shipment file) read the
// shop's deadline settings once per order. Now once per call; a setting
// changed between two calls applies to the second. On SQLite a trace of the
// connection counts the reads (PostgreSQL's functions read them themselves).
void TestFulfilment::deadlinesReadOncePerBatch()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        ids << s.orders.create(draft(QStringLiteral("b%1@example.com").arg(i)));
        s.fulfil.addPayment(ids.last(), QStringLiteral("card"), Money(5500, u"EUR"));
    }
    ShopSettingsStore settings(tdb.connection(), adminSession());
    settings.setClock([] { return kNow; });
    struct Reads
    {
        int n = 0;
        static int count(unsigned, void* self, void* stmt, void*)
        {
            const char* text = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
            if (text && std::strstr(text, "FROM shop_settings") &&
                std::strstr(text, "'deadline.%'"))
                ++static_cast<Reads*>(self)->n;
            return 0;
        }
    } reads;
    sqlite3* handle = sql::sqliteHandle(tdb.connection());
    if (handle)
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &Reads::count, &reads);
    auto shipFile = [&](const QList<qint64>& orders, int first) {
        QString csv = QStringLiteral("order,carrier,tracking\n");
        for (qint64 id : orders)
            csv += QStringLiteral("%1,dhl,%2\n")
                       .arg(s.orders.order(id).number)
                       .arg(first++, 10, 10, QChar(u'1'));
        const auto rows = s.fulfil.previewShipments(csv);
        reads.n = 0;
        QCOMPARE(s.fulfil.commitShipments(rows), int(orders.size()));
    };
    settings.set(shop::deadlineDeliveryHours.id(), QStringLiteral("10"));
    shipFile(ids.mid(0, 3), 0);
    if (handle)
        QCOMPARE(reads.n, 1);
    for (qint64 id : ids.mid(0, 3))
        QCOMPARE(s.orders.order(id).dueAt.toSecsSinceEpoch(), kNow + 10 * 3600);
    // Changed meanwhile: the next file's orders get the new deadline.
    settings.set(shop::deadlineDeliveryHours.id(), QStringLiteral("20"));
    shipFile(ids.mid(3), 100);
    if (handle) {
        QCOMPARE(reads.n, 1);
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    }
    for (qint64 id : ids.mid(3))
        QCOMPARE(s.orders.order(id).dueAt.toSecsSinceEpoch(), kNow + 20 * 3600);
    // The earlier ones follow the new limit too, with the change itself
    // (deadlinesPerStep; 0125).
    for (qint64 id : ids.mid(0, 3))
        QCOMPARE(s.orders.order(id).dueAt.toSecsSinceEpoch(), kNow + 20 * 3600);
    QVERIFY(s.fulfil.verify().isEmpty());
}

// Stop 24: a row of a shipment file looks up what each line has shipped and
// refunded, and whether its tracking number is taken; each a look-up in an
// index (0077 on SQLite; PostgreSQL has had them since 0068), not a scan of
// every parcel, which made a 10,000-row file quadratic.
void TestFulfilment::shipmentFileReadsIndexes()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    if (backend == Backend::PostgreSQL) {
        QCOMPARE(sql::scalar(tdb.connection(),
                             QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN "
                                            "('shipment_lines_line', 'refund_lines_line', "
                                            "'shipments_tracking')"))
                     .toInt(),
                 3);
        return;
    }
    auto plan = [&](const QString& select) {
        QSqlQuery q = sql::run(tdb.connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + select,
                               {QStringLiteral("dpd"), QStringLiteral("01234567890123")});
        QString text;
        while (q.next())
            text += q.value(3).toString() + QLatin1Char('\n');
        return text;
    };
    // FulfilmentStore::lineStates, the CSV preview and records::settle.
    QString text = plan(QStringLiteral(
        "SELECT l.id, (SELECT sum(s.quantity) FROM shipment_lines s WHERE s.line_id = l.id), "
        "(SELECT sum(r.quantity) FROM refund_lines r WHERE r.line_id = l.id) FROM order_lines l "
        "WHERE l.order_id = 1 AND ? <> ?"));
    QVERIFY2(text.contains(QStringLiteral("shipment_lines_line")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("refund_lines_line")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("SCAN")), qPrintable(text));
    // checkTracking: the partial unique index answers it.
    text = plan(QStringLiteral("SELECT 1 FROM shipments WHERE carrier = ? AND tracking_number = ? "
                               "AND tracking_number <> ''"));
    QVERIFY2(text.contains(QStringLiteral("shipments_tracking")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("SCAN")), qPrintable(text));
}

// Issue 15: a shipment file of 10,000 rows spent its time reading each order
// and its lines one by one. On SQLite the commit reads the file's orders and
// their lines once per chunk of rows (a trace counts the statements); the
// outcome is what shipping them one by one gives, an order named twice
// (rows not from the preview) is refused, and a refusal writes nothing.
void TestFulfilment::shipmentFileReadsOrdersOnce()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids << s.orders.create(draft(QStringLiteral("f%1@example.com").arg(i), 1 + i % 2));
        s.fulfil.addPayment(ids.last(), QStringLiteral("card"), s.orders.order(ids.last()).total);
    }
    auto csvOf = [&](const QList<qint64>& orders, int first) {
        QString csv = QStringLiteral("order,carrier,tracking\n");
        for (qint64 id : orders)
            csv += QStringLiteral("%1,dhl,%2\n").arg(s.orders.order(id).number).arg(first++, 10);
        return csv;
    };
    struct Reads
    {
        int perOrder = 0; // readOrder: one order by id
        int lineSets = 0; // lineStatesOf: the lines of many orders
        int perOrderLines = 0;
        static int count(unsigned, void* self, void* stmt, void*)
        {
            const char* text = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
            auto* r = static_cast<Reads*>(self);
            if (!text)
                return 0;
            if (std::strstr(text, "FROM orders o WHERE o.id = ?"))
                ++r->perOrder;
            if (std::strstr(text, "FROM order_lines l WHERE l.order_id IN"))
                ++r->lineSets;
            if (std::strstr(text, "FROM order_lines l WHERE l.order_id = ? ORDER BY"))
                ++r->perOrderLines;
            return 0;
        }
    } reads;

    // An order twice (rows made by hand): the second row finds nothing left
    // to ship, and the file ships nothing.
    auto rows = s.fulfil.previewShipments(csvOf({ids[0], ids[1]}, 1000000000));
    QCOMPARE(rows.size(), 2);
    rows << rows[0];
    rows.last().line = 4;
    rows.last().tracking = QStringLiteral("1999999999");
    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { s.fulfil.commitShipments(rows); });
    QVERIFY(e);
    QVERIFY2(e->message().startsWith(QLatin1String("Line 4:")), qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);

    // Three orders by file, two by hand: the same records.
    sqlite3* handle = sql::sqliteHandle(tdb.connection());
    if (handle)
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &Reads::count, &reads);
    rows = s.fulfil.previewShipments(csvOf(ids.mid(0, 3), 1000000000));
    reads = {};
    QCOMPARE(s.fulfil.commitShipments(rows), 3);
    if (handle) {
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        QCOMPARE(reads.perOrder, 0);
        QCOMPARE(reads.perOrderLines, 0);
        QCOMPARE(reads.lineSets, 1);
    }
    for (qint64 id : ids.mid(3))
        s.fulfil.ship(id, QStringLiteral("dhl"), QString::number(1000000000 + id));
    for (qint64 id : ids) {
        const Order o = s.orders.order(id);
        QCOMPARE(o.status, QStringLiteral("shipped"));
        QCOMPARE(o.dueAt.toSecsSinceEpoch(), kNow + 240 * 3600); // delivery step
        const auto parcels = s.fulfil.shipments(id);
        QCOMPARE(parcels.size(), 1);
        const auto lines = s.fulfil.lineStates(id);
        QCOMPARE(parcels[0].lines.size(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(parcels[0].lines[i].lineId, lines[i].lineId);
            QCOMPARE(parcels[0].lines[i].quantity, lines[i].ordered);
            QCOMPARE(lines[i].shipped, lines[i].ordered);
        }
        QCOMPARE(eventsOfKind(s.orders, id, QStringLiteral("shipment")).size(), 1);
        const auto moves = eventsOfKind(s.orders, id, QStringLiteral("status"));
        QVERIFY(!moves.isEmpty());
        QCOMPARE(moves.last().newValue, QStringLiteral("shipped"));
        QCOMPARE(moves.last().actor, fulfilment::systemActor());
    }
    QVERIFY(s.fulfil.verify().isEmpty());
}

// Issue 15: a shipment file writes what shipping its orders one by one
// writes. Twin orders (same lines, payments, channel, history) go one by the
// file, one by ship(); their orders, parcels, parcel lines and the events the
// shipping wrote are compared field by field (ids aside). On PostgreSQL the
// file is docket_shipments_add_many (0102, set-based), the one by one
// docket_shipment_add: the same rules written twice.
void TestFulfilment::shipmentFileWritesWhatOneByOneWrites()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const QSqlDatabase db = tdb.connection();
    ShopSettingsStore settings(db, adminSession());
    settings.setClock([] { return kNow; });
    settings.set(shop::deadlineOverrides.id(), QStringLiteral("phone delivery 36"));
    // Kinds: paid by card; by phone (its own delivery deadline); cash on
    // delivery (pending); moved to processing by hand; one line shipped
    // already; three lines.
    auto make = [&](int kind, const QString& email) {
        Order o = draft(email, 1 + kind % 3);
        if (kind == 1)
            o.channel = QStringLiteral("phone");
        if (kind == 5) {
            OrderLine c = o.lines[0];
            c.sku = QStringLiteral("SKU-C");
            c.quantity = 4;
            o.lines << c;
        }
        const qint64 id = s.orders.create(o);
        const Money total = s.orders.order(id).total;
        if (kind == 2) {
            s.fulfil.addPayment(id, QStringLiteral("cod"), total, {}, PaymentState::Pending);
        } else {
            s.fulfil.addPayment(id, QStringLiteral("card"), total);
        }
        if (kind == 3)
            s.orders.changeStatus(id, OrderStatus::Processing);
        if (kind == 4) {
            const auto lines = s.fulfil.lineStates(id);
            s.fulfil.ship(id, QStringLiteral("ups"), {}, {ShipmentLine{lines[0].lineId, 1}});
        }
        return id;
    };
    constexpr int kKinds = 6;
    QList<qint64> byFile, byHand;
    for (int i = 0; i < 2 * kKinds; ++i) {
        byFile << make(i % kKinds, QStringLiteral("file%1@example.com").arg(i));
        byHand << make(i % kKinds, QStringLiteral("hand%1@example.com").arg(i));
    }
    const qint64 lastEvent =
        queryValue(db, QStringLiteral("SELECT MAX(id) FROM order_events")).toLongLong();
    QString csv = QStringLiteral("order,carrier,tracking\n");
    for (qsizetype i = 0; i < byFile.size(); ++i)
        csv +=
            QStringLiteral("%1,dhl,%2\n").arg(s.orders.order(byFile[i]).number).arg(1000000000 + i);
    const auto rows = s.fulfil.previewShipments(csv);
    for (const auto& r : rows)
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(s.fulfil.commitShipments(rows), int(byFile.size()));
    for (qsizetype i = 0; i < byHand.size(); ++i)
        s.fulfil.ship(byHand[i], QStringLiteral("dhl"), QString::number(2000000000 + i));

    auto written = [&](qint64 id) {
        return shippingWritten(db, id, lastEvent);
    };
    for (qsizetype i = 0; i < byFile.size(); ++i) {
        const QStringList file = written(byFile[i]);
        const QStringList hand = written(byHand[i]);
        QCOMPARE(file, hand);
        QCOMPARE(file.first().section(QLatin1Char('|'), 0, 0), QStringLiteral("shipped"));
        QVERIFY2(file.join(QLatin1Char('\n')).contains(QLatin1String("shipment|shipment")),
                 qPrintable(file.join(QLatin1Char('\n'))));
    }
    // Phone orders are due 36 h after shipping, the others 240 h.
    QCOMPARE(s.orders.order(byFile[1]).dueAt.toSecsSinceEpoch(), kNow + 36 * 3600);
    QCOMPARE(s.orders.order(byFile[0]).dueAt.toSecsSinceEpoch(), kNow + 240 * 3600);
    QVERIFY(s.fulfil.verify().isEmpty());
    const auto diffs = summaries::verify(db, backend);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.isEmpty() ? QString() : diffs.first().table));
}

// A carrier's file reads its parcels a chunk of rows at a time (1,000) in the
// preview and the commit: what it stores is what the same events store one
// by one through the desk's addTrackingEvent and markDelivered, row for row
// (events, deliveries, the orders' status, deadlines and audit trail), with
// a parcel's rows spread over several chunks, events it had already and
// events twice in the file.
void TestFulfilment::trackingFileWritesWhatOneByOneWrites()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const QSqlDatabase db = tdb.connection();
    constexpr int kParcels = 4;
    constexpr int kRows = 1200;
    QList<qint64> fileOrders, handOrders, fileParcels, handParcels;
    for (int i = 0; i < 2 * kParcels; ++i) {
        const qint64 id = s.orders.create(draft(QStringLiteral("t%1@example.com").arg(i)));
        s.fulfil.addPayment(id, QStringLiteral("card"), s.orders.order(id).total);
        const qint64 parcel =
            s.fulfil.ship(id, QStringLiteral("dhl"), QString::number(3000000000LL + i));
        // An event each parcel has before the file (the file has it too).
        s.fulfil.addTrackingEvent(parcel, kNow + 30, QStringLiteral("Depot"),
                                  QStringLiteral("Picked up"), QStringLiteral("file"));
        (i < kParcels ? fileOrders : handOrders) << id;
        (i < kParcels ? fileParcels : handParcels) << parcel;
    }
    const qint64 lastEvent =
        queryValue(db, QStringLiteral("SELECT MAX(id) FROM order_events")).toLongLong();
    struct Event
    {
        int parcel;
        qint64 at;
        QString place;
        QString text;
    };
    QList<Event> events;
    for (int p = 0; p < kParcels; ++p)
        events << Event{p, kNow + 30, QStringLiteral("Depot"), QStringLiteral("Picked up")};
    for (int r = 0; r < kRows; ++r) {
        const int p = r % kParcels;
        if (r % 100 == 50) // the parcel's event of four rows up, again
            events << events[events.size() - kParcels];
        else if (r >= kRows - kParcels) // the last row of each parcel
            events << Event{p, kNow + 60 + r, QStringLiteral("Door"), QStringLiteral("Delivered")};
        else
            events << Event{p, kNow + 60 + r, QStringLiteral("Hub %1").arg(r % 7),
                            QStringLiteral("In transit")};
    }
    QByteArray file = TrackingFile::header().toUtf8() + '\n';
    for (const Event& e : events)
        file += QStringLiteral("dhl,%1,%2,%3,%4\n")
                    .arg(3000000000LL + e.parcel)
                    .arg(QDateTime::fromSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate),
                         e.place, e.text)
                    .toUtf8();
    TrackingFile tracking(db, adminSession());
    tracking.setClock([] { return kNow; });
    const QList<TrackingFileRow> rows = tracking.preview(file);
    QCOMPARE(rows.size(), events.size());
    int recorded = 0;
    for (const TrackingFileRow& r : rows) {
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.shipmentId, fileParcels[events[r.line - 2].parcel]);
        recorded += r.recorded ? 1 : 0;
    }
    QCOMPARE(recorded, kParcels + kRows / 100);
    const TrackingResult done = tracking.commit(rows);
    QCOMPARE(done.added, int(events.size()) - recorded);
    QCOMPARE(done.duplicates, recorded);
    QCOMPARE(done.delivered, kParcels);

    // The same events by hand, each one once, in the file's order.
    QSet<QString> had;
    for (const Event& e : events) {
        const QString key =
            QStringLiteral("%1 %2 %3 %4").arg(e.parcel).arg(e.at).arg(e.place, e.text);
        if (e.at == kNow + 30 || had.contains(key))
            continue;
        had.insert(key);
        s.fulfil.addTrackingEvent(handParcels[e.parcel], e.at, e.place, e.text,
                                  QStringLiteral("file"));
        if (e.text == QLatin1String("Delivered"))
            s.fulfil.markDelivered(handParcels[e.parcel], e.at);
    }
    auto written = [&](qint64 order) {
        QStringList out = shippingWritten(db, order, lastEvent);
        QSqlQuery q = sql::run(db,
                               QStringLiteral("SELECT at, place, status_text, source, created_by "
                                              "FROM tracking_events WHERE order_id = ? ORDER BY "
                                              "at, id"),
                               {order});
        while (q.next())
            out << QStringLiteral("%1|%2|%3|%4|%5")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString());
        return out;
    };
    for (int p = 0; p < kParcels; ++p) {
        const QStringList byFile = written(fileOrders[p]);
        QCOMPARE(byFile, written(handOrders[p]));
        QCOMPARE(byFile.first().section(QLatin1Char('|'), 0, 0), QStringLiteral("delivered"));
    }
    QCOMPARE(queryValue(db,
                        QStringLiteral("SELECT COUNT(*) FROM tracking_events WHERE order_id "
                                       "IN (?, ?, ?, ?)"),
                        {fileOrders[0], fileOrders[1], fileOrders[2], fileOrders[3]})
                 .toInt(),
             int(events.size()) - recorded + kParcels);
    QVERIFY(s.fulfil.verify().isEmpty());
}

// PostgreSQL: docket_shipments_add_many checks every row itself (a login
// with psql calls it without the desk's checks): the first refused row is
// named by its line, with the reason, and nothing of the list is written.
void TestFulfilment::serverShipmentFileRefusesByLine()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("PostgreSQL only (DOCKET_TEST_PG)");
    DOCKET_TESTDB(tdb, Backend::PostgreSQL);
    Stores s = storesFor(tdb);
    const QSqlDatabase db = tdb.connection();
    QList<qint64> paid;
    for (int i = 0; i < 3; ++i) {
        paid << s.orders.create(draft(QStringLiteral("p%1@example.com").arg(i)));
        s.fulfil.addPayment(paid.last(), QStringLiteral("card"), Money(5500, u"EUR"));
    }
    const qint64 unpaid = s.orders.create(draft(QStringLiteral("u@example.com")));
    Order held = draft(QStringLiteral("held@example.com"));
    held.shipTo.street.clear();
    const qint64 waiting = s.orders.create(held);
    QCOMPARE(s.orders.order(waiting).reviewState, QStringLiteral("waiting"));
    const qint64 taken = s.orders.create(draft(QStringLiteral("t@example.com")));
    s.fulfil.addPayment(taken, QStringLiteral("card"), Money(5500, u"EUR"));
    s.fulfil.ship(taken, QStringLiteral("dhl"), QStringLiteral("5555555555"));
    const qint64 closed = s.orders.create(draft(QStringLiteral("c@example.com")));
    s.orders.changeStatus(closed, OrderStatus::Cancelled);

    struct Row
    {
        qint64 order;
        QString carrier;
        QString tracking;
        int line;
    };
    auto call = [&](const QList<Row>& list) -> std::optional<DocketError> {
        QJsonArray a;
        for (const Row& r : list)
            a.append(QJsonObject{{QStringLiteral("order_id"), QString::number(r.order)},
                                 {QStringLiteral("carrier"), r.carrier},
                                 {QStringLiteral("tracking"), r.tracking},
                                 {QStringLiteral("line"), QString::number(r.line)}});
        return catchError([&] {
            sql::WriteTransaction tx(db);
            dialect::setAuditContext(db, adminSession().userName(), kNow, {},
                                     adminSession().scope().toString());
            sql::scalar(db, QStringLiteral("SELECT docket_shipments_add_many(CAST(? AS jsonb))"),
                        {QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))});
            tx.commit();
        });
    };
    const Row good{paid[0], QStringLiteral("dhl"), QStringLiteral("1111111111"), 2};
    const QString before = contentFingerprint(db);
    const struct
    {
        Row bad;
        DocketError::Code code;
        const char* words;
    } cases[] = {
        {{999999, QStringLiteral("dhl"), QStringLiteral("2222222222"), 3},
         DocketError::Code::NotFound,
         "Line 3: There is no order with the id 999999."},
        {{unpaid, QStringLiteral("dhl"), QStringLiteral("2222222222"), 4},
         DocketError::Code::Conflict,
         "Line 4: Order %1 is not paid yet"},
        {{waiting, QStringLiteral("dhl"), QStringLiteral("2222222222"), 5},
         DocketError::Code::Conflict,
         "Line 5: Order %1 is awaiting review"},
        {{closed, QStringLiteral("dhl"), QStringLiteral("2222222222"), 6},
         DocketError::Code::Conflict,
         "Line 6: Order %1 is cancelled"},
        {{taken, QStringLiteral("dhl"), QStringLiteral("2222222222"), 7},
         DocketError::Code::Conflict,
         "Line 7: Every line of order %1 has shipped already."},
        {{paid[1], QStringLiteral("pigeon"), QStringLiteral("2222222222"), 8},
         DocketError::Code::Invalid,
         "Line 8: invalid order: 'pigeon' is not one of the shop"},
        {{paid[1], QStringLiteral("dhl"), QStringLiteral("12"), 9},
         DocketError::Code::Invalid,
         "Line 9: invalid order: 12 is not a dhl tracking number"},
        {{paid[1], QStringLiteral("dhl"), QStringLiteral("5555555555"), 10},
         DocketError::Code::Conflict,
         "Line 10: dhl already has a parcel with the tracking number 5555555555."},
        {{paid[1], QStringLiteral("dhl"), QStringLiteral("1111111111"), 11},
         DocketError::Code::Conflict,
         "Line 11: dhl already has a parcel with the tracking number 1111111111."},
        {{paid[0], QStringLiteral("dhl"), QStringLiteral("3333333333"), 12},
         DocketError::Code::Conflict,
         "Line 12: Every line of order %1 has shipped already."},
    };
    for (const auto& c : cases) {
        const auto e = call({good, c.bad, Row{paid[2], QStringLiteral("pigeon"), {}, 99}});
        QVERIFY(e);
        QString words = QString::fromUtf8(c.words);
        if (words.contains(QLatin1String("%1")))
            words = words.arg(s.orders.order(c.bad.order).number);
        QVERIFY2(e->message().contains(words),
                 qPrintable(e->message() + QStringLiteral(" / ") + words));
        QCOMPARE(e->code(), c.code);
        QCOMPARE(contentFingerprint(db), before);
    }
    // The same list without its refused rows ships.
    QVERIFY(!call({Row{paid[1], QStringLiteral("dhl"), QStringLiteral("4444444444"), 2},
                   Row{paid[2], QStringLiteral("dhl"), QStringLiteral("4444444445"), 3}}));
    QCOMPARE(s.orders.order(paid[1]).status, QStringLiteral("shipped"));
    QCOMPARE(s.orders.order(paid[2]).status, QStringLiteral("shipped"));
    QVERIFY(s.fulfil.verify().isEmpty());
}

// 0102: a database of schema 101 (shipment files shipped row by row) upgrades
// in place: nothing it holds changes, and the next file ships set-based.
void TestFulfilment::shipmentFileUpgradeFrom101()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("PostgreSQL only (DOCKET_TEST_PG)");
    DOCKET_TESTDB(empty, Backend::PostgreSQL, TestDb::Setup::Empty);
    Database old(empty.config());
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(101));
    QCOMPARE(old.schemaVersion(), 101);
    const QSqlDatabase db = old.connection();
    OrderStore orders(db, adminSession());
    orders.setClock([] { return kNow; });
    FulfilmentStore fulfil(db, adminSession());
    fulfil.setClock([] { return kNow; });
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        ids << orders.create(draft(QStringLiteral("up%1@example.com").arg(i)));
        fulfil.addPayment(ids.last(), QStringLiteral("card"), orders.order(ids.last()).total);
    }
    auto shipFile = [&](const QList<qint64>& some, qint64 first) {
        QString csv = QStringLiteral("order,carrier,tracking\n");
        for (qint64 id : some)
            csv += QStringLiteral("%1,dhl,%2\n").arg(orders.order(id).number).arg(first++);
        return fulfil.commitShipments(fulfil.previewShipments(csv));
    };
    QCOMPARE(shipFile(ids.mid(0, 2), 1000000000), 2); // 0069's loop
    const QString before = contentFingerprint(db);
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion(Backend::PostgreSQL));
    QCOMPARE(contentFingerprint(db), before);
    QVERIFY(!queryValue(db, QStringLiteral("SELECT prosrc FROM pg_proc WHERE proname = "
                                           "'docket_shipments_add_many'"))
                 .toString()
                 .contains(QLatin1String("docket_shipment_add(")));
    QCOMPARE(shipFile(ids.mid(2), 1000000100), 2); // 0102's
    for (qint64 id : ids) {
        const Order o = orders.order(id);
        QCOMPARE(o.status, QStringLiteral("shipped"));
        QCOMPARE(o.dueAt.toSecsSinceEpoch(), kNow + 240 * 3600);
        QCOMPARE(eventsOfKind(orders, id, QStringLiteral("shipment")).size(), 1);
    }
    QVERIFY(fulfil.verify().isEmpty());
    QVERIFY(summaries::verify(db, Backend::PostgreSQL).isEmpty());
    old.closeConnection();
}

// 0124: one parcel (docket_shipment_add) is a list of one of the shipment
// file's function now, so the rules live once. Twin databases, one at
// schema 123 (0069's own one-parcel function) and one at the newest, take
// the same parcels (some lines, then the rest; every line chosen; a cash on
// delivery order in part) and the same refusals straight from the server
// (no store checks first): the answers and what is written must be the same.
void TestFulfilment::oneParcelWritesWhat0069Wrote()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("PostgreSQL only (DOCKET_TEST_PG)");
    DOCKET_TESTDB(before, Backend::PostgreSQL, TestDb::Setup::Empty);
    DOCKET_TESTDB(after, Backend::PostgreSQL, TestDb::Setup::Empty);
    Database oldDb(before.config());
    QVERIFY_THROWS_NO_EXCEPTION(oldDb.migrate(123));
    QCOMPARE(oldDb.schemaVersion() < 124, true);
    Database newDb(after.config());
    QVERIFY_THROWS_NO_EXCEPTION(newDb.migrate());
    QVERIFY(newDb.schemaVersion() >= 124);

    auto run = [](const QSqlDatabase& db) {
        OrderStore orders(db, adminSession());
        orders.setClock([] { return kNow; });
        FulfilmentStore fulfil(db, adminSession());
        fulfil.setClock([] { return kNow; });
        QStringList said;
        // Straight to the server, as a login with psql would.
        auto server = [&](qint64 order, const QString& tracking, const QString& lines) {
            const auto e = catchError([&] {
                sql::WriteTransaction tx(db);
                dialect::setAuditContext(db, adminSession().userName(), kNow, {},
                                         adminSession().scope().toString());
                sql::scalar(
                    db,
                    QStringLiteral("SELECT docket_shipment_add(CAST(? AS bigint), 'dhl', "
                                   "CAST(? AS text), CAST(? AS jsonb))"),
                    {order, tracking,
                     lines.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(lines)});
                tx.commit();
            });
            said << (e ? QStringLiteral("%1 %2").arg(int(e->code())).arg(e->message())
                       : QStringLiteral("shipped"));
        };
        auto line = [&](qint64 id, int i) {
            return fulfil.lineStates(id)[i].lineId;
        };
        auto one = [](qint64 lineId, const QString& qty) {
            return QStringLiteral("{\"line_id\": \"%1\", \"quantity\": \"%2\"}")
                .arg(lineId)
                .arg(qty);
        };
        const qint64 lastEvent =
            queryValue(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM order_events"))
                .toLongLong();
        Order three = draft(QStringLiteral("three@example.com"), 3);
        OrderLine c = three.lines[0];
        c.sku = QStringLiteral("SKU-C");
        c.quantity = 4;
        three.lines << c;
        const qint64 a = orders.create(three);
        fulfil.addPayment(a, QStringLiteral("card"), orders.order(a).total);
        const qint64 b = orders.create(draft(QStringLiteral("b@example.com")));
        fulfil.addPayment(b, QStringLiteral("card"), orders.order(b).total);
        Order phone = draft(QStringLiteral("cod@example.com"));
        phone.channel = QStringLiteral("phone");
        const qint64 cod = orders.create(phone);
        fulfil.addPayment(cod, QStringLiteral("cod"), orders.order(cod).total, {},
                          PaymentState::Pending);
        const qint64 unpaid = orders.create(draft(QStringLiteral("u@example.com")));

        fulfil.ship(a, QStringLiteral("dhl"), QStringLiteral("1000000001"),
                    {ShipmentLine{line(a, 0), 1}, ShipmentLine{line(a, 2), 4}});
        // Refused: not a list, an empty list, a line of another order, a line
        // twice, more than is left, none, an unpaid order, a taken number.
        server(a, QStringLiteral("1000000002"), QStringLiteral("{}"));
        server(a, QStringLiteral("1000000002"), QStringLiteral("[]"));
        server(a, QStringLiteral("1000000002"), QStringLiteral("[{\"line_id\": \"x\"}]"));
        server(a, QStringLiteral("1000000002"),
               QStringLiteral("[%1]").arg(one(line(b, 0), QStringLiteral("1"))));
        server(a, QStringLiteral("1000000002"),
               QStringLiteral("[%1, %1]").arg(one(line(a, 0), QStringLiteral("1"))));
        server(a, QStringLiteral("1000000002"),
               QStringLiteral("[%1]").arg(one(line(a, 0), QStringLiteral("3"))));
        server(a, QStringLiteral("1000000002"),
               QStringLiteral("[%1]").arg(one(line(a, 2), QStringLiteral("1"))));
        server(a, QStringLiteral("1000000002"),
               QStringLiteral("[%1]").arg(one(line(a, 1), QStringLiteral("0"))));
        server(unpaid, QStringLiteral("1000000002"),
               QStringLiteral("[%1]").arg(one(line(unpaid, 0), QStringLiteral("1"))));
        server(a, QStringLiteral("1000000001"),
               QStringLiteral("[%1]").arg(one(line(a, 1), QStringLiteral("1"))));
        server(999999, QStringLiteral("1000000002"), QString());
        // Shipped: the rest of a by the server without lines; all of b's
        // lines chosen one by one; part of the cash on delivery order.
        server(
            a, QStringLiteral("1000000003"),
            QStringLiteral("[%1, %2]")
                .arg(one(line(a, 1), QStringLiteral("1")), one(line(a, 0), QStringLiteral("1"))));
        server(a, QStringLiteral("1000000004"), QString());
        server(
            b, QStringLiteral("1000000005"),
            QStringLiteral("[%1, %2]")
                .arg(one(line(b, 1), QStringLiteral("1")), one(line(b, 0), QStringLiteral("2"))));
        server(cod, QStringLiteral("1000000006"),
               QStringLiteral("[%1]").arg(one(line(cod, 0), QStringLiteral("1"))));
        for (qint64 id : {a, b, cod, unpaid})
            said << shippingWritten(db, id, lastEvent);
        said << QString::number(fulfil.verify().size());
        return said;
    };
    const QStringList was = run(oldDb.connection());
    const QStringList is = run(newDb.connection());
    QCOMPARE(is, was);
    // The runs did what they say: refusals with their words, parcels shipped.
    QVERIFY2(was.filter(QLatin1String("more would ship")).size() == 3,
             qPrintable(was.join(QLatin1Char('\n'))));
    QVERIFY2(was.filter(QLatin1String("no such line to ship")).size() == 2,
             qPrintable(was.join(QLatin1Char('\n'))));
    QCOMPARE(was.filter(QStringLiteral("shipped")).size() >= 4, true);
    QVERIFY(
        !queryValue(newDb.connection(), QStringLiteral("SELECT prosrc FROM pg_proc WHERE proname = "
                                                       "'docket_shipment_add'"))
             .toString()
             .contains(QLatin1String("docket_check_shippable")));
    oldDb.closeConnection();
    newDb.closeConnection();
}

// Issue 15 item 5: the order list's Due column, its sort (past deadlines
// first, orders without one last, paged by keyset across them) and the
// filters "past the deadline" and "due within 24 h", from the stored due_at.
void TestFulfilment::dueListSortsAndFilters()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    auto createdAt = [&](qint64 at, const QString& email) {
        return storesFor(tdb, adminSession(), at).orders.create(draft(email));
    };
    // Payment due 72 h after creation: 8 h overdue, 12 h left, 72 h left.
    const qint64 late = createdAt(kNow - 80 * 3600, QStringLiteral("late@example.com"));
    const qint64 soon = createdAt(kNow - 60 * 3600, QStringLiteral("soon@example.com"));
    const qint64 fresh = createdAt(kNow, QStringLiteral("fresh@example.com"));
    // No deadline: cancelled, and delivered.
    const qint64 cancelled = createdAt(kNow - 90 * 3600, QStringLiteral("gone@example.com"));
    Stores s = storesFor(tdb);
    s.orders.changeStatus(cancelled, OrderStatus::Cancelled);
    const qint64 delivered = createdAt(kNow - 70 * 3600, QStringLiteral("done@example.com"));
    s.fulfil.addPayment(delivered, QStringLiteral("card"), Money(5500, u"EUR"));
    s.fulfil.markDelivered(
        s.fulfil.ship(delivered, QStringLiteral("dhl"), QStringLiteral("1234567890")));
    QCOMPARE(s.orders.order(delivered).status, QStringLiteral("delivered"));

    const OrderFilter all;
    auto ids = [](const QList<OrderSummary>& rows) {
        QList<qint64> out;
        for (const OrderSummary& r : rows)
            out << r.id;
        return out;
    };
    const OrderSort ascending{OrderColumn::Due, Qt::AscendingOrder};
    const QList<OrderSummary> first = s.orders.page(all, ascending, 10);
    QCOMPARE(ids(first), (QList<qint64>{late, soon, fresh, cancelled, delivered}));
    QCOMPARE(first[0].dueAt, kNow - 8 * 3600);
    QCOMPARE(first[1].dueAt, s.orders.order(soon).dueAt.toSecsSinceEpoch());
    QCOMPARE(first[3].dueAt, 0);
    QCOMPARE(fulfilment::dueState(first[0].dueAt, kNow), fulfilment::DueState::Overdue);
    QCOMPARE(fulfilment::dueState(first[1].dueAt, kNow), fulfilment::DueState::Soon);
    QCOMPARE(fulfilment::dueState(first[2].dueAt, kNow), fulfilment::DueState::Ahead);
    QCOMPARE(fulfilment::dueState(first[3].dueAt, kNow), fulfilment::DueState::None);
    QCOMPARE(fulfilment::dueState(kNow + 24 * 3600, kNow), fulfilment::DueState::Ahead);
    QCOMPARE(fulfilment::dueState(kNow, kNow), fulfilment::DueState::Soon);
    // Page by page from the keys the list keeps, across the orders without
    // a deadline, both ways.
    QList<qint64> paged;
    std::optional<SortKey> after;
    for (int page = 0; page < 5; ++page) {
        const QList<OrderSummary> rows = s.orders.page(all, ascending, 2, 0, after);
        if (rows.isEmpty())
            break;
        paged += ids(rows);
        after = SortKey{sortValue(rows.last(), OrderColumn::Due), rows.last().id};
    }
    QCOMPARE(paged, ids(first));
    const QList<OrderSummary> descending =
        s.orders.page(all, OrderSort{OrderColumn::Due, Qt::DescendingOrder}, 10);
    QCOMPARE(ids(descending), (QList<qint64>{delivered, cancelled, fresh, soon, late}));
    QCOMPARE(s.orders.rankOf(all, ascending,
                             SortKey{sortValue(first[3], OrderColumn::Due), first[3].id}),
             3);

    // The filters, counted and listed the same way.
    OrderFilter overdue;
    overdue.due = OrderFilter::Due::Overdue;
    QCOMPARE(ids(s.orders.page(overdue, ascending, 10)), QList<qint64>{late});
    QCOMPARE(s.orders.count(overdue), 1);
    OrderFilter dueSoon;
    dueSoon.due = OrderFilter::Due::Soon;
    QCOMPARE(ids(s.orders.page(dueSoon, ascending, 10)), QList<qint64>{soon});
    QCOMPARE(s.orders.count(dueSoon), 1);
    QCOMPARE(dueSoon.description().constLast().field, QStringLiteral("due"));
    // 13 h later the one due soon is past its deadline too, and the fresh
    // one is not due within a day yet.
    OrderStore later = tdb.store(adminSession(), kNow + 13 * 3600);
    QCOMPARE(ids(later.page(overdue, ascending, 10)), (QList<qint64>{late, soon}));
    QCOMPARE(later.count(dueSoon), 0);
    // Paying the late one starts its shipping step: 48 h from now.
    s.fulfil.addPayment(late, QStringLiteral("card"), Money(5500, u"EUR"));
    QCOMPARE(s.orders.count(overdue), 0);
    QCOMPARE(ids(s.orders.page(all, ascending, 3)), (QList<qint64>{soon, late, fresh}));

    // The sort's first page reads the index of migration 0073, not the table.
    if (backend == Backend::SQLite) {
        QSqlQuery plan = sql::run(
            tdb.connection(),
            QStringLiteral("EXPLAIN QUERY PLAN SELECT o.id FROM orders o WHERE o.invalid_at IS "
                           "NULL ORDER BY ") +
                orderquery::sortExpression(OrderColumn::Due) + QStringLiteral(", o.id LIMIT 50"));
        QString text;
        while (plan.next())
            text += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(text.contains(QStringLiteral("orders_due_sort")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
        // The filter "past the deadline" is a range of that index.
        const SqlClause where = orderquery::where(overdue, adminSession(), Backend::SQLite, kNow);
        QSqlQuery range = sql::run(
            tdb.connection(),
            QStringLiteral("EXPLAIN QUERY PLAN SELECT o.id FROM orders o WHERE ") + where.sql +
                QStringLiteral(" ORDER BY ") + orderquery::sortExpression(OrderColumn::Due) +
                QStringLiteral(", o.id LIMIT 50"),
            where.binds);
        text.clear();
        while (range.next())
            text += range.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(text.contains(QStringLiteral("orders_due_sort (<expr><")), qPrintable(text));
    } else {
        QCOMPARE(sql::scalar(tdb.connection(),
                             QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                            "'orders_due_sort'"))
                     .toInt(),
                 1);
    }
}

void TestFulfilment::jobsCancelUnpaid()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    const qint64 unpaid = s.orders.create(draft(QStringLiteral("a@example.com")));
    const qint64 partly = s.orders.create(draft(QStringLiteral("b@example.com")));
    s.fulfil.addPayment(partly, QStringLiteral("card"), Money(100, u"EUR"));
    const qint64 fresh = [&] {
        Stores later = storesFor(tdb, adminSession(), kNow + 71 * 3600);
        return later.orders.create(draft(QStringLiteral("c@example.com")));
    }();
    Stores late = storesFor(tdb, adminSession(), kNow + 73 * 3600);
    QCOMPARE(late.fulfil.runJobs().cancelled, 0); // off by default
    ShopSettingsStore(tdb.connection(), adminSession())
        .set(shop::autoCancelUnpaid.id(), QStringLiteral("true"));
    QCOMPARE(late.fulfil.runJobs().cancelled, 1);
    QCOMPARE(s.orders.order(unpaid).status, QStringLiteral("cancelled"));
    QCOMPARE(s.orders.order(partly).status, QStringLiteral("pending"));
    QCOMPARE(s.orders.order(fresh).status, QStringLiteral("pending"));
    const auto ev = eventsOfKind(s.orders, unpaid, QStringLiteral("status"));
    QCOMPARE(ev.size(), 1);
    QCOMPARE(ev[0].actor, fulfilment::systemActor());
    QCOMPARE(ev[0].note, QStringLiteral("deadline:payment"));
    QVERIFY(!s.orders.order(unpaid).dueAt.isValid());
    QCOMPARE(late.fulfil.runJobs().cancelled, 0);
}

void TestFulfilment::rightsAndScope()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    Order r = draft(QStringLiteral("retail@example.com"));
    r.channel = QStringLiteral("retail");
    const qint64 retail = s.orders.create(r);
    const qint64 web = s.orders.create(draft());
    s.fulfil.addPayment(web, QStringLiteral("card"), Money(5500, u"EUR"));
    s.fulfil.addPayment(retail, QStringLiteral("card"), Money(5500, u"EUR"));
    const Session clerk =
        sessionWith(QStringLiteral("carl"),
                    {Permission::ViewOrders, Permission::RecordPayments, Permission::Ship},
                    Scope::ofChannels({QStringLiteral("web")}));
    Stores c = storesFor(tdb, clerk);
    QCOMPARE(c.fulfil.payments(web).size(), 1);
    QCOMPARE(catchError([&] { c.fulfil.payments(retail); })->code(), DocketError::Code::NotFound);
    QCOMPARE(catchError([&] { c.fulfil.ship(retail, QStringLiteral("dhl"), QString()); })->code(),
             DocketError::Code::NotFound);
    QCOMPARE(catchError([&] {
                 c.fulfil.refund(web, s.fulfil.payments(web)[0].id, Money(100, u"EUR"),
                                 QStringLiteral("x"));
             })->code(),
             DocketError::Code::Forbidden);
    DOCKET_NO_THROW(c.fulfil.ship(web, QStringLiteral("dhl"), QString()));
    // Built-in roles hold the new rights as the issue says.
    auto perms = [&](int role) {
        QStringList out;
        QSqlQuery q = sql::run(tdb.connection(),
                               QStringLiteral("SELECT permission FROM role_permissions WHERE "
                                              "role_id = ? ORDER BY permission"),
                               {role});
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    QVERIFY(perms(1).contains(QStringLiteral("record_payments")));
    QVERIFY(perms(1).contains(QStringLiteral("ship")));
    QVERIFY(!perms(1).contains(QStringLiteral("refund")));
    QVERIFY(perms(2).contains(QStringLiteral("refund")));
    QVERIFY(perms(2).contains(QStringLiteral("review_orders")));
    QVERIFY(!perms(3).contains(QStringLiteral("ship")));
    QVERIFY(perms(4).contains(QStringLiteral("manage_rules")));
}

void TestFulfilment::invariantsAfterRandomWork()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    QRandomGenerator rng(15);
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids << s.orders.create(draft(QStringLiteral("r%1@example.com").arg(i), 1 + rng.bounded(3),
                                     500 + rng.bounded(3000)));
    const QStringList carriers{QStringLiteral("dhl"), QStringLiteral("ups")};
    int tracking = 0;
    for (int step = 0; step < 150; ++step) {
        const qint64 id = ids[rng.bounded(int(ids.size()))];
        try {
            switch (rng.bounded(6)) {
            case 0:
            case 1: {
                const auto b = s.fulfil.balance(id);
                const qint64 amount = 1 + rng.bounded(int(b.total.minorUnits()));
                s.fulfil.addPayment(
                    id, rng.bounded(4) == 0 ? QStringLiteral("cod") : QStringLiteral("card"),
                    Money(amount, u"EUR"), {},
                    rng.bounded(3) == 0 ? PaymentState::Pending : PaymentState::Captured);
                break;
            }
            case 2: {
                const auto ps = s.fulfil.payments(id);
                if (ps.isEmpty())
                    break;
                const Payment& p = ps[rng.bounded(int(ps.size()))];
                if (p.state == PaymentState::Pending)
                    s.fulfil.setPaymentState(p.id, rng.bounded(2) ? PaymentState::Captured
                                                                  : PaymentState::Failed);
                else
                    s.fulfil.refund(id, p.id,
                                    Money(1 + rng.bounded(int(p.amount.minorUnits())), u"EUR"),
                                    QStringLiteral("random"));
                break;
            }
            case 3: {
                const auto lines = s.fulfil.lineStates(id);
                const auto& l = lines[rng.bounded(int(lines.size()))];
                s.fulfil.ship(id, carriers[rng.bounded(2)],
                              QStringLiteral("%1").arg(1000000000 + ++tracking),
                              {ShipmentLine{l.lineId, 1 + rng.bounded(int(l.ordered))}});
                break;
            }
            case 4: {
                const auto sh = s.fulfil.shipments(id);
                if (!sh.isEmpty())
                    s.fulfil.markDelivered(sh[rng.bounded(int(sh.size()))].id);
                break;
            }
            case 5:
                s.orders.changeStatus(id, rng.bounded(2) ? OrderStatus::Cancelled
                                                         : OrderStatus::Processing);
                break;
            }
        } catch (const DocketError& e) {
            QVERIFY2(e.code() != DocketError::Code::Database, qPrintable(e.message()));
        }
        const QStringList problems = s.fulfil.verify();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    for (qint64 id : ids) {
        const auto b = s.fulfil.balance(id);
        QVERIFY(b.paid().minorUnits() >= 0);
        for (const auto& l : s.fulfil.lineStates(id))
            QVERIFY(l.shipped <= l.ordered);
    }
    const auto diffs = summaries::verify(tdb.connection(), backend);
    QVERIFY(diffs.isEmpty());
}

void TestFulfilment::upgradeChangesNothing()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
    Database old(empty.config());
    // The schema right before fulfilment (0068/0069): main's newest when it
    // landed (0067).
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(67));
    QCOMPARE(old.schemaVersion(), 67);
    const QSqlDatabase db = old.connection();
    // What the previous release wrote: orders in every status, with their
    // history, an edited one, an invalid one, an archived one.
    {
        OrderStore store(db, adminSession());
        store.setClock([] { return kNow - 10 * 86400; });
        const QStringList statuses{QStringLiteral("pending"),    QStringLiteral("paid"),
                                   QStringLiteral("processing"), QStringLiteral("shipped"),
                                   QStringLiteral("delivered"),  QStringLiteral("cancelled"),
                                   QStringLiteral("refunded")};
        // The previous schema has no bill_country or records: plain SQL, as
        // that release wrote it.
        int n = 0;
        for (const QString& st : statuses)
            for (int i = 0; i < 3; ++i) {
                ++n;
                sql::run(db,
                         QStringLiteral("INSERT INTO orders(id, number, customer_name, email, "
                                        "channel, status, currency, total_cents, created_at, "
                                        "updated_at, created_by, ship_country) VALUES (?, ?, ?, "
                                        "?, ?, ?, 'EUR', ?, ?, ?, 'admin', 'DE')"),
                         {n, QStringLiteral("DK%1").arg(n, 7, 10, QLatin1Char('0')),
                          QStringLiteral("Customer %1").arg(n),
                          QStringLiteral("c%1@example.com").arg(n),
                          i == 0 ? QStringLiteral("web") : QStringLiteral("retail"), st, 1000 * n,
                          kNow - n * 3600, kNow - n * 3600});
                sql::run(db,
                         QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, name, "
                                        "quantity, unit_price_cents) VALUES (?, 1, 'SKU-1', 'One', "
                                        "1, ?)"),
                         {n, 1000 * n});
                sql::run(db,
                         QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, "
                                        "field, old_value, new_value, note) VALUES (?, ?, "
                                        "'admin', 'status', 'status', 'pending', ?, '')"),
                         {n, kNow - n * 3600 + 60, st});
            }
        if (backend == Backend::PostgreSQL)
            sql::run(db, QStringLiteral("SELECT setval('orders_id_seq', 30)"));
        DOCKET_NO_THROW(summaries::rebuild(db, backend));
    }
    const QString data = contentFingerprint(db);
    auto summariesText = [&] {
        QString out;
        for (const char* t : {"sales_orders", "sales_region", "sales_product"}) {
            QSqlQuery q = sql::run(
                db,
                QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4, 5").arg(QLatin1String(t)));
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char(',');
        }
        return out;
    };
    const QString sums = summariesText();
    QVERIFY(!sums.isEmpty());
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion(backend));
    QCOMPARE(contentFingerprint(db), data);
    QCOMPARE(summariesText(), sums);
    // The records' view of what was there: no order follows records, open
    // ones have their deadline from their last status change.
    FulfilmentStore f(db, adminSession());
    QVERIFY2(f.verify().isEmpty(), qPrintable(f.verify().join(QLatin1Char('\n'))));
    OrderStore store(db, adminSession());
    const Order pending = store.order(1);
    QVERIFY(!pending.followsRecords);
    QCOMPARE(pending.dueAt.toSecsSinceEpoch(), kNow - 3600 + 60 + 72 * 3600);
    QVERIFY(!store.order(13).dueAt.isValid()); // delivered
    // They go on: a legacy pending order is paid by a payment.
    f.setClock([] { return kNow; });
    f.addPayment(1, QStringLiteral("card"), Money(1000, u"EUR"));
    QCOMPARE(store.order(1).status, QStringLiteral("paid"));
    // A legacy paid order (no payment recorded) ships.
    DOCKET_NO_THROW(f.ship(4, QStringLiteral("dhl"), QStringLiteral("1234567890")));
    QCOMPARE(store.order(4).status, QStringLiteral("shipped"));
    QVERIFY(summaries::verify(db, backend).isEmpty());
    old.closeConnection();
}

// Stop 24: a database of the release with the two overdue numbers (unpaid
// after 24 h, unshipped after 5 days, set in Settings) and a saved view with
// the old Overdue toggle upgrades to the deadlines: the numbers are the step
// limits, the open orders' deadlines follow them, the view opens as "past the
// deadline" and lists the orders that are, and the settings go on working.
void TestFulfilment::oldOverdueSettingsUpgrade()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
    Database old(empty.config());
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(67));
    const QSqlDatabase db = old.connection();
    for (const auto& [key, value] : {std::pair{"orders.overdue_unpaid_hours", "24"},
                                     std::pair{"orders.overdue_unshipped_days", "5"}})
        sql::run(db,
                 QStringLiteral("INSERT INTO shop_settings(key, value, updated_at, updated_by) "
                                "VALUES (?, ?, ?, 'admin')"),
                 {QLatin1String(key), QLatin1String(value), kNow - 30 * 86400});
    sql::run(
        db,
        QStringLiteral("INSERT INTO saved_views(owner, name, filter, layout, created_at, "
                       "updated_at) VALUES ('tester', 'Late', ?, '{}', ?, ?)"),
        {QStringLiteral(R"({"overdueOnly":true,"validity":"valid"})"), kNow - 86400, kNow - 86400});
    // Made (and last moved) `hours` ago, as the previous release wrote them.
    struct Old
    {
        const char* status;
        int hours;
    };
    const Old orders[] = {
        {"pending", 30},    // 1: payment step, 24 h: 6 h overdue
        {"pending", 20},    // 2: due in 4 h
        {"paid", 6 * 24},   // 3: shipping step, 120 h: a day overdue
        {"paid", 108},      // 4: due in 12 h
        {"delivered", 300}, // 5: no deadline
    };
    int n = 0;
    for (const Old& o : orders) {
        ++n;
        const qint64 at = kNow - qint64(o.hours) * 3600;
        sql::run(db,
                 QStringLiteral("INSERT INTO orders(id, number, customer_name, email, channel, "
                                "status, currency, total_cents, created_at, updated_at, "
                                "created_by, ship_country) VALUES (?, ?, ?, ?, 'web', ?, 'EUR', "
                                "1000, ?, ?, 'admin', 'DE')"),
                 {n, QStringLiteral("DK%1").arg(n, 7, 10, QLatin1Char('0')),
                  QStringLiteral("Customer %1").arg(n), QStringLiteral("c%1@example.com").arg(n),
                  QLatin1String(o.status), at, at});
        sql::run(db,
                 QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, name, quantity, "
                                "unit_price_cents) VALUES (?, 1, 'SKU-1', 'One', 1, 1000)"),
                 {n});
    }
    if (backend == Backend::PostgreSQL)
        sql::run(db, QStringLiteral("SELECT setval('orders_id_seq', 5)"));
    DOCKET_NO_THROW(summaries::rebuild(db, backend));

    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion(backend));

    ShopSettingsStore settings(db, adminSession());
    ShopSettings shop = settings.load();
    QCOMPARE(shop.whole(shop::deadlinePaymentHours), 24);
    QCOMPARE(shop.whole(shop::deadlineShippingHours), 5 * 24);
    QVERIFY(!shop::find(QStringLiteral("orders.overdue_unpaid_hours")));

    OrderStore store(db, adminSession());
    store.setClock([] { return kNow; });
    QCOMPARE(store.order(1).dueAt.toSecsSinceEpoch(), kNow - 6 * 3600);
    QCOMPARE(store.order(3).dueAt.toSecsSinceEpoch(), kNow - 24 * 3600);
    QVERIFY(!store.order(5).dueAt.isValid());

    const QList<SavedView> views = SavedViewStore(db, adminSession()).list();
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().filter.due, OrderFilter::Due::Overdue);
    auto numbers = [&store](const OrderFilter& f) {
        QStringList out;
        for (const OrderSummary& s : store.page(f, OrderSort{}, 50))
            out << s.number;
        out.sort();
        return out;
    };
    QCOMPARE(numbers(views.first().filter),
             QStringList({QStringLiteral("DK0000001"), QStringLiteral("DK0000003")}));
    QCOMPARE(store.count(views.first().filter), qint64(2));
    OrderFilter soon;
    soon.due = OrderFilter::Due::Soon;
    QCOMPARE(numbers(soon),
             QStringList({QStringLiteral("DK0000002"), QStringLiteral("DK0000004")}));
    // Each list row's overdue flag is the same rule.
    QVERIFY(store.summary(1)->overdue);
    QVERIFY(!store.summary(2)->overdue);
    QVERIFY(!store.summary(5)->overdue);

    // The limits are the ones Settings changes now.
    DOCKET_NO_THROW(settings.set(shop::deadlinePaymentHours.id(), QStringLiteral("48")));
    QCOMPARE(settings.load().whole(shop::deadlinePaymentHours), 48);
    old.closeConnection();
}

// 0084: a database of schema 83 whose shop retired a payment method upgrades
// to a server that refuses new payments with it (and still knows the others).
void TestFulfilment::inactiveMethodRefusedByTheServerAfterUpgrade()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("PostgreSQL only (DOCKET_TEST_PG)");
    DOCKET_TESTDB(empty, Backend::PostgreSQL, TestDb::Setup::Empty);
    Database old(empty.config());
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(83));
    QCOMPARE(old.schemaVersion(), 83);
    const QSqlDatabase db = old.connection();
    DOCKET_NO_THROW(sql::run(db,
                             QStringLiteral("INSERT INTO shop_settings(key, value, updated_at, "
                                            "updated_by) VALUES ('payments.methods', ?, ?, "
                                            "'admin')"),
                             {QStringLiteral("card\nalipay | | | inactive"), kNow}));
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion(Backend::PostgreSQL));
    auto inactive = [&](const char* code) {
        return queryValue(db, QStringLiteral("SELECT docket_payment_method_inactive(?)"),
                          {QLatin1String(code)})
            .toBool();
    };
    QVERIFY(inactive("alipay"));
    QVERIFY(!inactive("card"));
    QVERIFY(!inactive("bitcoin")); // unknown: docket_payment_add names that itself
    QVERIFY(queryValue(db, QStringLiteral("SELECT prosrc FROM pg_proc WHERE proname = "
                                          "'docket_payment_add'"))
                .toString()
                .contains(QLatin1String("docket_payment_method_inactive")));
    old.closeConnection();
}

void TestFulfilment::concurrentWritersOnPostgres()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("PostgreSQL only (DOCKET_TEST_PG)");
    DOCKET_TESTDB(tdb, Backend::PostgreSQL);
    Stores s = storesFor(tdb);
    const qint64 id = s.orders.create(draft());
    Order held = draft(QStringLiteral("held@example.com"));
    held.shipTo.street.clear();
    const qint64 review = s.orders.create(held);
    const auto other = tdb.openAnother();
    // Two desks pay the whole order at once: one succeeds, the other is told.
    for (int round = 0; round < 2; ++round) {
        std::atomic<int> ok{0}, refused{0};
        auto worker = [&](std::shared_ptr<Database> db) {
            try {
                FulfilmentStore f(db->connection(QStringLiteral("race")), adminSession());
                if (round == 0)
                    f.addPayment(id, QStringLiteral("card"), Money(5500, u"EUR"));
                else
                    f.ship(id, QStringLiteral("dhl"), QString());
                ++ok;
            } catch (const DocketError& e) {
                if (e.code() == DocketError::Code::Invalid ||
                    e.code() == DocketError::Code::Conflict)
                    ++refused;
            }
            db->closeConnection(QStringLiteral("race"));
        };
        std::thread a(worker, tdb.database());
        std::thread b(worker, other);
        a.join();
        b.join();
        QCOMPARE(ok.load(), 1);
        QCOMPARE(refused.load(), 1);
    }
    QCOMPARE(s.fulfil.payments(id).size(), 1);
    QCOMPARE(s.fulfil.shipments(id).size(), 1);
    QVERIFY(s.fulfil.verify().isEmpty());
    // Approve and reject the same order at once: exactly one decision stands.
    std::atomic<int> decided{0}, conflicts{0};
    auto decide = [&](std::shared_ptr<Database> db, bool approve) {
        try {
            ReviewStore r(db->connection(QStringLiteral("race")), adminSession());
            if (approve)
                r.approve({review});
            else
                r.reject({review}, QStringLiteral("fraud"));
            ++decided;
        } catch (const DocketError& e) {
            if (e.code() == DocketError::Code::Conflict)
                ++conflicts;
        }
        db->closeConnection(QStringLiteral("race"));
    };
    std::thread a(decide, tdb.database(), true);
    std::thread b(decide, other, false);
    a.join();
    b.join();
    QCOMPARE(decided.load(), 1);
    QCOMPARE(conflicts.load(), 1);
    QCOMPARE(eventsOfKind(s.orders, review, QStringLiteral("review")).size(), 2);
}

void TestFulfilment::demoDataFollowsTheRules()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    SeedOptions opt;
    opt.orders = 400;
    opt.days = 3;
    opt.now = kNow;
    opt.fulfilment = 150;
    const SeedResult seeded = seedOrders(s.orders, opt);
    const auto count = [&](const QString& sql) {
        return queryValue(tdb.connection(), sql).toLongLong();
    };
    // Every kind of record is there ...
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE state = 'captured'")) > 50);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE paid_cents > 0 AND "
                                 "paid_cents < total_cents AND refunded_cents = 0")) > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM refunds")) > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM refund_lines")) > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE delivered_at IS NOT "
                                 "NULL")) > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM tracking_events")) > 0);
    // cash on delivery: shipped, nothing paid yet
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.status = 'shipped' AND "
                                 "o.paid_cents = 0 AND o.id >= ") +
                  QString::number(seeded.firstOrderId)) > 0);
    // ... orders wait in review with their reasons ...
    QVERIFY(s.review.countWaiting() >= 3);
    // ... from several customers (not one customer's orders heading the list) ...
    QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT customer_name) FROM orders WHERE "
                                 "review_state = 'waiting'")) > 1);
    for (const ReviewStore::QueueRow& r : s.review.queue(10))
        QVERIFY2(!r.findings.isEmpty() && !r.findings.first().sentence().isEmpty(),
                 qPrintable(r.number));
    // ... and the records, caches and statuses agree.
    QCOMPARE(s.fulfil.verify(), QStringList());
    QCOMPARE(AnalyticsStore(tdb.connection(), adminSession()).verifySummaries(), QStringList());
}

void TestFulfilment::pathAtAGlance()
{
    using fulfilment::PathStep;
    Order o;
    o.createdAt = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    o.createdBy = QStringLiteral("web");
    o.status = QStringLiteral("shipped");
    o.reviewState = QStringLiteral("approved");
    o.followsRecords = true;
    auto event = [](qint64 at, const char* kind, const char* value) {
        OrderEvent e;
        e.at = QDateTime::fromSecsSinceEpoch(kNow + at, Qt::UTC);
        e.actor = fulfilment::systemActor();
        e.kind = QString::fromLatin1(kind);
        e.newValue = QString::fromLatin1(value);
        return e;
    };
    QList<OrderEvent> events{event(0, "created", "A-1"), event(1, "review", "approved"),
                             event(60, "status", "paid"), event(3600, "status", "shipped")};
    QList<PathStep> path = fulfilment::orderPath(o, events);
    QStringList codes;
    for (const PathStep& p : path)
        codes << p.code + QLatin1Char('=') + QString::number(int(p.state));
    QCOMPARE(codes, (QStringList{QStringLiteral("placed=0"), QStringLiteral("reviewed=0"),
                                 QStringLiteral("paid=0"), QStringLiteral("shipped=0"),
                                 QStringLiteral("delivered=1")}));
    QCOMPARE(path[3].at.toSecsSinceEpoch(), kNow + 3600);

    // Cash on delivery: shipped before paid; paid is where it stands now.
    events = {event(0, "created", "A-1"), event(1, "review", "approved"),
              event(60, "status", "shipped")};
    path = fulfilment::orderPath(o, events);
    QCOMPARE(path[2].state, PathStep::State::Current);
    QCOMPARE(path[3].state, PathStep::State::Done);

    // Rejected in review: it left the path, invalid.
    o.status = QStringLiteral("pending");
    o.reviewState = QStringLiteral("rejected");
    o.invalidAt = QDateTime::fromSecsSinceEpoch(kNow + 5, Qt::UTC);
    path = fulfilment::orderPath(o, {event(0, "created", "A-1"), event(5, "review", "rejected")});
    QCOMPARE(path.last().code, QStringLiteral("invalid"));
    QCOMPARE(path.last().state, PathStep::State::Left);
    QCOMPARE(path[2].state, PathStep::State::Ahead);

    // From before the review: skipped, and a hand-set status counts without a time.
    Order legacy;
    legacy.status = QStringLiteral("paid");
    path = fulfilment::orderPath(legacy, {});
    QCOMPARE(path[1].state, PathStep::State::Skipped);
    QCOMPARE(path[2].state, PathStep::State::Done);
    QVERIFY(!path[2].at.isValid());
    QCOMPARE(path[3].state, PathStep::State::Current);
}

QTEST_MAIN(TestFulfilment)
#include "test_fulfilment.moc"

// A new pending order is judged, and given its deadline step, before its row
// is inserted (SQLite: OrderStore; PostgreSQL: docket_order_create, 0090)
// instead of the row just inserted being updated once or twice: the row is
// written once, and what is written with it is what the judge and the
// deadline refresh would write.
void TestFulfilment::createWritesTheOrderOnce()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    s.orders.create(draft(QStringLiteral("known@example.com"))); // a known customer
    QSqlDatabase db = tdb.connection();
    // Held: above the amount threshold, a line of 95 pieces, billed abroad.
    Order big = draft(QStringLiteral("known@example.com"), 95, 2500);
    big.billCountry = QStringLiteral("FR");
    Order paid = draft(QStringLiteral("paid@example.com"));
    paid.status = QStringLiteral("processing");
    qint64 held = 0, clear = 0, moving = 0;
    if (backend == Backend::SQLite) {
        sql::run(db, QStringLiteral("CREATE TEMP TABLE order_updates(id INTEGER)"));
        sql::run(db, QStringLiteral("CREATE TEMP TRIGGER count_order_updates AFTER UPDATE ON "
                                    "main.orders BEGIN INSERT INTO order_updates VALUES (new.id); "
                                    "END"));
        held = s.orders.create(big);
        clear = s.orders.create(draft(QStringLiteral("known@example.com")));
        moving = s.orders.create(paid);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM order_updates")).toInt(), 0);
        sql::run(db, QStringLiteral("DROP TRIGGER temp.count_order_updates"));
    } else {
        // The statistics of this transaction count the rows it updated.
        auto ordersStat = [&](const QString& column) {
            return sql::scalar(db,
                               QStringLiteral("SELECT COALESCE(sum(%1), 0) FROM "
                                              "pg_stat_xact_user_tables WHERE relname = 'orders'")
                                   .arg(column))
                .toLongLong();
        };
        QVERIFY(db.transaction());
        const qint64 inserted = ordersStat(QStringLiteral("n_tup_ins"));
        const qint64 updated = ordersStat(QStringLiteral("n_tup_upd"));
        held = serverwrites::createOrder(db, big, QStringLiteral("admin"), 0);
        clear = serverwrites::createOrder(db, draft(QStringLiteral("known@example.com")),
                                          QStringLiteral("admin"), 0);
        moving = serverwrites::createOrder(db, paid, QStringLiteral("admin"), 0);
        QCOMPARE(ordersStat(QStringLiteral("n_tup_ins")) - inserted, qint64(3));
        QCOMPARE(ordersStat(QStringLiteral("n_tup_upd")) - updated, qint64(0));
        QVERIFY(db.commit());
    }

    auto row = [&](qint64 id) {
        QSqlQuery q = sql::run(db,
                               QStringLiteral("SELECT review_state, rule_version, step, step_at, "
                                              "due_at FROM orders WHERE id = ?"),
                               QVariantList{id});
        QVariantList out;
        if (q.next())
            for (int i = 0; i < 5; ++i)
                out << q.value(i);
        return out;
    };
    auto findingsText = [&](qint64 id) {
        QStringList out;
        for (const auto& f : s.review.findings(id))
            out << f.sentence();
        return out;
    };
    QCOMPARE(row(held).value(0).toString(), QStringLiteral("waiting"));
    QCOMPARE(row(held).value(2).toString(), QStringLiteral("review"));
    QCOMPARE(row(clear).value(0).toString(), QStringLiteral("approved"));
    QCOMPARE(row(moving).value(0).toString(), QString());
    QVERIFY(row(moving).value(1).isNull());
    QVERIFY(!row(moving).value(2).toString().isEmpty());
    QVERIFY(!row(moving).value(4).isNull());
    QCOMPARE(findingsText(held).size(), 3); // amount, country, quantity
    // The judge and the deadline refresh, run again, find the same and change
    // nothing.
    for (qint64 id : {held, clear, moving}) {
        const QVariantList before = row(id);
        const QStringList found = findingsText(id);
        if (backend == Backend::SQLite) {
            records::judge(db, id, kNow, true);
            records::refreshDue(db, id, kNow + 60);
        } else {
            sql::run(db, QStringLiteral("SELECT docket_order_judge(CAST(? AS bigint), true)"),
                     QVariantList{id});
            sql::run(db, QStringLiteral("SELECT docket_refresh_due(CAST(? AS bigint))"),
                     QVariantList{id});
        }
        QCOMPARE(row(id), before);
        QCOMPARE(findingsText(id), found);
    }
    const auto events = eventsOfKind(s.orders, held, QStringLiteral("review"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].oldValue, QString());
    QCOMPARE(events[0].newValue, QStringLiteral("waiting"));
    QCOMPARE(events[0].note, QStringLiteral("rules:1 amount,country_mismatch,quantity"));
}

// The amount rules weigh what the customer pays (lines, shipping, tax), on
// both backends, in the judgement written and in the evaluation alone (the
// gateway's intake asks it before it writes).
void TestFulfilment::amountRuleReadsWhatTheCustomerPays()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    Stores s = storesFor(tdb);
    s.orders.create(draft(QStringLiteral("known@example.com"))); // a known customer
    // Lines €905.00 (under the €1,000.00 threshold), shipping €100.00.
    Order o = draft(QStringLiteral("known@example.com"), 36, 2500);
    o.shipping = Money(10000, u"EUR");
    const auto verdict = s.review.evaluate(o);
    QCOMPARE(verdict.findings.size(), 1);
    QCOMPARE(verdict.findings[0].rule, review::Rule::Amount);
    const qint64 id = s.orders.create(o);
    QCOMPARE(s.orders.order(id).reviewState, QStringLiteral("waiting"));
    const auto found = s.review.findings(id);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].sentence(), QStringLiteral("€1,005.00 is above the €1,000.00 review "
                                                 "threshold."));
    // Taken off again by an edit of the shipping alone: judged again.
    Order edited = s.orders.order(id);
    edited.shipping = Money(0, u"EUR");
    s.orders.update(edited);
    QCOMPARE(s.orders.order(id).reviewState, QStringLiteral("approved"));
}
