#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/analyticsstore.h"

#include <QWidget>
#include <memory>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QMenu;
class QToolButton;

namespace docket {

// The analytics page's controls (the twin of FilterBar on the orders page):
// the period (a preset or two dates), the granularity of the time charts, the
// comparison period, the channels and statuses, a state text (updating, a
// problem), Refresh and the Report menu. The period and the filters on one
// row, or the filters on a second row when the bar is too narrow for both.
// Emits changed() when the user changes a control, never while the page sets
// them (setQuery, followPreset).
class AnalyticsFilterBar : public QWidget
{
    Q_OBJECT
public:
    AnalyticsFilterBar(std::shared_ptr<const Database> db, Session session,
                       QWidget* parent = nullptr);

    // What the controls ask for (the period resolved to dates).
    AnalyticsQuery query() const;
    // Sets every control at once, without changed().
    void setQuery(const AnalyticsQuery& query);
    // Selects the default period (this year), with changed().
    void selectDefaultPeriod();
    // The current preset's dates as of now, without changed(): a named period
    // moves with the calendar ("today" after midnight) and "All time" with the
    // data. Does nothing on a custom range.
    void followPreset();

    Comparison comparison() const;
    // The comparison as the box shows it ("vs previous period").
    QString comparisonText() const;
    // "All channels", "Web shop, Marketplace", "3 statuses", ...
    QString channelsText() const;
    QString statusesText() const;
    // The text beside Refresh: updating, a problem, whose figures.
    void setState(const QString& text);
    void setStateToolTip(const QString& text);

    QComboBox* presetBox() const { return m_preset; }
    QComboBox* granularityBox() const { return m_granularity; }
    QComboBox* comparisonBox() const { return m_comparison; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

signals:
    void changed();
    void refreshRequested();
    void saveReportRequested();
    void printRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Dates of the selected preset as of today; false for a custom range.
    bool resolvePreset(int index);
    void applyPreset(int index);
    void schedule();
    void updateFilterButtons();
    void updateAutoLabel();
    // The controls on one row or two.
    void fitControls();

    std::shared_ptr<const Database> m_db;
    Session m_session;
    bool m_updating = false;

    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_granularity = nullptr;
    QComboBox* m_comparison = nullptr;
    QToolButton* m_channels = nullptr;
    QToolButton* m_statuses = nullptr;
    QMenu* m_channelMenu = nullptr;
    QMenu* m_statusMenu = nullptr;
    QLabel* m_state = nullptr;
    QToolButton* m_report = nullptr;
    QBoxLayout* m_barLayout = nullptr;
    QHBoxLayout* m_periodRow = nullptr;
    QHBoxLayout* m_filterRow = nullptr;
};

} // namespace docket
