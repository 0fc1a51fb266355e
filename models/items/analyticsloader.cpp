#include "analyticsloader.h"

#include "domain/errors.h"

#include <QMutexLocker>

namespace docket {

namespace {
const QString kConnection = QStringLiteral("analytics");
}

AnalyticsLoader::AnalyticsLoader(std::shared_ptr<const Database> db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
    qRegisterMetaType<docket::AnalyticsResult>();
    qRegisterMetaType<docket::AnalyticsQuery>();
    m_thread.setObjectName(QStringLiteral("docket-analytics-loader"));
    moveToThread(&m_thread);
    m_thread.start();
}

AnalyticsLoader::~AnalyticsLoader()
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
    }
    m_newest = ~quint64(0); // abandons a running load at its next checkpoint
    // Close the connection on the thread that opened it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_store.reset();
            m_db->closeConnection(kConnection);
            m_db->closeConnection(kConnection + QStringLiteral("-standby"));
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AnalyticsLoader::request(quint64 generation, const AnalyticsQuery& query)
{
    QMutexLocker lock(&m_mutex);
    m_pending = std::make_pair(generation, query);
    m_newest = generation;
    m_busy = true;
    if (m_wakePending)
        return;
    m_wakePending = true;
    QMetaObject::invokeMethod(this, &AnalyticsLoader::drain, Qt::QueuedConnection);
}

void AnalyticsLoader::drain()
{
    for (;;) {
        std::pair<quint64, AnalyticsQuery> job;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pending) {
                m_wakePending = false;
                m_busy = false;
                return;
            }
            job = std::move(*m_pending);
            m_pending.reset();
        }
        const quint64 generation = job.first;
        // A standby's connection when one is fit to read
        // (Database::readConnection); the primary's again when its read fails.
        auto load = [&] {
            const QSqlDatabase connection = m_db->readConnection(kConnection);
            if (!m_store || m_storeConnection != connection.connectionName()) {
                m_store = std::make_unique<AnalyticsStore>(connection, m_session);
                m_storeConnection = connection.connectionName();
            }
            return m_store->load(job.second, [&] { return m_newest.load() != generation; });
        };
        try {
            AnalyticsResult r;
            try {
                r = load();
            } catch (const DocketError& e) {
                if (e.code() != DocketError::Code::Database ||
                    !Database::isStandbyConnection(
                        QSqlDatabase::database(m_storeConnection, false)))
                    throw;
                m_store.reset();
                m_db->standbyFailed(kConnection,
                                    tr("a read on the standby failed: %1").arg(e.message()));
                r = load();
            }
            if (m_newest.load() == generation)
                emit loaded(generation, r);
        } catch (const DocketError& e) {
            if (e.code() == DocketError::Code::Cancelled)
                continue;
            emit failed(generation, e.message());
            if (e.code() == DocketError::Code::Database) {
                // The connection may be broken: open a fresh one next time.
                m_store.reset();
                m_db->closeConnection(kConnection);
                m_db->closeConnection(kConnection + QStringLiteral("-standby"));
            }
        }
    }
}

} // namespace docket
