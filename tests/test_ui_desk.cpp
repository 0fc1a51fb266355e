// The desk as people use it all day (issue 13), driven through real widgets
// offscreen: toggles that look on when they are on, the selection count,
// invalid orders with their reason, new and overdue at once, scope that
// explains itself (channels offered, refused shortcuts, an empty list), the
// delete confirmation's wording and read-only fields that look read-only.

#include "archivepage.h"
#include "db/database.h"
#include "domain/dateperiod.h"
#include "filterbar.h"
#include "items/archiveloader.h"
#include "items/batchjob.h"
#include "items/ordertablemodel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "massactiondialog.h"
#include "orderconflictdialog.h"
#include "orderdialog.h"
#include "orderrowdelegate.h"
#include "orderspage.h"
#include "seed/seeder.h"
#include "settings.h"
#include "stores/orderstore.h"
#include "stores/userstore.h"
#include "testdb.h"
#include "theme.h"
#include "uitest.h"
#include "undoconflictdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <algorithm>
#include <atomic>
#include <functional>
#include <future>
#include <thread>

using namespace docket;
using namespace docket::test;

namespace {

// The orders of list rows [first, last].
QList<qint64> idsOfRows(OrderTableModel* m, int first, int last)
{
    QList<qint64> ids;
    for (int r = first; r <= last; ++r)
        ids << m->rowAt(r)->id;
    return ids;
}

bool pageLoaded(OrderTableModel* m, int row = 0)
{
    return m->rowCount() > row && m->data(m->index(row, 0), OrderTableModel::LoadedRole).toBool();
}

int distance(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

// The colour most of a widget's inside is painted with (its background).
QColor background(QWidget* w)
{
    const QImage img = w->grab().toImage();
    QHash<QRgb, int> counts;
    for (int y = img.height() / 4; y < img.height() * 3 / 4; ++y)
        for (int x = img.width() / 8; x < img.width() * 7 / 8; ++x)
            ++counts[img.pixel(x, y)];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return QColor(best);
}

Session tomSession()
{
    return Session(3, QStringLiteral("tom"), Session::localUser().permissions(), Scope::all(),
                   QStringLiteral("admin"));
}

// The archive entry of order number `number` (0 when none).
qint64 archiveIdOf(const OrderStore& store, const QString& number)
{
    for (const ArchivedOrder& a : store.archived(number))
        if (a.number == number)
            return a.id;
    return 0;
}

// The undo-conflict dialog's rows as "number|who", and its buttons' texts.
struct ConflictSeen
{
    QStringList rows;
    QString others;
    QString nothing;
    bool nothingIsDefault = false;
};
ConflictSeen lookAt(UndoConflictDialog* d)
{
    ConflictSeen seen;
    for (int i = 0; i < d->ordersTree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = d->ordersTree()->topLevelItem(i);
        seen.rows << item->text(0) + QLatin1Char('|') + item->text(2);
    }
    seen.others = d->undoOthersButton() ? d->undoOthersButton()->text() : QString();
    seen.nothing = d->undoNothingButton()->text();
    seen.nothingIsDefault = d->undoNothingButton()->isDefault();
    return seen;
}

Session clerk(const QString& name, const QList<Permission>& perms, const Scope& scope)
{
    return Session(7, name, QSet<Permission>(perms.begin(), perms.end()), scope,
                   QStringLiteral("clerk"));
}

} // namespace

class TestUiDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void togglesLookOnWhenChecked();
    void selectionIsCounted();
    void estimatedCountSaysAbout();
    void invalidOrdersShowTheirReason();
    void newAndOverdueShowsBoth();
    void deleteConfirmationNamesWhoCanRestore();
    void channelFilterOffersOnlyChannelsInScope();
    void refusedShortcutsAreDisabledAndSayWhy();
    void refusedExportSaysWhy();
    void emptyListSaysWhy();
    void numberOutsideTheScopeIsNotFoundAmongTheOrdersYouCanSee();
    void readOnlyFieldsLookReadOnly();
    void massInvalidateAsksForTheCountAndUndoes();
    void undoThatWouldOverwriteALaterChangeIsRefused();
    void undoOfABatchTakesBackTheOthersWhenAsked();
    void undoOfADeleteListsTheOrdersRestoredSince();
    void undoOfAnArchiveRestoreListsTheOrdersChangedSince();
    void refusedUndoNamesTheMissingRight();
    void undoThatLosesTheConnectionStaysOnTheStack();
    void massActionButtonsLeaveRoomAroundTheirText();
    void editIsUndoneAndRedone();
    void undoOverSomeoneElsesEditAsksWithTheConflictDialog();
    void markAllSeenAsksFirst();
    void bulkStatusChangeThroughTheDialog();
    void refusedUndoOfACancelNamesTheOrderAndWhy();
    void bulkAssignIsUndoneAndRedone();
    void markSeenIsUndoneAndRedone();
    void signOutAndSwitchUser();
    void signInBuildsTheWindowWhileThePasswordIsTyped();
    void countGivesWayInANarrowWindow();
    void deadlineToggleAndItsMenu();
    void archiveIsSearchedByCustomerAndDate();
    void bulkProgressDialogAdvancesClosesAndCancels();

private:
    void openPage(const Session& session);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OrdersPage> m_page;
};

void TestUiDesk::initTestCase()
{
    // The shipped stylesheet: these tests look at what it paints.
    applyTheme(*qApp, QStringLiteral("light"));
}

void TestUiDesk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_shared<Database>(
        DatabaseConfig::fromString(m_dir->filePath(QStringLiteral("desk.db"))));
    m_db->open(true);
    m_store = std::make_unique<OrderStore>(m_db->connection(), Session::localUser());
    SeedOptions opt;
    opt.orders = 1500;
    opt.seed = 13;
    seedOrders(*m_store, opt);
}

void TestUiDesk::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestUiDesk::openPage(const Session& session)
{
    m_page = std::make_unique<OrdersPage>(m_db, session);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_page->model()->isCountExact() && !m_page->model()->isLoading());
}

