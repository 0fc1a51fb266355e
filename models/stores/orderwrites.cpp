#include "orderstore.h"
#include "orderstore_p.h"

#include "fulfilmentstore.h"
#include "reviewstore.h"
#include "serverwrites.h"
#include "stockledger.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QRegularExpression>
#include <QSqlQuery>

// OrderStore: validation and the writes of one order (create, update, status).

namespace docket {

using orderrows::nn;

namespace {

// "Web shop, Phone": the channels of a channel scope, in the language's list style.
QString channelNames(const Session& session)
{
    QStringList names;
    for (const QString& c : channel::codes())
        if (session.scope().channels.contains(c))
            names << channel::label(c);
    return names.join(QCoreApplication::translate("OrderFilter", ", ",
                                                  "separator of a list of statuses, regions, ..."));
}

// A session scoped to channels may not put an order into another channel:
// Forbidden, naming the channel field, said to the user in the second person.
// `refusal` has %1 for the channel, %2 for the channels the user works with.
void requireChannelInScope(const Session& session, const QString& channelCode,
                           const QString& refusal)
{
    if (session.scope().kind == Scope::Kind::Channels &&
        !session.scope().channels.contains(channelCode))
        throw DocketError(DocketError::Code::Forbidden,
                          refusal.arg(channel::label(channelCode), channelNames(session)),
                          QStringLiteral("channel"));
}

// The columns an order's form writes, with their values, in one place for
// the INSERT of a new order and the UPDATE of an edited one (SQLite; the
// server's functions take the same fields on PostgreSQL).
struct OrderColumns
{
    QStringList names;
    QVariantList values; // bound in the order of names
};

OrderColumns formColumns(const Order& o)
{
    OrderColumns c;
    auto put = [&c](const char* name, const QVariant& value) {
        c.names << QLatin1String(name);
        c.values << value;
    };
    put("customer_name", o.customerName.trimmed());
    put("email", nn(o.email.trimmed()));
    put("phone", nn(o.phone.trimmed()));
    put("ship_street", nn(o.shipTo.street));
    put("ship_city", nn(o.shipTo.city));
    put("ship_postcode", nn(o.shipTo.postcode));
    put("ship_region", nn(o.shipTo.region));
    put("ship_country", nn(o.shipTo.country));
    put("channel", o.channel);
    put("status", o.status);
    put("currency", o.currency);
    put("total_cents", qint64(o.grandTotal().minorUnits()));
    put("note", nn(o.note));
    put("assigned_to", nn(o.assignedTo));
    put("bill_country", nn(o.billCountry.trimmed().toUpper()));
    put("shipping_cents", qint64(o.shipping.minorUnits()));
    put("tax_rate_bp", o.taxRate.basisPoints());
    return c;
}

} // namespace

// ---------------------------------------------------------------- validation

QStringList OrderStore::channelsForNewOrders() const
{
    if (m_session.scope().kind != Scope::Kind::Channels)
        return channel::codes();
    QStringList out;
    for (const QString& c : channel::codes())
        if (m_session.scope().channels.contains(c))
            out << c;
    return out;
}

QString OrderStore::defaultChannel() const
{
    // Orders typed in by hand mostly come by phone; a clerk of other channels
    // starts with the first of theirs.
    const QStringList mine = channelsForNewOrders();
    const QString phone = QStringLiteral("phone");
    return mine.contains(phone) ? phone : mine.value(0);
}

QList<FieldError> OrderStore::warnings(const Order& o)
{
    QList<FieldError> out;
    const Address& a = o.shipTo;
    if (a.street.trimmed().isEmpty() && a.city.trimmed().isEmpty() &&
        a.postcode.trimmed().isEmpty() && a.country.trimmed().isEmpty())
        out.push_back({QStringLiteral("ship_street"),
                       tr("The order has no shipping address: nothing can be sent to the "
                          "customer.")});
    return out;
}

QList<FieldError> OrderStore::validate(const Order& o)
{
    QList<FieldError> errors;
    if (o.customerName.trimmed().isEmpty())
        errors.push_back({QStringLiteral("customer_name"), tr("The customer name is required.")});
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!o.email.trimmed().isEmpty() && !emailRe.match(o.email.trimmed()).hasMatch())
        errors.push_back({QStringLiteral("email"),
                          tr("\"%1\" is not an email address.").arg(o.email.trimmed())});
    if (!channel::codes().contains(o.channel))
        errors.push_back({QStringLiteral("channel"), tr("Choose a sales channel.")});
    if (!status::fromCode(o.status))
        errors.push_back({QStringLiteral("status"), tr("Unknown status \"%1\".").arg(o.status)});
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyRe.match(o.currency).hasMatch())
        errors.push_back({QStringLiteral("currency"),
                          tr("The currency must be a three-letter code such as EUR.")});
    if (o.lines.isEmpty())
        errors.push_back({QStringLiteral("lines"), tr("An order needs at least one line.")});
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines[i];
        const QString where = QStringLiteral("lines[%1]").arg(i);
        if (l.sku.trimmed().isEmpty())
            errors.push_back(
                {where + QStringLiteral(".sku"), tr("Line %1: the SKU is required.").arg(i + 1)});
        if (l.name.trimmed().isEmpty())
            errors.push_back({where + QStringLiteral(".name"),
                              tr("Line %1: the product name is required.").arg(i + 1)});
        if (l.quantity < 1)
            errors.push_back({where + QStringLiteral(".quantity"),
                              tr("Line %1: the quantity must be at least 1.").arg(i + 1)});
        if (l.quantity > 1000000)
            errors.push_back({where + QStringLiteral(".quantity"),
                              tr("Line %1: the quantity is too large.").arg(i + 1)});
        if (l.unitPrice.minorUnits() < 0)
            errors.push_back({where + QStringLiteral(".unit_price"),
                              tr("Line %1: the price cannot be negative.").arg(i + 1)});
        if (l.unitPrice.minorUnits() > 100000000000LL)
            errors.push_back({where + QStringLiteral(".unit_price"),
                              tr("Line %1: the price is too large.").arg(i + 1)});
    }
    // Every line's price is in the order's currency (Money refuses to add up
    // others, with a message naming both).
    if (currencyRe.match(o.currency).hasMatch()) {
        try {
            (void)o.linesTotal();
        } catch (const DocketError& e) {
            errors.push_back({QStringLiteral("lines"), e.message()});
        }
    }
    validateCharges(o, errors);
    return errors;
}

