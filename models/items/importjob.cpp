#include "importjob.h"

#include <algorithm>

namespace docket {

ImportJob::ImportJob(std::shared_ptr<const Database> db, Session session, ImportFile file,
                     QString unknownSku, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_session(std::move(session)), m_file(std::move(file)),
      m_unknownSku(std::move(unknownSku))
{
}

void ImportJob::start()
{
    auto summary = std::make_shared<ImportSummary>();
    m_worker.start(
        QStringLiteral("docket-import"),
        [this, summary](const ProgressFn& progress) {
            const ThreadConnection connection(*m_db, QStringLiteral("import"));
            // About 200 reports for the whole file, not one per order
            // (each is a queued signal); every order still asks
            // whether to go on.
            const qint64 step = std::max<qint64>(1, m_file.orders.size() / 200);
            const ProgressFn sparse = [&](qint64 done, qint64 total) {
                if (done % step == 0 || done == total)
                    return progress(done, total);
                return !m_cancelled.load();
            };
            *summary =
                OrderImport(connection.get(), m_session).commit(m_file, m_unknownSku, sparse);
        },
        {[this](qint64 done, qint64 total) { emit this->progress(done, total); },
         [this, summary] { emit succeeded(*summary); },
         [this](const QString& message, int code) {
             emit failed(message, code);
         }});
}

} // namespace docket
