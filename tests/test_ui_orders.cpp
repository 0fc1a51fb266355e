// Drives the real orders page offscreen: typing into the filter bar, selecting
// rows, invalidating and deleting through the real widgets and dialogs, new
// orders arriving from another connection, opening an order.

#include "columnchooserdialog.h"
#include "db/database.h"
#include "domain/errors.h"
#include "domain/shopcurrency.h"
#include "filterbar.h"
#include "items/changewatcher.h"
#include "items/listlayout.h"
#include "items/ordercolumns.h"
#include "items/ordertablemodel.h"
#include "massactiondialog.h"
#include "orderdialog.h"
#include "orderrowdelegate.h"
#include "orderspage.h"
#include "seed/seeder.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"
#include "uitest.h"
#include "viewspanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <functional>

using namespace docket;
using namespace docket::test;

namespace {

// Runs `act` on the next modal dialog that opens (QInputDialog, QMessageBox, ...).
// The row delegate's style for a cell, as the view paints it.
struct RowStyle : OrderRowDelegate
{
    using OrderRowDelegate::initStyleOption;
    using OrderRowDelegate::OrderRowDelegate;
};

bool pageLoaded(OrderTableModel* m, int row = 0)
{
    return m->rowCount() > row && m->data(m->index(row, 0), OrderTableModel::LoadedRole).toBool();
}

} // namespace

class TestUiOrders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingFiltersDebounced();
    void badFilterInputIsShownNotIgnored();
    void invalidateSelectionThroughWidgets();
    void deleteInvalidThroughWidgets();
    void deleteRefusedForValidOrders();
    void newOrdersBadgeAndNewOnly();
    void externalInsertAppearsHighlightedKeepingSelection();
    void openingAnOrderMarksItSeen();
    void orderDialogValidatesAndSaves();
    void newOrderSkuCompletesFromCatalogue();
    void newOrderWithoutAddressAsksFirst();
    void newOrderIsInTheShopsCurrency();
    void channelClerkGetsTheirChannelAndSecondPerson();
    void statusBoxSaysWhenAChipHoldsSeveral();
    void columnChooserAndPerUserLayout();
    void unindexedColumnsDoNotSort();
    void narrowWindowKeepsCustomerNamesWhole();
    void savedViewsThroughThePanel();
    void customerViewAndComments();

private:
    qint64 countWith(const std::function<void(OrderFilter&)>& tweak)
    {
        OrderFilter f;
        tweak(f);
        return m_store->count(f);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OrdersPage> m_page;
};

void TestUiOrders::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_shared<Database>(
        DatabaseConfig::fromString(m_dir->filePath(QStringLiteral("ui.db"))));
    m_db->open(true);
    m_store = std::make_unique<OrderStore>(m_db->connection(), Session::localUser());
    SeedOptions opt;
    opt.orders = 3000;
    opt.seed = 11;
    seedOrders(*m_store, opt);
    m_page = std::make_unique<OrdersPage>(m_db, Session::localUser());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(pageLoaded(m_page->model()));
    QTRY_VERIFY(m_page->model()->isCountExact());
}

void TestUiOrders::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestUiOrders::typingFiltersDebounced()
{
    OrderTableModel* model = m_page->model();
    QSignalSpy changed(m_page->filterBar(), &FilterBar::filterChanged);
    QTest::keyClicks(m_page->filterBar()->numberEdit(), QStringLiteral("DK00001"));
    // Debounced: one filter for the whole word, not one per key.
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(model->filter().number, QStringLiteral("DK00001"));
    const qint64 expected = countWith([](OrderFilter& f) { f.number = QStringLiteral("DK00001"); });
    QVERIFY(expected > 0);
    QTRY_COMPARE(qint64(model->rowCount()), expected);
    QTRY_VERIFY(pageLoaded(model));
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->data(model->index(r, 0)).toString().startsWith(QLatin1String("DK00001")));

    // Keyword: a customer's email fragment through the full-text index.
    m_page->filterBar()->numberEdit()->clear();
    QTest::keyClicks(m_page->filterBar()->keywordEdit(), QStringLiteral("customer12"));
    const qint64 kw = countWith([](OrderFilter& f) { f.keyword = QStringLiteral("customer12"); });
    QVERIFY(kw > 0);
    QTRY_COMPARE(model->filter().keyword, QStringLiteral("customer12"));
    QTRY_COMPARE(qint64(model->rowCount()), kw);
}

