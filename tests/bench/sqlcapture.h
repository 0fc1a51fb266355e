#pragma once

// The raw baseline runs exactly the SQL Docket runs. Instead of copying
// Docket's statements (which would drift), the benchmark records them: an
// SQLite auto-extension installs a trace hook on every connection the process
// opens (Qt's QSQLITE driver uses the same libsqlite3), and while a capture is
// on, each statement's text and its bound values (recovered from
// sqlite3_expanded_sql) are kept. Replaying them through the C API with the
// same bindings gives the cost of the question without any Qt in between.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

struct sqlite3;
struct pg_conn;

namespace bench {

struct CapturedStatement
{
    QByteArray sql;          // as prepared, with ? placeholders
    QVariantList binds;      // recovered bound values (qint64, double, QByteArray text, null)
    QList<QByteArray> names; // each value's parameter (":0", "?3"); empty for a plain "?"
    bool mainThread = false; // executed by the thread that started the capture
    bool ok = true;          // the bindings could be recovered
    qint64 rows = 0;         // rows Docket read (the replay reads as many, plus one step)
    // PostgreSQL (Qt's QPSQL driver sends "PREPARE name AS sql" and then
    // "EXECUTE name (literal, ...)"): `sql` is the prepared SQL, these the two
    // commands as sent (pgPrepare empty for a statement sent as it is).
    QByteArray pgPrepare;
    QByteArray pgExecute;
};

class SqlCapture
{
public:
    // Registers the auto-extension; call before any connection is opened.
    static void install();
    static void start();
    static QList<CapturedStatement> stop();
};

// A plain sqlite3 connection with the same settings Docket's connections use
// (models/db/database.cpp, configureConnection).
class RawConnection
{
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

// Runs the statements in order: prepare, bind, step through as many rows as
// Docket read (and one step more, which ends a statement Docket read to the
// end), reading every column, finalize. DOCKET_BENCH_TRACE=1 prints each
// statement's time. Returns the number of rows read; throws std::runtime_error
// on an SQLite error. `idMap` rewrites JSON id lists ("[1,2,3]") bound as
// text, so a write can be replayed on other orders than Docket's.
qint64 replay(sqlite3* db, const QList<CapturedStatement>& statements,
              const QHash<qint64, qint64>& idMap = {});

bool isCount(const CapturedStatement& s);

#ifdef DOCKET_BENCH_LIBPQ
// A plain libpq connection. The capture of Docket's PostgreSQL statements
// works by interposing PQexec and PQsendQuery (the only calls QPSQL sends SQL
// with): the benchmark executable exports its own definitions, which record
// the text and call libpq's.
class PgRawConnection
{
public:
    explicit PgRawConnection(const QByteArray& conninfo);
    ~PgRawConnection();
    PgRawConnection(const PgRawConnection&) = delete;
    PgRawConnection& operator=(const PgRawConnection&) = delete;
    // Runs one command, reading every cell of its result; throws on error.
    qint64 exec(const QByteArray& command);
    // Replays as replay() does: each statement once prepared on this
    // connection (as Docket's was), then its EXECUTE, one round trip each.
    qint64 replay(const QList<CapturedStatement>& statements,
                  const QHash<qint64, qint64>& idMap = {});

private:
    pg_conn* m_conn = nullptr;
    QHash<QByteArray, bool> m_prepared;
};
#endif

} // namespace bench
