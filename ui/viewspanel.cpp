#include "viewspanel.h"

#include "domain/errors.h"
#include "items/viewcounter.h"
#include "stores/userstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace docket {

namespace {
constexpr int kRecountDelayMs = 1500;
}

ViewsPanel::ViewsPanel(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("viewsPanel"));
    auto* title = new QLabel(tr("Views"), this);
    title->setObjectName(QStringLiteral("sectionHeading"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("viewsList"));
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setToolTip(tr("Click a view to show it; Ctrl+1 to Ctrl+9 show the first nine."));

    m_save = new QPushButton(tr("Save Vie&w…"), this);
    m_save->setObjectName(QStringLiteral("saveView"));
    m_save->setToolTip(tr("Keep the list's filter, sort and columns under a name"));
    m_rename = new QAction(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameView"));
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteView"));
    m_share = new QAction(tr("&Share with a Role…"), this);
    m_share->setObjectName(QStringLiteral("shareView"));
    m_share->setVisible(SavedViewStore(m_db->connection(), m_session).canShare());
    auto* menu = new QMenu(this);
    menu->addAction(m_rename);
    menu->addAction(m_share);
    menu->addSeparator();
    menu->addAction(m_delete);
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("viewMenu"));
    m_more->setText(tr("More"));
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_more->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_more->setAccessibleName(tr("More view actions"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(menu);

    // One above the other: the panel stays narrow (the list needs the room).
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(8, 8, 4, 8);
    v->setSpacing(6);
    v->addWidget(title);
    v->addWidget(m_list, 1);
    v->addWidget(m_save);
    v->addWidget(m_more);
    m_list->setMinimumWidth(80);

    m_counter = new ViewCounter(m_db, m_session, this);
    connect(m_counter, &ViewCounter::counted, this, [this](qint64 id, qint64 n) {
        m_counts.insert(id, n);
        updateItems();
    });
    m_recount.setSingleShot(true);
    m_recount.setInterval(kRecountDelayMs);
    connect(&m_recount, &QTimer::timeout, this, &ViewsPanel::recountNow);

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { activate(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { activate(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ViewsPanel::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this, menu](QPoint pos) {
        if (m_list->itemAt(pos))
            menu->exec(m_list->viewport()->mapToGlobal(pos));
    });
    connect(m_save, &QPushButton::clicked, this, &ViewsPanel::saveCurrent);
    connect(m_rename, &QAction::triggered, this, &ViewsPanel::renameSelected);
    connect(m_delete, &QAction::triggered, this, &ViewsPanel::deleteSelected);
    connect(m_share, &QAction::triggered, this, &ViewsPanel::shareSelected);
    reload();
}

ViewsPanel::~ViewsPanel() = default;

bool ViewsPanel::isCounting() const
{
    return m_counter->isBusy() || m_recount.isActive();
}

void ViewsPanel::reload()
{
    try {
        m_views = SavedViewStore(m_db->connection(), m_session).list();
    } catch (const DocketError& e) {
        m_views.clear();
        emit statusMessage(e.message(), 10000);
    }
    QHash<qint64, qint64> kept;
    for (const SavedView& v : m_views)
        if (m_counts.contains(v.id))
            kept.insert(v.id, m_counts.value(v.id));
    m_counts = kept;
    const int row = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_views.size(); ++i)
        new QListWidgetItem(m_list);
    m_list->setCurrentRow(std::min(row, int(m_views.size()) - 1));
    updateItems();
    updateButtons();
    recountNow();
}

void ViewsPanel::updateItems()
{
    const QLocale loc;
    for (int i = 0; i < m_views.size() && i < m_list->count(); ++i) {
        const SavedView& v = m_views[i];
        QListWidgetItem* item = m_list->item(i);
        const qint64 n = m_counts.value(v.id, -1);
        const QString count = n < 0 ? QStringLiteral("…") : loc.toString(n);
        item->setText(QStringLiteral("%1  (%2)").arg(v.name, count));
        item->setData(Qt::UserRole, v.id);
        QString tip = v.isShared() ? tr("%1, shared with the role %2 by %3")
                                         .arg(v.name, roleLabel(v.roleName), v.owner)
                                   : v.name;
        if (i < 9)
            tip += QStringLiteral(" (%1)").arg(
                QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText));
        item->setToolTip(tip);
        QFont f = item->font();
        f.setItalic(v.isShared() && v.owner.compare(m_session.userName(), Qt::CaseInsensitive));
        item->setFont(f);
    }
}

void ViewsPanel::updateButtons()
{
    const SavedView* v = selected();
    const bool mine = v && v->owner.compare(m_session.userName(), Qt::CaseInsensitive) == 0;
    m_rename->setEnabled(mine);
    m_delete->setEnabled(mine);
    m_share->setEnabled(mine);
    m_more->setEnabled(mine);
}

const SavedView* ViewsPanel::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_views.size() ? &m_views[row] : nullptr;
}

void ViewsPanel::recountSoon()
{
    m_recount.start();
}

void ViewsPanel::recountNow()
{
    m_recount.stop();
    QList<std::pair<qint64, OrderFilter>> work;
    for (const SavedView& v : m_views)
        work.push_back({v.id, v.filter});
    if (!work.isEmpty())
        m_counter->count(work);
}

bool ViewsPanel::activate(int index)
{
    if (index < 0 || index >= m_views.size())
        return false;
    m_list->setCurrentRow(index);
    emit viewChosen(m_views[index]);
    return true;
}

void ViewsPanel::saveCurrent()
{
    if (!m_current)
        return;
    const SavedView* v = selected();
    const bool mine = v && v->owner.compare(m_session.userName(), Qt::CaseInsensitive) == 0;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save View"),
        tr("Name of the view (an existing view of yours with this name is replaced):"),
        QLineEdit::Normal, mine ? v->name : QString(), &ok);
    if (!ok)
        return;
    const auto [filter, layout] = m_current();
    try {
        SavedViewStore(m_db->connection(), m_session).save(name, filter, layout);
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Save View"), e.message());
        return;
    }
    reload();
    for (int i = 0; i < m_views.size(); ++i)
        if (m_views[i].name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 &&
            m_views[i].owner.compare(m_session.userName(), Qt::CaseInsensitive) == 0)
            m_list->setCurrentRow(i);
    emit statusMessage(tr("View \"%1\" saved.").arg(name.trimmed()));
}