void TestUiOrders::badFilterInputIsShownNotIgnored()
{
    FilterBar* bar = m_page->filterBar();
    auto* error = bar->findChild<QLabel*>(QStringLiteral("filterError"));
    QVERIFY(error);
    const OrderFilter before = m_page->model()->filter();
    QTest::keyClicks(bar->numberEdit(), QStringLiteral("DK 12!"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("DK 12!")));
    QCOMPARE(bar->numberEdit()->property("invalid").toBool(), true);
    QCOMPARE(m_page->model()->filter().number, before.number);

    bar->numberEdit()->clear();
    QTRY_VERIFY(!error->isVisible());
    auto dates = bar->findChildren<QDateEdit*>();
    QCOMPARE(dates.size(), 2);
    dates[0]->setDate(QDate(2026, 5, 10));
    dates[1]->setDate(QDate(2026, 5, 1));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLocale().toString(QDate(2026, 5, 1), QLocale::ShortFormat)));
    QVERIFY(m_page->model()->filter().to != QDate(2026, 5, 1));
}

void TestUiOrders::invalidateSelectionThroughWidgets()
{
    QTableView* view = m_page->view();
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(pageLoaded(model, 20));
    // Click row 2, shift-click row 11: ten orders.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(2, 0)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      view->visualRect(model->index(11, 0)).center());
    QCOMPARE(m_page->selectedCount(), 10);
    QList<qint64> ids;
    for (int r = 2; r <= 11; ++r)
        ids << model->rowAt(r)->id;
    QVERIFY(m_page->invalidateAction()->isEnabled());

    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([](QWidget* w) {
        auto* dlg = qobject_cast<MassActionDialog*>(w);
        QVERIFY(dlg);
        dlg->reasonBox()->setEditText(QStringLiteral("Duplicate of another order"));
        QTest::mouseClick(dlg->actionButton(), Qt::LeftButton);
    });
    m_page->invalidateAction()->trigger();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toInt(), 10);
    for (qint64 id : ids) {
        const Order o = m_store->order(id);
        QVERIFY(o.isInvalid());
        QCOMPARE(o.invalidReason, QStringLiteral("Duplicate of another order"));
        bool audited = false;
        for (const OrderEvent& e : m_store->events(id))
            audited = audited || e.kind == QLatin1String("invalidated");
        QVERIFY(audited);
    }
    // The valid-orders list no longer shows them (once its reload, which the
    // change may start a moment later, has come in).
    const auto showsNone = [&] {
        if (model->isLoading() || !pageLoaded(model, 20))
            return false;
        for (int r = 0; r < 30; ++r)
            if (ids.contains(model->data(model->index(r, 0), OrderTableModel::IdRole).toLongLong()))
                return false;
        return true;
    };
    QTRY_VERIFY(showsNone());
}

void TestUiOrders::deleteInvalidThroughWidgets()
{
    auto* validity = m_page->filterBar()->findChildren<QComboBox*>().at(0);
    for (QComboBox* c : m_page->filterBar()->findChildren<QComboBox*>())
        if (c->accessibleName() == QLatin1String("Show"))
            validity = c;
    validity->setCurrentIndex(validity->findData(int(OrderFilter::Validity::Invalid)));
    OrderTableModel* model = m_page->model();
    QTRY_COMPARE(model->filter().validity, OrderFilter::Validity::Invalid);
    const qint64 invalid =
        countWith([](OrderFilter& f) { f.validity = OrderFilter::Validity::Invalid; });
    QVERIFY(invalid > 10);
    QTRY_COMPARE(qint64(model->rowCount()), invalid);

    QTableView* view = m_page->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_page->selectedCount(), invalid);
    QVERIFY(m_page->deleteAction()->isEnabled());

    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([invalid](QWidget* w) {
        auto* dlg = qobject_cast<MassActionDialog*>(w);
        QVERIFY(dlg);
        QVERIFY(dlg->findChild<QLabel*>(QStringLiteral("massActionQuestion"))
                    ->text()
                    .contains(QLocale().toString(invalid)));
        if (dlg->needsTypedCount())
            QTest::keyClicks(dlg->countEdit(), QString::number(invalid));
        QTest::mouseClick(dlg->actionButton(), Qt::LeftButton);
    });
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toLongLong(), invalid);
    QCOMPARE(countWith([](OrderFilter& f) { f.validity = OrderFilter::Validity::Invalid; }), 0);
    QCOMPARE(qint64(m_store->archived({}, 100000).size()), invalid);
    QTRY_COMPARE(model->rowCount(), 0);
}

void TestUiOrders::deleteRefusedForValidOrders()
{
    // In the valid-orders list Delete is disabled, and the Delete key does nothing.
    QTableView* view = m_page->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(m_page->selectedCount() > 0);
    QVERIFY(!m_page->deleteAction()->isEnabled());
    const qint64 before =
        countWith([](OrderFilter& f) { f.validity = OrderFilter::Validity::All; });
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::qWait(200);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(countWith([](OrderFilter& f) { f.validity = OrderFilter::Validity::All; }), before);
}