QList<FieldError> OrderStore::readCharges(Order& o, const QString& shipping, const QString& taxRate,
                                          const QLocale& locale)
{
    QList<FieldError> errors;
    const QString s = shipping.trimmed();
    if (s.isEmpty()) {
        o.shipping = Money(0, o.currency);
    } else if (auto m = Money::parse(s, o.currency, locale);
               m || (m = Money::parse(s, o.currency))) {
        o.shipping = *m;
    } else {
        errors.push_back(
            {QStringLiteral("shipping"), tr("Shipping: \"%1\" is not an amount.").arg(s)});
    }
    const QString t = taxRate.trimmed();
    if (t.isEmpty()) {
        o.taxRate = {};
    } else if (auto r = TaxRate::parse(t, locale); r || (r = TaxRate::parse(t))) {
        o.taxRate = *r;
    } else {
        errors.push_back({QStringLiteral("tax_rate"),
                          tr("Tax rate: \"%1\" is not a percentage from 0 to 100 with at most "
                             "two decimals.")
                              .arg(t)});
    }
    return errors;
}

void OrderStore::validateCharges(const Order& o, QList<FieldError>& errors)
{
    const Money& shipping = o.shipping;
    if (shipping.minorUnits() < 0)
        errors.push_back({QStringLiteral("shipping"), tr("Shipping cannot be negative.")});
    else if (shipping.minorUnits() > kMaxCharge)
        errors.push_back({QStringLiteral("shipping"),
                          tr("Shipping of %1 is too large.").arg(shipping.toString(QLocale()))});
    else if (shipping.minorUnits() != 0 && shipping.currency() != o.currency)
        errors.push_back({QStringLiteral("shipping"),
                          tr("Shipping is in %1 but the order is in %2: both must be in the "
                             "order's currency.")
                              .arg(shipping.currency(), o.currency)});
    if (!o.taxRate.isValid())
        errors.push_back(
            {QStringLiteral("tax_rate"), tr("The tax rate must be from 0% to 100%; %1% is not.")
                                             .arg(o.taxRate.toPlainString())});
    // The grand total must fit an amount (the lines are checked above).
    if (errors.isEmpty()) {
        try {
            (void)o.grandTotal();
        } catch (const DocketError& e) {
            errors.push_back({QStringLiteral("shipping"), e.message()});
        }
    }
}

