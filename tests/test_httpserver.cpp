// The gateway's HTTP server (gateway/httpserver) on Qt HttpServer 6.4 with
// answers given later from other threads: order on a connection, a client
// that leaves before its answer, the size and time limits, Expect:
// 100-continue, graceful shutdown; and the OpenAPI document against the
// routes that exist.

#include "gateway.h"
#include "httpserver.h"
#include "workerpool.h"

#include "stores/webhookstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace docket::gateway;

namespace {

// The event kinds named in the text between the first occurrence of `from`
// and the next blank line: every `kind.word` in back quotes.
QSet<QString> backQuotedKinds(const QString& text, const QString& from)
{
    const qsizetype start = text.indexOf(from);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("\n\n"), start);
    const QString part = text.mid(start, end < 0 ? -1 : end - start);
    QSet<QString> kinds;
    static const QRegularExpression kind(QStringLiteral("`([a-z]+\\.[a-z_]+)`"));
    for (auto m = kind.globalMatch(part); m.hasNext();) {
        const QString k = m.next().captured(1);
        if (!k.endsWith(QLatin1String(".json"))) // `openapi.json` is a file, not a kind
            kinds.insert(k);
    }
    return kinds;
}

// Answers "/sleep/N" after N ms on a worker thread, with the path as body.
struct Echo
{
    WorkerPool pool{QStringLiteral("echo"), 4};
    std::atomic<int> handled{0};
    QList<AccessRecord> log;
    std::unique_ptr<HttpServer> server;
    quint16 port = 0;

    explicit Echo(ServerLimits limits = {})
    {
        server = std::make_unique<HttpServer>(
            [this](std::shared_ptr<const HttpRequest> r, HttpServer::Reply reply) {
                pool.post([this, r, reply] {
                    const int ms = r->path.section(QLatin1Char('/'), 2, 2).toInt();
                    QThread::msleep(ulong(ms));
                    ++handled;
                    HttpResponse resp;
                    resp.contentType = "text/plain";
                    resp.body = r->path.toUtf8() + " " + r->body;
                    reply(resp);
                });
            },
            limits);
        server->setAccessLog([this](const AccessRecord& a) { log << a; });
        QString error;
        port = server->listenOn(QHostAddress::LocalHost, 0, {}, &error);
    }
};

QByteArray get(const QByteArray& path, const QByteArray& extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: t\r\n" + extra + "\r\n";
}

// Reads answers until `count` complete ones (by Content-Length) arrived. The
// server runs on this thread's event loop, so the wait runs the loop (a
// blocking waitForReadyRead() would starve the server).
QList<QByteArray> readAnswers(QTcpSocket& s, int count, int timeoutMs = 10000)
{
    QByteArray buf;
    QList<QByteArray> out;
    QElapsedTimer t;
    t.start();
    while (out.size() < count && t.elapsed() < timeoutMs) {
        if (s.bytesAvailable() == 0) {
            if (s.state() != QAbstractSocket::ConnectedState)
                break;
            QTest::qWait(10);
            continue;
        }
        buf += s.readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            const QByteArray head = buf.left(end);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buf.size() < end + 4 + length)
                break;
            out << buf.left(end + 4 + length);
            buf.remove(0, end + 4 + length);
        }
    }
    return out;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void answersInRequestOrder();
    void clientGoneBeforeAnswer();
    void limits();
    void expectContinue();
    void shutdownAnswersInFlight();
    void openApiMatchesRoutes();
    void openApiAndReadmeNameEveryEventKind();
};

