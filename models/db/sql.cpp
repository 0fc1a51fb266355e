#include "sql.h"

#include "dialect.h"
#include "domain/errors.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QThread>

namespace docket::sql {

namespace {

// Set on a connection's driver while a WriteTransaction is open on it: a
// connection that drops then must not be reopened behind the transaction's
// back (the rest of its statements would run outside it).
const char* const kInTransaction = "docketWriteTransaction";
// How many WriteTransactions are open inside the outermost one (savepoints).
const char* const kTransactionDepth = "docketTransactionDepth";

bool inTransaction(const QSqlDriver* driver)
{
    return driver && driver->property(kInTransaction).toBool();
}

void setInTransaction(const QSqlDriver* driver, bool on)
{
    if (driver)
        const_cast<QSqlDriver*>(driver)->setProperty(kInTransaction, on);
}

QString serverName(const QSqlDatabase& db)
{
    return QStringLiteral("%1:%2/%3").arg(db.hostName()).arg(db.port()).arg(db.databaseName());
}

bool isPostgres(const QSqlDriver* driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL;
}

bool connectionFailed(const QSqlDriver* driver, const QSqlError& e)
{
    if (!isPostgres(driver))
        return false;
    if (e.type() == QSqlError::ConnectionError || !driver->isOpen())
        return true;
    const QString state = e.nativeErrorCode();
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

const char* const kDisplayName = "docketDisplayName";
const char* const kReadOnlyReason = "docketReadOnlyReason";
const char* const kPath = "docketPath";

QString nameOf(const QSqlDriver* driver, const QString& fallback)
{
    const QString name = driver ? driver->property(kDisplayName).toString() : QString();
    return name.isEmpty() ? fallback : name;
}

// SQLite's primary result codes (sqlite3.h); the driver reports the
// extended code, whose low byte is the primary one.
enum SqliteCode {
    kSqliteError = 1,
    kSqlitePerm = 3,
    kSqliteAbort = 4,
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteNoMem = 7,
    kSqliteReadOnly = 8,
    kSqliteInterrupt = 9,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteTooBig = 18,
    kSqliteConstraint = 19,
    kSqliteAuth = 23,
    kSqliteNotADb = 26,
};
constexpr int kSqliteReadOnlyDirectory = kSqliteReadOnly | (6 << 8);

// Whether the disk holding `path` has (next to) no room left: what an I/O
// error on a write usually means when SQLite could not tell it apart.
bool diskNearlyFull(const QString& path)
{
    const QFileInfo fi(path);
    QStorageInfo storage(fi.exists() ? fi.absoluteFilePath() : fi.absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 &&
           storage.bytesAvailable() < 256 * 1024;
}

QString technical(const QSqlError& e, const QString& statement)
{
    QString reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    QString t = reason.trimmed();
    if (!e.nativeErrorCode().isEmpty())
        t += QStringLiteral(" [%1]").arg(e.nativeErrorCode());
    if (!statement.isEmpty())
        t += QStringLiteral(" -- ") + statement.simplified().left(300);
    return t;
}

DocketError sqliteFailure(const QSqlDriver* driver, const QSqlError& e, const QString& statement,
                          const QString& path, bool changing)
{
    const QString name = nameOf(driver, QDir::toNativeSeparators(path));
    const QString detail = technical(e, statement);
    const int extended = e.nativeErrorCode().toInt();
    const int code = extended & 0xff;
    const QString unchanged = changing ? Database::tr("Nothing was changed.") : QString();
    using C = DocketError::Code;
    auto error = [&](C c, const QString& what, const QString& todo, const char* field = nullptr) {
        return DocketError(c, sentences({what, unchanged, todo}),
                           field ? QString::fromLatin1(field) : QString(), detail);
    };
    const QString diskFull = Database::tr("The disk holding %1 is full.").arg(name);
    const QString makeRoom = Database::tr("Free some space on it and try again.");
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return error(C::Conflict,
                     Database::tr("%1 is busy: another Docket, or another program, is changing "
                                  "it.")
                         .arg(name),
                     Database::tr("Try again in a moment."), kBusyField);
    case kSqliteFull:
        return error(C::Database, diskFull, makeRoom, kDiskFullField);
    case kSqliteReadOnly:
    case kSqlitePerm:
    case kSqliteAuth: {
        const QString reason = driver ? driver->property(kReadOnlyReason).toString() : QString();
        if (!reason.isEmpty())
            return error(C::Database, Database::tr("%1 is open read-only (%2).").arg(name, reason),
                         {}, kReadOnlyField);
        if (extended == kSqliteReadOnlyDirectory)
            return error(C::Database,
                         Database::tr("Docket cannot write next to %1: its folder %2 is "
                                      "read-only.")
                             .arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                         {}, kReadOnlyField);
        return error(C::Database,
                     Database::tr("Docket cannot write to %1 or next to it: the file or its "
                                  "folder is read-only.")
                         .arg(name),
                     {}, kReadOnlyField);
    }
    case kSqliteIoErr:
        if (diskNearlyFull(path))
            return error(C::Database, diskFull, makeRoom, kDiskFullField);
        return error(C::Database,
                     Database::tr("Docket could not read or write %1: the disk or the network "
                                  "share reported an error.")
                         .arg(name),
                     Database::tr("Check the disk and try again."));
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return error(
            C::Database,
            Database::tr("%1 is damaged: its contents are not what Docket wrote.").arg(name),
            Database::tr("Restore it from a backup."));
    case kSqliteCantOpen:
        return error(C::Database,
                     Database::tr("Docket cannot open %1: the file, or a file it needs next to "
                                  "it, cannot be read or created.")
                         .arg(name),
                     {});
    case kSqliteNoMem:
        return error(C::Database, Database::tr("Docket ran out of memory working on %1.").arg(name),
                     {});
    case kSqliteInterrupt:
        return error(C::Cancelled, Database::tr("The operation on %1 was interrupted.").arg(name),
                     {});
    case kSqliteTooBig:
        return error(C::Invalid, Database::tr("A value is too large to be stored in %1.").arg(name),
                     {});
    case kSqliteConstraint:
        return error(C::Conflict,
                     Database::tr("The change clashes with what %1 already holds (a duplicate, "
                                  "or a reference to something missing).")
                         .arg(name),
                     {});
    default:
        break;
    }
    return error(
        C::Database,
        Database::tr("Docket could not complete the operation on the database %1.").arg(name),
        Database::tr("The technical details are in the log."));
}

DocketError postgresFailure(const QSqlDriver* driver, const QSqlError& e, const QString& statement,
                            const QString& database, bool changing)
{
    const QString name = nameOf(driver, database);
    const QString detail = technical(e, statement);
    const QString state = e.nativeErrorCode();
    const QString unchanged = changing ? Database::tr("Nothing was changed.") : QString();
    using C = DocketError::Code;
    auto error = [&](C c, const QString& what, const QString& todo, const char* field = nullptr) {
        return DocketError(c, sentences({what, unchanged, todo}),
                           field ? QString::fromLatin1(field) : QString(), detail);
    };
    // The server's own refusals (team mode: resources/sql/postgres/0009) carry
    // an SQLSTATE that says what kind of refusal it is, and a sentence meant
    // for people as their message's first line (the rest is PostgreSQL's
    // CONTEXT, for the log).
    C code = C::Database;
    if (state == QLatin1String("42501"))
        code = C::Forbidden;
    else if (state == QLatin1String("22023"))
        code = C::Invalid;
    else if (state == QLatin1String("23505"))
        code = C::Conflict;
    else if (state == QLatin1String("P0002"))
        code = C::NotFound;
    if (code != C::Database) {
        QString reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        reason = reason.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (reason.startsWith(QLatin1String("ERROR:")))
            reason = reason.mid(6).trimmed();
        const QString suffix = QLatin1Char('(') + state + QLatin1Char(')');
        if (reason.endsWith(suffix))
            reason.chop(suffix.size());
        return DocketError(
            code, Database::tr("The database refused the operation: %1").arg(reason.trimmed()), {},
            detail);
    }
    if (state == QLatin1String("53100"))
        return error(C::Database,
                     Database::tr("The disk of the database server %1 is full.").arg(name),
                     Database::tr("Ask the server's administrator to make room."), kDiskFullField);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return error(C::Conflict,
                     Database::tr("Someone else changed the same data at the same moment."),
                     Database::tr("Try again."));
    if (state == QLatin1String("55P03") || state == QLatin1String("57014"))
        return error(C::Conflict,
                     Database::tr("%1 is busy: someone else holds the data this needs, or it "
                                  "took too long.")
                         .arg(name),
                     Database::tr("Try again in a moment."), kBusyField);
    if (state == QLatin1String("25006"))
        return error(C::Database,
                     Database::tr("The database server %1 accepts no changes at the moment (it "
                                  "is read-only, e.g. a standby).")
                         .arg(name),
                     {}, kReadOnlyField);
    if (state.startsWith(QLatin1String("23")))
        return error(C::Conflict,
                     Database::tr("The change clashes with what %1 already holds (a duplicate, "
                                  "or a reference to something missing).")
                         .arg(name),
                     {});
    if (state.startsWith(QLatin1String("53")))
        return error(C::Database,
                     Database::tr("The database server %1 is short of resources (memory or "
                                  "connections).")
                         .arg(name),
                     Database::tr("Try again in a moment."));
    return error(
        C::Database,
        Database::tr("Docket could not complete the operation on the database %1.").arg(name),
        Database::tr("The technical details are in the log."));
}

bool isWrite(const QString& text)
{
    const QStringView t = QStringView(text).trimmed();
    return !(t.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) ||
             t.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive) ||
             t.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive));
}

