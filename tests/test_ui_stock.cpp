// Drives the catalogue and stock pages offscreen (issue 17): the list shows
// the catalogue's products with their stock, typing in the search box filters
// them (debounced, in SQL), the Low stock button lists exactly the products
// below their safety stock and the page reports the low count the status bar
// shows, selecting a product fills its per-warehouse stock, stock received in
// the store shows after a refresh, a clerk sees no catalogue actions, and the
// stock page lists a running stocktake with its lines; closing a received
// return with a refund offers the lines' value and pays it back through the
// order's payments, which the page then shows; Export CSV replaces a file
// whole or leaves it as it was; the status bar's low-stock count follows
// stock changed on another desktop.
#include "aftersalespage.h"
#include "analyticswidgets.h"
#include "cataloguepage.h"
#include "i18n.h"
#include "items/producttablemodel.h"
#include "mainwindow.h"
#include "stockanalytics.h"
#include "stockpage.h"
#include "stores/cataloguestore.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "stores/returnstore.h"
#include "stores/stockstore.h"
#include "testdb.h"
#include "uitest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace docket;
using namespace docket::test;

namespace {

Product product(const QString& sku, const QString& name, qint64 safety)
{
    Product p;
    p.sku = sku;
    p.name = name;
    p.price = Money(1990);
    p.cost = Money(800);
    p.safetyStock = safety;
    return p;
}

QStringList skusShown(const ProductTableModel* m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, ProductTableModel::Sku).data().toString();
    return out;
}

bool settled(const ProductTableModel* m, int rows)
{
    if (!m->countKnown() || m->rowCount() != rows)
        return false;
    for (int r = 0; r < rows; ++r)
        if (!m->index(r, 0).data(ProductTableModel::LoadedRole).toBool())
            return false;
    return true;
}

} // namespace

