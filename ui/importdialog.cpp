#include "importdialog.h"

#include "items/importjob.h"

#include "domain/errors.h"
#include "domain/order.h"
#include "readonly.h"
#include "settings.h"
#include "stores/intakestore.h"
#include "stores/shopsettingsstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace docket {

ImportDialog::ImportDialog(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Orders"));

    auto* intro = new QLabel(tr("Orders from a shop's CSV export (a header row, then one row per "
                                "line item) or a JSON list of orders. Nothing is imported until "
                                "the whole file reads without a problem; importing the same file "
                                "again changes nothing."),
                             this);
    intro->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_browse->setAccessibleName(tr("Choose the file to import"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("importChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    for (const QString& code : channel::codes())
        m_channel->addItem(channel::label(code), code);

    m_unknownSku = new QComboBox(this);
    m_unknownSku->setObjectName(QStringLiteral("importUnknownSku"));
    m_unknownSku->setAccessibleName(tr("Unknown SKUs"));
    m_unknownSku->addItem(tr("Refuse the file"), QStringLiteral("refuse"));
    m_unknownSku->addItem(tr("Take them as unlinked lines"), QStringLiteral("unlinked"));

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Unknown SKUs:"), m_unknownSku);

    m_summary = new QLabel(tr("Choose a file to see what it holds."), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setMinimumHeight(140);
    m_problems->setVisible(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_mappingButton = new QPushButton(tr("Co&lumns and Statuses…"), this);
    m_mappingButton->setObjectName(QStringLiteral("importMapping"));
    m_mappingButton->setToolTip(tr("Which column holds which field, and what the file's statuses "
                                   "mean; remembered for the channel."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_mappingButton, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // The channel's own rule for unknown SKUs (docketctl intake channel set).
    auto channelRule = [this] {
        try {
            const QString rule = IntakeStore(m_db->connection(), m_session)
                                     .unknownSkuRule(m_channel->currentData().toString());
            const int i = m_unknownSku->findData(rule);
            if (i >= 0)
                m_unknownSku->setCurrentIndex(i);
        } catch (const DocketError&) {
            // Not allowed to read the channels: the choice stays as it is.
        }
    };
    channelRule();
    m_mapping = savedMapping(m_channel->currentData().toString());
    connect(m_mappingButton, &QPushButton::clicked, this, &ImportDialog::editMapping);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (path() != m_readPath) // focus leaving an unchanged path reads nothing again
            readFile();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this, channelRule] {
        channelRule();
        m_mapping = savedMapping(m_channel->currentData().toString());
        readFile(); // the reader checks the orders for their channel
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    updateForm();
}

ImportDialog::~ImportDialog()
{
    // Closing moves the focus out of the path field, after our members went.
    m_path->disconnect(this);
}

QString ImportDialog::path() const
{
    return m_path->text().trimmed();
}

void ImportDialog::setPath(const QString& path)
{
    m_path->setText(path);
    readFile();
}

void ImportDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Import Orders"), path(), tr("Order files (*.csv *.json *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportDialog::readFile()
{
    m_file = ImportFile{};
    m_problems->clear();
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
    // An order of the file that names no currency is in the shop's.
    m_file = OrderImport::read(f.readAll(), m_channel->currentData().toString(), m_mapping,
                               ShopSettingsStore(m_db->connection(), m_session).currency());
    for (const ImportProblem& problem : m_file.problems)
        m_problems->addItem(problem.text());
    if (m_file.ok())
        m_summary->setText(tr("%n order(s) in the file, no problems. Ready to import.", nullptr,
                              int(m_file.orders.size())));
    else
        m_summary->setText(tr("%n problem(s) in the file (listed below); nothing can be imported "
                              "until they are fixed.",
                              nullptr, int(m_file.problems.size())));
    updateForm();
}

void ImportDialog::updateForm()
{
    const bool allowed = m_session.can(Permission::CreateOrders);
    const bool ready = allowed && m_file.ok() && !m_file.orders.isEmpty() && !m_running;
    enableUnlessReadOnly(m_importButton, *m_db, ready,
                         allowed ? QString() : tr("Your role may not create orders."));
    m_problems->setVisible(!m_file.problems.isEmpty());
    m_path->setEnabled(!m_running);
    m_browse->setEnabled(!m_running);
    m_channel->setEnabled(!m_running);
    m_unknownSku->setEnabled(!m_running);
    m_progress->setVisible(m_running);
    m_mappingButton->setEnabled(!m_running && !m_file.headers.isEmpty());
}

ImportMapping ImportDialog::savedMapping(const QString& channel)
{
    const QJsonObject all = QJsonDocument::fromJson(settings::importMappings.value()).object();
    return ImportMapping::fromJson(all.value(channel).toObject());
}

void ImportDialog::setMapping(const ImportMapping& mapping)
{
    m_mapping = mapping;
    QJsonObject all = QJsonDocument::fromJson(settings::importMappings.value()).object();
    const QString channel = m_channel->currentData().toString();
    if (mapping.isEmpty())
        all.remove(channel);
    else
        all.insert(channel, mapping.toJson());
    settings::importMappings.setValue(QJsonDocument(all).toJson(QJsonDocument::Compact));
    readFile();
}

void ImportDialog::editMapping()
{
    ImportMappingDialog dialog(m_mapping, m_file.headers, m_file.statuses, this);
    if (dialog.exec() == QDialog::Accepted)
        setMapping(dialog.mapping());
}

ImportMappingDialog::ImportMappingDialog(const ImportMapping& mapping, const QStringList& headers,
                                         const QStringList& statuses, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importMappingDialog"));
    setWindowTitle(tr("Columns and Statuses"));
    auto* inner = new QWidget;
    auto* form = new QFormLayout(inner);
    for (const QString& field : OrderImport::fields()) {
        auto* combo = new QComboBox(inner);
        combo->setObjectName(QStringLiteral("map_") + field);
        combo->addItem(tr("(found by its usual header)"), QString());
        for (const QString& h : headers)
            if (!h.isEmpty())
                combo->addItem(h, h);
        const int at = combo->findData(mapping.columns.value(field));
        combo->setCurrentIndex(at > 0 ? at : 0);
        form->addRow(OrderImport::fieldLabel(field) + QLatin1Char(':'), combo);
        m_fields.append({field, combo});
    }
    auto* title =
        new QLabel(statuses.isEmpty() ? tr("The file's statuses show here once its order id and "
                                           "status columns are known.")
                                      : tr("The file's statuses:"),
                   inner);
    title->setWordWrap(true);
    if (!statuses.isEmpty()) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    form->addRow(title);
    for (const QString& word : statuses) {
        auto* combo = new QComboBox(inner);
        combo->setObjectName(QStringLiteral("status_") + word.toLower());
        combo->addItem(tr("(as WooCommerce or Docket means it)"), QString());
        for (OrderStatus st : status::all())
            combo->addItem(status::label(st), status::code(st));
        const int at = combo->findData(mapping.statuses.value(word.toLower()));
        combo->setCurrentIndex(at > 0 ? at : 0);
        form->addRow(word + QLatin1Char(':'), combo);
        m_statuses.append({word.toLower(), combo});
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addWidget(new QLabel(tr("Which column holds which field; the fields left as they are "
                               "are found by their usual headers."),
                            this));
    v->addWidget(scroll, 1);
    v->addWidget(buttons);
    resize(480, 560);
}

ImportMapping ImportMappingDialog::mapping() const
{
    ImportMapping m;
    for (const auto& [field, combo] : m_fields)
        if (const QString h = combo->currentData().toString(); !h.isEmpty())
            m.columns.insert(field, h);
    for (const auto& [word, combo] : m_statuses)
        if (const QString code = combo->currentData().toString(); !code.isEmpty())
            m.statuses.insert(word, code);
    return m;
}

QComboBox* ImportMappingDialog::fieldCombo(const QString& field) const
{
    for (const auto& [f, combo] : m_fields)
        if (f == field)
            return combo;
    return nullptr;
}

QComboBox* ImportMappingDialog::statusCombo(const QString& word) const
{
    for (const auto& [w, combo] : m_statuses)
        if (w == word.toLower())
            return combo;
    return nullptr;
}

void ImportDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ImportDialog::startImport()
{
    if (m_running || !m_file.ok() || m_file.orders.isEmpty())
        return;
    m_running = true;
    m_progress->setRange(0, int(m_file.orders.size()));
    m_progress->setValue(0);
    showStatus(tr("Importing…"), false);
    updateForm();
    // One transaction on a thread and connection of its own (ImportJob): the
    // window keeps painting and Cancel stops it after the current order.
    m_job = new ImportJob(m_db, m_session, m_file, m_unknownSku->currentData().toString(), this);
    connect(m_job, &ImportJob::progress, this,
            [this](qint64 done, qint64) { m_progress->setValue(int(done)); });
    connect(m_job, &ImportJob::succeeded, this, [this](const ImportSummary& sum) {
        finishJob();
        showStatus(tr("Imported: %1 new, %2 updated, %3 unchanged, %4 left alone.")
                       .arg(sum.created)
                       .arg(sum.updated)
                       .arg(sum.unchanged)
                       .arg(sum.ignored),
                   false);
        emit imported(sum);
        accept();
    });
    connect(m_job, &ImportJob::failed, this, [this](const QString& message, int) {
        finishJob();
        showStatus(message, true);
    });
    m_job->start();
}

void ImportDialog::finishJob()
{
    m_running = false;
    m_job->deleteLater(); // its thread has finished or is about to: the deleter waits
    m_job = nullptr;
    updateForm();
}

void ImportDialog::reject()
{
    if (m_running) {
        m_job->cancel(); // the import stops after its current order, nothing kept
        showStatus(tr("Cancelling…"), false);
        return;
    }
    QDialog::reject();
}

} // namespace docket
