#include "ratelimiter.h"

#include <QMutexLocker>
#include <algorithm>
#include <cmath>

namespace docket::gateway {

int RateLimiter::acquire(const QString& key, int perMinute)
{
    const auto now = std::chrono::steady_clock::now();
    const double capacity = std::max(5.0, perMinute / 6.0);
    const double perSecond = perMinute / 60.0;
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{capacity, now});
    Bucket& b = *it;
    const double elapsed = std::chrono::duration<double>(now - b.at).count();
    b.tokens = std::min(capacity, b.tokens + elapsed * perSecond);
    b.at = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - b.tokens) / perSecond)));
}

void RateLimiter::prune()
{
    const auto now = std::chrono::steady_clock::now();
    QMutexLocker lock(&m_mutex);
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        if (now - it->at > std::chrono::minutes(10))
            it = m_buckets.erase(it);
        else
            ++it;
}

} // namespace docket::gateway
