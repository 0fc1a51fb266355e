#pragma once

#include "domain/fulfilment.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace docket {

// One of the shop's lists in the settings window (shop settings
// payments.methods and shipping.carriers) as a table, one row an entry:
//
//  - payment methods: code, label shown to clerks (empty: the built-in name,
//    translated, shown in grey), paid on delivery, active;
//  - carriers: code, name, tracking-number pattern (checked as typed: an
//    invalid regular expression turns the cell red and says why), tracking
//    link with {number}.
//
// Add, Remove, Move up, Move down. The rows become the stored text through
// fulfilment::paymentMethodsText / carriersText, which check it exactly as
// `docketctl settings set` does; showProblem() puts the cursor on the row
// and field a refusal names. Read-only: no editing, no buttons.
class ShopListEditor : public QWidget
{
    Q_OBJECT
public:
    enum class List { PaymentMethods, Carriers };
    enum PaymentColumn { MethodCode, MethodLabel, MethodOnDelivery, MethodActive };
    enum CarrierColumn { CarrierCode, CarrierName, CarrierPattern, CarrierLink };

    ShopListEditor(List list, QWidget* parent = nullptr);

    // Fills the table from a stored text.
    void setText(const QString& stored);
    // The text the rows make, or the first problem (naming the row).
    fulfilment::ListText listText() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Selects the cell of a problem (ListText::row, ::field) and focuses it.
    void showProblem(int row, int field);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addRow();
    void removeRows();
    void move(int by);
    void insertRow(int row, const QStringList& texts, bool onDelivery, bool active);
    void checkPattern(int row);
    void updateButtons();
    void fitHeight();
    QList<PaymentMethod> methods() const;
    QList<Carrier> carriers() const;

    List m_list;
    bool m_readOnly = false;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace docket
