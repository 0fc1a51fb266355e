#include "orderfilter.h"
#include "orderhalves_p.h"

#include "db/dialect.h"
#include "domain/errors.h"
#include "domain/fulfilment.h"
#include "domain/order.h"
#include "domain/parse.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace docket {

// ---- CustomerKey

namespace {
// A phone number as digits (and '+'): "+49 (30) 123-45" and "+4930 12345"
// are one customer. The same expression backs the orders_phone_digits index
// (migration 0063), so it must stay exactly as written there.
QString phoneDigitsSql(const QString& column)
{
    return QStringLiteral("replace(replace(replace(replace(replace(replace(%1, ' ', ''), '-', ''), "
                          "'(', ''), ')', ''), '.', ''), '/', '')")
        .arg(column);
}
} // namespace

std::optional<CustomerKey> CustomerKey::of(const QString& email, const QString& phone,
                                           const QString& name)
{
    if (!email.trimmed().isEmpty())
        return CustomerKey{By::Email, email.trimmed()};
    if (!phone.trimmed().isEmpty())
        return CustomerKey{By::Phone, phone.trimmed()};
    if (!name.trimmed().isEmpty())
        return CustomerKey{By::Name, name.trimmed()};
    return std::nullopt;
}

QString CustomerKey::byText() const
{
    switch (by) {
    case By::Email:
        return tr("by email");
    case By::Phone:
        return tr("by phone");
    case By::Name:
        return tr("by name");
    }
    return {};
}

QString CustomerKey::describe() const
{
    return tr("%1 (%2)").arg(value, byText());
}

QString CustomerKey::code() const
{
    switch (by) {
    case By::Email:
        return QStringLiteral("email");
    case By::Phone:
        return QStringLiteral("phone");
    case By::Name:
        return QStringLiteral("name");
    }
    return {};
}

std::optional<CustomerKey::By> CustomerKey::byFromCode(const QString& code)
{
    if (code == QLatin1String("email"))
        return By::Email;
    if (code == QLatin1String("phone"))
        return By::Phone;
    if (code == QLatin1String("name"))
        return By::Name;
    return std::nullopt;
}

// ---- OrderFilter

QList<FieldError> OrderFilter::validate() const
{
    QList<FieldError> errors;
    if (const auto n = parse::orderNumberPrefix(number.trimmed()); !n)
        errors.push_back({QStringLiteral("number"), n.error()});
    if (const auto problem = dateperiod::rangeProblem(from, to))
        errors.push_back({QStringLiteral("to"), *problem});
    for (const QString& s : statuses)
        if (!status::fromCode(s))
            errors.push_back({QStringLiteral("status"), tr("Unknown status \"%1\".").arg(s)});
    for (const QString& c : channels)
        if (!channel::codes().contains(c))
            errors.push_back({QStringLiteral("channel"), tr("Unknown channel \"%1\".").arg(c)});
    for (const QString& r : regions)
        if (!splitRegionKey(r))
            errors.push_back(
                {QStringLiteral("region"),
                 tr("\"%1\" is not a region: write the country, a slash and the region "
                    "(\"DE/Bayern\").")
                     .arg(r)});
    for (const QString& sku : skus)
        if (sku.trimmed().isEmpty())
            errors.push_back({QStringLiteral("product"), tr("A product filter has an empty SKU.")});
    if (customer && customer->value.trimmed().isEmpty())
        errors.push_back(
            {QStringLiteral("customer"), tr("The customer filter names no customer.")});
    if (const auto k = parse::keyword(keyword.trimmed()); !k)
        errors.push_back({QStringLiteral("keyword"), k.error()});
    return errors;
}

