#include "printing.h"

#include "domain/errors.h"
#include "domain/money.h"
#include "settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace docket {

ShopDetails ShopDetails::from(const ShopSettings& shop)
{
    return {shop.shopNameText(), shop.text(shop::shopAddress), shop.text(shop::shopEmail),
            shop.text(shop::shopPhone)};
}

namespace printing {

namespace {

// Texts of the printed documents (context "OrderPrinting").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderPrinting)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString lines(const QStringList& parts)
{
    QStringList out;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            out << esc(p.trimmed());
    return out.join(QStringLiteral("<br>"));
}

QString addressHtml(const Order& o)
{
    const Address& a = o.shipTo;
    const QString cityLine = QStringList{a.postcode, a.city}.join(QLatin1Char(' ')).trimmed();
    return lines({o.customerName, a.street, cityLine, a.region, a.country});
}

} // namespace

QString title(OrderDocument kind)
{
    return kind == OrderDocument::Invoice ? Text::tr("Invoice") : Text::tr("Packing Slip");
}

QString orderHtml(const Order& o, OrderDocument kind, const ShopDetails& shop,
                  const QLocale& locale)
{
    const bool invoice = kind == OrderDocument::Invoice;
    auto money = [&](const Money& amount) {
        return esc(amount.toString(locale));
    };
    const QString date = o.createdAt.isValid() ? locale.toString(o.createdAt.toLocalTime().date(),
                                                                 QLocale::ShortFormat)
                                               : QString();

    QString h;
    h += QStringLiteral("<html><body style=\"font-size:10pt; color:#111;\">");
    // Header: shop on the left, document title and numbers on the right.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    h += QStringLiteral("<td width=\"55%\" valign=\"top\"><span style=\"font-size:16pt; "
                        "font-weight:bold;\">%1</span><br>%2")
             .arg(esc(shop.name.isEmpty() ? Text::tr("Your shop") : shop.name),
                  lines(shop.address.split(QLatin1Char('\n'))));
    const QString contact = lines({shop.email, shop.phone});
    if (!contact.isEmpty())
        h += QStringLiteral("<br><span style=\"color:#555;\">%1</span>").arg(contact);
    h += QStringLiteral("</td><td width=\"45%\" valign=\"top\" align=\"right\">");
    h +=
        QStringLiteral("<span style=\"font-size:20pt; font-weight:bold; color:#1d4ed8;\">%1</span>")
            .arg(esc(title(kind)));
    const QString meta = QStringLiteral("<tr><td align=\"right\" style=\"color:#555; "
                                        "white-space:nowrap;\">%1</td><td align=\"right\" "
                                        "style=\"white-space:nowrap;\">%2</td></tr>");
    h += QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"1\">");
    h += meta.arg(esc(Text::tr("Order")), QStringLiteral("<b>%1</b>").arg(esc(o.number)));
    h += meta.arg(esc(Text::tr("Date")), esc(date));
    h += QStringLiteral("</table>");
    h += QStringLiteral("</td></tr></table>");

    if (o.isInvalid())
        h +=
            QStringLiteral("<p style=\"color:#b91c1c; font-weight:bold;\">%1</p>")
                .arg(esc(Text::tr("VOID — this order is marked invalid: %1").arg(o.invalidReason)));

    // Addresses.
    h += QStringLiteral("<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    h += QStringLiteral("<td width=\"50%\" valign=\"top\"><span style=\"color:#555;\">%1</span>"
                        "<br>%2</td>")
             .arg(esc(invoice ? Text::tr("Bill to") : Text::tr("Ship to")), addressHtml(o));
    h += QStringLiteral("<td width=\"50%\" valign=\"top\"><span style=\"color:#555;\">%1</span>"
                        "<br>%2</td>")
             .arg(esc(Text::tr("Contact")), lines({o.email, o.phone}));
    h += QStringLiteral("</tr></table><p></p>");

    // Lines.
    // Middle-aligned: a Latin heading beside Chinese ones (a taller line) would
    // sit higher than them.
    const QString th = QStringLiteral(
        "<th align=\"%1\" valign=\"middle\" style=\"background-color:#e8edf5;\">%2</th>");
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" "
                        "style=\"border-collapse:collapse;\"><tr>");
    if (invoice) {
        h += th.arg(QStringLiteral("left"), esc(Text::tr("SKU")));
        h += th.arg(QStringLiteral("left"), esc(Text::tr("Item")));
        h += th.arg(QStringLiteral("right"), esc(Text::tr("Qty")));
        h += th.arg(QStringLiteral("right"), esc(Text::tr("Unit price")));
        h += th.arg(QStringLiteral("right"), esc(Text::tr("Amount")));
    } else {
        h += th.arg(QStringLiteral("right"), esc(Text::tr("Qty")));
        h += th.arg(QStringLiteral("left"), esc(Text::tr("SKU")));
        h += th.arg(QStringLiteral("left"), esc(Text::tr("Item")));
        h += th.arg(QStringLiteral("center"), esc(Text::tr("Packed")));
    }
    h += QStringLiteral("</tr>");
    qint64 items = 0;
    bool odd = false;
    for (const OrderLine& l : o.lines) {
        items += l.quantity;
        const QString bg = odd ? QStringLiteral(" style=\"background-color:#f6f7f9;\"") : QString();
        odd = !odd;
        h += QStringLiteral("<tr%1>").arg(bg);
        if (invoice) {
            h += QStringLiteral("<td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                                "<td align=\"right\">%4</td><td align=\"right\">%5</td>")
                     .arg(esc(l.sku), esc(l.name), locale.toString(l.quantity), money(l.unitPrice),
                          money(l.total()));
        } else {
            h += QStringLiteral("<td align=\"right\"><b>%1</b></td><td>%2</td><td>%3</td>"
                                "<td align=\"center\">☐</td>")
                     .arg(locale.toString(l.quantity), esc(l.sku), esc(l.name));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    // Totals.
    h += QStringLiteral("<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    auto totalRow = [&](const QString& label, const QString& value, bool strong) {
        const QString style =
            strong
                ? QStringLiteral(" style=\"font-size:12pt; font-weight:bold; white-space:nowrap;\"")
                : QStringLiteral(" style=\"white-space:nowrap;\"");
        h += QStringLiteral("<tr><td width=\"50%\"></td><td width=\"30%\" align=\"right\"%1>%2</td>"
                            "<td width=\"20%\" align=\"right\"%1>%3</td></tr>")
                 .arg(style, esc(label), value);
    };
    if (invoice) {
        const Money linesTotal = o.linesTotal();
        if (linesTotal != o.total) {
            totalRow(Text::tr("Subtotal"), money(linesTotal), false);
            totalRow(Text::tr("Other charges"), money(o.total - linesTotal), false);
        }
        totalRow(Text::tr("Total (%1)").arg(o.currency), money(o.total), true);
    } else {
        totalRow(Text::tr("Items"), locale.toString(items), true);
    }
    h += QStringLiteral("</table>");

    if (!o.note.trimmed().isEmpty())
        h += QStringLiteral("<p><span style=\"color:#555;\">%1</span><br>%2</p>")
                 .arg(esc(Text::tr("Note")), lines(o.note.split(QLatin1Char('\n'))));
    h += QStringLiteral("<p></p><p align=\"center\" style=\"color:#555;\">%1</p>")
             .arg(esc(invoice ? Text::tr("Thank you for your order.")
                              : Text::tr("Please check the contents against this slip.")));
    h += QStringLiteral("</body></html>");
    return h;
}

void print(QPrinter* printer, const QString& html, const QString& documentName)
{
    printer->setDocName(documentName);
    printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.print(printer);
}

QString suggestedPdfName(const Order& order, OrderDocument kind)
{
    return QStringLiteral("%1-%2.pdf")
        .arg(order.number,
             kind == OrderDocument::Invoice ? Text::tr("invoice") : Text::tr("packing-slip"));
}

void saveAsPdf(const QString& path, const Order& order, OrderDocument kind, const ShopDetails& shop)
{
    const QFileInfo fi(path);
    if (path.trimmed().isEmpty() || fi.isDir() || !fi.absoluteDir().exists())
        throw DocketError(
            DocketError::Code::Invalid,
            Text::tr("Cannot save the PDF as %1: choose a file in an existing folder.")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("path"));
    QFile::remove(path);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    print(&printer, orderHtml(order, kind, shop),
          QStringLiteral("%1 %2").arg(title(kind), order.number));
    if (QFileInfo(path).size() == 0)
        throw DocketError(DocketError::Code::Invalid,
                          Text::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                          QStringLiteral("path"));
}

} // namespace printing

