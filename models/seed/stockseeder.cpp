#include "stockseeder.h"

#include "ordergenerator.h"
#include "seedvocabulary.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/order.h"
#include "stores/cataloguestore.h"
#include "stores/csvreader.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"
#include "stores/reviewstore.h"
#include "stores/stockstore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>
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
    // back), the channels' warehouses two weeks ago (each order reserves
    // then, or when it was placed if later: stockledger::syncOrders), then
    // parcels leaving day after day since (below), so that the analytics
    // show shipments, backorders, turnover and days of cover, and the ledger
    // reads in order.
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

    // The channels' warehouses as they will be (a channel without one gets
    // one of these below).
    QMap<QString, qint64> channelSite = catalogue.channelWarehouses();
    const QStringList channels = channel::codes();
    QList<QPair<QString, qint64>> assign;
    for (qsizetype i = 0; i < channels.size(); ++i)
        if (!channelSite.contains(channels[i])) {
            channelSite.insert(channels[i], sites[i % sites.size()]);
            assign.push_back({channels[i], sites[i % sites.size()]});
        }

    // What the stock is sized to: what the open orders will reserve, and the
    // parcels that leave over the last two weeks (below) -- the demo's own
    // sales rate, the one its analytics read (days of cover, turnover).
    // The parcels: the youngest paid orders placed a day ago or earlier.
    using Item = QPair<qint64, qint64>; // product, warehouse
    QHash<Item, qint64> demand, flow;
    QHash<qint64, qint64> flowOf; // per product, over every warehouse
    QSet<qint64> shipping;        // the orders whose parcels leave
    if (options.salesSized) {
        if (options.extras && options.shipments > 0) {
            QSqlQuery q = sql::run(
                db,
                QStringLiteral("SELECT id FROM orders WHERE status IN ('paid', 'processing') AND "
                               "invalid_at IS NULL AND review_state <> 'waiting' AND created_at "
                               "< ? ORDER BY id DESC LIMIT ?"),
                {now - kDay, options.shipments});
            while (q.next())
                shipping.insert(q.value(0).toLongLong());
        }
        QSqlQuery q =
            sql::run(db, QStringLiteral(
                             "SELECT o.id, o.channel, l.product_id, l.quantity - COALESCE((SELECT "
                             "SUM(x.quantity) FROM shipment_lines x WHERE x.line_id = l.id), 0) "
                             "FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE "
                             "o.invalid_at IS NULL AND o.status IN ('pending', 'paid', "
                             "'processing') AND l.product_id IS NOT NULL"));
        while (q.next()) {
            const qint64 units = q.value(3).toLongLong();
            const auto site = channelSite.constFind(q.value(1).toString());
            if (units <= 0 || site == channelSite.cend())
                continue;
            const Item item{q.value(2).toLongLong(), *site};
            demand[item] += units;
            if (shipping.contains(q.value(0).toLongLong())) {
                flow[item] += units;
                flowOf[item.first] += units;
            }
        }
    }
    // A product's safety stock: one to three weeks of its parcels, at least
    // one; a product nothing ships of, none to two.
    auto safetyOf = [&](qint64 productId) {
        if (!options.salesSized)
            return uniform(2, 30);
        const qint64 f = flowOf.value(productId);
        if (f <= 0)
            return uniform(0, 2);
        return std::max<qint64>(1, (f * uniform(7, 21) + 15) / 30);
    };

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
                                                  "name, id FROM products WHERE active = 1"));
        while (q.next()) {
            const QString sku = q.value(0).toString();
            skus.insert(sku);
            if (q.value(2).toLongLong() > 0)
                continue;
            const qint64 price = q.value(1).toLongLong();
            csv += csv::line({sku, q.value(3).toString(), Money(price).toPlainString(),
                              Money(price * uniform(40, 70) / 100).toPlainString(),
                              QString::number(safetyOf(q.value(4).toLongLong())),
                              QStringLiteral("yes")});
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
                          QString::number(safetyOf(0)), QStringLiteral("yes")});
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

    // Goods in, 100 days ago. Sized to the sales: every item gets what its
    // open orders will reserve and the month's sales (below) take, and a
    // product that ships gets two weeks to
    // three months of its parcels on top (where they leave from), at least its
    // safety stock; a few products are low (less than their safety stock
    // free) and a few short of what their orders want (backordered); the
    // rest of the catalogue (nothing on order) has a few units in one
    // warehouse, or none, or its safety stock. Otherwise (a benchmark's stock): every product in
    // most warehouses, plenty.
    QList<QPair<qint64, qint64>> products; // id, safety stock
    QList<QPair<QString, QString>> labels; // SKU, name (of the same index)
    QList<qint64> prices;
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT id, safety_stock, sku, name, "
                                                  "unit_price_cents FROM products WHERE active = 1 "
                                                  "ORDER BY id"));
        while (q.next()) {
            products.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
            labels.push_back({q.value(2).toString(), q.value(3).toString()});
            prices << q.value(4).toLongLong();
        }
    }

    // The shop's sales from stock over the last 30 days (with extras): orders
    // placed through the desk's door, paid and shipped (delivered after a few
    // days), so that the ledger has a month of parcels to measure the stock
    // against. A product's share follows a long tail: a random rank, weight
    // 1 / (rank + 20): the best seller sells some 20 times the median, about
    // a third sell nothing in the month.
    struct Sale
    {
        qint64 at = 0;
        QString channel;
        QList<QPair<qsizetype, qint64>> lines; // index into products, units
    };
    QList<Sale> sales;
    QHash<Item, qint64> leaving; // units the sales take from each item
    if (options.salesSized && options.extras && options.sales != 0 && !products.isEmpty()) {
        qint64 n = options.sales;
        if (n < 0)
            n = std::max<qint64>(
                20,
                sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE created_at >= ?"),
                            {now - 30 * kDay})
                        .toLongLong() /
                    2);
        std::vector<qsizetype> rank(std::size_t(products.size()));
        std::iota(rank.begin(), rank.end(), qsizetype(0));
        std::shuffle(rank.begin(), rank.end(), rng);
        std::vector<double> weight(rank.size());
        for (std::size_t i = 0; i < rank.size(); ++i)
            weight[i] = 1.0 / double(rank[i] + 20);
        std::discrete_distribution<qsizetype> pick(weight.cbegin(), weight.cend());
        for (qint64 k = 0; k < n; ++k) {
            Sale sale;
            sale.at = now - 30 * kDay + uniform(0, 28 * kDay);
            sale.channel = channels[uniform(0, channels.size() - 1)];
            const qint64 lines = uniform(1, 100) <= 60 ? 1 : uniform(2, 3);
            for (qint64 l = 0; l < lines; ++l) {
                const qsizetype i = pick(rng);
                const qint64 units = uniform(1, 100) <= 80 ? 1 : uniform(2, 3);
                bool merged = false;
                for (auto& line : sale.lines)
                    if (line.first == i) {
                        line.second += units;
                        merged = true;
                    }
                if (!merged)
                    sale.lines.push_back({i, units});
            }
            sales << sale;
        }
        std::sort(sales.begin(), sales.end(),
                  [](const Sale& a, const Sale& b) { return a.at < b.at; });
        for (const Sale& sale : std::as_const(sales))
            for (const auto& [i, units] : sale.lines) {
                const Item item{products[i].first, channelSite.value(sale.channel)};
                leaving[item] += units;
                flow[item] += units;
                flowOf[item.first] += units;
            }
    }
    QList<qint64> stocked = sites; // and the warehouses channels had already
    for (const qint64 w : std::as_const(channelSite))
        if (!stocked.contains(w))
            stocked << w;
    QHash<qint64, QList<StockStore::Receipt>> receipts; // per warehouse
    for (const auto& [id, safety] : products) {
        const bool lowHere = chance(options.lowShare);
        if (!options.salesSized) {
            for (const qint64 w : std::as_const(sites)) {
                if (!lowHere && chance(0.1))
                    continue;
                // A low product is short everywhere: a few units, or none.
                const qint64 qty = lowHere ? uniform(0, std::max<qint64>(0, safety / 2 - 1))
                                           : uniform(safety + 5, safety * 6 + 120);
                if (qty > 0)
                    receipts[w].push_back({id, w, qty});
            }
            continue;
        }
        const bool shortHere = !lowHere && chance(options.shortShare);
        const qint64 sold = flowOf.value(id);
        const double months = 0.5 + 2.5 * std::uniform_real_distribution<>(0, 1)(rng);
        QList<qint64> ordered, extra; // what orders take (reserve, or the sales ship), on top
        qint64 onOrder = 0;
        for (const qint64 w : std::as_const(stocked)) {
            const qint64 d = demand.value({id, w}) + leaving.value({id, w});
            ordered << d;
            onOrder += d;
            extra << (sold > 0 ? qint64(std::llround(double(flow.value({id, w})) * months))
                      : d > 0  ? uniform(0, 2)
                               : 0);
        }
        if (onOrder == 0 && sold == 0 && chance(0.4))
            extra[uniform(0, stocked.size() - 1)] = uniform(1, 3);
        // Where most of it leaves from: the first warehouse with the most orders.
        const qsizetype main =
            std::max_element(ordered.cbegin(), ordered.cend()) - ordered.cbegin();
        qint64 free = 0;
        for (const qint64 e : std::as_const(extra))
            free += e;
        if (shortHere && onOrder > 0) {
            for (qsizetype i = 0; i < stocked.size(); ++i) {
                extra[i] = 0;
                if (ordered[i] > 0)
                    ordered[i] = uniform(0, ordered[i] - 1);
            }
        } else if (lowHere && safety > 0) {
            extra.fill(0);
            extra[main] = uniform(0, safety - 1);
        } else if (free < safety) {
            extra[main] += safety - free + uniform(0, 2);
        }
        for (qsizetype i = 0; i < stocked.size(); ++i)
            if (const qint64 qty = ordered[i] + extra[i]; qty > 0)
                receipts[stocked[i]].push_back({id, stocked[i], qty});
    }
    for (const qint64 w : std::as_const(stocked)) {
        if (const auto lines = receipts.value(w); !lines.isEmpty())
            result.unitsReceived +=
                stock.receive(lines, QStringLiteral("Opening stock (demo data)"));
        if (sites.contains(w))
            tick();
    }

    // The channels reserve once the goods are in and the products have their
    // costs (what cannot be reserved is backordered, valued at cost), a month
    // ago: each open order then, or when it was placed if later
    // (stockledger::syncOrders).
    const qint64 assigned = now - 31 * kDay;
    catalogue.setClock([assigned] { return assigned; });
    for (const auto& [code, w] : std::as_const(assign))
        catalogue.setChannelWarehouse(code, w);

    // The month's sales, one after another: placed (approved if the review
    // rules hold it), paid by card, shipped within two days when all of it
    // is reserved (else it waits, backordered), delivered a few days later.
    if (!sales.isEmpty()) {
        OrderStore orders(db, session);
        FulfilmentStore fulfilment(db, session);
        ReviewStore review(db, session);
        const qint64 serialBase = 30000000000LL + qint64(options.seed % 1000) * 1000000LL;
        qint64 serial = 0;
        for (const Sale& sale : std::as_const(sales)) {
            qint64 at = sale.at;
            auto clock = [&at] {
                return at;
            };
            orders.setClock(clock);
            fulfilment.setClock(clock);
            review.setClock(clock);
            Order o;
            o.customerName = QString::fromUtf8(seedvocabulary::kFirst[uniform(
                                 0, qint64(std::size(seedvocabulary::kFirst)) - 1)]) +
                             QLatin1Char(' ') +
                             QString::fromUtf8(seedvocabulary::kLast[uniform(
                                 0, qint64(std::size(seedvocabulary::kLast)) - 1)]);
            o.email = QStringLiteral("shop%1@example.com").arg(uniform(1000, 99999));
            o.channel = sale.channel;
            for (const auto& [i, units] : sale.lines)
                o.lines << OrderLine{
                    0, 0, labels[i].first, labels[i].second, units, Money(prices[i])};
            try {
                const qint64 id = orders.create(o);
                ++result.sales;
                at += uniform(60, 900);
                if (orders.order(id).reviewState == QLatin1String("waiting"))
                    review.approve({id});
                at += uniform(60, 3600);
                fulfilment.addPayment(id, QStringLiteral("card"), orders.order(id).total,
                                      QStringLiteral("DEMO-S%1").arg(id));
                if (stock.isBackordered(id))
                    continue; // waits for goods
                at = std::min(now - 3600, at + uniform(4 * 3600, 2 * kDay));
                const qint64 parcel = fulfilment.ship(id, QStringLiteral("dhl"),
                                                      QString::number(serialBase + serial++));
                ++result.shipments;
                if (at + 3 * kDay < now)
                    fulfilment.markDelivered(parcel, at + uniform(kDay, 3 * kDay));
            } catch (const DocketError& e) {
                // refused by a rule (a review, a deadline): the sale stops
                // there; a database error is no reason to go on
                if (e.code() != DocketError::Code::Conflict &&
                    e.code() != DocketError::Code::Invalid &&
                    e.code() != DocketError::Code::Forbidden)
                    throw;
            }
        }
    }

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
                    if (l.available() >= 4)
                        lines.push_back({products[i].first,
                                         uniform(1, std::min<qint64>(8, l.available() / 2))});
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
            const qint64 at = std::min(now - 3600, std::max(now - 14 * kDay, created) +
                                                       uniform(2 * 3600, 2 * kDay));
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
