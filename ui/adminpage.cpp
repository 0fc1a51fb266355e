#include "adminpage.h"

#include "gatewayadmin.h"
#include "readonly.h"

#include "adduserdialog.h"
#include "adminwidgets.h"
#include "changepassworddialog.h"
#include "domain/errors.h"
#include "domain/order.h"
#include "formparts.h"
#include "i18n.h"
#include "newroledialog.h"
#include "securitylogview.h"

#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

AdminPage::AdminPage(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)),
      m_store(std::make_unique<UserStore>(m_db->connection(), std::move(session),
                                          AccountPolicy::fromSettings()))
{
    auto* title = new QLabel(tr("Users and Permissions"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);

    m_error = form::errorLabel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(buildUsersTab(), QIcon(QStringLiteral(":/icons/users.svg")), tr("&Users"));
    m_tabs->addTab(buildRolesTab(), tr("&Roles"));
    m_logView = new SecurityLogView(*m_store, this);
    m_tabs->addTab(m_logView, tr("Security &Log"));
    // docket-gateway's keys and outbound webhooks (issue 16).
    auto* keys = new ApiKeysView(m_db, m_store->session(), this);
    connect(keys, &ApiKeysView::statusMessage, this, &AdminPage::statusMessage);
    m_tabs->addTab(keys, tr("API &Keys"));
    m_tabs->addTab(new WebhookLogView(m_db, m_store->session(), this), tr("&Webhooks"));
    m_tabs->addTab(new IntakeLogView(m_db, m_store->session(), this), tr("&Intake Log"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        clearError();
        if (index == 2)
            reloadLog();
    });

    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(12, 10, 12, 10);
    v->addWidget(title);
    v->addWidget(m_tabs, 1);
    v->addWidget(m_error);
}

AdminPage::~AdminPage() = default;

QWidget* AdminPage::buildUsersTab()
{
    auto* page = new QWidget(this);
    m_users = admin::makeTable(5, page);
    m_users->setObjectName(QStringLiteral("usersTable"));
    m_users->setAccessibleName(tr("Users"));
    m_users->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Role"), tr("Sees"), tr("State")});
    m_users->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&Add User…"), page);
    m_add->setObjectName(QStringLiteral("addUser"));
    m_reset = new QPushButton(tr("Reset &Password…"), page);
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_disable = new QPushButton(tr("&Disable"), page);
    m_disable->setObjectName(QStringLiteral("disableUser"));
    m_unlock = new QPushButton(tr("U&nlock"), page);
    m_unlock->setObjectName(QStringLiteral("unlockUser"));
    m_unlock->setToolTip(tr("Lift a lockout after too many wrong passwords"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_unlock);
    buttons->addStretch(1);

    m_rightsBox = new QGroupBox(tr("Rights"), page);
    m_role = new QComboBox(m_rightsBox);
    m_role->setObjectName(QStringLiteral("userRole"));
    m_role->setAccessibleName(tr("Role"));
    m_scope = new ScopeEditor(m_rightsBox);
    m_applyRights = new QPushButton(tr("Appl&y"), m_rightsBox);
    m_applyRights->setObjectName(QStringLiteral("applyRights"));
    auto* rightsForm = new QFormLayout(m_rightsBox);
    rightsForm->addRow(tr("R&ole:"), m_role);
    rightsForm->addRow(tr("&Sees:"), m_scope);
    // The button at its own width, not stretched across the form.
    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_applyRights);
    applyRow->addStretch(1);
    rightsForm->addRow(QString(), applyRow);
    auto* note = new QLabel(tr("A change of role or scope takes effect when the user next signs "
                               "in. Every change is written to the security log."),
                            m_rightsBox);
    note->setWordWrap(true);
    rightsForm->addRow(note);

    auto* v = new QVBoxLayout(page);
    v->addWidget(m_users, 1);
    v->addLayout(buttons);
    v->addWidget(m_rightsBox);

    connect(m_users->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdminPage::onUserSelected);
    connect(m_add, &QPushButton::clicked, this, &AdminPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &AdminPage::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &AdminPage::toggleDisabled);
    connect(m_unlock, &QPushButton::clicked, this, &AdminPage::unlockUser);
    connect(m_applyRights, &QPushButton::clicked, this, &AdminPage::applyUserRights);
    connect(m_users, &QTableWidget::cellDoubleClicked, this, [this] { m_role->setFocus(); });
    onUserSelected();
    return page;
}

QWidget* AdminPage::buildRolesTab()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("Each column is a role, each row a permission. The built-in roles "
                                "are fixed; create a custom role to choose its permissions. A "
                                "change takes effect when its users next sign in."),
                             page);
    intro->setWordWrap(true);
    m_matrix = new QTableWidget(0, 0, page);
    m_matrix->setObjectName(QStringLiteral("roleMatrix"));
    m_matrix->setAccessibleName(tr("Permissions of each role"));
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_newRole = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New Role…"), page);
    m_newRole->setObjectName(QStringLiteral("newRole"));
    m_deleteRole =
        new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete Role"), page);
    m_deleteRole->setObjectName(QStringLiteral("deleteRole"));
    m_deleteRole->setToolTip(tr("Delete the selected custom role (only when nobody has it)"));
    m_deleteRole->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newRole);
    buttons->addWidget(m_deleteRole);
    buttons->addStretch(1);
    auto* v = new QVBoxLayout(page);
    v->addWidget(intro);
    v->addWidget(m_matrix, 1);
    v->addLayout(buttons);

    connect(m_matrix, &QTableWidget::itemChanged, this, &AdminPage::onMatrixChanged);
    connect(m_matrix, &QTableWidget::currentCellChanged, this, [this](int, int column) {
        enableUnlessReadOnly(m_deleteRole, *m_db,
                             column >= 0 && column < m_roleColumns.size() &&
                                 !m_roleColumns[column].builtIn);
    });
    connect(m_newRole, &QPushButton::clicked, this, &AdminPage::newRole);
    connect(m_deleteRole, &QPushButton::clicked, this, &AdminPage::deleteRole);
    return page;
}

void AdminPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AdminPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void AdminPage::clearError()
{
    m_error->clear();
    m_error->hide();
}

void AdminPage::done(const QString& message)
{
    clearError();
    emit statusMessage(message);
}

bool AdminPage::attempt(const std::function<void()>& work)
{
    try {
        work();
    } catch (const DocketError& e) {
        showError(e.message());
        return false;
    }
    return true;
}

void AdminPage::usersChanged(const QString& message)
{
    reloadUsers();
    reloadLog();
    done(message);
}

void AdminPage::reload()
{
    reloadRoles();
    reloadUsers();
    reloadLog();
}

int AdminPage::rowOfUser(const QString& name) const
{
    for (int r = 0; r < m_userRows.size(); ++r)
        if (m_userRows[r].name.compare(name, Qt::CaseInsensitive) == 0)
            return r;
    return -1;
}

int AdminPage::columnOfRole(const QString& name) const
{
    for (int c = 0; c < m_roleColumns.size(); ++c)
        if (m_roleColumns[c].name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    return -1;
}

int AdminPage::rowOfPermission(Permission p)
{
    return int(permission::all().indexOf(p));
}

qint64 AdminPage::selectedUserId() const
{
    const auto rows = m_users->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_userRows.size())
        return 0;
    return m_userRows[rows.first().row()].id;
}

QString AdminPage::selectedUserName() const
{
    const auto rows = m_users->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_userRows.size())
        return {};
    return m_userRows[rows.first().row()].name;
}

