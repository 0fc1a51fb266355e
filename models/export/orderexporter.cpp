#include "orderexporter.h"

#include "partialfile.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/order.h"
#include "items/ordercolumns.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QStandardPaths>

#include <xlsxwriter.h>

namespace docket {

namespace {

// Ends the read transaction the export ran in (nothing was written).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db) : m_db(std::move(db))
    {
        m_open = m_db.transaction();
        // PostgreSQL: one snapshot for every page (SQLite's read transaction
        // already is one).
        if (m_open && sql::backendOf(m_db) == Backend::PostgreSQL)
            sql::run(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, "
                                          "READ ONLY"));
    }
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.rollback();
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

QString timeText(qint64 utcSecs, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Excel's serial day number of the local time (1900 date system).
double excelSerial(qint64 utcSecs, const QTimeZone& zone)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(utcSecs, zone);
    const qint64 local = utcSecs + dt.offsetFromUtc();
    return double(local) / 86400.0 + 25569.0;
}

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

void checkTarget(const QString& path)
{
    if (path.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          OrderExporter::tr("Choose a file to export to."), QStringLiteral("path"));
    const QFileInfo fi(path);
    if (fi.isDir())
        throw DocketError(DocketError::Code::Invalid,
                          OrderExporter::tr("%1 is a folder; choose a file name to export to.")
                              .arg(QDir::toNativeSeparators(path)),
                          QStringLiteral("path"));
    if (!fi.absoluteDir().exists())
        throw DocketError(
            DocketError::Code::Invalid,
            OrderExporter::tr("Cannot export to %1: the folder %2 does not exist.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(fi.absolutePath())),
            QStringLiteral("path"));
}

DocketError cancelled()
{
    return DocketError(DocketError::Code::Cancelled,
                       OrderExporter::tr("The export was cancelled; no file was written."));
}

// The rows of the list, page by page, in list order. The progress bar's
// total is the quick count (OrderStore::quickCount: exact from the
// summaries, else an estimate from the newest matches), so the bar moves at
// once: an exact COUNT(*) of a keyword at ten million orders took 1-3 s before
// the first row was written. The exact number corrects it once known: counted
// when the rows outrun the estimate, else the rows written at the end (read
// in the export's snapshot, so the same number). Without a quick count (an
// own scope), the exact count first, as before.
template <typename PageFn>
qint64 forEachPage(const OrderStore& store, const OrderFilter& filter, const OrderSort& sort,
                   int pageSize, const ProgressFn& progress, const OrderExporter::TotalFn& report,
                   PageFn&& onPage)
{
    qint64 total = 0;
    bool exact = true;
    if (const auto quick = progress ? store.quickCount(filter) : std::nullopt) {
        total = quick->value;
        exact = quick->exact;
    } else if (progress) {
        total = store.count(filter);
    }
    if (report)
        report(total, exact);
    qint64 done = 0;
    if (progress && !progress(0, total))
        throw cancelled();
    std::optional<SortKey> after;
    for (;;) {
        const QList<OrderSummary> rows = store.page(filter, sort, pageSize, 0, after);
        onPage(rows);
        done += rows.size();
        const bool last = rows.size() < pageSize;
        if (progress && !exact && (last || done > total)) {
            total = last ? done : std::max(done, store.count(filter));
            exact = true;
            if (report)
                report(total, exact);
        }
        // Rows added since the count can make the list longer than announced.
        if (progress && !progress(done, std::max(done, total)))
            throw cancelled();
        if (last)
            break;
        after = SortKey{sortValue(rows.back(), sort.column), rows.back().id};
    }
    return done;
}

// The columns an export writes.
QList<const ordercolumns::Column*> columnsOf(const ExportOptions& o)
{
    QList<const ordercolumns::Column*> out;
    for (const QString& key : ordercolumns::cleanExportKeys(
             o.columns.isEmpty() ? ordercolumns::defaultExportKeys() : o.columns))
        out << ordercolumns::find(key);
    return out;
}

// The lines of a page's orders, when the export writes them.
QHash<qint64, QList<OrderLine>> pageLines(const OrderStore& store, const QList<OrderSummary>& rows,
                                          bool wanted)
{
    if (!wanted)
        return {};
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const OrderSummary& r : rows)
        ids << r.id;
    return store.linesOf(ids);
}

// ---- CSV ------------------------------------------------------------------------

bool startsLikeFormula(const QString& s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

qint64 writeCsv(const OrderStore& store, const QString& path, const OrderFilter& filter,
                const OrderSort& sort, const ExportOptions& o, const ProgressFn& progress,
                const OrderExporter::TotalFn& report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw DocketError(DocketError::Code::Invalid,
                          OrderExporter::tr("Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()),
                          QStringLiteral("path"));
    const QChar d = o.delimiter;
    QByteArray buffer;
    buffer.reserve(1 << 17);
    auto flush = [&](bool force) {
        if (buffer.size() < (1 << 16) && !force)
            return;
        if (file.write(buffer) != buffer.size())
            throw DocketError(DocketError::Code::Database,
                              OrderExporter::tr("Cannot write %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
        buffer.clear();
    };
    auto text = [&](const QString& s) {
        if (o.excelCompatible && startsLikeFormula(s))
            return OrderExporter::csvField(QLatin1Char('\'') + s, d);
        return OrderExporter::csvField(s, d);
    };
    const QList<const ordercolumns::Column*> columns = columnsOf(o);
    auto field = [&](const ordercolumns::Column& c, const OrderSummary& r) -> QString {
        const QVariant v = c.value(r);
        switch (c.kind) {
        case ordercolumns::Kind::Text:
            return text(v.toString());
        case ordercolumns::Kind::Money:
            return v.value<Money>().toPlainString();
        case ordercolumns::Kind::Time:
            return timeText(v.toLongLong(), o.timeZone);
        case ordercolumns::Kind::Due: // the deadline itself, empty without one
            return v.toLongLong() == 0 ? QString() : timeText(v.toLongLong(), o.timeZone);
        case ordercolumns::Kind::Count:
            return v.toLongLong() < 0 ? QString() : QString::number(v.toLongLong());
        case ordercolumns::Kind::Flag:
            return flag(v.toBool());
        }
        return {};
    };
    if (o.excelCompatible)
        buffer += "\xEF\xBB\xBF";
    QStringList header;
    for (const QString& h : OrderExporter::headers(o.columns, o.lines))
        header << OrderExporter::csvField(h, d);
    buffer += header.join(d).toUtf8();
    buffer += "\r\n";

    QString line;
    const qint64 rows = forEachPage(
        store, filter, sort, o.pageSize, progress, report, [&](const QList<OrderSummary>& page) {
            const QHash<qint64, QList<OrderLine>> lines = pageLines(store, page, o.lines);
            for (const OrderSummary& r : page) {
                line.clear();
                for (qsizetype i = 0; i < columns.size(); ++i) {
                    if (i > 0)
                        line += d;
                    line += field(*columns[i], r);
                }
                if (!o.lines) {
                    buffer += line.toUtf8();
                    buffer += "\r\n";
                } else {
                    // One record per line, the order's fields repeated; an
                    // order without lines still gets its record.
                    const QList<OrderLine> own = lines.value(r.id);
                    const QByteArray head = line.toUtf8();
                    if (own.isEmpty()) {
                        buffer += head;
                        buffer += QString(6, d).toUtf8();
                        buffer += "\r\n";
                    }
                    for (qsizetype n = 0; n < own.size(); ++n) {
                        const OrderLine& l = own[n];
                        buffer += head;
                        buffer += (QString(d) + QString::number(n + 1) + d + text(l.sku) + d +
                                   text(l.name) + d + QString::number(l.quantity) + d +
                                   l.unitPrice.toPlainString() + d + l.total().toPlainString())
                                      .toUtf8();
                        buffer += "\r\n";
                    }
                }
                flush(false);
            }
        });
    flush(true);
    if (!file.commit())
        throw DocketError(DocketError::Code::Database,
                          OrderExporter::tr("Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    return rows;
}

// ---- XLSX -----------------------------------------------------------------------

class Workbook
{
public:
    Workbook(const QString& path, const QString& tmpDir)
        : m_tmpDir(QDir::toNativeSeparators(tmpDir).toLocal8Bit())
    {
        lxw_workbook_options opt{};
        opt.constant_memory = LXW_TRUE;
        opt.tmpdir = m_tmpDir.data();
        opt.use_zip64 = LXW_TRUE;
        m_wb = workbook_new_opt(QFile::encodeName(path).constData(), &opt);
    }
    ~Workbook()
    {
        if (m_wb)
            lxw_workbook_free(m_wb); // not closed: nothing is written
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() const { return m_wb; }
    lxw_error close()
    {
        lxw_workbook* wb = std::exchange(m_wb, nullptr);
        return workbook_close(wb); // frees the workbook too
    }

private:
    QByteArray m_tmpDir;
    lxw_workbook* m_wb = nullptr;
};

qint64 writeXlsx(const OrderStore& store, const QString& path, const OrderFilter& filter,
                 const OrderSort& sort, const ExportOptions& o, const ProgressFn& progress,
                 const OrderExporter::TotalFn& report)
{
    const QString partial = partialfile::pathFor(path);
    struct Cleanup
    {
        QString path;
        ~Cleanup() { QFile::remove(path); }
    } cleanup{partial};

    Workbook book(partial, QDir::tempPath());
    lxw_workbook* wb = book.get();
    if (!wb)
        throw DocketError(DocketError::Code::Invalid,
                          OrderExporter::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                          QStringLiteral("path"));
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    lxw_format* when = workbook_add_format(wb);
    format_set_num_format(when, "yyyy-mm-dd hh:mm:ss");

    auto failedWrite = [&](lxw_error e) {
        return DocketError(
            DocketError::Code::Database,
            OrderExporter::tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(e))));
    };
    auto check = [&](lxw_error e) {
        if (e != LXW_NO_ERROR)
            throw failedWrite(e);
    };

    // A run of sheets ("Orders", "Orders (2)", ...): a sheet holds at most
    // kXlsxRowsPerSheet rows under its header.
    struct Sheets
    {
        QString first; // "Orders"
        QString nth;   // "Orders (%1)"
        QStringList headers;
        QList<double> widths;
        lxw_worksheet* sheet = nullptr;
        lxw_row_t row = 0;
        int count = 0;
    };
    auto openSheet = [&](Sheets& s) {
        ++s.count;
        const QString name = s.count == 1 ? s.first : s.nth.arg(s.count);
        s.sheet = workbook_add_worksheet(wb, name.left(31).toUtf8().constData());
        if (!s.sheet)
            throw failedWrite(LXW_ERROR_MEMORY_MALLOC_FAILED);
        for (qsizetype c = 0; c < s.widths.size(); ++c)
            worksheet_set_column(s.sheet, lxw_col_t(c), lxw_col_t(c), s.widths[c], nullptr);
        for (qsizetype c = 0; c < s.headers.size(); ++c)
            check(worksheet_write_string(s.sheet, 0, lxw_col_t(c),
                                         s.headers[c].toUtf8().constData(), bold));
        worksheet_freeze_panes(s.sheet, 1, 0);
        s.row = 0;
    };
    auto finish = [&](Sheets& s) {
        if (s.sheet && s.row > 0)
            worksheet_autofilter(s.sheet, 0, 0, s.row, lxw_col_t(s.headers.size() - 1));
    };
    // Starts the next row of `s`, on a new sheet when this one is full.
    auto nextRow = [&](Sheets& s) {
        if (qint64(s.row) >= OrderExporter::kXlsxRowsPerSheet) {
            finish(s);
            openSheet(s);
        }
        ++s.row;
    };
    auto str = [&](Sheets& s, lxw_col_t col, const QString& text) {
        // Excel's cell limit; longer text is cut rather than failing the export.
        check(worksheet_write_string(s.sheet, s.row, col, text.left(32767).toUtf8().constData(),
                                     nullptr));
    };
    // Exact for any amount below 2^53 minor units: they are an integer.
    auto amount = [&](Sheets& s, lxw_col_t col, const Money& m) {
        check(worksheet_write_number(s.sheet, s.row, col, double(m.minorUnits()) / 100.0, money));
    };

    const QList<const ordercolumns::Column*> columns = columnsOf(o);
    Sheets orders;
    orders.first = OrderExporter::tr("Orders");
    orders.nth = OrderExporter::tr("Orders (%1)");
    orders.headers = OrderExporter::headers(o.columns);
    for (const ordercolumns::Column* c : columns) {
        switch (c->kind) {
        case ordercolumns::Kind::Text:
            orders.widths << (c->width > 0 ? std::clamp(c->width / 8.0, 8.0, 34.0) : 14.0);
            break;
        case ordercolumns::Kind::Time:
        case ordercolumns::Kind::Due:
            orders.widths << 20;
            break;
        case ordercolumns::Kind::Money:
            orders.widths << 12;
            break;
        case ordercolumns::Kind::Count:
        case ordercolumns::Kind::Flag:
            orders.widths << 8;
            break;
        }
    }
    Sheets lines;
    lines.first = OrderExporter::tr("Lines");
    lines.nth = OrderExporter::tr("Lines (%1)");
    lines.headers = QStringList{ordercolumns::exportTitle(*ordercolumns::find(u"number"))} +
                    OrderExporter::lineHeaders();
    lines.widths = {12, 6, 14, 34, 9, 12, 12};

    openSheet(orders);
    if (o.lines)
        openSheet(lines);
    const qint64 rows = forEachPage(
        store, filter, sort, o.pageSize, progress, report, [&](const QList<OrderSummary>& page) {
            const QHash<qint64, QList<OrderLine>> pageLinesById = pageLines(store, page, o.lines);
            for (const OrderSummary& r : page) {
                nextRow(orders);
                for (qsizetype i = 0; i < columns.size(); ++i) {
                    const ordercolumns::Column& c = *columns[i];
                    const lxw_col_t col = lxw_col_t(i);
                    const QVariant v = c.value(r);
                    switch (c.kind) {
                    case ordercolumns::Kind::Text:
                        str(orders, col, v.toString());
                        break;
                    case ordercolumns::Kind::Money:
                        amount(orders, col, v.value<Money>());
                        break;
                    case ordercolumns::Kind::Time:
                        check(worksheet_write_number(orders.sheet, orders.row, col,
                                                     excelSerial(v.toLongLong(), o.timeZone),
                                                     when));
                        break;
                    case ordercolumns::Kind::Due: // the deadline, blank without one
                        if (v.toLongLong() != 0)
                            check(worksheet_write_number(orders.sheet, orders.row, col,
                                                         excelSerial(v.toLongLong(), o.timeZone),
                                                         when));
                        break;
                    case ordercolumns::Kind::Count:
                        if (v.toLongLong() >= 0)
                            check(worksheet_write_number(orders.sheet, orders.row, col,
                                                         double(v.toLongLong()), nullptr));
                        break;
                    case ordercolumns::Kind::Flag:
                        check(worksheet_write_boolean(orders.sheet, orders.row, col, v.toBool(),
                                                      nullptr));
                        break;
                    }
                }
                if (!o.lines)
                    continue;
                const QList<OrderLine> own = pageLinesById.value(r.id);
                for (qsizetype n = 0; n < own.size(); ++n) {
                    const OrderLine& l = own[n];
                    nextRow(lines);
                    str(lines, 0, r.number);
                    check(
                        worksheet_write_number(lines.sheet, lines.row, 1, double(n + 1), nullptr));
                    str(lines, 2, l.sku);
                    str(lines, 3, l.name);
                    check(worksheet_write_number(lines.sheet, lines.row, 4, double(l.quantity),
                                                 nullptr));
                    amount(lines, 5, l.unitPrice);
                    amount(lines, 6, l.total());
                }
            }
        });
    finish(orders);
    if (o.lines)
        finish(lines);
    check(book.close());

    partialfile::moveInto(partial, path, OrderExporter::tr("Cannot write %1: %2"));
    return rows;
}

} // namespace

OrderExporter::OrderExporter(const OrderStore& store) : m_store(store) {}

QStringList OrderExporter::headers(const QStringList& columns, bool lines)
{
    QStringList out;
    for (const QString& key : ordercolumns::cleanExportKeys(
             columns.isEmpty() ? ordercolumns::defaultExportKeys() : columns))
        out << ordercolumns::exportTitle(*ordercolumns::find(key));
    if (lines)
        out << lineHeaders();
    return out;
}

QStringList OrderExporter::lineHeaders()
{
    return {tr("Line"), tr("SKU"), tr("Item"), tr("Quantity"), tr("Unit price"), tr("Line total")};
}

std::optional<ExportFormat> OrderExporter::formatOfPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
        suffix == QLatin1String("txt"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString OrderExporter::defaultFolder(const QString& remembered)
{
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A fresh account may have no Documents folder yet (the first export
    // failed there): make it, as a file manager would.
    if (!documents.isEmpty() && (QFileInfo(documents).isDir() || QDir().mkpath(documents)))
        return documents;
    const QString home = QDir::homePath();
    return QFileInfo(home).isDir() ? home : QDir::tempPath();
}

QString OrderExporter::csvField(const QString& value, QChar delimiter)
{
    const bool quote = value.contains(delimiter) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString OrderExporter::suffix(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

ExportResult OrderExporter::exportTo(const QString& path, const OrderFilter& filter,
                                     const OrderSort& sort, const ExportOptions& options,
                                     const ProgressFn& progress)
{
    m_store.session().require(Permission::Export);
    filter.check();
    checkTarget(path);
    const QChar d = options.delimiter;
    if (d != QLatin1Char(',') && d != QLatin1Char(';') && d != QLatin1Char('\t'))
        throw DocketError(DocketError::Code::Invalid,
                          tr("The CSV separator must be a comma, a semicolon or a tab."),
                          QStringLiteral("delimiter"));
    ExportOptions o = options;
    o.pageSize = std::clamp(o.pageSize, 1, 100000);
    // The file's extension decides: "orders.xlsx" is a workbook even when CSV
    // was chosen (it held CSV text before, and Excel refused to open it).
    if (const auto byName = formatOfPath(path))
        o.format = *byName;
    for (const QString& key : o.columns)
        if (!ordercolumns::find(key))
            throw DocketError(DocketError::Code::Invalid,
                              tr("There is no column \"%1\" to export.").arg(key),
                              QStringLiteral("columns"));

    // One clock for every page: "overdue" and "new" mean the same on row 1
    // and row 1,000,000.
    OrderStore store = m_store;
    const qint64 now = m_store.now();
    store.setClock([now] { return now; });
    bool items = false;
    for (const QString& key : o.columns.isEmpty() ? ordercolumns::defaultExportKeys() : o.columns)
        items = items || ordercolumns::find(key)->needsItems;
    store.setWithItems(items);
    ReadSnapshot snapshot(store.database());

    ExportResult result;
    result.path = path;
    result.rows = o.format == ExportFormat::Xlsx
                      ? writeXlsx(store, path, filter, sort, o, progress, m_totalReport)
                      : writeCsv(store, path, filter, sort, o, progress, m_totalReport);
    return result;
}

// ---- ExportJob ------------------------------------------------------------------

ExportJob::ExportJob(std::shared_ptr<const Database> db, Session session, QString path,
                     OrderFilter filter, OrderSort sort, ExportOptions options, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_session(std::move(session)), m_path(std::move(path)),
      m_filter(std::move(filter)), m_sort(sort), m_options(std::move(options))
{
}

void ExportJob::start()
{
    auto result = std::make_shared<ExportResult>();
    m_worker.start(QStringLiteral("docket-export"),
                   [this, result](const ProgressFn& progress) {
                       const ThreadConnection connection(*m_db, QStringLiteral("export"));
                       OrderStore store(connection.get(), m_session);
                       OrderExporter exporter(store);
                       exporter.setTotalReport(
                           [this](qint64 total, bool exact) { emit totalCounted(total, exact); });
                       *result = exporter.exportTo(m_path, m_filter, m_sort, m_options, progress);
                   },
                   {[this](qint64 done, qint64 total) { emit this->progress(done, total); },
                    [this, result] { emit succeeded(result->rows, result->path); },
                    [this](const QString& message, int code) {
                        emit failed(message, code);
                    }});
}

} // namespace docket
