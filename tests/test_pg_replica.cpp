// Read replicas (issue 18 item 2), run by tests/pg_failover_test.sh: a
// primary and a streaming hot standby on loopback. Lists and counts read from
// the standby while it is fit (healthy, within the lag limit, has replayed
// what this process changed); an order just saved is never read back old;
// a standby that falls behind, or goes away, sends the reads to the primary
// without a failed list.

#include "ctlprocess.h"
#include "db/database.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "items/changewatcher.h"
#include "items/orderloader.h"
#include "stores/orderstore.h"
#include "testdb.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace docket;

namespace {

Order draft(const QString& name)
{
    Order o;
    o.customerName = name;
    o.email = QStringLiteral("replica@example.com");
    o.shipTo = {QStringLiteral("2 Replica Row"), QStringLiteral("York"), QStringLiteral("YO1 7HH"),
                QStringLiteral("England"), QStringLiteral("GB")};
    o.channel = QStringLiteral("web");
    o.lines = {OrderLine{0, 0, QStringLiteral("SKU-R"), QStringLiteral("Mirror"), 1, Money(2500)}};
    return o;
}

bool inRecovery(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT pg_is_in_recovery()")).toBool();
}

qint64 countNamed(const QSqlDatabase& db, const QString& name)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_name = ?"),
                       {name})
        .toLongLong();
}

} // namespace

class TestPgReplica : public QObject
{
    Q_OBJECT

    QString m_url;
    std::shared_ptr<Database> m_db;
    QSqlDatabase m_standbyAdmin; // the standby as superuser: pause and resume replay
    QList<sql::ReadRoute> m_routes;

    void replay(bool on)
    {
        sql::run(m_standbyAdmin, on ? QStringLiteral("SELECT pg_wal_replay_resume()")
                                    : QStringLiteral("SELECT pg_wal_replay_pause()"));
    }

private slots:
    void configReadsReplicaOptions()
    {
        const DatabaseConfig c = DatabaseConfig::fromString(
            QStringLiteral("postgresql://ann@db1:5433,db2/"
                           "shop?sslmode=require&read_from=standby&max_standby_lag=9"));
        QVERIFY(c.readFromStandby);
        QCOMPARE(c.maxStandbyLag, 9);
        QCOMPARE(c.sslMode, QStringLiteral("require"));
        const DatabaseConfig back = DatabaseConfig::fromString(c.toString());
        QVERIFY(back.readFromStandby);
        QCOMPARE(back.maxStandbyLag, 9);
        QCOMPARE(back.otherServers, c.otherServers);
        // The default limit is not written; a URL without the option does not read standbys.
        const DatabaseConfig plain =
            DatabaseConfig::fromString(QStringLiteral("postgresql://ann@db1,db2/shop"));
        QVERIFY(!plain.readFromStandby);
        QCOMPARE(plain.maxStandbyLag, DatabaseConfig::kDefaultMaxStandbyLag);
        DatabaseConfig on = plain;
        on.readFromStandby = true;
        QCOMPARE(on.toString(),
                 QStringLiteral("postgresql://ann@db1:5432,db2:5432/shop?read_from=standby"));
        // Nothing to read from without a standby: the option is dropped.
        DatabaseConfig single =
            DatabaseConfig::fromString(QStringLiteral("postgresql://ann@db1/shop"));
        single.readFromStandby = true;
        QVERIFY(!single.toString().contains(QLatin1String("read_from")));
        QCOMPARE(sql::parseLsn(QStringLiteral("16/B374D848")), (quint64(0x16) << 32) | 0xB374D848);
        QCOMPARE(sql::parseLsn(QString()), quint64(0));
        QCOMPARE(sql::parseLsn(QStringLiteral("nonsense")), quint64(0));
    }

    void initTestCase()
    {
        m_url = qEnvironmentVariable("DOCKET_FAILOVER_URL");
        if (m_url.isEmpty())
            return;
        m_db = std::make_shared<Database>(DatabaseConfig::fromString(
            m_url + QStringLiteral("?read_from=standby&max_standby_lag=2")));
        QVERIFY(m_db->readsFromStandby());
        m_db->initialize();
        m_standbyAdmin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        const DatabaseConfig s =
            DatabaseConfig::fromString(qEnvironmentVariable("DOCKET_FAILOVER_STANDBY_URL"));
        m_standbyAdmin.setHostName(s.host);
        m_standbyAdmin.setPort(s.port);
        m_standbyAdmin.setUserName(s.user);
        m_standbyAdmin.setDatabaseName(s.databaseName);
        QVERIFY2(m_standbyAdmin.open(), qPrintable(m_standbyAdmin.lastError().text()));
        sql::setReadRouteObserver([this](const sql::ReadRoute& r) { m_routes << r; });
    }

    void cleanupTestCase() { sql::setReadRouteObserver({}); }

    void init()
    {
        if (m_url.isEmpty() &&
            QByteArray(QTest::currentTestFunction()) != "configReadsReplicaOptions")
            QSKIP("needs a primary and a standby: run tests/pg_failover_test.sh");
    }

