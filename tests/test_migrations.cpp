// Database::open(): numbered migrations, and the clear refusals for files that
// are not (or not yet, or no longer) a Docket database.

#include "db/database.h"
#include "db/sql.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace docket;
using namespace docket::test;

namespace {

// The migration files compiled into this build for `backend`.
int migrationFileCount(Backend backend)
{
    const QString dir = backend == Backend::SQLite ? QStringLiteral(":/sql/sqlite")
                                                   : QStringLiteral(":/sql/postgres");
    static const QRegularExpression re(QStringLiteral("^\\d{4}_.+\\.sql$"));
    int n = 0;
    const auto entries = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& f : entries)
        n += re.match(f).hasMatch() ? 1 : 0;
    return n;
}

QString schemaVersionRows(const QSqlDatabase& db)
{
    QStringList rows;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT version, name, applied_at FROM schema_version ORDER BY version"));
    while (q.next())
        rows << QStringLiteral("%1 %2 %3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return rows.join(QLatin1Char('\n'));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A plain SQLite file with an unrelated table, written without Docket.
void makeForeignSqliteFile(const QString& path)
{
    const QString name = QStringLiteral("foreign-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes(body) VALUES ('shopping list')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList sqliteTables(const QString& path)
{
    const QString name = QStringLiteral("inspect-") + path;
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            tables = db.tables();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    tables.sort();
    return tables;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }
    void init();
    void freshDatabaseIsMigrated_data() { addBackendRows(); }
    void freshDatabaseIsMigrated();
    void reopenIsNoOp_data() { addBackendRows(); }
    void reopenIsNoOp();
    void newerSchemaIsRefused_data() { addBackendRows(); }
    void newerSchemaIsRefused();
    void foreignSqliteFileIsRefused();
    void garbageFileIsRefused();
    void emptyFileIsNotTakenOver();
    void emptyFileBecomesADocketDatabaseOnlyOnCreate();
    void readOnlyFileOpensReadOnly();
    void missingFolderIsNamed();
    void openWithoutCreateOnMissingFile();
    void folderInsteadOfFile();
    void noPathGiven();
    void serverFailuresAreExplained_data() { addBackendRows(); }
    void serverFailuresAreExplained();
    void triggersAreCreatedWhole();
    void ftsTriggersKeepSearchInStep();
    void migrationNumbersAreUnique();
};

void TestMigrations::init()
{
    // The functions without a backend column are about SQLite files.
    if (!QTest::currentDataTag() && !backendEnabled(Backend::SQLite))
        QSKIP("a SQLite test; this run covers PostgreSQL");
}

void TestMigrations::freshDatabaseIsMigrated()
{
    QFETCH(Backend, backend);
    const int latest = Database::latestSchemaVersion(backend);
    QVERIFY(latest > 0);
    DOCKET_TESTDB(tdb, backend, TestDb::Setup::Migrate);
    QCOMPARE(tdb.database()->schemaVersion(), latest);
    QCOMPARE(
        queryValue(tdb.connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
        migrationFileCount(backend));
    if (backend == Backend::SQLite) {
        // A new file is its owner's alone (SECURITY.md): no group or other access.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(tdb.path()) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(tdb.path()) & QFileDevice::WriteOwner);
    }
    const QStringList tables = tdb.connection().tables();
    for (const char* t : {"orders", "order_lines", "order_events", "order_archive", "products",
                          "customers", "schema_version"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
}

void TestMigrations::reopenIsNoOp()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend, TestDb::Setup::Migrate);
    OrderStore store = tdb.store();
    Order o;
    o.customerName = QStringLiteral("Kept Customer");
    o.channel = QStringLiteral("web");
    o.lines << OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Thing"), 1, Money(500)};
    qint64 id = 0;
    DOCKET_NO_THROW(id = store.create(o));
    const QString before = schemaVersionRows(tdb.connection());

    // A second start of the program on the same data.
    auto again = tdb.openAnother();
    QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion(backend));
    QCOMPARE(schemaVersionRows(again->connection()), before);
    OrderStore other(again->connection(), adminSession());
    QCOMPARE(other.order(id).customerName, QStringLiteral("Kept Customer"));
    // And a third: still nothing to do.
    DOCKET_NO_THROW(again->open(false));
    QCOMPARE(schemaVersionRows(tdb.connection()), before);
}

void TestMigrations::newerSchemaIsRefused()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const int latest = Database::latestSchemaVersion(backend);
    sql::run(tdb.connection(),
             QStringLiteral("INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, "
                            "?)"),
             {latest + 1, QStringLiteral("from_the_future"), qint64(0)});

    Database newer(tdb.config());
    const auto e = catchError([&] { newer.open(false); });
    newer.closeConnection();
    QVERIFY2(e, "a database from a newer Docket must be refused");
    QCOMPARE(e->code(), DocketError::Code::Database);
    QVERIFY2(e->message().contains(tdb.config().displayName()), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QString::number(latest + 1)), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QString::number(latest)), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("newer")), qPrintable(e->message()));
}

