#include "sqlcapture.h"

#include "db/ftsmatch.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>
#ifdef DOCKET_BENCH_LIBPQ
#include <dlfcn.h>
#include <libpq-fe.h>
#endif
#include <stdexcept>
#include <thread>

namespace bench {

namespace {

struct Raw
{
    QByteArray sql;
    QByteArray expanded;
    std::thread::id thread;
    qint64 rows = 0;
    QByteArray pgPrepare;
    QByteArray pgExecute;
};

std::atomic<bool> g_capturing{false};
std::thread::id g_startThread;
QMutex g_mutex;
QList<Raw> g_captured;
// Statement -> its entry in g_captured while it runs (from its first step to
// its end or reset). SQLite reports a statement again at the start of each
// trigger or foreign-key action it runs; those are not new runs.
QHash<sqlite3_stmt*, qsizetype> g_running;

int onTrace(unsigned mask, void*, void* p, void* x)
{
    if (!g_capturing.load(std::memory_order_relaxed))
        return 0;
    auto* stmt = static_cast<sqlite3_stmt*>(p);
    if (mask == SQLITE_TRACE_ROW) {
        QMutexLocker lock(&g_mutex);
        const auto it = g_running.constFind(stmt);
        if (it != g_running.constEnd())
            ++g_captured[*it].rows;
        return 0;
    }
    if (mask == SQLITE_TRACE_PROFILE) {
        QMutexLocker lock(&g_mutex);
        g_running.remove(stmt);
        return 0;
    }
    const char* text = static_cast<const char*>(x);
    if (text && text[0] == '-' && text[1] == '-') // a trigger starting
        return 0;
    // FTS5 reading its own tables ("SELECT k, v FROM 'main'.'order_fts_config'")
    // is part of the statement that uses it, not a statement of Docket's.
    if (text && std::strstr(text, "'main'.'"))
        return 0;
    {
        QMutexLocker lock(&g_mutex);
        if (g_running.contains(stmt)) // a foreign-key action starting
            return 0;
    }
    Raw r;
    r.sql = QByteArray(sqlite3_sql(stmt));
    char* expanded = sqlite3_expanded_sql(stmt);
    r.expanded = QByteArray(expanded ? expanded : "");
    sqlite3_free(expanded);
    r.thread = std::this_thread::get_id();
    QMutexLocker lock(&g_mutex);
    g_running.insert(stmt, g_captured.size());
    g_captured.push_back(std::move(r));
    return 0;
}

int onOpen(sqlite3* db, const char**, const sqlite3_api_routines*)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW | SQLITE_TRACE_PROFILE, &onTrace,
                     nullptr);
    return SQLITE_OK;
}

