// The stock side of docketctl (issue 17 item 10), run as real processes:
// `products list/import/export`, `stock list/receive/adjust/verify`,
// `stocktake start/import/post`, `transfer create/send/receive`,
// `feedback add` and `returns list`. Each group: what it prints, its exit
// codes (2 bad input, 3 not found, 4 forbidden, 5 conflict), the refused
// input named in the message, and nothing written on a refusal.

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

#include "ctlprocess.h"
#include "testdb.h"

#ifndef DOCKETCTL_PATH
#error "DOCKETCTL_PATH must name the built docketctl (see tests/CMakeLists.txt)"
#endif

using namespace docket;
using namespace docket::test;

namespace {

using Result = CtlResult;

const QString kPassword = QStringLiteral("Correct-Horse-9");

} // namespace

class TestDocketctlStock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void productsImportListExport();
    void stockReceiveAdjustVerify();
    void stocktakeStartImportPost();
    void transferCreateSendReceive();
    void feedbackAndReturns();
    void demoDataHasReturnsInEveryState();
    void onPostgreSQL();

private:
    Result ctl(const QStringList& args, const QString& user = QStringLiteral("boss"),
               const QString& database = {});
    // Runs a step that must succeed; its standard output.
    QString ok(const QStringList& args);
    QString writeFile(const QString& name, const QByteArray& data);
    // One value of the database, read past docketctl.
    QVariant scalar(const QString& sql);
    void exec(const QString& sql);
    QString levelOf(const QString& sku);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_pgPassword; // for a server that wants one (PGPASSWORD)
};

Result TestDocketctlStock::ctl(const QStringList& args, const QString& user,
                               const QString& database)
{
    QProcessEnvironment env = ctlEnvironment(m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("DOCKET_USER"), user);
    env.insert(QStringLiteral("DOCKET_PASSWORD"), kPassword);
    env.insert(QStringLiteral("DOCKET_NEW_PASSWORD"), kPassword);
    if (!m_pgPassword.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), m_pgPassword);
    return runCtl(QStringLiteral(DOCKETCTL_PATH),
                  QStringList{QStringLiteral("--database"), database.isEmpty() ? m_db : database} +
                      args,
                  env);
}

QString TestDocketctlStock::ok(const QStringList& args)
{
    const Result r = ctl(args);
    if (r.exitCode != 0) {
        qWarning("%s: exit %d: %s", qPrintable(args.join(u' ')), r.exitCode,
                 qPrintable(r.out + r.err));
        return QStringLiteral("FAILED");
    }
    return r.out;
}

QString TestDocketctlStock::writeFile(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QVariant TestDocketctlStock::scalar(const QString& sql)
{
    QVariant v;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_db);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(m_db));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        if (q.next())
            v = q.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return v;
}

void TestDocketctlStock::exec(const QString& sql)
{
    scalar(sql);
}

// "SKU\tWAREHOUSE\ton hand\treserved\tavailable" lines of `stock list --sku`.
QString TestDocketctlStock::levelOf(const QString& sku)
{
    return ctl({QStringLiteral("stock"), QStringLiteral("list"), QStringLiteral("--sku"), sku}).out;
}

static bool onPostgreSQLOnly()
{
    return qEnvironmentVariable("DOCKET_TEST_BACKENDS") == QLatin1String("postgres");
}

void TestDocketctlStock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("stock.db"));
    if (onPostgreSQLOnly())
        return; // test_docketctl_stock_pg runs onPostgreSQL() alone
    // Demo orders (some delivered, for the returns), then the first
    // administrator, a clerk, two warehouses and two products.
    for (const QStringList& step : QList<QStringList>{
             {QStringLiteral("db"), QStringLiteral("init")},
             {QStringLiteral("seed"), QStringLiteral("--orders"), QStringLiteral("200"),
              QStringLiteral("--seed"), QStringLiteral("7")},
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
              QStringLiteral("--admin")},
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clara"),
              QStringLiteral("--role"), QStringLiteral("clerk")},
             {QStringLiteral("warehouses"), QStringLiteral("add"), QStringLiteral("MAIN"),
              QStringLiteral("Main warehouse")},
             {QStringLiteral("warehouses"), QStringLiteral("add"), QStringLiteral("EAST"),
              QStringLiteral("East depot")},
             {QStringLiteral("products"), QStringLiteral("add"), QStringLiteral("SKU-MUG"),
              QStringLiteral("Ceramic Mug"), QStringLiteral("--price"), QStringLiteral("12.50"),
              QStringLiteral("--cost"), QStringLiteral("4.00")},
             {QStringLiteral("products"), QStringLiteral("add"), QStringLiteral("SKU-LAMP"),
              QStringLiteral("Desk Lamp"), QStringLiteral("--price"), QStringLiteral("40.00"),
              QStringLiteral("--cost"), QStringLiteral("21.00"), QStringLiteral("--safety-stock"),
              QStringLiteral("5")},
         })
        QVERIFY2(ok(step) != QLatin1String("FAILED"), qPrintable(step.join(u' ')));
}

