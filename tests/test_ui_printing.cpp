// Printing as people use it (issue 13, items 8 and 15), driven offscreen:
// Ctrl+P with several orders selected previews and prints all of them as one
// document; invoices carry an invoice number issued once; a large selection
// previews a window of orders at a time and still prints every order into one
// PDF; Latin and Chinese text of a Chinese invoice share one baseline; the
// printed sales report names the shop in the user's language.

#include "deskactions.h"
#include "filterbar.h"
#include "i18n.h"
#include "items/ordertablemodel.h"
#include "orderdialog.h"
#include "orderspage.h"
#include "printing.h"
#include "salesreport.h"
#include "stores/invoicestore.h"
#include "testdb.h"
#include "uitest.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextTable>
#include <QTimer>
#include <QToolButton>
#include <functional>

using namespace docket;
using namespace docket::test;

namespace {

Order draft(int i)
{
    Order o;
    o.customerName = QStringLiteral("Printed %1").arg(i);
    o.channel = QStringLiteral("web");
    o.shipTo.street = QStringLiteral("%1 Paper Road").arg(i);
    o.lines = {OrderLine{0, 0, QStringLiteral("SKU-%1").arg(i), QStringLiteral("Thing"), 1,
                         Money(100 + i)}};
    return o;
}

// Pages of a PDF file (its page objects).
int pdfPages(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = f.readAll();
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") +
               pdf.count("/Type /Page>"));
}

bool loaded(OrderTableModel* m, int rows)
{
    if (m->rowCount() < rows)
        return false;
    for (int r = 0; r < rows; ++r)
        if (!m->data(m->index(r, 0), OrderTableModel::LoadedRole).toBool())
            return false;
    return true;
}

} // namespace

class TestUiPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Ctrl+P with four orders selected previewed one of them.
    void ctrlPPrintsTheWholeSelection()
    {
        TestDb tdb;
        OrderStore store = tdb.store();
        for (int i = 0; i < 6; ++i)
            store.create(draft(i));
        QMainWindow window;
        auto* page = new OrdersPage(tdb.database(), adminSession(), &window);
        window.setCentralWidget(page);
        DeskActions desk(tdb.database(), adminSession(), page, &window);
        window.addAction(desk.printOrder()); // as the File menu has it
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(loaded(page->model(), 6));
        QTableView* view = page->view();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(page->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        for (int r = 1; r < 4; ++r)
            view->selectionModel()->select(page->model()->index(r, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page->selectedCount(), 4);
        QList<qint64> selected;
        for (int r = 0; r < 4; ++r)
            selected << page->model()->rowAt(r)->id;

        const QString pdf = m_dir.filePath(QStringLiteral("four.pdf"));
        qint64 shown = -1;
        int previewPages = -1;
        bool saved = false;
        whenModal([&](QWidget* w) {
            auto* dialog = qobject_cast<PrintOrderDialog*>(w);
            QVERIFY(dialog);
            shown = dialog->orderCount();
            previewPages = dialog->previewPageCount();
            dialog->setDocument(OrderDocument::Invoice);
            saved = dialog->savePdfTo(pdf);
            dialog->reject();
        });
        QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(saved);
        QCOMPARE(shown, 4);
        QVERIFY2(previewPages >= 4, qPrintable(QString::number(previewPages)));
        QCOMPARE(pdfPages(pdf), 4);
        // Saving the invoices issued their numbers, in order id order.
        const QHash<qint64, Invoice> numbers =
            InvoiceStore(tdb.connection(), adminSession()).invoicesOf(selected);
        QCOMPARE(numbers.size(), 4);
        QStringList sorted;
        for (const Invoice& i : numbers)
            sorted << i.number;
        sorted.sort();
        QCOMPARE(sorted, (QStringList{QStringLiteral("INV-000001"), QStringLiteral("INV-000002"),
                                      QStringLiteral("INV-000003"), QStringLiteral("INV-000004")}));
    }

    // A large selection: the preview shows 20 orders at a time; the PDF has
    // every order; an invoice shows its number, issued once.
    void largeSelectionIsPaged()
    {
        TestDb tdb;
        OrderStore store = tdb.store();
        QList<qint64> ids;
        for (int i = 0; i < 45; ++i)
            ids << store.create(draft(i));
        PrintOrderDialog dialog(store, ids, ShopDetails{QStringLiteral("Paper & Co"), {}, {}, {}});
        dialog.setDocument(OrderDocument::PackingSlip);
        QCOMPARE(dialog.orderCount(), 45);
        QCOMPARE(dialog.windowLabel()->text(), QStringLiteral("Orders 1–20 of 45"));
        auto* next = dialog.findChild<QToolButton*>(QStringLiteral("previewNext"));
        QVERIFY(next && next->isVisibleTo(&dialog) && next->isEnabled());
        next->click();
        QCOMPARE(dialog.previewStart(), 20);
        next->click();
        QCOMPARE(dialog.windowLabel()->text(), QStringLiteral("Orders 41–45 of 45"));
        QVERIFY(!next->isEnabled());
        const QString pdf = m_dir.filePath(QStringLiteral("slips.pdf"));
        QVERIFY(dialog.savePdfTo(pdf));
        QCOMPARE(pdfPages(pdf), 45);
        // Packing slips issue no invoice numbers.
        QVERIFY(InvoiceStore(tdb.connection(), adminSession()).invoicesOf(ids).isEmpty());

        dialog.setDocument(OrderDocument::Invoice);
        QVERIFY(dialog.html().contains(QStringLiteral("issued when printed")));
        QVERIFY(dialog.savePdfTo(m_dir.filePath(QStringLiteral("invoices.pdf"))));
        QCOMPARE(InvoiceStore(tdb.connection(), adminSession()).invoicesOf(ids).size(), 45);
        dialog.setPreviewStart(0);
        QVERIFY2(dialog.html().contains(QStringLiteral("INV-000001")), qPrintable(dialog.html()));
        // Printing again keeps the numbers.
        QVERIFY(dialog.savePdfTo(m_dir.filePath(QStringLiteral("again.pdf"))));
        QCOMPARE(queryValue(tdb.connection(), QStringLiteral("SELECT last FROM invoice_counter"))
                     .toInt(),
                 45);
    }

    // In a Chinese invoice a row's Latin SKU sat higher than its Chinese item
    // name (the Chinese glyphs came from a fallback font with another ascent).
    void chineseInvoiceSharesOneBaseline()
    {
        const QLocale zh(QLocale::Chinese, QLocale::China);
        Order o;
        o.number = QStringLiteral("DK0000042");
        o.customerName = QStringLiteral("林美玲");
        o.currency = QStringLiteral("CNY");
        o.total = Money(18900, u"CNY");
        o.lines = {OrderLine{0, 0, QStringLiteral("MUG-1"), QStringLiteral("陶瓷杯子"), 2,
                             Money(4500, u"CNY")},
                   OrderLine{0, 0, QStringLiteral("TEE-2"), QStringLiteral("棉质T恤衫"), 1,
                             Money(9900, u"CNY")}};
        const QString html = printing::orderHtml(o, OrderDocument::Invoice, ShopDetails{}, zh);
        QTextDocument doc;
        doc.setDefaultFont(printing::documentFont(zh));
        doc.setHtml(html);
        doc.setTextWidth(700);
        // The lines table: the one whose first row holds the SKUs.
        QTextTable* lines = nullptr;
        for (QTextFrame* f : doc.rootFrame()->childFrames())
            if (auto* t = qobject_cast<QTextTable*>(f); t && t->rows() == 3 && t->columns() == 5)
                lines = t;
        QVERIFY(lines);
        for (int row = 1; row < lines->rows(); ++row) {
            QList<double> baselines;
            for (int col = 0; col < lines->columns(); ++col) {
                const QTextBlock block = lines->cellAt(row, col).firstCursorPosition().block();
                const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
                const QTextLine line = block.layout()->lineAt(0);
                baselines << rect.top() + line.y() + line.ascent();
            }
            const auto [lo, hi] = std::minmax_element(baselines.begin(), baselines.end());
            QVERIFY2(
                *hi - *lo < 0.5,
                qPrintable(QStringLiteral("row %1 baselines %2 .. %3").arg(row).arg(*lo).arg(*hi)));
        }
    }

    // The invoice's number and date sat right against their labels
    // ("Invoice no.issued when printed").
    void invoiceLabelsStandApartFromTheirValues()
    {
        Order o;
        o.number = QStringLiteral("DK0000042");
        o.customerName = QStringLiteral("Ada");
        o.total = Money(4500);
        o.lines = {OrderLine{0, 0, QStringLiteral("MUG-1"), QStringLiteral("Mug"), 1, Money(4500)}};
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QString html = printing::orderHtml(o, OrderDocument::Invoice, ShopDetails{}, en);
        QTextDocument doc;
        doc.setDefaultFont(printing::documentFont(en));
        doc.setHtml(html);
        doc.setTextWidth(700);
        // x of the start (or end) of `text` in the document (no-wrap cells
        // hold no-break spaces).
        const auto edge = [&doc](const QString& text, bool end) -> double {
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
                if (const int at = int(b.text().replace(QChar::Nbsp, u' ').indexOf(text));
                    at >= 0) {
                    const QRectF rect = doc.documentLayout()->blockBoundingRect(b);
                    return rect.left() +
                           b.layout()->lineAt(0).cursorToX(end ? at + int(text.size()) : at);
                }
            return -1;
        };
        const double labelEnd = edge(QStringLiteral("Invoice no."), true);
        const double valueStart = edge(QStringLiteral("issued when printed"), false);
        QVERIFY(labelEnd > 0 && valueStart > 0);
        QVERIFY2(valueStart - labelEnd >= 8,
                 qPrintable(QStringLiteral("gap %1 px").arg(valueStart - labelEnd)));
    }

    // Issue 13 item 15: shipping and a tax rate typed into the order dialog
    // (in the locale's format) are saved and audited; what does not read is
    // refused naming the field; the invoice of the order, alone and in a
    // batch, prints lines, shipping, tax and the grand total in the
    // locale's format.
    void chargesAreEditedAndPrintedOnTheInvoice()
    {
        TestDb tdb;
        OrderStore store = tdb.store();
        Order d = draft(7);
        d.lines = {OrderLine{0, 0, QStringLiteral("MUG-1"), QStringLiteral("Mug"), 2, Money(1000)}};
        const qint64 id = store.create(d);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(before); });
        {
            OrderDialog dialog(store, id);
            dialog.resize(960, 700);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(!dialog.breakdownLabel()->isVisible());
            // Not an amount: refused, the field named and marked, nothing saved.
            dialog.shippingEdit()->setText(QStringLiteral("4,9x"));
            QVERIFY(!dialog.save());
            QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("\"4,9x\"")),
                     qPrintable(dialog.errorLabel()->text()));
            QCOMPARE(dialog.shippingEdit()->property("invalid").toBool(), true);
            QCOMPARE(store.order(id).shipping.minorUnits(), 0);
            QTest::keyClicks(dialog.taxRateEdit(), QStringLiteral("101"));
            dialog.shippingEdit()->setText(QStringLiteral("4,90"));
            QVERIFY(!dialog.save());
            QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("\"101\"")),
                     qPrintable(dialog.errorLabel()->text()));
            QCOMPARE(dialog.taxRateEdit()->property("invalid").toBool(), true);
            // 20 % as a German writes it: the totals follow as typed, and
            // the problem named before goes once the charges read.
            dialog.taxRateEdit()->clear();
            QTest::keyClicks(dialog.taxRateEdit(), QStringLiteral("20"));
            QVERIFY(!dialog.errorLabel()->isVisible());
            QCOMPARE(dialog.taxRateEdit()->property("invalid").toBool(), false);
            QVERIFY(dialog.breakdownLabel()->isVisible());
            QCOMPARE(dialog.totalLabel()->text(),
                     QStringLiteral("Total: %1").arg(Money(2988).toString()));
            QVERIFY2(dialog.breakdownLabel()->text().contains(Money(498).toString()),
                     qPrintable(dialog.breakdownLabel()->text()));
            if (const QString shots = qEnvironmentVariable("DOCKET_SHOTS"); !shots.isEmpty())
                dialog.grab().save(shots + QStringLiteral("/order-dialog-charges.png"));
            QVERIFY(dialog.save());
        }
        const Order saved = store.order(id);
        QCOMPARE(saved.shipping, Money(490));
        QCOMPARE(saved.taxRate.basisPoints(), 2000);
        QCOMPARE(saved.total, Money(2988));

        // The invoice, read through the batch as Ctrl+P prints it.
        OrderBatch batch(store, {id}, ShopDetails{});
        const auto read = batch.read(0, 1);
        QCOMPARE(read.size(), 1);
        const QLocale de;
        const QString html =
            printing::orderHtml(read.first().first, OrderDocument::Invoice, ShopDetails{}, de);
        QTextDocument doc;
        doc.setDefaultFont(printing::documentFont(de));
        doc.setHtml(html);
        doc.setTextWidth(700);
        const QString text = doc.toPlainText().replace(QChar::Nbsp, u' ');
        for (const QString& row :
             {QStringLiteral("Subtotal %1").arg(Money(2000).toString(de)),
              QStringLiteral("Shipping %1").arg(Money(490).toString(de)),
              QStringLiteral("Tax (20%) %1").arg(Money(498).toString(de)),
              QStringLiteral("Total (EUR) %1").arg(Money(2988).toString(de))}) {
            const QString wanted = QString(row).replace(QChar::Nbsp, u' ');
            QVERIFY2(text.simplified().contains(wanted),
                     qPrintable(wanted + QStringLiteral(" in ") + text));
        }
        QVERIFY(!text.contains(QLatin1String("Other charges")));
        QVERIFY(Money(2988).toString(de).contains(QLatin1String("29,88")));
        if (const QString shots = qEnvironmentVariable("DOCKET_SHOTS"); !shots.isEmpty()) {
            QImage page(760, int(doc.size().height()) + 20, QImage::Format_ARGB32);
            page.fill(Qt::white);
            QPainter p(&page);
            p.translate(30, 10);
            doc.drawContents(&p);
            p.end();
            page.save(shots + QStringLiteral("/invoice-charges.png"));
        }
        // An order without charges prints no shipping or tax rows.
        const QString plain = printing::orderHtml(store.order(store.create(draft(8))),
                                                  OrderDocument::Invoice, ShopDetails{}, de);
        QVERIFY(!plain.contains(QLatin1String("Shipping")));
        QVERIFY(!plain.contains(QLatin1String("Tax (")));
    }

    // The printed sales report's header said "Docket Demo Shop" in Chinese.
    void salesReportNamesTheShopInTheUsersLanguage()
    {
        installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        SalesReport report;
        const QString placeholder = report.title();
        installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY2(!placeholder.contains(QLatin1String("Docket Demo Shop")), qPrintable(placeholder));
        QVERIFY2(!placeholder.contains(QLatin1String("Sales report")), qPrintable(placeholder));
        report.shopName = QStringLiteral("Paper & Co");
        QCOMPARE(report.title(), QStringLiteral("Paper & Co — Sales report"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestUiPrinting)
#include "test_ui_printing.moc"
