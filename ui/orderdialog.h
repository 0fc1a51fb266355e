#pragma once

#include "domain/order.h"
#include "stores/orderfilter.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QDialogButtonBox;
class QPushButton;

namespace docket {

class OrderStore;

// One order: header, customer and address, lines with totals, and the audit
// timeline. Opening a new order marks it seen. Saving validates through the
// store (the same rules docketctl obeys) and reports problems by field.
class OrderDialog : public QDialog
{
    Q_OBJECT
public:
    // id 0 = a new order.
    OrderDialog(OrderStore& store, qint64 id, QWidget* parent = nullptr);
    ~OrderDialog() override;

    const Order& order() const { return m_order; }
    // The order as the form shows it now (for tests and saving).
    Order edited() const;
    // Parses the form; on success saves and returns true. Problems are shown.
    // When someone else saved the order meanwhile, OrderConflictDialog asks
    // whether to reload theirs or re-apply these edits on top (and save
    // again, asking again if it changed once more).
    bool save();

    QLineEdit* customerEdit() const { return m_customer; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* statusCombo() const { return m_status; }
    QTableWidget* linesTable() const { return m_lines; }
    QTreeWidget* historyTree() const { return m_history; }
    QLabel* errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    void load(const Order& o);
    void loadHistory();
    void addLine(const OrderLine& line = {});
    void updateTotal();
    bool readLines(QList<OrderLine>* lines, QString* error) const;
    void showProblem(const QString& field, const QString& message);
    void setEditable(bool headerEditable, bool statusEditable);
    // The stored order when its version is no longer `base`'s (someone else
    // saved it); nullopt otherwise.
    std::optional<Order> changedElsewhere(const Order& base) const;

    OrderStore& m_store;
    Order m_order;
    bool m_isNew;
    QLabel* m_title;
    QLabel* m_banner;
    QTabWidget* m_tabs;
    QLineEdit* m_customer;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_street;
    QLineEdit* m_postcode;
    QLineEdit* m_city;
    QLineEdit* m_region;
    QLineEdit* m_country;
    QComboBox* m_channel;
    QComboBox* m_status;
    QLineEdit* m_assigned;
    QPlainTextEdit* m_note;
    QTableWidget* m_lines;
    QLabel* m_total;
    QTreeWidget* m_history;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace docket
