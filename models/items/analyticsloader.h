#pragma once

#include "domain/session.h"
#include "items/loaderthread.h"
#include "stores/analyticsstore.h"

#include <memory>

namespace docket {

// Computes analytics off the GUI thread, on its own thread and database
// connection (a standby's when one is fit to read). Only the newest request
// counts (LatestRequestLoader): a load still running when a newer request
// arrives is abandoned between queries, and an answer is emitted only while
// its generation is the newest.
class AnalyticsLoader : public LatestRequestLoader
{
    Q_OBJECT
public:
    AnalyticsLoader(std::shared_ptr<const Database> db, Session session);
    ~AnalyticsLoader() override;

    // Thread-safe.
    void request(quint64 generation, const docket::AnalyticsQuery& query);

signals:
    void loaded(quint64 generation, const docket::AnalyticsResult& result);
    void failed(quint64 generation, const QString& message);

private:
    void useConnection(const QSqlDatabase& connection) override;
    void dropStore() override { m_store.reset(); }

    Session m_session;
    std::unique_ptr<AnalyticsStore> m_store; // worker thread only
};

} // namespace docket

Q_DECLARE_METATYPE(docket::AnalyticsResult)
Q_DECLARE_METATYPE(docket::AnalyticsQuery)
