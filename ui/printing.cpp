#include "printing.h"

#include "domain/errors.h"
#include "domain/money.h"
#include "settings.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace docket {

namespace {
QMarginsF pageMarginsForBatch()
{
    return QMarginsF(15, 15, 15, 15);
}
} // namespace

ShopDetails ShopDetails::from(const ShopSettings& shop)
{
    return {shop.shopNameText(), shop.text(shop::shopAddress), shop.text(shop::shopEmail),
            shop.text(shop::shopPhone)};
}

namespace printing {

// Texts of the printed documents (context "OrderPrinting").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderPrinting)
};

namespace {

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
                  const QLocale& locale, const Invoice& inv)
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
                                        "style=\"white-space:nowrap; padding-left:10px;\">%2</td>"
                                        "</tr>");
    h += QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"1\">");
    if (invoice) {
        // The invoice's own number and date, once issued (InvoiceStore).
        h += meta.arg(esc(Text::tr("Invoice no.")),
                      inv.number.isEmpty()
                          ? QStringLiteral("<i>%1</i>").arg(esc(Text::tr("issued when printed")))
                          : QStringLiteral("<b>%1</b>").arg(esc(inv.number)));
        if (inv.issuedAt.isValid())
            h += meta.arg(
                esc(Text::tr("Invoice date")),
                esc(locale.toString(inv.issuedAt.toLocalTime().date(), QLocale::ShortFormat)));
    }
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
        // Lines, then the order's shipping and tax where it has them (issue
        // 13 item 15); what the stored total holds beyond that (an import's
        // fees, say) as other charges.
        const Money linesTotal = o.linesTotal();
        const Money shipping = o.shippingAmount();
        const bool charged = shipping.minorUnits() != 0 || !o.taxRate.isZero();
        const Money computed = charged ? o.grandTotal() : linesTotal;
        if (charged || computed != o.total)
            totalRow(Text::tr("Subtotal"), money(linesTotal), false);
        if (shipping.minorUnits() != 0)
            totalRow(Text::tr("Shipping"), money(shipping), false);
        if (!o.taxRate.isZero())
            totalRow(Text::tr("Tax (%1)").arg(o.taxRate.toString(locale)), money(o.tax()), false);
        if (computed != o.total)
            totalRow(Text::tr("Other charges"), money(o.total - computed), false);
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

QFont documentFont(const QLocale& locale)
{
    QFont font = QGuiApplication::font();
    QFontDatabase::WritingSystem system = QFontDatabase::Any;
    if (locale.language() == QLocale::Chinese)
        system = locale.script() == QLocale::TraditionalChineseScript ||
                         locale.territory() == QLocale::Taiwan ||
                         locale.territory() == QLocale::HongKong
                     ? QFontDatabase::TraditionalChinese
                     : QFontDatabase::SimplifiedChinese;
    if (system == QFontDatabase::Any)
        return font;
    // One family for every character: a sans CJK family (they carry Latin
    // letters and digits), not a monospaced or serif one when there is a choice.
    const QStringList families = QFontDatabase::families(system);
    auto score = [](const QString& f) {
        int s = 0;
        if (f.contains(QLatin1String("Sans"), Qt::CaseInsensitive))
            s += 4;
        if (f.contains(QLatin1String("Mono"), Qt::CaseInsensitive))
            s -= 8;
        if (f.contains(QLatin1String("Serif"), Qt::CaseInsensitive))
            s -= 2;
        return s;
    };
    QString best;
    for (const QString& f : families)
        if (best.isEmpty() || score(f) > score(best))
            best = f;
    if (!best.isEmpty())
        font.setFamilies({best});
    return font;
}

void print(QPrinter* printer, const QString& html, const QString& documentName)
{
    printer->setDocName(documentName);
    printer->setPageMargins(pageMarginsForBatch(), QPageLayout::Millimeter);
    QPainter painter(printer);
    paintDocument(painter, printer, html, true);
}

int paintDocument(QPainter& painter, QPrinter* printer, const QString& html, bool first)
{
    // As QTextDocument::print, but onto a painter that goes on: many orders
    // make one print job.
    QTextDocument doc;
    doc.setDefaultFont(documentFont());
    doc.setDocumentMargin(0);
    doc.documentLayout()->setPaintDevice(printer);
    const QRectF body = printer->pageLayout().paintRectPixels(printer->resolution());
    doc.setPageSize(body.size());
    doc.setHtml(html);
    const int pages = std::max(1, doc.pageCount());
    for (int i = 0; i < pages; ++i) {
        if (!first || i > 0)
            printer->newPage();
        painter.save();
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        painter.translate(0, -clip.top());
        doc.drawContents(&painter, clip);
        painter.restore();
    }
    return pages;
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

// ---------------------------------------------------------------- OrderBatch

OrderBatch::OrderBatch(const OrderStore& store, QList<qint64> ids, ShopDetails shop)
    : m_store(store), m_invoices(store.database(), store.session()), m_ids(std::move(ids)),
      m_shop(std::move(shop))
{
}

QList<std::pair<Order, Invoice>> OrderBatch::read(qint64 from, qint64 count) const
{
    const QList<qint64> ids = m_ids.mid(from, count);
    const QHash<qint64, Invoice> invoices = m_invoices.invoicesOf(ids);
    QList<std::pair<Order, Invoice>> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        try {
            out.push_back({m_store.order(id), invoices.value(id)});
        } catch (const DocketError& e) {
            // Deleted or moved out of reach since it was selected: skip it.
            if (e.code() != DocketError::Code::NotFound)
                throw;
        }
    }
    return out;
}

