#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/userstore.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace docket {

// First start on a new database: creates the first administrator (user name,
// display name, password twice). Refused by the store once any user exists.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(std::shared_ptr<const Database> db,
                   AccountPolicy policy = AccountPolicy::fromSettings(), QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // The new administrator's session, after the dialog was accepted.
    const Session& session() const { return m_session; }

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QLabel* errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    std::shared_ptr<const Database> m_db;
    std::unique_ptr<UserStore> m_store;
    Session m_session;
    QLineEdit* m_user;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_error;
};

} // namespace docket
