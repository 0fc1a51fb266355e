#include "sqlclause.h"

#include "sql.h"

namespace docket::sql {

SqlClause inList(const QString& column, const QStringList& values)
{
    SqlClause c;
    QStringList marks;
    for (const QString& v : values) {
        marks << QStringLiteral("?");
        c.binds << v;
    }
    c.sql = column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    return c;
}

Where& Where::add(const SqlClause& condition)
{
    return add(condition.sql, condition.binds);
}

Where& Where::add(const QString& condition, const QVariantList& binds)
{
    m_parts << condition;
    m_binds << binds;
    return *this;
}

QString Where::sql() const
{
    return m_parts.isEmpty() ? QStringLiteral("1=1") : m_parts.join(QStringLiteral(" AND "));
}

QSet<QString> valuesPresent(const QSqlDatabase& db, const QString& table, const SqlClause& where,
                            const QString& column, const QStringList& values)
{
    QSet<QString> present;
    if (values.isEmpty())
        return present;
    const SqlClause in = inList(column, values);
    QSqlQuery q = run(
        db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %4")
            .arg(column, table, where.sql.isEmpty() ? QStringLiteral("1=1") : where.sql, in.sql),
        where.binds + in.binds);
    while (q.next())
        present.insert(q.value(0).toString());
    return present;
}

} // namespace docket::sql
