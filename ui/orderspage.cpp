#include "orderspage.h"

#include "columnchooserdialog.h"
#include "domain/errors.h"
#include "filterbar.h"
#include "items/batchjob.h"
#include "items/changewatcher.h"
#include "items/ordercolumns.h"
#include "items/ordertablemodel.h"
#include "massactiondialog.h"
#include "orderconflictdialog.h"
#include "orderdialog.h"
#include "orderrowdelegate.h"
#include "readonly.h"
#include "settings.h"
#include "stores/orderconflict.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"
#include "stores/userstore.h"
#include "undocommands.h"
#include "viewspanel.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <tuple>

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

OrdersPage::OrdersPage(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session)),
      m_store(std::make_unique<OrderStore>(m_db->connection(), m_session))
{
    m_filterBar = new FilterBar(this);
    try {
        m_shop = ShopSettingsStore(m_db->connection(), m_session).load();
    } catch (const DocketError& e) {
        qWarning("shop settings: %s", qUtf8Printable(e.message())); // the defaults then
    }
    // A channel-scoped clerk is offered only the channels they can see.
    if (m_session.scope().kind == Scope::Kind::Channels)
        m_filterBar->setChannels(m_session.scope().channels);
    m_model = new OrderTableModel(m_db, m_session, this);
    m_undo = new QUndoStack(this);
    OrderFilter initial = m_filterBar->filter();
    m_model->setFilter(initial);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ordersView"));
    m_view->setAccessibleName(tr("Orders"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new OrderRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row height: the view never measures rows of a million-row model.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The customer's name takes the room the other columns leave; in a narrow
    // window they give up some of theirs first (fitColumns).
    header->setSectionResizeMode(int(OrderColumn::Customer), QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int) {
        if (!m_fitting && section != int(OrderColumn::Customer))
            m_sizedByUser.insert(section); // dragged by the user
    });
    header->setSortIndicator(int(OrderColumn::Created), Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true);
    // Columns without an index behind them do not sort: the indicator goes
    // back to the list's order.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (!OrderTableModel::isSortable(section)) {
            // The sortable columns are the first, numbered as OrderColumn.
            const QSignalBlocker block(header);
            header->setSortIndicator(int(m_model->sortSpec().column), m_model->sortSpec().order);
            emit statusMessage(tr("The list cannot be sorted by %1.")
                                   .arg(m_model->headerData(section, Qt::Horizontal).toString()));
        }
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint pos) {
        QMenu menu(this);
        menu.setTitle(tr("Columns"));
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != int(OrderColumn::Number));
            connect(a, &QAction::toggled, this, [this, header, c](bool on) {
                header->setSectionHidden(c, !on);
                if (on && header->sectionSize(c) < 30) {
                    m_fitting = true;
                    header->resizeSection(c, ListLayout().width(columnKey(c)));
                    m_fitting = false;
                }
                fitColumns();
                m_model->setWithItems(!header->isSectionHidden(ordercolumns::listIndex(u"items")));
            });
        }
        menu.addSeparator();
        menu.addAction(m_chooseColumns);
        menu.exec(header->mapToGlobal(pos));
    });
    m_view->installEventFilter(this);
    // Why the list is empty, over the empty table.
    m_emptyNote = new QLabel(m_view->viewport());
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setMargin(24);
    m_emptyNote->hide();
    m_view->viewport()->installEventFilter(this);

    // Saved views on the left, the filter bar over the table on the right.
    m_views = new ViewsPanel(m_db, m_session, this);
    m_views->setCurrent([this] { return std::pair{m_model->filter(), listLayout().toJson()}; });
    connect(m_views, &ViewsPanel::viewChosen, this, &OrdersPage::showView);
    connect(m_views, &ViewsPanel::statusMessage, this, &OrdersPage::statusMessage);
    auto* listSide = new QWidget(this);
    auto* box = new QVBoxLayout(listSide);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    box->addWidget(m_filterBar);
    box->addWidget(m_view, 1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("ordersSplitter"));
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(listSide);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({190, 1000});
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_splitter);

    // Actions.
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

    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& idx) { openOrderAt(idx.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_filterBar->setSelectedCount(selectedCount()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_filterBar->setSelectedCount(selectedCount()); });
    connect(m_filterBar, &FilterBar::filterChanged, this, &OrdersPage::setFilter);
    connect(m_filterBar, &FilterBar::numberEntered, this, &OrdersPage::openOrderByNumber);
    connect(m_model, &OrderTableModel::countChanged, this, &OrdersPage::updateCount);
    connect(m_model, &OrderTableModel::loadingChanged, this, &OrdersPage::updateCount);
    connect(m_model, &OrderTableModel::newCountChanged, m_filterBar, &FilterBar::setNewCount);
    connect(m_model, &OrderTableModel::refreshed, this, &OrdersPage::onModelRefreshed);
    connect(m_model, &OrderTableModel::errorOccurred, this,
            [this](const QString& message) { emit statusMessage(message, 10000); });

    m_watcher = new ChangeWatcher(m_db, this);
    m_watcher->setInterval(settings::refreshIntervalMs.value());
    connect(m_watcher, &ChangeWatcher::changed, this, [this] {
        reloadShopSettings();
        refreshNow();
    });
    connect(m_watcher, &ChangeWatcher::changed, m_views, &ViewsPanel::recountSoon);
    connect(m_watcher, &ChangeWatcher::connectionStateChanged, this,
            [this](bool ok, const QString& message) {
                emit connectionProblem(ok ? QString() : message);
                if (ok)
                    refreshNow();
            });
    setListLayout(ListLayout::defaults());
    updateActions();
    updateCount();
}

