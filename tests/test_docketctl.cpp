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
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestDocketctl)
#include "test_docketctl.moc"