// Issue 13 item 4: "New (268)" and "Overdue" looked bright when off and grey
// when on. On is the accent, filled; off is not.
void TestUiDesk::togglesLookOnWhenChecked()
{
    FilterBar bar;
    bar.setNewCount(268);
    bar.resize(1000, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const QColor accent = bar.palette().color(QPalette::Highlight);
    for (QToolButton* toggle :
         {bar.newOnlyButton(), bar.findChild<QToolButton*>(QStringLiteral("overdueToggle"))}) {
        QVERIFY(toggle);
        toggle->setChecked(false);
        const QColor off = background(toggle);
        toggle->setChecked(true);
        const QColor on = background(toggle);
        toggle->setChecked(false);
        QVERIFY2(distance(on, accent) < 60,
                 qPrintable(QStringLiteral("%1 on: %2, accent %3")
                                .arg(toggle->objectName(), on.name(), accent.name())));
        QVERIFY2(distance(off, accent) > 200,
                 qPrintable(QStringLiteral("%1 off: %2").arg(toggle->objectName(), off.name())));
    }
}

// Item 8: "18 selected".
void TestUiDesk::selectionIsCounted()
{
    openPage(Session::localUser());
    QTableView* view = m_page->view();
    QTRY_VERIFY(pageLoaded(m_page->model(), 20));
    QLabel* count = m_page->filterBar()->resultCountLabel();
    QVERIFY(!count->text().contains(QStringLiteral("selected")));
    view->setFocus();
    view->selectionModel()->select(
        QItemSelection(m_page->model()->index(2, 0), m_page->model()->index(19, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY2(count->text().contains(QStringLiteral("18 selected")), qPrintable(count->text()));
    view->clearSelection();
    QVERIFY(!count->text().contains(QStringLiteral("selected")));
}

// Issue 19 item 3: an estimate reads as one (two significant digits,
// "about"), the rows found so far as a lower bound, the exact count exactly.
void TestUiDesk::estimatedCountSaysAbout()
{
    openPage(Session::localUser());
    FilterBar* bar = m_page->filterBar();
    QLabel* count = bar->resultCountLabel();
    const QLocale l;
    bar->setResultCount(1534567, false, true, true);
    QVERIFY2(count->text().contains(QStringLiteral("about")) &&
                 count->text().contains(l.toString(qlonglong(1500000))),
             qPrintable(count->text()));
    bar->setResultCount(87, false, true, true);
    QVERIFY2(count->text().contains(l.toString(87)), qPrintable(count->text()));
    bar->setResultCount(200, false, true, false);
    QVERIFY2(count->text().contains(QStringLiteral("≥")) &&
                 !count->text().contains(QStringLiteral("about")),
             qPrintable(count->text()));
    bar->setResultCount(1534567, true, false, false);
    QVERIFY2(count->text().contains(l.toString(qlonglong(1534567))) &&
                 !count->text().contains(QStringLiteral("about")),
             qPrintable(count->text()));
}

// Item 8: invalid orders show their reason in the list and its tooltip.
void TestUiDesk::invalidOrdersShowTheirReason()
{
    OrderFilter f;
    const qint64 id = m_store->page(f, {}, 1).first().id;
    m_store->invalidate({id}, QStringLiteral("Fraud suspected"));
    openPage(Session::localUser());
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    m_page->filterBar()->setFilter(invalid);
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(pageLoaded(model));
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(OrderTableModel::IdRole).toLongLong() == id)
            row = r;
    QVERIFY(row >= 0);
    const QString status = model->index(row, int(OrderColumn::Status)).data().toString();
    QVERIFY2(status.contains(QStringLiteral("Fraud suspected")), qPrintable(status));
    const QString tip = model->index(row, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Fraud suspected")), qPrintable(tip));
}

// Item 8: an order both new and overdue shows the new tint and the overdue
// bar, not only the new tint.
void TestUiDesk::newAndOverdueShowsBoth()
{
    // Unpaid for five days and nobody has opened it.
    Order o;
    o.customerName = QStringLiteral("Late and new");
    o.channel = QStringLiteral("web");
    o.lines = {OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Teapot"), 1, Money(1250)}};
    o.createdAt = QDateTime::currentDateTimeUtc().addDays(-5);
    // Made five days ago: its payment step (72 h) is past its deadline.
    const qint64 made = o.createdAt.toSecsSinceEpoch();
    m_store->setClock([made] { return made; });
    m_store->create(o);
    m_store->setClock([] { return QDateTime::currentSecsSinceEpoch(); });
    openPage(Session::localUser());
    OrderTableModel* model = m_page->model();
    OrderFilter f = model->filter();
    f.due = OrderFilter::Due::Overdue;
    f.newOnly = true;
    m_page->filterBar()->setFilter(f);
    QTRY_VERIFY(pageLoaded(model));
    QVERIFY(model->index(0, 0).data(OrderTableModel::IsNewRole).toBool());
    QVERIFY(model->index(0, 0).data(OrderTableModel::OverdueRole).toBool());
    QVERIFY(
        model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("overdue")));
    QTableView* view = m_page->view();
    view->clearSelection();
    view->setCurrentIndex({});
    QApplication::processEvents();
    const QRect cell = view->visualRect(model->index(0, 0));
    const QImage img = view->viewport()->grab().toImage();
    const QColor bar(img.pixel(cell.left() + 1, cell.center().y()));
    QVERIFY2(distance(bar, OrderRowDelegate::overdueColor()) < 40, qPrintable(bar.name()));
    // The rest of the row keeps the new tint (closer to the accent than the base).
    const QColor inside(img.pixel(cell.right() - 3, cell.top() + 2));
    const QColor accent = view->palette().color(QPalette::Highlight);
    const QColor base = view->palette().color(QPalette::Base);
    QVERIFY2(inside != base && distance(inside, accent) < distance(base, accent),
             qPrintable(inside.name()));
}

// Item 8: the delete confirmation said "an administrator can restore it"
// though supervisors can.
void TestUiDesk::deleteConfirmationNamesWhoCanRestore()
{
    OrderFilter f;
    const qint64 id = m_store->page(f, {}, 1).first().id;
    m_store->invalidate({id}, QStringLiteral("Test order"));
    const Session supervisor(3, QStringLiteral("sam"),
                             {Permission::ViewOrders, Permission::Invalidate,
                              Permission::DeleteInvalid, Permission::RestoreArchived},
                             Scope::all(), QStringLiteral("supervisor"));
    openPage(supervisor);
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    m_page->filterBar()->setFilter(invalid);
    QTRY_VERIFY(pageLoaded(m_page->model()));
    m_page->view()->selectRow(0);
    QString said;
    whenModal([&said](QWidget* w) {
        auto* label = w->findChild<QLabel*>(QStringLiteral("massActionConsequence"));
        said = label ? label->text() : QString();
        w->close();
    });
    m_page->deleteSelected();
    QVERIFY2(!said.contains(QStringLiteral("administrator")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("you")), qPrintable(said));
    QVERIFY2(said.contains(permission::label(Permission::RestoreArchived)), qPrintable(said));
}

// Item 6: a channel-scoped clerk is offered only their channels.
void TestUiDesk::channelFilterOffersOnlyChannelsInScope()
{
    openPage(clerk(QStringLiteral("wendy"), {Permission::ViewOrders},
                   Scope::ofChannels({QStringLiteral("web"), QStringLiteral("app")})));
    QComboBox* box = m_page->filterBar()->channelBox();
    QStringList offered;
    for (int i = 1; i < box->count(); ++i)
        offered << box->itemData(i).toString();
    QCOMPARE(offered, (QStringList{QStringLiteral("web"), QStringLiteral("app")}));
}

// Item 6: Delete, Ctrl+I did nothing at all for a clerk; they are disabled,
// say why in their tooltip, and pressing them says why in the status bar.
void TestUiDesk::refusedShortcutsAreDisabledAndSayWhy()
{
    openPage(clerk(QStringLiteral("wendy"), {Permission::ViewOrders, Permission::MarkSeen},
                   Scope::all()));
    QTRY_VERIFY(pageLoaded(m_page->model()));
    QAction* invalidate = m_page->invalidateAction();
    QVERIFY(invalidate->isVisible());
    m_page->view()->selectRow(0);
    QVERIFY(!invalidate->isEnabled());
    QVERIFY2(invalidate->toolTip().contains(permission::label(Permission::Invalidate)),
             qPrintable(invalidate->toolTip()));
    QVERIFY(invalidate->toolTip().contains(QStringLiteral("Clerk")));
    QVERIFY(!m_page->deleteAction()->isEnabled());
    QVERIFY(m_page->markSeenAction()->isEnabled()); // allowed: untouched
    QSignalSpy said(m_page.get(), &OrdersPage::statusMessage);
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().first().toString().contains(permission::label(Permission::Invalidate)),
             qPrintable(said.first().first().toString()));
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    QCOMPARE(said.size(), 2);
    QVERIFY(said.last().first().toString().contains(permission::label(Permission::DeleteInvalid)));
}

// Item 6 names Ctrl+E with Delete and Ctrl+I: for a role without "Export"
// the action was hidden, so its shortcut did nothing at all. It stays in the
// File menu, disabled, its tooltip says why, and Ctrl+E says why in the
// status bar -- also after a language change describes the action again.
void TestUiDesk::refusedExportSaysWhy()
{
    MainWindow window(m_db, clerk(QStringLiteral("wendy"), {Permission::ViewOrders}, Scope::all()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* exportOrders = window.findChild<QAction*>(QStringLiteral("exportOrders"));
    QVERIFY(exportOrders);
    QVERIFY(exportOrders->isVisible());
    QVERIFY(!exportOrders->isEnabled());
    QVERIFY2(exportOrders->toolTip().contains(permission::label(Permission::Export)),
             qPrintable(exportOrders->toolTip()));
    OrdersPage* page = window.ordersPage();
    QVERIFY(page);
    QTRY_VERIFY(pageLoaded(page->model()));
    page->view()->selectRow(0);
    QVERIFY(!exportOrders->isEnabled()); // a selection does not enable it
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&window, &change);
    QVERIFY(!exportOrders->isEnabled());
    QVERIFY2(exportOrders->toolTip().contains(permission::label(Permission::Export)),
             qPrintable(exportOrders->toolTip()));
    QSignalSpy said(page, &OrdersPage::statusMessage);
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().first().toString().contains(permission::label(Permission::Export)),
             qPrintable(said.first().first().toString()));

    // A role with the right exports as before.
    MainWindow admin(m_db, Session::localUser());
    auto* adminExport = admin.findChild<QAction*>(QStringLiteral("exportOrders"));
    QVERIFY(adminExport && adminExport->isVisible() && adminExport->isEnabled());
    QVERIFY(!adminExport->toolTip().contains(permission::label(Permission::Export) +
                                             QStringLiteral("”")));
}

// Item 6: an empty list says why.
void TestUiDesk::emptyListSaysWhy()
{
    openPage(clerk(QStringLiteral("wendy"), {Permission::ViewOrders},
                   Scope::ofChannels({QStringLiteral("web")})));
    QVERIFY(!m_page->emptyNote()->isVisible());
    OrderFilter f = m_page->model()->filter();
    f.keyword = QStringLiteral("qqqzzzxxx");
    m_page->filterBar()->setFilter(f);
    QTRY_VERIFY(m_page->emptyNote()->isVisible());
    const QString text = m_page->emptyNote()->text();
    QVERIFY2(text.contains(QStringLiteral("qqqzzzxxx")), qPrintable(text));
    QVERIFY2(text.contains(channel::label(QStringLiteral("web"))), qPrintable(text));
    m_page->filterBar()->clear();
    QTRY_VERIFY(!m_page->emptyNote()->isVisible());
}

// Item 6: a search for an order outside the clerk's scope said it does not
// exist. It still does not reveal it, but says "not found among the orders
// you can see" -- the same words as for a number nobody has.
void TestUiDesk::numberOutsideTheScopeIsNotFoundAmongTheOrdersYouCanSee()
{
    QString outside;
    for (qint64 id = 1; outside.isEmpty(); ++id) {
        const Order o = m_store->order(id);
        if (o.channel != QStringLiteral("web"))
            outside = o.number;
    }
    openPage(clerk(QStringLiteral("wendy"), {Permission::ViewOrders},
                   Scope::ofChannels({QStringLiteral("web")})));
    QLineEdit* number = m_page->filterBar()->numberEdit();
    QSignalSpy said(m_page.get(), &OrdersPage::statusMessage);
    auto enter = [&](const QString& text) {
        said.clear();
        number->setFocus();
        number->clear();
        QTest::keyClicks(number, text);
        QTest::keyClick(number, Qt::Key_Return);
        QTRY_VERIFY(!said.isEmpty());
    };
    enter(outside);
    if (QTest::currentTestFailed())
        return;
    const QString hidden = said.first().first().toString();
    QVERIFY2(hidden.contains(QStringLiteral("among the orders you can see")), qPrintable(hidden));
    QVERIFY2(hidden.contains(outside), qPrintable(hidden));
    // A number nobody has reads the same: the scope does not give it away.
    enter(QStringLiteral("DK9999999"));
    if (QTest::currentTestFailed())
        return;
    const QString none = said.first().first().toString();
    QCOMPARE(none, QString(hidden).replace(outside, QStringLiteral("DK9999999")));
    // An administrator (every order) is told plainly, without the scope.
    openPage(Session::localUser());
    QSignalSpy saidToAdmin(m_page.get(), &OrdersPage::statusMessage);
    QLineEdit* adminNumber = m_page->filterBar()->numberEdit();
    adminNumber->setFocus();
    QTest::keyClicks(adminNumber, QStringLiteral("DK9999999"));
    QTest::keyClick(adminNumber, Qt::Key_Return);
    QTRY_VERIFY(!saidToAdmin.isEmpty());
    const QString plain = saidToAdmin.first().first().toString();
    QVERIFY2(!plain.contains(QStringLiteral("you can see")), qPrintable(plain));
}

// Item 8: a manager's order dialog shows fields that look read-only.
void TestUiDesk::readOnlyFieldsLookReadOnly()
{
    OrderFilter f;
    const qint64 id = m_store->page(f, {}, 1).first().id;
    const Session manager(4, QStringLiteral("mia"),
                          {Permission::ViewOrders, Permission::ViewAnalytics}, Scope::all(),
                          QStringLiteral("manager"));
    OrderStore store(m_db->connection(), manager);
    OrderDialog dialog(store, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit* customer = dialog.customerEdit();
    QVERIFY(customer->isReadOnly());
    QLineEdit editable;
    editable.setText(customer->text());
    editable.resize(customer->size());
    editable.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editable));
    const QColor base = editable.palette().color(QPalette::Base);
    QVERIFY2(distance(background(&editable), base) < 10, qPrintable(background(&editable).name()));
    QVERIFY2(distance(background(customer), base) > 10, qPrintable(background(customer).name()));
}

// Item 2: Ctrl+A, Ctrl+I, Enter marked 195,987 orders invalid. Now the
// dialog states the count, preselects no reason, has no default button, and
// from kTypeCountFrom orders on wants the count typed; item 9: the batch is
// undone and redone from the undo stack.
void TestUiDesk::massInvalidateAsksForTheCountAndUndoes()
{
    openPage(Session::localUser());
    OrderTableModel* model = m_page->model();
    QTableView* view = m_page->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    const qint64 n = m_page->selectedCount();
    QVERIFY(n >= MassActionDialog::kTypeCountFrom);
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    const qint64 invalidBefore = m_store->count(invalid);

    // Enter on the dialog as it opens: nothing happens.
    bool checked = false;
    whenModal([&](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        auto* question = d->findChild<QLabel*>(QStringLiteral("massActionQuestion"));
        QVERIFY2(question->text().contains(QLocale().toString(n)), qPrintable(question->text()));
        QVERIFY(d->reason().isEmpty());
        QVERIFY(!d->actionButton()->isEnabled());
        QVERIFY(!d->actionButton()->isDefault() && !d->cancelButton()->isDefault());
        d->countEdit()->setFocus();
        QTest::keyClick(d->countEdit(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        d->reasonBox()->setEditText(QStringLiteral("Test order"));
        QVERIFY(!d->actionButton()->isEnabled()); // the count is not typed yet
        QTest::keyClicks(d->countEdit(), QString::number(n - 1));
        QVERIFY(!d->actionButton()->isEnabled());
        d->countEdit()->clear();
        QTest::keyClicks(d->countEdit(), QString::number(n));
        QVERIFY(d->actionButton()->isEnabled());
        // Enter in the count field still does not confirm.
        QTest::keyClick(d->countEdit(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        checked = true;
        d->reject();
    });
    m_page->invalidateAction()->trigger(); // Ctrl+I in the window
    QTRY_VERIFY(checked);
    QCOMPARE(m_store->count(invalid), invalidBefore);

    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([n](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        d->reasonBox()->setEditText(QStringLiteral("Test order"));
        QTest::keyClicks(d->countEdit(), QLocale().toString(n)); // "1,234" counts too
        QTest::mouseClick(d->actionButton(), Qt::LeftButton);
    });
    m_page->invalidateAction()->trigger(); // Ctrl+I in the window
    QTRY_COMPARE(done.count(), 1);
    const qint64 changed = done.first().first().toLongLong();
    QCOMPARE(m_store->count(invalid), invalidBefore + changed);

    QUndoStack* undo = m_page->undoStack();
    QVERIFY(undo->canUndo());
    QVERIFY2(undo->undoText().contains(QLocale().toString(changed)), qPrintable(undo->undoText()));
    undo->undo();
    QCOMPARE(m_store->count(invalid), invalidBefore);
    QVERIFY(undo->canRedo());
    undo->redo();
    QCOMPARE(m_store->count(invalid), invalidBefore + changed);
    QTRY_VERIFY(!model->isLoading());
}

// Item 9: an undo that would overwrite someone's later change changes
// nothing and says so.
void TestUiDesk::undoThatWouldOverwriteALaterChangeIsRefused()
{
    openPage(Session::localUser());
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(pageLoaded(model, 10));
    m_page->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(4, 0)),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    const QList<qint64> ids = idsOfRows(model, 0, 4);
    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        QVERIFY(!d->needsTypedCount());
        d->reasonBox()->setCurrentIndex(1);
        QTest::mouseClick(d->actionButton(), Qt::LeftButton);
    });
    m_page->invalidateAction()->trigger();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toInt(), 5);

    // Someone else marks one valid and invalid again meanwhile.
    auto other = std::make_shared<Database>(m_db->config());
    other->open(false);
    {
        OrderStore tom(other->connection(), Session::localUser());
        tom.revalidate({ids.at(2)});
        tom.invalidate({ids.at(2)}, QStringLiteral("Customer request"));
    }
    // The undo-conflict dialog names it; Undo Nothing (the default) keeps all.
    QString said;
    whenModal([&said](QWidget* w) {
        auto* d = qobject_cast<UndoConflictDialog*>(w);
        QVERIFY(d);
        said = d->heading()->text();
        for (int i = 0; i < d->ordersTree()->topLevelItemCount(); ++i)
            said += QLatin1Char(' ') + d->ordersTree()->topLevelItem(i)->text(0);
        QTest::keyClick(d, Qt::Key_Return);
    });
    m_page->undoStack()->undo();
    QVERIFY2(said.contains(m_store->order(ids.at(2)).number), qPrintable(said));
    for (qint64 id : ids)
        QVERIFY(m_store->order(id).isInvalid()); // nothing was undone
    QCOMPARE(m_store->order(ids.at(2)).invalidReason, QStringLiteral("Customer request"));
    QVERIFY(!m_page->undoStack()->canUndo()); // the step is gone
}

// Item 9: an undo of a batch where some orders changed since lists them in
// the undo-conflict dialog (order, what, who); Undo the Others takes back
// the rest and leaves the changed ones as they are; redo does them again.
void TestUiDesk::undoOfABatchTakesBackTheOthersWhenAsked()
{
    openPage(Session::localUser());
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(pageLoaded(model, 10));
    m_page->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(4, 0)),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    const QList<qint64> ids = idsOfRows(model, 0, 4);
    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        d->reasonBox()->setCurrentIndex(1);
        QTest::mouseClick(d->actionButton(), Qt::LeftButton);
    });
    m_page->invalidateAction()->trigger();
    QTRY_COMPARE(done.count(), 1);

    auto other = std::make_shared<Database>(m_db->config());
    other->open(false);
    {
        OrderStore tom(other->connection(),
                       Session(3, QStringLiteral("tom"), Session::localUser().permissions(),
                               Scope::all(), QStringLiteral("admin")));
        tom.revalidate({ids.at(2)});
        tom.invalidate({ids.at(2)}, QStringLiteral("Customer request"));
    }
    QStringList rows;
    bool enterUndoesNothing = false;
    whenModal([&](QWidget* w) {
        auto* d = qobject_cast<UndoConflictDialog*>(w);
        QVERIFY(d);
        enterUndoesNothing = d->undoNothingButton()->isDefault() && d->undoOthersButton() &&
                             !d->undoOthersButton()->isDefault();
        for (int i = 0; i < d->ordersTree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = d->ordersTree()->topLevelItem(i);
            rows << item->text(0) + QLatin1Char('|') + item->text(2);
        }
        if (qEnvironmentVariableIsSet("DOCKET_GRAB_DIR"))
            d->grab().save(qEnvironmentVariable("DOCKET_GRAB_DIR") +
                           QStringLiteral("/undo-conflict.png"));
        QTest::mouseClick(d->undoOthersButton(), Qt::LeftButton);
    });
    QUndoStack* undo = m_page->undoStack();
    undo->undo();
    QVERIFY(enterUndoesNothing);
    QCOMPARE(rows, QStringList{m_store->order(ids.at(2)).number + QStringLiteral("|tom")});
    for (qint64 id : ids)
        QCOMPARE(m_store->order(id).isInvalid(), id == ids.at(2));
    QCOMPARE(m_store->order(ids.at(2)).invalidReason, QStringLiteral("Customer request"));
    QVERIFY(undo->canRedo());
    QVERIFY2(undo->redoText().contains(QLatin1String("4")), qPrintable(undo->redoText()));
    QTRY_VERIFY(!model->isLoading());
    undo->redo();
    for (qint64 id : ids)
        QVERIFY(m_store->order(id).isInvalid());
    QCOMPARE(m_store->order(ids.at(2)).invalidReason, QStringLiteral("Customer request"));
    QTRY_VERIFY(!model->isLoading());
}

