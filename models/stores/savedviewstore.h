#pragma once

#include "domain/session.h"
#include "orderfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace docket {

// A saved view of the order list: a filter, a sort and columns under a name.
struct SavedView
{
    qint64 id = 0;
    QString owner;
    QString name;
    qint64 roleId = 0; // shared with this Docket role; 0: the owner's alone
    QString roleName;  // of roleId
    OrderFilter filter;
    QString layout; // JSON of the list's columns and sort (ListLayout)

    bool isShared() const { return roleId != 0; }
};

// Saved views per user, in the database (resources/sql/*/0017_saved_views.sql):
// everyone who sees orders keeps their own; an administrator ("manage users")
// shares their own views with a role. A user lists their own views and those
// shared with their role. Every change is in the security log in the same
// transaction; on PostgreSQL the server's functions take the owner from the
// login and check again.
class SavedViewStore
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewStore)
public:
    SavedViewStore(QSqlDatabase db, Session session);
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Own views first (in the order they were made), then shared ones.
    QList<SavedView> list() const;
    // Saves `filter` and `layout` as the user's view `name` (replacing their
    // view of that name, any case); returns its id.
    qint64 save(const QString& name, const OrderFilter& filter, const QString& layout);
    void rename(qint64 id, const QString& name);
    void remove(qint64 id);
    // Shares the user's own view with role `roleId` (0: private again).
    void share(qint64 id, qint64 roleId);
    bool canShare() const { return m_session.can(Permission::ManageUsers); }

    static constexpr int kMaxName = 100;

    // The filter as the JSON a view stores, and back. A date range that is a
    // preset today ("This month") is stored as the preset, so the view keeps
    // meaning "this month"; other dates as they are.
    static QString filterToJson(const OrderFilter& filter, QDate today = QDate::currentDate());
    static OrderFilter filterFromJson(const QString& json, QDate today = QDate::currentDate());

private:
    SavedView own(qint64 id) const; // NotFound unless it is the user's
    void log(const QString& kind, const QString& target, const QString& oldValue = {},
             const QString& newValue = {}) const;
    QString checkedName(const QString& name) const;

    QSqlDatabase m_db;
    Session m_session;
    std::function<qint64()> m_clock;
};

} // namespace docket