void TestUiOrders::newOrdersBadgeAndNewOnly()
{
    const qint64 fresh = m_store->countNew();
    QVERIFY(fresh > 0);
    QToolButton* badge = m_page->filterBar()->newOnlyButton();
    QTRY_VERIFY(badge->text().contains(QLocale().toString(fresh)));
    QTest::mouseClick(badge, Qt::LeftButton);
    QTRY_VERIFY(m_page->model()->filter().newOnly);
    QTRY_COMPARE(qint64(m_page->model()->rowCount()), fresh);
    QTRY_VERIFY(pageLoaded(m_page->model()));
    QVERIFY(
        m_page->model()->data(m_page->model()->index(0, 0), OrderTableModel::IsNewRole).toBool());

    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([fresh](QWidget* w) {
        auto* dlg = qobject_cast<MassActionDialog*>(w);
        QVERIFY(dlg);
        if (dlg->needsTypedCount())
            QTest::keyClicks(dlg->countEdit(), QString::number(fresh));
        QTest::mouseClick(dlg->actionButton(), Qt::LeftButton);
    });
    m_page->markAllSeenAction()->trigger();
    QCOMPARE(m_store->countNew(), 0);
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    QTRY_VERIFY(!badge->text().contains(QLocale().toString(fresh)));
}

void TestUiOrders::externalInsertAppearsHighlightedKeepingSelection()
{
    OrderTableModel* model = m_page->model();
    m_page->watcher()->setInterval(50);
    QTRY_VERIFY(pageLoaded(model, 5));
    QTableView* view = m_page->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(3, 0)).center());
    const qint64 selectedId = model->rowAt(3)->id;
    const int before = model->rowCount();

    // Another process (its own Database and connection) takes two orders.
    {
        Database other(DatabaseConfig::fromString(m_db->config().path));
        other.open(false);
        OrderStore s(other.connection(QStringLiteral("other")), Session::localUser());
        for (int i = 0; i < 2; ++i) {
            Order o;
            o.customerName = QStringLiteral("Zoë Arrival %1").arg(i);
            o.channel = QStringLiteral("web");
            o.lines = {
                OrderLine{0, 0, QStringLiteral("SKU-X"), QStringLiteral("Widget"), 1, Money(1250)}};
            s.create(o);
        }
        other.closeConnection(QStringLiteral("other"));
    }
    QTRY_COMPARE(model->rowCount(), before + 2);
    QTRY_VERIFY(pageLoaded(model));
    QTRY_VERIFY(
        model->data(model->index(0, 1)).toString().startsWith(QStringLiteral("Zoë Arrival")));
    QVERIFY(model->data(model->index(0, 0), OrderTableModel::IsNewRole).toBool());
    // Highlighted by the row delegate (the model has no font role): bold.
    QVERIFY(qobject_cast<OrderRowDelegate*>(view->itemDelegate()));
    RowStyle delegate;
    QStyleOptionViewItem option;
    delegate.initStyleOption(&option, model->index(0, 1));
    QVERIFY(option.font.bold());
    // The selection stayed with the same order, now two rows further down.
    const QModelIndexList sel = view->selectionModel()->selectedRows();
    QCOMPARE(sel.size(), 1);
    QCOMPARE(sel.first().row(), 5);
    QTRY_COMPARE(model->data(sel.first(), OrderTableModel::IdRole).toLongLong(), selectedId);
}

void TestUiOrders::openingAnOrderMarksItSeen()
{
    OrderTableModel* model = m_page->model();
    int row = -1;
    for (int r = 0; r < 50 && row < 0; ++r)
        if (model->data(model->index(r, 0), OrderTableModel::IsNewRole).toBool())
            row = r;
    QVERIFY(row >= 0);
    const qint64 id = model->rowAt(row)->id;
    whenModal([](QWidget* w) {
        auto* dlg = qobject_cast<OrderDialog*>(w);
        QVERIFY(dlg);
        QVERIFY(dlg->historyTree()->topLevelItemCount() >= 2); // created + seen
        dlg->reject();
    });
    QTableView* view = m_page->view();
    const QPoint p = view->visualRect(model->index(row, 1)).center();
    // Qt 6 sends a widget only the MouseButtonDblClick event; the press before
    // it comes from the first click, as with a real mouse.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, p);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, p);
    const Order o = m_store->order(id);
    QVERIFY(!o.isNew());
    QVERIFY(!o.seenBy.isEmpty());
    QCOMPARE(model->data(model->index(row, 0), OrderTableModel::IsNewRole).toBool(), false);
}

