#include "ftsmatch.h"

#include "sql.h"

#include <QMutex>
#include <QSet>
#include <cstring>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace docket::sql {

namespace {

// The connections that have the function: added when it is registered,
// removed when SQLite drops it (the connection closes), so a new connection
// at the address of a closed one is never taken for one that has it.
QMutex registryLock;
QSet<sqlite3*>& registry()
{
    static QSet<sqlite3*> handles;
    return handles;
}

// The tokenizer of order_fts and product_fts (migration 0001): the two must
// stay alike.
const char* const kTokenizer = "unicode61";
const char* const kTokenizerArgs[] = {"remove_diacritics", "2"};

struct Matcher
{
    sqlite3* handle = nullptr;
    fts5_tokenizer api{};
    Fts5Tokenizer* tokenizer = nullptr;
};

void destroyMatcher(void* p)
{
    auto* m = static_cast<Matcher*>(p);
    {
        QMutexLocker lock(&registryLock);
        registry().remove(m->handle);
    }
    if (m->tokenizer)
        m->api.xDelete(m->tokenizer);
    delete m;
}

// The words of the searched token, as FTS5 reads the phrase "token"*.
struct Query
{
    std::vector<std::string> words;
};

void destroyQuery(void* p)
{
    delete static_cast<Query*>(p);
}

int collectWord(void* p, int /*flags*/, const char* token, int size, int, int)
{
    static_cast<Query*>(p)->words.emplace_back(token, std::size_t(size));
    return SQLITE_OK;
}

// One text's tokens against the phrase: after each token, active[j] says
// that the tokens up to it match words[0..j-1]; a phrase is found when j
// reaches the word count (the last word as a prefix, the others whole).
// unicode61 gives every token a position of its own (no colocated tokens).
struct Scan
{
    const Query* query = nullptr;
    std::vector<char> active;
    std::vector<char> next;
    bool found = false;
};

int scanWord(void* p, int /*flags*/, const char* token, int size, int, int)
{
    auto* s = static_cast<Scan*>(p);
    const std::vector<std::string>& words = s->query->words;
    const std::size_t n = words.size();
    const auto fits = [&](std::size_t k) {
        const std::string& w = words[k];
        if (k + 1 == n)
            return std::size_t(size) >= w.size() && std::memcmp(token, w.data(), w.size()) == 0;
        return std::size_t(size) == w.size() && std::memcmp(token, w.data(), w.size()) == 0;
    };
    std::fill(s->next.begin(), s->next.end(), 0);
    s->next[1] = fits(0);
    for (std::size_t j = 1; j < n; ++j)
        if (s->active[j] && fits(j))
            s->next[j + 1] = 1;
    if (s->next[n]) {
        s->found = true;
        return SQLITE_DONE; // stops the tokenizer
    }
    std::swap(s->active, s->next);
    return SQLITE_OK;
}

void ftsMatch(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    auto* m = static_cast<Matcher*>(sqlite3_user_data(ctx));
    if (argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    // The token's words, read once per statement (the token is a bound value).
    Query local;
    const Query* query = static_cast<const Query*>(sqlite3_get_auxdata(ctx, 0));
    if (!query) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
        const int rc =
            m->api.xTokenize(m->tokenizer, &local, FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX,
                             text ? text : "", sqlite3_value_bytes(argv[0]), collectWord);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
        query = &local;
        sqlite3_set_auxdata(ctx, 0, new Query(local), destroyQuery);
    }
    // A phrase of no words (the token is all punctuation) matches nothing,
    // as in FTS5.
    if (query->words.empty()) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    Scan scan;
    scan.query = query;
    for (int i = 1; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue; // FTS5 indexes no words for NULL
        scan.active.assign(query->words.size() + 1, 0);
        scan.next.assign(query->words.size() + 1, 0);
        const auto* doc = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
        const int rc = m->api.xTokenize(m->tokenizer, &scan, FTS5_TOKENIZE_DOCUMENT, doc ? doc : "",
                                        sqlite3_value_bytes(argv[i]), scanWord);
        if (scan.found) {
            sqlite3_result_int(ctx, 1);
            return;
        }
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
    }
    sqlite3_result_int(ctx, 0);
}

fts5_api* fts5Of(sqlite3* handle)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

} // namespace

bool ensureFtsMatch(const QSqlDatabase& db)
{
    return ensureFtsMatch(sqliteHandle(db));
}

bool ensureFtsMatch(sqlite3* handle)
{
    if (!handle)
        return false;
    {
        QMutexLocker lock(&registryLock);
        if (registry().contains(handle))
            return true;
    }
    fts5_api* api = fts5Of(handle);
    if (!api)
        return false;
    auto* m = new Matcher;
    m->handle = handle;
    void* userData = nullptr;
    if (api->xFindTokenizer(api, kTokenizer, &userData, &m->api) != SQLITE_OK ||
        m->api.xCreate(userData, const_cast<const char**>(kTokenizerArgs),
                       int(std::size(kTokenizerArgs)), &m->tokenizer) != SQLITE_OK) {
        delete m;
        return false;
    }
    // Registering drops the connection's prepared statements, once.
    const int rc = sqlite3_create_function_v2(handle, "docket_fts_match", -1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC, m, ftsMatch,
                                              nullptr, nullptr, destroyMatcher);
    if (rc != SQLITE_OK)
        return false; // SQLite called destroyMatcher
    QMutexLocker lock(&registryLock);
    registry().insert(handle);
    return true;
}

} // namespace docket::sql
