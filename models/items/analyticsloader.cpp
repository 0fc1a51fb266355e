#include "analyticsloader.h"

#include "domain/errors.h"

namespace docket {

AnalyticsLoader::AnalyticsLoader(std::shared_ptr<const Database> db, Session session)
    : LatestRequestLoader(std::move(db),
                          {QStringLiteral("analytics"), QStringLiteral("docket-analytics-loader"),
                           /*fromStandby=*/true, /*interruptStaleSqlite=*/false}),
      m_session(std::move(session))
{
    qRegisterMetaType<docket::AnalyticsResult>();
    qRegisterMetaType<docket::AnalyticsQuery>();
}

AnalyticsLoader::~AnalyticsLoader()
{
    stop();
}

void AnalyticsLoader::useConnection(const QSqlDatabase& connection)
{
    m_store = std::make_unique<AnalyticsStore>(connection, m_session);
}

void AnalyticsLoader::request(quint64 generation, const AnalyticsQuery& query)
{
    submit(generation, [this, generation, query] {
        read(
            [&] {
                // Abandoned between its queries once a newer request came.
                const AnalyticsResult r = m_store->load(query, [this] { return isStale(); });
                if (isNewest(generation))
                    emit loaded(generation, r);
            },
            [&](const DocketError& e) { emit failed(generation, e.message()); });
    });
}

} // namespace docket
