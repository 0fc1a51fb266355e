// OrderExporter: the exported file holds exactly the filtered, sorted list
// (every matching row, across many keyset pages), fields quoted per RFC 4180
// with non-ASCII text intact, the Excel options, real XLSX, permission, cancel
// and the background job.

#include "export/orderexporter.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <zlib.h>

using namespace docket;
using namespace docket::test;

namespace {

// An RFC 4180 reader: quoted fields with doubled quotes, separators and line
// breaks inside quotes; records end with CRLF (or LF).
QList<QStringList> parseCsv(const QString& text, QChar sep = QLatin1Char(','))
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == sep) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            // part of CRLF
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One member of a zip file (the XLSX container), inflated, via the central
// directory.
QByteArray zipMember(const QByteArray& zip, const QByteArray& name)
{
    auto u16 = [&](qsizetype at) {
        return quint32(quint8(zip[at])) | quint32(quint8(zip[at + 1])) << 8;
    };
    auto u32 = [&](qsizetype at) {
        return u16(at) | u16(at + 2) << 16;
    };
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0)
        return {};
    const quint32 entries = u16(eocd + 10);
    qsizetype p = u32(eocd + 16);
    for (quint32 i = 0; i < entries; ++i) {
        const quint32 method = u16(p + 10);
        const quint32 csize = u32(p + 20);
        const quint32 usize = u32(p + 24);
        const quint32 nlen = u16(p + 28), xlen = u16(p + 30), clen = u16(p + 32);
        const quint32 local = u32(p + 42);
        const QByteArray entry = zip.mid(p + 46, nlen);
        p += 46 + nlen + xlen + clen;
        if (entry != name)
            continue;
        const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
        const QByteArray packed = zip.mid(data, csize);
        if (method == 0)
            return packed;
        QByteArray outBuf(qsizetype(usize), Qt::Uninitialized);
        z_stream zs{};
        inflateInit2(&zs, -MAX_WBITS);
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.constData()));
        zs.avail_in = uInt(packed.size());
        zs.next_out = reinterpret_cast<Bytef*>(outBuf.data());
        zs.avail_out = uInt(outBuf.size());
        const int rc = inflate(&zs, Z_FINISH);
        inflateEnd(&zs);
        return rc == Z_STREAM_END ? outBuf : QByteArray();
    }
    return {};
}

Order draft(const QString& customer, const QString& channel, qint64 cents)
{
    Order o;
    o.customerName = customer;
    o.email = QStringLiteral("x@example.org");
    o.channel = channel;
    o.currency = QStringLiteral("EUR");
    o.lines = {OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Thing"), 1, Money(cents)}};
    o.total = Money(cents);
    return o;
}

// Customer names that break naive CSV writers and readers.
const QStringList kTrickyNames{
    QStringLiteral("Zoë \"Quotes\" Müller, Jr."),
    QStringLiteral("张伟"),
    QStringLiteral("陳美玲, 台北"),
    QStringLiteral("Line one\nLine two"),
    QStringLiteral("=HYPERLINK(\"http://evil\")"),
    QStringLiteral("Ends with a quote\""),
    QStringLiteral("semi;colon\ttab"),
};

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }
    void init()
    {
        // Only everyBackend() has a backend column; the rest are SQLite tests.
        if (qstrcmp(QTest::currentTestFunction(), "everyBackend") != 0 &&
            !backendEnabled(Backend::SQLite))
            QSKIP("a SQLite test; this run covers PostgreSQL");
    }
    void csvFieldQuoting_data();
    void csvFieldQuoting();
    void csvMatchesFilteredSetAcrossPages_data();
    void csvMatchesFilteredSetAcrossPages();
    void trickyFieldsRoundTrip();
    void excelOptionAddsBomAndProtectsFormulas();
    void semicolonSeparator();
    void xlsxHoldsTheSameRows();
    void forbiddenWithoutExportPermission();
    void cancelLeavesNoFile();
    void badTargetIsNamed();
    void jobRunsOnItsOwnThread();
    void everyBackend_data();
    void everyBackend();
    void formatFollowsTheFileName();
    void chosenColumnsAndLines_data();
    void chosenColumnsAndLines();
    void unknownColumnIsRefused();
    void defaultFolderExistsOrIsMade();
    void progressStartsFromTheQuickCount();