void TestUiOrders::orderDialogValidatesAndSaves()
{
    OrderTableModel* model = m_page->model();
    const qint64 id = model->rowAt(0)->id;
    OrderDialog dlg(*m_store, id);
    dlg.show();
    // Empty customer name: refused, message names the field, nothing saved.
    dlg.customerEdit()->clear();
    QVERIFY(!dlg.save());
    QVERIFY(dlg.errorLabel()->text().contains(QLatin1String("customer name")));
    QCOMPARE(dlg.customerEdit()->property("invalid").toBool(), true);
    QVERIFY(!m_store->order(id).customerName.isEmpty());

    // A quantity of 0 is refused too.
    const QString oldQty = dlg.linesTable()->item(0, 2)->text();
    dlg.customerEdit()->setText(QStringLiteral("Renée \"Quoted\", Ltd."));
    dlg.linesTable()->item(0, 2)->setText(QStringLiteral("0"));
    QVERIFY(!dlg.save());
    QVERIFY(dlg.errorLabel()->text().contains(QLatin1String("quantity")));

    dlg.linesTable()->item(0, 2)->setText(QStringLiteral("7"));
    QVERIFY(dlg.save());
    const Order saved = m_store->order(id);
    QCOMPARE(saved.customerName, QStringLiteral("Renée \"Quoted\", Ltd."));
    QCOMPARE(saved.lines.first().quantity, 7);
    QCOMPARE(saved.total, saved.linesTotal());
    Q_UNUSED(oldQty);
    bool diffAudited = false;
    for (const OrderEvent& e : m_store->events(id))
        diffAudited = diffAudited || (e.field == QLatin1String("customer_name") &&
                                      e.newValue == saved.customerName);
    QVERIFY(diffAudited);
}

// Issue 13, item 5: a SKU typed into a line completes from the catalogue and
// fills the product's name and price.
void TestUiOrders::newOrderSkuCompletesFromCatalogue()
{
    QSqlQuery ins(m_db->connection());
    QVERIFY(ins.exec(QStringLiteral("INSERT INTO products(sku, name, unit_price_cents) VALUES "
                                    "('ZZ-TEAPOT-1', 'Cast-iron teapot', 2350), "
                                    "('ZZ-TEAPOT-2', 'Glass teapot', 1890)")));
    OrderDialog dlg(*m_store, 0);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QTableWidget* lines = dlg.linesTable();
    QCOMPARE(lines->rowCount(), 1);
    lines->setCurrentCell(0, 0);
    lines->editItem(lines->item(0, 0));
    auto* editor = lines->findChild<QLineEdit*>(QStringLiteral("skuEditor"));
    QVERIFY(editor);
    // Lower case, as typed: the catalogue's SKUs are upper case.
    QTest::keyClicks(editor, QStringLiteral("zz-tea"));
    QCompleter* completer = editor->completer();
    QVERIFY(completer);
    QTRY_COMPARE(completer->completionModel()->rowCount(), 2);
    const QString shown = completer->completionModel()->index(0, 0).data().toString();
    QVERIFY2(shown.contains(QLatin1String("ZZ-TEAPOT-1")) &&
                 shown.contains(QLatin1String("Cast-iron teapot")),
             qPrintable(shown));
    // Choose the first proposal, as Down and Enter in the popup do.
    completer->setCurrentRow(0);
    editor->setText(completer->currentCompletion());
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(lines->item(0, 0)->text(), QStringLiteral("ZZ-TEAPOT-1"));
    QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("Cast-iron teapot"));
    QCOMPARE(lines->item(0, 3)->text(), Money(2350).toNumberString(QLocale()));
    QVERIFY(lines->item(0, 4)->text().contains(Money(2350).toNumberString(QLocale())));
    // Another SKU replaces what the catalogue filled in; a name typed by hand stays.
    lines->item(0, 0)->setText(QStringLiteral("ZZ-TEAPOT-2"));
    QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("Glass teapot"));
    lines->item(0, 1)->setText(QStringLiteral("Glass teapot, gift-wrapped"));
    lines->item(0, 0)->setText(QStringLiteral("ZZ-TEAPOT-1"));
    QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("Glass teapot, gift-wrapped"));
    QCOMPARE(lines->item(0, 3)->text(), Money(2350).toNumberString(QLocale()));

    dlg.customerEdit()->setText(QStringLiteral("Tea Lover"));
    dlg.streetEdit()->setText(QStringLiteral("1 Leaf Lane"));
    QVERIFY(dlg.save());
    const Order saved = m_store->order(dlg.order().id);
    QCOMPARE(saved.lines.size(), 1);
    QCOMPARE(saved.lines.first().sku, QStringLiteral("ZZ-TEAPOT-1"));
    QCOMPARE(saved.lines.first().unitPrice.minorUnits(), 2350);
    QVERIFY(saved.lines.first().productId > 0);
}

