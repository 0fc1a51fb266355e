#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/orderstore.h"
#include "stores/undoconflicts.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <memory>
#include <optional>

namespace docket {

// The desk's undo and redo of a batch over orders (mark invalid, mark valid,
// delete to the archive, change the status, assign, mark seen), on the
// stores' own inverse operations (OrderStore::undoInvalidate, undoRevalidate,
// undoDelete, undoChangeStatuses, undoAssign, undoMarkSeen). An undo or redo
// that would overwrite someone's later change is refused by the store
// (a Conflict) and changes nothing, as is one the store does not allow (a
// status move back that needs a supervisor's right); the command then says
// why through `failed` and leaves the stack (it can no longer be taken back).
// An undo refused because some orders changed since first asks `resolve`
// with UndoConflicts::plan()'s list: taking back only the others (the same
// undo over UndoPlan::rest, all or nothing again) or nothing (the step
// leaves the stack, nothing changed).
//
//     stack->push(new BatchCommand(BatchCommand::Kind::Invalidate, db, session, record, reason));
class BatchCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)
public:
    using Kind = UndoKind;
    // title and message of what went wrong; `conflict` when someone changed
    // the orders since.
    using Failed = std::function<void(const QString& message, bool conflict)>;
    // Called after every undo and redo that changed something.
    using Changed = std::function<void(int orders)>;
    // An undo met orders changed since: true takes back `plan.rest` (the
    // others), false nothing. `total`: how many orders the undo was for.
    using Resolve = std::function<bool(const UndoPlan& plan, const QString& step, qsizetype total)>;

    // `done` is what the batch changed (already applied: the first redo(),
    // QUndoStack::push's, does nothing). `reason`: Invalidate's reason,
    // Status's status code, Assign's user name (empty: nobody).
    BatchCommand(Kind kind, std::shared_ptr<const Database> db, Session session, BatchRecord done,
                 const QString& reason = {});

    void setFailed(Failed failed) { m_failed = std::move(failed); }
    void setChanged(Changed changed) { m_changed = std::move(changed); }
    void setResolve(Resolve resolve) { m_resolve = std::move(resolve); }

    void undo() override;
    void redo() override;

    Kind kind() const { return m_kind; }
    const BatchRecord& done() const { return m_done; }

private:
    void run(const std::function<int(OrderStore&)>& work);
    // The undo's text for a batch over `n` orders ("Invalidating 480 Orders").
    void describe(qsizetype n);
    int undoOf(OrderStore& store, const BatchRecord& done, BatchRecord* undone);

    Kind m_kind;
    std::shared_ptr<const Database> m_db;
    Session m_session;
    BatchRecord m_done;   // what the batch (or the last redo) changed
    BatchRecord m_undone; // what the last undo changed
    QString m_reason;
    bool m_applied = true;
    Failed m_failed;
    Changed m_changed;
    Resolve m_resolve;
};

// The desk's undo and redo of one order's edit (OrderDialog's save): the
// fields back as they were before the save (undo) or as it saved them (redo),
// through OrderStore::update at the version the last step left the order at,
// so audited like any edit (a status the save moved forward goes back through
// OrderStore::takeBackEdit, as Change Status's undo takes it back). When
// someone changed the order since, `resolve`
// is asked (the edit-conflict dialog): it gives the order to save instead
// (theirs with this step's fields on top) or nothing, and then nothing is
// changed and the step leaves the stack. An undo the store refuses for
// another reason (a status the workflow cannot go back to, an order marked
// invalid meanwhile) goes through `failed` and also leaves the stack.
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)
public:
    // base: the order as this step left it; target: what the undo or redo
    // wants; theirs: the order as stored now.
    using Resolve = std::function<std::optional<Order>(const Order& base, const Order& target,
                                                       const Order& theirs)>;
    using Failed = BatchCommand::Failed;
    using Changed = std::function<void(qint64 orderId)>;

    // `after` is already saved (the first redo(), QUndoStack::push's, does nothing).
    EditCommand(std::shared_ptr<const Database> db, Session session, Order before, Order after);

    void setResolve(Resolve resolve) { m_resolve = std::move(resolve); }
    void setFailed(Failed failed) { m_failed = std::move(failed); }
    void setChanged(Changed changed) { m_changed = std::move(changed); }

    void undo() override;
    void redo() override;

    // The order as the last step left it.
    const Order& current() const { return m_current; }

private:
    void apply(const Order& target);

    std::shared_ptr<const Database> m_db;
    Session m_session;
    Order m_before;
    Order m_after;
    Order m_current;
    bool m_applied = true;
    Resolve m_resolve;
    Failed m_failed;
    Changed m_changed;
};

} // namespace docket
