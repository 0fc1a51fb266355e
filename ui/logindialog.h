#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/userstore.h"

#include <QDialog>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace docket {

// Signs a user in at start-up. A wrong password, a locked or a disabled
// account shows the store's message in the dialog, which stays open for the
// next try. Remembers the last user name (settings::lastUserName), never the
// password.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(std::shared_ptr<const Database> db,
                AccountPolicy policy = AccountPolicy::fromSettings(), QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Valid after the dialog was accepted.
    const Session& session() const { return m_session; }

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* signInButton() const { return m_signIn; }
    // The store the dialog signs in through (tests set its clock).
    UserStore& store() { return *m_store; }

public slots:
    void accept() override;

private:
    void showError(const QString& message);

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<UserStore> m_store;
    Session m_session;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
    QDialogButtonBox* m_buttons;
};

// The start-up sign-in: on a database without users, asks for the first
// administrator (FirstRunDialog); otherwise the login dialog until it
// succeeds. nullopt when the user cancelled (quit the application then).
std::optional<Session> signIn(QWidget* parent, std::shared_ptr<const Database> db);

} // namespace docket
