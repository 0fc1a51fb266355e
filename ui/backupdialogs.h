#pragma once

#include "backup/backupservice.h"

#include <QDialog>
#include <atomic>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace docket {

// File → Back Up…: a consistent copy of the open database to a file of the
// user's choice while everyone keeps working, with progress and Cancel.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~BackupDialog() override;

    QString path() const;
    void setPath(const QString& path);
    bool isRunning() const { return m_job != nullptr; }

public slots:
    void start();

signals:
    void finished(const QString& path);

protected:
    void reject() override;

private:
    void browse();
    void setRunning(bool running);
    void showMessage(const QString& message, bool error);

    std::shared_ptr<const Database> m_db;
    Session m_session;
    BackupJob* m_job = nullptr;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_message;
    QPushButton* m_start;
};

// File → Restore…: choose a backup, see what it holds (every check runs
// before anything changes: integrity, schema version, Docket tables), then
// replace the database with it; the current database is kept as
// "<database>.bak".
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    QString path() const;
    // Sets the candidate and checks it at once.
    void setPath(const QString& path);
    bool candidateOk() const { return m_ok; }
    // The candidate is checked on a thread of its own (an integrity check
    // reads the whole file); true while that runs.
    bool isChecking() const { return m_check != nullptr; }
    bool isRunning() const { return m_job != nullptr; }

public slots:
    void start();

signals:
    // After a successful restore; `previous` is the kept copy.
    void restored(const QString& previous);

protected:
    void reject() override;

private:
    void browse();
    void inspect();
    void stopCheck();
    void showCheck(quint64 ticket, const std::optional<BackupInfo>& info, const QString& error);
    void setRunning(bool running);

    std::shared_ptr<const Database> m_db;
    Session m_session;
    BackupJob* m_job = nullptr;
    QThread* m_check = nullptr;
    std::shared_ptr<std::atomic_bool> m_checkCancel;
    quint64 m_checkTicket = 0;
    QString m_checkedPath; // the candidate the last check was for
    bool m_ok = false;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_info;
    QLabel* m_warning;
    QProgressBar* m_progress;
    QLabel* m_message;
    QPushButton* m_start;
};

} // namespace docket
