#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <chrono>

namespace docket::gateway {

// Token buckets by key (an API key's id, a client's address), safe to use
// from every thread. A bucket holds `perMinute / 6` calls at most (ten
// seconds' worth, at least 5) and refills at perMinute / 60 a second.
class RateLimiter
{
public:
    // 0 when the call may go ahead (a token is taken), else the seconds until
    // one would (Retry-After).
    int acquire(const QString& key, int perMinute);
    // Forgets buckets idle for more than ten minutes.
    void prune();

private:
    struct Bucket
    {
        double tokens = 0;
        std::chrono::steady_clock::time_point at;
    };
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace docket::gateway