private:
    // Exported rows (header dropped) vs. the store's list for the filter.
    void compareWithStore(const OrderStore& store, const QList<QStringList>& rows,
                          const OrderFilter& filter, const OrderSort& sort);
    QTemporaryDir m_dir;
};

void TestExport::csvFieldQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("non-ascii") << QStringLiteral("张伟") << QStringLiteral("张伟");
}

void TestExport::csvFieldQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(OrderExporter::csvField(value), expected);
    // What the quoting wrote reads back as the value.
    const auto back = parseCsv(OrderExporter::csvField(value) + QStringLiteral("\r\n"));
    if (!value.isEmpty())
        QCOMPARE(back.value(0).value(0), value);
}

void TestExport::csvMatchesFilteredSetAcrossPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<QString>("channel");
    QTest::newRow("created desc, all") << int(OrderColumn::Created) << false << QString();
    QTest::newRow("customer asc, web")
        << int(OrderColumn::Customer) << true << QStringLiteral("web");
    QTest::newRow("total desc, retail")
        << int(OrderColumn::Total) << false << QStringLiteral("retail");
    QTest::newRow("status asc, all") << int(OrderColumn::Status) << true << QString();
}

void TestExport::csvMatchesFilteredSetAcrossPages()
{
    QFETCH(int, column);
    QFETCH(bool, ascending);
    QFETCH(QString, channel);
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 900;
    seed.now = TestDb::kNow;
    DOCKET_SEED_OR_SKIP(store, seed);
    // Ties in every sort column, so keyset paging must use the id too.
    for (int i = 0; i < 30; ++i)
        store.create(draft(QStringLiteral("Same Name"), QStringLiteral("web"), 1000));

    OrderFilter filter;
    if (!channel.isEmpty())
        filter.channels = {channel};
    const OrderSort sort{OrderColumn(column), ascending ? Qt::AscendingOrder : Qt::DescendingOrder};
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    ExportOptions o;
    o.pageSize = 37; // many pages, page boundaries inside runs of equal keys
    QList<std::pair<qint64, qint64>> progress;
    const ExportResult r =
        OrderExporter(store).exportTo(path, filter, sort, o, [&](qint64 done, qint64 total) {
            progress.push_back({done, total});
            return true;
        });
    const qint64 expected = store.count(filter);
    QVERIFY(expected > 100);
    QCOMPARE(r.rows, expected);
    QVERIFY(progress.size() > expected / 37);
    QCOMPARE(progress.back(), std::make_pair(expected, expected));

    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // plain: no BOM
    const auto rows = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(rows.value(0), OrderExporter::headers());
    compareWithStore(store, rows.mid(1), filter, sort);
}