// ---------------------------------------------------------------- records

QString OrderStore::byRecordsMessage(const QString& number, OrderStatus to)
{
    switch (to) {
    case OrderStatus::Paid:
        return tr("Order %1 becomes paid when its payments reach its total: record a payment "
                  "instead.")
            .arg(number);
    case OrderStatus::Shipped:
        return tr("Order %1 becomes shipped when every line is in a shipment: record a shipment "
                  "instead.")
            .arg(number);
    case OrderStatus::Delivered:
        return tr("Order %1 becomes delivered when every shipment is delivered: mark its "
                  "shipments delivered instead.")
            .arg(number);
    case OrderStatus::Refunded:
        return tr("Order %1 becomes refunded when everything paid is refunded: record a refund "
                  "instead.")
            .arg(number);
    default:
        return tr("Order %1 does not move to \"%2\" by hand.").arg(number, status::label(to));
    }
}

bool OrderStore::hasShipments(qint64 id) const
{
    return !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM shipments WHERE order_id = ? LIMIT 1"),
                        {id})
                .isNull();
}

void OrderStore::refuseCancel(const Order& o) const
{
    if (o.paid.minorUnits() > 0)
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 holds %2 of the customer's money; refund it before "
                             "cancelling.")
                              .arg(o.number, o.paid.toString(QLocale())),
                          QStringLiteral("status"));
    if (hasShipments(o.id))
        throw DocketError(DocketError::Code::Conflict,
                          tr("Part of order %1 has shipped; it is not cancelled.").arg(o.number),
                          QStringLiteral("status"));
}

// ---------------------------------------------------------------- writes

void OrderStore::addEvent(qint64 orderId, const QString& kind, const QString& field,
                          const QString& oldValue, const QString& newValue,
                          const QString& note) const
{
    // SQLite only: on PostgreSQL the server writes the trail (see serverwrites).
    sql::run(m_db,
             QStringLiteral("INSERT INTO order_events(order_id, at, actor, kind, field, "
                            "old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {orderId, now(), m_session.userName(), kind, nn(field), nn(oldValue), nn(newValue),
              nn(note)});
}

