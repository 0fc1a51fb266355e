#include "stockpage.h"

#include "formparts.h"
#include "stockanalytics.h"
#include "stocktables.h"

#include "domain/errors.h"
#include "i18n.h"
#include "settings.h"
#include "stores/cataloguestore.h"
#include "stores/stockstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

using stocktables::item;
using stocktables::number;
using stocktables::table;
using stocktables::when;

using stocktables::fillWarehouses;
using stocktables::showError;

StockPage::StockPage(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("stockPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("stockTabs"));
    m_tabs->addTab(buildStocktakes(), tr("&Stocktakes"));
    m_tabs->addTab(buildTransfers(), tr("&Transfers"));
    m_tabs->addTab(buildMovements(), tr("&Ledger"));
    if (m_session.can(Permission::ViewAnalytics)) {
        m_analytics = new StockAnalyticsView(m_db, m_session, this);
        m_tabs->addTab(m_analytics, tr("&Analytics"));
        connect(m_analytics, &StockAnalyticsView::statusMessage, this, &StockPage::statusMessage);
    }
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(12, 8, 12, 8);
    v->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &StockPage::refresh);
}

StockPage::~StockPage() = default;

void StockPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void StockPage::fail(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

void StockPage::refresh()
{
    if (!isVisible())
        return;
    if (m_analytics && m_tabs->currentWidget() == m_analytics) {
        m_analytics->reload();
        return;
    }
    switch (m_tabs->currentIndex()) {
    case 0:
        if (!m_countsEdited)
            reloadStocktakes();
        break;
    case 1:
        reloadTransfers();
        break;
    default:
        reloadMovements();
    }
}

// ---------------------------------------------------------------- stocktakes

QWidget* StockPage::buildStocktakes()
{
    auto* page = new QWidget(this);
    const bool may = m_session.can(Permission::AdjustStock);
    m_takes = table(page,
                    {tr("No."), tr("Warehouse"), tr("State"), tr("Counted"), tr("Started"),
                     tr("By"), tr("Note")},
                    QStringLiteral("stocktakeList"));
    m_takeLines = table(
        page,
        {tr("SKU"), tr("Name"), tr("Expected"), tr("Moved since"), tr("Counted"), tr("Variance")},
        QStringLiteral("stocktakeLines"));
    m_takeLines->horizontalHeaderItem(3)->setToolTip(
        tr("Units that came in or went out since the line was counted (or, uncounted, since the "
           "count started): they are not a variance"));
    m_takeLines->horizontalHeader()->setStretchLastSection(false);
    m_takeLines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_takeLines->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_takeSummary = new QLabel(page);
    m_takeSummary->setWordWrap(true);
    m_lineSearch = new QLineEdit(page);
    m_lineSearch->setPlaceholderText(tr("Find a SKU on the count"));
    m_lineSearch->setClearButtonEnabled(true);
    m_start = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("Start &Count…"), page);
    m_start->setObjectName(QStringLiteral("startStocktake"));
    m_import = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")),
                               tr("&Import Scanner File…"), page);
    m_import->setObjectName(QStringLiteral("importCounts"));
    m_saveCounts = new QPushButton(tr("&Save Counts"), page);
    m_saveCounts->setObjectName(QStringLiteral("saveCounts"));
    m_post = new QPushButton(tr("&Post Variances"), page);
    m_post->setObjectName(QStringLiteral("postStocktake"));
    m_cancelTake = new QPushButton(tr("Cancel Count"), page);
    m_cancelTake->setObjectName(QStringLiteral("cancelStocktake"));
    for (QPushButton* b : {m_start, m_import, m_saveCounts, m_post, m_cancelTake})
        b->setVisible(may);
    auto* top = new QHBoxLayout;
    top->addWidget(m_start);
    top->addStretch(1);
    auto* detailBar = new QHBoxLayout;
    detailBar->addWidget(m_lineSearch, 1);
    detailBar->addWidget(m_import);
    detailBar->addWidget(m_saveCounts);
    detailBar->addWidget(m_cancelTake);
    detailBar->addWidget(m_post);
    auto* detail = new QWidget(page);
    auto* dv = new QVBoxLayout(detail);
    dv->setContentsMargins(0, 0, 0, 0);
    dv->addWidget(m_takeSummary);
    dv->addLayout(detailBar);
    dv->addWidget(m_takeLines, 1);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_takes);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* v = new QVBoxLayout(page);
    v->addLayout(top);
    v->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, &StockPage::startStocktake);
    connect(m_import, &QPushButton::clicked, this, &StockPage::importCounts);
    connect(m_saveCounts, &QPushButton::clicked, this, &StockPage::saveCounts);
    connect(m_post, &QPushButton::clicked, this, &StockPage::postStocktake);
    connect(m_cancelTake, &QPushButton::clicked, this, &StockPage::cancelStocktake);
    connect(m_takes, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int previousRow) {
                if (row != previousRow)
                    showStocktake();
            });
    connect(m_takeLines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* i) {
        if (i->column() == 4 && !m_takeLines->signalsBlocked()) {
            m_countsEdited = true;
            m_saveCounts->setEnabled(true);
        }
    });
    connect(m_lineSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString t = text.trimmed().toUpper();
        for (int r = 0; r < m_takeLines->rowCount(); ++r)
            m_takeLines->setRowHidden(r,
                                      !t.isEmpty() && !m_takeLines->item(r, 0)->text().contains(t));
    });
    return page;
}

