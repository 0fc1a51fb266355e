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

    // A file path, or a postgresql://user:pass@host:port/db?sslmode=... URL.
    static DatabaseConfig fromString(const QString& text);
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

    // Opens, checks and migrates; the first thing every executable does.
    // `create`: make a new SQLite file when none exists (else: error).
    void open(bool create = true);

    // `docketctl db init`: open() on a new SQLite file or an empty PostgreSQL
    // database, creating the whole schema. Returns true when it created it,
    // false when a Docket schema was there already (pending migrations are
    // still applied). A database holding other tables is refused.
    bool initialize();

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

    DatabaseConfig m_config;
    QString m_id;
};

} // namespace docket
