#include "passwords.h"

#include "userstore.h"

#include "domain/errors.h"

#include <QByteArray>
#include <algorithm>
#include <array>
#include <optional>
#include <sodium.h>

namespace docket {

namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw DocketError(
            DocketError::Code::Database,
            UserStore::tr("The password library (libsodium) could not be initialised."));
}

std::pair<unsigned long long, size_t> costs(HashStrength strength)
{
    if (strength == HashStrength::Minimum)
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

// Overwrites a password's bytes once they are no longer needed.
struct SecretBytes
{
    explicit SecretBytes(const QString& s) : bytes(s.toUtf8()) {}
    ~SecretBytes()
    {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    QByteArray bytes;
};

// A stored hash as libsodium reads it (NUL-terminated in a buffer of
// crypto_pwhash_STRBYTES); nullopt for text that cannot be one.
std::optional<std::array<char, crypto_pwhash_STRBYTES>> storedHash(const QString& hash)
{
    const QByteArray h = hash.toLatin1();
    if (h.isEmpty() || h.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return std::nullopt;
    std::array<char, crypto_pwhash_STRBYTES> stored{};
    std::copy(h.begin(), h.end(), stored.begin());
    return stored;
}

} // namespace

namespace password {

QString hash(const QString& password, HashStrength strength)
{
    ensureSodium();
    const SecretBytes pw(password);
    const auto [ops, mem] = costs(strength);
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, pw.bytes.constData(),
                              static_cast<unsigned long long>(pw.bytes.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw DocketError(
            DocketError::Code::Database,
            UserStore::tr("Not enough memory to protect the password; close other programs and try "
                          "again."));
    return QString::fromLatin1(out);
}

bool verify(const QString& hash, const QString& password)
{
    ensureSodium();
    const auto stored = storedHash(hash);
    if (!stored)
        return false;
    const SecretBytes pw(password);
    return crypto_pwhash_str_verify(stored->data(), pw.bytes.constData(),
                                    static_cast<unsigned long long>(pw.bytes.size())) == 0;
}

bool needsRehash(const QString& hash, HashStrength strength)
{
    ensureSodium();
    const auto stored = storedHash(hash);
    if (!stored)
        return true;
    const auto [ops, mem] = costs(strength);
    return crypto_pwhash_str_needs_rehash(stored->data(), ops, mem) != 0;
}

} // namespace password

} // namespace docket
