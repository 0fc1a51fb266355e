// docket-loadgen: a load generator for docket-gateway (issue 16's targets).
// Loopback only, bounded in count and time; prints figures, asserts nothing.
//
//   docket-loadgen --port 8080 --scenario intake --rate 500 --duration 60
//                  --connections 16 --key dk_... [--ack-log FILE]
//
// Open loop: requests are scheduled at --rate in total, spread over the
// connections; latency is measured from the moment a request was *due*, so a
// server that falls behind shows it in the figures (no coordinated omission).
// Each connection is one keep-alive HTTP/1.1 connection on its own thread.
//
// Scenarios:
//   intake   POST /api/v1/orders, Docket's JSON, a new external id each time
//   woo      POST /webhooks/woocommerce/CHANNEL, WooCommerce's body, signed
//            with --secret (X-WC-Webhook-Signature)
//   lookup   GET /api/v1/orders/DKnnnnnnn (the API's read of one order),
//            numbers drawn from --numbers N (DK0000001..DKN)
//   track    POST /api/v1/track {"number", "contact"} (the customer look-up),
//            each request from another client address (X-Forwarded-For: run
//            the gateway with --trusted-proxy 127.0.0.1, else its limit per
//            address and minute answers most of them 429). The numbers are
//            drawn from --numbers N with a contact no order has (the "not
//            found" answer), or with --pairs FILE from its lines "NUMBER
//            CONTACT" (the "found" answer when the pairs are right)
//   raw      METHOD PATH with --body (e.g. the spike)
//
// --ack-log FILE writes one line per 2xx answer: the external id (intake,
// woo), so a crash test can check every acknowledged order is there.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    quint16 port = 8080;
    QString scenario = QStringLiteral("intake");
    double rate = 500;
    double duration = 10;
    qint64 maxRequests = 0;
    int connections = 16;
    QByteArray key;
    QByteArray secret;
    QString channel = QStringLiteral("web");
    qint64 numbers = 1000;
    QString prefix;
    QByteArray method = "GET";
    QByteArray path = "/";
    QByteArray body;
    QString ackLog;
    int lines = 3;
    // Who orders: 0, a customer of their own per order (a shop's normal
    // day); N, one of N customers at random (--customers 1: every order
    // from one email and phone, the review rules' worst case: each order's
    // velocity count reads all the ones before it).
    qint64 customers = 0;
    // intake/woo: 0, line i is SKU-(10000+i) in every order (the same few
    // stock rows for all: the worst case); N, each line a different SKU
    // drawn from SKU-10001..SKU-(10000+N) (a catalogue's spread).
    qint64 skus = 0;
    // track: (number, contact) pairs to look up; empty: --numbers, unknown contact.
    QList<QPair<QByteArray, QByteArray>> pairs;
};

struct Result
{
    std::vector<double> latencyMs; // from due time
    std::vector<double> serviceMs; // from the send
    qint64 sent = 0, ok = 0, c4xx = 0, c429 = 0, c5xx = 0, failed = 0;
};

class Connection
{
public:
    explicit Connection(quint16 port) : m_port(port) {}
    ~Connection() { close(); }

    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_buf.clear();
    }

    // Sends one request and reads its answer; status 0 on a failure.
    int roundTrip(const QByteArray& request, QByteArray* body)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (m_fd < 0 && !open())
                return 0;
            if (!sendAll(request)) {
                close();
                continue;
            }
            const int status = readResponse(body);
            if (status > 0)
                return status;
            close();
            if (attempt == 0 && m_fresh)
                return 0;
        }
        return 0;
    }

