#include "undoconflictdialog.h"

#include "formparts.h"
#include "i18n.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

UndoConflictDialog::UndoConflictDialog(const UndoPlan& plan, UndoDirection direction,
                                       const QString& step, qsizetype total, QWidget* parent)
    : QDialog(parent)
{
    const bool undo = direction == UndoDirection::Undo;
    setObjectName(QStringLiteral("undoConflictDialog"));
    const int changed = int(std::min<qsizetype>(plan.conflicts.size(), INT_MAX));
    const int others = int(std::min<qsizetype>(plan.rest.size(), INT_MAX));
    setWindowTitle(tr("%Ln Order(s) Changed Since", nullptr, changed));
    const QLocale loc;

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("undoConflictHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setText(
        (undo ? tr("Undo “%1”: %Ln of the %2 orders were changed since. Taking them back would "
                   "overwrite those changes.",
                   nullptr, changed)
              : tr("Redo “%1”: %Ln of the %2 orders were changed since. Doing it again would "
                   "overwrite those changes.",
                   nullptr, changed))
            .arg(step, loc.toString(qint64(total))));
    QFont hf = m_heading->font();
    hf.setBold(true);
    m_heading->setFont(hf);

    m_orders = new QTreeWidget(this);
    m_orders->setObjectName(QStringLiteral("undoConflictOrders"));
    m_orders->setAccessibleName(tr("Orders changed since"));
    m_orders->setRootIsDecorated(false);
    m_orders->setAlternatingRowColors(true);
    m_orders->setUniformRowHeights(true);
    m_orders->setHeaderLabels({tr("Order"), tr("What changed"), tr("By"), tr("When")});
    QList<QTreeWidgetItem*> items;
    for (const UndoConflict& c : plan.conflicts.mid(0, kShown)) {
        auto* item = new QTreeWidgetItem(
            {c.number, c.what, c.who,
             c.when.isValid() ? formatDateTime(c.when.toLocalTime(), QLocale::ShortFormat, loc)
                              : QString()});
        item->setData(0, Qt::UserRole, c.id);
        for (int col = 0; col < 4; ++col)
            item->setToolTip(col, item->text(col));
        items << item;
    }
    if (plan.conflicts.size() > kShown) {
        auto* more = new QTreeWidgetItem({tr("… and %Ln more", nullptr, changed - kShown)});
        more->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        items << more;
    }
    m_orders->addTopLevelItems(items);
    for (QTreeWidgetItem* item : items)
        if (item->data(0, Qt::UserRole).isNull())
            item->setFirstColumnSpanned(true);
    m_orders->setCurrentItem(nullptr);
    m_orders->header()->setStretchLastSection(false);
    m_orders->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_orders->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_orders->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_orders->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    auto* explain = new QLabel(this);
    explain->setObjectName(QStringLiteral("undoConflictExplanation"));
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(this);
    if (others > 0) {
        explain->setText(
            undo ? tr("Undo the others to take back the %Ln order(s) nobody changed and leave "
                      "these as they are now. Undo Nothing changes nothing, and the step leaves "
                      "the undo list.",
                      nullptr, others)
                 : tr("Redo the others to do it again for the %Ln order(s) nobody changed and "
                      "leave these as they are now. Redo Nothing changes nothing, and the step "
                      "leaves the redo list.",
                      nullptr, others));
        m_undoOthers = buttons->addButton(undo ? tr("Undo the &Other %Ln", nullptr, others)
                                               : tr("Redo the &Other %Ln", nullptr, others),
                                          QDialogButtonBox::AcceptRole);
        m_undoOthers->setObjectName(QStringLiteral("undoOthers"));
        m_undoOthers->setAutoDefault(false);
        connect(m_undoOthers, &QPushButton::clicked, this, [this] {
            m_choice = Choice::UndoOthers;
            QDialog::accept();
        });
        m_undoNothing = buttons->addButton(undo ? tr("Undo &Nothing") : tr("Redo &Nothing"),
                                           QDialogButtonBox::RejectRole);
    } else {
        explain->setText(
            undo ? tr("None of the orders is still as the step left it, so nothing can be taken "
                      "back. Nothing was changed, and the step leaves the undo list.")
                 : tr("None of the orders is still as the undo left it, so nothing can be done "
                      "again. Nothing was changed, and the step leaves the redo list."));
        m_undoNothing = buttons->addButton(QDialogButtonBox::Close);
    }
    m_undoNothing->setObjectName(QStringLiteral("undoNothing"));
    m_undoNothing->setDefault(true);
    connect(m_undoNothing, &QPushButton::clicked, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addWidget(m_heading, 1);
    auto* v = new QVBoxLayout(this);
    v->addLayout(top);
    v->addWidget(m_orders, 1);
    v->addWidget(explain);
    v->addWidget(buttons);
    setMinimumWidth(form::charsWide(this, 80));
    // As tall as a dozen rows at most; the list scrolls beyond.
    const int row = std::max(m_orders->sizeHintForRow(0), fontMetrics().height() + 6);
    const int listHeight = m_orders->header()->sizeHint().height() +
                           row * std::clamp(int(items.size()), 2, 12) + 2 * m_orders->frameWidth() +
                           2;
    m_orders->setMinimumHeight(listHeight);
    const int width = std::max(minimumWidth(), form::charsWide(this, 110));
    layout()->activate();
    const int height =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    // No empty rows under a short list (the tree's own hint is taller).
    resize(width, height - std::max(0, m_orders->sizeHint().height() - listHeight));
    m_undoNothing->setFocus();
}

} // namespace docket