OrdersPage::~OrdersPage()
{
    delete m_job; // waits for (and cancels) a running batch
}

QList<QAction*> OrdersPage::orderActions() const
{
    return {m_open,         m_newOrder, nullptr,  m_markSeen,   m_markAllSeen,
            m_changeStatus, m_assign,   nullptr,  m_invalidate, m_revalidate,
            m_delete,       nullptr,    m_refresh};
}

QString OrdersPage::columnKey(int section)
{
    const auto& list = ordercolumns::listColumns();
    return section >= 0 && section < list.size() ? list[section]->id() : QString();
}

ListLayout OrdersPage::listLayout() const
{
    const QHeaderView* h = m_view->horizontalHeader();
    ListLayout l;
    for (int visual = 0; visual < h->count(); ++visual) {
        const int section = h->logicalIndex(visual);
        if (h->isSectionHidden(section))
            continue;
        const QString key = columnKey(section);
        l.columns << key;
        // The customer column stretches to fill the row, and the columns
        // fitted to the window have the window's width: not choices.
        if (section != int(OrderColumn::Customer) && m_sizedByUser.contains(section))
            l.widths.insert(key, h->sectionSize(section));
    }
    l.sort = m_model->sortSpec();
    return l;
}

void OrdersPage::setListLayout(const ListLayout& wanted)
{
    const ListLayout l = ListLayout::fromJson(wanted.toJson()); // cleaned
    QHeaderView* h = m_view->horizontalHeader();
    const QSignalBlocker block(h);
    for (int c = 0; c < h->count(); ++c)
        h->setSectionHidden(c, !l.columns.contains(columnKey(c)));
    // Visible columns in the layout's order, from the left.
    m_sizedByUser.clear();
    for (int i = 0; i < l.columns.size(); ++i) {
        const int section = ordercolumns::listIndex(l.columns[i]);
        h->moveSection(h->visualIndex(section), i);
        if (section != int(OrderColumn::Customer))
            h->resizeSection(section, l.width(l.columns[i]));
        // A stored width is the user's choice unless it is the default (an
        // older Docket stored every column's width).
        if (section != int(OrderColumn::Customer) && l.widths.contains(l.columns[i]) &&
            l.widths.value(l.columns[i]) != ListLayout().width(l.columns[i]))
            m_sizedByUser.insert(section);
    }
    h->setSortIndicator(int(l.sort.column), l.sort.order);
    m_model->setWithItems(l.columns.contains(QStringLiteral("items")));
    m_model->setSortSpec(l.sort);
    fitColumns();
}

