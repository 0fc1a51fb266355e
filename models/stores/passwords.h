#pragma once

#include <QString>

namespace docket {

// How much work hashing a password costs. Interactive is libsodium's
// OPSLIMIT/MEMLIMIT_INTERACTIVE (what Docket uses); Minimum is Argon2id's
// smallest costs, for tests only.
enum class HashStrength { Interactive, Minimum };

// Argon2id password hashes (libsodium crypto_pwhash_str: the string carries
// the algorithm, its costs and a random per-password salt).
namespace password {
QString hash(const QString& password, HashStrength strength);
bool verify(const QString& hash, const QString& password);
bool needsRehash(const QString& hash, HashStrength strength);
} // namespace password

} // namespace docket