void OrderStore::writeLines(qint64 orderId, const QList<OrderLine>& lines) const
{
    sql::run(m_db, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"), {orderId});
    QSqlQuery ins = sql::prepare(
        m_db, QStringLiteral("INSERT INTO order_lines(order_id, line_no, product_id, sku, name, "
                             "quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int lineNo = 1;
    for (const OrderLine& l : lines) {
        ins.bindValue(0, orderId);
        ins.bindValue(1, lineNo++);
        // Link the line to the catalogue by SKU when the caller did not.
        qint64 productId = l.productId;
        if (productId == 0)
            productId = sql::scalar(m_db, QStringLiteral("SELECT id FROM products WHERE sku = ?"),
                                    {l.sku.trimmed()}, 0)
                            .toLongLong();
        ins.bindValue(2,
                      productId ? QVariant(productId) : QVariant(QMetaType(QMetaType::LongLong)));
        ins.bindValue(3, l.sku.trimmed());
        ins.bindValue(4, l.name.trimmed());
        ins.bindValue(5, l.quantity);
        ins.bindValue(6, qint64(l.unitPrice.minorUnits()));
        sql::exec(ins);
    }
}

qint64 OrderStore::create(Order draft)
{
    return sql::retryOnceWhenLost(m_db, [&] { return createOnce(draft); });
}

Order OrderStore::update(const Order& edited)
{
    return sql::retryOnceWhenLost(m_db, [&] { return updateOnce(edited); });
}

void OrderStore::changeStatus(qint64 id, OrderStatus to, const QString& note,
                              std::optional<qint64> expectedVersion)
{
    sql::retryOnceWhenLost(m_db, [&] { changeStatusOnce(id, to, note, expectedVersion); });
}

qint64 OrderStore::addComment(qint64 orderId, const QString& text)
{
    return sql::retryOnceWhenLost(m_db, [&] { return addCommentOnce(orderId, text); });
}

void OrderStore::checkNew(const Order& o) const
{
    m_session.require(Permission::CreateOrders);
    if (const auto errors = validate(o); !errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
    const SqlClause scope = orderquery::scope(m_session);
    requireChannelInScope(m_session, o.channel,
                          tr("You may not create orders for the channel \"%1\": you work with "
                             "the orders of %2."));
}

QList<qint64> OrderStore::createMany(const QList<Order>& drafts)
{
    sql::WriteTransaction tx(m_db);
    tx.setSubject(tr("%n new order(s)", "", int(drafts.size())));
    QList<qint64> ids;
    ids.reserve(drafts.size());
    if (m_backend != Backend::PostgreSQL) {
        for (const Order& o : drafts)
            ids << createOnce(o);
        tx.commit();
        return ids;
    }
    for (const Order& o : drafts)
        checkNew(o);
    const qint64 ts = now();
    beginAudit(ts);
    QList<serverwrites::NewOrder> all;
    all.reserve(drafts.size());
    for (const Order& o : drafts)
        all << serverwrites::NewOrder{o, o.createdBy.isEmpty() ? m_session.userName() : o.createdBy,
                                      o.createdAt.isValid() ? o.createdAt.toSecsSinceEpoch() : ts};
    ids = serverwrites::createOrders(m_db, all);
    if (ids.size() != drafts.size())
        throw DocketError(DocketError::Code::Database,
                          tr("The server created %1 of %2 orders; nothing was kept.")
                              .arg(ids.size())
                              .arg(drafts.size()));
    tx.commit();
    return ids;
}

qint64 OrderStore::createOnce(Order o)
{
    checkNew(o);
    sql::WriteTransaction tx(m_db);
    tx.setSubject(o.number.trimmed().isEmpty()
                      ? tr("the new order for %1").arg(o.customerName.trimmed())
                      : tr("order %1").arg(o.number.trimmed().toUpper()));
    const qint64 ts = now();
    beginAudit(ts);
    const QString createdBy = o.createdBy.isEmpty() ? m_session.userName() : o.createdBy;
    const QString wanted = o.number.trimmed().toUpper();
    auto numberTaken = [&](const QString& number) {
        return DocketError(DocketError::Code::Conflict,
                           tr("An order with the number %1 already exists.").arg(number),
                           QStringLiteral("number"));
    };
    if (m_backend == Backend::PostgreSQL) {
        // The server takes the id, numbers the order, writes it with its lines
        // and checks the number against orders this session cannot see too.
        try {
            const qint64 created = serverwrites::createOrder(
                m_db, o, createdBy, o.createdAt.isValid() ? o.createdAt.toSecsSinceEpoch() : ts);
            tx.commit();
            return created;
        } catch (const DocketError& e) {
            if (e.code() == DocketError::Code::Conflict && !wanted.isEmpty())
                throw numberTaken(wanted);
            throw;
        }
    }
    const qint64 id = dialect::nextOrderId(m_db);
    const QString number = wanted.isEmpty() ? orderquery::formatOrderNumber(id) : wanted;
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM orders WHERE number = ?"), {number})
             .isNull())
        throw numberTaken(number);
    // Order of the values: the form's columns, then these.
    static const QString insertSql = [] {
        QStringList names = formColumns(Order()).names;
        names << QStringLiteral("id") << QStringLiteral("number") << QStringLiteral("customer_id")
              << QStringLiteral("created_at") << QStringLiteral("updated_at")
              << QStringLiteral("created_by") << QStringLiteral("version")
              << QStringLiteral("records") << QStringLiteral("review_state")
              << QStringLiteral("rule_version") << QStringLiteral("step")
              << QStringLiteral("step_at") << QStringLiteral("due_at");
        QStringList marks;
        marks.fill(QStringLiteral("?"), names.size());
        return QStringLiteral("INSERT INTO orders(%1) VALUES (%2)")
            .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }();
    const qint64 createdAt = o.createdAt.isValid() ? o.createdAt.toSecsSinceEpoch() : ts;
    // A new order that starts as pending follows its records and is judged
    // by the review rules; an import of history in another status is not.
    // Judged, and given its deadline step, before its row is written: the
    // row is inserted with them, never updated right after (as on PostgreSQL,
    // migration 0090).
    const bool judged = o.status == QLatin1String("pending");
    records::Judgement verdict;
    if (judged) {
        // (The rules trim what they read, as the row will hold it.)
        Order asStored = o;
        asStored.id = id;
        asStored.createdAt = sql::utcTime(createdAt);
        verdict = records::judgeNew(m_db, asStored);
    }
    records::DeadlineSettings deadlines(m_db);
    const records::StepDue due =
        records::newStepDue(o.status, verdict.state, o.channel, ts, deadlines);
    QVariantList values = formColumns(o).values;
    values << id << number
           << (o.customerId ? QVariant(o.customerId) : QVariant(QMetaType(QMetaType::LongLong)))
           << createdAt << ts << createdBy << 1
           << (o.status == QLatin1String("pending") && !o.statusFromChannel ? 1 : 0)
           << (judged ? verdict.state : QStringLiteral(""))
           << (judged ? QVariant(verdict.ruleVersion) : QVariant(QMetaType(QMetaType::LongLong)))
           << due.step << due.stepAt << due.dueAt;
    sql::run(m_db, insertSql, values);
    writeLines(id, o.lines);
    addEvent(id, QStringLiteral("created"), {}, {}, number);
    // Reserve on create: the one place every way of creating an order passes
    // (on PostgreSQL the server's line trigger does it).
    stockledger::syncOrders(m_db, {m_session.userName(), ts}, {id});
    if (judged)
        records::recordNewJudgement(m_db, id, ts, verdict);
    tx.commit();
    return id;
}

Order OrderStore::updateOnce(const Order& edited)
{
    const Order current = order(edited.id); // scope + existence
    if (const auto errors = validate(edited); !errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
    struct Change
    {
        const char* column;
        QString oldValue;
        QString newValue;
    };
    QList<Change> changes;
    auto cmp = [&](const char* column, const QString& a, const QString& b) {
        if (a != b)
            changes.push_back({column, a, b});
    };
    cmp("customer_name", current.customerName, edited.customerName.trimmed());
    cmp("email", current.email, edited.email.trimmed());
    cmp("phone", current.phone, edited.phone.trimmed());
    cmp("ship_street", current.shipTo.street, edited.shipTo.street);
    cmp("ship_city", current.shipTo.city, edited.shipTo.city);
    cmp("ship_postcode", current.shipTo.postcode, edited.shipTo.postcode);
    cmp("ship_region", current.shipTo.region, edited.shipTo.region);
    cmp("ship_country", current.shipTo.country, edited.shipTo.country);
    cmp("bill_country", current.billCountry, edited.billCountry.trimmed().toUpper());
    cmp("channel", current.channel, edited.channel);
    cmp("currency", current.currency, edited.currency);
    cmp("note", current.note, edited.note);
    cmp("assigned_to", current.assignedTo, edited.assignedTo);
    cmp("shipping_cents", current.shippingAmount().toPlainString(),
        edited.shippingAmount().toPlainString());
    cmp("tax_rate", current.taxRate.toPlainString(), edited.taxRate.toPlainString());
    const bool statusChanged = current.status != edited.status;
    QList<OrderLine> curLines = current.lines;
    QList<OrderLine> newLines = edited.lines;
    auto sameLines = [](QList<OrderLine> a, QList<OrderLine> b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i].sku.trimmed() != b[i].sku.trimmed() ||
                a[i].name.trimmed() != b[i].name.trimmed() || a[i].quantity != b[i].quantity ||
                a[i].unitPrice.minorUnits() != b[i].unitPrice.minorUnits())
                return false;
        return true;
    };
    const bool linesChanged = !sameLines(curLines, newLines);
    const bool chargesChanged =
        current.shippingAmount() != edited.shippingAmount() || current.taxRate != edited.taxRate;

    if (!changes.isEmpty() || linesChanged)
        m_session.require(Permission::EditOrders);
    if (statusChanged) {
        m_session.require(Permission::ChangeStatus);
        const auto from = status::fromCode(current.status);
        const auto to = status::fromCode(edited.status);
        if (!from || !to || !status::canMove(*from, *to))
            throw DocketError(
                DocketError::Code::Invalid,
                tr("An order cannot move from \"%1\" to \"%2\".")
                    .arg(status::labelForCode(current.status), status::labelForCode(edited.status)),
                QStringLiteral("status"));
    }
    requireChannelInScope(m_session, edited.channel,
                          tr("You may not move orders to the channel \"%1\": you work with the "
                             "orders of %2."));
    if (statusChanged) {
        // Status follows the records: paid, shipped, delivered and refunded
        // come from payments, shipments and refunds on an order that follows
        // them; money held or goods gone stop a cancellation.
        const auto to = status::fromCode(edited.status);
        if (current.followsRecords && to && !status::byHand(*to))
            throw DocketError(DocketError::Code::Invalid, byRecordsMessage(current.number, *to),
                              QStringLiteral("status"));
        if (to == OrderStatus::Cancelled)
            refuseCancel(current);
    }
    // Money taken or goods gone: the lines and the charges stay as they were.
    const bool recorded = (linesChanged || chargesChanged) &&
                          (current.paid.minorUnits() != 0 || current.refunded.minorUnits() != 0 ||
                           hasShipments(current.id));
    if (linesChanged && recorded)
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 has payments or shipments; its lines no longer change. "
                             "Refund or ship what differs instead.")
                              .arg(current.number),
                          QStringLiteral("lines"));
    if (chargesChanged && recorded)
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 has payments or shipments; its shipping and tax no longer "
                             "change.")
                              .arg(current.number),
                          QStringLiteral("shipping"));
    if (changes.isEmpty() && !linesChanged && !statusChanged)
        return current;
    if (current.isInvalid())
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 is marked invalid; mark it valid again before editing it.")
                              .arg(current.number));

    sql::WriteTransaction tx(m_db);
    tx.setSubject(tr("order %1").arg(current.number));
    const qint64 ts = now();
    beginAudit(ts);
    const Money newTotal = edited.grandTotal();
    if (m_backend == Backend::PostgreSQL) {
        // The server locks the row, checks again and writes the trail.
        if (!serverwrites::updateOrder(m_db, edited, linesChanged))
            throw DocketError(DocketError::Code::Conflict,
                              tr("Order %1 was changed by someone else after you opened it.")
                                  .arg(current.number));
        tx.commit();
        return order(edited.id);
    }
    if (linesChanged)
        writeLines(edited.id, newLines);
    // Order of the values: the form's columns, then these.
    static const QString updateSql = [] {
        const QStringList names = formColumns(Order()).names;
        QStringList sets;
        for (const QString& name : names)
            sets << name + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE orders SET %1, updated_at = ?, version = version + 1 WHERE "
                              "id = ? AND version = ?")
            .arg(sets.join(QStringLiteral(", ")));
    }();
    QVariantList values = formColumns(edited).values;
    values << ts << edited.id << edited.version;
    QSqlQuery q = sql::run(m_db, updateSql, values);
    if (q.numRowsAffected() != 1)
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Order %1 was changed by someone else after you opened it.").arg(current.number));
    for (const Change& c : changes)
        addEvent(edited.id, QStringLiteral("edited"), QString::fromLatin1(c.column), c.oldValue,
                 c.newValue);
    if (linesChanged)
        addEvent(edited.id, QStringLiteral("edited"), QStringLiteral("lines"),
                 linesText(curLines, LinesText::Stored), linesText(newLines, LinesText::Stored));
    if (newTotal.minorUnits() != current.total.minorUnits())
        addEvent(edited.id, QStringLiteral("edited"), QStringLiteral("total_cents"),
                 current.total.toPlainString(), newTotal.toPlainString());
    if (statusChanged)
        addEvent(edited.id, QStringLiteral("status"), QStringLiteral("status"), current.status,
                 edited.status);
    if (linesChanged || statusChanged || current.channel != edited.channel)
        stockledger::syncOrders(m_db, {m_session.userName(), ts}, {edited.id});
    // The review judges a changed order again (lines, address, email, phone,
    // and the shipping and tax: the amount rules weigh what the customer pays).
    static const QStringList notJudged{QStringLiteral("note"), QStringLiteral("assigned_to"),
                                       QStringLiteral("customer_name"), QStringLiteral("channel")};
    bool judgedFieldChanged = linesChanged;
    for (const Change& c : changes)
        if (!notJudged.contains(QLatin1String(c.column)))
            judgedFieldChanged = true;
    if (judgedFieldChanged)
        records::judge(m_db, edited.id, ts, true);
    if (statusChanged || judgedFieldChanged)
        records::refreshDue(m_db, edited.id, ts);
    tx.commit();
    return order(edited.id);
}