void TestHttpServer::answersInRequestOrder()
{
    Echo e;
    QVERIFY(e.port);
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, e.port);
    QVERIFY(s.waitForConnected(5000));
    // Pipelined: the first takes longest, yet answers come in request order.
    s.write(get("/sleep/300/a") + get("/sleep/10/b") + get("/sleep/0/c"));
    const QList<QByteArray> answers = readAnswers(s, 3);
    QCOMPARE(answers.size(), 3);
    QVERIFY(answers[0].contains("/sleep/300/a"));
    QVERIFY(answers[1].contains("/sleep/10/b"));
    QVERIFY(answers[2].contains("/sleep/0/c"));
    // Keep-alive: the same connection goes on.
    s.write(get("/sleep/0/d"));
    QVERIFY(readAnswers(s, 1).value(0).contains("/sleep/0/d"));
    // "Connection: close" closes after the answer.
    s.write(get("/sleep/0/e", "Connection: close\r\n"));
    const QByteArray last = readAnswers(s, 1).value(0);
    QVERIFY(last.contains("Connection: close"));
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestHttpServer::clientGoneBeforeAnswer()
{
    Echo e;
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, e.port);
        QVERIFY(s.waitForConnected(5000));
        s.write(get("/sleep/300/gone"));
        QVERIFY(s.waitForBytesWritten(1000));
        QTRY_COMPARE_WITH_TIMEOUT(e.server->inFlight(), 1, 5000);
        s.abort(); // Qt deletes its socket while the work still runs
    }
    QTRY_COMPARE_WITH_TIMEOUT(e.handled.load(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(e.server->inFlight(), 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!e.log.isEmpty(), 5000);
    QCOMPARE(e.log.last().status, 499);
    // And the server goes on.
    QTcpSocket again;
    again.connectToHost(QHostAddress::LocalHost, e.port);
    QVERIFY(again.waitForConnected(5000));
    again.write(get("/sleep/0/next"));
    QVERIFY(readAnswers(again, 1).value(0).startsWith("HTTP/1.1 200"));
}

void TestHttpServer::limits()
{
    ServerLimits l;
    l.maxBodyBytes = 1000;
    l.maxHeaderBytes = 2000;
    l.requestTimeoutMs = 1500;
    Echo e(l);
    {
        QTcpSocket s; // a declared body too large
        s.connectToHost(QHostAddress::LocalHost, e.port);
        QVERIFY(s.waitForConnected(5000));
        s.write("POST /sleep/0 HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n");
        const QByteArray a = readAnswers(s, 1).value(0);
        QVERIFY2(a.startsWith("HTTP/1.1 413"), a.constData());
        QVERIFY(a.contains("\"code\":\"body_too_large\""));
    }
    {
        QTcpSocket s; // a chunked body that grows too large
        s.connectToHost(QHostAddress::LocalHost, e.port);
        QVERIFY(s.waitForConnected(5000));
        s.write("POST /sleep/0 HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 10 && s.state() == QAbstractSocket::ConnectedState; ++i) {
            s.write("200\r\n" + QByteArray(512, 'x') + "\r\n");
            s.waitForBytesWritten(1000);
            QTest::qWait(20);
        }
        const QByteArray a = readAnswers(s, 1).value(0);
        QVERIFY2(a.startsWith("HTTP/1.1 413"), a.constData());
    }
    {
        QTcpSocket s; // headers that never end
        s.connectToHost(QHostAddress::LocalHost, e.port);
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /sleep/0 HTTP/1.1\r\n");
        for (int i = 0; i < 30; ++i)
            s.write("X-Filler-" + QByteArray::number(i) + ": " + QByteArray(100, 'y') + "\r\n");
        const QByteArray a = readAnswers(s, 1).value(0);
        QVERIFY2(a.startsWith("HTTP/1.1 431"), a.constData());
    }
    {
        QTcpSocket s; // too slow to finish a request
        s.connectToHost(QHostAddress::LocalHost, e.port);
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /sleep/0 HTTP/1.1\r\nHost: t\r\n");
        const QByteArray a = readAnswers(s, 1, 5000).value(0);
        QVERIFY2(a.startsWith("HTTP/1.1 408"), a.constData());
    }
    QCOMPARE(e.handled.load(), 0);
}

void TestHttpServer::expectContinue()
{
    Echo e;
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, e.port);
    QVERIFY(s.waitForConnected(5000));
    s.write("POST /sleep/0/up HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: "
            "100-continue\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(s.bytesAvailable() > 0, 5000);
    QCOMPARE(s.readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    s.write("hello");
    QVERIFY(readAnswers(s, 1).value(0).endsWith("/sleep/0/up hello"));
}

void TestHttpServer::shutdownAnswersInFlight()
{
    Echo e;
    QTcpSocket a, b;
    for (QTcpSocket* s : {&a, &b}) {
        s->connectToHost(QHostAddress::LocalHost, e.port);
        QVERIFY(s->waitForConnected(5000));
    }
    a.write(get("/sleep/400/slow"));
    QTRY_COMPARE_WITH_TIMEOUT(e.server->inFlight(), 1, 5000);
    bool drained = false;
    connect(e.server.get(), &HttpServer::drained, this, [&] { drained = true; });
    e.server->shutdown();
    // A request that arrives meanwhile on an open connection: 503.
    b.write(get("/sleep/0/late"));
    QVERIFY(readAnswers(b, 1).value(0).startsWith("HTTP/1.1 503"));
    QVERIFY(!drained);
    const QByteArray slow = readAnswers(a, 1).value(0);
    QVERIFY2(slow.startsWith("HTTP/1.1 200"), slow.constData());
    QVERIFY(slow.contains("/sleep/400/slow"));
    QTRY_VERIFY_WITH_TIMEOUT(drained, 5000);
    QTcpSocket c;
    c.connectToHost(QHostAddress::LocalHost, e.port);
    QVERIFY(!c.waitForConnected(1000));
}

void TestHttpServer::openApiMatchesRoutes()
{
    QFile f(QStringLiteral(":/gateway/openapi.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("openapi")).toString().left(2), QStringLiteral("3."));
    const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
    QSet<QString> documented;
    for (auto p = paths.begin(); p != paths.end(); ++p)
        for (const QString& method : p.value().toObject().keys())
            documented.insert(method.toUpper() + QLatin1Char(' ') + p.key());
    QSet<QString> served;
    for (const Route& r : Gateway::routes())
        served.insert(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.pattern);
    for (const QString& s : served)
        QVERIFY2(documented.contains(s), qPrintable(s + QStringLiteral(" is not documented")));
    for (const QString& d : documented)
        QVERIFY2(served.contains(d), qPrintable(d + QStringLiteral(" is documented, not served")));
    // Every $ref resolves.
    const QByteArray text = QJsonDocument(doc).toJson();
    const QJsonObject schemas =
        doc[QStringLiteral("components")][QStringLiteral("schemas")].toObject();
    const QJsonObject responses =
        doc[QStringLiteral("components")][QStringLiteral("responses")].toObject();
    const QJsonObject parameters =
        doc[QStringLiteral("components")][QStringLiteral("parameters")].toObject();
    qsizetype at = 0;
    int refs = 0;
    while ((at = text.indexOf("\"$ref\": \"#/components/", at)) >= 0) {
        const qsizetype start = text.indexOf("#/components/", at) + 13;
        const qsizetype end = text.indexOf('"', start);
        const QList<QByteArray> parts = text.mid(start, end - start).split('/');
        QCOMPARE(parts.size(), 2);
        const QJsonObject& table = parts[0] == "schemas"      ? schemas
                                   : parts[0] == "parameters" ? parameters
                                                              : responses;
        QVERIFY2(table.contains(QString::fromLatin1(parts[1])), parts[1].constData());
        ++refs;
        at = end;
    }
    QVERIFY(refs > 20);
}

// The kinds of event a subscription can ask for (WebhookStore) are the ones
// openapi.json's WebhookEvent names, each with its payload described, and the
// ones the README lists: the next kind cannot be forgotten in either.
void TestHttpServer::openApiAndReadmeNameEveryEventKind()
{
    const QStringList offered = docket::WebhookStore::eventKinds();
    QVERIFY(offered.contains(QStringLiteral("return.created")));
    const QSet<QString> kinds(offered.begin(), offered.end());

    QFile f(QStringLiteral(":/gateway/openapi.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject event = QJsonDocument::fromJson(f.readAll())
                                  .object()[QStringLiteral("components")][QStringLiteral("schemas")]
                                           [QStringLiteral("WebhookEvent")]
                                  .toObject();
    QSet<QString> documented;
    for (const QJsonValue v :
         event[QStringLiteral("properties")][QStringLiteral("type")][QStringLiteral("enum")]
             .toArray())
        documented.insert(v.toString());
    QCOMPARE(documented, kinds);
    const QString description = event.value(QStringLiteral("description")).toString();
    for (const QString& k : offered)
        QVERIFY2(description.contains(k + QStringLiteral(" {")) ||
                     description.contains(k + QStringLiteral(" and ")),
                 qPrintable(k + QStringLiteral(": no payload in WebhookEvent's description")));

    QFile readme(QStringLiteral(DOCKET_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QSet<QString> listed =
        backQuotedKinds(QString::fromUtf8(readme.readAll()), QStringLiteral("Outbound events"));
    QCOMPARE(listed, kinds);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "test_httpserver.moc"
