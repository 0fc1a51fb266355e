// The catalogue's read side for order entry (issue 13, item 5; CatalogueStore) on every test
// backend: SKU completion by prefix (as typed, then upper case), active
// products only, in SKU order, at most the limit, the prefix range exact
// (no "MUG-10" for "MUG-1" beyond it, no "MUH"); bySku finds a product by
// its exact SKU, active or not; both need the right to view orders.

#include "db/sql.h"
#include "domain/errors.h"
#include "stores/cataloguestore.h"
#include "testdb.h"

#include <QTest>

using namespace docket;
using namespace docket::test;

namespace {

void addProduct(const QSqlDatabase& db, const QString& sku, const QString& name, qint64 cents,
                bool active = true)
{
    sql::run(db,
             QStringLiteral("INSERT INTO products(sku, name, unit_price_cents, active) VALUES (?, "
                            "?, ?, ?)"),
             {sku, name, cents, active ? 1 : 0});
}

QStringList skus(const QList<Product>& products)
{
    QStringList out;
    for (const Product& p : products)
        out << p.sku;
    return out;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void completionsAndLookup_data() { addBackendRows(); }
    void completionsAndLookup()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        const QSqlDatabase db = tdb.connection();
        addProduct(db, QStringLiteral("MUG-1"), QStringLiteral("Mug, white"), 1250);
        addProduct(db, QStringLiteral("MUG-10"), QStringLiteral("Mug, blue"), 1350);
        addProduct(db, QStringLiteral("MUG-2"), QStringLiteral("Mug, old"), 900, false);
        addProduct(db, QStringLiteral("MUH-1"), QStringLiteral("Not a mug"), 100);
        addProduct(db, QStringLiteral("MUG"), QStringLiteral("Mug, plain"), 1000);

        const CatalogueStore catalog(db, adminSession());
        // Active ones with the prefix, in SKU order; lower case finds upper.
        QCOMPARE(skus(catalog.completions(QStringLiteral("MUG-"))),
                 (QStringList{QStringLiteral("MUG-1"), QStringLiteral("MUG-10")}));
        QCOMPARE(skus(catalog.completions(QStringLiteral("mug-1"))),
                 (QStringList{QStringLiteral("MUG-1"), QStringLiteral("MUG-10")}));
        QCOMPARE(skus(catalog.completions(QStringLiteral("MUG"))),
                 (QStringList{QStringLiteral("MUG"), QStringLiteral("MUG-1"),
                              QStringLiteral("MUG-10")}));
        QCOMPARE(catalog.completions(QStringLiteral("MU"), 2).size(), 2);
        QVERIFY(catalog.completions(QStringLiteral("  ")).isEmpty());
        QVERIFY(catalog.completions(QStringLiteral("ZZZ")).isEmpty());

        const auto mug = catalog.completions(QStringLiteral("MUG-10")).value(0);
        QCOMPARE(mug.name, QStringLiteral("Mug, blue"));
        QCOMPARE(mug.price.minorUnits(), 1350);

        // The exact SKU, trimmed; an inactive product is still found (an
        // old order's line), an unknown one is not.
        const auto old = catalog.bySku(QStringLiteral(" MUG-2 "));
        QVERIFY(old);
        QVERIFY(!old->active);
        QCOMPARE(old->price.minorUnits(), 900);
        QVERIFY(!catalog.bySku(QStringLiteral("MUG-3")));

        // Without the right to view orders, nothing.
        const CatalogueStore stranger(db, sessionWith(QStringLiteral("x"), {}));
        const auto refused = catchError([&] { stranger.completions(QStringLiteral("MUG")); });
        QVERIFY(refused);
        QCOMPARE(refused->code(), DocketError::Code::Forbidden);
        QVERIFY(catchError([&] { stranger.bySku(QStringLiteral("MUG-1")); }));
    }
};

QTEST_MAIN(TestCatalog)
#include "test_catalog.moc"
