#include "columnchooserdialog.h"

#include "items/ordercolumns.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

ColumnChooserDialog::ColumnChooserDialog(const ListLayout& layout, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("columnChooser"));
    setWindowTitle(tr("Choose Columns"));

    auto* intro = new QLabel(tr("Tick the columns the order list shows; drag them, or use the "
                                "buttons, to put them in order."),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("columnList"));
    m_list->setAccessibleName(tr("Columns"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 14);

    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setObjectName(QStringLiteral("columnUp"));
    m_down = new QPushButton(tr("Move &Down"), this);
    m_down->setObjectName(QStringLiteral("columnDown"));
    m_defaults = new QPushButton(tr("&Defaults"), this);
    m_defaults->setObjectName(QStringLiteral("columnDefaults"));
    m_defaults->setToolTip(tr("The columns a new list shows"));
    auto* side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch(1);
    side->addWidget(m_defaults);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layoutBox = new QVBoxLayout(this);
    layoutBox->addWidget(intro);
    layoutBox->addLayout(middle, 1);
    layoutBox->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_defaults, &QPushButton::clicked, this,
            [this] { setColumns(ordercolumns::defaultListKeys()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ColumnChooserDialog::updateButtons);
    setColumns(layout.columns);
    resize(sizeHint().expandedTo(QSize(360, 0)));
}

QStringList ColumnChooserDialog::columns() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys << m_list->item(i)->data(Qt::UserRole).toString();
    return ordercolumns::cleanListKeys(keys);
}

void ColumnChooserDialog::setColumns(const QStringList& keys)
{
    const QStringList shown = ordercolumns::cleanListKeys(keys);
    QStringList order = shown;
    for (const ordercolumns::Column* c : ordercolumns::listColumns())
        if (!order.contains(c->id()))
            order << c->id();
    m_list->clear();
    for (const QString& key : order) {
        auto* item = new QListWidgetItem(ordercolumns::title(*ordercolumns::find(key)), m_list);
        item->setData(Qt::UserRole, key);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
        if (key != QLatin1String("number"))
            flags |= Qt::ItemIsUserCheckable;
        else
            item->setToolTip(tr("The order number always shows."));
        item->setFlags(flags);
        item->setCheckState(shown.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    updateButtons();
}

void ColumnChooserDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void ColumnChooserDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace docket