DocketError describe(const QSqlDriver* driver, const QString& databaseName, const QSqlError& e,
                     const QString& text)
{
    const bool changing = inTransaction(driver) || isWrite(text);
    if (isPostgres(driver))
        return postgresFailure(driver, e, text, databaseName, changing);
    const QString path = driver ? driver->property(kPath).toString() : QString();
    return sqliteFailure(driver, e, text, path.isEmpty() ? databaseName : path, changing);
}

[[noreturn]] void fail(const QSqlDriver* driver, const QSqlError& e, const QString& text,
                       const QString& databaseName = {})
{
    // SQLITE_INTERRUPT (9) is asked for: a reader's statement whose answer
    // nobody waits for any more (OrderLoader's progress handler), not a fault.
    const bool interrupted =
        !isPostgres(driver) && (e.nativeErrorCode().toInt() & 0xff) == 9 /* SQLITE_INTERRUPT */;
    if (!interrupted)
        qWarning("SQL failed: %s -- %s", qUtf8Printable(technical(e, {})),
                 qUtf8Printable(text.left(300)));
    if (connectionFailed(driver, e)) {
        // The session is gone (or going): drop it so the next statement
        // outside a transaction opens a fresh one.
        if (driver->isOpen())
            const_cast<QSqlDriver*>(driver)->close();
        throw DocketError(
            DocketError::Code::Database,
            inTransaction(driver)
                ? Database::tr("The connection to the database server was lost; nothing was "
                               "changed. Docket reconnects by itself: try again.")
                : Database::tr("The connection to the database server was lost. Docket "
                               "reconnects by itself: try again."),
            QString::fromLatin1(kConnectionLostField), technical(e, text));
    }
    throw describe(driver, databaseName, e, text);
}

