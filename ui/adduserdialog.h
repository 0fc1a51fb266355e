#pragma once

#include "stores/userstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace docket {

class ScopeEditor;

// Administration → Add User: name, full name, password twice, role and orders
// scope. The store checks and adds the user; a problem shows in the dialog,
// next to the field it names, and nothing is added.
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    AddUserDialog(UserStore& store, const QList<RoleInfo>& roles, QWidget* parent);

    const QString& addedName() const { return m_added; }

public slots:
    void accept() override;

private:
    void problem(const QString& message, QWidget* field);

    UserStore& m_store;
    QLineEdit* m_name;
    QLineEdit* m_display;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QComboBox* m_role;
    ScopeEditor* m_scope;
    QLabel* m_error;
    QString m_added;
};

} // namespace docket
