#pragma once

#include "stores/orderfilter.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;
class QCheckBox;
class QHBoxLayout;

namespace docket {

// The order search bar: number, date range with presets, status, channel,
// keyword, new-only and deadline toggles, and which orders (valid/invalid/all).
// Criteria its fields cannot show (several statuses or channels, shipping
// regions, products: what a click in analytics opens) appear as removable
// chips under the fields, so the list never silently widens.
// Emits filterChanged() debounced while typing; shows input problems next to
// the field instead of silently ignoring them.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    OrderFilter filter() const;
    void setFilter(const OrderFilter& filter);
    // The new-orders toggle shows the badge count.
    void setNewCount(qint64 count);
    // The list's count: exact, an estimate of it ("about 1,500,000"), or
    // (neither) the rows found so far while counting.
    void setResultCount(qint64 count, bool exact, bool loading, bool estimate = false);
    // "18 selected" beside the count (0: nothing said).
    void setSelectedCount(qint64 count);
    // The channels the channel box offers: those the user can see (a
    // channel-scoped clerk is offered only theirs). Empty: every channel.
    void setChannels(const QStringList& codes);
    QLabel* resultCountLabel() const { return m_count; }
    QLineEdit* numberEdit() const { return m_number; }
    QLineEdit* keywordEdit() const { return m_keyword; }
    QToolButton* newOnlyButton() const { return m_newOnly; }
    // The deadline toggle ("Overdue"); its menu picks past the deadline or
    // due within 24 h (OrderFilter::due).
    QToolButton* dueButton() const { return m_overdue; }
    QAction* pastDeadlineAction() const { return m_pastDeadline; }
    QAction* dueSoonAction() const { return m_dueSoon; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* presetBox() const { return m_preset; }
    // The removable criteria now shown (field name in property "field").
    QList<QToolButton*> chips() const;
    static constexpr int kDebounceMs = 250;

public slots:
    void focusSearch();
    void clear();

signals:
    void filterChanged(const docket::OrderFilter& filter);
    // Enter in the number field: open that order if the number is complete.
    void numberEntered(const QString& number);

private:
    void schedule();
    void emitNow();
    void applyPreset(int index);
    void showErrors(const QList<FieldError>& errors);
    void updateChips();
    void removeCriterion(const QString& field);
    void showDueKind();

    QLineEdit* m_number;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_useDates;
    QComboBox* m_status;
    QComboBox* m_channel;
    QLineEdit* m_keyword;
    QComboBox* m_validity;
    QToolButton* m_newOnly;
    QToolButton* m_overdue;
    QAction* m_pastDeadline;
    QAction* m_dueSoon;
    QToolButton* m_clear;
    QLabel* m_error;
    QLabel* m_count;
    QString m_countText;
    qint64 m_selected = 0;
    QWidget* m_chipRow;
    QHBoxLayout* m_chipLayout;
    // Criteria without a field of their own (see the class comment).
    QStringList m_statuses;
    QStringList m_channels;
    QStringList m_regions;
    QStringList m_skus;
    std::optional<CustomerKey> m_customer;
    QTimer m_debounce;
    bool m_updating = false;
    OrderFilter m_lastEmitted;
};

} // namespace docket
