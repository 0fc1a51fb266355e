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

    // Sets each (key code, value as typed) pair; all or nothing. An unknown
    // key or an unacceptable value is refused (Invalid, naming it) before
    // anything is written; a value equal to the stored one is left alone.
    // Returns how many settings changed.
    int set(const QList<QPair<QString, QString>>& changes);
    int set(const QString& code, const QString& text) { return set({{code, text}}); }
    // Back to the default (the stored row goes).
    int reset(const QString& code);

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
