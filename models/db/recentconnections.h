#pragma once

#include "database.h"
#include "settings.h"

#include <QStringList>

namespace docket {

namespace settings {
// Databases opened lately, newest first, as DatabaseConfig::toString() (SQLite
// paths and postgresql:// URLs without passwords).
inline const Setting<QStringList> recentConnections{"connections/recent", {}};
} // namespace settings

// The connection dialog's memory: at most kMaxRecent entries, newest first,
// never a password.
namespace recentconnections {
constexpr int kMaxRecent = 8;
QList<DatabaseConfig> list();
// Puts `config` first (without its password), dropping an older equal entry.
void remember(const DatabaseConfig& config);
void forget(const DatabaseConfig& config);
} // namespace recentconnections

} // namespace docket
