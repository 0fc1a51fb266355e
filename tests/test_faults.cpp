// Faults at the edges (issue 14): read-only files and mounts, empty files, a
// full disk, a database another program holds locked, batches by order
// number, and failures told in words (never a statement or a driver's text
// on its own).
//
// The read-only and full-disk cases mount small tmpfs file systems (root, as
// in the build sandbox and CI containers); without that right they skip.

#include "db/database.h"
#include "db/sql.h"
#include "stores/orderstore.h"
#include "stores/userstore.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <unistd.h>

using namespace docket;
using namespace docket::test;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-9");

// A tmpfs of `size` mounted on a temporary folder, unmounted again at the end.
class Tmpfs
{
public:
    explicit Tmpfs(const QString& size)
    {
        if (::geteuid() != 0 || !m_dir.isValid())
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=") + size,
                                       QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~Tmpfs()
    {
        if (m_mounted && QProcess::execute(QStringLiteral("umount"), {m_dir.path()}) != 0)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    Tmpfs(const Tmpfs&) = delete;
    Tmpfs& operator=(const Tmpfs&) = delete;

    bool ok() const { return m_mounted; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    bool remount(const QString& options)
    {
        return QProcess::execute(
                   QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,") + options, m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

#define NEED_TMPFS(fs)                                                                             \
    do {                                                                                           \
        if (!(fs).ok())                                                                            \
            QSKIP("needs to mount a tmpfs (root with CAP_SYS_ADMIN)");                             \
    } while (false)

#define SQLITE_ONLY()                                                                              \
    do {                                                                                           \
        if (!backendEnabled(Backend::SQLite))                                                      \
            QSKIP("SQLite only (the PostgreSQL half of the suite)");                               \
    } while (false)

// What no message may show: a statement, or SQLite's or Qt's own words.
void checkInWords(const QString& message)
{
    for (const char* word : {"SELECT", "INSERT", "UPDATE ", "DELETE", "BEGIN", "COMMIT", "PRAGMA",
                             "SQL", "sqlite", "Unable to", "unable to", "readonly database",
                             "disk I/O error", "database is locked", "--"})
        QVERIFY2(!message.contains(QLatin1String(word)),
                 qPrintable(QStringLiteral("\"%1\" in: %2").arg(QLatin1String(word), message)));
}

// A Docket database at `path` with `orders` plain orders and an administrator.
void makeDatabase(const QString& path, int orders)
{
    Database db(DatabaseConfig::fromString(path));
    db.open(true);
    bulkInsertOrders(db.connection(), orders, TestDb::kNow);
    UserStore users(db.connection());
    users.createFirstAdministrator(QStringLiteral("boss"), {}, kPassword);
    db.closeConnection();
}

qint64 securityEventCount(const QString& path)
{
    Database db(DatabaseConfig::fromString(path));
    const qint64 n =
        sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM security_events"))
            .toLongLong();
    db.closeConnection();
    return n;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void failuresAreInWords_data();
    void failuresAreInWords();

    void readOnlyOnRequest();
    void readOnlyMountIsReadable();
    void readOnlyWalWithoutShm();
    void readOnlyOlderSchemaIsRefused();
    void createInAReadOnlyFolderIsRefused();

    void fullDiskOnCreateLeavesNothingBehind();
    void fullDiskOnAnEmptyFileLeavesItEmpty();
    void fullDiskDuringABatchChangesNothing();

    void heldLockWaitsThenGivesUp();
    void heldLockReleasedInTime();
    void heldLockDoesNotStopReadingOrSigningIn();

    void writesRefusedInWordsOnAReadOnlyDatabase_data();
    void writesRefusedInWordsOnAReadOnlyDatabase();
    void numbersResolveSetBased_data();
    void numbersResolveSetBased();
    void badKeywordsAreRefusedNotRun_data();
    void badKeywordsAreRefusedNotRun();
};

void TestFaults::initTestCase()
{
    DOCKET_SKIP_WITHOUT_BACKENDS();
}

void TestFaults::cleanup()
{
    sql::setLockWaitLimit(10000);
    sql::setLockWaitObserver({});
}

// Injected failures, one per kind: the message says what happened and what to
// do; the driver's words and the statement are only in detail().
void TestFaults::failuresAreInWords_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    using C = DocketError::Code;
    const QString insert = QStringLiteral("INSERT INTO orders(number) VALUES (?)");
    const QString select = QStringLiteral("SELECT COUNT(*) FROM orders");
    QTest::newRow("SQLite full") << QStringLiteral("QSQLITE") << QStringLiteral("13") << insert
                                 << int(C::Database) << QStringLiteral("disk-full")
                                 << QStringLiteral("is full");
    QTest::newRow("SQLite busy") << QStringLiteral("QSQLITE") << QStringLiteral("5")
                                 << QStringLiteral("COMMIT") << int(C::Conflict)
                                 << QStringLiteral("busy") << QStringLiteral("is busy");
    QTest::newRow("SQLite locked (shared cache)")
        << QStringLiteral("QSQLITE") << QStringLiteral("262") << insert << int(C::Conflict)
        << QStringLiteral("busy") << QStringLiteral("is busy");
    QTest::newRow("SQLite read-only")
        << QStringLiteral("QSQLITE") << QStringLiteral("8") << insert << int(C::Database)
        << QStringLiteral("read-only") << QStringLiteral("read-only");
    QTest::newRow("SQLite read-only folder")
        << QStringLiteral("QSQLITE") << QString::number(8 | (6 << 8)) << insert << int(C::Database)
        << QStringLiteral("read-only") << QStringLiteral("cannot write next to");
    QTest::newRow("SQLite damaged")
        << QStringLiteral("QSQLITE") << QStringLiteral("11") << select << int(C::Database)
        << QStringLiteral("") << QStringLiteral("damaged");
    QTest::newRow("SQLite not a database")
        << QStringLiteral("QSQLITE") << QStringLiteral("26") << select << int(C::Database)
        << QStringLiteral("") << QStringLiteral("damaged");
    QTest::newRow("SQLite I/O error")
        << QStringLiteral("QSQLITE") << QStringLiteral("10") << insert << int(C::Database)
        << QStringLiteral("") << QStringLiteral("could not read or write");
    QTest::newRow("SQLite constraint")
        << QStringLiteral("QSQLITE") << QStringLiteral("2067") << insert << int(C::Conflict)
        << QStringLiteral("") << QStringLiteral("clashes");
    QTest::newRow("SQLite expression tree")
        << QStringLiteral("QSQLITE") << QStringLiteral("1") << select << int(C::Database)
        << QStringLiteral("") << QStringLiteral("could not complete");
    QTest::newRow("PostgreSQL disk full")
        << QStringLiteral("QPSQL") << QStringLiteral("53100") << insert << int(C::Database)
        << QStringLiteral("disk-full") << QStringLiteral("is full");
    QTest::newRow("PostgreSQL deadlock")
        << QStringLiteral("QPSQL") << QStringLiteral("40P01") << insert << int(C::Conflict)
        << QStringLiteral("") << QStringLiteral("at the same moment");
    QTest::newRow("PostgreSQL standby")
        << QStringLiteral("QPSQL") << QStringLiteral("25006") << insert << int(C::Database)
        << QStringLiteral("read-only") << QStringLiteral("accepts no changes");
    QTest::newRow("PostgreSQL lock timeout")
        << QStringLiteral("QPSQL") << QStringLiteral("55P03") << insert << int(C::Conflict)
        << QStringLiteral("busy") << QStringLiteral("is busy");
    QTest::newRow("PostgreSQL other")
        << QStringLiteral("QPSQL") << QStringLiteral("XX000") << select << int(C::Database)
        << QStringLiteral("") << QStringLiteral("could not complete");
}

void TestFaults::failuresAreInWords()
{
    QFETCH(QString, driver);
    QFETCH(QString, code);
    QFETCH(QString, statement);
    QFETCH(int, expectedCode);
    QFETCH(QString, field);
    QFETCH(QString, says);
    if (driver == QLatin1String("QPSQL") && !QSqlDatabase::isDriverAvailable(driver))
        QSKIP("no QPSQL driver");
    const QString name =
        QStringLiteral("faults-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(QStringLiteral("/srv/docket/orders.db"));
        sql::setDisplayName(db, QStringLiteral("/srv/docket/orders.db"),
                            QStringLiteral("/srv/docket/orders.db"));
        const QString driverText = QStringLiteral("driver text nobody should see");
        const QSqlError error(driverText, driverText, QSqlError::StatementError, code);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SQL failed")));
        const DocketError e = sql::failure(db, error, statement);
        QCOMPARE(int(e.code()), expectedCode);
        QCOMPARE(e.field(), field);
        QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(driverText), qPrintable(e.message()));
        checkInWords(e.message());
        // Writes say nothing was changed; the technical side is kept.
        if (statement != QLatin1String("SELECT COUNT(*) FROM orders"))
            QVERIFY2(e.message().contains(QLatin1String("Nothing was changed")),
                     qPrintable(e.message()));
        QVERIFY2(e.detail().contains(driverText), qPrintable(e.detail()));
        QVERIFY2(e.detail().contains(statement), qPrintable(e.detail()));
        if (driver == QLatin1String("QSQLITE"))
            QVERIFY2(e.message().contains(QStringLiteral("/srv/docket/orders.db")),
                     qPrintable(e.message()));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestFaults::readOnlyOnRequest()
{
    SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.db"));
    makeDatabase(path, 50);
    const qint64 eventsBefore = securityEventCount(path);

    DatabaseConfig config = DatabaseConfig::fromString(path);
    config.readOnly = true;
    Database db(config);
    DOCKET_NO_THROW(db.open(false));
    QVERIFY(db.isReadOnly());
    QVERIFY2(db.readOnlyReason().contains(QLatin1String("on request")),
             qPrintable(db.readOnlyReason()));
    // Signing in writes nothing (and needs to write nothing).
    UserStore users(db.connection());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be recorded")));
    Session session;
    DOCKET_NO_THROW(session = users.authenticate(QStringLiteral("boss"), kPassword));
    QCOMPARE(session.userName(), QStringLiteral("boss"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be recorded")));
    const auto wrong =
        catchError([&] { users.authenticate(QStringLiteral("boss"), QStringLiteral("nope")); });
    QVERIFY(wrong);
    QCOMPARE(wrong->code(), DocketError::Code::Forbidden);
    QVERIFY2(wrong->message().contains(QLatin1String("wrong")), qPrintable(wrong->message()));

    OrderStore store(db.connection(), session);
    QCOMPARE(store.count(OrderFilter{}), 50);
    const QList<qint64> ids = store.idsMatching(OrderFilter{});
    const auto e = catchError([&] { store.invalidate(ids, QStringLiteral("test")); });
    QVERIFY(e);
    QCOMPARE(e->field(), QString::fromLatin1(sql::kReadOnlyField));
    QVERIFY2(e->message().contains(QLatin1String("read-only")), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("Nothing was changed")), qPrintable(e->message()));
    checkInWords(e->message());
    db.closeConnection();
    QCOMPARE(securityEventCount(path), eventsBefore);
}

void TestFaults::readOnlyMountIsReadable()
{
    SQLITE_ONLY();
    Tmpfs fs(QStringLiteral("64m"));
    NEED_TMPFS(fs);
    const QString path = fs.filePath(QStringLiteral("shared.db"));
    makeDatabase(path, 300);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm"))); // closed cleanly
    QVERIFY(fs.remount(QStringLiteral("ro")));

    Database db(DatabaseConfig::fromString(path));
    DOCKET_NO_THROW(db.open(false));
    QVERIFY(db.isReadOnly());
    QVERIFY2(db.readOnlyReason().contains(QLatin1String("read-only")),
             qPrintable(db.readOnlyReason()));
    UserStore users(db.connection());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be recorded")));
    Session session;
    DOCKET_NO_THROW(session = users.authenticate(QStringLiteral("boss"), kPassword));
    OrderStore store(db.connection(), session);
    QCOMPARE(store.count(OrderFilter{}), 300);
    QCOMPARE(store.page(OrderFilter{}, OrderSort{}, 10).size(), 10);
    const auto e = catchError([&] { store.markAllSeen(); });
    QVERIFY(e);
    QCOMPARE(e->field(), QString::fromLatin1(sql::kReadOnlyField));
    checkInWords(e->message());
    db.closeConnection();
}

void TestFaults::readOnlyWalWithoutShm()
{
    SQLITE_ONLY();
    Tmpfs fs(QStringLiteral("64m"));
    NEED_TMPFS(fs);
    const QString path = fs.filePath(QStringLiteral("live.db"));
    makeDatabase(path, 20);
    QVERIFY(QDir().mkpath(fs.filePath(QStringLiteral("withShm"))));
    QVERIFY(QDir().mkpath(fs.filePath(QStringLiteral("withoutShm"))));
    // Copies taken while a writer has changes in the -wal file only.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET customer_name = 'Only In The WAL'")));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY(QFile::copy(path + suffix,
                                fs.filePath(QStringLiteral("withShm/live.db")) + suffix));
        for (const QString& suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(QFile::copy(path + suffix,
                                fs.filePath(QStringLiteral("withoutShm/live.db")) + suffix));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    QVERIFY(fs.remount(QStringLiteral("ro")));

    // With its -shm the copy reads as the writer left it, WAL included.
    {
        Database db(DatabaseConfig::fromString(fs.filePath(QStringLiteral("withShm/live.db"))));
        DOCKET_NO_THROW(db.open(false));
        QVERIFY(db.isReadOnly());
        QCOMPARE(queryValue(db.connection(),
                            QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_name = "
                                           "'Only In The WAL'"))
                     .toInt(),
                 20);
        db.closeConnection();
    }
    // Without it, Docket cannot read the -wal content, and says so rather
    // than showing the file as it was before those changes.
    {
        const QString copy = fs.filePath(QStringLiteral("withoutShm/live.db"));
        Database db(DatabaseConfig::fromString(copy));
        const auto e = catchError([&] { db.open(false); });
        db.closeConnection();
        QVERIFY2(e, "a read-only WAL database with unmerged changes and no -shm must be refused");
        QCOMPARE(e->field(), QString::fromLatin1(sql::kReadOnlyField));
        QVERIFY2(e->message().contains(QDir::toNativeSeparators(copy + QStringLiteral("-wal"))),
                 qPrintable(e->message()));
        QVERIFY2(e->message().contains(QLatin1String("Copy both files")), qPrintable(e->message()));
        checkInWords(e->message());
    }
}

void TestFaults::readOnlyOlderSchemaIsRefused()
{
    SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        Database db(DatabaseConfig::fromString(path));
        db.connection();
        sql::run(db.connection(), QStringLiteral("PRAGMA journal_mode = WAL"));
        db.migrate(3);
        db.closeConnection();
    }
    DatabaseConfig config = DatabaseConfig::fromString(path);
    config.readOnly = true;
    Database db(config);
    const auto e = catchError([&] { db.open(false); });
    db.closeConnection();
    QVERIFY(e);
    QCOMPARE(e->field(), QString::fromLatin1(sql::kReadOnlyField));
    QVERIFY2(e->message().contains(QLatin1String("older version")), qPrintable(e->message()));
    checkInWords(e->message());
}

void TestFaults::createInAReadOnlyFolderIsRefused()
{
    SQLITE_ONLY();
    Tmpfs fs(QStringLiteral("1m"));
    NEED_TMPFS(fs);
    QVERIFY(fs.remount(QStringLiteral("ro")));
    const QString path = fs.filePath(QStringLiteral("new.db"));
    Database db(DatabaseConfig::fromString(path));
    const auto e = catchError([&] { db.initialize(); });
    QVERIFY(e);
    QCOMPARE(e->field(), QString::fromLatin1(sql::kReadOnlyField));
    QVERIFY2(e->message().contains(QLatin1String("Docket cannot write next to")),
             qPrintable(e->message()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestFaults::fullDiskOnCreateLeavesNothingBehind()
{
    SQLITE_ONLY();
    Tmpfs fs(QStringLiteral("96k")); // less than the schema needs
    NEED_TMPFS(fs);
    const QString path = fs.filePath(QStringLiteral("docket.db"));
    Database db(DatabaseConfig::fromString(path));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SQL failed")));
    const auto e = catchError([&] { db.initialize(); });
    QVERIFY2(e, "creating a database on a full disk must fail");
    QCOMPARE(e->field(), QString::fromLatin1(sql::kDiskFullField));
    QVERIFY2(e->message().contains(
                 QStringLiteral("The disk holding %1 is full").arg(QDir::toNativeSeparators(path))),
             qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("Nothing was changed")), qPrintable(e->message()));
    checkInWords(e->message());
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QVERIFY2(!QFileInfo::exists(path + suffix), qPrintable(path + suffix));
}

void TestFaults::fullDiskOnAnEmptyFileLeavesItEmpty()
{
    SQLITE_ONLY();
    Tmpfs fs(QStringLiteral("96k"));
    NEED_TMPFS(fs);
    const QString path = fs.filePath(QStringLiteral("docket.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    Database db(DatabaseConfig::fromString(path));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SQL failed")));
    const auto e = catchError([&] { db.initialize(); });
    QVERIFY(e);
    QCOMPARE(e->field(), QString::fromLatin1(sql::kDiskFullField));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestFaults::fullDiskDuringABatchChangesNothing()
{
    SQLITE_ONLY();
    Tmpfs fs(QStringLiteral("6m"));
    NEED_TMPFS(fs);
    const QString path = fs.filePath(QStringLiteral("docket.db"));
    makeDatabase(path, 3000);
    Database db(DatabaseConfig::fromString(path));
    DOCKET_NO_THROW(db.open(false));
    OrderStore store(db.connection(), adminSession());
    const QList<qint64> ids = store.idsMatching(OrderFilter{});
    QCOMPARE(ids.size(), 3000);
    const QString before = contentFingerprint(db.connection());
    // Fill the disk to the last block.
    {
        QFile filler(fs.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        const QByteArray byte(1, 'x');
        while (filler.write(byte) == 1 && filler.flush()) {
        }
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SQL failed")));
    const auto e = catchError([&] { store.invalidate(ids, QStringLiteral("disk test")); });
    QVERIFY2(e, "a batch on a full disk must fail");
    QCOMPARE(e->field(), QString::fromLatin1(sql::kDiskFullField));
    QVERIFY2(e->message().contains(QLatin1String("is full")), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("Nothing was changed")), qPrintable(e->message()));
    checkInWords(e->message());
    QCOMPARE(contentFingerprint(db.connection()), before);
    // With room again, the same batch goes through.
    QVERIFY(QFile::remove(fs.filePath(QStringLiteral("filler"))));
    int changed = 0;
    DOCKET_NO_THROW(changed = store.invalidate(ids, QStringLiteral("disk test")));
    QCOMPARE(changed, 3000);
    db.closeConnection();
}

// Another program holds the write lock (BEGIN IMMEDIATE on a connection of
// its own): a write waits, telling the observer, then gives up in words.
void TestFaults::heldLockWaitsThenGivesUp()
{
    SQLITE_ONLY();
    DOCKET_TESTDB(tdb, Backend::SQLite);
    const QList<qint64> ids = bulkInsertOrders(tdb.connection(), 10, TestDb::kNow);
    auto other = tdb.openAnother();
    QSqlDatabase holder = other->connection(QStringLiteral("holder"));
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));

    QList<sql::LockWait> seen;
    sql::setLockWaitObserver([&seen](const sql::LockWait& w) { seen << w; });
    sql::setLockWaitLimit(600);
    OrderStore store = tdb.store();
    const QString before = contentFingerprint(tdb.connection());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gave up")));
    const auto e = catchError([&] { store.invalidate(ids, QStringLiteral("busy")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QCOMPARE(e->field(), QString::fromLatin1(sql::kBusyField));
    QVERIFY2(e->message().contains(QLatin1String("stayed locked")), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QDir::toNativeSeparators(tdb.path())), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("Nothing was changed")), qPrintable(e->message()));
    checkInWords(e->message());
    QVERIFY(e->detail().contains(QLatin1String("BEGIN IMMEDIATE")));
    QVERIFY2(seen.size() >= 2, "the observer hears the wait begin and end");
    QVERIFY(!seen.first().over);
    QCOMPARE(seen.first().database, QDir::toNativeSeparators(tdb.path()));
    QVERIFY(seen.last().over);
    QCOMPARE(sql::lockWaitMessage(seen.first().database),
             QStringLiteral("Waiting for another Docket to finish writing to %1…")
                 .arg(QDir::toNativeSeparators(tdb.path())));
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
}

void TestFaults::heldLockReleasedInTime()
{
    SQLITE_ONLY();
    DOCKET_TESTDB(tdb, Backend::SQLite);
    const QList<qint64> ids = bulkInsertOrders(tdb.connection(), 10, TestDb::kNow);
    // The holder lives on a thread of its own (a connection belongs to the
    // thread that opened it) and lets go once the write has started waiting.
    QSemaphore locked, release;
    QThread* holder = QThread::create([&] {
        Database other(tdb.config());
        {
            QSqlDatabase c = other.connection();
            QSqlQuery q(c);
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            locked.release();
            release.acquire();
            q.exec(QStringLiteral("COMMIT"));
        }
        other.closeConnection();
    });
    holder->start();
    locked.acquire();
    QList<sql::LockWait> seen;
    sql::setLockWaitObserver([&](const sql::LockWait& w) {
        if (seen.isEmpty())
            release.release();
        seen << w;
    });
    OrderStore store = tdb.store();
    int changed = 0;
    DOCKET_NO_THROW(changed = store.invalidate(ids, QStringLiteral("after the wait")));
    QCOMPARE(changed, 10);
    QVERIFY(!seen.isEmpty());
    QVERIFY(!seen.first().over);
    QVERIFY(seen.last().over);
    holder->wait();
    delete holder;
}

void TestFaults::heldLockDoesNotStopReadingOrSigningIn()
{
    SQLITE_ONLY();
    DOCKET_TESTDB(tdb, Backend::SQLite);
    bulkInsertOrders(tdb.connection(), 25, TestDb::kNow);
    UserStore users(tdb.connection());
    users.createFirstAdministrator(QStringLiteral("boss"), {}, kPassword);
    const qint64 events =
        queryValue(tdb.connection(), QStringLiteral("SELECT COUNT(*) FROM security_events"))
            .toLongLong();
    auto other = tdb.openAnother();
    QSqlDatabase holder = other->connection(QStringLiteral("holder"));
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("UPDATE orders SET total_cents = 1")));

    // Reads proceed under WAL (and see the committed state).
    OrderStore store = tdb.store();
    QCOMPARE(store.count(OrderFilter{}), 25);
    // Signing in does not wait for the lock: it goes on unrecorded.
    int notices = 0;
    sql::setLockWaitObserver([&](const sql::LockWait&) { ++notices; });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gave up")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be recorded")));
    Session session;
    DOCKET_NO_THROW(session = users.authenticate(QStringLiteral("boss"), kPassword));
    QCOMPARE(session.userName(), QStringLiteral("boss"));
    QCOMPARE(notices, 0); // a sign-in does not announce a wait
    QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(queryValue(tdb.connection(), QStringLiteral("SELECT COUNT(*) FROM security_events"))
                 .toLongLong(),
             events);
    // Once the lock is gone, sign-ins are recorded again.
    DOCKET_NO_THROW(users.authenticate(QStringLiteral("boss"), kPassword));
    QCOMPARE(queryValue(tdb.connection(), QStringLiteral("SELECT COUNT(*) FROM security_events"))
                 .toLongLong(),
             events + 1);
}

void TestFaults::writesRefusedInWordsOnAReadOnlyDatabase_data()
{
    addBackendRows();
}

// SQLite: a file opened read-only. PostgreSQL: a server that accepts no
// changes (a standby, or default_transaction_read_only).
void TestFaults::writesRefusedInWordsOnAReadOnlyDatabase()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const QList<qint64> ids = bulkInsertOrders(tdb.connection(), 5, TestDb::kNow);
    std::shared_ptr<Database> db;
    if (backend == Backend::SQLite) {
        DatabaseConfig config = tdb.config();
        config.readOnly = true;
        db = std::make_shared<Database>(config);
        DOCKET_NO_THROW(db->open(false));
    } else {
        db = tdb.openAnother();
        sql::run(db->connection(),
                 QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    }
    OrderStore store(db->connection(), adminSession());
    QCOMPARE(store.count(OrderFilter{}), 5);
    if (backend == Backend::PostgreSQL)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SQL failed")));
    const auto e = catchError([&] { store.invalidate(ids, QStringLiteral("read-only")); });
    QVERIFY(e);
    QCOMPARE(e->field(), QString::fromLatin1(sql::kReadOnlyField));
    QVERIFY2(e->message().contains(QLatin1String("Nothing was changed")), qPrintable(e->message()));
    checkInWords(e->message());
    db->closeConnection();
}

void TestFaults::numbersResolveSetBased_data()
{
    addBackendRows();
}

void TestFaults::numbersResolveSetBased()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const QList<qint64> ids = bulkInsertOrders(tdb.connection(), 20000, TestDb::kNow);
    OrderStore store = tdb.store();
    QStringList numbers;
    for (int i = 20000; i >= 1; --i)
        numbers << QStringLiteral("BULK%1").arg(i);
    numbers << QStringLiteral("bulk7") << QStringLiteral(" BULK8 "); // case, spaces, repeats
    QList<qint64> found;
    DOCKET_NO_THROW(found = store.idsForNumbers(numbers));
    QCOMPARE(found, ids); // each once, ascending

