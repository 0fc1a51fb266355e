#include "orderdialog.h"

#include "domain/errors.h"
#include "stores/cataloguestore.h"
#include "stores/orderstore.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

// OrderDialog: the Lines section of the Order tab (the lines table with its
// catalogue completion, the charges on top of the lines, the totals).

namespace docket {

namespace {
enum LineColumn { Sku, Name, Quantity, UnitPrice, LineTotal, LineColumns };

// Item data: the text a cell got from the catalogue (so a later SKU replaces
// it, while what the clerk typed stays).
constexpr int kFilledRole = Qt::UserRole + 1;

// The SKU cell's editor completes from the catalogue: "MUG" offers
// "MUG-1  Blue mug  €4.50", ... (an index range per keystroke).
class SkuDelegate : public QStyledItemDelegate
{
public:
    SkuDelegate(const CatalogueStore& catalog, QObject* parent)
        : QStyledItemDelegate(parent), m_catalog(catalog)
    {
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.column() != Sku)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("skuEditor"));
        auto* model = new QStandardItemModel(edit);
        auto* completer = new QCompleter(model, edit);
        completer->setObjectName(QStringLiteral("skuCompleter"));
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionRole(Qt::UserRole); // the SKU; the popup shows more
        completer->setMaxVisibleItems(12);
        edit->setCompleter(completer);
        const CatalogueStore catalog = m_catalog;
        QObject::connect(
            edit, &QLineEdit::textEdited, edit, [catalog, model, completer](const QString& text) {
                model->clear();
                QList<Product> found;
                try {
                    found = catalog.completions(text, 20);
                } catch (const DocketError&) {
                    return; // no completion beats a dialog box while typing
                }
                const QLocale loc;
                for (const Product& p : found) {
                    // The price in the catalogue's own currency.
                    auto* item = new QStandardItem(
                        QStringLiteral("%1  %2  %3").arg(p.sku, p.name, p.price.toString(loc)));
                    item->setData(p.sku, Qt::UserRole);
                    model->appendRow(item);
                }
                completer->complete();
            });
        return edit;
    }

private:
    CatalogueStore m_catalog;
};

} // namespace

void OrderDialog::buildLines(QWidget* details, QVBoxLayout* dv)
{
    m_lines = new QTableWidget(0, LineColumns, details);
    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_lines->setAccessibleName(tr("Order lines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Quantity"), tr("Unit price"), tr("Line total")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setAlternatingRowColors(true);
    m_lines->setItemDelegate(new SkuDelegate(m_catalog, m_lines));
    m_lines->horizontalHeaderItem(Sku)->setToolTip(
        tr("Type the beginning of a SKU: the catalogue completes it and fills in the product and "
           "its price."));
    auto* addLineButton = new QPushButton(tr("&Add Line"), details);
    auto* removeLineButton = new QPushButton(tr("&Remove Line"), details);
    addLineButton->setObjectName(QStringLiteral("addLine"));
    removeLineButton->setObjectName(QStringLiteral("removeLine"));
    m_total = new QLabel(details);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    QFont bf = m_total->font();
    bf.setBold(true);
    bf.setPointSizeF(bf.pointSizeF() * 1.15);
    m_total->setFont(bf);
    // The charges on top of the lines, then what the customer pays.
    m_shipping = new QLineEdit(details);
    m_shipping->setObjectName(QStringLiteral("orderShipping"));
    m_shipping->setAccessibleName(tr("Shipping"));
    m_shipping->setAlignment(Qt::AlignRight);
    m_shipping->setPlaceholderText(Money(0, m_order.currency).toNumberString(QLocale()));
    m_shipping->setToolTip(tr("What shipping costs the customer, in the order's currency; "
                              "empty: none."));
    m_taxRate = new QLineEdit(details);
    m_taxRate->setObjectName(QStringLiteral("orderTaxRate"));
    m_taxRate->setAccessibleName(tr("Tax rate"));
    m_taxRate->setAlignment(Qt::AlignRight);
    m_taxRate->setPlaceholderText(QStringLiteral("0"));
    m_taxRate->setToolTip(tr("One tax rate for the order, in percent (20, 5.5): it applies to "
                             "the lines and to shipping. Empty: no tax."));
    const int digit = m_shipping->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_shipping->setFixedWidth(digit * 12);
    m_taxRate->setFixedWidth(digit * 7);
    auto* shippingLabel = new QLabel(tr("S&hipping:"), details);
    shippingLabel->setBuddy(m_shipping);
    auto* taxLabel = new QLabel(tr("Ta&x rate:"), details);
    taxLabel->setBuddy(m_taxRate);
    auto* percent = new QLabel(QLocale().percent(), details);
    m_breakdown = new QLabel(details);
    m_breakdown->setObjectName(QStringLiteral("orderBreakdown"));
    m_breakdown->hide();
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLineButton);
    lineButtons->addWidget(removeLineButton);
    lineButtons->addStretch(1);
    lineButtons->addWidget(shippingLabel);
    lineButtons->addWidget(m_shipping);
    lineButtons->addSpacing(12);
    lineButtons->addWidget(taxLabel);
    lineButtons->addWidget(m_taxRate);
    lineButtons->addWidget(percent);
    auto* totals = new QHBoxLayout;
    totals->addStretch(1);
    totals->addWidget(m_breakdown);
    totals->addSpacing(16);
    totals->addWidget(m_total);
    auto* linesHead = new QLabel(tr("Lines"), details);
    linesHead->setObjectName(QStringLiteral("sectionHeading"));
    dv->addWidget(linesHead);
    dv->addWidget(m_lines, 1);
    dv->addLayout(lineButtons);
    dv->addLayout(totals);
    connect(m_shipping, &QLineEdit::textChanged, this, &OrderDialog::updateTotal);
    connect(m_taxRate, &QLineEdit::textChanged, this, &OrderDialog::updateTotal);
    connect(addLineButton, &QPushButton::clicked, this, [this] {
        addLine();
        m_lines->setCurrentCell(m_lines->rowCount() - 1, Sku);
        m_lines->editItem(m_lines->item(m_lines->rowCount() - 1, Sku));
    });
    connect(removeLineButton, &QPushButton::clicked, this, [this] {
        const int r = m_lines->currentRow();
        if (r >= 0)
            m_lines->removeRow(r);
        updateTotal();
    });
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == Sku)
            fillFromCatalogue(item->row());
        if (item->column() == Quantity || item->column() == UnitPrice)
            updateTotal();
    });
}

