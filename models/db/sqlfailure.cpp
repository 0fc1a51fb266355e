// Failures in words (sql.h): a failed statement's SQLite result code or
// PostgreSQL SQLSTATE becomes a DocketError whose message says what happened
// and what to do; the connection's display name and read-only reason that
// those messages use.

#include "sql.h"
#include "sql_p.h"
#include "statementcache.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>

namespace docket::sql {

using detail::describe;
using detail::inTransaction;
using detail::isPostgres;
using detail::technical;

namespace {

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

} // namespace

QString detail::technical(const QSqlError& e, const QString& statement)
{
    QString reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    QString t = reason.trimmed();
    if (!e.nativeErrorCode().isEmpty())
        t += QStringLiteral(" [%1]").arg(e.nativeErrorCode());
    if (!statement.isEmpty())
        t += QStringLiteral(" -- ") + statement.simplified().left(300);
    return t;
}

namespace {

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
    return !statementcache::firstWordIn(
        text, {QLatin1String("SELECT"), QLatin1String("WITH"), QLatin1String("PRAGMA")});
}

} // namespace

DocketError detail::describe(const QSqlDriver* driver, const QString& databaseName,
                             const QSqlError& e, const QString& text)
{
    const bool changing = inTransaction(driver) || isWrite(text);
    if (isPostgres(driver))
        return postgresFailure(driver, e, text, databaseName, changing);
    const QString path = driver ? driver->property(kPath).toString() : QString();
    return sqliteFailure(driver, e, text, path.isEmpty() ? databaseName : path, changing);
}

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

} // namespace docket::sql
