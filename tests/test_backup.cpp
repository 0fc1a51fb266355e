// BackupService: a backup taken while another connection keeps writing is a
// consistent snapshot; restore checks the candidate before touching anything,
// keeps the previous database, and replaces it in one step even while a
// writer is active; scheduled backups rotate; permissions and cancel.

#include "backup/backupservice.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace docket;
using namespace docket::test;

namespace {

Order writerOrder(int n)
{
    Order o;
    o.customerName = QStringLiteral("Writer %1").arg(n, 6, 10, QLatin1Char('0'));
    o.channel = QStringLiteral("web");
    o.lines = {
        OrderLine{0, 0, QStringLiteral("W-%1").arg(n), QStringLiteral("Widget"), 2, Money(150)},
        OrderLine{0, 0, QStringLiteral("W-%1b").arg(n), QStringLiteral("Gadget"), 1, Money(99)}};
    o.total = Money(399);
    return o;
}

// Creates orders on a connection of its own until stopped; `committed` is the
// number of the last order whose transaction committed.
class Writer
{
public:
    explicit Writer(std::shared_ptr<Database> db) : m_db(std::move(db))
    {
        m_thread.reset(QThread::create([this] {
            const QString purpose = QStringLiteral("writer");
            {
                OrderStore store(m_db->connection(purpose), adminSession(QStringLiteral("w")));
                int n = 0;
                while (!m_stop) {
                    try {
                        store.create(writerOrder(++n));
                        committed = n;
                    } catch (const DocketError& e) {
                        errors << e.message(); // read after the thread ended
                        break;
                    }
                    QThread::msleep(2);
                }
            }
            m_db->closeConnection(purpose);
        }));
        m_thread->start();
    }
    ~Writer() { stop(); }
    void stop()
    {
        m_stop = true;
        m_thread->wait();
    }
    void waitFor(int n) { QTRY_VERIFY_WITH_TIMEOUT(committed.load() >= n, 20000); }

    std::atomic_int committed{0};
    QStringList errors;

private:
    std::shared_ptr<Database> m_db;
    std::atomic_bool m_stop{false};
    std::unique_ptr<QThread> m_thread;
};

// A plain connection to a file, for checking it from outside.
class FileDb
{
public:
    explicit FileDb(const QString& path) : m_name(QStringLiteral("check-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~FileDb() { QSqlDatabase::removeDatabase(m_name); }
    QVariant value(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    // The highest writer number in the file.
    int maxWriter() const
    {
        return value(QStringLiteral("SELECT COALESCE(MAX(CAST(substr(customer_name, 8) AS "
                                    "INTEGER)), 0) FROM orders WHERE customer_name LIKE "
                                    "'Writer %'"))
            .toInt();
    }
    // Orders whose lines, events or totals are not all there: 0 in any
    // consistent snapshot.
    qint64 torn() const
    {
        return value(QStringLiteral(
                         "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM "
                         "order_events e WHERE e.order_id = o.id) OR o.total_cents <> "
                         "(SELECT COALESCE(SUM(quantity * unit_price_cents), 0) FROM order_lines "
                         "l WHERE l.order_id = o.id)"))
            .toLongLong();
    }

private:
    QString m_name;
};

void corruptPage(const QString& path, int page)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(qint64(page) * 4096 + 100);
    f.write(QByteArray(2000, '\x5a'));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileWritingIsConsistent();
    void restoreRoundTripWhileWriting();
    void restoreRejectsBadCandidates_data();
    void restoreRejectsBadCandidates();
    void restoreIntoMissingDatabase();
    void permissionsAreChecked();
    void cancelledBackupLeavesNothing();
    void cancelledRestoreChangesNothing();
    void scheduledBackupsRotate();
    void jobReportsProgress();
    void commandLineBackupAndRestore();

private:
    QTemporaryDir m_dir;
};

void TestBackup::backupWhileWritingIsConsistent()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 4000; // several MB: many backup steps
    seed.now = TestDb::kNow;
    DOCKET_SEED_OR_SKIP(store, seed);

    Writer writer(tdb.openAnother());
    writer.waitFor(5);
    const BackupService service(tdb.database(), adminSession());
    const QString target = m_dir.filePath(QStringLiteral("live.db"));
    int atFirstStep = -1;
    int atLastStep = -1;
    int steps = 0;
    service.backup(target, [&](qint64 done, qint64 total) {
        ++steps;
        if (atFirstStep < 0)
            atFirstStep = writer.committed;
        atLastStep = writer.committed;
        if (done < total)
            QThread::msleep(15); // let the writer commit between steps
        return true;
    });
    writer.stop();
    QVERIFY2(writer.errors.isEmpty(), qPrintable(writer.errors.join(QLatin1Char('\n'))));
    QVERIFY(steps > 3);
    // Writes really happened while the copy was being made...
    QVERIFY2(atLastStep > atFirstStep, "the writer committed nothing during the backup");

    // ...and the copy is still one consistent snapshot, as a single file.
    const BackupInfo info = BackupService::inspect(target);
    QCOMPARE(info.schemaVersion, Database::latestSchemaVersion(Backend::SQLite));
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    // The copy holds everything: nobody but its owner may read it.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(target) & others, QFileDevice::Permissions());
    FileDb copy(target);
    QCOMPARE(copy.value(QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));
    QCOMPARE(copy.torn(), 0);
    const int inCopy = copy.maxWriter();
    // The snapshot was taken when the copy started: before the first step.
    QVERIFY(inCopy >= 5);
    QVERIFY(inCopy <= atFirstStep);
    QCOMPARE(info.orders, qint64(4000 + inCopy));
    // Every writer order up to the snapshot is there: no gaps.
    QCOMPARE(copy.value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_name LIKE "
                                       "'Writer %'"))
                 .toInt(),
             inCopy);
    // No temporary file left beside the backup.
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral(".live.db*")}, QDir::Files | QDir::Hidden),
        QStringList());
}

