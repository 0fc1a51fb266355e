#pragma once

#include "domain/order.h"
#include "domain/session.h"
#include "orderfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace docket {

// One page of the order list for other systems (the gateway's GET
// /api/v1/orders): the desk's filters and scope, plus "changed since" for
// synchronisation, in pages that continue from an opaque cursor (keyset: no
// row is skipped or repeated when orders arrive between pages).
struct OrderFeedRow
{
    OrderSummary summary;
    qint64 updatedAt = 0; // UTC seconds
    qint64 version = 0;
};

struct OrderFeedPage
{
    QList<OrderFeedRow> rows;
    QString nextCursor; // empty: this was the last page
};

class OrderFeed
{
    Q_DECLARE_TR_FUNCTIONS(OrderFeed)

public:
    // Newest first by creation, or oldest change first (for synchronisation:
    // with updatedSince, keep the last page's cursor and ask again later).
    enum class Sort { Created, Updated };

    OrderFeed(QSqlDatabase db, Session session);
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Throws Invalid for a cursor that is not one of this sort's.
    OrderFeedPage page(const OrderFilter& filter, std::optional<qint64> updatedSince, Sort sort,
                       int limit, const QString& cursor = {}) const;

private:
    QSqlDatabase m_db;
    Session m_session;
    std::function<qint64()> m_clock;
};

} // namespace docket