void OrderDialog::addLine(const OrderLine& line)
{
    const QLocale loc;
    const int r = m_lines->rowCount();
    const bool blocked = m_lines->blockSignals(true);
    m_lines->insertRow(r);
    auto* sku = new QTableWidgetItem(line.sku);
    sku->setData(Qt::UserRole, line.productId);
    m_lines->setItem(r, Sku, sku);
    m_lines->setItem(r, Name, new QTableWidgetItem(line.name));
    auto* qty = new QTableWidgetItem(loc.toString(line.quantity));
    qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(r, Quantity, qty);
    auto* price = new QTableWidgetItem(
        Money(line.unitPrice.minorUnits(), m_order.currency).toNumberString(loc));
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(r, UnitPrice, price);
    auto* total = new QTableWidgetItem;
    total->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(r, LineTotal, total);
    m_lines->blockSignals(blocked);
    updateTotal();
}

bool OrderDialog::readLines(QList<OrderLine>* lines, QString* error) const
{
    const QLocale loc;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        OrderLine l;
        l.productId = m_lines->item(r, Sku)->data(Qt::UserRole).toLongLong();
        l.sku = m_lines->item(r, Sku)->text().trimmed();
        l.name = m_lines->item(r, Name)->text().trimmed();
        const QString qtyText = m_lines->item(r, Quantity)->text().trimmed();
        bool ok = false;
        l.quantity = loc.toLongLong(qtyText, &ok);
        if (!ok)
            l.quantity = qtyText.toLongLong(&ok);
        if (!ok) {
            *error = tr("Line %1: \"%2\" is not a quantity.").arg(r + 1).arg(qtyText);
            return false;
        }
        const QString priceText = m_lines->item(r, UnitPrice)->text().trimmed();
        auto price = Money::parse(priceText, m_order.currency, loc);
        if (!price)
            price = Money::parse(priceText, m_order.currency);
        if (!price) {
            *error = tr("Line %1: \"%2\" is not a price.").arg(r + 1).arg(priceText);
            return false;
        }
        l.unitPrice = *price;
        // A changed SKU is a different product: let the store link it by SKU.
        if (r < m_order.lines.size() && m_order.lines[r].sku != l.sku)
            l.productId = 0;
        lines->push_back(l);
    }
    return true;
}

