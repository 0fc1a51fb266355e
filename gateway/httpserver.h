#pragma once

#include "http.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <map>
#include <memory>

class QTcpSocket;

namespace docket::gateway {

struct ServerLimits
{
    qint64 maxBodyBytes = 2 * 1024 * 1024; // a request body larger than this: 413
    int maxHeaderBytes = 16 * 1024;        // request line and headers: 431
    int maxConnections = 1000;             // open connections; more are answered 503
    int requestTimeoutMs = 15000;          // to send a whole request once it started: 408
    int idleTimeoutMs = 30000;             // a kept-alive connection with nothing to do
    int shutdownGraceMs = 30000;           // how long shutdown waits for requests in flight
};

struct TlsFiles
{
    QString certificate; // PEM, may hold the chain
    QString privateKey;  // PEM
    bool enabled() const { return !certificate.isEmpty(); }
};

// One line of the access log (see Gateway: JSON lines on standard error or a
// file).
struct AccessRecord
{
    quint64 id = 0;
    QString remote;
    QByteArray method;
    QString path;
    int status = 0;
    qint64 bytes = 0;
    double ms = 0; // from the whole request read to the response handed to the socket
    QString principal;
    qint64 keyId = 0;
    QString errorCode;
};

// The gateway's HTTP/1.1 server on Qt HttpServer 6.4 (a technology preview;
// README "The HTTP server" says why it is used this way):
//
//  - Qt parses requests; every request goes to one handler, on this (the
//    server's) thread, which passes it on (to a WorkerPool) and answers later
//    through Reply, from any thread. The answer is written here, on the
//    server's thread, to the socket itself: QHttpServerResponder keeps a raw
//    pointer to the socket, which Qt deletes when the client goes away while
//    the work is still running, so a responder kept for later may write to a
//    deleted socket. A Reply for a socket that is gone is dropped (logged as
//    status 499).
//  - Answers on one connection go out in the order the requests came, even
//    when a later request finishes first (pipelining).
//  - Qt 6.4 reads a request of any size into memory and never times out a
//    slow client; the server caps the header and body size (431, 413), the
//    time to send a request (408), idle connections and their number, and
//    answers "Expect: 100-continue".
//  - shutdown(): stop accepting, answer every request already received, then
//    close the connections; drained() when done.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // Hands the response for one request back to the server's thread. Copyable;
    // call it once, from any thread.
    class Reply
    {
    public:
        void operator()(HttpResponse response) const;

    private:
        friend class HttpServer;
        QPointer<HttpServer> m_server;
        QPointer<QTcpSocket> m_socket;
        quint64 m_seq = 0;
        std::shared_ptr<const HttpRequest> m_request;
    };
    using Handler = std::function<void(std::shared_ptr<const HttpRequest>, Reply)>;

    explicit HttpServer(Handler handler, ServerLimits limits = {}, QObject* parent = nullptr);
    ~HttpServer() override;

    // Listens on `address`:`port` (0: any free port), over TLS when `tls` names
    // files. Returns the port, or 0 with `error` set.
    quint16 listenOn(const QHostAddress& address, quint16 port, const TlsFiles& tls,
                     QString* error);

    // Where access records go (default: nowhere).
    void setAccessLog(std::function<void(const AccessRecord&)> sink) { m_log = std::move(sink); }
    // Trust X-Forwarded-For from these peers (a reverse proxy on the same host).
    void setTrustedProxies(QList<QHostAddress> proxies) { m_trustedProxies = std::move(proxies); }

    // Stops accepting connections; requests received so far are answered,
    // requests that arrive meanwhile on open connections get 503. Emits
    // drained() once every answer is out (or shutdownGraceMs passed).
    void shutdown();
    bool isShuttingDown() const { return m_shuttingDown; }
    // Requests handed to the handler and not answered yet.
    int inFlight() const { return m_inFlight; }
    int connectionCount() const { return int(m_conns.size()); }

signals:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Connection;
    friend class GuardedTcpServer;
    friend class GuardedSslServer;

    // A new connection from one of the listening servers (before Qt sees it).
    void adopt(QTcpSocket* socket);
    void guardRead(QTcpSocket* socket);
    void reject(Connection& c, int status, const QString& code, const QString& message);
    void deliver(QTcpSocket* socket, quint64 seq, const std::shared_ptr<const HttpRequest>& request,
                 HttpResponse response);
    void flush(Connection& c);
    QByteArray serialize(const HttpRequest* request, const HttpResponse& response) const;
    void logAccess(const HttpRequest& request, const HttpResponse& response, qint64 bytes);
    void sweep();
    void checkDrained();
    qint64 nowMs() const { return m_clock.elapsed(); }

    Handler m_handler;
    ServerLimits m_limits;
    std::function<void(const AccessRecord&)> m_log;
    QList<QHostAddress> m_trustedProxies;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_conns;
    QElapsedTimer m_clock;
    QTimer m_sweeper;
    QTimer m_grace;
    quint64 m_nextId = 0;
    int m_inFlight = 0;
    bool m_shuttingDown = false;
    bool m_drained = false;
};

} // namespace docket::gateway