    // Missing numbers are named (the first few) and counted; nothing else.
    const auto e = catchError([&] {
        store.idsForNumbers(
            {QStringLiteral("BULK1"), QStringLiteral("NOPE1"), QStringLiteral("NOPE2")});
    });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::NotFound);
    QVERIFY2(e->message().contains(QLatin1String("NOPE1, NOPE2")), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("2 of the 3")), qPrintable(e->message()));
    const auto one = catchError([&] { store.idsForNumbers({QStringLiteral("NOPE9")}); });
    QVERIFY(one);
    QVERIFY2(one->message().contains(QLatin1String("\"NOPE9\"")), qPrintable(one->message()));
    // Text that is no order number at all is just not found (the parsers
    // refuse it before; the store never builds SQL from it).
    const auto odd = catchError([&] {
        store.idsForNumbers({QStringLiteral("BULK1\",\"BULK2"), QStringLiteral("{BULK3}")});
    });
    QVERIFY(odd);
    QCOMPARE(odd->code(), DocketError::Code::NotFound);

    // Out of scope is not there.
    const Session clerk = sessionWith(QStringLiteral("clerk"), {Permission::ViewOrders},
                                      Scope::ofChannels({QStringLiteral("retail")}));
    OrderStore theirs = tdb.store(clerk);
    const auto hidden = catchError([&] { theirs.idsForNumbers({QStringLiteral("BULK1")}); });
    QVERIFY(hidden);
    QCOMPARE(hidden->code(), DocketError::Code::NotFound);

    // A filter within named orders.
    OrderFilter pending;
    pending.statuses = {QStringLiteral("pending")};
    QCOMPARE(store.idsMatching(pending, found.mid(0, 100)).size(), 100);
    pending.statuses = {QStringLiteral("paid")};
    QCOMPARE(store.idsMatching(pending, found.mid(0, 100)).size(), 0);
    QCOMPARE(store.idsMatching(OrderFilter{}).size(), 20000);
}

