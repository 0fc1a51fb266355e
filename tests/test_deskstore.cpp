// The desk's rules in OrderStore (issue 13): the inverse operations behind
// undo and redo (each batch records what it changed; an undo that would
// overwrite someone's later change is a Conflict and writes nothing), and the
// bulk status change and assignment (the workflow judges every order, all or
// nothing, audited), on every test backend.

#include "testdb.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "i18n.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "stores/serverwrites.h"
#include "stores/undoconflicts.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace docket;
using namespace docket::test;

namespace {

constexpr qint64 kNow = TestDb::kNow;

Order draft(const QString& name)
{
    Order o;
    o.customerName = name;
    o.email = QStringLiteral("desk@example.com");
    o.shipTo = {QStringLiteral("1 Desk Road"), QStringLiteral("Leeds"), QStringLiteral("LS1 1AA"),
                QStringLiteral("England"), QStringLiteral("GB")};
    o.channel = QStringLiteral("web");
    o.lines = {
        OrderLine{0, 0, QStringLiteral("SKU-A"), QStringLiteral("Brass gear"), 2, Money(1250)}};
    return o;
}

// Orders "A", "B", ... (`count` of them); their ids, in order.
QList<qint64> createOrders(OrderStore& store, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids << store.create(draft(QString(QLatin1Char('A' + i))));
    return ids;
}

QStringList kinds(const QList<OrderEvent>& events)
{
    QStringList out;
    for (const auto& e : events)
        out << e.kind;
    return out;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestDeskStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }
    void undoInvalidateTakesBackOnlyWhatTheBatchChanged_data() { addBackendRows(); }
    void undoInvalidateTakesBackOnlyWhatTheBatchChanged();
    void undoRefusesToOverwriteALaterChange_data() { addBackendRows(); }
    void undoRefusesToOverwriteALaterChange();
    void undoRevalidateGivesBackEachReason_data() { addBackendRows(); }
    void undoRevalidateGivesBackEachReason();
    void undoDeleteRestoresAndRedoDeletesAgain_data() { addBackendRows(); }
    void undoDeleteRestoresAndRedoDeletesAgain();
    void bulkStatusFollowsTheWorkflowAllOrNothing_data() { addBackendRows(); }
    void bulkStatusFollowsTheWorkflowAllOrNothing();
    void bulkAssignIsAuditedAllOrNothing_data() { addBackendRows(); }
    void bulkAssignIsAuditedAllOrNothing();
    void undoStatusChangeTakesEachOrderBackAndRedoMovesAgain_data() { addBackendRows(); }
    void undoStatusChangeTakesEachOrderBackAndRedoMovesAgain();
    void undoOfACancelNeedsTheRightToRestore_data() { addBackendRows(); }
    void undoOfACancelNeedsTheRightToRestore();
    void undoStatusChangeRefusesToOverwriteALaterChange_data() { addBackendRows(); }
    void undoStatusChangeRefusesToOverwriteALaterChange();
    void undoAssignGivesBackEachAssignee_data() { addBackendRows(); }
    void undoAssignGivesBackEachAssignee();
    void undoMarkSeenMakesOrdersNewAgain_data() { addBackendRows(); }
    void undoMarkSeenMakesOrdersNewAgain();
    void undoOfAnEditThatMovedTheStatusTakesItBack_data() { addBackendRows(); }
    void undoOfAnEditThatMovedTheStatusTakesItBack();
    void undoMarkSeenWorksAfterUpgrade_data() { addBackendRows(); }
    void undoMarkSeenWorksAfterUpgrade();
    void undoPlanNamesTheOrdersChangedSince_data() { addBackendRows(); }
    void undoPlanNamesTheOrdersChangedSince();
    void undoConflictListsReadInChinese();
    void undoPlanOfMarkSeenNamesAnotherMark_data() { addBackendRows(); }
    void undoPlanOfMarkSeenNamesAnotherMark();
    void undoOfADeleteNamesTheOrdersRestoredSince_data() { addBackendRows(); }
    void undoOfADeleteNamesTheOrdersRestoredSince();
    void undoOfARestoreDeletesAgainUnlessChangedSince_data() { addBackendRows(); }
    void undoOfARestoreDeletesAgainUnlessChangedSince();
    void archiveIsSearchedByCustomerAndDate_data() { addBackendRows(); }
    void archiveIsSearchedByCustomerAndDate();
    void archiveSearchColumnsAreFilledOnUpgrade_data() { addBackendRows(); }
    void archiveSearchColumnsAreFilledOnUpgrade();
    void bulkStatusAndAssignCancelledAfterAChunkChangeNothing_data() { addBackendRows(); }
    void bulkStatusAndAssignCancelledAfterAChunkChangeNothing();
};

namespace {
// The archive entry of order number `number` (0 when none).
qint64 archiveIdOf(const OrderStore& store, const QString& number)
{
    for (const ArchivedOrder& a : store.archived(number))
        if (a.number == number)
            return a.id;
    return 0;
}
} // namespace

