#include "orderspage.h"

#include "filterbar.h"
#include "items/ordertablemodel.h"
#include "readonly.h"
#include "stores/userstore.h"
#include "viewspanel.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>

// OrdersPage: its actions (menus, toolbar, shortcuts, the list's context
// menu), which of them the role refuses and why, and when each is enabled.

namespace docket {

namespace {

QAction* makeAction(QObject* parent, const QString& icon, const QString& text,
                    const QKeySequence& shortcut, const QString& name)
{
    auto* a = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, parent);
    a->setObjectName(name);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    shortcut.toString(QKeySequence::NativeText)));
    }
    return a;
}
} // namespace

void OrdersPage::createActions()
{
    m_open = makeAction(this, QStringLiteral("open"), tr("&Open Order"), QKeySequence(tr("Ctrl+O")),
                        QStringLiteral("openOrder"));
    m_newOrder = makeAction(this, QStringLiteral("new"), tr("&New Order…"), QKeySequence::New,
                            QStringLiteral("newOrder"));
    m_markSeen = makeAction(this, QStringLiteral("seen"), tr("Mark &Seen"),
                            QKeySequence(tr("Ctrl+M")), QStringLiteral("markSeen"));
    m_markAllSeen = makeAction(this, QStringLiteral("seen"), tr("Mark &All Seen"),
                               QKeySequence(tr("Ctrl+Shift+M")), QStringLiteral("markAllSeen"));
    m_invalidate = makeAction(this, QStringLiteral("invalid"), tr("Mark &Invalid…"),
                              QKeySequence(tr("Ctrl+I")), QStringLiteral("invalidate"));
    m_revalidate = makeAction(this, QStringLiteral("restore"), tr("Mark &Valid Again"),
                              QKeySequence(tr("Ctrl+Shift+I")), QStringLiteral("revalidate"));
    m_delete = makeAction(this, QStringLiteral("delete"), tr("&Delete Invalid Orders…"),
                          QKeySequence::Delete, QStringLiteral("deleteInvalid"));
    m_changeStatus = makeAction(this, QStringLiteral("seen"), tr("Change S&tatus…"),
                                QKeySequence(tr("Ctrl+Shift+S")), QStringLiteral("changeStatus"));
    m_assign = makeAction(this, QStringLiteral("open"), tr("Assi&gn…"),
                          QKeySequence(tr("Ctrl+Shift+A")), QStringLiteral("assign"));
    m_refresh = makeAction(this, QStringLiteral("refresh"), tr("&Refresh"), QKeySequence::Refresh,
                           QStringLiteral("refresh"));
    m_find = makeAction(this, QStringLiteral("search"), tr("&Find…"), QKeySequence::Find,
                        QStringLiteral("find"));
    m_chooseColumns = makeAction(this, QStringLiteral("filter"), tr("Choose &Columns…"),
                                 QKeySequence(tr("Ctrl+Shift+C")), QStringLiteral("chooseColumns"));
    m_chooseColumns->setStatusTip(tr("Which columns the list shows, and in which order"));
    connect(m_chooseColumns, &QAction::triggered, this, &OrdersPage::chooseColumns);
    // Ctrl+1…9: the first nine saved views.
    for (int i = 0; i < 9; ++i) {
        auto* a = new QAction(tr("Show View %1").arg(i + 1), this);
        a->setObjectName(QStringLiteral("showView%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, i] {
            if (!m_views->activate(i))
                emit statusMessage(
                    tr("There is no view %1: save views with Save View.").arg(i + 1));
        });
        addAction(a);
        m_viewShortcuts << a;
    }
    m_showViews = new QAction(tr("Show Saved &Views"), this);
    m_showViews->setObjectName(QStringLiteral("showViewsPanel"));
    m_showViews->setCheckable(true);
    m_showViews->setChecked(true);
    connect(m_showViews, &QAction::toggled, m_views, &QWidget::setVisible);
    // Delete acts on the table only, never on text being edited in the filter bar.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_delete);

    connect(m_open, &QAction::triggered, this, [this] {
        if (m_view->currentIndex().isValid())
            openOrderAt(m_view->currentIndex().row());
    });
    connect(m_newOrder, &QAction::triggered, this, &OrdersPage::newOrder);
    connect(m_markSeen, &QAction::triggered, this, &OrdersPage::markSelectedSeen);
    connect(m_markAllSeen, &QAction::triggered, this, &OrdersPage::markAllSeen);
    connect(m_invalidate, &QAction::triggered, this, &OrdersPage::invalidateSelected);
    connect(m_revalidate, &QAction::triggered, this, &OrdersPage::revalidateSelected);
    connect(m_delete, &QAction::triggered, this, &OrdersPage::deleteSelected);
    connect(m_changeStatus, &QAction::triggered, this, &OrdersPage::changeStatusOfSelected);
    connect(m_assign, &QAction::triggered, this, &OrdersPage::assignSelected);
    connect(m_refresh, &QAction::triggered, this, &OrdersPage::refreshNow);
    connect(m_find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    // What the role may not do stays in the menus, disabled, saying why.
    const std::pair<QAction*, Permission> needs[] = {
        {m_newOrder, Permission::CreateOrders},     {m_markSeen, Permission::MarkSeen},
        {m_markAllSeen, Permission::MarkSeen},      {m_invalidate, Permission::Invalidate},
        {m_revalidate, Permission::Invalidate},     {m_delete, Permission::DeleteInvalid},
        {m_changeStatus, Permission::ChangeStatus}, {m_assign, Permission::EditOrders}};
    for (const auto& [action, permission] : needs)
        if (!m_session.can(permission))
            refuse(action, permission);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        for (QAction* a : orderActions()) {
            if (!a)
                menu.addSeparator();
            else if (a->isVisible())
                menu.addAction(a);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

QList<QAction*> OrdersPage::orderActions() const
{
    return {m_open,         m_newOrder, nullptr,  m_markSeen,   m_markAllSeen,
            m_changeStatus, m_assign,   nullptr,  m_invalidate, m_revalidate,
            m_delete,       nullptr,    m_refresh};
}

QString OrdersPage::refusal(Permission needed) const
{
    const QString role =
        m_session.roleName().isEmpty() ? m_session.userName() : roleLabel(m_session.roleName());
    return tr("Needs the right “%1”, which your role (%2) does not have.")
        .arg(permission::label(needed), role);
}

void OrdersPage::refuse(QAction* action, Permission needed)
{
    const QString why = refusal(needed);
    const QString plain =
        QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    action->setEnabled(false);
    action->setProperty("refused", why);
    action->setToolTip(tr("%1: %2").arg(plain, why));
    action->setStatusTip(why);
    if (!m_refused.contains(action))
        m_refused << action;
}

bool OrdersPage::sayWhyRefused(const QKeySequence& key)
{
    for (QAction* a : std::as_const(m_refused))
        if (!a->shortcut().isEmpty() && a->shortcut().matches(key) == QKeySequence::ExactMatch) {
            emit statusMessage(
                tr("%1 is not available: %2")
                    .arg(QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                         a->property("refused").toString()),
                8000);
            return true;
        }
    return false;
}

void OrdersPage::keyPressEvent(QKeyEvent* event)
{
    // A refused action's shortcut reaches the page as a plain key press (Qt
    // does not deliver shortcuts of disabled actions).
    if (sayWhyRefused(QKeySequence(event->keyCombination()))) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void OrdersPage::updateActions()
{
    const qint64 n = selectedCount();
    const auto validity = m_model->filter().validity;
    const bool busy = m_job != nullptr;
    // The role's refusals (refuse()) and a read-only database (every change
    // stays in view, disabled, saying why) both hold.
    const Database& db = *m_db;
    auto enable = [this, &db](QAction* a, bool on) {
        enableUnlessReadOnly(a, db, on && !m_refused.contains(a));
    };
    m_open->setEnabled(m_view->currentIndex().isValid());
    enable(m_newOrder, true);
    enable(m_markAllSeen, !busy);
    enable(m_markSeen, n > 0 && !busy);
    enable(m_invalidate, n > 0 && !busy && validity != OrderFilter::Validity::Invalid);
    enable(m_revalidate, n > 0 && !busy && validity != OrderFilter::Validity::Valid);
    enable(m_delete, n > 0 && !busy && validity == OrderFilter::Validity::Invalid);
    enable(m_changeStatus, n > 0 && !busy && validity != OrderFilter::Validity::Invalid);
    enable(m_assign, n > 0 && !busy && validity != OrderFilter::Validity::Invalid);
    if (!db.isReadOnly() && !m_refused.contains(m_delete))
        m_delete->setStatusTip(validity == OrderFilter::Validity::Invalid
                                   ? tr("Move the selected invalid orders to the archive")
                                   : tr("Show invalid orders first: only invalid orders can be "
                                        "deleted"));
}
} // namespace docket