// What a column needs to show its heading and its usual values whole: the
// longest status and channel names, a four-digit amount, a date and time in
// the user's locale, a deadline. Bold, as new orders are.
int OrdersPage::compactWidth(int section) const
{
    const ordercolumns::Column* c = ordercolumns::listColumns().value(section);
    const int fallback = ListLayout().width(columnKey(section));
    if (!c)
        return fallback;
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const QFontMetrics hm(m_view->horizontalHeader()->font());
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 8;
    // The heading, with room for the sort arrow.
    int w = hm.horizontalAdvance(m_model->headerData(section, Qt::Horizontal).toString()) +
            m_view->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + margin;
    QList<OrderSummary> samples;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    switch (c->sort.value_or(OrderColumn::Customer)) {
    case OrderColumn::Number:
        samples << OrderSummary{};
        samples.back().number = QStringLiteral("DK0000000");
        break;
    case OrderColumn::Total:
        samples << OrderSummary{};
        samples.back().total = Money(999999, u"EUR"); // €9,999.99
        break;
    case OrderColumn::Created: {
        samples << OrderSummary{};
        // 28/12/2026 23:58: two-digit day, month, hour.
        samples.back().createdAt = QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toSecsSinceEpoch();
        break;
    }
    case OrderColumn::Status:
        for (OrderStatus st : status::all()) {
            samples << OrderSummary{};
            samples.back().status = status::code(st);
        }
        break;
    case OrderColumn::Channel:
        for (const QString& code : channel::codes()) {
            samples << OrderSummary{};
            samples.back().channel = code;
        }
        break;
    case OrderColumn::Due:
        for (qint64 at : {now - 26 * 3600, now + 50 * 3600}) {
            samples << OrderSummary{};
            samples.back().dueAt = at;
        }
        break;
    default:
        // The optional columns (email, phone, ...): three quarters of their default.
        return std::max(w, fallback * 3 / 4);
    }
    for (const OrderSummary& r : std::as_const(samples))
        w = std::max(w, fm.horizontalAdvance(ordercolumns::displayText(*c, r)) + margin);
    return std::min(w, fallback);
}

// Gives each column its default width while the window has room for them and
// for a customer's name; in a narrower window the columns the user has not
// sized give up width, down to what they need (compactWidth), before the
// customer's name is cut.
void OrdersPage::fitColumns()
{
    QHeaderView* h = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (available <= 0 || m_fitting)
        return;
    // Room for "Xavier Andersson" or "Chloé Kowalski", not for every name.
    const int customer = m_view->fontMetrics().averageCharWidth() * 22;
    int fixed = 0, defaults = 0, compacts = 0;
    QList<std::tuple<int, int, int>> fitted; // section, default, compact
    for (int s = 0; s < h->count(); ++s) {
        if (h->isSectionHidden(s) || s == int(OrderColumn::Customer))
            continue;
        if (m_sizedByUser.contains(s)) {
            fixed += h->sectionSize(s);
            continue;
        }
        const int d = ListLayout().width(columnKey(s));
        const int c = std::min(compactWidth(s), d);
        fitted << std::tuple{s, d, c};
        defaults += d;
        compacts += c;
    }
    const int room = available - customer - fixed;
    const int spare = std::max(room - compacts, 0);
    const int shrinkable = defaults - compacts;
    m_fitting = true;
    for (const auto& [s, d, c] : std::as_const(fitted)) {
        const int w =
            room >= defaults || shrinkable <= 0 ? d : c + int(qint64(d - c) * spare / shrinkable);
        if (h->sectionSize(s) != w)
            h->resizeSection(s, w);
    }
    m_fitting = false;
}

QString OrdersPage::layoutSettingsKey() const
{
    // Per user and database: two people on one desk keep their own columns.
    const QByteArray who =
        (m_db->config().displayName() + QLatin1Char('\n') + m_session.userName()).toUtf8();
    return QStringLiteral("orders/layout/") +
           QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha1).toHex());
}

void OrdersPage::saveState() const
{
    QSettings().setValue(layoutSettingsKey(), listLayout().toJson());
}

void OrdersPage::restoreState()
{
    setListLayout(ListLayout::fromJson(QSettings().value(layoutSettingsKey()).toString()));
}

void OrdersPage::showView(const SavedView& view)
{
    setListLayout(ListLayout::fromJson(view.layout));
    m_filterBar->setFilter(view.filter);
    emit statusMessage(tr("View \"%1\"").arg(view.name), 3000);
}

