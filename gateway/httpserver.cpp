#include "httpserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <chrono>

namespace docket::gateway {

// The listening servers hand every new connection to HttpServer::adopt()
// before QAbstractHttpServer connects its own slots to it, so the guard's
// readyRead slot runs before Qt's parser.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(HttpServer* owner) : QTcpServer(owner), m_owner(owner) {}
    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* s = QTcpServer::nextPendingConnection();
        if (s)
            m_owner->adopt(s);
        return s;
    }

private:
    HttpServer* m_owner;
};

class GuardedSslServer : public QSslServer
{
public:
    GuardedSslServer(HttpServer* owner) : QSslServer(owner), m_owner(owner) {}
    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* s = QSslServer::nextPendingConnection();
        if (s)
            m_owner->adopt(s);
        return s;
    }

private:
    HttpServer* m_owner;
};

struct HttpServer::Connection
{
    QPointer<QTcpSocket> socket;
    enum class State { Idle, Head, Body } state = State::Idle;
    QByteArray head;      // the current request's header bytes so far
    qint64 bytes = 0;     // the current request's bytes so far
    qint64 startedMs = 0; // when its first byte came
    qint64 lastActiveMs = 0;
    quint64 nextSeq = 0;                 // the next request's number on this connection
    quint64 nextWrite = 0;               // the number of the next answer to write
    int pending = 0;                     // requests handed on, not written
    std::map<quint64, QByteArray> ready; // answers waiting for an earlier one
    std::map<quint64, bool> closeAfter;
    bool rejected = false; // answered by the guard and closing: ignore what Qt parses
    bool closing = false;
};

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// RFC 7231 date, for the Date header (computed once a second).
QByteArray httpDate()
{
    static thread_local qint64 cachedSecond = -1;
    static thread_local QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}

bool wantsClose(const QByteArray& connectionHeader, const QByteArray& version)
{
    const QByteArray v = connectionHeader.toLower();
    if (v.contains("close"))
        return true;
    return version == "1.0" && !v.contains("keep-alive");
}

} // namespace

void HttpServer::Reply::operator()(HttpResponse response) const
{
    HttpServer* server = m_server.data();
    if (!server)
        return;
    // Queued to the server's thread; the socket pointer is checked there.
    QMetaObject::invokeMethod(
        server,
        [server, socket = m_socket, seq = m_seq, request = m_request,
         response = std::move(response)]() mutable {
            server->deliver(socket.data(), seq, request, std::move(response));
        },
        Qt::QueuedConnection);
}

HttpServer::HttpServer(Handler handler, ServerLimits limits, QObject* parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler)), m_limits(limits)
{
    m_clock.start();
    m_sweeper.setInterval(1000);
    connect(&m_sweeper, &QTimer::timeout, this, &HttpServer::sweep);
    m_sweeper.start();
    m_grace.setSingleShot(true);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        m_inFlight = 0;
        checkDrained();
    });
}

HttpServer::~HttpServer() = default;

quint16 HttpServer::listenOn(const QHostAddress& address, quint16 port, const TlsFiles& tls,
                             QString* error)
{
    QTcpServer* server = nullptr;
    if (tls.enabled()) {
        QFile certFile(tls.certificate);
        QFile keyFile(tls.privateKey);
        if (!certFile.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Gateway", "Cannot read the certificate %1: %2")
                         .arg(tls.certificate, certFile.errorString());
            return 0;
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Gateway", "Cannot read the private key %1: %2")
                         .arg(tls.privateKey, keyFile.errorString());
            return 0;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (chain.isEmpty() || key.isNull()) {
            *error = chain.isEmpty()
                         ? QCoreApplication::translate("Gateway",
                                                       "%1 holds no PEM certificate (--tls-cert).")
                               .arg(tls.certificate)
                         : QCoreApplication::translate(
                               "Gateway", "%1 holds no PEM RSA or EC private key (--tls-key).")
                               .arg(tls.privateKey);
            return 0;
        }
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(key);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto* ssl = new GuardedSslServer(this);
        ssl->setSslConfiguration(conf);
        server = ssl;
    } else {
        server = new GuardedTcpServer(this);
    }
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void HttpServer::adopt(QTcpSocket* socket)
{
    auto c = std::make_shared<Connection>();
    c->socket = socket;
    c->lastActiveMs = nowMs();
    m_conns.insert(socket, c);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_conns.remove(socket); });
    // Before Qt's own readyRead slot (connected after this returns).
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { guardRead(socket); });
    // A request is read into memory as a whole: this bounds it.
    socket->setReadBufferSize(m_limits.maxBodyBytes + m_limits.maxHeaderBytes + 4096);
    if (m_shuttingDown || m_conns.size() > m_limits.maxConnections) {
        reject(*c, 503, QStringLiteral("unavailable"),
               m_shuttingDown ? QStringLiteral("The gateway is shutting down.")
                              : QStringLiteral("Too many open connections; try again shortly."));
    }
}

