#include "gatewayfixture.h"

#include "stores/apikeystore.h"
#include "stores/serviceaccount.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
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
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

HttpResult httpRequest(quint16 port, const QByteArray& method, const QString& path,
                       const QByteArray& body,
                       const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
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
        m_serviceRole = QStringLiteral("gwsvc_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QString password = QStringLiteral("gateway-") + m_serviceRole;
        serviceaccount::create(m_db->connection(), m_serviceRole, password);
        m_service.user = m_serviceRole;
        m_service.password = password;
    }
    m_config.database = m_service;
    m_config.address = QHostAddress::LocalHost;
    m_config.port = 0;
    m_config.accessLog.clear();
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

} // namespace docket::test