void TestMigrations::foreignSqliteFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    makeForeignSqliteFile(path);
    const QStringList tablesBefore = sqliteTables(path);
    QCOMPARE(tablesBefore, QStringList{QStringLiteral("notes")});

    Database db(DatabaseConfig::fromString(path));
    const auto e = catchError([&] { db.open(true); });
    db.closeConnection();
    QVERIFY2(e, "a SQLite file with other tables must be refused");
    QCOMPARE(e->code(), DocketError::Code::Database);
    QVERIFY2(e->message().contains(QDir::toNativeSeparators(path)), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("not a Docket database")),
             qPrintable(e->message()));
    // Nothing was added to somebody else's file.
    QCOMPARE(sqliteTables(path), tablesBefore);
}

void TestMigrations::garbageFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.db"));
    QByteArray garbage(8192, '\0');
    QRandomGenerator gen(42);
    for (char& c : garbage)
        c = char(gen.bounded(256));
    garbage.replace(0, 6, "PK\x03\x04zz"); // looks like a zip, certainly not SQLite
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    Database db(DatabaseConfig::fromString(path));
    const auto e = catchError([&] { db.open(true); });
    db.closeConnection();
    QVERIFY2(e, "garbage must be refused");
    QCOMPARE(e->code(), DocketError::Code::Database);
    QVERIFY2(e->message().contains(QDir::toNativeSeparators(path)), qPrintable(e->message()));
    QCOMPARE(readAll(path), garbage); // untouched
}

void TestMigrations::emptyFileIsNotTakenOver()
{
    // `touch docket.db`, then any command but an explicit create: refused,
    // and the file stays empty (issue 14: `db info` wrote a schema into it).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    Database db(DatabaseConfig::fromString(path));
    const auto e = catchError([&] { db.open(false); });
    db.closeConnection();
    QVERIFY2(e, "an empty file must not become a database without an explicit create");
    QCOMPARE(e->code(), DocketError::Code::NotFound);
    QCOMPARE(e->field(), QString::fromLatin1(kEmptyDatabaseField));
    QVERIFY2(e->message().contains(QDir::toNativeSeparators(path)), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("empty")), qPrintable(e->message()));
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

    // A SQLite file without tables is just as empty.
    const QString blank = dir.filePath(QStringLiteral("blank.db"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blank"));
        raw.setDatabaseName(blank);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 7")); // writes the header
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blank"));
    const QByteArray before = readAll(blank);
    QVERIFY(!before.isEmpty());
    Database other(DatabaseConfig::fromString(blank));
    const auto e2 = catchError([&] { other.open(false); });
    other.closeConnection();
    QVERIFY(e2);
    QCOMPARE(e2->field(), QString::fromLatin1(kEmptyDatabaseField));
    QCOMPARE(readAll(blank), before);
}

void TestMigrations::emptyFileBecomesADocketDatabaseOnlyOnCreate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    Database db(DatabaseConfig::fromString(path));
    bool created = false;
    DOCKET_NO_THROW(created = db.initialize());
    QVERIFY(created);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion(Backend::SQLite));
    db.closeConnection();
    // Once it is one, every command opens it; initialize() says it was there.
    Database again(DatabaseConfig::fromString(path));
    DOCKET_NO_THROW(again.open(false));
    DOCKET_NO_THROW(created = again.initialize());
    QVERIFY(!created);
    again.closeConnection();
}