void HttpServer::reject(Connection& c, int status, const QString& code, const QString& message)
{
    if (c.rejected || !c.socket)
        return;
    c.rejected = true;
    if (c.pending > 0 || !c.ready.empty()) {
        // Earlier answers are still owed on this connection: they cannot be
        // sent after this one, so the connection just ends.
        c.socket->abort();
        return;
    }
    HttpResponse r = HttpResponse::error(status, code, message);
    r.closeConnection = true;
    if (status == 503)
        r.addHeader("Retry-After", "5");
    const QByteArray bytes = serialize(nullptr, r);
    c.socket->write(bytes);
    c.socket->disconnectFromHost();
    HttpRequest pseudo;
    pseudo.id = ++m_nextId;
    pseudo.remote = c.socket->peerAddress();
    pseudo.method = "-";
    logAccess(pseudo, r, bytes.size());
}

void HttpServer::guardRead(QTcpSocket* socket)
{
    auto it = m_conns.find(socket);
    if (it == m_conns.end())
        return;
    Connection& c = **it;
    if (c.rejected)
        return;
    const qint64 n = socket->bytesAvailable();
    c.lastActiveMs = nowMs();
    if (c.state == Connection::State::Idle) {
        c.state = Connection::State::Head;
        c.head.clear();
        c.bytes = 0;
        c.startedMs = c.lastActiveMs;
    }
    c.bytes += n;
    if (c.state == Connection::State::Head) {
        const qint64 room = m_limits.maxHeaderBytes + 4 - c.head.size();
        c.head += socket->peek(std::min(n, std::max<qint64>(room, 0)));
        qsizetype end = c.head.indexOf("\r\n\r\n");
        if (end < 0)
            end = c.head.indexOf("\n\n");
        if (end < 0) {
            if (c.head.size() > m_limits.maxHeaderBytes)
                reject(c, 431, QStringLiteral("headers_too_large"),
                       QStringLiteral("The request line and headers exceed %1 bytes.")
                           .arg(m_limits.maxHeaderBytes));
            return;
        }
        c.state = Connection::State::Body;
        bool expectContinue = false;
        const QList<QByteArray> lines = c.head.left(end).split('\n');
        for (const QByteArray& raw : lines) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(c, 400, QStringLiteral("bad_request"),
                           QStringLiteral("The Content-Length header is not a number."));
                    return;
                }
                if (length > m_limits.maxBodyBytes) {
                    reject(c, 413, QStringLiteral("body_too_large"),
                           QStringLiteral("The request body exceeds %1 bytes.")
                               .arg(m_limits.maxBodyBytes));
                    return;
                }
            } else if (name == "expect" && value.toLower() == "100-continue") {
                expectContinue = true;
            }
        }
        if (expectContinue)
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (c.bytes > m_limits.maxBodyBytes + m_limits.maxHeaderBytes)
        reject(c, 413, QStringLiteral("body_too_large"),
               QStringLiteral("The request body exceeds %1 bytes.").arg(m_limits.maxBodyBytes));
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto it = m_conns.find(socket);
    if (it == m_conns.end())
        return true; // not one of ours (cannot happen): nothing is answered
    Connection& c = **it;
    c.state = Connection::State::Idle;
    c.lastActiveMs = nowMs();
    if (c.rejected || c.closing)
        return true;

    auto r = std::make_shared<HttpRequest>();
    r->id = ++m_nextId;
    r->receivedNs = steadyNs();
    r->method = methodName(request.method());
    const QUrl url = request.url();
    r->path = url.path(QUrl::FullyDecoded);
    r->query = QUrlQuery(url.query(QUrl::FullyEncoded));
    const auto headers = request.headers();
    r->headers.reserve(headers.size());
    for (const auto& [name, value] : headers)
        r->headers.append({name.toLower(), value});
    r->body = request.body();
    r->remote = request.remoteAddress();
    r->secure = qobject_cast<QSslSocket*>(socket) != nullptr;
    if (m_trustedProxies.contains(r->remote)) {
        const QByteArray forwarded = r->header("x-forwarded-for");
        if (!forwarded.isEmpty()) {
            const QHostAddress client(QString::fromLatin1(forwarded.split(',').last().trimmed()));
            if (!client.isNull())
                r->remote = client;
        }
    }

    // Qt 6.4 does not expose the request's HTTP version; a client that asks
    // for the connection to close gets it closed after the answer.
    const bool close = wantsClose(r->header("connection"), QByteArray());

    const quint64 seq = c.nextSeq++;
    ++c.pending;
    ++m_inFlight;
    if (close)
        c.closeAfter[seq] = true;
    if (m_shuttingDown) {
        HttpResponse busy = HttpResponse::error(503, QStringLiteral("unavailable"),
                                                QStringLiteral("The gateway is shutting down."));
        busy.closeConnection = true;
        busy.addHeader("Retry-After", "5");
        deliver(socket, seq, r, std::move(busy));
        return true;
    }
    Reply reply;
    reply.m_server = this;
    reply.m_socket = socket;
    reply.m_seq = seq;
    reply.m_request = r;
    m_handler(r, reply);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket*)
{
    // handleRequest() takes every request.
}

