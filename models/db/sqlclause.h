#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

namespace docket {

// A piece of SQL (a condition, a column list, a statement) with the values
// bound to its placeholders, in order.
struct SqlClause
{
    QString sql;
    QVariantList binds;
};

namespace sql {

// "column IN (?,?,…)" with one bound value per entry. `values` must not be
// empty (an empty IN list is not SQL); callers leave the condition out.
SqlClause inList(const QString& column, const QStringList& values);

// Which of `values` occur in `column` of `table` among the rows that `where`
// picks, in one query ("SELECT column FROM table WHERE <where> AND column IN
// (…)"): the tracking numbers a carrier already has, the external ids a
// channel has sent before, the order numbers that exist. Empty `values` ask
// nothing.
QSet<QString> valuesPresent(const QSqlDatabase& db, const QString& table, const SqlClause& where,
                            const QString& column, const QStringList& values);

// Conditions joined with AND, their bound values in the same order. The one
// way the stores build a WHERE clause from optional criteria.
class Where
{
public:
    Where& add(const SqlClause& condition);
    Where& add(const QString& condition, const QVariantList& binds = {});

    bool isEmpty() const { return m_parts.isEmpty(); }
    // "a AND b AND c"; "1=1" when there is no condition.
    QString sql() const;
    const QVariantList& binds() const { return m_binds; }
    SqlClause clause() const { return {sql(), m_binds}; }

private:
    QStringList m_parts;
    QVariantList m_binds;
};

} // namespace sql

} // namespace docket