class TestUiStock : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = std::make_unique<TestDb>(Backend::SQLite);
        CatalogueStore cat(m_db->connection(), adminSession());
        m_main =
            cat.saveWarehouse({0, QStringLiteral("HAM"), QStringLiteral("Hamburg"), {}, true, 0});
        m_north =
            cat.saveWarehouse({0, QStringLiteral("OSL"), QStringLiteral("Oslo"), {}, true, 0});
        m_mug =
            cat.saveProduct(product(QStringLiteral("SKU-MUG"), QStringLiteral("Ceramic mug"), 5));
        m_lamp =
            cat.saveProduct(product(QStringLiteral("SKU-LAMP"), QStringLiteral("Desk lamp"), 2));
        m_kettle = cat.saveProduct(
            product(QStringLiteral("SKU-KETTLE"), QStringLiteral("Steel kettle"), 0));
        StockStore st(m_db->connection(), adminSession());
        st.receive({{m_mug, m_main, 3},
                    {m_lamp, m_main, 10},
                    {m_lamp, m_north, 4},
                    {m_kettle, m_north, 7}});
    }
    void cleanup() { m_db.reset(); }

    void catalogueListsSearchesAndFiltersLowStock()
    {
        CataloguePage page(m_db->database(), adminSession());
        QSignalSpy low(&page, &CataloguePage::lowCountChanged);
        page.resize(1100, 600);
        page.show();
        ProductTableModel* m = page.model();
        QVERIFY(QTest::qWaitFor([&] { return settled(m, 3); }, 10000));
        QCOMPARE(skusShown(m),
                 (QStringList{QStringLiteral("SKU-KETTLE"), QStringLiteral("SKU-LAMP"),
                              QStringLiteral("SKU-MUG")}));
        // The lamp: 14 on hand over both warehouses.
        QCOMPARE(m->index(1, ProductTableModel::OnHand)
                     .data(ProductTableModel::SortValueRole)
                     .toLongLong(),
                 14);
        // Only the mug (3 available, safety stock 5) is low, and the page says so.
        QVERIFY(QTest::qWaitFor([&] { return !low.isEmpty(); }, 5000));
        QCOMPARE(low.last().first().toLongLong(), 1);
        QVERIFY(m->index(2, 0).data(ProductTableModel::LowRole).toBool());
        QVERIFY(!m->index(1, 0).data(ProductTableModel::LowRole).toBool());

        // Typing filters (debounced), by name word and by SKU.
        QTest::keyClicks(page.searchEdit(), QStringLiteral("lamp"));
        QVERIFY(QTest::qWaitFor([&] { return settled(m, 1); }, 10000));
        QCOMPARE(skusShown(m), QStringList{QStringLiteral("SKU-LAMP")});
        // (the next search also finds one row: wait for the row itself)
        page.searchEdit()->clear();
        QTest::keyClicks(page.searchEdit(), QStringLiteral("sku-ke"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return settled(m, 1) && skusShown(m) == QStringList{QStringLiteral("SKU-KETTLE")};
            },
            10000));
        page.searchEdit()->clear();
        QVERIFY(QTest::qWaitFor([&] { return settled(m, 3); }, 10000));

        // Low stock: one click, only the mug.
        QTest::mouseClick(page.lowButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return settled(m, 1); }, 10000));
        QCOMPARE(skusShown(m), QStringList{QStringLiteral("SKU-MUG")});

        // Stock received elsewhere: after a refresh the mug is no longer low.
        StockStore(m_db->connection(), adminSession()).receive({{m_mug, m_north, 20}});
        page.refresh();
        QVERIFY(QTest::qWaitFor([&] { return settled(m, 0); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return low.last().first().toLongLong() == 0; }, 5000));
    }

    void selectingAProductShowsItsWarehouses()
    {
        CataloguePage page(m_db->database(), adminSession());
        page.resize(1100, 600);
        page.show();
        ProductTableModel* m = page.model();
        QVERIFY(QTest::qWaitFor([&] { return settled(m, 3); }, 10000));
        page.view()->selectRow(1); // the lamp
        QCOMPARE(page.currentProductId(), m_lamp);
        QVERIFY(QTest::qWaitFor([&] { return page.levelsTable()->rowCount() == 2; }, 5000));
        QStringList cells;
        for (int r = 0; r < 2; ++r)
            cells << page.levelsTable()->item(r, 0)->text();
        QVERIFY2(cells.join(QLatin1Char(' ')).contains(QLatin1String("HAM")),
                 qPrintable(cells.join(QLatin1Char(','))));
        QVERIFY(page.movementsTable()->rowCount() >= 2); // the two receipts
    }

    void clerkSeesNoCatalogueActions()
    {
        CataloguePage page(
            m_db->database(),
            sessionWith(QStringLiteral("clerk"), {Permission::ViewOrders, Permission::CreateOrders,
                                                  Permission::EditOrders}));
        page.show();
        QVERIFY(QTest::qWaitFor([&] { return settled(page.model(), 3); }, 10000));
        // The changes are not offered; reading (export, the warehouse list) is.
        for (const char* name : {"newProduct", "editProduct", "receiveStock", "adjustStock",
                                 "writeOffStock", "importProducts"}) {
            auto* a = page.findChild<QAction*>(QLatin1String(name));
            QVERIFY2(a && !a->isVisible(), name);
        }
        QVERIFY(page.findChild<QAction*>(QStringLiteral("exportProducts"))->isVisible());
    }

    void stockPageShowsARunningStocktake()
    {
        StockStore st(m_db->connection(), adminSession());
        const qint64 id = st.startStocktake(m_main, {}, QStringLiteral("aisle A"));
        st.enterCounts(id, {{QStringLiteral("SKU-LAMP"), 9}});
        StockPage page(m_db->database(), adminSession());
        page.resize(1100, 650);
        page.show();
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (QTableWidget* t : page.findChildren<QTableWidget*>())
                    for (int r = 0; r < t->rowCount(); ++r)
                        for (int c = 0; c < t->columnCount(); ++c)
                            if (t->item(r, c) && t->item(r, c)->text() == QLatin1String("SKU-LAMP"))
                                return true;
                return false;
            },
            5000));
    }

    void afterSalesListsReturnsAndApproves()
    {
        CatalogueStore(m_db->connection(), adminSession())
            .setChannelWarehouse(QStringLiteral("web"), m_main);
        OrderStore orders(m_db->connection(), adminSession());
        Order o;
        o.customerName = QStringLiteral("Jane Roe");
        o.channel = QStringLiteral("web");
        o.lines << OrderLine{0, 0,          QStringLiteral("SKU-LAMP"), QStringLiteral("Desk lamp"),
                             2, Money(1990)};
        const qint64 id = orders.create(o);
        payAndShip(*m_db, id);
        ReturnStore returns(m_db->connection(), adminSession());
        const qint64 r =
            returns.create(id, ReturnReason::Defective, {{QStringLiteral("SKU-LAMP"), 1}});
        const qint64 closed =
            returns.create(id, ReturnReason::ChangedMind, {{QStringLiteral("SKU-LAMP"), 1}});
        returns.reject(closed, QStringLiteral("used"));

        AfterSalesPage page(m_db->database(), adminSession());
        page.resize(1000, 600);
        page.show();
        // Open returns: only the requested one.
        QVERIFY(QTest::qWaitFor([&] { return page.returnList()->rowCount() == 1; }, 5000));
        QCOMPARE(page.returnList()->item(0, 0)->text(), QString::number(r));
        page.filterBox()->setCurrentIndex(2); // all
        QCOMPARE(page.returnList()->rowCount(), 2);
        page.filterBox()->setCurrentIndex(0);
        page.returnList()->selectRow(0);
        QCOMPARE(page.lineTable()->rowCount(), 1);
        QVERIFY(page.approveButton()->isEnabled());
        QTest::mouseClick(page.approveButton(), Qt::LeftButton);
        QCOMPARE(returns.returnRequest(r).state, QStringLiteral("approved"));
        QVERIFY(!page.approveButton()->isEnabled());
    }

    void closingAReturnRefundsThroughThePayments()
    {
        CatalogueStore(m_db->connection(), adminSession())
            .setChannelWarehouse(QStringLiteral("web"), m_main);
        Order o;
        o.customerName = QStringLiteral("Jane Roe");
        o.channel = QStringLiteral("web");
        o.lines << OrderLine{0, 0,          QStringLiteral("SKU-LAMP"), QStringLiteral("Desk lamp"),
                             2, Money(1990)};
        const qint64 id = OrderStore(m_db->connection(), adminSession()).create(o);
        payAndShip(*m_db, id);
        ReturnStore returns(m_db->connection(), adminSession());
        const qint64 r =
            returns.create(id, ReturnReason::Defective, {{QStringLiteral("SKU-LAMP"), 1}});
        returns.approve(r);
        returns.receive(r, {{1, true, m_main}});

        AfterSalesPage page(m_db->database(), adminSession());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitFor([&] { return page.returnList()->rowCount() == 1; }, 5000));
        page.returnList()->selectRow(0);
        QPushButton* closeButton = page.closeButton();
        QVERIFY(closeButton->isEnabled());
        QString offered;
        QString paidText;
        whenModal([&](QWidget* w) {
            auto* dlg = qobject_cast<QDialog*>(w);
            offered = dlg->findChild<QLineEdit*>(QStringLiteral("refundAmount"))->text();
            paidText = dlg->findChild<QLabel*>(QStringLiteral("refundPaid"))->text();
            dlg->findChild<QLineEdit*>(QStringLiteral("closeNote"))
                ->setText(QStringLiteral("scratched"));
            dlg->accept();
        });
        QTest::mouseClick(closeButton, Qt::LeftButton);
        QCOMPARE(offered, QStringLiteral("19.90")); // one lamp: the lines' value
        QVERIFY2(paidText.contains(Money(3980).toString()), qPrintable(paidText));
        QCOMPARE(returns.returnRequest(r).state, QStringLiteral("closed"));
        const FulfilmentStore::Balance b =
            FulfilmentStore(m_db->connection(), adminSession()).balance(id);
        QCOMPARE(b.refunded.minorUnits(), 1990);
        QCOMPARE(b.paid().minorUnits(), 1990);
        // The page shows the refund and the order's balance after it.
        page.filterBox()->setCurrentIndex(2); // all
        QVERIFY(QTest::qWaitFor([&] { return page.returnList()->rowCount() == 1; }, 5000));
        page.returnList()->selectRow(0);
        QCOMPARE(page.returnList()->item(0, 7)->text(),
                 AfterSalesPage::tr("Refund %1").arg(Money(1990).toString()));
        const QString summary = page.findChild<QLabel*>(QStringLiteral("returnSummary"))->text();
        QVERIFY2(summary.contains(Money(1990).toString()) &&
                     summary.contains(Money(3980).toString()),
                 qPrintable(summary));
    }

    // The stock page's Analytics tab (issue 17 item 8), driven offscreen:
    // the cards, the per-product list in each order and the return rates by
    // product and by channel show the store's figures in the user's locale;
    // a clerk gets no tab, and a session without the right sees the refusal.
    void analyticsTabShowsTheStockFigures()
    {
        CatalogueStore(m_db->connection(), adminSession())
            .setChannelWarehouse(QStringLiteral("web"), m_main);
        // Everything on the test's day (payAndShip ships then).
        OrderStore orders(m_db->connection(), adminSession());
        orders.setClock([] { return TestDb::kNow; });
        auto order = [&](const QList<std::pair<QString, qint64>>& lines) {
            Order o;
            o.customerName = QStringLiteral("Jane Roe");
            o.channel = QStringLiteral("web");
            for (const auto& [sku, qty] : lines)
                o.lines << OrderLine{0, 0, sku, sku.mid(4).toLower(), qty, Money(1990)};
            return orders.create(o);
        };
        // Two lamps and a mug shipped, one lamp back; five kettles wanted in
        // Hamburg, where there are none: lost to backorders.
        const qint64 shipped =
            order({{QStringLiteral("SKU-LAMP"), 2}, {QStringLiteral("SKU-MUG"), 1}});
        payAndShip(*m_db, shipped);
        order({{QStringLiteral("SKU-KETTLE"), 5}});
        ReturnStore returns(m_db->connection(), adminSession());
        returns.setClock([] { return TestDb::kNow; });
        returns.create(shipped, ReturnReason::Defective, {{QStringLiteral("SKU-LAMP"), 1}});

        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        const QLocale de;
        StockPage page(m_db->database(), adminSession());
        page.resize(1100, 720);
        page.show();
        StockAnalyticsView* view = page.analytics();
        QVERIFY(view);
        view->setClock([] { return TestDb::kNow; });
        page.tabs()->setCurrentWidget(view);
        QTableWidget* products = view->productTable();
        QVERIFY(QTest::qWaitFor([&] { return products->rowCount() == 3; }, 5000));
        // 21 units at 8.00 left on the shelves; 3 shipped at 8.00.
        const QList<KpiCard*> cards = view->cards();
        QCOMPARE(cards[0]->value(), Money(16800).toString(de));
        QCOMPARE(cards[1]->value(), Money(2400).toString(de));
        // Lost at the kettles' cost (8.00), not at the order's 19.90.
        QCOMPARE(cards[4]->value(), Money(5 * 800).toString(de));
        QCOMPARE(cards[2]->value(), de.toString(2400.0 / 16800.0, 'f', 2)); // "0,14"
        // Highest stock value first: the lamps (12 left), the kettles, the mugs.
        QCOMPARE(products->item(0, 0)->text(), QStringLiteral("SKU-LAMP"));
        QCOMPARE(products->item(0, 2)->text(), de.toString(12));
        QCOMPARE(products->item(0, 3)->text(), Money(9600).toString(de));
        // Most lost first: the kettles, short by five.
        view->productOrderBox()->setCurrentIndex(2);
        QCOMPARE(products->item(0, 0)->text(), QStringLiteral("SKU-KETTLE"));
        QCOMPARE(products->item(0, 8)->text(), de.toString(5));
        QCOMPARE(products->item(0, 9)->text(), Money(5 * 800).toString(de));
        // Returns: a lamp of two, by product; the web shop's by channel.
        QTableWidget* rates = view->returnTable();
        QCOMPARE(rates->rowCount(), 2);
        QCOMPARE(rates->item(0, 0)->text(), QStringLiteral("SKU-LAMP"));
        QCOMPARE(rates->item(0, 4)->text(),
                 StockAnalyticsView::tr("%1 %").arg(de.toString(50.0, 'f', 1))); // "50,0 %"
        QVERIFY2(rates->item(0, 5)->text().contains(returnreason::label(ReturnReason::Defective)),
                 qPrintable(rates->item(0, 5)->text()));
        view->productOrderBox()->setCurrentIndex(0);
        QCoreApplication::processEvents(); // the cards' labels laid out anew
        view->returnsByBox()->setCurrentIndex(1);
        QCOMPARE(rates->rowCount(), 1);
        QCOMPARE(rates->item(0, 0)->text(), QStringLiteral("web"));
        QCOMPARE(rates->item(0, 3)->text(), de.toString(1));
        page.resize(1600, 900);
        QCoreApplication::processEvents();
        // A week from now the shipments are out of the last 7 days; the stock stays.
        view->setClock([] { return TestDb::kNow + 8 * 86400; });
        view->periodBox()->setCurrentIndex(0);
        QCOMPARE(cards[0]->value(), Money(16800).toString(de));
        QCOMPARE(cards[1]->value(), Money(0).toString(de));
        QCOMPARE(rates->rowCount(), 0);

        // A clerk has no Analytics tab; the view refuses a session without the right.
        StockPage clerkPage(m_db->database(),
                            sessionWith(QStringLiteral("clerk"),
                                        {Permission::ViewOrders, Permission::AdjustStock}));
        QVERIFY(!clerkPage.analytics());
        QCOMPARE(clerkPage.tabs()->count(), 3);
        StockAnalyticsView refused(m_db->database(),
                                   sessionWith(QStringLiteral("clerk"), {Permission::ViewOrders}));
        refused.reload();
        QCOMPARE(refused.productTable()->rowCount(), 0);
        QLabel* error = nullptr;
        for (QLabel* l : refused.findChildren<QLabel*>())
            if (!l->isHidden() && l->text().contains(permission::label(Permission::ViewAnalytics)))
                error = l;
        QVERIFY(error);
    }

    // Export CSV: the file chosen in the dialog gets the products the list
    // shows; an existing file is replaced whole; a write that fails says so,
    // naming the file, and leaves neither half a file nor a partial one.
    void exportWritesTheWholeFileOrNone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CataloguePage page(m_db->database(), adminSession());
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitFor([&] { return settled(page.model(), 3); }, 10000));
        QSignalSpy status(&page, &CataloguePage::statusMessage);
        QSignalSpy finished(&page, &CataloguePage::exportFinished);
        // The export runs on a thread of its own: wait for its end.
        auto exportTo = [&](const QString& path) {
            const qsizetype before = finished.size();
            page.exportProductsTo(path);
            return QTest::qWaitFor([&] { return finished.size() > before; }, 10000) &&
                   finished.last().first().toBool();
        };
        auto lines = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly)
                       ? QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                       : QStringList{QStringLiteral("unreadable")};
        };
        auto entries = [&] {
            return QDir(dir.path())
                .entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        };

        // Through the toolbar's action and the file dialog.
        const QString fresh = dir.filePath(QStringLiteral("products.csv"));
        whenModal([&](QWidget* w) {
            auto* fd = qobject_cast<QFileDialog*>(w);
            QVERIFY2(fd, w->metaObject()->className());
            fd->selectFile(fresh);
            static_cast<QDialog*>(fd)->accept(); // QFileDialog::accept(), protected there
        });
        page.findChild<QAction*>(QStringLiteral("exportProducts"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(finished.last().first().toBool());
        QVERIFY2(status.last().first().toString().contains(QDir::toNativeSeparators(fresh)),
                 qPrintable(status.last().first().toString()));
        QStringList got = lines(fresh);
        QCOMPARE(got.size(), 4);
        QCOMPARE(got.first(), CatalogueStore::csvHeader());
        QVERIFY(got.join(u'|').contains(QLatin1String("SKU-MUG,Ceramic mug,19.90,8.00,5,yes")));

        // A longer old file is replaced whole, for the filtered list.
        {
            QFile old(fresh);
            QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
            old.write(QByteArray(100000, 'x'));
        }
        QTest::keyClicks(page.searchEdit(), QStringLiteral("lamp"));
        QVERIFY(QTest::qWaitFor([&] { return settled(page.model(), 1); }, 10000));
        QVERIFY(exportTo(fresh));
        got = lines(fresh);
        QCOMPARE(got.size(), 2);
        QVERIFY(got.last().startsWith(QLatin1String("SKU-LAMP,")));
        QCOMPARE(entries(), QStringList{QStringLiteral("products.csv")});

#ifdef Q_OS_UNIX
        // A write that fails half-way, as on a full disk (here: the process's
        // file size limit, which holds for root too): a warning, the old
        // file as it was, no partial file.
        const QByteArray previous("sku,name\nOLD-1,kept\n");
        {
            QFile old(fresh);
            QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
            old.write(previous);
        }
        QString full;
        whenModal([&](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            QVERIFY2(box, w->metaObject()->className());
            full = box->text();
            box->accept();
        });
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &limit), 0);
        const rlimit unlimited = limit;
        limit.rlim_cur = 48; // the lamp's CSV is longer
        const auto handler = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
        const bool written = exportTo(fresh);
        setrlimit(RLIMIT_FSIZE, &unlimited);
        std::signal(SIGXFSZ, handler);
        QVERIFY(!written);
        QVERIFY2(full.contains(QDir::toNativeSeparators(fresh)), qPrintable(full));
        QFile kept(fresh);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), previous);
        QCOMPARE(entries(), QStringList{QStringLiteral("products.csv")});
        QVERIFY(exportTo(fresh));