// Issue 13 item 1: a new order from the order window is in the shop's
// currency (the shop.currency setting), not always EUR.
void TestUiOrders::newOrderIsInTheShopsCurrency()
{
    ShopSettingsStore(m_db->connection(), Session::localUser())
        .set(shop::shopCurrency.id(), QStringLiteral("CNY"));
    OrderDialog dlg(*m_store, 0);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    dlg.customerEdit()->setText(QStringLiteral("Walk-in Customer"));
    // The catalogue's prices are in euros: a catalogue SKU fills in the
    // product but not "23.50" as yuan; the price cell says why.
    QSqlQuery ins(m_db->connection());
    QVERIFY(ins.exec(QStringLiteral("INSERT INTO products(sku, name, unit_price_cents) VALUES "
                                    "('ZZ-KETTLE-1', 'Copper kettle', 2350)")));
    QTableWidgetItem* price = dlg.linesTable()->item(0, 3);
    dlg.linesTable()->item(0, 0)->setText(QStringLiteral("ZZ-KETTLE-1"));
    QCOMPARE(dlg.linesTable()->item(0, 1)->text(), QStringLiteral("Copper kettle"));
    QCOMPARE(price->text(), Money(0, u"CNY").toNumberString(QLocale()));
    QVERIFY2(price->toolTip().contains(Money(2350, u"EUR").toString(QLocale())) &&
                 price->toolTip().contains(QLatin1String("CNY")),
             qPrintable(price->toolTip()));
    dlg.linesTable()->item(0, 0)->setText(QStringLiteral("SKU-WALKIN"));
    dlg.linesTable()->item(0, 1)->setText(QStringLiteral("Umbrella"));
    dlg.linesTable()->item(0, 3)->setText(QStringLiteral("88.00"));
    whenModal([](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        QVERIFY(box);
        box->findChild<QPushButton*>(QStringLiteral("saveWithoutAddress"))->click();
    });
    QVERIFY(dlg.save());
    const Order saved = m_store->order(dlg.order().id);
    QCOMPARE(saved.currency, QStringLiteral("CNY"));
    QCOMPARE(saved.total, Money(8800, u"CNY"));
}

