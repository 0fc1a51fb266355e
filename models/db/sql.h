#pragma once

#include "database.h"
#include "domain/errors.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <initializer_list>

struct sqlite3;

namespace docket::sql {

// Prepares `text`; throws DocketError(Database) with the driver's message.
QSqlQuery prepare(const QSqlDatabase& db, const QString& text, bool forwardOnly = true);
// Executes a prepared query; throws DocketError(Database) on failure.
void exec(QSqlQuery& q);
// Prepare, bind positionally, execute.
QSqlQuery run(const QSqlDatabase& db, const QString& text,
              std::initializer_list<QVariant> values = {});
QSqlQuery run(const QSqlDatabase& db, const QString& text, const QVariantList& values);
// First column of the first row, or `fallback` when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& text,
                std::initializer_list<QVariant> values = {}, const QVariant& fallback = {});
QVariant scalar(const QSqlDatabase& db, const QString& text, const QVariantList& values,
                const QVariant& fallback = {});

Backend backendOf(const QSqlDatabase& db);

// The sqlite3 handle under a SQLite connection (for what Qt SQL has no call
// for: the C API's bulk statements, progress handler); null on PostgreSQL.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// A column of UTC seconds as a date and time in UTC; invalid for NULL.
QDateTime utcTime(const QVariant& seconds);

// Lost connections (PostgreSQL). A statement that fails because the session
// to the server is gone throws DocketError(Database) with field()
// kConnectionLostField and a message saying what became of the work: inside a
// WriteTransaction nothing was changed (the server rolls back an open
// transaction whose session ends); a drop during COMMIT is resolved by asking
// the server afterwards (see WriteTransaction::commit). The next statement
// outside a transaction reopens the same QSqlDatabase, so stores holding it
// carry on; a read that met a dropped connection is retried once.
inline constexpr const char* kConnectionLostField = "connection";
// The connection dropped during COMMIT and the server could not be asked
// afterwards: the change may or may not have been kept.
inline constexpr const char* kOutcomeUnknownField = "connection-outcome-unknown";
// Either of the two above.
bool isConnectionLost(const DocketError& e);
// The connection dropped and the server kept nothing of the work (not the
// unknown outcome): the work may be done again.
bool nothingWasKept(const DocketError& e);
// Reopens a dropped PostgreSQL connection, trying for up to `waitMs` (a
// failover: the standby is being promoted). False when no server that takes
// changes answered in that time.
bool awaitServer(const QSqlDatabase& db, int waitMs);
// Reopens a PostgreSQL connection that dropped (not inside a transaction).
// Throws DocketError(Database, kConnectionLostField) when the server is still
// unreachable.
void ensureOpen(const QSqlDatabase& db);

// Failover (PostgreSQL with standbys, DatabaseConfig::otherServers): a
// connection that dropped reopens to whichever server now takes writes. After
// every open of such a connection noteServer() asks which server answered and,
// when it is another than the one this process used for that database before,
// tells the observer once (from the thread that reopened).
struct ServerChange
{
    QString database; // its display name
    QString from;     // "host:port" that answered before
    QString to;       // and now
};
using ServerChangeObserver = std::function<void(const ServerChange&)>;
// Process-wide, like the lock-wait observer (the window: its status bar;
// docketctl: a line on standard error).
void setServerChangeObserver(ServerChangeObserver observer);
// "The database server A stopped answering; Docket now works with B, ..." (translated).
QString serverChangeMessage(const ServerChange& change);
void noteServer(const QSqlDatabase& db);
// The "host:port" that answered the last (re)open of a multi-server
// connection; empty for one server, or unknown.
QString currentServer(const QSqlDatabase& db);

// Read replicas (DatabaseConfig::readFromStandby, Database::readConnection).
// Where the lists and charts read from, as the last read chose it.
struct ReadRoute
{
    QString database;         // its display name
    QString standby;          // "host:port" of the standby read, or asked
    bool fromStandby = false; // false: the primary, for `reason`
    double lagSeconds = 0;    // how far the standby's replay is behind
    QString reason;           // why not the standby (translated); empty when fromStandby
    bool operator==(const ReadRoute&) const = default;
};
using ReadRouteObserver = std::function<void(const ReadRoute&)>;
// Process-wide; told (on the reading thread) when the route or the lag, to a
// tenth of a second, changes.
void setReadRouteObserver(ReadRouteObserver observer);
void noteReadRoute(const ReadRoute& route);
// "Lists read from the standby db2:5432, 0.3 s behind" or why the primary (translated).
QString readRouteMessage(const ReadRoute& route);
// Read-your-own-writes: the primary's WAL position after this process's last
// committed change (WriteTransaction::commit asks, on connections marked by
// trackPrimaryPosition) or the last change it was told of (the change
// watcher's notifications). A standby is read only once it replayed that far.
void trackPrimaryPosition(const QSqlDatabase& db);
void notePrimaryPosition(const QSqlDatabase& db);
quint64 primaryPosition(const QString& database);
// "16/B374D848" (pg_lsn as text) as a number; 0 for NULL or garbage.
quint64 parseLsn(const QString& text);

// Failures in words. Every failed statement becomes a DocketError whose
// message says what happened and what to do, never the statement or the
// driver's text (those are its detail(), and the log's): a full disk, a
// read-only file or folder, a database another program holds locked, a
// damaged file, a lost server, ... The fields below mark the kinds callers
// treat specially.
inline constexpr const char* kBusyField = "busy";          // locked by another connection
inline constexpr const char* kReadOnlyField = "read-only"; // cannot be written
inline constexpr const char* kDiskFullField = "disk-full"; // no space left
// The DocketError for `error`, raised by `statement` on `db`.
DocketError failure(const QSqlDatabase& db, const QSqlError& error, const QString& statement);
// The same for a failure of SQLite's C API (backup and restore work on raw
// handles): its extended result code and message, the file it concerns, and
// whether the operation was changing that file.
DocketError sqliteFailure(int extendedCode, const QString& driverText, const QString& path,
                          bool changing);