void OrderFilter::check() const
{
    const auto errors = validate();
    if (!errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
}

QString OrderFilter::regionKey(const QString& country, const QString& region)
{
    return country + QLatin1Char('/') + region;
}

std::optional<std::pair<QString, QString>> OrderFilter::splitRegionKey(const QString& key)
{
    // Countries are codes without a slash; a region name may contain one.
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return std::nullopt;
    return std::pair{key.left(slash), key.mid(slash + 1)};
}

QString OrderFilter::regionLabel(const QString& key)
{
    // The region chart's wording (its translations).
    const auto parts = splitRegionKey(key);
    if (!parts)
        return key;
    const auto& [country, region] = *parts;
    if (region.isEmpty() && country.isEmpty())
        return QCoreApplication::translate("AnalyticsStore", "Unknown");
    if (region.isEmpty())
        return country;
    if (country.isEmpty())
        return region;
    return QCoreApplication::translate("AnalyticsStore", "%1 (%2)").arg(region, country);
}

QList<FieldError> OrderFilter::description() const
{
    QList<FieldError> out;
    const QLocale l;
    // "a, b, c" with the language's separator (、 in Chinese).
    const QString separator = QCoreApplication::translate(
        "OrderFilter", ", ", "separator of a list of statuses, regions, ...");
    auto list = [&separator](const QStringList& names) {
        return names.join(separator);
    };
    if (!number.trimmed().isEmpty())
        out.push_back({QStringLiteral("number"), tr("Number: %1").arg(number.trimmed())});
    if (!keyword.trimmed().isEmpty())
        out.push_back({QStringLiteral("keyword"), tr("Keyword: %1").arg(keyword.trimmed())});
    if (from.isValid() || to.isValid()) {
        QString text;
        if (from.isValid() && to.isValid())
            text = tr("Dates: %1 – %2")
                       .arg(l.toString(from, QLocale::ShortFormat),
                            l.toString(to, QLocale::ShortFormat));
        else if (from.isValid())
            text = tr("Dates: from %1").arg(l.toString(from, QLocale::ShortFormat));
        else
            text = tr("Dates: until %1").arg(l.toString(to, QLocale::ShortFormat));
        out.push_back({QStringLiteral("date"), text});
    }
    if (!statuses.isEmpty()) {
        QStringList names;
        for (const QString& s : statuses)
            names << status::labelForCode(s);
        out.push_back({QStringLiteral("status"), tr("Status: %1").arg(list(names))});
    }
    if (!channels.isEmpty()) {
        QStringList names;
        for (const QString& c : channels)
            names << channel::label(c);
        out.push_back({QStringLiteral("channel"), tr("Channel: %1").arg(list(names))});
    }
    if (!regions.isEmpty()) {
        QStringList names;
        for (const QString& r : regions)
            names << regionLabel(r);
        out.push_back({QStringLiteral("region"), tr("Region: %1").arg(list(names))});
    }
    if (!skus.isEmpty())
        out.push_back({QStringLiteral("product"), tr("Product: %1").arg(list(skus))});
    if (customer)
        out.push_back({QStringLiteral("customer"), tr("Customer: %1").arg(customer->describe())});
    if (newOnly)
        out.push_back({QStringLiteral("new"), tr("New orders only")});
    if (due == Due::Overdue)
        out.push_back({QStringLiteral("due"), tr("Past the deadline of their step")});
    else if (due == Due::Soon)
        out.push_back({QStringLiteral("due"),
                       tr("Due within %n hour(s)", nullptr, fulfilment::kDueSoonHours)});
    if (validity == Validity::Invalid)
        out.push_back({QStringLiteral("validity"), tr("Invalid orders")});
    else if (validity == Validity::All)
        out.push_back({QStringLiteral("validity"), tr("Valid and invalid orders")});
    return out;
}

namespace orderquery {

QString formatOrderNumber(qint64 id)
{
    return QStringLiteral("DK%1").arg(id, 7, 10, QLatin1Char('0'));
}

QStringList keywordTokens(const QString& keyword)
{
    // The words parse::keyword() accepts; none for a keyword it refuses.
    const auto words = parse::keyword(keyword);
    return words ? words.value() : QStringList();
}

QString ftsToken(const QString& token)
{
    return dialect::ftsPrefixToken(token);
}

QString sortExpression(OrderColumn column)
{
    switch (column) {
    case OrderColumn::Number:
        return QStringLiteral("o.number");
    case OrderColumn::Customer:
        return QStringLiteral("o.customer_name");
    case OrderColumn::Total:
        return QStringLiteral("o.total_cents");
    case OrderColumn::Created:
        return QStringLiteral("o.created_at");
    case OrderColumn::Status:
        return QStringLiteral("o.status");
    case OrderColumn::Channel:
        return QStringLiteral("o.channel");
    case OrderColumn::Due:
        // Exactly the expression of the orders_due_sort index (migration 0073).
        return QStringLiteral("COALESCE(o.due_at, 9223372036854775807)");
    }
    return QStringLiteral("o.created_at");
}

SqlClause summaryColumns(qint64 nowSecs, bool withItems)
{
    // Overdue: past the deadline of the order's step, as the Due filter says.
    return {
        QStringLiteral("o.id, o.number, o.customer_name, o.total_cents, o.currency, o.created_at, "
                       "o.status, o.channel, CASE WHEN o.seen_at IS NULL THEN 1 ELSE 0 END, "
                       "CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END, "
                       "CASE WHEN ") +
            sortExpression(OrderColumn::Due) +
            QStringLiteral(" < ? THEN 1 ELSE 0 END, "
                           "o.invalid_reason, o.email, o.phone, o.ship_region, o.ship_country, "
                           "o.assigned_to, o.ship_street, o.ship_postcode, o.ship_city, ") +
            (withItems ? QStringLiteral("(SELECT COALESCE(SUM(l.quantity), 0) FROM order_lines l "
                                        "WHERE l.order_id = o.id)")
                       : QStringLiteral("-1")) +
            QStringLiteral(", o.due_at, o.shipping_cents, o.tax_rate_bp, o.paid_cents, "
                           "o.refunded_cents, o.review_state"),
        {nowSecs}};
}

OrderSummary readSummary(const QSqlQuery& q)
{
    OrderSummary s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toString();
    s.customerName = q.value(2).toString();
    s.total = Money(q.value(3).toLongLong(), q.value(4).toString());
    s.createdAt = q.value(5).toLongLong();
    s.status = q.value(6).toString();
    s.channel = q.value(7).toString();
    s.isNew = q.value(8).toInt() != 0;
    s.invalid = q.value(9).toInt() != 0;
    s.overdue = q.value(10).toInt() != 0;
    s.invalidReason = q.value(11).toString();
    s.email = q.value(12).toString();
    s.phone = q.value(13).toString();
    s.shipRegion = q.value(14).toString();
    s.shipCountry = q.value(15).toString();
    s.assignedTo = q.value(16).toString();
    s.shipStreet = q.value(17).toString();
    s.shipPostcode = q.value(18).toString();
    s.shipCity = q.value(19).toString();
    s.items = q.value(20).toLongLong();
    s.dueAt = q.value(21).isNull() ? 0 : q.value(21).toLongLong();
    s.shipping = Money(q.value(22).toLongLong(), s.total.currency());
    s.taxRate = TaxRate::fromBasisPoints(q.value(23).toInt());
    s.paid = Money(q.value(24).toLongLong(), s.total.currency());
    s.refunded = Money(q.value(25).toLongLong(), s.total.currency());
    s.reviewState = q.value(26).toString();
    return s;
}

SqlClause scope(const Session& session)
{
    const Scope& s = session.scope();
    switch (s.kind) {
    case Scope::Kind::All:
        return {QStringLiteral("1=1"), {}};
    case Scope::Kind::Own:
        return {QStringLiteral("(o.created_by = ? OR o.assigned_to = ?)"),
                {session.userName(), session.userName()}};
    case Scope::Kind::Channels:
        if (s.channels.isEmpty())
            return {QStringLiteral("1=0"), {}};
        return sql::inList(QStringLiteral("o.channel"), s.channels);
    }
    return {QStringLiteral("1=0"), {}};
}

bool namesIndexHalves(const OrderFilter& f, const Session& session)
{
    return f.customer || !f.keyword.trimmed().isEmpty() || !f.channels.isEmpty() ||
           session.scope().kind != Scope::Kind::All;
}

SqlClause where(const OrderFilter& f, const Session& session, Backend backend, qint64 nowSecs)
{
    sql::Where w;
    w.add(scope(session));

    switch (f.validity) {
    case OrderFilter::Validity::Valid:
        w.add(QStringLiteral("o.invalid_at IS NULL"));
        break;
    case OrderFilter::Validity::Invalid:
        w.add(QStringLiteral("o.invalid_at IS NOT NULL"));
        break;
    case OrderFilter::Validity::All:
        // PostgreSQL indexes the customer's keys and the keyword's words
        // (migration 0083), the channel, the assignee and the creator (0099)
        // in two halves, valid-only and invalid-only: a list across both
        // narrowed by one of them names both halves, and the planner ORs the
        // two indexes.
        if (backend == Backend::PostgreSQL && namesIndexHalves(f, session))
            w.add(QStringLiteral("(o.invalid_at IS NULL OR o.invalid_at IS NOT NULL)"));
        break;
    }

    const QString number = f.number.trimmed().toUpper();
    if (!number.isEmpty()) {
        if (f.exactNumber) {
            w.add(QStringLiteral("o.number = ?"), {number});
        } else {
            // A prefix as an index range: number >= p AND number < p'.
            auto range = [](const QString& p) {
                QString upper = p;
                upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
                return SqlClause{QStringLiteral("(o.number >= ? AND o.number < ?)"), {p, upper}};
            };
            bool digitsOnly = true;
            for (QChar c : number)
                digitsOnly = digitsOnly && c.isDigit();
            if (digitsOnly) {
                const SqlClause a = range(number);
                const SqlClause b = range(QStringLiteral("DK") + number);
                w.add(QLatin1Char('(') + a.sql + QStringLiteral(" OR ") + b.sql + QLatin1Char(')'),
                      a.binds + b.binds);
            } else {
                w.add(range(number));
            }
        }
    }

    if (f.from.isValid())
        w.add(QStringLiteral("o.created_at >= ?"), {dateperiod::startOfDay(f.from, f.timeZone)});
    if (f.to.isValid())
        w.add(QStringLiteral("o.created_at < ?"),
              {dateperiod::startOfDay(f.to.addDays(1), f.timeZone)});

    if (!f.statuses.isEmpty())
        w.add(sql::inList(QStringLiteral("o.status"), f.statuses));
    if (!f.channels.isEmpty())
        w.add(sql::inList(QStringLiteral("o.channel"), f.channels));
    if (!f.regions.isEmpty()) {
        // The region chart's grouping, (ship_country, ship_region), exactly.
        QStringList any;
        QVariantList values;
        for (const QString& key : f.regions) {
            const auto cr = OrderFilter::splitRegionKey(key);
            if (!cr)
                continue; // validate() names it
            any << QStringLiteral("(o.ship_country = ? AND o.ship_region = ?)");
            values << cr->first << cr->second;
        }
        w.add(any.isEmpty()
                  ? QStringLiteral("1=0")
                  : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'),
              values);
    }
    if (!f.skus.isEmpty()) {
        // Through order_lines_order (order_id): the rows the other criteria left.
        const SqlClause in = sql::inList(QStringLiteral("l.sku"), f.skus);
        w.add(QStringLiteral("EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND ") +
                  in.sql + QLatin1Char(')'),
              in.binds);
    }

    if (f.customer) {
        // Each by an index of migration 0063 (orders_email_ci,
        // orders_phone_digits) or orders_customer.
        switch (f.customer->by) {
        case CustomerKey::By::Email:
            w.add(SqlClause{QStringLiteral("lower(o.email) = lower(?)"),
                            {f.customer->value.trimmed()}});
            break;
        case CustomerKey::By::Phone:
            w.add(SqlClause{phoneDigitsSql(QStringLiteral("o.phone")) + QStringLiteral(" = ") +
                                phoneDigitsSql(QStringLiteral("?")),
                            {f.customer->value.trimmed()}});
            break;
        case CustomerKey::By::Name:
            w.add(SqlClause{QStringLiteral("o.customer_name = ?"), {f.customer->value.trimmed()}});
            break;
        }
    }

    if (f.newOnly)
        w.add(QStringLiteral("o.seen_at IS NULL"));

    // The deadline of the current step, stored by the write path (due_at);
    // the same rule as fulfilment::dueState. Written as the Due sort's
    // expression (orders without a deadline are never below a time) so that
    // one index, orders_due_sort, gives both the range and the Due order.
    const QString dueKey = sortExpression(OrderColumn::Due);
    if (f.due == OrderFilter::Due::Overdue)
        w.add(dueKey + QStringLiteral(" < ?"), {nowSecs});
    else if (f.due == OrderFilter::Due::Soon)
        w.add(QStringLiteral("(%1 >= ? AND %1 < ?)").arg(dueKey),
              {nowSecs, nowSecs + qint64(fulfilment::kDueSoonHours) * 3600});

    // A keyword parse::keyword() refuses matches nothing (validate() names
    // the problem): never the whole list, never SQLite's expression limit.
    const auto words = parse::keyword(f.keyword.trimmed());
    if (!words)
        w.add(QStringLiteral("1=0"));
    for (const QString& token : words ? words.value() : QStringList()) {
        // FTS5 on SQLite, trigram-indexed search_text on PostgreSQL.
        w.add(dialect::keywordCondition(backend, token));
    }
    return w.clause();
}

} // namespace orderquery

} // namespace docket