private:
    bool open()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return false;
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(m_port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            close();
            return false;
        }
        m_fresh = true;
        return true;
    }

    bool sendAll(const QByteArray& data)
    {
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n =
                ::send(m_fd, data.constData() + done, size_t(data.size() - done), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }

    bool fill()
    {
        char chunk[16384];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buf.append(chunk, n);
        return true;
    }

    int readResponse(QByteArray* body)
    {
        qsizetype end;
        while ((end = m_buf.indexOf("\r\n\r\n")) < 0)
            if (!fill())
                return 0;
        const QByteArray head = m_buf.left(end);
        const int status = head.mid(9, 3).toInt();
        qint64 length = 0;
        bool close = false;
        for (const QByteArray& line : head.split('\n')) {
            const QByteArray l = line.trimmed().toLower();
            if (l.startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
            else if (l.startsWith("connection:") && l.contains("close"))
                close = true;
        }
        while (m_buf.size() < end + 4 + length)
            if (!fill())
                return 0;
        *body = m_buf.mid(end + 4, length);
        m_buf.remove(0, end + 4 + length);
        m_fresh = false;
        if (close)
            this->close();
        return status;
    }

    quint16 m_port;
    int m_fd = -1;
    QByteArray m_buf;
    bool m_fresh = false;
};

QString money(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

// One order's external id: unique across runs and connections.
QString externalId(const QString& prefix, int conn, qint64 n)
{
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(conn).arg(n);
}

// The customer's email and phone for an order (see Options::customers).
std::pair<QString, QString> customerOf(const Options& o, const QString& ext, QRandomGenerator& rng)
{
    const QString who = o.customers > 0 ? QString::number(rng.bounded(o.customers)) : ext;
    const quint32 digits = quint32(qHash(who) % 10000000u);
    return {QStringLiteral("load-%1@example.com").arg(who),
            QStringLiteral("+49 30 %1").arg(digits, 7, 10, QLatin1Char('0'))};
}

QByteArray docketOrder(const Options& o, const QString& ext, QRandomGenerator& rng)
{
    QJsonArray lines;
    qint64 total = 0;
    QList<qint64> taken;
    for (int i = 0; i < o.lines; ++i) {
        const qint64 price = 100 + rng.bounded(20000);
        const qint64 qty = 1 + rng.bounded(3);
        total += price * qty;
        qint64 sku = 10000 + i;
        if (o.skus > 0) {
            do
                sku = 10001 + qint64(rng.bounded(quint64(o.skus)));
            while (taken.contains(sku) && taken.size() < o.skus);
            taken << sku;
        }
        lines.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(sku)},
                                 {QStringLiteral("name"), QStringLiteral("Load item %1").arg(i)},
                                 {QStringLiteral("quantity"), qty},
                                 {QStringLiteral("unit_price"), money(price)}});
    }
    const auto [email, phone] = customerOf(o, ext, rng);
    QJsonObject order{
        {QStringLiteral("external_id"), ext},
        {QStringLiteral("channel"), o.channel},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("total"), money(total)},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Load Tester %1").arg(ext)},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("phone"), phone}}},
        {QStringLiteral("shipping_address"),
         QJsonObject{{QStringLiteral("street"), QStringLiteral("Hauptstr. 1")},
                     {QStringLiteral("city"), QStringLiteral("Berlin")},
                     {QStringLiteral("postcode"), QStringLiteral("10115")},
                     {QStringLiteral("country"), QStringLiteral("DE")}}},
        {QStringLiteral("lines"), lines}};
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

