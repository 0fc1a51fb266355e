#include "shipmentfiledialog.h"

#include "domain/errors.h"
#include "items/batchjob.h"
#include "readonly.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

namespace {

enum Column { Line, Number, Carrier, Tracking, Problem };
// Mode::Tracking's columns.
enum TrackColumn { TLine, TOrder, TCarrier, TTracking, TTime, TStatus, TNote };

} // namespace

ShipmentFileDialog::ShipmentFileDialog(std::shared_ptr<const Database> db, Session session,
                                       QWidget* parent, Mode mode)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session)), m_mode(mode)
{
    const bool tracking = m_mode == Mode::Tracking;
    setObjectName(tracking ? QStringLiteral("trackingFileDialog")
                           : QStringLiteral("shipmentFileDialog"));
    setWindowTitle(tracking ? tr("Import Tracking Events") : tr("Import Shipments"));

    auto* intro = new QLabel(
        tracking ? tr("A carrier's export of tracking events, one event per row under the "
                      "header %1. The time carries its zone (2026-12-05T10:00:00+08:00); the "
                      "status \"delivered\" marks the parcel delivered. Events already recorded "
                      "are not added again. Nothing is imported until every row reads without a "
                      "problem.")
                       .arg(TrackingFile::header())
                 : tr("The file a warehouse hands back: one row per parcel with the "
                      "order number, the carrier and the tracking number (a header row "
                      "is optional). Each order ships every line it has left. Nothing "
                      "ships until every row reads without a problem."),
        this);
    intro->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("shipmentFilePath"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("shipmentFileBrowse"));
    m_browse->setAccessibleName(tr("Choose the file to import"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_summary = new QLabel(tr("Choose a file to see what it holds."), this);
    m_summary->setObjectName(QStringLiteral("shipmentFileSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("shipmentFileRows"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    if (tracking)
        m_table->setHeaderLabels({tr("Line"), tr("Order"), tr("Carrier"), tr("Tracking number"),
                                  tr("Time"), tr("Status"), tr("Problem")});
    else
        m_table->setHeaderLabels(
            {tr("Line"), tr("Order"), tr("Carrier"), tr("Tracking number"), tr("Problem")});
    m_table->header()->setStretchLastSection(true);
    m_table->setMinimumHeight(220);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("shipmentFileProgress"));
    m_progress->setRange(0, 0); // one transaction: no steps to count
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("shipmentFileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_shipButton =
        m_buttons->addButton(tracking ? tr("&Import") : tr("&Ship"), QDialogButtonBox::AcceptRole);
    m_shipButton->setObjectName(QStringLiteral("shipmentFileShip"));
    m_shipButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ShipmentFileDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (path() != m_readPath) // focus leaving an unchanged path reads nothing again
            readFile();
    });
    connect(m_shipButton, &QPushButton::clicked, this, &ShipmentFileDialog::startShipping);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ShipmentFileDialog::reject);
    resize(720, 480);
    updateForm();
}

ShipmentFileDialog::~ShipmentFileDialog()
{
    // Closing moves the focus out of the path field, after our members went.
    m_path->disconnect(this);
    delete m_job; // waits for a file still shipping
    // A read still running: its BatchJob is a child, deleted with the
    // dialog; ~WorkerThread cancels it, so it stops at its next 200 rows
    // (TrackingFile::preview asks) and its answer goes nowhere.
    ++m_previewRound;
}

QString ShipmentFileDialog::path() const
{
    return m_path->text().trimmed();
}

void ShipmentFileDialog::setPath(const QString& path)
{
    m_path->setText(path);
    readFile();
}

int ShipmentFileDialog::problemCount() const
{
    int n = 0;
    for (const FulfilmentStore::ShipRow& r : m_rows)
        n += r.error.isEmpty() ? 0 : 1;
    for (const TrackingFileRow& r : m_trackRows)
        n += r.error.isEmpty() ? 0 : 1;
    return n;
}

void ShipmentFileDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, windowTitle(), path(),
        m_mode == Mode::Tracking ? tr("Tracking files (*.csv *.txt);;All files (*)")
                                 : tr("Shipment files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ShipmentFileDialog::readFile()
{
    m_rows.clear();
    m_trackRows.clear();
    m_table->clear();
    showStatus({}, false);
    const QString p = path();
    m_readPath = p;
    if (p.isEmpty()) {
        m_summary->setText(tr("Choose a file to see what it holds."));
        updateForm();
        return;
    }
    QFile f(p);
    if (!f.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(QFileInfo(p).fileName(), f.errorString()));
        updateForm();
        return;
    }
    if (m_mode == Mode::Tracking) {
        // On a thread of its own: a file of 10,000 rows reads for seconds
        // (bench_fulfilment track-file-10k). A read still running when
        // another file is chosen stops at its next 200 rows and is not heard;
        // closing the dialog stops it alike (~WorkerThread cancels, waits).
        const int round = ++m_previewRound;
        if (m_preview) {
            m_preview->cancel();
            m_preview = nullptr; // deletes itself when it is done
        }
        auto rows = std::make_shared<QList<TrackingFileRow>>();
        const QByteArray bytes = f.readAll();
        const Session session = m_session;
        auto* job = new BatchJob(
            m_db, m_session,
            [rows, bytes, session](OrderStore& store, const ProgressFn& progress) {
                *rows = TrackingFile(store.database(), session).preview(bytes, progress);
                return int(rows->size());
            },
            this);
        m_preview = job;
        connect(job, &BatchJob::succeeded, this, [this, job, rows, round](int) {
            job->deleteLater();
            if (round != m_previewRound)
                return;
            m_preview = nullptr;
            m_trackRows = *rows;
            fillTracking();
        });
        connect(job, &BatchJob::failed, this, [this, job, round](const QString& message, int) {
            job->deleteLater();
            if (round != m_previewRound)
                return;
            m_preview = nullptr;
            m_summary->setText(tr("The file cannot be imported: %1").arg(message));
            updateForm();
        });
        m_summary->setText(tr("Reading %1…").arg(QFileInfo(p).fileName()));
        updateForm();
        job->start();
        return;
    }
    const QString text = QString::fromUtf8(f.readAll());
    try {
        // A file of 10,000 rows checks in under a second (bench_fulfilment).
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_rows = FulfilmentStore(m_db->connection(), m_session).previewShipments(text);
        QApplication::restoreOverrideCursor();
    } catch (const DocketError& e) {
        QApplication::restoreOverrideCursor();
        m_summary->setText(tr("The file cannot be shipped: %1").arg(e.message()));
        updateForm();
        return;
    }
    QList<QTreeWidgetItem*> items;
    items.reserve(m_rows.size());
    const QLocale locale;
    for (const FulfilmentStore::ShipRow& r : m_rows) {
        auto* item = new QTreeWidgetItem(
            {locale.toString(r.line), r.number, r.carrier, r.tracking, r.error});
        if (!r.error.isEmpty()) {
            for (int c = 0; c <= Problem; ++c)
                item->setForeground(c, QColor(0xb0, 0x00, 0x20));
            item->setToolTip(Problem, r.error); // the whole text where the column cuts it
        }
        items << item;
    }
    m_table->addTopLevelItems(items);
    for (int c = Line; c < Problem; ++c)
        m_table->resizeColumnToContents(c);
    const int problems = problemCount();
    if (m_rows.isEmpty())
        m_summary->setText(tr("The file holds no rows to ship."));
    else if (problems == 0)
        m_summary->setText(tr("%n parcel(s) in the file, no problems. Ready to ship.", nullptr,
                              int(m_rows.size())));
    else
        m_summary->setText(tr("%n row(s) with a problem (in red below); nothing can be shipped "
                              "until they are fixed in the file.",
                              nullptr, problems));
    updateForm();
}

void ShipmentFileDialog::fillTracking()
{
    QList<QTreeWidgetItem*> items;
    items.reserve(m_trackRows.size());
    const QLocale locale;
    int recorded = 0;
    for (const TrackingFileRow& r : m_trackRows) {
        const QString note = !r.error.isEmpty() ? r.error
                             : r.recorded       ? tr("Recorded already; not added again.")
                             : r.delivers       ? tr("Marks the parcel delivered.")
                                                : QString();
        recorded += r.recorded ? 1 : 0;
        const QString when =
            r.error.isEmpty()
                ? locale.toString(QDateTime::fromSecsSinceEpoch(r.update.at), QLocale::ShortFormat)
                : r.time;
        auto* item = new QTreeWidgetItem({locale.toString(r.line), r.orderNumber, r.carrier,
                                          r.tracking, when, r.update.text, note});
        item->setToolTip(TNote, note);
        if (!r.error.isEmpty())
            for (int c = 0; c <= TNote; ++c)
                item->setForeground(c, QColor(0xb0, 0x00, 0x20));
        else if (r.recorded)
            for (int c = 0; c <= TNote; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        items << item;
    }
    m_table->addTopLevelItems(items);
    for (int c = TLine; c < TNote; ++c)
        m_table->resizeColumnToContents(c);
    const int problems = problemCount();
    const int events = int(m_trackRows.size());
    if (m_trackRows.isEmpty())
        m_summary->setText(tr("The file holds no tracking events."));
    else if (problems == 0)
        m_summary->setText(tr("%n tracking event(s) in the file, no problems.", nullptr, events) +
                           QLatin1Char(' ') +
                           (recorded == events
                                ? tr("All of them are recorded already.")
                                : tr("%n of them will be added.", nullptr, events - recorded)));
    else
        m_summary->setText(tr("%n row(s) with a problem (in red below); nothing can be imported "
                              "until they are fixed in the file.",
                              nullptr, problems));
    updateForm();
}

void ShipmentFileDialog::updateForm()
{
    const bool allowed = m_session.can(Permission::Ship);
    const bool hasRows = m_mode == Mode::Tracking ? !m_trackRows.isEmpty() : !m_rows.isEmpty();
    const bool ready = allowed && hasRows && problemCount() == 0 && !m_job;
    enableUnlessReadOnly(m_shipButton, *m_db, ready,
                         allowed ? QString()
                         : m_mode == Mode::Tracking
                             ? tr("Your role may not record tracking events.")
                             : tr("Your role may not ship orders."));
    m_path->setEnabled(!m_job);
    m_browse->setEnabled(!m_job);
    m_progress->setVisible(m_job != nullptr || m_preview != nullptr);
}

void ShipmentFileDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ShipmentFileDialog::startShipping()
{
    if (m_mode == Mode::Tracking) {
        if (m_job || m_trackRows.isEmpty() || problemCount() > 0)
            return;
        showStatus(tr("Importing %n tracking event(s)…", nullptr, int(m_trackRows.size())), false);
        const QList<TrackingFileRow> rows = m_trackRows;
        const Session session = m_session;
        m_job = new BatchJob(
            m_db, m_session,
            [rows, session](OrderStore& store, const ProgressFn&) {
                return TrackingFile(store.database(), session).commit(rows).added;
            },
            this);
        connect(m_job, &BatchJob::succeeded, this, [this](int events) {
            m_job->deleteLater();
            m_job = nullptr;
            updateForm();
            emit tracked(events);
            accept();
        });
        connect(m_job, &BatchJob::failed, this, [this](const QString& message, int) {
            m_job->deleteLater();
            m_job = nullptr;
            showStatus(tr("Nothing was imported: %1").arg(message), true);
            updateForm();
        });
        updateForm();
        m_job->start();
        return;
    }
    if (m_job || m_rows.isEmpty() || problemCount() > 0)
        return;
    showStatus(tr("Shipping %n order(s)…", nullptr, int(m_rows.size())), false);
    const QList<FulfilmentStore::ShipRow> rows = m_rows;
    const Session session = m_session;
    m_job = new BatchJob(
        m_db, m_session,
        [rows, session](OrderStore& store, const ProgressFn&) {
            return FulfilmentStore(store.database(), session).commitShipments(rows);
        },
        this);
    connect(m_job, &BatchJob::succeeded, this, [this](int parcels) {
        m_job->deleteLater();
        m_job = nullptr;
        updateForm();
        emit shipped(parcels);
        accept();
    });
    connect(m_job, &BatchJob::failed, this, [this](const QString& message, int) {
        m_job->deleteLater();
        m_job = nullptr;
        // Someone shipped or changed an order since the preview: read again.
        showStatus(tr("Nothing was shipped: %1").arg(message), true);
        updateForm();
    });
    updateForm();
    m_job->start();
}

void ShipmentFileDialog::reject()
{
    if (m_job) {
        showStatus(m_mode == Mode::Tracking
                       ? tr("The file is being imported; it goes in whole or not at all. Please "
                            "wait.")
                       : tr("The file is shipping; it ships whole or not at all. Please wait."),
                   false);
        return;
    }
    QDialog::reject();
}

} // namespace docket
