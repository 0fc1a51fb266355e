#include "sql.h"

#include "dialect.h"
#include "domain/errors.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace docket::sql {

namespace {

// Set on a connection's driver while a WriteTransaction is open on it: a
// connection that drops then must not be reopened behind the transaction's
// back (the rest of its statements would run outside it).
const char* const kInTransaction = "docketWriteTransaction";

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

[[noreturn]] void fail(const QSqlDriver* driver, const QSqlError& e, const QString& text)
{
    QString reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    qWarning("SQL failed: %s -- %s", qUtf8Printable(reason), qUtf8Printable(text.left(300)));
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
            QString::fromLatin1(kConnectionLostField));
    }
    // The server's own refusals (team mode: resources/sql/postgres/0009) carry
    // an SQLSTATE that says what kind of refusal it is; their message is its
    // first line (the rest is PostgreSQL's CONTEXT, for the log).
    const QString state = e.nativeErrorCode();
    DocketError::Code code = DocketError::Code::Database;
    if (state == QLatin1String("42501"))
        code = DocketError::Code::Forbidden;
    else if (state == QLatin1String("22023"))
        code = DocketError::Code::Invalid;
    else if (state == QLatin1String("23505"))
        code = DocketError::Code::Conflict;
    else if (state == QLatin1String("P0002"))
        code = DocketError::Code::NotFound;
    if (code != DocketError::Code::Database && isPostgres(driver)) {
        reason = reason.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (reason.startsWith(QLatin1String("ERROR:")))
            reason = reason.mid(6).trimmed();
        const QString suffix = QLatin1Char('(') + state + QLatin1Char(')');
        if (reason.endsWith(suffix))
            reason.chop(suffix.size());
    }
    throw DocketError(code,
                      Database::tr("The database refused the operation: %1").arg(reason.trimmed()));
}

bool isRetryableRead(const QString& text)
{
    return QStringView(text).trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
}

} // namespace

bool isConnectionLost(const DocketError& e)
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
    if (!copy.open()) {
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
        fail(db.driver(), q.lastError(), text);
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
        fail(db.driver(), error, text);
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

WriteTransaction::WriteTransaction(const QSqlDatabase& db) : m_db(db)
{
    const bool pg = backendOf(db) == Backend::PostgreSQL;
    const QString begin = pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
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
        fail(m_db.driver(), q.lastError(), begin);
    }
    setInTransaction(m_db.driver(), true);
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done) {
        if (m_db.isOpen()) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
        setInTransaction(m_db.driver(), false);
    }
}

void WriteTransaction::commit()
{
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
        QString::fromLatin1(kConnectionLostField));
}

Outcome transactionOutcome(const QSqlDatabase& db, const QString& xid, int waitMs)
{
    QDeadlineTimer deadline(waitMs);
    for (;;) {
        try {
            if (db.driver()->isOpen())
                db.driver()->close();
            ensureOpen(db);
            const QString status =
                scalar(db, QStringLiteral("SELECT pg_xact_status(CAST(? AS xid8))"), {xid})
                    .toString();
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
