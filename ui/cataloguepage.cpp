#include "cataloguepage.h"

#include "columnfit.h"
#include "stocktables.h"

#include "stockdialogs.h"

#include "domain/errors.h"
#include "export/partialfile.h"
#include "i18n.h"
#include "items/producttablemodel.h"
#include "settings.h"
#include "stores/stockstore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace docket {

namespace {

QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// Low on stock: an amber row; inactive: grey; not loaded yet: placeholder text.
class ProductRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QPalette& pal = option->palette;
        if (!index.data(ProductTableModel::LoadedRole).toBool() ||
            !index.data(ProductTableModel::ActiveRole).toBool()) {
            option->palette.setColor(QPalette::Text, pal.color(QPalette::PlaceholderText));
            return;
        }
        if (index.data(ProductTableModel::LowRole).toBool()) {
            option->backgroundBrush =
                blend(pal.color(QPalette::Base), QColor(0xE8, 0x9B, 0x2C), 0.22);
            if (index.column() == ProductTableModel::Available)
                option->font.setBold(true);
        }
    }
};

} // namespace

CataloguePage::CataloguePage(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("cataloguePage"));
    m_model = new ProductTableModel(m_db, m_session, this);

    // ---- the filter row
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setPlaceholderText(tr("Search SKU or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalogue"));
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("catalogueWarehouse"));
    m_warehouse->setAccessibleName(tr("Warehouse"));
    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("catalogueActivity"));
    m_activity->setAccessibleName(tr("Active or inactive products"));
    m_activity->addItem(tr("Active products"), int(CatalogueFilter::Activity::Active));
    m_activity->addItem(tr("Inactive products"), int(CatalogueFilter::Activity::Inactive));
    m_activity->addItem(tr("All products"), int(CatalogueFilter::Activity::All));
    m_low = new QToolButton(this);
    m_low->setObjectName(QStringLiteral("lowStockFilter"));
    m_low->setText(tr("&Low stock"));
    m_low->setCheckable(true);
    m_low->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_low->setToolTip(tr("Only the products whose available stock is below their safety stock"));
    m_backordered = new QToolButton(this);
    m_backordered->setObjectName(QStringLiteral("backorderedFilter"));
    m_backordered->setText(tr("&Backordered"));
    m_backordered->setCheckable(true);
    m_backordered->setToolTip(tr("Only the products that open orders are waiting for"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_warehouse, 1);
    filters->addWidget(m_activity);
    filters->addWidget(m_low);
    filters->addWidget(m_backordered);

    // ---- the actions
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("catalogueToolBar"));
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto action = [&](const QString& icon, const QString& text, const QString& name,
                      void (CataloguePage::*slot)(), bool visible) {
        auto* a = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
        a->setObjectName(name);
        a->setVisible(visible);
        connect(a, &QAction::triggered, this, slot);
        bar->addAction(a);
        return a;
    };
    const bool catalogue = m_session.can(Permission::ManageCatalogue);
    const bool stock = m_session.can(Permission::AdjustStock);
    m_new = action(QStringLiteral(":/icons/new.svg"), tr("&New Product…"),
                   QStringLiteral("newProduct"), &CataloguePage::newProduct, catalogue);
    m_edit = action(QStringLiteral(":/icons/open.svg"), tr("&Edit…"), QStringLiteral("editProduct"),
                    &CataloguePage::editProduct, catalogue);
    m_receive = action(QStringLiteral(":/icons/receive.svg"), tr("&Receive…"),
                       QStringLiteral("receiveStock"), &CataloguePage::receiveStock, stock);
    m_adjust = action({}, tr("&Correct…"), QStringLiteral("adjustStock"),
                      &CataloguePage::adjustStock, stock);
    m_writeOff = action({}, tr("&Write Off…"), QStringLiteral("writeOffStock"),
                        &CataloguePage::writeOff, stock);
    bar->addSeparator();
    m_import = action(QStringLiteral(":/icons/import.svg"), tr("&Import CSV…"),
                      QStringLiteral("importProducts"), &CataloguePage::importProducts, catalogue);
    m_export = action(QStringLiteral(":/icons/export.svg"), tr("E&xport CSV…"),
                      QStringLiteral("exportProducts"), &CataloguePage::exportProducts, true);
    m_warehouses =
        action(QStringLiteral(":/icons/warehouse.svg"), tr("&Warehouses…"),
               QStringLiteral("manageWarehouses"), &CataloguePage::manageWarehouses, true);
    m_new->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_receive->setShortcut(QKeySequence(tr("Ctrl+Shift+G"))); // goods in (R restores a backup)
    for (QAction* a : bar->actions())
        if (!a->shortcut().isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                a->shortcut().toString(QKeySequence::NativeText)));

    // ---- the list
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("catalogueTable"));
    m_view->setAccessibleName(tr("Products"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProductRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // The name takes the room the figures leave (at least a whole product
    // name); the figures are as wide as an amount, a count or their heading,
    // and in a narrow list give up width down to their values first
    // (fitColumns).
    m_view->setHorizontalHeader(new columnfit::ElidingHeader(Qt::Horizontal, m_view));
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    // Not bold on a selected row: the eliding above measures the regular
    // font (the orders list does the same).
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_view->setSortingEnabled(true);
    header->setSortIndicator(ProductTableModel::Sku, Qt::AscendingOrder);
    const QFontMetrics fm = m_view->fontMetrics();
    const QLocale loc;
    // Values that are wide for their column: a four-digit amount or count
    // (the defaults: that and the heading); wider values in the rows in
    // sight count too (compactWidth).
    const QString amount = loc.toCurrencyString(9999.99);
    const QString count = loc.toString(9999);
    const int margin = 12;
    for (int c = 0; c < ProductTableModel::ColumnCount; ++c) {
        const int heading =
            fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + margin + 12;
        int value = 0;
        if (c == ProductTableModel::Sku)
            value = fm.horizontalAdvance(QStringLiteral("SKU-100000")) + margin;
        else if (c == ProductTableModel::Name)
            // A whole product name, measured (a CJK font's average character
            // is twice as wide as a Latin name's).
            value = fm.horizontalAdvance(QStringLiteral("Classic Headphones, Oak")) + margin;
        else if (c == ProductTableModel::Price || c == ProductTableModel::Cost)
            value = fm.horizontalAdvance(amount) + margin;
        else if (c == ProductTableModel::DaysOfCover)
            value = fm.horizontalAdvance(QStringLiteral("999+")) + margin;
        else
            value = fm.horizontalAdvance(count) + margin;
        m_compactWidths << value;
        m_defaultWidths << (c == ProductTableModel::Name ? value : std::max(value, heading));
        if (c != ProductTableModel::Name)
            m_view->setColumnWidth(c, m_defaultWidths.last());
    }
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int) {
        if (!m_fitting && section != ProductTableModel::Name)
            m_sizedByUser.insert(section); // dragged by the user
    });
    m_view->viewport()->installEventFilter(this);

    // ---- the selected product
    auto* detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("productDetail"));
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("productTitle"));
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    tf.setBold(true);
    m_title->setFont(tf);
    m_facts = new QLabel(detail);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_levels = stocktables::detailTable(
        detail, {tr("Warehouse"), tr("On hand"), tr("Reserved"), tr("Available")},
        QStringLiteral("productLevels"));
    m_movements = stocktables::detailTable(
        detail, {tr("When"), tr("What"), tr("Where"), tr("On hand"), tr("Reserved"), tr("For")},
        QStringLiteral("productMovements"));
    auto* dv = new QVBoxLayout(detail);
    dv->setContentsMargins(8, 0, 0, 0);
    dv->addWidget(m_title);
    dv->addWidget(m_facts);
    dv->addWidget(new QLabel(tr("<b>Stock per warehouse</b>"), detail));
    dv->addWidget(m_levels, 1);
    dv->addWidget(new QLabel(tr("<b>Latest movements</b>"), detail));
    dv->addWidget(m_movements, 2);
    // Fitted to the pane's width (no sideways scroll), headings ending in "…".
    for (QTableWidget* t : {m_levels, m_movements}) {
        auto* h = new columnfit::ElidingHeader(Qt::Horizontal, t);
        // (A stretched last section keeps at least the default size: the
        // fit sizes it.)
        h->setStretchLastSection(false);
        h->setMinimumSectionSize(20);
        t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        h->setHighlightSections(false);
        t->setHorizontalHeader(h);
        t->viewport()->installEventFilter(this);
    }

    // The list takes three fifths, or what its columns need with their
    // headings whole when that is more (the details keep 300 px), until the
    // user moves the bar.
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->installEventFilter(this);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("catalogueFooter"));

    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(12, 8, 12, 6);
    v->addLayout(filters);
    v->addWidget(bar);
    v->addWidget(split, 1);
    v->addWidget(m_footer);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CataloguePage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_activity, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_low, &QToolButton::toggled, this, &CataloguePage::applyFilter);
    connect(m_backordered, &QToolButton::toggled, this, &CataloguePage::applyFilter);
    connect(m_model, &ProductTableModel::countChanged, this, &CataloguePage::updateFooter);
    connect(m_model, &ProductTableModel::lowCountChanged, this, [this](qint64 n) {
        updateFooter();
        emit lowCountChanged(n);
    });
    connect(m_model, &ProductTableModel::loadFailed, this,
            [this](const QString& message) { emit statusMessage(message, 8000); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showDetail(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                const int r = m_view->currentIndex().row();
                if (r >= from.row() && r <= to.row())
                    showDetail();
                // A loaded page's values may be wider.
                balanceSplit();
                fitColumns();
            });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_session.can(Permission::ManageCatalogue))
            editProduct();
    });
    reloadWarehouses();
    applyFilter();
    showDetail();
}

