// File import (issue 16 item 9): a CSV export and a JSON list read into
// orders, every bad row named by line and column, all or nothing, the same
// idempotency by (channel, external id) as the gateway's intake.

#include "db/sql.h"
#include "i18n.h"
#include "stores/orderimport.h"
#include "stores/salessummaries.h"

#include "stores/orderstore.h"
#include "testdb.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

using namespace docket;
using namespace docket::test;

namespace {

const QByteArray kCsv = "Order ID,Order Number,Order Date,Order Status,Billing First Name,"
                        "Billing Last Name,Billing Email,Order Currency,Order Total,SKU,"
                        "Item Name,Qty,Item Cost\n"
                        "5001,5001,2026-12-01 09:30:00,processing,Grete,Müller,grete@example.com,"
                        "EUR,27.48,SKU-A,\"Mug, large\",2,12.50\n"
                        "5001,5001,2026-12-01 09:30:00,processing,Grete,Müller,grete@example.com,"
                        "EUR,27.48,SKU-B,Card,1,2.48\n"
                        "5002,5002,2026-12-02 10:00:00,pending,Li,Wei,li@example.com,EUR,3.00,"
                        "SKU-A,Mug,1,3.00\n";

// Orders that came from outside (a fresh test database has none).
qint64 orderCount(const TestDb& db)
{
    return queryValue(db.connection(),
                      QStringLiteral("SELECT COUNT(*) FROM orders WHERE id IN (SELECT order_id "
                                     "FROM order_sources)"))
        .toLongLong();
}

} // namespace

class TestOrderImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }
    void csvIsReadAndIdempotent_data() { addBackendRows(); }
    void csvIsReadAndIdempotent();
    void badRowsAreNamed();
    void badRowsAreNamedInChinese();
    void jsonList();
    void channelMapping();
    void allOrNothing_data() { addBackendRows(); }
    void allOrNothing();
    void refusedOrderOfARunIsNamed_data() { addBackendRows(); }
    void refusedOrderOfARunIsNamed();
    void reviewLookupsUseAnIndex_data() { addBackendRows(); }
    void reviewLookupsUseAnIndex();
    void importedOrdersAreFoundByKeyword_data() { addBackendRows(); }
    void importedOrdersAreFoundByKeyword();
};

void TestOrderImport::csvIsReadAndIdempotent()
{
    QFETCH(Backend, backend);
    TestDb db(backend);
    const ImportFile f = OrderImport::read(kCsv, QStringLiteral("web"));
    QVERIFY2(f.ok(), qPrintable(f.problems.value(0).text()));
    QCOMPARE(f.orders.size(), 2);
    QCOMPARE(f.lines, (QList<int>{2, 4}));
    const Order& first = f.orders[0].order;
    QCOMPARE(first.customerName, QStringLiteral("Grete Müller"));
    QCOMPARE(first.status, QStringLiteral("paid")); // WooCommerce's "processing"
    QCOMPARE(first.lines.size(), 2);
    QCOMPARE(first.lines[0].name, QStringLiteral("Mug, large"));
    QCOMPARE(first.lines[0].unitPrice.minorUnits(), 1250);
    QCOMPARE(first.lines[1].unitPrice.minorUnits(), 248);
    QCOMPARE(first.createdAt, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));

    OrderImport import(db.connection(), adminSession());
    ImportSummary s = import.commit(f, QStringLiteral("unlinked"));
    QCOMPARE(s.created, 2);
    QCOMPARE(orderCount(db), 2);
    // The same file again: nothing new.
    s = import.commit(OrderImport::read(kCsv, QStringLiteral("web")), QStringLiteral("unlinked"));
    QCOMPARE(s.created, 0);
    QCOMPARE(s.unchanged, 2);
    QCOMPARE(orderCount(db), 2);
    // A changed export: the order is updated, not doubled.
    QByteArray changed = kCsv;
    changed.replace("li@example.com", "li.wei@example.com");
    s = import.commit(OrderImport::read(changed, QStringLiteral("web")),
                      QStringLiteral("unlinked"));
    QCOMPARE(s.updated, 1);
    QCOMPARE(s.unchanged, 1);
    QCOMPARE(orderCount(db), 2);
    QCOMPARE(queryValue(db.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM orders WHERE email = ?"),
                        {QStringLiteral("li.wei@example.com")})
                 .toInt(),
             1);
    // The summaries are changed once per file (SQLite) and stay exact: a
    // file that makes an order, moves one to another status and changes
    // another's lines and total.
    auto summariesAgree = [&] {
        const auto diffs = summaries::verify(db.connection(), backend);
        return diffs.isEmpty();
    };
    QVERIFY(summariesAgree());
    const auto paidIn = [&](const char* status) {
        return queryValue(db.connection(),
                          QStringLiteral("SELECT COALESCE(SUM(orders), 0) FROM sales_orders WHERE "
                                         "grain = 2 AND status = ?"),
                          {QLatin1String(status)})
            .toLongLong();
    };
    const qint64 paidBefore = paidIn("paid");
    QByteArray moved = changed;
    moved.replace("EUR,27.48,SKU-B,Card,1,2.48", "EUR,29.96,SKU-B,Card,2,2.48");
    moved.replace("EUR,27.48,SKU-A,\"Mug, large\",2,12.50",
                  "EUR,29.96,SKU-A,\"Mug, large\",2,12.50");
    moved.replace("2026-12-02 10:00:00,pending", "2026-12-02 10:00:00,processing");
    moved += "5003,5003,2026-12-03 11:00:00,processing,Ana,Silva,ana@example.com,EUR,6.00,SKU-C,"
             "Pen,2,3.00\n";
    s = import.commit(OrderImport::read(moved, QStringLiteral("web")), QStringLiteral("unlinked"));
    QCOMPARE(s.created, 1);
    QCOMPARE(s.updated, 2);
    QCOMPARE(paidIn("paid"), paidBefore + 2); // 5002 paid now, 5003 new and paid
    QVERIFY(summariesAgree());
    QCOMPARE(queryValue(db.connection(),
                        QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM sales_product WHERE "
                                       "grain = 2 AND sku = 'SKU-B'"))
                 .toLongLong(),
             2);
    // Audited like the desk's orders.
    QVERIFY(queryValue(db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id IN "
                                      "(SELECT order_id FROM order_sources)"))
                .toInt() >= 3);
}