void TestDocketctlStock::productsImportListExport()
{
    const QStringList import{QStringLiteral("products"), QStringLiteral("import")};
    const QStringList listCup{QStringLiteral("products"), QStringLiteral("list"),
                              QStringLiteral("--search"), QStringLiteral("SKU-CU"),
                              QStringLiteral("--json")};
    auto cups = [&] {
        return QJsonDocument::fromJson(ctl(listCup).out.toUtf8()).array();
    };
    QCOMPARE(cups().size(), 0);

    // A bad row: the preview names it and nothing is imported, not even the
    // good rows around it.
    const QString bad =
        writeFile(QStringLiteral("bad.csv"), "sku,name,price,cost,safety_stock,active\n"
                                             "SKU-CUP,Tea Cup,6.50,2.00,5,yes\n"
                                             "SKU-CUB,Cube,abc,1.00,2,yes\n"
                                             "SKU-CUT,Cutter,3.00,1.00,-4,yes\n");
    Result r = ctl(import + QStringList{bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("Line 3: the price \"abc\" is not an amount")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Line 4: the safety stock \"-4\"")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Line 2")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("2 rows have problems; nothing was imported.")),
             qPrintable(r.out));
    QCOMPARE(cups().size(), 0);

    // A wrong header is refused as a whole.
    r = ctl(import + QStringList{writeFile(QStringLiteral("header.csv"),
                                           "code,name,price\nSKU-CUP,Tea Cup,6.50\n")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("Line 1 must be the header "
                                          "\"sku,name,price,cost,safety_stock,active\"")),
             qPrintable(r.err));
    QCOMPARE(cups().size(), 0);
    // No file, two files.
    QCOMPARE(ctl(import).exitCode, 2);
    r = ctl(import + QStringList{m_dir.filePath(QStringLiteral("missing.csv"))});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("missing.csv")), qPrintable(r.err));

    const QString good =
        writeFile(QStringLiteral("good.csv"), "sku,name,price,cost,safety_stock,active\n"
                                              "SKU-CUP,Tea Cup,6.50,2.00,5,yes\n"
                                              "SKU-CUB,\"Cube, large\",9.00,3.50,0,no\n");
    r = ctl(import + QStringList{good, QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QLatin1String("Would add 2 products and change 0 (0 unchanged); "
                                              "nothing was written.")),
             qPrintable(r.out + r.err));
    QCOMPARE(cups().size(), 0);
    r = ctl(import + QStringList{good});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QLatin1String("Added 2 products and changed 0 (0 unchanged).")),
             qPrintable(r.out + r.err));

    // The list: only active products unless asked, with their stock.
    QJsonArray rows = cups();
    QCOMPARE(rows.size(), 1);
    QJsonObject cup = rows.first().toObject();
    QCOMPARE(cup.value(QStringLiteral("sku")).toString(), QStringLiteral("SKU-CUP"));
    QCOMPARE(cup.value(QStringLiteral("name")).toString(), QStringLiteral("Tea Cup"));
    QCOMPARE(cup.value(QStringLiteral("price")).toString(), QStringLiteral("6.50"));
    QCOMPARE(cup.value(QStringLiteral("cost")).toString(), QStringLiteral("2.00"));
    QCOMPARE(cup.value(QStringLiteral("safety_stock")).toInt(), 5);
    QCOMPARE(cup.value(QStringLiteral("on_hand")).toInt(), 0);
    QVERIFY(cup.value(QStringLiteral("low")).toBool()); // 0 available, 5 wanted
    rows = QJsonDocument::fromJson(ctl(listCup + QStringList{QStringLiteral("--all")}).out.toUtf8())
               .array();
    QCOMPARE(rows.size(), 2);
    r = ctl({QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("--search"),
             QStringLiteral("SKU-CU"), QStringLiteral("--inactive")});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QLatin1String("SKU-CUB\tCube, large\t9.00\t")) &&
                 r.out.contains(QLatin1String("[inactive]")) &&
                 r.out.contains(QLatin1String("1 of 1 products shown.")),
             qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("--warehouse"),
             QStringLiteral("NOWHERE")});
    QVERIFY2(r.exitCode == 3 && r.err.contains(QLatin1String("NOWHERE")), qPrintable(r.err));

    // Export: the import's own format, so it reads back unchanged.
    const QString exported = m_dir.filePath(QStringLiteral("export.csv"));
    r = ctl({QStringLiteral("products"), QStringLiteral("export"), exported,
             QStringLiteral("--search"), QStringLiteral("SKU-CU"), QStringLiteral("--all")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Wrote")), qPrintable(r.err));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first().trimmed(), QStringLiteral("sku,name,price,cost,safety_stock,active"));
    QVERIFY2(lines.join(u'|').contains(QLatin1String("SKU-CUP,Tea Cup,6.50,2.00,5,yes")),
             qPrintable(lines.join(u'|')));
    r = ctl(import + QStringList{exported});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QLatin1String("Added 0 products and changed 0 (2 unchanged).")),
             qPrintable(r.out + r.err));
    // To standard output too.
    r = ctl({QStringLiteral("products"), QStringLiteral("export"), QStringLiteral("-"),
             QStringLiteral("--search"), QStringLiteral("SKU-CUP")});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QLatin1String("sku,name,")) &&
                 r.out.contains(QLatin1String("SKU-CUP,Tea Cup")),
             qPrintable(r.out + r.err));
    // A folder that does not exist: refused, naming the file.
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/dir/out.csv"));
    r = ctl({QStringLiteral("products"), QStringLiteral("export"), nowhere});
    QVERIFY2(r.exitCode == 1 && r.err.contains(nowhere), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(nowhere));
    // A target that cannot be replaced (a folder): refused, naming it, and
    // no partial file is left beside it.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("taken")));
    const QString taken = m_dir.filePath(QStringLiteral("taken"));
    r = ctl({QStringLiteral("products"), QStringLiteral("export"), taken});
    QVERIFY2(r.exitCode == 1 && r.err.contains(taken), qPrintable(r.err));
    QVERIFY(QFileInfo(taken).isDir());
    const QStringList parts =
        QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
    QVERIFY2(parts.isEmpty(), qPrintable(parts.join(u' ')));
}

