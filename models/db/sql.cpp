#include "sql.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace docket::sql {

namespace {
[[noreturn]] void fail(const QSqlError& e, const QString& text)
{
    QString reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    qWarning("SQL failed: %s -- %s", qUtf8Printable(reason), qUtf8Printable(text.left(300)));
    throw DocketError(
        DocketError::Code::Database,
        QCoreApplication::translate("Database", "The database refused the operation: %1")
            .arg(reason.trimmed()));
}
} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& text, bool forwardOnly)
{
    QSqlQuery q(db);
    q.setForwardOnly(forwardOnly);
    if (!q.prepare(text))
        fail(q.lastError(), text);
    return q;
}

void exec(QSqlQuery& q)
{
    if (!q.exec())
        fail(q.lastError(), q.lastQuery());
}

QSqlQuery run(const QSqlDatabase& db, const QString& text, const QVariantList& values)
{
    QSqlQuery q = prepare(db, text);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    exec(q);
    return q;
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
    QSqlQuery q(m_db);
    const QString begin = backendOf(db) == Backend::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                           : QStringLiteral("BEGIN");
    if (!q.exec(begin))
        fail(q.lastError(), begin);
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        fail(q.lastError(), QStringLiteral("COMMIT"));
    m_done = true;
}

QString idListSubquery(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("(SELECT value FROM json_each(?))")
                                      : QStringLiteral("(SELECT unnest(?::bigint[]))");
}

QVariant idListParam(Backend backend, const QList<qint64>& ids)
{
    QString s;
    s.reserve(ids.size() * 8 + 2);
    s += backend == Backend::SQLite ? QLatin1Char('[') : QLatin1Char('{');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QString::number(ids[i]);
    }
    s += backend == Backend::SQLite ? QLatin1Char(']') : QLatin1Char('}');
    return s;
}

} // namespace docket::sql
