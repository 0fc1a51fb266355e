// docket-gateway's operations on SQLite: --config FILE (values from the file,
// the command line wins, bad values named), HTTPS with a certificate and key
// (a self-signed pair made by openssl for the test; plain HTTP to the TLS
// port gets nothing), and the structured access log (one JSON line per
// request, with the API key's number and never a secret), in the test
// process and through the real binary.

#include "gatewayfixture.h"

#include "domain/errors.h"
#include "stores/apikeystore.h"
#include "stores/intakestore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace docket;
using namespace docket::test;

namespace {

#define START(fixture)                                                                             \
    do {                                                                                           \
        QString error_;                                                                            \
        QVERIFY2((fixture).start(&error_), qPrintable(error_));                                    \
    } while (false)

// The JSON lines of an access log file.
QList<QJsonObject> logLines(const QString& path, QStringList* notJson = nullptr)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(line, &e);
        if (e.error != QJsonParseError::NoError || !d.isObject()) {
            if (notJson)
                *notJson << QString::fromUtf8(line);
            continue;
        }
        out << d.object();
    }
    return out;
}

QByteArray fileText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A self-signed certificate for 127.0.0.1 and its key, by openssl; false
// (with its output) when openssl is missing or fails.
bool makeCertificate(const QString& dir, QString* certificate, QString* key, QString* why)
{
    *certificate = dir + QStringLiteral("/gateway.crt");
    *key = dir + QStringLiteral("/gateway.key");
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *certificate,
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QString::fromLocal8Bit(p.readAllStandardError()) + p.errorString();
        return false;
    }
    return QFile::exists(*certificate) && QFile::exists(*key);
}

// GET over HTTPS, trusting only `ca`; the status (0: no answer) and the SSL errors seen.
int httpsGet(quint16 port, const QString& path, const QList<QSslCertificate>& ca,
             QStringList* sslErrors)
{
    QNetworkAccessManager net;
    QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path)));
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setCaCertificates(ca);
    req.setSslConfiguration(conf);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = net.get(req);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [sslErrors](const QList<QSslError>& e) {
                         for (const QSslError& x : e)
                             *sslErrors << x.errorString();
                     });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->isFinished()
                           ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                           : 0;
    delete reply;
    return status;
}

gateway::GatewayConfig parse(const QStringList& arguments)
{
    return gateway::GatewayConfig::fromArguments(QStringList{QStringLiteral("docket-gateway")} +
                                                 arguments);
}

} // namespace

class TestGatewayConfig : public QObject
{
    Q_OBJECT

private slots:
    void configFileAndCommandLine();
    void badOptionsAreNamed();
    void httpsWithCertificateAndKey();
    void accessLogIsJsonLines();
    void binaryReadsItsConfigFile();
    void operatorMessagesInTheirLanguage();
};