void TestDocketctlStock::stockReceiveAdjustVerify()
{
    const QStringList receive{QStringLiteral("stock"), QStringLiteral("receive"),
                              QStringLiteral("--warehouse"), QStringLiteral("MAIN")};
    Result r = ctl(receive + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("10"),
                                         QStringLiteral("SKU-LAMP"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Received 13 units into MAIN.")),
             qPrintable(r.out + r.err));
    QCOMPARE(levelOf(QStringLiteral("SKU-MUG")), QStringLiteral("SKU-MUG\tMAIN\t10\t0\t10\n"));

    // Refused, naming the problem; nothing received (not even the good pair).
    const qint64 movements =
        scalar(QStringLiteral("SELECT COUNT(*) FROM stock_movements")).toLongLong();
    struct Refusal
    {
        QStringList args;
        int exit;
        QString says;
    };
    const QList<Refusal> refusals{
        {receive + QStringList{QStringLiteral("SKU-LAMP"), QStringLiteral("1"),
                               QStringLiteral("SKU-MUG"), QStringLiteral("-5")},
         2, QStringLiteral("SKU-MUG: \"-5\" is not a whole number")},
        {receive + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("2.5")}, 2,
         QStringLiteral("SKU-MUG: \"2.5\" is not a whole number")},
        {receive + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("0")}, 2,
         QStringLiteral("SKU-MUG: \"0\" is not a whole number from 1")},
        {receive + QStringList{QStringLiteral("SKU-MUG")}, 2,
         QStringLiteral("SKU QTY [SKU QTY...]")},
        {receive + QStringList{QStringLiteral("SKU-NONE"), QStringLiteral("1")}, 3,
         QStringLiteral("There is no product with the SKU SKU-NONE.")},
        {{QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("--warehouse"),
          QStringLiteral("NOWHERE"), QStringLiteral("SKU-MUG"), QStringLiteral("1")},
         3,
         QStringLiteral("There is no warehouse with the code NOWHERE.")},
        {{QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("SKU-MUG"),
          QStringLiteral("1")},
         2,
         QStringLiteral("--warehouse CODE")},
    };
    for (const Refusal& x : refusals) {
        r = ctl(x.args);
        QVERIFY2(
            r.exitCode == x.exit && r.err.contains(x.says),
            qPrintable(x.args.join(u' ') + QStringLiteral(": exit %1: ").arg(r.exitCode) + r.err));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM stock_movements")).toLongLong(),
             movements);

    // Adjust to a counted figure, write off; both need a reason.
    const QStringList adjust{QStringLiteral("stock"), QStringLiteral("adjust"),
                             QStringLiteral("--warehouse"), QStringLiteral("MAIN")};
    r = ctl(adjust + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("8"),
                                 QStringLiteral("--reason"), QStringLiteral("breakage")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("SKU-MUG in MAIN: 8 on hand (-2).")),
             qPrintable(r.out + r.err));
    r = ctl(adjust + QStringList{QStringLiteral("--write-off"), QStringLiteral("1"),
                                 QStringLiteral("SKU-MUG"), QStringLiteral("--reason"),
                                 QStringLiteral("dropped")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("SKU-MUG in MAIN: 7 on hand.")),
             qPrintable(r.out + r.err));
    r = ctl(adjust + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--reason")), qPrintable(r.err));
    r = ctl(adjust + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("-1"),
                                 QStringLiteral("--reason"), QStringLiteral("x")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("ON_HAND: \"-1\"")),
             qPrintable(r.err));
    r = ctl(adjust + QStringList{QStringLiteral("--write-off"), QStringLiteral("1.5"),
                                 QStringLiteral("SKU-MUG"), QStringLiteral("--reason"),
                                 QStringLiteral("x")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--write-off: \"1.5\"")),
             qPrintable(r.err));
    // More written off than is there: refused by the store.
    r = ctl(adjust + QStringList{QStringLiteral("--write-off"), QStringLiteral("50"),
                                 QStringLiteral("SKU-MUG"), QStringLiteral("--reason"),
                                 QStringLiteral("x")});
    QVERIFY2(r.exitCode == 2 || r.exitCode == 5, qPrintable(r.err));
    // A clerk may look but not adjust.
    r = ctl(adjust + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("100"),
                                 QStringLiteral("--reason"), QStringLiteral("mine")},
            QStringLiteral("clara"));
    QVERIFY2(r.exitCode == 4, qPrintable(r.err));
    r = ctl(receive + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("100")},
            QStringLiteral("clara"));
    QVERIFY2(r.exitCode == 4, qPrintable(r.err));
    r = ctl({QStringLiteral("stock"), QStringLiteral("list"), QStringLiteral("--sku"),
             QStringLiteral("SKU-MUG")},
            QStringLiteral("clara"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("SKU-MUG\tMAIN\t7\t0\t7\n"));

    // The list marks the lamp low (3 on hand, safety stock 5).
    r = ctl({QStringLiteral("stock"), QStringLiteral("list"), QStringLiteral("--search"),
             QStringLiteral("SKU-LAMP")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("SKU-LAMP\t3\t0\t3\t0\t[low]\n")),
             qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("stock"), QStringLiteral("list"), QStringLiteral("--low")});
    QVERIFY2(r.out.contains(QLatin1String("SKU-LAMP")) && !r.out.contains(QLatin1String("SKU-MUG")),
             qPrintable(r.out));
    r = ctl({QStringLiteral("stock"), QStringLiteral("movements"), QStringLiteral("--sku"),
             QStringLiteral("SKU-MUG")});
    QVERIFY2(r.exitCode == 0 && r.out.count(QLatin1Char('\n')) == 3 &&
                 r.out.contains(QLatin1String("dropped")) &&
                 r.out.contains(QLatin1String("breakage")),
             qPrintable(r.out + r.err));

    // verify: 0 when the table equals the ledger; 1, naming the product,
    // after a row is changed behind the ledger's back; rebuild mends it.
    const QStringList verify{QStringLiteral("stock"), QStringLiteral("verify")};
    r = ctl(verify);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("The stock figures equal the ledger")),
             qPrintable(r.out + r.err));
    exec(QStringLiteral("UPDATE stock_levels SET on_hand = on_hand + 4 WHERE product_id = (SELECT "
                        "id FROM products WHERE sku = 'SKU-MUG')"));
    r = ctl(verify);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("SKU-MUG in MAIN: the stock table says 11 on hand and "
                                          "0 reserved, the ledger 7 and 0.")),
             qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("differ from the ledger")), qPrintable(r.out));
    QCOMPARE(
        ctl({QStringLiteral("stock"), QStringLiteral("rebuild")}, QStringLiteral("clara")).exitCode,
        4);
    QVERIFY(ok({QStringLiteral("stock"), QStringLiteral("rebuild")}) != QLatin1String("FAILED"));
    QCOMPARE(ctl(verify).exitCode, 0);
    QCOMPARE(levelOf(QStringLiteral("SKU-MUG")), QStringLiteral("SKU-MUG\tMAIN\t7\t0\t7\n"));
}