// Undo of a delete (= restore) when someone restored one of the orders
// meanwhile (issue 13 item 9): the plan names it (restored, by whom, when),
// the whole undo is refused as a Conflict that changes nothing, the others'
// undo restores only them. Its redo (delete again) when someone marked one
// of those valid since: named too, refused whole, the other's redo deletes it.
void TestDeskStore::undoOfADeleteNamesTheOrdersRestoredSince()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const Session sue = adminSession(QStringLiteral("sue"));
    OrderStore store = tdb.store(sue, kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 3));
    QStringList numbers;
    for (qint64 id : ids)
        numbers << store.order(id).number;
    DOCKET_NO_THROW(store.invalidate(ids, QStringLiteral("Test order")));
    BatchRecord done;
    DOCKET_NO_THROW(store.deleteInvalid(ids, {}, &done));
    QCOMPARE(done.size(), 3);
    for (const BatchRecord::Entry& e : done.entries)
        QCOMPARE(e.number, numbers.at(ids.indexOf(e.id)));
    UndoPlan plan;
    DOCKET_NO_THROW(plan = UndoConflicts::plan(tdb.connection(), sue, UndoKind::Delete, done));
    QVERIFY(plan.isClean());
    QCOMPARE(plan.rest.size(), 3);

    // Max restores the second one from the archive page.
    OrderStore max = tdb.store(adminSession(QStringLiteral("max")), kNow + 60);
    DOCKET_NO_THROW(max.restore(archiveIdOf(max, numbers.at(1))));

    DOCKET_NO_THROW(plan = UndoConflicts::plan(tdb.connection(), sue, UndoKind::Delete, done));
    QCOMPARE(plan.conflicts.size(), 1);
    const UndoConflict restored = plan.conflicts.first();
    QCOMPARE(restored.number, numbers.at(1));
    QCOMPARE(restored.who, QStringLiteral("max"));
    QVERIFY2(restored.what.contains(eventKindLabel(QStringLiteral("restored"))),
             qPrintable(restored.what));
    QVERIFY(restored.when.isValid());
    QCOMPARE(plan.rest.size(), 2);

    // The whole undo is refused as a conflict naming it, and changes nothing.
    QString before = contentFingerprint(tdb.connection());
    auto e = catchError([&] { store.undoDelete(done); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QVERIFY2(e->message().contains(numbers.at(1)), qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    // The others' undo restores the other two.
    BatchRecord undone;
    int n = 0;
    DOCKET_NO_THROW(n = store.undoDelete(plan.rest, &undone));
    QCOMPARE(n, 2);
    QCOMPARE(store.archived().size(), 0);
    QCOMPARE(undone.size(), 2);

    // Redo over what the undo left, after Max marked one of them valid.
    const BatchRecord::Entry first = undone.entries.first();
    DOCKET_NO_THROW(max.revalidate({first.id}));
    DOCKET_NO_THROW(plan = UndoConflicts::plan(tdb.connection(), sue, UndoKind::Delete, undone,
                                               UndoDirection::Redo));
    QCOMPARE(plan.conflicts.size(), 1);
    QCOMPARE(plan.conflicts.first().id, first.id);
    QCOMPARE(plan.conflicts.first().who, QStringLiteral("max"));
    QCOMPARE(plan.rest.size(), 1);
    before = contentFingerprint(tdb.connection());
    BatchRecord again;
    e = catchError([&] { store.deleteInvalid(undone.ids(), {}, &again, &undone); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict); // not "only invalid orders can be deleted"
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    again = {};
    DOCKET_NO_THROW(n = store.deleteInvalid(plan.rest.ids(), {}, &again, &plan.rest));
    QCOMPARE(n, 1);
    QCOMPARE(store.archived().size(), 1);
    QVERIFY(!store.order(first.id).isInvalid()); // Max's change stays
}

// The archive page's restore of a selection, undone (issue 13 item 9): the
// restore records each order (id, version, number); its undo deletes them
// again unless one changed since (a Conflict naming it, nothing changed; the
// plan names who), the others' undo deletes only them, and its redo restores
// them again unless one was restored meanwhile.
void TestDeskStore::undoOfARestoreDeletesAgainUnlessChangedSince()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const Session sue = adminSession(QStringLiteral("sue"));
    OrderStore store = tdb.store(sue, kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 3));
    QStringList numbers;
    for (qint64 id : ids)
        numbers << store.order(id).number;
    DOCKET_NO_THROW(store.invalidate(ids, QStringLiteral("Test order")));
    DOCKET_NO_THROW(store.deleteInvalid(ids));

    BatchRecord restored;
    for (const QString& number : numbers)
        DOCKET_NO_THROW(store.restore(archiveIdOf(store, number), &restored));
    QCOMPARE(restored.size(), 3);
    for (const BatchRecord::Entry& e : restored.entries) {
        QCOMPARE(store.order(e.id).version, e.version);
        QCOMPARE(store.order(e.id).number, e.number);
    }

    // Max changes the reason of the third (valid and invalid again).
    OrderStore max = tdb.store(adminSession(QStringLiteral("max")), kNow + 60);
    const qint64 third = store.orderByNumber(numbers.at(2)).id;
    DOCKET_NO_THROW(max.revalidate({third}));
    DOCKET_NO_THROW(max.invalidate({third}, QStringLiteral("Customer request")));

    UndoPlan plan;
    DOCKET_NO_THROW(plan = UndoConflicts::plan(tdb.connection(), sue, UndoKind::Restore, restored));
    QCOMPARE(plan.conflicts.size(), 1);
    QCOMPARE(plan.conflicts.first().number, numbers.at(2));
    QCOMPARE(plan.conflicts.first().who, QStringLiteral("max"));
    QCOMPARE(plan.rest.size(), 2);
    QString before = contentFingerprint(tdb.connection());
    auto e = catchError([&] { store.undoRestore(restored); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    BatchRecord back;
    int n = 0;
    DOCKET_NO_THROW(n = store.undoRestore(plan.rest, {}, &back));
    QCOMPARE(n, 2);
    QCOMPARE(store.archived().size(), 2);
    QCOMPARE(store.order(third).invalidReason, QStringLiteral("Customer request"));

    // Redo (restore again) after Max restored one of the two meanwhile.
    DOCKET_NO_THROW(max.restore(archiveIdOf(max, numbers.at(0))));
    DOCKET_NO_THROW(plan = UndoConflicts::plan(tdb.connection(), sue, UndoKind::Restore, back,
                                               UndoDirection::Redo));
    QCOMPARE(plan.conflicts.size(), 1);
    QCOMPARE(plan.conflicts.first().number, numbers.at(0));
    QCOMPARE(plan.conflicts.first().who, QStringLiteral("max"));
    before = contentFingerprint(tdb.connection());
    QVERIFY(catchError([&] { store.undoDelete(back); }));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    DOCKET_NO_THROW(n = store.undoDelete(plan.rest));
    QCOMPARE(n, 1);
    QCOMPARE(store.archived().size(), 0);
}

// Undo of a batch where some orders changed since (issue 13 item 9): the
// plan names each one (its number, what happened, who) and keeps the
// others; the store still refuses the whole undo, and the undo of only the
// others takes them back and leaves the changed ones as they are.
void TestDeskStore::undoPlanNamesTheOrdersChangedSince()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const Session sue = adminSession(QStringLiteral("sue"));
    OrderStore store = tdb.store(sue, kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 4));
    const QString goneNumber = store.order(ids.at(3)).number;
    BatchRecord done;
    DOCKET_NO_THROW(store.invalidate(ids, QStringLiteral("duplicate"), {}, &done));
    UndoPlan plan;
    DOCKET_NO_THROW(plan = UndoConflicts::plan(tdb.connection(), sue, UndoKind::Invalidate, done));
    QVERIFY(plan.isClean());
    QCOMPARE(sorted(plan.rest.ids()), sorted(ids));

    // Max marks one valid and invalid again, and deletes another.
    OrderStore max = tdb.store(adminSession(QStringLiteral("max")), kNow + 60);
    DOCKET_NO_THROW(max.revalidate({ids.at(1)}));
    DOCKET_NO_THROW(max.invalidate({ids.at(1)}, QStringLiteral("Customer request")));
    DOCKET_NO_THROW(max.deleteInvalid({ids.at(3)}));

    DOCKET_NO_THROW(plan = UndoConflicts::plan(tdb.connection(), sue, UndoKind::Invalidate, done));
    QCOMPARE(plan.conflicts.size(), 2);
    QCOMPARE(sorted(plan.rest.ids()), sorted({ids.at(0), ids.at(2)}));
    const UndoConflict changed = plan.conflicts.at(0);
    QCOMPARE(changed.id, ids.at(1));
    QCOMPARE(changed.number, store.order(ids.at(1)).number);
    QCOMPARE(changed.who, QStringLiteral("max"));
    QVERIFY2(changed.what.contains(eventKindLabel(QStringLiteral("invalidated"))),
             qPrintable(changed.what));
    QVERIFY(changed.when.isValid());
    const UndoConflict gone = plan.conflicts.at(1);
    QCOMPARE(gone.id, ids.at(3));
    QCOMPARE(gone.number, goneNumber);
    QVERIFY(!gone.what.isEmpty());
    QVERIFY(gone.who.isEmpty());

    // The whole undo is still refused, and changes nothing...
    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { store.undoInvalidate(done); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    // ...the others' undo takes back only those.
    int n = 0;
    DOCKET_NO_THROW(n = store.undoInvalidate(plan.rest));
    QCOMPARE(n, 2);
    QVERIFY(!store.order(ids.at(0)).isInvalid());
    QVERIFY(!store.order(ids.at(2)).isInvalid());
    QCOMPARE(store.order(ids.at(1)).invalidReason, QStringLiteral("Customer request"));
}

// Issue 13: an order changed twice since the batch lists both changes, with
// the language's separator: "、" in Chinese, not ", " (and "：" after an
// edit, not ": ").
void TestDeskStore::undoConflictListsReadInChinese()
{
    DOCKET_TESTDB(tdb, Backend::SQLite);
    const Session sue = adminSession(QStringLiteral("sue"));
    OrderStore store = tdb.store(sue, kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 2));
    BatchRecord done;
    DOCKET_NO_THROW(store.invalidate(ids, QStringLiteral("duplicate"), {}, &done));
    OrderStore max = tdb.store(adminSession(QStringLiteral("max")), kNow + 60);
    DOCKET_NO_THROW(max.revalidate({ids.at(0)}));
    DOCKET_NO_THROW(max.invalidate({ids.at(0)}, QStringLiteral("Customer request")));
    DOCKET_NO_THROW(max.revalidate({ids.at(1)}));
    Order edited = max.order(ids.at(1));
    edited.shipTo.city = QStringLiteral("Köln");
    edited.email = QStringLiteral("new@example.com");
    DOCKET_NO_THROW(max.update(edited));

    struct Expect
    {
        const char* lang;
        QString both;  // the two moves of the first order
        QString colon; // after "Edited"
    };
    const Expect langs[] = {{"en", QStringLiteral(", "), QStringLiteral(": ")},
                            {"zh_CN", QStringLiteral("、"), QStringLiteral("：")},
                            {"zh_TW", QStringLiteral("、"), QStringLiteral("：")}};
    for (const Expect& x : langs) {
        installTranslators(*QCoreApplication::instance(), QLatin1String(x.lang));
        UndoPlan plan;
        DOCKET_NO_THROW(plan =
                            UndoConflicts::plan(tdb.connection(), sue, UndoKind::Invalidate, done));
        QCOMPARE(plan.conflicts.size(), 2);
        const QString moves = plan.conflicts.at(0).what;
        const QString edits = plan.conflicts.at(1).what;
        installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
        const QString revalidated = eventKindLabel(QStringLiteral("revalidated"));
        QVERIFY2(moves.contains(x.both), qPrintable(moves));
        QVERIFY2(moves.split(x.both).size() >= 2, qPrintable(moves));
        QVERIFY2(edits.contains(x.colon) && edits.contains(x.both), qPrintable(edits));
        if (QLatin1String(x.lang) != QLatin1String("en")) {
            QVERIFY2(!moves.contains(QLatin1String(", ")), qPrintable(moves));
            QVERIFY2(!edits.contains(QLatin1String(", ")) && !edits.contains(QLatin1String(": ")),
                     qPrintable(edits));
            QVERIFY2(!moves.contains(revalidated), qPrintable(moves)); // translated
        }
    }
}

// The same for marks seen: an order someone else marked seen after the
// batch's mark was taken back is theirs, named with who did it.
void TestDeskStore::undoPlanOfMarkSeenNamesAnotherMark()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const Session sue = adminSession(QStringLiteral("sue"));
    OrderStore store = tdb.store(sue, kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 2));
    BatchRecord done;
    DOCKET_NO_THROW(store.markSeen(ids, &done));
    QCOMPARE(done.size(), 2);
    // The second order made new again (its own step), then Max marks it.
    BatchRecord second;
    for (const BatchRecord::Entry& e : done.entries)
        if (e.id == ids.at(1))
            second.entries << e;
    DOCKET_NO_THROW(store.undoMarkSeen(second));
    OrderStore max = tdb.store(adminSession(QStringLiteral("max")), kNow + 60);
    DOCKET_NO_THROW(max.markSeen({ids.at(1)}));

    UndoPlan plan;
    DOCKET_NO_THROW(plan = UndoConflicts::plan(tdb.connection(), sue, UndoKind::Seen, done));
    QCOMPARE(plan.conflicts.size(), 1);
    QCOMPARE(plan.conflicts.first().id, ids.at(1));
    QCOMPARE(plan.conflicts.first().who, QStringLiteral("max"));
    QCOMPARE(plan.rest.ids(), QList<qint64>{ids.at(0)});
    DOCKET_NO_THROW(store.undoMarkSeen(plan.rest));
    QVERIFY(store.order(ids.at(0)).isNew());
    QCOMPARE(store.order(ids.at(1)).seenBy, QStringLiteral("max"));
}

