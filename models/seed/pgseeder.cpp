#include "pgseeder.h"

#include "ordergenerator.h"
#include "seedvocabulary.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "stores/analyticsstore.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <vector>

namespace docket {

namespace {

// One column of a chunk as a PostgreSQL array literal ("{1,NULL,"a\"b"}"),
// bound as one text parameter and cast on the server.
class Column
{
public:
    void add(qint64 v)
    {
        sep();
        m_text += QByteArray::number(v);
    }
    void add(const QByteArray& utf8)
    {
        sep();
        m_text += '"';
        for (char c : utf8) {
            if (c == '"' || c == '\\')
                m_text += '\\';
            m_text += c;
        }
        m_text += '"';
    }
    void add(const char* utf8) { add(QByteArray(utf8)); }
    void null()
    {
        sep();
        m_text += "NULL";
    }
    QVariant take()
    {
        const QString s = QString::fromUtf8('{' + m_text + '}');
        m_text.clear();
        m_count = 0;
        return s;
    }
    qint64 size() const { return m_count; }

private:
    void sep()
    {
        if (m_count++)
            m_text += ',';
    }
    QByteArray m_text;
    qint64 m_count = 0;
};

// `count` fresh ids from `sequence`, in the order handed out.
std::vector<qint64> reserveIds(const QSqlDatabase& db, const QString& sequence, qint64 count)
{
    std::vector<qint64> ids;
    ids.reserve(std::size_t(count));
    if (count <= 0)
        return ids;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT nextval(CAST(? AS regclass)) FROM "
                                          "generate_series(1, CAST(? AS BIGINT))"),
                           {sequence, count});
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

QString unnestInsert(const char* table, const char* columns, const char* select, const char* types)
{
    return QStringLiteral("INSERT INTO %1(%2) SELECT %3 FROM unnest(%4)")
        .arg(QLatin1String(table), QLatin1String(columns), QLatin1String(select),
             QLatin1String(types));
}

} // namespace

