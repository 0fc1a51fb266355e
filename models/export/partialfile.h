#pragma once

#include <QByteArray>
#include <QString>

// Files written beside their target under another name and moved into place
// once complete, so nobody sees half a file and a failure leaves the old one:
// the exports (XLSX) and the backups.
namespace docket::partialfile {

// ".name.1a2b3c4d.part" in the target's folder.
QString pathFor(const QString& target);
// Renames `from` over `to`, replacing it. Throws DocketError(Database) with
// `failure` (%1 the target, %2 the system's reason) when it cannot.
void moveInto(const QString& from, const QString& to, const QString& failure);
// Writes `data` to `target` that way: into a partial file beside it, moved
// into place once all of it is written. On any failure the partial file is
// removed, `target` is left as it was, and DocketError(Database) is thrown
// with `failure` (%1 the target, %2 the system's reason).
void writeAll(const QString& target, const QByteArray& data, const QString& failure);

} // namespace docket::partialfile
