#pragma once

#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// After-sales (issue 17): return requests, their lines and what became of
// them, and customer feedback and service notes on an order. A return moves
// requested -> approved | rejected, approved -> received (each line restocked
// to a warehouse, a "return" movement in the stock ledger, or written off),
// received -> closed with a resolution (a refund, an exchange order linked
// both ways, or a repair note). Each step has a deadline, like the order's.
namespace docket {

enum class ReturnState { Requested, Approved, Rejected, Received, Closed };
enum class ReturnReason { Defective, WrongItem, NotAsDescribed, Damaged, ChangedMind };
enum class ReturnResolution { Refund, Exchange, Repair };

namespace returnstate {
QString code(ReturnState s);
std::optional<ReturnState> fromCode(const QString& code);
QString label(ReturnState s);
QString labelForCode(const QString& code);
QList<ReturnState> all();
// Days the next step may take: decide a request, receive the goods, close.
int daysToAct(ReturnState s);
bool isOpen(ReturnState s);
} // namespace returnstate

namespace returnreason {
QString code(ReturnReason r);
std::optional<ReturnReason> fromCode(const QString& code);
QString label(ReturnReason r);
QString labelForCode(const QString& code);
QList<ReturnReason> all();
} // namespace returnreason

namespace returnresolution {
QString code(ReturnResolution r);
std::optional<ReturnResolution> fromCode(const QString& code);
QString label(ReturnResolution r);
QString labelForCode(const QString& code);
} // namespace returnresolution

struct ReturnLine
{
    int lineNo = 0;
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 quantity = 0;
    QString disposition;    // "" until received, then "restock" or "write_off"
    qint64 warehouseId = 0; // where a restocked line went
    QString warehouseCode;
};

struct ReturnRequest
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNumber;
    QString channel;
    QString currency; // the order's
    QString state;
    QString reason;
    QString note;
    QString resolution; // "" until closed
    QString resolutionNote;
    qint64 exchangeOrderId = 0;
    QString exchangeOrderNumber;
    Money refund; // what the refund resolution gave back
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime deadline; // for the next step; invalid once closed or rejected
    qint64 version = 0;
    QList<ReturnLine> lines;
    bool overdue(const QDateTime& now) const { return deadline.isValid() && deadline < now; }
};

// Customer feedback (rating 1-5 and a comment) or a service note on an order.
struct OrderFeedback
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString kind;   // "feedback" or "note"
    int rating = 0; // 1..5 for feedback, 0 for a note
    QString text;
    QDateTime at;
    QString by;
};

} // namespace docket
