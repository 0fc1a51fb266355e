// Drives the real orders page offscreen: typing into the filter bar, selecting
// rows, invalidating and deleting through the real widgets and dialogs, new
// orders arriving from another connection, opening an order.

#include "db/database.h"
#include "filterbar.h"
#include "items/changewatcher.h"
#include "items/ordertablemodel.h"
#include "massactiondialog.h"
#include "orderdialog.h"
#include "orderrowdelegate.h"
#include "orderspage.h"
#include "seed/seeder.h"
#include "stores/orderstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <functional>

using namespace docket;

namespace {

// Runs `act` on the next modal dialog that opens (QInputDialog, QMessageBox, ...).
void whenModal(std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act] {
        if (QWidget* w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(w);
        } else if (++*tries > 200) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(25);
}

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
    // The valid-orders list no longer shows them.
    QTRY_VERIFY(!model->isLoading());
    QTRY_VERIFY(pageLoaded(model, 20));
    for (int r = 0; r < 30; ++r)
        QVERIFY(
            !ids.contains(model->data(model->index(r, 0), OrderTableModel::IdRole).toLongLong()));
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

QTEST_MAIN(TestUiOrders)
#include "test_ui_orders.moc"
