#include "orderfilter.h"

#include "db/dialect.h"
#include "domain/errors.h"
#include "domain/order.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace docket {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("OrderFilter", text);
}
} // namespace

QList<FieldError> OrderFilter::validate() const
{
    QList<FieldError> errors;
    static const QRegularExpression numberRe(QStringLiteral("^[A-Za-z0-9#/._-]*$"));
    const QString n = number.trimmed();
    if (!numberRe.match(n).hasMatch())
        errors.push_back({QStringLiteral("number"),
                          tr("\"%1\" is not an order number: use letters, digits and - _ # / . "
                             "only.")
                              .arg(n)});
    if (from.isValid() && to.isValid() && to < from)
        errors.push_back(
            {QStringLiteral("to"), tr("The end date %1 is before the start date %2.")
                                       .arg(QLocale().toString(to, QLocale::ShortFormat),
                                            QLocale().toString(from, QLocale::ShortFormat))});
    for (const QString& s : statuses)
        if (!status::fromCode(s))
            errors.push_back({QStringLiteral("status"), tr("Unknown status \"%1\".").arg(s)});
    for (const QString& c : channels)
        if (!channel::codes().contains(c))
            errors.push_back({QStringLiteral("channel"), tr("Unknown channel \"%1\".").arg(c)});
    const QString k = keyword.trimmed();
    if (!k.isEmpty()) {
        const QStringList tokens = orderquery::keywordTokens(k);
        if (tokens.isEmpty())
            errors.push_back(
                {QStringLiteral("keyword"),
                 tr("The keyword \"%1\" has no letters or digits to search for.").arg(k)});
        else
            for (const QString& t : tokens)
                if (t.size() < 2 && t[0].unicode() < 0x2E80) // a single CJK character is a word
                    errors.push_back(
                        {QStringLiteral("keyword"),
                         tr("Search words need at least two characters (\"%1\").").arg(t)});
    }
    return errors;
}

void OrderFilter::check() const
{
    const auto errors = validate();
    if (!errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
}

std::pair<QDate, QDate> presetRange(DatePreset preset, QDate today)
{
    switch (preset) {
    case DatePreset::Any:
        return {};
    case DatePreset::Today:
        return {today, today};
    case DatePreset::Last7Days:
        return {today.addDays(-6), today};
    case DatePreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case DatePreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case DatePreset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    }
    return {};
}

QString presetLabel(DatePreset preset)
{
    switch (preset) {
    case DatePreset::Any:
        return tr("Any date");
    case DatePreset::Today:
        return tr("Today");
    case DatePreset::Last7Days:
        return tr("Last 7 days");
    case DatePreset::ThisMonth:
        return tr("This month");
    case DatePreset::LastMonth:
        return tr("Last month");
    case DatePreset::ThisYear:
        return tr("This year");
    }
    return {};
}

namespace orderquery {

QString formatOrderNumber(qint64 id)
{
    return QStringLiteral("DK%1").arg(id, 7, 10, QLatin1Char('0'));
}

QStringList keywordTokens(const QString& keyword)
{
    QStringList out;
    const auto parts =
        keyword.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        bool hasWordChar = false;
        for (QChar c : p)
            hasWordChar = hasWordChar || c.isLetterOrNumber();
        if (hasWordChar)
            out << p;
    }
    return out;
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
    }
    return QStringLiteral("o.created_at");
}

SqlClause summaryColumns(const OverdueRules& rules, qint64 nowSecs)
{
    return {
        QStringLiteral("o.id, o.number, o.customer_name, o.total_cents, o.currency, o.created_at, "
                       "o.status, o.channel, CASE WHEN o.seen_at IS NULL THEN 1 ELSE 0 END, "
                       "CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END, "
                       "CASE WHEN (o.status = 'pending' AND o.created_at < ?) OR (o.status IN "
                       "('paid', 'processing') AND o.created_at < ?) THEN 1 ELSE 0 END"),
        {nowSecs - qint64(rules.unpaidHours) * 3600,
         nowSecs - qint64(rules.unshippedDays) * 86400}};
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
    case Scope::Kind::Channels: {
        if (s.channels.isEmpty())
            return {QStringLiteral("1=0"), {}};
        SqlClause c;
        QStringList marks;
        for (const QString& ch : s.channels) {
            marks << QStringLiteral("?");
            c.binds << ch;
        }
        c.sql = QStringLiteral("o.channel IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        return c;
    }
    }
    return {QStringLiteral("1=0"), {}};
}

SqlClause where(const OrderFilter& f, const Session& session, Backend backend, qint64 nowSecs)
{
    QStringList parts;
    QVariantList binds;
    auto add = [&](const SqlClause& c) {
        parts << c.sql;
        binds << c.binds;
    };
    add(scope(session));

    switch (f.validity) {
    case OrderFilter::Validity::Valid:
        parts << QStringLiteral("o.invalid_at IS NULL");
        break;
    case OrderFilter::Validity::Invalid:
        parts << QStringLiteral("o.invalid_at IS NOT NULL");
        break;
    case OrderFilter::Validity::All:
        break;
    }

    const QString number = f.number.trimmed().toUpper();
    if (!number.isEmpty()) {
        if (f.exactNumber) {
            add({QStringLiteral("o.number = ?"), {number}});
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
                add({QLatin1Char('(') + a.sql + QStringLiteral(" OR ") + b.sql + QLatin1Char(')'),
                     a.binds + b.binds});
            } else {
                add(range(number));
            }
        }
    }

    if (f.from.isValid())
        add({QStringLiteral("o.created_at >= ?"),
             {QDateTime(f.from, QTime(0, 0), f.timeZone).toSecsSinceEpoch()}});
    if (f.to.isValid())
        add({QStringLiteral("o.created_at < ?"),
             {QDateTime(f.to.addDays(1), QTime(0, 0), f.timeZone).toSecsSinceEpoch()}});

    auto inList = [&](const QString& column, const QStringList& values) {
        QStringList marks;
        for (const QString& v : values) {
            marks << QStringLiteral("?");
            binds << v;
        }
        parts << column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    };
    if (!f.statuses.isEmpty())
        inList(QStringLiteral("o.status"), f.statuses);
    if (!f.channels.isEmpty())
        inList(QStringLiteral("o.channel"), f.channels);

    if (f.newOnly)
        parts << QStringLiteral("o.seen_at IS NULL");
    if (f.overdueOnly)
        add({QStringLiteral("((o.status = 'pending' AND o.created_at < ?) OR (o.status IN "
                            "('paid', 'processing') AND o.created_at < ?))"),
             {nowSecs - qint64(f.overdue.unpaidHours) * 3600,
              nowSecs - qint64(f.overdue.unshippedDays) * 86400}});

    for (const QString& token : keywordTokens(f.keyword.trimmed())) {
        // FTS5 on SQLite, trigram-indexed search_text on PostgreSQL.
        const dialect::Condition c = dialect::keywordCondition(backend, token);
        add({c.sql, c.binds});
    }
    return {parts.join(QStringLiteral(" AND ")), binds};
}

} // namespace orderquery

} // namespace docket