CataloguePage::~CataloguePage() = default;

bool CataloguePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_split && event->type() == QEvent::Resize)
        balanceSplit();
    if (m_levels && watched == m_levels->viewport() && event->type() == QEvent::Resize)
        columnfit::fitToWidth(m_levels, {0});
    if (m_movements && watched == m_movements->viewport() && event->type() == QEvent::Resize)
        columnfit::fitToWidth(m_movements, {1, 2});
    return QWidget::eventFilter(watched, event);
}

void CataloguePage::balanceSplit()
{
    if (m_splitMoved)
        return;
    const int total = m_split->width() - m_split->handleWidth();
    int need = m_defaultWidths.value(ProductTableModel::Name) + 2 * m_view->frameWidth() +
               m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view) + 4;
    for (int c = 0; c < ProductTableModel::ColumnCount; ++c)
        if (c != ProductTableModel::Name && !m_view->isColumnHidden(c))
            need += m_sizedByUser.contains(c) ? m_view->columnWidth(c)
                                              : std::max(compactWidth(c), m_defaultWidths.value(c));
    const int list = std::min(std::max(total * 3 / 5, need), total - 300);
    if (total > 0 && list > 0 && m_split->sizes().value(0) != list)
        m_split->setSizes({list, total - list});
}

int CataloguePage::compactWidth(int column) const
{
    // (A low row's available is bold.)
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int first = std::max(0, m_view->rowAt(0));
    const int last = std::min(m_model->rowCount() - 1, first + 60);
    int w = m_compactWidths.value(column);
    for (int r = first; r <= last; ++r) {
        const QModelIndex i = m_model->index(r, column);
        if (i.data(ProductTableModel::LoadedRole).toBool())
            w = std::max(w, fm.horizontalAdvance(i.data().toString()) + 12);
    }
    return w;
}

