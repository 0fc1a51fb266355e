#include "stockdialogs.h"

#include "stocktables.h"

#include "formparts.h"

#include "domain/errors.h"
#include "domain/order.h"
#include "settings.h"
#include "stores/stockstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

namespace {

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString moneyText(const Money& m)
{
    return QLocale().toString(double(m.minorUnits()) / 100.0, 'f', 2);
}

} // namespace

// ---------------------------------------------------------------- product

ProductDialog::ProductDialog(QSqlDatabase db, Session session, const Product& product,
                             QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session)), m_product(product)
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(product.id ? tr("Edit Product %1").arg(product.sku) : tr("New Product"));
    m_sku = new QLineEdit(product.sku, this);
    m_sku->setObjectName(QStringLiteral("productSku"));
    m_sku->setPlaceholderText(tr("e.g. SKU-10042"));
    m_name = new QLineEdit(product.name, this);
    m_name->setObjectName(QStringLiteral("productName"));
    const QString currency = CatalogueStore(m_db, m_session).currency();
    m_price = new QLineEdit(product.id ? moneyText(product.price) : QString(), this);
    m_price->setObjectName(QStringLiteral("productPrice"));
    m_price->setPlaceholderText(QLocale().toString(12.5, 'f', 2));
    m_cost = new QLineEdit(product.id ? moneyText(product.cost) : QString(), this);
    m_cost->setObjectName(QStringLiteral("productCost"));
    m_cost->setPlaceholderText(QLocale().toString(7.25, 'f', 2));
    m_safety = new QSpinBox(this);
    m_safety->setObjectName(QStringLiteral("productSafety"));
    m_safety->setRange(0, 1000000000);
    m_safety->setValue(int(product.safetyStock));
    m_safety->setToolTip(tr("Below this many available units the product counts as low on "
                            "stock"));
    m_active = new QCheckBox(tr("Offered for new orders"), this);
    m_active->setChecked(product.id == 0 || product.active);
    m_error = form::errorLabel(this);

    auto* f = new QFormLayout;
    f->addRow(tr("&SKU:"), m_sku);
    f->addRow(tr("&Name:"), m_name);
    f->addRow(tr("&Price (%1):").arg(currency), m_price);
    f->addRow(tr("&Cost price (%1):").arg(currency), m_cost);
    f->addRow(tr("Safety s&tock:"), m_safety);
    f->addRow(tr("Active:"), m_active);
    auto* v = new QVBoxLayout(this);
    v->addLayout(f);
    v->addWidget(m_error);
    v->addWidget(form::acceptCancelButtons(this, product.id ? tr("Save") : tr("Add Product")));
    setMinimumWidth(420);
}