qint64 StockPage::currentStocktake() const
{
    const int r = m_takes->currentRow();
    return r >= 0 && m_takes->item(r, 0) ? m_takes->item(r, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void StockPage::reloadStocktakes()
{
    const qint64 current = currentStocktake();
    QList<Stocktake> all;
    try {
        all = StockStore(m_db->connection(), m_session).stocktakes();
    } catch (const DocketError& e) {
        m_takeSummary->setText(e.message());
        return;
    }
    const QSignalBlocker block(m_takes);
    m_takes->setRowCount(int(all.size()));
    int select = all.isEmpty() ? -1 : 0;
    for (int r = 0; r < all.size(); ++r) {
        const Stocktake& s = all[r];
        m_takes->setItem(r, 0, item(QString::number(s.id), s.id));
        m_takes->setItem(r, 1, item(s.warehouseCode));
        m_takes->setItem(r, 2, item(stocktakestate::labelForCode(s.state)));
        m_takes->setItem(r, 3, item(tr("%L1 of %L2").arg(s.counted).arg(s.lines)));
        m_takes->setItem(r, 4, item(when(s.startedAt)));
        m_takes->setItem(r, 5, item(s.startedBy));
        m_takes->setItem(r, 6, item(s.note));
        if (s.id == current)
            select = r;
    }
    m_takes->resizeColumnsToContents();
    m_takes->setCurrentCell(select, 0);
    showStocktake();
}

void StockPage::showStocktake()
{
    m_countsEdited = false;
    const qint64 id = currentStocktake();
    const QSignalBlocker block(m_takeLines);
    m_takeLines->setRowCount(0);
    const bool may = m_session.can(Permission::AdjustStock);
    if (!id) {
        m_takeSummary->setText(tr("No stocktake yet. Start a count for a warehouse: enter what is "
                                  "on the shelves by hand or import a scanner's file, then post "
                                  "the variances."));
        for (QPushButton* b : {m_import, m_saveCounts, m_post, m_cancelTake})
            b->setEnabled(false);
        return;
    }
    StockStore st(m_db->connection(), m_session);
    try {
        const Stocktake s = st.stocktake(id);
        const QList<StocktakeLine> lines = st.stocktakeLines(id);
        const bool counting = s.state == QLatin1String("counting");
        m_takeLines->setRowCount(int(lines.size()));
        qint64 up = 0;
        qint64 down = 0;
        for (int r = 0; r < lines.size(); ++r) {
            const StocktakeLine& l = lines[r];
            m_takeLines->setItem(r, 0, item(l.sku, l.productId));
            m_takeLines->setItem(r, 1, item(l.name));
            m_takeLines->setItem(r, 2, number(l.expected));
            m_takeLines->setItem(r, 3, number(l.movedSince(), true));
            auto* counted =
                new QTableWidgetItem(l.counted ? QString::number(*l.counted) : QString());
            counted->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!(counting && may))
                counted->setFlags(counted->flags() & ~Qt::ItemIsEditable);
            counted->setToolTip(counting ? tr("Type what is on the shelf") : QString());
            m_takeLines->setItem(r, 4, counted);
            QTableWidgetItem* variance = l.counted ? number(l.variance(), true) : item(QString());
            if (l.counted && l.variance() != 0)
                variance->setForeground(stocktables::shortColour());
            m_takeLines->setItem(r, 5, variance);
            if (l.variance() > 0)
                up += l.variance();
            else
                down -= l.variance();
        }
        m_takeLines->resizeColumnsToContents();
        m_takeLines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        QString text = tr("Stocktake %1 of %2 — %3. %L4 of %L5 lines counted.")
                           .arg(s.id)
                           .arg(s.warehouseCode, stocktakestate::labelForCode(s.state))
                           .arg(s.counted)
                           .arg(s.lines);
        if (s.counted)
            text += QLatin1Char(' ') +
                    tr("Posting adds %L1 and takes away %L2 units.").arg(up).arg(down);
        if (!counting && s.postedAt.isValid())
            text += QLatin1Char(' ') +
                    tr("%1 by %2 on %3.")
                        .arg(stocktakestate::labelForCode(s.state), s.postedBy, when(s.postedAt));
        m_takeSummary->setText(text);
        m_import->setEnabled(counting);
        m_saveCounts->setEnabled(false);
        m_post->setEnabled(counting && s.counted > 0);
        m_cancelTake->setEnabled(counting);
    } catch (const DocketError& e) {
        m_takeSummary->setText(e.message());
    }
    m_lineSearch->clear();
}

bool StockPage::confirmUnsavedCounts()
{
    if (!m_countsEdited)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Counts"), tr("Some counts you typed are not saved yet. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        saveCounts();
    m_countsEdited = false;
    return true;
}

void StockPage::startStocktake()
{
    StartStocktakeDialog dialog(m_db->connection(), m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tabs->setCurrentIndex(0);
    reloadStocktakes();
    for (int r = 0; r < m_takes->rowCount(); ++r)
        if (m_takes->item(r, 0)->data(Qt::UserRole).toLongLong() == dialog.startedId())
            m_takes->setCurrentCell(r, 0);
    emit statusMessage(tr("Stocktake %1 started.").arg(dialog.startedId()));
}

void StockPage::saveCounts()
{
    const qint64 id = currentStocktake();
    static const QRegularExpression whole(QStringLiteral("^(0|[1-9][0-9]{0,9})$"));
    QList<QPair<QString, qint64>> counts;
    for (int r = 0; r < m_takeLines->rowCount(); ++r) {
        const QString text = m_takeLines->item(r, 4)->text().trimmed();
        if (text.isEmpty())
            continue;
        if (!whole.match(text).hasMatch()) {
            fail(tr("Cannot Save the Counts"), tr("%1: \"%2\" is not a whole number of at least 0.")
                                                   .arg(m_takeLines->item(r, 0)->text(), text));
            m_takeLines->setCurrentCell(r, 4);
            return;
        }
        counts.push_back({m_takeLines->item(r, 0)->text(), text.toLongLong()});
    }
    if (counts.isEmpty())
        return;
    try {
        const int n = StockStore(m_db->connection(), m_session).enterCounts(id, counts);
        emit statusMessage(tr("Saved %Ln count(s).", nullptr, n));
    } catch (const DocketError& e) {
        fail(tr("Cannot Save the Counts"), e.message());
        return;
    }
    m_countsEdited = false;
    reloadStocktakes();
}

void StockPage::importCounts()
{
    const qint64 id = currentStocktake();
    if (!id || !confirmUnsavedCounts())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Counted Quantities"),
                                                      settings::exportFolder.value(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot Import the Counts"), tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    try {
        StockStore st(m_db->connection(), m_session);
        const int n = st.enterCounts(id, st.readCountFile(id, f.readAll()));
        emit statusMessage(tr("Imported %Ln count(s).", nullptr, n));
    } catch (const DocketError& e) {
        fail(tr("Cannot Import the Counts"), e.message());
        return;
    }
    reloadStocktakes();
}

void StockPage::postStocktake()
{
    const qint64 id = currentStocktake();
    if (!id || !confirmUnsavedCounts())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Post the Stocktake"),
        tr("Post the variances of stocktake %1 to the stock? Each counted line becomes a "
           "movement; lines not counted stay as they are. This cannot be undone, only corrected "
           "by another count.")
            .arg(id));
    if (answer != QMessageBox::Yes)
        return;
    try {
        const int n = StockStore(m_db->connection(), m_session).postStocktake(id);
        emit statusMessage(
            tr("Stocktake %1 posted: %Ln line(s) changed the stock.", nullptr, n).arg(id));
        emit stockChanged();
    } catch (const DocketError& e) {
        fail(tr("Cannot Post the Stocktake"), e.message());
    }
    reloadStocktakes();
}

void StockPage::cancelStocktake()
{
    const qint64 id = currentStocktake();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Cancel the Count"),
                              tr("Cancel stocktake %1? Its counts are kept for reference but "
                                 "never posted.")
                                  .arg(id)) != QMessageBox::Yes)
        return;
    try {
        StockStore(m_db->connection(), m_session).cancelStocktake(id);
    } catch (const DocketError& e) {
        fail(tr("Cannot Cancel the Count"), e.message());
    }
    m_countsEdited = false;
    reloadStocktakes();
}

