// docketctl's fulfilment commands (issue 15 item 8), run as real processes
// on a SQLite file, and the same suite on a PostgreSQL server
// (test_docketctl_fulfilment_pg: DOCKET_TEST_BACKENDS=postgres, a server in
// DOCKET_TEST_PG), where the server's functions check and write: payments
// add/list/capture/fail/void, refund, ship (one order and --csv, with --dry-run), track
// add/delivered/import, review list/approve/reject, rules list/set, jobs run and records verify.
// Each command's refusals name the problem, leave nothing written and exit with the documented code
// (2 bad input, 3 not found, 4 forbidden, 5 conflict); the --json lists parse and carry the
// figures.

#include "ctlprocess.h"
#include "db/database.h"
#include "testdb.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifndef DOCKETCTL_PATH
#error "DOCKETCTL_PATH must name the built docketctl (see tests/CMakeLists.txt)"
#endif

namespace {

using Result = docket::test::CtlResult;

constexpr auto kPassword = "Correct-Horse-9";

} // namespace

class TestDocketctlFulfilment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewQueueAndRights();
    void rulesListAndSet();
    void paymentsAndRefunds();
    void shipOneAndByFile();
    void trackingAndDelivery();
    void trackingFromAFile();
    void jobsCancelUnpaidPastTheirLimit();
    void refundedOrderTakesNoTracking();
    void recordsAgree();

private:
    Result ctlAs(const QString& user, const QStringList& args);
    Result ctl(const QStringList& args) { return ctlAs(QStringLiteral("boss"), args); }
    QString ok(const QStringList& args);
    QJsonDocument json(const QStringList& args);
    QString status(const QString& number);
    QString writeFile(const QString& name, const QByteArray& text);
    // One statement run past docketctl (a look at what it wrote, or a change
    // behind its back); the first value of the first row.
    QVariant peek(const QString& sql, const QVariantList& binds = {});

    QTemporaryDir m_dir;
    QString m_db;                               // a SQLite file or a server's URL
    std::unique_ptr<docket::test::TestDb> m_pg; // the server's database (the _pg run)
    QString m_pgPassword;                       // for a server that wants one (PGPASSWORD)
};

Result TestDocketctlFulfilment::ctlAs(const QString& user, const QStringList& args)
{
    QProcessEnvironment env =
        docket::test::ctlEnvironment(m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("DOCKET_USER"), user);
    env.insert(QStringLiteral("DOCKET_PASSWORD"), QLatin1String(kPassword));
    env.insert(QStringLiteral("DOCKET_NEW_PASSWORD"), QLatin1String(kPassword));
    if (!m_pgPassword.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), m_pgPassword);
    Result r = docket::test::runCtl(QStringLiteral(DOCKETCTL_PATH),
                                    QStringList{QStringLiteral("--database"), m_db} + args, env);
    // Money is printed with a no-break space before the currency sign.
    r.out.replace(QChar(0x00A0), QLatin1Char(' '));
    r.err.replace(QChar(0x00A0), QLatin1Char(' '));
    return r;
}

QString TestDocketctlFulfilment::ok(const QStringList& args)
{
    const Result r = ctl(args);
    if (r.exitCode != 0)
        qWarning("%s: exit %d: %s", qPrintable(args.join(u' ')), r.exitCode,
                 qPrintable(r.out + r.err));
    return r.exitCode == 0 ? r.out : QStringLiteral("FAILED");
}

QJsonDocument TestDocketctlFulfilment::json(const QStringList& args)
{
    const Result r = ctl(args + QStringList{QStringLiteral("--json")});
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (r.exitCode != 0 || e.error != QJsonParseError::NoError)
        qWarning("%s --json: exit %d, %s: %s", qPrintable(args.join(u' ')), r.exitCode,
                 qPrintable(e.errorString()), qPrintable(r.out + r.err));
    return doc;
}

// The order's status code as stored (read straight from the file, so that
// the check does not lean on the commands under test).
QString TestDocketctlFulfilment::status(const QString& number)
{
    return peek(QStringLiteral("SELECT status FROM orders WHERE number = ?"), {number}).toString();
}

