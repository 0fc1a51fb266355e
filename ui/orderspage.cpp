#include "orderspage.h"

#include "domain/errors.h"
#include "filterbar.h"
#include "items/batchjob.h"
#include "items/changewatcher.h"
#include "items/ordercolumns.h"
#include "items/ordertablemodel.h"
#include "orderdialog.h"
#include "orderrowdelegate.h"
#include "settings.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"
#include "viewspanel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

// OrdersPage: the list and its parts (the saved views, the filter bar, the
// note over an empty list), what follows the model and the change watcher,
// opening and creating orders. Its columns, actions and batches have files of
// their own (orderspagecolumns.cpp, orderspageactions.cpp, orderspagebatches.cpp).

namespace docket {

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
    setUpHeader();
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
    createActions();

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
    // The child widgets go in ~QWidget, after this page's members. On the way
    // a shown page is hidden and its header lays out its sections again, and
    // sectionResized reached the lambda that records columns sized by the
    // user: it wrote into m_sizedByUser after that set was freed (found by
    // AddressSanitizer; the heap corruption that aborted test_ui_desk about
    // one whole run in ten). Nothing a child says may reach this page now.
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children)
        child->disconnect(this);
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
