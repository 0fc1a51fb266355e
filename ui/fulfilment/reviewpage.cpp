#include "reviewpage.h"

#include "domain/errors.h"
#include "domain/fulfilment.h"
#include "formparts.h"
#include "i18n.h"
#include "readonly.h"
#include "reviewrulesdialog.h"
#include "stores/reviewstore.h"
#include "stores/userstore.h"

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
constexpr int kCreatedAtRole = Qt::UserRole + 1; // on the number: the keyset of the next page
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
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("reviewMore"));
    m_more->hide();
    m_rules = new QPushButton(tr("R&ules…"), this);
    m_rules->setObjectName(QStringLiteral("reviewRules"));

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
    bar->addWidget(m_rules);
    bar->addWidget(refresh);
    bar->addWidget(m_reject);
    bar->addWidget(m_approve);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(12, 10, 12, 10);
    v->addWidget(title);
    v->addLayout(bar);
    v->addWidget(m_table, 1);
    auto* below = new QHBoxLayout;
    below->addStretch(1);
    below->addWidget(m_more);
    v->addLayout(below);
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
    connect(m_rules, &QPushButton::clicked, this, &ReviewPage::showRules);
    connect(m_more, &QPushButton::clicked, this, &ReviewPage::showMore);
    const Session& s = m_store->session();
    if (s.can(Permission::ManageRules)) {
        m_rules->setToolTip(tr("Switch the review rules on or off and tune them"));
        enableUnlessReadOnly(m_rules, *m_db, true, m_rules->toolTip());
    } else {
        m_rules->setEnabled(false);
        m_rules->setToolTip(
            tr("Needs the right “%1”, which your role (%2) does not have.")
                .arg(permission::label(Permission::ManageRules),
                     s.roleName().isEmpty() ? s.userName() : roleLabel(s.roleName())));
    }
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
    QList<ReviewStore::QueueRow> rows;
    try {
        m_waiting = m_store->countWaiting();
        // As many as were shown (the pages read with "Show more"), from the top.
        rows = m_store->queue(std::max(m_pageSize, m_table->rowCount()));
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    fill(rows, 0);
    emit countChanged(m_waiting);
}

void ReviewPage::showMore()
{
    const int n = m_table->rowCount();
    if (n == 0) {
        reload();
        return;
    }
    const QTableWidgetItem* last = m_table->item(n - 1, Number);
    QList<ReviewStore::QueueRow> rows;
    try {
        rows = m_store->queue(m_pageSize, std::pair{last->data(kCreatedAtRole).toLongLong(),
                                                    last->data(Qt::UserRole).toLongLong()});
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    fill(rows, n);
}

void ReviewPage::ordersChanged()
{
    if (isVisible()) {
        reload();
        return;
    }
    try {
        m_waiting = m_store->countWaiting();
    } catch (const DocketError&) {
        return; // said when the page shows
    }
    emit countChanged(m_waiting);
}

void ReviewPage::fill(const QList<ReviewStore::QueueRow>& rows, int first)
{
    const QLocale loc;
    const QList<qint64> selectedBefore = selectedIds();
    const QSet<qint64> selected(selectedBefore.cbegin(), selectedBefore.cend());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (first == 0)
        m_table->setRowCount(0);
    m_table->setRowCount(first + int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const int r = first + i;
        const ReviewStore::QueueRow& q = rows[i];
        QStringList reasons;
        for (const review::Finding& finding : q.findings)
            reasons << finding.sentence();
        auto* number = new QTableWidgetItem(q.number);
        number->setData(Qt::UserRole, q.id);
        number->setData(kCreatedAtRole, q.createdAt);
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
        if (first == 0 && selected.contains(q.id))
            m_table->selectRow(r);
    }
    for (int c = 0; c < Reasons; ++c)
        m_table->resizeColumnToContents(c);
    for (int i = 0; i < rows.size(); ++i)
        m_table->resizeRowToContents(first + i);
    updateInfo();
}

void ReviewPage::updateInfo()
{
    const qint64 shown = m_table->rowCount();
    m_info->setText(m_waiting == 0 ? tr("No order is waiting for review.")
                    : m_waiting > shown
                        ? tr("%L1 orders wait; the oldest %L2 are shown.").arg(m_waiting).arg(shown)
                        : tr("%n order(s) wait for review.", nullptr, int(m_waiting)));
    const qint64 more = std::min<qint64>(m_pageSize, m_waiting - shown);
    m_more->setVisible(more > 0);
    m_more->setText(tr("Show %L1 &More").arg(more));
}

QList<qint64> ReviewPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows(Number))
        ids << i.data(Qt::UserRole).toLongLong();
    return ids;
}

void ReviewPage::showRules()
{
    ReviewRulesDialog dialog(m_db, m_store->session(), this);
    connect(&dialog, &ReviewRulesDialog::saved, this, [this](qint64 version) {
        emit statusMessage(tr("The review rules are at version %L1.").arg(version), 8000);
    });
    dialog.exec();
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
