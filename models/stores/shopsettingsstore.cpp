#include "shopsettingsstore.h"
#include "cataloguestore.h"
#include "fulfilmentstore.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "domain/shopcurrency.h"

#include <QDateTime>
#include <QSettings>
#include <QSqlQuery>

namespace docket {

ShopSettingsStore::ShopSettingsStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

namespace {

// Where Docket kept each shop setting in a desk's settings file before they
// moved to the database (settings.h until issue 13), and its old default.
struct DeskKey
{
    const shop::Key* key;
    const char* settingsKey;
    const char* oldDefault;
    int factor = 1; // the file's unit in the key's (days -> hours: 24)
};
const DeskKey kDeskKeys[] = {
    {&shop::shopName, "shop/name", "Docket Demo Shop"},
    {&shop::shopAddress, "shop/address", ""},
    {&shop::shopEmail, "shop/email", ""},
    {&shop::shopPhone, "shop/phone", ""},
    // The two overdue numbers of old desks are the time limits of the steps
    // now, as migration 0068 made them in the database.
    {&shop::deadlinePaymentHours, "orders/overdueUnpaidHours", "72"},
    {&shop::deadlineShippingHours, "orders/overdueUnshippedDays", "3", 24},
    {&shop::backupDaily, "backup/daily", "false"},
    {&shop::backupKeep, "backup/keep", "7"},
};

} // namespace

QList<QPair<QString, QString>> ShopSettingsStore::deskValues()
{
    QList<QPair<QString, QString>> out;
    QSettings s;
    for (const DeskKey& d : kDeskKeys) {
        const QVariant v = s.value(QLatin1String(d.settingsKey));
        if (!v.isValid())
            continue;
        const auto inKeyUnit = [&d](const QString& text) {
            bool ok = false;
            const qint64 n = text.trimmed().toLongLong(&ok);
            return d.factor == 1 || !ok ? text : QString::number(n * d.factor);
        };
        const shop::Parsed p = shop::parse(*d.key, inKeyUnit(v.toString()));
        const shop::Parsed old = shop::parse(*d.key, inKeyUnit(QString::fromUtf8(d.oldDefault)));
        if (!p.ok() || p.value == old.value)
            continue;
        out << qMakePair(d.key->id(), p.value);
    }
    return out;
}

ShopSettingsStore::DeskImport ShopSettingsStore::importDeskValues()
{
    DeskImport result;
    const QList<QPair<QString, QString>> values = deskValues();
    result.found = int(values.size());
    if (values.isEmpty())
        return result;
    if (!load().stored().isEmpty())
        return result; // the database has its own: the desk's are not wanted
    if (!m_session.can(Permission::ChangeSettings)) {
        result.refused = true;
        return result;
    }
    result.imported = set(values);
    QSettings s;
    for (const DeskKey& d : kDeskKeys)
        s.remove(QLatin1String(d.settingsKey));
    return result;
}

ShopSettings ShopSettingsStore::load() const
{
    QHash<QString, QString> stored;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT key, value FROM shop_settings"));
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toString());
    return ShopSettings(std::move(stored));
}

QString ShopSettingsStore::currency() const
{
    return shop::currencyOf(load());
}

QString ShopSettingsStore::catalogueCurrency(const QSqlDatabase& db)
{
    QHash<QString, QString> stored;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT key, value FROM shop_settings WHERE key IN "
                                              "('shop.currency', 'catalogue.currency')"));
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toString());
    return shop::catalogueCurrencyOf(ShopSettings(std::move(stored)));
}

int ShopSettingsStore::set(const QList<QPair<QString, QString>>& changes)
{
    QList<Write> writes;
    for (const auto& [code, text] : changes) {
        const shop::Key* key = shop::find(code.trimmed());
        if (!key)
            throw DocketError(DocketError::Code::Invalid,
                              tr("There is no shop setting called \"%1\".").arg(code),
                              QStringLiteral("key"));
        const shop::Parsed p = shop::parse(*key, text);
        if (!p.ok())
            throw DocketError(DocketError::Code::Invalid, p.error, key->id());
        writes << Write{key, p.value};
    }
    return write(writes);
}