void TestBackup::restoreRoundTripWhileWriting()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 1500;
    seed.now = TestDb::kNow;
    DOCKET_SEED_OR_SKIP(store, seed);
    const BackupService service(tdb.database(), adminSession());
    const QString backup = m_dir.filePath(QStringLiteral("roundtrip.db"));

    Writer writer(tdb.openAnother());
    writer.waitFor(10);
    service.backup(backup);
    const int inBackup = FileDb(backup).maxWriter();
    QVERIFY(inBackup >= 10);
    const QString backupPrint = [&] {
        FileDb b(backup);
        return b
            .value(QStringLiteral("SELECT group_concat(number || status || total_cents, ',') "
                                  "FROM (SELECT * FROM orders WHERE id <= 1500 ORDER BY id)"))
            .toString();
    }();

    // Changes after the backup: more orders from the writer, and an edit here.
    writer.waitFor(inBackup + 20);
    store.invalidate(store.idsInRange({}, {}, 0, 5), QStringLiteral("after the backup"));
    const int beforeRestore = writer.committed;

    const QString previous = service.restore(backup);
    const int afterRestore = writer.committed;
    writer.waitFor(afterRestore + 5); // the writer carries on on the restored database
    writer.stop();
    QVERIFY2(writer.errors.isEmpty(), qPrintable(writer.errors.join(QLatin1Char('\n'))));

    // The previous database is kept, and holds the changes made after the backup.
    QCOMPARE(previous, BackupService::previousCopyPath(tdb.path()));
    FileDb kept(previous);
    QVERIFY(kept.maxWriter() >= beforeRestore);
    QCOMPARE(kept.value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE invalid_reason = "
                                       "'after the backup'"))
                 .toInt(),
             5);

    // The live database is the backup again (plus what the writer added since):
    // orders written between the backup and the restore are gone, the edit too.
    const QSqlDatabase live = tdb.connection();
    QCOMPARE(queryValue(live, QStringLiteral("SELECT COUNT(*) FROM orders WHERE invalid_reason = "
                                             "'after the backup'"))
                 .toInt(),
             0);
    QCOMPARE(queryValue(live, QStringLiteral("SELECT group_concat(number || status || "
                                             "total_cents, ',') FROM (SELECT * FROM orders WHERE "
                                             "id <= 1500 ORDER BY id)"))
                 .toString(),
             backupPrint);
    const QVariantList lostRange{
        QStringLiteral("Writer %1").arg(inBackup + 1, 6, 10, QLatin1Char('0')),
        QStringLiteral("Writer %1").arg(beforeRestore, 6, 10, QLatin1Char('0'))};
    QCOMPARE(queryValue(live,
                        QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_name BETWEEN ? "
                                       "AND ?"),
                        lostRange)
                 .toInt(),
             0);
    QCOMPARE(queryValue(live, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(queryValue(live, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    // The store keeps working on the restored data.
    QVERIFY(store.count({}) > 1000);
}

void TestBackup::restoreRejectsBadCandidates_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("There is no file");
    QTest::newRow("not sqlite") << QStringLiteral("text") << QStringLiteral("not a SQLite");
    QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
    QTest::newRow("foreign tables")
        << QStringLiteral("foreign") << QStringLiteral("no Docket tables");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
}

void TestBackup::restoreRejectsBadCandidates()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 300;
    seed.now = TestDb::kNow;
    DOCKET_SEED_OR_SKIP(store, seed);
    const BackupService service(tdb.database(), adminSession());

    const QString candidate = m_dir.filePath(QStringLiteral("bad-%1.db").arg(kind));
    QFile::remove(candidate);
    if (kind == QLatin1String("text")) {
        QFile f(candidate);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("number,customer\nDK1,Alice\n");
    } else if (kind == QLatin1String("damaged")) {
        service.backup(candidate);
        corruptPage(candidate, 3);
    } else if (kind == QLatin1String("foreign")) {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(candidate);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, t)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (kind == QLatin1String("newer")) {
        service.backup(candidate);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(candidate);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO schema_version(version, name, "
                                                      "applied_at) VALUES (999, 'future', 0)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }

    const QString before = contentFingerprint(tdb.connection());
    const QString bak = BackupService::previousCopyPath(tdb.path());
    QFile::remove(bak);
    const auto e = catchError([&] { service.restore(candidate); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY2(e->message().contains(messagePart), qPrintable(e->message()));
    // Nothing was touched: no .bak, same content.
    QVERIFY(!QFile::exists(bak));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
}

void TestBackup::restoreIntoMissingDatabase()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    store.create(writerOrder(1));
    const QString backup = m_dir.filePath(QStringLiteral("fresh-source.db"));
    BackupService(tdb.database(), adminSession()).backup(backup);

    const QString target = m_dir.filePath(QStringLiteral("fresh-target.db"));
    QFile::remove(target);
    DatabaseConfig config;
    config.path = target;
    auto fresh = std::make_shared<Database>(config);
    const QString previous = BackupService(fresh, adminSession()).restore(backup);
    QVERIFY(previous.isEmpty());
    fresh->open(false);
    QCOMPARE(OrderStore(fresh->connection(), adminSession()).count({}), qint64(1));
    fresh->closeConnection();
}

void TestBackup::permissionsAreChecked()
{
    TestDb tdb;
    const Session clerk =
        sessionWith(QStringLiteral("clerk"), {Permission::ViewOrders, Permission::Export});
    const BackupService service(tdb.database(), clerk);
    const QString target = m_dir.filePath(QStringLiteral("nope.db"));
    auto e = catchError([&] { service.backup(target); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Forbidden);
    QVERIFY(!QFile::exists(target));
    e = catchError([&] { service.restore(target); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Forbidden);
}

void TestBackup::cancelledBackupLeavesNothing()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 2000;
    seed.now = TestDb::kNow;
    DOCKET_SEED_OR_SKIP(store, seed);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("cancelled.db"));
    const auto e = catchError([&] {
        BackupService(tdb.database(), adminSession()).backup(target, [](qint64 done, qint64 total) {
            return done < total / 2;
        });
    });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Cancelled);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestBackup::cancelledRestoreChangesNothing()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 2000;
    seed.now = TestDb::kNow;
    DOCKET_SEED_OR_SKIP(store, seed);
    const BackupService service(tdb.database(), adminSession());
    const QString backup = m_dir.filePath(QStringLiteral("cancel-restore.db"));
    service.backup(backup);
    store.invalidate(store.idsInRange({}, {}, 0, 3), QStringLiteral("keep me"));
    const QString before = contentFingerprint(tdb.connection());
    // Cancel in the second phase, while the backup's pages are being copied in.
    const auto e = catchError([&] {
        service.restore(backup, [](qint64 done, qint64 total) {
            return !(total == 2000 && done > 1500); // phase 2 of 2, three quarters in
        });
    });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Cancelled);
    QCOMPARE(contentFingerprint(tdb.connection()), before);
}

void TestBackup::scheduledBackupsRotate()
{
    TestDb tdb;
    tdb.store().create(writerOrder(1));
    const BackupService service(tdb.database(), adminSession());
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("daily")); // created on demand
    const QDateTime day1(QDate(2024, 6, 10), QTime(9, 0));
    QVERIFY(BackupService::isDailyBackupDue(folder, day1));
    QStringList written;
    for (int d = 0; d < 5; ++d)
        written << service.backupToFolder(folder, 3, day1.addDays(d));
    QCOMPARE(QFileInfo(written.last()).fileName(), QStringLiteral("docket-20240614-090000.db"));
    // Newest first, only the three newest kept.
    QCOMPARE(BackupService::scheduledBackups(folder),
             (QStringList{written[4], written[3], written[2]}));
    QVERIFY(!BackupService::isDailyBackupDue(folder, day1.addDays(4).addSecs(3600)));
    QVERIFY(BackupService::isDailyBackupDue(folder, day1.addDays(5)));
    // Other files in the folder are never rotated away.
    QFile other(QDir(folder).filePath(QStringLiteral("docket-mine.db")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QCOMPARE(BackupService::rotate(folder, 1), (QStringList{written[3], written[2]}));
    QVERIFY(other.exists());
    BackupService::inspect(written[4]); // a real, checked backup
}

void TestBackup::jobReportsProgress()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 1500;
    seed.now = TestDb::kNow;
    DOCKET_SEED_OR_SKIP(store, seed);
    const QString target = m_dir.filePath(QStringLiteral("job.db"));
    BackupJob job(tdb.database(), adminSession(),
                  [target](const BackupService& s, const ProgressFn& progress) {
                      s.backup(target, progress);
                      return target;
                  });
    QSignalSpy done(&job, &BackupJob::succeeded);
    QSignalSpy progress(&job, &BackupJob::progress);
    job.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().at(0).toString(), target);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().at(0), progress.last().at(1));
    QCOMPARE(BackupService::inspect(target).orders, qint64(1500));
}