bool isRetryableRead(const QString& text)
{
    return QStringView(text).trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
}

struct LockWaitState
{
    QMutex mutex;
    LockWaitObserver observer;
    int limitMs = 10000;
};

LockWaitState& lockWaitState()
{
    static LockWaitState state;
    return state;
}

void notifyLockWait(const LockWait& wait)
{
    LockWaitObserver observer;
    {
        QMutexLocker lock(&lockWaitState().mutex);
        observer = lockWaitState().observer;
    }
    if (observer)
        observer(wait);
}

bool isBusyError(const QSqlError& e)
{
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == kSqliteBusy || code == kSqliteLocked;
}

// SQLite's busy timeout of a connection, in milliseconds.
void setBusyTimeout(const QSqlDatabase& db, int ms)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

} // namespace

QString sentences(std::initializer_list<QString> parts)
{
    QString out;
    for (const QString& p : parts) {
        if (p.isEmpty())
            continue;
        out = out.isEmpty()
                  ? p
                  : Database::tr("%1 %2", "two sentences, one after the other").arg(out, p);
    }
    return out;
}

DocketError failure(const QSqlDatabase& db, const QSqlError& error, const QString& statement)
{
    qWarning("SQL failed: %s", qUtf8Printable(technical(error, statement)));
    return describe(db.driver(), db.databaseName(), error, statement);
}

