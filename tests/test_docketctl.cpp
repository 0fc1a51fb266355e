// docketctl as a user runs it: a real process on a temporary database, its
// output, its exit codes (0 done, 1 failed, 2 usage, 3 not found, 4 not
// allowed, 5 conflict) and its messages.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(QStringList)

#ifndef DOCKETCTL_PATH
#error "DOCKETCTL_PATH must name the built docketctl (see tests/CMakeLists.txt)"
#endif

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestDocketctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void countAndList();
    void showOrder();
    void regionAndSkuFilters();
    void unknownNumberIsNamed();
    void badDateIsNamed();
    void unknownCommand();
    void missingValue();
    void invalidateDeleteRestoreRoundTrip();
    void deletingAValidOrderIsRefused();
    void missingDatabaseFile();
    void dbStatus();
    void help();

    // Issue 14: bad input and faults.
    void strictInput_data();
    void strictInput();
    void emptyFileIsLeftAlone();
    void batchByNumbersFromFile();
    void batchByFilter();
    void unknownNumberInABatchChangesNothing();
    void heldLockExitsFiveInWords();
    void readOnlyReadsButDoesNotWrite();

    // Issue 16: orders from a file (last: it adds orders).
    void importOrdersFromFile();

    // Issue 17: a return's refund and the inventory analytics (own database).
    void returnRefundsAndStockAnalytics();

private:
    Result run(const QStringList& args, const QString& database = {});
    QString firstNumber(const QStringList& filterArgs = {});

    QTemporaryDir m_dir;
    QString m_db;
};

Result TestDocketctl::run(const QStringList& args, const QString& database)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DOCKET_DATABASE"));
    env.remove(QStringLiteral("DOCKET_NEW_PASSWORD"));
    // Once the database has accounts, every command signs in.
    env.insert(QStringLiteral("DOCKET_USER"), QStringLiteral("boss"));
    env.insert(QStringLiteral("DOCKET_PASSWORD"), QStringLiteral("Correct-Horse-9"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DOCKETCTL_PATH),
            QStringList{QStringLiteral("--database"), database.isEmpty() ? m_db : database} + args);
    Result r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("docketctl did not finish: ") + args.join(QLatin1Char(' '));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestDocketctl::firstNumber(const QStringList& filterArgs)
{
    const Result r =
        run(QStringList{QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
                        QStringLiteral("--limit"), QStringLiteral("1")} +
            filterArgs);
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    return a.isEmpty() ? QString()
                       : a.first().toObject().value(QStringLiteral("number")).toString();
}

void TestDocketctl::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(DOCKETCTL_PATH)).isExecutable(), DOCKETCTL_PATH);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("ctl.db"));
    const Result init = run({QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const Result r = run({QStringLiteral("seed"), QStringLiteral("--orders"), QStringLiteral("300"),
                          QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("300")), qPrintable(r.out));
    QVERIFY(QFileInfo::exists(m_db));
    // The first administrator (password from DOCKET_PASSWORD, see run()): once
    // a database has accounts, docketctl signs every command in. (The account
    // commands themselves are tested in test_docketctl_accounts.)
    const Result admin = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                              QStringLiteral("--admin")});
    const Result count = run({QStringLiteral("orders"), QStringLiteral("count")});
    QVERIFY2(count.exitCode == 0, qPrintable(admin.err + count.err));
}

void TestDocketctl::countAndList()
{
    Result all =
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.trimmed(), QStringLiteral("300"));
    const Result valid = run({QStringLiteral("orders"), QStringLiteral("count")});
    const Result invalid =
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--invalid")});
    QCOMPARE(valid.exitCode, 0);
    QCOMPARE(invalid.exitCode, 0);
    QCOMPARE(valid.out.trimmed().toInt() + invalid.out.trimmed().toInt(), 300);

    const Result list =
        run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("25"), QStringLiteral("--sort"),
             QStringLiteral("amount"), QStringLiteral("--desc")});
    QCOMPARE(list.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(list.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 25);
    double previous = 1e18;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("number")).toString().startsWith(QLatin1String("DK")));
        QVERIFY(!o.value(QStringLiteral("customer")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("invalid")).toBool());
        const double total = o.value(QStringLiteral("total")).toString().toDouble();
        QVERIFY(total <= previous);
        previous = total;
    }

    // A filter narrows the count, and the list agrees with it.
    const Result web = run({QStringLiteral("orders"), QStringLiteral("count"),
                            QStringLiteral("--channel"), QStringLiteral("web")});
    QCOMPARE(web.exitCode, 0);
    const int webCount = web.out.trimmed().toInt();
    QVERIFY(webCount > 0 && webCount < valid.out.trimmed().toInt());
    const Result webList =
        run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--channel"),
             QStringLiteral("web")});
    const QJsonArray webRows = QJsonDocument::fromJson(webList.out.toUtf8()).array();
    QCOMPARE(webRows.size(), webCount);
    for (const QJsonValue& v : webRows)
        QCOMPARE(v.toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("web"));
}

