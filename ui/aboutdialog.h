#pragma once

#include "db/database.h"
#include "domain/session.h"

#include <QDialog>
#include <memory>

class QLabel;

namespace docket {

// Help → About Docket: the icon, name, version and organization, and what the
// program runs on — Qt (run-time and build), SQLite, the database in use with
// its schema version, and who is signed in. "Copy Details" puts it all on the
// clipboard for a support request.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(std::shared_ptr<const Database> db, const Session& session,
                QWidget* parent = nullptr);

    // The facts shown, as "label: value" lines (also what Copy Details copies).
    QString detailsText() const { return m_details; }

private:
    QString m_details;
};

} // namespace docket
