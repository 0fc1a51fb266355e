#include "statementcache.h"

#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>
#include <algorithm>
#include <memory>
#include <unordered_map>

namespace docket::sql::statementcache {

namespace {

// Statement texts are long (a few hundred to 1,500 characters) and few, and
// every statement run hashes its text to be taken and given back: hashing
// every character was ~6 % of a file import's instructions. This hash reads
// the length, the last 16 characters and up to 48 more spread over the text;
// texts alike in all of them (the same statement with other values written
// in) are told apart by the map's comparison of the whole text.
struct TextHash
{
    std::size_t operator()(const QString& text) const noexcept
    {
        const qsizetype n = text.size();
        const QChar* d = text.constData();
        std::size_t h = std::size_t(n) * 0x9E3779B97F4A7C15ULL;
        auto mix = [&h](QChar c) {
            h = (h ^ c.unicode()) * 0x100000001B3ULL;
        };
        const qsizetype tail = std::min<qsizetype>(n, 16);
        for (qsizetype i = n - tail; i < n; ++i)
            mix(d[i]);
        constexpr qsizetype kSpread = 48;
        const qsizetype step = std::max<qsizetype>(1, (n - tail) / kSpread);
        for (qsizetype i = 0; i < n - tail; i += step)
            mix(d[i]);
        return h;
    }
};

// Idle statements of one connection. A connection is used by one thread at a
// time (Qt SQL's rule), so no lock.
struct Cache
{
    std::unordered_map<QString, QSqlQuery, TextHash> idle;
    quint64 generation = 0; // forget() starts a new one: older statements are not taken back
    qint64 prepared = 0;
    qint64 reused = 0;
};

// Enough for every statement a unit of work runs; texts built with values in
// them (IN lists of each length) come and go.
constexpr std::size_t kCapacity = 256;

const char* const kCacheProperty = "docketStatementCache";

std::shared_ptr<Cache> cacheOf(const QSqlDriver* driver, bool create)
{
    if (!driver)
        return {};
    // The driver a thread used last, and its cache: a dynamic property is
    // looked up by name, three times for each statement run. QPointer turns
    // null when that driver is gone, so another one at its address is not
    // taken for it.
    thread_local QPointer<const QSqlDriver> lastDriver;
    thread_local std::weak_ptr<Cache> lastCache;
    if (lastDriver == driver)
        if (std::shared_ptr<Cache> cache = lastCache.lock())
            return cache;
    const QVariant v = driver->property(kCacheProperty);
    if (v.isValid()) {
        auto cache = v.value<std::shared_ptr<Cache>>();
        lastDriver = driver;
        lastCache = cache;
        return cache;
    }
    if (!create)
        return {};
    auto cache = std::make_shared<Cache>();
    lastDriver = driver;
    lastCache = cache;
    // The property dies with the driver, after the driver closed its
    // connection: the statements' results see their driver gone then.
    const_cast<QSqlDriver*>(driver)->setProperty(kCacheProperty, QVariant::fromValue(cache));
    return cache;
}

// The QSqlQuery a caller holds: reads go to the cached statement; its end
// gives the statement back. Anything that would run another statement on it
// (exec with a text, prepare) first lets the cached one go and goes on with
// a statement of its own.
class LentResult final : public QSqlResult
{
public:
    LentResult(const QSqlDriver* driver, QString text, QSqlQuery executed,
               const std::shared_ptr<Cache>& cache)
        : QSqlResult(driver), m_text(std::move(text)), m_q(std::move(executed)), m_cache(cache),
          m_generation(cache->generation)
    {
        QSqlResult::setForwardOnly(m_q.isForwardOnly());
        setQuery(m_text);
        sync(true);
    }

    ~LentResult() override { release(); }

    QVariant handle() const override { return m_q.result() ? m_q.result()->handle() : QVariant(); }

protected:
    QVariant data(int i) override { return m_q.value(i); }
    bool isNull(int i) override { return m_q.isNull(i); }
    bool fetch(int i) override { return sync(m_q.seek(i)); }
    bool fetchFirst() override { return sync(m_q.first()); }
    bool fetchLast() override { return sync(m_q.last()); }
    bool fetchNext() override { return sync(m_q.next()); }
    bool fetchPrevious() override { return sync(m_q.previous()); }
    int size() override { return m_q.size(); }
    int numRowsAffected() override { return m_q.numRowsAffected(); }
    QSqlRecord record() const override { return m_q.record(); }
    QVariant lastInsertId() const override { return m_q.lastInsertId(); }
    bool nextResult() override { return sync(m_q.nextResult()); }
    void detachFromResultSet() override { m_q.finish(); }

    void setForwardOnly(bool forward) override
    {
        QSqlResult::setForwardOnly(forward);
        m_q.setForwardOnly(forward);
    }

    bool reset(const QString& text) override
    {
        detach();
        setQuery(text);
        return sync(m_q.exec(text));
    }

    bool savePrepare(const QString& text) override { return prepare(text); }

