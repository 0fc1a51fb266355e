#include "database.h"

#include "domain/errors.h"
#include "sql.h"
#include "statementcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <optional>

namespace docket {

Database::Database(DatabaseConfig config)
    : m_config(std::move(config)), m_id(QUuid::createUuid().toString(QUuid::Id128).left(8))
{
}

QString Database::connectionName(const QString& purpose) const
{
    return QStringLiteral("docket-%1-%2-%3")
        .arg(m_id, purpose)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

void Database::configureConnection(QSqlDatabase& db) const
{
    if (m_config.backend == Backend::SQLite) {
        QSqlQuery q(db);
        for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16000"}) {
            const QString text = QString::fromLatin1(pragma);
            // Read-only: the tuning may fail where the file cannot be read
            // as it is (a WAL database without its -shm); open() probes that
            // itself and says what it means.
            if (!q.exec(text) && !isReadOnly())
                throw sql::failure(db, q.lastError(), text);
        }
    }
}

QString Database::explainConnectFailure(const DatabaseConfig& config, const QString& driverText)
{
    // libpq's messages (English unless the client has NLS) for the failures
    // people meet when they connect; the first that matches explains it.
    const auto has = [&](const char* needle) {
        return driverText.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    const QString host = config.host.isEmpty() ? QStringLiteral("localhost") : config.host;
    QString why;
    if (has("password authentication failed"))
        why = tr("the user name or password is wrong.");
    else if (has("no password supplied") || has("fe_sendauth"))
        why = tr("the server asks for a password and none was given.");
    else if (has("no pg_hba.conf entry"))
        why = tr("the server does not accept this user from this computer for this database "
                 "(its pg_hba.conf has no entry for it); ask the server's administrator.");
    else if (has("does not exist") && has("database"))
        why = tr("the server has no database named \"%1\".").arg(config.databaseName);
    else if (has("does not exist") && has("role"))
        why = tr("the server has no user named \"%1\".").arg(config.user);
    else if (has("session is read-only") || has("in hot standby mode"))
        why = tr("none of the servers %1 takes changes now: the primary is down and no standby "
                 "has been promoted yet (or is still starting); try again in a moment.")
                  .arg(config.serverList());
    else if (has("Connection refused"))
        why = tr("nothing answers at %1, port %2: the server is not running there, or the port "
                 "is wrong.")
                  .arg(host)
                  .arg(config.port);
    else if (has("could not translate host name") || has("Name or service not known") ||
             has("Temporary failure in name resolution"))
        why = tr("the host name \"%1\" is unknown.").arg(host);
    else if (has("timeout expired") || has("timed out") || has("No route to host") ||
             has("Network is unreachable"))
        why = tr("%1 did not answer in time: the computer is off or unreachable, or a firewall "
                 "is in the way.")
                  .arg(host);
    else if (has("server does not support SSL"))
        why = tr("the server does not offer TLS, and this connection requires it (TLS mode "
                 "\"%1\").")
                  .arg(config.sslMode);
    else if (has("certificate") || has("SSL error"))
        why = tr("the server's TLS certificate could not be verified.");
    else if (has("too many clients") || has("remaining connection slots"))
        why = tr("the server has no free connections; try again in a moment.");
    else if (has("starting up") || has("shutting down") || has("in recovery mode"))
        why = tr("the server is starting up or shutting down; try again in a moment.");
    if (why.isEmpty())
        return driverText.trimmed();
    return why + QLatin1Char('\n') + tr("(The server said: %1)").arg(driverText.simplified());
}

void Database::setServerOptions(QSqlDatabase& db, const QString& targetAttrs) const
{
    db.setDatabaseName(m_config.databaseName);
    db.setUserName(m_config.user);
    db.setPassword(m_config.password);
    QStringList opts{QStringLiteral("connect_timeout=5"),
                     QStringLiteral("application_name=docket")};
    if (m_config.otherServers.isEmpty()) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
    } else {
        QStringList hosts{m_config.host};
        QStringList ports{QString::number(m_config.port)};
        for (const DatabaseConfig::Server& s : m_config.otherServers) {
            hosts << s.host;
            ports << QString::number(s.port);
        }
        db.setHostName(hosts.join(QLatin1Char(',')));
        opts << QStringLiteral("port=") + ports.join(QLatin1Char(','))
             << QStringLiteral("target_session_attrs=") + targetAttrs;
    }
    if (!m_config.sslMode.isEmpty())
        opts << QStringLiteral("sslmode=") + m_config.sslMode;
    db.setConnectOptions(opts.join(QLatin1Char(';')));
}

QSqlDatabase Database::connection(const QString& purpose) const
{
    const QString name = connectionName(purpose);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (m_config.backend == Backend::PostgreSQL) {
            // The server dropped this connection: reopen the same object, so
            // stores that hold a copy of it carry on with the new session.
            if (!db.open())
                throw DocketError(DocketError::Code::Database,
                                  tr("Cannot reach the database server %1: %2")
                                      .arg(m_config.displayName(),
                                           explainConnectFailure(m_config, db.lastError().text())),
                                  QString::fromLatin1(sql::kConnectionLostField));
            configureConnection(db);
            sql::noteServer(db);
            return db;
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db;
    if (m_config.backend == Backend::SQLite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sql::lockWaitLimit())};
        if (!m_readOnlyReason.isEmpty())
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        if (m_immutable) {
            // Read without the -shm file and without locks: only for a file
            // nobody can change (open() checks there is no -wal content).
            options << QStringLiteral("QSQLITE_OPEN_URI");
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_config.path).absoluteFilePath())
                                   .toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
        } else {
            db.setDatabaseName(m_config.path);
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        sql::setDisplayName(db, m_config.displayName(), m_config.path);
        sql::setReadOnlyReason(db, m_readOnlyReason);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        // libpq tries the servers in order and keeps the one that takes
        // writes; a reopen after a failover finds the promoted standby.
        setServerOptions(db, QStringLiteral("read-write"));
    }
    if (!db.open()) {
        const QSqlError error = db.lastError();
        std::optional<DocketError> failure;
        if (m_config.backend == Backend::PostgreSQL)
            failure = DocketError(
                DocketError::Code::Database,
                tr("Cannot open the database %1: %2")
                    .arg(m_config.displayName(), explainConnectFailure(m_config, error.text())));
        else
            failure = sql::failure(db, error, {});
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw *failure;
    }
    if (m_config.backend == Backend::PostgreSQL) {
        sql::setDisplayName(db, m_config.displayName());
        if (readsFromStandby())
            sql::trackPrimaryPosition(db);
    }
    try {
        configureConnection(db);
        sql::noteServer(db);
    } catch (const DocketError&) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw;
    }
    return db;
}

