#pragma once

#include "domain/order.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Team mode (PostgreSQL): the writes of OrderStore and UserStore as calls of
// the server's own functions (resources/sql/postgres/0009_server_rules.sql).
// Logins hold no INSERT, UPDATE or DELETE on the order tables; each function
// checks the caller's permission and scope again, enforces the workflow and
// computes what the server must (the total, who and when), and the server's
// triggers write the audit trail in the same transaction. The stores keep
// their own checks first, so a clerk sees Docket's translated message; the
// server's refusals surface as DocketError with the code that fits
// (Forbidden, Invalid, Conflict, NotFound; see sql::exec).
//
// Call inside a sql::WriteTransaction, after dialect::setAuditContext().
namespace docket::serverwrites {

// A new order with its lines; `createdBy` and `createdAt` (UTC seconds, 0:
// now) count only for trusted connections. Returns the new order's id.
qint64 createOrder(const QSqlDatabase& db, const Order& order, const QString& createdBy,
                   qint64 createdAt);
// Many new orders in one call (docket_orders_create_many): each checked and
// judged as createOrder would, the ones before it counting as existing, then
// written together. All or nothing. Returns the new ids in the same order.
struct NewOrder
{
    Order order;
    QString createdBy;
    qint64 createdAt = 0;
};
QList<qint64> createOrders(const QSqlDatabase& db, const QList<NewOrder>& orders);
// Saves `edited`'s header, status and (with `withLines`) its lines. False
// when the order is no longer at edited.version.
bool updateOrder(const QSqlDatabase& db, const Order& edited, bool withLines);
// False when the order is no longer at `version`.
bool changeStatus(const QSqlDatabase& db, qint64 id, qint64 version, const QString& status,
                  const QString& note);
// Takes back the order's last status move, back to `status` (the desk's
// undo; docket_order_take_back_status). False when the order is no longer at
// `version`.
bool takeBackStatus(const QSqlDatabase& db, qint64 id, qint64 version, const QString& status,
                    const QString& note);
// The batch writes take `idList`, a list of order ids as one bound value
// (dialect::idListParam), and return how many orders they changed; the server
// skips orders outside the session's scope.
//
// Locks the orders of the list the session may touch (only invalid ones with
// `invalidOnly`), in id order; returns how many there are.
qint64 lockOrders(const QSqlDatabase& db, const QVariant& idList, bool invalidOnly);
int markSeen(const QSqlDatabase& db, const QVariant& idList);
int markAllSeen(const QSqlDatabase& db);
// docket_orders_unsee: the orders of `idList` this login marked seen at
// `seenAt` new again; returns how many.
int unsee(const QSqlDatabase& db, const QVariant& idList, qint64 seenAt);
int invalidate(const QSqlDatabase& db, const QVariant& idList, const QString& reason);
int revalidate(const QSqlDatabase& db, const QVariant& idList);
int deleteInvalid(const QSqlDatabase& db, const QVariant& idList);
// Puts archived order `archiveId` back; returns its id.
qint64 restore(const QSqlDatabase& db, qint64 archiveId);

// Issues invoice numbers to the orders of the list that have none
// (InvoiceStore::issue); returns how many.
int issueInvoices(const QSqlDatabase& db, const QVariant& idList);

// An internal comment on order `orderId` (OrderStore::addComment); returns
// its event id.
qint64 addComment(const QSqlDatabase& db, qint64 orderId, const QString& text);

// One security log entry (UserStore::log).
void logSecurity(const QSqlDatabase& db, const QString& kind, const QString& target,
                 const QString& oldValue, const QString& newValue, const QString& note);
// User `userId`'s new password: its Docket hash and its login's password.
void setOwnPassword(const QSqlDatabase& db, qint64 userId, const QString& hash,
                    const QString& password);

} // namespace docket::serverwrites