void ViewsPanel::renameSelected()
{
    const SavedView* v = selected();
    if (!v)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename View"), tr("New name:"),
                                               QLineEdit::Normal, v->name, &ok);
    if (!ok || name.trimmed() == v->name)
        return;
    try {
        SavedViewStore(m_db->connection(), m_session).rename(v->id, name);
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Rename View"), e.message());
        return;
    }
    reload();
}

void ViewsPanel::deleteSelected()
{
    const SavedView* v = selected();
    if (!v)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete View"),
                    tr("Delete the view \"%1\"? The orders stay as they are.").arg(v->name),
                    QMessageBox::Cancel, this);
    QPushButton* del = box.addButton(tr("Delete View"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != del)
        return;
    try {
        SavedViewStore(m_db->connection(), m_session).remove(v->id);
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Delete View"), e.message());
        return;
    }
    reload();
}

void ViewsPanel::shareSelected()
{
    const SavedView* v = selected();
    if (!v)
        return;
    QList<RoleInfo> roles;
    try {
        roles = UserStore(m_db->connection(), m_session).roles();
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Share View"), e.message());
        return;
    }
    QStringList names{tr("Nobody (only me)")};
    int current = 0;
    for (int i = 0; i < roles.size(); ++i) {
        names << roles[i].label();
        if (roles[i].id == v->roleId)
            current = i + 1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Share View"),
        tr("Everyone with this role sees \"%1\" in their views:").arg(v->name), names, current,
        false, &ok);
    if (!ok)
        return;
    const int index = int(names.indexOf(chosen));
    const qint64 roleId = index > 0 ? roles[index - 1].id : 0;
    try {
        SavedViewStore(m_db->connection(), m_session).share(v->id, roleId);
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Share View"), e.message());
        return;
    }
    reload();
}

} // namespace docket
