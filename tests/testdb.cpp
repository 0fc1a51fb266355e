#include "testdb.h"

#include "db/sql.h"
#include "stores/fulfilmentstore.h"
#include "stores/reviewstore.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace docket::test {

namespace {

std::optional<DatabaseConfig> pgServer()
{
    const QString url = qEnvironmentVariable("DOCKET_TEST_PG");
    if (url.isEmpty())
        return std::nullopt;
    DatabaseConfig c = DatabaseConfig::fromString(url);
    if (c.backend != Backend::PostgreSQL)
        return std::nullopt;
    return c;
}

// A connection to the server's maintenance database, for CREATE/DROP DATABASE.
QSqlDatabase adminConnection(const DatabaseConfig& server, const QString& name,
                             const QString& database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw DocketError(DocketError::Code::Database,
                          QStringLiteral("Cannot reach the test server %1: %2")
                              .arg(server.displayName(), reason));
    }
    return db;
}

void exec(const QSqlDatabase& db, const QString& text)
{
    QSqlQuery q(db);
    if (!q.exec(text))
        throw DocketError(DocketError::Code::Database,
                          QStringLiteral("%1: %2").arg(text, q.lastError().text()));
}

// One connection to the server's maintenance database per test process, for
// CREATE/DROP DATABASE; and the migrated template the fast fixtures copy.
const QString kAdminConnection = QStringLiteral("docket-test-admin");
QString g_template;

void dropTemplateAndDisconnect()
{
    if (!QSqlDatabase::contains(kAdminConnection))
        return;
    {
        QSqlDatabase admin = QSqlDatabase::database(kAdminConnection, false);
        if (admin.isOpen() && !g_template.isEmpty()) {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(g_template));
        }
        g_template.clear();
        admin.close();
    }
    QSqlDatabase::removeDatabase(kAdminConnection);
}

QSqlDatabase admin(const DatabaseConfig& server)
{
    if (QSqlDatabase::contains(kAdminConnection)) {
        QSqlDatabase db = QSqlDatabase::database(kAdminConnection, false);
        if (db.isOpen())
            return db;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kAdminConnection);
    }
    QSqlDatabase db = adminConnection(server, kAdminConnection, QStringLiteral("postgres"));
    static bool cleanupRegistered = false;
    if (!cleanupRegistered) {
        qAddPostRoutine(dropTemplateAndDisconnect);
        cleanupRegistered = true;
    }
    return db;
}

QString randomSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// An empty database with pg_trgm (the schema's trigram indexes need it; the
// test user is the cluster's superuser, so it may add the extension).
void createEmptyDatabase(const DatabaseConfig& server, const QString& name)
{
    exec(admin(server), QStringLiteral("CREATE DATABASE %1").arg(name));
    const QString extConnection = kAdminConnection + QStringLiteral("-ext-") + name;
    {
        QSqlDatabase ext = adminConnection(server, extConnection, name);
        exec(ext, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"));
        ext.close();
    }
    QSqlDatabase::removeDatabase(extConnection);
}

void createFromTemplate(const DatabaseConfig& server, const QString& name)
{
    if (g_template.isEmpty()) {
        const QString tpl = QStringLiteral("docket_tpl_") + randomSuffix();
        createEmptyDatabase(server, tpl);
        DatabaseConfig c = server;
        c.databaseName = tpl;
        {
            Database db(c);
            db.open(true);
            db.closeConnection();
        }
        g_template = tpl;
    }
    exec(admin(server), QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, g_template));
}

} // namespace

QList<Backend> testBackends()
{
    QList<Backend> out{Backend::SQLite};
    // PostgreSQL joins once this build carries its migrations.
    if (pgServer() && Database::latestSchemaVersion(Backend::PostgreSQL) > 0)
        out << Backend::PostgreSQL;
    const QString only = qEnvironmentVariable("DOCKET_TEST_BACKENDS");
    if (!only.isEmpty()) {
        const QStringList wanted = only.split(QLatin1Char(','), Qt::SkipEmptyParts);
        out.removeIf([&](Backend b) { return !wanted.contains(backendName(b)); });
    }
    return out;
}

bool backendEnabled(Backend backend)
{
    return testBackends().contains(backend);
}

QString backendName(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
}

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    for (Backend b : testBackends())
        QTest::newRow(qPrintable(backendName(b))) << b;
}

Session sessionWith(const QString& name, const QList<Permission>& permissions, const Scope& scope)
{
    return Session(1, name, QSet<Permission>(permissions.begin(), permissions.end()), scope,
                   QStringLiteral("test"));
}

Session adminSession(const QString& name)
{
    return sessionWith(name, permission::all(), Scope::all());
}

TestDb::TestDb(Backend backend, Setup setup)
{
    if (backend == Backend::SQLite) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            throw DocketError(
                DocketError::Code::Database,
                QStringLiteral("Cannot make a temporary folder: %1").arg(m_dir->errorString()));
        m_config.backend = Backend::SQLite;
        m_config.path = m_dir->filePath(QStringLiteral("docket.db"));
    } else {
        const auto server = pgServer();
        if (!server)
            throw DocketError(DocketError::Code::Invalid,
                              QStringLiteral("DOCKET_TEST_PG is not set to a postgresql:// URL."));
        m_config = *server;
        m_config.databaseName = QStringLiteral("docket_t_") + randomSuffix();
        if (setup == Setup::Fast)
            createFromTemplate(*server, m_config.databaseName);
        else
            createEmptyDatabase(*server, m_config.databaseName);
    }
    m_db = std::make_shared<Database>(m_config);
    if (setup != Setup::Empty)
        m_db->open(true);
}