// Item 9: the undo of a delete (= restore) where someone restored one of
// the orders meanwhile lists it in the undo-conflict dialog (its number, who
// restored it); Undo the Other 2 restores the rest. The redo (delete again),
// when someone marked one of those valid since, asks the same way for the
// redo; Redo Nothing (Return, the default) changes nothing and the step goes.
void TestUiDesk::undoOfADeleteListsTheOrdersRestoredSince()
{
    const Session supervisor(4, QStringLiteral("sam"),
                             {Permission::ViewOrders, Permission::Invalidate,
                              Permission::DeleteInvalid, Permission::RestoreArchived},
                             Scope::all(), QStringLiteral("supervisor"));
    openPage(supervisor);
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    m_page->filterBar()->setFilter(invalid);
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(model->filter().validity == OrderFilter::Validity::Invalid);
    QTRY_VERIFY(!model->isLoading() && pageLoaded(model, 3));
    const QList<qint64> ids = idsOfRows(model, 0, 2);
    QStringList numbers;
    for (qint64 id : ids)
        numbers << m_store->order(id).number;
    m_page->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(2, 0)),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        QTest::mouseClick(d->actionButton(), Qt::LeftButton);
    });
    m_page->deleteAction()->trigger();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toInt(), 3);

    // Tom restores the second one from his archive page.
    auto other = std::make_shared<Database>(m_db->config());
    other->open(false);
    OrderStore tom(other->connection(), tomSession());
    tom.restore(archiveIdOf(tom, numbers.at(1)));

    ConflictSeen seen;
    whenModal([&seen](QWidget* w) {
        auto* d = qobject_cast<UndoConflictDialog*>(w);
        QVERIFY(d);
        seen = lookAt(d);
        if (qEnvironmentVariableIsSet("DOCKET_GRAB_DIR"))
            d->grab().save(qEnvironmentVariable("DOCKET_GRAB_DIR") +
                           QStringLiteral("/undo-delete-conflict.png"));
        QTest::mouseClick(d->undoOthersButton(), Qt::LeftButton);
    });
    QUndoStack* undo = m_page->undoStack();
    undo->undo();
    QCOMPARE(seen.rows, QStringList{numbers.at(1) + QStringLiteral("|tom")});
    QVERIFY(seen.nothingIsDefault);
    QVERIFY2(seen.others.contains(QLatin1String("2")), qPrintable(seen.others));
    for (const QString& number : numbers) // all three back, one of them by Tom
        QVERIFY(m_store->orderByNumber(number).isInvalid());
    QVERIFY(m_store->archived().isEmpty());
    QVERIFY(undo->canRedo());
    QTRY_VERIFY(!model->isLoading());

    // Tom marks the first valid again; the redo asks, Return redoes nothing.
    const qint64 first = m_store->orderByNumber(numbers.at(0)).id;
    tom.revalidate({first});
    seen = {};
    whenModal([&seen](QWidget* w) {
        auto* d = qobject_cast<UndoConflictDialog*>(w);
        QVERIFY(d);
        seen = lookAt(d);
        QTest::keyClick(d, Qt::Key_Return);
    });
    const QString before = contentFingerprint(m_db->connection());
    undo->redo();
    QCOMPARE(seen.rows, QStringList{numbers.at(0) + QStringLiteral("|tom")});
    QVERIFY2(seen.nothing.contains(QLatin1String("Redo")), qPrintable(seen.nothing));
    QVERIFY2(seen.others.contains(QLatin1String("Redo")), qPrintable(seen.others));
    QCOMPARE(contentFingerprint(m_db->connection()), before); // nothing was deleted
    QVERIFY(!undo->canRedo());                                // the step is gone
    QTRY_VERIFY(!model->isLoading());
}

