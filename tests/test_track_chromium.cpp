// The customer look-up page (GET /track) in a real browser: Debian's
// Chromium, headless, driven over the DevTools protocol (a WebSocket): open
// the page in Simplified Chinese, fill in the order number and the email
// address, press the button, read the answer; then a wrong pair, which
// shows the "not found" text and nothing of the order. Skipped when Chromium
// is not installed (scripts/setup-deps.sh installs it).

#include "gatewayfixture.h"

#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWebSocket>

using namespace docket;
using namespace docket::test;

namespace {

// A headless Chromium with a fresh profile, and one page to drive.
class Browser
{
public:
    bool start(QString* error)
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (exe.isEmpty()) {
            *error = QStringLiteral("chromium is not installed");
            return false;
        }
        m_process.setProgram(exe);
        m_process.setArguments(
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"), QStringLiteral("--disable-background-networking"),
             QStringLiteral("--no-first-run"), QStringLiteral("--disable-extensions"),
             QStringLiteral("--user-data-dir=") + m_profile.path(),
             QStringLiteral("--remote-debugging-address=127.0.0.1"),
             QStringLiteral("--remote-debugging-port=0"), QStringLiteral("about:blank")});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        // Chromium writes the port it took into the profile.
        const QString portFile = m_profile.filePath(QStringLiteral("DevToolsActivePort"));
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(portFile) && t.elapsed() < 60000 &&
               m_process.state() == QProcess::Running)
            QTest::qWait(100);
        QFile f(portFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no DevTools port: ") + QString::fromUtf8(m_process.readAll());
            return false;
        }
        const quint16 port = quint16(f.readLine().trimmed().toUInt());
        // The page target's WebSocket. The port file can come before the
        // page (a first start on a new machine, a loaded one): ask again.
        HttpResult list;
        QString ws;
        t.restart();
        while (ws.isEmpty() && t.elapsed() < 30000 && m_process.state() == QProcess::Running) {
            list = httpRequest(port, "GET", QStringLiteral("/json/list"));
            for (const QJsonValue& v : QJsonDocument::fromJson(list.body).array())
                if (v[QStringLiteral("type")].toString() == QLatin1String("page"))
                    ws = v[QStringLiteral("webSocketDebuggerUrl")].toString();
            if (ws.isEmpty())
                QTest::qWait(200);
        }
        if (ws.isEmpty()) {
            *error = QStringLiteral("no page target: ") + QString::fromUtf8(list.body);
            return false;
        }
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString& m) {
            const QJsonObject o = QJsonDocument::fromJson(m.toUtf8()).object();
            if (o.contains(QStringLiteral("id")))
                m_answers.insert(o[QStringLiteral("id")].toInt(), o);
        });
        m_socket.open(QUrl(ws));
        t.restart();
        while (m_socket.state() != QAbstractSocket::ConnectedState && t.elapsed() < 20000)
            QTest::qWait(50);
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            *error = QStringLiteral("cannot reach the DevTools WebSocket");
            return false;
        }
        return true;
    }

    ~Browser()
    {
        m_socket.close();
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    // One DevTools command, waited for; its "result".
    QJsonObject call(const QString& method, const QJsonObject& params = {})
    {
        const int id = ++m_next;
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                        {QStringLiteral("method"), method},
                                                        {QStringLiteral("params"), params}})
                                  .toJson(QJsonDocument::Compact)));
        QElapsedTimer t;
        t.start();
        while (!m_answers.contains(id) && t.elapsed() < 30000)
            QTest::qWait(20);
        return m_answers.take(id).value(QStringLiteral("result")).toObject();
    }

    // A JavaScript expression's value (strings and booleans).
    QJsonValue eval(const QString& expression)
    {
        return call(QStringLiteral("Runtime.evaluate"), {{QStringLiteral("expression"), expression},
                                                         {QStringLiteral("returnByValue"), true}})
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("value"));
    }

    // Waits until `expression` is true (the page loaded, the answer came).
    bool waitFor(const QString& expression, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (eval(expression).toBool())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private:
    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    QHash<int, QJsonObject> m_answers;
    int m_next = 0;
};

