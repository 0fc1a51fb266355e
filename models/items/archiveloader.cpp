#include "archiveloader.h"

#include "domain/errors.h"

namespace docket {

ArchiveLoader::ArchiveLoader(std::shared_ptr<const Database> db, Session session)
    : LatestRequestLoader(std::move(db),
                          {QStringLiteral("archive"), QStringLiteral("docket-archive-loader"),
                           /*fromStandby=*/false, /*interruptStaleSqlite=*/true}),
      m_session(std::move(session))
{
    qRegisterMetaType<docket::ArchivedOrder>();
    qRegisterMetaType<QList<docket::ArchivedOrder>>();
}

ArchiveLoader::~ArchiveLoader()
{
    stop();
}

void ArchiveLoader::useConnection(const QSqlDatabase& connection)
{
    m_store = std::make_unique<OrderStore>(connection, m_session);
}

void ArchiveLoader::request(quint64 generation, const ArchiveFilter& filter, int limit)
{
    submit(generation, [this, generation, filter, limit] {
        read(
            [&] {
                const QList<ArchivedOrder> rows = m_store->archived(filter, limit);
                if (isNewest(generation))
                    emit loaded(generation, rows);
            },
            [&](const DocketError& e) { emit failed(generation, e.message(), int(e.code())); });
    });
}

} // namespace docket
