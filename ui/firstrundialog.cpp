#include "firstrundialog.h"

#include "domain/errors.h"
#include "formparts.h"
#include "settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

FirstRunDialog::FirstRunDialog(std::shared_ptr<const Database> db, AccountPolicy policy,
                               QWidget* parent)
    : QDialog(parent), m_db(std::move(db)),
      m_store(std::make_unique<UserStore>(m_db->connection(), Session(), policy))
{
    setWindowTitle(tr("Create the First Administrator"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/docket.svg")));

    auto* intro = new QLabel(
        tr("<p><b>Welcome to Docket.</b></p><p>The database %1 has no users yet. Create the "
           "first administrator: this account can add the other users, give them roles and "
           "choose which orders they see.</p>")
            .arg(m_db->config().displayName().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("letters, digits and . _ @ -"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setAccessibleName(tr("Full name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("at least %n characters", nullptr, m_store->policy().minPasswordLength));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setAccessibleName(tr("Repeat the password"));
    m_confirm->setEchoMode(QLineEdit::Password);

    m_error = form::errorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);

    QPushButton* create = nullptr;
    QDialogButtonBox* buttons =
        form::acceptCancelButtons(this, tr("&Create Administrator"), &create);
    create->setObjectName(QStringLiteral("createAdministrator"));

    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(buttons);
    setMinimumWidth(form::charsWide(this, 60));
    m_user->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::accept()
{
    auto problem = [this](const QString& message, QLineEdit* field) {
        m_error->setText(message);
        m_error->show();
        field->setFocus();
    };
    if (m_password->text() != m_confirm->text()) {
        m_confirm->clear();
        problem(tr("The two passwords differ; type the password again."), m_confirm);
        return;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_session = m_store->createFirstAdministrator(m_user->text(), m_displayName->text(),
                                                      m_password->text());
        QApplication::restoreOverrideCursor();
    } catch (const DocketError& e) {
        QApplication::restoreOverrideCursor();
        problem(e.message(), e.field() == QLatin1String("password") ? m_password : m_user);
        return;
    }
    settings::lastUserName.setValue(m_session.userName());
    m_password->clear();
    m_confirm->clear();
    QDialog::accept();
}

} // namespace docket
