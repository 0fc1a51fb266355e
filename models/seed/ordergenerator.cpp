#include "ordergenerator.h"

#include "seedvocabulary.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "stores/orderfilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

namespace docket::seed {

using namespace seedvocabulary;

OrderGenerator::OrderGenerator(const SeedOptions& options) : m_options(options), m_rng(options.seed)
{
    if (options.orders < 0 || options.orders > 100'000'000)
        throw DocketError(DocketError::Code::Invalid,
                          QCoreApplication::translate(
                              "Seeder", "The number of orders must be between 0 and 100,000,000."),
                          QStringLiteral("orders"));
    m_now = options.now ? options.now : QDateTime::currentSecsSinceEpoch();
}

qint64 OrderGenerator::uniform(qint64 lo, qint64 hi)
{
    return std::uniform_int_distribution<qint64>(lo, hi)(m_rng);
}

bool OrderGenerator::chance(double p)
{
    return std::uniform_real_distribution<double>(0, 1)(m_rng) < p;
}

template <std::size_t N> const char* OrderGenerator::pick(const char* const (&arr)[N])
{
    return seedvocabulary::pick(m_rng, arr);
}

std::vector<Product> existingCatalogue(const QSqlDatabase& db)
{
    std::vector<Product> products;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT id, sku, name, unit_price_cents FROM "
                                              "products WHERE active = 1 ORDER BY id"));
    while (q.next())
        products.push_back({q.value(0).toLongLong(), q.value(1).toString().toUtf8(),
                            q.value(2).toString().toUtf8(), q.value(3).toLongLong()});
    return products;
}

qint64 OrderGenerator::customerCount() const
{
    return std::max<qint64>(50, m_options.orders / 5);
}

std::vector<Product> OrderGenerator::catalogue()
{
    std::vector<Product> products;
    qint64 n = 0;
    for (const char* adj : kAdjectives)
        for (const char* noun : kNouns) {
            const char* colour = pick(kColours);
            Product p{0, QByteArray("SKU-") + QByteArray::number(10001 + n),
                      QByteArray(adj) + ' ' + noun + ", " + colour, uniform(3, 250) * 100 - 1};
            products.push_back(p);
            ++n;
        }
    return products;
}

Customer OrderGenerator::customer(qint64 id)
{
    Customer c;
    c.id = id;
    const char* first = pick(kFirst);
    const char* last = pick(kLast);
    const bool cjk =
        static_cast<unsigned char>(last[0]) >= 0xE0 && static_cast<unsigned char>(first[0]) >= 0xE0;
    c.name = cjk ? QByteArray(last) + first : QByteArray(first) + ' ' + last;
    c.email = QByteArray("customer") + QByteArray::number(c.id) + '@' +
              (chance(0.5) ? "example.com" : "mail.example.org");
    c.phone = QByteArray("+49 ") + QByteArray::number(uniform(150, 179)) + ' ' +
              QByteArray::number(uniform(1000000, 9999999));
    c.city = int(uniform(0, std::size(kCities) - 1));
    c.street = int(uniform(0, std::size(kStreets) - 1));
    return c;
}

Order OrderGenerator::order(qint64 i, qint64 id, const std::vector<Customer>& customers,
                            const std::vector<Product>& products)
{
    const qint64 now = m_now;
    const qint64 span = qint64(m_options.days) * 86400;
    const qint64 start = now - span;
    Order o;
    o.id = id;
    // Spread evenly with jitter, so ids grow with time like a real shop's.
    o.created = std::min(now - 60, start + (span * i) / std::max<qint64>(1, m_options.orders) +
                                       uniform(0, 59));
    const qint64 age = now - o.created;
    o.customer = &customers[std::size_t(uniform(0, qint64(customers.size()) - 1))];
    if (age < 3600 * 6)
        o.status = chance(0.5) ? "pending" : "paid";
    else if (age < 86400 * 2)
        o.status = chance(0.15) ? "pending" : chance(0.5) ? "paid" : "processing";
    else if (age < 86400 * 7)
        o.status = chance(0.05) ? "pending" : chance(0.2) ? "processing" : "shipped";
    else
        o.status = chance(0.04)   ? "cancelled"
                   : chance(0.03) ? "refunded"
                   : chance(0.01) ? "pending"
                                  : "delivered";
    o.isNew = age < qint64(m_options.newHours) * 3600;
    o.invalid = chance(m_options.invalidShare);
    o.lineCount = int(uniform(1, 100) <= 45 ? 1 : uniform(2, 5));
    for (int l = 0; l < o.lineCount; ++l) {
        const Product& p = products[std::size_t(uniform(0, qint64(products.size()) - 1))];
        o.lines[l] = {&p, uniform(1, 100) <= 75 ? 1 : uniform(2, 4)};
        o.total += o.lines[l].quantity * p.price;
    }
    o.city = kCities[o.customer->city];
    o.number = orderquery::formatOrderNumber(id).toLatin1();
    o.street = QByteArray(kStreets[o.customer->street]) + ' ' + QByteArray::number(uniform(1, 120));
    o.channel = pick(kChannels);
    o.assignedTo = pick(kStaff);
    if (!o.isNew) {
        o.seenAt = o.created + uniform(60, 7200);
        o.seenBy = pick(kStaff);
    }
    o.reason = pick(kInvalidReasons);
    return o;
}

} // namespace docket::seed