void ProductDialog::accept()
{
    Product p = m_product;
    p.sku = m_sku->text();
    p.name = m_name->text();
    const CatalogueStore store(m_db, m_session);
    const QString currency = store.currency();
    const auto price = Money::parse(m_price->text().trimmed(), currency, QLocale());
    const auto cost = m_cost->text().trimmed().isEmpty()
                          ? std::optional<Money>(Money(0, currency))
                          : Money::parse(m_cost->text().trimmed(), currency, QLocale());
    if (!price) {
        showError(m_error, tr("\"%1\" is not a price.").arg(m_price->text()));
        m_price->setFocus();
        return;
    }
    if (!cost) {
        showError(m_error, tr("\"%1\" is not a cost price.").arg(m_cost->text()));
        m_cost->setFocus();
        return;
    }
    p.price = *price;
    p.cost = *cost;
    p.safetyStock = m_safety->value();
    p.active = m_active->isChecked();
    if (const auto errors = store.validate(p); !errors.isEmpty()) {
        showError(m_error, errors.first().message);
        return;
    }
    try {
        m_savedId = CatalogueStore(m_db, m_session).saveProduct(p);
    } catch (const DocketError& e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------- stock change

StockChangeDialog::StockChangeDialog(QSqlDatabase db, Session session, const Product& product,
                                     Mode mode, qint64 warehouseId, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session)), m_product(product),
      m_mode(mode)
{
    setObjectName(QStringLiteral("stockChangeDialog"));
    switch (mode) {
    case Mode::Receive:
        setWindowTitle(tr("Receive %1").arg(product.sku));
        break;
    case Mode::Adjust:
        setWindowTitle(tr("Correct the Stock of %1").arg(product.sku));
        break;
    case Mode::WriteOff:
        setWindowTitle(tr("Write Off %1").arg(product.sku));
        break;
    }
    auto* what = new QLabel(QStringLiteral("<b>%1</b> — %2")
                                .arg(product.sku.toHtmlEscaped(), product.name.toHtmlEscaped()),
                            this);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("stockWarehouse"));
    try {
        for (const Warehouse& w : CatalogueStore(m_db, m_session).warehouses())
            if (w.active)
                m_warehouse->addItem(QStringLiteral("%1 — %2").arg(w.code, w.name), w.id);
    } catch (const DocketError&) {
    }
    if (warehouseId) {
        const int i = m_warehouse->findData(warehouseId);
        if (i >= 0)
            m_warehouse->setCurrentIndex(i);
    }
    m_level = new QLabel(this);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("stockQuantity"));
    m_quantity->setRange(mode == Mode::Adjust ? 0 : 1, 1000000000);
    m_quantity->setGroupSeparatorShown(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("stockReason"));
    m_reason->setPlaceholderText(mode == Mode::Receive  ? tr("Delivery note or purchase order")
                                 : mode == Mode::Adjust ? tr("Why the stock is corrected")
                                                        : tr("Damaged, lost, expired…"));
    m_error = form::errorLabel(this);
    auto* f = new QFormLayout;
    f->addRow(what);
    f->addRow(tr("&Warehouse:"), m_warehouse);
    f->addRow(QString(), m_level);
    f->addRow(mode == Mode::Adjust ? tr("&On hand is now:") : tr("&Quantity:"), m_quantity);
    f->addRow(mode == Mode::Receive ? tr("&Note:") : tr("&Reason:"), m_reason);
    auto* v = new QVBoxLayout(this);
    v->addLayout(f);
    v->addWidget(m_error);
    v->addWidget(form::acceptCancelButtons(this, mode == Mode::Receive  ? tr("Receive")
                                                 : mode == Mode::Adjust ? tr("Correct")
                                                                        : tr("Write Off")));
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, &StockChangeDialog::showLevel);
    showLevel();
    setMinimumWidth(440);
}

void StockChangeDialog::showLevel()
{
    const qint64 w = m_warehouse->currentData().toLongLong();
    if (!w) {
        m_level->setText(tr("There is no active warehouse yet: add one under Warehouses."));
        return;
    }
    try {
        const StockLevel l = StockStore(m_db, m_session).level(m_product.id, w);
        m_level->setText(tr("%L1 on hand, %L2 reserved, %L3 available")
                             .arg(l.onHand)
                             .arg(l.reserved)
                             .arg(l.available()));
        if (m_mode == Mode::Adjust)
            m_quantity->setValue(int(std::min<qint64>(l.onHand, 1000000000)));
    } catch (const DocketError& e) {
        m_level->setText(e.message());
    }
}

