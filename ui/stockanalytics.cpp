#include "stockanalytics.h"

#include "analyticswidgets.h"
#include "stocktables.h"

#include "domain/errors.h"
#include "domain/returns.h"
#include "stores/inventoryanalytics.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

using stocktables::item;
using stocktables::number;
using stocktables::table;

namespace {

QTableWidgetItem* figure(const QString& text)
{
    QTableWidgetItem* it = item(text);
    it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

QString decimal(std::optional<double> v, int decimals)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("—");
}

QWidget* titled(QLabel* title, QTableWidget* table, QWidget* parent)
{
    auto* w = new QWidget(parent);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 4, 0, 0);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    v->addWidget(title);
    v->addWidget(table, 1);
    return w;
}

} // namespace

StockAnalyticsView::StockAnalyticsView(std::shared_ptr<const Database> db, Session session,
                                       QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("stockAnalytics"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("analyticsPeriod"));
    for (int days : {7, 30, 90, 365})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_period->setCurrentIndex(1);
    m_productOrder = new QComboBox(this);
    m_productOrder->setObjectName(QStringLiteral("analyticsProductOrder"));
    m_productOrder->addItem(tr("Highest stock value"), int(InventoryAnalytics::Order::StockValue));
    m_productOrder->addItem(tr("Fewest days of cover"),
                            int(InventoryAnalytics::Order::DaysOfCover));
    m_productOrder->addItem(tr("Most lost to backorders"),
                            int(InventoryAnalytics::Order::LostSales));
    m_productOrder->addItem(tr("Most shipped"), int(InventoryAnalytics::Order::Shipped));
    m_returnsBy = new QComboBox(this);
    m_returnsBy->setObjectName(QStringLiteral("analyticsReturnsBy"));
    m_returnsBy->addItem(tr("By product"), int(InventoryAnalytics::By::Product));
    m_returnsBy->addItem(tr("By channel"), int(InventoryAnalytics::By::Channel));
    auto* refresh =
        new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("analyticsRefresh"));

    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* orderLabel = new QLabel(tr("P&roducts:"), this);
    orderLabel->setBuddy(m_productOrder);
    auto* byLabel = new QLabel(tr("Ret&urns:"), this);
    byLabel->setBuddy(m_returnsBy);
    auto* bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(orderLabel);
    bar->addWidget(m_productOrder);
    bar->addSpacing(12);
    bar->addWidget(byLabel);
    bar->addWidget(m_returnsBy);
    bar->addStretch(1);
    bar->addWidget(refresh);

    m_value = new KpiCard(tr("Stock at cost"), this);
    m_shipped = new KpiCard(tr("Shipped at cost"), this);
    m_turnover = new KpiCard(tr("Turnover"), this);
    m_cover = new KpiCard(tr("Days of cover"), this);
    m_lost = new KpiCard(tr("Lost to backorders, at cost"), this);
    m_turnover->setToolTip(tr("What shipped in the period at cost, divided by the stock's value "
                              "at cost now"));
    m_cover->setToolTip(tr("How many days the units on hand last at the period's shipping rate"));
    auto* cards = new QHBoxLayout;
    cards->setSpacing(8);
    for (KpiCard* c : {m_value, m_shipped, m_turnover, m_cover, m_lost})
        cards->addWidget(c);

    m_products = table(this,
                       {tr("SKU"), tr("Name"), tr("On hand"), tr("At cost"), tr("Shipped"),
                        tr("Shipped at cost"), tr("Turnover"), tr("Days of cover"),
                        tr("Lost units"), tr("Lost at cost")},
                       QStringLiteral("analyticsProducts"));
    m_returns = table(this,
                      {tr("Product or channel"), tr("Name"), tr("Shipped"), tr("Returned"),
                       tr("Return rate"), tr("Top reason")},
                      QStringLiteral("analyticsReturns"));
    for (QTableWidget* t : {m_products, m_returns}) {
        t->horizontalHeader()->setStretchLastSection(false);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    }
    m_productsTitle = new QLabel(this);
    m_returnsTitle = new QLabel(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(titled(m_productsTitle, m_products, split));
    split->addWidget(titled(m_returnsTitle, m_returns, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* hint = new QLabel(tr("Stock value and units on hand are now; the rest is the chosen "
                               "period, from the ledger's daily summaries (\"docketctl stock "
                               "verify\" proves them equal to the ledger). Days of cover: the "
                               "units on hand at the period's shipping rate."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* v = new QVBoxLayout(this);
    v->addLayout(bar);
    v->addWidget(m_error);
    v->addLayout(cards);
    v->addWidget(split, 1);
    v->addWidget(hint);

    connect(m_period, &QComboBox::currentIndexChanged, this, &StockAnalyticsView::reload);
    connect(m_productOrder, &QComboBox::currentIndexChanged, this, &StockAnalyticsView::reload);
    connect(m_returnsBy, &QComboBox::currentIndexChanged, this, &StockAnalyticsView::reload);
    connect(refresh, &QPushButton::clicked, this, &StockAnalyticsView::reload);
}

QList<KpiCard*> StockAnalyticsView::cards() const
{
    return {m_value, m_shipped, m_turnover, m_cover, m_lost};
}

void StockAnalyticsView::reload()
{
    const int days = m_period->currentData().toInt();
    const auto [from, to] = InventoryAnalytics::lastDays(days, m_clock());
    const auto by = InventoryAnalytics::By(m_returnsBy->currentData().toInt());
    const auto order = InventoryAnalytics::Order(m_productOrder->currentData().toInt());
    constexpr int kShown = 100;
    const QLocale locale;
    try {
        const InventoryAnalytics an(m_db->connection(), m_session);
        const InventoryFigures f = an.figures(from, to);
        const QList<ProductStockFigures> products = an.productFigures(from, to, order, kShown);
        const qint64 productCount = an.productCount(from, to);
        const QList<ReturnRate> rates = an.returnRates(by, from, to, kShown);
        m_error->setVisible(false);

        m_value->setValue(
            f.stockValue.toString(locale),
            tr("%Ln unit(s) on hand", nullptr, int(std::min<qint64>(f.onHand, INT_MAX))),
            std::nullopt, {});
        m_shipped->setValue(
            f.shippedAtCost.toString(locale),
            tr("%Ln unit(s) shipped", nullptr, int(std::min<qint64>(f.shippedUnits, INT_MAX))),
            std::nullopt, {});
        m_turnover->setValue(decimal(f.turnover(), 2), tr("cost ÷ value"), std::nullopt, {});
        m_cover->setValue(decimal(f.daysOfCover(days), 1), tr("at this pace"), std::nullopt, {});
        m_lost->setValue(
            f.lostSales.toString(locale),
            tr("%Ln unit(s) short", nullptr, int(std::min<qint64>(f.lostUnits, INT_MAX))),
            std::nullopt, {});

        m_productsTitle->setText(productCount > products.size()
                                     ? tr("Stock by product: the first %L1 of %L2")
                                           .arg(products.size())
                                           .arg(productCount)
                                     : tr("Stock by product (%L1)").arg(productCount));
        m_products->setSortingEnabled(false);
        m_products->setRowCount(int(products.size()));
        for (int r = 0; r < products.size(); ++r) {
            const ProductStockFigures& p = products[r];
            m_products->setItem(r, 0, item(p.sku, p.productId));
            m_products->setItem(r, 1, item(p.name));
            m_products->setItem(r, 2, number(p.onHand));
            m_products->setItem(r, 3, figure(p.stockValue.toString(locale)));
            m_products->setItem(r, 4, number(p.shippedUnits));
            m_products->setItem(r, 5, figure(p.shippedAtCost.toString(locale)));
            m_products->setItem(r, 6, figure(decimal(p.turnover(), 2)));
            m_products->setItem(r, 7, figure(decimal(p.daysOfCover(days), 1)));
            m_products->setItem(r, 8, number(p.lostUnits));
            m_products->setItem(r, 9, figure(p.lostSales.toString(locale)));
            if (p.lostUnits > 0)
                for (int c : {8, 9})
                    m_products->item(r, c)->setForeground(stocktables::shortColour());
        }

        m_returnsTitle->setText(by == InventoryAnalytics::By::Product
                                    ? tr("Returns by product, highest rate first")
                                    : tr("Returns by channel, highest rate first"));
        m_returns->horizontalHeaderItem(0)->setText(
            by == InventoryAnalytics::By::Product ? tr("SKU") : tr("Channel"));
        m_returns->setColumnHidden(1, by == InventoryAnalytics::By::Channel);
        // The name takes the room by product; the reason by channel.
        m_returns->horizontalHeader()->setSectionResizeMode(5, by == InventoryAnalytics::By::Channel
                                                                   ? QHeaderView::Stretch
                                                                   : QHeaderView::ResizeToContents);
        m_returns->setRowCount(int(rates.size()));
        for (int r = 0; r < rates.size(); ++r) {
            const ReturnRate& rate = rates[r];
            m_returns->setItem(r, 0, item(rate.key));
            m_returns->setItem(r, 1, item(rate.name));
            m_returns->setItem(r, 2, number(rate.shipped));
            m_returns->setItem(r, 3, number(rate.returned));
            const auto share = rate.rate();
            m_returns->setItem(r, 4,
                               figure(share ? tr("%1 %").arg(locale.toString(*share * 100, 'f', 1))
                                            : QStringLiteral("—")));
            m_returns->setItem(r, 5,
                               item(rate.topReason.isEmpty()
                                        ? QString()
                                        : tr("%1 (%Ln unit(s))", nullptr,
                                             int(std::min<qint64>(rate.topReasonUnits, INT_MAX)))
                                              .arg(returnreason::labelForCode(rate.topReason))));
        }
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->setVisible(true);
        m_products->setRowCount(0);
        m_returns->setRowCount(0);
        emit statusMessage(e.message());
    }
}

} // namespace docket
