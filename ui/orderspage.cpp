#include "orderspage.h"

#include "domain/errors.h"
#include "filterbar.h"
#include "items/batchjob.h"
#include "items/changewatcher.h"
#include "items/ordertablemodel.h"
#include "orderdialog.h"
#include "orderrowdelegate.h"
#include "readonly.h"
#include "settings.h"
#include "stores/orderstore.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

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
    OverdueRules rules{settings::overdueUnpaidHours.value(),
                       settings::overdueUnshippedDays.value()};
    m_filterBar->setOverdueRules(rules);
    m_model = new OrderTableModel(m_db, m_session, this);
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
    const int widths[] = {120, 260, 120, 160, 150, 140};
    for (int c = 0; c < kOrderColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setSectionResizeMode(int(OrderColumn::Customer), QHeaderView::Stretch);
    header->setSortIndicator(int(OrderColumn::Created), Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint pos) {
        QMenu menu(this);
        menu.setTitle(tr("Columns"));
        for (int c = 0; c < kOrderColumnCount; ++c) {
            QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != int(OrderColumn::Number));
            connect(a, &QAction::toggled, header,
                    [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    m_view->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);

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
    m_refresh = makeAction(this, QStringLiteral("refresh"), tr("&Refresh"), QKeySequence::Refresh,
                           QStringLiteral("refresh"));
    m_find = makeAction(this, QStringLiteral("search"), tr("&Find…"), QKeySequence::Find,
                        QStringLiteral("find"));
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
    connect(m_refresh, &QAction::triggered, this, &OrdersPage::refreshNow);
    connect(m_find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    m_newOrder->setVisible(m_session.can(Permission::CreateOrders));
    m_markSeen->setVisible(m_session.can(Permission::MarkSeen));
    m_markAllSeen->setVisible(m_session.can(Permission::MarkSeen));
    m_invalidate->setVisible(m_session.can(Permission::Invalidate));
    m_revalidate->setVisible(m_session.can(Permission::Invalidate));
    m_delete->setVisible(m_session.can(Permission::DeleteInvalid));

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        QMenu menu(this);
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
    connect(m_watcher, &ChangeWatcher::changed, this, &OrdersPage::refreshNow);
    connect(m_watcher, &ChangeWatcher::connectionStateChanged, this,
            [this](bool ok, const QString& message) {
                emit connectionProblem(ok ? QString() : message);
                if (ok)
                    refreshNow();
            });
    updateActions();
    updateCount();
}

OrdersPage::~OrdersPage()
{
    delete m_job; // waits for (and cancels) a running batch
}

QList<QAction*> OrdersPage::orderActions() const
{
    return {m_open,       m_newOrder,   nullptr,  m_markSeen, m_markAllSeen, nullptr,
            m_invalidate, m_revalidate, m_delete, nullptr,    m_refresh};
}

void OrdersPage::saveState() const
{
    settings::ordersHeaderState.setValue(m_view->horizontalHeader()->saveState());
}

void OrdersPage::restoreState()
{
    const QByteArray state = settings::ordersHeaderState.value();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
    // The sort indicator came back with the header: apply it.
    const QHeaderView* h = m_view->horizontalHeader();
    m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
}

bool OrdersPage::eventFilter(QObject* watched, QEvent* event)
{
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
                                m_model->isLoading());
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
    m_open->setEnabled(m_view->currentIndex().isValid());
    // On a read-only database every change stays in view, disabled, saying why.
    const Database& db = *m_db;
    enableUnlessReadOnly(m_newOrder, db, true);
    enableUnlessReadOnly(m_markAllSeen, db, !busy);
    enableUnlessReadOnly(m_markSeen, db, n > 0 && !busy);
    enableUnlessReadOnly(m_invalidate, db,
                         n > 0 && !busy && validity != OrderFilter::Validity::Invalid);
    enableUnlessReadOnly(m_revalidate, db,
                         n > 0 && !busy && validity != OrderFilter::Validity::Valid);
    enableUnlessReadOnly(m_delete, db,
                         n > 0 && !busy && validity == OrderFilter::Validity::Invalid);
    if (!db.isReadOnly())
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
        dialog.exec();
        if (auto fresh = m_store->summary(summary->id, m_model->filter().overdue))
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
        dialog.exec();
        if (auto fresh = m_store->summary(o.id, m_model->filter().overdue))
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

void OrdersPage::markSelectedSeen()
{
    runBatch(Batch::MarkSeen);
}

void OrdersPage::markAllSeen()
{
    try {
        const int n = m_store->markAllSeen();
        emit statusMessage(tr("Marked %Ln order(s) seen.", nullptr, n));
        m_model->refresh();
    } catch (const DocketError& e) {
        showError(tr("Cannot mark orders seen"), e.message());
    }
}

void OrdersPage::invalidateSelected()
{
    const qint64 n = selectedCount();
    if (n == 0)
        return;
    bool ok = false;
    const QStringList reasons{tr("Duplicate order"), tr("Fraud suspected"), tr("Test order"),
                              tr("Payment failed"), tr("Customer request")};
    const QString reason = QInputDialog::getItem(
        this, tr("Mark Orders Invalid"),
        tr("Mark %Ln order(s) invalid. Reason:", nullptr, int(std::min<qint64>(n, INT_MAX))),
        reasons, 0, true, &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        showError(tr("Mark Orders Invalid"), tr("Give a reason for marking the orders invalid."));
        return;
    }
    runBatch(Batch::Invalidate, reason);
}

void OrdersPage::revalidateSelected()
{
    runBatch(Batch::Revalidate);
}

void OrdersPage::deleteSelected()
{
    const qint64 n = selectedCount();
    if (n == 0 || !m_delete->isEnabled())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Invalid Orders"),
                    tr("Delete %Ln invalid order(s)?", nullptr, int(std::min<qint64>(n, INT_MAX))),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Each order moves with its lines and history to the archive, "
                              "where an administrator can restore it."));
    QPushButton* del =
        box.addButton(tr("Delete %Ln Order(s)", nullptr, int(std::min<qint64>(n, INT_MAX))),
                      QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != del)
        return;
    runBatch(Batch::Delete);
}

void OrdersPage::runBatch(Batch kind, const QString& reason)
{
    if (m_job)
        return;
    const auto ranges = selectedRanges();
    if (ranges.isEmpty())
        return;
    const OrderFilter filter = m_model->filter();
    const OrderSort sort = m_model->sortSpec();
    const qint64 total = selectedCount();
    QString label;
    switch (kind) {
    case Batch::Invalidate:
        label = tr("Marking %L1 orders invalid…").arg(total);
        break;
    case Batch::Revalidate:
        label = tr("Marking %L1 orders valid…").arg(total);
        break;
    case Batch::Delete:
        label = tr("Moving %L1 orders to the archive…").arg(total);
        break;
    case Batch::MarkSeen:
        label = tr("Marking %L1 orders seen…").arg(total);
        break;
    }
    m_job = new BatchJob(
        m_db, m_session,
        [kind, reason, filter, sort, ranges](OrderStore& store, const ProgressFn& progress) {
            const QList<qint64> ids = BatchJob::idsForRows(store, filter, sort, ranges);
            switch (kind) {
            case Batch::Invalidate:
                return store.invalidate(ids, reason, progress);
            case Batch::Revalidate:
                return store.revalidate(ids, progress);
            case Batch::Delete:
                return store.deleteInvalid(ids, progress);
            case Batch::MarkSeen:
                return store.markSeen(ids);
            }
            return 0;
        },
        this);
    if (total > 500) {
        m_progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
        m_progress->setWindowTitle(tr("Working"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(200);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, m_job, &BatchJob::cancel);
    }
    connect(m_job, &BatchJob::progress, this, [this](qint64 done, qint64 all) {
        if (m_progress && all > 0)
            m_progress->setValue(int(done * 1000 / all));
    });
    auto finish = [this] {
        if (m_progress) {
            m_progress->close();
            m_progress->deleteLater();
        }
        m_job->deleteLater();
        m_job = nullptr;
        updateActions();
    };
    connect(m_job, &BatchJob::succeeded, this, [this, kind, finish](int changed) {
        finish();
        switch (kind) {
        case Batch::Invalidate:
            emit statusMessage(tr("Marked %Ln order(s) invalid.", nullptr, changed));
            break;
        case Batch::Revalidate:
            emit statusMessage(tr("Marked %Ln order(s) valid again.", nullptr, changed));
            break;
        case Batch::Delete:
            emit statusMessage(tr("Moved %Ln order(s) to the archive.", nullptr, changed));
            break;
        case Batch::MarkSeen:
            emit statusMessage(tr("Marked %Ln order(s) seen.", nullptr, changed));
            break;
        }
        if (kind != Batch::MarkSeen)
            m_view->clearSelection();
        m_model->refresh();
        emit batchFinished(changed);
    });
    connect(m_job, &BatchJob::failed, this, [this, finish](const QString& message, int code) {
        finish();
        if (code == int(DocketError::Code::Cancelled))
            emit statusMessage(tr("Cancelled; nothing was changed."));
        else
            showError(tr("Nothing was changed"), message);
        m_model->refresh();
    });
    updateActions();
    m_job->start();
}

void OrdersPage::refreshNow()
{
    QScrollBar* bar = m_view->verticalScrollBar();
    m_wasAtTop = bar->value() == bar->minimum();
    m_topAnchor = m_view->indexAt(QPoint(1, 1));
    m_model->refresh();
}

void OrdersPage::onModelRefreshed()
{
    // Stay with the orders the clerk was looking at; at the top, show arrivals.
    if (!m_wasAtTop && m_topAnchor.isValid())
        m_view->scrollTo(m_topAnchor, QAbstractItemView::PositionAtTop);
    updateCount();
}

} // namespace docket