void CataloguePage::fitColumns()
{
    QHeaderView* h = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (available <= 0 || m_fitting)
        return;
    int fixed = 0;
    QList<columnfit::Column> fitted;
    for (int s = 0; s < h->count(); ++s) {
        if (h->isSectionHidden(s) || s == ProductTableModel::Name)
            continue;
        if (m_sizedByUser.contains(s)) {
            fixed += h->sectionSize(s);
            continue;
        }
        const int c = compactWidth(s);
        fitted << columnfit::Column{s, std::max(m_defaultWidths.value(s), c), c};
    }
    m_fitting = true;
    columnfit::fit(h, fitted, available - m_defaultWidths.value(ProductTableModel::Name) - fixed);
    m_fitting = false;
}

qint64 CataloguePage::currentProductId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->data(i, ProductTableModel::ProductIdRole).toLongLong() : 0;
}

void CataloguePage::reloadWarehouses()
{
    const qint64 current = m_warehouse->currentData().toLongLong();
    const QSignalBlocker block(m_warehouse);
    m_warehouse->clear();
    m_warehouse->addItem(tr("All warehouses"), 0);
    try {
        for (const Warehouse& w : CatalogueStore(m_db->connection(), m_session).warehouses())
            m_warehouse->addItem(w.active ? QStringLiteral("%1 — %2").arg(w.code, w.name)
                                          : tr("%1 — %2 (inactive)").arg(w.code, w.name),
                                 w.id);
    } catch (const DocketError& e) {
        emit statusMessage(e.message(), 8000);
    }
    m_warehouse->setCurrentIndex(std::max(0, m_warehouse->findData(current)));
}