// A database of the schema before mark seen's undo (0078; PostgreSQL's
// docket_orders_unsee is 0079, SQLite needs no migration) with an order in
// it upgrades in place: the order is still new, and marking it seen can be
// taken back.
void TestDeskStore::undoMarkSeenWorksAfterUpgrade()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
    Database db(empty.config());
    constexpr int kBefore = 78;
    QVERIFY_THROWS_NO_EXCEPTION(db.migrate(kBefore));
    QCOMPARE(db.schemaVersion(), kBefore);
    QVERIFY_THROWS_NO_EXCEPTION(
        sql::run(db.connection(),
                 QStringLiteral("INSERT INTO orders(id, number, customer_name, channel, status, "
                                "currency, total_cents, created_at, updated_at, created_by, "
                                "ship_street, ship_city, ship_postcode, ship_country) VALUES "
                                "(1, 'DK0000001', 'Before', 'web', 'pending', 'EUR', 2000, ?, ?, "
                                "'local', '1 Main St', 'Berlin', '10115', 'DE')"),
                 {kNow, kNow}));
    if (backend == Backend::PostgreSQL)
        QVERIFY_THROWS_NO_EXCEPTION(
            sql::run(db.connection(), QStringLiteral("SELECT setval('orders_id_seq', 1)")));
    QVERIFY_THROWS_NO_EXCEPTION(db.migrate());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion(backend));
    if (backend == Backend::PostgreSQL)
        QVERIFY(db.schemaVersion() >= 79);
    {
        OrderStore store(db.connection(), Session::localUser());
        QVERIFY(store.order(1).isNew());
        BatchRecord done;
        QCOMPARE(store.markSeen({1}, &done), 1);
        QVERIFY(!store.order(1).isNew());
        QCOMPARE(store.undoMarkSeen(done), 1);
        QVERIFY(store.order(1).isNew());
        QCOMPARE(store.events(1).last().kind, QStringLiteral("unseen"));
    }
    db.closeConnection();
}

