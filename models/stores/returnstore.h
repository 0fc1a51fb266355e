#pragma once

#include "db/database.h"
#include "domain/returns.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

namespace docket {

// Which returns to list (criteria combine with AND).
struct ReturnFilter
{
    bool openOnly = false;    // requested, approved or received
    bool overdueOnly = false; // the next step's deadline has passed
    QString state;            // one state's code; empty: any
    qint64 orderId = 0;
};

// Returns, exchanges, feedback and service notes (issue 17, item 7). Reading
// needs "view orders" and follows the order's scope; every change needs
// "handle returns" and writes the order's event (its timeline) in the same
// transaction. Receiving restocks lines through the stock ledger ("return"
// movements, which fill backorders of those items). On PostgreSQL every
// write is a call of the server's function (resources/sql/postgres/
// *_returns.sql), which checks the right, the scope and the state again;
// the store checks first so that people read Docket's translated message.
class ReturnStore
{
    Q_DECLARE_TR_FUNCTIONS(ReturnStore)
public:
    ReturnStore(QSqlDatabase db, Session session);
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    struct RequestLine
    {
        QString sku;
        qint64 quantity = 0;
    };
    // A return request for a shipped or delivered order: each SKU must be on
    // the order, and no more may come back than was shipped (less what other
    // returns, not rejected, already take back). Returns its id.
    qint64 create(qint64 orderId, ReturnReason reason, const QList<RequestLine>& lines,
                  const QString& note = {});
    void approve(qint64 id, const QString& note = {});
    void reject(qint64 id, const QString& reason);

    struct Disposition
    {
        int lineNo = 0;
        bool restock = true;    // false: written off
        qint64 warehouseId = 0; // where a restocked line goes
    };
    // The goods arrived: every line of the return exactly once, restocked to
    // an active warehouse or written off. Only an approved return is received
    // (a second receipt is a Conflict: nothing is restocked twice).
    void receive(qint64 id, const QList<Disposition>& lines);
    // Closes a received return with its resolution: a refund (`refund`, in
    // the order's currency, at most the returned lines' value, needs the
    // right to refund too), a repair (a note), or an exchange
    // (`exchangeOrderId`, linked both ways; see exchange()). A refund is paid
    // back through the order's captured payments as FulfilmentStore refunds
    // (the newest payment first, each for what is left on it), in the close's
    // transaction: one refund rule, and the order's paid/refunded amounts and
    // its status follow. Refused, naming the order, when its payments cannot
    // give that much back; nothing is written then.
    void close(qint64 id, ReturnResolution resolution, const QString& note,
               const Money& refund = Money(), qint64 exchangeOrderId = 0);
    // Creates the replacement order for a received return (the returned
    // products and quantities at no charge, reserving stock, same customer and
    // address) and closes the return as an exchange linked to it. Returns the
    // new order's id. The order and the close are one transaction.
    qint64 exchange(qint64 id, const QString& note = {});

    QList<ReturnRequest> returns(const ReturnFilter& filter, int limit = 500) const;
    ReturnRequest returnRequest(qint64 id) const; // with its lines; NotFound
    // What the return's lines are worth at the order's prices: the most a
    // refund of it gives back.
    Money returnedValue(qint64 id) const;

    // Customer feedback (rating 1..5, a comment) and service notes on an order.
    qint64 addFeedback(qint64 orderId, int rating, const QString& comment);
    qint64 addNote(qint64 orderId, const QString& text);
    QList<OrderFeedback> feedback(qint64 orderId) const;

private:
    struct OrderRef
    {
        qint64 id = 0;
        QString number;
        QString status;
        bool invalid = false;
    };
    OrderRef orderInScope(qint64 orderId) const;
    ReturnRequest forChange(qint64 id, ReturnState expected, const QString& verb) const;
    void event(qint64 orderId, qint64 ts, const QString& from, const QString& to,
               const QString& note);
    void beginServerWrite() const;
    Money valueOf(const ReturnRequest& r) const;
    // Plans the refund from the newest captured payments (refused, naming the
    // order, when they cannot cover it); with `write`, makes the refunds and
    // links them to the return.
    void refundThroughPayments(const ReturnRequest& r, const Money& amount, const QString& note,
                               bool write);
    qint64 addFeedbackRow(qint64 orderId, const QString& kind, int rating, const QString& text);

    QSqlDatabase m_db;
    Session m_session;
    Backend m_backend;
    std::function<qint64()> m_clock;
};

} // namespace docket
