#pragma once

// A database opened read-only (Database::readOnlyReason): every action that
// would change it stays visible but disabled, its tooltip saying why.

#include "db/database.h"

#include <QCoreApplication>
#include <QString>

class QAction;
class QWidget;

namespace docket {

struct ReadOnlyText
{
    Q_DECLARE_TR_FUNCTIONS(ReadOnly)
};

// "The database … is open read-only (the file is read-only): nothing can be
// changed."
QString readOnlyNote(const Database& db);
// Disables `action` (or `widget`) when `db` is read-only, with readOnlyNote()
// as its tooltip; otherwise leaves the enabled state to `enabled` and the
// tooltip to `tip`. Call it wherever the enabled state is computed.
void enableUnlessReadOnly(QAction* action, const Database& db, bool enabled,
                          const QString& tip = {});
void enableUnlessReadOnly(QWidget* widget, const Database& db, bool enabled,
                          const QString& tip = {});

} // namespace docket