DocketError sqliteFailure(int extendedCode, const QString& driverText, const QString& path,
                          bool changing)
{
    const QSqlError error(driverText, driverText, QSqlError::StatementError,
                          QString::number(extendedCode));
    qWarning("SQLite failed on %s: %s", qUtf8Printable(path), qUtf8Printable(technical(error, {})));
    return sqliteFailure(nullptr, error, {}, path, changing);
}

void setDisplayName(const QSqlDatabase& db, const QString& name, const QString& path)
{
    if (QSqlDriver* d = db.driver()) {
        d->setProperty(kDisplayName, name);
        d->setProperty(kPath, path);
    }
}

QString displayName(const QSqlDatabase& db)
{
    return nameOf(db.driver(), db.databaseName());
}

void setReadOnlyReason(const QSqlDatabase& db, const QString& reason)
{
    if (QSqlDriver* d = db.driver())
        d->setProperty(kReadOnlyReason, reason);
}

QString readOnlyReason(const QSqlDatabase& db)
{
    return db.driver() ? db.driver()->property(kReadOnlyReason).toString() : QString();
}

bool isUnwritable(const DocketError& e)
{
    return e.field() == QLatin1String(kReadOnlyField) || e.field() == QLatin1String(kBusyField) ||
           e.field() == QLatin1String(kDiskFullField);
}

void setLockWaitObserver(LockWaitObserver observer)
{
    QMutexLocker lock(&lockWaitState().mutex);
    lockWaitState().observer = std::move(observer);
}

void setLockWaitLimit(int ms)
{
    QMutexLocker lock(&lockWaitState().mutex);
    lockWaitState().limitMs = std::max(0, ms);
}

int lockWaitLimit()
{
    QMutexLocker lock(&lockWaitState().mutex);
    return lockWaitState().limitMs;
}

QString lockWaitMessage(const QString& database)
{
    return Database::tr("Waiting for another Docket to finish writing to %1…").arg(database);
}

bool isConnectionLost(const DocketError& e)
{
    return e.code() == DocketError::Code::Database &&
           (e.field() == QLatin1String(kConnectionLostField) ||
            e.field() == QLatin1String(kOutcomeUnknownField));
}

bool nothingWasKept(const DocketError& e)
{
    return e.code() == DocketError::Code::Database &&
           e.field() == QLatin1String(kConnectionLostField);
}

