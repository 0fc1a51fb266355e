#pragma once

#include "domain/session.h"
#include "orderstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace docket {

// An order's invoice number, assigned once (InvoiceStore::issue).
struct Invoice
{
    qint64 orderId = 0;
    QString number;     // "INV-000042"
    QDateTime issuedAt; // UTC
    QString issuedBy;
};

// Invoice numbers: assigned the first time an order's invoice is printed or
// saved, stored, never reused and without gaps (a counter taken inside the
// issuing transaction; resources/sql/*/0015_invoices.sql). Reading needs
// ViewOrders and follows the order's scope; issuing needs EditOrders, is
// audited ('invoiced' in the order's history) in the same transaction, and
// on PostgreSQL runs in the server (docket_invoices_issue).
class InvoiceStore
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceStore)
public:
    InvoiceStore(QSqlDatabase db, Session session);
    // Clock for tests (UTC seconds).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // The invoices of those of `orderIds` the session sees, by order id.
    QHash<qint64, Invoice> invoicesOf(const QList<qint64>& orderIds) const;
    // Numbers for every order of `orderIds` in scope that has none yet, in
    // order id order; returns how many were issued. All or nothing.
    int issue(const QList<qint64>& orderIds, const ProgressFn& progress = {});
    bool canIssue() const { return m_session.can(Permission::EditOrders); }

    // "INV-000042" for the 42nd invoice.
    static QString formatNumber(qint64 seq);

private:
    QSqlDatabase m_db;
    Session m_session;
    std::function<qint64()> m_clock;
};

} // namespace docket
