#include "seeder.h"

#include "ordergenerator.h"
#include "pgseeder.h"
#include "seedvocabulary.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "stores/analyticsstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <sqlite3.h>

namespace docket {

namespace {

struct Stmt
{
    sqlite3* db = nullptr;
    sqlite3_stmt* s = nullptr;
    Stmt(sqlite3* d, const char* text) : db(d)
    {
        if (sqlite3_prepare_v2(db, text, -1, &s, nullptr) != SQLITE_OK)
            throw failure();
    }
    ~Stmt() { sqlite3_finalize(s); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    void bind(int i, qint64 v) { sqlite3_bind_int64(s, i, v); }
    void bind(int i, const QByteArray& v)
    {
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, const char* v) { sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC); }
    void null(int i) { sqlite3_bind_null(s, i); }
    void step()
    {
        if (sqlite3_step(s) != SQLITE_DONE)
            throw failure();
        sqlite3_reset(s);
    }
    // In words (a full disk, ...), not SQLite's.
    DocketError failure() const
    {
        return sql::sqliteFailure(sqlite3_extended_errcode(db),
                                  QString::fromUtf8(sqlite3_errmsg(db)),
                                  QString::fromUtf8(sqlite3_db_filename(db, "main")), true);
    }
};

} // namespace

SeedResult seedOrders(OrderStore& store, const SeedOptions& opt, const ProgressFn& progress)
{
    if (store.backend() == Backend::PostgreSQL)
        return seedOrdersPostgres(store, opt, progress);
    store.session().require(Permission::CreateOrders);
    seed::OrderGenerator gen(opt);
    QSqlDatabase qdb = store.database();
    sqlite3* db = sql::sqliteHandle(qdb);
    if (!db)
        throw DocketError(DocketError::Code::Invalid,
                          QCoreApplication::translate("Seeder",
                                                      "Demo data can only be generated into a "
                                                      "SQLite database."));
    const qint64 now = gen.now();
    SeedResult result;

    // Bulk-load settings, undone on every way out: a large page cache, no fsync
    // (the commit is still atomic) and no foreign-key checks (every reference
    // below is to a row written just before it). PRAGMA foreign_keys has no
    // effect inside a transaction, so the guard outlives `tx`.
    struct Pragmas
    {
        QSqlDatabase db;
        bool foreignKeys;
        bool wal = false;
        ~Pragmas()
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            q.exec(QStringLiteral("PRAGMA cache_size = -16000"));
            q.exec(QStringLiteral("PRAGMA threads = 0"));
            if (foreignKeys)
                q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            if (wal && q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
                // Back in WAL, SQLite opens the WAL only at the connection's
                // next transaction. Until then a checkpoint of every database
                // ("PRAGMA wal_checkpoint", no schema) failed with
                // SQLITE_LOCKED: finding main's WAL not open, SQLite runs
                // "PRAGMA table_list" inside it to open it (pager.c,
                // sqlite3PagerCheckpoint); that statement's read transactions
                // on every database stay open while the outer PRAGMA runs, and
                // the next database's checkpoint (temp) finds its b-tree in a
                // transaction. One read of main opens the WAL now.
                q.exec(QStringLiteral("SELECT COUNT(*) FROM main.sqlite_master"));
                q.finish();
            }
        }
    } pragmas{qdb, sql::scalar(qdb, QStringLiteral("PRAGMA foreign_keys")).toBool()};
    sql::run(qdb, QStringLiteral("PRAGMA synchronous = OFF"));
    sql::run(qdb, QStringLiteral("PRAGMA cache_size = -512000"));
    sql::run(qdb, QStringLiteral("PRAGMA foreign_keys = OFF"));
    // CREATE INDEX may sort on a helper thread.
    sql::run(qdb, QStringLiteral("PRAGMA threads = 2"));
    // A big load leaves WAL mode while it runs: in WAL every new page is
    // written twice (into the WAL at the commit or when the cache spills,
    // then into the file by the checkpoint); with a rollback journal a page
    // past the file's old end is written once and never journaled. The commit
    // is as atomic either way. Only possible while no other connection has
    // the file open; then the load simply stays in WAL.
    if (opt.orders >= 50000 && sql::scalar(qdb, QStringLiteral("PRAGMA journal_mode")).toString() ==
                                   QLatin1String("wal")) {
        QSqlQuery q(qdb);
        pragmas.wal = q.exec(QStringLiteral("PRAGMA journal_mode = TRUNCATE")) && q.next() &&
                      q.value(0).toString() == QLatin1String("truncate");
    }
    sql::WriteTransaction tx(qdb);