// sqlite3_expanded_sql() replaces each parameter with its value as an SQL
// literal; walking the two texts side by side gives the values back.
// Qt's QSQLITE driver rewrites "?" into ":0", ":1", ...
bool recoverBinds(const QByteArray& sql, const QByteArray& expanded, QVariantList* out,
                  QList<QByteArray>* names)
{
    auto isNameChar = [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_';
    };
    qsizetype i = 0, j = 0;
    char quote = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?' || ((c == ':' || c == '@' || c == '$') && i + 1 < sql.size() &&
                                isNameChar(sql[i + 1]))) {
            const qsizetype start = i;
            ++i;
            while (i < sql.size() && isNameChar(sql[i]))
                ++i;
            const QByteArray name = i - start > 1 ? sql.mid(start, i - start) : QByteArray();
            // A name used twice is one parameter: keep its first value.
            const bool repeated = !name.isEmpty() && names->contains(name);
            if (!repeated)
                names->push_back(name);
            const qsizetype before = out->size();
            if (j >= expanded.size())
                return false;
            if (expanded.mid(j, 4) == "NULL") {
                out->push_back(QVariant());
                j += 4;
            } else if (expanded[j] == '\'') {
                QByteArray text;
                ++j;
                for (;;) {
                    if (j >= expanded.size())
                        return false;
                    if (expanded[j] == '\'') {
                        if (j + 1 < expanded.size() && expanded[j + 1] == '\'') {
                            text += '\'';
                            j += 2;
                            continue;
                        }
                        ++j;
                        break;
                    }
                    text += expanded[j++];
                }
                out->push_back(text);
            } else {
                const qsizetype numberStart = j;
                bool real = false;
                while (j < expanded.size() &&
                       (std::isdigit(static_cast<unsigned char>(expanded[j])) ||
                        expanded[j] == '-' || expanded[j] == '+' || expanded[j] == '.' ||
                        expanded[j] == 'e' || expanded[j] == 'E')) {
                    real = real || expanded[j] == '.' || expanded[j] == 'e' || expanded[j] == 'E';
                    ++j;
                }
                const QByteArray number = expanded.mid(numberStart, j - numberStart);
                bool ok = false;
                if (real)
                    out->push_back(number.toDouble(&ok));
                else
                    out->push_back(number.toLongLong(&ok));
                if (!ok)
                    return false;
            }
            if (repeated)
                out->resize(before);
            continue;
        }
        if (j >= expanded.size() || expanded[j] != c)
            return false;
        ++i;
        ++j;
    }
    return j == expanded.size();
}

void check(sqlite3* db, int rc, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

QByteArray mapIds(const QByteArray& text, const QHash<qint64, qint64>& idMap)
{
    if (idMap.isEmpty() || !text.startsWith('['))
        return text;
    const QJsonArray in = QJsonDocument::fromJson(text).array();
    if (in.isEmpty())
        return text;
    QByteArray out = "[";
    for (qsizetype k = 0; k < in.size(); ++k) {
        const qint64 id = in[k].toInteger();
        if (k)
            out += ',';
        out += QByteArray::number(idMap.value(id, id));
    }
    return out + ']';
}

bool trace()
{
    static const bool on = qEnvironmentVariableIntValue("DOCKET_BENCH_TRACE") != 0;
    return on;
}

} // namespace

void SqlCapture::install()
{
    sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(&onOpen));
}

void SqlCapture::start()
{
    QMutexLocker lock(&g_mutex);
    g_captured.clear();
    g_running.clear();
    g_startThread = std::this_thread::get_id();
    g_capturing = true;
}

QList<CapturedStatement> SqlCapture::stop()
{
    g_capturing = false;
    QMutexLocker lock(&g_mutex);
    QList<CapturedStatement> out;
    for (const Raw& r : std::as_const(g_captured)) {
        CapturedStatement s;
        s.sql = r.sql;
        s.mainThread = r.thread == g_startThread;
        s.pgPrepare = r.pgPrepare;
        s.pgExecute = r.pgExecute;
        s.ok = !r.pgExecute.isEmpty() || recoverBinds(r.sql, r.expanded, &s.binds, &s.names);
        s.rows = r.rows;
        out.push_back(std::move(s));
    }
    g_captured.clear();
    g_running.clear();
    return out;
}

RawConnection::RawConnection(const QString& path)
{
    const QByteArray p = path.toUtf8();
    if (sqlite3_open_v2(p.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("cannot open ") + p.constData() + ": " +
                                 sqlite3_errmsg(m_db));
    sqlite3_busy_timeout(m_db, 10000);
    // The same settings as Docket's connections (Database::configureConnection).
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16000"})
        check(m_db, sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr), pragma);
    // The function keyword pages test rows with (OrderStore::keywordWindowPage).
    if (!docket::sql::ensureFtsMatch(m_db))
        throw std::runtime_error("cannot register docket_fts_match");
}

RawConnection::~RawConnection()
{
    sqlite3_close_v2(m_db);
}

