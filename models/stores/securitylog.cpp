#include "securitylog.h"

#include "serverwrites.h"
#include "userstore.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/dateperiod.h"
#include "domain/errors.h"
#include "domain/shopsettings.h"
#include "i18n.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace docket {

namespace {

struct KindEntry
{
    const char* code;
    const char* label;
};
constexpr KindEntry kKinds[] = {
    {"sign_in", QT_TRANSLATE_NOOP("UserStore", "Signed in")},
    {"sign_in_failed", QT_TRANSLATE_NOOP("UserStore", "Sign-in refused")},
    {"lockout", QT_TRANSLATE_NOOP("UserStore", "Account locked")},
    {"password_changed", QT_TRANSLATE_NOOP("UserStore", "Password changed")},
    {"password_change_failed", QT_TRANSLATE_NOOP("UserStore", "Password change refused")},
    {"password_reset", QT_TRANSLATE_NOOP("UserStore", "Password reset")},
    {"user_created", QT_TRANSLATE_NOOP("UserStore", "User added")},
    {"user_disabled", QT_TRANSLATE_NOOP("UserStore", "User disabled")},
    {"user_enabled", QT_TRANSLATE_NOOP("UserStore", "User enabled")},
    {"user_unlocked", QT_TRANSLATE_NOOP("UserStore", "User unlocked")},
    {"role_assigned", QT_TRANSLATE_NOOP("UserStore", "Role assigned")},
    {"scope_changed", QT_TRANSLATE_NOOP("UserStore", "Scope changed")},
    {"role_created", QT_TRANSLATE_NOOP("UserStore", "Role created")},
    {"role_permissions_changed", QT_TRANSLATE_NOOP("UserStore", "Role permissions changed")},
    {"role_deleted", QT_TRANSLATE_NOOP("UserStore", "Role deleted")},
    {"setting_changed", QT_TRANSLATE_NOOP("UserStore", "Shop setting changed")},
    {"apikey_created", QT_TRANSLATE_NOOP("UserStore", "API key created")},
    {"apikey_revoked", QT_TRANSLATE_NOOP("UserStore", "API key revoked")},
    {"intake_channel_set", QT_TRANSLATE_NOOP("UserStore", "Webhook secret of a channel set")},
    {"intake_channel_removed",
     QT_TRANSLATE_NOOP("UserStore", "Webhook intake of a channel removed")},
    {"webhook_added", QT_TRANSLATE_NOOP("UserStore", "Outbound webhook added")},
    {"webhook_removed", QT_TRANSLATE_NOOP("UserStore", "Outbound webhook removed")},
    {"view_saved", QT_TRANSLATE_NOOP("UserStore", "View saved")},
    {"view_renamed", QT_TRANSLATE_NOOP("UserStore", "View renamed")},
    {"view_deleted", QT_TRANSLATE_NOOP("UserStore", "View deleted")},
    {"view_shared", QT_TRANSLATE_NOOP("UserStore", "View shared")},
    {"rules_changed", QT_TRANSLATE_NOOP("UserStore", "Review rules changed")},
};

} // namespace

namespace securityevent {

QStringList kinds()
{
    QStringList out;
    for (const auto& k : kKinds)
        out << QString::fromLatin1(k.code);
    return out;
}

QString kindLabel(const QString& kind)
{
    for (const auto& k : kKinds)
        if (kind == QLatin1String(k.code))
            return UserStore::tr(k.label);
    return kind;
}

namespace {

QString scopeText(const QString& stored)
{
    if (stored != QLatin1String("all") && stored != QLatin1String("own") &&
        !stored.startsWith(QLatin1String("channels:")))
        return stored;
    return UserStore::scopeLabel(Scope::fromString(stored));
}

} // namespace

QString valueText(const QString& kind, const QString& value)
{
    if (value.isEmpty())
        return value;
    if (kind == QLatin1String("user_created")) {
        static const QRegularExpression re(QStringLiteral("^role=(.*); scope=(.*)$"));
        const QRegularExpressionMatch m = re.match(value);
        if (m.hasMatch())
            return UserStore::tr("Role: %1; sees: %2")
                .arg(roleLabel(m.captured(1)), scopeText(m.captured(2)));
    } else if (kind == QLatin1String("role_assigned")) {
        return roleLabel(value);
    } else if (kind == QLatin1String("scope_changed")) {
        return scopeText(value);
    } else if (kind == QLatin1String("user_disabled") || kind == QLatin1String("user_enabled")) {
        if (value == QLatin1String("enabled"))
            return UserStore::tr("Enabled");
        if (value == QLatin1String("disabled"))
            return UserStore::tr("Disabled");
    } else if (kind == QLatin1String("setting_changed")) {
        if (value == QLatin1String("true"))
            return UserStore::tr("Yes");
        if (value == QLatin1String("false"))
            return UserStore::tr("No");
    } else if (kind == QLatin1String("lockout") || kind == QLatin1String("user_unlocked")) {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODate);
        if (at.isValid())
            return formatDateTime(at.toLocalTime(), QLocale::ShortFormat, QLocale());
    } else if (kind.startsWith(QLatin1String("role_"))) {
        QStringList labels;
        for (const QString& code : value.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            Permission p;
            labels << (permission::fromCode(code, &p) ? permission::label(p) : code);
        }
        return labels.join(UserStore::tr(", "));
    }
    return value;
}

