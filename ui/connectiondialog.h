#pragma once

#include "db/database.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace docket {

// Team mode: where the shared PostgreSQL server is. Host, port, database,
// user, password and TLS mode (disable, prefer, require, verify-full), or a
// whole postgresql:// URL pasted in; "Test Connection" tries it without
// leaving the dialog (on a thread of its own, so the window stays alive while
// the server is slow to answer). Accepting remembers the connection among the
// recent ones, without its password.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget* parent = nullptr);

    // What the fields say now.
    DatabaseConfig config() const;
    // Fills the fields (the password too, when given).
    void setConfig(const DatabaseConfig& config);

    // Every problem with the fields, first one first; empty when complete.
    QString problem() const;

    void accept() override;

public slots:
    void testConnection();

signals:
    // After testConnection(): ok, and what the server said.
    void tested(bool ok, const QString& message);

private:
    void applyUrl();
    void useRecent(int index);
    void showResult(bool ok, const QString& message);
    void fieldsChanged();

    QComboBox* m_recent = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_standbys = nullptr;
    QCheckBox* m_readStandby = nullptr;
    QSpinBox* m_maxLag = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_tls = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    quint64 m_attempt = 0; // results of older attempts are dropped
};

// Team mode without a password: `docket --database postgresql://anna@db/docket`
// or a connection whose password field was left empty. Names the account and
// the database (anna@db.example.com:5432/docket) and asks for the password;
// Connect tries it at once and keeps the dialog open, with the server's
// answer, while it is wrong. The password is used for this session only and
// is never stored.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasswordDialog(const DatabaseConfig& config, QWidget* parent = nullptr);

    // After accept(): the database, connected with the password given.
    std::shared_ptr<Database> database() const { return m_db; }
    // "anna@db.example.com:5432/docket" (the OS user when the URL names none).
    static QString accountName(const DatabaseConfig& config);

    void accept() override;

private:
    DatabaseConfig m_config;
    std::shared_ptr<Database> m_db;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

// Whether libpq will find a password for `config` by itself: the PGPASSWORD
// variable, or a matching line of the password file (PGPASSFILE, else
// ~/.pgpass; %APPDATA%/postgresql/pgpass.conf on Windows).
bool passwordKnownFor(const DatabaseConfig& config);

// Opens `config` for the window: a PostgreSQL address without a password
// asks for it first (PasswordDialog) unless passwordKnownFor() it; then
// Database::open() (checks, migrates; `create`: a new SQLite file when none
// exists). An empty file (or empty database) is made a Docket database only
// when the user says so (asked). nullptr when the user cancelled (`error`
// empty) or when opening failed (`error` says why).
std::shared_ptr<Database> openDatabaseInteractively(QWidget* parent, const DatabaseConfig& config,
                                                    bool create, QString* error);

} // namespace docket
