#pragma once

#include "stores/userstore.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace docket {

// Administration → Security Log: sign-ins, lockouts and changes of rights,
// newest first, filtered by user (typing is debounced), kind of event and
// days. Values and notes show in the user's language, the stored text in
// their tooltip.
class SecurityLogView : public QWidget
{
    Q_OBJECT
public:
    // The newest this many events are shown.
    static constexpr int kShown = 1000;

    explicit SecurityLogView(UserStore& store, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_log; }
    QLineEdit* userFilter() const { return m_logUser; }
    QComboBox* kindFilter() const { return m_logKind; }

public slots:
    void reload();

private:
    UserStore& m_store;
    QLineEdit* m_logUser;
    QComboBox* m_logKind;
    QDateEdit* m_logFrom;
    QDateEdit* m_logTo;
    QTableWidget* m_log;
    QLabel* m_logInfo;
    QTimer* m_logTimer;
};

} // namespace docket