void TestDocketctlStock::stocktakeStartImportPost()
{
    Result r =
        ctl({QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--warehouse"),
             QStringLiteral("MAIN"), QStringLiteral("--sku"), QStringLiteral("SKU-MUG,SKU-LAMP"),
             QStringLiteral("--note"), QStringLiteral("Aisle A")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Stocktake 1 of MAIN started: 2 "
                                                             "lines to count.")),
             qPrintable(r.out + r.err));
    // One count at a time per warehouse; an unknown SKU or warehouse.
    r = ctl({QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--warehouse"),
             QStringLiteral("MAIN")});
    QVERIFY2(r.exitCode == 5 && r.err.contains(QLatin1String("Stocktake 1 of MAIN is under way")),
             qPrintable(r.err));
    r = ctl({QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--warehouse"),
             QStringLiteral("EAST"), QStringLiteral("--sku"), QStringLiteral("SKU-NONE")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("SKU-NONE")), qPrintable(r.err));
    r = ctl({QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--warehouse"),
             QStringLiteral("NOWHERE")});
    QCOMPARE(r.exitCode, 3);

    const QStringList import{QStringLiteral("stocktake"), QStringLiteral("import"),
                             QStringLiteral("1")};
    auto counted = [&] {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM stocktake_lines WHERE counted IS NOT "
                                     "NULL"))
            .toInt();
    };
    r = ctl(import +
            QStringList{writeFile(QStringLiteral("count-header.csv"), "sku,count\nSKU-MUG,5\n")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("Line 1 must be the header "
                                                             "\"sku,counted\"")),
             qPrintable(r.err));
    r = ctl(import + QStringList{writeFile(QStringLiteral("count-bad.csv"),
                                           "sku,counted\nSKU-MUG,5\nSKU-LAMP,-3\nSKU-NONE,1\n")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("Line 3: the count \"-3\"")) &&
                 r.err.contains(QLatin1String("Line 4: unknown SKU SKU-NONE")),
             qPrintable(r.err));
    QCOMPARE(counted(), 0);
    r = ctl({QStringLiteral("stocktake"), QStringLiteral("import"), QStringLiteral("9"),
             writeFile(QStringLiteral("count.csv"), "sku,counted\nSKU-MUG,5\nSKU-LAMP,3\n")});
    QCOMPARE(r.exitCode, 3);
    r = ctl(import + QStringList{m_dir.filePath(QStringLiteral("count.csv"))});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("2 lines counted.")),
             qPrintable(r.out + r.err));
    QCOMPARE(counted(), 2);
    r = ctl({QStringLiteral("stocktake"), QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(r.out.contains(QLatin1String("SKU-MUG\t7\t5\t-2\t0")) &&
                 r.out.contains(QLatin1String("SKU-LAMP\t3\t3\t0\t0")),
             qPrintable(r.out + r.err));

    // A clerk may not post; the administrator posts once, the second time is
    // refused and changes nothing.
    const QStringList post{QStringLiteral("stocktake"), QStringLiteral("post"),
                           QStringLiteral("1")};
    QCOMPARE(ctl(post, QStringLiteral("clara")).exitCode, 4);
    QCOMPARE(levelOf(QStringLiteral("SKU-MUG")), QStringLiteral("SKU-MUG\tMAIN\t7\t0\t7\n"));
    r = ctl(post);
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QLatin1String("Stocktake 1 posted: 1 line changed the stock.")),
             qPrintable(r.out + r.err));
    QCOMPARE(levelOf(QStringLiteral("SKU-MUG")), QStringLiteral("SKU-MUG\tMAIN\t5\t0\t5\n"));
    const qint64 movements =
        scalar(QStringLiteral("SELECT COUNT(*) FROM stock_movements")).toLongLong();
    r = ctl(post);
    QVERIFY2(r.exitCode == 5 && r.err.contains(QLatin1String("Stocktake 1 was posted by boss")),
             qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM stock_movements")).toLongLong(),
             movements);
    r = ctl(import + QStringList{m_dir.filePath(QStringLiteral("count.csv"))});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(ctl({QStringLiteral("stock"), QStringLiteral("verify")}).exitCode, 0);
}

