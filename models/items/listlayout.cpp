#include "listlayout.h"

#include "ordercolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace docket {

namespace {

QString sortKey(OrderColumn c)
{
    for (const ordercolumns::Column& col : ordercolumns::all())
        if (col.sort == c)
            return col.id();
    return QStringLiteral("created");
}

} // namespace

ListLayout ListLayout::defaults()
{
    ListLayout l;
    l.columns = ordercolumns::defaultListKeys();
    return l;
}

ListLayout ListLayout::fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return defaults();
    ListLayout l;
    QStringList keys;
    for (const QJsonValue& v : o.value(QLatin1String("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString key = c.value(QLatin1String("key")).toString();
        keys << key;
        const int w = c.value(QLatin1String("width")).toInt();
        if (w >= 20 && w <= 2000)
            l.widths.insert(key, w);
    }
    l.columns = ordercolumns::cleanListKeys(keys);
    for (auto it = l.widths.begin(); it != l.widths.end();)
        it = l.columns.contains(it.key()) ? std::next(it) : l.widths.erase(it);
    const QJsonObject sort = o.value(QLatin1String("sort")).toObject();
    const ordercolumns::Column* by = ordercolumns::find(sort.value(QLatin1String("by")).toString());
    if (by && by->sort)
        l.sort.column = *by->sort;
    l.sort.order =
        sort.value(QLatin1String("ascending")).toBool() ? Qt::AscendingOrder : Qt::DescendingOrder;
    return l;
}

QString ListLayout::toJson() const
{
    QJsonArray cols;
    for (const QString& key : columns) {
        QJsonObject c{{QStringLiteral("key"), key}};
        if (widths.contains(key))
            c.insert(QStringLiteral("width"), widths.value(key));
        cols.append(c);
    }
    const QJsonObject o{
        {QStringLiteral("columns"), cols},
        {QStringLiteral("sort"),
         QJsonObject{{QStringLiteral("by"), sortKey(sort.column)},
                     {QStringLiteral("ascending"), sort.order == Qt::AscendingOrder}}}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

int ListLayout::width(const QString& key) const
{
    if (widths.contains(key))
        return widths.value(key);
    const ordercolumns::Column* c = ordercolumns::find(key);
    return c && c->width > 0 ? c->width : 120;
}

} // namespace docket