// Marks: the name messages use for a connection's database, and why it is
// read-only (empty: it may be written). Database::connection() sets both.
void setDisplayName(const QSqlDatabase& db, const QString& name, const QString& path = {});
QString displayName(const QSqlDatabase& db);
void setReadOnlyReason(const QSqlDatabase& db, const QString& reason);
QString readOnlyReason(const QSqlDatabase& db);
// Sentences one after another, as the language writes them (a space in
// English, none in Chinese); empty ones left out.
QString sentences(std::initializer_list<QString> parts);
// Whether an error means the database could not be written (read-only, busy
// past the wait, disk full): what a sign-in may go ahead without recording.
bool isUnwritable(const DocketError& e);

// Waiting for another program's write lock (SQLite). A WriteTransaction that
// finds the database locked waits for up to lockWaitLimit() milliseconds; it
// tells the observer (on the waiting thread) when the wait begins, about four
// times a second while it lasts, and when it is over (got the lock or gave
// up). Giving up throws DocketError(Conflict, kBusyField) in words.
struct LockWait
{
    QString database; // its display name
    qint64 waitedMs = 0;
    bool over = false;
};
using LockWaitObserver = std::function<void(const LockWait&)>;
// Process-wide; set it before other threads write (docketctl: a line on
// standard error; the window: its status bar).
void setLockWaitObserver(LockWaitObserver observer);
void setLockWaitLimit(int ms); // default 10,000
int lockWaitLimit();
// "Waiting for another Docket to finish writing to %1…" (translated).
QString lockWaitMessage(const QString& database);

// A write transaction: BEGIN IMMEDIATE on SQLite (no writer upgrade
// deadlocks), BEGIN on PostgreSQL. Rolls back unless commit() was called.
// On a connection marked read-only it throws at once (kReadOnlyField); on
// SQLite it waits for a lock held elsewhere as described above, for
// `waitMs` instead of lockWaitLimit() when that is given (0: not at all),
// without telling the observer unless `announce`.
//
// Inside another WriteTransaction on the same connection it is a savepoint:
// commit() releases it, and without commit() its work is rolled back while
// the outer transaction goes on; the outer one alone commits. So a store's
// write can be part of a larger unit of work (the gateway takes an order and
// records where it came from in one transaction).
//
// On PostgreSQL, commit() notes the transaction id first; when the connection
// drops while COMMIT is under way it reconnects and asks the server
// (pg_xact_status) whether the transaction committed: if it did, commit()
// returns normally (the work was done exactly once); if not, it throws saying
// nothing was changed; if the server stays unreachable (about 15 s) it throws
// saying the outcome is not known yet.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase& db, int waitMs = -1, bool announce = true);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();
    // What the transaction saves, in words ("order DK0000123"): a COMMIT lost
    // with the connection whose outcome cannot be found out names it.
    void setSubject(const QString& what) { m_subject = what; }
    // Whether a WriteTransaction is open on `db` (a new one would be nested).
    static bool isNested(const QSqlDatabase& db);

private:
    void beginWaiting(int limitMs, bool announce);

    QSqlDatabase m_db;
    QString m_subject;
    bool m_done = false;
    int m_depth = 0; // 0: the outermost transaction; else its savepoint's number
    // SQLite savepoint: the connection's row changes when it began (-1: not known).
    qint64 m_changesAtStart = -1;
};

// Runs `work`, a whole unit of work with its own WriteTransaction, and when
// the connection to the server dropped before anything was kept, once more
// on the reopened connection (after a failover: the promoted standby),
// waiting up to `waitMs` for it. So what was in flight is retried exactly
// once. Inside an outer transaction (whose work is gone with the session), on
// SQLite, or when the outcome is unknown, the error goes to the caller.
template <typename Work>
auto retryOnceWhenLost(const QSqlDatabase& db, Work&& work, int waitMs = 15000)
{
    if (backendOf(db) != Backend::PostgreSQL || WriteTransaction::isNested(db))
        return work();
    try {
        return work();
    } catch (const DocketError& e) {
        if (!nothingWasKept(e) || !awaitServer(db, waitMs))
            throw;
    }
    return work();
}

enum class Outcome { Committed, NotCommitted, Unknown };
// What names one PostgreSQL COMMIT (WriteTransaction::commit): the
// transaction's id and, where the schema has commit marks (PostgreSQL 0137),
// the mark written in the transaction: the connection's random id and the
// number of this commit on that connection.
struct CommitMark
{
    QString xid;        // pg_current_xact_id(), as text
    QString connection; // empty: no mark was written (a schema before 0137)
    qint64 token = 0;
};
// Writes the mark of the transaction under way on `db` (PostgreSQL, inside
// the transaction, just before COMMIT) and says what it wrote.
CommitMark markCommit(const QSqlDatabase& db);
// Whether the PostgreSQL transaction of `mark` committed, reconnecting `db`
// as needed for up to `waitMs`. A transaction id alone cannot say: after a
// failover (or a crash that lost the end of the WAL) the server that answers
// may have given the same id to another transaction, which committed. So
// "committed" is the answer only when the server holds the transaction's own
// mark; without a mark (a schema before 0137) only pg_xact_status is asked.
Outcome transactionOutcome(const QSqlDatabase& db, const CommitMark& mark, int waitMs = 15000);

} // namespace docket::sql
