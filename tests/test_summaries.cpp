// The analytics summaries through batch writes, on every test backend: a batch
// invalidate, revalidate, delete and restore of a few hundred orders across
// days, channels, statuses and products leaves every summary table exactly as
// a rebuild from scratch makes it (SQLite: set-based inside the batch, with
// the per-row triggers suspended; PostgreSQL: statement-level triggers); a
// cancelled batch changes nothing; a writer on another connection still goes
// through the triggers.

#include "db/dialect.h"
#include "db/sql.h"
#include "seed/seeder.h"
#include "stores/analyticsstore.h"
#include "stores/orderstore.h"
#include "testdb.h"

#include <QTest>
#include <sqlite3.h>

using namespace docket;
using namespace docket::test;

namespace {

// Every row of the three summaries, in key order.
QStringList dumpSummaries(const QSqlDatabase& db)
{
    const QList<std::pair<const char*, const char*>> tables = {
        {"sales_orders", "grain, bucket, channel, status, invalid, orders, total_cents"},
        {"sales_region",
         "grain, bucket, channel, status, ship_country, ship_region, orders, total_cents"},
        {"sales_product", "grain, bucket, channel, status, sku, lines, quantity, total_cents"},
    };
    QStringList out;
    for (const auto& [table, columns] : tables) {
        const int n = int(QString::fromLatin1(columns).count(QLatin1Char(','))) + 1;
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2, 3, 4, 5, 6")
                                       .arg(QLatin1String(columns), QLatin1String(table)));
        while (q.next()) {
            QStringList row{QLatin1String(table)};
            for (int i = 0; i < n; ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

// The statements of the connection that are still running (stepped, not reset).
QStringList busyStatements(const QSqlDatabase& db)
{
    QStringList out;
    sqlite3* h = sql::sqliteHandle(db);
    for (sqlite3_stmt* s = sqlite3_next_stmt(h, nullptr); s; s = sqlite3_next_stmt(h, s))
        if (sqlite3_stmt_busy(s))
            out << QString::fromUtf8(sqlite3_sql(s));
    return out;
}

// Empty when the summaries agree with the orders and equal a rebuild from
// scratch; else what differs.
QString summaryProblems(const QSqlDatabase& db)
{
    AnalyticsStore a(db, adminSession());
    const QStringList problems = a.verifySummaries();
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    const QStringList kept = dumpSummaries(db);
    if (kept.isEmpty())
        return QStringLiteral("the summaries are empty");
    a.rebuildSummaries();
    const QStringList rebuilt = dumpSummaries(db);
    if (kept != rebuilt)
        return QStringLiteral("%1 rows kept, %2 after a rebuild")
            .arg(kept.size())
            .arg(rebuilt.size());
    if (sql::backendOf(db) == Backend::SQLite &&
        queryValue(db, QStringLiteral("SELECT COUNT(*) FROM analytics_suspend")).toLongLong() != 0)
        return QStringLiteral("the analytics_suspend row was left behind");
    return {};
}

#define VERIFY_SUMMARIES(db, step)                                                                 \
    do {                                                                                           \
        const QString p_ = summaryProblems(db);                                                    \
        QVERIFY2(p_.isEmpty(), qPrintable(QStringLiteral(step ": ") + p_));                        \
    } while (false)

// The first column of every row, as text.
QStringList column(const QSqlDatabase& db, const QString& text)
{
    QStringList out;
    QSqlQuery q = sql::run(db, text);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<qint64> ids(const QSqlDatabase& db, const QString& text)
{
    QList<qint64> out;
    QSqlQuery q = sql::run(db, text);
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace

class TestSummaries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void batchesMatchRebuild_data() { addBackendRows(); }
    void batchesMatchRebuild()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        const QSqlDatabase db = tdb.connection();
        OrderStore store = tdb.store();
        SeedOptions o;
        o.orders = 900;
        o.days = 75; // three UTC months
        o.now = TestDb::kNow;
        o.seed = 7;
        o.invalidShare = 0.03;
        DOCKET_SEED_OR_SKIP(store, o);
        VERIFY_SUMMARIES(db, "seeded");

        // Every third valid order, and every valid order of one UTC day (so
        // that the batch empties summary rows, which must then go).
        const qint64 day = TestDb::kNow - 20 * 86400 - TestDb::kNow % 86400;
        QList<qint64> batch = ids(db, QStringLiteral("SELECT id FROM orders WHERE invalid_at IS "
                                                     "NULL AND (id % 3 = 0 OR (created_at >= %1 "
                                                     "AND created_at < %2)) ORDER BY id")
                                          .arg(day)
                                          .arg(day + 86400));
        QVERIFY(batch.size() > 250);
        QVERIFY(queryValue(db,
                           QStringLiteral("SELECT COUNT(DISTINCT channel) * COUNT(DISTINCT "
                                          "status) FROM orders WHERE id IN %1")
                               .arg(dialect::idListSubquery(backend)),
                           {dialect::idListParam(backend, batch)})
                    .toLongLong() >= 6);

        QCOMPARE(store.invalidate(batch, QStringLiteral("duplicate")), int(batch.size()));
        VERIFY_SUMMARIES(db, "invalidate");
        QCOMPARE(queryValue(db,
                            QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE grain = 1 "
                                           "AND bucket = ? AND invalid = 0"),
                            {day})
                     .toLongLong(),
                 0);

        // Half valid again, the other half deleted to the archive.
        const QList<qint64> back = batch.mid(0, batch.size() / 2);
        const QList<qint64> gone = batch.mid(batch.size() / 2);
        QCOMPARE(store.revalidate(back), int(back.size()));
        VERIFY_SUMMARIES(db, "revalidate");
        QCOMPARE(store.deleteInvalid(gone), int(gone.size()));
        VERIFY_SUMMARIES(db, "delete");

        // A batch cancelled after it wrote its first chunk leaves nothing.
        const QString before = contentFingerprint(db);
        const QStringList summariesBefore = dumpSummaries(db);
        const auto e = catchError([&] {
            store.invalidate(back, QStringLiteral("cancelled"),
                             [](qint64 done, qint64) { return done == 0; });
        });
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Cancelled);
        QCOMPARE(contentFingerprint(db), before);
        QCOMPARE(dumpSummaries(db), summariesBefore);
        VERIFY_SUMMARIES(db, "cancelled");

        // Every deleted order back from the archive.
        const QList<ArchivedOrder> archived = store.archived({}, 10000);
        QVERIFY(archived.size() >= gone.size());
        for (const ArchivedOrder& a : archived)
            store.restore(a.id);
        VERIFY_SUMMARIES(db, "restore");
        QCOMPARE(store.count(OrderFilter{}),
                 queryValue(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE invalid_at IS "
                                               "NULL"))
                     .toLongLong());
    }

    // Writers that are not a batch of this store (another desktop, docketctl,
    // a SQL shell) go through the triggers: no suspend row is in their way.
    // A load big enough for the seeder's bulk path (SQLite, >= 50,000 orders:
    // indexes and insert triggers dropped and made again, FTS rows and
    // summaries written after the rows, the journal out of WAL meanwhile)
    // leaves the schema as it was, the file in WAL mode with the WAL open (a
    // checkpoint of every database of the connection succeeds at once), no
    // statement running, every order in the full-text index and the
    // summaries exact.
    void bulkSeedKeepsSchemaAndSummaries()
    {
        if (!testBackends().contains(Backend::SQLite))
            QSKIP("SQLite only: the bulk path is the SQLite seeder's");
        TestDb tdb(Backend::SQLite);
        const QSqlDatabase db = tdb.connection();
        // (ANALYZE after the load adds its statistics table.)
        const QString schemaSql =
            QStringLiteral("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM "
                           "sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name");
        const QStringList schema = column(db, schemaSql);
        OrderStore store = tdb.store();
        SeedOptions o;
        o.orders = 50000;
        o.days = 90;
        o.now = TestDb::kNow;
        o.seed = 5;
        const SeedResult r = seedOrders(store, o);
        QCOMPARE(r.orders, o.orders);
        // Nothing of the load is left running on the connection, and a
        // checkpoint of every database of it (temp included) succeeds: the
        // journal went back to WAL with the WAL opened (see seeder.cpp).
        QCOMPARE(busyStatements(db), QStringList());
        try {
            QSqlQuery checkpoint = sql::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(checkpoint.next());
            QCOMPARE(checkpoint.value(0).toInt(), 0); // not blocked
        } catch (const DocketError& e) {
            QFAIL(qPrintable(QStringLiteral("checkpoint after seeding: ") + e.message()));
        }
        QCOMPARE(column(db, schemaSql), schema);
        QCOMPARE(queryValue(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(queryValue(db, QStringLiteral("PRAGMA foreign_keys")).toLongLong(), 1);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM order_fts")).toLongLong(),
                 o.orders);
        QCOMPARE(queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        VERIFY_SUMMARIES(db, "bulk seeded");
    }

    void otherConnectionKeepsTriggers_data() { addBackendRows(); }
    void otherConnectionKeepsTriggers()
    {
        QFETCH(Backend, backend);
        DOCKET_TESTDB(tdb, backend);
        const QSqlDatabase db = tdb.connection();
        OrderStore store = tdb.store();
        SeedOptions o;
        o.orders = 300;
        o.days = 8; // young orders: many still paid or processing
        o.now = TestDb::kNow;
        o.seed = 3;
        DOCKET_SEED_OR_SKIP(store, o);
        const QList<qint64> valid = ids(db, QStringLiteral("SELECT id FROM orders WHERE invalid_at "
                                                           "IS NULL AND status IN ('paid', "
                                                           "'processing') ORDER BY id"));
        QVERIFY(valid.size() > 20);
        store.invalidate(valid.mid(0, 10), QStringLiteral("batch"));

        const std::shared_ptr<Database> another = tdb.openAnother();
        const QSqlDatabase other = another->connection();
        OrderStore theirs(other, adminSession(QStringLiteral("other")));
        // An edit that moves the order's bucket, channel, region and lines...
        Order edited = theirs.order(valid[12]);
        edited.channel = edited.channel == QLatin1String("web") ? QStringLiteral("retail")
                                                                : QStringLiteral("web");
        edited.shipTo.region = QStringLiteral("Elsewhere");
        edited.lines.first().quantity += 3;
        edited.lines.append(
            {0, 0, QStringLiteral("SKU-OTHER"), QStringLiteral("Other"), 2, Money(777)});
        theirs.update(edited);
        VERIFY_SUMMARIES(db, "edit on another connection");
        // ...a status change, a single invalidation...
        theirs.changeStatus(valid[13], OrderStatus::Cancelled);
        theirs.invalidate({valid[14]}, QStringLiteral("single"));
        VERIFY_SUMMARIES(db, "status and invalidation on another connection");
        // ...and plain SQL, as docketctl or a shell would.
        sql::run(other, QStringLiteral("UPDATE orders SET status = 'refunded' WHERE id = ?"),
                 {valid[15]});
        sql::run(other,
                 QStringLiteral("UPDATE order_lines SET quantity = quantity + 1 WHERE "
                                "order_id = ?"),
                 {valid[16]});
        sql::run(other, QStringLiteral("DELETE FROM orders WHERE id = ?"), {valid[17]});
        VERIFY_SUMMARIES(db, "plain SQL on another connection");
        // The summaries of the single edit moved: the new SKU is counted.
        QCOMPARE(queryValue(db, QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM "
                                               "sales_product WHERE grain = 1 AND sku = "
                                               "'SKU-OTHER'"))
                     .toLongLong(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSummaries)
#include "test_summaries.moc"