void HttpServer::deliver(QTcpSocket* socket, quint64 seq,
                         const std::shared_ptr<const HttpRequest>& request, HttpResponse response)
{
    --m_inFlight;
    auto it = socket ? m_conns.find(socket) : m_conns.end();
    if (it == m_conns.end()) {
        // The client went away before its answer was ready (nginx's 499).
        HttpResponse gone = response;
        gone.status = 499;
        logAccess(*request, gone, 0);
        checkDrained();
        return;
    }
    Connection& c = **it;
    --c.pending;
    if (c.closeAfter.erase(seq) > 0 || m_shuttingDown)
        response.closeConnection = true;
    QByteArray bytes = serialize(request.get(), response);
    logAccess(*request, response, bytes.size());
    if (response.closeConnection)
        c.closeAfter[seq] = true;
    c.ready.emplace(seq, std::move(bytes));
    flush(c);
    checkDrained();
}

void HttpServer::flush(Connection& c)
{
    while (c.socket && !c.closing) {
        auto next = c.ready.find(c.nextWrite);
        if (next == c.ready.end())
            break;
        c.socket->write(next->second);
        c.ready.erase(next);
        const bool close = c.closeAfter.erase(c.nextWrite) > 0;
        ++c.nextWrite;
        c.lastActiveMs = nowMs();
        if (close) {
            c.closing = true;
            c.socket->disconnectFromHost();
        }
    }
}

QByteArray HttpServer::serialize(const HttpRequest* request, const HttpResponse& r) const
{
    const bool head = request && request->method == "HEAD";
    QByteArray out;
    out.reserve(256 + r.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(r.status);
    out += ' ';
    out += reasonPhrase(r.status);
    out += "\r\nDate: ";
    out += httpDate();
    out += "\r\nServer: docket-gateway\r\n";
    if (!r.body.isEmpty() || r.status >= 200) {
        out += "Content-Type: ";
        out += r.contentType;
        out += "\r\nContent-Length: ";
        out += QByteArray::number(r.body.size());
        out += "\r\n";
    }
    for (const auto& [name, value] : r.headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (r.closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!head)
        out += r.body;
    return out;
}

void HttpServer::logAccess(const HttpRequest& request, const HttpResponse& response, qint64 bytes)
{
    if (!m_log)
        return;
    AccessRecord a;
    a.id = request.id;
    a.remote = request.remote.toString();
    a.method = request.method;
    a.path = request.path;
    a.status = response.status;
    a.bytes = bytes;
    a.ms = request.receivedNs ? double(steadyNs() - request.receivedNs) / 1e6 : 0.0;
    a.principal = response.principal;
    a.keyId = response.keyId;
    a.errorCode = response.errorCode;
    m_log(a);
}

void HttpServer::sweep()
{
    const qint64 now = nowMs();
    const auto conns = m_conns; // reject() may end connections
    for (const auto& c : conns) {
        if (!c->socket || c->rejected || c->closing)
            continue;
        if (c->state != Connection::State::Idle && now - c->startedMs > m_limits.requestTimeoutMs) {
            reject(*c, 408, QStringLiteral("request_timeout"),
                   QStringLiteral("The request did not arrive in full within %1 seconds.")
                       .arg(m_limits.requestTimeoutMs / 1000));
        } else if (c->state == Connection::State::Idle && c->pending == 0 && c->ready.empty() &&
                   now - c->lastActiveMs > m_limits.idleTimeoutMs) {
            c->closing = true;
            c->socket->disconnectFromHost();
        }
    }
}

void HttpServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    for (QTcpServer* s : servers())
        s->close();
    m_grace.start(m_limits.shutdownGraceMs);
    checkDrained();
}

void HttpServer::checkDrained()
{
    if (!m_shuttingDown || m_drained || m_inFlight > 0)
        return;
    m_drained = true;
    m_grace.stop();
    // Every answer is written (or queued in a socket): close the connections
    // once their bytes are out.
    for (const auto& c : std::as_const(m_conns))
        if (c->socket && !c->closing) {
            c->closing = true;
            c->socket->disconnectFromHost();
        }
    emit drained();
}

} // namespace docket::gateway