    void listsReadTheStandbyAndSeeOwnWrites()
    {
        OrderStore writer(m_db->connection(), test::adminSession());
        for (int i = 0; i < 5; ++i)
            writer.create(draft(QStringLiteral("Replica A")));
        // Read right after the commit: the standby is waited for (or the
        // primary read), never the old list.
        const QSqlDatabase read = m_db->readConnection(QStringLiteral("list"));
        QCOMPARE(countNamed(read, QStringLiteral("Replica A")), 5);
        QVERIFY(Database::isStandbyConnection(read));
        QVERIFY(inRecovery(read));
        QVERIFY(!m_routes.isEmpty());
        QVERIFY(m_routes.last().fromStandby);
        QVERIFY(m_routes.last().reason.isEmpty());
        QVERIFY(sql::readRouteMessage(m_routes.last()).contains(m_routes.last().standby));
        // Writes never go there.
        QVERIFY(!inRecovery(m_db->connection()));
        OrderStore onStandby(read, test::adminSession());
        QVERIFY_THROWS_EXCEPTION(DocketError, onStandby.create(draft(QStringLiteral("Nope"))));
    }

    void ownChangeNotYetReplayedIsReadFromThePrimary()
    {
        // A generous lag limit, so only the replay position decides.
        Database patient(DatabaseConfig::fromString(
            m_url + QStringLiteral("?read_from=standby&max_standby_lag=600")));
        replay(false);
        OrderStore writer(patient.connection(), test::adminSession());
        const qint64 id = writer.create(draft(QStringLiteral("Replica B")));
        const QSqlDatabase read = patient.readConnection(QStringLiteral("list"));
        QVERIFY(!Database::isStandbyConnection(read));
        QCOMPARE(countNamed(read, QStringLiteral("Replica B")), 1);
        QVERIFY(!m_routes.last().fromStandby);
        QVERIFY2(m_routes.last().reason.contains(QLatin1String("not yet replayed")),
                 qPrintable(m_routes.last().reason));
        replay(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            Database::isStandbyConnection(patient.readConnection(QStringLiteral("list"))), 10000);
        QCOMPARE(
            countNamed(patient.readConnection(QStringLiteral("list")), QStringLiteral("Replica B")),
            1);
        QVERIFY(m_routes.last().fromStandby);
        QVERIFY(id > 0);
    }

    void standbyTooFarBehindIsLeftAlone()
    {
        // Another desk's change (a Database that does not track positions):
        // this process does not wait for it, but the standby's lag grows.
        DatabaseConfig other = DatabaseConfig::fromString(m_url);
        Database elsewhere(other);
        replay(false);
        OrderStore writer(elsewhere.connection(QStringLiteral("elsewhere")), test::adminSession());
        writer.create(draft(QStringLiteral("Replica C")));
        QTest::qWait(3200); // past the 2 s limit, and past the 1 s re-check
        const QSqlDatabase read = m_db->readConnection(QStringLiteral("list"));
        QVERIFY(!Database::isStandbyConnection(read));
        QVERIFY2(m_routes.last().reason.contains(QLatin1String("behind")),
                 qPrintable(m_routes.last().reason));
        QVERIFY(m_routes.last().lagSeconds > 2);
        replay(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            Database::isStandbyConnection(m_db->readConnection(QStringLiteral("list"))), 10000);
        QVERIFY(m_routes.last().lagSeconds <= 2);
    }

    void changeNotificationsComeFromThePrimary()
    {
        ChangeWatcher watcher(m_db);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        const quint64 before = sql::primaryPosition(m_db->config().displayName());
        Database elsewhere(DatabaseConfig::fromString(m_url));
        OrderStore(elsewhere.connection(QStringLiteral("elsewhere")), test::adminSession())
            .create(draft(QStringLiteral("Replica D")));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
        // Told of a change, the process reads it only from where it is replayed.
        QVERIFY(sql::primaryPosition(m_db->config().displayName()) > before);
        QCOMPARE(
            countNamed(m_db->readConnection(QStringLiteral("list")), QStringLiteral("Replica D")),
            1);
    }

