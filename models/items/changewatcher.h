#pragma once

#include "db/database.h"

#include <QObject>
#include <QTimer>
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
    int interval() const { return m_timer.interval(); }
    // Checks now (SQLite); returns true when something changed since last time.
    bool poll();

signals:
    void changed();
    // The connection dropped (message) or came back (empty message).
    void connectionStateChanged(bool ok, const QString& message);

private:
    std::shared_ptr<const Database> m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_ok = true;
};

} // namespace docket
