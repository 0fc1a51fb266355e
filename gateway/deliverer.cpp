#include "deliverer.h"

#include "domain/errors.h"
#include "stores/webhookstore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

namespace docket::gateway {

namespace {
const QString kConnection = QStringLiteral("deliverer");
constexpr int kMaxInFlight = 16;
// Every attempt ends within this (aborted if the receiver is slower), inside
// the delivery's lease (WebhookStore::kLeaseSeconds).
constexpr int kTimeoutMs = int(WebhookStore::kAttemptSeconds * 1000);
} // namespace

class DelivererWorker : public QObject
{
public:
    explicit DelivererWorker(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    void begin()
    {
        m_net = new QNetworkAccessManager(this);
        m_timer = new QTimer(this);
        m_timer->setInterval(1000);
        connect(m_timer, &QTimer::timeout, this, &DelivererWorker::poll);
        m_timer->start();
        poll();
    }

    void end()
    {
        m_stopping = true;
        if (m_timer)
            m_timer->stop();
        // The attempts in flight finish (or time out) first.
        QElapsedTimer waited;
        waited.start();
        while (m_inFlight > 0 && waited.elapsed() < kTimeoutMs + 1000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        m_db->closeConnection(kConnection);
    }

private:
    void poll()
    {
        if (m_stopping || m_inFlight >= kMaxInFlight)
            return;
        QList<WebhookDelivery> due;
        try {
            due = WebhookStore(m_db->connection(kConnection))
                      .claimDue(kMaxInFlight - m_inFlight, m_sending.values());
        } catch (const DocketError& e) {
            qWarning("docket-gateway: webhooks: %s", qPrintable(e.message()));
            return;
        }
        for (const WebhookDelivery& d : due)
            send(d);
        // More waiting: come back soon rather than in a second.
        if (due.size() == kMaxInFlight)
            QTimer::singleShot(50, this, &DelivererWorker::poll);
    }

    void send(const WebhookDelivery& d)
    {
        const QByteArray body = WebhookStore::body(d);
        QNetworkRequest req{QUrl(d.url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("docket-gateway"));
        req.setRawHeader("X-Docket-Event", d.kind.toLatin1());
        req.setRawHeader("X-Docket-Event-Id", d.eventId.toLatin1());
        req.setRawHeader("X-Docket-Delivery", QByteArray::number(d.id));
        req.setRawHeader("X-Docket-Signature", WebhookStore::signature(body, d.secret));
        req.setTransferTimeout(kTimeoutMs);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        ++m_inFlight;
        m_sending.insert(d.id);
        auto* timer = new QElapsedTimer;
        timer->start();
        QNetworkReply* reply = m_net->post(req, body);
        // The transfer timeout above counts silence only: a receiver that
        // trickles its answer is cut off here, before the lease runs out.
        QTimer::singleShot(kTimeoutMs, reply, [reply] {
            if (!reply->isFinished())
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, d, timer] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool ok =
                reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
            const QString error =
                ok ? QString()
                   : (status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
            const int ms = int(timer->elapsed());
            delete timer;
            reply->deleteLater();
            try {
                WebhookStore(m_db->connection(kConnection)).recordAttempt(d, status, error, ms, ok);
            } catch (const DocketError& e) {
                // Not recorded: the lease runs out and it is sent again
                // (receivers drop repeats by the event id).
                qWarning("docket-gateway: webhook attempt not recorded: %s",
                         qPrintable(e.message()));
            }
            m_sending.remove(d.id);
            --m_inFlight;
        });
    }

    std::shared_ptr<Database> m_db;
    QNetworkAccessManager* m_net = nullptr;
    QTimer* m_timer = nullptr;
    int m_inFlight = 0;
    QSet<qint64> m_sending; // the deliveries on the wire
    bool m_stopping = false;
};

Deliverer::Deliverer(std::shared_ptr<Database> db) : m_db(std::move(db))
{
    m_thread.setObjectName(QStringLiteral("webhooks"));
}

Deliverer::~Deliverer()
{
    stop();
}

void Deliverer::start()
{
    m_worker = new DelivererWorker(m_db);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->begin(); }, Qt::QueuedConnection);
}

void Deliverer::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->end(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

} // namespace docket::gateway
