#include "database.h"

#include "domain/errors.h"
#include "sql.h"
#include "statementcache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>
#include <optional>

namespace docket {

namespace {

struct Migration
{
    int version;
    QString name;
    QString path;
};

QList<Migration> migrationsFor(Backend backend)
{
    const QString dir = backend == Backend::SQLite ? QStringLiteral(":/sql/sqlite")
                                                   : QStringLiteral(":/sql/postgres");
    QList<Migration> out;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    const auto entries = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : entries) {
        const auto m = re.match(file);
        if (m.hasMatch())
            out.push_back({m.captured(1).toInt(), m.captured(2), dir + QLatin1Char('/') + file});
    }
    return out;
}

// Splits a migration script into statements: ';' ends a statement except inside
// quotes, comments, $$-bodies (PostgreSQL) and BEGIN...END trigger bodies (SQLite).
QStringList splitStatements(const QString& script)
{
    QStringList out;
    QString cur;
    int depth = 0;
    bool inQuote = false;
    bool inDollar = false;
    const int n = int(script.size());
    auto wordAt = [&](int i, QLatin1String w) {
        if (i + int(w.size()) > n)
            return false;
        if (i > 0 && (script[i - 1].isLetterOrNumber() || script[i - 1] == QLatin1Char('_')))
            return false;
        if (QStringView(script).mid(i, w.size()).compare(w, Qt::CaseInsensitive) != 0)
            return false;
        const int e = i + int(w.size());
        return e >= n || !(script[e].isLetterOrNumber() || script[e] == QLatin1Char('_'));
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (!inQuote && !inDollar && c == QLatin1Char('-') && i + 1 < n &&
            script[i + 1] == QLatin1Char('-')) {
            while (i < n && script[i] != QLatin1Char('\n'))
                ++i;
            cur += QLatin1Char('\n');
            continue;
        }
        if (!inDollar && c == QLatin1Char('\'')) {
            inQuote = !inQuote;
        } else if (!inQuote && c == QLatin1Char('$') && i + 1 < n &&
                   script[i + 1] == QLatin1Char('$')) {
            inDollar = !inDollar;
            cur += QStringLiteral("$$");
            ++i;
            continue;
        } else if (!inQuote && !inDollar) {
            if (wordAt(i, QLatin1String("BEGIN")) &&
                cur.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
                ++depth;
            else if (depth > 0 && wordAt(i, QLatin1String("END")))
                --depth;
            else if (c == QLatin1Char(';') && depth == 0) {
                if (!cur.trimmed().isEmpty())
                    out << cur.trimmed();
                cur.clear();
                continue;
            }
        }
        cur += c;
    }
    if (!cur.trimmed().isEmpty())
        out << cur.trimmed();
    return out;
}

} // namespace

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Docket/docket.db");
}

QString databaseFromEnvironment()
{
    const QString env = qEnvironmentVariable("DOCKET_DATABASE");
    return env.isEmpty() ? defaultDatabasePath() : env;
}

namespace {

// "host", "host:port", "[::1]:port" of a multi-host URL's list.
DatabaseConfig::Server parseServer(QStringView text)
{
    DatabaseConfig::Server s;
    QStringView host = text;
    QStringView port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        host = text.mid(1, close < 0 ? -1 : close - 1);
        if (close >= 0 && text.mid(close + 1).startsWith(u':'))
            port = text.mid(close + 2);
    } else if (const qsizetype colon = text.lastIndexOf(u':'); colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    s.host = host.isEmpty() ? QStringLiteral("localhost") : host.toString();
    bool ok = false;
    const int p = port.toInt(&ok);
    s.port = ok && p > 0 && p < 65536 ? p : 5432;
    return s;
}

QString serverText(const QString& host, int port)
{
    return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
           QLatin1Char(':') + QString::number(port);
}

} // namespace

DatabaseConfig DatabaseConfig::fromString(const QString& text)
{
    DatabaseConfig c;
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        // QUrl reads one host: read the list of a multi-host URL here and hand
        // QUrl the URL with its first server only.
        const qsizetype start = text.indexOf(QLatin1String("://")) + 3;
        qsizetype end = text.indexOf(QLatin1Char('/'), start);
        if (const qsizetype q = text.indexOf(QLatin1Char('?'), start);
            q >= 0 && (end < 0 || q < end))
            end = q;
        if (end < 0)
            end = text.size();
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
        const qsizetype hostsAt = at >= start ? at + 1 : start;
        const QStringList servers = text.mid(hostsAt, end - hostsAt).split(QLatin1Char(','));
        const QString single = text.left(hostsAt) + servers.first() + text.mid(end);
        const QUrl url(single);
        c.backend = Backend::PostgreSQL;
        c.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        c.port = url.port(5432);
        c.databaseName = url.path().mid(1);
        c.user = url.userName();
        c.password = url.password();
        c.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
        c.otherServers = parseServerList(servers.mid(1).join(QLatin1Char(',')));
        const QUrlQuery query(url);
        c.readFromStandby =
            query.queryItemValue(QStringLiteral("read_from")) == QLatin1String("standby");
        bool lagOk = false;
        const int lag = query.queryItemValue(QStringLiteral("max_standby_lag")).toInt(&lagOk);
        c.maxStandbyLag = lagOk && lag >= 0 ? lag : kDefaultMaxStandbyLag;
        return c;
    }
    c.backend = Backend::SQLite;
    c.path = text;
    return c;
}

