#include "undocommands.h"

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
    }
}

void BatchCommand::run(const std::function<int(OrderStore&)>& work)
{
    try {
        OrderStore store(m_db->connection(), m_session);
        const int n = work(store);
        if (m_changed)
            m_changed(n);
    } catch (const DocketError& e) {
        // Nothing was changed; this step can no longer be taken back or redone.
        setObsolete(true);
        if (e.code() == DocketError::Code::Cancelled) {
            // The user chose to undo nothing (resolve): nothing more to say.
            if (m_changed)
                m_changed(0);
        } else if (m_failed) {
            m_failed(e.message(), e.code() == DocketError::Code::Conflict);
        }
    }
}

int BatchCommand::undoOf(OrderStore& store, const BatchRecord& done, BatchRecord* undone)
{
    switch (m_kind) {
    case Kind::Invalidate:
        return store.undoInvalidate(done, {}, undone);
    case Kind::Revalidate:
        return store.undoRevalidate(done, {}, undone);
    case Kind::Delete:
        return store.undoDelete(done, undone);
    case Kind::Status:
        return store.undoChangeStatuses(done, {}, undone);
    case Kind::Assign:
        return store.undoAssign(done, {}, undone);
    case Kind::Seen:
        return store.undoMarkSeen(done, {}, undone);
    }
    return 0;
}

void BatchCommand::undo()
{
    run([this](OrderStore& store) {
        BatchRecord target = m_done;
        BatchRecord undone;
        int n = 0;
        // Orders changed since: the user sees which and chooses. Asked again
        // (a few times at most) when more changed while the dialog was open.
        for (int asked = 0;; ++asked) {
            try {
                n = undoOf(store, target, &undone);
                break;
            } catch (const DocketError& e) {
                if (e.code() != DocketError::Code::Conflict || !m_resolve || asked == 3)
                    throw;
                UndoPlan plan = UndoConflicts::plan(m_db->connection(), m_session, m_kind, target);
                if (plan.isClean())
                    throw;
                if (plan.rest.entries.isEmpty() || !m_resolve(plan, text(), target.size()))
                    throw DocketError(DocketError::Code::Cancelled,
                                      tr("Cancelled; nothing was changed."));
                target = std::move(plan.rest);
                undone = {};
            }
        }
        if (target.size() != m_done.size())
            describe(target.size()); // the redo takes back what this undo did
        m_undone = std::move(undone);
        m_applied = false;
        return n;
    });
}

void BatchCommand::redo()
{
    if (m_applied)
        return; // the batch itself, just pushed
    run([this](OrderStore& store) {
        BatchRecord done;
        int n = 0;
        switch (m_kind) {
        case Kind::Invalidate:
            n = store.invalidate(m_undone.ids(), m_reason, {}, &done, &m_undone);
            break;
        case Kind::Revalidate:
            n = store.revalidate(m_undone.ids(), {}, &done, &m_undone);
            break;
        case Kind::Delete:
            n = store.deleteInvalid(m_undone.ids(), {}, &done, &m_undone);
            break;
        case Kind::Status:
            n = store.changeStatuses(m_undone.ids(),
                                     status::fromCode(m_reason).value_or(OrderStatus::Pending), {},
                                     {}, &done, &m_undone);
            break;
        case Kind::Assign:
            n = store.assign(m_undone.ids(), m_reason, {}, &done, &m_undone);
            break;
        case Kind::Seen:
            n = store.markSeen(m_undone.ids(), &done);
            break;
        }
        m_done = std::move(done);
        m_applied = true;
        return n;
    });
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

void EditCommand::apply(const Order& target)
{
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
        } catch (const DocketError&) {
            const Order theirs = store.order(m_current.id);
            if (theirs.version == m_current.version || !m_resolve)
                throw;
            // Someone changed it since: never overwrite that silently.
            const std::optional<Order> merged = m_resolve(m_current, wanted, theirs);
            if (!merged) {
                setObsolete(true);
                if (m_changed)
                    m_changed(m_current.id);
                return;
            }
            m_current = save(*merged);
        }
        if (m_changed)
            m_changed(m_current.id);
    } catch (const DocketError& e) {
        // Nothing was changed; this step can no longer be taken back or redone.
        setObsolete(true);
        if (m_failed)
            m_failed(e.message(), e.code() == DocketError::Code::Conflict);
    }
}

void EditCommand::undo()
{
    m_applied = false;
    apply(m_before);
}

void EditCommand::redo()
{
    if (m_applied)
        return; // the save itself, just pushed
    m_applied = true;
    apply(m_after);
}

} // namespace docket