// The analytics page's click-through criteria, from the command line too.
void TestDocketctl::regionAndSkuFilters()
{
    const QString number = firstNumber();
    QVERIFY(!number.isEmpty());
    const Result shown =
        run({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject order = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    const QJsonObject shipTo = order.value(QStringLiteral("ship_to")).toObject();
    const QString region = shipTo.value(QStringLiteral("country")).toString() + QLatin1Char('/') +
                           shipTo.value(QStringLiteral("region")).toString();
    const QString sku = order.value(QStringLiteral("lines"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("sku"))
                            .toString();
    QVERIFY(region.size() > 1);
    QVERIFY(!sku.isEmpty());

    // Each criterion: the order is listed, the count agrees with the list, and
    // every listed order has the region / a line of the SKU.
    const auto check = [&](const QString& option, const QString& value) {
        const Result count =
            run({QStringLiteral("orders"), QStringLiteral("count"), option, value});
        QCOMPARE(count.exitCode, 0);
        const int n = count.out.trimmed().toInt();
        const int all =
            run({QStringLiteral("orders"), QStringLiteral("count")}).out.trimmed().toInt();
        QVERIFY2(n >= 1 && n < all, qPrintable(option + QLatin1Char(' ') + count.out));
        const Result list =
            run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--limit"), QStringLiteral("1000"), option, value});
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), n);
        bool found = false;
        for (int i = 0; i < rows.size(); ++i) {
            const QString num = rows[i].toObject().value(QStringLiteral("number")).toString();
            found = found || num == number;
            if (i >= 5)
                continue; // the first few, in full
            const QJsonObject o =
                QJsonDocument::fromJson(run({QStringLiteral("orders"), QStringLiteral("show"), num,
                                             QStringLiteral("--json")})
                                            .out.toUtf8())
                    .object();
            if (option == QLatin1String("--region")) {
                const QJsonObject to = o.value(QStringLiteral("ship_to")).toObject();
                QCOMPARE(to.value(QStringLiteral("country")).toString() + QLatin1Char('/') +
                             to.value(QStringLiteral("region")).toString(),
                         region);
            } else {
                bool has = false;
                for (const QJsonValue& l : o.value(QStringLiteral("lines")).toArray())
                    has = has || l.toObject().value(QStringLiteral("sku")).toString() == sku;
                QVERIFY2(has, qPrintable(num));
            }
        }
        QVERIFY2(found, qPrintable(number));
    };
    check(QStringLiteral("--region"), region);
    check(QStringLiteral("--sku"), sku);

    // A region without the country part is named as the problem.
    const Result bad = run({QStringLiteral("orders"), QStringLiteral("count"),
                            QStringLiteral("--region"), QStringLiteral("Bayern")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("Bayern")), qPrintable(bad.err));
}

void TestDocketctl::showOrder()
{
    const QString number = firstNumber();
    QVERIFY(!number.isEmpty());
    const Result text = run({QStringLiteral("orders"), QStringLiteral("show"), number});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(number), qPrintable(text.out));
    QVERIFY(text.out.contains(QLatin1String("created")));

    const Result json = run({QStringLiteral("orders"), QStringLiteral("show"), number.toLower(),
                             QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("number")).toString(), number);
    QVERIFY(!o.value(QStringLiteral("lines")).toArray().isEmpty());
    QCOMPARE(o.value(QStringLiteral("events"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("created"));
    // The total is the sum of the lines.
    qint64 sum = 0;
    for (const QJsonValue& v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString price = l.value(QStringLiteral("unit_price")).toString();
        sum += l.value(QStringLiteral("quantity")).toInteger() *
               QString(price).remove(QLatin1Char('.')).toLongLong();
    }
    QCOMPARE(
        QString(o.value(QStringLiteral("total")).toString()).remove(QLatin1Char('.')).toLongLong(),
        sum);
}

void TestDocketctl::unknownNumberIsNamed()
{
    const Result r =
        run({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("DK9999999")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("DK9999999")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestDocketctl::badDateIsNamed()
{
    const Result r = run({QStringLiteral("orders"), QStringLiteral("count"),
                          QStringLiteral("--from"), QStringLiteral("2024-13-45")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("2024-13-45")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--from")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    const Result backwards =
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--from"),
             QStringLiteral("2024-03-10"), QStringLiteral("--to"), QStringLiteral("2024-03-01")});
    QCOMPARE(backwards.exitCode, 2);
    QVERIFY(!backwards.err.trimmed().isEmpty());
}

void TestDocketctl::unknownCommand()
{
    Result r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("frobnicate")), qPrintable(r.err));
    r = run({QStringLiteral("orders"), QStringLiteral("explode")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("explode")), qPrintable(r.err));
    r = run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--bogus")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--bogus")), qPrintable(r.err));
}