qint64 replay(sqlite3* db, const QList<CapturedStatement>& statements,
              const QHash<qint64, qint64>& idMap)
{
    qint64 rows = 0;
    for (const CapturedStatement& s : statements) {
        if (!s.ok)
            throw std::runtime_error("the bindings of a captured statement could not be "
                                     "recovered: " +
                                     s.sql.toStdString());
        sqlite3_stmt* stmt = nullptr;
        check(db, sqlite3_prepare_v2(db, s.sql.constData(), int(s.sql.size()), &stmt, nullptr),
              s.sql.constData());
        if (sqlite3_bind_parameter_count(stmt) != s.binds.size()) {
            sqlite3_finalize(stmt);
            throw std::runtime_error("parameter count mismatch: " + s.sql.toStdString());
        }
        int positional = 0;
        for (qsizetype k = 0; k < s.binds.size(); ++k) {
            const QVariant& v = s.binds[k];
            const int index = s.names[k].isEmpty()
                                  ? ++positional
                                  : sqlite3_bind_parameter_index(stmt, s.names[k].constData());
            switch (v.typeId()) {
            case QMetaType::LongLong:
                sqlite3_bind_int64(stmt, index, v.toLongLong());
                break;
            case QMetaType::Double:
                sqlite3_bind_double(stmt, index, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray text = mapIds(v.toByteArray(), idMap);
                sqlite3_bind_text(stmt, index, text.constData(), int(text.size()),
                                  SQLITE_TRANSIENT);
                break;
            }
            default:
                sqlite3_bind_null(stmt, index);
            }
        }
        int rc;
        const int columns = sqlite3_column_count(stmt);
        qint64 sink = 0;
        qint64 read = 0;
        QElapsedTimer t;
        t.start();
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (read++ == s.rows) { // Docket stopped here
                rc = SQLITE_DONE;
                break;
            }
            ++rows;
            // Read every column, as a caller would: text as a pointer and length.
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(stmt, c) == SQLITE_INTEGER)
                    sink += sqlite3_column_int64(stmt, c);
                else if (sqlite3_column_text(stmt, c))
                    sink += sqlite3_column_bytes(stmt, c);
            }
        }
        (void)sink;
        if (rc != SQLITE_DONE) {
            const std::string message = sqlite3_errmsg(db);
            sqlite3_finalize(stmt);
            throw std::runtime_error(s.sql.toStdString() + ": " + message);
        }
        sqlite3_finalize(stmt);
        if (trace())
            fprintf(stderr, "  raw %8.3f ms %6lld rows  %.160s\n", double(t.nsecsElapsed()) / 1e6,
                    static_cast<long long>(read), s.sql.constData());
    }
    return rows;
}

bool isCount(const CapturedStatement& s)
{
    return s.sql.startsWith("SELECT COUNT(");
}

#ifdef DOCKET_BENCH_LIBPQ

