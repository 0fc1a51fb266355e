#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// A fixed table of an enum's values with their stored code and translatable
// label (QT_TRANSLATE_NOOP), and the three look-ups every such enum needs:
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

} // namespace docket::codetable