void TestOrderImport::badRowsAreNamed()
{
    QByteArray bad = kCsv;
    bad.replace("SKU-B,Card,1,2.48", "SKU-B,Card,1,2,48x");
    bad.append("5003,5003,2026-12-03 10:00:00,pending,Ann,Lee,ann@example.com,EUR,1.00,SKU-A,"
               "Mug,zero,1.00\n");
    bad.append("5004,only,three\n");
    const ImportFile f = OrderImport::read(bad, QStringLiteral("web"));
    QVERIFY(!f.ok());
    QStringList texts;
    for (const ImportProblem& p : f.problems)
        texts << p.text();
    const QString all = texts.join(QLatin1Char('\n'));
    // Line 3 has one field too many (the comma in "2,48x").
    QVERIFY2(all.contains(QStringLiteral("line 3:")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("line 5, column Qty:")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("line 6:")), qPrintable(all));
    // A missing column is named.
    const ImportFile noSku = OrderImport::read(
        "Order ID,Customer Name,Qty,Item Cost\n1,Ann,1,2.00\n", QStringLiteral("web"));
    QVERIFY(!noSku.ok());
    QVERIFY(noSku.problems.first().text().contains(QStringLiteral("sku")));
    // A broken quote.
    const ImportFile quote = OrderImport::read(
        "Order ID,Customer Name,SKU,Qty,Item Cost\n1,\"Ann,SKU-A,1,2.00\n", QStringLiteral("web"));
    QVERIFY(!quote.ok());
    QVERIFY(quote.problems.first().text().startsWith(QStringLiteral("line 2:")));
    // A total that does not match its lines, on the order's first line.
    QByteArray total = kCsv;
    total.replace("EUR,3.00,SKU-A", "EUR,9.00,SKU-A");
    const ImportFile t = OrderImport::read(total, QStringLiteral("web"));
    QCOMPARE(t.problems.size(), 1);
    QVERIFY2(t.problems.first().text().startsWith(QStringLiteral("line 4, column Order Total:")),
             qPrintable(t.problems.first().text()));
}