// Issue 13, item 5: an order with no address saved without a word.
void TestUiOrders::newOrderWithoutAddressAsksFirst()
{
    const qint64 before = m_store->maxOrderId();
    OrderDialog dlg(*m_store, 0);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    dlg.customerEdit()->setText(QStringLiteral("Walk-in Customer"));
    dlg.linesTable()->item(0, 0)->setText(QStringLiteral("SKU-WALKIN"));
    dlg.linesTable()->item(0, 1)->setText(QStringLiteral("Umbrella"));
    dlg.linesTable()->item(0, 3)->setText(QStringLiteral("12.00"));
    // The safe answer is the default: Enter adds the address.
    QString question;
    whenModal([&question](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        QVERIFY(box);
        question = box->text();
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("addAddress"));
        QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY(!dlg.save());
    QVERIFY(question.contains(QLatin1String("no shipping address")));
    QCOMPARE(m_store->maxOrderId(), before);
    QVERIFY(dlg.streetEdit()->hasFocus() || dlg.streetEdit()->property("invalid").toBool());
    // A deliberate "Save Without Address" saves it.
    whenModal([](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        QVERIFY(box);
        box->findChild<QPushButton*>(QStringLiteral("saveWithoutAddress"))->click();
    });
    QVERIFY(dlg.save());
    QVERIFY(m_store->maxOrderId() > before);
    QVERIFY(m_store->order(dlg.order().id).shipTo.street.isEmpty());
    QCOMPARE(OrderStore::warnings(m_store->order(dlg.order().id)).size(), 1);
}

// Issue 13, item 5: a channel-scoped clerk got a default channel they may not
// use, and a refusal in the third person.
void TestUiOrders::channelClerkGetsTheirChannelAndSecondPerson()
{
    const Session clerk(42, QStringLiteral("wendy"),
                        {Permission::ViewOrders, Permission::CreateOrders, Permission::EditOrders},
                        Scope::ofChannels({QStringLiteral("web")}), QStringLiteral("clerk"));
    OrderStore store(m_db->connection(), clerk);
    QCOMPARE(store.defaultChannel(), QStringLiteral("web"));
    QCOMPARE(store.channelsForNewOrders(), QStringList{QStringLiteral("web")});
    OrderDialog dlg(store, 0);
    QCOMPARE(dlg.channelCombo()->currentData().toString(), QStringLiteral("web"));
    QCOMPARE(dlg.channelCombo()->count(), 1);
    dlg.customerEdit()->setText(QStringLiteral("Web Buyer"));
    dlg.streetEdit()->setText(QStringLiteral("2 Web Way"));
    dlg.linesTable()->item(0, 0)->setText(QStringLiteral("SKU-WEB"));
    dlg.linesTable()->item(0, 1)->setText(QStringLiteral("Mouse mat"));
    dlg.linesTable()->item(0, 3)->setText(QStringLiteral("5.00"));
    QVERIFY(dlg.save());
    QCOMPARE(m_store->order(dlg.order().id).channel, QStringLiteral("web"));

    // Asked for a phone order anyway: the refusal speaks to the clerk.
    Order phone = m_store->order(dlg.order().id);
    phone.id = 0;
    phone.number.clear();
    phone.channel = QStringLiteral("phone");
    try {
        store.create(phone);
        QFAIL("a phone order was created by a web-shop clerk");
    } catch (const DocketError& e) {
        QCOMPARE(e.code(), DocketError::Code::Forbidden);
        QVERIFY2(e.message().startsWith(QLatin1String("You may not")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("wendy")), qPrintable(e.message()));
        QVERIFY(e.message().contains(channel::label(QStringLiteral("web"))));
    }
}

// Issue 13, item 7: after a click on a revenue bar the status box said "All
// statuses" while a chip filtered by four of them.
void TestUiOrders::statusBoxSaysWhenAChipHoldsSeveral()
{
    FilterBar* bar = m_page->filterBar();
    OrderFilter f;
    f.statuses = {QStringLiteral("paid"), QStringLiteral("processing"), QStringLiteral("shipped"),
                  QStringLiteral("delivered")};
    f.channels = {QStringLiteral("web"), QStringLiteral("app")};
    bar->setFilter(f);
    QComboBox* status = bar->statusBox();
    QCOMPARE(status->currentText(),
             QCoreApplication::translate("docket::FilterBar", "%n status(es)", nullptr, 4));
    QVERIFY(status->currentIndex() > 0);
    QCOMPARE(bar->channelBox()->currentText(),
             QCoreApplication::translate("docket::FilterBar", "%n channel(s)", nullptr, 2));
    QCOMPARE(bar->filter().statuses, f.statuses); // the box says it; the filter keeps all four
    QCOMPARE(bar->chips().size(), 2);
    // Picking one status replaces the four; the extra entry goes.
    const int paid = status->findData(QStringLiteral("paid"));
    status->setCurrentIndex(paid);
    QCOMPARE(bar->filter().statuses, QStringList{QStringLiteral("paid")});
    QCOMPARE(status->findData(QStringLiteral("*several*")), -1);
    QTRY_COMPARE(bar->chips().size(), 1);
    // Removing the channel chip gives "All channels" back.
    bar->chips().first()->click();
    QCOMPARE(bar->channelBox()->currentIndex(), 0);
    QVERIFY(bar->filter().channels.isEmpty());
}

void TestUiOrders::columnChooserAndPerUserLayout()
{
    QHeaderView* header = m_page->view()->horizontalHeader();
    const int email = ordercolumns::listIndex(u"email");
    const int items = ordercolumns::listIndex(u"items");
    const int channel = ordercolumns::listIndex(u"channel");
    QVERIFY(header->isSectionHidden(email));
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<ColumnChooserDialog*>(w);
        QVERIFY(d);
        QListWidget* list = d->list();
        for (int i = 0; i < list->count(); ++i) {
            const QString key = list->item(i)->data(Qt::UserRole).toString();
            if (key == QLatin1String("email") || key == QLatin1String("items"))
                list->item(i)->setCheckState(Qt::Checked);
            if (key == QLatin1String("channel"))
                list->item(i)->setCheckState(Qt::Unchecked);
        }
        // Email up to second place.
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("email"))
                list->setCurrentRow(i);
        while (list->currentRow() > 1)
            d->findChild<QPushButton*>(QStringLiteral("columnUp"))->click();
        d->accept();
    });
    m_page->chooseColumnsAction()->trigger();
    QVERIFY(!header->isSectionHidden(email));
    QVERIFY(!header->isSectionHidden(items));
    QVERIFY(header->isSectionHidden(channel));
    QCOMPARE(header->visualIndex(email), 1);
    QVERIFY(m_page->model()->withItems());
    QTRY_VERIFY(pageLoaded(m_page->model()));
    const auto row = m_page->model()->rowAt(0);
    QVERIFY(row && row->items > 0);
    QCOMPARE(m_page->model()->index(0, email).data().toString(), row->email);
    QCOMPARE(m_page->model()->index(0, items).data().toString(), QLocale().toString(row->items));
    header->resizeSection(email, 333);
    m_page->saveState();

    // The same user's next window has them; another user keeps the defaults.
    OrdersPage again(m_db, Session::localUser());
    again.restoreState();
    QHeaderView* h2 = again.view()->horizontalHeader();
    QVERIFY(!h2->isSectionHidden(email));
    QVERIFY(h2->isSectionHidden(channel));
    QCOMPARE(h2->visualIndex(email), 1);
    QCOMPARE(h2->sectionSize(email), 333);
    QCOMPARE(again.listLayout().columns, m_page->listLayout().columns);
    OrdersPage other(m_db, Session(7, QStringLiteral("someone-else"),
                                   Session::localUser().permissions(), Scope::all()));
    other.restoreState();
    QCOMPARE(other.listLayout().columns, ordercolumns::defaultListKeys());
}