void TestExport::compareWithStore(const OrderStore& store, const QList<QStringList>& rows,
                                  const OrderFilter& filter, const OrderSort& sort)
{
    const QList<OrderSummary> want = store.page(filter, sort, 1'000'000);
    QCOMPARE(rows.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QStringList& r = rows[i];
        const OrderSummary& w = want[i];
        QCOMPARE(r.size(), OrderExporter::headers().size());
        QCOMPARE(r[0], w.number);
        QCOMPARE(r[1], QDateTime::fromSecsSinceEpoch(w.createdAt, QTimeZone::systemTimeZone())
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(r[2], w.customerName);
        QCOMPARE(r[3], status::labelForCode(w.status));
        QCOMPARE(r[5], w.total.toPlainString());
        QCOMPARE(r[6], w.total.currency());
        QCOMPARE(r[7], w.isNew ? QStringLiteral("1") : QStringLiteral("0"));
        QCOMPARE(r[9], w.invalid ? QStringLiteral("1") : QStringLiteral("0"));
    }
}

void TestExport::trickyFieldsRoundTrip()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    for (const QString& name : kTrickyNames)
        store.create(draft(name, QStringLiteral("phone"), 123456));
    store.create(draft(QStringLiteral("Not exported"), QStringLiteral("web"), 1));
    OrderFilter filter;
    filter.channels = {QStringLiteral("phone")};
    const OrderSort sort{OrderColumn::Number, Qt::AscendingOrder};
    const QString path = m_dir.filePath(QStringLiteral("tricky.csv"));
    ExportOptions o;
    o.pageSize = 2;
    QCOMPARE(OrderExporter(store).exportTo(path, filter, sort, o).rows,
             qint64(kTrickyNames.size()));
    const auto rows = parseCsv(QString::fromUtf8(readAll(path)));
    QCOMPARE(rows.size(), kTrickyNames.size() + 1);
    for (qsizetype i = 0; i < kTrickyNames.size(); ++i) {
        QCOMPARE(rows[i + 1][2], kTrickyNames[i]);
        QCOMPARE(rows[i + 1][5], QStringLiteral("1234.56"));
    }
    compareWithStore(store, rows.mid(1), filter, sort);
}

void TestExport::excelOptionAddsBomAndProtectsFormulas()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    store.create(draft(QStringLiteral("=1+2"), QStringLiteral("web"), 100));
    store.create(draft(QStringLiteral("@SUM(A1)"), QStringLiteral("web"), 100));
    const QString path = m_dir.filePath(QStringLiteral("excel.csv"));
    ExportOptions o;
    o.excelCompatible = true;
    const OrderSort sort{OrderColumn::Number, Qt::AscendingOrder};
    OrderExporter(store).exportTo(path, {}, sort, o);
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][2], QStringLiteral("'=1+2"));
    QCOMPARE(rows[2][2], QStringLiteral("'@SUM(A1)"));

    // Plain export: exactly as stored.
    OrderExporter(store).exportTo(path, {}, sort, {});
    const auto plain = parseCsv(QString::fromUtf8(readAll(path)));
    QCOMPARE(plain[1][2], QStringLiteral("=1+2"));
}