// Mark seen on the undo stack (issue 13 item 9): only the orders the batch
// marked are new again, audited; redo marks them again; an order marked
// again by someone else since refuses the whole undo, naming it.
void TestDeskStore::undoMarkSeenMakesOrdersNewAgain()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 3));
    const qint64 a = ids.at(0), b = ids.at(1), c = ids.at(2);
    DOCKET_NO_THROW(store.markSeen({c})); // seen before the batch
    const Order cBefore = store.order(c);

    BatchRecord done;
    int n = 0;
    DOCKET_NO_THROW(n = store.markSeen({a, b, c}, &done));
    QCOMPARE(n, 2);
    QCOMPARE(sorted(done.ids()), sorted({a, b}));
    for (const auto& e : done.entries)
        QCOMPARE(e.seenAt, store.order(e.id).seenAt.toSecsSinceEpoch());

    BatchRecord undone;
    DOCKET_NO_THROW(n = store.undoMarkSeen(done, {}, &undone));
    QCOMPARE(n, 2);
    QVERIFY(store.order(a).isNew());
    QVERIFY(store.order(b).isNew());
    QCOMPARE(store.order(a).seenBy, QString());
    // c keeps its own, earlier mark.
    QCOMPARE(store.order(c).seenAt, cBefore.seenAt);
    const QList<OrderEvent> events = store.events(a);
    QCOMPARE(events.last().kind, QStringLiteral("unseen"));
    QCOMPARE(events.last().actor, QStringLiteral("sue"));
    QCOMPARE(events.last().note, QStringLiteral("undone"));
    QVERIFY(!eventKindLabel(QStringLiteral("unseen")).isEmpty());
    QVERIFY(eventKindLabel(QStringLiteral("unseen")) != QStringLiteral("unseen"));

    // Redo marks them again.
    BatchRecord redone;
    DOCKET_NO_THROW(n = store.markSeen(undone.ids(), &redone));
    QCOMPARE(n, 2);
    QVERIFY(!store.order(a).isNew());
    QCOMPARE(sorted(redone.ids()), sorted({a, b}));

    // Someone else marks b after an undo made it new: taking back the
    // first mark again must not touch theirs.
    DOCKET_NO_THROW(store.undoMarkSeen(redone));
    OrderStore other = tdb.store(adminSession(QStringLiteral("max")), kNow + 60);
    DOCKET_NO_THROW(other.markSeen({b}));
    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { store.undoMarkSeen(redone); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QVERIFY2(e->message().contains(store.order(b).number), qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    QCOMPARE(store.order(b).seenBy, QStringLiteral("max"));
}

// The undo of an order dialog's save that also moved the status (pending
// -> cancelled here): the fields back through update(), the status back
// through the take-back path of Change Status, one transaction; without
// the right to take back a cancel, nothing changes.
void TestDeskStore::undoOfAnEditThatMovedTheStatusTakesItBack()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 1));
    const Order before = store.order(ids.first());
    Order edited = before;
    edited.note = QStringLiteral("customer called: cancel");
    edited.status = QStringLiteral("cancelled");
    Order saved;
    DOCKET_NO_THROW(saved = store.update(edited));
    QCOMPARE(saved.status, QStringLiteral("cancelled"));
    // update() alone refuses the way back...
    Order back = before;
    back.version = saved.version;
    QVERIFY(catchError([&] { store.update(back); }));
    // ...takeBackEdit takes it.
    Order now;
    DOCKET_NO_THROW(now = store.takeBackEdit(back));
    QCOMPARE(now.status, before.status);
    QCOMPARE(now.note, before.note);
    const QList<OrderEvent> events = store.events(now.id);
    QCOMPARE(events.last().kind, QStringLiteral("status"));
    QCOMPARE(events.last().newValue, before.status);
    QCOMPARE(events.last().note, QStringLiteral("undone"));

    // A later change by someone else is a conflict, and nothing changes.
    Order again = now;
    again.note = QStringLiteral("second try");
    again.status = QStringLiteral("cancelled");
    DOCKET_NO_THROW(saved = store.update(again));
    Order theirs = saved;
    theirs.customerName = QStringLiteral("Someone Else Ltd");
    DOCKET_NO_THROW(store.update(theirs));
    const QString fingerprint = contentFingerprint(tdb.connection());
    Order stale = now;
    stale.version = saved.version;
    const auto e = catchError([&] { store.takeBackEdit(stale); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QCOMPARE(contentFingerprint(tdb.connection()), fingerprint);
}

void TestDeskStore::undoInvalidateTakesBackOnlyWhatTheBatchChanged()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 3));
    const qint64 a = ids.at(0), b = ids.at(1), c = ids.at(2);
    DOCKET_NO_THROW(store.invalidate({c}, QStringLiteral("Test order")));

    BatchRecord done;
    int n = 0;
    DOCKET_NO_THROW(n = store.invalidate({a, b, c}, QStringLiteral("Duplicate order"), {}, &done));
    QCOMPARE(n, 2);
    QCOMPARE(sorted(done.ids()), sorted({a, b})); // c was invalid already
    for (const auto& e : done.entries)
        QCOMPARE(e.version, store.order(e.id).version);

    BatchRecord undone;
    DOCKET_NO_THROW(n = store.undoInvalidate(done, {}, &undone));
    QCOMPARE(n, 2);
    QVERIFY(!store.order(a).isInvalid());
    QVERIFY(!store.order(b).isInvalid());
    // c keeps its own, earlier invalidation.
    QVERIFY(store.order(c).isInvalid());
    QCOMPARE(store.order(c).invalidReason, QStringLiteral("Test order"));
    QCOMPARE(kinds(store.events(a)).last(), QStringLiteral("revalidated"));

    // Redo: the same orders invalid again, with the same reason.
    BatchRecord redone;
    DOCKET_NO_THROW(n = store.invalidate(undone.ids(), QStringLiteral("Duplicate order"), {},
                                         &redone, &undone));
    QCOMPARE(n, 2);
    QCOMPARE(store.order(a).invalidReason, QStringLiteral("Duplicate order"));
    QCOMPARE(sorted(redone.ids()), sorted({a, b}));
}

