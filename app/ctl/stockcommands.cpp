// `stock ...`, `stocktake ...` and `transfer ...`: the stock ledger through
// StockStore (and so its rules, rights and audit).

#include "args.h"
#include "catalogueargs.h"
#include "command.h"
#include "ctl.h"
#include "domain/errors.h"
#include "domain/returns.h"
#include "seed/stockseeder.h"
#include "stores/cataloguestore.h"
#include "stores/inventoryanalytics.h"
#include "stores/stockstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace docket::ctl {

namespace {

// ---------------------------------------------------------------- stock

int stockList(Context& c)
{
    Args& a = c.args;
    CatalogueStore cat(c.db->connection(), c.session);
    const auto sku = a.value(QStringLiteral("--sku"));
    if (sku) {
        a.expectEmpty();
        const Product p = productArg(cat, *sku);
        for (const StockLevel& l : cat.levels(p.id))
            out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                         .arg(p.sku, l.warehouseCode)
                         .arg(l.onHand)
                         .arg(l.reserved)
                         .arg(l.available());
        out().flush();
        return Ok;
    }
    CatalogueFilter f = readCatalogueFilter(a, cat);
    const qint64 limit = a.integer(QStringLiteral("--limit"), 50, 1, 1'000'000);
    a.expectEmpty();
    out() << Ctl::tr("SKU\ton hand\treserved\tavailable\tbackordered") << '\n';
    for (const auto& r : cat.page(f, {}, 0, int(limit)))
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5%6\n")
                     .arg(r.product.sku)
                     .arg(r.onHand)
                     .arg(r.reserved)
                     .arg(r.available())
                     .arg(r.backordered)
                     .arg(r.low ? Ctl::tr("\t[low]") : QString());
    out() << Ctl::tr("%L1 products below their safety stock.").arg(cat.lowStockCount()) << '\n';
    out().flush();
    return Ok;
}

int stockReceive(Context& c)
{
    Args& a = c.args;
    CatalogueStore cat(c.db->connection(), c.session);
    const Warehouse w =
        warehouseArg(cat, a.value(QStringLiteral("--warehouse")), QStringLiteral("--warehouse"));
    const QString note = a.value(QStringLiteral("--note")).value_or(QString());
    QList<StockStore::Receipt> lines;
    for (const auto& [p, qty] : skuQuantities(cat, a.rest(), 1))
        lines << StockStore::Receipt{p.id, w.id, qty};
    const qint64 units = StockStore(c.db->connection(), c.session).receive(lines, note);
    out() << Ctl::tr("Received %L1 units into %2.").arg(units).arg(w.code) << '\n';
    return Ok;
}

int stockAdjust(Context& c)
{
    Args& a = c.args;
    CatalogueStore cat(c.db->connection(), c.session);
    const Warehouse w =
        warehouseArg(cat, a.value(QStringLiteral("--warehouse")), QStringLiteral("--warehouse"));
    const auto reason = a.value(QStringLiteral("--reason"));
    const auto writeOff = a.value(QStringLiteral("--write-off"));
    const QStringList rest = a.rest();
    if (!reason)
        throw UsageError{Ctl::tr("Give the reason: --reason TEXT.")};
    StockStore st(c.db->connection(), c.session);
    if (writeOff) {
        if (rest.size() != 1)
            throw UsageError{Ctl::tr("stock adjust --warehouse CODE --write-off QTY SKU --reason "
                                     "TEXT")};
        const Product p = productArg(cat, rest[0]);
        st.writeOff(p.id, w.id,
                    wholeArg(*writeOff, QStringLiteral("--write-off"), 1, 1'000'000'000), *reason);
        out()
            << Ctl::tr("%1 in %2: %L3 on hand.").arg(p.sku, w.code).arg(st.level(p.id, w.id).onHand)
            << '\n';
        return Ok;
    }
    if (rest.size() != 2)
        throw UsageError{Ctl::tr("stock adjust --warehouse CODE SKU ON_HAND --reason TEXT")};
    const Product p = productArg(cat, rest[0]);
    const qint64 change = st.adjust(
        p.id, w.id, wholeArg(rest[1], QStringLiteral("ON_HAND"), 0, 1'000'000'000), *reason);
    out() << Ctl::tr("%1 in %2: %L3 on hand (%4).")
                 .arg(p.sku, w.code)
                 .arg(st.level(p.id, w.id).onHand)
                 .arg(change >= 0 ? QStringLiteral("+%1").arg(change) : QString::number(change))
          << '\n';
    return Ok;
}

int stockVerify(Context& c)
{
    c.args.expectEmpty();
    const StockVerification v = StockStore(c.db->connection(), c.session).verify();
    if (v.ok()) {
        out() << Ctl::tr("The stock figures equal the ledger: %L1 movements, %L2 stock rows.")
                     .arg(v.movements)
                     .arg(v.levels)
              << '\n';
        return Ok;
    }
    for (const QString& p : v.problems)
        err() << p << '\n';
    err().flush();
    out() << Ctl::tr("The stock figures differ from the ledger (see above). \"stock rebuild\", "
                     "run by an administrator, recomputes them from the ledger.")
          << '\n';
    return Failure;
}

int stockAnalytics(Context& c)
{
    Args& a = c.args;
    const int days = int(a.integer(QStringLiteral("--days"), 30, 1, 3660));
    const int top = int(a.integer(QStringLiteral("--top"), 10, 1, 1000));
    const QString by = a.value(QStringLiteral("--by")).value_or(QStringLiteral("product"));
    if (by != QLatin1String("product") && by != QLatin1String("channel"))
        throw UsageError{Ctl::tr("--by: \"%1\" is neither product nor channel.").arg(by)};
    a.expectEmpty();
    const auto [from, to] = InventoryAnalytics::lastDays(days, QDateTime::currentSecsSinceEpoch());
    const InventoryAnalytics an(c.db->connection(), c.session);
    const InventoryFigures f = an.figures(from, to);
    out() << Ctl::tr("Stock at cost: %1 (%L2 units on hand).")
                 .arg(f.stockValue.toString())
                 .arg(f.onHand)
          << '\n'
          << Ctl::tr("Last %n day(s): %L1 units shipped, %2 at cost.", nullptr, days)
                 .arg(f.shippedUnits)
                 .arg(f.shippedAtCost.toString())
          << '\n';
    if (const auto t = f.turnover())
        out() << Ctl::tr("Turnover: %L1.").arg(*t, 0, 'f', 2) << '\n';
    if (const auto d = f.daysOfCover(days))
        out() << Ctl::tr("Days of cover: %L1.").arg(*d, 0, 'f', 1) << '\n';
    out() << Ctl::tr("Lost to backorders: %L1 units, %2 at cost.")
                 .arg(f.lostUnits)
                 .arg(f.lostSales.toString())
          << '\n';
    const auto rows =
        an.returnRates(by == QLatin1String("channel") ? InventoryAnalytics::By::Channel
                                                      : InventoryAnalytics::By::Product,
                       from, to, top);
    for (const ReturnRate& r : rows) {
        const auto rate = r.rate();
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(r.key, r.name)
                     .arg(Ctl::tr("%L1 of %L2 returned").arg(r.returned).arg(r.shipped))
                     .arg(rate ? QStringLiteral("%1 %").arg(*rate * 100, 0, 'f', 1)
                               : QStringLiteral("-"))
                     .arg(r.topReason.isEmpty() ? QString()
                                                : QStringLiteral("%1 (%2)")
                                                      .arg(returnreason::labelForCode(r.topReason))
                                                      .arg(r.topReasonUnits));
    }
    out().flush();
    return Ok;
}

int stockRebuild(Context& c)
{
    c.args.expectEmpty();
    StockStore(c.db->connection(), c.session).rebuild();
    out() << Ctl::tr("The stock figures were recomputed from the ledger.") << '\n';
    return Ok;
}

int stockSeed(Context& c)
{
    Args& a = c.args;
    StockSeedOptions o;
    o.products = a.integer(QStringLiteral("--products"), 2000, 0, 1'000'000);
    o.warehouses = int(a.integer(QStringLiteral("--warehouses"), 3, 1, 8));
    o.seed = quint64(a.integer(QStringLiteral("--seed"), 1, 0, std::numeric_limits<qint64>::max()));
    o.extras = !a.flag(QStringLiteral("--no-extras"));
    o.returns = int(a.integer(QStringLiteral("--returns"), o.returns, 0, 100000));
    o.feedback = int(a.integer(QStringLiteral("--feedback"), o.feedback, 0, 100000));
    a.expectEmpty();
    const StockSeedResult r =
        seedStock(c.db->connection(), c.session, o, progressPrinter(Ctl::tr("Seeding stock")));
    out() << Ctl::tr("Added %L1 warehouses and %L2 products, gave %L3 products a cost, received "
                     "%L4 units.")
                 .arg(r.warehouses)
                 .arg(r.productsAdded)
                 .arg(r.productsChanged)
                 .arg(r.unitsReceived)
          << '\n';
    if (o.extras && (o.returns > 0 || o.feedback > 0))
        out() << Ctl::tr("Added %L1 returns (%L2 open past their deadline) and feedback on %L3 "
                         "orders.")
                     .arg(r.afterSales.returns)
                     .arg(r.afterSales.overdue)
                     .arg(r.afterSales.feedback)
              << '\n';
    return Ok;
}

int stockMovements(Context& c)
{
    Args& a = c.args;
    CatalogueStore cat(c.db->connection(), c.session);
    MovementFilter f;
    if (auto s = a.value(QStringLiteral("--sku")))
        f.productId = productArg(cat, *s).id;
    if (auto w = a.value(QStringLiteral("--warehouse")))
        f.warehouseId = warehouseArg(cat, w, QStringLiteral("--warehouse")).id;
    const qint64 limit = a.integer(QStringLiteral("--limit"), 50, 1, 1'000'000);
    a.expectEmpty();
    for (const StockMovement& m :
         StockStore(c.db->connection(), c.session).movements(f, int(limit)))
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n")
                     .arg(localTime(m.at.toSecsSinceEpoch()), m.actor,
                          movement::labelForCode(m.kind), m.sku, m.warehouseCode)
                     .arg(m.onHandDelta)
                     .arg(m.reservedDelta)
                     .arg(m.orderNumber.isEmpty() ? m.note : m.orderNumber,
                          m.value.toPlainString());
    out().flush();
    return Ok;
}

// ---------------------------------------------------------------- stocktakes

qint64 idArg(const QStringList& rest, const QString& usage)
{
    if (rest.isEmpty())
        throw UsageError{usage};
    return wholeArg(rest.first(), QStringLiteral("ID"), 1, std::numeric_limits<qint32>::max());
}

int stocktakeStart(Context& c)
{
    Args& a = c.args;
    CatalogueStore cat(c.db->connection(), c.session);
    const Warehouse w =
        warehouseArg(cat, a.value(QStringLiteral("--warehouse")), QStringLiteral("--warehouse"));
    const QStringList skus = a.value(QStringLiteral("--sku"))
                                 .value_or(QString())
                                 .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString note = a.value(QStringLiteral("--note")).value_or(QString());
    a.expectEmpty();
    StockStore st(c.db->connection(), c.session);
    const qint64 id = st.startStocktake(w.id, skus, note);
    out() << Ctl::tr("Stocktake %1 of %2 started: %L3 lines to count.")
                 .arg(id)
                 .arg(w.code)
                 .arg(st.stocktake(id).lines)
          << '\n';
    return Ok;
}

int stocktakeList(Context& c)
{
    const bool open = c.args.flag(QStringLiteral("--open"));
    c.args.expectEmpty();
    for (const Stocktake& s : StockStore(c.db->connection(), c.session).stocktakes(open))
        out() << QStringLiteral("%1\t%2\t%3\t%4/%5\t%6\t%7\n")
                     .arg(s.id)
                     .arg(s.warehouseCode, stocktakestate::labelForCode(s.state))
                     .arg(s.counted)
                     .arg(s.lines)
                     .arg(localTime(s.startedAt.toSecsSinceEpoch()), s.note);
    out().flush();
    return Ok;
}

int stocktakeShow(Context& c)
{
    const bool all = c.args.flag(QStringLiteral("--all"));
    const qint64 id = idArg(c.args.rest(), Ctl::tr("stocktake show ID [--all]"));
    StockStore st(c.db->connection(), c.session);
    const Stocktake s = st.stocktake(id);
    out() << Ctl::tr("Stocktake %1 of %2, %3: %L4 of %L5 lines counted.")
                 .arg(s.id)
                 .arg(s.warehouseCode, stocktakestate::labelForCode(s.state))
                 .arg(s.counted)
                 .arg(s.lines)
          << '\n';
    out() << Ctl::tr("SKU\texpected\tcounted\tvariance\tmoved since") << '\n';
    for (const StocktakeLine& l : st.stocktakeLines(id))
        if (all || l.counted)
            out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                         .arg(l.sku)
                         .arg(l.expected)
                         .arg(l.counted ? QString::number(*l.counted) : QStringLiteral("-"))
                         .arg(l.variance())
                         .arg(l.movedSince());
    out().flush();
    return Ok;
}

int stocktakeImport(Context& c)
{
    const QStringList rest = c.args.rest();
    if (rest.size() != 2)
        throw UsageError{Ctl::tr("stocktake import ID FILE.csv (\"sku,counted\")")};
    const qint64 id = idArg(rest, {});
    StockStore st(c.db->connection(), c.session);
    const auto counts = st.readCountFile(id, readFile(rest[1]));
    const int n = st.enterCounts(id, counts);
    out() << Ctl::tr("%n line(s) counted.", nullptr, n) << '\n';
    return Ok;
}

int stocktakeCount(Context& c)
{
    QStringList rest = c.args.rest();
    const qint64 id = idArg(rest, Ctl::tr("stocktake count ID SKU COUNTED [SKU COUNTED...]"));
    rest.removeFirst();
    if (rest.isEmpty() || rest.size() % 2)
        throw UsageError{Ctl::tr("stocktake count ID SKU COUNTED [SKU COUNTED...]")};
    QList<QPair<QString, qint64>> counts;
    for (qsizetype i = 0; i < rest.size(); i += 2)
        counts.push_back({rest[i], wholeArg(rest[i + 1], rest[i], 0, 1'000'000'000)});
    const int n = StockStore(c.db->connection(), c.session).enterCounts(id, counts);
    out() << Ctl::tr("%n line(s) counted.", nullptr, n) << '\n';
    return Ok;
}

int stocktakePost(Context& c)
{
    const qint64 id = idArg(c.args.rest(), Ctl::tr("stocktake post ID"));
    const int n = StockStore(c.db->connection(), c.session).postStocktake(id);
    out() << Ctl::tr("Stocktake %1 posted: %n line(s) changed the stock.", nullptr, n).arg(id)
          << '\n';
    return Ok;
}

int stocktakeCancel(Context& c)
{
    const qint64 id = idArg(c.args.rest(), Ctl::tr("stocktake cancel ID"));
    StockStore(c.db->connection(), c.session).cancelStocktake(id);
    out() << Ctl::tr("Stocktake %1 cancelled.").arg(id) << '\n';
    return Ok;
}

// ---------------------------------------------------------------- transfers

int transferCreate(Context& c)
{
    Args& a = c.args;
    CatalogueStore cat(c.db->connection(), c.session);
    const Warehouse from =
        warehouseArg(cat, a.value(QStringLiteral("--from")), QStringLiteral("--from"));
    const Warehouse to = warehouseArg(cat, a.value(QStringLiteral("--to")), QStringLiteral("--to"));
    const QString note = a.value(QStringLiteral("--note")).value_or(QString());
    QList<StockStore::TransferRequest> lines;
    for (const auto& [p, qty] : skuQuantities(cat, a.rest(), 1))
        lines << StockStore::TransferRequest{p.id, qty};
    const qint64 id =
        StockStore(c.db->connection(), c.session).createTransfer(from.id, to.id, lines, note);
    out() << Ctl::tr("Transfer %1 from %2 to %3 drafted.").arg(id).arg(from.code, to.code) << '\n';
    return Ok;
}

int transferList(Context& c)
{
    const bool open = c.args.flag(QStringLiteral("--open"));
    c.args.expectEmpty();
    StockStore st(c.db->connection(), c.session);
    for (const Transfer& t : st.transfers(open)) {
        const Transfer full = st.transfer(t.id);
        qint64 units = 0;
        for (const TransferLine& l : full.lines)
            units += l.quantity;
        out() << QStringLiteral("%1\t%2 -> %3\t%4\t%5\t%6\n")
                     .arg(t.id)
                     .arg(t.fromCode, t.toCode, transferstate::labelForCode(t.state))
                     .arg(Ctl::tr("%L1 units").arg(units))
                     .arg(t.note);
    }
    out().flush();
    return Ok;
}

int transferSend(Context& c)
{
    const qint64 id = idArg(c.args.rest(), Ctl::tr("transfer send ID"));
    StockStore(c.db->connection(), c.session).sendTransfer(id);
    out() << Ctl::tr("Transfer %1 is in transit.").arg(id) << '\n';
    return Ok;
}

int transferReceive(Context& c)
{
    QStringList rest = c.args.rest();
    const qint64 id = idArg(rest, Ctl::tr("transfer receive ID [SKU RECEIVED...]"));
    rest.removeFirst();
    CatalogueStore cat(c.db->connection(), c.session);
    QList<StockStore::TransferRequest> received;
    if (!rest.isEmpty())
        for (const auto& [p, qty] : skuQuantities(cat, rest, 0))
            received << StockStore::TransferRequest{p.id, qty};
    StockStore st(c.db->connection(), c.session);
    st.receiveTransfer(id, received);
    qint64 shortfall = 0;
    for (const TransferLine& l : st.transfer(id).lines)
        shortfall += l.shortfall();
    out() << (shortfall
                  ? Ctl::tr("Transfer %1 received, %n unit(s) short.", nullptr, int(shortfall))
                        .arg(id)
                  : Ctl::tr("Transfer %1 received in full.").arg(id))
          << '\n';
    return Ok;
}

int unknown(Context& c)
{
    throw UsageError{Ctl::tr("Unknown command \"%1 %2\".").arg(c.group, c.word)};
}

const Command commands[] = {
    {"stock", "list",
     QT_TRANSLATE_NOOP("docketctl", "  stock list [--sku SKU | --warehouse CODE --low ...]\n"),
     stockList},
    {"stock", "receive",
     QT_TRANSLATE_NOOP("docketctl", "  stock receive --warehouse CODE SKU QTY [SKU QTY...] "
                                    "[--note TEXT]\n"),
     stockReceive},
    {"stock", "adjust",
     QT_TRANSLATE_NOOP("docketctl",
                       "  stock adjust --warehouse CODE SKU ON_HAND --reason TEXT\n"
                       "  stock adjust --warehouse CODE --write-off QTY SKU --reason TEXT\n"),
     stockAdjust},
    {"stock", "movements",
     QT_TRANSLATE_NOOP("docketctl", "  stock movements [--sku SKU] [--warehouse CODE] "
                                    "[--limit N]\n"),
     stockMovements},
    {"stock", "verify",
     QT_TRANSLATE_NOOP("docketctl", "  stock verify                    proves the stock "
                                    "figures equal the ledger\n"),
     stockVerify},
    {"stock", "analytics",
     QT_TRANSLATE_NOOP("docketctl", "  stock analytics [--days N] [--by product|channel] [--top "
                                    "N]  stock value, turnover, lost sales, return rates\n"),
     stockAnalytics},
    {"stock", "rebuild", QT_TRANSLATE_NOOP("docketctl", "  stock rebuild\n"), stockRebuild},
    {"stock", "seed",
     QT_TRANSLATE_NOOP("docketctl", "  stock seed [--products N] [--warehouses W] [--seed S]  "
                                    "demo warehouses, products and stock,\n"
                                    "             [--returns N] [--feedback N]  returns in "
                                    "every state, feedback\n"),
     stockSeed, BeforeUsers},
    {"stock", "*", nullptr, unknown},
    {"stocktake", "start",
     QT_TRANSLATE_NOOP("docketctl", "  stocktake start --warehouse CODE [--sku SKU,...] [--note "
                                    "TEXT]\n"),
     stocktakeStart},
    {"stocktake", "list", QT_TRANSLATE_NOOP("docketctl", "  stocktake list [--open]\n"),
     stocktakeList},
    {"stocktake", "show", QT_TRANSLATE_NOOP("docketctl", "  stocktake show ID [--all]\n"),
     stocktakeShow},
    {"stocktake", "count",
     QT_TRANSLATE_NOOP("docketctl", "  stocktake count ID SKU COUNTED [SKU COUNTED...]\n"),
     stocktakeCount},
    {"stocktake", "import",
     QT_TRANSLATE_NOOP("docketctl", "  stocktake import ID FILE.csv     a scanner's "
                                    "\"sku,counted\" file\n"),
     stocktakeImport},
    {"stocktake", "post", QT_TRANSLATE_NOOP("docketctl", "  stocktake post ID | cancel ID\n"),
     stocktakePost},
    {"stocktake", "cancel", nullptr, stocktakeCancel},
    {"stocktake", "*", nullptr, unknown},
    {"transfer", "create",
     QT_TRANSLATE_NOOP("docketctl", "  transfer create --from CODE --to CODE SKU QTY [SKU "
                                    "QTY...] [--note TEXT]\n"),
     transferCreate},
    {"transfer", "list", QT_TRANSLATE_NOOP("docketctl", "  transfer list [--open]\n"),
     transferList},
    {"transfer", "send", QT_TRANSLATE_NOOP("docketctl", "  transfer send ID\n"), transferSend},
    {"transfer", "receive",
     QT_TRANSLATE_NOOP("docketctl", "  transfer receive ID [SKU RECEIVED...]  what did not "
                                    "arrive is recorded short\n"),
     transferReceive},
    {"transfer", "*", nullptr, unknown},
};

} // namespace

Commands stockCommands()
{
    return commands;
}

} // namespace docket::ctl
