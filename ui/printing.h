#pragma once

#include "domain/order.h"
#include "domain/shopsettings.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

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
QString orderHtml(const Order& order, OrderDocument kind, const ShopDetails& shop,
                  const QLocale& locale = QLocale());
// Prints `html` on `printer` with 15 mm margins.
void print(QPrinter* printer, const QString& html, const QString& documentName);
// Writes the document as a PDF file; throws DocketError(Invalid) naming the
// file when it cannot be written.
void saveAsPdf(const QString& path, const Order& order, OrderDocument kind,
               const ShopDetails& shop);
// "DK0000123-invoice.pdf"
QString suggestedPdfName(const Order& order, OrderDocument kind);
} // namespace printing

// Print, preview and "Save as PDF" for one order: choose invoice or packing
// slip, see the pages as they will print, then print or save.
class PrintOrderDialog : public QDialog
{
    Q_OBJECT
public:
    PrintOrderDialog(Order order, ShopDetails shop, QWidget* parent = nullptr);
    ~PrintOrderDialog() override;

    OrderDocument document() const;
    void setDocument(OrderDocument kind);
    QString html() const;

public slots:
    void printDocument();
    void savePdf();

private:
    void paint(QPrinter* printer);

    Order m_order;
    ShopDetails m_shop;
    QComboBox* m_kind;
    QPrinter* m_previewPrinter;
    QPrintPreviewWidget* m_preview;
    QPushButton* m_print;
    QPushButton* m_pdf;
};

} // namespace docket