void TestDeskStore::undoRefusesToOverwriteALaterChange()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 2));
    const qint64 a = ids.at(0), b = ids.at(1);
    BatchRecord done;
    DOCKET_NO_THROW(store.invalidate({a, b}, QStringLiteral("Fraud suspected"), {}, &done));

    // Someone else, on another desk, marks b valid and invalid again.
    auto other = tdb.openAnother();
    OrderStore tom(other->connection(), adminSession(QStringLiteral("tom")));
    DOCKET_NO_THROW(tom.revalidate({b}));
    DOCKET_NO_THROW(tom.invalidate({b}, QStringLiteral("Customer request")));
    const Order bNow = store.order(b);

    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { store.undoInvalidate(done); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QVERIFY2(e->message().contains(bNow.number), qPrintable(e->message()));
    // Nothing was written: a stays invalid too.
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    QVERIFY(store.order(a).isInvalid());
    QCOMPARE(store.order(b).invalidReason, QStringLiteral("Customer request"));
}

void TestDeskStore::undoRevalidateGivesBackEachReason()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 2));
    const qint64 a = ids.at(0), b = ids.at(1);
    DOCKET_NO_THROW(store.invalidate({a}, QStringLiteral("Duplicate order")));
    DOCKET_NO_THROW(store.invalidate({b}, QStringLiteral("Fraud suspected")));
    BatchRecord done;
    int n = 0;
    DOCKET_NO_THROW(n = store.revalidate({a, b}, {}, &done));
    QCOMPARE(n, 2);
    DOCKET_NO_THROW(n = store.undoRevalidate(done));
    QCOMPARE(n, 2);
    QCOMPARE(store.order(a).invalidReason, QStringLiteral("Duplicate order"));
    QCOMPARE(store.order(b).invalidReason, QStringLiteral("Fraud suspected"));
    QCOMPARE(kinds(store.events(b)).last(), QStringLiteral("invalidated"));
}

void TestDeskStore::undoDeleteRestoresAndRedoDeletesAgain()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 2));
    const qint64 a = ids.at(0), b = ids.at(1);
    const QString numberA = store.order(a).number;
    DOCKET_NO_THROW(store.invalidate({a, b}, QStringLiteral("Test order")));
    BatchRecord done;
    int n = 0;
    DOCKET_NO_THROW(n = store.deleteInvalid({a, b}, {}, &done));
    QCOMPARE(n, 2);
    QCOMPARE(done.size(), 2);
    for (const auto& e : done.entries)
        QVERIFY(e.archiveId > 0);
    QCOMPARE(store.archived().size(), 2);

    BatchRecord undone;
    DOCKET_NO_THROW(n = store.undoDelete(done, &undone));
    QCOMPARE(n, 2);
    QCOMPARE(store.archived().size(), 0);
    QCOMPARE(store.orderByNumber(numberA).invalidReason, QStringLiteral("Test order"));

    // Redo, then an undo of an entry someone restored meanwhile: refused whole.
    BatchRecord again;
    DOCKET_NO_THROW(n = store.deleteInvalid(undone.ids(), {}, &again, &undone));
    QCOMPARE(n, 2);
    QCOMPARE(store.archived().size(), 2);
    DOCKET_NO_THROW(store.restore(again.entries.first().archiveId));
    const QString before = contentFingerprint(tdb.connection());
    QVERIFY(catchError([&] { store.undoDelete(again); }));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
}

void TestDeskStore::bulkStatusFollowsTheWorkflowAllOrNothing()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 4));
    const qint64 a = ids.at(0), b = ids.at(1), c = ids.at(2), d = ids.at(3);
    DOCKET_NO_THROW(store.changeStatus(c, OrderStatus::Cancelled));
    const QString numberC = store.order(c).number;
    // a and b are paid by their payments (status follows the records, issue 15).
    FulfilmentStore pay(store.database(), store.session());
    pay.setClock([] { return kNow; });
    for (qint64 id : {a, b})
        DOCKET_NO_THROW(pay.addPayment(id, QStringLiteral("card"), store.order(id).total));

    // c cannot be processed: nothing moves, and the message names c.
    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { store.changeStatuses({a, b, c}, OrderStatus::Processing); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY2(e->message().contains(numberC), qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    // Paid by hand in bulk: refused like one by one, naming the order.
    const auto byHand = catchError([&] { store.changeStatuses({d}, OrderStatus::Paid); });
    QVERIFY(byHand);
    QCOMPARE(byHand->code(), DocketError::Code::Invalid);
    QVERIFY2(byHand->message().contains(store.order(d).number), qPrintable(byHand->message()));
    // Nor cancelled in bulk while it holds money.
    QVERIFY(catchError([&] { store.changeStatuses({a}, OrderStatus::Cancelled); }));
    QCOMPARE(contentFingerprint(tdb.connection()), before);

    int n = 0;
    DOCKET_NO_THROW(
        n = store.changeStatuses({a, b}, OrderStatus::Processing, QStringLiteral("bank")));
    QCOMPARE(n, 2);
    for (qint64 id : {a, b}) {
        QCOMPARE(store.order(id).status, QStringLiteral("processing"));
        const OrderEvent last = store.events(id).last();
        QCOMPARE(last.kind, QStringLiteral("status"));
        QCOMPARE(last.oldValue, QStringLiteral("paid"));
        QCOMPARE(last.newValue, QStringLiteral("processing"));
        QCOMPARE(last.actor, QStringLiteral("sue"));
    }
    // Orders already there are left alone.
    DOCKET_NO_THROW(n = store.changeStatuses({a, b}, OrderStatus::Processing));
    QCOMPARE(n, 0);

    // Without the right: refused before anything is read.
    OrderStore clerk = tdb.store(sessionWith(QStringLiteral("cleo"), {Permission::ViewOrders}));
    const auto refused = catchError([&] { clerk.changeStatuses({a}, OrderStatus::Processing); });
    QVERIFY(refused);
    QCOMPARE(refused->code(), DocketError::Code::Forbidden);
}

void TestDeskStore::bulkAssignIsAuditedAllOrNothing()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 3));
    const qint64 a = ids.at(0), b = ids.at(1), c = ids.at(2);
    DOCKET_NO_THROW(store.invalidate({c}, QStringLiteral("Test order")));

    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { store.assign({a, b, c}, QStringLiteral("nina")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QCOMPARE(contentFingerprint(tdb.connection()), before);

    int n = 0;
    DOCKET_NO_THROW(n = store.assign({a, b}, QStringLiteral(" nina ")));
    QCOMPARE(n, 2);
    for (qint64 id : {a, b}) {
        QCOMPARE(store.order(id).assignedTo, QStringLiteral("nina"));
        const OrderEvent last = store.events(id).last();
        QCOMPARE(last.field, QStringLiteral("assigned_to"));
        QCOMPARE(last.newValue, QStringLiteral("nina"));
    }
    // Unassigning is assigning to nobody.
    DOCKET_NO_THROW(n = store.assign({a}, QString()));
    QCOMPARE(n, 1);
    QVERIFY(store.order(a).assignedTo.isEmpty());
}

void TestDeskStore::undoStatusChangeTakesEachOrderBackAndRedoMovesAgain()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 3));
    const qint64 a = ids.at(0), b = ids.at(1), c = ids.at(2);
    FulfilmentStore pay(store.database(), store.session());
    pay.setClock([] { return kNow; });
    for (qint64 id : {a, b})
        DOCKET_NO_THROW(pay.addPayment(id, QStringLiteral("card"), store.order(id).total));
    DOCKET_NO_THROW(store.changeStatuses({b}, OrderStatus::Processing));

    // a moves paid -> processing; b is there already and is left alone.
    BatchRecord done;
    int n = 0;
    DOCKET_NO_THROW(n = store.changeStatuses({a, b}, OrderStatus::Processing, {}, {}, &done));
    QCOMPARE(n, 1);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.entries.first().id, a);
    QCOMPARE(done.entries.first().before, QStringLiteral("paid"));
    QCOMPARE(done.entries.first().version, store.order(a).version);

    BatchRecord undone;
    DOCKET_NO_THROW(n = store.undoChangeStatuses(done, {}, &undone));
    QCOMPARE(n, 1);
    QCOMPARE(store.order(a).status, QStringLiteral("paid"));
    QCOMPARE(store.order(b).status, QStringLiteral("processing")); // not the batch's
    QCOMPARE(store.order(c).status, QStringLiteral("pending"));
    const OrderEvent last = store.events(a).last();
    QCOMPARE(last.kind, QStringLiteral("status"));
    QCOMPARE(last.oldValue, QStringLiteral("processing"));
    QCOMPARE(last.newValue, QStringLiteral("paid"));
    QCOMPARE(last.actor, QStringLiteral("sue"));
    QCOMPARE(last.note, QStringLiteral("undone"));
    QCOMPARE(undone.entries.first().before, QStringLiteral("processing"));

    // Redo: forward again through the workflow, from the versions the undo left.
    BatchRecord again;
    DOCKET_NO_THROW(
        n = store.changeStatuses(undone.ids(), OrderStatus::Processing, {}, {}, &again, &undone));
    QCOMPARE(n, 1);
    QCOMPARE(store.order(a).status, QStringLiteral("processing"));
    // The same undo twice: the order is no longer as that step left it.
    const QString before = contentFingerprint(tdb.connection());
    const auto stale = catchError([&] { store.undoChangeStatuses(done); });
    QVERIFY(stale);
    QCOMPARE(stale->code(), DocketError::Code::Conflict);
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    DOCKET_NO_THROW(n = store.undoChangeStatuses(again));
    QCOMPARE(store.order(a).status, QStringLiteral("paid"));
}

