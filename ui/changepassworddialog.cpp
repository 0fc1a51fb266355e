#include "changepassworddialog.h"

#include "domain/errors.h"
#include "formparts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

ChangePasswordDialog::ChangePasswordDialog(std::shared_ptr<const Database> db, Session session,
                                           QWidget* parent)
    : QDialog(parent), m_db(std::move(db)),
      m_store(std::make_unique<UserStore>(m_db->connection(), std::move(session),
                                          AccountPolicy::fromSettings()))
{
    setWindowTitle(tr("Change Your Password"));
    build(tr("Change the password of %1.").arg(m_store->session().userName()));
}

ChangePasswordDialog::ChangePasswordDialog(std::shared_ptr<const Database> db, Session admin,
                                           qint64 userId, const QString& userName, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)),
      m_store(std::make_unique<UserStore>(m_db->connection(), std::move(admin),
                                          AccountPolicy::fromSettings())),
      m_userId(userId)
{
    setWindowTitle(tr("Reset Password"));
    build(tr("Set a new password for %1. Tell them the new password; a lockout ends with "
             "the reset.")
              .arg(userName));
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::build(const QString& introText)
{
    auto* intro = new QLabel(introText, this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto makeEdit = [this](const char* name, const QString& accessible) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setAccessibleName(accessible);
        e->setEchoMode(QLineEdit::Password);
        return e;
    };
    if (!isReset()) {
        m_current = makeEdit("currentPassword", tr("Current password"));
        form->addRow(tr("C&urrent password:"), m_current);
    }
    m_new = makeEdit("newPassword", tr("New password"));
    m_new->setPlaceholderText(
        tr("at least %n characters", nullptr, m_store->policy().minPasswordLength));
    m_confirm = makeEdit("confirmPassword", tr("Repeat the new password"));
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_confirm);

    m_error = form::errorLabel(this);

    QDialogButtonBox* buttons =
        form::acceptCancelButtons(this, isReset() ? tr("&Reset Password") : tr("&Change Password"));

    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(buttons);
    setMinimumWidth(form::charsWide(this, 50));
    (m_current ? m_current : m_new)->setFocus();
}

void ChangePasswordDialog::accept()
{
    auto problem = [this](const QString& message, QLineEdit* field) {
        m_error->setText(message);
        m_error->show();
        field->clear();
        field->setFocus();
    };
    if (m_new->text() != m_confirm->text()) {
        problem(tr("The two new passwords differ; type the new password again."), m_confirm);
        return;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (isReset())
            m_store->resetPassword(m_userId, m_new->text());
        else
            m_store->changeOwnPassword(m_current->text(), m_new->text());
        QApplication::restoreOverrideCursor();
    } catch (const DocketError& e) {
        QApplication::restoreOverrideCursor();
        problem(e.message(),
                e.field() == QLatin1String("old_password") && m_current ? m_current : m_new);
        return;
    }
    QDialog::accept();
}

} // namespace docket