void StockChangeDialog::accept()
{
    const qint64 w = m_warehouse->currentData().toLongLong();
    if (!w) {
        showError(m_error, tr("Choose a warehouse."));
        return;
    }
    StockStore st(m_db, m_session);
    try {
        switch (m_mode) {
        case Mode::Receive:
            st.receive({{m_product.id, w, m_quantity->value()}}, m_reason->text());
            break;
        case Mode::Adjust:
            st.adjust(m_product.id, w, m_quantity->value(), m_reason->text());
            break;
        case Mode::WriteOff:
            st.writeOff(m_product.id, w, m_quantity->value(), m_reason->text());
            break;
        }
    } catch (const DocketError& e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------- import

ImportProductsDialog::ImportProductsDialog(QSqlDatabase db, Session session, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("importProductsDialog"));
    setWindowTitle(tr("Import Products"));
    auto* intro = new QLabel(tr("A CSV file in UTF-8 with the header <tt>%1</tt>. Prices like "
                                "12.50; active is yes or no. Existing SKUs are updated, new ones "
                                "added — all rows or none.")
                                 .arg(CatalogueStore::csvHeader()),
                             this);
    intro->setWordWrap(true);
    m_file = new QLabel(tr("No file chosen."), this);
    auto* choose = new QPushButton(tr("&Choose File…"), this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = stocktables::table(
        this, {tr("Line"), tr("SKU"), tr("Name"), tr("Price"), tr("What happens")},
        QStringLiteral("importPreview"));
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_error = form::errorLabel(this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(choose);
    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addLayout(row);
    v->addWidget(m_summary);
    v->addWidget(m_table, 1);
    v->addWidget(m_error);
    v->addWidget(form::acceptCancelButtons(this, tr("Import"), &m_import));
    m_import->setEnabled(false);
    connect(choose, &QPushButton::clicked, this, &ImportProductsDialog::chooseFile);
    resize(760, 480);
}

void ImportProductsDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Products"), settings::exportFolder.value(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportProductsDialog::loadFile(const QString& path)
{
    m_rows.clear();
    m_table->setRowCount(0);
    m_import->setEnabled(false);
    showError(m_error, {});
    m_file->setText(QFileInfo(path).fileName());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(m_error, tr("Cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    try {
        m_rows = CatalogueStore(m_db, m_session).previewImport(f.readAll());
    } catch (const DocketError& e) {
        m_summary->clear();
        showError(m_error, e.message());
        return false;
    }
    int bad = 0;
    int fresh = 0;
    int changed = 0;
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const auto& row = m_rows[r];
        QString what;
        if (!row.error.isEmpty()) {
            what = row.error;
            ++bad;
        } else if (row.isNew) {
            what = tr("added");
            ++fresh;
        } else if (row.changes) {
            what = tr("changed");
            ++changed;
        } else {
            what = tr("unchanged");
        }
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        m_table->setItem(r, 1, new QTableWidgetItem(row.product.sku));
        m_table->setItem(r, 2, new QTableWidgetItem(row.product.name));
        m_table->setItem(
            r, 3,
            new QTableWidgetItem(row.error.isEmpty() ? row.product.price.toString() : QString()));
        auto* item = new QTableWidgetItem(what);
        if (!row.error.isEmpty())
            item->setForeground(QColor(0xBF, 0x36, 0x1B));
        m_table->setItem(r, 4, item);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    if (bad) {
        m_summary->setText(tr("%n row(s) have problems (in red); fix the file and choose it "
                              "again. Nothing is imported while any row has one.",
                              nullptr, bad));
    } else {
        m_summary->setText(tr("%L1 products to add, %L2 to change, %L3 unchanged.")
                               .arg(fresh)
                               .arg(changed)
                               .arg(m_rows.size() - fresh - changed));
        m_import->setEnabled(fresh + changed > 0);
    }
    return bad == 0;
}

void ImportProductsDialog::accept()
{
    try {
        m_imported = CatalogueStore(m_db, m_session).commitImport(m_rows);
    } catch (const DocketError& e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------- warehouses

WarehouseDialog::WarehouseDialog(QSqlDatabase db, Session session, const Warehouse& warehouse,
                                 QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session)), m_warehouse(warehouse)
{
    setObjectName(QStringLiteral("warehouseDialog"));
    setWindowTitle(warehouse.id ? tr("Edit Warehouse %1").arg(warehouse.code)
                                : tr("New Warehouse"));
    m_code = new QLineEdit(warehouse.code, this);
    m_code->setObjectName(QStringLiteral("warehouseCode"));
    m_code->setPlaceholderText(tr("e.g. HAM"));
    m_name = new QLineEdit(warehouse.name, this);
    m_name->setObjectName(QStringLiteral("warehouseName"));
    m_address = new QPlainTextEdit(warehouse.address, this);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().height() * 5);
    m_active = new QCheckBox(tr("In use"), this);
    m_active->setChecked(warehouse.id == 0 || warehouse.active);
    m_error = form::errorLabel(this);
    auto* f = new QFormLayout;
    f->addRow(tr("&Code:"), m_code);
    f->addRow(tr("&Name:"), m_name);
    f->addRow(tr("&Address:"), m_address);
    f->addRow(tr("Active:"), m_active);
    auto* v = new QVBoxLayout(this);
    v->addLayout(f);
    v->addWidget(m_error);
    v->addWidget(form::acceptCancelButtons(this, warehouse.id ? tr("Save") : tr("Add Warehouse")));
    setMinimumWidth(420);
}

void WarehouseDialog::accept()
{
    Warehouse w = m_warehouse;
    w.code = m_code->text();
    w.name = m_name->text();
    w.address = m_address->toPlainText();
    w.active = m_active->isChecked();
    if (const auto errors = CatalogueStore::validate(w); !errors.isEmpty()) {
        showError(m_error, errors.first().message);
        return;
    }
    try {
        CatalogueStore(m_db, m_session).saveWarehouse(w);
    } catch (const DocketError& e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

WarehousesDialog::WarehousesDialog(QSqlDatabase db, Session session, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("warehousesDialog"));
    setWindowTitle(tr("Warehouses"));
    const bool may = m_session.can(Permission::ManageCatalogue);
    m_table = stocktables::table(this, {tr("Code"), tr("Name"), tr("Address"), tr("Status")},
                                 QStringLiteral("warehouseTable"));
    m_table->setObjectName(QStringLiteral("warehousesTable"));
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("&New Warehouse…"), this);
    add->setObjectName(QStringLiteral("newWarehouse"));
    auto* edit = new QPushButton(tr("&Edit…"), this);
    add->setVisible(may);
    edit->setVisible(may);
    auto* channelsTitle = new QLabel(tr("<b>Where each sales channel's orders reserve and "
                                        "ship from</b>"),
                                     this);
    auto* channelsHint = new QLabel(tr("A channel without a warehouse does not track stock: its "
                                       "orders reserve nothing and are never backordered."),
                                    this);
    channelsHint->setWordWrap(true);
    m_channels = new QWidget(this);
    m_error = form::errorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(add);
    row->addWidget(edit);
    auto* v = new QVBoxLayout(this);
    v->addWidget(m_table, 1);
    v->addLayout(row);
    v->addSpacing(8);
    v->addWidget(channelsTitle);
    v->addWidget(channelsHint);
    v->addWidget(m_channels);
    v->addWidget(m_error);
    v->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] { editWarehouse(0); });
    connect(edit, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r >= 0)
            editWarehouse(m_table->item(r, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this, may](int r) {
        if (may)
            editWarehouse(m_table->item(r, 0)->data(Qt::UserRole).toLongLong());
    });
    reload();
    resize(720, 520);
}

void WarehousesDialog::reload()
{
    CatalogueStore cat(m_db, m_session);
    QList<Warehouse> all;
    QMap<QString, qint64> channels;
    try {
        all = cat.warehouses();
        channels = cat.channelWarehouses();
    } catch (const DocketError& e) {
        showError(m_error, e.message());
        return;
    }
    m_table->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const Warehouse& w = all[r];
        auto* code = new QTableWidgetItem(w.code);
        code->setData(Qt::UserRole, w.id);
        m_table->setItem(r, 0, code);
        m_table->setItem(r, 1, new QTableWidgetItem(w.name));
        m_table->setItem(r, 2,
                         new QTableWidgetItem(
                             QString(w.address).replace(QLatin1Char('\n'), QStringLiteral(", "))));
        m_table->setItem(r, 3, new QTableWidgetItem(w.active ? tr("active") : tr("inactive")));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    delete m_channels->layout();
    qDeleteAll(m_channels->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    auto* f = new QFormLayout(m_channels);
    f->setContentsMargins(0, 0, 0, 0);
    const bool may = m_session.can(Permission::ManageCatalogue);
    for (const QString& ch : channel::codes()) {
        auto* box = new QComboBox(m_channels);
        box->setObjectName(QStringLiteral("channelWarehouse_") + ch);
        box->addItem(tr("No stock tracking"), 0);
        for (const Warehouse& w : all)
            if (w.active || channels.value(ch) == w.id)
                box->addItem(QStringLiteral("%1 — %2").arg(w.code, w.name), w.id);
        box->setCurrentIndex(std::max(0, box->findData(channels.value(ch, 0))));
        box->setEnabled(may);
        connect(box, &QComboBox::activated, this,
                [this, ch, box] { channelChosen(ch, box->currentData().toLongLong()); });
        f->addRow(channel::label(ch) + QLatin1Char(':'), box);
    }
}

void WarehousesDialog::editWarehouse(qint64 id)
{
    Warehouse w;
    if (id) {
        try {
            w = CatalogueStore(m_db, m_session).warehouse(id);
        } catch (const DocketError& e) {
            showError(m_error, e.message());
            return;
        }
    }
    WarehouseDialog dialog(m_db, m_session, w, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
}

void WarehousesDialog::channelChosen(const QString& ch, qint64 warehouseId)
{
    try {
        CatalogueStore(m_db, m_session).setChannelWarehouse(ch, warehouseId);
        showError(m_error, {});
        m_changed = true;
    } catch (const DocketError& e) {
        showError(m_error, e.message());
    }
    reload();
}

} // namespace docket