void Database::closeConnection(const QString& purpose) const
{
    const QString name = connectionName(purpose);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        sql::statementcache::forget(db.driver());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::open(bool create)
{
    m_created = false;
    if (m_config.backend == Backend::SQLite) {
        openSqlite(create);
        return;
    }
    QSqlDatabase db = connection();
    if (schemaVersion() == 0 && db.tables().isEmpty()) {
        if (!create)
            throw DocketError(DocketError::Code::NotFound,
                              tr("The database %1 is empty: it holds no Docket database. "
                                 "Nothing was changed.")
                                  .arg(m_config.displayName()),
                              QString::fromLatin1(kEmptyDatabaseField));
        m_created = true;
    }
    migrate();
}

namespace {

const QStringList& sideFileSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

} // namespace

QString Database::sqliteReadOnlyReason() const
{
    if (m_config.readOnly)
        return tr("opened read-only on request");
    const QFileInfo fi(m_config.path);
    if (!fi.isWritable())
        return tr("the file is read-only");
    // SQLite writes next to the file: the -wal and -shm files of a WAL
    // database (Docket's), a -journal otherwise. A folder Docket cannot write
    // in is fine only while both WAL files are there and writable.
    const QFileInfo folder(fi.absolutePath());
    if (!folder.isWritable()) {
        const QFileInfo wal(m_config.path + QStringLiteral("-wal"));
        const QFileInfo shm(m_config.path + QStringLiteral("-shm"));
        if (!(wal.exists() && wal.isWritable() && shm.exists() && shm.isWritable()))
            return tr("its folder %1 is read-only")
                .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    return {};
}

void Database::openSqlite(bool create)
{
    const QFileInfo fi(m_config.path);
    const QString name = m_config.displayName();
    if (m_config.path.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("No database file was given."));
    if (!fi.exists()) {
        if (!create || m_config.readOnly)
            throw DocketError(DocketError::Code::NotFound,
                              tr("There is no database at %1.").arg(name));
        const QFileInfo folder(fi.absolutePath());
        if (!folder.exists())
            throw DocketError(DocketError::Code::NotFound,
                              tr("Cannot create the database %1: the folder %2 does not "
                                 "exist.")
                                  .arg(name, QDir::toNativeSeparators(fi.absolutePath())));
        if (!folder.isWritable())
            throw DocketError(DocketError::Code::Database,
                              tr("Docket cannot write next to %1: its folder %2 is read-only. "
                                 "Nothing was created.")
                                  .arg(name, QDir::toNativeSeparators(fi.absolutePath())),
                              QString::fromLatin1(sql::kReadOnlyField));
        createSqliteSchema(false);
        return;
    }
    if (fi.isDir())
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 is a folder, not a database file.").arg(name));
    if (!fi.isReadable())
        throw DocketError(DocketError::Code::Database,
                          tr("The database file %1 cannot be read (permission denied).").arg(name));
    {
        QFile f(m_config.path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray head = f.read(16);
            if (!head.isEmpty() && !head.startsWith("SQLite format 3"))
                throw DocketError(
                    DocketError::Code::Database,
                    tr("%1 is not a Docket database (it is not a SQLite file).").arg(name));
        }
    }
    m_readOnlyReason = sqliteReadOnlyReason();
    const QString emptyText =
        tr("%1 is an empty file, not a Docket database. Nothing was changed.").arg(name);
    auto refuseOrCreate = [&] {
        if (!create)
            throw DocketError(DocketError::Code::NotFound, emptyText,
                              QString::fromLatin1(kEmptyDatabaseField));
        if (isReadOnly())
            throw DocketError(DocketError::Code::Database,
                              tr("Docket cannot create a database in %1: %2. Nothing was "
                                 "changed.")
                                  .arg(name, m_readOnlyReason),
                              QString::fromLatin1(sql::kReadOnlyField));
        createSqliteSchema(true);
    };
    if (fi.size() == 0) {
        refuseOrCreate();
        return;
    }

    // Reading the schema catches a damaged header or schema cheaply (a full
    // integrity check is O(size) and belongs to backup/restore), and finds
    // out whether a read-only WAL database can be read at all.
    const QString probe = QStringLiteral("SELECT COUNT(*) FROM sqlite_master");
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(probe)) {
        const QSqlError error = q.lastError();
        q = QSqlQuery();
        db = QSqlDatabase();
        closeConnection();
        if (!isReadOnly())
            throw sql::failure(connection(), error, probe);
        // A WAL database needs its -shm file (or a folder to make it in) even
        // to be read. Without it, the file alone holds everything when there
        // is no -wal content: read it as immutable. With -wal content it
        // would be read as it was before those changes: refuse.
        const QFileInfo wal(m_config.path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0)
            throw DocketError(
                DocketError::Code::Database,
                tr("%1 is read-only and has changes in %2 that were never merged into it; "
                   "Docket cannot read them without writing next to it (%3). Copy both files "
                   "to a folder you can write in and open the copy there.")
                    .arg(name, QDir::toNativeSeparators(wal.absoluteFilePath()), m_readOnlyReason),
                QString::fromLatin1(sql::kReadOnlyField), sql::failure(db, error, probe).detail());
        qWarning("Database %s: read-only WAL database without its -shm file; reading it as "
                 "immutable (%s)",
                 qUtf8Printable(name), qUtf8Printable(error.text()));
        m_immutable = true;
        db = connection();
        q = QSqlQuery(db);
        if (!q.exec(probe))
            throw sql::failure(db, q.lastError(), probe);
    }
    q = QSqlQuery();
    const QStringList tables = db.tables();
    if (tables.isEmpty()) {
        // A SQLite file with nothing in it is as empty as a file of no bytes.
        db = QSqlDatabase();
        closeConnection();
        refuseOrCreate();
        return;
    }
    if (!tables.contains(QStringLiteral("schema_version")))
        throw DocketError(DocketError::Code::Database,
                          tr("%1 is not a Docket database (it holds other tables). Nothing was "
                             "changed.")
                              .arg(name));
    if (!isReadOnly()) {
        const QString wal = QStringLiteral("PRAGMA journal_mode = WAL");
        QSqlQuery j(db);
        if (!j.exec(wal))
            throw sql::failure(db, j.lastError(), wal);
    }
    migrate();
}

// A new Docket schema in a file that is missing (`fileExisted` false) or
// empty; on failure the file is as before: removed again, or empty again,
// with no side files Docket made.
void Database::createSqliteSchema(bool fileExisted)
{
    QStringList sideFilesBefore;
    for (const QString& suffix : sideFileSuffixes())
        if (QFileInfo::exists(m_config.path + suffix))
            sideFilesBefore << suffix;
    try {
        QSqlDatabase db = connection();
        // Whoever can write the file owns the data (SECURITY.md): a new
        // database is its owner's alone; SQLite gives its -wal and -shm files
        // the same permissions.
        if (!fileExisted && QFileInfo::exists(m_config.path))
            QFile::setPermissions(m_config.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString wal = QStringLiteral("PRAGMA journal_mode = WAL");
        QSqlQuery q(db);
        if (!q.exec(wal))
            throw sql::failure(db, q.lastError(), wal);
        q = QSqlQuery();
        migrate();
        m_created = true;
    } catch (const DocketError& e) {
        closeConnection();
        if (fileExisted)
            QFile::resize(m_config.path, 0);
        else
            QFile::remove(m_config.path);
        for (const QString& suffix : sideFileSuffixes())
            if (!sideFilesBefore.contains(suffix))
                QFile::remove(m_config.path + suffix);
        throw DocketError(
            e.code(),
            sql::sentences(
                {tr("Docket could not create a database in %1.").arg(m_config.displayName()),
                 e.message()}),
            e.field(), e.detail());
    }
}

bool Database::initialize()
{
    open(true);
    return m_created;
}

QString Database::sqliteVersion() const
{
    if (m_config.backend != Backend::SQLite)
        return {};
    return sql::scalar(connection(), QStringLiteral("SELECT sqlite_version()")).toString();
}

} // namespace docket
