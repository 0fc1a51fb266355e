#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/userstore.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace docket {

// Signs a user in at start-up. A wrong password, a locked or a disabled
// account shows the store's message in the dialog, which stays open for the
// next try. Remembers the last user name (settings::lastUserName), never the
// password. The password is judged on a thread of its own (Argon2id takes a
// moment): ahead of Return, when typing pauses for kLookAheadMs (the answer
// is kept only for that account and that text, and used once), else on
// Return; the dialog says it is signing in and takes no input until the
// answer is there. Meanwhile the caller may build its window (setPrepare).
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(std::shared_ptr<const Database> db,
                AccountPolicy policy = AccountPolicy::fromSettings(), QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Called on the dialog's thread with the session the named account gets
    // if its password is right, as soon as the account is named (the last
    // user's name when the dialog opens; typing paused; Return at the
    // latest), so that the caller builds its window meanwhile, hidden; again
    // when another name names another account (nullopt: no account that can
    // sign in; drop what was built). Nothing of it is shown before the
    // password was judged right.
    using Prepare = std::function<void(const std::optional<Session>& prospective)>;
    static constexpr int kLookAheadMs = 150;
    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    // While a password is judged.
    bool isJudging() const { return m_judging; }
    QProgressBar* busyIndicator() const { return m_busy; }

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
    void reject() override; // not while a password is judged

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showError(const QString& message);
    void setBusy(bool busy);
    // The caller's window for `account` (setPrepare), unless it is built.
    void prepareFor(const UserStore::SignInAttempt& account);
    // Judges `password` for `account` on a thread of its own; ahead of
    // Return only when no other judgement runs, `now` (Return) regardless.
    void judge(const UserStore::SignInAttempt& account, const QString& password, bool now = false);
    void lookAhead(); // typing paused
    void judged();    // a judgement's thread ended
    void finishSignIn(bool right);

    // A password judged on a thread: for which account and text, its answer
    // (-1 while the thread runs, then 0 or 1).
    struct Judgement
    {
        qint64 userId = 0;
        QString storedHash;
        QString password;
        std::shared_ptr<std::atomic_int> answer;
        QPointer<QThread> thread;

        bool answers(const UserStore::SignInAttempt& account, const QString& text) const;
    };

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<UserStore> m_store;
    Session m_session;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
    QDialogButtonBox* m_buttons;
    QProgressBar* m_busy;
    Prepare m_prepare;
    std::optional<qint64> m_preparedFor; // the account the caller's window is for (0: none)
    Judgement m_judgement;
    QTimer m_pause;
    UserStore::SignInAttempt m_pending; // Return's
    QString m_pendingPassword;
    bool m_judging = false; // Return waits for the answer
};

// The start-up sign-in: on a database without users, asks for the first
// administrator (FirstRunDialog); otherwise the login dialog until it
// succeeds (with `prepare`, see LoginDialog::setPrepare). nullopt when the
// user cancelled (quit the application then).
std::optional<Session> signIn(QWidget* parent, std::shared_ptr<const Database> db,
                              const LoginDialog::Prepare& prepare = {});

} // namespace docket