    bool prepare(const QString& text) override
    {
        detach();
        setQuery(text);
        return sync(m_q.prepare(text));
    }

    // Values go straight to the statement (sql::prepare's callers bind and
    // execute again and again).
    void bindValue(int pos, const QVariant& value, QSql::ParamType type) override
    {
        m_q.bindValue(pos, value, type);
    }

    void bindValue(const QString& placeholder, const QVariant& value, QSql::ParamType type) override
    {
        m_q.bindValue(placeholder, value, type);
    }

    bool exec() override { return sync(m_q.exec()); }

private:
    bool sync(bool ok)
    {
        setActive(m_q.isActive());
        setSelect(m_q.isSelect());
        setAt(m_q.at());
        setLastError(m_q.lastError());
        return ok;
    }

    // From here on the statement is this query's own, not the cache's.
    void detach()
    {
        release();
        m_cache.reset();
        m_q = QSqlQuery(driver()->createResult());
        m_q.setForwardOnly(isForwardOnly());
    }

    void release()
    {
        const std::shared_ptr<Cache> cache = m_cache.lock();
        if (cache && cache->generation == m_generation)
            giveBack(driver(), m_text, std::move(m_q));
    }

    QString m_text;
    QSqlQuery m_q;
    std::weak_ptr<Cache> m_cache;
    quint64 m_generation = 0;
};

} // namespace

bool firstWordIn(const QString& text, std::initializer_list<QLatin1String> keywords)
{
    const QStringView t = QStringView(text).trimmed();
    qsizetype end = 0;
    while (end < t.size() && t[end].isLetter())
        ++end;
    const QStringView word = t.left(end);
    for (QLatin1String k : keywords)
        if (word.compare(k, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool cacheable(const QString& text)
{
    return firstWordIn(text,
                       {QLatin1String("SELECT"), QLatin1String("INSERT"), QLatin1String("UPDATE"),
                        QLatin1String("DELETE"), QLatin1String("WITH"), QLatin1String("REPLACE")});
}

bool changesSchema(const QString& text)
{
    return firstWordIn(text,
                       {QLatin1String("CREATE"), QLatin1String("ALTER"), QLatin1String("DROP"),
                        QLatin1String("ATTACH"), QLatin1String("DETACH")});
}

std::optional<QSqlQuery> take(const QSqlDatabase& db, const QString& text)
{
    const std::shared_ptr<Cache> cache = cacheOf(db.driver(), true);
    if (!cache)
        return std::nullopt;
    auto it = cache->idle.find(text);
    if (it == cache->idle.end())
        return std::nullopt;
    QSqlQuery q = std::move(it->second);
    cache->idle.erase(it);
    ++cache->reused;
    return q;
}

QSqlQuery lend(const QSqlDatabase& db, const QString& text, QSqlQuery executed)
{
    const std::shared_ptr<Cache> cache = cacheOf(db.driver(), true);
    if (!cache)
        return executed;
    return QSqlQuery(new LentResult(db.driver(), text, std::move(executed), cache));
}

void giveBack(const QSqlDriver* driver, const QString& text, QSqlQuery statement)
{
    const std::shared_ptr<Cache> cache = cacheOf(driver, false);
    if (!cache || !driver->isOpen())
        return;
    statement.finish(); // SQLite: reset, so it holds no read snapshot or lock
    // A second one, prepared while the first was out, is not kept (one is
    // enough): try_emplace leaves `statement` alone when the text is there.
    const auto [kept, added] = cache->idle.try_emplace(text, std::move(statement));
    if (added && cache->idle.size() > kCapacity) {
        auto victim = cache->idle.begin();
        if (victim == kept)
            ++victim;
        cache->idle.erase(victim);
    }
}

bool execKept(const QSqlDatabase& db, const QString& text, QSqlError* error)
{
    std::optional<QSqlQuery> kept = take(db, text);
    QSqlQuery q = kept ? std::move(*kept) : QSqlQuery(db);
    bool ok = true;
    if (!kept) {
        ok = q.prepare(text);
        if (ok)
            notePrepared(db);
    }
    if (ok)
        ok = q.exec();
    if (!ok) {
        *error = q.lastError();
        return false;
    }
    giveBack(db.driver(), text, std::move(q));
    return true;
}

void forget(const QSqlDriver* driver)
{
    const std::shared_ptr<Cache> cache = cacheOf(driver, false);
    if (!cache)
        return;
    ++cache->generation;
    cache->idle.clear();
}

Stats stats(const QSqlDatabase& db)
{
    const std::shared_ptr<Cache> cache = cacheOf(db.driver(), false);
    if (!cache)
        return {};
    return {cache->prepared, cache->reused, int(cache->idle.size())};
}

void notePrepared(const QSqlDatabase& db)
{
    if (const std::shared_ptr<Cache> cache = cacheOf(db.driver(), true))
        ++cache->prepared;
}

} // namespace docket::sql::statementcache
