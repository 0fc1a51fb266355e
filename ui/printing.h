#pragma once

#include "domain/order.h"
#include "domain/shopsettings.h"
#include "stores/invoicestore.h"
#include "stores/orderstore.h"

#include <QDialog>
#include <QFont>
#include <QLocale>
#include <optional>

class QComboBox;
class QLabel;
class QPainter;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QToolButton;

namespace docket {

// Printed documents for one order: an invoice (lines with prices and the
// total) or a packing slip (what to pack, no prices), headed with the shop's
// name and address from the shop settings (in the database). Laid out as HTML in a QTextDocument,
// so printing, the preview and the PDF are the same document.
enum class OrderDocument { Invoice, PackingSlip };

struct ShopDetails
{
    QString name;
    QString address; // several lines
    QString email;
    QString phone;

    // The shop's details as the shop settings hold them (the name's
    // placeholder in the user's language until it is set).
    static ShopDetails from(const ShopSettings& shop);
};

namespace printing {
QString title(OrderDocument kind); // "Invoice", translated
// The document's HTML; every value from the order and the shop is escaped.
// An invoice shows `invoice`'s number and date when it has one.
QString orderHtml(const Order& order, OrderDocument kind, const ShopDetails& shop,
                  const QLocale& locale = QLocale(), const Invoice& invoice = {});
// The font documents are set in. In Chinese, a CJK family (which has Latin
// letters too): with the default Latin font, Latin text and the Chinese text
// that falls back to another font have different ascents, and a row of a
// table put them on different baselines.
QFont documentFont(const QLocale& locale = QLocale());
// Prints `html` on `printer` with 15 mm margins.
void print(QPrinter* printer, const QString& html, const QString& documentName);
// Paints one document on `painter` (active on `printer`, margins set), from a
// new page unless `first`; returns the pages it took.
int paintDocument(QPainter& painter, QPrinter* printer, const QString& html, bool first);
// Writes the document as a PDF file; throws DocketError(Invalid) naming the
// file when it cannot be written.
void saveAsPdf(const QString& path, const Order& order, OrderDocument kind,
               const ShopDetails& shop);
// "DK0000123-invoice.pdf"
QString suggestedPdfName(const Order& order, OrderDocument kind);
} // namespace printing

// The documents of many orders as one (issue 13, item 15): each order starts
// on a new page. Orders are read from the store a chunk at a time while
// printing, so memory stays flat at any selection size.
class OrderBatch
{
    Q_DECLARE_TR_FUNCTIONS(OrderBatch)
public:
    OrderBatch(const OrderStore& store, QList<qint64> ids, ShopDetails shop);

    qint64 size() const { return m_ids.size(); }
    const QList<qint64>& ids() const { return m_ids; }
    const ShopDetails& shop() const { return m_shop; }
    // Orders [from, from + count) with their invoices, in selection order.
    QList<std::pair<Order, Invoice>> read(qint64 from, qint64 count) const;
    // Invoice numbers for every order that has none (when the role may issue
    // them); returns how many were issued.
    int issueInvoices(const ProgressFn& progress = {});
    bool canIssueInvoices() const;
    // Prints orders [from, from + count) (count -1: to the end) as one job;
    // `progress` is told about every chunk (false cancels: DocketError
    // Cancelled). Returns the pages printed.
    int print(QPrinter* printer, OrderDocument kind, qint64 from = 0, qint64 count = -1,
              const ProgressFn& progress = {}) const;
    // Writes every order's document to one PDF; on a failure or a cancel no
    // file is left. Throws DocketError.
    void savePdf(const QString& path, OrderDocument kind, const ProgressFn& progress = {}) const;

    static constexpr int kChunk = 50;

private:
    OrderStore m_store;
    InvoiceStore m_invoices;
    QList<qint64> m_ids;
    ShopDetails m_shop;
};

// Print, preview and "Save as PDF" for one order or a whole selection:
// choose invoice or packing slip, see the pages as they will print, then
// print or save them as one document. A large selection previews a window of
// kPreviewOrders orders at a time (Previous/Next), so the preview stays
// small; printing and the PDF take every order. Printing or saving invoices
// issues the invoice numbers of the orders that have none yet.
class PrintOrderDialog : public QDialog
{
    Q_OBJECT
public:
    // One order already read: previewed and printed as it is (no invoice
    // number is issued).
    PrintOrderDialog(Order order, ShopDetails shop, QWidget* parent = nullptr);
    // The orders `ids` (in this order), read through `store`.
    PrintOrderDialog(const OrderStore& store, QList<qint64> ids, ShopDetails shop,
                     QWidget* parent = nullptr);
    ~PrintOrderDialog() override;

    OrderDocument document() const;
    void setDocument(OrderDocument kind);
    // The first previewed order's document.
    QString html() const;
    qint64 orderCount() const;
    // The preview window: orders [previewStart(), previewStart() + kPreviewOrders).
    qint64 previewStart() const { return m_windowStart; }
    void setPreviewStart(qint64 first);
    int previewPageCount() const;
    QLabel* windowLabel() const { return m_windowLabel; }

    static constexpr int kPreviewOrders = 20;

public slots:
    void printDocument();
    void savePdf();
    // Saves every order's document as `path`; false (after saying why) on a
    // failure or a cancel.
    bool savePdfTo(const QString& path);

private:
    void build();
    void paint(QPrinter* printer);
    void loadWindow();
    ProgressFn progressFor(const QString& label);
    bool issueInvoicesIfNeeded();

    std::optional<OrderBatch> m_batch;
    QList<std::pair<Order, Invoice>> m_window; // the previewed orders
    qint64 m_windowStart = 0;
    ShopDetails m_shop;
    QComboBox* m_kind = nullptr;
    QPrinter* m_previewPrinter = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_windowLabel = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace docket
