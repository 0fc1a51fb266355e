#include "orderspage.h"

#include "columnchooserdialog.h"
#include "domain/errors.h"
#include "filterbar.h"
#include "items/batchjob.h"
#include "items/changewatcher.h"
#include "items/ordercolumns.h"
#include "items/ordertablemodel.h"
#include "massactiondialog.h"
#include "orderconflictdialog.h"
#include "orderdialog.h"
#include "orderrowdelegate.h"
#include "readonly.h"
#include "settings.h"
#include "stores/orderconflict.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"
#include "stores/userstore.h"
#include "undocommands.h"
#include "undoconflictdialog.h"
#include "viewspanel.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

// OrdersPage: the actions on many orders (mass actions with their
// confirmation, the batch job) and the undo stack's commands for them.

namespace docket {

namespace {
int plural(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}
} // namespace

bool OrdersPage::confirmMass(MassActionDialog& dialog, const QString& consequence)
{
    dialog.setConsequence(consequence);
    return dialog.exec() == QDialog::Accepted;
}

QString OrdersPage::withSelection(const QString& consequence, qint64 n) const
{
    // Says so when the selection is the whole list (Ctrl+A).
    if (n < 2 || !m_model->isCountExact() || n != m_model->totalCount())
        return consequence;
    return consequence + QLatin1Char(' ') +
           tr("That is every order the list shows (%Ln).", nullptr, plural(n));
}

void OrdersPage::markSelectedSeen()
{
    const qint64 n = selectedCount();
    if (n == 0)
        return;
    if (n >= kAskFrom) {
        MassActionDialog dialog(tr("Mark Orders Seen"),
                                tr("Mark %Ln order(s) seen, for everyone?", nullptr, plural(n)),
                                tr("Mark %Ln Order(s) Seen", nullptr, plural(n)), n, this);
        if (!confirmMass(dialog, withSelection(tr("They stop being new on every desk."), n)))
            return;
    }
    runBatch(Batch::MarkSeen);
}

void OrdersPage::markAllSeen()
{
    qint64 n = 0;
    try {
        n = m_store->countNew();
    } catch (const DocketError& e) {
        showError(tr("Cannot mark orders seen"), e.message());
        return;
    }
    if (n == 0) {
        emit statusMessage(tr("There are no new orders to mark seen."));
        return;
    }
    MassActionDialog dialog(tr("Mark All Orders Seen"),
                            tr("Mark all %Ln new order(s) seen, for everyone?", nullptr, plural(n)),
                            tr("Mark %Ln Order(s) Seen", nullptr, plural(n)), n, this);
    if (!confirmMass(dialog, tr("Every new order you can see stops being new on every desk, not "
                                "only the ones the list shows now.")))
        return;
    try {
        BatchRecord record;
        const int marked = m_store->markAllSeen(&record);
        if (marked > 0)
            pushUndo(Batch::MarkSeen, std::move(record), {});
        emit statusMessage(tr("Marked %Ln order(s) seen.", nullptr, marked));
        m_model->refresh();
        emit batchFinished(marked);
    } catch (const DocketError& e) {
        showError(tr("Cannot mark orders seen"), e.message());
    }
}

void OrdersPage::invalidateSelected()
{
    const qint64 n = selectedCount();
    if (n == 0 || !m_invalidate->isEnabled())
        return;
    const QStringList reasons{tr("Duplicate order"), tr("Fraud suspected"), tr("Test order"),
                              tr("Payment failed"), tr("Customer request")};
    MassActionDialog dialog(tr("Mark Orders Invalid"),
                            tr("Mark %Ln order(s) invalid?", nullptr, plural(n)),
                            tr("Mark %Ln Order(s) Invalid", nullptr, plural(n)), n, this);
    dialog.askReason(tr("Reason:"), reasons);
    if (!confirmMass(dialog, withSelection(tr("They leave the list of valid orders; “Mark Valid” "
                                              "brings them back."),
                                           n)))
        return;
    runBatch(Batch::Invalidate, dialog.reason());
}

void OrdersPage::revalidateSelected()
{
    const qint64 n = selectedCount();
    if (n == 0 || !m_revalidate->isEnabled())
        return;
    if (n >= kAskFrom) {
        MassActionDialog dialog(tr("Mark Orders Valid"),
                                tr("Mark %Ln order(s) valid again?", nullptr, plural(n)),
                                tr("Mark %Ln Order(s) Valid", nullptr, plural(n)), n, this);
        if (!confirmMass(dialog, withSelection(tr("Their invalid reasons are cleared (the history "
                                                  "keeps them)."),
                                               n)))
            return;
    }
    runBatch(Batch::Revalidate);
}

void OrdersPage::deleteSelected()
{
    const qint64 n = selectedCount();
    if (n == 0 || !m_delete->isEnabled())
        return;
    MassActionDialog dialog(tr("Delete Invalid Orders"),
                            tr("Delete %Ln invalid order(s)?", nullptr, plural(n)),
                            tr("Delete %Ln Order(s)", nullptr, plural(n)), n, this);
    const QString restore =
        m_session.can(Permission::RestoreArchived)
            ? tr("Each order moves with its lines and history to the archive, where you (and "
                 "everyone with the right “%1”) can restore it.")
                  .arg(permission::label(Permission::RestoreArchived))
            : tr("Each order moves with its lines and history to the archive, where someone "
                 "with the right “%1” can restore it.")
                  .arg(permission::label(Permission::RestoreArchived));
    if (!confirmMass(dialog, withSelection(restore, n)))
        return;
    runBatch(Batch::Delete);
}

void OrdersPage::changeStatusOfSelected()
{
    const qint64 n = selectedCount();
    if (n == 0 || !m_changeStatus->isEnabled())
        return;
    QList<std::pair<QString, QString>> statuses;
    for (OrderStatus s : status::all())
        statuses.push_back({status::label(s), status::code(s)});
    MassActionDialog dialog(tr("Change Status"),
                            tr("Change the status of %Ln order(s)?", nullptr, plural(n)),
                            tr("Change %Ln Order(s)", nullptr, plural(n)), n, this);
    dialog.askChoice(tr("New status:"), statuses);
    if (!confirmMass(dialog, withSelection(tr("Every order must be allowed to move there by the "
                                              "workflow, or none moves."),
                                           n)))
        return;
    runBatch(Batch::Status, dialog.choice());
}

void OrdersPage::assignSelected()
{
    const qint64 n = selectedCount();
    if (n == 0 || !m_assign->isEnabled())
        return;
    MassActionDialog dialog(tr("Assign Orders"), tr("Assign %Ln order(s)?", nullptr, plural(n)),
                            tr("Assign %Ln Order(s)", nullptr, plural(n)), n, this);
    dialog.askReason(tr("Assign to:"), {m_session.userName()});
    if (!confirmMass(dialog, withSelection(tr("Each order shows the user's name as its "
                                              "assignee, and the history records it."),
                                           n)))
        return;
    runBatch(Batch::Assign, dialog.reason());
}

void OrdersPage::runBatch(Batch kind, const QString& reason)
{
    if (m_job)
        return;
    const auto ranges = selectedRanges();
    if (ranges.isEmpty())
        return;
    const OrderFilter filter = m_model->filter();
    const OrderSort sort = m_model->sortSpec();
    const qint64 total = selectedCount();
    QString label;
    switch (kind) {
    case Batch::Invalidate:
        label = tr("Marking %L1 orders invalid…").arg(total);
        break;
    case Batch::Revalidate:
        label = tr("Marking %L1 orders valid…").arg(total);
        break;
    case Batch::Delete:
        label = tr("Moving %L1 orders to the archive…").arg(total);
        break;
    case Batch::MarkSeen:
        label = tr("Marking %L1 orders seen…").arg(total);
        break;
    case Batch::Status:
        label = tr("Changing the status of %L1 orders…").arg(total);
        break;
    case Batch::Assign:
        label = tr("Assigning %L1 orders…").arg(total);
        break;
    }
    // What the batch changed, for its undo (written by the worker, read
    // after it finished).
    auto record = std::make_shared<BatchRecord>();
    m_job = new BatchJob(
        m_db, m_session,
        [kind, reason, filter, sort, ranges, record](OrderStore& store,
                                                     const ProgressFn& progress) {
            const QList<qint64> ids = BatchJob::idsForRows(store, filter, sort, ranges);
            switch (kind) {
            case Batch::Invalidate:
                return store.invalidate(ids, reason, progress, record.get());
            case Batch::Revalidate:
                return store.revalidate(ids, progress, record.get());
            case Batch::Delete:
                return store.deleteInvalid(ids, progress, record.get());
            case Batch::MarkSeen:
                return store.markSeen(ids, record.get());
            case Batch::Status:
                return store.changeStatuses(ids,
                                            status::fromCode(reason).value_or(OrderStatus::Pending),
                                            {}, progress, record.get());
            case Batch::Assign:
                return store.assign(ids, reason, progress, record.get());
            }
            return 0;
        },
        this);
    if (total > 500) {
        m_progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, this);
        m_progress->setWindowTitle(tr("Working"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(200);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, m_job, &BatchJob::cancel);
    }
    connect(m_job, &BatchJob::progress, this, [this](qint64 done, qint64 all) {
        if (m_progress && all > 0)
            m_progress->setValue(int(done * 1000 / all));
    });
    auto finish = [this] {
        if (m_progress) {
            m_progress->close();
            m_progress->deleteLater();
        }
        m_job->deleteLater();
        m_job = nullptr;
        updateActions();
    };
    connect(m_job, &BatchJob::succeeded, this, [this, kind, finish, record, reason](int changed) {
        finish();
        if (changed > 0)
            pushUndo(kind, std::move(*record), reason);
        switch (kind) {
        case Batch::Invalidate:
            emit statusMessage(tr("Marked %Ln order(s) invalid.", nullptr, changed));
            break;
        case Batch::Revalidate:
            emit statusMessage(tr("Marked %Ln order(s) valid again.", nullptr, changed));
            break;
        case Batch::Delete:
            emit statusMessage(tr("Moved %Ln order(s) to the archive.", nullptr, changed));
            break;
        case Batch::MarkSeen:
            emit statusMessage(tr("Marked %Ln order(s) seen.", nullptr, changed));
            break;
        case Batch::Status:
            emit statusMessage(tr("Moved %Ln order(s) to “%1”.", nullptr, changed)
                                   .arg(status::labelForCode(reason)));
            break;
        case Batch::Assign:
            emit statusMessage(
                reason.isEmpty()
                    ? tr("Unassigned %Ln order(s).", nullptr, changed)
                    : tr("Assigned %Ln order(s) to %1.", nullptr, changed).arg(reason));
            break;
        }
        if (kind != Batch::MarkSeen)
            m_view->clearSelection();
        m_model->refresh();
        emit batchFinished(changed);
    });
    connect(m_job, &BatchJob::failed, this, [this, finish](const QString& message, int code) {
        finish();
        if (code == int(DocketError::Code::Cancelled))
            emit statusMessage(tr("Cancelled; nothing was changed."));
        else
            showError(tr("Nothing was changed"), message);
        m_model->refresh();
    });
    updateActions();
    m_job->start();
}

void OrdersPage::pushUndo(Batch kind, BatchRecord record, const QString& reason)
{
    BatchCommand::Kind k = BatchCommand::Kind::Delete;
    switch (kind) {
    case Batch::Invalidate:
        k = BatchCommand::Kind::Invalidate;
        break;
    case Batch::Revalidate:
        k = BatchCommand::Kind::Revalidate;
        break;
    case Batch::Status:
        k = BatchCommand::Kind::Status;
        break;
    case Batch::Assign:
        k = BatchCommand::Kind::Assign;
        break;
    case Batch::MarkSeen:
        k = BatchCommand::Kind::Seen;
        break;
    case Batch::Delete:
        break;
    }
    auto* command = new BatchCommand(k, m_db, m_session, std::move(record), reason);
    connectUndo(command);
    m_undo->push(command);
}

void OrdersPage::pushRestoreUndo(BatchRecord record)
{
    if (record.entries.isEmpty())
        return;
    auto* command =
        new BatchCommand(BatchCommand::Kind::Restore, m_db, m_session, std::move(record));
    connectUndo(command);
    m_undo->push(command);
    m_model->refresh();
}

void OrdersPage::connectUndo(BatchCommand* command)
{
    command->setFailed([this](const UndoRefusal& refusal) {
        showUndoRefusal(refusal);
        m_model->refresh();
    });
    command->setChanged([this](int) {
        m_view->clearSelection();
        m_model->refresh();
    });
    command->setResolve([this](const UndoPlan& plan, UndoDirection direction, const QString& step,
                               qsizetype total) {
        // Which orders changed since, by whom; do the others or nothing.
        UndoConflictDialog ask(plan, direction, step, total, this);
        ask.exec();
        return ask.choice() == UndoConflictDialog::Choice::UndoOthers;
    });
}

void OrdersPage::showUndoRefusal(const UndoRefusal& refusal)
{
    QMessageBox box(QMessageBox::Warning, refusal.title, refusal.title, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("undoRefusal"));
    box.setInformativeText(refusal.problem + QStringLiteral("\n\n") + refusal.outcome);
    box.exec();
    if (refusal.kept) {
        // QUndoStack moved past the step already: move it back (the opposite
        // move of a step that did not happen does nothing), so that it can be
        // tried again.
        QUndoStack* stack = m_undo;
        const bool undo = refusal.direction == UndoDirection::Undo;
        QTimer::singleShot(0, stack, [stack, undo] { undo ? stack->redo() : stack->undo(); });
    }
}

void OrdersPage::pushEditUndo(const OrderDialog& dialog)
{
    if (!dialog.savedOver())
        return;
    auto* command = new EditCommand(m_db, m_session, *dialog.savedOver(), dialog.order());
    command->setResolve([this](const Order& base, const Order& target,
                               const Order& theirs) -> std::optional<Order> {
        // The edit-conflict dialog: what they changed, and whether to put
        // this step's fields on top of theirs or leave theirs.
        QString who;
        QDateTime when;
        try {
            const QList<OrderEvent> events = m_store->events(theirs.id);
            if (!events.isEmpty()) {
                who = events.constLast().actor;
                when = events.constLast().at;
            }
        } catch (const DocketError&) {
        }
        OrderConflictDialog ask(base, target, theirs, who, when, this);
        ask.exec();
        if (ask.choice() != OrderConflictDialog::Choice::Reapply)
            return std::nullopt;
        return reapplyEdits(base, target, theirs).order;
    });
    command->setFailed([this](const UndoRefusal& refusal) {
        showUndoRefusal(refusal);
        m_model->refresh();
    });
    command->setChanged([this](qint64 id) {
        if (auto fresh = m_store->summary(id))
            m_model->updateRow(*fresh);
    });
    m_undo->push(command);
}

} // namespace docket