// Item 9: the archive page's restore goes on the undo stack; its undo
// (delete again) where someone changed one of the orders since lists it,
// and Undo the Other 1 sends only the other back to the archive.
void TestUiDesk::undoOfAnArchiveRestoreListsTheOrdersChangedSince()
{
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    QList<qint64> ids;
    for (const OrderSummary& o : m_store->page(invalid, {}, 2))
        ids << o.id;
    QCOMPARE(ids.size(), 2);
    QStringList numbers;
    for (qint64 id : ids)
        numbers << m_store->order(id).number;
    m_store->deleteInvalid(ids);
    openPage(Session::localUser());
    ArchivePage archive(m_db, Session::localUser());
    connect(&archive, &ArchivePage::restoredOrders, m_page.get(),
            [this](const BatchRecord& record) { m_page->pushRestoreUndo(record); });
    archive.show();
    QTRY_VERIFY(archive.table()->rowCount() >= 2);
    archive.table()->clearSelection();
    archive.table()->setSelectionMode(QAbstractItemView::MultiSelection);
    for (int r = 0; r < archive.table()->rowCount(); ++r)
        if (numbers.contains(archive.table()->item(r, 0)->text()))
            archive.table()->selectRow(r);
    QCOMPARE(archive.table()->selectionModel()->selectedRows().size(), 2);
    archive.restoreSelected();
    QVERIFY(m_store->archived().isEmpty());
    QUndoStack* undo = m_page->undoStack();
    QVERIFY(undo->canUndo());
    QVERIFY2(undo->undoText().contains(QLatin1String("2")), qPrintable(undo->undoText()));

    // Tom changes the second one's reason meanwhile.
    auto other = std::make_shared<Database>(m_db->config());
    other->open(false);
    OrderStore tom(other->connection(), tomSession());
    const qint64 second = m_store->orderByNumber(numbers.at(1)).id;
    tom.revalidate({second});
    tom.invalidate({second}, QStringLiteral("Customer request"));

    ConflictSeen seen;
    whenModal([&seen](QWidget* w) {
        auto* d = qobject_cast<UndoConflictDialog*>(w);
        QVERIFY(d);
        seen = lookAt(d);
        QTest::mouseClick(d->undoOthersButton(), Qt::LeftButton);
    });
    undo->undo();
    QCOMPARE(seen.rows, QStringList{numbers.at(1) + QStringLiteral("|tom")});
    const QList<ArchivedOrder> archived = m_store->archived();
    QCOMPARE(archived.size(), 1);
    QCOMPARE(archived.first().number, numbers.at(0));
    QCOMPARE(m_store->order(second).invalidReason, QStringLiteral("Customer request"));
    QTRY_VERIFY(!m_page->model()->isLoading());
}

// Item 9: an undo refused for want of a right names the step and the right
// (not "Nothing was changed" alone), and the step leaves the stack.
void TestUiDesk::refusedUndoNamesTheMissingRight()
{
    // May delete invalid orders, may not restore them.
    openPage(clerk(QStringLiteral("cleo"),
                   {Permission::ViewOrders, Permission::Invalidate, Permission::DeleteInvalid},
                   Scope::all()));
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    m_page->filterBar()->setFilter(invalid);
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(model->filter().validity == OrderFilter::Validity::Invalid);
    QTRY_VERIFY(!model->isLoading() && pageLoaded(model, 1));
    const QString number = model->rowAt(0)->number;
    m_page->view()->selectRow(0);
    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        QTest::mouseClick(d->actionButton(), Qt::LeftButton);
    });
    m_page->deleteAction()->trigger();
    QTRY_COMPARE(done.count(), 1);

    QString title, said;
    whenModal([&](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        if (box) {
            title = box->text();
            said = box->informativeText();
        }
        w->close();
    });
    m_page->undoStack()->undo();
    QVERIFY2(title.contains(QLatin1String("Could Not Undo")), qPrintable(title));
    QVERIFY2(title.contains(QLatin1String("Deleting 1 Order")), qPrintable(title));
    QVERIFY2(said.contains(permission::label(Permission::RestoreArchived)), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("cleo")), qPrintable(said)); // "your role", not "cleo"
    QCOMPARE(m_store->archived(number).size(), 1);                     // nothing was restored
    QVERIFY(!m_page->undoStack()->canUndo());                          // the step is gone
}

// PostgreSQL: the undo of a delete (a restore) loses its connection while it
// writes (the server ends the session, as a restart or an administrator
// would): the message names the problem and says the step stays; nothing of
// the restore was written; the same undo works once the connection is back.
// The undo's write is held by a lock another session takes on the orders
// (reads go on), and that session ends ours while it waits.
void TestUiDesk::undoThatLosesTheConnectionStaysOnTheStack()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("PostgreSQL is not covered by this run (set DOCKET_TEST_PG)");
    DOCKET_TESTDB(tdb, Backend::PostgreSQL);
    const QList<qint64> ids = bulkInsertOrders(tdb.connection(), 3, TestDb::kNow - 3600);
    QStringList numbers;
    {
        OrderStore s = tdb.store();
        DOCKET_NO_THROW(s.invalidate(ids, QStringLiteral("Duplicate")));
        for (qint64 id : ids)
            numbers << s.order(id).number;
    }
    auto page = std::make_unique<OrdersPage>(tdb.database(), adminSession());
    const auto closePage = qScopeGuard([&] { page.reset(); }); // before the database
    page->resize(1100, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    page->filterBar()->setFilter(invalid);
    OrderTableModel* model = page->model();
    QTRY_VERIFY(model->filter().validity == OrderFilter::Validity::Invalid);
    QTRY_VERIFY(!model->isLoading() && pageLoaded(model, 2)); // the three rows
    page->view()->selectAll();
    QSignalSpy done(page.get(), &OrdersPage::batchFinished);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        QTest::mouseClick(d->actionButton(), Qt::LeftButton);
    });
    page->deleteAction()->trigger();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toInt(), 3);
    auto watcher = tdb.openAnother(); // looks from outside
    const QString deleted = contentFingerprint(watcher->connection());
    QCOMPARE(OrderStore(watcher->connection(), adminSession()).archived().size(), 3);

    // Another session locks the orders against writes, waits for our undo
    // to queue behind the lock, then ends our session.
    std::promise<void> locked;
    std::atomic<bool> killed = false;
    std::thread other([&, config = tdb.config()] {
        // A plain driver connection of this thread's own (not a Docket
        // Database: its statement cache and registries are the GUI thread's).
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("locker"));
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setDatabaseName(config.databaseName);
            db.setUserName(config.user);
            db.setPassword(config.password);
            if (!db.open()) {
                locked.set_value();
                return;
            }
            QSqlQuery q(db);
            q.exec(QStringLiteral("BEGIN"));
            q.exec(QStringLiteral("LOCK TABLE orders IN EXCLUSIVE MODE"));
            locked.set_value();
            QDeadlineTimer deadline(20'000);
            while (!deadline.hasExpired() && !killed) {
                q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE wait_event_type = "
                                      "'Lock' AND pid <> pg_backend_pid() AND datname = "
                                      "current_database()"));
                if (q.next()) {
                    const qint64 pid = q.value(0).toLongLong();
                    q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
                    killed = true;
                } else {
                    QThread::msleep(50);
                }
            }
            q.exec(QStringLiteral("ROLLBACK"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    });
    const auto join = qScopeGuard([&] { other.join(); });
    locked.get_future().wait();

    QString title, said;
    whenModal([&](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        QVERIFY(box);
        title = box->text();
        said = box->informativeText();
        box->accept();
    });
    QUndoStack* undo = page->undoStack();
    undo->undo();
    QVERIFY(killed);
    QVERIFY2(title.contains(QLatin1String("Could Not Undo")), qPrintable(title));
    QVERIFY2(said.contains(QLatin1String("connection to the database server was lost")),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("nothing was changed")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("stays in the undo list")), qPrintable(said));
    for (const char* driverWords : {"terminating", "FATAL", "QPSQL", "SQL"})
        QVERIFY2(!said.contains(QLatin1String(driverWords)), qPrintable(said));
    // Nothing half-written: the three are still in the archive, none is back.
    QCOMPARE(contentFingerprint(watcher->connection()), deleted);
    // The step is back on the stack (put back after the message).
    QTRY_VERIFY(undo->canUndo());
    QVERIFY2(undo->undoText().contains(QLatin1String("3")), qPrintable(undo->undoText()));

    // The connection is back: the same undo restores the three.
    undo->undo();
    QVERIFY(OrderStore(watcher->connection(), adminSession()).archived().isEmpty());
    for (const QString& number : numbers)
        QVERIFY(
            OrderStore(watcher->connection(), adminSession()).orderByNumber(number).isInvalid());
    QVERIFY(undo->canRedo());
    QTRY_VERIFY(!model->isLoading());
}

