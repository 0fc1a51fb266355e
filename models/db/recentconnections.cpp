#include "recentconnections.h"

namespace docket::recentconnections {

namespace {
QString key(DatabaseConfig c)
{
    c.password.clear();
    return c.toString();
}
} // namespace

QList<DatabaseConfig> list()
{
    QList<DatabaseConfig> out;
    for (const QString& s : settings::recentConnections.value())
        if (!s.trimmed().isEmpty())
            out << DatabaseConfig::fromString(s);
    return out;
}

void remember(const DatabaseConfig& config)
{
    const QString k = key(config);
    QStringList entries = settings::recentConnections.value();
    entries.removeAll(k);
    entries.prepend(k);
    while (entries.size() > kMaxRecent)
        entries.removeLast();
    settings::recentConnections.setValue(entries);
}

void forget(const DatabaseConfig& config)
{
    QStringList entries = settings::recentConnections.value();
    entries.removeAll(key(config));
    settings::recentConnections.setValue(entries);
}

} // namespace docket::recentconnections