void TestOrderImport::jsonList()
{
    const QByteArray json = R"([
  {"external_id": "A-1", "customer": {"name": "Ada"}, "total": "25.00",
   "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 2, "unit_price": "12.50"}]},
  {"external_id": "A-2", "customer": {"name": "Bob"},
   "lines": [{"sku": "SKU-1", "name": "Mug", "quantity": 1, "unit_price": "12,50"}]}
])";
    const ImportFile f = OrderImport::read(json, QStringLiteral("web"));
    QCOMPARE(f.orders.size(), 1);
    QCOMPARE(f.problems.size(), 1);
    QCOMPARE(f.problems[0].order, 2);
    QCOMPARE(f.problems[0].line, 4);
    QCOMPARE(f.problems[0].column, QStringLiteral("lines[0].unit_price"));
    const ImportFile broken = OrderImport::read("[{\"external_id\": }]", QStringLiteral("web"));
    QVERIFY(!broken.ok());
    QVERIFY(broken.problems.first().text().startsWith(QStringLiteral("line 1:")));
}

void TestOrderImport::channelMapping()
{
    const QByteArray csv = "Bestellnr;Kunde;Artikelnummer;Bezeichnung;Menge;Preis;Zustand\n"
                           "1;Ann;A;Becher;2;3.00;bezahlt\n"
                           "2;Bo;B;Karte;1;1.50;offen\n";
    // Without a mapping: the columns are not found, each named.
    ImportFile f = OrderImport::read(csv, QStringLiteral("web"));
    QVERIFY(!f.ok());
    QCOMPARE(f.headers.size(), 7);
    QVERIFY2(f.problems.first().text().contains(QStringLiteral("Order ID")),
             qPrintable(f.problems.first().text()));

    ImportMapping m = ImportMapping::parse(
        QStringLiteral("external_id=Bestellnr, customer.name=Kunde, line.sku=Artikelnummer,"
                       "line.name=Bezeichnung,line.quantity=Menge,line.unit_price=Preis,"
                       "status=Zustand"),
        QStringLiteral("bezahlt=paid"));
    f = OrderImport::read(csv, QStringLiteral("web"), m);
    // "offen" means nothing yet: named on its line, by its column.
    QCOMPARE(f.problems.size(), 1);
    QVERIFY2(f.problems[0].text().startsWith(QStringLiteral("line 3, column Zustand:")),
             qPrintable(f.problems[0].text()));
    QCOMPARE(f.statuses, (QStringList{QStringLiteral("bezahlt"), QStringLiteral("offen")}));
    m.statuses.insert(QStringLiteral("offen"), QStringLiteral("pending"));
    f = OrderImport::read(csv, QStringLiteral("web"), m);
    QVERIFY2(f.ok(), qPrintable(f.problems.value(0).text()));
    QCOMPARE(f.orders.size(), 2);
    QCOMPARE(f.orders[0].order.status, QStringLiteral("paid"));
    QCOMPARE(f.orders[1].order.status, QStringLiteral("pending"));
    QCOMPARE(f.orders[0].order.lines[0].name, QStringLiteral("Becher"));
    QCOMPARE(f.orders[0].externalId, QStringLiteral("1"));

    // Kept as JSON, as the window remembers it per channel.
    QCOMPARE(ImportMapping::fromJson(m.toJson()), m);
    // A mapping naming a column the file lacks says so.
    ImportMapping stale = m;
    stale.columns.insert(QStringLiteral("customer.email"), QStringLiteral("E-Mail"));
    f = OrderImport::read(csv, QStringLiteral("web"), stale);
    QVERIFY(!f.ok());
    QVERIFY2(f.problems[0].text().contains(QStringLiteral("\"E-Mail\"")),
             qPrintable(f.problems[0].text()));
    // Bad mapping text is named.
    auto refused = [](const QString& cols, const QString& sts) {
        try {
            ImportMapping::parse(cols, sts);
        } catch (const DocketError& e) {
            return e.message();
        }
        return QString();
    };
    QVERIFY(refused(QStringLiteral("sku=Artikel"), {}).contains(QStringLiteral("\"sku\"")));
    QVERIFY(refused({}, QStringLiteral("bezahlt=bezahlt")).contains(QStringLiteral("\"bezahlt\"")));
    QVERIFY(refused(QStringLiteral("line.sku"), {}).contains(QStringLiteral("NAME=VALUE")));
}

