#include "logindialog.h"

#include "domain/errors.h"
#include "firstrundialog.h"
#include "formparts.h"
#include "settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

namespace {

// Shows a wait cursor while a password is checked (Argon2id takes a moment).
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

LoginDialog::LoginDialog(std::shared_ptr<const Database> db, AccountPolicy policy, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)),
      m_store(std::make_unique<UserStore>(m_db->connection(), Session(), policy))
{
    setWindowTitle(tr("Sign In to Docket"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/docket.svg")));

    auto* intro = new QLabel(tr("Sign in to work with the orders in"), this);
    intro->setWordWrap(true);
    // The database on a line of its own (a path is not broken at a slash),
    // shortened in the middle when long; the tooltip has all of it.
    const QString where = m_db->config().displayName();
    auto* database = new QLabel(this);
    database->setObjectName(QStringLiteral("databaseName"));
    QFont bold = database->font();
    bold.setBold(true);
    database->setFont(bold);
    database->setText(QFontMetrics(bold).elidedText(where, Qt::ElideMiddle,
                                                    fontMetrics().averageCharWidth() * 56));
    database->setToolTip(where);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setText(settings::lastUserName.value());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_error = form::errorLabel(this);
    m_error->setAccessibleName(tr("Sign-in problem"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_buttons = form::acceptCancelButtons(this, tr("&Sign In"), &m_signIn);
    m_signIn->setObjectName(QStringLiteral("signIn"));

    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addWidget(database);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::accept()
{
    if (m_user->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_user->setFocus();
        return;
    }
    try {
        WaitCursor wait;
        m_session = m_store->authenticate(m_user->text(), m_password->text());
    } catch (const DocketError& e) {
        showError(e.message());
        return;
    }
    settings::lastUserName.setValue(m_session.userName());
    m_password->clear();
    QDialog::accept();
}

std::optional<Session> signIn(QWidget* parent, std::shared_ptr<const Database> db)
{
    const AccountPolicy policy = AccountPolicy::fromSettings();
    bool hasUsers = false;
    {
        UserStore probe(db->connection(), Session(), policy);
        hasUsers = probe.hasUsers();
    }
    if (!hasUsers) {
        FirstRunDialog first(db, policy, parent);
        if (first.exec() != QDialog::Accepted)
            return std::nullopt;
        return first.session();
    }
    LoginDialog login(db, policy, parent);
    if (login.exec() != QDialog::Accepted)
        return std::nullopt;
    return login.session();
}

} // namespace docket
