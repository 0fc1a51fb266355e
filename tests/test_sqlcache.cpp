// The statement cache under sql::run / sql::prepare (models/db/statementcache.h):
// a statement run again reuses the one prepared before; a statement still
// held by its caller is never reused underneath it (nested loops over the same
// text, recursion); the cache is forgotten after a schema change and when a
// PostgreSQL session is lost and reopened.

#include "db/sql.h"
#include "db/statementcache.h"

#include "testdb.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTest>
#include <functional>
#include <sqlite3.h>

using namespace docket;
using namespace docket::test;

namespace {

const QString kRowsFrom = QStringLiteral("SELECT n FROM cache_probe WHERE n >= ? ORDER BY n");

void makeProbe(const QSqlDatabase& db, int rows)
{
    sql::run(db, QStringLiteral("CREATE TABLE cache_probe (n INTEGER NOT NULL)"));
    for (int n = 1; n <= rows; ++n)
        sql::run(db, QStringLiteral("INSERT INTO cache_probe(n) VALUES (?)"), {n});
}

QList<int> readAll(QSqlQuery& q)
{
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

} // namespace

class TestSqlCache : public QObject
{
    Q_OBJECT

private slots:
    void reusesPreparedStatements_data() { addBackendRows(); }
    void reusesPreparedStatements();
    void nestedUseOfTheSameText_data() { addBackendRows(); }
    void nestedUseOfTheSameText();
    void recursionOverTheSameText_data() { addBackendRows(); }
    void recursionOverTheSameText();
    void preparedStatementsNest_data() { addBackendRows(); }
    void preparedStatementsNest();
    void schemaChangeForgets_data() { addBackendRows(); }
    void schemaChangeForgets();
    void migrationForgets_data() { addBackendRows(); }
    void migrationForgets();
    void lostSessionForgets();
    void abandonedSavepointTakesBackOnlyChanges_data() { addBackendRows(); }
    void abandonedSavepointTakesBackOnlyChanges();
    void queryOutlivesItsConnection();
    void textsAlikeAreToldApart_data() { addBackendRows(); }
    void textsAlikeAreToldApart();
    void connectionsKeepTheirOwnStatements();
    void writesBindAsTheDriverDoes();
    void failedWriteSaysWhy();
};

// The same text with other values: prepared once, every answer right.
void TestSqlCache::reusesPreparedStatements()
{
    QFETCH(Backend, backend);
    TestDb tdb(backend);
    const QSqlDatabase db = tdb.connection();
    makeProbe(db, 30);
    const auto before = sql::statementcache::stats(db);
    for (int n = 1; n <= 30; ++n)
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT n * 2 FROM cache_probe WHERE n = ?"), {n})
                     .toInt(),
                 n * 2);
    const auto after = sql::statementcache::stats(db);
    QCOMPARE(after.prepared - before.prepared, 1);
    QCOMPARE(after.reused - before.reused, 29);
    // Writes too, and the rows they touch are the ones asked for.
    for (int n = 1; n <= 10; ++n) {
        QSqlQuery q =
            sql::run(db, QStringLiteral("UPDATE cache_probe SET n = n + 100 WHERE n = ?"), {n});
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QCOMPARE(
        sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM cache_probe WHERE n > 100")).toInt(),
        10);
    // (PostgreSQL runs a statement without values as a simple query, not kept.)
    QCOMPARE(sql::statementcache::stats(db).prepared - after.prepared,
             backend == Backend::PostgreSQL ? 1 : 2);
}

// A loop over rows that runs the same statement for each row: the outer
// statement is still being read, so the inner run gets a statement of its
// own; the outer one goes on where it was. (PostgreSQL: QPSQL reads a
// forward-only result row by row from the connection, and any other statement
// discards the rest of it, cache or not; there the outer row in hand stays
// readable and the inner run still gets a statement of its own.)
void TestSqlCache::nestedUseOfTheSameText()
{
    QFETCH(Backend, backend);
    TestDb tdb(backend);
    const QSqlDatabase db = tdb.connection();
    makeProbe(db, 6);
    {
        QSqlQuery warm = sql::run(db, kRowsFrom, {1});
    }
    const auto warmed = sql::statementcache::stats(db);
    {
        QSqlQuery outer = sql::run(db, kRowsFrom, {2});
        QVERIFY(outer.next());
        QSqlQuery inner = sql::run(db, kRowsFrom, {5});
        QCOMPARE(readAll(inner), (QList<int>{5, 6}));
        QCOMPARE(outer.value(0).toInt(), 2);
        // The outer one was taken out: the inner one had to be prepared.
        QCOMPARE(sql::statementcache::stats(db).prepared - warmed.prepared, 1);
    }
    if (backend == Backend::SQLite) {
        QList<int> outerRows;
        QList<QList<int>> innerRows;
        QSqlQuery outer = sql::run(db, kRowsFrom, {1});
        while (outer.next()) {
            const int n = outer.value(0).toInt();
            outerRows << n;
            QSqlQuery inner = sql::run(db, kRowsFrom, {n + 3});
            innerRows << readAll(inner);
            // And a scalar over the same text, between two reads of the outer.
            QCOMPARE(sql::scalar(db, kRowsFrom, {n}).toInt(), n);
        }
        QCOMPARE(outerRows, (QList<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(innerRows, (QList<QList<int>>{{4, 5, 6}, {5, 6}, {6}, {}, {}, {}}));
    }
    // Back in the cache: the next run reuses a statement.
    const auto before = sql::statementcache::stats(db);
    QSqlQuery again = sql::run(db, kRowsFrom, {5});
    QCOMPARE(readAll(again), (QList<int>{5, 6}));
    QCOMPARE(sql::statementcache::stats(db).prepared, before.prepared);
    QCOMPARE(sql::statementcache::stats(db).reused, before.reused + 1);
}

// A recursive walk that holds the statement of every level while it goes
// deeper (a tree read level by level). SQLite only: see above for QPSQL.
void TestSqlCache::recursionOverTheSameText()
{
    QFETCH(Backend, backend);
    if (backend == Backend::PostgreSQL)
        QSKIP("QPSQL discards a forward-only result another statement interrupts");
    TestDb tdb(backend);
    const QSqlDatabase db = tdb.connection();
    makeProbe(db, 4);
    QStringList path;
    std::function<void(int, QString)> walk = [&](int from, const QString& prefix) {
        QSqlQuery q = sql::run(db, kRowsFrom, {from});
        while (q.next()) {
            const int n = q.value(0).toInt();
            const QString here = prefix + QString::number(n);
            path << here;
            walk(n + 1, here);
        }
    };
    walk(1, QString());
    // Every increasing sequence over 1..4: 2^4 - 1 of them, in order.
    QCOMPARE(path.size(), 15);
    QCOMPARE(path.first(), QStringLiteral("1"));
    QCOMPARE(path.value(3), QStringLiteral("1234"));
    QCOMPARE(path.last(), QStringLiteral("4"));
}

// sql::prepare's callers bind and execute again and again; two of the same
// text held at once stay apart.
void TestSqlCache::preparedStatementsNest()
{
    QFETCH(Backend, backend);
    TestDb tdb(backend);
    const QSqlDatabase db = tdb.connection();
    makeProbe(db, 5);
    const QString text = QStringLiteral("SELECT n FROM cache_probe WHERE n = ?");
    QSqlQuery a = sql::prepare(db, text);
    QSqlQuery b = sql::prepare(db, text);
    a.bindValue(0, 2);
    sql::exec(a);
    b.bindValue(0, 4);
    sql::exec(b);
    QVERIFY(a.next());
    QVERIFY(b.next());
    QCOMPARE(a.value(0).toInt(), 2);
    QCOMPARE(b.value(0).toInt(), 4);
    for (int n = 1; n <= 5; ++n) {
        a.bindValue(0, n);
        sql::exec(a);
        QVERIFY(a.next());
        QCOMPARE(a.value(0).toInt(), n);
    }
    QCOMPARE(b.value(0).toInt(), 4);
    // A failing statement is refused as before, in words.
    const auto e =
        catchError([&] { sql::prepare(db, QStringLiteral("SELECT nope FROM nothing")); });
    QVERIFY(e);
}

// A schema change through sql::run forgets the cache: the same text reads the
// table as it is now (PostgreSQL refuses a plan whose result type changed).
void TestSqlCache::schemaChangeForgets()
{
    QFETCH(Backend, backend);
    TestDb tdb(backend);
    const QSqlDatabase db = tdb.connection();
    makeProbe(db, 3);
    const QString star = QStringLiteral("SELECT * FROM cache_probe WHERE n = ?");
    {
        QSqlQuery q = sql::run(db, star, {2});
        QVERIFY(q.next());
        QCOMPARE(q.record().count(), 1);
    }
    QVERIFY(sql::statementcache::stats(db).idle > 0);
    sql::run(db, QStringLiteral("ALTER TABLE cache_probe ADD COLUMN m INTEGER DEFAULT 7"));
    QCOMPARE(sql::statementcache::stats(db).idle, 0);
    QSqlQuery q = sql::run(db, star, {2});
    QVERIFY(q.next());
    QCOMPARE(q.record().count(), 2);
    QCOMPARE(q.value(1).toInt(), 7);

    // A statement held across the change is not taken back afterwards.
    QSqlQuery held = sql::run(db, star, {3});
    sql::run(db, QStringLiteral("ALTER TABLE cache_probe ADD COLUMN k INTEGER DEFAULT 9"));
    held = QSqlQuery();
    QCOMPARE(sql::statementcache::stats(db).idle, 0);
    QSqlQuery after = sql::run(db, star, {3});
    QVERIFY(after.next());
    QCOMPARE(after.record().count(), 3);
    QCOMPARE(after.value(2).toInt(), 9);
}

// Migrations run their scripts outside sql::run: Database::migrate forgets
// the cache itself, and an upgrade in place reads the new schema.
void TestSqlCache::migrationForgets()
{
    QFETCH(Backend, backend);
    TestDb empty(backend, TestDb::Setup::Empty);
    Database old(empty.config());
    const int newest = Database::latestSchemaVersion(backend);
    old.migrate(newest - 1);
    const QSqlDatabase db = old.connection();
    QCOMPARE(
        sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE id > ?"), {0}).toInt(),
        0);
    QVERIFY(sql::statementcache::stats(db).idle > 0);
    old.migrate();
    QCOMPARE(sql::statementcache::stats(db).idle, 0);
    QCOMPARE(old.schemaVersion(), newest);
    QCOMPARE(
        sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE id > ?"), {0}).toInt(),
        0);
}

// PostgreSQL: prepared statements live in the server's session. The server
// ends it; the next read reopens the connection and must not EXECUTE a
// statement the new session never prepared.
void TestSqlCache::lostSessionForgets()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("PostgreSQL is not configured (DOCKET_TEST_PG)");
    TestDb tdb(Backend::PostgreSQL);
    auto other = tdb.openAnother();
    const QSqlDatabase db = other->connection();
    makeProbe(db, 3);
    const QString pidText = QStringLiteral("SELECT pg_backend_pid() + 0 * ?");
    const qint64 pid = sql::scalar(db, pidText, {1}).toLongLong();
    QCOMPARE(sql::scalar(db, kRowsFrom, {2}).toInt(), 2);
    QVERIFY(sql::statementcache::stats(db).idle >= 2);
    sql::scalar(tdb.connection(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid});
    QTest::qWait(100);
    // The read meets the dropped session, is retried once on a new one.
    int n = 0;
    QVERIFY_THROWS_NO_EXCEPTION(n = sql::scalar(db, kRowsFrom, {3}).toInt());
    QCOMPARE(n, 3);
    QVERIFY(sql::scalar(db, pidText, {1}).toLongLong() != pid);
    // And the statements it prepares now are the new session's.
    QVERIFY_THROWS_NO_EXCEPTION(n = sql::scalar(db, kRowsFrom, {1}).toInt());
    QCOMPARE(n, 1);
    QVERIFY(sql::scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE ? = ?"),
                        {1, 1})
                .toInt() >= 1);
}

// A query the caller keeps after its Database is gone does no harm.
void TestSqlCache::queryOutlivesItsConnection()
{
    QSqlQuery kept;
    {
        TestDb tdb(Backend::SQLite);
        auto other = tdb.openAnother();
        makeProbe(other->connection(), 2);
        kept = sql::run(other->connection(), kRowsFrom, {1});
        QVERIFY(kept.next());
        other.reset();
    }
    // Its statement was finalized with the connection: nothing more to read.
    QVERIFY(!kept.next());
    kept = QSqlQuery();
}

// Statement texts of the same length that differ in one character near their
// start (the cache's hash reads only some characters of a long text) are
// still different statements: each returns its own result, is prepared once
// and then reused.
void TestSqlCache::textsAlikeAreToldApart()
{
    QFETCH(Backend, backend);
    TestDb tdb(backend);
    const QSqlDatabase db = tdb.connection();
    makeProbe(db, 3);
    const QString padding(600, QLatin1Char('x'));
    auto text = [&](int k) {
        return QStringLiteral("SELECT n + %1 FROM cache_probe WHERE n = ? AND '%2' <> ''")
            .arg(k)
            .arg(padding);
    };
    const auto before = sql::statementcache::stats(db);
    for (int round = 0; round < 2; ++round)
        for (int k = 1; k <= 9; ++k)
            QCOMPARE(sql::scalar(db, text(k), {2}).toInt(), 2 + k);
    const auto after = sql::statementcache::stats(db);
    QCOMPARE(after.prepared - before.prepared, 9);
    QCOMPARE(after.reused - before.reused, 9);
}

// Two connections used in turn by one thread: each keeps and reuses its own
// statements (the cache remembers the driver a thread used last).
void TestSqlCache::connectionsKeepTheirOwnStatements()
{
    TestDb tdb(Backend::SQLite);
    auto other = tdb.openAnother();
    const QSqlDatabase a = tdb.connection();
    const QSqlDatabase b = other->connection();
    makeProbe(a, 5);
    const QString text = QStringLiteral("SELECT n * 3 FROM cache_probe WHERE n = ?");
    const auto beforeA = sql::statementcache::stats(a);
    const auto beforeB = sql::statementcache::stats(b);
    for (int n = 1; n <= 5; ++n) {
        QCOMPARE(sql::scalar(a, text, {n}).toInt(), n * 3);
        QCOMPARE(sql::scalar(b, text, {n}).toInt(), n * 3);
    }
    const auto afterA = sql::statementcache::stats(a);
    const auto afterB = sql::statementcache::stats(b);
    QCOMPARE(afterA.prepared - beforeA.prepared, 1);
    QCOMPARE(afterA.reused - beforeA.reused, 4);
    QCOMPARE(afterB.prepared - beforeB.prepared, 1);
    QCOMPARE(afterB.reused - beforeB.reused, 4);
    // A statement handed back on one connection is that connection's: the
    // other one's idle statements are not touched when it closes.
    other.reset();
    QCOMPARE(sql::scalar(a, text, {2}).toInt(), 6);
    QCOMPARE(sql::statementcache::stats(a).reused - afterA.reused, 1);
}

// SQLite writes with values are bound and stepped by Docket itself
// (sql_p.h, runSqliteWrite): every kind of value lands as the Qt driver
// stores it, and the result answers rows changed and the new row's id.
void TestSqlCache::writesBindAsTheDriverDoes()
{
    TestDb tdb(Backend::SQLite);
    const QSqlDatabase db = tdb.connection();
    sql::run(db, QStringLiteral("CREATE TABLE bind_probe (id INTEGER PRIMARY KEY, path TEXT NOT "
                                "NULL, v)"));
    const QList<QVariant> values = {QVariant(),
                                    QVariant(QString()),
                                    QVariant(QStringLiteral("")),
                                    QVariant(QStringLiteral("Müller 東京 \u00e9")),
                                    QVariant(42),
                                    QVariant(true),
                                    QVariant(false),
                                    QVariant(qint64(9007199254740993)),
                                    QVariant(uint(4000000000U)),
                                    QVariant(2.5),
                                    QVariant(QByteArray("\x00\x01zz", 4)),
                                    QVariant(QByteArray()),
                                    QVariant(QDate(2026, 12, 6))};
    const QString insert = QStringLiteral("INSERT INTO bind_probe(path, v) VALUES (?, ?)");
    for (const QVariant& v : values) {
        // The driver's way, then Docket's.
        QSqlQuery q(db);
        QVERIFY(q.prepare(insert));
        q.addBindValue(QStringLiteral("qt"));
        q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const qint64 qtId = q.lastInsertId().toLongLong();
        QSqlQuery mine = sql::run(db, insert, {QStringLiteral("docket"), v});
        QCOMPARE(mine.numRowsAffected(), 1);
        const qint64 myId = mine.lastInsertId().toLongLong();
        QCOMPARE(myId, qtId + 1);
        QSqlQuery both = sql::run(
            db,
            QStringLiteral("SELECT a.v IS b.v, typeof(a.v), typeof(b.v), quote(a.v), quote(b.v) "
                           "FROM bind_probe a, bind_probe b WHERE a.id = ? AND b.id = ?"),
            {qtId, myId});
        QVERIFY(both.next());
        QVERIFY2(both.value(0).toBool(),
                 qPrintable(QStringLiteral("%1: driver %2 %3, Docket %4 %5")
                                .arg(QString::fromLatin1(v.typeName()))
                                .arg(both.value(1).toString(), both.value(3).toString(),
                                     both.value(2).toString(), both.value(4).toString())));
        QCOMPARE(both.value(2).toString(), both.value(1).toString());
    }
    // An UPDATE says how many rows it changed; a write that returns rows
    // still returns them.
    QCOMPARE(sql::run(db, QStringLiteral("UPDATE bind_probe SET v = ? WHERE path = ?"),
                      {7, QStringLiteral("docket")})
                 .numRowsAffected(),
             int(values.size()));
    QSqlQuery returning =
        sql::run(db, QStringLiteral("DELETE FROM bind_probe WHERE path = ? RETURNING id"),
                 {QStringLiteral("qt")});
    int returned = 0;
    while (returning.next())
        ++returned;
    QCOMPARE(returned, int(values.size()));
}

// A write that breaks a constraint is refused as the driver's error would
// be (a conflict that names the database), and writes nothing; the kept
// statement goes on working.
void TestSqlCache::failedWriteSaysWhy()
{
    TestDb tdb(Backend::SQLite);
    const QSqlDatabase db = tdb.connection();
    sql::run(db, QStringLiteral("CREATE TABLE unique_probe (k TEXT NOT NULL UNIQUE, n INTEGER)"));
    const QString insert = QStringLiteral("INSERT INTO unique_probe(k, n) VALUES (?, ?)");
    sql::run(db, insert, {QStringLiteral("a"), 1});
    try {
        sql::run(db, insert, {QStringLiteral("a"), 2});
        QFAIL("a duplicate key was written");
    } catch (const DocketError& e) {
        QCOMPARE(e.code(), DocketError::Code::Conflict);
        QVERIFY2(e.detail().contains(QStringLiteral("UNIQUE")), qPrintable(e.detail()));
        QVERIFY2(e.detail().contains(QStringLiteral("2067")), qPrintable(e.detail()));
    }
    try {
        sql::run(db, insert, {QVariant(), 3});
        QFAIL("a NULL key was written");
    } catch (const DocketError& e) {
        QCOMPARE(e.code(), DocketError::Code::Conflict);
    }
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM unique_probe")).toInt(), 1);
    QCOMPARE(sql::run(db, insert, {QStringLiteral("b"), 4}).numRowsAffected(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT SUM(n) FROM unique_probe")).toInt(), 5);
}

// A nested WriteTransaction given up without commit() takes back what it
// changed, and nothing else. One that changed no row is only released: on
// SQLite a ROLLBACK TO inside a transaction that changed the schema (a
// batch's temp tables) expires every prepared statement, and a file import
// reprepared them all, with the whole schema, for each order it left alone.
void TestSqlCache::abandonedSavepointTakesBackOnlyChanges()
{
    QFETCH(Backend, backend);
    TestDb tdb(backend);
    const QSqlDatabase db = tdb.connection();
    makeProbe(db, 3);
    const QString count = QStringLiteral("SELECT COUNT(*) FROM cache_probe WHERE n > ?");
    auto reprepared = [&] {
        if (backend != Backend::SQLite)
            return 0;
        QSqlQuery q = sql::run(db, count, {0});
        auto* stmt = *static_cast<sqlite3_stmt* const*>(q.result()->handle().data());
        return sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_REPREPARE, 0);
    };
    QCOMPARE(sql::scalar(db, count, {0}).toInt(), 3);
    const int repreparedBefore = reprepared();
    {
        sql::WriteTransaction outer(db);
        sql::run(db,
                 backend == Backend::SQLite
                     ? QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS probe_scratch (n INTEGER)")
                     : QStringLiteral("CREATE TEMP TABLE probe_scratch (n INTEGER)"));
        sql::run(db, QStringLiteral("INSERT INTO cache_probe(n) VALUES (4)"));
        {
            sql::WriteTransaction readOnly(db); // reads, then given up
            QCOMPARE(sql::scalar(db, count, {0}).toInt(), 4);
        }
        QCOMPARE(reprepared(), repreparedBefore);
        {
            sql::WriteTransaction writes(db); // changes a row, then given up
            sql::run(db, QStringLiteral("UPDATE cache_probe SET n = 40 WHERE n = 4"));
            sql::run(db, QStringLiteral("INSERT INTO cache_probe(n) VALUES (5)"));
            QCOMPARE(sql::scalar(db, count, {10}).toInt(), 1);
        }
        // The second one's rows are gone, the outer one's stay.
        QCOMPARE(sql::scalar(db, count, {0}).toInt(), 4);
        QCOMPARE(sql::scalar(db, count, {3}).toInt(), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM probe_scratch")).toInt(), 0);
        outer.commit();
    }
    QCOMPARE(sql::scalar(db, count, {0}).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestSqlCache)
#include "test_sqlcache.moc"
