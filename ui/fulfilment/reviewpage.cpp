#include "reviewpage.h"

#include "domain/errors.h"
#include "domain/fulfilment.h"
#include "formparts.h"
#include "i18n.h"
#include "stores/reviewstore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

namespace {
constexpr int kShown = 500; // the first page; the rest follow as they are decided
enum Column { Number, Customer, Amount, Placed, Due, Reasons, Columns };
} // namespace

ReviewPage::ReviewPage(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)),
      m_store(std::make_unique<ReviewStore>(m_db->connection(), std::move(session)))
{
    setObjectName(QStringLiteral("reviewPage"));
    auto* title = new QLabel(tr("Orders awaiting review"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("reviewInfo"));
    m_info->setWordWrap(true);

    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveOrders"));
    m_approve->setToolTip(tr("The selected orders go on to payment and shipping"));
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectOrders"));
    m_reject->setToolTip(tr("The selected orders become invalid, with your reason"));
    auto* refresh = new QPushButton(tr("Refre&sh"), this);

    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("Orders awaiting review"));
    m_table->setHorizontalHeaderLabels(
        {tr("Order"), tr("Customer"), tr("Amount"), tr("Placed"), tr("Due"), tr("Why it waits")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Reasons, QHeaderView::Stretch);
    m_error = form::errorLabel(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_info, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_reject);
    bar->addWidget(m_approve);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(12, 10, 12, 10);
    v->addWidget(title);
    v->addLayout(bar);
    v->addWidget(m_table, 1);
    v->addWidget(m_error);

    const bool mayDecide = m_store->session().can(Permission::ReviewOrders);
    m_approve->setVisible(mayDecide);
    m_reject->setVisible(mayDecide);
    auto updateButtons = [this] {
        const bool any = !m_table->selectionModel()->selectedRows().isEmpty();
        m_approve->setEnabled(any);
        m_reject->setEnabled(any);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPage::rejectSelected);
    connect(refresh, &QPushButton::clicked, this, &ReviewPage::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit openOrder(m_table->item(row, Number)->data(Qt::UserRole).toLongLong());
    });
    updateButtons();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ReviewPage::reload()
{
    const QLocale loc;
    QList<ReviewStore::QueueRow> rows;
    try {
        m_waiting = m_store->countWaiting();
        rows = m_store->queue(kShown);
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    const QList<qint64> selectedBefore = selectedIds();
    const QSet<qint64> selected(selectedBefore.cbegin(), selectedBefore.cend());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ReviewStore::QueueRow& q = rows[r];
        QStringList reasons;
        for (const review::Finding& finding : q.findings)
            reasons << finding.sentence();
        auto* number = new QTableWidgetItem(q.number);
        number->setData(Qt::UserRole, q.id);
        m_table->setItem(r, Number, number);
        m_table->setItem(r, Customer, new QTableWidgetItem(q.customerName));
        auto* amount = new QTableWidgetItem(q.total.toString(loc));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, Amount, amount);
        m_table->setItem(r, Placed,
                         new QTableWidgetItem(formatDateTime(
                             QDateTime::fromSecsSinceEpoch(q.createdAt).toLocalTime(),
                             QLocale::ShortFormat, loc)));
        auto* due =
            new QTableWidgetItem(q.dueAt > 0 ? fulfilment::dueText(q.dueAt, now) : QString());
        if (q.dueAt > 0 && q.dueAt < now)
            due->setForeground(QColor(0xc0, 0x39, 0x2b));
        m_table->setItem(r, Due, due);
        auto* why = new QTableWidgetItem(reasons.join(QLatin1Char('\n')));
        why->setToolTip(reasons.join(QLatin1Char('\n')));
        m_table->setItem(r, Reasons, why);
        if (selected.contains(q.id))
            m_table->selectRow(r);
    }
    for (int c = 0; c < Reasons; ++c)
        m_table->resizeColumnToContents(c);
    m_table->resizeRowsToContents();
    m_info->setText(
        m_waiting == 0 ? tr("No order is waiting for review.")
        : m_waiting > rows.size()
            ? tr("%L1 orders wait; the oldest %L2 are shown.").arg(m_waiting).arg(rows.size())
            : tr("%n order(s) wait for review.", nullptr, int(m_waiting)));
    emit countChanged(m_waiting);
}

QList<qint64> ReviewPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows(Number))
        ids << i.data(Qt::UserRole).toLongLong();
    return ids;
}

void ReviewPage::approveSelected()
{
    decide(true, {});
}

void ReviewPage::rejectSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reject orders"),
        tr("Why are these %n order(s) rejected? They become invalid with this reason.", nullptr,
           int(ids.size())),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        rejectSelectedWith(reason);
}

bool ReviewPage::rejectSelectedWith(const QString& reason)
{
    return decide(false, reason);
}

bool ReviewPage::decide(bool approve, const QString& reason)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    m_error->hide();
    try {
        const int n = approve ? m_store->approve(ids) : m_store->reject(ids, reason);
        emit statusMessage(approve ? tr("%n order(s) approved.", nullptr, n)
                                   : tr("%n order(s) rejected.", nullptr, n),
                           5000);
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
        reload();
        return false;
    }
    m_table->clearSelection();
    reload();
    emit decided();
    return true;
}

} // namespace docket
