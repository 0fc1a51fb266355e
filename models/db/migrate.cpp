#include "database.h"

#include "domain/errors.h"
#include "sql.h"
#include "statementcache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

// Schema versions: the migration scripts in resources/sql/<backend>, read in
// order and applied in one transaction.

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

} // namespace docket