void TestDocketctl::missingValue()
{
    const Result r =
        run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--limit")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--limit")), qPrintable(r.err));
    const Result zero = run({QStringLiteral("orders"), QStringLiteral("list"),
                             QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(zero.exitCode, 2);
}

void TestDocketctl::invalidateDeleteRestoreRoundTrip()
{
    const QString number = firstNumber({QStringLiteral("--status"), QStringLiteral("delivered")});
    QVERIFY(!number.isEmpty());
    const int before =
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")})
            .out.trimmed()
            .toInt();

    Result r = run({QStringLiteral("orders"), QStringLiteral("invalidate"), number});
    QCOMPARE(r.exitCode, 2); // the reason is required
    QVERIFY(r.err.contains(QLatin1String("--reason")));
    r = run({QStringLiteral("orders"), QStringLiteral("invalidate"), number,
             QStringLiteral("--reason"), QStringLiteral("Duplicate order")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = run({QStringLiteral("orders"), QStringLiteral("delete"), number});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("orders"), QStringLiteral("show"), number});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")})
            .out.trimmed()
            .toInt(),
        before - 1);

    r = run({QStringLiteral("archive"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString archiveId;
    for (const QString& line : lines) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.value(1) == number) {
            archiveId = cols.value(0);
            QVERIFY2(line.contains(QLatin1String("Duplicate order")), qPrintable(line));
        }
    }
    QVERIFY2(!archiveId.isEmpty(), qPrintable(r.out));

    r = run({QStringLiteral("archive"), QStringLiteral("restore"), QStringLiteral("abc")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("abc")));
    r = run({QStringLiteral("archive"), QStringLiteral("restore"), archiveId});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(number), qPrintable(r.out));
    r = run({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QStringList kinds;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("events")).toArray())
        kinds << v.toObject().value(QStringLiteral("kind")).toString();
    QVERIFY2(kinds.contains(QLatin1String("invalidated")), qPrintable(kinds.join(u',')));
    QCOMPARE(kinds.mid(kinds.size() - 2),
             (QStringList{QStringLiteral("deleted"), QStringLiteral("restored")}));
    QCOMPARE(
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")})
            .out.trimmed()
            .toInt(),
        before);
    // The archive entry is used up.
    r = run({QStringLiteral("archive"), QStringLiteral("restore"), archiveId});
    QCOMPARE(r.exitCode, 3);

    // And valid again.
    r = run({QStringLiteral("orders"), QStringLiteral("revalidate"), number});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestDocketctl::deletingAValidOrderIsRefused()
{
    const QString number = firstNumber({QStringLiteral("--channel"), QStringLiteral("web")});
    QVERIFY(!number.isEmpty());
    const QString before =
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")})
            .out;
    const Result r = run({QStringLiteral("orders"), QStringLiteral("delete"), number});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QLatin1String("invalid")), qPrintable(r.err));
    QCOMPARE(
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")})
            .out,
        before);
    QCOMPARE(run({QStringLiteral("orders"), QStringLiteral("show"), number}).exitCode, 0);
}

void TestDocketctl::missingDatabaseFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/else.db"));
    Result r = run({QStringLiteral("orders"), QStringLiteral("count")}, missing);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(missing)), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));

    const QString notThere = m_dir.filePath(QStringLiteral("not-there.db"));
    r = run({QStringLiteral("orders"), QStringLiteral("count")}, notThere);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(notThere)), qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(notThere), "a read command must not create a database");
}

// `db status` on SQLite: the file, its pages, the largest tables with their
// rows, and the newest scheduled backup of the folder it is given.
void TestDocketctl::dbStatus()
{
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    Result r =
        run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--backups"), folder});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Server: SQLite 3.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Last backup: none in")), qPrintable(r.out));
    const qint64 orders =
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")})
            .out.trimmed()
            .toLongLong();
    QVERIFY(orders > 0);
    QVERIFY2(r.out.contains(QStringLiteral("\n  orders: %1 rows\n").arg(orders)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("File size: .* \\((\\d+) pages of "
                                                              "(\\d+) bytes"))),
             qPrintable(r.out));

    const QString backup = QDir(folder).filePath(QStringLiteral("docket-20240615-120000.db"));
    QCOMPARE(run({QStringLiteral("backup"), backup}).exitCode, 0);
    r = run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--backups"), folder,
             QStringLiteral("--tables"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Last backup: ")) &&
                 r.out.contains(QLatin1String("docket-20240615-120000.db")),
             qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1String(" rows\n")), 2);

    r = run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--tables"),
             QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--tables")), qPrintable(r.err));
}