void TestDeskStore::undoOfACancelNeedsTheRightToRestore()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 2));
    const qint64 a = ids.at(0), b = ids.at(1);
    const QString numberA = store.order(a).number;
    // A clerk who may change statuses but not restore cancels two orders...
    OrderStore clerk = tdb.store(
        sessionWith(QStringLiteral("cleo"), {Permission::ViewOrders, Permission::ChangeStatus}),
        kNow);
    BatchRecord done;
    DOCKET_NO_THROW(clerk.changeStatuses({a, b}, OrderStatus::Cancelled, {}, {}, &done));
    QCOMPARE(done.size(), 2);
    // ... and may not take that back: refused, naming the order and why.
    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { clerk.undoChangeStatuses(done); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY2(e->message().contains(numberA), qPrintable(e->message()));
    QVERIFY2(e->message().contains(permission::label(Permission::RestoreArchived)),
             qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    QCOMPARE(store.order(a).status, QStringLiteral("cancelled"));

    // A supervisor (with the right to restore) may.
    int n = 0;
    DOCKET_NO_THROW(n = store.undoChangeStatuses(done));
    QCOMPARE(n, 2);
    for (qint64 id : {a, b})
        QCOMPARE(store.order(id).status, QStringLiteral("pending"));
}

void TestDeskStore::undoStatusChangeRefusesToOverwriteALaterChange()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 2));
    const qint64 a = ids.at(0), b = ids.at(1);
    BatchRecord done;
    DOCKET_NO_THROW(store.changeStatuses({a, b}, OrderStatus::Cancelled, {}, {}, &done));

    // Someone else, on another desk, adds a note to b.
    auto other = tdb.openAnother();
    OrderStore tom(other->connection(), adminSession(QStringLiteral("tom")));
    Order bNow = tom.order(b);
    bNow.note = QStringLiteral("customer called");
    DOCKET_NO_THROW(bNow = tom.update(bNow));

    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { store.undoChangeStatuses(done); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QVERIFY2(e->message().contains(bNow.number), qPrintable(e->message()));
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    QCOMPARE(store.order(a).status, QStringLiteral("cancelled"));

    if (backend == Backend::PostgreSQL) {
        // The server itself takes back only the order's last move: a forged
        // "way back" to a status the order never came from is refused.
        const Order aNow = store.order(a);
        sql::WriteTransaction tx(store.database());
        QVERIFY(catchError([&] {
            serverwrites::takeBackStatus(store.database(), a, aNow.version, QStringLiteral("paid"),
                                         {});
        }));
    }
}

void TestDeskStore::undoAssignGivesBackEachAssignee()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow);
    QList<qint64> ids;
    DOCKET_NO_THROW(ids = createOrders(store, 3));
    const qint64 a = ids.at(0), b = ids.at(1), c = ids.at(2);
    DOCKET_NO_THROW(store.assign({b}, QStringLiteral("tom")));
    DOCKET_NO_THROW(store.assign({c}, QStringLiteral("nina")));

    BatchRecord done;
    int n = 0;
    DOCKET_NO_THROW(n = store.assign({a, b, c}, QStringLiteral("nina"), {}, &done));
    QCOMPARE(n, 2); // c is hers already
    BatchRecord undone;
    DOCKET_NO_THROW(n = store.undoAssign(done, {}, &undone));
    QCOMPARE(n, 2);
    QVERIFY(store.order(a).assignedTo.isEmpty());
    QCOMPARE(store.order(b).assignedTo, QStringLiteral("tom"));
    QCOMPARE(store.order(c).assignedTo, QStringLiteral("nina"));
    const OrderEvent last = store.events(b).last();
    QCOMPARE(last.field, QStringLiteral("assigned_to"));
    QCOMPARE(last.oldValue, QStringLiteral("nina"));
    QCOMPARE(last.newValue, QStringLiteral("tom"));

    // Redo, then someone reassigns a: the undo is a conflict and writes nothing.
    BatchRecord again;
    DOCKET_NO_THROW(n = store.assign(undone.ids(), QStringLiteral("nina"), {}, &again, &undone));
    QCOMPARE(n, 2);
    auto other = tdb.openAnother();
    OrderStore tom(other->connection(), adminSession(QStringLiteral("tom")));
    DOCKET_NO_THROW(tom.assign({a}, QStringLiteral("tom")));
    const QString before = contentFingerprint(tdb.connection());
    const auto e = catchError([&] { store.undoAssign(again); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Conflict);
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    QCOMPARE(store.order(b).assignedTo, QStringLiteral("nina"));
}

QTEST_GUILESS_MAIN(TestDeskStore)