int ShopSettingsStore::reset(const QString& code)
{
    const shop::Key* key = shop::find(code.trimmed());
    if (!key)
        throw DocketError(DocketError::Code::Invalid,
                          tr("There is no shop setting called \"%1\".").arg(code),
                          QStringLiteral("key"));
    return write({Write{key, QString()}});
}

int ShopSettingsStore::write(const QList<Write>& writes)
{
    m_session.require(Permission::ChangeSettings);
    if (writes.isEmpty())
        return 0;
    sql::WriteTransaction tx(m_db);
    const qint64 now = m_clock();
    const ShopSettings before = load();
    const bool server = sql::backendOf(m_db) == Backend::PostgreSQL;
    if (server)
        dialect::setAuditContext(m_db, m_session.userName(), now);
    // The catalogue's amounts are never converted: its currency stays while
    // it holds any (on PostgreSQL docket_setting_refusal says the same, 0139).
    QHash<QString, QString> after = before.stored();
    for (const Write& w : writes) {
        if (w.value.isNull())
            after.remove(w.key->id());
        else
            after.insert(w.key->id(), w.value);
    }
    const ShopSettings afterWrites(std::move(after));
    const QString catalogueBefore = shop::catalogueCurrencyOf(before);
    // Back to "the shop's" is a change too: the first price fixed it.
    const QString catalogueAfter =
        before.isSet(shop::catalogueCurrency) && !afterWrites.isSet(shop::catalogueCurrency)
            ? QString()
            : shop::catalogueCurrencyOf(afterWrites);
    if (catalogueAfter != catalogueBefore && CatalogueStore::holdsAmounts(m_db))
        throw DocketError(DocketError::Code::Invalid,
                          tr("The catalogue's prices, costs and stock values are in %1. Docket "
                             "does not convert amounts, so the catalogue's currency can change "
                             "only while they are all zero.")
                              .arg(catalogueBefore),
                          shop::catalogueCurrency.id());
    int changed = 0;
    bool limitsChanged = false;
    for (const Write& w : writes) {
        const QString id = w.key->id();
        const bool wasSet = before.isSet(*w.key);
        const QString old = before.stored().value(id);
        if (w.value.isNull() ? !wasSet : (wasSet && old == w.value))
            continue;
        ++changed;
        limitsChanged = limitsChanged || w.key->refreshesDue;
        if (server) {
            // The server checks the permission again and writes the log line.
            sql::run(m_db,
                     QStringLiteral("SELECT docket_setting_set(CAST(? AS text), CAST(? AS text))"),
                     {id, w.value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : w.value});
            continue;
        }
        if (w.value.isNull())
            sql::run(m_db, QStringLiteral("DELETE FROM shop_settings WHERE key = ?"), {id});
        else
            sql::run(m_db,
                     QStringLiteral("INSERT INTO shop_settings(key, value, updated_at, updated_by) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                                    "excluded.value, updated_at = excluded.updated_at, "
                                    "updated_by = excluded.updated_by"),
                     {id, w.value, now, m_session.userName()});
        sql::run(m_db,
                 QStringLiteral("INSERT INTO security_events(at, actor, kind, target, old_value, "
                                "new_value, note) VALUES (?, ?, 'setting_changed', ?, ?, ?, '')"),
                 {now, m_session.userName(), id, old.isNull() ? QStringLiteral("") : old,
                  w.value.isNull() ? QStringLiteral("") : w.value});
    }
    // New time limits apply to the orders already in a step, in the same
    // transaction (on PostgreSQL docket_setting_set does it, 0125).
    if (limitsChanged && !server)
        records::refreshAllDue(m_db, fulfilment::deadlines(load()));
    tx.commit();
    return changed;
}

} // namespace docket
