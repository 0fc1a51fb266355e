#include "stockseeder.h"

#include "ordergenerator.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/order.h"
#include "stores/cataloguestore.h"
#include "stores/csvreader.h"
#include "stores/fulfilmentstore.h"
#include "stores/stockstore.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <random>

namespace docket {

namespace {

struct Site
{
    const char* code;
    const char* name;
    const char* address;
};

constexpr Site kSites[] = {
    {"HAM", "Hamburg", "Am Windhukkai 4\n20457 Hamburg"},
    {"LYS", "Lyon", "12 Rue de Gerland\n69007 Lyon"},
    {"SHA", "上海", "浦东新区外高桥保税区 88 号"},
    {"RTM", "Rotterdam", "Maasvlakteweg 20\n3199 LZ Rotterdam"},
    {"MAD", "Madrid", "Calle de la Logística 7\n28906 Getafe"},
    {"WAW", "Warszawa", "ul. Magazynowa 3\n02-652 Warszawa"},
    {"OSL", "Oslo", "Lagerveien 11\n0668 Oslo"},
    {"DUB", "Dublin", "Unit 5, Docklands\nDublin 1"},
};

} // namespace

StockSeedResult seedStock(const QSqlDatabase& db, const Session& session,
                          const StockSeedOptions& options, const ProgressFn& progress)
{
    if (options.warehouses < 1 || options.warehouses > int(std::size(kSites)))
        throw DocketError(DocketError::Code::Invalid,
                          QStringLiteral("warehouses: 1 to %1").arg(std::size(kSites)));
    if (options.products < 0 || options.products > 1'000'000)
        throw DocketError(DocketError::Code::Invalid, QStringLiteral("products: 0 to 1,000,000"));
    StockSeedResult result;
    std::mt19937_64 rng(options.seed);
    auto uniform = [&rng](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    auto chance = [&rng](double p) {
        return std::uniform_real_distribution<>(0, 1)(rng) < p;
    };
    CatalogueStore catalogue(db, session);
    StockStore stock(db, session);
    // The stock is older than what moves it: the warehouses, the catalogue
    // and the goods in 100 days ago (before the oldest demo return comes
    // back), the orders reserving two weeks ago, then parcels leaving day
    // after day since (below), so that the analytics show shipments,
    // backorders, turnover and days of cover, and the ledger reads in order.
    const qint64 now = options.now ? options.now : QDateTime::currentSecsSinceEpoch();
    constexpr qint64 kDay = 86400;
    const qint64 opened = now - 100 * kDay;
    catalogue.setClock([opened] { return opened; });
    stock.setClock([opened] { return opened; });
    const qint64 steps = 3 + options.warehouses;
    qint64 step = 0;
    auto tick = [&] {
        if (progress)
            progress(++step, steps);
    };

    // Warehouses, each serving some channels (a channel without one keeps
    // its warehouse; only channels without any get one).
    QList<qint64> sites;
    for (int i = 0; i < options.warehouses; ++i) {
        const Site& s = kSites[i];
        if (const auto w = catalogue.warehouseByCode(QString::fromLatin1(s.code))) {
            sites << w->id;
            continue;
        }
        Warehouse w;
        w.code = QString::fromLatin1(s.code);
        w.name = QString::fromUtf8(s.name);
        w.address = QString::fromUtf8(s.address);
        sites << catalogue.saveWarehouse(w);
        ++result.warehouses;
    }
    tick();

    // The catalogue through the import's door: the order generator's names
    // (one generator for every demo product), costs at 40-70% of the price,
    // safety stocks; existing products without a cost get one too.
    SeedOptions names;
    names.seed = options.seed;
    const std::vector<seed::Product> base = seed::OrderGenerator(names).catalogue();
    QString csv = CatalogueStore::csvHeader() + QLatin1Char('\n');
    QSet<QString> skus;
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT sku, unit_price_cents, cost_cents, "
                                                  "name FROM products WHERE active = 1"));
        while (q.next()) {
            const QString sku = q.value(0).toString();
            skus.insert(sku);
            if (q.value(2).toLongLong() > 0)
                continue;
            const qint64 price = q.value(1).toLongLong();
            csv += csv::line({sku, q.value(3).toString(), Money(price).toPlainString(),
                              Money(price * uniform(40, 70) / 100).toPlainString(),
                              QString::number(uniform(2, 30)), QStringLiteral("yes")});
        }
    }
    qint64 next = 10001;
    for (qint64 n = skus.size(); n < options.products; ++n) {
        QString sku;
        do
            sku = QStringLiteral("SKU-%1").arg(next++);
        while (skus.contains(sku));
        skus.insert(sku);
        const seed::Product& b = base[std::size_t(n) % base.size()];
        const qint64 round = qint64(std::size_t(n) / base.size());
        const QString name = QString::fromUtf8(b.name) +
                             (round ? QStringLiteral(" · %1").arg(round + 1) : QString());
        const qint64 price = b.price + round * 100;
        csv += csv::line({sku, name, Money(price).toPlainString(),
                          Money(price * uniform(40, 70) / 100).toPlainString(),
                          QString::number(uniform(2, 30)), QStringLiteral("yes")});
    }
    const auto rows = catalogue.previewImport(csv.toUtf8());
    for (const auto& r : rows) {
        if (r.isNew)
            ++result.productsAdded;
        else if (r.changes)
            ++result.productsChanged;
    }
    catalogue.commitImport(rows);
    tick();

    // Goods in: every product in most warehouses, a few below their safety
    // stock (low) and some not stocked at a site at all.
    QList<QPair<qint64, qint64>> products; // id, safety stock
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT id, safety_stock FROM products WHERE "
                                                  "active = 1 ORDER BY id"));
        while (q.next())
            products.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    QSet<qint64> low;
    for (const auto& p : products)
        if (chance(options.lowShare))
            low.insert(p.first);
    for (qsizetype w = 0; w < sites.size(); ++w) {
        QList<StockStore::Receipt> lines;
        for (const auto& [id, safety] : products) {
            const bool lowHere = low.contains(id);
            if (!lowHere && chance(0.1))
                continue;
            // A low product is short everywhere: a few units, or none.
            const qint64 qty = lowHere ? uniform(0, std::max<qint64>(0, safety / 2 - 1))
                                       : uniform(safety + 5, safety * 6 + 120);
            if (qty > 0)
                lines.push_back({id, sites[w], qty});
        }
        if (!lines.isEmpty())
            result.unitsReceived +=
                stock.receive(lines, QStringLiteral("Opening stock (demo data)"));
        tick();
    }

    // The channels' orders reserve once the goods are in and the products
    // have their costs (what cannot be reserved is backordered, valued at
    // cost), two weeks ago: the analytics' last 30 days show it.
    const qint64 reserved = now - 14 * kDay;
    catalogue.setClock([reserved] { return reserved; });
    const auto served = catalogue.channelWarehouses();
    const QStringList channels = channel::codes();
    for (qsizetype i = 0; i < channels.size(); ++i)
        if (!served.contains(channels[i]))
            catalogue.setChannelWarehouse(channels[i], sites[i % sites.size()]);

    // The rest (a stocktake, transfers) happens now.
    catalogue.setClock([now] { return now; });
    stock.setClock([now] { return now; });

    if (options.extras && !products.isEmpty()) {
        // A stocktake under way in the first warehouse: 40 SKUs, half counted.
        bool counting = false;
        for (const Stocktake& s : stock.stocktakes(true))
            counting = counting || s.warehouseId == sites.first();
        if (!counting) {
            QStringList sample;
            for (qsizetype i = 0; i < products.size() && sample.size() < 40; i += 7)
                sample << catalogue.product(products[i].first).sku;
            result.stocktakeId = stock.startStocktake(sites.first(), sample,
                                                      QStringLiteral("Quarterly count, aisle A"));
            QList<QPair<QString, qint64>> counts;
            for (const StocktakeLine& l : stock.stocktakeLines(result.stocktakeId))
                if (chance(0.5))
                    counts.push_back({l.sku, std::max<qint64>(0, l.expected + uniform(-2, 1))});
            if (!counts.isEmpty())
                stock.enterCounts(result.stocktakeId, counts);
        }
        // Transfers from the first warehouse: one in transit, one drafted.
        if (sites.size() > 1) {
            for (int t = 0; t < 2; ++t) {
                QList<StockStore::TransferRequest> lines;
                for (qsizetype i = 3 + t; i < products.size() && lines.size() < 5; i += 11) {
                    const StockLevel l = stock.level(products[i].first, sites.first());
                    if (l.available() >= 10)
                        lines.push_back({products[i].first, uniform(2, 8)});
                }
                if (lines.isEmpty())
                    continue;
                const qint64 id =
                    stock.createTransfer(sites.first(), sites[1 + t % (sites.size() - 1)], lines,
                                         QStringLiteral("Rebalancing (demo data)"));
                if (t == 0)
                    stock.sendTransfer(id);
                ++result.transfers;
            }
        }
        if (options.returns > 0 || options.feedback > 0) {
            AfterSalesSeedOptions a;
            a.returns = options.returns;
            a.feedback = options.feedback;
            a.seed = options.seed;
            a.now = options.now;
            a.warehouses = sites;
            result.afterSales = seedAfterSales(db, session, a);
        }
    }
    if (options.extras && options.shipments > 0) {
        // Parcels of the open orders that hold all they want, after their
        // orders and their reservations (a refused order, e.g. unpaid, is
        // passed over); after the returns, which look for orders whose last
        // event is some days old.
        FulfilmentStore fulfilment(db, session);
        QList<QPair<qint64, qint64>> open; // id, created
        QSqlQuery q = sql::run(
            db,
            QStringLiteral("SELECT o.id, o.created_at FROM orders o WHERE o.status IN ('paid', "
                           "'processing') AND o.invalid_at IS NULL AND o.created_at < ? AND EXISTS "
                           "(SELECT 1 FROM stock_reservations r WHERE r.order_id = o.id) AND NOT "
                           "EXISTS (SELECT 1 FROM stock_reservations r WHERE r.order_id = o.id AND "
                           "r.held < r.wanted) ORDER BY o.id DESC LIMIT ?"),
            {now - kDay, options.shipments * 2});
        while (q.next())
            open.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
        q.finish();
        std::reverse(open.begin(), open.end());
        const qint64 serialBase = 20000000000LL + qint64(options.seed % 1000) * 1000000LL;
        qint64 serial = 0;
        for (const auto& [id, created] : std::as_const(open)) {
            if (result.shipments >= options.shipments)
                break;
            const qint64 at =
                std::min(now - 3600, std::max(reserved, created) + uniform(2 * 3600, 2 * kDay));
            fulfilment.setClock([at] { return at; });
            try {
                fulfilment.ship(id, QStringLiteral("dhl"), QString::number(serialBase + serial++));
                ++result.shipments;
            } catch (const DocketError& e) {
                // not paid, waiting for review: not shipped; a database
                // error is no reason to skip an order
                if (e.code() != DocketError::Code::Conflict &&
                    e.code() != DocketError::Code::Invalid &&
                    e.code() != DocketError::Code::Forbidden)
                    throw;
            }
        }
    }
    tick();
    return result;
}

} // namespace docket
