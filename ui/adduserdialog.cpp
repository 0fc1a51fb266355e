#include "adduserdialog.h"

#include "adminwidgets.h"
#include "domain/errors.h"
#include "formparts.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

AddUserDialog::AddUserDialog(UserStore& store, const QList<RoleInfo>& roles, QWidget* parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Add User"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setPlaceholderText(tr("letters, digits and . _ @ -"));
    m_display = new QLineEdit(this);
    m_display->setObjectName(QStringLiteral("displayName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("at least %n characters", nullptr, store.policy().minPasswordLength));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    admin::fillRoles(m_role, roles);
    m_role->setCurrentIndex(std::max(0, m_role->findData(QStringLiteral("clerk"))));
    m_scope = new ScopeEditor(this);
    m_scope->setScope(Scope::own());
    m_error = form::errorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Full name:"), m_display);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Sees:"), m_scope);
    QDialogButtonBox* buttons = form::acceptCancelButtons(this, tr("&Add User"));
    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(buttons);
    m_name->setFocus();
}

void AddUserDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        m_confirm->clear();
        problem(tr("The two passwords differ; type the password again."), m_confirm);
        return;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_store.addUser({m_name->text(), m_display->text(), m_password->text(),
                         m_role->currentData().toString(), m_scope->scope()});
        QApplication::restoreOverrideCursor();
    } catch (const DocketError& e) {
        QApplication::restoreOverrideCursor();
        QWidget* field = m_name;
        if (e.field() == QLatin1String("password"))
            field = m_password;
        else if (e.field() == QLatin1String("scope"))
            field = m_scope;
        else if (e.field() == QLatin1String("role"))
            field = m_role;
        problem(e.message(), field);
        return;
    }
    m_added = m_name->text().trimmed();
    QDialog::accept();
}

void AddUserDialog::problem(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    field->setFocus();
}

} // namespace docket