    // `docketctl db status` (issue 18 item 6) against both servers, as a
    // process: the primary names its streaming standby and how far behind it
    // is; the standby says it is one, and its replay delay.
    void dbStatusOnPrimaryAndStandby()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = test::ctlEnvironment(home.path());
        const QString schema = QStringLiteral("Schema version: %1 (latest %1)")
                                   .arg(Database::latestSchemaVersion(Backend::PostgreSQL));
        auto status = [&](const QString& url) {
            const test::CtlResult r = test::runCtl(
                QStringLiteral(DOCKETCTL_PATH),
                {QStringLiteral("--database"), url, QStringLiteral("db"), QStringLiteral("status")},
                env, 60000);
            if (r.exitCode != 0)
                qWarning("docketctl db status: %d\n%s%s", r.exitCode, qUtf8Printable(r.out),
                         qUtf8Printable(r.err));
            return r;
        };
        // Replay held back and a change made: the standby is behind by bytes.
        replay(false);
        OrderStore(m_db->connection(), test::adminSession())
            .create(draft(QStringLiteral("Replica S")));
        const test::CtlResult primary = status(m_url);
        replay(true);
        QCOMPARE(primary.exitCode, 0);
        const QString& p = primary.out;
        QVERIFY2(p.contains(QLatin1String("\nRole: primary\n")), qPrintable(p));
        QVERIFY2(p.contains(schema), qPrintable(p));
        QVERIFY2(p.contains(QLatin1String("Server: PostgreSQL ")), qPrintable(p));
        QVERIFY2(!p.contains(QLatin1String("Standbys: none streaming")), qPrintable(p));
        const QRegularExpression standbyLine(QStringLiteral(
            "\nStandby (\\S+) at 127\\.0\\.0\\.1: streaming, replay lag ([^,]+), (.+) behind\n"));
        const QRegularExpressionMatch line = standbyLine.match(p);
        QVERIFY2(line.hasMatch(), qPrintable(p));
        QVERIFY2(line.captured(3) != QLatin1String("0 bytes") &&
                     line.captured(3) != QLatin1String("unknown"),
                 qPrintable(line.captured(0)));
        QVERIFY2(p.contains(QRegularExpression(QStringLiteral("\nDatabase size: [1-9]"))),
                 qPrintable(p));
        QVERIFY2(p.contains(QRegularExpression(
                     QStringLiteral("\n  orders: \\d+ rows \\(estimated\\), [1-9]"))),
                 qPrintable(p));
        QVERIFY2(p.contains(QLatin1String("\nPartitions: none (no partitioned tables)\n")),
                 qPrintable(p));
        QVERIFY2(p.contains(QLatin1String("\nWAL archiving: archive_mode off, 0 failures\n")),
                 qPrintable(p));

        const test::CtlResult standby = status(qEnvironmentVariable("DOCKET_FAILOVER_STANDBY_URL"));
        QCOMPARE(standby.exitCode, 0);
        const QString& s = standby.out;
        QVERIFY2(s.contains(QLatin1String("\nRole: standby (read-only, in recovery)\n")),
                 qPrintable(s));
        QVERIFY2(s.contains(schema), qPrintable(s));
        // Something was replayed (every order above), so the delay is a figure.
        QVERIFY2(s.contains(QRegularExpression(QStringLiteral(
                     "\nReplay delay: \\d+\\.\\d s since the last replayed commit\n"))),
                 qPrintable(s));
        QVERIFY2(!s.contains(QLatin1String("Standby")), qPrintable(s));
        QVERIFY2(s.contains(QRegularExpression(QStringLiteral("\n  orders: \\d+ rows"))),
                 qPrintable(s));
        QVERIFY2(s.contains(QLatin1String("\nPartitions: none (no partitioned tables)\n")),
                 qPrintable(s));
    }

    void loaderCarriesOnWhenTheStandbyGoesAway()
    {
        // Once the standby replayed what this process knows of (the last test's changes):
        QTRY_VERIFY_WITH_TIMEOUT(
            Database::isStandbyConnection(m_db->readConnection(QStringLiteral("list"))), 10000);
        OrderLoader loader(m_db, test::adminSession());
        QSignalSpy counts(&loader, &OrderLoader::countLoaded);
        QSignalSpy pages(&loader, &OrderLoader::pageLoaded);
        QSignalSpy failures(&loader, &OrderLoader::failed);
        OrderQuerySpec spec;
        spec.filter.keyword = QStringLiteral("Replica");
        loader.setSpec(1, spec);
        loader.requestCount(1);
        QTRY_COMPARE_WITH_TIMEOUT(counts.count(), 1, 10000);
        QVERIFY2(m_routes.last().fromStandby, qPrintable(m_routes.last().reason));
        const qint64 before = counts.first().at(1).toLongLong();
        QVERIFY(before >= 8);

        QProcess kill;
        kill.setProcessChannelMode(QProcess::ForwardedChannels);
        kill.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"), qEnvironmentVariable("DOCKET_REPLICA_KILL_STANDBY")});
        QVERIFY(kill.waitForFinished(60000));
        QCOMPARE(kill.exitCode(), 0);

        loader.requestCount(1);
        QTRY_COMPARE_WITH_TIMEOUT(counts.count(), 2, 20000);
        QCOMPARE(counts.last().at(1).toLongLong(), before);
        OrderLoader::PageTask task;
        task.page = 0;
        task.limit = 50;
        loader.requestPage(1, task);
        QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 1, 20000);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(failures.isEmpty() ? QString() : failures.first().at(1).toString()));
        QVERIFY(!m_routes.last().fromStandby);
        QVERIFY(!m_routes.last().reason.isEmpty());
        // Writing still works: the primary never went away.
        OrderStore(m_db->connection(), test::adminSession())
            .create(draft(QStringLiteral("Replica E")));
    }
};

QTEST_GUILESS_MAIN(TestPgReplica)
#include "test_pg_replica.moc"