void OrdersPage::chooseColumns()
{
    ColumnChooserDialog dialog(listLayout(), this);
    if (dialog.exec() == QDialog::Accepted) {
        ListLayout l = listLayout();
        l.columns = dialog.columns();
        setListLayout(l);
        saveState();
    }
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

void OrdersPage::updateEmptyNote()
{
    const bool empty = m_model->rowCount() == 0 && m_model->isCountExact() && !m_model->isLoading();
    if (!empty) {
        m_emptyNote->hide();
        return;
    }
    const OrderFilter f = m_model->filter();
    QStringList criteria;
    for (const FieldError& c : f.description())
        criteria << c.message;
    QString text;
    if (!criteria.isEmpty()) {
        text = tr("No orders match these filters:") + QLatin1Char('\n') +
               criteria.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
               tr("Clear the filters (Ctrl+Shift+X) to see every order you can see.");
    } else {
        text = tr("There are no orders yet.");
    }
    switch (m_session.scope().kind) {
    case Scope::Kind::All:
        break;
    case Scope::Kind::Own:
        text += QStringLiteral("\n\n") +
                tr("You see only the orders you created or that are assigned to you.");
        break;
    case Scope::Kind::Channels: {
        QStringList names;
        for (const QString& c : m_session.scope().channels)
            names << channel::label(c);
        text += QStringLiteral("\n\n") +
                tr("You see only the orders of: %1.")
                    .arg(names.join(QCoreApplication::translate(
                        "OrderFilter", ", ", "separator of a list of statuses, regions, ...")));
        break;
    }
    }
    m_emptyNote->setText(text);
    m_emptyNote->setGeometry(m_view->viewport()->rect());
    m_emptyNote->show();
}

bool OrdersPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_emptyNote->setGeometry(m_view->viewport()->rect());
        fitColumns();
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_view->currentIndex().isValid()) {
            openOrderAt(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrdersPage::setFilter(const OrderFilter& filter)
{
    m_model->setFilter(filter);
    updateActions();
}

void OrdersPage::updateCount()
{
    m_filterBar->setResultCount(m_model->totalCount(), m_model->isCountExact(),
                                m_model->isLoading(), m_model->isCountEstimate());
    updateEmptyNote();
}

QList<std::pair<int, int>> OrdersPage::selectedRanges() const
{
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange& r : m_view->selectionModel()->selection())
        ranges.push_back({r.top(), r.bottom()});
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto& r : ranges) {
        if (!merged.isEmpty() && r.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    return merged;
}

qint64 OrdersPage::selectedCount() const
{
    qint64 n = 0;
    for (const auto& [a, b] : selectedRanges())
        n += b - a + 1;
    return n;
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

void OrdersPage::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

void OrdersPage::openOrderAt(int row)
{
    const auto summary = m_model->rowAt(row);
    if (!summary)
        return;
    try {
        OrderDialog dialog(*m_store, summary->id, this);
        connect(&dialog, &OrderDialog::showOrders, m_filterBar, &FilterBar::setFilter);
        dialog.exec();
        pushEditUndo(dialog);
        if (auto fresh = m_store->summary(summary->id))
            m_model->updateRow(*fresh);
    } catch (const DocketError& e) {
        showError(tr("Cannot open the order"), e.message());
    }
}

void OrdersPage::openOrderByNumber(const QString& number)
{
    if (number.isEmpty())
        return;
    try {
        const Order o = m_store->orderByNumber(number);
        OrderDialog dialog(*m_store, o.id, this);
        connect(&dialog, &OrderDialog::showOrders, m_filterBar, &FilterBar::setFilter);
        dialog.exec();
        pushEditUndo(dialog);
        if (auto fresh = m_store->summary(o.id))
            m_model->updateRow(*fresh);
    } catch (const DocketError& e) {
        // A prefix that matches orders is a search, not an error.
        if (e.code() == DocketError::Code::NotFound && m_model->totalCount() > 0)
            return;
        emit statusMessage(e.message(), 8000);
    }
}

void OrdersPage::newOrder()
{
    try {
        OrderDialog dialog(*m_store, 0, this);
        if (dialog.exec() == QDialog::Accepted)
            emit statusMessage(tr("Order %1 created.").arg(dialog.order().number));
    } catch (const DocketError& e) {
        showError(tr("Cannot create an order"), e.message());
    }
}

void OrdersPage::refreshNow()
{
    QScrollBar* bar = m_view->verticalScrollBar();
    m_wasAtTop = bar->value() == bar->minimum();
    m_topAnchor = m_view->indexAt(QPoint(1, 1));
    m_model->refresh();
}

void OrdersPage::reloadShopSettings()
{
    ShopSettings now;
    try {
        now = ShopSettingsStore(m_db->connection(), m_session).load();
    } catch (const DocketError& e) {
        emit statusMessage(e.message(), 10000);
        return;
    }
    if (now == m_shop)
        return;
    m_shop = now;
    emit shopSettingsChanged();
}

void OrdersPage::onModelRefreshed()
{
    // Stay with the orders the clerk was looking at; at the top, show arrivals.
    if (!m_wasAtTop && m_topAnchor.isValid())
        m_view->scrollTo(m_topAnchor, QAbstractItemView::PositionAtTop);
    updateCount();
}

} // namespace docket