void ensureOpen(const QSqlDatabase& db)
{
    if (db.isOpen() || sql::backendOf(db) != Backend::PostgreSQL || !db.isValid())
        return;
    if (inTransaction(db.driver()))
        throw DocketError(
            DocketError::Code::Database,
            Database::tr("The connection to the database server was lost; nothing was "
                         "changed. Docket reconnects by itself: try again."),
            QString::fromLatin1(kConnectionLostField));
    // Reopen the same connection object: every store holding a copy of this
    // QSqlDatabase carries on with the new session.
    QSqlDatabase copy = db;
    const bool opened = copy.open();
    if (opened)
        noteServer(copy);
    if (!opened) {
        DatabaseConfig config;
        config.backend = Backend::PostgreSQL;
        config.host = db.hostName();
        config.port = db.port();
        config.databaseName = db.databaseName();
        config.user = db.userName();
        throw DocketError(DocketError::Code::Database,
                          Database::tr("Cannot reach the database server %1: %2")
                              .arg(serverName(db), Database::explainConnectFailure(
                                                       config, copy.lastError().text())),
                          QString::fromLatin1(kConnectionLostField));
    }
}

QSqlQuery prepare(const QSqlDatabase& db, const QString& text, bool forwardOnly)
{
    ensureOpen(db);
    QSqlQuery q(db);
    q.setForwardOnly(forwardOnly);
    if (!q.prepare(text))
        fail(db.driver(), q.lastError(), text, db.databaseName());
    return q;
}

void exec(QSqlQuery& q)
{
    if (!q.exec())
        fail(q.driver(), q.lastError(), q.lastQuery());
}

QSqlQuery run(const QSqlDatabase& db, const QString& text, const QVariantList& values)
{
    // A read that failed because the connection dropped is run once more on a
    // fresh connection: reads have no effect, so that is always safe. Writes
    // are never repeated behind the caller's back.
    for (int attempt = 0;; ++attempt) {
        ensureOpen(db);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        bool ok = false;
        if (values.isEmpty() && backendOf(db) == Backend::PostgreSQL) {
            // QPSQL prepares as PREPARE ... AS, which PostgreSQL allows only
            // for SELECT/INSERT/UPDATE/DELETE/VALUES: run parameterless
            // statements (DDL, SET, LISTEN, ...) as simple queries.
            ok = q.exec(text);
        } else {
            ok = q.prepare(text);
            if (ok) {
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(i, values[i]);
                ok = q.exec();
            }
        }
        if (ok)
            return q;
        const QSqlError error = q.lastError();
        if (attempt == 0 && connectionFailed(db.driver(), error) && !inTransaction(db.driver()) &&
            isRetryableRead(text)) {
            qWarning("SQL connection lost (%s); retrying the read once",
                     qUtf8Printable(error.text()));
            if (db.driver()->isOpen())
                db.driver()->close();
            continue;
        }
        fail(db.driver(), error, text, db.databaseName());
    }
}

QSqlQuery run(const QSqlDatabase& db, const QString& text, std::initializer_list<QVariant> values)
{
    return run(db, text, QVariantList(values));
}

QVariant scalar(const QSqlDatabase& db, const QString& text, const QVariantList& values,
                const QVariant& fallback)
{
    QSqlQuery q = run(db, text, values);
    return q.next() ? q.value(0) : fallback;
}

QVariant scalar(const QSqlDatabase& db, const QString& text, std::initializer_list<QVariant> values,
                const QVariant& fallback)
{
    return scalar(db, text, QVariantList(values), fallback);
}

