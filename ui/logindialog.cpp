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
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <atomic>
#include <utility>

namespace docket {

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
    database->setText(
        QFontMetrics(bold).elidedText(where, Qt::ElideMiddle, form::charsWide(this, 56)));
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
    // While the password is judged: a busy bar in place of the error line.
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("signingIn"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2);
    m_busy->setAccessibleName(tr("Signing in"));
    m_busy->setToolTip(tr("Checking the password…"));
    m_busy->hide();

    // Typing pauses: the account's window is built and the password judged
    // ahead of Return (lookAhead).
    m_pause.setSingleShot(true);
    m_pause.setInterval(kLookAheadMs);
    connect(&m_pause, &QTimer::timeout, this, &LoginDialog::lookAhead);
    connect(m_user, &QLineEdit::textEdited, &m_pause, qOverload<>(&QTimer::start));
    connect(m_password, &QLineEdit::textEdited, &m_pause, qOverload<>(&QTimer::start));

    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addWidget(database);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(m_busy);
    v->addWidget(m_buttons);
    setMinimumWidth(form::charsWide(this, 60));

    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

LoginDialog::~LoginDialog()
{
    if (m_judgement.thread)
        m_judgement.thread->wait(); // a hash takes well under a second
    if (m_judging)
        QApplication::restoreOverrideCursor();
}

void LoginDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The last user's name is filled in: their window can be built at once.
    if (!m_user->text().trimmed().isEmpty())
        m_pause.start(0);
}

void LoginDialog::setBusy(bool busy)
{
    if (busy == m_judging)
        return;
    m_judging = busy;
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    if (busy) {
        m_error->hide();
        QApplication::setOverrideCursor(Qt::WaitCursor);
    } else {
        QApplication::restoreOverrideCursor();
    }
    m_busy->setVisible(busy);
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::prepareFor(const UserStore::SignInAttempt& account)
{
    if (!m_prepare)
        return;
    std::optional<Session> prospective;
    try {
        prospective = m_store->prospectiveSession(account);
    } catch (const DocketError&) {
    }
    const qint64 id = prospective ? account.userId : 0;
    if (m_preparedFor && *m_preparedFor == id)
        return;
    m_preparedFor = id;
    m_prepare(prospective);
}

bool LoginDialog::Judgement::answers(const UserStore::SignInAttempt& account,
                                     const QString& text) const
{
    return answer && userId == account.userId && storedHash == account.storedHash &&
           password == text;
}

void LoginDialog::judge(const UserStore::SignInAttempt& account, const QString& password, bool now)
{
    if (m_judgement.answers(account, password))
        return; // each once
    if (m_judgement.thread && !now)
        return; // ahead of Return one at a time: the next starts when it ends
    m_judgement = {account.userId, account.storedHash, password,
                   std::make_shared<std::atomic_int>(-1), nullptr};
    // The slow part on a thread of its own: no database there, only the hash.
    auto answer = m_judgement.answer;
    QThread* thread = QThread::create([account, password, answer] {
        bool right = false;
        try {
            right = UserStore::judge(account, password);
        } catch (...) {
        }
        *answer = right ? 1 : 0;
    });
    thread->setObjectName(QStringLiteral("sign-in"));
    m_judgement.thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, answer] {
        if (answer == m_judgement.answer) // not one Return left behind
            judged();
    });
    thread->start();
}

void LoginDialog::lookAhead()
{
    if (m_judging)
        return;
    UserStore::SignInAttempt account;
    try {
        account = m_store->readAccount(m_user->text());
    } catch (const DocketError&) {
        return; // Return will say what is wrong
    }
    if (account.name.isEmpty())
        return;
    prepareFor(account);
    if (!m_password->text().isEmpty() && account.lockedUntil <= m_store->now())
        judge(account, m_password->text());
}

void LoginDialog::judged()
{
    m_judgement.thread = nullptr;
    if (!m_judging) {
        // Typed on meanwhile: judge what is there now.
        if (m_judgement.password != m_password->text())
            m_pause.start();
        return;
    }
    if (m_judgement.answers(m_pending, m_pendingPassword))
        finishSignIn(*m_judgement.answer == 1);
    else
        judge(m_pending, m_pendingPassword, true); // it judged an earlier text
}

void LoginDialog::accept()
{
    if (m_user->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_user->setFocus();
        return;
    }
    if (m_judging)
        return;
    m_pause.stop();
    try {
        m_pending = m_store->beginSignIn(m_user->text());
    } catch (const DocketError& e) {
        showError(e.message());
        return;
    }
    m_pendingPassword = m_password->text();
    setBusy(true);
    // The caller's window for the account, unless it is built already.
    prepareFor(m_pending);
    if (m_judgement.answers(m_pending, m_pendingPassword) && *m_judgement.answer >= 0) {
        finishSignIn(*m_judgement.answer == 1); // judged while it was typed
        return;
    }
    // Else judged() finishes when the answer is there (one judging an earlier
    // text is left to end on its own).
    judge(m_pending, m_pendingPassword, true);
}

void LoginDialog::finishSignIn(bool right)
{
    setBusy(false);
    const QString password = std::exchange(m_pendingPassword, QString());
    m_judgement.answer = nullptr; // a judged password is used once
    m_judgement.password.clear();
    try {
        m_session = m_store->finishSignIn(m_pending, right, password);
    } catch (const DocketError& e) {
        showError(e.message());
        return;
    }
    settings::lastUserName.setValue(m_session.userName());
    m_password->clear();
    QDialog::accept();
}

void LoginDialog::reject()
{
    if (m_judging)
        return;
    QDialog::reject();
}

std::optional<Session> signIn(QWidget* parent, std::shared_ptr<const Database> db,
                              const LoginDialog::Prepare& prepare)
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
    login.setPrepare(prepare);
    if (login.exec() != QDialog::Accepted)
        return std::nullopt;
    return login.session();
}

} // namespace docket
