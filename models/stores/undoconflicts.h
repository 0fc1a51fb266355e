#pragma once

#include "domain/session.h"
#include "orderstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace docket {

// The desk's undo of a batch over orders (issue 13 item 9), when some of the
// orders changed since: which ones an undo would no longer take back, and
// why, so the user sees them and chooses. The stores' undo operations stay
// all or nothing (a Conflict when any order changed since); taking back only
// the others is the caller's choice, made by passing UndoPlan::rest to the
// same undo operation.

// The batch an undo takes back (OrderStore::undoInvalidate, undoRevalidate,
// undoDelete, undoChangeStatuses, undoAssign, undoMarkSeen, undoRestore).
// Restore is the archive page's restore of a selection: its undo deletes the
// orders again (deleteInvalid at the versions the restore left), its redo
// restores them again (undoDelete), the mirror of Delete.
enum class UndoKind { Invalidate, Revalidate, Delete, Status, Assign, Seen, Restore };

// Which way a step goes: taken back (undo) or done again (redo, over what
// the undo left).
enum class UndoDirection { Undo, Redo };

// An order the undo would not take back.
struct UndoConflict
{
    qint64 id = 0;
    QString number;
    QString what;   // translated: what happened to it since ("Status changed", "Edited: City")
    QString who;    // who did it; empty when unknown (the order is gone)
    QDateTime when; // UTC; invalid when unknown
};

struct UndoPlan
{
    // The orders changed since the batch (or the last redo), by order
    // number: another version, another seen mark, gone, out of the scope.
    QList<UndoConflict> conflicts;
    // The batch's entries still as it left them: what an undo of only the
    // others takes back.
    BatchRecord rest;

    bool isClean() const { return conflicts.isEmpty(); }
};

class UndoConflicts
{
    Q_DECLARE_TR_FUNCTIONS(UndoConflicts)
public:
    // Reads (ViewOrders) the orders of `done` as `session` sees them on `db`
    // and splits them as the undo (or redo) of `kind` judges them: an order
    // whose version is no longer the one the step left (a seen mark: no
    // longer this user's mark of that moment) is a conflict; so is one that
    // is gone or out of scope (named by its number, without saying which).
    // A step that restores archive entries (Delete's undo, Restore's redo)
    // judges the entries: one restored or purged since, or whose number
    // another order has now, is a conflict (a restored one named with who
    // restored it and when). Mark seen's redo marks only what is new: always
    // clean. Writes nothing.
    static UndoPlan plan(const QSqlDatabase& db, const Session& session, UndoKind kind,
                         const BatchRecord& done, UndoDirection direction = UndoDirection::Undo);

private:
    static UndoPlan archivePlan(const QSqlDatabase& db, const Session& session,
                                const BatchRecord& done);
};

} // namespace docket
