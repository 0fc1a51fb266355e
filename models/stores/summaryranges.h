#pragma once

#include "db/database.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <utility>

// A UTC interval read from the analytics summaries (sales_orders & co.): whole
// buckets of the coarsest grain that fit, finer grains at the edges, and the
// orders themselves for what no bucket covers (the half hours of a +05:30
// zone). AnalyticsStore's charts and OrderStore's instant counts read periods
// this way.
namespace docket::summaries {

// The `grain` column of the summary tables, and kRaw for a stretch read from
// the orders.
inline constexpr int kRaw = -1;
inline constexpr int kGrainHour = 0;
inline constexpr int kGrainDay = 1;
inline constexpr int kGrainMonth = 2;

// The bucket of `grain` that holds UTC second `t`: [start, end).
std::pair<qint64, qint64> bucketAt(int grain, qint64 t);
qint64 floorGrain(int grain, qint64 t);
qint64 ceilGrain(int grain, qint64 t);

// A piece of a UTC interval: a run of whole summary buckets of one grain, or
// (kRaw) a stretch read from the orders.
struct Piece
{
    int grain = kRaw;
    qint64 from = 0;
    qint64 to = 0;
};

// Splits [a, b) into the coarsest whole buckets of `levels` (coarse to fine,
// each level's boundaries also boundaries of the next), and raw edges;
// appends the pieces to `out`.
void decompose(qint64 a, qint64 b, QList<int> levels, QList<Piece>& out);

// A list of [lo, hi) ranges as one table to join: json_each on SQLite, unnest
// on PostgreSQL. `lo`/`hi` are the expressions of a range's ends.
struct RangeJoin
{
    QString from;
    QString lo;
    QString hi;
    QVariantList binds;
};
RangeJoin rangeJoin(Backend backend, const QList<Piece>& pieces);

} // namespace docket::summaries
