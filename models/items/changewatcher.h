#pragma once

#include "db/database.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <atomic>
#include <memory>

namespace docket {

// Tells when orders changed in the database from anywhere (another window,
// docketctl, a background job): SQLite `PRAGMA data_version` polled on a
// connection of its own; PostgreSQL LISTEN/NOTIFY on channel "docket_orders".
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(std::shared_ptr<const Database> db, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    void setInterval(int ms) { m_timer.setInterval(ms); }
    // False while the database cannot be reached (see connectionStateChanged).
    bool isConnected() const { return m_ok; }
    // Why not, while !isConnected().
    const QString& lastError() const { return m_lastError; }
    int interval() const { return m_timer.interval(); }
    // Checks now; returns true when something changed since last time (SQLite),
    // or when the connection came back (changes may have been missed). While
    // a PostgreSQL server is unreachable, polls only look at a background
    // probe and reconnect once it got through, so the window never waits for
    // a connection timeout.
    bool poll();

signals:
    void changed();
    // The connection dropped (message) or came back (empty message).
    void connectionStateChanged(bool ok, const QString& message);

private:
    void subscribe(); // PostgreSQL: LISTEN on this thread's watch connection
    void startProbe();

    struct Probe
    {
        std::atomic<bool> running{false};
        std::atomic<bool> reachable{false};
    };

    std::shared_ptr<const Database> m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_ok = true;
    QString m_lastError;
    QSqlDriver* m_subscribed = nullptr; // the driver that LISTENs now
    qint64 m_listenPid = 0;             // its server process
    std::shared_ptr<Probe> m_probe = std::make_shared<Probe>();
};

} // namespace docket
