#include "exportdialog.h"

#include "domain/errors.h"
#include "formparts.h"
#include "items/ordercolumns.h"
#include "settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace docket {

ExportDialog::ExportDialog(std::shared_ptr<const Database> db, Session session, OrderFilter filter,
                           OrderSort sort, qint64 expectedRows, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session)),
      m_filter(std::move(filter)), m_sort(sort)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Orders"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("Exports all %Ln order(s) matching the current filter, in the table's order — "
           "not only the rows loaded on screen.",
           nullptr, int(std::min<qint64>(expectedRows, INT_MAX))));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("Export file"));
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_browse->setAccessibleName(tr("Choose the export file"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_csv = new QRadioButton(tr("&CSV (comma-separated text, UTF-8)"), this);
    m_csv->setObjectName(QStringLiteral("formatCsv"));
    m_xlsx = new QRadioButton(tr("E&xcel workbook (.xlsx)"), this);
    m_xlsx->setObjectName(QStringLiteral("formatXlsx"));
    auto* formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_xlsx);
    auto* formatBox = new QVBoxLayout;
    formatBox->setSpacing(2);
    formatBox->addWidget(m_csv);
    formatBox->addWidget(m_xlsx);

    m_excel = new QCheckBox(tr("For &Excel: add a byte-order mark and protect cells that start "
                               "with =, +, - or @"),
                            this);
    m_excel->setObjectName(QStringLiteral("excelCompatible"));
    m_excel->setToolTip(tr("Without it the file is plain UTF-8 with every value exactly as "
                           "stored, for other programs."));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterLabel = new QLabel(tr("&Separator:"), this);
    m_delimiterLabel->setBuddy(m_delimiter);
    m_delimiter->setAccessibleName(tr("Separator"));

    // Columns: tick what to write, drag to reorder.
    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setAccessibleName(tr("Columns to export"));
    m_columns->setToolTip(tr("Tick the columns to write; drag them into the order you want."));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setDefaultDropAction(Qt::MoveAction);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->setUniformItemSizes(true);
    m_columns->setMinimumHeight(m_columns->fontMetrics().height() * 7);
    m_lines =
        new QCheckBox(tr("Order &lines: one row per line (CSV), a Lines sheet (Excel)"), this);
    m_lines->setObjectName(QStringLiteral("exportLines"));
    m_lines->setToolTip(tr("Each order's SKUs, items, quantities and prices: in CSV the order's "
                           "columns repeat on every line; in Excel the lines go on a sheet of "
                           "their own."));
    m_defaultColumns = new QPushButton(tr("De&fault Columns"), this);
    m_defaultColumns->setObjectName(QStringLiteral("exportDefaultColumns"));
    m_defaultColumns->setToolTip(tr("The ten columns of a first export"));
    auto* columnButtons = new QHBoxLayout;
    columnButtons->addWidget(m_lines, 1);
    columnButtons->addWidget(m_defaultColumns);
    auto* columnBox = new QVBoxLayout;
    columnBox->setSpacing(4);
    columnBox->addWidget(m_columns, 1);
    columnBox->addLayout(columnButtons);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Amounts are written as plain numbers (1234.50) and times as local "
                       "time (2024-06-15 14:30:00), so other programs read them the same in "
                       "every language."));
    m_note->setEnabled(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status = form::errorLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto* formatLabel = new QLabel(tr("Format:"), this);
    form->addRow(formatLabel, formatBox);
    form->addRow(QString(), m_excel);
    form->addRow(m_delimiterLabel, m_delimiter);
    auto* columnsLabel = new QLabel(tr("C&olumns:"), this);
    columnsLabel->setBuddy(m_columns);
    form->addRow(columnsLabel, columnBox);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addSpacing(6);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    // The dialog grows with what it shows (a wrapped error, the progress bar)
    // instead of letting widgets slide over each other.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    // The progress bar's row stays reserved: nothing jumps when it appears.
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);

    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_csv);
    setTabOrder(m_csv, m_xlsx);
    setTabOrder(m_xlsx, m_excel);
    setTabOrder(m_excel, m_delimiter);
    setTabOrder(m_delimiter, m_columns);
    setTabOrder(m_columns, m_lines);
    setTabOrder(m_lines, m_defaultColumns);

    // Remembered choices.
    const bool xlsx = settings::exportFormat.value() == QLatin1String("xlsx");
    (xlsx ? m_xlsx : m_csv)->setChecked(true);
    m_excel->setChecked(settings::exportExcelCompatible.value());
    const int d = m_delimiter->findData(settings::exportDelimiter.value());
    m_delimiter->setCurrentIndex(std::max(d, 0));
    setColumns(settings::exportColumns.value());
    m_lines->setChecked(settings::exportLines.value());
    // A folder that exists: the remembered one, or Documents (made when a new
    // account has none yet), or home.
    const QString folder = OrderExporter::defaultFolder(settings::exportFolder.value());
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(
        tr("orders-%1").arg(QDate::currentDate().toString(Qt::ISODate)) + QLatin1Char('.') +
        OrderExporter::suffix(xlsx ? ExportFormat::Xlsx : ExportFormat::Csv))));

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_csv, &QRadioButton::toggled, this, &ExportDialog::updateForm);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_status->setVisible(false);
        followExtension();
    });
    connect(m_defaultColumns, &QPushButton::clicked, this, [this] { setColumns({}); });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateForm();

    if (!m_session.can(Permission::Export)) {
        showError(tr("Your role may not export orders."));
        m_exportButton->setEnabled(false);
    }
}