QString jsString(const QString& s)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

class TestTrackChromium : public QObject
{
    Q_OBJECT

private slots:
    void lookUpInTheBrowser();
};

void TestTrackChromium::lookUpInTheBrowser()
{
    if (QStandardPaths::findExecutable(QStringLiteral("chromium")).isEmpty())
        QSKIP("Chromium is not installed (scripts/setup-deps.sh installs it)");
    gateway::GatewayConfig config;
    config.trackFloorMs = 20;
    GatewayFixture g(Backend::SQLite, config);
    OrderStore store = g.db().store(g.admin());
    Order o;
    o.customerName = QStringLiteral("Li Wei");
    o.email = QStringLiteral("li.wei@example.com");
    o.phone = QStringLiteral("+86 10 12345678");
    o.channel = QStringLiteral("web");
    o.lines << OrderLine{0, 0,          QStringLiteral("SKU-TEA"), QStringLiteral("Green tea"),
                         2, Money(1850)};
    const qint64 id = store.create(o);
    FulfilmentStore(store.database(), store.session())
        .addPayment(id, QStringLiteral("card"), Money(3700)); // paid by its records
    const QString number = store.order(id).number;
    QString error;
    QVERIFY2(g.start(&error), qPrintable(error));

    Browser b;
    QVERIFY2(b.start(&error), qPrintable(error));
    b.call(QStringLiteral("Page.enable"));
    b.call(QStringLiteral("Page.navigate"),
           {{QStringLiteral("url"),
             QStringLiteral("http://127.0.0.1:%1/track?lang=zh_CN").arg(g.port())}});
    QVERIFY(b.waitFor(QStringLiteral("document.readyState === 'complete' && "
                                     "!!document.getElementById('number')")));
    QCOMPARE(b.eval(QStringLiteral("document.documentElement.lang")).toString(),
             QStringLiteral("zh-CN"));
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/docket_zh_CN.qm")));
    const QString heading = zh.translate("TrackPage", "Where is my order?");
    QVERIFY(!heading.isEmpty());
    QCOMPARE(b.eval(QStringLiteral("document.querySelector('h1').innerText")).toString(), heading);

    // Fill the form and press the button, as a customer would.
    b.eval(QStringLiteral("document.getElementById('number').value = %1;"
                          "document.getElementById('contact').value = %2;"
                          "document.getElementById('lookup').click(); true")
               .arg(jsString(number), jsString(QStringLiteral("LI.WEI@example.com"))));
    QVERIFY(b.waitFor(QStringLiteral("!!document.getElementById('status')")));
    QCOMPARE(b.eval(QStringLiteral("document.getElementById('status').innerText")).toString(),
             zh.translate("OrderStatus", "Paid"));
    QVERIFY(b.eval(QStringLiteral("document.getElementById('lines').innerText"))
                .toString()
                .contains(QStringLiteral("Green tea")));
    QCOMPARE(b.eval(QStringLiteral("document.getElementById('total').innerText")).toString(),
             QStringLiteral(u"€37.00")); // in the page's locale (zh_CN)
    QCOMPARE(b.eval(QStringLiteral("document.querySelectorAll('#steps li').length")).toInt(), 2);

    // A wrong pair: the "not found" text, nothing of the order.
    b.eval(QStringLiteral("document.getElementById('contact').value = 'someone@example.com';"
                          "document.getElementById('lookup').click(); true"));
    QVERIFY(b.waitFor(QStringLiteral("!!document.getElementById('notfound')")));
    const QString page = b.eval(QStringLiteral("document.body.innerText")).toString();
    QVERIFY(!page.contains(QStringLiteral("Green tea")));
    QVERIFY(page.contains(zh.translate("TrackPage", "Order number")));
}

QTEST_MAIN(TestTrackChromium)
#include "test_track_chromium.moc"
