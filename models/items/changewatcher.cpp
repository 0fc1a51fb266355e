#include "changewatcher.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QSqlDriver>

namespace docket {

namespace {
const QString kPurpose = QStringLiteral("watch");
const QString kChannel = QStringLiteral("docket_orders");
} // namespace

ChangeWatcher::ChangeWatcher(std::shared_ptr<const Database> db, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{
    m_timer.setInterval(m_db->backend() == Backend::SQLite ? 750 : 3000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (poll())
            emit changed();
    });
    if (m_db->backend() == Backend::PostgreSQL) {
        try {
            QSqlDatabase c = m_db->connection(kPurpose);
            if (c.driver()->subscribeToNotification(kChannel))
                connect(c.driver(), &QSqlDriver::notification, this, [this](const QString& name) {
                    if (name == kChannel)
                        emit changed();
                });
        } catch (const DocketError&) {
        }
    }
    poll();
    m_timer.start();
}

ChangeWatcher::~ChangeWatcher()
{
    m_db->closeConnection(kPurpose);
}

bool ChangeWatcher::poll()
{
    try {
        QSqlDatabase c = m_db->connection(kPurpose);
        qint64 v = 0;
        if (m_db->backend() == Backend::SQLite)
            v = sql::scalar(c, QStringLiteral("PRAGMA data_version")).toLongLong();
        else
            sql::scalar(c, QStringLiteral("SELECT 1")); // keeps the connection honest
        if (!m_ok) {
            m_ok = true;
            emit connectionStateChanged(true, {});
            m_lastVersion = v;
            return true; // changes may have happened while we were away
        }
        const bool changed = m_lastVersion >= 0 && v != m_lastVersion;
        m_lastVersion = v;
        return changed && m_db->backend() == Backend::SQLite;
    } catch (const DocketError& e) {
        m_db->closeConnection(kPurpose);
        if (m_ok) {
            m_ok = false;
            emit connectionStateChanged(false, e.message());
        }
        return false;
    }
}

} // namespace docket