ExportDialog::~ExportDialog()
{
    delete m_job; // cancels and waits
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QStringList ExportDialog::columns() const
{
    QStringList keys;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem* item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            keys << item->data(Qt::UserRole).toString();
    }
    return keys;
}

void ExportDialog::setColumns(const QStringList& keys)
{
    // The chosen columns first, in their order, then the others, unticked.
    const QStringList chosen =
        ordercolumns::cleanExportKeys(keys.isEmpty() ? ordercolumns::defaultExportKeys() : keys);
    QStringList order = chosen;
    for (const ordercolumns::Column& c : ordercolumns::all())
        if (!order.contains(c.id()))
            order << c.id();
    m_columns->clear();
    for (const QString& key : order) {
        const ordercolumns::Column* c = ordercolumns::find(key);
        auto* item = new QListWidgetItem(ordercolumns::exportTitle(*c), m_columns);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(chosen.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

void ExportDialog::followExtension()
{
    // Typing "orders.xlsx" selects Excel (and ".csv" CSV): what is written
    // always matches the name.
    const auto byName = OrderExporter::formatOfPath(path());
    if (!byName)
        return;
    QRadioButton* want = *byName == ExportFormat::Xlsx ? m_xlsx : m_csv;
    if (!want->isChecked())
        want->setChecked(true);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = m_xlsx->isChecked() ? ExportFormat::Xlsx : ExportFormat::Csv;
    if (const auto byName = OrderExporter::formatOfPath(path()))
        o.format = *byName;
    o.columns = columns();
    o.lines = m_lines->isChecked();
    o.excelCompatible = m_excel->isChecked();
    const QString d = m_delimiter->currentData().toString();
    o.delimiter = d.isEmpty() ? QLatin1Char(',') : d.front();
    return o;
}

void ExportDialog::updateForm()
{
    const bool csv = m_csv->isChecked();
    m_excel->setEnabled(csv && !m_job);
    m_delimiter->setEnabled(csv && !m_job);
    m_delimiterLabel->setEnabled(csv && !m_job);
    // Keep the file name's suffix in step with the format.
    const QString p = m_path->text();
    const QFileInfo fi(p);
    const QString want = OrderExporter::suffix(csv ? ExportFormat::Csv : ExportFormat::Xlsx);
    const QString have = fi.suffix().toLower();
    if (!p.isEmpty() && have != want &&
        (have == QLatin1String("csv") || have == QLatin1String("xlsx") || have.isEmpty()))
        m_path->setText(p.left(p.size() - (have.isEmpty() ? 0 : have.size() + 1)) +
                        QLatin1Char('.') + want);
}

void ExportDialog::browse()
{
    const bool xlsx = m_xlsx->isChecked();
    const QString filter = xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Orders"), path(), filter, nullptr);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::showError(const QString& message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    fitContents();
}

void ExportDialog::fitContents()
{
    // A wrapped label needs more height at this width than its minimum size
    // says: grow to the layout's height for the width instead of overlapping.
    if (!layout())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_path, m_browse, m_csv, m_xlsx})
        w->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    m_progress->setVisible(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_columns, m_lines, m_defaultColumns})
        w->setEnabled(!running);
    updateForm();
    fitContents();
}

void ExportDialog::startExport()
{
    if (m_job)
        return;
    showError({});
    const QString target = path();
    if (target.isEmpty()) {
        showError(tr("Choose a file to export to."));
        m_path->setFocus();
        return;
    }
    const ExportOptions o = options();
    if (o.columns.isEmpty()) {
        showError(tr("Tick at least one column to export."));
        m_columns->setFocus();
        return;
    }
    // A name without an extension gets the format's.
    QString chosen = target;
    if (!OrderExporter::formatOfPath(chosen)) {
        chosen += QLatin1Char('.') + OrderExporter::suffix(o.format);
        setPath(chosen);
    }
    settings::exportColumns.setValue(o.columns);
    settings::exportLines.setValue(o.lines);
    settings::exportFormat.setValue(o.format == ExportFormat::Xlsx ? QStringLiteral("xlsx")
                                                                   : QStringLiteral("csv"));
    settings::exportExcelCompatible.setValue(o.excelCompatible);
    settings::exportDelimiter.setValue(QString(o.delimiter));
    settings::exportFolder.setValue(QFileInfo(chosen).absolutePath());

    m_job = new ExportJob(m_db, m_session, chosen, m_filter, m_sort, o, this);
    // The total is the quick count at first: "about" until it is exact.
    connect(m_job, &ExportJob::totalCounted, this,
            [this](qint64, bool exact) { m_totalExact = exact; });
    connect(m_job, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        m_progress->setFormat(m_totalExact ? tr("%L1 of %L2 orders").arg(done).arg(total)
                                           : tr("%L1 of about %L2 orders").arg(done).arg(total));
    });
    connect(m_job, &ExportJob::succeeded, this, [this](qint64 rows, const QString& file) {
        m_job->deleteLater();
        m_job = nullptr;
        m_rows = rows;
        setRunning(false);
        emit exported(rows, file);
        accept();
    });
    connect(m_job, &ExportJob::failed, this, [this](const QString& message, int code) {
        m_job->deleteLater();
        m_job = nullptr;
        setRunning(false);
        m_progress->setVisible(false);
        showError(code == int(DocketError::Code::Cancelled) ? tr("Cancelled; no file was written.")
                                                            : message);
    });
    m_totalExact = true;
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    setRunning(true);
    m_job->start();
}

void ExportDialog::cancelExport()
{
    if (m_job)
        m_job->cancel();
}

void ExportDialog::reject()
{
    // Cancel stops a running export first; a second Cancel closes.
    if (m_job) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace docket