    // A big load into a smaller table is done in bulk (measured at 1M orders
    // on 2 cores: 107 s row by row, 3x faster in bulk):
    //  - secondary indexes are dropped and rebuilt by sorting afterwards;
    //  - the FTS insert trigger is dropped and the new rows indexed with one
    //    INSERT ... SELECT: in a trigger, FTS5 flushes its pending terms at
    //    every statement (savepoint), writing a segment per order and merging
    //    them over and over, which made it two thirds of the seeding time;
    //  - the analytics insert triggers (an upsert per order and per line) are
    //    dropped and the summaries rebuilt from the orders in one pass, when
    //    the session may rebuild them (AnalyticsStore::rebuildSummaries).
    // Dropped indexes and triggers come back before the commit; a failure rolls
    // everything back, them included.
    QStringList recreate;
    bool ftsBulk = false;
    bool analyticsBulk = false;
    const qint64 existing =
        sql::scalar(qdb, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    if (opt.orders >= 50000 && opt.orders > existing) {
        const Session& session = store.session();
        const bool mayRebuild =
            session.can(Permission::ChangeSettings) && session.scope().kind == Scope::Kind::All;
        static const QRegularExpression onInsert(QStringLiteral("\\bINSERT\\s+ON\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
        QSqlQuery q = sql::run(qdb, QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                                   "WHERE type IN ('index', 'trigger') AND sql "
                                                   "IS NOT NULL AND tbl_name IN ('orders', "
                                                   "'order_lines', 'order_events')"));
        QList<std::pair<QString, QString>> drops;
        while (q.next()) {
            const QString type = q.value(0).toString();
            const QString name = q.value(1).toString();
            const QString text = q.value(2).toString();
            bool drop = type == QLatin1String("index");
            if (type == QLatin1String("trigger")) {
                const qsizetype body = text.indexOf(QLatin1String("BEGIN"), 0, Qt::CaseInsensitive);
                const bool insertTrigger = onInsert.match(text.left(body)).hasMatch();
                if (insertTrigger && name == QLatin1String("orders_fts_ai"))
                    drop = ftsBulk = true;
                else if (insertTrigger && mayRebuild &&
                         name.startsWith(QLatin1String("analytics_")))
                    drop = analyticsBulk = true;
            }
            if (drop) {
                drops.push_back({type.toUpper(), name});
                recreate << text;
            }
        }
        for (const auto& [type, name] : drops)
            sql::run(qdb, QStringLiteral("DROP %1 \"%2\"").arg(type, name));
    }

    // Products: reuse the catalogue if there is one.
    std::vector<seed::Product> products = seed::existingCatalogue(qdb);
    if (products.empty()) {
        Stmt ins(db, "INSERT INTO products(id, sku, name, unit_price_cents) VALUES (?, ?, ?, ?)");
        products = gen.catalogue();
        qint64 id = 1;
        for (seed::Product& p : products) {
            p.id = id++;
            ins.bind(1, p.id);
            ins.bind(2, p.sku);
            ins.bind(3, p.name);
            ins.bind(4, p.price);
            ins.step();
        }
        result.products = qint64(products.size());
    }

    // Customers: about one per five orders.
    std::vector<seed::Customer> customers;
    const qint64 customerCount = gen.customerCount();
    {
        const qint64 firstId = sql::scalar(qdb, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 "
                                                               "FROM customers"))
                                   .toLongLong();
        Stmt ins(db, "INSERT INTO customers(id, name, email, phone, region, created_at) VALUES "
                     "(?, ?, ?, ?, ?, ?)");
        customers.reserve(std::size_t(customerCount));
        for (qint64 i = 0; i < customerCount; ++i) {
            seed::Customer c = gen.customer(firstId + i);
            ins.bind(1, c.id);
            ins.bind(2, c.name);
            ins.bind(3, c.email);
            ins.bind(4, c.phone);
            ins.bind(5, seedvocabulary::kCities[c.city][2]);
            ins.bind(6, now - opt.days * 86400LL);
            ins.step();
            customers.push_back(std::move(c));
        }
        result.customers = customerCount;
    }

    const qint64 firstOrderId =
        sql::scalar(qdb, QStringLiteral("SELECT MAX(COALESCE((SELECT MAX(id) FROM orders), 0), "
                                        "COALESCE((SELECT MAX(order_id) FROM order_archive), 0)) "
                                        "+ 1"))
            .toLongLong();
    result.firstOrderId = firstOrderId;
    Stmt insOrder(db, "INSERT INTO orders(id, number, customer_id, customer_name, email, phone, "
                      "ship_street, ship_city, ship_postcode, ship_region, ship_country, channel, "
                      "status, currency, total_cents, note, created_at, updated_at, created_by, "
                      "assigned_to, seen_at, seen_by, invalid_at, invalid_by, invalid_reason, "
                      "version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                      "'EUR', ?14, '', ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, 1)");
    Stmt insLine(db, "INSERT INTO order_lines(order_id, line_no, product_id, sku, name, quantity, "
                     "unit_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?)");
    Stmt insEvent(db, "INSERT INTO order_events(order_id, at, actor, kind, new_value, note) "
                      "VALUES (?, ?, ?, ?, ?, ?)");

    for (qint64 i = 0; i < opt.orders; ++i) {
        const seed::Order o = gen.order(i, firstOrderId + i, customers, products);
        const seed::Customer& c = *o.customer;
        insOrder.bind(1, o.id);
        insOrder.bind(2, o.number);
        insOrder.bind(3, c.id);
        insOrder.bind(4, c.name);
        insOrder.bind(5, c.email);
        insOrder.bind(6, c.phone);
        insOrder.bind(7, o.street);
        insOrder.bind(8, o.city[0]);
        insOrder.bind(9, o.city[1]);
        insOrder.bind(10, o.city[2]);
        insOrder.bind(11, o.city[3]);
        insOrder.bind(12, o.channel);
        insOrder.bind(13, o.status);
        insOrder.bind(14, o.total);
        insOrder.bind(15, o.created);
        insOrder.bind(16, o.created);
        insOrder.bind(17, "storefront");
        insOrder.bind(18, o.assignedTo);
        if (o.isNew) {
            insOrder.null(19);
            insOrder.null(20);
        } else {
            insOrder.bind(19, o.seenAt);
            insOrder.bind(20, o.seenBy);
        }
        if (o.invalid) {
            insOrder.bind(21, o.invalidAt());
            insOrder.bind(22, "supervisor");
            insOrder.bind(23, o.reason);
        } else {
            insOrder.null(21);
            insOrder.null(22);
            insOrder.null(23);
        }
        insOrder.step();
        for (int l = 0; l < o.lineCount; ++l) {
            insLine.bind(1, o.id);
            insLine.bind(2, l + 1);
            insLine.bind(3, o.lines[l].product->id);
            insLine.bind(4, o.lines[l].product->sku);
            insLine.bind(5, o.lines[l].product->name);
            insLine.bind(6, o.lines[l].quantity);
            insLine.bind(7, o.lines[l].product->price);
            insLine.step();
            ++result.lines;
        }
        insEvent.bind(1, o.id);
        insEvent.bind(2, o.created);
        insEvent.bind(3, "storefront");
        insEvent.bind(4, "created");
        insEvent.bind(5, o.number);
        insEvent.bind(6, "");
        insEvent.step();
        if (o.invalid) {
            insEvent.bind(1, o.id);
            insEvent.bind(2, o.invalidAt());
            insEvent.bind(3, "supervisor");
            insEvent.bind(4, "invalidated");
            insEvent.bind(5, "");
            insEvent.bind(6, o.reason);
            insEvent.step();
        }
        ++result.orders;
        if (progress && (i % 20000 == 0) && !progress(i, opt.orders))
            throw DocketError(
                DocketError::Code::Cancelled,
                QCoreApplication::translate("Seeder", "Cancelled; nothing was added."));
    }
    if (progress)
        progress(opt.orders, opt.orders);
    if (ftsBulk) // what orders_fts_ai (0001_initial.sql) does, for all new rows at once
        sql::run(qdb,
                 QStringLiteral("INSERT INTO order_fts(rowid, customer_name, email, phone) "
                                "SELECT id, customer_name, email, phone FROM orders WHERE id >= ? "
                                "ORDER BY id"),
                 {firstOrderId});
    for (const QString& create : recreate)
        sql::run(qdb, create);
    tx.commit();
    // The summaries cover every order, so they are rebuilt as a whole, in a
    // transaction of their own (rebuildSummaries opens it). Should this fail,
    // the orders are in and AnalyticsStore::verifySummaries() reports the gap.
    if (analyticsBulk)
        AnalyticsStore(qdb, store.session()).rebuildSummaries();
    sql::run(qdb, QStringLiteral("PRAGMA analysis_limit = 1000"));
    sql::run(qdb, QStringLiteral("ANALYZE"));
    if (opt.fulfilment > 0)
        seedFulfilment(store, firstOrderId, opt.fulfilment, opt.seed, now);
    return result;
}

} // namespace docket