// ---------------------------------------------------------------- ledger

QWidget* StockPage::buildMovements()
{
    auto* page = new QWidget(this);
    m_movementSku = new QLineEdit(page);
    m_movementSku->setPlaceholderText(tr("SKU"));
    m_movementSku->setClearButtonEnabled(true);
    m_movementKind = new QComboBox(page);
    m_movementKind->addItem(tr("Every kind"), QString());
    for (MovementKind k : movement::all())
        m_movementKind->addItem(movement::label(k), movement::code(k));
    m_movements = table(page,
                        {tr("When"), tr("Who"), tr("What"), tr("SKU"), tr("Warehouse"),
                         tr("On hand"), tr("Reserved"), tr("At cost"), tr("For"), tr("Note")},
                        QStringLiteral("movementTable"));
    auto* hint = new QLabel(tr("Every change of stock is a row here; the figures on the "
                               "catalogue page are their sums. The latest 500 are shown."),
                            page);
    hint->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_movementSku, 1);
    bar->addWidget(m_movementKind);
    auto* v = new QVBoxLayout(page);
    v->addWidget(hint);
    v->addLayout(bar);
    v->addWidget(m_movements, 1);
    connect(m_movementSku, &QLineEdit::editingFinished, this, &StockPage::reloadMovements);
    connect(m_movementKind, &QComboBox::currentIndexChanged, this, &StockPage::reloadMovements);
    return page;
}