void TestOrderImport::allOrNothing()
{
    QFETCH(Backend, backend);
    TestDb db(backend);
    OrderImport import(db.connection(), adminSession());
    // A file with problems commits nothing.
    QByteArray bad = kCsv;
    bad.replace("SKU-B,Card,1,2.48", "SKU-B,Card,0,2.48");
    QVERIFY_THROWS_EXCEPTION(
        DocketError,
        import.commit(OrderImport::read(bad, QStringLiteral("web")), QStringLiteral("unlinked")));
    QCOMPARE(orderCount(db), 0);
    // The second order is refused by the store (an unknown SKU, refused):
    // the first is not kept either.
    QSqlQuery insert(db.connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO products(sku, name, unit_price_cents) VALUES "
                                       "('SKU-A', 'Mug', 300)")));
    QByteArray unknown = kCsv;
    unknown.replace("SKU-B,Card", "SKU-A,Card");
    unknown.replace("EUR,3.00,SKU-A", "EUR,3.00,SKU-NOPE");
    const ImportFile f = OrderImport::read(unknown, QStringLiteral("web"));
    QVERIFY(f.ok());
    try {
        import.commit(f, QStringLiteral("refuse"));
        QFAIL("an unknown SKU was taken");
    } catch (const DocketError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("5002")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("line 4")), qPrintable(e.message()));
    }
    QCOMPARE(orderCount(db), 0);
    QCOMPARE(
        queryValue(db.connection(), QStringLiteral("SELECT COUNT(*) FROM order_sources")).toInt(),
        0);
    // Cancelled by its progress: nothing.
    unknown.replace("SKU-NOPE", "SKU-A");
    QVERIFY_THROWS_EXCEPTION(DocketError,
                             import.commit(OrderImport::read(unknown, QStringLiteral("web")),
                                           QStringLiteral("refuse"),
                                           [](qint64 done, qint64) { return done < 2; }));
    QCOMPARE(orderCount(db), 0);
    const ImportSummary s =
        import.commit(OrderImport::read(unknown, QStringLiteral("web")), QStringLiteral("refuse"));
    QCOMPARE(s.created, 2);
    QCOMPARE(orderCount(db), 2);
}

// On PostgreSQL the new orders of a file go to the server a run at a time
// (IntakeStore::takeMany, docket_orders_create_many). An order the server
// refuses in the middle of a run (its number is taken by an earlier order of
// the same run) is still named with its own line and reason, exactly as on
// SQLite, and nothing of the file is kept; an order that comes again later
// in the file (a resend) is an update of the one the run made.
void TestOrderImport::refusedOrderOfARunIsNamed()
{
    QFETCH(Backend, backend);
    TestDb db(backend);
    OrderImport import(db.connection(), adminSession());
    const QByteArray head = "Order ID,Order Number,Order Date,Order Status,Billing First Name,"
                            "Billing Last Name,Billing Email,Order Currency,Order Total,SKU,"
                            "Item Name,Qty,Item Cost\n";
    auto row = [](int id, const QString& number, const QString& name) {
        return QStringLiteral("%1,%2,2026-12-01 09:30:00,pending,%3,Lee,%3@example.com,EUR,"
                              "3.00,SKU-A,Mug,1,3.00\n")
            .arg(id)
            .arg(number, name)
            .toUtf8();
    };
    QByteArray csv = head;
    for (int i = 1; i <= 5; ++i)
        csv += row(7000 + i, QString::number(7000 + i), QStringLiteral("ann%1").arg(i));
    csv += row(7006, QStringLiteral("7002"), QStringLiteral("bob"));
    csv += row(7007, QStringLiteral("7007"), QStringLiteral("cy"));
    const ImportFile f = OrderImport::read(csv, QStringLiteral("web"));
    QVERIFY(f.ok());
    try {
        import.commit(f, QStringLiteral("unlinked"));
        QFAIL("a taken order number was accepted");
    } catch (const DocketError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("Order 7006 (line 7)")),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("7002 already exists")),
                 qPrintable(e.message()));
    }
    QCOMPARE(orderCount(db), 0);
    QCOMPARE(
        queryValue(db.connection(), QStringLiteral("SELECT COUNT(*) FROM order_events")).toInt(),
        0);

    // Without the clash: seven orders.
    csv.replace(row(7006, QStringLiteral("7002"), QStringLiteral("bob")),
                row(7006, QStringLiteral("7006"), QStringLiteral("bob")));
    ImportSummary s =
        import.commit(OrderImport::read(csv, QStringLiteral("web")), QStringLiteral("unlinked"));
    QCOMPARE(s.created, 7);
    QCOMPARE(orderCount(db), 7);
    // A second file: new orders around a resend of 7003 under another name
    // (taken in the file's order: the run before it, the update, the run
    // after it) and an unchanged resend of 7005.
    QByteArray second = head;
    second += row(7008, QStringLiteral("7008"), QStringLiteral("eve"));
    second += row(7009, QStringLiteral("7009"), QStringLiteral("fay"));
    second += row(7003, QStringLiteral("7003"), QStringLiteral("dee"));
    second += row(7010, QStringLiteral("7010"), QStringLiteral("gus"));
    second += row(7005, QStringLiteral("7005"), QStringLiteral("ann5"));
    second += row(7011, QStringLiteral("7011"), QStringLiteral("hal"));
    second += row(7012, QStringLiteral("7012"), QStringLiteral("ivy"));
    s = import.commit(OrderImport::read(second, QStringLiteral("web")), QStringLiteral("unlinked"));
    QCOMPARE(s.created, 5);
    QCOMPARE(s.updated, 1);
    QCOMPARE(s.unchanged, 1);
    QCOMPARE(orderCount(db), 12);
    QCOMPARE(queryValue(db.connection(),
                        QStringLiteral("SELECT customer_name FROM orders WHERE number = '7003'"))
                 .toString(),
             QStringLiteral("dee Lee"));
    // Every new order has its source and its 'created' event, once.
    QCOMPARE(
        queryValue(db.connection(), QStringLiteral("SELECT COUNT(*) FROM order_sources")).toInt(),
        12);
    QCOMPARE(queryValue(db.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM order_events WHERE kind = 'created'"))
                 .toInt(),
             12);
}

