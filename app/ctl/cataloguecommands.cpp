// `products ...` and `warehouses ...`: the catalogue through CatalogueStore
// (and so its rules, rights and audit).

#include "args.h"
#include "catalogueargs.h"
#include "command.h"
#include "ctl.h"
#include "domain/errors.h"
#include "export/partialfile.h"
#include "stores/cataloguestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace docket::ctl {

namespace {

// ---------------------------------------------------------------- products

int productsList(Context& c)
{
    Args& a = c.args;
    CatalogueStore cat(c.db->connection(), c.session);
    const CatalogueFilter f = readCatalogueFilter(a, cat);
    const qint64 limit = a.integer(QStringLiteral("--limit"), 50, 1, 1'000'000);
    const bool json = a.flag(QStringLiteral("--json"));
    a.expectEmpty();
    const auto rows = cat.page(f, {}, 0, int(limit));
    QList<qint64> ids;
    for (const auto& r : rows)
        ids << r.product.id;
    const auto rate = cat.shippedPerDay(ids);
    if (json) {
        QJsonArray arr;
        for (const auto& r : rows) {
            QJsonObject o{{QStringLiteral("sku"), r.product.sku},
                          {QStringLiteral("name"), r.product.name},
                          {QStringLiteral("price"), r.product.price.toPlainString()},
                          {QStringLiteral("cost"), r.product.cost.toPlainString()},
                          {QStringLiteral("active"), r.product.active},
                          {QStringLiteral("safety_stock"), r.product.safetyStock},
                          {QStringLiteral("on_hand"), r.onHand},
                          {QStringLiteral("reserved"), r.reserved},
                          {QStringLiteral("available"), r.available()},
                          {QStringLiteral("backordered"), r.backordered},
                          {QStringLiteral("low"), r.low}};
            if (const auto d = CatalogueStore::daysOfCover(r.available(), rate.value(r.product.id)))
                o.insert(QStringLiteral("days_of_cover"), qRound(*d * 10) / 10.0);
            arr.append(o);
        }
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const auto& r : rows) {
        const auto d = CatalogueStore::daysOfCover(r.available(), rate.value(r.product.id));
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7%8%9\n")
                     .arg(r.product.sku, r.product.name, r.product.price.toPlainString())
                     .arg(r.onHand)
                     .arg(r.reserved)
                     .arg(r.available())
                     .arg(d ? Ctl::tr("\t%1 days").arg(qRound(*d)) : QString())
                     .arg(r.low ? Ctl::tr("\t[low]") : QString())
                     .arg(r.product.active ? QString() : Ctl::tr("\t[inactive]"));
    }
    out() << Ctl::tr("%L1 of %L2 products shown.").arg(rows.size()).arg(cat.count(f)) << '\n';
    out().flush();
    return Ok;
}

int productsImport(Context& c)
{
    Args& a = c.args;
    const bool dryRun = a.flag(QStringLiteral("--dry-run"));
    const QStringList rest = a.rest();
    if (rest.size() != 1)
        throw UsageError{Ctl::tr("Name one file: products import FILE.csv (\"-\" reads standard "
                                 "input).")};
    CatalogueStore cat(c.db->connection(), c.session);
    const auto rows = cat.previewImport(readFile(rest.first()));
    int bad = 0;
    int fresh = 0;
    int changed = 0;
    for (const auto& r : rows) {
        if (!r.error.isEmpty()) {
            err() << r.error << '\n';
            ++bad;
        } else if (r.isNew) {
            ++fresh;
        } else if (r.changes) {
            ++changed;
        }
    }
    err().flush();
    if (bad) {
        out() << Ctl::tr("%n row(s) have problems; nothing was imported.", nullptr, bad) << '\n';
        return Usage;
    }
    if (dryRun) {
        out() << Ctl::tr("Would add %L1 products and change %L2 (%L3 unchanged); nothing was "
                         "written.")
                     .arg(fresh)
                     .arg(changed)
                     .arg(rows.size() - fresh - changed)
              << '\n';
        return Ok;
    }
    cat.commitImport(rows);
    out() << Ctl::tr("Added %L1 products and changed %L2 (%L3 unchanged).")
                 .arg(fresh)
                 .arg(changed)
                 .arg(rows.size() - fresh - changed)
          << '\n';
    return Ok;
}

int productsExport(Context& c)
{
    Args& a = c.args;
    CatalogueStore cat(c.db->connection(), c.session);
    const CatalogueFilter f = readCatalogueFilter(a, cat);
    const QStringList rest = a.rest();
    const QByteArray csv = cat.exportCsv(f);
    if (rest.isEmpty() || rest.first() == QLatin1String("-")) {
        out() << QString::fromUtf8(csv);
        out().flush();
        return Ok;
    }
    // Beside the target and moved into place: a failed write leaves no half file.
    partialfile::writeAll(rest.first(), csv, Ctl::tr("Cannot write %1: %2"));
    out() << Ctl::tr("Wrote %1.").arg(rest.first()) << '\n';
    return Ok;
}

int productsAdd(Context& c)
{
    Args& a = c.args;
    CatalogueStore store(c.db->connection(), c.session);
    const QString currency = store.currency();
    Product p;
    p.price = Money(0, currency);
    p.cost = Money(0, currency);
    if (auto v = a.value(QStringLiteral("--price"))) {
        const auto m = Money::parse(*v, currency);
        if (!m)
            throw UsageError{Ctl::tr("--price: \"%1\" is not an amount such as 12.50.").arg(*v)};
        p.price = *m;
    }
    if (auto v = a.value(QStringLiteral("--cost"))) {
        const auto m = Money::parse(*v, currency);
        if (!m)
            throw UsageError{Ctl::tr("--cost: \"%1\" is not an amount such as 7.25.").arg(*v)};
        p.cost = *m;
    }
    p.safetyStock = a.integer(QStringLiteral("--safety-stock"), 0, 0, 1'000'000'000);
    const QStringList rest = a.rest();
    if (rest.size() != 2)
        throw UsageError{Ctl::tr("products add SKU NAME [--price P] [--cost C] [--safety-stock "
                                 "N]")};
    p.sku = rest[0];
    p.name = rest[1];
    store.saveProduct(p);
    out() << Ctl::tr("Added %1.").arg(catalogue::normalizeSku(p.sku)) << '\n';
    return Ok;
}

// ---------------------------------------------------------------- warehouses

int warehousesList(Context& c)
{
    c.args.expectEmpty();
    CatalogueStore cat(c.db->connection(), c.session);
    const auto channels = cat.channelWarehouses();
    for (const Warehouse& w : cat.warehouses()) {
        QStringList served;
        for (auto it = channels.cbegin(); it != channels.cend(); ++it)
            if (it.value() == w.id)
                served << it.key();
        out() << QStringLiteral("%1\t%2\t%3%4\n")
                     .arg(w.code, w.name,
                          served.isEmpty() ? QStringLiteral("-") : served.join(QLatin1Char(',')),
                          w.active ? QString() : Ctl::tr("\t[inactive]"));
    }
    out().flush();
    return Ok;
}

int warehousesAdd(Context& c)
{
    Args& a = c.args;
    const QString address = a.value(QStringLiteral("--address")).value_or(QString());
    const QStringList rest = a.rest();
    if (rest.size() != 2)
        throw UsageError{Ctl::tr("warehouses add CODE NAME [--address TEXT]")};
    Warehouse w;
    w.code = rest[0];
    w.name = rest[1];
    w.address = QString(address).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    CatalogueStore(c.db->connection(), c.session).saveWarehouse(w);
    out() << Ctl::tr("Added warehouse %1.").arg(catalogue::normalizeWarehouseCode(w.code)) << '\n';
    return Ok;
}

int warehousesChannel(Context& c)
{
    const QStringList rest = c.args.rest();
    if (rest.size() != 2)
        throw UsageError{Ctl::tr("warehouses channel CHANNEL CODE (\"none\": the channel stops "
                                 "tracking stock)")};
    CatalogueStore cat(c.db->connection(), c.session);
    const qint64 id = rest[1] == QLatin1String("none")
                          ? 0
                          : warehouseArg(cat, rest[1], QStringLiteral("CODE")).id;
    cat.setChannelWarehouse(rest[0], id);
    out() << (id ? Ctl::tr("Orders of %1 reserve in %2.").arg(rest[0], rest[1].toUpper())
                 : Ctl::tr("Orders of %1 no longer track stock.").arg(rest[0]))
          << '\n';
    return Ok;
}

int unknown(Context& c)
{
    throw UsageError{Ctl::tr("Unknown command \"%1 %2\".").arg(c.group, c.word)};
}

const Command commands[] = {
    {"products", "list",
     QT_TRANSLATE_NOOP(
         "docketctl", "  products list [--search TEXT] [--low] [--backordered] [--warehouse CODE]\n"
                      "                [--inactive|--all] [--limit N] [--json]\n"),
     productsList},
    {"products", "add",
     QT_TRANSLATE_NOOP("docketctl", "  products add SKU NAME [--price P] [--cost C] "
                                    "[--safety-stock N]\n"),
     productsAdd},
    {"products", "import",
     QT_TRANSLATE_NOOP("docketctl", "  products import FILE.csv [--dry-run]  "
                                    "sku,name,price,cost,safety_stock,active; all or nothing\n"),
     productsImport},
    {"products", "export",
     QT_TRANSLATE_NOOP("docketctl", "  products export [FILE.csv] [--search TEXT] [--low]\n"),
     productsExport},
    {"products", "*", nullptr, unknown},
    {"warehouses", "list", QT_TRANSLATE_NOOP("docketctl", "  warehouses list\n"), warehousesList},
    {"warehouses", "add",
     QT_TRANSLATE_NOOP("docketctl", "  warehouses add CODE NAME [--address TEXT]\n"),
     warehousesAdd},
    {"warehouses", "channel",
     QT_TRANSLATE_NOOP("docketctl", "  warehouses channel CHANNEL CODE|none  where a channel's "
                                    "orders reserve\n"),
     warehousesChannel},
    {"warehouses", "*", nullptr, unknown},
};

} // namespace

Commands catalogueCommands()
{
    return commands;
}

} // namespace docket::ctl