QVariant TestDocketctlFulfilment::peek(const QString& sql, const QVariantList& binds)
{
    QVariant value;
    auto run = [&](const QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        else if (q.next())
            value = q.value(0);
    };
    if (m_pg) { // the server, as the test's owner
        docket::Database db(m_pg->config());
        db.open(false);
        run(db.connection());
        return value;
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_db);
        if (db.open())
            run(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

QString TestDocketctlFulfilment::writeFile(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path;
}

// Five orders: four from the web shop (DK0000001..4), one from the shop
// counter (DK0000005, outside the clerk's scope). Imported orders have no
// address, so every one waits in review.
void TestDocketctlFulfilment::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("fulfil.db"));
    if (qEnvironmentVariable("DOCKET_TEST_BACKENDS") == QLatin1String("postgres")) {
        if (qEnvironmentVariableIsEmpty("DOCKET_TEST_PG"))
            QSKIP("no PostgreSQL server (set DOCKET_TEST_PG)");
        m_pg = std::make_unique<docket::test::TestDb>(docket::Backend::PostgreSQL,
                                                      docket::test::TestDb::Setup::Empty);
        m_db = m_pg->config().toString();
        m_pgPassword = m_pg->config().password;
    }
    const QString web =
        writeFile(QStringLiteral("web.csv"), "Order ID;Customer Name;SKU;Item Name;Qty;Item Cost\n"
                                             "7001;Ann Lee;SKU-MUG;Mug;2;12.50\n"
                                             "7002;Bo Li;SKU-LAMP;Lamp;1;40.00\n"
                                             "7003;Cy Wu;SKU-MUG;Mug;1;12.50\n"
                                             "7004;Di Ma;SKU-MUG;Mug;1;12.50\n");
    const QString retail = writeFile(QStringLiteral("retail.csv"),
                                     "Order ID;Customer Name;SKU;Item Name;Qty;Item Cost\n"
                                     "8001;Ed Fu;SKU-MUG;Mug;1;12.50\n");
    QVERIFY(!web.isEmpty() && !retail.isEmpty());
    for (const QStringList& step : QList<QStringList>{
             {QStringLiteral("db"), QStringLiteral("init")},
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
              QStringLiteral("--admin")},
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clara"),
              QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--scope"),
              QStringLiteral("channels:web")},
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sam"),
              QStringLiteral("--role"), QStringLiteral("supervisor")},
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("max"),
              QStringLiteral("--role"), QStringLiteral("manager")},
             {QStringLiteral("warehouses"), QStringLiteral("add"), QStringLiteral("MAIN"),
              QStringLiteral("Main warehouse")},
             {QStringLiteral("products"), QStringLiteral("add"), QStringLiteral("SKU-MUG"),
              QStringLiteral("Ceramic Mug"), QStringLiteral("--price"), QStringLiteral("12.50"),
              QStringLiteral("--cost"), QStringLiteral("4.00")},
             {QStringLiteral("products"), QStringLiteral("add"), QStringLiteral("SKU-LAMP"),
              QStringLiteral("Desk Lamp"), QStringLiteral("--price"), QStringLiteral("40.00"),
              QStringLiteral("--cost"), QStringLiteral("21.00")},
             {QStringLiteral("warehouses"), QStringLiteral("channel"), QStringLiteral("web"),
              QStringLiteral("MAIN")},
             {QStringLiteral("warehouses"), QStringLiteral("channel"), QStringLiteral("retail"),
              QStringLiteral("MAIN")},
             {QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("--warehouse"),
              QStringLiteral("MAIN"), QStringLiteral("SKU-MUG"), QStringLiteral("20"),
              QStringLiteral("SKU-LAMP"), QStringLiteral("5")},
             {QStringLiteral("import"), QStringLiteral("orders"), web, QStringLiteral("--channel"),
              QStringLiteral("web")},
             {QStringLiteral("import"), QStringLiteral("orders"), retail,
              QStringLiteral("--channel"), QStringLiteral("retail")},
         })
        QVERIFY2(ok(step) != QLatin1String("FAILED"), qPrintable(step.join(u' ')));
}