TestDb::~TestDb()
{
    for (const auto& other : m_others)
        other->closeConnection();
    m_others.clear();
    if (m_db)
        m_db->closeConnection();
    m_db.reset();
    if (m_config.backend == Backend::PostgreSQL) {
        try {
            QSqlQuery q(admin(m_config));
            // FORCE ends connections a loader thread may still hold.
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                            .arg(m_config.databaseName)))
                qWarning("Could not drop test database %s: %s",
                         qUtf8Printable(m_config.databaseName),
                         qUtf8Printable(q.lastError().text()));
        } catch (const DocketError& e) {
            qWarning("Could not drop test database %s: %s", qUtf8Printable(m_config.databaseName),
                     qUtf8Printable(e.message()));
        }
    }
}

std::shared_ptr<Database> TestDb::openAnother()
{
    auto other = std::make_shared<Database>(m_config);
    other->open(false);
    m_others << other;
    return other;
}

OrderStore TestDb::store(const Session& session, qint64 now) const
{
    OrderStore s(m_db->connection(), session);
    s.setClock([now] { return now; });
    return s;
}

QList<qint64> bulkInsertOrders(const QSqlDatabase& db, int count, qint64 createdAt)
{
    const qint64 before =
        sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders")).toLongLong();
    sql::WriteTransaction tx(db);
    // WITH RECURSIVE ... INSERT ... SELECT is understood by SQLite and PostgreSQL.
    sql::run(db,
             QStringLiteral(
                 "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?) "
                 "INSERT INTO orders(number, customer_name, email, channel, status, currency, "
                 "total_cents, created_at, updated_at, created_by) "
                 "SELECT 'BULK' || CAST(i AS TEXT), 'Bulk Customer', 'bulk@example.com', 'web', "
                 "'pending', 'EUR', 1000, ?, ?, 'bulk' FROM s"),
             {count, createdAt, createdAt});
    sql::run(db,
             QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, name, quantity, "
                            "unit_price_cents) SELECT id, 1, 'BULK-1', 'Bulk item', 1, 1000 FROM "
                            "orders WHERE id > ?"),
             {before});
    tx.commit();
    QList<qint64> ids;
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT id FROM orders WHERE id > ? ORDER BY id"), {before});
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

void payAndShip(TestDb& tdb, qint64 order)
{
    FulfilmentStore f(tdb.connection(), adminSession());
    f.setClock([] { return TestDb::kNow; });
    const Order o = tdb.store().order(order);
    try {
        // A first order of a new customer may wait for a supervisor's review.
        if (o.reviewState == QLatin1String("waiting")) {
            ReviewStore r(tdb.connection(), adminSession());
            r.setClock([] { return TestDb::kNow; });
            r.approve({order});
        }
        f.addPayment(order, QStringLiteral("card"), o.total);
        f.ship(order, QStringLiteral("dhl"), QString::number(1000000000 + order));
    } catch (const DocketError& e) {
        qWarning("payAndShip(%lld): %s", order, qPrintable(e.message()));
        throw;
    }
}

QString contentFingerprint(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&](const QString& text) {
        QSqlQuery q = sql::run(db, text);
        const int columns = q.record().count();
        while (q.next())
            for (int i = 0; i < columns; ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
        hash.addData(QByteArrayView("\x1e", 1));
    };
    add(QStringLiteral(
        "SELECT id, number, customer_name, email, phone, ship_street, ship_city, channel, "
        "status, currency, total_cents, note, created_at, updated_at, created_by, assigned_to, "
        "seen_at, seen_by, invalid_at, invalid_by, invalid_reason, version FROM orders ORDER BY "
        "id"));
    add(QStringLiteral("SELECT id, order_id, line_no, product_id, sku, name, quantity, "
                       "unit_price_cents FROM order_lines ORDER BY id"));
    add(QStringLiteral("SELECT id, order_id, at, actor, kind, field, old_value, new_value, note "
                       "FROM order_events ORDER BY id"));
    add(QStringLiteral("SELECT id, order_id, number, deleted_at, deleted_by, snapshot FROM "
                       "order_archive ORDER BY id"));
    return QString::fromLatin1(hash.result().toHex());
}

Psql psql(const DatabaseConfig& server, const QString& user, const QString& password,
          const QString& command, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
             server.host, QStringLiteral("-p"), QString::number(server.port), QStringLiteral("-U"),
             user, QStringLiteral("-d"), server.databaseName, QStringLiteral("-c"), command});
    p.write(input);
    p.closeWriteChannel();
    Psql r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

void dropServerRoles(const QStringList& names)
{
    const auto server = pgServer();
    if (!server)
        return;
    try {
        QSqlQuery q(admin(*server));
        for (const QString& n : names)
            if (!q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(n)))
                qWarning("could not drop role %s: %s", qPrintable(n),
                         qPrintable(q.lastError().text()));
    } catch (const DocketError& e) {
        qWarning("could not drop roles: %s", qPrintable(e.message()));
    }
}

QVariant queryValue(const QSqlDatabase& db, const QString& text, const QVariantList& binds)
{
    return sql::scalar(db, text, binds);
}

} // namespace docket::test
