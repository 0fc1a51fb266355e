#pragma once

#include "seeder.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <random>
#include <vector>

// The demo data both seeders write (seeder.cpp into SQLite, pgseeder.cpp into
// PostgreSQL): every random choice is made here, in one order, so the same
// SeedOptions give the same products, customers and orders on both backends.
// The writers only decide the ids and how the rows reach the database.
namespace docket::seed {

struct Product
{
    qint64 id = 0;
    QByteArray sku;
    QByteArray name;
    qint64 price = 0; // cents
};

struct Customer
{
    qint64 id = 0;
    QByteArray name;
    QByteArray email;
    QByteArray phone;
    int city = 0;   // index into seedvocabulary::kCities
    int street = 0; // index into seedvocabulary::kStreets
};

struct Line
{
    const Product* product = nullptr;
    qint64 quantity = 0;
};

struct Order
{
    qint64 id = 0;
    QByteArray number;
    const Customer* customer = nullptr;
    QByteArray street;
    const char* const* city = nullptr; // {city, postcode, region, country}
    const char* channel = nullptr;
    const char* status = nullptr;
    qint64 total = 0; // cents
    qint64 created = 0;
    const char* assignedTo = nullptr;
    bool isNew = false; // unseen: no seenAt / seenBy
    qint64 seenAt = 0;
    const char* seenBy = nullptr;
    bool invalid = false; // invalidated by "supervisor" at invalidAt() for `reason`
    const char* reason = nullptr;
    int lineCount = 0;
    Line lines[5];

    qint64 invalidAt() const { return created + 7200; }
};

// The active products already in the database, by id (empty: the writer
// makes a catalogue()).
std::vector<Product> existingCatalogue(const QSqlDatabase& db);

class OrderGenerator
{
public:
    // Throws DocketError(Invalid) for a number of orders outside 0..100,000,000.
    explicit OrderGenerator(const SeedOptions& options);

    qint64 now() const { return m_now; }
    // About one customer per five orders, at least 50.
    qint64 customerCount() const;
    // A fresh catalogue: one product per adjective and noun, SKU-10001 on, in
    // that order; the ids are the writer's to set.
    std::vector<Product> catalogue();
    Customer customer(qint64 id);
    // Order `index` (0-based) of the load, with id `id`: its time spread
    // evenly over the options' days, its status following its age.
    Order order(qint64 index, qint64 id, const std::vector<Customer>& customers,
                const std::vector<Product>& products);

private:
    qint64 uniform(qint64 lo, qint64 hi);
    bool chance(double p);
    template <std::size_t N> const char* pick(const char* const (&arr)[N]);

    SeedOptions m_options;
    std::mt19937_64 m_rng;
    qint64 m_now = 0;
};

} // namespace docket::seed
