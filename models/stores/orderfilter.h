#pragma once

#include "db/database.h"
#include "db/sqlclause.h"
#include "domain/dateperiod.h"
#include "domain/order.h"
#include "domain/session.h"
#include "domain/shopsettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>
#include <QVariantList>
#include <limits>
#include <optional>

class QSqlQuery;

namespace docket {

// Due: when the order's current step is due (fulfilment's deadlines, the
// stored due_at); orders without a deadline come after every other.
enum class OrderColumn { Number, Customer, Total, Created, Status, Channel, Due };
constexpr int kOrderColumnCount = 7;

struct OrderSort
{
    OrderColumn column = OrderColumn::Created;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const OrderSort&) const = default;
};

struct FieldError
{
    QString field;
    QString message;
};

// How one customer's orders are found (orders carry the customer's details,
// not a customer record): by email when the order has one, else by phone
// (digits and '+' only), else by name. The customer view says which.
struct CustomerKey
{
    Q_DECLARE_TR_FUNCTIONS(CustomerKey)

public:
    enum class By { Email, Phone, Name };
    By by = By::Email;
    QString value;

    // The key of an order's customer; nullopt when it has no email, phone or name.
    static std::optional<CustomerKey> of(const QString& email, const QString& phone,
                                         const QString& name);
    // "by email", "by phone", "by name" (translated).
    QString byText() const;
    // "ann@example.org (by email)".
    QString describe() const;
    // "email", "phone", "name": the JSON of saved views.
    QString code() const;
    static std::optional<By> byFromCode(const QString& code);
    bool operator==(const CustomerKey&) const = default;
};

// What the clerk asked for. All criteria combine with AND.
struct OrderFilter
{
    Q_DECLARE_TR_FUNCTIONS(OrderFilter)

public:
    enum class Validity { Valid, Invalid, All };

    QString number; // order-number prefix ("DK00012") or, with exactNumber, the number
    bool exactNumber = false;
    QDate from;           // first local day, inclusive (null = open)
    QDate to;             // last local day, inclusive (null = open)
    QStringList statuses; // empty = any
    QStringList channels; // empty = any
    QString keyword;      // customer name, email, phone, product name or SKU
    // Shipping regions as analytics names them: regionKey(country, region),
    // "DE/Bayern" (either part may be empty); empty = any.
    QStringList regions;
    QStringList skus;                    // orders with a line of one of these SKUs; empty = any
    std::optional<CustomerKey> customer; // "orders of this customer"
    bool newOnly = false;
    // By the deadline of the order's current step (fulfilment::dueState, the
    // stored due_at): past it ("overdue"), or due within
    // fulfilment::kDueSoonHours. The one overdue rule of the list, the filter
    // bar's toggle, saved views and docketctl --overdue / --due.
    enum class Due { Any, Overdue, Soon };
    Due due = Due::Any;
    Validity validity = Validity::Valid;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // whose days `from`/`to` are

    // Every problem with the input, each naming its field. Empty = valid.
    QList<FieldError> validate() const;
    // Throws DocketError(Invalid) for the first problem.
    void check() const;
    // Every criterion in words, one entry per field, in the filter bar's order
    // (e.g. {"region", "Region: Bayern (DE)"}); the defaults (valid orders,
    // any date) are left out.
    QList<FieldError> description() const;
    bool operator==(const OrderFilter&) const = default;

    // The region key of a shipping address: "country/region".
    static QString regionKey(const QString& country, const QString& region);
    // {country, region} of a key; nullopt when it has no "/".
    static std::optional<std::pair<QString, QString>> splitRegionKey(const QString& key);
    // "Bayern (DE)", "DE", "Unknown": what the region chart and the filter bar show.
    static QString regionLabel(const QString& key);
};

namespace orderquery {
// The WHERE clause for a filter within a session's scope (never empty: "1=1").
SqlClause where(const OrderFilter& filter, const Session& session, Backend backend, qint64 nowSecs);
// The scope alone: "1=1", "(o.created_by = ? OR o.assigned_to = ?)", ...
SqlClause scope(const Session& session);
// Whitelisted sort expression for a column ("o.total_cents").
QString sortExpression(OrderColumn column);
// Columns every summary query selects, and the overdue flag's bind (the
// deadline rule at `nowSecs`); with `withItems`, the units on each order's
// lines too (a look-up per row).
SqlClause summaryColumns(qint64 nowSecs, bool withItems = false);
// How many columns summaryColumns() selects: a query's own extra columns
// come after them.
inline constexpr int kSummaryColumnCount = 27;
// The Due sort's value of an order without a deadline (after every other).
inline constexpr qint64 kNoDeadline = std::numeric_limits<qint64>::max();
// The OrderSummary of a row whose first columns are summaryColumns().
OrderSummary readSummary(const QSqlQuery& q);
// FTS5 / tsquery text for one keyword token; empty when the token has no
// letters or digits.
QString ftsToken(const QString& token);
// The words of a keyword search (parse::keyword); none when it is refused.
QStringList keywordTokens(const QString& keyword);
// "DK0000123" for id 123.
QString formatOrderNumber(qint64 id);
} // namespace orderquery

} // namespace docket
