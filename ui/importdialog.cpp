#include "importdialog.h"

#include "domain/errors.h"
#include "domain/order.h"
#include "readonly.h"
#include "stores/intakestore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
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

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
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
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (path() != m_readPath) // focus leaving an unchanged path reads nothing again
            readFile();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this, channelRule] {
        channelRule();
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
    m_file = OrderImport::read(f.readAll(), m_channel->currentData().toString());
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
    m_cancel = false;
    m_progress->setRange(0, int(m_file.orders.size()));
    m_progress->setValue(0);
    showStatus(tr("Importing…"), false);
    updateForm();
    // The import is one transaction on this thread; the dialog is modal and
    // keeps painting (and Cancel working) between orders.
    const auto progress = [this](qint64 done, qint64) {
        m_progress->setValue(int(done));
        QCoreApplication::processEvents();
        return !m_cancel;
    };
    try {
        const ImportSummary sum =
            OrderImport(m_db->connection(), m_session)
                .commit(m_file, m_unknownSku->currentData().toString(), progress);
        m_running = false;
        showStatus(tr("Imported: %1 new, %2 updated, %3 unchanged, %4 left alone.")
                       .arg(sum.created)
                       .arg(sum.updated)
                       .arg(sum.unchanged)
                       .arg(sum.ignored),
                   false);
        updateForm();
        emit imported(sum);
        accept();
    } catch (const DocketError& e) {
        m_running = false;
        showStatus(e.message(), true);
        updateForm();
    }
}

void ImportDialog::reject()
{
    if (m_running) {
        m_cancel = true; // the import stops after its current order, nothing kept
        return;
    }
    QDialog::reject();
}

} // namespace docket