void TestMigrations::readOnlyFileOpensReadOnly()
{
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop root (test_faults covers read-only "
              "mounts)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    {
        Database db(DatabaseConfig::fromString(path));
        db.open(true);
        db.closeConnection();
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Database db(DatabaseConfig::fromString(path));
    DOCKET_NO_THROW(db.open(false));
    QVERIFY(db.isReadOnly());
    QVERIFY2(db.readOnlyReason().contains(QLatin1String("read-only")),
             qPrintable(db.readOnlyReason()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion(Backend::SQLite));
    db.closeConnection();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestMigrations::missingFolderIsNamed()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("no/such/folder"));
    const QString path = folder + QStringLiteral("/docket.db");
    Database db(DatabaseConfig::fromString(path));
    const auto e = catchError([&] { db.open(true); });
    QVERIFY2(e, "a missing folder must be reported");
    QCOMPARE(e->code(), DocketError::Code::NotFound);
    QVERIFY2(e->message().contains(QDir::toNativeSeparators(folder)), qPrintable(e->message()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(folder).exists());
}

// A PostgreSQL connection that fails says why in words: a port nothing
// listens on, and, on the test server, a database or a user it does not have.
void TestMigrations::serverFailuresAreExplained()
{
    // A loopback port that was free a moment ago.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    Database closed(DatabaseConfig::fromString(
        QStringLiteral("postgresql://docket@127.0.0.1:%1/docket").arg(port)));
    auto e = catchError([&] { closed.open(false); });
    QVERIFY2(e, "a closed port must be reported");
    QCOMPARE(e->code(), DocketError::Code::Database);
    QVERIFY2(
        e->message().contains(QStringLiteral("nothing answers at 127.0.0.1, port %1").arg(port)),
        qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("The server said:")), qPrintable(e->message()));

    QFETCH(Backend, backend);
    if (backend != Backend::PostgreSQL)
        return;
    DatabaseConfig server = DatabaseConfig::fromString(qEnvironmentVariable("DOCKET_TEST_PG"));
    DatabaseConfig noDb = server;
    noDb.databaseName = QStringLiteral("no_such_docket_db");
    Database missing(noDb);
    e = catchError([&] { missing.open(false); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(
                 QLatin1String("the server has no database named \"no_such_docket_db\"")),
             qPrintable(e->message()));

    // The test cluster trusts only its superuser; anyone else needs a password.
    DatabaseConfig stranger = server;
    stranger.user = QStringLiteral("no_such_docket_user");
    stranger.password.clear();
    Database noPassword(stranger);
    e = catchError([&] { noPassword.open(false); });
    QVERIFY(e);
    QVERIFY2(
        e->message().contains(QLatin1String("the server asks for a password and none was given")),
        qPrintable(e->message()));
    stranger.password = QStringLiteral("not-the-password");
    Database wrongPassword(stranger);
    e = catchError([&] { wrongPassword.open(false); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("the user name or password is wrong")),
             qPrintable(e->message()));
}

void TestMigrations::openWithoutCreateOnMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    Database db(DatabaseConfig::fromString(path));
    const auto e = catchError([&] { db.open(false); });
    QVERIFY2(e, "open(false) must not create a database");
    QCOMPARE(e->code(), DocketError::Code::NotFound);
    QVERIFY2(e->message().contains(QDir::toNativeSeparators(path)), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("no database")), qPrintable(e->message()));
    QVERIFY(!QFile::exists(path));
}