void CataloguePage::applyFilter()
{
    CatalogueFilter f;
    f.text = m_search->text().trimmed();
    f.warehouseId = m_warehouse->currentData().toLongLong();
    f.activity = CatalogueFilter::Activity(m_activity->currentData().toInt());
    f.lowOnly = m_low->isChecked();
    f.backorderedOnly = m_backordered->isChecked();
    m_model->setFilter(f);
    updateActions();
}

void CataloguePage::showLowStock()
{
    m_search->clear();
    m_activity->setCurrentIndex(0);
    m_low->setChecked(true);
    applyFilter();
}

void CataloguePage::refresh()
{
    m_model->refresh();
    showDetail();
}

void CataloguePage::updateFooter()
{
    const qint64 n = m_model->rowCount();
    QString text = tr("%Ln product(s)", nullptr, int(std::min<qint64>(n, INT_MAX)));
    if (m_model->lowCount() > 0)
        text += QStringLiteral(" · ") + tr("%Ln low on stock", nullptr,
                                           int(std::min<qint64>(m_model->lowCount(), INT_MAX)));
    m_footer->setText(text);
}

void CataloguePage::updateActions()
{
    const bool one = currentProductId() != 0;
    for (QAction* a : {m_edit, m_receive, m_adjust, m_writeOff})
        a->setEnabled(one);
}

void CataloguePage::showDetail()
{
    updateActions();
    m_levels->setRowCount(0);
    m_movements->setRowCount(0);
    const qint64 id = currentProductId();
    if (!id) {
        m_title->setText(tr("No product selected"));
        m_facts->setText(tr("Choose a product to see its stock in each warehouse and what "
                            "moved it."));
        return;
    }
    const QLocale loc;
    try {
        CatalogueStore cat(m_db->connection(), m_session);
        const Product p = cat.product(id);
        m_title->setText(QStringLiteral("%1 — %2").arg(p.sku, p.name));
        QStringList facts{tr("Price %1, cost %2").arg(p.price.toString(loc), p.cost.toString(loc)),
                          tr("Safety stock %L1").arg(p.safetyStock)};
        if (!p.active)
            facts << tr("inactive");
        m_facts->setText(facts.join(QStringLiteral(" · ")));
        const QList<StockLevel> levels = cat.levels(id);
        m_levels->setRowCount(int(levels.size()));
        for (int r = 0; r < levels.size(); ++r) {
            const StockLevel& l = levels[r];
            auto* w = new QTableWidgetItem(l.warehouseCode);
            w->setToolTip(l.warehouseName);
            m_levels->setItem(r, 0, w);
            m_levels->setItem(r, 1, stocktables::number(l.onHand));
            m_levels->setItem(r, 2, stocktables::number(l.reserved));
            m_levels->setItem(r, 3, stocktables::number(l.available()));
        }
        MovementFilter f;
        f.productId = id;
        const QList<StockMovement> moved =
            StockStore(m_db->connection(), m_session).movements(f, 30);
        m_movements->setRowCount(int(moved.size()));
        for (int r = 0; r < moved.size(); ++r) {
            const StockMovement& m = moved[r];
            // The day in the narrow pane; the time in its tooltip.
            auto* when =
                new QTableWidgetItem(loc.toString(m.at.toLocalTime().date(), QLocale::ShortFormat));
            when->setToolTip(formatDateTime(m.at.toLocalTime(), QLocale::LongFormat, loc));
            m_movements->setItem(r, 0, when);
            auto* kind = new QTableWidgetItem(movement::labelForCode(m.kind));
            kind->setToolTip(tr("by %1").arg(m.actor));
            m_movements->setItem(r, 1, kind);
            m_movements->setItem(r, 2, new QTableWidgetItem(m.warehouseCode));
            m_movements->setItem(r, 3, stocktables::number(m.onHandDelta, true));
            m_movements->setItem(r, 4, stocktables::number(m.reservedDelta, true));
            QString why = m.note;
            if (!m.orderNumber.isEmpty())
                why = tr("order %1").arg(m.orderNumber);
            else if (m.stocktakeId)
                why = tr("stocktake %1").arg(m.stocktakeId);
            else if (m.transferId)
                why = tr("transfer %1").arg(m.transferId);
            auto* for_ = new QTableWidgetItem(why);
            for_->setToolTip(why); // the pane may show its first letters only
            m_movements->setItem(r, 5, for_);
        }
        columnfit::fitToWidth(m_levels, {0});
        columnfit::fitToWidth(m_movements, {1, 2});
    } catch (const DocketError& e) {
        m_facts->setText(e.message());
    }
}