QString DatabaseConfig::serverList() const
{
    QStringList list{serverText(host, port)};
    for (const Server& s : otherServers)
        list << serverText(s.host, s.port);
    return list.join(QLatin1Char(','));
}

QString DatabaseConfig::otherServerList() const
{
    QStringList list;
    for (const Server& s : otherServers)
        list << serverText(s.host, s.port);
    return list.join(QStringLiteral(", "));
}

QList<DatabaseConfig::Server> DatabaseConfig::parseServerList(const QString& text)
{
    QList<Server> out;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        out << parseServer(part);
    return out;
}

QString DatabaseConfig::displayName() const
{
    if (backend == Backend::SQLite)
        return QDir::toNativeSeparators(path);
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += serverList() + QLatin1Char('/') + databaseName;
    return s;
}

QString DatabaseConfig::toString() const
{
    if (backend == Backend::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + databaseName);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (readFromStandby && !otherServers.isEmpty()) {
        query.addQueryItem(QStringLiteral("read_from"), QStringLiteral("standby"));
        if (maxStandbyLag != kDefaultMaxStandbyLag)
            query.addQueryItem(QStringLiteral("max_standby_lag"), QString::number(maxStandbyLag));
    }
    if (!query.isEmpty())
        url.setQuery(query);
    QString text = url.toString();
    if (!otherServers.isEmpty()) {
        // QUrl writes one host: put the whole list where it wrote that one.
        const QString one = serverText(url.host(QUrl::FullyEncoded), port);
        const qsizetype i = text.indexOf(one, text.indexOf(QLatin1String("://")) + 3);
        if (i >= 0)
            text.replace(i, one.size(), serverList());
    }
    return text;
}

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

int Database::latestSchemaVersion(Backend backend)
{
    const auto ms = migrationsFor(backend);
    return ms.isEmpty() ? 0 : ms.last().version;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    // PostgreSQL: ask for the one table (QSqlDatabase::tables() lists the
    // whole catalogue, a cold server process's slowest step when opening).
    const bool exists =
        m_config.backend == Backend::PostgreSQL
            ? sql::scalar(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"))
                  .toBool()
            : db.tables().contains(QStringLiteral("schema_version"));
    if (!exists)
        return 0;
    return sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        .toInt();
}

void Database::migrate(int upTo) const
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    const int newest = latestSchemaVersion(m_config.backend);
    const int latest = upTo > 0 ? std::min(upTo, newest) : newest;
    if (current > newest)
        throw DocketError(DocketError::Code::Database,
                          tr("The database %1 was created by a newer version of Docket (schema "
                             "%2; this version knows up to %3).")
                              .arg(m_config.displayName())
                              .arg(current)
                              .arg(newest));
    if (current >= latest)
        return;
    if (current == 0 && !db.tables().isEmpty() &&
        !db.tables().contains(QStringLiteral("schema_version")))
        throw DocketError(DocketError::Code::Database,
                          tr("%1 is not a Docket database (it holds other tables). Nothing was "
                             "changed.")
                              .arg(m_config.displayName()));
    if (isReadOnly())
        throw DocketError(DocketError::Code::Database,
                          tr("%1 was made by an older version of Docket (schema %2; this version "
                             "needs %3) and is open read-only (%4), so it cannot be brought up "
                             "to date. Open a copy Docket can write to.")
                              .arg(m_config.displayName())
                              .arg(current)
                              .arg(latest)
                              .arg(m_readOnlyReason),
                          QString::fromLatin1(sql::kReadOnlyField));

    sql::WriteTransaction tx(db);
    sql::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                "PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
    for (const Migration& m : migrationsFor(m_config.backend)) {
        if (m.version <= current || m.version > latest)
            continue;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            throw DocketError(DocketError::Code::Database,
                              tr("Migration %1 is missing from this build.").arg(m.path));
        const QString script = QString::fromUtf8(f.readAll());
        for (const QString& statement : splitStatements(script)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                const DocketError e = sql::failure(db, q.lastError(), statement);
                throw DocketError(e.code(),
                                  sql::sentences({tr("Docket could not bring %1 up to date "
                                                     "(step %2, %3).")
                                                      .arg(m_config.displayName())
                                                      .arg(m.version)
                                                      .arg(m.name),
                                                  e.message()}),
                                  e.field(), e.detail());
            }
        }
        sql::run(db,
                 QStringLiteral("INSERT INTO schema_version(version, name, applied_at) VALUES "
                                "(?, ?, ?)"),
                 {m.version, m.name, QDateTime::currentSecsSinceEpoch()});
    }
    tx.commit();
    // Statements prepared before may read tables the migrations changed.
    sql::statementcache::forget(db.driver());
}

QString Database::sqliteVersion() const
{
    if (m_config.backend != Backend::SQLite)
        return {};
    return sql::scalar(connection(), QStringLiteral("SELECT sqlite_version()")).toString();
}

} // namespace docket
