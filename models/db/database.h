#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace docket {

enum class Backend { SQLite, PostgreSQL };

// Where the data lives: a SQLite file, or a PostgreSQL server.
struct DatabaseConfig
{
    Backend backend = Backend::SQLite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    QString sslMode; // disable, prefer, require, verify-full
    // PostgreSQL with streaming standbys: the other servers of a multi-host
    // URL (postgresql://u@primary:5432,standby:5432/db), tried in order after
    // `host`. With any, Docket connects with libpq's
    // target_session_attrs=read-write: to whichever of them is the primary, so
    // after a failover (a standby promoted) it reconnects to the new one.
    struct Server
    {
        QString host;
        int port = 5432;
        bool operator==(const Server&) const = default;
    };
    QList<Server> otherServers;
    // PostgreSQL with standbys: lists, counts and charts read from a hot
    // standby while it is at most maxStandbyLag seconds behind and has
    // replayed this process's own last change (Database::readConnection);
    // writes always go to the primary. In the URL: read_from=standby and
    // max_standby_lag=N (Docket's own parameters, not libpq's).
    bool readFromStandby = false;
    int maxStandbyLag = 5; // seconds
    static constexpr int kDefaultMaxStandbyLag = 5;
    // SQLite: open the file read-only even when it could be written (a
    // backup, a copy to look into). Not part of toString().
    bool readOnly = false;

    // A file path, or a postgresql://user:pass@host:port/db?sslmode=... URL;
    // host:port may be a comma-separated list (libpq's multi-host URL).
    static DatabaseConfig fromString(const QString& text);
    // host:port, then the other servers: "db1:5432,db2:5432".
    QString serverList() const;
    // The other servers alone, and back: "db2:5432, [::1]:5433" (commas or spaces).
    QString otherServerList() const;
    static QList<Server> parseServerList(const QString& text);
    // Path, or the URL without the password.
    QString displayName() const;
    // What fromString() reads back: the path, or the postgresql:// URL with
    // sslmode, without the password (fit to be remembered or shown).
    QString toString() const;
};

// ~/.local/share/Docket/docket.db (the platform's user data folder).
QString defaultDatabasePath();
// DOCKET_DATABASE from the environment, else defaultDatabasePath().
QString databaseFromEnvironment();

// DocketError::field() of open()'s refusal of an empty file (zero bytes, or a
// SQLite file without tables): only an explicit create may make it a Docket
// database, so the caller may offer that.
inline constexpr const char* kEmptyDatabaseField = "empty-database";

// Owns the configuration and hands every thread its own connection (a Qt SQL
// connection may only be used by the thread that opened it).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(DatabaseConfig config);

    const DatabaseConfig& config() const { return m_config; }
    Backend backend() const { return m_config.backend; }

    // This thread's connection for `purpose`, opened on first use. Throws
    // DocketError(Database) with a message naming the file/server and reason.
    QSqlDatabase connection(const QString& purpose = QStringLiteral("main")) const;
    // Closes this thread's connection for `purpose` (call from that thread).
    void closeConnection(const QString& purpose = QStringLiteral("main")) const;

    // Read replicas (config().readFromStandby): this thread's connection for
    // reading on behalf of `purpose` (the order list's loader, the charts).
    // A hot standby when one answers, is at most maxStandbyLag seconds behind
    // and has replayed every change this process made or was told of (so an
    // order just saved is never read back old; it waits up to half a second
    // for that, else reads the primary); otherwise connection(purpose).
    // Each choice is reported through sql::setReadRouteObserver. Never
    // throws for the standby: an unreachable one is left alone for 30 s.
    QSqlDatabase readConnection(const QString& purpose) const;
    // Whether `db` (from readConnection) is a standby's connection.
    static bool isStandbyConnection(const QSqlDatabase& db);
    // A read on the standby connection for `purpose` failed (it dropped, or
    // was promoted): close it and read the primary for the next 30 s.
    void standbyFailed(const QString& purpose, const QString& why) const;
    bool readsFromStandby() const;

    // Opens, checks and migrates; the first thing every executable does.
    //
    // `create`: make a new Docket database when the SQLite file does not
    // exist, or is empty (zero bytes, or SQLite without tables), or the
    // PostgreSQL database has no tables. Without it such a file is refused
    // (NotFound; an empty one with field kEmptyDatabaseField) and left as it
    // is. A file holding anything else is refused either way, before
    // anything is written to it. A create that fails removes what it made
    // (the new file, or the empty file's new contents).
    //
    // A SQLite file Docket cannot write (a read-only file, folder or mount;
    // or config().readOnly) opens read-only: readOnlyReason() says why, every
    // write is refused in words before it starts. A read-only WAL database
    // whose -shm file is missing is read "immutable" when it has no pending
    // -wal content, and refused with a clear message when it has.
    void open(bool create = true);

    // `docketctl db init`: open(true), creating the whole schema. Returns
    // true when it created it, false when a Docket schema was there already
    // (pending migrations are still applied). A database holding other
    // tables is refused.
    bool initialize();

    // Why the database is open read-only, in words ("the file is
    // read-only"); empty when it can be changed. Known after open().
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    int schemaVersion() const;
    static int latestSchemaVersion(Backend backend);
    // Applies pending numbered migrations in one transaction: all of them, or
    // (`upTo` > 0) those up to that version, e.g. for a test that upgrades a
    // database of an earlier release in place.
    void migrate(int upTo = 0) const;

    QString sqliteVersion() const;

    // What a failed PostgreSQL connection means, in words a clerk can act on
    // (server not running, unknown host, wrong password, no such database…),
    // from the driver's text; the driver's own words follow on a line of
    // their own. Unrecognised failures keep the driver's text.
    static QString explainConnectFailure(const DatabaseConfig& config, const QString& driverText);

private:
    QString connectionName(const QString& purpose) const;
    void configureConnection(QSqlDatabase& db) const;
    // Host, port, user, options of a PostgreSQL connection; `targetAttrs` is
    // libpq's target_session_attrs for a multi-server config.
    void setServerOptions(QSqlDatabase& db, const QString& targetAttrs) const;
    QSqlDatabase openStandby(const QString& name) const;

    void openSqlite(bool create);
    void createSqliteSchema(bool fileExisted);
    QString sqliteReadOnlyReason() const;

    DatabaseConfig m_config;
    QString m_id;
    QString m_readOnlyReason;
    bool m_immutable = false; // SQLite read through immutable=1 (see open())
    bool m_created = false;   // the last open() made the schema
};

} // namespace docket