void AdminPage::reloadUsers()
{
    const qint64 keep = selectedUserId();
    QList<UserInfo> rows;
    QList<RoleInfo> roles;
    if (!attempt([&] {
            rows = m_store->users();
            roles = m_store->roles();
        }))
        return;
    const QLocale loc;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_store->now(), Qt::UTC);
    QHash<QString, QString> roleLabels;
    for (const RoleInfo& r : roles)
        roleLabels.insert(r.name, r.label());
    {
        const QSignalBlocker block(m_users->selectionModel());
        m_userRows = rows;
        m_users->setRowCount(0);
        m_users->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            const UserInfo& u = rows[r];
            QString state = tr("Active");
            if (u.disabled)
                state = tr("Disabled");
            else if (u.isLocked(now))
                state = tr("Locked until %1")
                            .arg(formatDateTime(u.lockedUntil.toLocalTime(), QLocale::ShortFormat,
                                                loc));
            auto* name = new QTableWidgetItem(u.name);
            name->setData(Qt::UserRole, u.id);
            if (u.disabled) {
                QFont f = name->font();
                f.setStrikeOut(true);
                name->setFont(f);
            }
            m_users->setItem(r, 0, name);
            m_users->setItem(r, 1, new QTableWidgetItem(u.displayName));
            m_users->setItem(r, 2, new QTableWidgetItem(roleLabels.value(u.roleName, u.roleName)));
            m_users->setItem(r, 3, new QTableWidgetItem(UserStore::scopeLabel(u.scope)));
            m_users->setItem(r, 4, new QTableWidgetItem(state));
        }
        admin::fillRoles(m_role, roles);
        for (int r = 0; r < rows.size(); ++r)
            if (rows[r].id == keep)
                m_users->selectRow(r);
    }
    m_users->resizeColumnsToContents();
    m_users->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    onUserSelected();
}

void AdminPage::onUserSelected()
{
    const auto rows = m_users->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    const bool has = row >= 0 && row < m_userRows.size();
    // A read-only database: the accounts in view, every change disabled.
    enableUnlessReadOnly(m_add, *m_db, true);
    enableUnlessReadOnly(m_rightsBox, *m_db, has);
    enableUnlessReadOnly(m_reset, *m_db, has);
    enableUnlessReadOnly(m_disable, *m_db, has);
    m_unlock->setEnabled(false);
    if (!has) {
        m_rightsBox->setTitle(tr("Rights"));
        m_disable->setText(tr("&Disable"));
        return;
    }
    const UserInfo& u = m_userRows[row];
    m_rightsBox->setTitle(tr("Rights of %1").arg(u.name));
    m_role->setCurrentIndex(m_role->findData(u.roleName));
    m_scope->setScope(u.scope);
    m_disable->setText(u.disabled ? tr("&Enable") : tr("&Disable"));
    // Nobody disables their own account here (the store refuses it too).
    enableUnlessReadOnly(m_disable, *m_db, u.disabled || u.id != m_store->session().userId());
    enableUnlessReadOnly(m_unlock, *m_db,
                         u.isLocked(QDateTime::fromSecsSinceEpoch(m_store->now(), Qt::UTC)));
}

void AdminPage::applyUserRights()
{
    const qint64 id = selectedUserId();
    if (!id)
        return;
    const QString name = selectedUserName();
    try {
        m_store->setRole(id, m_role->currentData().toString());
        m_store->setScope(id, m_scope->scope());
    } catch (const DocketError& e) {
        reloadUsers();
        showError(e.message());
        return;
    }
    usersChanged(tr("Saved the rights of %1.").arg(name));
}

