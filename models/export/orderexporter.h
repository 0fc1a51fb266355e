#pragma once

#include "db/database.h"
#include "db/workerthread.h"
#include "domain/session.h"
#include "stores/orderfilter.h"
#include "stores/orderstore.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimeZone>
#include <memory>
#include <optional>

namespace docket {

enum class ExportFormat { Csv, Xlsx };

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    // CSV: start the file with a UTF-8 byte-order mark, so Excel reads it as
    // UTF-8, and neutralise cells that Excel would run as formulas (=, +, -, @
    // at the start of a text field get a leading apostrophe). Off: the file is
    // plain RFC 4180 UTF-8 for programs, every value exactly as stored.
    bool excelCompatible = false;
    // CSV field separator: ',' (RFC 4180), ';' or '\t'.
    QChar delimiter = QLatin1Char(',');
    // Whose local time the Created column is written in.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // Rows read per keyset page; memory is bounded by this, not by the list.
    int pageSize = 2000;
    // Which columns, in file order (keys of ordercolumns); empty: the ten
    // default ones (ordercolumns::defaultExportKeys()).
    QStringList columns;
    // The order lines too: CSV repeats an order's row once per line with the
    // line's SKU, item, quantity and prices beside it; XLSX adds a "Lines"
    // sheet (the order number, then the line).
    bool lines = false;
};

struct ExportResult
{
    qint64 rows = 0;
    QString path;
};

// Writes exactly the filtered, sorted order list — every matching row, not
// only those the table has loaded — to CSV or XLSX.
//
// Rows stream from the store in keyset pages inside one read transaction (a
// consistent snapshot while others keep writing) straight into the file, so
// memory stays flat at any list size: CSV through a small buffer, XLSX through
// libxlsxwriter's constant_memory mode. Values are plain for machine use:
// amounts as "1234.50" (XLSX: numbers with a two-decimal format), times as
// "yyyy-MM-dd HH:mm:ss" local time (XLSX: date cells), flags as 1/0 (XLSX:
// TRUE/FALSE); status and channel as the translated labels the table shows.
//
// The file appears only when complete: it is written beside the target under
// a temporary name and renamed at the end; a failure or cancel leaves no file.
// Requires Permission::Export (and ViewOrders, which the store checks).
class OrderExporter
{
    Q_DECLARE_TR_FUNCTIONS(OrderExporter)
public:
    explicit OrderExporter(const OrderStore& store);

    // The progress bar's total as the export knows it, before the progress
    // it applies to: first the quick count (OrderStore::quickCount), exact
    // from the summaries or an estimate (`exact` false); then, for an
    // estimate, the exact number once known (counted when the rows outrun the
    // estimate, else the rows written). Only with a progress function.
    using TotalFn = std::function<void(qint64 total, bool exact)>;
    void setTotalReport(TotalFn report) { m_totalReport = std::move(report); }

    // Throws DocketError: Forbidden, Invalid (filter, path), Database,
    // Cancelled when `progress` returned false.
    ExportResult exportTo(const QString& path, const OrderFilter& filter, const OrderSort& sort,
                          const ExportOptions& options = {}, const ProgressFn& progress = {});

    // The column titles (translated), in file order: of `columns` (empty: the
    // default ones), followed in CSV by the line columns with `lines`.
    static QStringList headers(const QStringList& columns = {}, bool lines = false);
    // The line columns' titles (CSV beside the order, XLSX on the Lines sheet
    // after the order number).
    static QStringList lineHeaders();
    // The format a file name asks for by its extension (.csv, .tsv, .txt: CSV;
    // .xlsx: XLSX), or nullopt. exportTo() writes that format whatever the
    // options say, so a workbook never holds CSV text.
    static std::optional<ExportFormat> formatOfPath(const QString& path);
    // The folder a new export is suggested in: `remembered` when it exists,
    // else the Documents folder (created when missing), else the home folder.
    static QString defaultFolder(const QString& remembered);
    // One CSV field, quoted per RFC 4180 when it holds the delimiter, a quote,
    // CR or LF (or leading/trailing spaces); quotes doubled.
    static QString csvField(const QString& value, QChar delimiter = QLatin1Char(','));
    // "shop.csv" / "shop.xlsx" suffix for a format.
    static QString suffix(ExportFormat format);

    // XLSX holds at most this many rows per sheet (header + 1,048,575); longer
    // lists continue on "Orders (2)", ...
    static constexpr qint64 kXlsxRowsPerSheet = 1048575;

private:
    OrderStore m_store;
    TotalFn m_totalReport;
};

// Runs an export on a thread and connection of its own (like BatchJob), so
// the window stays responsive; cancel() stops it and removes the partial file.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(std::shared_ptr<const Database> db, Session session, QString path, OrderFilter filter,
              OrderSort sort, ExportOptions options, QObject* parent = nullptr);

    void start();
    void cancel() { m_worker.cancel(); }
    bool isRunning() const { return m_worker.isRunning(); }
    const QString& path() const { return m_path; }

signals:
    // The total of the progress that follows (OrderExporter::setTotalReport):
    // an estimate until `exact`.
    void totalCounted(qint64 total, bool exact);
    void progress(qint64 done, qint64 total);
    void succeeded(qint64 rows, const QString& path);
    void failed(const QString& message, int code);

private:
    std::shared_ptr<const Database> m_db;
    Session m_session;
    QString m_path;
    OrderFilter m_filter;
    OrderSort m_sort;
    ExportOptions m_options;
    WorkerThread m_worker; // last: stops the work before the members it uses go
};

} // namespace docket
