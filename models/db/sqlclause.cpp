#include "sqlclause.h"

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

} // namespace docket::sql
