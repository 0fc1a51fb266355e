#pragma once

// Test fixtures: a fresh, migrated database per test, on SQLite always and on
// PostgreSQL when DOCKET_TEST_PG names a server (postgresql://user@host:port/db,
// e.g. from scripts/pg-cluster.sh). Each PostgreSQL fixture creates its own
// database docket_t_<random> on that server and drops it afterwards.
//
// Data-driven over backends:
//
//     void MyTest::foo_data() { docket::test::addBackendRows(); }
//     void MyTest::foo() {
//         QFETCH(docket::Backend, backend);
//         docket::test::TestDb tdb(backend);
//         docket::OrderStore store = tdb.store();
//         ...
//     }

#include "db/database.h"
#include "domain/errors.h"
#include "domain/session.h"
#include "seed/seeder.h"
#include "stores/orderstore.h"

#include <QList>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

Q_DECLARE_METATYPE(docket::Backend)

namespace docket::test {

// The backends this run covers: SQLite, plus PostgreSQL when DOCKET_TEST_PG is
// set and this build carries PostgreSQL migrations. DOCKET_TEST_BACKENDS
// ("sqlite", "postgres" or both, comma-separated) narrows the list: CTest runs
// the SQLite and the PostgreSQL half of a suite as two tests, in parallel.
QList<Backend> testBackends();
bool backendEnabled(Backend backend);
// "sqlite" / "postgres" (the _data row names).
QString backendName(Backend backend);
// Adds the column "backend" and one row per testBackends() entry.
void addBackendRows();

// A session named `name` with `permissions` and `scope`.
Session sessionWith(const QString& name, const QList<Permission>& permissions,
                    const Scope& scope = Scope::all());
// Every permission, all orders: the supervisor/administrator of the tests.
Session adminSession(const QString& name = QStringLiteral("tester"));

// A fresh, migrated database; removed again (file or PostgreSQL database) when
// the fixture goes. Construction throws DocketError when the database cannot
// be made. Destroy stores and models that use it first.
class TestDb
{
public:
    enum class Setup {
        // PostgreSQL: a copy of a template database migrated once per test
        // process (CREATE DATABASE ... TEMPLATE), several times faster.
        Fast,
        // Run every migration on an empty database (for migration tests).
        Migrate,
        // An empty database, not opened: the test migrates it (Database::migrate).
        Empty,
    };

    explicit TestDb(Backend backend = Backend::SQLite, Setup setup = Setup::Fast);
    ~TestDb();
    TestDb(const TestDb&) = delete;
    TestDb& operator=(const TestDb&) = delete;

    Backend backend() const { return m_config.backend; }
    const DatabaseConfig& config() const { return m_config; }
    const std::shared_ptr<Database>& database() const { return m_db; }
    // This thread's main connection.
    QSqlDatabase connection() const { return m_db->connection(); }
    // The SQLite file (empty on PostgreSQL).
    QString path() const { return m_config.path; }
    // A second, independent Database on the same data: "another desktop".
    // Opened (migrations are a no-op); closed with the fixture.
    std::shared_ptr<Database> openAnother();
    // A store on the main connection, with a fixed clock at `now`.
    OrderStore store(const Session& session = adminSession(), qint64 now = kNow) const;

    // 2024-06-15 12:00:00 UTC: the tests' "now".
    static constexpr qint64 kNow = 1718452800;

private:
    DatabaseConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    QList<std::shared_ptr<Database>> m_others;
};

// Runs `fn`; returns the DocketError it threw, or nullopt when it threw none.
template <typename Fn> std::optional<DocketError> catchError(Fn&& fn)
{
    try {
        fn();
    } catch (const DocketError& e) {
        return e;
    }
    return std::nullopt;
}

// Inserts `count` plain orders ("BULK<n>", channel web, status pending, one
// line each, created at `createdAt`) with one SQL statement that works on
// every backend; returns their ids in ascending order. For batch tests that
// need thousands of orders without the demo seeder.
QList<qint64> bulkInsertOrders(const QSqlDatabase& db, int count, qint64 createdAt);

// Paid in full and shipped whole through the fulfilment records (approving
// its review first when it waits for one): since issue 15 an order becomes
// paid and shipped by its payments and parcels, not by hand. Throws
// DocketError like the stores.
void payAndShip(TestDb& tdb, qint64 order);

// A checksum of everything an order write can touch (orders, lines, events,
// archive): equal before and after means nothing was written.
QString contentFingerprint(const QSqlDatabase& db);

// PostgreSQL: drops the server's login roles `names` (logins belong to the
// server and outlive a test database; drop them once their databases are
// gone). Problems are warnings.
void dropServerRoles(const QStringList& names);

// psql (the real client) as `user` with `password` on `server`, one command
// (-c), stopping at the first error; `input` goes to its standard input.
struct Psql
{
    int exitCode = -1; // -1: psql did not finish within a minute
    QString out;
    QString err;
};
Psql psql(const DatabaseConfig& server, const QString& user, const QString& password,
          const QString& command, const QByteArray& input = {});

// One scalar from plain SQL in the test (throws DocketError on failure).
QVariant queryValue(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

} // namespace docket::test

// Seeds with seedOrders(); skips the test (instead of failing) when the
// backend's seeder refuses that backend (the demo seeder is SQLite-only so far).
#define DOCKET_SEED_OR_SKIP(store, options)                                                        \
    do {                                                                                           \
        try {                                                                                      \
            docket::seedOrders((store), (options));                                                \
        } catch (const docket::DocketError& e_) {                                                  \
            if ((store).backend() != docket::Backend::SQLite &&                                    \
                e_.code() == docket::DocketError::Code::Invalid)                                   \
                QSKIP(qPrintable(QStringLiteral("seeder: ") + e_.message()));                      \
            QFAIL(qPrintable(e_.message()));                                                       \
        }                                                                                          \
    } while (false)

// In initTestCase(): skips the whole suite when this run covers no backend
// (the PostgreSQL half of a suite without a server).
#define DOCKET_SKIP_WITHOUT_BACKENDS()                                                             \
    do {                                                                                           \
        if (docket::test::testBackends().isEmpty())                                                \
            QSKIP("no database backend to test (PostgreSQL: set DOCKET_TEST_PG)");                 \
    } while (false)

// Declares `TestDb& var` made from the arguments; fails the test (instead of
// aborting the executable) when the database cannot be made or migrated.
#define DOCKET_TESTDB(var, ...)                                                                    \
    std::unique_ptr<docket::test::TestDb> var##Holder_;                                            \
    try {                                                                                          \
        var##Holder_ = std::make_unique<docket::test::TestDb>(__VA_ARGS__);                        \
    } catch (const docket::DocketError& e_) {                                                      \
        QFAIL(qPrintable(QStringLiteral("test database: ") + e_.message()));                       \
    }                                                                                              \
    docket::test::TestDb& var = *var##Holder_

// Fails the test with the store's message instead of aborting the executable.
#define DOCKET_NO_THROW(expr)                                                                      \
    do {                                                                                           \
        try {                                                                                      \
            expr;                                                                                  \
        } catch (const docket::DocketError& e_) {                                                  \
            QFAIL(qPrintable(QStringLiteral(#expr " threw: ") + e_.message()));                    \
        }                                                                                          \
    } while (false)