// The user guide's pictures (960 x 600) cut the customers' names to "Chloé
// Ko…": in a narrow window the other columns give up the width they do not
// need first; a column the user sized keeps its width; a wide window gets the
// defaults back.
void TestUiOrders::narrowWindowKeepsCustomerNamesWhole()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // 28/12/2026 23:58
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QTableView* view = m_page->view();
    QHeaderView* header = view->horizontalHeader();
    const int customer = int(OrderColumn::Customer);
    const int status = int(OrderColumn::Status);
    const int created = int(OrderColumn::Created);
    const int total = int(OrderColumn::Total);
    const int channel = int(OrderColumn::Channel);
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    // Whether the loaded rows' texts of a column fit its width.
    auto fits = [&](int column) {
        for (int r = 0; r < 25; ++r) {
            const QModelIndex i = m_page->model()->index(r, column);
            if (i.data(OrderTableModel::InvalidRole).toBool())
                continue; // "Invalid: <reason>" is the one text cut
            const QString text = i.data().toString();
            if (fm.horizontalAdvance(text) + 8 > header->sectionSize(column)) {
                qWarning() << "cut:" << text << header->sectionSize(column);
                return false;
            }
        }
        return true;
    };

    // A window narrower than the default widths, wide enough for what the
    // rows hold and a name (the guide's 960 x 600 in British English).
    const QString name = QStringLiteral("Chloé Kowalski");
    int need = fm.horizontalAdvance(name) + 16, defaults = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) || c == customer)
            continue;
        defaults += header->sectionSize(c);
        int widest =
            fm.horizontalAdvance(m_page->model()->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < 25; ++r)
            if (!m_page->model()->index(r, c).data(OrderTableModel::InvalidRole).toBool())
                widest = std::max(
                    widest, fm.horizontalAdvance(m_page->model()->index(r, c).data().toString()));
        need += widest + 30;
    }
    QVERIFY2(need < defaults + fm.horizontalAdvance(name),
             qPrintable(QStringLiteral("%1 %2").arg(need).arg(defaults)));
    m_page->resize(m_page->width() - view->viewport()->width() + need, 600);
    QTRY_COMPARE(view->viewport()->width(), need);
    QTRY_VERIFY2(header->sectionSize(customer) >= fm.horizontalAdvance(name),
                 qPrintable(QString::number(header->sectionSize(customer))));
    QVERIFY(header->sectionSize(status) < ListLayout().width(QStringLiteral("status")));
    QVERIFY(fits(status));
    QVERIFY(fits(created));
    QVERIFY(fits(total));
    QVERIFY(fits(channel));
    QVERIFY(fits(int(OrderColumn::Number)));
    // No horizontal scrolling: the columns fill the row.
    QVERIFY2(
        header->length() <= view->viewport()->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(view->viewport()->width())));

    // A column the user sizes keeps its width, and only it is stored.
    header->resizeSection(channel, 180);
    m_page->resize(m_page->width() - 40, 600);
    QCOMPARE(header->sectionSize(channel), 180);
    QCOMPARE(m_page->listLayout().widths.keys(), QList<QString>{QStringLiteral("channel")});

    // Wide again: the defaults.
    m_page->resize(1400, 700);
    QTRY_COMPARE(header->sectionSize(status), ListLayout().width(QStringLiteral("status")));
    QCOMPARE(header->sectionSize(created), ListLayout().width(QStringLiteral("created")));
    QCOMPARE(header->sectionSize(channel), 180);
}

void TestUiOrders::unindexedColumnsDoNotSort()
{
    ListLayout l = ListLayout::defaults();
    l.columns << QStringLiteral("email");
    m_page->setListLayout(l);
    const OrderSort before = m_page->model()->sortSpec();
    QHeaderView* header = m_page->view()->horizontalHeader();
    const int email = ordercolumns::listIndex(u"email");
    const QPoint at(header->sectionViewportPosition(email) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_page->model()->sortSpec(), before);
    QCOMPARE(header->sortIndicatorSection(), int(before.column));
    // A sortable one still sorts.
    const int total = int(OrderColumn::Total);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(total) + 10, header->height() / 2));
    QCOMPARE(m_page->model()->sortSpec().column, OrderColumn::Total);
}