QString targetText(const QString& kind, const QString& target)
{
    if (kind == QLatin1String("setting_changed"))
        if (const shop::Key* key = shop::find(target))
            return shop::label(*key);
    return target;
}

QString noteText(const QString& note)
{
    static const QRegularExpression wrong(QStringLiteral("^wrong password \\((\\d+) in a row\\)$"));
    static const QRegularExpression locked(QStringLiteral("^(\\d+) wrong passwords in a row$"));
    if (const QRegularExpressionMatch m = wrong.match(note); m.hasMatch())
        return UserStore::tr("wrong password (%n in a row)", nullptr, m.captured(1).toInt());
    if (const QRegularExpressionMatch m = locked.match(note); m.hasMatch())
        return UserStore::tr("%n wrong password(s) in a row", nullptr, m.captured(1).toInt());
    if (note == QLatin1String("unknown user"))
        return UserStore::tr("unknown user name");
    if (note == QLatin1String("locked"))
        return UserStore::tr("the account is locked");
    if (note == QLatin1String("disabled"))
        return UserStore::tr("the account is disabled");
    if (note == QLatin1String("wrong current password"))
        return UserStore::tr("wrong current password");
    if (note == QLatin1String("first administrator"))
        return UserStore::tr("the first administrator");
    return note;
}

void insert(const QSqlDatabase& db, qint64 at, const QString& actor, const QString& kind,
            const QString& target, const QString& oldValue, const QString& newValue,
            const QString& note)
{
    sql::run(db,
             QStringLiteral("INSERT INTO security_events(at, actor, kind, target, old_value, "
                            "new_value, note) VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), "
                            "COALESCE(?, ''), COALESCE(?, ''))"),
             {at, actor, kind, target, oldValue, newValue, note});
}

} // namespace securityevent

// ---- UserStore: writing and reading the log ----

void UserStore::log(const QString& kind, const QString& actor, const QString& target,
                    const QString& oldValue, const QString& newValue, const QString& note) const
{
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        // The server writes it: a login as itself, at the server's clock.
        dialect::setAuditContext(m_db, actor, now());
        serverwrites::logSecurity(m_db, kind, target, oldValue, newValue, note);
        return;
    }
    securityevent::insert(m_db, now(), actor, kind, target, oldValue, newValue, note);
}

QList<SecurityEvent> UserStore::securityEvents(const SecurityEventFilter& f) const
{
    requireManageUsers();
    sql::Where w;
    w.add(QStringLiteral("1=1"));
    if (!f.user.trimmed().isEmpty())
        w.add(QStringLiteral("(lower(actor) = lower(?) OR lower(target) = lower(?))"),
              {f.user.trimmed(), f.user.trimmed()});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("kind = ?"), {f.kind});
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        throw DocketError(DocketError::Code::Invalid, tr("The first day comes after the last day."),
                          QStringLiteral("from"));
    if (f.from.isValid())
        w.add(QStringLiteral("at >= ?"), {dateperiod::startOfDay(f.from, f.timeZone)});
    if (f.to.isValid())
        w.add(QStringLiteral("at < ?"), {dateperiod::startOfDay(f.to.addDays(1), f.timeZone)});
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, at, actor, kind, target, old_value, "
                                          "new_value, note FROM security_events WHERE %1 ORDER "
                                          "BY at DESC, id DESC LIMIT ?")
                               .arg(w.sql()),
                           w.binds() + QVariantList{std::clamp(f.limit, 1, 1'000'000)});
    QList<SecurityEvent> out;
    while (q.next()) {
        SecurityEvent e;
        e.id = q.value(0).toLongLong();
        e.at = sql::utcTime(q.value(1));
        e.actor = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.target = q.value(4).toString();
        e.oldValue = q.value(5).toString();
        e.newValue = q.value(6).toString();
        e.note = q.value(7).toString();
        out << e;
    }
    return out;
}

} // namespace docket
