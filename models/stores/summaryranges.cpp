#include "summaryranges.h"

#include <QDateTime>
#include <QTimeZone>

namespace docket::summaries {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

qint64 floorTo(qint64 t, qint64 unit)
{
    const qint64 r = t % unit;
    return r < 0 ? t - r - unit : t - r;
}

QDate utcDate(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date();
}

qint64 utcStartOf(QDate d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 floorMonth(qint64 t)
{
    const QDate d = utcDate(t);
    return utcStartOf(QDate(d.year(), d.month(), 1));
}

} // namespace

std::pair<qint64, qint64> bucketAt(int grain, qint64 t)
{
    switch (grain) {
    case kGrainHour: {
        const qint64 start = floorTo(t, kHour);
        return {start, start + kHour};
    }
    case kGrainDay: {
        const qint64 start = floorTo(t, kDay);
        return {start, start + kDay};
    }
    default: {
        const qint64 start = floorMonth(t);
        return {start, utcStartOf(utcDate(start).addMonths(1))};
    }
    }
}

qint64 floorGrain(int grain, qint64 t)
{
    return bucketAt(grain, t).first;
}

qint64 ceilGrain(int grain, qint64 t)
{
    const auto [start, end] = bucketAt(grain, t);
    return start == t ? t : end;
}

void decompose(qint64 a, qint64 b, QList<int> levels, QList<Piece>& out)
{
    if (a >= b)
        return;
    if (levels.isEmpty()) {
        out.push_back({kRaw, a, b});
        return;
    }
    const int g = levels.takeFirst();
    const qint64 s = ceilGrain(g, a);
    const qint64 e = floorGrain(g, b);
    if (s >= e) {
        decompose(a, b, levels, out);
        return;
    }
    decompose(a, s, levels, out);
    out.push_back({g, s, e});
    decompose(e, b, levels, out);
}

RangeJoin rangeJoin(Backend backend, const QList<Piece>& pieces)
{
    RangeJoin j;
    if (backend == Backend::SQLite) {
        QString json = QStringLiteral("[");
        for (qsizetype i = 0; i < pieces.size(); ++i)
            json += (i ? QStringLiteral(",[%1,%2]") : QStringLiteral("[%1,%2]"))
                        .arg(pieces[i].from)
                        .arg(pieces[i].to);
        json += QLatin1Char(']');
        j.from = QStringLiteral("json_each(?) r");
        j.lo = QStringLiteral("json_extract(r.value, '$[0]')");
        j.hi = QStringLiteral("json_extract(r.value, '$[1]')");
        j.binds << json;
    } else {
        QStringList lo;
        QStringList hi;
        for (const Piece& p : pieces) {
            lo << QString::number(p.from);
            hi << QString::number(p.to);
        }
        j.from = QStringLiteral("unnest(CAST(? AS bigint[]), CAST(? AS bigint[])) AS r(lo, hi)");
        j.lo = QStringLiteral("r.lo");
        j.hi = QStringLiteral("r.hi");
        j.binds << QVariant(QLatin1Char('{') + lo.join(QLatin1Char(',')) + QLatin1Char('}'))
                << QVariant(QLatin1Char('{') + hi.join(QLatin1Char(',')) + QLatin1Char('}'));
    }
    return j;
}

} // namespace docket::summaries
