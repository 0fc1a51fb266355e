#pragma once

#include "db/database.h"
#include "domain/errors.h"
#include "domain/session.h"
#include "stores/orderstore.h"
#include "stores/undoconflicts.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <memory>
#include <optional>

namespace docket {

// Why an undo or redo changed nothing, as the desk says it: `title` names
// the step ("Could Not Undo “Invalidating 480 Orders”"), `problem` what stood
// in the way (the orders and why, the right the role lacks, the lost
// connection), `outcome` what it means for the step.
struct UndoRefusal
{
    QString title;
    QString problem;
    QString outcome;
    // Someone changed the orders since.
    bool conflict = false;
    // The step stays where it was (a lost connection: nothing happened, try
    // again); the caller moves the stack back with the opposite move, which
    // does nothing (QUndoStack has already moved when the step fails).
    bool kept = false;
    UndoDirection direction = UndoDirection::Undo;
};

// The desk's undo and redo of a batch over orders (mark invalid, mark valid,
// delete to the archive, change the status, assign, mark seen, the archive
// page's restore), on the stores' own inverse operations
// (OrderStore::undoInvalidate, undoRevalidate, undoDelete,
// undoChangeStatuses, undoAssign, undoMarkSeen, undoRestore). An undo or redo
// that would overwrite someone's later change is refused by the store (a
// Conflict) and changes nothing: it first asks `resolve` with
// UndoConflicts::plan()'s list (the same dialog for every kind, in both
// directions): do only the others (the same operation over UndoPlan::rest,
// all or nothing again) or nothing (the step leaves the stack). A refusal
// for another reason (no right, an order gone, a lost connection) goes
// through `failed` with an UndoRefusal naming the step, the orders and why;
// the step then leaves the stack, except after a lost connection.
//
//     stack->push(new BatchCommand(BatchCommand::Kind::Invalidate, db, session, record, reason));
class BatchCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)
public:
    using Kind = UndoKind;
    using Failed = std::function<void(const UndoRefusal& refusal)>;
    // Called after every undo and redo that changed something.
    using Changed = std::function<void(int orders)>;
    // An undo (or redo) met orders changed since: true does `plan.rest`
    // (the others), false nothing. `step`: the step's text; `total`: how
    // many orders it was for.
    using Resolve = std::function<bool(const UndoPlan& plan, UndoDirection direction,
                                       const QString& step, qsizetype total)>;

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

    // What a refusal of `e` says (the step named by `step`); `needs`: the
    // right the step needs (a Forbidden names it), if known.
    static UndoRefusal refusal(const DocketError& e, UndoDirection direction, const QString& step,
                               const Session& session, std::optional<Permission> needs = {});

private:
    // The step's operation in `direction` over `target` (all or nothing),
    // asking `resolve` when orders changed since; returns how many orders.
    int perform(OrderStore& store, UndoDirection direction, BatchRecord target,
                BatchRecord* result);
    int operation(OrderStore& store, UndoDirection direction, const BatchRecord& target,
                  BatchRecord* result);
    void run(UndoDirection direction);
    // The undo's text for a batch over `n` orders ("Invalidating 480 Orders").
    void describe(qsizetype n);
    std::optional<Permission> needs(UndoDirection direction) const;

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
    // Saves `target` over the order; false when refused (failed() was told).
    bool apply(const Order& target, UndoDirection direction);

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