// A long action's text touched its button's edges (disabled until the count
// is typed, it looked cut off).
void TestUiDesk::massActionButtonsLeaveRoomAroundTheirText()
{
    MassActionDialog d(QStringLiteral("Mark Orders Invalid"),
                       QStringLiteral("Mark 1,500 orders invalid?"),
                       QStringLiteral("Mark 1,500 Orders Invalid"), 1500);
    d.askReason(QStringLiteral("Reason:"), {QStringLiteral("Duplicate")});
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(!d.actionButton()->isEnabled());
    for (QPushButton* b : {d.actionButton(), d.cancelButton()}) {
        const int text = b->fontMetrics().horizontalAdvance(b->text());
        const int room = (b->width() - text) / 2; // each side
        QVERIFY2(room >= b->fontMetrics().averageCharWidth() * 3 / 2,
                 qPrintable(QStringLiteral("%1: %2 px each side").arg(b->text()).arg(room)));
        QVERIFY(d.rect().contains(b->geometry()));
    }
}

namespace {
// Opens list row `row` in the order dialog (as Return does), puts
// `customer` in and saves; returns whether the dialog saved and closed.
bool renameThroughDialog(OrdersPage* page, int row, const QString& customer)
{
    bool saved = false;
    whenModal([&saved, customer](QWidget* w) {
        auto* d = qobject_cast<OrderDialog*>(w);
        QVERIFY(d);
        d->customerEdit()->setText(customer);
        d->accept();
        saved = !d->isVisible();
    });
    page->openOrderAt(row);
    return saved;
}

// Another desk changes the order's email.
void changeEmailElsewhere(const DatabaseConfig& config, qint64 id, const QString& email)
{
    Database other(config);
    other.open(false);
    OrderStore tom(other.connection(QStringLiteral("tom")), Session::localUser());
    Order o = tom.order(id);
    o.email = email;
    tom.update(o);
}
} // namespace

// Item 9: an edit saved in the order dialog is undone and redone from the
// page's stack (Edit → Undo), audited like any edit.
void TestUiDesk::editIsUndoneAndRedone()
{
    openPage(Session::localUser());
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(pageLoaded(model, 0));
    const qint64 id = model->rowAt(0)->id;
    const QString renamed = QStringLiteral("Renamed Customer");
    QVERIFY(renameThroughDialog(m_page.get(), 0, renamed));
    const Order saved = m_store->order(id);
    QCOMPARE(saved.customerName, renamed);

    QUndoStack* undo = m_page->undoStack();
    QVERIFY(undo->canUndo());
    QVERIFY2(undo->undoText().contains(saved.number), qPrintable(undo->undoText()));
    const qsizetype eventsBefore = m_store->events(id).size();
    undo->undo();
    const Order undone = m_store->order(id);
    QVERIFY(undone.customerName != renamed);
    QVERIFY(undone.version > saved.version);
    QVERIFY(m_store->events(id).size() > eventsBefore);           // in the history
    QCOMPARE(model->rowAt(0)->customerName, undone.customerName); // the list follows
    QVERIFY(undo->canRedo());
    undo->redo();
    QCOMPARE(m_store->order(id).customerName, renamed);
    QVERIFY(undo->canUndo());
}

// Item 9: an undo over someone's later change is a conflict shown in the
// edit-conflict dialog: leaving theirs changes nothing (and the step goes);
// re-applying puts the undone field back on top of their change.
void TestUiDesk::undoOverSomeoneElsesEditAsksWithTheConflictDialog()
{
    openPage(Session::localUser());
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(pageLoaded(model, 1));
    QUndoStack* undo = m_page->undoStack();
    const QString renamed = QStringLiteral("Renamed Customer");

    // Their version kept.
    const qint64 first = model->rowAt(0)->id;
    QVERIFY(renameThroughDialog(m_page.get(), 0, renamed));
    changeEmailElsewhere(m_db->config(), first, QStringLiteral("tom@example.com"));
    bool asked = false;
    whenModal([&asked](QWidget* w) {
        auto* d = qobject_cast<OrderConflictDialog*>(w);
        QVERIFY(d);
        QVERIFY(d->changesTree()->topLevelItemCount() > 0);
        asked = true;
        d->reloadButton()->click();
    });
    undo->undo();
    QVERIFY(asked);
    const Order kept = m_store->order(first);
    QCOMPARE(kept.customerName, renamed);
    QCOMPARE(kept.email, QStringLiteral("tom@example.com"));
    QVERIFY(!undo->canUndo() && !undo->canRedo()); // the step is gone

    // Mine re-applied on top of theirs.
    const qint64 second = model->rowAt(1)->id;
    const QString original = m_store->order(second).customerName;
    QVERIFY(renameThroughDialog(m_page.get(), 1, renamed));
    changeEmailElsewhere(m_db->config(), second, QStringLiteral("ann@example.com"));
    asked = false;
    whenModal([&asked](QWidget* w) {
        auto* d = qobject_cast<OrderConflictDialog*>(w);
        QVERIFY(d);
        asked = true;
        d->reapplyButton()->click();
    });
    undo->undo();
    QVERIFY(asked);
    const Order merged = m_store->order(second);
    QCOMPARE(merged.customerName, original);
    QCOMPARE(merged.email, QStringLiteral("ann@example.com"));
}

// Item 2: Ctrl+Shift+M marked every new order seen with no confirmation.
void TestUiDesk::markAllSeenAsksFirst()
{
    openPage(Session::localUser());
    const qint64 fresh = m_store->countNew();
    QVERIFY(fresh > 0);
    QString question;
    whenModal([&question](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        question = d->findChild<QLabel*>(QStringLiteral("massActionQuestion"))->text();
        // No default button: Enter never confirms (at most it presses Cancel,
        // which has the focus).
        QTest::keyClick(d, Qt::Key_Return);
        if (d->isVisible())
            d->reject();
    });
    m_page->markAllSeenAction()->trigger();
    QVERIFY2(question.contains(QLocale().toString(fresh)), qPrintable(question));
    QCOMPARE(m_store->countNew(), fresh);
}

// Item 12: the selection to another status, through the workflow.
void TestUiDesk::bulkStatusChangeThroughTheDialog()
{
    openPage(Session::localUser());
    OrderFilter pending;
    pending.statuses = {QStringLiteral("pending")};
    m_page->filterBar()->setFilter(pending);
    OrderTableModel* model = m_page->model();
    QTRY_COMPARE(model->filter().statuses, pending.statuses);
    QTRY_VERIFY(!model->isLoading() && pageLoaded(model, 6));
    m_page->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(5, 0)),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    const QList<qint64> ids = idsOfRows(model, 0, 5);
    QVERIFY(m_page->changeStatusAction()->isEnabled());
    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        QCOMPARE(d->reasonBox()->currentIndex(), -1); // nothing preselected
        QVERIFY(!d->actionButton()->isEnabled());
        d->reasonBox()->setCurrentIndex(d->reasonBox()->findData(QStringLiteral("paid")));
        QTest::mouseClick(d->actionButton(), Qt::LeftButton);
    });
    m_page->changeStatusAction()->trigger();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toInt(), 6);
    for (qint64 id : ids) {
        QCOMPARE(m_store->order(id).status, QStringLiteral("paid"));
        QCOMPARE(m_store->events(id).last().kind, QStringLiteral("status"));
    }

    // Item 9: Ctrl+Z takes each order back to pending, Ctrl+Shift+Z moves them again.
    QUndoStack* undo = m_page->undoStack();
    QVERIFY(undo->canUndo());
    QVERIFY2(undo->undoText().contains(QLatin1String("6")), qPrintable(undo->undoText()));
    undo->undo();
    for (qint64 id : ids) {
        QCOMPARE(m_store->order(id).status, QStringLiteral("pending"));
        const OrderEvent last = m_store->events(id).last();
        QCOMPARE(last.oldValue, QStringLiteral("paid"));
        QCOMPARE(last.newValue, QStringLiteral("pending"));
    }
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(undo->canRedo());
    undo->redo();
    for (qint64 id : ids)
        QCOMPARE(m_store->order(id).status, QStringLiteral("paid"));
    QVERIFY(undo->canUndo());
    QTRY_VERIFY(!model->isLoading());
}