Backend backendOf(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSQL : Backend::SQLite;
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

WriteTransaction::WriteTransaction(const QSqlDatabase& db, int waitMs, bool announce) : m_db(db)
{
    if (const QString reason = readOnlyReason(db); !reason.isEmpty()) {
        throw DocketError(
            DocketError::Code::Database,
            sentences({Database::tr("%1 is open read-only (%2).").arg(displayName(db), reason),
                       Database::tr("Nothing was changed.")}),
            QString::fromLatin1(kReadOnlyField));
    }
    if (inTransaction(m_db.driver())) {
        // Inside another WriteTransaction on this connection: a savepoint, so
        // that the outer transaction decides (a store's write inside a larger
        // unit of work, such as the gateway's intake).
        QSqlDriver* driver = const_cast<QSqlDriver*>(m_db.driver());
        m_depth = driver->property(kTransactionDepth).toInt() + 1;
        driver->setProperty(kTransactionDepth, m_depth);
        const QString sp = QStringLiteral("SAVEPOINT docket_sp%1").arg(m_depth);
        QSqlQuery q(m_db);
        if (!q.exec(sp)) {
            driver->setProperty(kTransactionDepth, m_depth - 1);
            fail(m_db.driver(), q.lastError(), sp);
        }
        return;
    }
    const bool pg = backendOf(db) == Backend::PostgreSQL;
    if (!pg) {
        beginWaiting(waitMs < 0 ? lockWaitLimit() : waitMs, announce);
        setInTransaction(m_db.driver(), true);
        return;
    }
    const QString begin = QStringLiteral("BEGIN");
    for (int attempt = 0;; ++attempt) {
        ensureOpen(m_db);
        QSqlQuery q(m_db);
        if (q.exec(begin))
            break;
        // BEGIN does nothing by itself: on a connection that turned out to be
        // dead, open a fresh one and begin there.
        if (attempt == 0 && connectionFailed(m_db.driver(), q.lastError())) {
            if (m_db.driver()->isOpen())
                m_db.driver()->close();
            continue;
        }
        fail(m_db.driver(), q.lastError(), begin, m_db.databaseName());
    }
    setInTransaction(m_db.driver(), true);
}

// SQLite: BEGIN IMMEDIATE takes the write lock. Another connection holding
// it makes us wait: a first short try (two Dockets taking turns never see a
// message), then slices of a quarter second, telling the observer, until the
// lock is ours or `limitMs` have passed. The connection's own busy timeout
// is the whole limit again afterwards, for statements outside a transaction.
void WriteTransaction::beginWaiting(int limitMs, bool announce)
{
    const QString begin = QStringLiteral("BEGIN IMMEDIATE");
    constexpr int kFirstTryMs = 100;
    constexpr int kSliceMs = 250;
    QElapsedTimer waited;
    waited.start();
    bool told = false;
    const QString name = displayName(m_db);
    auto restore = qScopeGuard([&] {
        setBusyTimeout(m_db, lockWaitLimit());
        if (told)
            notifyLockWait({name, waited.elapsed(), true});
    });
    setBusyTimeout(m_db, std::min(kFirstTryMs, limitMs));
    for (;;) {
        QSqlQuery q(m_db);
        if (q.exec(begin))
            return;
        const QSqlError error = q.lastError();
        if (!isBusyError(error))
            fail(m_db.driver(), error, begin, m_db.databaseName());
        const qint64 elapsed = waited.elapsed();
        if (elapsed >= limitMs) {
            qWarning("SQL failed: %s -- gave up after %lld ms",
                     qUtf8Printable(technical(error, begin)), static_cast<long long>(elapsed));
            throw DocketError(
                DocketError::Code::Conflict,
                sentences({Database::tr("%1 stayed locked by another Docket, or another "
                                        "program, for %L2 seconds.")
                               .arg(name)
                               .arg(double(elapsed) / 1000.0, 0, 'f', 1),
                           Database::tr("Nothing was changed."),
                           Database::tr("Try again when it has finished.")}),
                QString::fromLatin1(kBusyField), technical(error, begin));
        }
        if (announce) {
            told = true;
            notifyLockWait({name, elapsed, false});
        }
        setBusyTimeout(m_db, int(std::min<qint64>(kSliceMs, limitMs - elapsed)));
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    if (m_depth > 0) {
        if (m_db.isOpen()) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT docket_sp%1").arg(m_depth));
            q.exec(QStringLiteral("RELEASE SAVEPOINT docket_sp%1").arg(m_depth));
        }
        const_cast<QSqlDriver*>(m_db.driver())->setProperty(kTransactionDepth, m_depth - 1);
        return;
    }
    if (m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    setInTransaction(m_db.driver(), false);
}

bool WriteTransaction::isNested(const QSqlDatabase& db)
{
    return inTransaction(db.driver());
}

void WriteTransaction::commit()
{
    if (m_depth > 0) {
        const QString release = QStringLiteral("RELEASE SAVEPOINT docket_sp%1").arg(m_depth);
        QSqlQuery q(m_db);
        m_done = true;
        const_cast<QSqlDriver*>(m_db.driver())->setProperty(kTransactionDepth, m_depth - 1);
        if (!q.exec(release))
            fail(m_db.driver(), q.lastError(), release);
        return;
    }
    if (backendOf(m_db) != Backend::PostgreSQL) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            fail(m_db.driver(), q.lastError(), QStringLiteral("COMMIT"));
        m_done = true;
        setInTransaction(m_db.driver(), false);
        return;
    }
    // PostgreSQL: remember the transaction id, so that when the connection
    // drops while COMMIT is under way we can ask the server afterwards whether
    // it committed (pg_xact_status) and tell the user which.
    const QString xid =
        scalar(m_db, QStringLiteral("SELECT CAST(pg_current_xact_id() AS TEXT)")).toString();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT"))) {
        m_done = true;
        setInTransaction(m_db.driver(), false);
        return;
    }
    const QSqlError error = q.lastError();
    if (!connectionFailed(m_db.driver(), error))
        fail(m_db.driver(), error, QStringLiteral("COMMIT"));
    m_done = true;
    setInTransaction(m_db.driver(), false);
    qWarning("SQL connection lost during COMMIT of transaction %s: %s", qUtf8Printable(xid),
             qUtf8Printable(error.text()));
    switch (transactionOutcome(m_db, xid)) {
    case Outcome::Committed:
        return;
    case Outcome::NotCommitted:
        throw DocketError(
            DocketError::Code::Database,
            Database::tr("The connection to the database server was lost while saving; the "
                         "server did not keep the change, so nothing was changed. Try "
                         "again."),
            QString::fromLatin1(kConnectionLostField));
    case Outcome::Unknown:
        break;
    }
    throw DocketError(
        DocketError::Code::Database,
        Database::tr("The connection to the database server was lost while saving, and the "
                     "server cannot be reached to find out whether the change was kept. "
                     "Check the order's history once the connection is back before trying "
                     "again."),
        QString::fromLatin1(kOutcomeUnknownField));
}

Outcome transactionOutcome(const QSqlDatabase& db, const QString& xid, int waitMs)
{
    QDeadlineTimer deadline(waitMs);
    for (;;) {
        try {
            if (db.driver()->isOpen())
                db.driver()->close();
            ensureOpen(db);
            QString status;
            try {
                status = scalar(db, QStringLiteral("SELECT pg_xact_status(CAST(? AS xid8))"), {xid})
                             .toString();
            } catch (const DocketError& e) {
                // After a failover the new primary may never have seen the
                // transaction: an id past its own is one it never committed.
                if (e.detail().contains(QLatin1String("is in the future")))
                    return Outcome::NotCommitted;
                throw;
            }
            if (status == QLatin1String("committed"))
                return Outcome::Committed;
            if (status != QLatin1String("in progress"))
                return Outcome::NotCommitted; // aborted, or never reached the server
        } catch (const DocketError& e) {
            if (!isConnectionLost(e))
                return Outcome::Unknown;
        }
        if (deadline.hasExpired())
            return Outcome::Unknown;
        QThread::msleep(250);
    }
}

QDateTime utcTime(const QVariant& seconds)
{
    if (seconds.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC);
}

} // namespace docket::sql