// The archive is searched by customer and order date (issue 13 item 8), by
// the list's rules: each keyword word starts a word of the customer's name,
// email or phone (accents ignored); the dates are the user's local days of
// the order's date, both inclusive; the number prefix as before; bad input
// refused naming its field.
void TestDeskStore::archiveIsSearchedByCustomerAndDate()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const Session sue = adminSession(QStringLiteral("sue"));
    // kNow is 2024-06-15 12:00 UTC (14:00 in Berlin).
    auto createAt = [&](qint64 at, const QString& name, const QString& email,
                        const QString& phone) {
        OrderStore store = tdb.store(sue, at);
        Order o = draft(name);
        o.email = email;
        o.phone = phone;
        const qint64 id = store.create(o);
        store.invalidate({id}, QStringLiteral("Test order"));
        store.deleteInvalid({id});
        return store.archived().first().number;
    };
    QString ann, bob, cleo, dora;
    DOCKET_NO_THROW(ann = createAt(kNow - 10 * 86400, QStringLiteral("Ann Müller"),
                                   QStringLiteral("ann@shop.example"), QString()));
    DOCKET_NO_THROW(bob = createAt(kNow - 2 * 86400, QStringLiteral("Bob Stone"),
                                   QStringLiteral("bob@mail.example"), QStringLiteral("+44 7700")));
    // 2024-06-14 23:00 UTC: the 15th in Berlin, the 14th in UTC.
    DOCKET_NO_THROW(cleo = createAt(kNow - 13 * 3600, QStringLiteral("Cleo Park"),
                                    QStringLiteral("cleo@shop.example"), QString()));
    DOCKET_NO_THROW(dora = createAt(kNow, QStringLiteral("Dora Muller"), QString(),
                                    QStringLiteral("+49 30 1234")));
    OrderStore store = tdb.store(sue, kNow);
    auto numbers = [&](const ArchiveFilter& f) {
        QStringList out;
        for (const ArchivedOrder& a : store.archived(f))
            out << a.number;
        std::sort(out.begin(), out.end());
        return out;
    };
    auto sortedList = [](QStringList l) {
        std::sort(l.begin(), l.end());
        return l;
    };
    QCOMPARE(numbers({}).size(), 4);

    ArchiveFilter f;
    f.keyword = QStringLiteral("müller"); // Müller and Muller, as the list finds them
    QCOMPARE(numbers(f), sortedList({ann, dora}));
    f.keyword = QStringLiteral("ann");
    QCOMPARE(numbers(f), QStringList{ann});
    f.keyword = QStringLiteral("mail"); // a word of the email
    QCOMPARE(numbers(f), QStringList{bob});
    f.keyword = QStringLiteral("shop cleo"); // every word, in any field
    QCOMPARE(numbers(f), QStringList{cleo});
    f.keyword = QStringLiteral("sto"); // the start of a word
    QCOMPARE(numbers(f), QStringList{bob});
    f.keyword = QStringLiteral("tone"); // not inside a word
    QCOMPARE(numbers(f), QStringList{});
    f.keyword = QStringLiteral("7700"); // the phone
    QCOMPARE(numbers(f), QStringList{bob});

    // The order's date, in the user's days: one day in Berlin holds Cleo
    // (01:00 on the 15th) and Dora; the same day in UTC only Dora.
    f = {};
    f.from = QDate(2024, 6, 15);
    f.to = QDate(2024, 6, 15);
    f.timeZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    QCOMPARE(numbers(f), sortedList({cleo, dora}));
    f.timeZone = QTimeZone::utc();
    QCOMPARE(numbers(f), QStringList{dora});
    f.from = QDate(2024, 6, 13); // Bob's day, the 13th, to the 15th
    QCOMPARE(numbers(f), sortedList({bob, cleo, dora}));
    f.to = QDate(2024, 6, 14);
    f.keyword = QStringLiteral("shop"); // with a customer word
    QCOMPARE(numbers(f), QStringList{cleo});
    f = {};
    f.to = QDate(2024, 6, 5); // open start: up to Ann's day
    f.timeZone = QTimeZone::utc();
    QCOMPARE(numbers(f), QStringList{ann});

    // The number prefix as before, with the others.
    f = ArchiveFilter(bob);
    QCOMPARE(numbers(f), QStringList{bob});
    f.keyword = QStringLiteral("ann");
    QCOMPARE(numbers(f), QStringList{});

    // What the list refuses, the archive refuses, naming the field.
    f = {};
    f.from = QDate(2024, 6, 15);
    f.to = QDate(2024, 6, 1);
    auto e = catchError([&] { store.archived(f); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QCOMPARE(e->field(), QStringLiteral("to"));
    f = {};
    f.keyword = QStringLiteral("a");
    e = catchError([&] { store.archived(f); });
    QVERIFY(e);
    QCOMPARE(e->field(), QStringLiteral("keyword"));
}

#include "test_deskstore.moc"

// 0135_archive_search (SQLite) and 0138 (PostgreSQL): the archive's search reads the order's date
// and the customer's email, phone and words from columns of the archive, not from each snapshot. An
// archive written before (by the previous schema's delete) is searched by them after the upgrade,
// its snapshots untouched; orders deleted after it are found the same way.
void TestDeskStore::archiveSearchColumnsAreFilledOnUpgrade()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(empty, backend, TestDb::Setup::Empty);
    Database db(empty.config());
    const int previous = backend == Backend::SQLite ? 127 : 137;
    QVERIFY_THROWS_NO_EXCEPTION(db.migrate(previous));
    QCOMPARE(db.schemaVersion(), previous);
    const QSqlDatabase c = db.connection();
    const QList<qint64> ids = bulkInsertOrders(c, 3, kNow - 86400);
    QVERIFY_THROWS_NO_EXCEPTION(sql::run(
        c,
        QStringLiteral("UPDATE orders SET customer_name = 'Ann Archive', email = "
                       "'ann@oldshop.example', phone = '+44 5550', created_at = ?, invalid_at = ?, "
                       "invalid_reason = 'Test' WHERE id = ?"),
        {kNow - 20 * 86400, kNow, ids[0]}));
    // What the previous schema's delete wrote (OrderStore::deleteInvalid
    // before 0135/0138, and the server's docket_delete_orders alike).
    QVERIFY_THROWS_NO_EXCEPTION(sql::run(
        c,
        QStringLiteral("INSERT INTO order_archive(order_id, number, customer_name, total_cents, "
                       "currency, invalid_reason, deleted_at, deleted_by, snapshot) SELECT o.id, "
                       "o.number, o.customer_name, o.total_cents, o.currency, "
                       "COALESCE(o.invalid_reason, ''), ?, 'sue', %1 FROM orders o WHERE o.id "
                       "IN (?, ?)")
            .arg(dialect::orderSnapshotExpression(backend)),
        {kNow, ids[0], ids[1]}));
    const QString snapshots = QStringLiteral("SELECT snapshot FROM order_archive ORDER BY id");
    QStringList before;
    for (QSqlQuery q = sql::run(c, snapshots); q.next();)
        before << q.value(0).toString();
    QCOMPARE(before.size(), 2);

    QVERIFY_THROWS_NO_EXCEPTION(db.migrate());
    QStringList after;
    for (QSqlQuery q = sql::run(c, snapshots); q.next();)
        after << q.value(0).toString();
    QCOMPARE(after, before);
    const QString columns =
        backend == Backend::SQLite
            ? QStringLiteral("SELECT created_at || '|' || email || '|' || phone FROM "
                             "order_archive WHERE order_id = ?")
            : QStringLiteral("SELECT created_at || '|' || search_text FROM order_archive WHERE "
                             "order_id = ?");
    QCOMPARE(queryValue(c, columns, {ids[0]}).toString(),
             backend == Backend::SQLite
                 ? QStringLiteral("%1|ann@oldshop.example|+44 5550").arg(kNow - 20 * 86400)
                 : QStringLiteral("%1| ann archive ~ ann oldshop example ~ 44 5550")
                       .arg(kNow - 20 * 86400));

    OrderStore store(c, adminSession(QStringLiteral("sue")));
    auto numbers = [&](const ArchiveFilter& f) {
        QStringList out;
        for (const ArchivedOrder& a : store.archived(f))
            out << a.number;
        std::sort(out.begin(), out.end());
        return out;
    };
    const QString ann =
        queryValue(c, QStringLiteral("SELECT number FROM orders WHERE id = ?"), {ids[0]})
            .toString();
    ArchiveFilter f;
    f.keyword = QStringLiteral("oldshop");
    QCOMPARE(numbers(f), QStringList{ann});
    f.keyword = QStringLiteral("5550");
    QCOMPARE(numbers(f), QStringList{ann});
    f.keyword = QStringLiteral("bulk customer");
    QCOMPARE(numbers(f).size(), 1);
    f = {};
    f.timeZone = QTimeZone::utc();
    f.from = QDateTime::fromSecsSinceEpoch(kNow - 20 * 86400, QTimeZone::utc()).date();
    f.to = f.from;
    QCOMPARE(numbers(f), QStringList{ann});
    QCOMPARE(store.archived(f).first().orderedAt.toSecsSinceEpoch(), kNow - 20 * 86400);
    QCOMPARE(store.archived(f).first().email, QStringLiteral("ann@oldshop.example"));

    // An order deleted after the upgrade: its columns from the order.
    QVERIFY_THROWS_NO_EXCEPTION(store.invalidate({ids[2]}, QStringLiteral("Test")));
    QVERIFY_THROWS_NO_EXCEPTION(store.deleteInvalid({ids[2]}));
    f = {};
    f.keyword = QStringLiteral("bulk@example.com");
    QCOMPARE(numbers(f).size(), 2);
    f = {};
    f.timeZone = QTimeZone::utc();
    f.from = QDateTime::fromSecsSinceEpoch(kNow - 86400, QTimeZone::utc()).date();
    f.to = f.from;
    QCOMPARE(numbers(f).size(), 2);
}