PrintOrderDialog::PrintOrderDialog(Order order, ShopDetails shop, QWidget* parent)
    : QDialog(parent), m_order(std::move(order)), m_shop(std::move(shop))
{
    setObjectName(QStringLiteral("printOrderDialog"));
    setWindowTitle(tr("Print Order %1").arg(m_order.number));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("documentKind"));
    m_kind->addItem(printing::title(OrderDocument::Invoice), int(OrderDocument::Invoice));
    m_kind->addItem(printing::title(OrderDocument::PackingSlip), int(OrderDocument::PackingSlip));
    m_kind->setAccessibleName(tr("Document"));
    auto* kindLabel = new QLabel(tr("&Document:"), this);
    kindLabel->setBuddy(m_kind);

    m_previewPrinter = new QPrinter(QPrinter::HighResolution);
    m_preview = new QPrintPreviewWidget(m_previewPrinter, this);
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_preview->setAccessibleName(tr("Print preview"));
    m_preview->setMinimumSize(520, 560);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &PrintOrderDialog::paint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(
        tr("Print (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_pdf->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_pdf->setToolTip(
        tr("Save as PDF (%1)")
            .arg(QKeySequence(tr("Ctrl+Shift+S")).toString(QKeySequence::NativeText)));
    m_print->setDefault(true);

    auto* top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    const bool slip = settings::printDocument.value() == QLatin1String("packingSlip");
    setDocument(slip ? OrderDocument::PackingSlip : OrderDocument::Invoice);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        settings::printDocument.setValue(document() == OrderDocument::PackingSlip
                                             ? QStringLiteral("packingSlip")
                                             : QStringLiteral("invoice"));
        m_preview->updatePreview();
    });
    connect(m_print, &QPushButton::clicked, this, &PrintOrderDialog::printDocument);
    connect(m_pdf, &QPushButton::clicked, this, &PrintOrderDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_preview->fitToWidth();
    resize(700, 740);
}

PrintOrderDialog::~PrintOrderDialog()
{
    delete m_preview; // uses the printer until it goes
    m_preview = nullptr;
    delete m_previewPrinter;
}

OrderDocument PrintOrderDialog::document() const
{
    return OrderDocument(m_kind->currentData().toInt());
}

void PrintOrderDialog::setDocument(OrderDocument kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
}

QString PrintOrderDialog::html() const
{
    return printing::orderHtml(m_order, document(), m_shop);
}

void PrintOrderDialog::paint(QPrinter* printer)
{
    printing::print(printer, html(),
                    QStringLiteral("%1 %2").arg(printing::title(document()), m_order.number));
}

void PrintOrderDialog::printDocument()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(printing::title(document())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    paint(&printer);
    accept();
}

void PrintOrderDialog::savePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save as PDF"),
                                     QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                         .filePath(printing::suggestedPdfName(m_order, document())),
                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        printing::saveAsPdf(path, m_order, document(), m_shop);
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Save as PDF"), e.message());
    }
}

} // namespace docket
