#include "sql_p.h"
#include "statementcache.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <sqlite3.h>

// SQLite writes with values, run on the kept statement's sqlite3_stmt
// directly. QSqlQuery::bindValue names every positional value (":%1".arg(i))
// and files it in a hash, and its exec() reads the write's result through
// the row cache machinery: together a fifth of the instructions of a file
// import, whose every order is some twenty INSERTs and UPDATEs. Values are
// bound as Qt's SQLite driver binds them (qsql_sqlite.cpp), the statement is
// still the one Qt prepared and finalizes, and the result answers
// numRowsAffected() and lastInsertId() as the driver's would.

namespace docket::sql::detail {

namespace {

class WriteResult final : public QSqlResult
{
public:
    WriteResult(const QSqlDriver* driver, const QString& text, int changes, qint64 rowId)
        : QSqlResult(driver), m_changes(changes), m_rowId(rowId)
    {
        setQuery(text);
        setSelect(false);
        setActive(true);
    }

protected:
    QVariant data(int) override { return {}; }
    bool isNull(int) override { return true; }
    bool reset(const QString&) override { return false; }
    bool fetch(int) override { return false; }
    bool fetchFirst() override { return false; }
    bool fetchLast() override { return false; }
    int size() override { return -1; }
    int numRowsAffected() override { return m_changes; }
    QVariant lastInsertId() const override { return m_rowId ? QVariant(m_rowId) : QVariant(); }
    QSqlRecord record() const override { return {}; }

private:
    int m_changes = 0;
    qint64 m_rowId = 0;
};

// INSERT, UPDATE, DELETE or REPLACE that returns no rows.
bool isPlainWrite(const QString& text)
{
    if (!statementcache::firstWordIn(text, {QLatin1String("INSERT"), QLatin1String("UPDATE"),
                                            QLatin1String("DELETE"), QLatin1String("REPLACE")}))
        return false;
    // (Docket's SQL is written in capitals; a case-blind search of every
    // statement's text cost more than the binding this path saves.)
    return !text.contains(QLatin1String("RETURNING")) && !text.contains(QLatin1String("returning"));
}

// Whether `v` is a value the driver binds as NULL (QSqlResultPrivate::
// isVariantNull for the types bound here).
bool isNullValue(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    default:
        return false;
    }
}

bool bindable(const QVariantList& values)
{
    for (const QVariant& v : values) {
        if (!v.isValid())
            continue;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::Bool:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Double:
        case QMetaType::QString:
        case QMetaType::QByteArray:
            break;
        default:
            return false; // dates, times, others: the driver's own conversions
        }
    }
    return true;
}

int bind(sqlite3_stmt* stmt, int i, const QVariant& v)
{
    if (isNullValue(v))
        return sqlite3_bind_null(stmt, i);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, i, v.toInt());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, i, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, i, v.toDouble());
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(v.constData());
        return sqlite3_bind_blob(stmt, i, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    default: {
        const auto* text = static_cast<const QString*>(v.constData());
        return sqlite3_bind_text16(stmt, i, text->constData(), int(text->size() * sizeof(QChar)),
                                   SQLITE_STATIC);
    }
    }
}

sqlite3_stmt* statementOf(const QSqlQuery& q)
{
    const QSqlResult* r = q.result();
    const QVariant h = r ? r->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt* const*>(h.constData());
}

// The driver's own words for a failed step, translated by Qt's catalogue,
// not Docket's (hence no literal for lupdate).
const char* const kDriverContext = "QSQLiteResult";
const char* const kDriverText = "Unable to fetch row";

QSqlError errorOf(sqlite3* db)
{
    return QSqlError(QCoreApplication::translate(kDriverContext, kDriverText),
                     QString::fromUtf16(static_cast<const char16_t*>(sqlite3_errmsg16(db))),
                     QSqlError::ConnectionError, QString::number(sqlite3_extended_errcode(db)));
}

} // namespace

DirectWrite runSqliteWrite(const QSqlDatabase& db, const QString& text, const QVariantList& values,
                           QSqlQuery* done, QSqlError* error)
{
    if (!isPlainWrite(text) || !bindable(values))
        return DirectWrite::NotTaken;
    std::optional<QSqlQuery> kept = statementcache::take(db, text);
    QSqlQuery q = kept ? std::move(*kept) : QSqlQuery(db);
    if (!kept) {
        q.setForwardOnly(true);
        if (!q.prepare(text)) {
            *error = q.lastError();
            return DirectWrite::Failed;
        }
        statementcache::notePrepared(db);
    }
    sqlite3_stmt* stmt = statementOf(q);
    if (!stmt || sqlite3_bind_parameter_count(stmt) != values.size()) {
        // Not a statement of SQLite's, or values that do not fit: the
        // driver's own exec says what is wrong.
        statementcache::giveBack(db.driver(), text, std::move(q));
        return DirectWrite::NotTaken;
    }
    sqlite3* handle = sqlite3_db_handle(stmt);
    sqlite3_reset(stmt);
    int rc = SQLITE_OK;
    for (int i = 0; i < values.size() && rc == SQLITE_OK; ++i)
        rc = bind(stmt, i + 1, values[i]);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        *error = errorOf(handle);
    const int changes = sqlite3_changes(handle);
    const qint64 rowId = sqlite3_last_insert_rowid(handle);
    // The bound texts are the caller's: let go of them, and of the
    // statement's read of the database.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    statementcache::giveBack(db.driver(), text, std::move(q));
    if (!ok)
        return DirectWrite::Failed;
    *done = QSqlQuery(new WriteResult(db.driver(), text, changes, rowId));
    return DirectWrite::Done;
}

} // namespace docket::sql::detail