// Item 9: the store decides whether the way back is allowed; a clerk without
// the right to restore may cancel an order but not take the cancel back, and
// the refusal names the order and the reason.
void TestUiDesk::refusedUndoOfACancelNamesTheOrderAndWhy()
{
    openPage(clerk(QStringLiteral("cleo"),
                   {Permission::ViewOrders, Permission::ChangeStatus, Permission::EditOrders},
                   Scope::all()));
    OrderFilter pending;
    pending.statuses = {QStringLiteral("pending")};
    m_page->filterBar()->setFilter(pending);
    OrderTableModel* model = m_page->model();
    QTRY_COMPARE(model->filter().statuses, pending.statuses);
    QTRY_VERIFY(!model->isLoading() && pageLoaded(model, 1));
    m_page->view()->selectRow(0);
    const qint64 id = model->rowAt(0)->id;
    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        d->reasonBox()->setCurrentIndex(d->reasonBox()->findData(QStringLiteral("cancelled")));
        QTest::mouseClick(d->actionButton(), Qt::LeftButton);
    });
    m_page->changeStatusAction()->trigger();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(m_store->order(id).status, QStringLiteral("cancelled"));

    QString said;
    whenModal([&said](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        said = box ? box->text() + QLatin1Char(' ') + box->informativeText() : QString();
        w->close();
    });
    m_page->undoStack()->undo();
    QVERIFY2(said.contains(m_store->order(id).number), qPrintable(said));
    QVERIFY2(said.contains(permission::label(Permission::RestoreArchived)), qPrintable(said));
    QCOMPARE(m_store->order(id).status, QStringLiteral("cancelled")); // nothing was undone
    QVERIFY(!m_page->undoStack()->canUndo());                         // the step is gone
}

// Item 9: a bulk assignment is undone order by order (each gets its own
// assignee back) and redone.
void TestUiDesk::bulkAssignIsUndoneAndRedone()
{
    openPage(Session::localUser());
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(pageLoaded(model, 3));
    const QList<qint64> ids = idsOfRows(model, 0, 2);
    m_store->assign({ids.at(1)}, QStringLiteral("tom"));
    m_page->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(2, 0)),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    QHash<qint64, QString> before;
    for (qint64 id : ids)
        before.insert(id, m_store->order(id).assignedTo);
    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<MassActionDialog*>(w);
        QVERIFY(d);
        d->reasonBox()->setEditText(QStringLiteral("nina"));
        QTest::mouseClick(d->actionButton(), Qt::LeftButton);
    });
    m_page->assignAction()->trigger();
    QTRY_COMPARE(done.count(), 1);
    for (qint64 id : ids)
        QCOMPARE(m_store->order(id).assignedTo, QStringLiteral("nina"));

    QUndoStack* undo = m_page->undoStack();
    QVERIFY(undo->canUndo());
    undo->undo();
    for (qint64 id : ids)
        QCOMPARE(m_store->order(id).assignedTo, before.value(id));
    QCOMPARE(m_store->order(ids.at(1)).assignedTo, QStringLiteral("tom"));
    QTRY_VERIFY(!model->isLoading());
    undo->redo();
    for (qint64 id : ids)
        QCOMPARE(m_store->order(id).assignedTo, QStringLiteral("nina"));
    QTRY_VERIFY(!model->isLoading());
}

// Item 9: marking orders seen is on the undo stack too: Ctrl+Z makes the
// ones the batch marked new again (audited), Ctrl+Shift+Z marks them again;
// an order that was already seen keeps its mark.
void TestUiDesk::markSeenIsUndoneAndRedone()
{
    openPage(Session::localUser());
    OrderTableModel* model = m_page->model();
    QTRY_VERIFY(!model->isLoading() && pageLoaded(model, 3));
    const QList<qint64> ids = idsOfRows(model, 0, 2);
    // The seeded orders are mostly seen: these three new (test set-up), then
    // the second seen before the batch (not this step's to take back).
    QSqlQuery fresh(m_db->connection());
    QVERIFY(fresh.exec(QStringLiteral("UPDATE orders SET seen_at = NULL, seen_by = NULL WHERE id "
                                      "IN (%1, %2, %3)")
                           .arg(ids.at(0))
                           .arg(ids.at(1))
                           .arg(ids.at(2))));
    m_store->markSeen({ids.at(1)});
    const QDateTime earlier = m_store->order(ids.at(1)).seenAt;
    m_page->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(2, 0)),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);
    m_page->markSeenAction()->trigger(); // three: below the confirmation's threshold
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toInt(), 2);
    for (qint64 id : ids)
        QVERIFY(!m_store->order(id).isNew());

    QUndoStack* undo = m_page->undoStack();
    QVERIFY(undo->canUndo());
    QVERIFY2(undo->undoText().contains(QLatin1String("2")), qPrintable(undo->undoText()));
    undo->undo();
    QVERIFY(m_store->order(ids.at(0)).isNew());
    QVERIFY(m_store->order(ids.at(2)).isNew());
    QCOMPARE(m_store->order(ids.at(1)).seenAt, earlier);
    QCOMPARE(m_store->events(ids.at(0)).last().kind, QStringLiteral("unseen"));
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(undo->canRedo());
    undo->redo();
    for (qint64 id : ids)
        QVERIFY(!m_store->order(id).isNew());
    QVERIFY(undo->canUndo());
    QTRY_VERIFY(!model->isLoading());
}

// At a 1,100 px window the count clipped and squeezed the New toggle: now the
// toggles keep their size and the count gives way, shortened with "…" and
// whole in its tooltip (text() keeps all of it).
void TestUiDesk::countGivesWayInANarrowWindow()
{
    MainWindow window(m_db, Session::localUser());
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FilterBar* bar = window.ordersPage()->filterBar();
    QTRY_VERIFY(!window.ordersPage()->model()->isLoading());
    bar->setNewCount(268);
    bar->setResultCount(1234567, false, true, true); // "about 1,200,000 orders, counting…"
    bar->setSelectedCount(1500);
    QLabel* count = bar->resultCountLabel();
    const QString whole = count->text();
    QVERIFY2(whole.contains(QLocale().toString(1500)), qPrintable(whole));
    QApplication::processEvents();
    if (qEnvironmentVariableIsSet("DOCKET_SHOTS")) // to look at it
        window.grab().save(qEnvironmentVariable("DOCKET_SHOTS") + QStringLiteral("/narrow.png"));
    for (const char* name : {"newBadge", "overdueToggle"}) {
        auto* toggle = bar->findChild<QToolButton*>(QLatin1String(name));
        QVERIFY(toggle);
        QVERIFY2(toggle->width() >= toggle->sizeHint().width(),
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(QLatin1String(name))
                                .arg(toggle->width())
                                .arg(toggle->sizeHint().width())));
    }
    QVERIFY(count->geometry().right() <= bar->contentsRect().right());
    QCOMPARE(count->text(), whole);
    if (count->contentsRect().width() < count->fontMetrics().horizontalAdvance(whole))
        QCOMPARE(count->toolTip(), whole); // shortened on screen, whole in the tooltip
    // The deadline toggle on and at its longer word ("Due soon", with its
    // menu arrow): neither it nor New is squeezed; New keeps its width.
    QToolButton* due = bar->dueButton();
    QToolButton* fresh = bar->newOnlyButton();
    const int freshWidth = fresh->width();
    bar->dueSoonAction()->trigger();
    QVERIFY(due->isChecked());
    QCOMPARE(due->text(), QStringLiteral("Due soon"));
    QApplication::processEvents();
    if (qEnvironmentVariableIsSet("DOCKET_SHOTS"))
        window.grab().save(qEnvironmentVariable("DOCKET_SHOTS") +
                           QStringLiteral("/narrow-due-soon.png"));
    for (QToolButton* b : {fresh, due})
        QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(QStringLiteral("%1: %2 < %3")
                                                                     .arg(b->objectName())
                                                                     .arg(b->width())
                                                                     .arg(b->sizeHint().width())));
    QCOMPARE(fresh->width(), freshWidth);
    QVERIFY(fresh->geometry().right() < due->geometry().left());
    QVERIFY(due->geometry().right() <= bar->contentsRect().right());
    // Wide enough: all of it shows, no tooltip needed.
    window.resize(1900, 700);
    QTRY_VERIFY(count->contentsRect().width() >= count->fontMetrics().horizontalAdvance(whole));
    count->repaint();
    QVERIFY(count->toolTip().isEmpty());
    QCOMPARE(fresh->width(), freshWidth);
    QVERIFY(due->width() >= due->sizeHint().width());
    if (qEnvironmentVariableIsSet("DOCKET_SHOTS"))
        window.grab().save(qEnvironmentVariable("DOCKET_SHOTS") + QStringLiteral("/wide.png"));
}

