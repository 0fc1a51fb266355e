#include "shoplisteditor.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace docket {

namespace {

// A name cell left empty shows, in grey, what the clerks see instead: the
// built-in code's translated name.
class BuiltinNameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!option->text.isEmpty())
            return;
        const QString code = index.siblingAtColumn(0).data().toString().trimmed();
        const QString builtin = fulfilment::builtinMethodLabel(code);
        if (code.isEmpty() || builtin == code)
            return;
        option->text = builtin;
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

QTableWidgetItem* checkItem(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

ShopListEditor::ShopListEditor(List list, QWidget* parent) : QWidget(parent), m_list(list)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(list == List::PaymentMethods ? QStringLiteral("paymentMethodsTable")
                                                        : QStringLiteral("carriersTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    m_table->setItemDelegateForColumn(1, new BuiltinNameDelegate(m_table));
    QHeaderView* h = m_table->horizontalHeader();
    h->setHighlightSections(false);
    if (list == List::PaymentMethods) {
        h->setSectionResizeMode(MethodCode, QHeaderView::Interactive);
        h->setSectionResizeMode(MethodLabel, QHeaderView::Stretch);
        h->setSectionResizeMode(MethodOnDelivery, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(MethodActive, QHeaderView::ResizeToContents);
        m_table->setColumnWidth(MethodCode, 130);
    } else {
        h->setSectionResizeMode(QHeaderView::Interactive);
        h->setStretchLastSection(true);
        m_table->setColumnWidth(CarrierCode, 70);
        m_table->setColumnWidth(CarrierName, 130);
        m_table->setColumnWidth(CarrierPattern, 190);
    }
    // One line a row (a long link is elided, whole in its tooltip); every
    // row shown, the table as tall as its list (fitHeight).
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);

    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_up = new QPushButton(this);
    m_down = new QPushButton(this);
    const QString prefix = list == List::PaymentMethods ? QStringLiteral("paymentMethods")
                                                        : QStringLiteral("carriers");
    m_add->setObjectName(prefix + QStringLiteral("Add"));
    m_remove->setObjectName(prefix + QStringLiteral("Remove"));
    m_up->setObjectName(prefix + QStringLiteral("Up"));
    m_down->setObjectName(prefix + QStringLiteral("Down"));

    // The buttons in a column beside the table, as in a list editor.
    auto* buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_table, 1, Qt::AlignTop);
    row->addLayout(buttons);
    connect(m_table->model(), &QAbstractItemModel::rowsInserted, this, &ShopListEditor::fitHeight);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, &ShopListEditor::fitHeight);
    fitHeight();

    connect(m_add, &QPushButton::clicked, this, &ShopListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ShopListEditor::removeRows);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ShopListEditor::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_list == List::Carriers && item->column() == CarrierPattern)
            checkPattern(item->row());
        if (m_list == List::Carriers && item->column() == CarrierLink) {
            const QSignalBlocker block(m_table);
            item->setToolTip(item->text());
        }
        if (item->column() == 0) // the name's grey default follows the code
            m_table->viewport()->update();
        emit changed();
    });
    retranslate();
    updateButtons();
}

void ShopListEditor::insertRow(int row, const QStringList& texts, bool onDelivery, bool active)
{
    const QSignalBlocker block(m_table);
    m_table->insertRow(row);
    if (m_list == List::PaymentMethods) {
        m_table->setItem(row, MethodCode, new QTableWidgetItem(texts.value(0)));
        m_table->setItem(row, MethodLabel, new QTableWidgetItem(texts.value(1)));
        m_table->setItem(row, MethodOnDelivery, checkItem(onDelivery));
        m_table->setItem(row, MethodActive, checkItem(active));
    } else {
        for (int c = 0; c < 4; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(texts.value(c)));
        m_table->item(row, CarrierLink)->setToolTip(texts.value(CarrierLink));
        checkPattern(row);
    }
    if (m_readOnly)
        for (int c = 0; c < 4; ++c)
            m_table->item(row, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

void ShopListEditor::setText(const QString& stored)
{
    m_table->setRowCount(0);
    if (m_list == List::PaymentMethods) {
        for (const PaymentMethod& m : fulfilment::paymentMethodRows(stored))
            insertRow(m_table->rowCount(), {m.code, m.label}, m.onDelivery, m.active);
    } else {
        for (const Carrier& c : fulfilment::carrierRows(stored))
            insertRow(m_table->rowCount(), {c.code, c.name, c.pattern, c.urlTemplate}, false, true);
    }
    updateButtons();
}

QList<PaymentMethod> ShopListEditor::methods() const
{
    QList<PaymentMethod> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        PaymentMethod m;
        m.code = m_table->item(r, MethodCode)->text();
        m.label = m_table->item(r, MethodLabel)->text();
        m.onDelivery = m_table->item(r, MethodOnDelivery)->checkState() == Qt::Checked;
        m.active = m_table->item(r, MethodActive)->checkState() == Qt::Checked;
        out << m;
    }
    return out;
}

QList<Carrier> ShopListEditor::carriers() const
{
    QList<Carrier> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Carrier c;
        c.code = m_table->item(r, CarrierCode)->text();
        c.name = m_table->item(r, CarrierName)->text();
        c.pattern = m_table->item(r, CarrierPattern)->text();
        c.urlTemplate = m_table->item(r, CarrierLink)->text();
        out << c;
    }
    return out;
}

fulfilment::ListText ShopListEditor::listText() const
{
    return m_list == List::PaymentMethods ? fulfilment::paymentMethodsText(methods())
                                          : fulfilment::carriersText(carriers());
}

void ShopListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        b->setVisible(!readOnly);
    const QSignalBlocker block(m_table);
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < 4; ++c) {
            QTableWidgetItem* item = m_table->item(r, c);
            const bool check = m_list == List::PaymentMethods && c >= MethodOnDelivery;
            Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (!readOnly)
                f |= check ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
            item->setFlags(f);
        }
    updateButtons();
}

void ShopListEditor::showProblem(int row, int field)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const int column = std::clamp(field, 0, 3);
    m_table->setCurrentCell(row, column, QItemSelectionModel::ClearAndSelect);
    m_table->scrollToItem(m_table->item(row, column));
    m_table->setFocus();
}

void ShopListEditor::addRow()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() + 1 : m_table->rowCount();
    insertRow(row, {}, false, true);
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
    emit changed();
}

void ShopListEditor::removeRows()
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows)
        m_table->removeRow(r);
    if (!rows.isEmpty()) {
        const int next = std::min(rows.last(), m_table->rowCount() - 1);
        if (next >= 0)
            m_table->setCurrentCell(next, 0);
        emit changed();
    }
    updateButtons();
}

void ShopListEditor::move(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    const int column = std::max(m_table->currentColumn(), 0);
    {
        const QSignalBlocker block(m_table);
        for (int c = 0; c < 4; ++c) {
            QTableWidgetItem* a = m_table->takeItem(row, c);
            QTableWidgetItem* b = m_table->takeItem(to, c);
            m_table->setItem(row, c, b);
            m_table->setItem(to, c, a);
        }
    }
    m_table->setCurrentCell(to, column, QItemSelectionModel::ClearAndSelect);
    emit changed();
    updateButtons();
}

void ShopListEditor::checkPattern(int row)
{
    QTableWidgetItem* item = m_table->item(row, CarrierPattern);
    if (!item)
        return;
    const QString pattern = item->text().trimmed();
    const QRegularExpression re(QStringLiteral("^(?:") + pattern + QStringLiteral(")$"));
    const QSignalBlocker block(m_table);
    if (pattern.isEmpty() || re.isValid()) {
        item->setData(Qt::ForegroundRole, {});
        item->setToolTip(pattern.isEmpty() ? tr("No pattern: any tracking number is accepted.")
                                           : tr("A tracking number must match %1.").arg(pattern));
    } else {
        item->setForeground(QColor(0xc6, 0x28, 0x28));
        item->setToolTip(tr("Not a valid pattern: %1 (at character %2).")
                             .arg(re.errorString())
                             .arg(std::max<qsizetype>(re.patternErrorOffset() - 4, 0) + 1));
    }
}

// Every row shown without scrolling the table (the settings page scrolls),
// from three rows (room to add to an empty list) to twelve.
void ShopListEditor::fitHeight()
{
    const int rows = std::clamp(m_table->rowCount(), 3, 12);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            m_table->verticalHeader()->defaultSectionSize() * rows +
                            2 * m_table->frameWidth());
}

void ShopListEditor::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = !m_table->selectionModel()->selectedRows().isEmpty();
    m_remove->setEnabled(!m_readOnly && selected);
    m_up->setEnabled(!m_readOnly && selected && row > 0);
    m_down->setEnabled(!m_readOnly && selected && row >= 0 && row < m_table->rowCount() - 1);
    m_add->setEnabled(!m_readOnly);
}

void ShopListEditor::retranslate()
{
    if (m_list == List::PaymentMethods) {
        m_table->setHorizontalHeaderLabels(
            {tr("Code"), tr("Label shown to clerks"), tr("Paid on delivery"), tr("Active")});
        m_table->horizontalHeaderItem(MethodCode)
            ->setToolTip(tr("Lower-case letters, digits and _; stored with each payment"));
        m_table->horizontalHeaderItem(MethodLabel)
            ->setToolTip(tr("Empty: the built-in name, in each clerk's language (grey)"));
        m_table->horizontalHeaderItem(MethodOnDelivery)
            ->setToolTip(tr("Cash on delivery: the order may ship before it is paid"));
        m_table->horizontalHeaderItem(MethodActive)
            ->setToolTip(tr("Offered for new payments; an inactive method still names the "
                            "payments made with it"));
        m_table->setAccessibleName(tr("Payment methods"));
        m_add->setText(tr("Add Method"));
    } else {
        m_table->setHorizontalHeaderLabels(
            {tr("Code"), tr("Name"), tr("Tracking number pattern"), tr("Tracking link")});
        m_table->horizontalHeaderItem(CarrierCode)
            ->setToolTip(tr("Lower-case letters, digits and _; stored with each shipment"));
        m_table->horizontalHeaderItem(CarrierName)
            ->setToolTip(tr("Empty: the built-in name, in each clerk's language (grey)"));
        m_table->horizontalHeaderItem(CarrierPattern)
            ->setToolTip(tr("A regular expression a tracking number must match, such as "
                            "JD[0-9A-Z]{11,18}; empty: any number"));
        m_table->horizontalHeaderItem(CarrierLink)
            ->setToolTip(tr("The carrier's tracking page, with {number} where the number goes"));
        m_table->setAccessibleName(tr("Carriers"));
        m_add->setText(tr("Add Carrier"));
    }
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Move Up"));
    m_down->setText(tr("Move Down"));
    for (int r = 0; m_list == List::Carriers && r < m_table->rowCount(); ++r)
        checkPattern(r);
}

void ShopListEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace docket