QByteArray wooOrder(const Options& o, qint64 id, QRandomGenerator& rng)
{
    QJsonArray items;
    qint64 total = 0;
    for (int i = 0; i < o.lines; ++i) {
        const qint64 price = 100 + rng.bounded(20000);
        const qint64 qty = 1 + rng.bounded(3);
        total += price * qty;
        items.append(QJsonObject{{QStringLiteral("id"), qint64(id * 10 + i)},
                                 {QStringLiteral("name"), QStringLiteral("Load item %1").arg(i)},
                                 {QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(10000 + i)},
                                 {QStringLiteral("quantity"), qty},
                                 {QStringLiteral("price"), double(price) / 100.0},
                                 {QStringLiteral("total"), money(price * qty)}});
    }
    const auto [email, phone] = customerOf(o, QString::number(id), rng);
    QJsonObject addr{{QStringLiteral("first_name"), QStringLiteral("Load")},
                     {QStringLiteral("last_name"), QStringLiteral("Tester")},
                     {QStringLiteral("address_1"), QStringLiteral("Hauptstr. 1")},
                     {QStringLiteral("city"), QStringLiteral("Berlin")},
                     {QStringLiteral("postcode"), QStringLiteral("10115")},
                     {QStringLiteral("country"), QStringLiteral("DE")},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("phone"), phone}};
    QJsonObject order{{QStringLiteral("id"), id},
                      {QStringLiteral("number"), QString::number(id)},
                      {QStringLiteral("status"), QStringLiteral("processing")},
                      {QStringLiteral("currency"), QStringLiteral("EUR")},
                      {QStringLiteral("total"), money(total)},
                      {QStringLiteral("date_created_gmt"), QStringLiteral("2026-12-05T10:00:00")},
                      {QStringLiteral("billing"), addr},
                      {QStringLiteral("shipping"), addr},
                      {QStringLiteral("payment_method"), QStringLiteral("stripe")},
                      {QStringLiteral("transaction_id"), QStringLiteral("ch_%1").arg(id)},
                      {QStringLiteral("customer_note"), QString()},
                      {QStringLiteral("line_items"), items}};
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                   const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto& [k, v] : headers)
        r += k + ": " + v + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    r += "\r\n";
    r += body;
    return r;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())));
    return v[i];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Load generator for docket-gateway (loopback)."));
    p.addHelpOption();
    const QList<QCommandLineOption> opts{
        {QStringLiteral("port"), QStringLiteral("Gateway port on 127.0.0.1."), QStringLiteral("N")},
        {QStringLiteral("scenario"), QStringLiteral("intake|woo|lookup|track|raw."),
         QStringLiteral("NAME")},
        {QStringLiteral("rate"),
         QStringLiteral("Requests per second in total (0: as fast as the "
                        "connections go)."),
         QStringLiteral("R")},
        {QStringLiteral("duration"), QStringLiteral("Seconds (at most 600)."), QStringLiteral("S")},
        {QStringLiteral("requests"), QStringLiteral("Stop after this many requests."),
         QStringLiteral("N")},
        {QStringLiteral("connections"), QStringLiteral("Concurrent keep-alive connections."),
         QStringLiteral("N")},
        {QStringLiteral("key"), QStringLiteral("API key (Bearer)."), QStringLiteral("KEY")},
        {QStringLiteral("secret"), QStringLiteral("WooCommerce webhook secret."),
         QStringLiteral("S")},
        {QStringLiteral("channel"), QStringLiteral("Sales channel."), QStringLiteral("CODE")},
        {QStringLiteral("numbers"), QStringLiteral("lookup, track: numbers DK0000001..N."),
         QStringLiteral("N")},
        {QStringLiteral("pairs"),
         QStringLiteral("track: look up these pairs, one \"NUMBER CONTACT\" a line (the contact "
                        "is the rest of the line, spaces and all)."),
         QStringLiteral("FILE")},
        {QStringLiteral("prefix"), QStringLiteral("External id prefix (default: random)."),
         QStringLiteral("P")},
        {QStringLiteral("method"), QStringLiteral("raw: method."), QStringLiteral("M")},
        {QStringLiteral("path"), QStringLiteral("raw: path."), QStringLiteral("P")},
        {QStringLiteral("body"), QStringLiteral("raw: body."), QStringLiteral("B")},
        {QStringLiteral("lines"), QStringLiteral("Lines per order."), QStringLiteral("N")},
        {QStringLiteral("ack-log"), QStringLiteral("Write acknowledged external ids here."),
         QStringLiteral("FILE")},
        {QStringLiteral("customers"),
         QStringLiteral("intake/woo: orders come from N customers at random (default 0: each "
                        "order its own customer; 1: all from one)."),
         QStringLiteral("N")},
        {QStringLiteral("skus"),
         QStringLiteral("intake: each line a SKU drawn from SKU-10001..SKU-(10000+N) (default 0: "
                        "line i is SKU-(10000+i) in every order); with N below --lines an "
                        "order repeats a SKU."),
         QStringLiteral("N")},
    };
    p.addOptions(opts);
    p.process(app);
    Options o;
    if (p.isSet(QStringLiteral("port")))
        o.port = quint16(p.value(QStringLiteral("port")).toUInt());
    if (p.isSet(QStringLiteral("scenario")))
        o.scenario = p.value(QStringLiteral("scenario"));
    if (p.isSet(QStringLiteral("rate")))
        o.rate = p.value(QStringLiteral("rate")).toDouble();
    if (p.isSet(QStringLiteral("duration")))
        o.duration = std::clamp(p.value(QStringLiteral("duration")).toDouble(), 0.1, 600.0);
    if (p.isSet(QStringLiteral("requests")))
        o.maxRequests = p.value(QStringLiteral("requests")).toLongLong();
    if (p.isSet(QStringLiteral("connections")))
        o.connections = std::clamp(p.value(QStringLiteral("connections")).toInt(), 1, 256);
    o.key = p.value(QStringLiteral("key")).toUtf8();
    o.secret = p.value(QStringLiteral("secret")).toUtf8();
    if (p.isSet(QStringLiteral("channel")))
        o.channel = p.value(QStringLiteral("channel"));
    if (p.isSet(QStringLiteral("numbers")))
        o.numbers = std::max<qint64>(1, p.value(QStringLiteral("numbers")).toLongLong());
    o.prefix = p.isSet(QStringLiteral("prefix"))
                   ? p.value(QStringLiteral("prefix"))
                   : QStringLiteral("L%1").arg(QRandomGenerator::global()->bounded(1000000));
    if (p.isSet(QStringLiteral("method")))
        o.method = p.value(QStringLiteral("method")).toUtf8();
    if (p.isSet(QStringLiteral("path")))
        o.path = p.value(QStringLiteral("path")).toUtf8();
    o.body = p.value(QStringLiteral("body")).toUtf8();
    if (p.isSet(QStringLiteral("lines")))
        o.lines = std::clamp(p.value(QStringLiteral("lines")).toInt(), 1, 100);
    o.ackLog = p.value(QStringLiteral("ack-log"));
    if (p.isSet(QStringLiteral("customers")))
        o.customers = std::max<qint64>(0, p.value(QStringLiteral("customers")).toLongLong());
    if (p.isSet(QStringLiteral("skus")))
        o.skus = std::max<qint64>(0, p.value(QStringLiteral("skus")).toLongLong());

    if (p.isSet(QStringLiteral("pairs"))) {
        QFile f(p.value(QStringLiteral("pairs")));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
            return 2;
        }
        // NUMBER, a space or a tab (psql -A -F $'\t'), then the contact as
        // it is (a phone may hold spaces: "+49 170 1234567"). A line without
        // both is skipped, and said.
        qint64 skipped = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            qsizetype space = 0;
            while (space < line.size() && !std::isspace(static_cast<unsigned char>(line[space])))
                ++space;
            if (space == line.size())
                space = -1;
            const QByteArray contact = space > 0 ? line.mid(space + 1).trimmed() : QByteArray();
            if (line.isEmpty())
                continue;
            if (contact.isEmpty())
                ++skipped;
            else
                o.pairs.append({line.left(space), contact});
        }
        if (skipped > 0)
            std::fprintf(stderr, "%s: %lld line(s) without \"NUMBER CONTACT\" skipped\n",
                         qPrintable(f.fileName()), static_cast<long long>(skipped));
        if (o.pairs.isEmpty()) {
            std::fprintf(stderr, "%s has no \"NUMBER CONTACT\" line\n", qPrintable(f.fileName()));
            return 2;
        }
    }

    QFile ack(o.ackLog);
    if (!o.ackLog.isEmpty() && !ack.open(QIODevice::WriteOnly | QIODevice::Append)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(o.ackLog));
        return 2;
    }
    QMutex ackMutex;

    const auto start = Clock::now() + std::chrono::milliseconds(50);
    const auto stopAt = start + std::chrono::duration<double>(o.duration);
    std::atomic<qint64> issued{0};
    std::vector<Result> results(size_t(o.connections));
    std::vector<std::thread> threads;
    for (int ci = 0; ci < o.connections; ++ci) {
        threads.emplace_back([&, ci] {
            Result& res = results[size_t(ci)];
            Connection conn(o.port);
            QRandomGenerator rng(quint32(ci * 7919 + 1));
            // Connection ci sends at start + (ci + k * connections) / rate.
            const double interval = o.rate > 0 ? double(o.connections) / o.rate : 0;
            for (qint64 k = 0;; ++k) {
                auto due =
                    start +
                    std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(
                        o.rate > 0 ? (double(ci) / o.rate + double(k) * interval) : 0));
                if (o.rate <= 0)
                    due = Clock::now();
                if (due >= stopAt)
                    break;
                if (o.maxRequests > 0 && issued.fetch_add(1) >= o.maxRequests)
                    break;
                std::this_thread::sleep_until(due);
                QByteArray req;
                QString ext;
                QList<QPair<QByteArray, QByteArray>> hdr;
                if (!o.key.isEmpty())
                    hdr.append({"Authorization", "Bearer " + o.key});
                if (o.scenario == QLatin1String("intake")) {
                    ext = externalId(o.prefix, ci, k);
                    req = request("POST", "/api/v1/orders", docketOrder(o, ext, rng), hdr);
                } else if (o.scenario == QLatin1String("woo")) {
                    // A numeric WooCommerce id, unique per run and connection.
                    const qint64 id =
                        qint64(qHash(o.prefix) % 100000) * 100000000LL + qint64(ci) * 1000000LL + k;
                    ext = QString::number(id);
                    const QByteArray body = wooOrder(o, id, rng);
                    hdr = {{"X-WC-Webhook-Topic", "order.created"},
                           {"X-WC-Webhook-Signature",
                            QMessageAuthenticationCode::hash(body, o.secret,
                                                             QCryptographicHash::Sha256)
                                .toBase64()}};
                    req = request("POST", "/webhooks/woocommerce/" + o.channel.toUtf8(), body, hdr);
                } else if (o.scenario == QLatin1String("lookup")) {
                    const qint64 n = 1 + rng.bounded(quint64(o.numbers));
                    req = request(
                        "GET", "/api/v1/orders/DK" + QByteArray::number(n).rightJustified(7, '0'),
                        {}, hdr);
                } else if (o.scenario == QLatin1String("track")) {
                    hdr.append({"X-Forwarded-For", "10." + QByteArray::number(rng.bounded(256)) +
                                                       '.' + QByteArray::number(rng.bounded(256)) +
                                                       '.' +
                                                       QByteArray::number(1 + rng.bounded(254))});
                    QByteArray number, contact = "load@example.com";
                    if (o.pairs.isEmpty()) {
                        const qint64 n = 1 + rng.bounded(quint64(o.numbers));
                        number = "DK" + QByteArray::number(n).rightJustified(7, '0');
                    } else {
                        const auto& pair =
                            o.pairs.at(qsizetype(rng.bounded(quint64(o.pairs.size()))));
                        number = pair.first;
                        contact = pair.second;
                    }
                    req = request(
                        "POST", "/api/v1/track",
                        QJsonDocument(
                            QJsonObject{{QStringLiteral("number"), QString::fromUtf8(number)},
                                        {QStringLiteral("contact"), QString::fromUtf8(contact)}})
                            .toJson(QJsonDocument::Compact),
                        hdr);
                } else {
                    req = request(o.method, o.path, o.body, hdr);
                }
                const auto sentAt = Clock::now();
                QByteArray body;
                const int status = conn.roundTrip(req, &body);
                const auto done = Clock::now();
                ++res.sent;
                res.latencyMs.push_back(
                    std::chrono::duration<double, std::milli>(done - due).count());
                res.serviceMs.push_back(
                    std::chrono::duration<double, std::milli>(done - sentAt).count());
                if (status == 0)
                    ++res.failed;
                else if (status < 300) {
                    ++res.ok;
                    if (!ext.isEmpty() && ack.isOpen()) {
                        QMutexLocker lock(&ackMutex);
                        ack.write(ext.toUtf8() + '\n');
                        ack.flush();
                    }
                } else if (status == 429)
                    ++res.c429;
                else if (status < 500)
                    ++res.c4xx;
                else
                    ++res.c5xx;
                if (status >= 400 && res.c4xx + res.c5xx <= 3)
                    std::fprintf(stderr, "HTTP %d: %s\n", status, body.left(300).constData());
            }
        });
    }
    for (auto& t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    Result all;
    for (const Result& r : results) {
        all.latencyMs.insert(all.latencyMs.end(), r.latencyMs.begin(), r.latencyMs.end());
        all.serviceMs.insert(all.serviceMs.end(), r.serviceMs.begin(), r.serviceMs.end());
        all.sent += r.sent;
        all.ok += r.ok;
        all.c4xx += r.c4xx;
        all.c429 += r.c429;
        all.c5xx += r.c5xx;
        all.failed += r.failed;
    }
    QTextStream out(stdout);
    out << QStringLiteral("scenario %1: %2 requests in %3 s = %4/s (target %5/s), %6 "
                          "connections\n")
               .arg(o.scenario)
               .arg(all.sent)
               .arg(elapsed, 0, 'f', 1)
               .arg(double(all.sent) / elapsed, 0, 'f', 1)
               .arg(o.rate)
               .arg(o.connections);
    out << QStringLiteral("  2xx %1, 4xx %2, 429 %3, 5xx %4, failed %5\n")
               .arg(all.ok)
               .arg(all.c4xx)
               .arg(all.c429)
               .arg(all.c5xx)
               .arg(all.failed);
    out << QStringLiteral("  latency from due time (ms): p50 %1, p90 %2, p99 %3, p99.9 %4, max "
                          "%5\n")
               .arg(percentile(all.latencyMs, 50), 0, 'f', 2)
               .arg(percentile(all.latencyMs, 90), 0, 'f', 2)
               .arg(percentile(all.latencyMs, 99), 0, 'f', 2)
               .arg(percentile(all.latencyMs, 99.9), 0, 'f', 2)
               .arg(percentile(all.latencyMs, 100), 0, 'f', 2);
    out << QStringLiteral("  service time (ms):          p50 %1, p90 %2, p99 %3, p99.9 %4, max "
                          "%5\n")
               .arg(percentile(all.serviceMs, 50), 0, 'f', 2)
               .arg(percentile(all.serviceMs, 90), 0, 'f', 2)
               .arg(percentile(all.serviceMs, 99), 0, 'f', 2)
               .arg(percentile(all.serviceMs, 99.9), 0, 'f', 2)
               .arg(percentile(all.serviceMs, 100), 0, 'f', 2);
    return all.failed > 0 ? 1 : 0;
}
