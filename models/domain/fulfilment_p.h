#pragma once

#include <QString>

// Helpers shared by the fulfilment rules' source files (fulfilment.cpp,
// shoplists.cpp); not part of the models' interface.

namespace docket::fulfilment::detail {

// A code of a list entry or a channel: 1-30 of a-z, 0-9 and '_'.
bool isCode(const QString& s);
// "Line n: why", the message of a list text's faulty line.
QString lineError(int n, const QString& why);

} // namespace docket::fulfilment::detail