namespace {

// Prepared statements by name: kept while capturing or not, since a query
// may be prepared before a capture starts and executed during it.
QHash<QByteArray, std::pair<QByteArray, QByteArray>> g_pgPrepared; // name -> (PREPARE, sql)

QByteArray commandWord(const QByteArray& text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
        ++end;
    return text.mid(from, end - from);
}

void pgSeen(const char* query)
{
    if (!query)
        return;
    const QByteArray text(query);
    QMutexLocker lock(&g_mutex);
    if (text.startsWith("PREPARE ")) {
        const QByteArray name = commandWord(text, 8);
        const qsizetype as = text.indexOf(" AS ");
        g_pgPrepared.insert(name, {text, as < 0 ? text : text.mid(as + 4)});
        return;
    }
    if (text.startsWith("DEALLOCATE ")) {
        g_pgPrepared.remove(commandWord(text, 11));
        return;
    }
    if (!g_capturing.load(std::memory_order_relaxed))
        return;
    Raw r;
    r.thread = std::this_thread::get_id();
    r.pgExecute = text;
    r.sql = text;
    if (text.startsWith("EXECUTE ")) {
        const auto it = g_pgPrepared.constFind(commandWord(text, 8));
        if (it != g_pgPrepared.constEnd()) {
            r.pgPrepare = it->first;
            r.sql = it->second;
        }
    }
    g_captured.push_back(std::move(r));
}

// '{1,2,3}' (an id list bound as a bigint[] literal) with each id mapped.
QByteArray mapPgIds(const QByteArray& text, const QHash<qint64, qint64>& idMap)
{
    if (idMap.isEmpty())
        return text;
    static const QRegularExpression list(QStringLiteral("'\\{([0-9,]+)\\}'"));
    QString s = QString::fromUtf8(text);
    QString out;
    qsizetype last = 0;
    auto it = list.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        QStringList ids;
        for (const QString& id : m.captured(1).split(QLatin1Char(','))) {
            const qint64 n = id.toLongLong();
            ids << QString::number(idMap.value(n, n));
        }
        out += QStringLiteral("'{") + ids.join(QLatin1Char(',')) + QStringLiteral("}'");
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out.toUtf8();
}

template <typename Fn> Fn realPq(const char* name)
{
    return reinterpret_cast<Fn>(dlsym(RTLD_NEXT, name));
}

} // namespace

PgRawConnection::PgRawConnection(const QByteArray& conninfo)
    : m_conn(PQconnectdb(conninfo.constData()))
{
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message = PQerrorMessage(m_conn);
        PQfinish(m_conn);
        throw std::runtime_error("libpq: " + message);
    }
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr); // "does not exist, skipping"
}

PgRawConnection::~PgRawConnection()
{
    PQfinish(m_conn);
}

qint64 PgRawConnection::exec(const QByteArray& command)
{
    PGresult* r = PQexec(m_conn, command.constData());
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const std::string message = PQresultErrorMessage(r);
        PQclear(r);
        throw std::runtime_error(command.left(200).toStdString() + ": " + message);
    }
    const int rows = PQntuples(r);
    const int columns = PQnfields(r);
    qint64 sink = 0;
    for (int i = 0; i < rows; ++i)
        for (int c = 0; c < columns; ++c)
            sink += PQgetlength(r, i, c) + (PQgetvalue(r, i, c)[0] == '1');
    (void)sink;
    PQclear(r);
    return rows;
}

qint64 PgRawConnection::replay(const QList<CapturedStatement>& statements,
                               const QHash<qint64, qint64>& idMap)
{
    qint64 rows = 0;
    for (const CapturedStatement& s : statements) {
        if (!s.pgPrepare.isEmpty() && !m_prepared.contains(s.pgPrepare)) {
            exec(s.pgPrepare);
            m_prepared.insert(s.pgPrepare, true);
        }
        QElapsedTimer t;
        t.start();
        const qint64 n = exec(mapPgIds(s.pgExecute, idMap));
        rows += n;
        if (trace())
            fprintf(stderr, "  raw %8.3f ms %6lld rows  %.160s\n", double(t.nsecsElapsed()) / 1e6,
                    static_cast<long long>(n), s.sql.constData());
    }
    return rows;
}

#endif // DOCKET_BENCH_LIBPQ

} // namespace bench

#ifdef DOCKET_BENCH_LIBPQ
// The interposed libpq entry points (exported from the executable, so QPSQL's
// calls land here first).
extern "C" PGresult* PQexec(PGconn* conn, const char* query)
{
    using Fn = PGresult* (*)(PGconn*, const char*);
    static const Fn real = bench::realPq<Fn>("PQexec");
    bench::pgSeen(query);
    return real(conn, query);
}

extern "C" int PQsendQuery(PGconn* conn, const char* query)
{
    using Fn = int (*)(PGconn*, const char*);
    static const Fn real = bench::realPq<Fn>("PQsendQuery");
    bench::pgSeen(query);
    return real(conn, query);
}
#endif