void TestFaults::badKeywordsAreRefusedNotRun_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("keyword");
    const QStringList keywords{QStringLiteral("?1"), QStringLiteral("$1"), QStringLiteral("-1"),
                               QStringLiteral("1")};
    QStringList thousand;
    for (int i = 0; i < 1000; ++i)
        thousand << QStringLiteral("w%1").arg(i);
    QStringList manyShort;
    for (int i = 0; i < 60; ++i)
        manyShort << QStringLiteral("ab");
    for (Backend b : testBackends()) {
        for (const QString& k : keywords)
            QTest::addRow("%s %s", qPrintable(backendName(b)), qPrintable(k)) << b << k;
        QTest::addRow("%s 1000 words", qPrintable(backendName(b))) << b << thousand.join(u' ');
        QTest::addRow("%s 60 words", qPrintable(backendName(b))) << b << manyShort.join(u' ');
    }
}

// Issue 14: "?1" matched every order; 1,000 words failed inside SQLite with
// "Expression tree is too large" and printed the SQL. Now each is refused
// before any SQL runs, as Invalid with a message about the keyword.
void TestFaults::badKeywordsAreRefusedNotRun()
{
    QFETCH(Backend, backend);
    QFETCH(QString, keyword);
    DOCKET_TESTDB(tdb, backend);
    bulkInsertOrders(tdb.connection(), 30, TestDb::kNow);
    OrderStore store = tdb.store();
    OrderFilter f;
    f.keyword = keyword;
    for (const auto& call : {std::function<void()>([&] { store.count(f); }),
                             std::function<void()>([&] { store.page(f, OrderSort{}, 10); }),
                             std::function<void()>([&] { store.idsMatching(f); })}) {
        const auto e = catchError(call);
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Invalid);
        QCOMPARE(e->field(), QStringLiteral("keyword"));
        checkInWords(e->message());
    }
}

QTEST_GUILESS_MAIN(TestFaults)
#include "test_faults.moc"
