#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// A fixed table of an enum's values with their stored code and translatable
// label (QT_TRANSLATE_NOOP), and the look-ups every such enum needs:
// the stock movement kinds, stocktake and transfer states, return states and
// reasons use it.
namespace docket::codetable {

template <typename E> struct Entry
{
    E value;
    const char* code;
    const char* label;
};

template <typename E, std::size_t N> QString codeOf(const Entry<E> (&table)[N], E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCodeOf(const Entry<E> (&table)[N], const QString& code)
{
    for (const auto& e : table)
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString labelOf(const Entry<E> (&table)[N], E value, const char* context)
{
    for (const auto& e : table)
        if (e.value == value)
            return QCoreApplication::translate(context, e.label);
    return {};
}

// The label of a stored code; the code itself when it is not in the table.
template <typename E, std::size_t N>
QString labelForCodeOf(const Entry<E> (&table)[N], const QString& code, const char* context)
{
    const auto value = fromCodeOf(table, code);
    return value ? labelOf(table, *value, context) : code;
}

// Every value, in the table's order.
template <typename E, std::size_t N> QList<E> valuesOf(const Entry<E> (&table)[N])
{
    QList<E> out;
    for (const auto& e : table)
        out << e.value;
    return out;
}

} // namespace docket::codetable