void TestDocketctl::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("orders list")));
    QVERIFY(r.out.contains(QLatin1String("Exit codes")));
}

// Every input issue 14's fuzzing found taken as something close to it, and
// its neighbours: refused with exit 2, the message quoting the input, and
// nothing of SQL in sight.
void TestDocketctl::strictInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString orders = QStringLiteral("orders");
    const QString list = QStringLiteral("list");
    auto row = [&](const char* name, const QStringList& args, const QString& says) {
        QTest::newRow(name) << args << says;
    };
    row("--from 2026/01/01", {orders, list, QStringLiteral("--from"), QStringLiteral("2026/01/01")},
        QStringLiteral("\"2026/01/01\" is not a date"));
    row("--from with a time",
        {orders, list, QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:00")},
        QStringLiteral("\"2026-01-01T00:00:00\" is not a date"));
    row("--to with a space", {orders, list, QStringLiteral("--to"), QStringLiteral("2026-01-01 ")},
        QStringLiteral("\"2026-01-01 \" is not a date"));
    row("--to injection",
        {orders, list, QStringLiteral("--to"), QStringLiteral("2026-01-01' OR '1'='1")},
        QStringLiteral("is not a date"));
    row("--limit '5 '", {orders, list, QStringLiteral("--limit"), QStringLiteral("5 ")},
        QStringLiteral("\"5 \" is not a whole number"));
    row("--limit +5", {orders, list, QStringLiteral("--limit"), QStringLiteral("+5")},
        QStringLiteral("\"+5\" is not a whole number"));
    row("archive restore +5",
        {QStringLiteral("archive"), QStringLiteral("restore"), QStringLiteral("+5")},
        QStringLiteral("\"+5\" is not an id"));
    row("archive restore 01",
        {QStringLiteral("archive"), QStringLiteral("restore"), QStringLiteral("01")},
        QStringLiteral("\"01\" is not an id"));
    row("archive restore tab 2",
        {QStringLiteral("archive"), QStringLiteral("restore"), QStringLiteral("\t2")},
        QStringLiteral("\"\\t2\" is not an id"));
    row("--keyword ?1", {orders, list, QStringLiteral("--keyword"), QStringLiteral("?1")},
        QStringLiteral("at least two letters or digits"));
    row("--keyword $1", {orders, list, QStringLiteral("--keyword"), QStringLiteral("$1")},
        QStringLiteral("at least two letters or digits"));
    row("--keyword -1", {orders, list, QStringLiteral("--keyword"), QStringLiteral("-1")},
        QStringLiteral("at least two letters or digits"));
    row("--keyword 1", {orders, list, QStringLiteral("--keyword"), QStringLiteral("1")},
        QStringLiteral("at least two letters or digits"));
    QStringList thousand;
    for (int i = 0; i < 1000; ++i)
        thousand << QStringLiteral("w%1").arg(i % 10);
    row("--keyword of 1,000 words",
        {orders, QStringLiteral("count"), QStringLiteral("--keyword"), thousand.join(u' ')},
        QStringLiteral("too long"));
    QStringList sixty;
    for (int i = 0; i < 60; ++i)
        sixty << QStringLiteral("ab");
    row("--keyword of 60 words",
        {orders, QStringLiteral("count"), QStringLiteral("--keyword"), sixty.join(u' ')},
        QStringLiteral("at most 20"));
    row("--status with an empty item",
        {orders, list, QStringLiteral("--status"), QStringLiteral("pending,,paid")},
        QStringLiteral("an item is empty"));
    row("orders show DK%", {orders, QStringLiteral("show"), QStringLiteral("DK%")},
        QStringLiteral("\"DK%\" is not an order number"));
    row("invalidate a number with a quote",
        {orders, QStringLiteral("invalidate"), QStringLiteral("DK0000001'"),
         QStringLiteral("--reason"), QStringLiteral("x")},
        QStringLiteral("is not an order number"));
    row("100 KB argument", {orders, list, QString(100 * 1024, QLatin1Char('x'))},
        QStringLiteral("Unexpected argument"));
}

