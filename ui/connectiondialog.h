#pragma once

#include "db/database.h"

#include <QDialog>

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
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_tls = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    quint64 m_attempt = 0; // results of older attempts are dropped
};

} // namespace docket
