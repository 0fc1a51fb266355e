#include "orderexporter.h"

#include "partialfile.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/order.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>

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

// The rows of the list, page by page, in list order.
template <typename RowFn>
qint64 forEachRow(const OrderStore& store, const OrderFilter& filter, const OrderSort& sort,
                  int pageSize, const ProgressFn& progress, RowFn&& onRow)
{
    const qint64 total = store.count(filter);
    qint64 done = 0;
    if (progress && !progress(0, total))
        throw cancelled();
    std::optional<SortKey> after;
    for (;;) {
        const QList<OrderSummary> rows = store.page(filter, sort, pageSize, 0, after);
        for (const OrderSummary& r : rows)
            onRow(r);
        done += rows.size();
        // Rows added since the count can make the list longer than announced.
        if (progress && !progress(done, std::max(done, total)))
            throw cancelled();
        if (rows.size() < pageSize)
            break;
        after = SortKey{sortValue(rows.back(), sort.column), rows.back().id};
    }
    return done;
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
                const OrderSort& sort, const ExportOptions& o, const ProgressFn& progress)
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
    if (o.excelCompatible)
        buffer += "\xEF\xBB\xBF";
    QStringList header;
    for (const QString& h : OrderExporter::headers())
        header << OrderExporter::csvField(h, d);
    buffer += header.join(d).toUtf8();
    buffer += "\r\n";

    QString line;
    const qint64 rows =
        forEachRow(store, filter, sort, o.pageSize, progress, [&](const OrderSummary& r) {
            line.clear();
            line += text(r.number) + d;
            line += timeText(r.createdAt, o.timeZone) + d;
            line += text(r.customerName) + d;
            line += text(status::labelForCode(r.status)) + d;
            line += text(channel::label(r.channel)) + d;
            line += r.total.toPlainString() + d;
            line += text(r.total.currency()) + d;
            line += flag(r.isNew) + d + flag(r.overdue) + d + flag(r.invalid);
            buffer += line.toUtf8();
            buffer += "\r\n";
            flush(false);
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
                 const OrderSort& sort, const ExportOptions& o, const ProgressFn& progress)
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

    const QStringList headers = OrderExporter::headers();
    lxw_worksheet* sheet = nullptr;
    lxw_row_t row = 0;
    int sheets = 0;
    auto newSheet = [&] {
        ++sheets;
        const QString name = sheets == 1 ? OrderExporter::tr("Orders")
                                         : OrderExporter::tr("Orders (%1)").arg(sheets);
        sheet = workbook_add_worksheet(wb, name.left(31).toUtf8().constData());
        if (!sheet)
            throw failedWrite(LXW_ERROR_MEMORY_MALLOC_FAILED);
        const double widths[] = {12, 20, 30, 14, 14, 12, 9, 6, 8, 8};
        for (lxw_col_t c = 0; c < lxw_col_t(std::size(widths)); ++c)
            worksheet_set_column(sheet, c, c, widths[c], nullptr);
        for (qsizetype c = 0; c < headers.size(); ++c)
            check(worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(),
                                         bold));
        worksheet_freeze_panes(sheet, 1, 0);
        row = 0;
    };
    auto finishSheet = [&] {
        if (sheet && row > 0)
            worksheet_autofilter(sheet, 0, 0, row, lxw_col_t(headers.size() - 1));
    };
    auto str = [&](lxw_col_t col, const QString& s) {
        // Excel's cell limit; longer text is cut rather than failing the export.
        check(worksheet_write_string(sheet, row, col, s.left(32767).toUtf8().constData(), nullptr));
    };

    newSheet();
    const qint64 rows =
        forEachRow(store, filter, sort, o.pageSize, progress, [&](const OrderSummary& r) {
            if (qint64(row) >= OrderExporter::kXlsxRowsPerSheet) {
                finishSheet();
                newSheet();
            }
            ++row;
            str(0, r.number);
            check(
                worksheet_write_number(sheet, row, 1, excelSerial(r.createdAt, o.timeZone), when));
            str(2, r.customerName);
            str(3, status::labelForCode(r.status));
            str(4, channel::label(r.channel));
            // Exact for any amount below 2^53 cents: the cents are an integer.
            check(
                worksheet_write_number(sheet, row, 5, double(r.total.minorUnits()) / 100.0, money));
            str(6, r.total.currency());
            check(worksheet_write_boolean(sheet, row, 7, r.isNew, nullptr));
            check(worksheet_write_boolean(sheet, row, 8, r.overdue, nullptr));
            check(worksheet_write_boolean(sheet, row, 9, r.invalid, nullptr));
        });
    finishSheet();
    check(book.close());

    partialfile::moveInto(partial, path, OrderExporter::tr("Cannot write %1: %2"));
    return rows;
}

} // namespace

OrderExporter::OrderExporter(const OrderStore& store) : m_store(store) {}

QStringList OrderExporter::headers()
{
    return {tr("Number"), tr("Created"),  tr("Customer"), tr("Status"),  tr("Channel"),
            tr("Total"),  tr("Currency"), tr("New"),      tr("Overdue"), tr("Invalid")};
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

    // One clock for every page: "overdue" and "new" mean the same on row 1
    // and row 1,000,000.
    OrderStore store = m_store;
    const qint64 now = m_store.now();
    store.setClock([now] { return now; });
    ReadSnapshot snapshot(store.database());

    ExportResult result;
    result.path = path;
    result.rows = o.format == ExportFormat::Xlsx ? writeXlsx(store, path, filter, sort, o, progress)
                                                 : writeCsv(store, path, filter, sort, o, progress);
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
                       *result = exporter.exportTo(m_path, m_filter, m_sort, m_options, progress);
                   },
                   {[this](qint64 done, qint64 total) { emit this->progress(done, total); },
                    [this, result] { emit succeeded(result->rows, result->path); },
                    [this](const QString& message, int code) {
                        emit failed(message, code);
                    }});
}

} // namespace docket