void TestDocketctl::strictInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const QString fingerprint =
        run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--all-validity"), QStringLiteral("--limit"), QStringLiteral("1000")})
            .out;
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    for (const char* sql : {"SELECT", "FROM orders", "Expression tree", "json_each", "MATCH"})
        QVERIFY2(!r.err.contains(QLatin1String(sql)), qPrintable(r.err));
    // A refused input changed nothing.
    QCOMPARE(
        run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--all-validity"), QStringLiteral("--limit"), QStringLiteral("1000")})
            .out,
        fingerprint);
}

// Issue 14: `db info` on a zero-byte file wrote a whole schema into it.
void TestDocketctl::emptyFileIsLeftAlone()
{
    const QString empty = m_dir.filePath(QStringLiteral("zero.db"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QList<QStringList> commands{
        {QStringLiteral("db"), QStringLiteral("info")},
        {QStringLiteral("db"), QStringLiteral("migrate")},
        {QStringLiteral("seed"), QStringLiteral("--orders"), QStringLiteral("5")},
        {QStringLiteral("orders"), QStringLiteral("count")},
        {QStringLiteral("user"), QStringLiteral("list")}};
    for (const QStringList& args : commands) {
        const Result r = run(args, empty);
        QVERIFY2(r.exitCode == 3, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(QLatin1String("empty file")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("db init")), qPrintable(r.err));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-wal")));
    }
    // Only `db init` makes it a Docket database.
    Result r = run({QStringLiteral("db"), QStringLiteral("init")}, empty);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("db"), QStringLiteral("info")}, empty);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Orders: 0")), qPrintable(r.out));
}