void TestExport::semicolonSeparator()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    store.create(draft(QStringLiteral("A; B, C"), QStringLiteral("web"), 250));
    const QString path = m_dir.filePath(QStringLiteral("semi.csv"));
    ExportOptions o;
    o.delimiter = QLatin1Char(';');
    OrderExporter(store).exportTo(path, {}, {}, o);
    const auto rows = parseCsv(QString::fromUtf8(readAll(path)), QLatin1Char(';'));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][2], QStringLiteral("A; B, C"));
    QCOMPARE(rows[1][5], QStringLiteral("2.50"));

    o.delimiter = QLatin1Char('|');
    const auto e = catchError([&] { OrderExporter(store).exportTo(path, {}, {}, o); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QCOMPARE(e->field(), QStringLiteral("delimiter"));
}

void TestExport::xlsxHoldsTheSameRows()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    for (const QString& name : kTrickyNames)
        store.create(draft(name, QStringLiteral("web"), 199));
    const QString path = m_dir.filePath(QStringLiteral("orders.xlsx"));
    ExportOptions o;
    o.format = ExportFormat::Xlsx;
    o.pageSize = 3;
    const ExportResult r = OrderExporter(store).exportTo(path, {}, {}, o);
    QCOMPARE(r.rows, qint64(kTrickyNames.size()));
    const QByteArray zip = readAll(path);
    QVERIFY(zip.startsWith("PK\x03\x04"));
    const QString sheet =
        QString::fromUtf8(zipMember(zip, QByteArrayLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(!sheet.isEmpty(), "sheet1.xml missing or unreadable");
    // Header + one <row> per order; the names are there, XML-escaped.
    QCOMPARE(sheet.count(QStringLiteral("<row ")), kTrickyNames.size() + 1);
    QVERIFY(sheet.contains(QStringLiteral("张伟")));
    QVERIFY(sheet.contains(QStringLiteral("Zoë &quot;Quotes&quot; Müller, Jr.")) ||
            sheet.contains(QStringLiteral("Zoë \"Quotes\" Müller, Jr.")));
    // Amounts are numbers (1.99), not text.
    QVERIFY(sheet.contains(QStringLiteral("<v>1.99</v>")));
    // No temporary file left beside the workbook.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden),
             QStringList());
}

void TestExport::forbiddenWithoutExportPermission()
{
    TestDb tdb;
    tdb.store().create(draft(QStringLiteral("A"), QStringLiteral("web"), 1));
    const OrderStore viewer(tdb.connection(),
                            sessionWith(QStringLiteral("clerk"), {Permission::ViewOrders}));
    const QString path = m_dir.filePath(QStringLiteral("forbidden.csv"));
    const auto e = catchError([&] { OrderExporter(viewer).exportTo(path, {}, {}); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Forbidden);
    QVERIFY(!QFile::exists(path));
}

void TestExport::cancelLeavesNoFile()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    for (int i = 0; i < 50; ++i)
        store.create(draft(QStringLiteral("C%1").arg(i), QStringLiteral("web"), 1));
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString path =
            m_dir.filePath(QStringLiteral("cancel.") + OrderExporter::suffix(format));
        ExportOptions o;
        o.format = format;
        o.pageSize = 10;
        int calls = 0;
        const auto e = catchError([&] {
            OrderExporter(store).exportTo(path, {}, {}, o, [&](qint64, qint64) {
                return ++calls < 3; // cancel on the third page
            });
        });
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
        const QStringList left =
            QDir(m_dir.path()).entryList({QStringLiteral("*cancel*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList());
    }
}

void TestExport::badTargetIsNamed()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/x.csv"));
    auto e = catchError([&] { OrderExporter(store).exportTo(missing, {}, {}); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY(e->message().contains(QStringLiteral("does not exist")));
    e = catchError([&] { OrderExporter(store).exportTo(m_dir.path(), {}, {}); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
}

void TestExport::jobRunsOnItsOwnThread()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    for (int i = 0; i < 120; ++i)
        store.create(draft(QStringLiteral("Job %1").arg(i), QStringLiteral("web"), 500));
    const QString path = m_dir.filePath(QStringLiteral("job.csv"));
    ExportOptions o;
    o.pageSize = 25;
    ExportJob job(tdb.database(), adminSession(), path, {}, {}, o);
    QSignalSpy done(&job, &ExportJob::succeeded);
    QSignalSpy progress(&job, &ExportJob::progress);
    job.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().at(0).toLongLong(), 120);
    QVERIFY(progress.size() >= 5);
    QCOMPARE(parseCsv(QString::fromUtf8(readAll(path))).size(), 121);

    // Without the permission the job fails with Forbidden, and writes nothing.
    const QString denied = m_dir.filePath(QStringLiteral("denied.csv"));
    ExportJob refused(tdb.database(), sessionWith(QStringLiteral("v"), {Permission::ViewOrders}),
                      denied, {}, {}, o);
    QSignalSpy failed(&refused, &ExportJob::failed);
    refused.start();
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().at(1).toInt(), int(DocketError::Code::Forbidden));
    QVERIFY(!QFile::exists(denied));
}

void TestExport::everyBackend_data()
{
    addBackendRows();
}

// The same export on SQLite and PostgreSQL (one read snapshot on each).
void TestExport::everyBackend()
{
    QFETCH(Backend, backend);
    TestDb tdb(backend);
    OrderStore store = tdb.store();
    for (int i = 0; i < 45; ++i)
        store.create(draft(kTrickyNames[i % kTrickyNames.size()] + QString::number(i / 7),
                           i % 3 ? QStringLiteral("web") : QStringLiteral("retail"), 100 + i % 4));
    OrderFilter filter;
    filter.channels = {QStringLiteral("web")};
    const OrderSort sort{OrderColumn::Customer, Qt::AscendingOrder};
    ExportOptions o;
    o.pageSize = 4;
    const QString path = m_dir.filePath(QStringLiteral("backend-%1.csv").arg(backendName(backend)));
    QCOMPARE(OrderExporter(store).exportTo(path, filter, sort, o).rows, qint64(30));
    compareWithStore(store, parseCsv(QString::fromUtf8(readAll(path))).mid(1), filter, sort);

    o.format = ExportFormat::Xlsx;
    const QString xlsx =
        m_dir.filePath(QStringLiteral("backend-%1.xlsx").arg(backendName(backend)));
    QCOMPARE(OrderExporter(store).exportTo(xlsx, filter, sort, o).rows, qint64(30));
    const QString sheet =
        QString::fromUtf8(zipMember(readAll(xlsx), QByteArrayLiteral("xl/worksheets/sheet1.xml")));
    QCOMPARE(sheet.count(QStringLiteral("<row ")), 31);
}

// Issue 13, item 3: typing a name ending in .xlsx while CSV is selected wrote
// CSV text into the .xlsx file (and the reverse).
void TestExport::formatFollowsTheFileName()
{
    QCOMPARE(OrderExporter::formatOfPath(QStringLiteral("/a/b.XLSX")), ExportFormat::Xlsx);
    QCOMPARE(OrderExporter::formatOfPath(QStringLiteral("b.csv")), ExportFormat::Csv);
    QCOMPARE(OrderExporter::formatOfPath(QStringLiteral("b.tsv")), ExportFormat::Csv);
    QVERIFY(!OrderExporter::formatOfPath(QStringLiteral("orders")));
    QVERIFY(!OrderExporter::formatOfPath(QStringLiteral("orders.pdf")));
    TestDb tdb;
    OrderStore store = tdb.store();
    store.create(draft(QStringLiteral("Named"), QStringLiteral("web"), 1234));
    ExportOptions csv;
    csv.format = ExportFormat::Csv;
    const QString xlsxPath = m_dir.filePath(QStringLiteral("named.xlsx"));
    OrderExporter(store).exportTo(xlsxPath, {}, {}, csv);
    const QByteArray zip = readAll(xlsxPath);
    QVERIFY2(zip.startsWith("PK\x03\x04"), zip.left(40).constData());
    QVERIFY(QString::fromUtf8(zipMember(zip, QByteArrayLiteral("xl/worksheets/sheet1.xml")))
                .contains(QStringLiteral("Named")));
    ExportOptions xlsx;
    xlsx.format = ExportFormat::Xlsx;
    const QString csvPath = m_dir.filePath(QStringLiteral("named.csv"));
    OrderExporter(store).exportTo(csvPath, {}, {}, xlsx);
    const auto rows = parseCsv(QString::fromUtf8(readAll(csvPath)));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][2], QStringLiteral("Named"));
}

void TestExport::chosenColumnsAndLines_data()
{
    addBackendRows();
}

// Issue 13, item 3: email, phone, address, lines, invalid reason and assigned
// to, in the columns and order the user picked; lines one row each in CSV, on
// a sheet of their own in XLSX.
void TestExport::chosenColumnsAndLines()
{
    QFETCH(Backend, backend);
    TestDb tdb(backend);
    OrderStore store = tdb.store();
    Order a = draft(QStringLiteral("Ann Lee"), QStringLiteral("web"), 0);
    a.email = QStringLiteral("ann@example.org");
    a.phone = QStringLiteral("+49 30 1234");
    a.shipTo = {QStringLiteral("Ringstraße 5"), QStringLiteral("Berlin"), QStringLiteral("10115"),
                QStringLiteral("Berlin"), QStringLiteral("DE")};
    a.assignedTo = QStringLiteral("mia");
    a.lines = {
        OrderLine{0, 0, QStringLiteral("MUG-1"), QStringLiteral("Mug, \"blue\""), 2, Money(450)},
        OrderLine{0, 0, QStringLiteral("TEE-2"), QStringLiteral("T-shirt"), 1, Money(1999)}};
    const qint64 aId = store.create(a);
    Order b = draft(QStringLiteral("Bo Chen"), QStringLiteral("web"), 500);
    const qint64 bId = store.create(b);
    store.invalidate({bId}, QStringLiteral("Duplicate order"));
    Q_UNUSED(aId);

    OrderFilter all;
    all.validity = OrderFilter::Validity::All;
    const OrderSort sort{OrderColumn::Number, Qt::AscendingOrder};
    ExportOptions o;
    o.columns = {
        QStringLiteral("number"),  QStringLiteral("email"),    QStringLiteral("phone"),
        QStringLiteral("street"),  QStringLiteral("postcode"), QStringLiteral("city"),
        QStringLiteral("country"), QStringLiteral("assigned"), QStringLiteral("invalidReason"),
        QStringLiteral("items"),   QStringLiteral("total")};
    o.lines = true;
    o.pageSize = 1; // lines read page by page
    const QString path = m_dir.filePath(QStringLiteral("cols-%1.csv").arg(backendName(backend)));
    QCOMPARE(OrderExporter(store).exportTo(path, all, sort, o).rows, qint64(2));
    const auto rows = parseCsv(QString::fromUtf8(readAll(path)));
    QCOMPARE(
        rows.value(0),
        (QStringList{QStringLiteral("Number"), QStringLiteral("Email"), QStringLiteral("Phone"),
                     QStringLiteral("Street"), QStringLiteral("Postcode"), QStringLiteral("City"),
                     QStringLiteral("Country"), QStringLiteral("Assigned to"),
                     QStringLiteral("Invalid reason"), QStringLiteral("Items"),
                     QStringLiteral("Total"), QStringLiteral("Line"), QStringLiteral("SKU"),
                     QStringLiteral("Item"), QStringLiteral("Quantity"),
                     QStringLiteral("Unit price"), QStringLiteral("Line total")}));
    QCOMPARE(rows.size(), 1 + 3); // two lines of A, one of B
    const QStringList a1 = rows[1], a2 = rows[2], b1 = rows[3];
    QCOMPARE(a1.mid(0, 11),
             (QStringList{store.order(aId).number, QStringLiteral("ann@example.org"),
                          QStringLiteral("+49 30 1234"), QStringLiteral("Ringstraße 5"),
                          QStringLiteral("10115"), QStringLiteral("Berlin"), QStringLiteral("DE"),
                          QStringLiteral("mia"), QString(), QStringLiteral("3"),
                          QStringLiteral("28.99")}));
    QCOMPARE(a2.mid(0, 11), a1.mid(0, 11)); // the order's fields on each of its lines
    QCOMPARE(a1.mid(11), (QStringList{QStringLiteral("1"), QStringLiteral("MUG-1"),
                                      QStringLiteral("Mug, \"blue\""), QStringLiteral("2"),
                                      QStringLiteral("4.50"), QStringLiteral("9.00")}));
    QCOMPARE(a2.mid(11, 2), (QStringList{QStringLiteral("2"), QStringLiteral("TEE-2")}));
    QCOMPARE(b1[8], QStringLiteral("Duplicate order"));
    QCOMPARE(b1.mid(11, 2), (QStringList{QStringLiteral("1"), QStringLiteral("SKU-1")}));

    // XLSX: the orders on the first sheet, one row each; the lines on "Lines".
    o.format = ExportFormat::Xlsx;
    const QString xlsx = m_dir.filePath(QStringLiteral("cols-%1.xlsx").arg(backendName(backend)));
    QCOMPARE(OrderExporter(store).exportTo(xlsx, all, sort, o).rows, qint64(2));
    const QByteArray zip = readAll(xlsx);
    const QString book = QString::fromUtf8(zipMember(zip, QByteArrayLiteral("xl/workbook.xml")));
    QVERIFY2(book.contains(QStringLiteral("name=\"Lines\"")), qPrintable(book));
    const QString orders =
        QString::fromUtf8(zipMember(zip, QByteArrayLiteral("xl/worksheets/sheet1.xml")));
    const QString lines =
        QString::fromUtf8(zipMember(zip, QByteArrayLiteral("xl/worksheets/sheet2.xml")));
    QCOMPARE(orders.count(QStringLiteral("<row ")), 3);
    QCOMPARE(lines.count(QStringLiteral("<row ")), 4);
    QVERIFY(lines.contains(QStringLiteral("<v>19.99</v>")));
    QVERIFY(orders.contains(QStringLiteral("ann@example.org")));
}

void TestExport::unknownColumnIsRefused()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    ExportOptions o;
    o.columns = {QStringLiteral("number"), QStringLiteral("password_hash")};
    const QString path = m_dir.filePath(QStringLiteral("unknown.csv"));
    const auto e = catchError([&] { OrderExporter(store).exportTo(path, {}, {}, o); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QCOMPARE(e->field(), QStringLiteral("columns"));
    QVERIFY(!QFile::exists(path));
}

// Issue 13, item 3: the default folder (~/Documents) may not exist, and the
// first export failed there.
void TestExport::defaultFolderExistsOrIsMade()
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    const QString remembered = m_dir.path();
    QCOMPARE(OrderExporter::defaultFolder(remembered), remembered);
    const QString folder =
        OrderExporter::defaultFolder(m_dir.filePath(QStringLiteral("gone/away")));
    qputenv("HOME", oldHome);
    if (oldConfig.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", oldConfig);
    QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
    QVERIFY2(folder.startsWith(home.path()), qPrintable(folder));
}

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"

// Issue 19 item 3: the progress bar's total comes from the quick count
// (OrderStore::quickCount), not from an exact COUNT(*) before the first row
// (1-3 s for a keyword at ten million orders): an estimate first (reported
// as such), corrected to the exact number once known. An estimate too high is
// corrected at the end; one too low when the rows outrun it (then counted).
// The file is the same as without progress. A filter the summaries answer
// starts exact. The job says which (ExportJob::totalCounted).
void TestExport::progressStartsFromTheQuickCount()
{
    TestDb tdb;
    const QSqlDatabase c = tdb.connection();
    auto named = [&](int count, qint64 at, const QString& name) {
        const QList<qint64> ids = bulkInsertOrders(c, count, at);
        QSqlQuery q(c);
        // Numbers of their own: the next bulk insert numbers from BULK1 again.
        q.prepare(QStringLiteral("UPDATE orders SET customer_name = ?, number = 'T' || CAST(id AS "
                                 "TEXT) WHERE id >= ? AND id <= ?"));
        q.addBindValue(name);
        q.addBindValue(ids.first());
        q.addBindValue(ids.last());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    };
    // "Yan" has 500 old orders and 250 recent ones, "Zed" 300 recent ones:
    // the 200 newest matches of each reach back an hour, where 550 of the
    // 1,750 orders were made, so both are estimated at 200 * 1750 / 550.
    named(700, TestDb::kNow - 200 * 86400, QStringLiteral("Bulk Customer"));
    named(500, TestDb::kNow - 300 * 86400, QStringLiteral("Yan Old"));
    named(250, TestDb::kNow - 3600, QStringLiteral("Yan New"));
    named(300, TestDb::kNow - 3600, QStringLiteral("Zed New"));
    OrderStore store = tdb.store();
    ExportOptions o;
    o.pageSize = 50;

    struct Run
    {
        QList<std::pair<qint64, bool>> totals;     // setTotalReport
        QList<std::pair<qint64, qint64>> progress; // the progress function
        qint64 rows = 0;
        QByteArray file;
    };
    auto run = [&](const OrderFilter& f, const QString& name) {
        Run r;
        OrderExporter exporter(store);
        exporter.setTotalReport([&](qint64 total, bool exact) {
            r.totals.push_back({total, exact});
        });
        const QString path = m_dir.filePath(name + QStringLiteral(".csv"));
        r.rows = exporter
                     .exportTo(path, f, {}, o,
                               [&](qint64 done, qint64 total) {
                                   r.progress.push_back({done, total});
                                   return true;
                               })
                     .rows;
        r.file = readAll(path);
        const QString plain = m_dir.filePath(name + QStringLiteral("-plain.csv"));
        OrderExporter(store).exportTo(plain, f, {}, o);
        if (readAll(plain) != r.file)
            qWarning("the file differs from the one written without progress");
        r.file = r.file == readAll(plain) ? r.file : QByteArray();
        return r;
    };

    // Too high: the bar starts at the estimate, the end makes it exact.
    OrderFilter zed;
    zed.keyword = QStringLiteral("zed");
    const auto zedQuick = store.quickCount(zed);
    QVERIFY(zedQuick && !zedQuick->exact);
    QVERIFY2(zedQuick->value > 300, qPrintable(QString::number(zedQuick->value)));
    Run r = run(zed, QStringLiteral("zed"));
    QCOMPARE(r.rows, 300);
    QVERIFY(!r.file.isEmpty());
    QCOMPARE(r.totals, (QList<std::pair<qint64, bool>>{{zedQuick->value, false}, {300, true}}));
    QCOMPARE(r.progress.first(), std::make_pair(qint64(0), zedQuick->value));
    QCOMPARE(r.progress.back(), std::make_pair(qint64(300), qint64(300)));
    for (const auto& [done, total] : r.progress)
        QVERIFY(done <= total);

    // Too low: once the rows pass it, the exact count takes its place.
    OrderFilter yan;
    yan.keyword = QStringLiteral("yan");
    const auto yanQuick = store.quickCount(yan);
    QVERIFY(yanQuick && !yanQuick->exact);
    QVERIFY2(yanQuick->value < 700, qPrintable(QString::number(yanQuick->value)));
    r = run(yan, QStringLiteral("yan"));
    QCOMPARE(r.rows, 750);
    QVERIFY(!r.file.isEmpty());
    QCOMPARE(r.totals, (QList<std::pair<qint64, bool>>{{yanQuick->value, false}, {750, true}}));
    QCOMPARE(r.progress.first(), std::make_pair(qint64(0), yanQuick->value));
    const qint64 passed = (yanQuick->value / o.pageSize + 1) * o.pageSize; // the first page past it
    QVERIFY(r.progress.contains(std::make_pair(passed, qint64(750))));
    QCOMPARE(r.progress.back(), std::make_pair(qint64(750), qint64(750)));

    // What the summaries count exactly starts exact, and stays.
    OrderFilter valid;
    r = run(valid, QStringLiteral("valid"));
    QCOMPARE(r.rows, 1750);
    QCOMPARE(r.totals, (QList<std::pair<qint64, bool>>{{1750, true}}));
    QCOMPARE(r.progress.first(), std::make_pair(qint64(0), qint64(1750)));

    // The job reports the estimate before the progress it applies to.
    ExportJob job(tdb.database(), adminSession(), m_dir.filePath(QStringLiteral("job.csv")), zed,
                  {}, o);
    QList<QString> signals_;
    connect(&job, &ExportJob::totalCounted, this, [&](qint64 total, bool exact) {
        signals_ << QStringLiteral("total %1 %2")
                        .arg(total)
                        .arg(exact ? QStringLiteral("exact") : QStringLiteral("about"));
    });
    connect(&job, &ExportJob::progress, this, [&](qint64 done, qint64 total) {
        signals_ << QStringLiteral("progress %1 %2").arg(done).arg(total);
    });
    QSignalSpy done(&job, &ExportJob::succeeded);
    job.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(signals_.value(0), QStringLiteral("total %1 about").arg(zedQuick->value));
    QCOMPARE(signals_.value(1), QStringLiteral("progress 0 %1").arg(zedQuick->value));
    QVERIFY(signals_.contains(QStringLiteral("total 300 exact")));
    QCOMPARE(signals_.constLast(), QStringLiteral("progress 300 300"));
}
