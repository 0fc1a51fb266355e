#pragma once

#include "domain/session.h"
#include "domain/shopsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <functional>

namespace docket {

// The shop settings in the database (see domain/shopsettings.h). Every user
// reads them; changing them needs the "change settings" permission. A change
// and its line in the security log ("setting_changed": the key, the old and
// the new value) are one transaction. On PostgreSQL the server checks the
// permission again and writes both (docket_setting_set).
class ShopSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(ShopSettingsStore)

public:
    ShopSettingsStore(QSqlDatabase db, Session session);

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Every stored setting (no permission needed: every desk judges orders and
    // prints documents by them).
    ShopSettings load() const;
    // The shop's currency (shop::currencyOf): what a new order that names
    // none is in, wherever it comes from.
    QString currency() const;
    // The catalogue's currency (shop::catalogueCurrencyOf): what product
    // prices and costs and the value of stock are in. Static: stores that
    // have no session of their own read it (one indexed read).
    QString catalogueCurrency() const { return catalogueCurrency(m_db); }
    static QString catalogueCurrency(const QSqlDatabase& db);

    // Sets each (key code, value as typed) pair; all or nothing. An unknown
    // key or an unacceptable value is refused (Invalid, naming it) before
    // anything is written; a value equal to the stored one is left alone.
    // Returns how many settings changed.
    int set(const QList<QPair<QString, QString>>& changes);
    int set(const QString& code, const QString& text) { return set({{code, text}}); }
    // Back to the default (the stored row goes).
    int reset(const QString& code);

    // Shop settings an older Docket kept in each desk's own settings file
    // (QSettings: shop/name, orders/overdueUnpaidHours, backup/daily, ...):
    // those of this desk that differ from the defaults and are acceptable, as
    // (key code, value) pairs.
    static QList<QPair<QString, QString>> deskValues();
    struct DeskImport
    {
        int found = 0;        // deskValues() had this many
        int imported = 0;     // written to the database (0 unless it had none)
        bool refused = false; // the database had none, but the session may not change them
    };
    // Imports deskValues() once: only into a database whose shop settings
    // were never set, only with "change settings" (each one audited as a
    // change by this session, in one transaction); then removes them from the
    // desk's file, since the database holds them now.
    DeskImport importDeskValues();

private:
    struct Write
    {
        const shop::Key* key;
        QString value; // null: back to the default
    };
    int write(const QList<Write>& writes);

    QSqlDatabase m_db;
    Session m_session;
    std::function<qint64()> m_clock;
};

} // namespace docket