// The review facts of every order taken (is the email or phone known, how
// many recent orders have it) scanned the whole orders table: `email = ?`
// cannot use orders_email_ci (lower(email)). Migration 0072 adds indexes
// that serve both questions; a database of the schema before upgrades in
// place with its orders unchanged, and loses the duplicate partial indexes.
void TestOrderImport::reviewLookupsUseAnIndex()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
    Database old(empty.config());
    const int before = 71; // the schema before the indexes (0072)
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate(before));
    QVERIFY(old.schemaVersion() <= before);
    const QSqlDatabase db = old.connection();
    DOCKET_NO_THROW(sql::run(db,
                             QStringLiteral("INSERT INTO orders(id, number, customer_name, email, "
                                            "phone, channel, status, currency, total_cents, "
                                            "created_at, updated_at, created_by) VALUES (1, "
                                            "'DK0000001', 'Before', 'ann@example.com', '+1 555', "
                                            "'web', 'pending', 'EUR', 2100, ?, ?, 'admin')"),
                             {TestDb::kNow, TestDb::kNow}));
    if (backend == Backend::PostgreSQL)
        DOCKET_NO_THROW(sql::run(db, QStringLiteral("SELECT setval('orders_id_seq', 1)")));
    // The partial copies of 0068 (email, phone without the empty values) are
    // there before and gone after: the *_at indexes answer the same questions
    // and each index is one more b-tree for every order an import writes
    // (PostgreSQL 0081, SQLite 0082).
    const QString copies =
        backend == Backend::SQLite
            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name "
                             "IN ('orders_email', 'orders_phone')")
            : QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN "
                             "('orders_email', 'orders_phone')");
    QCOMPARE(queryValue(db, copies).toInt(), 2);
    const QString content = contentFingerprint(db);
    QVERIFY_THROWS_NO_EXCEPTION(old.migrate());
    QCOMPARE(contentFingerprint(db), content);
    QCOMPARE(queryValue(db, copies).toInt(), 0);

    // The questions factsFor and the server's judge ask, as the planner
    // answers them. On PostgreSQL (0083) the email and phone indexes are in
    // a valid-only and an invalid-only half, and the questions name both.
    const QString both = backend == Backend::PostgreSQL
                             ? QStringLiteral(" AND (invalid_at IS NULL OR invalid_at IS NOT NULL)")
                             : QString();
    const QStringList questions{
        QStringLiteral("SELECT 1 FROM orders WHERE email = 'ann@example.com' AND id <> 2") + both +
            QStringLiteral(" LIMIT 1"),
        QStringLiteral("SELECT count(*) FROM orders WHERE email = 'ann@example.com' AND "
                       "created_at BETWEEN 0 AND 2000000000 AND id <> 2") +
            both,
        QStringLiteral("SELECT 1 FROM orders WHERE phone = '+1 555' AND id <> 2") + both +
            QStringLiteral(" LIMIT 1")};
    if (backend == Backend::PostgreSQL) {
        // With one order and no statistics any tiny index is as cheap as the
        // email's two halves; a few thousand other customers, analysed, make
        // the plan the one a shop gets.
        DOCKET_NO_THROW(sql::run(
            db,
            QStringLiteral("INSERT INTO orders(id, number, customer_name, email, phone, "
                           "channel, status, currency, total_cents, created_at, updated_at, "
                           "created_by) SELECT g, 'DK' || lpad(g::text, 7, '0'), 'Other', "
                           "'c' || g || '@example.com', '+1 ' || g, 'web', 'pending', 'EUR', "
                           "100, ? - g, ? - g, 'admin' FROM generate_series(10, 3000) g"),
            {TestDb::kNow, TestDb::kNow}));
        DOCKET_NO_THROW(sql::run(db, QStringLiteral("ANALYZE orders")));
        DOCKET_NO_THROW(sql::run(db, QStringLiteral("SET enable_seqscan = off")));
    }
    for (const QString& q : questions) {
        QStringList plan;
        QSqlQuery p =
            sql::run(db, (backend == Backend::SQLite ? QStringLiteral("EXPLAIN QUERY PLAN ")
                                                     : QStringLiteral("EXPLAIN ")) +
                             q);
        while (p.next())
            plan << p.value(backend == Backend::SQLite ? 3 : 0).toString();
        const QString text = plan.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("email_at")) ||
                     text.contains(QStringLiteral("phone_at")),
                 qPrintable(q + QLatin1Char('\n') + text));
        QVERIFY2(!text.contains(QStringLiteral("SCAN orders")) &&
                     !text.contains(QStringLiteral("Seq Scan")),
                 qPrintable(text));
    }
    if (backend == Backend::PostgreSQL)
        DOCKET_NO_THROW(sql::run(db, QStringLiteral("RESET enable_seqscan")));
    // And the upgraded database takes orders as before.
    Order o;
    o.customerName = QStringLiteral("After");
    o.email = QStringLiteral("ann@example.com");
    o.channel = QStringLiteral("web");
    o.status = QStringLiteral("pending");
    o.currency = QStringLiteral("EUR");
    o.lines << OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("One"), 1, Money(500)};
    qint64 id = 0;
    DOCKET_NO_THROW(id = OrderStore(db, adminSession()).create(o));
    QVERIFY(id > 1);
}

