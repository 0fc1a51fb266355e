#pragma once

// A helper the OrderStore files share (orderwrites.cpp, orderarchive.cpp);
// not for other code.

#include <QString>

namespace docket::orderrows {

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
inline QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace docket::orderrows
