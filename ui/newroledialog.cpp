#include "newroledialog.h"

#include "adminwidgets.h"
#include "domain/errors.h"
#include "formparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

NewRoleDialog::NewRoleDialog(UserStore& store, const QList<RoleInfo>& roles, QWidget* parent)
    : QDialog(parent), m_store(store), m_roles(roles)
{
    setWindowTitle(tr("New Role"));
    m_name = new QLineEdit(this);
    m_description = new QLineEdit(this);
    m_basedOn = new QComboBox(this);
    m_basedOn->addItem(tr("No permissions"), QString());
    for (const RoleInfo& r : roles)
        m_basedOn->addItem(tr("The permissions of %1").arg(r.label()), r.name);
    m_error = form::errorLabel(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Start with:"), m_basedOn);
    QDialogButtonBox* buttons = form::acceptCancelButtons(this, tr("&Create Role"));
    auto* v = new QVBoxLayout(this);
    v->addWidget(new QLabel(tr("Choose the new role's permissions in the matrix after "
                               "creating it."),
                            this));
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(buttons);
}

void NewRoleDialog::accept()
{
    QSet<Permission> permissions;
    for (const RoleInfo& r : m_roles)
        if (r.name == m_basedOn->currentData().toString())
            permissions = r.permissions;
    try {
        m_store.createRole(m_name->text(), m_description->text(), permissions);
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace docket