// The keyword index of an import's new orders is written once at its end
// (SQLite 0082): they are found by name, email and phone like any order, a
// later import's change of name moves them in the index, the deferral never
// outlives the import, and a refused import leaves nothing noted.
void TestOrderImport::importedOrdersAreFoundByKeyword()
{
    QFETCH(Backend, backend);
    TestDb db(backend);
    OrderStore store(db.connection(), adminSession());
    auto found = [&](const QString& keyword) {
        OrderFilter f;
        f.keyword = keyword;
        return store.count(f);
    };
    auto notesLeft = [&] {
        return backend == Backend::SQLite
                   ? queryValue(db.connection(),
                                QStringLiteral("SELECT (SELECT COUNT(*) FROM order_fts_defer) + "
                                               "(SELECT COUNT(*) FROM order_fts_deferred)"))
                         .toInt()
                   : 0;
    };
    const qint64 wuBefore = found(QStringLiteral("Wu"));
    OrderImport import(db.connection(), adminSession());
    DOCKET_NO_THROW(
        import.commit(OrderImport::read(kCsv, QStringLiteral("web")), QStringLiteral("unlinked")));
    QCOMPARE(found(QStringLiteral("Müller")), 1);
    QCOMPARE(found(QStringLiteral("grete@example.com")), 1);
    QCOMPARE(found(QStringLiteral("Wei")), 1);
    QCOMPARE(notesLeft(), 0);
    if (backend == Backend::SQLite) // the index agrees with itself
        DOCKET_NO_THROW(
            sql::run(db.connection(), QStringLiteral("INSERT INTO order_fts(order_fts) VALUES "
                                                     "('integrity-check')")));

    // The shop renames a customer: the order leaves the old name's results.
    QByteArray renamed = kCsv;
    renamed.replace(",Li,Wei,", ",Li,Wu,");
    DOCKET_NO_THROW(import.commit(OrderImport::read(renamed, QStringLiteral("web")),
                                  QStringLiteral("unlinked")));
    QCOMPARE(found(QStringLiteral("Wei")), 0);
    QCOMPARE(found(QStringLiteral("Wu")), wuBefore + 1);

    // An import cancelled at its last order, after new ones were noted,
    // writes nothing, notes included.
    QByteArray more = renamed;
    more += "5003,5003,2026-12-03 11:00:00,pending,Ana,Quist,ana@example.com,EUR,1.00,SKU-C,"
            "Pen,1,1.00\n"
            "5004,5004,2026-12-04 12:00:00,pending,Zoe,Quist,zoe@example.com,EUR,1.00,SKU-C,"
            "Pen,1,1.00\n";
    const ImportFile cancelled = OrderImport::read(more, QStringLiteral("web"));
    QCOMPARE(cancelled.orders.size(), 4);
    QVERIFY_THROWS_EXCEPTION(
        DocketError, import.commit(cancelled, QStringLiteral("unlinked"),
                                   [](qsizetype done, qsizetype total) { return done < total; }));
    QCOMPARE(found(QStringLiteral("Quist")), 0);
    QCOMPARE(notesLeft(), 0);
    // A large file (SQLite: written with a larger page cache) leaves the
    // connection's own cache size as it was, and its orders found.
    QByteArray large = "Order ID,Order Number,Order Date,Order Status,Billing First Name,"
                       "Billing Last Name,Billing Email,Order Currency,Order Total,SKU,"
                       "Item Name,Qty,Item Cost\n";
    for (int i = 0; i < 1000; ++i)
        large += QStringLiteral("%1,%1,2026-12-04 12:00:00,processing,Bulk,Buyer%1,b%1@example.com,"
                                "EUR,1.00,SKU-C,Pen,1,1.00\n")
                     .arg(90000 + i)
                     .toUtf8();
    const QString cacheSize = backend == Backend::SQLite ? QStringLiteral("PRAGMA cache_size")
                                                         : QStringLiteral("SHOW work_mem");
    const QVariant cacheBefore = queryValue(db.connection(), cacheSize);
    DOCKET_NO_THROW(
        import.commit(OrderImport::read(large, QStringLiteral("web")), QStringLiteral("unlinked")));
    QCOMPARE(queryValue(db.connection(), cacheSize), cacheBefore);
    QCOMPARE(found(QStringLiteral("Buyer90999")), 1);
    QCOMPARE(found(QStringLiteral("Bulk")), 1000);
    QCOMPARE(notesLeft(), 0);

    // A desk's order after an import is indexed at once, as always.
    Order o;
    o.customerName = QStringLiteral("Ottilie Quist");
    o.channel = QStringLiteral("web");
    o.currency = QStringLiteral("EUR");
    o.lines << OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("One"), 1, Money(500)};
    DOCKET_NO_THROW(store.create(o));
    QCOMPARE(found(QStringLiteral("Quist")), 1);
}

// The reader's message names its JSON field in the language's own quotes
// (zh_CN “…”, zh_TW 「…」): the file's column name replaces it there too.
void TestOrderImport::badRowsAreNamedInChinese()
{
    QByteArray bad = kCsv;
    bad.append("5003,5003,2026-12-03 10:00:00,pending,Ann,Lee,ann@example.com,EUR,1.00,SKU-A,"
               "Mug,zero,1.00\n");
    auto restore = qScopeGuard(
        [] { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); });
    for (const QString& lang : {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
        installTranslators(*QCoreApplication::instance(), lang);
        const ImportFile f = OrderImport::read(bad, QStringLiteral("web"));
        QCOMPARE(f.problems.size(), 1);
        const QString text = f.problems[0].text();
        QCOMPARE(f.problems[0].column, QStringLiteral("Qty"));
        QVERIFY2(!text.contains(QStringLiteral("lines[")),
                 qPrintable(lang + QLatin1Char(' ') + text));
        QVERIFY2(text.count(QStringLiteral("Qty")) >= 2,
                 qPrintable(lang + QLatin1Char(' ') + text));
    }
}

QTEST_GUILESS_MAIN(TestOrderImport)
#include "test_orderimport.moc"
