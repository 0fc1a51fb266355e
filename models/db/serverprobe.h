#pragma once

#include "database.h"

#include <QString>

namespace docket {

// What "Test connection" learns about a PostgreSQL server (or a SQLite file):
// whether Docket could connect, the server's version and which Docket schema
// the database holds. The connection dialog words it.
struct ServerProbe
{
    bool connected = false; // connected and read the schema
    QString error;          // why not (translated), when not connected
    QString serverVersion;  // "15.18"; empty when the server did not say (SQLite)
    int schema = 0;         // the database's Docket schema version (0: none)
    int latestSchema = 0;   // the newest this Docket knows
    bool hasTables = false;

    // Docket can work on it: its own schema, not newer than Docket, or empty
    // (Docket creates the tables). A database of other tables is not.
    bool usable() const
    {
        return connected && schema <= latestSchema && !(schema == 0 && hasTables);
    }
};

// Connects with a connection of its own on the calling thread (run it off the
// GUI thread), asks, and disconnects.
ServerProbe probeServer(const DatabaseConfig& config);

} // namespace docket