void TestMigrations::folderInsteadOfFile()
{
    QTemporaryDir dir;
    Database db(DatabaseConfig::fromString(dir.path()));
    const auto e = catchError([&] { db.open(true); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY2(e->message().contains(QDir::toNativeSeparators(dir.path())), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("folder")), qPrintable(e->message()));
}

void TestMigrations::noPathGiven()
{
    Database db(DatabaseConfig::fromString(QString()));
    const auto e = catchError([&] { db.open(true); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY(!e->message().isEmpty());
}

void TestMigrations::triggersAreCreatedWhole()
{
    // The statement splitter must keep BEGIN ... END trigger bodies (with
    // their inner ';') together: every trigger exists with its whole body.
    DOCKET_TESTDB(tdb, Backend::SQLite);
    QSqlQuery q = sql::run(
        tdb.connection(),
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    QHash<QString, QString> triggers;
    while (q.next())
        triggers.insert(q.value(0).toString(), q.value(1).toString());
    for (const char* name : {"orders_fts_ai", "orders_fts_ad", "orders_fts_au", "products_fts_ai",
                             "products_fts_ad", "products_fts_au"}) {
        const QString n = QLatin1String(name);
        QVERIFY2(triggers.contains(n), name);
        QVERIFY2(triggers[n].trimmed().endsWith(QLatin1String("END"), Qt::CaseInsensitive),
                 qPrintable(triggers[n]));
    }
    // The update triggers hold two statements each.
    QCOMPARE(
        triggers[QStringLiteral("orders_fts_au")].count(QLatin1String("INSERT INTO order_fts")), 2);
    QCOMPARE(
        triggers[QStringLiteral("products_fts_au")].count(QLatin1String("INSERT INTO product_fts")),
        2);
}

void TestMigrations::ftsTriggersKeepSearchInStep()
{
    DOCKET_TESTDB(tdb, Backend::SQLite);
    const QSqlDatabase c = tdb.connection();
    auto matches = [&](const QString& word) {
        return queryValue(c,
                          QStringLiteral("SELECT COUNT(*) FROM order_fts WHERE order_fts MATCH ?"),
                          {word})
            .toInt();
    };
    OrderStore store = tdb.store();
    Order o;
    o.customerName = QStringLiteral("Quentin Zebrowski");
    o.email = QStringLiteral("qz@example.com");
    o.channel = QStringLiteral("web");
    o.lines << OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Thing"), 1, Money(500)};
    qint64 id = 0;
    DOCKET_NO_THROW(id = store.create(o));
    QCOMPARE(matches(QStringLiteral("zebrowski")), 1);

    Order edited = store.order(id);
    edited.customerName = QStringLiteral("Quentin Yablonski");
    DOCKET_NO_THROW(store.update(edited));
    QCOMPARE(matches(QStringLiteral("zebrowski")), 0); // the 'delete' half of the trigger ran
    QCOMPARE(matches(QStringLiteral("yablonski")), 1); // and the 'insert' half
}

QTEST_GUILESS_MAIN(TestMigrations)
// One number is one migration: two files of one backend with the same number
// would both run on a new database, and the second would fail to record its
// version (or, landed below the newest, never run on an existing one).
void TestMigrations::migrationNumbersAreUnique()
{
    for (const Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
        const QString dir = backend == Backend::SQLite ? QStringLiteral(":/sql/sqlite")
                                                       : QStringLiteral(":/sql/postgres");
        const QStringList files =
            QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() > 10, qPrintable(dir));
        QHash<int, QString> seen;
        int newest = 0;
        for (const QString& file : files) {
            bool ok = false;
            const int n = file.left(4).toInt(&ok);
            QVERIFY2(ok && file.at(4) == QLatin1Char('_'), qPrintable(file));
            QVERIFY2(!seen.contains(n), qPrintable(seen.value(n) + QStringLiteral(" and ") + file));
            seen.insert(n, file);
            newest = std::max(newest, n);
        }
        QCOMPARE(Database::latestSchemaVersion(backend), newest);
    }
}

#include "test_migrations.moc"
