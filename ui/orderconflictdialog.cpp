#include "orderconflictdialog.h"

#include "formparts.h"
#include "i18n.h"
#include "stores/orderconflict.h"

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

namespace {

// A list as tall as its rows (two to a dozen), so a dialog around it needs
// no empty space and no scrolling for a few changes.
class FittingTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    QSize sizeHint() const override
    {
        const int row = std::max(sizeHintForRow(0), fontMetrics().height() + 6);
        const int rows = std::clamp(topLevelItemCount(), 2, 12);
        return {QTreeWidget::sizeHint().width(),
                header()->sizeHint().height() + row * rows + 2 * frameWidth() + 2};
    }
    QSize minimumSizeHint() const override
    {
        return {QTreeWidget::minimumSizeHint().width(), header()->sizeHint().height() +
                                                            (fontMetrics().height() + 6) * 2 +
                                                            2 * frameWidth()};
    }
};

} // namespace

OrderConflictDialog::OrderConflictDialog(const Order& base, const Order& mine, const Order& theirs,
                                         const QString& who, const QDateTime& when, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("orderConflictDialog"));
    setWindowTitle(tr("Order %1 Changed Elsewhere").arg(theirs.number));
    const QLocale loc;

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("conflictHeading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(
        who.isEmpty()
            ? tr("Order %1 was changed by someone else after you opened it.").arg(theirs.number)
            : tr("%1 changed order %2 on %3, after you opened it.")
                  .arg(who, theirs.number,
                       formatDateTime(when.toLocalTime(), QLocale::ShortFormat, loc)));
    QFont hf = heading->font();
    hf.setBold(true);
    heading->setFont(hf);

    const QList<FieldChange> theirChanges = orderDifferences(base, theirs);
    const QList<FieldChange> myChanges = orderDifferences(base, mine);
    QHash<QString, QString> mineByField;
    QStringList myLabels;
    for (const FieldChange& c : myChanges) {
        mineByField.insert(c.field, c.after);
        myLabels << c.label;
    }

    auto* intro = new QLabel(tr("Their changes:"), this);
    m_changes = new FittingTree(this);
    m_changes->setObjectName(QStringLiteral("conflictChanges"));
    m_changes->setAccessibleName(tr("Changes made by the other person"));
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setUniformRowHeights(true);
    m_changes->setHeaderLabels({tr("Field"), tr("Was"), tr("Their value"), tr("Your value")});
    bool bothChanged = false;
    const QBrush muted = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const FieldChange& c : theirChanges) {
        const bool mineToo = mineByField.contains(c.field);
        const QString myValue = mineToo ? mineByField.value(c.field) : tr("(not changed by you)");
        auto* item = new QTreeWidgetItem({c.label, c.before, c.after, myValue});
        item->setData(0, Qt::UserRole, c.field);
        for (int col = 0; col < 4; ++col)
            item->setToolTip(col, item->text(col));
        if (!mineToo) {
            item->setForeground(3, muted);
        } else if (mineByField.value(c.field) != c.after) {
            bothChanged = true;
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int col = 0; col < 4; ++col)
                item->setFont(col, bold);
            item->setToolTip(0, tr("You both changed this field: re-applying keeps your value."));
        }
        m_changes->addTopLevelItem(item);
    }
    m_changes->setCurrentItem(nullptr);
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int col = 1; col < 4; ++col)
        m_changes->header()->setSectionResizeMode(col, QHeaderView::Stretch);

    auto* explain = new QLabel(this);
    explain->setObjectName(QStringLiteral("conflictExplanation"));
    explain->setWordWrap(true);
    QString text;
    if (myLabels.isEmpty())
        text = tr("You have not changed anything yet: reload to see their version.");
    else
        text = tr("Re-applying keeps their changes and puts yours back on top: %1.")
                   .arg(QLocale().createSeparatedList(myLabels));
    if (bothChanged)
        text += QLatin1Char(' ') +
                tr("Where you both changed a field (marked), your value replaces theirs.");
    text += QLatin1Char(' ') + tr("Reloading shows their version and drops your edits.");
    explain->setText(text);

    auto* buttons = new QDialogButtonBox(this);
    m_reapply = buttons->addButton(tr("Re-apply &My Changes"), QDialogButtonBox::AcceptRole);
    m_reapply->setObjectName(QStringLiteral("reapply"));
    m_reapply->setEnabled(!myLabels.isEmpty());
    m_reload = buttons->addButton(tr("&Reload Their Version"), QDialogButtonBox::DestructiveRole);
    m_reload->setObjectName(QStringLiteral("reload"));
    QPushButton* keep = buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    (myLabels.isEmpty() ? m_reload : m_reapply)->setDefault(true);
    connect(m_reapply, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Reapply;
        QDialog::accept();
    });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Reload;
        QDialog::accept();
    });
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);

    auto* column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(intro);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addLayout(column, 1);
    auto* v = new QVBoxLayout(this);
    v->addLayout(top);
    v->addWidget(m_changes, 1);
    v->addWidget(explain);
    v->addWidget(buttons);
    setMinimumWidth(form::charsWide(this, 96));
    // Wide enough for an address in each column, as tall as the rows and
    // the wrapped explanation need.
    const int width = std::max(minimumWidth(), form::charsWide(this, 132));
    layout()->activate();
    resize(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                                : sizeHint().height());
    (myLabels.isEmpty() ? m_reload : m_reapply)->setFocus();
}

} // namespace docket
