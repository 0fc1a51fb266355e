#include "returnstore.h"

#include "stockledger.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QSqlQuery>

// ReturnStore: a customer's feedback (a rating, a comment) and notes on an
// order.

namespace docket {

qint64 ReturnStore::addFeedbackRow(qint64 orderId, const QString& kind, int rating,
                                   const QString& textIn)
{
    m_session.require(Permission::HandleReturns);
    const QString text = textIn.trimmed();
    if (kind == QLatin1String("feedback") && (rating < 1 || rating > 5))
        throw DocketError(DocketError::Code::Invalid,
                          tr("The rating must be a whole number from 1 to 5."),
                          QStringLiteral("rating"));
    if (kind == QLatin1String("note") && text.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("The note is empty."),
                          QStringLiteral("text"));
    if (text.size() > 4000)
        throw DocketError(DocketError::Code::Invalid, tr("The text is too long."),
                          QStringLiteral("text"));
    sql::WriteTransaction tx(m_db);
    const qint64 ts = now();
    orderInScope(orderId);
    if (m_backend == Backend::PostgreSQL) {
        beginServerWrite();
        const qint64 id =
            sql::scalar(m_db,
                        QStringLiteral("SELECT docket_order_feedback_add(CAST(? AS bigint), "
                                       "CAST(? AS text), CAST(? AS integer), CAST(? AS text))"),
                        {orderId, kind, rating, stockledger::nn(text)})
                .toLongLong();
        tx.commit();
        return id;
    }
    sql::run(
        m_db,
        QStringLiteral("INSERT INTO order_feedback(order_id, kind, rating, comment, at, author) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {orderId, kind, rating, stockledger::nn(text), ts, m_session.userName()});
    const qint64 id = sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    sql::run(m_db,
             QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, old_value, "
                            "new_value, note) VALUES (?, ?, ?, ?, '', '', ?, ?)"),
             {orderId, ts, m_session.userName(), kind,
              rating ? QString::number(rating) : QStringLiteral(""), stockledger::nn(text)});
    tx.commit();
    return id;
}

qint64 ReturnStore::addFeedback(qint64 orderId, int rating, const QString& comment)
{
    return addFeedbackRow(orderId, QStringLiteral("feedback"), rating, comment);
}

qint64 ReturnStore::addNote(qint64 orderId, const QString& text)
{
    return addFeedbackRow(orderId, QStringLiteral("note"), 0, text);
}

QList<OrderFeedback> ReturnStore::feedback(qint64 orderId) const
{
    m_session.require(Permission::ViewOrders);
    orderInScope(orderId);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, kind, rating, comment, at, author FROM "
                                          "order_feedback WHERE order_id = ? ORDER BY id"),
                           {orderId});
    QList<OrderFeedback> out;
    while (q.next())
        out << OrderFeedback{q.value(0).toLongLong(), orderId,
                             q.value(1).toString(),   q.value(2).toInt(),
                             q.value(3).toString(),   sql::utcTime(q.value(4)),
                             q.value(5).toString()};
    return out;
}
} // namespace docket