// --config FILE: the [gateway] section gives every value; an option on the
// command line wins over the file's.
void TestGatewayConfig::configFileAndCommandLine()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("gateway.conf"));
    {
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("; a comment\n[gateway]\ndatabase=/srv/shop.db\nlisten=127.0.0.1:8181\n"
                "threads=3\ntls_cert=/etc/docket/gw.crt\ntls_key=/etc/docket/gw.key\n"
                "access_log=/var/log/docket/access.log\ntrusted_proxies=127.0.0.1,::1\n"
                "deliver_webhooks=false\n");
    }
    const gateway::GatewayConfig fromFile = parse({QStringLiteral("--config"), ini});
    QCOMPARE(fromFile.database.path, QStringLiteral("/srv/shop.db"));
    QCOMPARE(fromFile.address, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(fromFile.port, quint16(8181));
    QCOMPARE(fromFile.threads, 3);
    QCOMPARE(fromFile.tls.certificate, QStringLiteral("/etc/docket/gw.crt"));
    QCOMPARE(fromFile.tls.privateKey, QStringLiteral("/etc/docket/gw.key"));
    QCOMPARE(fromFile.accessLog, QStringLiteral("/var/log/docket/access.log"));
    QCOMPARE(fromFile.trustedProxies.size(), 2);
    QVERIFY(!fromFile.deliverWebhooks);

    // The command line wins, before or after --config.
    const gateway::GatewayConfig both = parse(
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.2:9090"), QStringLiteral("--config"),
         ini, QStringLiteral("--threads"), QStringLiteral("7"), QStringLiteral("--database"),
         QStringLiteral("/tmp/other.db"), QStringLiteral("--access-log"), QStringLiteral("-")});
    QCOMPARE(both.database.path, QStringLiteral("/tmp/other.db"));
    QCOMPARE(both.address, QHostAddress(QStringLiteral("127.0.0.2")));
    QCOMPARE(both.port, quint16(9090));
    QCOMPARE(both.threads, 7);
    QCOMPARE(both.accessLog, QStringLiteral("-"));
    QCOMPARE(both.tls.certificate, QStringLiteral("/etc/docket/gw.crt")); // from the file

    // Without a file: the defaults.
    const gateway::GatewayConfig plain =
        parse({QStringLiteral("--database"), QStringLiteral("/tmp/x.db")});
    QCOMPARE(plain.port, quint16(8080));
    QCOMPARE(plain.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(plain.threads, 4);
    QCOMPARE(plain.intakeWriters, 1);
    QCOMPARE(parse({QStringLiteral("--database"), QStringLiteral("/tmp/x.db"),
                    QStringLiteral("--intake-writers"), QStringLiteral("2")})
                 .intakeWriters,
             2);
    QVERIFY(!plain.tls.enabled());
    QVERIFY(plain.deliverWebhooks);
}

void TestGatewayConfig::badOptionsAreNamed()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("bad.conf"));
    {
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[gateway]\nthreads=many\n");
    }
    struct Case
    {
        QStringList arguments;
        QString field;
        QString says;
    };
    const QList<Case> cases{
        {{QStringLiteral("--config"), dir.filePath(QStringLiteral("missing.conf"))},
         QStringLiteral("--config"),
         QStringLiteral("missing.conf")},
        {{QStringLiteral("--config"), ini}, QStringLiteral("--threads"), QStringLiteral("1 to 64")},
        {{QStringLiteral("--threads"), QStringLiteral("0")},
         QStringLiteral("--threads"),
         QStringLiteral("1 to 64")},
        {{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")},
         QStringLiteral("--listen"),
         QStringLiteral("99999")},
        {{QStringLiteral("--listen"), QStringLiteral("example.com:80")},
         QStringLiteral("--listen"),
         QStringLiteral("example.com")},
        {{QStringLiteral("--tls-cert"), QStringLiteral("/x.crt")},
         QStringLiteral("--tls-cert"),
         QStringLiteral("--tls-key")},
        {{QStringLiteral("--trusted-proxy"), QStringLiteral("proxy")},
         QStringLiteral("--trusted-proxy"),
         QStringLiteral("proxy")},
        {{QStringLiteral("--intake-writers"), QStringLiteral("0")},
         QStringLiteral("--intake-writers"),
         QStringLiteral("1 to 16")},
        {{QStringLiteral("--colour")}, QStringLiteral("--colour"), QStringLiteral("--colour")},
        {{QStringLiteral("--listen")}, QStringLiteral("--listen"), QStringLiteral("needs a value")},
    };
    for (const Case& c : cases) {
        const auto e = catchError([&] { parse(c.arguments); });
        QVERIFY2(e, qPrintable(c.arguments.join(QLatin1Char(' '))));
        QCOMPARE(e->code(), DocketError::Code::Invalid);
        QCOMPARE(e->field(), c.field);
        QVERIFY2(e->message().contains(c.says), qPrintable(e->message()));
    }
}

