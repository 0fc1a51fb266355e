#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/userstore.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;

namespace docket {

// Changes a password. Own: the signed-in user types the current password and
// the new one twice. Reset: an administrator (ManageUsers) sets a new
// password for another account, which also lifts a lockout.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // The session's own password.
    ChangePasswordDialog(std::shared_ptr<const Database> db, Session session,
                         QWidget* parent = nullptr);
    // An administrator resets `userName`'s password.
    ChangePasswordDialog(std::shared_ptr<const Database> db, Session admin, qint64 userId,
                         const QString& userName, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    bool isReset() const { return m_userId != 0; }
    QLineEdit* currentEdit() const { return m_current; } // null in reset mode
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QLabel* errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    void build(const QString& intro);

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<UserStore> m_store;
    qint64 m_userId = 0;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace docket
