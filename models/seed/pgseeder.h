#pragma once

#include "seeder.h"

namespace docket {

// seedOrders() for PostgreSQL: the same demo data (the same random choices
// for the same SeedOptions, so a PostgreSQL and a SQLite database seeded alike
// hold the same orders), written in chunks of a few thousand rows per
// statement as bound arrays (INSERT ... SELECT FROM unnest(?::type[], ...)).
// Ids come from the tables' sequences. A large load into a small table drops
// the secondary indexes and rebuilds them afterwards. One transaction;
// requires CreateOrders; throws DocketError(Invalid) on a SQLite store.
SeedResult seedOrdersPostgres(OrderStore& store, const SeedOptions& options,
                              const ProgressFn& progress = {});

} // namespace docket