bool OrderBatch::canIssueInvoices() const
{
    return m_invoices.canIssue();
}

int OrderBatch::issueInvoices(const ProgressFn& progress)
{
    if (!canIssueInvoices())
        return 0;
    return m_invoices.issue(m_ids, progress);
}

int OrderBatch::print(QPrinter* printer, OrderDocument kind, qint64 from, qint64 count,
                      const ProgressFn& progress) const
{
    const qint64 end = count < 0 ? size() : std::min(size(), from + count);
    printer->setPageMargins(pageMarginsForBatch(), QPageLayout::Millimeter);
    QPainter painter(printer);
    int pages = 0;
    for (qint64 at = from; at < end; at += kChunk) {
        for (const auto& [order, invoice] : read(at, std::min<qint64>(kChunk, end - at)))
            pages += printing::paintDocument(
                painter, printer, printing::orderHtml(order, kind, m_shop, QLocale(), invoice),
                pages == 0);
        if (progress && !progress(std::min(end, at + kChunk) - from, end - from)) {
            painter.end();
            throw DocketError(DocketError::Code::Cancelled, tr("Printing was cancelled."));
        }
    }
    return pages;
}

void OrderBatch::savePdf(const QString& path, OrderDocument kind, const ProgressFn& progress) const
{
    const QFileInfo fi(path);
    if (path.trimmed().isEmpty() || fi.isDir() || !fi.absoluteDir().exists())
        throw DocketError(
            DocketError::Code::Invalid,
            printing::Text::tr("Cannot save the PDF as %1: choose a file in an existing folder.")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("path"));
    // Written beside the target and renamed when complete: a cancel or a
    // failure leaves no half document.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    try {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(partial);
        printer.setDocName(printing::title(kind));
        print(&printer, kind, 0, -1, progress);
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    if (QFileInfo(partial).size() == 0 || (QFile::exists(path) && !QFile::remove(path)) ||
        !QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw DocketError(
            DocketError::Code::Invalid,
            printing::Text::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
            QStringLiteral("path"));
    }
}

// ---------------------------------------------------------------- the dialog

PrintOrderDialog::PrintOrderDialog(Order order, ShopDetails shop, QWidget* parent)
    : QDialog(parent), m_shop(std::move(shop))
{
    m_window = {{std::move(order), Invoice{}}};
    build();
}

PrintOrderDialog::PrintOrderDialog(const OrderStore& store, QList<qint64> ids, ShopDetails shop,
                                   QWidget* parent)
    : QDialog(parent), m_shop(std::move(shop))
{
    m_batch.emplace(store, std::move(ids), m_shop);
    loadWindow();
    build();
}

