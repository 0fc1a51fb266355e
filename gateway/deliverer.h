#pragma once

#include "db/database.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace docket::gateway {

class DelivererWorker;

// Sends the outbox's webhook deliveries (WebhookStore) on a thread of its
// own, with its own database connection: every second it claims what is due,
// POSTs each event signed with its subscription's secret (X-Docket-Signature:
// sha256=HMAC of the body; X-Docket-Event, X-Docket-Event-Id), and records
// the attempt: 2xx delivered, anything else retried with backoff. Receivers
// drop repeats by the event id (a delivery whose answer was lost, e.g. in a
// crash, is sent again after its lease).
class Deliverer
{
public:
    explicit Deliverer(std::shared_ptr<Database> db);
    ~Deliverer();
    void start();
    // Waits for the attempts in flight (at most ~10 s), then ends the thread.
    void stop();

private:
    std::shared_ptr<Database> m_db;
    QThread m_thread;
    DelivererWorker* m_worker = nullptr;
};

} // namespace docket::gateway
