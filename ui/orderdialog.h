#pragma once

#include "domain/order.h"
#include "stores/cataloguestore.h"
#include "stores/orderfilter.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;
class QTabWidget;
class QTreeWidget;
class QDialogButtonBox;
class QPushButton;
class QTableWidgetItem;

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
    // After a save of an existing order: the order as it was just before
    // (what an undo puts back); empty when nothing was saved.
    const std::optional<Order>& savedOver() const { return m_savedOver; }

    QLineEdit* customerEdit() const { return m_customer; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* streetEdit() const { return m_street; }
    QComboBox* channelCombo() const { return m_channel; }
    QComboBox* statusCombo() const { return m_status; }
    QTableWidget* linesTable() const { return m_lines; }
    QLineEdit* shippingEdit() const { return m_shipping; }
    QLineEdit* taxRateEdit() const { return m_taxRate; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* breakdownLabel() const { return m_breakdown; }
    QTreeWidget* historyTree() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    QWidget* customerPage() const { return m_customerPage; }
    QTableWidget* customerOrders() const { return m_customerOrders; }
    QLabel* customerHeading() const { return m_customerHeading; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* addCommentButton() const { return m_addComment; }
    // The customer's orders as the list filter "orders of this customer".
    OrderFilter customerFilter() const;

    QLabel* errorLabel() const { return m_error; }

signals:
    // "Show in the List" on the customer tab: the list should show `filter`.
    void showOrders(const docket::OrderFilter& filter);

public slots:
    void accept() override;

private:
    std::optional<Order> m_savedOver;
    void load(const Order& o);
    void loadHistory();
    // After a payment, refund or shipment: the stored order (its status and
    // version moved) with the unsaved edits of the Order tab kept on top.
    void reloadKeepingEdits();
    void loadCustomer();
    void addComment();
    void addLine(const OrderLine& line = {});
    void updateTotal();
    // The Lines section of the Order tab into `dv` (orderdialoglines.cpp).
    void buildLines(QWidget* details, QVBoxLayout* dv);
    // The shipping and tax rate fields show `o`'s charges.
    void loadCharges(const Order& o);
    // A line's SKU changed: link the product and fill name and price.
    void fillFromCatalogue(int row);
    // Asks before saving what OrderStore::warnings() names; true: save.
    bool confirmWarnings(const QList<FieldError>& warnings);
    bool readLines(QList<OrderLine>* lines, QString* error) const;
    void showProblem(const QString& field, const QString& message);
    void setEditable(bool headerEditable, bool statusEditable);
    // The stored order when its version is no longer `base`'s (someone else
    // saved it); nullopt otherwise.
    std::optional<Order> changedElsewhere(const Order& base) const;

    OrderStore& m_store;
    CatalogueStore m_catalog;
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
    QLineEdit* m_shipping = nullptr;
    QLineEdit* m_taxRate = nullptr;
    QLabel* m_breakdown = nullptr; // lines + shipping + tax, when there are charges
    QTreeWidget* m_history;
    QWidget* m_customerPage = nullptr;
    QLabel* m_customerHeading = nullptr;
    QLabel* m_customerFigures = nullptr;
    QTableWidget* m_customerOrders = nullptr;
    QPushButton* m_showCustomer = nullptr;
    bool m_customerLoaded = false;
    QPlainTextEdit* m_comment = nullptr;
    QPushButton* m_addComment = nullptr;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace docket
