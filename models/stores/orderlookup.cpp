#include "orderlookup.h"

#include "db/sql.h"
#include "domain/fulfilment.h"
#include "domain/intakeorder.h"
#include "shopsettingsstore.h"

#include <QSqlQuery>

namespace docket {

namespace {

QString digits(const QString& s)
{
    QString out;
    for (QChar c : s)
        if (c.isDigit() && c.unicode() < 128)
            out += c;
    return out;
}

} // namespace

OrderLookup::OrderLookup(QSqlDatabase db) : m_db(std::move(db)) {}

bool OrderLookup::contactMatches(const QString& typedIn, const QString& email, const QString& phone)
{
    const QString typed = typedIn.trimmed();
    if (typed.isEmpty())
        return false;
    // Both comparisons run every time, in constant time for their length.
    const bool emailOk =
        intake::constantTimeEquals(typed.toLower().toUtf8(), email.trimmed().toLower().toUtf8()) &&
        !email.trimmed().isEmpty();
    bool phoneOk = false;
    if (!typed.contains(QLatin1Char('@'))) {
        QString t = digits(typed);
        QString p = digits(phone);
        while (t.startsWith(QLatin1Char('0')))
            t.remove(0, 1);
        // "030 1234567" for "+49 30 1234567": the typed digits end the stored ones.
        if (t.size() >= 7 && p.size() >= t.size())
            phoneOk = intake::constantTimeEquals(p.right(t.size()).toLatin1(), t.toLatin1());
    }
    return emailOk || phoneOk;
}

std::optional<TrackedOrder> OrderLookup::find(const QString& numberIn, const QString& contact) const
{
    const QString number = numberIn.trimmed();
    if (number.isEmpty() || number.size() > 60)
        return std::nullopt;
    // The same two statements for every look-up: by Docket's number, and by
    // the number the shop gave it.
    struct Candidate
    {
        qint64 id;
        QString email;
        QString phone;
    };
    QList<Candidate> candidates;
    {
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT o.id, o.email, o.phone FROM orders o WHERE "
                                              "o.number = ? AND o.invalid_at IS NULL"),
                               {number.toUpper()});
        while (q.next())
            candidates << Candidate{q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString()};
    }
    {
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT o.id, o.email, o.phone FROM order_sources s JOIN orders o ON "
                           "o.id = s.order_id WHERE s.external_number = ? AND o.invalid_at IS "
                           "NULL ORDER BY o.id LIMIT 20"),
            {number});
        while (q.next())
            candidates << Candidate{q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString()};
    }
    qint64 found = 0;
    for (const Candidate& c : candidates)
        if (contactMatches(contact, c.email, c.phone) && found == 0)
            found = c.id;
    if (found == 0)
        return std::nullopt;

    TrackedOrder t;
    {
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT number, status, created_at, currency, "
                                              "total_cents FROM orders WHERE id = ?"),
                               {found});
        if (!q.next())
            return std::nullopt;
        t.number = q.value(0).toString();
        t.status = q.value(1).toString();
        t.createdAt = sql::utcTime(q.value(2));
        t.currency = q.value(3).toString();
        t.total = Money(q.value(4).toLongLong(), t.currency);
    }
    {
        // The status it was made with, then each change.
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT old_value, new_value, at FROM order_events "
                                              "WHERE order_id = ? AND kind = 'status' ORDER BY "
                                              "at, id"),
                               {found});
        while (q.next()) {
            if (t.steps.isEmpty())
                t.steps << TrackedOrder::Step{q.value(0).toString(), t.createdAt};
            t.steps << TrackedOrder::Step{q.value(1).toString(), sql::utcTime(q.value(2))};
        }
        if (t.steps.isEmpty())
            t.steps << TrackedOrder::Step{t.status, t.createdAt};
    }
    {
        QSqlQuery q =
            sql::run(m_db,
                     QStringLiteral("SELECT sku, name, quantity, unit_price_cents FROM "
                                    "order_lines WHERE order_id = ? ORDER BY line_no, id"),
                     {found});
        while (q.next())
            t.lines << OrderLine{0,
                                 0,
                                 q.value(0).toString(),
                                 q.value(1).toString(),
                                 q.value(2).toLongLong(),
                                 Money(q.value(3).toLongLong(), t.currency)};
    }
    {
        // Its parcels, each with the link to its carrier's tracking page (the
        // carrier's URL template in the shop settings; none without one).
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT carrier, tracking_number, shipped_at, "
                                              "delivered_at FROM shipments WHERE order_id = ? "
                                              "ORDER BY shipped_at, id"),
                               {found});
        while (q.next()) {
            TrackedOrder::Parcel p;
            p.carrierCode = q.value(0).toString();
            p.carrier = p.carrierCode;
            p.trackingNumber = q.value(1).toString();
            p.shippedAt = sql::utcTime(q.value(2));
            p.status =
                q.value(3).isNull() ? QStringLiteral("shipped") : QStringLiteral("delivered");
            t.parcels << p;
        }
    }
    if (!t.parcels.isEmpty()) {
        const QList<Carrier> carriers =
            fulfilment::carriers(ShopSettingsStore(m_db, Session::localUser()).load());
        for (TrackedOrder::Parcel& p : t.parcels)
            for (const Carrier& c : carriers)
                if (c.code == p.carrierCode) {
                    if (!c.name.isEmpty())
                        p.carrier = c.name;
                    p.builtinName = c.builtinName;
                    p.url = c.trackingUrl(p.trackingNumber);
                }
    }
    return t;
}

} // namespace docket