void StockPage::reloadMovements()
{
    MovementFilter f;
    try {
        if (!m_movementSku->text().trimmed().isEmpty()) {
            const auto p =
                CatalogueStore(m_db->connection(), m_session).bySku(m_movementSku->text());
            if (!p) {
                m_movements->setRowCount(0);
                emit statusMessage(tr("There is no product with the SKU %1.")
                                       .arg(m_movementSku->text().trimmed().toUpper()));
                return;
            }
            f.productId = p->id;
        }
        if (!m_movementKind->currentData().toString().isEmpty())
            f.kinds << m_movementKind->currentData().toString();
        const QList<StockMovement> all =
            StockStore(m_db->connection(), m_session).movements(f, 500);
        m_movements->setRowCount(int(all.size()));
        for (int r = 0; r < all.size(); ++r) {
            const StockMovement& m = all[r];
            m_movements->setItem(r, 0, item(when(m.at)));
            m_movements->setItem(r, 1, item(m.actor));
            m_movements->setItem(r, 2, item(movement::labelForCode(m.kind)));
            m_movements->setItem(r, 3, item(m.sku));
            m_movements->setItem(r, 4, item(m.warehouseCode));
            m_movements->setItem(r, 5, number(m.onHandDelta, true));
            m_movements->setItem(r, 6, number(m.reservedDelta, true));
            QString what;
            if (!m.orderNumber.isEmpty())
                what = tr("order %1").arg(m.orderNumber);
            else if (m.stocktakeId)
                what = tr("stocktake %1").arg(m.stocktakeId);
            else if (m.transferId)
                what = tr("transfer %1").arg(m.transferId);
            else if (m.returnId)
                what = tr("return %1").arg(m.returnId);
            QTableWidgetItem* value = item(m.value.toString(QLocale()));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_movements->setItem(r, 7, value);
            m_movements->setItem(r, 8, item(what));
            m_movements->setItem(r, 9, item(m.note));
        }
        m_movements->resizeColumnsToContents();
    } catch (const DocketError& e) {
        emit statusMessage(e.message(), 8000);
    }
}

// ---------------------------------------------------------------- dialogs

StartStocktakeDialog::StartStocktakeDialog(QSqlDatabase db, Session session, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("startStocktakeDialog"));
    setWindowTitle(tr("Start a Stocktake"));
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("stocktakeWarehouse"));
    fillWarehouses(m_warehouse, m_db, m_session);
    m_skus = new QLineEdit(this);
    m_skus->setObjectName(QStringLiteral("stocktakeSkus"));
    m_skus->setPlaceholderText(tr("Empty: every product stocked there"));
    m_skus->setToolTip(tr("SKUs separated by commas or spaces, to count only those"));
    m_note = new QLineEdit(this);
    m_error = form::errorLabel(this);
    auto* f = new QFormLayout;
    f->addRow(tr("&Warehouse:"), m_warehouse);
    f->addRow(tr("Only these &SKUs:"), m_skus);
    f->addRow(tr("&Note:"), m_note);
    auto* v = new QVBoxLayout(this);
    v->addLayout(f);
    v->addWidget(m_error);
    v->addWidget(form::acceptCancelButtons(this, tr("Start Count")));
    setMinimumWidth(460);
}

void StartStocktakeDialog::accept()
{
    const qint64 w = m_warehouse->currentData().toLongLong();
    if (!w) {
        showError(m_error, tr("Choose a warehouse."));
        return;
    }
    const QStringList skus =
        m_skus->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    try {
        m_started = StockStore(m_db, m_session).startStocktake(w, skus, m_note->text());
    } catch (const DocketError& e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace docket
