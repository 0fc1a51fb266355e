#pragma once

// Signing in from the command line and asking for passwords.

#include "db/database.h"
#include "domain/session.h"

#include <QString>
#include <optional>

namespace docket::ctl {

// A secret from the terminal without echo, or a line from a pipe.
QString readSecret(const QString& prompt);

// A new password: $DOCKET_NEW_PASSWORD, else typed twice. The first
// administrator may also take $DOCKET_PASSWORD (the one they will sign in with).
QString newPassword(const QString& name, bool firstAdministrator);

// The session a command runs as. With users in the database: --user NAME or
// $DOCKET_USER, signed in with $DOCKET_PASSWORD or a prompt (a wrong password
// exits 4; a locked account says until when). Without users: the local user,
// and only for `setup` commands.
Session actingSession(const Database& db, const std::optional<QString>& userArg, bool setup,
                      bool noSignIn, QString* password);

} // namespace docket::ctl