// Item 12: a bulk status change or assignment of more than one chunk
// (kBatchChunk), cancelled once its first chunk is written, leaves every
// order exactly as it was: status, assignee, updated_at, version, audit rows
// (contentFingerprint), the analytics summaries and the stock. Uncancelled,
// the same batch changes them all (so the cancel had something to undo).
void TestDeskStore::bulkStatusAndAssignCancelledAfterAChunkChangeNothing()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const QSqlDatabase c = tdb.connection();
    const int size = OrderStore::kBatchChunk + 100; // two chunks
    const QList<qint64> ids = bulkInsertOrders(c, size, kNow - 86400);
    QCOMPARE(ids.size(), size);
    OrderStore store = tdb.store(adminSession(QStringLiteral("sue")), kNow + 60);
    // What else a status change writes: sales summaries (by status) and stock.
    auto others = [&] {
        QStringList out;
        for (const char* table :
             {"sales_orders", "sales_region", "sales_product", "stock_movements"}) {
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)))) {
                QStringList rows;
                while (q.next()) {
                    QStringList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i).toString();
                    rows << row.join(QLatin1Char('|'));
                }
                rows.sort();
                out << QLatin1String(table) + QLatin1Char(':') + rows.join(QLatin1Char(';'));
            }
        }
        return out;
    };
    const QString before = contentFingerprint(c);
    const QStringList othersBefore = others();
    QList<qint64> calls;
    auto cancelAfterFirstChunk = [&](qint64 done, qint64 total) {
        calls << done;
        return total == size && done == 0;
    };
    auto countOf = [&](const QString& where) {
        return queryValue(c, QStringLiteral("SELECT COUNT(*) FROM orders WHERE ") + where)
            .toLongLong();
    };

    auto e = catchError([&] {
        store.changeStatuses(ids, OrderStatus::Cancelled, QStringLiteral("bulk"),
                             cancelAfterFirstChunk);
    });
    QVERIFY(e);
    QVERIFY2(e->code() == DocketError::Code::Cancelled, qPrintable(e->message()));
    QCOMPARE(calls, (QList<qint64>{0, OrderStore::kBatchChunk}));
    QCOMPARE(contentFingerprint(c), before);
    QCOMPARE(others(), othersBefore);
    QCOMPARE(countOf(QStringLiteral("status = 'cancelled'")), 0);

    calls.clear();
    e = catchError([&] { store.assign(ids, QStringLiteral("nina"), cancelAfterFirstChunk); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Cancelled);
    QCOMPARE(calls, (QList<qint64>{0, OrderStore::kBatchChunk}));
    QCOMPARE(contentFingerprint(c), before);
    QCOMPARE(others(), othersBefore);
    QCOMPARE(countOf(QStringLiteral("assigned_to = 'nina'")), 0);

    // Not cancelled: every order moves and is assigned, each with its audit
    // row (on PostgreSQL, where the server writes order by order, a few: the
    // two chunks above took a minute there).
    const QList<qint64> some = backend == Backend::SQLite ? ids : ids.mid(0, 20);
    const qint64 eventsBefore =
        queryValue(c, QStringLiteral("SELECT COUNT(*) FROM order_events")).toLongLong();
    int n = 0;
    DOCKET_NO_THROW(n = store.changeStatuses(some, OrderStatus::Cancelled));
    QCOMPARE(n, some.size());
    QCOMPARE(countOf(QStringLiteral("status = 'cancelled'")), qint64(some.size()));
    DOCKET_NO_THROW(n = store.assign(some, QStringLiteral("nina")));
    QCOMPARE(n, some.size());
    QCOMPARE(countOf(QStringLiteral("assigned_to = 'nina'")), qint64(some.size()));
    QCOMPARE(queryValue(c, QStringLiteral("SELECT COUNT(*) FROM order_events")).toLongLong(),
             eventsBefore + 2 * some.size());
}
