#pragma once

#include <QtGlobal>
#include <functional>

namespace docket {

// Reports progress of a long operation; return false to cancel (the whole
// operation then rolls back and throws DocketError(Cancelled)).
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

} // namespace docket