// Item 14: the window is built for the account as soon as it is named
// (while the password is typed), the password is judged on a thread of its
// own with the dialog busy meanwhile, a wrong one refused without building
// again, and signInToWindow() gives the window of the session signed in.
void TestUiDesk::signInBuildsTheWindowWhileThePasswordIsTyped()
{
    const QString password = QStringLiteral("correct horse 42");
    {
        UserStore users(m_db->connection()); // the real (interactive) hash
        users.createFirstAdministrator(QStringLiteral("carla"), QStringLiteral("Carla"), password);
    }
    settings::lastUserName.reset();
    LoginDialog login(m_db);
    QList<std::optional<Session>> prepared;
    login.setPrepare([&](const std::optional<Session>& prospective) { prepared << prospective; });
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QVERIFY(prepared.isEmpty());
    QTest::keyClicks(login.userEdit(), QStringLiteral("carla"));
    // Typing paused: the window is built for her before any password.
    QTRY_COMPARE(prepared.size(), 1);
    QVERIFY(prepared.first().has_value());
    QCOMPARE(prepared.first()->userName(), QStringLiteral("carla"));

    QTest::keyClicks(login.passwordEdit(), QStringLiteral("not the password"));
    QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
    QVERIFY(login.isJudging());
    QVERIFY(login.busyIndicator()->isVisible());
    if (qEnvironmentVariableIsSet("DOCKET_SHOTS")) // to look at it
        login.grab().save(qEnvironmentVariable("DOCKET_SHOTS") + QStringLiteral("/signing-in.png"));
    QVERIFY(!login.passwordEdit()->isEnabled());
    login.reject(); // Escape while judging: nothing
    QVERIFY(login.isVisible());
    QTRY_VERIFY(!login.isJudging());
    QVERIFY(login.errorLabel()->isVisible());
    QVERIFY(login.passwordEdit()->isEnabled());
    QCOMPARE(prepared.size(), 1); // the same account: not built again

    QTest::keyClicks(login.passwordEdit(), password);
    QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
    QTRY_COMPARE(login.result(), int(QDialog::Accepted));
    QCOMPARE(prepared.size(), 1);
    QCOMPARE(prepared.first()->userId(), login.session().userId());
    QVERIFY(prepared.first()->permissions() == login.session().permissions());

    // The start-up path: the last user's name is filled in, so her window is
    // built as the dialog opens; it comes back for the session, hidden.
    whenModal([&](QWidget* w) {
        auto* dialog = qobject_cast<LoginDialog*>(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("carla"));
        QTest::keyClicks(dialog->passwordEdit(), password);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    });
    QString error;
    std::unique_ptr<MainWindow> window = signInToWindow(m_db, &error);
    QVERIFY2(window, qPrintable(error));
    QCOMPARE(window->session().userName(), QStringLiteral("carla"));
    QVERIFY(window->ordersPage());
    QVERIFY(!window->isVisible());
}

// Item 11: sign out and sign in as someone else without quitting; nobody
// signing in closes the window.
void TestUiDesk::signOutAndSwitchUser()
{
    const QString password = QStringLiteral("correct horse 42");
    AccountPolicy fast;
    fast.strength = HashStrength::Minimum;
    Session admin;
    {
        UserStore users(m_db->connection(), {}, fast);
        admin = users.createFirstAdministrator(QStringLiteral("carla"), QStringLiteral("Carla"),
                                               password);
        UserStore manage(m_db->connection(), admin, fast);
        manage.addUser({QStringLiteral("cleo"), QStringLiteral("Cleo"), password,
                        QStringLiteral("clerk"), Scope::all()});
    }
    MainWindow window(m_db, admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("switchUser"));
    QVERIFY(action);

    bool asked = false;
    whenModal([&](QWidget* w) {
        auto* login = qobject_cast<LoginDialog*>(w);
        QVERIFY(login);
        asked = true;
        // The previous user's orders are gone from the window meanwhile.
        QVERIFY(!window.ordersPage());
        login->userEdit()->setText(QStringLiteral("cleo"));
        login->passwordEdit()->setText(password);
        QTest::mouseClick(login->signInButton(), Qt::LeftButton);
    });
    action->trigger();
    QVERIFY(asked);
    QCOMPARE(window.session().userName(), QStringLiteral("cleo"));
    QVERIFY(window.ordersPage());
    QVERIFY(!window.session().can(Permission::ManageUsers));
    // The clerk's pages: no invalidation allowed, said so on the action.
    QVERIFY(!window.ordersPage()->invalidateAction()->isEnabled());

    // Signing out with nobody signing in: the window closes.
    whenModal([](QWidget* w) {
        if (auto* d = qobject_cast<QDialog*>(w))
            d->reject();
    });
    QVERIFY(!window.switchUser());
    QVERIFY(!window.isVisible());
}

// Stop 24: the Overdue toggle is the deadline rule (past the deadline of the
// order's step); its menu switches it to "due within 24 h". Driven through the
// real button and menu actions; the list shows what the rule picks.
void TestUiDesk::deadlineToggleAndItsMenu()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto make = [this](const QString& name, qint64 madeAt) {
        Order o;
        o.customerName = name;
        o.channel = QStringLiteral("web");
        o.lines = {
            OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Teapot"), 1, Money(1250)}};
        // A whole address: no review rule holds it (the review step has
        // its own, shorter limit), so it waits for payment.
        o.shipTo = Address{QStringLiteral("Hauptstraße 1"), QStringLiteral("Berlin"),
                           QStringLiteral("10115"), QString(), QStringLiteral("DE")};
        m_store->setClock([madeAt] { return madeAt; });
        const qint64 id = m_store->create(o);
        m_store->setClock([] { return QDateTime::currentSecsSinceEpoch(); });
        return id;
    };
    // Awaiting payment (72 h): made 100 h ago is 28 h overdue, made 60 h ago
    // is due in 12 h, made now is due in 72 h.
    const qint64 late = make(QStringLiteral("Late Payer"), now - 100 * 3600);
    const qint64 soon = make(QStringLiteral("Soon Payer"), now - 60 * 3600);
    const qint64 fresh = make(QStringLiteral("Fresh Payer"), now);
    for (const qint64 id : {late, soon, fresh})
        QVERIFY(m_store->order(id).reviewState != QLatin1String("waiting"));
    openPage(Session::localUser());
    FilterBar* bar = m_page->filterBar();
    OrderTableModel* model = m_page->model();
    QToolButton* toggle = bar->dueButton();
    QCOMPARE(toggle->objectName(), QStringLiteral("overdueToggle"));
    QCOMPARE(toggle->popupMode(), QToolButton::MenuButtonPopup);
    QVERIFY(toggle->menu());
    QCOMPARE(toggle->menu()->actions().size(), 2);
    QCOMPARE(toggle->text(), QStringLiteral("Overdue"));
    auto shownIds = [model] {
        QSet<qint64> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            if (const auto s = model->rowAt(r))
                ids.insert(s->id);
        return ids;
    };
    // Our three orders by name, so that the seeded ones do not count.
    bar->keywordEdit()->setText(QStringLiteral("Payer"));
    QTRY_VERIFY(pageLoaded(model) && model->filter().keyword == u"Payer");
    QTRY_COMPARE(shownIds(), (QSet<qint64>{late, soon, fresh}));

    // A click on the button: past the deadline.
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
    QVERIFY(toggle->isChecked());
    QTRY_COMPARE(model->filter().due, OrderFilter::Due::Overdue);
    QTRY_COMPARE(shownIds(), QSet<qint64>{late});
    QVERIFY(model->index(0, 0).data(OrderTableModel::OverdueRole).toBool());

    // The menu: due within 24 h (the button stays on and says so).
    bar->dueSoonAction()->trigger();
    QTRY_COMPARE(model->filter().due, OrderFilter::Due::Soon);
    QTRY_COMPARE(shownIds(), QSet<qint64>{soon});
    QVERIFY(toggle->isChecked());
    QCOMPARE(toggle->text(), QStringLiteral("Due soon"));
    QVERIFY(!model->index(0, 0).data(OrderTableModel::OverdueRole).toBool());

    // Off: every order again; the kind picked stays for the next click.
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
    QTRY_COMPARE(model->filter().due, OrderFilter::Due::Any);
    QTRY_COMPARE(shownIds(), (QSet<qint64>{late, soon, fresh}));
    // Picking a kind while off turns the toggle on with it.
    bar->pastDeadlineAction()->trigger();
    QVERIFY(toggle->isChecked());
    QTRY_COMPARE(model->filter().due, OrderFilter::Due::Overdue);
    QCOMPARE(toggle->text(), QStringLiteral("Overdue"));

    // A filter set from outside (a saved view, a click in analytics) shows on
    // the button, and the bar gives it back unchanged.
    OrderFilter f = model->filter();
    f.due = OrderFilter::Due::Soon;
    bar->setFilter(f);
    QVERIFY(toggle->isChecked());
    QVERIFY(bar->dueSoonAction()->isChecked());
    QCOMPARE(bar->filter(), f);
    if (qEnvironmentVariableIsSet("DOCKET_SHOTS")) { // to look at it
        // popup(), not showMenu(): the latter waits for a pick.
        QMenu* menu = toggle->menu();
        menu->popup(toggle->mapToGlobal(QPoint(0, toggle->height())));
        QApplication::processEvents();
        const QString dir = qEnvironmentVariable("DOCKET_SHOTS");
        m_page->grab().save(dir + QStringLiteral("/due-toggle.png"));
        menu->grab().save(dir + QStringLiteral("/due-menu.png"));
        menu->close();
    }
}