void TestDocketctl::batchByNumbersFromFile()
{
    const Result listed =
        run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("40"), QStringLiteral("--sort"),
             QStringLiteral("number"), QStringLiteral("--asc")});
    QStringList numbers;
    for (const QJsonValue& v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        numbers << v.toObject().value(QStringLiteral("number")).toString();
    QCOMPARE(numbers.size(), 40);
    // One a line; blank lines, spaces and repeats are fine; any case.
    const QString file = m_dir.filePath(QStringLiteral("numbers.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 30; ++i)
            f.write((QStringLiteral("  %1 \r\n").arg(i % 2 ? numbers[i].toLower() : numbers[i]))
                        .toUtf8());
        f.write("\n" + numbers[0].toUtf8() + "\n");
    }
    const int validBefore =
        run({QStringLiteral("orders"), QStringLiteral("count")}).out.trimmed().toInt();
    Result r = run({QStringLiteral("orders"), QStringLiteral("invalidate"),
                    QStringLiteral("--from-file"), file, numbers[35], QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Would mark 31 orders invalid")), qPrintable(r.out));
    QCOMPARE(run({QStringLiteral("orders"), QStringLiteral("count")}).out.trimmed().toInt(),
             validBefore);
    r = run({QStringLiteral("orders"), QStringLiteral("invalidate"), QStringLiteral("--from-file"),
             file, numbers[35], QStringLiteral("--reason"), QStringLiteral("batch by number")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Marked 31 orders invalid")), qPrintable(r.out));
    QCOMPARE(run({QStringLiteral("orders"), QStringLiteral("count")}).out.trimmed().toInt(),
             validBefore - 31);
    r = run({QStringLiteral("orders"), QStringLiteral("revalidate"), QStringLiteral("--from-file"),
             file, numbers[35]});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("31 orders valid again")), qPrintable(r.out));
    // A bad line names the file and the line.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("DK 0000001\n");
    }
    r = run({QStringLiteral("orders"), QStringLiteral("invalidate"), QStringLiteral("--from-file"),
             file, QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("line 33")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("orders"), QStringLiteral("count")}).out.trimmed().toInt(),
             validBefore);
}

void TestDocketctl::batchByFilter()
{
    const QStringList pendingFilter{QStringLiteral("--status"), QStringLiteral("pending"),
                                    QStringLiteral("--to"), QStringLiteral("2099-12-31")};
    const int pending =
        run(QStringList{QStringLiteral("orders"), QStringLiteral("count")} + pendingFilter)
            .out.trimmed()
            .toInt();
    QVERIFY(pending > 0);
    const int invalidBefore = run(QStringList{QStringLiteral("orders"), QStringLiteral("count"),
                                              QStringLiteral("--invalid")} +
                                  pendingFilter)
                                  .out.trimmed()
                                  .toInt();
    Result r = run(QStringList{QStringLiteral("orders"), QStringLiteral("invalidate")} +
                   pendingFilter + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Would mark %1 orders invalid").arg(pending)),
             qPrintable(r.out));
    r = run(QStringList{QStringLiteral("orders"), QStringLiteral("invalidate")} + pendingFilter +
            QStringList{QStringLiteral("--reason"), QStringLiteral("stale pending")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Marked %1 orders invalid").arg(pending)),
             qPrintable(r.out));
    QCOMPARE(run(QStringList{QStringLiteral("orders"), QStringLiteral("count")} + pendingFilter)
                 .out.trimmed()
                 .toInt(),
             0);
    // Revalidating by the same filter looks at the invalid orders.
    r = run(QStringList{QStringLiteral("orders"), QStringLiteral("revalidate")} + pendingFilter);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(
        r.out.contains(QStringLiteral("Marked %1 orders valid again").arg(pending + invalidBefore)),
        qPrintable(r.out));
    // No numbers and no filter: say what is wanted.
    r = run({QStringLiteral("orders"), QStringLiteral("invalidate"), QStringLiteral("--reason"),
             QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--from-file")), qPrintable(r.err));
}

void TestDocketctl::unknownNumberInABatchChangesNothing()
{
    const QString number = firstNumber();
    const int before =
        run({QStringLiteral("orders"), QStringLiteral("count")}).out.trimmed().toInt();
    const Result r =
        run({QStringLiteral("orders"), QStringLiteral("invalidate"), number,
             QStringLiteral("DK9999999"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("DK9999999")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Nothing was changed")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("orders"), QStringLiteral("count")}).out.trimmed().toInt(),
             before);
}

// Issue 14: with another process holding the write lock, commands waited
// 10.5 s and failed with exit 1 and "database is locked -- BEGIN IMMEDIATE".
void TestDocketctl::heldLockExitsFiveInWords()
{
    const QString number = firstNumber();
    {
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(m_db);
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));

        Result r = run({QStringLiteral("--wait"), QStringLiteral("1"), QStringLiteral("orders"),
                        QStringLiteral("invalidate"), number, QStringLiteral("--reason"),
                        QStringLiteral("x")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QLatin1String("Waiting for another Docket to finish writing to")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("stayed locked")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Nothing was changed")), qPrintable(r.err));
        for (const char* sql : {"BEGIN", "database is locked", "SQL"})
            QVERIFY2(!r.err.contains(QLatin1String(sql)), qPrintable(r.err));
        // --verbose adds the technical side.
        r = run({QStringLiteral("--verbose"), QStringLiteral("--wait"), QStringLiteral("0"),
                 QStringLiteral("orders"), QStringLiteral("mark-seen"), number});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QLatin1String("details: database is locked")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("BEGIN IMMEDIATE")), qPrintable(r.err));
        // Reading goes on (WAL), signing in included.
        r = run({QStringLiteral("orders"), QStringLiteral("count")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.trimmed().toInt() > 0);
        QVERIFY2(!r.err.contains(QLatin1String("Waiting")), qPrintable(r.err));

        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void TestDocketctl::readOnlyReadsButDoesNotWrite()
{
    const QString number = firstNumber();
    Result r =
        run({QStringLiteral("--read-only"), QStringLiteral("orders"), QStringLiteral("count")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("--read-only"), QStringLiteral("db"), QStringLiteral("info")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("read-only")), qPrintable(r.out));
    r = run({QStringLiteral("--read-only"), QStringLiteral("orders"), QStringLiteral("invalidate"),
             number, QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("is open read-only")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Nothing was changed")), qPrintable(r.err));
}

void TestDocketctl::importOrdersFromFile()
{
    const QString file = m_dir.filePath(QStringLiteral("shop.csv"));
    auto write = [&](const QByteArray& data) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    };
    const QByteArray csv = "Order ID;Customer Name;SKU;Item Name;Qty;Item Cost\n"
                           "9001;Ann Lee;X-1;Mug;2;4,50\n"
                           "9002;Bo Li;X-2;Card;one;1.00\n";
    write(csv);
    const int before =
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")})
            .out.trimmed()
            .toInt();
    const QStringList args{
        QStringLiteral("import"),    QStringLiteral("orders"), file,
        QStringLiteral("--channel"), QStringLiteral("web"),    QStringLiteral("--unknown-sku"),
        QStringLiteral("unlinked")};
    Result r = run(args);
    QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err)); // bad input
    // Both problems, each by line and column ("4,50" is not an amount here:
    // the file's separator is ";", and amounts are plain decimals).
    QVERIFY2(r.err.contains(QStringLiteral("line 2, column Item Cost:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("line 3, column Qty:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err));
    QCOMPARE(
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")})
            .out.trimmed()
            .toInt(),
        before);

    // A mapping naming no field is refused before the file is read.
    r = run(args + QStringList{QStringLiteral("--map"), QStringLiteral("sku=Artikel")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("\"sku\" is not a field")),
             qPrintable(r.err));

    write(QByteArray(csv).replace("4,50", "4.50").replace("one", "1"));
    r = run(args + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("2 orders")),
             qPrintable(r.out + r.err));
    r = run(args);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("2 new")), qPrintable(r.out + r.err));
    // The shop's own headers through --map and --status-map.
    const QString german = m_dir.filePath(QStringLiteral("shop-de.csv"));
    {
        QFile f(german);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nr;Kunde;Artikel;Name;Menge;Preis;Zustand\n9003;Cy;X-3;Tee;1;2.00;bezahlt\n");
    }
    r = run({QStringLiteral("import"), QStringLiteral("orders"), german,
             QStringLiteral("--channel"), QStringLiteral("web"), QStringLiteral("--unknown-sku"),
             QStringLiteral("unlinked"), QStringLiteral("--map"),
             QStringLiteral("external_id=Nr,customer.name=Kunde,line.sku=Artikel,line.name=Name,"
                            "line.quantity=Menge,line.unit_price=Preis,status=Zustand"),
             QStringLiteral("--status-map"), QStringLiteral("bezahlt=paid")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("1 new")), qPrintable(r.out + r.err));
    r = run(args); // the same file again: nothing new
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("0 new, 0 updated, 2 unchanged")),
             qPrintable(r.out + r.err));
    QCOMPARE(
        run({QStringLiteral("orders"), QStringLiteral("count"), QStringLiteral("--all-validity")})
            .out.trimmed()
            .toInt(),
        before + 3);
}

// returns close --refund pays the refund back through the order's payments
// (or refuses, naming the order, with nothing written); stock analytics
// reports the shop's figures and refuses bad options. On a database of its
// own, so that every figure is known.
void TestDocketctl::returnRefundsAndStockAnalytics()
{
    const QString db = m_dir.filePath(QStringLiteral("stock.db"));
    // Money is printed with a no-break space before the currency sign.
    auto ctl = [&](const QStringList& args) {
        Result r = run(args, db);
        r.out.replace(QChar(0x00A0), QLatin1Char(' '));
        return r;
    };
    auto ok = [&](const QStringList& args) {
        const Result r = ctl(args);
        if (r.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.out + r.err));
        return r.exitCode == 0 ? r.out : QStringLiteral("FAILED");
    };
    const QString file = m_dir.filePath(QStringLiteral("stock-orders.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Order ID;Customer Name;SKU;Item Name;Qty;Item Cost\n"
                "7001;Ann Lee;SKU-MUG;Mug;2;12.50\n"
                "7002;Bo Li;SKU-LAMP;Lamp;3;40.00\n");
    }
    for (const QStringList& step : QList<QStringList>{
             {QStringLiteral("db"), QStringLiteral("init")},
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
              QStringLiteral("--admin")},
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
             {QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("--warehouse"),
              QStringLiteral("MAIN"), QStringLiteral("SKU-MUG"), QStringLiteral("10"),
              QStringLiteral("SKU-LAMP"), QStringLiteral("1")},
             // The lamp order is short of two lamps: backordered.
             {QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--channel"),
              QStringLiteral("web")},
             {QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("DK0000001")},
             {QStringLiteral("payments"), QStringLiteral("add"), QStringLiteral("DK0000001"),
              QStringLiteral("card"), QStringLiteral("25.00")},
             {QStringLiteral("ship"), QStringLiteral("DK0000001"), QStringLiteral("dhl"),
              QStringLiteral("1234567890")},
         })
        QVERIFY2(ok(step) != QLatin1String("FAILED"), qPrintable(step.join(u' ')));
    auto received = [&](const QString& id) {
        return ok({QStringLiteral("returns"), QStringLiteral("create"), QStringLiteral("DK0000001"),
                   QStringLiteral("SKU-MUG"), QStringLiteral("1"), QStringLiteral("--reason"),
                   QStringLiteral("defective")}) != QLatin1String("FAILED") &&
               ok({QStringLiteral("returns"), QStringLiteral("approve"), id}) !=
                   QLatin1String("FAILED") &&
               ok({QStringLiteral("returns"), QStringLiteral("receive"), id,
                   QStringLiteral("--restock"), QStringLiteral("MAIN")}) != QLatin1String("FAILED");
    };
    auto payments = [&] {
        return ctl({QStringLiteral("payments"), QStringLiteral("list"),
                    QStringLiteral("DK0000001")})
            .out;
    };
    QVERIFY(received(QStringLiteral("1")));
    const QStringList close1{QStringLiteral("returns"), QStringLiteral("close"),
                             QStringLiteral("1"), QStringLiteral("--refund")};

    // Refusals: not an amount, more than the returned mug is worth, two resolutions.
    Result r = ctl(close1 + QStringList{QStringLiteral("abc")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("\"abc\" is not an amount")),
             qPrintable(r.err));
    r = ctl(close1 + QStringList{QStringLiteral("20.00")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("at most 12.50")), qPrintable(r.err));
    r = ctl(close1 + QStringList{QStringLiteral("5.00"), QStringLiteral("--repair")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("Choose one resolution")),
             qPrintable(r.err));
    QVERIFY2(!payments().contains(QLatin1String("refund")), qPrintable(payments()));

    r = ctl(close1 + QStringList{QStringLiteral("12.50"), QStringLiteral("--note"),
                                 QStringLiteral("cracked")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Return 1 closed: 12.50 refunded.")),
             qPrintable(r.out + r.err));
    QVERIFY2(payments().contains(QStringLiteral("-12.50 €\tto payment #1\tReturn 1: cracked")),
             qPrintable(payments()));
    r = ctl(close1 + QStringList{QStringLiteral("12.50")});
    QCOMPARE(r.exitCode, 5); // closed already

    // The second mug: 10.00 went back by hand, so its payment has only 2.50
    // left; refunding 12.50 is refused, naming the order, and nothing is written.
    QVERIFY(received(QStringLiteral("2")));
    QVERIFY(ok({QStringLiteral("refund"), QStringLiteral("DK0000001"), QStringLiteral("1"),
                QStringLiteral("10.00"), QStringLiteral("--reason"), QStringLiteral("goodwill")}) !=
            QLatin1String("FAILED"));
    const QString before = payments();
    r = ctl({QStringLiteral("returns"), QStringLiteral("close"), QStringLiteral("2"),
             QStringLiteral("--refund"), QStringLiteral("12.50")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("DK0000001")) &&
                 r.err.contains(QLatin1String("2.50")),
             qPrintable(r.err));
    QCOMPARE(payments(), before);
    QVERIFY(ctl({QStringLiteral("returns"), QStringLiteral("list"), QStringLiteral("--open")})
                .out.contains(QLatin1String("Received")));
    r = ctl({QStringLiteral("returns"), QStringLiteral("close"), QStringLiteral("2"),
             QStringLiteral("--refund"), QStringLiteral("2.50")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(payments().contains(QStringLiteral("0.00 € of 25.00 € paid.")),
             qPrintable(payments()));
    r = ctl({QStringLiteral("records"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    // Analytics: 10 mugs at 4.00 + 1 lamp at 21.00 received, 2 mugs shipped,
    // both back on the shelf; two lamps short on the backordered order (lost
    // at the lamp's cost, 21.00, not at the order's price).
    const QStringList analytics{QStringLiteral("stock"), QStringLiteral("analytics")};
    r = ctl(analytics);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(QStringLiteral("Stock at cost: 61.00 € (11 units on hand).")),
             qPrintable(r.out));
    QVERIFY2(lines.contains(QStringLiteral("Last 30 days: 2 units shipped, 8.00 € at cost.")),
             qPrintable(r.out));
    QVERIFY2(lines.contains(QLatin1String("Turnover: 0.13.")), qPrintable(r.out));
    QVERIFY2(lines.contains(QStringLiteral("Lost to backorders: 2 units, 42.00 € at cost.")),
             qPrintable(r.out));
    QVERIFY2(lines.contains(QLatin1String("SKU-MUG\tMug\t2 of 2 returned\t100.0 %\tDefective (2)")),
             qPrintable(r.out));
    r = ctl(analytics + QStringList{QStringLiteral("--by"), QStringLiteral("channel")});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QLatin1String("\nweb\t\t2 of 2 returned\t100.0 %\tDefective (2)")),
             qPrintable(r.out + r.err));
    // Refused: an unknown grouping, an empty period, a count that is no number.
    r = ctl(analytics + QStringList{QStringLiteral("--by"), QStringLiteral("region")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("\"region\"")), qPrintable(r.err));
    r = ctl(analytics + QStringList{QStringLiteral("--days"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--days")), qPrintable(r.err));
    r = ctl(analytics + QStringList{QStringLiteral("--top"), QStringLiteral("-3")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--top")), qPrintable(r.err));
    r = ctl(analytics + QStringList{QStringLiteral("extra")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDocketctl)
#include "test_docketctl.moc"
