#include "gatewayfixture.h"

#include "stores/apikeystore.h"
#include "stores/serviceaccount.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace docket::test {

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QString HttpResult::errorCode() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

HttpResult httpRequest(quint16 port, const QByteArray& method, const QString& path,
                       const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers,
                       int timeoutMs)
{
    static QNetworkAccessManager* net = [] {
        auto* n = new QNetworkAccessManager;
        return n;
    }();
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply* reply = net->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpResult r;
    if (reply->isFinished()) {
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return r;
}

GatewayFixture::GatewayFixture(Backend backend, gateway::GatewayConfig extra)
    : m_db(std::make_unique<TestDb>(backend)), m_config(std::move(extra))
{
    m_service = m_db->config();
    if (backend == Backend::PostgreSQL) {
        m_serviceRole =
            QStringLiteral("gwsvc_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QString password = QStringLiteral("gateway-") + m_serviceRole;
        serviceaccount::create(m_db->connection(), m_serviceRole, password);
        m_service.user = m_serviceRole;
        m_service.password = password;
    }
    m_config.database = m_service;
    m_config.address = QHostAddress::LocalHost;
    m_config.port = 0;
    if (m_config.accessLog == QLatin1String("-"))
        m_config.accessLog.clear(); // none, unless the test names a file
    if (m_config.threads < 1)
        m_config.threads = 4;
}

GatewayFixture::~GatewayFixture()
{
    stop();
    m_gateway.reset();
    m_db.reset();
    if (!m_serviceRole.isEmpty())
        dropServerRoles({m_serviceRole});
}

bool GatewayFixture::start(QString* error)
{
    m_gateway = std::make_unique<gateway::Gateway>(m_config);
    return m_gateway->start(error);
}

void GatewayFixture::stop()
{
    if (!m_gateway)
        return;
    QEventLoop loop;
    bool done = false;
    QObject::connect(m_gateway.get(), &gateway::Gateway::stopped, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    m_gateway->shutdown();
    if (!done)
        loop.exec();
    m_gateway.reset();
}

QString GatewayFixture::apiKey(const QString& name, const QString& role, const Scope& scope,
                               int perMinute)
{
    return ApiKeyStore(m_db->connection(), admin()).create(name, role, scope, perMinute).key;
}

HttpResult GatewayFixture::get(const QString& path, const QString& key)
{
    QList<QPair<QByteArray, QByteArray>> h;
    if (!key.isEmpty())
        h.append({"Authorization", "Bearer " + key.toLatin1()});
    return httpRequest(port(), "GET", path, {}, h);
}

HttpResult GatewayFixture::post(const QString& path, const QByteArray& body, const QString& key,
                                const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QList<QPair<QByteArray, QByteArray>> h = headers;
    if (!key.isEmpty())
        h.append({"Authorization", "Bearer " + key.toLatin1()});
    return httpRequest(port(), "POST", path, body, h);
}

GatewayProcess::GatewayProcess(QString program, QStringList arguments, QString password)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKET_DATABASE_PASSWORD"), password);
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("DOCKET_DATABASE"));
    m_process.setProcessEnvironment(env);
}

GatewayProcess::~GatewayProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void GatewayProcess::setLocale(const QString& lang, const QString& messages)
{
    QProcessEnvironment env = m_process.processEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), lang);
    if (!messages.isEmpty())
        env.insert(QStringLiteral("LC_MESSAGES"), messages);
    m_process.setProcessEnvironment(env);
}

quint16 GatewayProcess::start()
{
    m_port = 0;
    m_stderr.clear();
    m_process.start(m_program, m_arguments);
    if (!m_process.waitForStarted(10000)) {
        m_stderr = "cannot start " + m_program.toUtf8() + ": " + m_process.errorString().toUtf8();
        return 0;
    }
    // "listening on 127.0.0.1:PORT", or as the operator's language says it.
    static const QRegularExpression listening(
        QStringLiteral("(?:listening on|正在监听|正在監聽) [^ ]+:(\\d+)"));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        const bool running = m_process.state() == QProcess::Running;
        m_process.waitForReadyRead(100);
        m_stderr += m_process.readAllStandardError();
        const auto m = listening.match(QString::fromUtf8(m_stderr));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return m_port;
        }
        if (!running)
            break;
    }
    m_process.waitForFinished(5000);
    m_stderr += m_process.readAllStandardError();
    return 0;
}

void GatewayProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool GatewayProcess::terminate()
{
    m_process.terminate();
    return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit &&
           m_process.exitCode() == 0;
}

QByteArray GatewayProcess::errors()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

WebhookReceiver::WebhookReceiver(std::function<int(const Request&)> answer)
    : m_answer(std::move(answer))
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            s->setParent(this);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_buffers.remove(s);
                m_held.removeAll(s);
                s->deleteLater();
            });
        }
    });
    m_server.listen(QHostAddress::LocalHost);
}

QString WebhookReceiver::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

QSet<QByteArray> WebhookReceiver::eventIds() const
{
    QSet<QByteArray> ids;
    for (const Request& r : m_requests)
        ids.insert(r.eventId);
    return ids;
}

void WebhookReceiver::dropHeld()
{
    const QList<QTcpSocket*> held = m_held;
    m_held.clear();
    for (QTcpSocket* s : held)
        s->abort();
}

void WebhookReceiver::read(QTcpSocket* s)
{
    QByteArray& data = m_buffers[s];
    data += s->readAll();
    while (!m_held.contains(s)) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        qsizetype length = 0;
        const QList<QByteArray> lines = data.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "x-docket-event-id")
                r.eventId = value;
            else if (name == "x-docket-signature")
                r.signature = value;
        }
        if (data.size() < end + 4 + length)
            return;
        r.body = data.mid(end + 4, length);
        data.remove(0, end + 4 + length);
        r.atMs = m_clock.elapsed();
        if (m_holding) {
            m_requests << r;
            m_held << s;
            return;
        }
        r.status = m_answer ? m_answer(r) : 200;
        m_requests << r;
        s->write("HTTP/1.1 " + QByteArray::number(r.status) +
                 " X\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n");
    }
}

} // namespace docket::test