void TestDocketctlStock::transferCreateSendReceive()
{
    const QStringList create{QStringLiteral("transfer"), QStringLiteral("create"),
                             QStringLiteral("--from"), QStringLiteral("MAIN")};
    Result r = ctl(create + QStringList{QStringLiteral("--to"), QStringLiteral("EAST"),
                                        QStringLiteral("SKU-MUG"), QStringLiteral("4"),
                                        QStringLiteral("--note"), QStringLiteral("rebalance")});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QLatin1String("Transfer 1 from MAIN to EAST drafted.")),
             qPrintable(r.out + r.err));
    r = ctl(create + QStringList{QStringLiteral("--to"), QStringLiteral("NOWHERE"),
                                 QStringLiteral("SKU-MUG"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 3 && r.err.contains(QLatin1String("NOWHERE")), qPrintable(r.err));
    r = ctl(create + QStringList{QStringLiteral("--to"), QStringLiteral("MAIN"),
                                 QStringLiteral("SKU-MUG"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("from one warehouse to another")),
             qPrintable(r.err));
    r = ctl(create + QStringList{QStringLiteral("--to"), QStringLiteral("EAST"),
                                 QStringLiteral("SKU-MUG"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("SKU-MUG: \"0\"")), qPrintable(r.err));
    QCOMPARE(ctl(create + QStringList{QStringLiteral("--to"), QStringLiteral("EAST"),
                                      QStringLiteral("SKU-MUG"), QStringLiteral("1")},
                 QStringLiteral("clara"))
                 .exitCode,
             4);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM transfers")).toInt(), 1);

    // Sent: the units leave MAIN; a second send is refused.
    const QStringList send{QStringLiteral("transfer"), QStringLiteral("send"), QStringLiteral("1")};
    r = ctl(send);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Transfer 1 is in transit.")),
             qPrintable(r.out + r.err));
    QCOMPARE(levelOf(QStringLiteral("SKU-MUG")), QStringLiteral("SKU-MUG\tMAIN\t1\t0\t1\n"));
    QCOMPARE(ctl(send).exitCode, 5);
    r = ctl({QStringLiteral("transfer"), QStringLiteral("list"), QStringLiteral("--open")});
    QVERIFY2(r.out.contains(QLatin1String("1\tMAIN -> EAST\tIn transit\t4 units\trebalance")),
             qPrintable(r.out + r.err));

    // Received short: three of four arrive, the shortfall is recorded.
    const QStringList receive{QStringLiteral("transfer"), QStringLiteral("receive"),
                              QStringLiteral("1")};
    r = ctl(receive + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("SKU-MUG: between 0 and 4")),
             qPrintable(r.err));
    r = ctl(receive + QStringList{QStringLiteral("SKU-LAMP"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("SKU-LAMP is not on transfer 1")),
             qPrintable(r.err));
    r = ctl(receive + QStringList{QStringLiteral("SKU-MUG"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Transfer 1 received, 1 unit short.")),
             qPrintable(r.out + r.err));
    QCOMPARE(levelOf(QStringLiteral("SKU-MUG")),
             QStringLiteral("SKU-MUG\tEAST\t3\t0\t3\nSKU-MUG\tMAIN\t1\t0\t1\n"));
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(quantity - received) FROM transfer_lines WHERE "
                                   "transfer_id = 1"))
                 .toInt(),
             1);
    QCOMPARE(ctl(receive).exitCode, 5);
    QCOMPARE(
        ctl({QStringLiteral("transfer"), QStringLiteral("send"), QStringLiteral("7")}).exitCode, 3);

    // Received in full (no quantities named).
    QVERIFY(ok(create + QStringList{QStringLiteral("--to"), QStringLiteral("EAST"),
                                    QStringLiteral("SKU-LAMP"), QStringLiteral("2")}) !=
            QLatin1String("FAILED"));
    QVERIFY(ok({QStringLiteral("transfer"), QStringLiteral("send"), QStringLiteral("2")}) !=
            QLatin1String("FAILED"));
    r = ctl({QStringLiteral("transfer"), QStringLiteral("receive"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Transfer 2 received in full.")),
             qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("transfer"), QStringLiteral("list")});
    QVERIFY2(r.out.count(QLatin1String("Received")) == 2, qPrintable(r.out));
    QCOMPARE(ctl({QStringLiteral("stock"), QStringLiteral("verify")}).exitCode, 0);
}

void TestDocketctlStock::feedbackAndReturns()
{
    const Result list =
        ctl({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("delivered"), QStringLiteral("--limit"), QStringLiteral("1"),
             QStringLiteral("--json")});
    const QString number = QJsonDocument::fromJson(list.out.toUtf8())
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    QVERIFY2(!number.isEmpty(), qPrintable(list.out + list.err));
    const QJsonObject order =
        QJsonDocument::fromJson(ctl({QStringLiteral("orders"), QStringLiteral("show"), number,
                                     QStringLiteral("--json")})
                                    .out.toUtf8())
            .object();
    const QString sku = order.value(QStringLiteral("lines"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("sku"))
                            .toString();
    QVERIFY(!sku.isEmpty());

    // Feedback: a rating from 1 to 5 and a comment, or a service note.
    const QStringList add{QStringLiteral("feedback"), QStringLiteral("add"), number};
    auto feedbackRows = [&] {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM order_feedback")).toInt();
    };
    for (const QString& bad : {QStringLiteral("6"), QStringLiteral("0"), QStringLiteral("4.5"),
                               QStringLiteral("-1"), QStringLiteral("five")}) {
        const Result r =
            ctl(add + QStringList{QStringLiteral("--rating"), bad, QStringLiteral("Fine")});
        QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--rating: a whole number from 1 "
                                                                 "to 5.")),
                 qPrintable(bad + QLatin1String(": ") + r.err));
    }
    Result r = ctl(add + QStringList{QStringLiteral("--rating"), QStringLiteral("4")});
    QCOMPARE(r.exitCode, 2);
    r = ctl({QStringLiteral("feedback"), QStringLiteral("add"), QStringLiteral("DK9999999"),
             QStringLiteral("--rating"), QStringLiteral("4"), QStringLiteral("Fine")});
    QCOMPARE(r.exitCode, 3);
    // A rating and a note at once, a note with a stray word.
    r = ctl(add + QStringList{QStringLiteral("--rating"), QStringLiteral("4"),
                              QStringLiteral("Fine"), QStringLiteral("--note"),
                              QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    r = ctl(add + QStringList{QStringLiteral("--note"), QStringLiteral("Called"),
                              QStringLiteral("twice")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(feedbackRows(), 0);
    r = ctl(add + QStringList{QStringLiteral("--rating"), QStringLiteral("5"),
                              QStringLiteral("Arrived quickly, well packed")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Added to order %1.").arg(number)),
             qPrintable(r.out + r.err));
    r = ctl(add +
            QStringList{QStringLiteral("--note"), QStringLiteral("Called about the invoice")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(feedbackRows(), 2);
    QCOMPARE(
        scalar(QStringLiteral("SELECT rating FROM order_feedback WHERE kind = 'feedback'")).toInt(),
        5);

    // returns list: empty, then the request in its state; filters.
    const QStringList returns{QStringLiteral("returns"), QStringLiteral("list")};
    r = ctl(returns);
    QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), qPrintable(r.out + r.err));
    r = ctl({QStringLiteral("returns"), QStringLiteral("create"), number, sku, QStringLiteral("0"),
             QStringLiteral("--reason"), QStringLiteral("defective")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(sku), qPrintable(r.err));
    r = ctl({QStringLiteral("returns"), QStringLiteral("create"), number, sku, QStringLiteral("1"),
             QStringLiteral("--reason"), QStringLiteral("broken")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--reason")), qPrintable(r.err));
    r = ctl({QStringLiteral("returns"), QStringLiteral("create"), number, sku, QStringLiteral("1"),
             QStringLiteral("--reason"), QStringLiteral("damaged")});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QStringLiteral("Return 1 requested for order %1.").arg(number)),
             qPrintable(r.out + r.err));
    r = ctl(returns);
    QVERIFY2(r.exitCode == 0 &&
                 r.out.startsWith(
                     QStringLiteral("1\t%1\tRequested\tDamaged in transit\t").arg(number)) &&
                 r.out.count(QLatin1Char('\n')) == 1,
             qPrintable(r.out + r.err));
    QCOMPARE(ctl(returns + QStringList{QStringLiteral("--state"), QStringLiteral("requested")}).out,
             r.out);
    QCOMPARE(ctl(returns + QStringList{QStringLiteral("--open")}).out, r.out);
    QCOMPARE(ctl(returns + QStringList{QStringLiteral("--order"), number}).out, r.out);
    QCOMPARE(ctl(returns + QStringList{QStringLiteral("--state"), QStringLiteral("closed")}).out,
             QString());
    QCOMPARE(ctl(returns + QStringList{QStringLiteral("--overdue")}).out, QString());
    r = ctl(returns + QStringList{QStringLiteral("--state"), QStringLiteral("lost")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--state")), qPrintable(r.err));
    r = ctl(returns + QStringList{QStringLiteral("--order"), QStringLiteral("DK9999999")});
    QCOMPARE(r.exitCode, 3);
    r = ctl({QStringLiteral("returns"), QStringLiteral("reject"), QStringLiteral("1"),
             QStringLiteral("--reason"), QStringLiteral("Outside the return window")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = ctl(returns + QStringList{QStringLiteral("--state"), QStringLiteral("rejected")});
    QVERIFY2(r.out.startsWith(QStringLiteral("1\t%1\tRejected\t").arg(number)), qPrintable(r.out));
    QCOMPARE(ctl(returns + QStringList{QStringLiteral("--open")}).out, QString());
}

// Issue 17 item 11: the demo data has returns in every state (some past
// their deadline), each resolution, and customer feedback, and the stock and
// the payments still add up: `seed` demo orders, then `stock seed`.
void TestDocketctlStock::demoDataHasReturnsInEveryState()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.db"));
    auto run = [&](const QStringList& args) {
        return ctl(args, QStringLiteral("boss"), db);
    };
    Result r = run({QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("seed"), QStringLiteral("--orders"), QStringLiteral("2000"),
             QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("stock"), QStringLiteral("seed"), QStringLiteral("--products"),
             QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Added 36 returns (")) &&
                 r.out.contains(QLatin1String("and feedback on 60 orders.")),
             qPrintable(r.out + r.err));
    r = run({QStringLiteral("stock"), QStringLiteral("seed"), QStringLiteral("--returns"),
             QStringLiteral("-1")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--returns")), qPrintable(r.err));
    QVERIFY(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                 QStringLiteral("--admin")})
                .exitCode == 0);

    const QStringList list{QStringLiteral("returns"), QStringLiteral("list")};
    int all = 0;
    for (const auto& [state, label] : QList<std::pair<QString, QString>>{
             {QStringLiteral("requested"), QStringLiteral("Requested")},
             {QStringLiteral("approved"), QStringLiteral("Approved")},
             {QStringLiteral("rejected"), QStringLiteral("Rejected")},
             {QStringLiteral("received"), QStringLiteral("Received")},
             {QStringLiteral("closed"), QStringLiteral("Closed")}}) {
        r = run(list + QStringList{QStringLiteral("--state"), state});
        const QStringList rows = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(r.exitCode == 0 && !rows.isEmpty(), qPrintable(state + r.err));
        for (const QString& row : rows)
            QVERIFY2(row.split(QLatin1Char('\t')).value(2) == label, qPrintable(row));
        all += int(rows.size());
    }
    QCOMPARE(all, 36);
    r = run(list + QStringList{QStringLiteral("--overdue")});
    const QStringList overdue = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!overdue.isEmpty(), qPrintable(r.out + r.err));
    for (const QString& row : overdue)
        QVERIFY2(row.endsWith(QLatin1String("[overdue]")), qPrintable(row));
    QVERIFY(run(list + QStringList{QStringLiteral("--open")}).out.count(QLatin1Char('\n')) >
            overdue.size());

    // Each resolution; feedback rated 1 to 5 on delivered orders.
    const QString saved = m_db;
    m_db = db; // scalar() reads m_db
    for (const char* resolution : {"refund", "exchange", "repair"})
        QVERIFY2(scalar(QStringLiteral("SELECT COUNT(*) FROM returns WHERE resolution = '%1'")
                            .arg(QLatin1String(resolution)))
                         .toInt() > 0,
                 resolution);
    QVERIFY(
        scalar(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE return_id IS NOT NULL")).toInt() >
        0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM order_feedback f JOIN orders o ON o.id = "
                                   "f.order_id WHERE f.kind = 'feedback' AND f.rating BETWEEN 1 "
                                   "AND 5 AND o.status = 'delivered'"))
                 .toInt(),
             60);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(DISTINCT rating) FROM order_feedback WHERE kind = "
                                  "'feedback'"))
                .toInt() >= 3);
    m_db = saved;

    r = run({QStringLiteral("stock"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = run({QStringLiteral("records"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // The refunds and the replacement orders are in the sales summaries too.
    r = run({QStringLiteral("analytics"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

// The same commands on PostgreSQL, where the server's functions check and
// write (test_docketctl_stock_pg: DOCKET_TEST_BACKENDS=postgres and a server
// in DOCKET_TEST_PG): the same exit codes, messages naming the same things,
// verify catching a level changed behind the ledger's back.
void TestDocketctlStock::onPostgreSQL()
{
    if (!onPostgreSQLOnly())
        QSKIP("test_docketctl_stock_pg runs this");
    if (qEnvironmentVariableIsEmpty("DOCKET_TEST_PG"))
        QSKIP("no PostgreSQL server (set DOCKET_TEST_PG)");
    DOCKET_TESTDB(tdb, Backend::PostgreSQL, TestDb::Setup::Empty);
    const QString url = tdb.config().toString();
    m_pgPassword = tdb.config().password;
    auto run = [&](const QStringList& args, const QString& user = QStringLiteral("boss")) {
        return ctl(args, user, url);
    };
    for (const QStringList& step : QList<QStringList>{
             {QStringLiteral("db"), QStringLiteral("init")},
             {QStringLiteral("seed"), QStringLiteral("--orders"), QStringLiteral("300"),
              QStringLiteral("--seed"), QStringLiteral("3")},
             {QStringLiteral("stock"), QStringLiteral("seed"), QStringLiteral("--products"),
              QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3"),
              QStringLiteral("--returns"), QStringLiteral("12"), QStringLiteral("--feedback"),
              QStringLiteral("5")},
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
              QStringLiteral("--admin")},
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clara"),
              QStringLiteral("--role"), QStringLiteral("clerk")},
         }) {
        const Result r = run(step);
        QVERIFY2(r.exitCode == 0, qPrintable(step.join(u' ') + QLatin1String(": ") + r.err));
    }
    const QString sku =
        QJsonDocument::fromJson(
            run({QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--limit"), QStringLiteral("1")})
                .out.toUtf8())
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("sku"))
            .toString();
    QVERIFY(!sku.isEmpty());

    // Products: a bad row refused by line, nothing imported.
    Result r =
        run({QStringLiteral("products"), QStringLiteral("import"),
             writeFile(QStringLiteral("pg-bad.csv"), "sku,name,price,cost,safety_stock,active\n"
                                                     "SKU-PGA,Good,1.00,0.50,0,yes\n"
                                                     "SKU-PGB,Bad,1.00,0.50,x,yes\n")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("Line 3")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("--search"),
                  QStringLiteral("SKU-PG"), QStringLiteral("--json")})
                 .out.trimmed(),
             QStringLiteral("[\n]"));

    // Receipts: refused input named; a clerk may not adjust.
    const QStringList receive{QStringLiteral("stock"), QStringLiteral("receive"),
                              QStringLiteral("--warehouse"), QStringLiteral("HAM")};
    r = run(receive + QStringList{sku, QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Received 5 units into HAM.")),
             qPrintable(r.out + r.err));
    r = run(receive + QStringList{sku, QStringLiteral("-5")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("%1: \"-5\"").arg(sku)),
             qPrintable(r.err));
    r = run({QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("--warehouse"),
             QStringLiteral("NOWHERE"), sku, QStringLiteral("1")});
    QCOMPARE(r.exitCode, 3);
    r = run({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("--warehouse"),
             QStringLiteral("HAM"), sku, QStringLiteral("0"), QStringLiteral("--reason"),
             QStringLiteral("mine")},
            QStringLiteral("clara"));
    QVERIFY2(r.exitCode == 4, qPrintable(r.err));

    // verify: 0, then 1 naming the product after a level changed behind
    // the ledger's back, 0 again after rebuild.
    const QStringList verify{QStringLiteral("stock"), QStringLiteral("verify")};
    r = run(verify);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    {
        const std::shared_ptr<Database> other = tdb.openAnother();
        QSqlQuery q(other->connection());
        QVERIFY(q.prepare(QStringLiteral(
            "UPDATE stock_levels SET on_hand = on_hand + 4 WHERE product_id = (SELECT id FROM "
            "products WHERE sku = ?) AND warehouse_id = (SELECT id FROM warehouses WHERE code = "
            "'HAM')")));
        q.addBindValue(sku);
        QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
    }
    r = run(verify);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("%1 in HAM: the stock table says").arg(sku)),
             qPrintable(r.err));
    QVERIFY(run({QStringLiteral("stock"), QStringLiteral("rebuild")}).exitCode == 0);
    QCOMPARE(run(verify).exitCode, 0);

    // Stocktakes: the seed's count in HAM is under way; one in LYS, posted once.
    r = run({QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--warehouse"),
             QStringLiteral("HAM")});
    QVERIFY2(r.exitCode == 5 && r.err.contains(QLatin1String("under way")), qPrintable(r.err));
    r = run({QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--warehouse"),
             QStringLiteral("LYS"), QStringLiteral("--sku"), sku});
    const QRegularExpressionMatch take =
        QRegularExpression(QStringLiteral("^Stocktake (\\d+) of LYS started: 1 lines? to count"))
            .match(r.out);
    QVERIFY2(r.exitCode == 0 && take.hasMatch(), qPrintable(r.out + r.err));
    const QString takeId = take.captured(1);
    r = run({QStringLiteral("stocktake"), QStringLiteral("import"), takeId,
             writeFile(QStringLiteral("pg-count.csv"), "sku,counted\n" + sku.toUtf8() + ",0\n")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("1 line counted.")),
             qPrintable(r.out + r.err));
    const QStringList post{QStringLiteral("stocktake"), QStringLiteral("post"), takeId};
    r = run(post);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(post);
    QVERIFY2(r.exitCode == 5 && r.err.contains(QLatin1String("posted by boss")), qPrintable(r.err));

    // A transfer received short.
    r = run({QStringLiteral("transfer"), QStringLiteral("create"), QStringLiteral("--from"),
             QStringLiteral("HAM"), QStringLiteral("--to"), QStringLiteral("SHA"), sku,
             QStringLiteral("2")});
    const QRegularExpressionMatch transfer =
        QRegularExpression(QStringLiteral("^Transfer (\\d+) from HAM to SHA drafted")).match(r.out);
    QVERIFY2(r.exitCode == 0 && transfer.hasMatch(), qPrintable(r.out + r.err));
    const QString transferId = transfer.captured(1);
    QVERIFY(run({QStringLiteral("transfer"), QStringLiteral("send"), transferId}).exitCode == 0);
    r = run({QStringLiteral("transfer"), QStringLiteral("receive"), transferId,
             QStringLiteral("SKU-NOT-ON-IT"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 3);
    r = run({QStringLiteral("transfer"), QStringLiteral("receive"), transferId, sku,
             QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Transfer %1 received, 1 unit "
                                                              "short.")
                                                   .arg(transferId)),
             qPrintable(r.out + r.err));
    QCOMPARE(run({QStringLiteral("transfer"), QStringLiteral("receive"), transferId}).exitCode, 5);

    // Feedback and the seeded returns.
    const QString number =
        QJsonDocument::fromJson(
            run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
                 QStringLiteral("delivered"), QStringLiteral("--limit"), QStringLiteral("1"),
                 QStringLiteral("--json")})
                .out.toUtf8())
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("number"))
            .toString();
    QVERIFY(!number.isEmpty());
    r = run({QStringLiteral("feedback"), QStringLiteral("add"), number, QStringLiteral("--rating"),
             QStringLiteral("6"), QStringLiteral("meh")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--rating")), qPrintable(r.err));
    r = run({QStringLiteral("feedback"), QStringLiteral("add"), number, QStringLiteral("--note"),
             QStringLiteral("Called the customer")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString& state :
         {QStringLiteral("requested"), QStringLiteral("approved"), QStringLiteral("rejected"),
          QStringLiteral("received"), QStringLiteral("closed")}) {
        r = run(
            {QStringLiteral("returns"), QStringLiteral("list"), QStringLiteral("--state"), state});
        QVERIFY2(r.exitCode == 0 && !r.out.isEmpty(), qPrintable(state + r.err));
    }
    QCOMPARE(run(verify).exitCode, 0);
    r = run({QStringLiteral("records"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    m_pgPassword.clear();
}

QTEST_GUILESS_MAIN(TestDocketctlStock)
#include "test_docketctl_stock.moc"