void AdminPage::addUser()
{
    QList<RoleInfo> roles;
    if (!attempt([&] { roles = m_store->roles(); }))
        return;
    AddUserDialog dialog(*m_store, roles, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadUsers();
    reloadLog();
    const int row = rowOfUser(dialog.addedName());
    if (row >= 0)
        m_users->selectRow(row);
    done(tr("Added the user %1.").arg(dialog.addedName()));
}

void AdminPage::resetPassword()
{
    const qint64 id = selectedUserId();
    if (!id)
        return;
    const QString name = selectedUserName();
    ChangePasswordDialog dialog(m_db, m_store->session(), id, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    usersChanged(tr("Set a new password for %1.").arg(name));
}

void AdminPage::toggleDisabled()
{
    const auto rows = m_users->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_userRows.size())
        return;
    const UserInfo u = m_userRows[rows.first().row()];
    if (!attempt([&] { m_store->setDisabled(u.id, !u.disabled); }))
        return;
    usersChanged(u.disabled ? tr("Enabled the account %1.").arg(u.name)
                            : tr("Disabled the account %1; it can no longer sign in.").arg(u.name));
}

void AdminPage::unlockUser()
{
    const qint64 id = selectedUserId();
    if (!id)
        return;
    const QString name = selectedUserName();
    if (!attempt([&] { m_store->unlock(id); }))
        return;
    usersChanged(tr("Unlocked the account %1.").arg(name));
}

void AdminPage::reloadRoles()
{
    QList<RoleInfo> roles;
    if (!attempt([&] { roles = m_store->roles(); }))
        return;
    const QList<Permission> permissions = permission::all();
    m_loadingMatrix = true;
    m_roleColumns = roles;
    m_matrix->clear();
    m_matrix->setRowCount(int(permissions.size()));
    m_matrix->setColumnCount(int(roles.size()));
    for (int r = 0; r < permissions.size(); ++r)
        m_matrix->setVerticalHeaderItem(r, new QTableWidgetItem(permission::label(permissions[r])));
    for (int c = 0; c < roles.size(); ++c) {
        const RoleInfo& role = roles[c];
        auto* header = new QTableWidgetItem(role.builtIn ? tr("%1\n(built-in)").arg(role.label())
                                                         : role.label());
        header->setToolTip(role.descriptionText());
        m_matrix->setHorizontalHeaderItem(c, header);
        for (int r = 0; r < permissions.size(); ++r) {
            auto* item = new QTableWidgetItem;
            item->setCheckState(role.permissions.contains(permissions[r]) ? Qt::Checked
                                                                          : Qt::Unchecked);
            Qt::ItemFlags flags = Qt::ItemIsSelectable;
            if (!role.builtIn && !m_db->isReadOnly())
                flags |= Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
            item->setFlags(flags);
            item->setToolTip(
                role.builtIn ? tr("Built-in roles cannot be changed.")
                : m_db->isReadOnly()
                    ? readOnlyNote(*m_db)
                    : tr("%1: %2").arg(role.label(), permission::label(permissions[r])));
            m_matrix->setItem(r, c, item);
        }
    }
    m_matrix->resizeColumnsToContents();
    m_loadingMatrix = false;
    m_deleteRole->setEnabled(false);
    enableUnlessReadOnly(m_newRole, *m_db, true);
}

void AdminPage::onMatrixChanged(QTableWidgetItem* item)
{
    if (m_loadingMatrix || !item)
        return;
    const int column = item->column();
    if (column < 0 || column >= m_roleColumns.size())
        return;
    const RoleInfo role = m_roleColumns[column];
    const QList<Permission> permissions = permission::all();
    QSet<Permission> chosen;
    for (int r = 0; r < permissions.size(); ++r)
        if (m_matrix->item(r, column) && m_matrix->item(r, column)->checkState() == Qt::Checked)
            chosen.insert(permissions[r]);
    try {
        m_store->setRolePermissions(role.id, chosen);
    } catch (const DocketError& e) {
        reloadRoles();
        showError(e.message());
        return;
    }
    m_roleColumns[column].permissions = chosen;
    reloadLog();
    done(tr("Saved the permissions of the role %1.").arg(role.label()));
}

void AdminPage::newRole()
{
    NewRoleDialog dialog(*m_store, m_roleColumns, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadRoles();
    usersChanged(tr("Created a role; choose its permissions in its column."));
}

void AdminPage::deleteRole()
{
    const int column = m_matrix->currentColumn();
    if (column < 0 || column >= m_roleColumns.size())
        return;
    const RoleInfo role = m_roleColumns[column];
    if (!attempt([&] { m_store->deleteRole(role.id); }))
        return;
    reloadRoles();
    usersChanged(tr("Deleted the role %1.").arg(role.label()));
}

void AdminPage::reloadLog()
{
    m_logView->reload();
}

} // namespace docket
