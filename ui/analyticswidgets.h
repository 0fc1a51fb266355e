#pragma once

#include <QFrame>
#include <QString>
#include <functional>
#include <optional>

class QChart;
class QChartView;
class QCategoryAxis;
class QLabel;
class QToolButton;

namespace docket {

// One chart on the analytics page: a card with a title, the chart, and a menu
// to save the chart as PNG and its figures as CSV.
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    ChartPanel(const QString& title, const QString& fileStem, QWidget* parent = nullptr);

    QChart* chart() const;
    QChartView* view() const { return m_view; }
    QString title() const;
    void setSubtitle(const QString& text);
    // The figures behind the chart, as CSV (set by the page).
    void setCsvSource(std::function<QString()> csv) { m_csv = std::move(csv); }
    QString csv() const { return m_csv ? m_csv() : QString(); }

    // The chart as an image at `scale` times its on-screen size.
    QImage image(qreal scale = 2.0) const;
    bool saveImage(const QString& path, QString* error = nullptr) const;
    bool saveCsv(const QString& path, QString* error = nullptr) const;

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void askSaveImage();
    void askSaveCsv();

    QLabel* m_title;
    QLabel* m_subtitle;
    QToolButton* m_menuButton;
    QChartView* m_view;
    QString m_fileStem;
    std::function<QString()> m_csv;
};

// A key figure with its change against the comparison period.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QString& title, QWidget* parent = nullptr);

    // `change` e.g. "+12.3 %"; `good` colours it (nullopt: neutral).
    void setValue(const QString& value, const QString& change, std::optional<bool> good,
                  const QString& changeTooltip);
    // What the change is against ("vs previous period"); empty hides it.
    void setComparison(const QString& text);
    QString title() const;
    QString value() const;
    QString change() const;

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_change;
    QLabel* m_against;
};

// Value-axis labels in the user's locale: a QCategoryAxis with "nice" ticks
// from 0 to at least `max`, each labelled by `format`.
void setNiceValueAxis(QCategoryAxis* axis, double max, const std::function<QString(double)>& format,
                      int ticks = 5);

} // namespace docket
