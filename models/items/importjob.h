#pragma once

#include "db/database.h"
#include "db/workerthread.h"
#include "stores/orderimport.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace docket {

// Runs a file import (OrderImport::commit) on a thread and connection of its
// own, like ExportJob and BatchJob, so the window stays responsive through a
// 100,000-order file. The import is one transaction: cancel() makes it roll
// back after the order it is on, and nothing is kept.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(std::shared_ptr<const Database> db, Session session, ImportFile file,
              QString unknownSku, QObject* parent = nullptr);

    void start();
    void cancel()
    {
        m_cancelled = true;
        m_worker.cancel();
    }
    bool isRunning() const { return m_worker.isRunning(); }

signals:
    void progress(qint64 done, qint64 total);
    void succeeded(const docket::ImportSummary& summary);
    // `code`: the DocketError::Code (Cancelled when cancel() stopped it), or
    // -1 for another failure.
    void failed(const QString& message, int code);

private:
    std::shared_ptr<const Database> m_db;
    Session m_session;
    ImportFile m_file;
    QString m_unknownSku;
    std::atomic_bool m_cancelled{false};
    WorkerThread m_worker; // last: stops the work before the members it uses go
};

} // namespace docket