void OrderDialog::fillFromCatalogue(int row)
{
    QTableWidgetItem* skuItem = m_lines->item(row, Sku);
    QTableWidgetItem* nameItem = m_lines->item(row, Name);
    QTableWidgetItem* priceItem = m_lines->item(row, UnitPrice);
    if (!skuItem || !nameItem || !priceItem)
        return;
    std::optional<Product> p;
    try {
        p = m_catalog.bySku(skuItem->text());
    } catch (const DocketError&) {
        return;
    }
    const bool blocked = m_lines->blockSignals(true);
    skuItem->setData(Qt::UserRole, p ? p->id : 0);
    if (p) {
        const QLocale loc;
        // What the clerk typed stays; empty cells and what an earlier SKU
        // filled in follow the new one.
        auto fill = [](QTableWidgetItem* item, const QString& text, bool empty) {
            if (empty || item->text() == item->data(kFilledRole).toString()) {
                item->setText(text);
                item->setData(kFilledRole, text);
            }
        };
        fill(nameItem, p->name, nameItem->text().trimmed().isEmpty());
        const auto price = Money::parse(priceItem->text(), m_order.currency, loc);
        if (const auto unit = catalogue::unitPriceFor(*p, m_order.currency)) {
            fill(priceItem, unit->toNumberString(loc), !price || price->minorUnits() == 0);
            priceItem->setToolTip(QString());
        } else {
            // Another currency: the clerk gives the price; say why it is empty.
            if (priceItem->text() == priceItem->data(kFilledRole).toString()) {
                priceItem->setText(QString());
                priceItem->setData(kFilledRole, QString());
            }
            priceItem->setToolTip(tr("The catalogue's price is %1; this order is in %2, so type "
                                     "its price in %2.")
                                      .arg(p->price.toString(loc), m_order.currency));
        }
    } else {
        priceItem->setToolTip(QString());
    }
    m_lines->blockSignals(blocked);
    updateTotal();
}

void OrderDialog::updateTotal()
{
    const QLocale loc;
    Money lines(0, m_order.currency);
    bool linesRead = true;
    const bool blocked = m_lines->blockSignals(true);
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        bool okQ = false;
        const qint64 q = loc.toLongLong(m_lines->item(r, Quantity)->text(), &okQ);
        auto price = Money::parse(m_lines->item(r, UnitPrice)->text(), m_order.currency, loc);
        QString text;
        try {
            if (okQ && price) {
                const Money lineTotal = *price * q;
                lines += lineTotal;
                text = lineTotal.toString(loc);
            } else {
                linesRead = false;
            }
        } catch (const DocketError&) {
            linesRead = false; // too large: the save names it
        }
        m_lines->item(r, LineTotal)->setText(text);
    }
    m_lines->blockSignals(blocked);
    // The charges as typed; what does not read yet counts as none here (the
    // save names it).
    Order charged;
    charged.currency = m_order.currency;
    const QList<FieldError> unread =
        OrderStore::readCharges(charged, m_shipping->text(), m_taxRate->text(), loc);
    // The problem the last save named in the charges goes once they read.
    if (unread.isEmpty() &&
        (m_shipping->property("invalid").toBool() || m_taxRate->property("invalid").toBool()))
        showProblem({}, {});
    QString breakdown;
    Money total = lines;
    try {
        const Money base = lines + charged.shippingAmount();
        const Money tax = charged.taxRate.of(base);
        total = base + tax;
        if (charged.shippingAmount().minorUnits() != 0 || !charged.taxRate.isZero())
            breakdown = tr("Lines %1 + shipping %2 + tax %3 (%4)")
                            .arg(lines.toString(loc), charged.shippingAmount().toString(loc),
                                 tax.toString(loc), charged.taxRate.toString(loc));
    } catch (const DocketError&) {
        linesRead = false;
    }
    m_breakdown->setText(breakdown);
    // All of it, always (the total beside it may be wide in some languages).
    m_breakdown->setMinimumWidth(m_breakdown->sizeHint().width());
    m_breakdown->setVisible(!breakdown.isEmpty());
    m_total->setText(linesRead || m_lines->rowCount() == 0
                         ? tr("Total: %1").arg(total.toString(loc))
                         : tr("Total: %1 so far").arg(total.toString(loc)));
}

void OrderDialog::loadCharges(const Order& o)
{
    const QLocale loc;
    const QSignalBlocker a(m_shipping);
    const QSignalBlocker b(m_taxRate);
    m_shipping->setText(
        o.shippingAmount().minorUnits() == 0 ? QString() : o.shippingAmount().toNumberString(loc));
    QString rate = o.taxRate.toPlainString();
    rate.replace(QLatin1Char('.'), loc.decimalPoint());
    m_taxRate->setText(o.taxRate.isZero() ? QString() : rate);
}

} // namespace docket