// Issue 13, item 10: saved views with live counts, Ctrl+1…9.
void TestUiOrders::savedViewsThroughThePanel()
{
    ViewsPanel* panel = m_page->viewsPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->list()->count(), 0);
    FilterBar* bar = m_page->filterBar();
    OrderFilter paid;
    paid.statuses = {QStringLiteral("paid")};
    bar->setFilter(paid);
    ListLayout l = ListLayout::defaults();
    l.columns = {QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("email")};
    l.sort = {OrderColumn::Total, Qt::AscendingOrder};
    m_page->setListLayout(l);
    auto save = [&](const QString& name) {
        whenModal([name](QWidget* w) {
            auto* d = qobject_cast<QInputDialog*>(w);
            QVERIFY(d);
            d->setTextValue(name);
            d->accept();
        });
        panel->findChild<QPushButton*>(QStringLiteral("saveView"))->click();
    };
    save(QStringLiteral("Paid by amount"));
    QCOMPARE(panel->list()->count(), 1);
    bar->clear();
    m_page->setListLayout(ListLayout::defaults());
    save(QStringLiteral("Everything"));
    QCOMPARE(panel->list()->count(), 2);
    // Counted off the GUI thread; the list shows the numbers.
    const qint64 paidCount =
        countWith([](OrderFilter& f) { f.statuses = {QStringLiteral("paid")}; });
    const qint64 all = countWith([](OrderFilter&) {});
    const qint64 first = panel->views().first().id;
    QTRY_COMPARE(panel->countOf(first), paidCount);
    QTRY_COMPARE(panel->countOf(panel->views().last().id), all);
    QVERIFY(panel->list()->item(0)->text().contains(QLocale().toString(paidCount)));

    // Ctrl+1: the first view, its filter, sort and columns.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page->view(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(bar->filter().statuses, QStringList{QStringLiteral("paid")});
    QTRY_COMPARE(m_page->model()->filter().statuses, QStringList{QStringLiteral("paid")});
    QCOMPARE(m_page->listLayout().columns, l.columns);
    QCOMPARE(m_page->model()->sortSpec(), l.sort);
    QTest::keyClick(m_page->view(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(bar->filter().statuses.isEmpty());
    QCOMPARE(m_page->listLayout().columns, ordercolumns::defaultListKeys());
    QSignalSpy message(m_page.get(), &OrdersPage::statusMessage);
    QTest::keyClick(m_page->view(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(message.count(), 1);

    // An order that turns paid elsewhere: the count follows.
    const auto pending = m_store->page(
        [] {
            OrderFilter f;
            f.statuses = {QStringLiteral("pending")};
            return f;
        }(),
        {}, 1);
    QVERIFY(!pending.isEmpty());
    m_store->changeStatus(pending.first().id, OrderStatus::Paid);
    panel->recountNow();
    QTRY_COMPARE(panel->countOf(first), paidCount + 1);
}

// Issue 13, item 13: the customer's other orders from an order, a filter of
// them in the list, and internal comments in the history.
void TestUiOrders::customerViewAndComments()
{
    const qint64 id = m_page->model()->rowAt(0)->id;
    const Order o = m_store->order(id);
    QVERIFY(!o.email.isEmpty());
    // Two more orders of this customer, one with the email in capitals.
    Order again = o;
    again.id = 0;
    again.number.clear();
    again.email = o.email.toUpper();
    m_store->create(again);
    m_store->create(again);
    const CustomerSummary expected =
        m_store->customerSummary(*CustomerKey::of(o.email, o.phone, o.customerName));
    QVERIFY(expected.orders >= 3);

    OrderDialog dlg(*m_store, id);
    connect(&dlg, &OrderDialog::showOrders, m_page->filterBar(), &FilterBar::setFilter);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    dlg.tabs()->setCurrentWidget(dlg.customerPage());
    QVERIFY(dlg.customerHeading()->text().contains(o.email));
    QVERIFY(dlg.customerHeading()->text().contains(QLatin1String("email address")));
    QCOMPARE(qint64(dlg.customerOrders()->rowCount()),
             std::min<qint64>(100, expected.orders + expected.invalidOrders));
    dlg.findChild<QPushButton*>(QStringLiteral("showCustomerOrders"))->click();
    FilterBar* bar = m_page->filterBar();
    QVERIFY(bar->filter().customer.has_value());
    QCOMPARE(bar->chips().size(), 1);
    QCOMPARE(bar->chips().first()->property("field").toString(), QStringLiteral("customer"));
    QTRY_VERIFY(m_page->model()->isCountExact() && !m_page->model()->isLoading());
    QCOMPARE(m_page->model()->totalCount(), expected.orders + expected.invalidOrders);

    // A comment, typed and added: in the history, under the user's name.
    dlg.tabs()->setCurrentIndex(1);
    QTest::keyClicks(dlg.commentEdit(), QStringLiteral("Customer asked for gift wrap."));
    QVERIFY(dlg.addCommentButton()->isEnabled());
    dlg.addCommentButton()->click();
    QTreeWidget* history = dlg.historyTree();
    QTreeWidgetItem* last = history->topLevelItem(history->topLevelItemCount() - 1);
    QCOMPARE(last->text(2), eventKindLabel(QStringLiteral("commented")));
    QCOMPARE(last->text(3), QStringLiteral("Customer asked for gift wrap."));
    QCOMPARE(last->text(1), Session::localUser().userName());
    QVERIFY(dlg.commentEdit()->toPlainText().isEmpty());
    QCOMPARE(m_store->events(id).constLast().kind, QStringLiteral("commented"));
    dlg.reject();
}

QTEST_MAIN(TestUiOrders)
#include "test_ui_orders.moc"