void CataloguePage::newProduct()
{
    const QString currency = CatalogueStore(m_db->connection(), m_session).currency();
    Product p;
    p.price = Money(0, currency);
    p.cost = Money(0, currency);
    ProductDialog dialog(m_db->connection(), m_session, p, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("Added %1.").arg(dialog.skuEdit()->text().trimmed().toUpper()));
        refresh();
    }
}

void CataloguePage::editProduct()
{
    const qint64 id = currentProductId();
    if (!id)
        return;
    try {
        ProductDialog dialog(m_db->connection(), m_session,
                             CatalogueStore(m_db->connection(), m_session).product(id), this);
        if (dialog.exec() == QDialog::Accepted) {
            emit statusMessage(tr("Saved %1.").arg(dialog.skuEdit()->text().trimmed().toUpper()));
            refresh();
        }
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Cannot Edit the Product"), e.message());
    }
}

namespace {

void runStockDialog(CataloguePage* page, const std::shared_ptr<const Database>& db,
                    const Session& session, StockChangeDialog::Mode mode)
{
    const qint64 id = page->currentProductId();
    if (!id)
        return;
    try {
        const Product p = CatalogueStore(db->connection(), session).product(id);
        StockChangeDialog dialog(db->connection(), session, p, mode,
                                 page->warehouseBox()->currentData().toLongLong(), page);
        if (dialog.exec() == QDialog::Accepted)
            page->refresh();
    } catch (const DocketError& e) {
        QMessageBox::warning(page, CataloguePage::tr("Cannot Change the Stock"), e.message());
    }
}

} // namespace

void CataloguePage::receiveStock()
{
    runStockDialog(this, m_db, m_session, StockChangeDialog::Mode::Receive);
}

void CataloguePage::adjustStock()
{
    runStockDialog(this, m_db, m_session, StockChangeDialog::Mode::Adjust);
}

void CataloguePage::writeOff()
{
    runStockDialog(this, m_db, m_session, StockChangeDialog::Mode::WriteOff);
}

void CataloguePage::importProducts()
{
    ImportProductsDialog dialog(m_db->connection(), m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("Imported %Ln product(s).", nullptr, dialog.imported()));
        refresh();
    }
}

void CataloguePage::exportProducts()
{
    const QString folder = settings::exportFolder.value().isEmpty()
                               ? QDir::homePath()
                               : settings::exportFolder.value();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Products"),
                                                      folder + QStringLiteral("/products.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportProductsTo(path);
}

void CataloguePage::exportProductsTo(const QString& path)
{
    if (m_exportWorker && m_exportWorker->isRunning()) {
        emit statusMessage(tr("An export of the products is still running."));
        return;
    }
    const std::shared_ptr<const Database> db = m_db;
    const Session session = m_session;
    const CatalogueFilter filter = m_model->filter();
    const QString failure = tr("Cannot write %1: %2");
    m_export->setEnabled(false);
    emit statusMessage(tr("Exporting the products to %1…").arg(QDir::toNativeSeparators(path)), 0);
    auto finish = [this, path](bool written, const QString& message) {
        m_export->setEnabled(true);
        if (written)
            emit statusMessage(
                tr("Exported the products to %1.").arg(QDir::toNativeSeparators(path)));
        else
            QMessageBox::warning(this, tr("Export Failed"), message);
        emit exportFinished(written);
    };
    m_exportWorker = std::make_unique<WorkerThread>();
    m_exportWorker->start(
        QStringLiteral("docket-export-products"),
        [db, session, filter, path, failure](const ProgressFn&) {
            ThreadConnection connection(*db, QStringLiteral("export-products"));
            const QByteArray csv = CatalogueStore(connection.get(), session).exportCsv(filter);
            partialfile::writeAll(path, csv, failure);
        },
        {{},
         [this, finish] {
             QMetaObject::invokeMethod(
                 this, [finish] { finish(true, {}); }, Qt::QueuedConnection);
         },
         [this, finish](const QString& message, int) {
             QMetaObject::invokeMethod(
                 this, [finish, message] { finish(false, message); }, Qt::QueuedConnection);
         }});
}

void CataloguePage::manageWarehouses()
{
    WarehousesDialog dialog(m_db->connection(), m_session, this);
    dialog.exec();
    if (dialog.changed()) {
        reloadWarehouses();
        refresh();
    }
}

} // namespace docket
