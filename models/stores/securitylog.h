#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class QSqlDatabase;

// The security log (table security_events): sign-ins, lockouts, password and
// account changes. UserStore writes it in the transaction of each change and
// reads it back (UserStore::securityEvents); the code is in securitylog.cpp.
namespace docket {

// One line of the security log.
struct SecurityEvent
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString kind; // see securityevent::kinds()
    QString target;
    QString oldValue;
    QString newValue;
    QString note;
};

struct SecurityEventFilter
{
    QString user; // actor or target (any case); empty = anyone
    QString kind; // empty = any
    QDate from;   // first local day, inclusive (null = open)
    QDate to;     // last local day, inclusive (null = open)
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    int limit = 1000;
};

namespace securityevent {
QStringList kinds();
QString kindLabel(const QString& kind); // translated
// An event's old or new value and its note as the user's language shows them.
// The log stores codes and plain English ("role=clerk; scope=own", "enabled",
// "view_orders, export", "wrong password (2 in a row)", UTC times), the same
// for every reader; these translate role names, scopes, permissions, states,
// times and the known notes, and give anything else as stored.
QString valueText(const QString& kind, const QString& value);
QString noteText(const QString& note);
// An event's target as shown: a shop setting by its translated label
// ("Shop name" for shop.name); users by their name, as stored.
QString targetText(const QString& kind, const QString& target);
// Writes one line directly (SQLite, or a trusted PostgreSQL connection), in
// the caller's transaction; a login on PostgreSQL writes through the server's
// functions instead (UserStore::log).
void insert(const QSqlDatabase& db, qint64 at, const QString& actor, const QString& kind,
            const QString& target, const QString& oldValue = {}, const QString& newValue = {},
            const QString& note = {});
} // namespace securityevent

} // namespace docket