// review list (text and --json) names each waiting order with its reasons in
// words; approving and rejecting need the "review orders" right; approving an
// order someone already rejected is a conflict, and nothing changes.
void TestDocketctlFulfilment::reviewQueueAndRights()
{
    const QJsonArray queue = json({QStringLiteral("review"), QStringLiteral("list")}).array();
    QCOMPARE(queue.size(), 5);
    QStringList numbers;
    for (const QJsonValue& v : queue) {
        const QJsonObject o = v.toObject();
        numbers << o.value(QStringLiteral("number")).toString();
        const QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
        QVERIFY2(!reasons.isEmpty(), QJsonDocument(o).toJson().constData());
        QVERIFY(!reasons.first().toObject().value(QStringLiteral("rule")).toString().isEmpty());
        QVERIFY(!reasons.first().toObject().value(QStringLiteral("text")).toString().isEmpty());
    }
    numbers.sort();
    QCOMPARE(numbers, (QStringList{QStringLiteral("DK0000001"), QStringLiteral("DK0000002"),
                                   QStringLiteral("DK0000003"), QStringLiteral("DK0000004"),
                                   QStringLiteral("DK0000005")}));
    Result r = ctl({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--limit"),
                    QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("5 orders await review.")),
             qPrintable(r.out + r.err));
    QCOMPARE(r.out.count(QLatin1String("DK00000")), 2);
    r = ctl({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--limit"),
             QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);

    // A clerk and a manager may not review; the supervisor may.
    r = ctlAs(QStringLiteral("clara"),
              {QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("DK0000001")});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    r = ctlAs(QStringLiteral("max"),
              {QStringLiteral("review"), QStringLiteral("reject"), QStringLiteral("DK0000002"),
               QStringLiteral("--reason"), QStringLiteral("no")});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    QCOMPARE(json({QStringLiteral("review"), QStringLiteral("list")}).array().size(), 5);

    r = ctlAs(QStringLiteral("sam"), {QStringLiteral("review"), QStringLiteral("approve"),
                                      QStringLiteral("DK0000001"), QStringLiteral("DK0000002"),
                                      QStringLiteral("DK0000004"), QStringLiteral("DK0000005")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Approved 4 orders.")),
             qPrintable(r.out + r.err));
    // An unknown number: not found, and the other number is not approved.
    r = ctlAs(QStringLiteral("sam"),
              {QStringLiteral("review"), QStringLiteral("reject"), QStringLiteral("DK0000003"),
               QStringLiteral("DK9999999"), QStringLiteral("--reason"), QStringLiteral("fraud")});
    QVERIFY2(r.exitCode == 3 && r.err.contains(QLatin1String("DK9999999")),
             qPrintable(r.out + r.err));
    QCOMPARE(json({QStringLiteral("review"), QStringLiteral("list")}).array().size(), 1);
    r = ctlAs(QStringLiteral("sam"),
              {QStringLiteral("review"), QStringLiteral("reject"), QStringLiteral("DK0000003"),
               QStringLiteral("--reason"), QStringLiteral("stolen card")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Rejected 1 order;")),
             qPrintable(r.out + r.err));
    QVERIFY(json({QStringLiteral("review"), QStringLiteral("list")}).array().isEmpty());

    // Approving what was rejected: a conflict, the order stays rejected.
    r = ctlAs(QStringLiteral("sam"),
              {QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("DK0000003")});
    QVERIFY2(r.exitCode == 5 && r.err.contains(QLatin1String("DK0000003")),
             qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--invalid")});
    QVERIFY2(r.exitCode == 0 && r.out.trimmed() == QLatin1String("1"), qPrintable(r.out + r.err));
}

// rules list/set: versions count up, a bad rule or value is refused naming
// it (nothing written), and only "manage rules" may change them.
void TestDocketctlFulfilment::rulesListAndSet()
{
    const QJsonObject before = json({QStringLiteral("rules"), QStringLiteral("list")}).object();
    const int version = before.value(QStringLiteral("version")).toInt();
    QVERIFY(version >= 1);
    QVERIFY(before.contains(QStringLiteral("quantity")));

    Result r = ctlAs(QStringLiteral("clara"),
                     {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("quantity"),
                      QStringLiteral("max"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("lucky"),
             QStringLiteral("on")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("\"lucky\"")) &&
                 r.err.contains(QLatin1String("quantity")),
             qPrintable(r.err));
    r = ctl({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("quantity"),
             QStringLiteral("max"), QStringLiteral("many")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("whole number")), qPrintable(r.err));
    r = ctl({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("amount"),
             QStringLiteral("threshold"), QStringLiteral("EURO"), QStringLiteral("10")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("EURO")), qPrintable(r.err));
    QCOMPARE(json({QStringLiteral("rules"), QStringLiteral("list")}).object(), before);

    r = ctl({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("quantity"),
             QStringLiteral("max"), QStringLiteral("5"), QStringLiteral("--note"),
             QStringLiteral("wholesale")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("version %1").arg(version + 1)),
             qPrintable(r.out + r.err));
    // Without --note (refused as a "clash" on SQLite before: the note bound as NULL).
    r = ctl({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("amount"),
             QStringLiteral("threshold"), QStringLiteral("eur"), QStringLiteral("20.00")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject after = json({QStringLiteral("rules"), QStringLiteral("list")}).object();
    QCOMPARE(after.value(QStringLiteral("version")).toInt(), version + 2);
    QCOMPARE(
        after.value(QStringLiteral("quantity")).toObject().value(QStringLiteral("max")).toInt(), 5);
    const QString text = ok({QStringLiteral("rules"), QStringLiteral("list")});
    QVERIFY2(text.contains(QStringLiteral("Rule set version %1").arg(version + 2)),
             qPrintable(text));
    // Every version readable, with what it changed (issue 15 item 4c).
    const QString history = ok({QStringLiteral("rules"), QStringLiteral("history")});
    QVERIFY2(history.contains(QStringLiteral("Version %1\t").arg(version + 1)) &&
                 history.contains(QStringLiteral("Line quantity above a limit: on; more than 50 of "
                                                 "one line → on; more than 5 of one line")) &&
                 history.contains(QLatin1String("Note: wholesale")) &&
                 history.contains(QLatin1String("The first version of the rules.")),
             qPrintable(history));
    const QJsonArray versions = json({QStringLiteral("rules"), QStringLiteral("history")}).array();
    QCOMPARE(versions.size(), version + 2);
    const QJsonObject newest = versions.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("version")).toInt(), version + 2);
    QCOMPARE(newest.value(QStringLiteral("changed_by")).toString(), QStringLiteral("boss"));
    QCOMPARE(newest.value(QStringLiteral("changes")).toArray().size(), 1);
    QVERIFY(newest.value(QStringLiteral("changes"))
                .toArray()
                .first()
                .toString()
                .startsWith(QLatin1String("Amount above a threshold: ")));
    QVERIFY(versions.last().toObject().value(QStringLiteral("first")).toBool());
    r = ctl({QStringLiteral("rules"), QStringLiteral("history"), QStringLiteral("--limit"),
             QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0 && r.out.count(QLatin1String("Version ")) == 1,
             qPrintable(r.out + r.err));

    // The new set reviews the next order: 6 mugs at 12.50 = 75.00, above
    // both the 20.00 threshold and the 5-piece maximum.
    const QString big =
        writeFile(QStringLiteral("big.csv"), "Order ID;Customer Name;SKU;Item Name;Qty;Item Cost\n"
                                             "7006;Fay Ng;SKU-MUG;Mug;6;12.50\n");
    QVERIFY(ok({QStringLiteral("import"), QStringLiteral("orders"), big,
                QStringLiteral("--channel"), QStringLiteral("web")}) != QLatin1String("FAILED"));
    const QJsonArray queue = json({QStringLiteral("review"), QStringLiteral("list")}).array();
    QCOMPARE(queue.size(), 1);
    QStringList rules;
    for (const QJsonValue& v : queue.first().toObject().value(QStringLiteral("reasons")).toArray())
        rules << v.toObject().value(QStringLiteral("rule")).toString();
    QVERIFY2(rules.contains(QLatin1String("amount")) && rules.contains(QLatin1String("quantity")),
             qPrintable(rules.join(u',')));
    QVERIFY(ok({QStringLiteral("review"), QStringLiteral("reject"), QStringLiteral("DK0000006"),
                QStringLiteral("--reason"), QStringLiteral("test order")}) !=
            QLatin1String("FAILED"));
}

// payments add (captured or --pending), capture/fail/void, list and
// --json; refunds by amount, never more than the payment holds; paying more
// than is owed or in another currency is refused; scope hides orders.
void TestDocketctlFulfilment::paymentsAndRefunds()
{
    const QStringList list1{QStringLiteral("payments"), QStringLiteral("list"),
                            QStringLiteral("DK0000001")};
    Result r = ctl({QStringLiteral("payments"), QStringLiteral("add"), QStringLiteral("DK0000001"),
                    QStringLiteral("card"), QStringLiteral("10.00"), QStringLiteral("--pending"),
                    QStringLiteral("--reference"), QStringLiteral("TX-1")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("0.00 € of 25.00 € paid")),
             qPrintable(r.out + r.err));
    QJsonObject o = json(list1).object();
    QCOMPARE(o.value(QStringLiteral("total")).toString(), QStringLiteral("25.00"));
    QCOMPARE(o.value(QStringLiteral("paid")).toString(), QStringLiteral("0.00"));
    QJsonArray ps = o.value(QStringLiteral("payments")).toArray();
    QCOMPARE(ps.size(), 1);
    const int first = ps[0].toObject().value(QStringLiteral("id")).toInt();
    QCOMPARE(ps[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(ps[0].toObject().value(QStringLiteral("reference")).toString(),
             QStringLiteral("TX-1"));

    r = ctl(
        {QStringLiteral("payments"), QStringLiteral("capture"), QStringLiteral("#%1").arg(first)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(list1).object().value(QStringLiteral("paid")).toString(),
             QStringLiteral("10.00"));
    QCOMPARE(status(QStringLiteral("DK0000001")), QStringLiteral("pending"));

    // More than is owed (15.00 left), another currency, not an amount.
    r = ctl({QStringLiteral("payments"), QStringLiteral("add"), QStringLiteral("DK0000001"),
             QStringLiteral("card"), QStringLiteral("20.00")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("15.00")), qPrintable(r.err));
    r = ctl({QStringLiteral("payments"), QStringLiteral("add"), QStringLiteral("DK0000001"),
             QStringLiteral("card"), QStringLiteral("15.00 USD")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("USD")), qPrintable(r.err));
    r = ctl({QStringLiteral("payments"), QStringLiteral("add"), QStringLiteral("DK0000001"),
             QStringLiteral("card"), QStringLiteral("ten")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("\"ten\"")), qPrintable(r.err));
    QCOMPARE(json(list1).object().value(QStringLiteral("payments")).toArray().size(), 1);

    // The rest: fully paid, so the order moves to paid on its own.
    r = ctl({QStringLiteral("payments"), QStringLiteral("add"), QStringLiteral("DK0000001"),
             QStringLiteral("alipay"), QStringLiteral("15.00")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("25.00 € of 25.00 € paid")),
             qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000001")), QStringLiteral("paid"));

    // A pending payment that fails, another that is voided: neither counts,
    // and a failed payment cannot be captured afterwards.
    const auto pending = [&](const QString& number) {
        const Result a = ctl({QStringLiteral("payments"), QStringLiteral("add"), number,
                              QStringLiteral("bank_transfer"), QStringLiteral("5.00"),
                              QStringLiteral("--pending")});
        static const QRegularExpression id(QStringLiteral("#([0-9]+) "));
        const QRegularExpressionMatch m = id.match(a.out);
        return a.exitCode == 0 && m.hasMatch() ? m.captured(1) : QString();
    };
    const QString p2 = pending(QStringLiteral("DK0000004"));
    const QString p3 = pending(QStringLiteral("DK0000004"));
    QVERIFY(!p2.isEmpty() && !p3.isEmpty());
    QVERIFY(ok({QStringLiteral("payments"), QStringLiteral("fail"), p2}) !=
            QLatin1String("FAILED"));
    QVERIFY(ok({QStringLiteral("payments"), QStringLiteral("void"), p3}) !=
            QLatin1String("FAILED"));
    r = ctl({QStringLiteral("payments"), QStringLiteral("capture"), p2});
    QVERIFY2(r.exitCode != 0 && !r.err.isEmpty(), qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("payments"), QStringLiteral("capture"), QStringLiteral("abc")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("\"abc\"")), qPrintable(r.err));
    o = json({QStringLiteral("payments"), QStringLiteral("list"), QStringLiteral("DK0000004")})
            .object();
    QCOMPARE(o.value(QStringLiteral("paid")).toString(), QStringLiteral("0.00"));
    QStringList states;
    for (const QJsonValue& v : o.value(QStringLiteral("payments")).toArray())
        states << v.toObject().value(QStringLiteral("state")).toString();
    QCOMPARE(states, (QStringList{QStringLiteral("failed"), QStringLiteral("voided")}));

    // Refunds: at most what the payment holds; by amount, with a reason.
    const QString before = ok(list1);
    r = ctl({QStringLiteral("refund"), QStringLiteral("DK0000001"), QString::number(first),
             QStringLiteral("12.00"), QStringLiteral("--reason"), QStringLiteral("too much")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("10.00")), qPrintable(r.err));
    r = ctl({QStringLiteral("refund"), QStringLiteral("DK0000001"), QString::number(first),
             QStringLiteral("4.00")});
    QVERIFY2(r.exitCode == 2 && r.err.toLower().contains(QLatin1String("reason")),
             qPrintable(r.err));
    QCOMPARE(ok(list1), before);
    r = ctl({QStringLiteral("refund"), QStringLiteral("DK0000001"), QString::number(first),
             QStringLiteral("4.00"), QStringLiteral("--reason"), QStringLiteral("scratched")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("21.00 € of 25.00 € paid now")),
             qPrintable(r.out + r.err));
    o = json(list1).object();
    QCOMPARE(o.value(QStringLiteral("paid")).toString(), QStringLiteral("21.00"));
    const QJsonArray refunds = o.value(QStringLiteral("refunds")).toArray();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds[0].toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("4.00"));
    QCOMPARE(refunds[0].toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("scratched"));
    QCOMPARE(refunds[0].toObject().value(QStringLiteral("payment")).toInt(), first);

    // The clerk (web shop only) records payments on web orders; the shop
    // counter's order does not exist for her, and she may not refund.
    r = ctlAs(QStringLiteral("clara"),
              {QStringLiteral("payments"), QStringLiteral("add"), QStringLiteral("DK0000005"),
               QStringLiteral("cash"), QStringLiteral("12.50")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
    r = ctlAs(QStringLiteral("clara"),
              {QStringLiteral("refund"), QStringLiteral("DK0000001"), QString::number(first),
               QStringLiteral("1.00"), QStringLiteral("--reason"), QStringLiteral("x")});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    r = ctlAs(QStringLiteral("clara"),
              {QStringLiteral("payments"), QStringLiteral("add"), QStringLiteral("DK0000002"),
               QStringLiteral("card"), QStringLiteral("40.00")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000002")), QStringLiteral("paid"));
    QCOMPARE(ok(list1).count(QLatin1String("refund #")), 1);
}

// ship one order, then a warehouse file: a preview that names every bad row
// and ships nothing; --dry-run ships nothing; the good file ships all.
void TestDocketctlFulfilment::shipOneAndByFile()
{
    Result r = ctl({QStringLiteral("ship"), QStringLiteral("DK0000001"), QStringLiteral("dhl"),
                    QStringLiteral("1234567890")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("order DK0000001 is shipped")),
             qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000001")), QStringLiteral("shipped"));
    // Shipping it again: more than was ordered.
    r = ctl({QStringLiteral("ship"), QStringLiteral("DK0000001"), QStringLiteral("dhl"),
             QStringLiteral("1234567891")});
    QVERIFY2(r.exitCode != 0 && r.err.contains(QLatin1String("shipped already")),
             qPrintable(r.out + r.err));

    const QString bad =
        writeFile(QStringLiteral("bad-shipments.csv"), "number,carrier,tracking\n"
                                                       "DK0000002,dhl,2234567890\n"
                                                       "DK0000777,dhl,3234567890\n"
                                                       "DK0000001,ups,1Z999AA10123456784\n"
                                                       "DK0000002,pigeon,42\n"
                                                       "DK0000002,dhl,1234567890\n");
    r = ctl({QStringLiteral("ship"), QStringLiteral("--csv"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("line 3")) && r.err.contains(QLatin1String("DK0000777")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("line 4")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("line 5")) && r.err.contains(QLatin1String("pigeon")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("line 6")) && r.err.contains(QLatin1String("1234567890")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("line 2")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("4 rows have problems; nothing was shipped.")),
             qPrintable(r.err));
    QCOMPARE(status(QStringLiteral("DK0000002")), QStringLiteral("paid"));

    const QString good = writeFile(QStringLiteral("shipments.csv"), "number,carrier,tracking\n"
                                                                    "DK0000002,dhl,2234567890\n");
    r = ctl({QStringLiteral("ship"), QStringLiteral("--csv"), good, QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("1 row would ship.")),
             qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000002")), QStringLiteral("paid"));
    r = ctl({QStringLiteral("ship"), QStringLiteral("--csv"), good});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("1 shipment recorded.")),
             qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000002")), QStringLiteral("shipped"));
    r = ctl({QStringLiteral("ship"), QStringLiteral("--csv"),
             m_dir.filePath(QStringLiteral("missing.csv"))});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("missing.csv")), qPrintable(r.err));
}

// track add / delivered: events need a text and a known shipment; a shipment
// delivered makes its order delivered.
void TestDocketctlFulfilment::trackingAndDelivery()
{
    const qint64 shipment =
        peek(QStringLiteral("SELECT s.id FROM shipments s JOIN orders o ON o.id = s.order_id "
                            "WHERE o.number = 'DK0000001'"))
            .toLongLong();
    QVERIFY(shipment > 0);
    const QString id = QString::number(shipment);
    Result r =
        ctl({QStringLiteral("track"), QStringLiteral("add"), id, QStringLiteral("--text"),
             QStringLiteral("Arrived at hub"), QStringLiteral("--place"), QStringLiteral("Leipzig"),
             QStringLiteral("--at"), QStringLiteral("2026-03-02T10:00Z")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Tracking event #")),
             qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("track"), QStringLiteral("add"), id});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--text")), qPrintable(r.err));
    r = ctl({QStringLiteral("track"), QStringLiteral("add"), id, QStringLiteral("--text"),
             QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("yesterday")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--at")), qPrintable(r.err));
    r = ctl({QStringLiteral("track"), QStringLiteral("add"), QStringLiteral("99999"),
             QStringLiteral("--text"), QStringLiteral("x")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
    QCOMPARE(peek(QStringLiteral("SELECT count(*) FROM tracking_events WHERE shipment_id = ?"),
                  {shipment})
                 .toInt(),
             1);
    QCOMPARE(
        peek(QStringLiteral("SELECT place FROM tracking_events WHERE shipment_id = ?"), {shipment})
            .toString(),
        QStringLiteral("Leipzig"));
    QCOMPARE(peek(QStringLiteral("SELECT status_text FROM tracking_events WHERE shipment_id = ?"),
                  {shipment})
                 .toString(),
             QStringLiteral("Arrived at hub"));

    r = ctl({QStringLiteral("track"), QStringLiteral("delivered"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000001")), QStringLiteral("delivered"));
}

// track add CARRIER TRACKING finds the parcel by what is printed on it;
// track import reads a carrier's file: bad rows named by line and column,
// nothing written; --dry-run writes nothing; --json carries every row; the
// same file twice adds nothing the second time; a "delivered" row delivers.
void TestDocketctlFulfilment::trackingFromAFile()
{
    QCOMPARE(status(QStringLiteral("DK0000002")), QStringLiteral("shipped"));
    Result r =
        ctl({QStringLiteral("track"), QStringLiteral("add"), QStringLiteral("DHL"),
             QStringLiteral("2234567890"), QStringLiteral("--text"), QStringLiteral("Picked up")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Tracking event #")),
             qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("track"), QStringLiteral("add"), QStringLiteral("dhl"),
             QStringLiteral("7777777777"), QStringLiteral("--text"), QStringLiteral("x")});
    QVERIFY2(r.exitCode == 3 && r.err.contains(QLatin1String("7777777777")),
             qPrintable(r.out + r.err));

    // Times after the parcel left (it shipped when the test ran).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString t1 = now.addSecs(3600).toString(Qt::ISODate);
    const QString t2 = now.addSecs(7200).toString(Qt::ISODate);
    const QString bad = writeFile(QStringLiteral("bad-tracking.csv"),
                                  QStringLiteral("carrier,tracking_number,time,place,status\n"
                                                 "dhl,2234567890,%1,Leipzig,In transit\n"
                                                 "pigeon,2234567890,%1,Leipzig,In transit\n"
                                                 "dhl,2234567890,tomorrow,Leipzig,In transit\n"
                                                 "dhl,7777777777,%1,Leipzig,In transit\n")
                                      .arg(t1)
                                      .toUtf8());
    r = ctl({QStringLiteral("track"), QStringLiteral("import"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Line 3, carrier:")) &&
                 r.err.contains(QLatin1String("pigeon")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Line 4, time:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Line 5, tracking_number:")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Line 2")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("3 rows have problems; nothing was imported.")),
             qPrintable(r.err));
    const QJsonObject report =
        json({QStringLiteral("track"), QStringLiteral("import"), bad}).object();
    QCOMPARE(report.value(QStringLiteral("problems")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("imported")).toBool(true), false);
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("order")).toString(),
             QStringLiteral("DK0000002"));
    QCOMPARE(rows[2].toObject().value(QStringLiteral("column")).toString(), QStringLiteral("time"));

    const QString good = writeFile(QStringLiteral("tracking.csv"),
                                   QStringLiteral("carrier,tracking_number,time,place,status\n"
                                                  "dhl,2234567890,%1,Leipzig,In transit\n"
                                                  "dhl,2234567890,%2,Berlin,Delivered\n")
                                       .arg(t1, t2)
                                       .toUtf8());
    r = ctl({QStringLiteral("track"), QStringLiteral("import"), good, QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QLatin1String("2 tracking events would be added, 0 there "
                                              "already, 1 parcel delivered.")),
             qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000002")), QStringLiteral("shipped"));
    r = ctl({QStringLiteral("track"), QStringLiteral("import"), good});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QLatin1String(
                     "2 tracking events added, 0 there already, 1 parcel delivered.")),
             qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000002")), QStringLiteral("delivered"));
    const QJsonObject twice =
        json({QStringLiteral("track"), QStringLiteral("import"), good}).object();
    QCOMPARE(twice.value(QStringLiteral("imported")).toBool(), true);
    QCOMPARE(twice.value(QStringLiteral("added")).toInt(-1), 0);
    QCOMPARE(twice.value(QStringLiteral("recorded")).toInt(), 2);
    QCOMPARE(twice.value(QStringLiteral("delivered")).toInt(-1), 0);
    // A manager may not record tracking.
    r = ctlAs(QStringLiteral("max"), {QStringLiteral("track"), QStringLiteral("import"), good});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
}

// A refunded order's parcel takes no tracking event (the store's rule of a
// closed order, as for payments and parcels): track add and a carrier's file
// are refused, with the reason, and nothing is written.
void TestDocketctlFulfilment::refundedOrderTakesNoTracking()
{
    QCOMPARE(status(QStringLiteral("DK0000002")), QStringLiteral("delivered"));
    const QJsonObject payments =
        json({QStringLiteral("payments"), QStringLiteral("list"), QStringLiteral("DK0000002")})
            .object();
    const QJsonArray list = payments.value(QStringLiteral("payments")).toArray();
    QCOMPARE(list.size(), 1);
    const QString payment = QString::number(list[0].toObject().value(QStringLiteral("id")).toInt());
    Result r =
        ctl({QStringLiteral("refund"), QStringLiteral("DK0000002"), payment,
             QStringLiteral("40.00"), QStringLiteral("--reason"), QStringLiteral("never arrived")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000002")), QStringLiteral("refunded"));
    const int events = peek(QStringLiteral("SELECT count(*) FROM tracking_events")).toInt();
    QVERIFY(events > 0);

    r = ctl({QStringLiteral("track"), QStringLiteral("add"), QStringLiteral("dhl"),
             QStringLiteral("2234567890"), QStringLiteral("--text"),
             QStringLiteral("Returned to sender")});
    QVERIFY2(r.exitCode == 5 &&
                 r.err.contains(QLatin1String(
                     "Order DK0000002 is refunded; nothing more is recorded for it.")),
             qPrintable(r.out + r.err));
    const QString file =
        writeFile(QStringLiteral("refunded-tracking.csv"),
                  QStringLiteral("carrier,tracking_number,time,place,status\n"
                                 "dhl,2234567890,%1,Leipzig,Returned to sender\n")
                      .arg(QDateTime::currentDateTimeUtc().addSecs(3 * 3600).toString(Qt::ISODate))
                      .toUtf8());
    r = ctl({QStringLiteral("track"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("Line 2, tracking_number:")) &&
                 r.err.contains(QLatin1String("is refunded")),
             qPrintable(r.out + r.err));
    QCOMPARE(peek(QStringLiteral("SELECT count(*) FROM tracking_events")).toInt(), events);
}

// jobs run cancels orders unpaid past their limit, only when switched on;
// a paid order and one with a payment pending are left alone.
void TestDocketctlFulfilment::jobsCancelUnpaidPastTheirLimit()
{
    // DK0000005 (approved, unpaid) and DK0000004 (a failed and a voided
    // payment: unpaid) are past their limit once an hour has "passed".
    auto age = [&] {
        peek(QStringLiteral("UPDATE orders SET due_at = due_at - 400 * 3600 WHERE due_at IS NOT "
                            "NULL"));
        return peek(QStringLiteral("SELECT count(*) FROM orders WHERE due_at IS NOT NULL AND "
                                   "due_at > ?"),
                    {QDateTime::currentSecsSinceEpoch() + 300 * 3600})
                   .toInt() == 0;
    };
    QVERIFY(age());
    Result r = ctl({QStringLiteral("jobs"), QStringLiteral("run")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Cancelled 0 orders")),
             qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000005")), QStringLiteral("pending"));

    QVERIFY(ok({QStringLiteral("settings"), QStringLiteral("set"),
                QStringLiteral("deadline.auto_cancel_unpaid"), QStringLiteral("true")}) !=
            QLatin1String("FAILED"));
    QVERIFY(age()); // the setting recomputed every due time
    r = ctlAs(QStringLiteral("max"), {QStringLiteral("jobs"), QStringLiteral("run")});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("jobs"), QStringLiteral("run")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Cancelled 2 orders")),
             qPrintable(r.out + r.err));
    QCOMPARE(status(QStringLiteral("DK0000005")), QStringLiteral("cancelled"));
    QCOMPARE(status(QStringLiteral("DK0000004")), QStringLiteral("cancelled"));
    QCOMPARE(status(QStringLiteral("DK0000001")), QStringLiteral("delivered"));
    QCOMPARE(status(QStringLiteral("DK0000002")),
             QStringLiteral("delivered")); // by the tracking file
    // The cancellation is in the order's history as the system's act.
    r = ctl({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("DK0000005")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("deadline:payment")),
             qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("jobs"), QStringLiteral("run")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Cancelled 0 orders")),
             qPrintable(r.out + r.err));
}

// After all of the above the cached paid/refunded figures agree with the
// payment and refund records; a tampered figure is named.
void TestDocketctlFulfilment::recordsAgree()
{
    Result r = ctl({QStringLiteral("records"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("agree")), qPrintable(r.out + r.err));
    peek(QStringLiteral("UPDATE orders SET paid_cents = paid_cents + 1 WHERE number = "
                        "'DK0000002'"));
    r = ctl({QStringLiteral("records"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 1 && r.out.contains(QLatin1String("DK0000002")),
             qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestDocketctlFulfilment)
#include "test_docketctl_fulfilment.moc"