SeedResult seedOrdersPostgres(OrderStore& store, const SeedOptions& opt, const ProgressFn& progress)
{
    store.session().require(Permission::CreateOrders);
    if (store.backend() != Backend::PostgreSQL)
        throw DocketError(DocketError::Code::Invalid,
                          QCoreApplication::translate(
                              "Seeder", "This seeder writes to PostgreSQL databases only."));
    seed::OrderGenerator gen(opt);
    QSqlDatabase db = store.database();
    const qint64 now = gen.now();
    SeedResult result;
    const auto cancelled = [] {
        return DocketError(DocketError::Code::Cancelled,
                           QCoreApplication::translate("Seeder", "Cancelled; nothing was added."));
    };
    if (progress && !progress(0, opt.orders))
        throw cancelled();

    sql::WriteTransaction tx(db);
    // The seeder writes each order's trail itself (with its historic times),
    // so the server's audit triggers stand aside for this transaction.
    dialect::suspendAudit(db);
    // A bulk load: commit without waiting for the disk, and room for the
    // index builds at the end.
    sql::run(db, QStringLiteral("SET LOCAL synchronous_commit = off"));
    sql::run(db, QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));

    // A large load into a small table: drop the secondary indexes and build
    // them again afterwards, several times faster than maintaining them row
    // by row (GIN trigram indexes especially). Constraint indexes stay.
    QStringList rebuild;
    bool analyticsBulk = false;
    const qint64 existing =
        sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    if (opt.orders >= 50000 && opt.orders > existing) {
        QSqlQuery q = sql::run(
            db, QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE "
                               "i.schemaname = current_schema() AND i.tablename IN ('orders', "
                               "'order_lines', 'order_events') AND NOT EXISTS (SELECT 1 FROM "
                               "pg_constraint c WHERE c.conname = i.indexname)"));
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            rebuild << q.value(1).toString();
        }
        for (const QString& n : names)
            sql::run(db, QStringLiteral("DROP INDEX %1")
                             .arg(db.driver()->escapeIdentifier(n, QSqlDriver::TableName)));
        // The analytics summaries' insert triggers (an upsert per order and per
        // line, 0003_analytics.sql) stand aside too; the summaries are rebuilt
        // from all orders in one pass afterwards, when the session may do that
        // and the connection owns the tables (ALTER TABLE).
        const Session& session = store.session();
        analyticsBulk = session.can(Permission::ChangeSettings) &&
                        session.scope().kind == Scope::Kind::All &&
                        sql::scalar(db, QStringLiteral("SELECT pg_has_role(current_user, "
                                                       "relowner, 'USAGE') AND EXISTS (SELECT 1 "
                                                       "FROM pg_trigger WHERE tgname = "
                                                       "'analytics_orders_ai') FROM pg_class "
                                                       "WHERE oid = CAST('orders' AS regclass)"))
                            .toBool();
        if (analyticsBulk) {
            sql::run(db, QStringLiteral("ALTER TABLE orders DISABLE TRIGGER analytics_orders_ai"));
            sql::run(db, QStringLiteral("ALTER TABLE order_lines DISABLE TRIGGER analytics_lines"));
        }
    }

    // Products: reuse the catalogue if there is one.
    std::vector<seed::Product> products = seed::existingCatalogue(db);
    if (products.empty()) {
        products = gen.catalogue();
        const auto ids = reserveIds(db, QStringLiteral("products_id_seq"), qint64(products.size()));
        Column id, sku, name, price;
        for (std::size_t n = 0; n < products.size(); ++n) {
            seed::Product& p = products[n];
            p.id = ids[n];
            id.add(p.id);
            sku.add(p.sku);
            name.add(p.name);
            price.add(p.price);
        }
        sql::run(db,
                 unnestInsert("products", "id, sku, name, unit_price_cents", "*",
                              "CAST(? AS BIGINT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), "
                              "CAST(? AS BIGINT[])"),
                 {id.take(), sku.take(), name.take(), price.take()});
        result.products = qint64(products.size());
    }

    // Customers: about one per five orders.
    std::vector<seed::Customer> customers;
    const qint64 customerCount = gen.customerCount();
    {
        const auto ids = reserveIds(db, QStringLiteral("customers_id_seq"), customerCount);
        customers.reserve(std::size_t(customerCount));
        Column id, name, email, phone, region, created;
        auto flush = [&] {
            sql::run(db,
                     unnestInsert("customers", "id, name, email, phone, region, created_at", "*",
                                  "CAST(? AS BIGINT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), "
                                  "CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS BIGINT[])"),
                     {id.take(), name.take(), email.take(), phone.take(), region.take(),
                      created.take()});
        };
        for (qint64 i = 0; i < customerCount; ++i) {
            seed::Customer c = gen.customer(ids[std::size_t(i)]);
            id.add(c.id);
            name.add(c.name);
            email.add(c.email);
            phone.add(c.phone);
            region.add(seedvocabulary::kCities[c.city][2]);
            created.add(now - opt.days * 86400LL);
            customers.push_back(std::move(c));
            if (id.size() >= 10000)
                flush();
        }
        if (id.size())
            flush();
        result.customers = customerCount;
    }

    const QString insertOrders = unnestInsert(
        "orders",
        "id, number, customer_id, customer_name, email, phone, ship_street, ship_city, "
        "ship_postcode, ship_region, ship_country, channel, status, currency, total_cents, note, "
        "created_at, updated_at, created_by, assigned_to, seen_at, seen_by, invalid_at, "
        "invalid_by, invalid_reason, version",
        "a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, 'EUR', a14, '', a15, a16, a17, "
        "a18, a19, a20, a21, a22, a23, 1",
        "CAST(? AS BIGINT[]), CAST(? AS TEXT[]), CAST(? AS BIGINT[]), CAST(? AS TEXT[]), "
        "CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), "
        "CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), "
        "CAST(? AS TEXT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), "
        "CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS BIGINT[]), CAST(? AS TEXT[]), "
        "CAST(? AS BIGINT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[])) AS t(a1, a2, a3, a4, a5, a6, "
        "a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23");
    const QString insertLines = unnestInsert(
        "order_lines", "order_id, line_no, product_id, sku, name, quantity, unit_price_cents", "*",
        "CAST(? AS BIGINT[]), CAST(? AS INTEGER[]), CAST(? AS BIGINT[]), CAST(? AS TEXT[]), "
        "CAST(? AS TEXT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[])");
    const QString insertEvents =
        unnestInsert("order_events", "order_id, at, actor, kind, new_value, note", "*",
                     "CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS TEXT[]), "
                     "CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[])");

    constexpr qint64 kChunk = 5000;
    Column oId, oNumber, oCustomer, oName, oEmail, oPhone, oStreet, oCity, oPostcode, oRegion,
        oCountry, oChannel, oStatus, oTotal, oCreated, oUpdated, oCreatedBy, oAssigned, oSeenAt,
        oSeenBy, oInvalidAt, oInvalidBy, oReason;
    Column lOrder, lNo, lProduct, lSku, lName, lQty, lPrice;
    Column eOrder, eAt, eActor, eKind, eNew, eNote;
    auto flush = [&] {
        if (!oId.size())
            return;
        sql::run(
            db, insertOrders,
            QVariantList{oId.take(),        oNumber.take(),    oCustomer.take(), oName.take(),
                         oEmail.take(),     oPhone.take(),     oStreet.take(),   oCity.take(),
                         oPostcode.take(),  oRegion.take(),    oCountry.take(),  oChannel.take(),
                         oStatus.take(),    oTotal.take(),     oCreated.take(),  oUpdated.take(),
                         oCreatedBy.take(), oAssigned.take(),  oSeenAt.take(),   oSeenBy.take(),
                         oInvalidAt.take(), oInvalidBy.take(), oReason.take()});
        sql::run(db, insertLines,
                 {lOrder.take(), lNo.take(), lProduct.take(), lSku.take(), lName.take(),
                  lQty.take(), lPrice.take()});
        sql::run(
            db, insertEvents,
            {eOrder.take(), eAt.take(), eActor.take(), eKind.take(), eNew.take(), eNote.take()});
    };

    std::vector<qint64> ids;
    for (qint64 i = 0; i < opt.orders; ++i) {
        if (i % kChunk == 0) {
            ids = reserveIds(db, QStringLiteral("orders_id_seq"),
                             std::min<qint64>(kChunk, opt.orders - i));
            if (i == 0 && !ids.empty())
                result.firstOrderId = ids.front();
        }
        const seed::Order o = gen.order(i, ids[std::size_t(i % kChunk)], customers, products);
        const seed::Customer& c = *o.customer;
        oId.add(o.id);
        oNumber.add(o.number);
        oCustomer.add(c.id);
        oName.add(c.name);
        oEmail.add(c.email);
        oPhone.add(c.phone);
        oStreet.add(o.street);
        oCity.add(o.city[0]);
        oPostcode.add(o.city[1]);
        oRegion.add(o.city[2]);
        oCountry.add(o.city[3]);
        oChannel.add(o.channel);
        oStatus.add(o.status);
        oTotal.add(o.total);
        oCreated.add(o.created);
        oUpdated.add(o.created);
        oCreatedBy.add("storefront");
        oAssigned.add(o.assignedTo);
        if (o.isNew) {
            oSeenAt.null();
            oSeenBy.null();
        } else {
            oSeenAt.add(o.seenAt);
            oSeenBy.add(o.seenBy);
        }
        if (o.invalid) {
            oInvalidAt.add(o.invalidAt());
            oInvalidBy.add("supervisor");
            oReason.add(o.reason);
        } else {
            oInvalidAt.null();
            oInvalidBy.null();
            oReason.null();
        }
        for (int l = 0; l < o.lineCount; ++l) {
            lOrder.add(o.id);
            lNo.add(l + 1);
            lProduct.add(o.lines[l].product->id);
            lSku.add(o.lines[l].product->sku);
            lName.add(o.lines[l].product->name);
            lQty.add(o.lines[l].quantity);
            lPrice.add(o.lines[l].product->price);
            ++result.lines;
        }
        eOrder.add(o.id);
        eAt.add(o.created);
        eActor.add("storefront");
        eKind.add("created");
        eNew.add(o.number);
        eNote.add("");
        if (o.invalid) {
            eOrder.add(o.id);
            eAt.add(o.invalidAt());
            eActor.add("supervisor");
            eKind.add("invalidated");
            eNew.add("");
            eNote.add(o.reason);
        }
        ++result.orders;
        if (oId.size() >= kChunk) {
            flush();
            if (progress && !progress(i + 1, opt.orders))
                throw cancelled();
        }
    }
    flush();
    for (const QString& create : rebuild)
        sql::run(db, create);
    if (analyticsBulk) {
        sql::run(db, QStringLiteral("ALTER TABLE orders ENABLE TRIGGER analytics_orders_ai"));
        sql::run(db, QStringLiteral("ALTER TABLE order_lines ENABLE TRIGGER analytics_lines"));
    }
    if (progress && !progress(opt.orders, opt.orders))
        throw cancelled();
    tx.commit();
    // The summaries cover every order: rebuilt as a whole, in a transaction of
    // their own. Should that fail, the orders are in and
    // AnalyticsStore::verifySummaries() reports the gap.
    if (analyticsBulk)
        AnalyticsStore(db, store.session()).rebuildSummaries();
    // Fresh statistics, so the planner picks the indexes for the new size.
    sql::run(db, QStringLiteral("ANALYZE customers, products, orders, order_lines, order_events"));
    if (opt.fulfilment > 0)
        seedFulfilment(store, result.firstOrderId, opt.fulfilment, opt.seed, now);
    return result;
}

} // namespace docket
