#pragma once

#include "stores/userstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace docket {

// Administration → New Role: a name, a description and the permissions to
// start with (none, or an existing role's); the permissions are then chosen
// in the page's matrix.
class NewRoleDialog : public QDialog
{
    Q_OBJECT
public:
    NewRoleDialog(UserStore& store, const QList<RoleInfo>& roles, QWidget* parent);

public slots:
    void accept() override;

private:
    UserStore& m_store;
    QList<RoleInfo> m_roles;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QComboBox* m_basedOn;
    QLabel* m_error;
};

} // namespace docket
