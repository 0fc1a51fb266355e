#include "undocommands.h"

#include "db/sql.h"
#include "domain/errors.h"

namespace docket {

namespace {
int plural(qsizetype n)
{
    return int(std::min<qsizetype>(n, INT_MAX));
}
} // namespace

BatchCommand::BatchCommand(Kind kind, std::shared_ptr<const Database> db, Session session,
                           BatchRecord done, const QString& reason)
    : m_kind(kind), m_db(std::move(db)), m_session(std::move(session)), m_done(std::move(done)),
      m_reason(reason)
{
    describe(m_done.size());
}

void BatchCommand::describe(qsizetype n)
{
    // The undo menu says "Undo " + this text.
    switch (m_kind) {
    case Kind::Invalidate:
        setText(tr("Invalidating %Ln Order(s)", nullptr, plural(n)));
        break;
    case Kind::Revalidate:
        setText(tr("Marking %Ln Order(s) Valid", nullptr, plural(n)));
        break;
    case Kind::Delete:
        setText(tr("Deleting %Ln Order(s)", nullptr, plural(n)));
        break;
    case Kind::Status:
        setText(tr("Status Change of %Ln Order(s)", nullptr, plural(n)));
        break;
    case Kind::Assign:
        setText(tr("Assigning %Ln Order(s)", nullptr, plural(n)));
        break;
    case Kind::Seen:
        setText(tr("Marking %Ln Order(s) Seen", nullptr, plural(n)));
        break;
    case Kind::Restore:
        setText(tr("Restoring %Ln Order(s)", nullptr, plural(n)));
        break;
    }
}

std::optional<Permission> BatchCommand::needs(UndoDirection direction) const
{
    const bool undo = direction == UndoDirection::Undo;
    switch (m_kind) {
    case Kind::Invalidate:
    case Kind::Revalidate:
        return Permission::Invalidate;
    case Kind::Delete:
        return undo ? Permission::RestoreArchived : Permission::DeleteInvalid;
    case Kind::Restore:
        return undo ? Permission::DeleteInvalid : Permission::RestoreArchived;
    case Kind::Status:
        return Permission::ChangeStatus;
    case Kind::Assign:
        return Permission::EditOrders;
    case Kind::Seen:
        return Permission::MarkSeen;
    }
    return std::nullopt;
}

UndoRefusal BatchCommand::refusal(const DocketError& e, UndoDirection direction,
                                  const QString& step, const Session& session,
                                  std::optional<Permission> needs)
{
    UndoRefusal r;
    r.direction = direction;
    r.conflict = e.code() == DocketError::Code::Conflict;
    r.kept = sql::isConnectionLost(e);
    const bool undo = direction == UndoDirection::Undo;
    r.title = undo ? tr("Could Not Undo “%1”").arg(step) : tr("Could Not Redo “%1”").arg(step);
    if (e.code() == DocketError::Code::Forbidden && needs && !session.can(*needs))
        r.problem = tr("Your role does not have the right “%1”, which this needs.")
                        .arg(permission::label(*needs));
    else
        r.problem = e.message(); // names the orders and why
    if (r.kept)
        r.outcome = undo ? tr("The step stays in the undo list: undo it again once the "
                              "connection is back.")
                         : tr("The step stays in the redo list: redo it again once the "
                              "connection is back.");
    else
        r.outcome = undo ? tr("Nothing was changed, and the step leaves the undo list: it can no "
                              "longer be undone.")
                         : tr("Nothing was changed, and the step leaves the redo list: it can no "
                              "longer be redone.");
    return r;
}

int BatchCommand::operation(OrderStore& store, UndoDirection direction, const BatchRecord& target,
                            BatchRecord* result)
{
    if (direction == UndoDirection::Undo) {
        switch (m_kind) {
        case Kind::Invalidate:
            return store.undoInvalidate(target, {}, result);
        case Kind::Revalidate:
            return store.undoRevalidate(target, {}, result);
        case Kind::Delete:
            return store.undoDelete(target, result);
        case Kind::Status:
            return store.undoChangeStatuses(target, {}, result);
        case Kind::Assign:
            return store.undoAssign(target, {}, result);
        case Kind::Seen:
            return store.undoMarkSeen(target, {}, result);
        case Kind::Restore:
            return store.undoRestore(target, {}, result);
        }
        return 0;
    }
    // Redo: the batch again over what the undo left, each order at the
    // version the undo left it (`expect`).
    switch (m_kind) {
    case Kind::Invalidate:
        return store.invalidate(target.ids(), m_reason, {}, result, &target);
    case Kind::Revalidate:
        return store.revalidate(target.ids(), {}, result, &target);
    case Kind::Delete:
        return store.deleteInvalid(target.ids(), {}, result, &target);
    case Kind::Status:
        return store.changeStatuses(target.ids(),
                                    status::fromCode(m_reason).value_or(OrderStatus::Pending), {},
                                    {}, result, &target);
    case Kind::Assign:
        return store.assign(target.ids(), m_reason, {}, result, &target);
    case Kind::Seen:
        return store.markSeen(target.ids(), result);
    case Kind::Restore:
        return store.undoDelete(target, result);
    }
    return 0;
}

int BatchCommand::perform(OrderStore& store, UndoDirection direction, BatchRecord target,
                          BatchRecord* result)
{
    const qsizetype total = target.size();
    // Orders changed since: the user sees which and chooses. Asked again (a
    // few times at most) when more changed while the dialog was open.
    for (int asked = 0;; ++asked) {
        try {
            *result = {};
            const int n = operation(store, direction, target, result);
            if (target.size() != total)
                describe(target.size()); // the opposite move does what this one did
            return n;
        } catch (const DocketError& e) {
            if (e.code() != DocketError::Code::Conflict || !m_resolve || asked == 3)
                throw;
            UndoPlan plan =
                UndoConflicts::plan(m_db->connection(), m_session, m_kind, target, direction);
            if (plan.isClean())
                throw;
            // Shown even when none is left to do (the dialog then only closes).
            const bool others = m_resolve(plan, direction, text(), target.size());
            if (!others || plan.rest.entries.isEmpty())
                throw DocketError(DocketError::Code::Cancelled,
                                  tr("Cancelled; nothing was changed."));
            target = std::move(plan.rest);
        }
    }
}

void BatchCommand::run(UndoDirection direction)
{
    const bool undo = direction == UndoDirection::Undo;
    // An undo takes back what is applied, a redo does what is not: the
    // batch itself just pushed, or a step put back after a lost connection.
    if (m_applied != undo)
        return;
    const QString step = text();
    try {
        OrderStore store(m_db->connection(), m_session);
        BatchRecord result;
        const int n = perform(store, direction, undo ? m_done : m_undone, &result);
        (undo ? m_undone : m_done) = std::move(result);
        m_applied = !undo;
        if (m_changed)
            m_changed(n);
    } catch (const DocketError& e) {
        if (e.code() == DocketError::Code::Cancelled) {
            // The user chose to do nothing (resolve): nothing more to say,
            // and the step can no longer be taken back or redone.
            setObsolete(true);
            if (m_changed)
                m_changed(0);
            return;
        }
        const UndoRefusal r = refusal(e, direction, step, m_session, needs(direction));
        if (!r.kept)
            setObsolete(true); // nothing was changed; this step is done with
        if (m_failed)
            m_failed(r);
    }
}

void BatchCommand::undo()
{
    run(UndoDirection::Undo);
}

void BatchCommand::redo()
{
    run(UndoDirection::Redo);
}

// ---------------------------------------------------------------- EditCommand

EditCommand::EditCommand(std::shared_ptr<const Database> db, Session session, Order before,
                         Order after)
    : m_db(std::move(db)), m_session(std::move(session)), m_before(std::move(before)),
      m_after(std::move(after)), m_current(m_after)
{
    // The undo menu says "Undo " + this text.
    setText(tr("Edit of Order %1").arg(m_after.number));
}

bool EditCommand::apply(const Order& target, UndoDirection direction)
{
    const QString step = text();
    Order wanted = target;
    wanted.version = m_current.version;
    try {
        OrderStore store(m_db->connection(), m_session);
        // A status the workflow does not move to from here (the save moved
        // it forward) goes back the way Change Status's undo does.
        const auto save = [&store, this](const Order& o) {
            const auto from = status::fromCode(m_current.status);
            const auto to = status::fromCode(o.status);
            if (from && to && *from != *to && !status::canMove(*from, *to))
                return store.takeBackEdit(o);
            return store.update(o);
        };
        try {
            m_current = save(wanted);
        } catch (const DocketError& e) {
            if (sql::isConnectionLost(e))
                throw;
            const Order theirs = store.order(m_current.id);
            if (theirs.version == m_current.version || !m_resolve)
                throw;
            // Someone changed it since: never overwrite that silently.
            const std::optional<Order> merged = m_resolve(m_current, wanted, theirs);
            if (!merged) {
                setObsolete(true);
                if (m_changed)
                    m_changed(m_current.id);
                return true;
            }
            m_current = save(*merged);
        }
        if (m_changed)
            m_changed(m_current.id);
        return true;
    } catch (const DocketError& e) {
        const UndoRefusal r =
            BatchCommand::refusal(e, direction, step, m_session, Permission::EditOrders);
        if (!r.kept)
            setObsolete(true); // nothing was changed; this step is done with
        if (m_failed)
            m_failed(r);
        return false;
    }
}

void EditCommand::undo()
{
    if (!m_applied)
        return; // the last redo did not happen (a lost connection)
    if (apply(m_before, UndoDirection::Undo))
        m_applied = false;
}

void EditCommand::redo()
{
    if (m_applied)
        return; // the save itself, just pushed, or the undo did not happen
    if (apply(m_after, UndoDirection::Redo))
        m_applied = true;
}

} // namespace docket
