#include "sql.h"

#include "dialect.h"
#include "domain/errors.h"
#include "sql_p.h"
#include "statementcache.h"

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
#include <QUuid>

#include <sqlite3.h>

namespace docket::sql {

namespace {

// Set on a connection's driver while a WriteTransaction is open on it: a
// connection that drops then must not be reopened behind the transaction's
// back (the rest of its statements would run outside it).
const char* const kInTransaction = "docketWriteTransaction";
// Commit marks (PostgreSQL 0137, markCommit): whether this session's schema
// has them, the connection's random id and its last commit's number.
const char* const kCommitMarks = "docketCommitMarks";
const char* const kCommitConnection = "docketCommitConnection";
const char* const kCommitToken = "docketCommitToken";
// How many WriteTransactions are open inside the outermost one (savepoints).
const char* const kTransactionDepth = "docketTransactionDepth";

} // namespace

namespace detail {

bool inTransaction(const QSqlDriver* driver)
{
    return driver && driver->property(kInTransaction).toBool();
}

bool isPostgres(const QSqlDriver* driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL;
}

} // namespace detail

namespace {

using detail::describe;
using detail::inTransaction;
using detail::isPostgres;
using detail::technical;

void setInTransaction(const QSqlDriver* driver, bool on)
{
    if (driver)
        const_cast<QSqlDriver*>(driver)->setProperty(kInTransaction, on);
}

QString serverName(const QSqlDatabase& db)
{
    return QStringLiteral("%1:%2/%3").arg(db.hostName()).arg(db.port()).arg(db.databaseName());
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
        statementcache::forget(driver);
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
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

// Transaction control run often (savepoints: two statements per nested
// unit of work): kept prepared on SQLite; PostgreSQL runs it as a simple query.
bool execControl(const QSqlDatabase& db, const QString& text, QSqlError* error)
{
    if (!isPostgres(db.driver()))
        return statementcache::execKept(db, text, error);
    QSqlQuery q(db);
    if (q.exec(text))
        return true;
    *error = q.lastError();
    return false;
}

// SQLite's busy timeout of a connection, in milliseconds.
void setBusyTimeout(const QSqlDatabase& db, int ms)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

} // namespace

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
    // QSqlDatabase carries on with the new session (whose prepared
    // statements are none of the old one's).
    statementcache::forget(db.driver());
    // The server may be another (a failover): ask again whether it has marks.
    const_cast<QSqlDriver*>(db.driver())->setProperty(kCommitMarks, QVariant());
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
    const bool keep = forwardOnly && statementcache::cacheable(text);
    if (keep)
        if (std::optional<QSqlQuery> kept = statementcache::take(db, text))
            return statementcache::lend(db, text, std::move(*kept));
    QSqlQuery q(db);
    q.setForwardOnly(forwardOnly);
    if (!q.prepare(text))
        fail(db.driver(), q.lastError(), text, db.databaseName());
    if (!keep)
        return q;
    statementcache::notePrepared(db);
    return statementcache::lend(db, text, std::move(q));
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
        // QPSQL prepares as PREPARE ... AS, which PostgreSQL allows only for
        // SELECT/INSERT/UPDATE/DELETE/VALUES: parameterless statements (DDL,
        // SET, LISTEN, ...) run there as simple queries.
        const bool simple = values.isEmpty() && backendOf(db) == Backend::PostgreSQL;
        if (!values.isEmpty() && !isPostgres(db.driver())) {
            QSqlQuery done;
            QSqlError error;
            switch (detail::runSqliteWrite(db, text, values, &done, &error)) {
            case detail::DirectWrite::Done:
                return done;
            case detail::DirectWrite::Failed:
                fail(db.driver(), error, text, db.databaseName());
            case detail::DirectWrite::NotTaken:
                break;
            }
        }
        const bool keep = !simple && statementcache::cacheable(text);
        std::optional<QSqlQuery> kept = keep ? statementcache::take(db, text) : std::nullopt;
        QSqlQuery q = kept ? std::move(*kept) : QSqlQuery(db);
        bool ok = false;
        if (simple) {
            ok = q.exec(text);
        } else {
            if (!kept) {
                q.setForwardOnly(true);
                ok = q.prepare(text);
                if (ok && keep)
                    statementcache::notePrepared(db);
            }
            if (kept || ok) {
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(i, values[i]);
                ok = q.exec();
            }
        }
        if (ok) {
            if (statementcache::changesSchema(text))
                statementcache::forget(db.driver());
            return keep ? statementcache::lend(db, text, std::move(q)) : std::move(q);
        }
        const QSqlError error = q.lastError();
        // A kept PostgreSQL statement may have been planned for a schema
        // another session changed since: start afresh.
        if (kept && backendOf(db) == Backend::PostgreSQL)
            statementcache::forget(db.driver());
        if (attempt == 0 && connectionFailed(db.driver(), error) && !inTransaction(db.driver()) &&
            isRetryableRead(text)) {
            qWarning("SQL connection lost (%s); retrying the read once",
                     qUtf8Printable(error.text()));
            statementcache::forget(db.driver());
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
        QSqlError error;
        if (!execControl(m_db, sp, &error)) {
            driver->setProperty(kTransactionDepth, m_depth - 1);
            fail(m_db.driver(), error, sp);
        }
        if (sqlite3* handle = sqliteHandle(m_db))
            m_changesAtStart = sqlite3_total_changes64(handle);
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
            statementcache::forget(m_db.driver());
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
            // A savepoint that changed no row has nothing to take back: it is
            // only released. On SQLite a ROLLBACK TO inside a transaction that
            // changed the schema (a batch's temp tables) expires every
            // prepared statement and reloads the whole schema: a file import
            // that left 7,475 of 10,000 orders unchanged took 28 s, not 2.3 s.
            sqlite3* handle = m_changesAtStart >= 0 ? sqliteHandle(m_db) : nullptr;
            if (!handle || sqlite3_total_changes64(handle) != m_changesAtStart)
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
        m_done = true;
        const_cast<QSqlDriver*>(m_db.driver())->setProperty(kTransactionDepth, m_depth - 1);
        QSqlError error;
        if (!execControl(m_db, release, &error))
            fail(m_db.driver(), error, release);
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
    // PostgreSQL: mark the transaction, so that when the connection drops
    // while COMMIT is under way we can ask the server afterwards whether it
    // committed and tell the user which (transactionOutcome).
    const CommitMark mark = markCommit(m_db);
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT"))) {
        m_done = true;
        setInTransaction(m_db.driver(), false);
        notePrimaryPosition(m_db);
        return;
    }
    const QSqlError error = q.lastError();
    if (!connectionFailed(m_db.driver(), error))
        fail(m_db.driver(), error, QStringLiteral("COMMIT"));
    m_done = true;
    setInTransaction(m_db.driver(), false);
    qWarning("SQL connection lost during COMMIT of transaction %s (mark %s/%lld): %s",
             qUtf8Printable(mark.xid), qUtf8Printable(mark.connection), mark.token,
             qUtf8Printable(error.text()));
    switch (transactionOutcome(m_db, mark)) {
    case Outcome::Committed:
        notePrimaryPosition(m_db);
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
        m_subject.isEmpty()
            ? Database::tr("The connection to the database server was lost while saving, and "
                           "the server cannot be reached to find out whether the change was "
                           "kept. Check the order's history once the connection is back before "
                           "trying again.")
            : Database::tr("The connection to the database server was lost while saving %1, "
                           "and the server cannot be reached to find out whether the change "
                           "was kept. Look at %1 once the connection is back before trying "
                           "again.")
                  .arg(m_subject),
        QString::fromLatin1(kOutcomeUnknownField));
}

CommitMark markCommit(const QSqlDatabase& db)
{
    auto* driver = const_cast<QSqlDriver*>(db.driver());
    CommitMark mark;
    QSqlQuery q;
    if (!driver->property(kCommitMarks).toBool()) {
        // Once per session: does the schema have commit marks (0137)? (Not
        // remembered while it has not: a migration may be adding them.)
        q = run(db, QStringLiteral("SELECT CAST(pg_current_xact_id() AS TEXT), "
                                   "to_regprocedure('docket_commit_mark(uuid,bigint)') IS NOT "
                                   "NULL"));
        q.next();
        mark.xid = q.value(0).toString();
        if (!q.value(1).toBool())
            return mark;
        driver->setProperty(kCommitMarks, true);
    }
    QString connection = driver->property(kCommitConnection).toString();
    if (connection.isEmpty()) {
        // The same id for every session this connection object opens: a
        // mark written before a reconnect is found after it.
        connection = QUuid::createUuid().toString(QUuid::WithoutBraces);
        driver->setProperty(kCommitConnection, connection);
    }
    const qint64 token = driver->property(kCommitToken).toLongLong() + 1;
    const QVariantList binds{connection, token};
    // A read-only transaction (a session with default_transaction_read_only)
    // cannot write its mark, and has nothing to lose: it commits unmarked
    // ('read-only'). The function answers whether it wrote the mark (0141:
    // 'true' or 'false'; a server before it answers nothing, '', and wrote it).
    static const QString kMark =
        QStringLiteral("CASE WHEN current_setting('transaction_read_only') = 'off' THEN "
                       "CAST(docket_commit_mark(CAST(? AS uuid), ?) AS TEXT) ELSE 'read-only' END");
    QString answer;
    if (mark.xid.isEmpty()) {
        q = run(db, QStringLiteral("SELECT CAST(pg_current_xact_id() AS TEXT), ") + kMark, binds);
        q.next();
        mark.xid = q.value(0).toString();
        answer = q.value(1).toString();
    } else {
        answer = scalar(db, QStringLiteral("SELECT ") + kMark, binds).toString();
    }
    if (answer.isEmpty() || answer == QLatin1String("true")) {
        driver->setProperty(kCommitToken, token);
        mark.connection = connection;
        mark.token = token;
    } else if (answer == QLatin1String("false")) {
        // Not written (the id is another login's): this commit is judged by
        // its transaction id alone, and the next one marks under a fresh id.
        driver->setProperty(kCommitConnection, QVariant());
    }
    return mark;
}

Outcome transactionOutcome(const QSqlDatabase& db, const CommitMark& mark, int waitMs)
{
    QDeadlineTimer deadline(waitMs);
    for (;;) {
        try {
            statementcache::forget(db.driver());
            if (db.driver()->isOpen())
                db.driver()->close();
            ensureOpen(db);
            QString status;
            try {
                status =
                    scalar(db, QStringLiteral("SELECT pg_xact_status(CAST(? AS xid8))"), {mark.xid})
                        .toString();
            } catch (const DocketError& e) {
                // After a failover the new primary may never have seen the
                // transaction: an id past its own is one it never committed.
                if (e.detail().contains(QLatin1String("is in the future")))
                    return Outcome::NotCommitted;
                throw;
            }
            // Still under way (on the same server: COMMIT waiting for a
            // synchronous standby; or another transaction with the same id
            // on a promoted standby): ask again.
            if (status != QLatin1String("in progress")) {
                if (mark.connection.isEmpty())
                    return status == QLatin1String("committed") ? Outcome::Committed
                                                                : Outcome::NotCommitted;
                // The id may be another transaction's on this server's
                // history (see sql.h): only the transaction's own mark says
                // it committed. The transaction has ended (not in progress),
                // so a new snapshot sees its mark if it committed.
                const QVariant seen =
                    scalar(db, QStringLiteral("SELECT docket_commit_seen(CAST(? AS uuid))"),
                           {mark.connection});
                if (!seen.isNull() && seen.toLongLong() == mark.token)
                    return Outcome::Committed;
                if (status == QLatin1String("committed"))
                    qWarning("Transaction id %s committed on this server, but not the "
                             "transaction of mark %s/%lld: the id was given again after a "
                             "failover",
                             qUtf8Printable(mark.xid), qUtf8Printable(mark.connection), mark.token);
                return Outcome::NotCommitted;
            }
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