// Item 8: the archive page is searched by customer (the list's keyword
// rules) and order date, not only by number: typing a word of the name or
// email narrows the table after a pause; the dates, once ticked, keep only
// the orders placed on those days; a range the list refuses is named. The
// table fills the page. The search runs off the GUI thread (the page says it
// is searching and keeps the previous answer meanwhile), an older search's
// answer is never shown once a newer one was asked for, and a failed read
// says what went wrong; the next search reads again.
void TestUiDesk::archiveIsSearchedByCustomerAndDate()
{
    Order o = m_store->order(m_store->page({}, {}, 1).first().id);
    Order draft;
    draft.customerName = QStringLiteral("Zebedee Quux");
    draft.email = QStringLiteral("zq@harbour.example");
    draft.shipTo = o.shipTo;
    draft.channel = o.channel;
    draft.lines = o.lines;
    const qint64 id = m_store->create(draft);
    const QString number = m_store->order(id).number;
    m_store->invalidate({id}, QStringLiteral("Test order"));
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    QList<qint64> ids;
    for (const OrderSummary& s : m_store->page(invalid, {}, 5))
        ids << s.id;
    QVERIFY(ids.contains(id) || m_store->order(id).isInvalid());
    if (!ids.contains(id))
        ids << id;
    m_store->deleteInvalid(ids);
    const int all = int(m_store->archived().size());
    QVERIFY(all >= 2);

    ArchivePage archive(m_db, Session::localUser());
    archive.resize(1200, 600);
    archive.show();
    QVERIFY(QTest::qWaitForWindowExposed(&archive));
    QTRY_COMPARE(archive.table()->rowCount(), all);
    QTRY_VERIFY(!archive.isSearching());
    auto shown = [&] {
        QStringList out;
        for (int r = 0; r < archive.table()->rowCount(); ++r)
            out << archive.table()->item(r, 0)->text();
        return out;
    };
    // What each answer put in the table, in order.
    QList<QStringList> answers;
    connect(&archive, &ArchivePage::searched, &archive, [&] { answers << shown(); });

    // The table takes the page below the search bar, and its columns its width.
    QTableWidget* table = archive.table();
    QVERIFY2(table->height() > archive.height() * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2").arg(table->height()).arg(archive.height())));
    QVERIFY2(table->width() > archive.width() * 9 / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(table->width()).arg(archive.width())));
    QVERIFY(table->geometry().bottom() > archive.height() - 20);
    QCOMPARE(table->horizontalHeader()->length(), table->viewport()->width());

    // Off the GUI thread: Enter asks, the page says it is searching and shows
    // the previous answer until the new one arrives.
    archive.keywordEdit()->setText(QStringLiteral("quu"));
    QTest::keyClick(archive.keywordEdit(), Qt::Key_Return);
    QVERIFY(archive.isSearching());
    QCOMPARE(archive.infoLabel()->text(), ArchivePage::tr("Searching the archive…"));
    QCOMPARE(archive.table()->rowCount(), all);
    QTRY_VERIFY(!archive.isSearching());
    QCOMPARE(shown(), QStringList{number});
    QCOMPARE(answers, QList<QStringList>{{number}});

    // A newer search wins: the older one's answer, already on its way back
    // (the loader is idle, its answer waits in the event queue), is dropped.
    answers.clear();
    archive.keywordEdit()->clear();
    QTest::keyClick(archive.keywordEdit(), Qt::Key_Return); // every archived order
    QDeadlineTimer waited(10000);
    while (archive.loader()->isBusy() && !waited.hasExpired())
        QThread::msleep(5); // no events: the answer stays queued
    QVERIFY(!archive.loader()->isBusy());
    archive.keywordEdit()->setText(QStringLiteral("quu"));
    QTest::keyClick(archive.keywordEdit(), Qt::Key_Return);
    QTRY_VERIFY(!archive.isSearching());
    QCOMPARE(shown(), QStringList{number});
    QCOMPARE(answers, QList<QStringList>{{number}}); // the whole archive was never shown
    archive.keywordEdit()->clear();
    QTRY_COMPARE(archive.table()->rowCount(), all);

    // A read that fails (the archive's table is gone from under the
    // loader's connection) says so and names the database; the answer before
    // stays; the next search, once the table is back, reads again.
    {
        auto other = std::make_shared<Database>(m_db->config());
        other->open(false);
        QSqlQuery q(other->connection());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE order_archive RENAME TO order_archive_away")),
                 qPrintable(q.lastError().text()));
        QTest::keyClick(archive.keywordEdit(), Qt::Key_Return);
        QTRY_VERIFY(!archive.isSearching());
        QVERIFY2(archive.infoLabel()->text().startsWith(
                     ArchivePage::tr("The archive could not be searched: %1").arg(QString())),
                 qPrintable(archive.infoLabel()->text()));
        QVERIFY2(archive.infoLabel()->text().contains(m_dir->filePath(QStringLiteral("desk.db"))),
                 qPrintable(archive.infoLabel()->text()));
        QCOMPARE(archive.table()->rowCount(), all);
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE order_archive_away RENAME TO order_archive")),
                 qPrintable(q.lastError().text()));
        other->closeConnection();
    }
    answers.clear();
    QTest::keyClick(archive.keywordEdit(), Qt::Key_Return);
    QTRY_VERIFY(!archive.isSearching());
    QCOMPARE(answers.size(), 1);
    QCOMPARE(archive.table()->rowCount(), all);

    // A word of the name; then of the email.
    QTest::keyClicks(archive.keywordEdit(), QStringLiteral("quu"));
    QTRY_COMPARE(shown(), QStringList{number});
    QCOMPARE(archive.table()->item(0, 1)->text(), QStringLiteral("Zebedee Quux"));
    QVERIFY(!archive.table()->item(0, 3)->text().isEmpty()); // when it was ordered
    archive.keywordEdit()->clear();
    QTest::keyClicks(archive.keywordEdit(), QStringLiteral("harbour"));
    QTRY_COMPARE(shown(), QStringList{number});
    archive.keywordEdit()->clear();
    QTRY_COMPARE(archive.table()->rowCount(), all);

    // Ordered yesterday: not the order placed today; today: it.
    const QDate today = QDate::currentDate();
    archive.fromEdit()->setDate(today.addDays(-1));
    archive.toEdit()->setDate(today.addDays(-1));
    QVERIFY(!archive.fromEdit()->isEnabled());
    QTest::mouseClick(archive.datesCheck(), Qt::LeftButton, {},
                      QPoint(8, archive.datesCheck()->height() / 2));
    QVERIFY(archive.datesCheck()->isChecked());
    QVERIFY(archive.fromEdit()->isEnabled());
    QTRY_VERIFY(!shown().contains(number));
    archive.toEdit()->setDate(today);
    QTRY_VERIFY(shown().contains(number));
    const ArchiveFilter f = archive.filter();
    QCOMPARE(f.from, today.addDays(-1));
    QCOMPARE(f.to, today);
    for (const ArchivedOrder& a : m_store->archived(f))
        QVERIFY(shown().contains(a.number));
    QCOMPARE(shown().size(), m_store->archived(f).size());

    // A range the list refuses is named.
    archive.fromEdit()->setDate(today.addDays(1));
    QTRY_VERIFY2(archive.infoLabel()->text() == *dateperiod::rangeProblem(today.addDays(1), today),
                 qPrintable(archive.infoLabel()->text()));
}

// Item 12: a batch of more than 500 orders shows a progress dialog (window
// modal, with Cancel) that advances to the end and closes; Cancel takes the
// whole batch back. Another desk's write holds the batch for a moment, so
// that the dialog shows (it waits 200 ms before it does).
void TestUiDesk::bulkProgressDialogAdvancesClosesAndCancels()
{
    openPage(Session::localUser());
    OrderFilter invalid;
    invalid.validity = OrderFilter::Validity::Invalid;
    const qint64 invalidBefore = m_store->count(invalid);
    QTableView* view = m_page->view();
    auto selectAll = [&] {
        view->setFocus();
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        return m_page->selectedCount();
    };
    const qint64 n = selectAll();
    QVERIFY(n > 500);
    auto confirm = [n] {
        whenModal([n](QWidget* w) {
            auto* d = qobject_cast<MassActionDialog*>(w);
            QVERIFY(d);
            d->reasonBox()->setEditText(QStringLiteral("Test order"));
            QTest::keyClicks(d->countEdit(), QLocale().toString(n));
            QTest::mouseClick(d->actionButton(), Qt::LeftButton);
        });
    };
    auto other = std::make_shared<Database>(m_db->config());
    other->open(false);
    QSqlQuery lock(other->connection());
    QSignalSpy said(m_page.get(), &OrdersPage::statusMessage);
    QSignalSpy done(m_page.get(), &OrdersPage::batchFinished);

    // Cancel while it runs: nothing of it is written.
    const QString before = contentFingerprint(m_db->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    confirm();
    m_page->invalidateAction()->trigger();
    QPointer<QProgressDialog> dialog = m_page->findChild<QProgressDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY2(dialog->labelText().contains(QLocale().toString(n)), qPrintable(dialog->labelText()));
    auto* cancel = dialog->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QTRY_VERIFY(dialog.isNull()); // closed and gone
    QTRY_VERIFY(!said.isEmpty());
    QCOMPARE(said.last().first().toString(), OrdersPage::tr("Cancelled; nothing was changed."));
    QCOMPARE(done.count(), 0);
    QCOMPARE(contentFingerprint(m_db->connection()), before);
    QCOMPARE(m_store->count(invalid), invalidBefore);
    QVERIFY(!m_page->undoStack()->canUndo());

    // Run to the end: the dialog advances to its maximum, then closes.
    QTRY_VERIFY(!m_page->model()->isLoading());
    QCOMPARE(selectAll(), n);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    confirm();
    m_page->invalidateAction()->trigger();
    dialog = m_page->findChild<QProgressDialog*>();
    QVERIFY(dialog);
    QList<int> values;
    auto* job = m_page->findChild<BatchJob*>();
    QVERIFY(job);
    // After the page's own handler: the value the dialog shows.
    connect(job, &BatchJob::progress, this, [&] {
        if (dialog)
            values << dialog->value();
    });
    QTRY_VERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->value() < dialog->maximum());
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toLongLong(), n);
    QVERIFY(!values.isEmpty());
    QCOMPARE(values.last(), 1000);
    QVERIFY(std::is_sorted(values.begin(), values.end()));
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_store->count(invalid), invalidBefore + n);
    QTRY_VERIFY(!m_page->model()->isLoading());
}

QTEST_MAIN(TestUiDesk)

#include "test_ui_desk.moc"