void OrderStore::changeStatusOnce(qint64 id, OrderStatus to, const QString& note,
                                  std::optional<qint64> expectedVersion)
{
    m_session.require(Permission::ChangeStatus);
    Order o = order(id);
    const auto from = status::fromCode(o.status);
    if (expectedVersion && *expectedVersion != o.version)
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 was changed by someone else meanwhile; its status was not "
                             "changed. Look at it again and retry.")
                              .arg(o.number));
    if (o.isInvalid())
        throw DocketError(
            DocketError::Code::Conflict,
            tr("Order %1 is marked invalid; its status cannot change.").arg(o.number));
    if (!from || !status::canMove(*from, to))
        throw DocketError(DocketError::Code::Invalid,
                          tr("Order %1 cannot move from \"%2\" to \"%3\".")
                              .arg(o.number, status::labelForCode(o.status), status::label(to)),
                          QStringLiteral("status"));
    if (*from == to)
        return;
    if (o.followsRecords && !status::byHand(to))
        throw DocketError(DocketError::Code::Invalid, byRecordsMessage(o.number, to),
                          QStringLiteral("status"));
    if (to == OrderStatus::Cancelled)
        refuseCancel(o);
    sql::WriteTransaction tx(m_db);
    tx.setSubject(tr("order %1").arg(o.number));
    const qint64 ts = now();
    beginAudit(ts, note);
    // Only from the status checked above: a concurrent change makes this a
    // conflict instead of a silent overwrite.
    const bool moved =
        m_backend == Backend::PostgreSQL
            ? serverwrites::changeStatus(m_db, id, o.version, status::code(to), note)
            : sql::run(m_db,
                       QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, version = "
                                      "version + 1 WHERE id = ? AND version = ?"),
                       {status::code(to), ts, id, o.version})
                      .numRowsAffected() == 1;
    if (!moved)
        throw DocketError(DocketError::Code::Conflict,
                          tr("Order %1 was changed by someone else meanwhile; its status was not "
                             "changed. Look at it again and retry.")
                              .arg(o.number));
    if (m_backend == Backend::SQLite) { // the server writes its own trail and moves the stock
        addEvent(id, QStringLiteral("status"), QStringLiteral("status"), o.status, status::code(to),
                 note);
        stockledger::syncOrders(m_db, {m_session.userName(), ts}, {id});
        records::refreshDue(m_db, id, ts);
    }
    tx.commit();
}

qint64 OrderStore::addCommentOnce(qint64 orderId, const QString& text)
{
    m_session.require(Permission::EditOrders);
    const Order o = order(orderId); // scope and existence
    const QString body = text.trimmed();
    if (body.isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Write the comment first."),
                          QStringLiteral("comment"));
    if (body.size() > kMaxCommentLength)
        throw DocketError(DocketError::Code::Invalid,
                          tr("A comment holds at most %L1 characters; this one has %L2.")
                              .arg(kMaxCommentLength)
                              .arg(body.size()),
                          QStringLiteral("comment"));
    sql::WriteTransaction tx(m_db);
    tx.setSubject(tr("order %1").arg(o.number));
    const qint64 ts = now();
    beginAudit(ts);
    qint64 id = 0;
    if (m_backend == Backend::PostgreSQL) {
        // The server checks the right and the scope again and writes the
        // event under the login's name at its own clock.
        id = serverwrites::addComment(m_db, o.id, body);
    } else {
        addEvent(o.id, QStringLiteral("commented"), {}, {}, {}, body);
        id = sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    }
    tx.commit();
    return id;
}

} // namespace docket
