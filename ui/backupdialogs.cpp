#include "backupdialogs.h"

#include "domain/errors.h"
#include "i18n.h"
#include "settings.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

namespace docket {

namespace {

QString defaultFolder()
{
    QString folder = settings::backupFolder.value();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

QProgressBar* makeProgress(QWidget* parent, const QString& accessibleName)
{
    auto* p = new QProgressBar(parent);
    p->setRange(0, 1000);
    p->setAccessibleName(accessibleName);
    p->setVisible(false);
    return p;
}

QLabel* makeMessage(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setVisible(false);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

// ---- BackupDialog ---------------------------------------------------------------

BackupDialog::BackupDialog(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back Up the Database"));

    auto* intro = new QLabel(
        tr("Writes a complete, consistent copy of %1. Everyone can keep working meanwhile.")
            .arg(m_db->config().displayName()),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("backupPath"));
    m_path->setAccessibleName(tr("Backup file"));
    m_path->setMinimumWidth(380);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAccessibleName(tr("Choose the backup file"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto* label = new QLabel(tr("Back up &to:"), this);
    label->setBuddy(m_path);
    auto* form = new QFormLayout;
    form->addRow(label, row);

    m_progress = makeProgress(this, tr("Backup progress"));
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_message = makeMessage(this);
    m_message->setObjectName(QStringLiteral("backupMessage"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Back Up"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("backupStart"));
    m_start->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const QString base = QFileInfo(m_db->config().path).completeBaseName();
    setPath(QDir(defaultFolder())
                .filePath(tr("%1-backup-%2.db")
                              .arg(base.isEmpty() ? QStringLiteral("docket") : base,
                                   QDateTime::currentDateTime().toString(
                                       QStringLiteral("yyyy-MM-dd-HHmm")))));

    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);

    if (!m_session.can(Permission::Backup)) {
        showMessage(tr("Your role may not back up the database."), true);
        m_start->setEnabled(false);
    } else if (m_db->backend() != Backend::SQLite) {
        showMessage(tr("This is a PostgreSQL database: back it up on the server with pg_dump."),
                    true);
        m_start->setEnabled(false);
    }
}

BackupDialog::~BackupDialog()
{
    delete m_job;
}

QString BackupDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void BackupDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void BackupDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Back Up the Database"), path(), tr("Docket databases (*.db);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void BackupDialog::showMessage(const QString& message, bool error)
{
    m_message->setObjectName(error ? QStringLiteral("formError") : QStringLiteral("backupMessage"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void BackupDialog::setRunning(bool running)
{
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_start->setEnabled(!running);
    m_progress->setVisible(running);
}

void BackupDialog::start()
{
    if (m_job)
        return;
    const QString target = path();
    if (target.isEmpty()) {
        showMessage(tr("Choose a file to back up to."), true);
        return;
    }
    if (QFileInfo::exists(target) &&
        QMessageBox::question(this, tr("Replace the File?"),
                              tr("%1 exists already. Replace it with the new backup?")
                                  .arg(QDir::toNativeSeparators(target))) != QMessageBox::Yes)
        return;
    showMessage({}, false);
    m_job = new BackupJob(
        m_db, m_session,
        [target](const BackupService& s, const ProgressFn& progress) {
            s.backup(target, progress);
            return target;
        },
        this);
    connect(m_job, &BackupJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(m_job, &BackupJob::succeeded, this, [this](const QString& file) {
        m_job->deleteLater();
        m_job = nullptr;
        setRunning(false);
        emit finished(file);
        accept();
    });
    connect(m_job, &BackupJob::failed, this, [this](const QString& message, int code) {
        m_job->deleteLater();
        m_job = nullptr;
        setRunning(false);
        showMessage(code == int(DocketError::Code::Cancelled)
                        ? tr("Cancelled; no backup file was written.")
                        : message,
                    code != int(DocketError::Code::Cancelled));
    });
    m_progress->setValue(0);
    setRunning(true);
    m_job->start();
}

void BackupDialog::reject()
{
    if (m_job) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

// ---- RestoreDialog --------------------------------------------------------------

RestoreDialog::RestoreDialog(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a Backup"));

    auto* intro = new QLabel(tr("Replaces the contents of %1 with a backup. The backup is "
                                "checked first; nothing changes if it fails a check.")
                                 .arg(m_db->config().displayName()),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("restorePath"));
    m_path->setAccessibleName(tr("Backup file to restore"));
    m_path->setMinimumWidth(380);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAccessibleName(tr("Choose the backup file to restore"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto* label = new QLabel(tr("&Backup file:"), this);
    label->setBuddy(m_path);
    auto* form = new QFormLayout;
    form->addRow(label, row);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("restoreInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setVisible(false);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("restoreWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(
        tr("Everyone working on this database sees the restored orders at once; changes made "
           "since the backup are replaced. The current database is kept as %1.")
            .arg(QDir::toNativeSeparators(BackupService::previousCopyPath(m_db->config().path))));
    m_warning->setTextFormat(Qt::PlainText);
    m_progress = makeProgress(this, tr("Restore progress"));
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_message = makeMessage(this);
    m_message->setObjectName(QStringLiteral("formError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Restore"), QDialogButtonBox::DestructiveRole);
    m_start->setObjectName(QStringLiteral("restoreStart"));
    m_start->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(m_warning);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &RestoreDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (path() != m_checkedPath) // not again for a focus change alone
            inspect();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_ok = false;
        m_start->setEnabled(false);
    });
    connect(m_start, &QPushButton::clicked, this, &RestoreDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);

    if (!m_session.can(Permission::Backup) || m_db->backend() != Backend::SQLite) {
        m_message->setText(m_db->backend() != Backend::SQLite
                               ? tr("This is a PostgreSQL database: restore it on the server "
                                    "with pg_restore.")
                               : tr("Your role may not restore backups."));
        m_message->setVisible(true);
        m_path->setEnabled(false);
        m_browse->setEnabled(false);
    }
    resize(sizeHint().width(), sizeHint().height());
}

RestoreDialog::~RestoreDialog()
{
    // ~QDialog hides the window, and the path field's focus-out would start a
    // check on this half-destroyed dialog.
    disconnect(m_path, nullptr, this, nullptr);
    stopCheck();
    delete m_job;
}

QString RestoreDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void RestoreDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    inspect();
}

void RestoreDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Restore a Backup"), path().isEmpty() ? defaultFolder() : path(),
        tr("Docket databases (*.db *.bak);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void RestoreDialog::inspect()
{
    stopCheck();
    m_ok = false;
    m_message->setVisible(false);
    m_info->clear();
    m_info->setVisible(false);
    const QString candidate = path();
    m_checkedPath = candidate;
    if (candidate.isEmpty()) {
        m_start->setEnabled(false);
        return;
    }
    m_info->setText(tr("Checking %1…").arg(QDir::toNativeSeparators(candidate)));
    m_info->setVisible(true);
    m_progress->setRange(0, 0); // busy: the check reports no progress
    m_progress->setVisible(true);
    m_start->setEnabled(false);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_checkCancel = cancel;
    const quint64 ticket = ++m_checkTicket;
    m_check = QThread::create([this, candidate, cancel, ticket] {
        std::optional<BackupInfo> info;
        QString error;
        try {
            info = BackupService::inspect(candidate, [cancel] { return !cancel->load(); });
        } catch (const DocketError& e) {
            if (e.code() == DocketError::Code::Cancelled)
                return;
            error = e.message();
        }
        // The dialog waits for this thread before it goes, so `this` is alive.
        QMetaObject::invokeMethod(
            this, [this, ticket, info, error] { showCheck(ticket, info, error); },
            Qt::QueuedConnection);
    });
    m_check->setObjectName(QStringLiteral("docket-check-backup"));
    m_check->start();
}

void RestoreDialog::stopCheck()
{
    if (!m_check)
        return;
    *m_checkCancel = true; // interrupts the integrity check within milliseconds
    m_check->wait();
    delete m_check;
    m_check = nullptr;
    ++m_checkTicket; // a result already on its way is stale
    m_progress->setRange(0, 1000);
    m_progress->setVisible(m_job != nullptr);
}

void RestoreDialog::showCheck(quint64 ticket, const std::optional<BackupInfo>& info,
                              const QString& error)
{
    if (ticket != m_checkTicket)
        return;
    if (m_check) {
        m_check->wait();
        delete m_check;
        m_check = nullptr;
    }
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    if (info) {
        const QLocale locale;
        m_info->setText(tr("✔ Checked: intact, schema version %1, %Ln order(s), %2, saved %3.",
                           nullptr, int(std::min<qint64>(info->orders, INT_MAX)))
                            .arg(info->schemaVersion)
                            .arg(locale.formattedDataSize(info->sizeBytes),
                                 formatDateTime(info->lastModified, QLocale::ShortFormat, locale)));
        m_ok = true;
    } else {
        m_info->setVisible(false);
        m_message->setText(error);
        m_message->setVisible(true);
    }
    m_start->setEnabled(m_ok && !m_job);
}

void RestoreDialog::setRunning(bool running)
{
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_start->setEnabled(!running && m_ok);
    m_progress->setVisible(running);
}

void RestoreDialog::start()
{
    if (m_job || !m_ok)
        return;
    const QString candidate = path();
    QMessageBox box(QMessageBox::Warning, tr("Restore a Backup"),
                    tr("Replace the database with %1?").arg(QDir::toNativeSeparators(candidate)),
                    QMessageBox::Cancel, this);
    box.setInformativeText(m_warning->text());
    QPushButton* yes = box.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;

    m_message->setVisible(false);
    m_job = new BackupJob(
        m_db, m_session,
        [candidate](const BackupService& s, const ProgressFn& progress) {
            return s.restore(candidate, progress);
        },
        this);
    connect(m_job, &BackupJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(m_job, &BackupJob::succeeded, this, [this](const QString& previous) {
        m_job->deleteLater();
        m_job = nullptr;
        setRunning(false);
        emit restored(previous);
        accept();
    });
    connect(m_job, &BackupJob::failed, this, [this](const QString& message, int code) {
        m_job->deleteLater();
        m_job = nullptr;
        setRunning(false);
        m_message->setText(code == int(DocketError::Code::Cancelled)
                               ? tr("Cancelled; the database was not changed.")
                               : message);
        m_message->setVisible(true);
    });
    m_progress->setValue(0);
    setRunning(true);
    m_job->start();
}

void RestoreDialog::reject()
{
    stopCheck();
    if (m_job) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace docket
