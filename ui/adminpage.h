#pragma once

#include "adminwidgets.h"
#include "db/database.h"
#include "domain/session.h"
#include "securitylogview.h"
#include "stores/userstore.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace docket {

// Administration (ManageUsers): users (add, disable/enable, unlock, reset a
// password, assign role and orders scope), roles as a permission matrix
// (custom roles editable, built-in ones read-only) and the security log with
// filters. Every change goes through UserStore, which checks the session
// again and writes the security event; the page only shows the result.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~AdminPage() override;

    UserStore& store() { return *m_store; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* usersTable() const { return m_users; }
    QComboBox* roleCombo() const { return m_role; }
    ScopeEditor* scopeEditor() const { return m_scope; }
    QPushButton* applyRightsButton() const { return m_applyRights; }
    QPushButton* disableButton() const { return m_disable; }
    QTableWidget* roleMatrix() const { return m_matrix; }
    QTableWidget* logTable() const { return m_logView->table(); }
    QLineEdit* logUserFilter() const { return m_logView->userFilter(); }
    QComboBox* logKindFilter() const { return m_logView->kindFilter(); }
    QLabel* errorLabel() const { return m_error; }
    // The users table row of `name`, or -1.
    int rowOfUser(const QString& name) const;
    // The matrix column of role `name`, or -1; the row of a permission.
    int columnOfRole(const QString& name) const;
    static int rowOfPermission(Permission p);

public slots:
    void reload();
    void reloadUsers();
    void reloadRoles();
    void reloadLog();
    void addUser();
    void resetPassword();
    void toggleDisabled();
    void unlockUser();
    void applyUserRights();
    void newRole();
    void deleteRole();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildUsersTab();
    QWidget* buildRolesTab();
    void showError(const QString& message);
    void clearError();
    void onUserSelected();
    void onMatrixChanged(QTableWidgetItem* item);
    qint64 selectedUserId() const;
    QString selectedUserName() const;
    void done(const QString& message);
    // Runs a call to the store; a refusal shows as the page's error (false).
    bool attempt(const std::function<void()>& work);
    // After a change to users or roles: the users and the log again, and
    // `message` in the status bar.
    void usersChanged(const QString& message);

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<UserStore> m_store;
    QList<UserInfo> m_userRows;
    QList<RoleInfo> m_roleColumns;
    bool m_loadingMatrix = false;

    QTabWidget* m_tabs;
    QLabel* m_error;
    // Users
    QTableWidget* m_users;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_disable;
    QPushButton* m_unlock;
    QGroupBox* m_rightsBox;
    QComboBox* m_role;
    ScopeEditor* m_scope;
    QPushButton* m_applyRights;
    // Roles
    QTableWidget* m_matrix;
    QPushButton* m_newRole;
    QPushButton* m_deleteRole;
    // Log
    SecurityLogView* m_logView;
};

} // namespace docket
