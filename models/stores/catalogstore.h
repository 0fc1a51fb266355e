#pragma once

// The catalogue has one store, CatalogueStore (completions, bySku and the
// rest). This name is kept only for code written against it before the two
// were made one; new code uses CatalogueStore.
#include "cataloguestore.h"

namespace docket {
using CatalogStore = CatalogueStore;
} // namespace docket