#endif

        // A target that cannot be replaced (a folder): a warning naming it,
        // the folder as it was, no partial file left beside it.
        const QString folder = dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
        QString warning;
        whenModal([&](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            QVERIFY2(box, w->metaObject()->className());
            warning = box->text();
            box->accept();
        });
        QVERIFY(!exportTo(folder));
        QVERIFY2(warning.contains(QDir::toNativeSeparators(folder)), qPrintable(warning));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(entries(), (QStringList{QStringLiteral("products.csv"), QStringLiteral("taken")}));
        QCOMPARE(lines(fresh).size(), 2);
    }

    // At 1280 px (the window, sidebar and product details beside the list)
    // the catalogue's columns fit the list without a horizontal scroll: the
    // figures give up width down to what their values need, the name keeps
    // room for a whole product name. A wide window gives the figures their
    // default widths back; a column the user sized keeps its width.
    void catalogueFitsA1280PixelWindow()
    {
        CatalogueStore cat(m_db->connection(), adminSession());
        for (int i = 0; i < 30; ++i) {
            Product p = product(QStringLiteral("SKU-1%1").arg(i, 5, 10, QLatin1Char('0')),
                                QStringLiteral("Organic Headphones, White %1").arg(i), 40);
            p.price = Money(123450); // 1,234.50
            p.cost = Money(98760);
            const qint64 id = cat.saveProduct(p);
            StockStore(m_db->connection(), adminSession()).receive({{id, m_main, 12345}});
            if (i == 0) // movements of several kinds, one with a long reason
                StockStore(m_db->connection(), adminSession())
                    .writeOff(id, m_main, 1, QStringLiteral("Water damage in the north aisle"));
        }
        MainWindow window(m_db->database(), adminSession());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CataloguePage* page = window.cataloguePage();
        window.showPage(page);
        QTRY_VERIFY(page->isVisible());
        ProductTableModel* m = page->model();
        QVERIFY(QTest::qWaitFor([&] { return settled(m, 33); }, 10000));
        QTableView* view = page->view();
        QHeaderView* header = view->horizontalHeader();
        const int name = ProductTableModel::Name;
        QFont bold = view->font();
        bold.setBold(true);
        const QFontMetrics fm(bold);
        auto fits = [&](int column) {
            for (int r = 0; r < 20; ++r) {
                const QString text = m->index(r, column).data().toString();
                if (fm.horizontalAdvance(text) + 8 > header->sectionSize(column)) {
                    qWarning() << "cut:" << text << header->sectionSize(column);
                    return false;
                }
            }
            return true;
        };
        auto noScroll = [&] {
            return header->length() <= view->viewport()->width() &&
                   header->sectionSize(name) >= view->fontMetrics().horizontalAdvance(
                                                    QStringLiteral("Classic Desk Mat, Grey"));
        };
        QTRY_VERIFY2(noScroll(), qPrintable(QStringLiteral("%1 > %2, name %3")
                                                .arg(header->length())
                                                .arg(view->viewport()->width())
                                                .arg(header->sectionSize(name))));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        for (int c = 0; c < ProductTableModel::ColumnCount; ++c)
            if (c != name)
                QVERIFY2(fits(c), qPrintable(m->headerData(c, Qt::Horizontal).toString()));
        // A heading's tooltip starts with the heading (a heading too long for
        // its column ends in an ellipsis, and the tooltip names it whole).
        const QString tip =
            m->headerData(ProductTableModel::SafetyStock, Qt::Horizontal, Qt::ToolTipRole)
                .toString();
        QVERIFY2(tip.startsWith(
                     m->headerData(ProductTableModel::SafetyStock, Qt::Horizontal).toString()),
                 qPrintable(tip));
        // The selected product's two tables fit the details pane too: no
        // sideways scroll, and the figures and dates are whole (texts may
        // end in "…": the warehouse, what moved, where, for what).
        view->setCurrentIndex(m->index(0, ProductTableModel::Sku));
        const QHash<QTableWidget*, QList<int>> whole{{page->levelsTable(), {1, 2, 3}},
                                                     {page->movementsTable(), {0, 3, 4}}};
        for (QTableWidget* t : {page->levelsTable(), page->movementsTable()}) {
            QTRY_VERIFY(t->rowCount() > 0);
            QTRY_VERIFY2(t->horizontalHeader()->length() <= t->viewport()->width(),
                         qPrintable(QStringLiteral("%1: %2 > %3")
                                        .arg(t->objectName())
                                        .arg(t->horizontalHeader()->length())
                                        .arg(t->viewport()->width())));
            QVERIFY(!t->horizontalScrollBar()->isVisible());
            for (int c : whole.value(t))
                for (int r = 0; r < t->rowCount(); ++r)
                    if (const QTableWidgetItem* i = t->item(r, c))
                        QVERIFY2(t->fontMetrics().horizontalAdvance(i->text()) <=
                                     t->horizontalHeader()->sectionSize(c),
                                 qPrintable(QStringLiteral("%1 column %2: %3")
                                                .arg(t->objectName())
                                                .arg(c)
                                                .arg(i->text())));
        }

        // Wide: every figure at its default width, wider than at 1280.
        const int safetyNarrow = header->sectionSize(ProductTableModel::SafetyStock);
        window.resize(1900, 900);
        QTRY_VERIFY(header->sectionSize(ProductTableModel::SafetyStock) > safetyNarrow);
        QVERIFY(header->length() <= view->viewport()->width());
        // A column sized by the user keeps its width.
        header->resizeSection(ProductTableModel::Cost, 150);
        window.resize(1280, 800);
        QTRY_VERIFY(header->sectionSize(ProductTableModel::SafetyStock) <= safetyNarrow);
        QCOMPARE(header->sectionSize(ProductTableModel::Cost), 150);
    }

    // At 1280 px the selected product's latest movements show what moved
    // and where whole, in English and Chinese (they shrank to two letters
    // and "…" while the note column kept a fifth of the pane): the note
    // ("For") gives up its width first, figures and dates stay whole, and
    // nothing scrolls sideways.
    void catalogueMovementsShowWhatAndWhereAt1280_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void catalogueMovementsShowWhatAndWhereAt1280()
    {
        QFETCH(QString, lang);
        installTranslators(*QCoreApplication::instance(), lang);
        auto english = qScopeGuard(
            [] { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); });
        // The lamp: received, reserved and backordered for an order, written
        // off with a long reason, sent away in a transfer.
        const QSqlDatabase c = m_db->connection();
        CatalogueStore(c, adminSession()).setChannelWarehouse(QStringLiteral("web"), m_main);
        Order o;
        o.customerName = QStringLiteral("Jane Roe");
        o.channel = QStringLiteral("web");
        o.lines << OrderLine{
            0, 0, QStringLiteral("SKU-LAMP"), QStringLiteral("Desk lamp"), 12, Money(1990)};
        OrderStore(c, adminSession()).create(o);
        StockStore st(c, adminSession());
        st.writeOff(m_lamp, m_north, 1, QStringLiteral("Water damage in the north aisle"));
        st.sendTransfer(st.createTransfer(m_north, m_main, {{m_lamp, 2}},
                                          QStringLiteral("Rebalancing before the sale")));

        MainWindow window(m_db->database(), adminSession());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CataloguePage* page = window.cataloguePage();
        window.showPage(page);
        QTRY_VERIFY(page->isVisible());
        ProductTableModel* m = page->model();
        QVERIFY(QTest::qWaitFor([&] { return settled(m, 3); }, 10000));
        page->view()->setCurrentIndex(m->index(1, ProductTableModel::Sku)); // the lamp
        QTableWidget* t = page->movementsTable();
        QTRY_VERIFY(t->rowCount() >= 6);
        QHeaderView* h = t->horizontalHeader();
        QTRY_VERIFY2(
            h->length() <= t->viewport()->width(),
            qPrintable(QStringLiteral("%1 > %2").arg(h->length()).arg(t->viewport()->width())));
        QVERIFY(!t->horizontalScrollBar()->isVisible());
        // A cell's text has the focus frame's margin on either side.
        const int margins =
            2 * (t->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, t) + 1);
        QStringList kinds;
        for (int col = 0; col < 5; ++col)
            for (int r = 0; r < t->rowCount(); ++r) {
                const QString text = t->item(r, col)->text();
                if (col == 1)
                    kinds << text;
                QVERIFY2(t->fontMetrics().horizontalAdvance(text) + margins <= h->sectionSize(col),
                         qPrintable(QStringLiteral("column %1 (%2 px): %3")
                                        .arg(col)
                                        .arg(h->sectionSize(col))
                                        .arg(text)));
            }
        kinds.removeDuplicates();
        QVERIFY2(kinds.size() >= 5, qPrintable(kinds.join(QStringLiteral(", "))));
        // The note, when cut, names itself whole in its tooltip.
        for (int r = 0; r < t->rowCount(); ++r)
            QCOMPARE(t->item(r, 5)->toolTip(), t->item(r, 5)->text());
    }

    // The status bar's low-stock count (mainwindowstatus.cpp, mainwindow.cpp):
    // it appears with the window, follows stock that another desktop changes
    // (no refresh by hand: the change watcher), hides when nothing is low,
    // and a click lists the low products.
    void statusBarCountsLowStockLive()
    {
        MainWindow window(m_db->database(), adminSession());
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton* badge = window.lowStockBadge();
        QVERIFY(badge);
        QCOMPARE(badge->objectName(), QStringLiteral("lowStockBadge"));
        // The mug (3 available, safety stock 5) is low.
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible() && badge->text() == QLatin1String("1 low on "
                                                                                      "stock"),
                                 10000);

        // Another desktop writes lamps off: 1 left, below its safety stock of 2.
        const std::shared_ptr<Database> other = m_db->openAnother();
        StockStore st(other->connection(), adminSession());
        st.writeOff(m_lamp, m_main, 10, QStringLiteral("Water damage"));
        st.writeOff(m_lamp, m_north, 3, QStringLiteral("Water damage"));
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() == QLatin1String("2 low on stock"), 10000);
        QVERIFY(badge->isVisible());
        QVERIFY(!badge->toolTip().isEmpty());

        // A click lists exactly those two.
        CataloguePage* catalogue = window.findChild<CataloguePage*>();
        QVERIFY(catalogue);
        QTest::mouseClick(badge, Qt::LeftButton);
        QTRY_VERIFY(catalogue->isVisible());
        QVERIFY(catalogue->findChild<QToolButton*>(QStringLiteral("lowStockFilter"))->isChecked());
        ProductTableModel* m = catalogue->model();
        QVERIFY(QTest::qWaitFor([&] { return settled(m, 2); }, 10000));
        QCOMPARE(skusShown(m),
                 (QStringList{QStringLiteral("SKU-LAMP"), QStringLiteral("SKU-MUG")}));

        // Goods in over there: nothing is low, the badge goes.
        st.receive({{m_mug, m_north, 10}, {m_lamp, m_north, 5}});
        QTRY_VERIFY_WITH_TIMEOUT(badge->isHidden(), 10000);
        // ... and comes back with the next low product.
        st.writeOff(m_kettle, m_north, 7, QStringLiteral("Recalled"));
        CatalogueStore(other->connection(), adminSession()).saveProduct([&] {
            Product p = CatalogueStore(other->connection(), adminSession()).product(m_kettle);
            p.safetyStock = 1;
            return p;
        }());
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible() && badge->text() == QLatin1String("1 low on "
                                                                                      "stock"),
                                 10000);
    }

private:
    std::unique_ptr<TestDb> m_db;
    qint64 m_main = 0, m_north = 0, m_mug = 0, m_lamp = 0, m_kettle = 0;
};

QTEST_MAIN(TestUiStock)
#include "test_ui_stock.moc"
