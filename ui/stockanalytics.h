#pragma once

#include "db/database.h"
#include "domain/session.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace docket {

class KpiCard;

// The stock page's Analytics tab for managers (issue 17 item 8): stock value
// at cost, turnover, days of cover and sales lost to backorders over a chosen
// period, the same per product, and return rates with their top reason by
// product or by channel. Reads InventoryAnalytics (which checks the right);
// every figure in the user's locale.
class StockAnalyticsView : public QWidget
{
    Q_OBJECT
public:
    StockAnalyticsView(std::shared_ptr<const Database> db, Session session,
                       QWidget* parent = nullptr);

    // Seconds since the epoch "now" (tests fix it).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    QComboBox* periodBox() const { return m_period; }
    QComboBox* productOrderBox() const { return m_productOrder; }
    QComboBox* returnsByBox() const { return m_returnsBy; }
    QTableWidget* productTable() const { return m_products; }
    QTableWidget* returnTable() const { return m_returns; }
    QList<KpiCard*> cards() const;

public slots:
    void reload();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);

private:
    std::shared_ptr<const Database> m_db;
    Session m_session;
    std::function<qint64()> m_clock;
    QComboBox* m_period;
    QComboBox* m_productOrder;
    QComboBox* m_returnsBy;
    KpiCard* m_value;
    KpiCard* m_shipped;
    KpiCard* m_turnover;
    KpiCard* m_cover;
    KpiCard* m_lost;
    QLabel* m_productsTitle;
    QLabel* m_returnsTitle;
    QTableWidget* m_products;
    QTableWidget* m_returns;
    QLabel* m_error;
};

} // namespace docket