void PrintOrderDialog::build()
{
    setObjectName(QStringLiteral("printOrderDialog"));
    const qint64 n = orderCount();
    if (n == 1 && !m_window.isEmpty())
        setWindowTitle(tr("Print Order %1").arg(m_window.first().first.number));
    else
        setWindowTitle(tr("Print %Ln Order(s)", nullptr, int(std::min<qint64>(n, INT_MAX))));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("documentKind"));
    m_kind->addItem(printing::title(OrderDocument::Invoice), int(OrderDocument::Invoice));
    m_kind->addItem(printing::title(OrderDocument::PackingSlip), int(OrderDocument::PackingSlip));
    m_kind->setAccessibleName(tr("Document"));
    auto* kindLabel = new QLabel(tr("&Document:"), this);
    kindLabel->setBuddy(m_kind);

    // A large selection: the preview shows kPreviewOrders orders at a time.
    m_windowLabel = new QLabel(this);
    m_windowLabel->setObjectName(QStringLiteral("previewWindow"));
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previewPrevious"));
    m_previous->setText(tr("◀ Previous"));
    m_previous->setToolTip(tr("Preview the previous %L1 orders").arg(kPreviewOrders));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("previewNext"));
    m_next->setText(tr("Next ▶"));
    m_next->setToolTip(tr("Preview the next %L1 orders").arg(kPreviewOrders));
    const bool paged = n > kPreviewOrders;
    m_previous->setVisible(paged);
    m_next->setVisible(paged);

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
    top->addWidget(m_previous);
    top->addWidget(m_windowLabel);
    top->addWidget(m_next);
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
    connect(m_previous, &QToolButton::clicked, this,
            [this] { setPreviewStart(m_windowStart - kPreviewOrders); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { setPreviewStart(m_windowStart + kPreviewOrders); });
    connect(m_print, &QPushButton::clicked, this, &PrintOrderDialog::printDocument);
    connect(m_pdf, &QPushButton::clicked, this, &PrintOrderDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setPreviewStart(0);
    m_preview->fitToWidth();
    resize(720, 760);
}

PrintOrderDialog::~PrintOrderDialog()
{
    delete m_preview; // uses the printer until it goes
    m_preview = nullptr;
    delete m_previewPrinter;
}

qint64 PrintOrderDialog::orderCount() const
{
    return m_batch ? m_batch->size() : m_window.size();
}

void PrintOrderDialog::loadWindow()
{
    if (m_batch)
        m_window = m_batch->read(m_windowStart, kPreviewOrders);
}

void PrintOrderDialog::setPreviewStart(qint64 first)
{
    const qint64 n = orderCount();
    const qint64 last = std::max<qint64>(0, (n - 1) / kPreviewOrders * kPreviewOrders);
    m_windowStart = std::clamp<qint64>(first, 0, last);
    loadWindow();
    if (m_windowLabel) {
        const qint64 to = std::min<qint64>(n, m_windowStart + kPreviewOrders);
        m_windowLabel->setText(
            n > kPreviewOrders ? tr("Orders %L1–%L2 of %L3").arg(m_windowStart + 1).arg(to).arg(n)
                               : tr("%Ln order(s)", nullptr, int(n)));
        m_previous->setEnabled(m_windowStart > 0);
        m_next->setEnabled(to < n);
    }
    if (m_preview)
        m_preview->updatePreview();
}

int PrintOrderDialog::previewPageCount() const
{
    return m_preview ? m_preview->pageCount() : 0;
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
    if (m_window.isEmpty())
        return {};
    return printing::orderHtml(m_window.first().first, document(), m_shop, QLocale(),
                               m_window.first().second);
}

void PrintOrderDialog::paint(QPrinter* printer)
{
    printer->setPageMargins(pageMarginsForBatch(), QPageLayout::Millimeter);
    QPainter painter(printer);
    bool first = true;
    for (const auto& [order, invoice] : m_window) {
        printing::paintDocument(painter, printer,
                                printing::orderHtml(order, document(), m_shop, QLocale(), invoice),
                                first);
        first = false;
    }
}

ProgressFn PrintOrderDialog::progressFor(const QString& label)
{
    if (orderCount() <= OrderBatch::kChunk)
        return {};
    auto* dialog = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
    dialog->setObjectName(QStringLiteral("printProgress"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QProgressDialog> guard(dialog);
    return [guard](qint64 done, qint64 total) {
        if (!guard)
            return true;
        guard->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        QCoreApplication::processEvents();
        const bool go = !guard->wasCanceled();
        if (done >= total || !go)
            guard->close();
        return go;
    };
}

bool PrintOrderDialog::issueInvoicesIfNeeded()
{
    if (!m_batch || document() != OrderDocument::Invoice)
        return true;
    try {
        m_batch->issueInvoices(progressFor(tr("Issuing invoice numbers…")));
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Invoice Numbers"), e.message());
        return false;
    }
    loadWindow(); // the numbers show
    m_preview->updatePreview();
    return true;
}

void PrintOrderDialog::printDocument()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(printing::title(document())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!issueInvoicesIfNeeded())
        return;
    printer.setDocName(printing::title(document()));
    try {
        if (m_batch)
            m_batch->print(&printer, document(), 0, -1,
                           progressFor(tr("Printing %L1 orders…").arg(orderCount())));
        else
            paint(&printer);
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Print"), e.message());
        return;
    }
    accept();
}

void PrintOrderDialog::savePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        orderCount() == 1 && !m_window.isEmpty()
            ? printing::suggestedPdfName(m_window.first().first, document())
            : QStringLiteral("%1-%2.pdf")
                  .arg(document() == OrderDocument::Invoice ? printing::Text::tr("invoices")
                                                            : printing::Text::tr("packing-slips"),
                       QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdfTo(path);
}

bool PrintOrderDialog::savePdfTo(const QString& path)
{
    if (!issueInvoicesIfNeeded())
        return false;
    try {
        if (m_batch) {
            m_batch->savePdf(path, document(),
                             progressFor(tr("Saving %L1 orders as PDF…").arg(orderCount())));
        } else {
            printing::saveAsPdf(path, m_window.first().first, document(), m_shop);
        }
    } catch (const DocketError& e) {
        if (e.code() != DocketError::Code::Cancelled)
            QMessageBox::warning(this, tr("Save as PDF"), e.message());
        return false;
    }
    return true;
}

} // namespace docket