// TLS: with --tls-cert/--tls-key the gateway speaks HTTPS only. A client
// that trusts the certificate gets its answers; plain HTTP to the same port
// gets none; files that are missing or no certificate/key stop the start
// with a message naming them.
void TestGatewayConfig::httpsWithCertificateAndKey()
{
    QTemporaryDir dir;
    gateway::GatewayConfig config;
    QString why;
    if (!makeCertificate(dir.path(), &config.tls.certificate, &config.tls.privateKey, &why))
        QSKIP(qPrintable(QStringLiteral("openssl could not make a certificate: ") + why));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(config.tls.certificate);
    QCOMPARE(ca.size(), 1);
    GatewayFixture g(Backend::SQLite, config);
    const QString key = g.apiKey(QStringLiteral("erp"));
    START(g);
    QStringList sslErrors;
    QCOMPARE(httpsGet(g.port(), QStringLiteral("/healthz"), ca, &sslErrors), 200);
    QVERIFY2(sslErrors.isEmpty(), qPrintable(sslErrors.join(QStringLiteral("; "))));
    // An API call over HTTPS, with its key.
    {
        QNetworkAccessManager net;
        QNetworkRequest req(
            QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/orders").arg(g.port())));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(ca);
        req.setSslConfiguration(conf);
        req.setRawHeader("Authorization", "Bearer " + key.toLatin1());
        QNetworkReply* reply = net.get(req);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(
            QJsonDocument::fromJson(reply->readAll()).object().contains(QStringLiteral("orders")));
        delete reply;
    }
    // A client that does not trust it is refused by its own TLS check.
    {
        QStringList errors;
        QCOMPARE(httpsGet(g.port(), QStringLiteral("/healthz"), {}, &errors), 0);
        QVERIFY(!errors.isEmpty());
    }
    // Plain HTTP to the TLS port: no HTTP answer.
    const HttpResult plain = httpRequest(g.port(), "GET", QStringLiteral("/healthz"), {}, {}, 5000);
    QCOMPARE(plain.status, 0);
    // After all that it still answers HTTPS.
    sslErrors.clear();
    QCOMPARE(httpsGet(g.port(), QStringLiteral("/healthz"), ca, &sslErrors), 200);
    g.stop();

    // Files that will not do: the start fails naming them.
    gateway::GatewayConfig missing;
    missing.tls.certificate = dir.filePath(QStringLiteral("nothing.crt"));
    missing.tls.privateKey = config.tls.privateKey;
    GatewayFixture noCert(Backend::SQLite, missing);
    QString error;
    QVERIFY(!noCert.start(&error));
    QVERIFY2(error.contains(QStringLiteral("nothing.crt")), qPrintable(error));
    gateway::GatewayConfig swapped;
    swapped.tls.certificate = config.tls.privateKey; // a key where the certificate belongs
    swapped.tls.privateKey = config.tls.certificate;
    GatewayFixture wrong(Backend::SQLite, swapped);
    error.clear();
    QVERIFY(!wrong.start(&error));
    QVERIFY2(error.contains(QStringLiteral("gateway.key")), qPrintable(error));
}

// One JSON line per request: time, method, path (without the query), status,
// bytes, duration in ms, the remote address; for a call with an API key its
// name and number; for an error its code. Never the key, the Authorization
// header, a query or a body.
void TestGatewayConfig::accessLogIsJsonLines()
{
    QTemporaryDir dir;
    gateway::GatewayConfig config;
    config.accessLog = dir.filePath(QStringLiteral("access.log"));
    GatewayFixture g(Backend::SQLite, config);
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    const QString key = g.apiKey(QStringLiteral("erp"));
    qint64 keyId = 0;
    for (const ApiKeyInfo& k : ApiKeyStore(g.db().connection(), g.admin()).list())
        if (k.name == QLatin1String("erp"))
            keyId = k.id;
    QVERIFY(keyId > 0);
    START(g);
    QCOMPARE(g.get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders?keyword=private-search&limit=5"), key).status,
             200);
    const QString wrongKey = QStringLiteral("dk_notakeyatall0123456789abcdef");
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders"), wrongKey).status, 401);
    const QByteArray body = R"({"external_id": "LOG-1", "channel": "web", "status": "pending",
        "customer": {"name": "Logged Customer", "email": "secret-customer@example.com"},
        "total": "5.00", "lines": [{"sku": "S", "name": "Soap", "quantity": 1,
        "unit_price": "5.00"}]})";
    QCOMPARE(g.post(QStringLiteral("/api/v1/orders"), body, key).status, 201);
    QCOMPARE(g.get(QStringLiteral("/api/v1/orders?status=lost"), key).status, 400);
    QCOMPARE(g.get(QStringLiteral("/nowhere")).status, 404);

    QStringList notJson;
    QTRY_COMPARE_WITH_TIMEOUT(logLines(config.accessLog).size(), 6, 10000);
    const QList<QJsonObject> lines = logLines(config.accessLog, &notJson);
    QVERIFY2(notJson.isEmpty(), qPrintable(notJson.join(QLatin1Char('\n'))));
    for (const QJsonObject& l : lines) {
        for (const char* field : {"ts", "method", "path", "status", "ms", "bytes", "remote"})
            QVERIFY2(l.contains(QLatin1String(field)), field);
        QVERIFY(l.value(QStringLiteral("ms")).toDouble() >= 0);
        QVERIFY(QDateTime::fromString(l.value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(l.value(QStringLiteral("remote")).toString(), QStringLiteral("127.0.0.1"));
    }
    auto line = [&](int i) {
        return lines.at(i);
    };
    QCOMPARE(line(0).value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(line(0).value(QStringLiteral("path")).toString(), QStringLiteral("/healthz"));
    QCOMPARE(line(0).value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(!line(0).contains(QStringLiteral("key_id")));
    QCOMPARE(line(1).value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/orders"));
    QCOMPARE(line(1).value(QStringLiteral("principal")).toString(), QStringLiteral("key:erp"));
    QCOMPARE(line(1).value(QStringLiteral("key_id")).toInteger(), keyId);
    QCOMPARE(line(2).value(QStringLiteral("status")).toInt(), 401);
    QVERIFY(!line(2).contains(QStringLiteral("key_id")));
    QVERIFY(!line(2).value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(line(3).value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(line(3).value(QStringLiteral("status")).toInt(), 201);
    QCOMPARE(line(3).value(QStringLiteral("key_id")).toInteger(), keyId);
    QCOMPARE(line(4).value(QStringLiteral("status")).toInt(), 400);
    QVERIFY(!line(4).value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(line(5).value(QStringLiteral("status")).toInt(), 404);
    // No secrets, no bodies, no queries.
    const QByteArray text = fileText(config.accessLog);
    QVERIFY(!text.contains(key.toLatin1()));
    QVERIFY(!text.contains(key.left(12).toLatin1()));
    QVERIFY(!text.contains(wrongKey.toLatin1()));
    QVERIFY(!text.contains("Bearer"));
    QVERIFY(!text.contains("secret-customer"));
    QVERIFY(!text.contains("private-search"));
}

// The real binary: --config FILE gives the database and the access log;
// --listen on the command line wins over the file's (port 1, which would
// fail); --access-log on the command line wins too. A bad configuration ends
// it with status 2 and a message naming the problem.
void TestGatewayConfig::binaryReadsItsConfigFile()
{
    QTemporaryDir dir;
    GatewayFixture g(Backend::SQLite);
    const QString ini = dir.filePath(QStringLiteral("gateway.conf"));
    const QString fileLog = dir.filePath(QStringLiteral("from-file.log"));
    const QString lineLog = dir.filePath(QStringLiteral("from-command-line.log"));
    {
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[gateway]\ndatabase=" + g.db().path().toUtf8() +
                "\nlisten=127.0.0.1:1\nthreads=2\naccess_log=" + fileLog.toUtf8() +
                "\ndeliver_webhooks=false\n");
    }
    {
        GatewayProcess p(QStringLiteral(DOCKET_GATEWAY_PATH),
                         {QStringLiteral("--config"), ini, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")});
        const quint16 port = p.start();
        QVERIFY2(port, p.errors().constData());
        QVERIFY2(p.errors().contains(g.db().path().toUtf8()), p.errors().constData());
        QCOMPARE(httpRequest(port, "GET", QStringLiteral("/healthz")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(logLines(fileLog).size(), 1, 10000);
        QVERIFY(p.terminate());
        QVERIFY(p.errors().contains("stopped"));
    }
    {
        GatewayProcess p(QStringLiteral(DOCKET_GATEWAY_PATH),
                         {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--config"), ini, QStringLiteral("--access-log"),
                          lineLog});
        const quint16 port = p.start();
        QVERIFY2(port, p.errors().constData());
        QCOMPARE(httpRequest(port, "GET", QStringLiteral("/healthz")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(logLines(lineLog).size(), 1, 10000);
        QCOMPARE(logLines(fileLog).size(), 1); // nothing more there
        QVERIFY(p.terminate());
    }
    {
        // The file's own listen address (port 1) is not ours to take.
        GatewayProcess p(QStringLiteral(DOCKET_GATEWAY_PATH), {QStringLiteral("--config"), ini});
        if (p.start() == 0) {
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(p.errors().contains("127.0.0.1:1"), p.errors().constData());
        } // (running as root, port 1 is taken: nothing to learn here)
    }
    {
        GatewayProcess p(QStringLiteral(DOCKET_GATEWAY_PATH),
                         {QStringLiteral("--config"), dir.filePath(QStringLiteral("nope.conf"))});
        QCOMPARE(p.start(), quint16(0));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.errors().contains("nope.conf"), p.errors().constData());
    }
}

// Whoever runs the gateway reads its messages (a TLS file it cannot read,
// listening, stopping) in the process's language, LANG or LC_MESSAGES; what a
// client receives stays as before (the API's messages in English).
void TestGatewayConfig::operatorMessagesInTheirLanguage()
{
    QTemporaryDir dir;
    GatewayFixture g(Backend::SQLite);
    const QString certificate = dir.filePath(QStringLiteral("missing.crt"));
    const QStringList tls{QStringLiteral("--database"),
                          g.db().path(),
                          QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--no-webhooks"),
                          QStringLiteral("--tls-cert"),
                          certificate,
                          QStringLiteral("--tls-key"),
                          dir.filePath(QStringLiteral("missing.key"))};
    {
        GatewayProcess p(QStringLiteral(DOCKET_GATEWAY_PATH), tls);
        p.setLocale(QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(p.start(), quint16(0));
        QCOMPARE(p.exitCode(), 1);
        const QString said = QString::fromUtf8(p.errors());
        QVERIFY2(said.contains(
                     QStringLiteral(u"docket-gateway：无法在 127.0.0.1:0 上监听：无法读取证书 ") +
                     certificate),
                 qPrintable(said));
    }
    {
        // LC_MESSAGES over LANG; Traditional Chinese.
        GatewayProcess p(QStringLiteral(DOCKET_GATEWAY_PATH), tls);
        p.setLocale(QStringLiteral("C.UTF-8"), QStringLiteral("zh_TW.UTF-8"));
        QCOMPARE(p.start(), quint16(0));
        QVERIFY2(QString::fromUtf8(p.errors()).contains(QStringLiteral(u"無法讀取憑證 ")),
                 p.errors().constData());
    }
    {
        GatewayProcess p(QStringLiteral(DOCKET_GATEWAY_PATH), tls);
        p.setLocale(QStringLiteral("C.UTF-8"));
        QCOMPARE(p.start(), quint16(0));
        QVERIFY2(p.errors().contains("Cannot read the certificate " + certificate.toUtf8()),
                 p.errors().constData());
    }
    {
        GatewayProcess p(QStringLiteral(DOCKET_GATEWAY_PATH), tls.mid(0, 5));
        p.setLocale(QStringLiteral("zh_CN.UTF-8"));
        const quint16 port = p.start();
        QVERIFY2(port, p.errors().constData());
        QVERIFY2(QString::fromUtf8(p.errors()).contains(QStringLiteral(u"：正在监听 127.0.0.1:")),
                 p.errors().constData());
        const HttpResult r = httpRequest(port, "GET", QStringLiteral("/api/v1/orders"));
        QCOMPARE(r.status, 401);
        QCOMPARE(
            r.json()[QStringLiteral("error")][QStringLiteral("message")].toString(),
            QStringLiteral("This needs an API key: send it as \"Authorization: Bearer KEY\"."));
        QVERIFY(p.terminate());
        QVERIFY2(
            QString::fromUtf8(p.errors()).contains(QStringLiteral(u"docket-gateway：已停止。")),
            p.errors().constData());
    }
}

QTEST_MAIN(TestGatewayConfig)
#include "test_gateway_config.moc"
