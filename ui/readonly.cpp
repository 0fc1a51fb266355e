#include "readonly.h"

#include <QAction>
#include <QWidget>

namespace docket {

QString readOnlyNote(const Database& db)
{
    return ReadOnlyText::tr("%1 is open read-only (%2): nothing can be changed.")
        .arg(db.config().displayName(), db.readOnlyReason());
}

void enableUnlessReadOnly(QAction* action, const Database& db, bool enabled, const QString& tip)
{
    if (!action)
        return;
    if (db.isReadOnly()) {
        action->setEnabled(false);
        action->setToolTip(readOnlyNote(db));
        action->setStatusTip(readOnlyNote(db));
        return;
    }
    action->setEnabled(enabled);
    if (!tip.isEmpty())
        action->setToolTip(tip);
}

void enableUnlessReadOnly(QWidget* widget, const Database& db, bool enabled, const QString& tip)
{
    if (!widget)
        return;
    if (db.isReadOnly()) {
        widget->setEnabled(false);
        widget->setToolTip(readOnlyNote(db));
        return;
    }
    widget->setEnabled(enabled);
    if (!tip.isEmpty())
        widget->setToolTip(tip);
}

} // namespace docket