void TestBackup::commandLineBackupAndRestore()
{
#ifndef DOCKETCTL_PATH
    QSKIP("built without docketctl");
#else
    TestDb tdb;
    OrderStore store = tdb.store();
    store.create(writerOrder(1));
    store.create(writerOrder(2));
    // docketctl is another process; this one keeps its connection open.
    auto ctl = [&](const QStringList& args, QString* output = nullptr) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(DOCKETCTL_PATH),
                QStringList{QStringLiteral("--database"), tdb.path()} + args);
        if (!p.waitForFinished(60000))
            return -1;
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    };
    const QString backup = m_dir.filePath(QStringLiteral("cli.db"));
    QString text;
    QCOMPARE(ctl({QStringLiteral("backup"), backup}, &text), 0);
    QVERIFY2(text.contains(QStringLiteral("2 orders")), qPrintable(text));
    QCOMPARE(BackupService::inspect(backup).orders, qint64(2));

    tdb.store().create(writerOrder(3));
    QCOMPARE(ctl({QStringLiteral("restore"), backup}, &text), 0);
    QVERIFY2(text.contains(QStringLiteral(".bak")), qPrintable(text));
    QCOMPARE(tdb.store().count({}), qint64(2));
    QCOMPARE(BackupService::inspect(BackupService::previousCopyPath(tdb.path())).orders, qint64(3));

    // A file that is not a backup: refused with exit code 2, nothing changed.
    const QString bogus = m_dir.filePath(QStringLiteral("cli-bogus.db"));
    {
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    QCOMPARE(ctl({QStringLiteral("restore"), bogus}, &text), 2);
    QVERIFY2(text.contains(QStringLiteral("not a SQLite")), qPrintable(text));
    QCOMPARE(tdb.store().count({}), qint64(2));
    QCOMPARE(ctl({QStringLiteral("backup")}, &text), 2); // no PATH
#endif
}

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
