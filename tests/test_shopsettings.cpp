// Shop settings in the database (issue 13, item 1): the same for every desk,
// changed only with "change settings", every change in the security log in
// the same transaction, values checked the same way for the window, docketctl
// and the gateway (shop::parse). Both backends; on PostgreSQL the server
// refuses a login without the right too.

#include "db/sql.h"
#include "domain/fulfilment.h"
#include "domain/shopcurrency.h"
#include "domain/shopsettings.h"
#include "domain/stock.h"
#include "stores/analyticsstore.h"
#include "stores/cataloguestore.h"
#include "stores/databaselogin.h"
#include "stores/orderimport.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"
#include "stores/userstore.h"
#include "testdb.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace docket;
using namespace docket::test;

class TestShopSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }

    void parse_data();
    void parse();
    void defaultsUntilSet_data() { addBackendRows(); }
    void defaultsUntilSet();
    void setIsAuditedAndShared_data() { addBackendRows(); }
    void setIsAuditedAndShared();
    void refusalsWriteNothing_data() { addBackendRows(); }
    void refusalsWriteNothing();
    void listsAreCheckedRowByRow();
    void listRefusalsNameTheLine_data() { addBackendRows(); }
    void listRefusalsNameTheLine();
    void resetGoesBackToTheDefault_data() { addBackendRows(); }
    void resetGoesBackToTheDefault();
    void upgradeFromThePreviousSchema_data() { addBackendRows(); }
    void upgradeFromThePreviousSchema();
    void serverRefusesALoginWithoutTheRight();
    void serverChecksTheValue();
    void shopCurrencyIsCheckedAuditedAndTaken_data() { addBackendRows(); }
    void shopCurrencyIsCheckedAuditedAndTaken();
    void catalogueCurrencyIsFixedByTheFirstPrice_data() { addBackendRows(); }
    void catalogueCurrencyIsFixedByTheFirstPrice();
    void upgradeFixesAPricedCatalogueToEuros_data() { addBackendRows(); }
    void upgradeFixesAPricedCatalogueToEuros();
};

void TestShopSettings::parse_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("stored");
    const QString hours = shop::deadlinePaymentHours.id();
    QTest::newRow("whole") << hours << "48" << true << "48";
    QTest::newRow("whole, lowest") << hours << "1" << true << "1";
    QTest::newRow("whole, highest") << hours << "8760" << true << "8760";
    QTest::newRow("whole, zero") << hours << "0" << false << "";
    QTest::newRow("whole, too big") << hours << "8761" << false << "";
    QTest::newRow("whole, sign") << hours << "+5" << false << "";
    QTest::newRow("whole, negative") << hours << "-5" << false << "";
    QTest::newRow("whole, space") << hours << "5 " << false << "";
    QTest::newRow("whole, decimal") << hours << "1.5" << false << "";
    QTest::newRow("whole, empty") << hours << "" << false << "";
    QTest::newRow("whole, leading zero") << hours << "072" << true << "72";
    QTest::newRow("flag yes") << shop::backupDaily.id() << "yes" << true << "true";
    QTest::newRow("flag On") << shop::backupDaily.id() << "On" << true << "true";
    QTest::newRow("flag 0") << shop::backupDaily.id() << "0" << true << "false";
    QTest::newRow("flag maybe") << shop::backupDaily.id() << "maybe" << false << "";
    QTest::newRow("text trimmed") << shop::shopName.id() << "  Kiosk am Markt " << true
                                  << "Kiosk am Markt";
    QTest::newRow("text, Chinese") << shop::shopName.id() << "上海小店" << true << "上海小店";
    QTest::newRow("text, line break") << shop::shopName.id() << "A\nB" << false << "";
    QTest::newRow("text, too long")
        << shop::shopName.id() << QString(201, QLatin1Char('x')) << false << "";
    QTest::newRow("lines") << shop::shopAddress.id() << "\n Hauptstr. 1 \n10115 Berlin\n\n"
                           << true << "Hauptstr. 1\n10115 Berlin";
    QTest::newRow("email") << shop::shopEmail.id() << "shop@example.com" << true
                           << "shop@example.com";
    QTest::newRow("email, empty") << shop::shopEmail.id() << "" << true << "";
    QTest::newRow("email, not one") << shop::shopEmail.id() << "shop at example" << false << "";
    QTest::newRow("currency") << shop::shopCurrency.id() << "CNY" << true << "CNY";
    QTest::newRow("currency, lower case") << shop::shopCurrency.id() << " usd " << true << "USD";
    QTest::newRow("currency, unknown") << shop::shopCurrency.id() << "XYZ" << false << "";
    QTest::newRow("currency, a name") << shop::shopCurrency.id() << "Euro" << false << "";
    QTest::newRow("currency, empty") << shop::shopCurrency.id() << "" << false << "";
}

void TestShopSettings::parse()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, stored);
    const shop::Key* k = shop::find(key);
    QVERIFY(k);
    const shop::Parsed p = shop::parse(*k, input);
    QCOMPARE(p.ok(), ok);
    if (ok) {
        QCOMPARE(p.value, stored);
    } else {
        // The message names the setting and what it accepts.
        QVERIFY2(p.error.contains(key), qPrintable(p.error));
        QVERIFY2(p.error.contains(shop::expected(*k)), qPrintable(p.error));
    }
}

void TestShopSettings::defaultsUntilSet()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    const ShopSettings s = ShopSettingsStore(tdb.connection(), adminSession()).load();
    QVERIFY(s.stored().isEmpty());
    QCOMPARE(s.whole(shop::deadlinePaymentHours), 72);
    QCOMPARE(s.whole(shop::deadlineShippingHours), 48);
    QCOMPARE(s.flag(shop::backupDaily), false);
    QCOMPARE(s.whole(shop::backupKeep), 7);
    QCOMPARE(s.shopNameText(), QStringLiteral("Docket Demo Shop"));
}

void TestShopSettings::setIsAuditedAndShared()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    ShopSettingsStore store(tdb.connection(), adminSession(QStringLiteral("ada")));
    store.setClock([] { return TestDb::kNow; });
    int n = 0;
    DOCKET_NO_THROW(n = store.set({{shop::shopName.id(), QStringLiteral("Kiosk am Markt")},
                                   {shop::deadlinePaymentHours.id(), QStringLiteral("48")}}));
    QCOMPARE(n, 2);
    // The same value again changes (and logs) nothing.
    DOCKET_NO_THROW(n = store.set(shop::deadlinePaymentHours.id(), QStringLiteral("48")));
    QCOMPARE(n, 0);
    // Another desk (connection) reads the same.
    auto other = tdb.openAnother();
    const ShopSettings s = ShopSettingsStore(other->connection(), adminSession()).load();
    QCOMPARE(s.shopNameText(), QStringLiteral("Kiosk am Markt"));
    QCOMPARE(s.whole(shop::deadlinePaymentHours), 48);
    QSqlQuery q(tdb.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, target, old_value, new_value FROM "
                                  "security_events WHERE kind = 'setting_changed' ORDER BY id")));
    QStringList log;
    while (q.next())
        log << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString()}
                   .join(QLatin1Char('|'));
    QCOMPARE(log, QStringList({QStringLiteral("ada|shop.name||Kiosk am Markt"),
                               QStringLiteral("ada|deadline.payment_hours||48")}));
}

void TestShopSettings::refusalsWriteNothing()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    auto logged = [&] {
        return queryValue(tdb.connection(), QStringLiteral("SELECT COUNT(*) FROM security_events"))
            .toInt();
    };
    // A clerk has no "change settings".
    ShopSettingsStore clerk(
        tdb.connection(),
        sessionWith(QStringLiteral("clara"), {Permission::ViewOrders, Permission::EditOrders}));
    auto e = catchError([&] { clerk.set(shop::shopName.id(), QStringLiteral("Mine now")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Forbidden);
    // A bad value in a batch: nothing of the batch is written.
    ShopSettingsStore admin(tdb.connection(), adminSession());
    e = catchError([&] {
        admin.set({{shop::shopName.id(), QStringLiteral("Fine")},
                   {shop::deadlinePaymentHours.id(), QStringLiteral("1 hour")}});
    });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QCOMPARE(e->field(), shop::deadlinePaymentHours.id());
    e = catchError([&] { admin.set(QStringLiteral("shop.colour"), QStringLiteral("red")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY(e->message().contains(QLatin1String("shop.colour")));
    QVERIFY(admin.load().stored().isEmpty());
    QCOMPARE(logged(), 0);
}

// The settings window's tables (ShopListEditor) make the stored text from
// rows with the same rules as `docketctl settings set`: a problem names the
// row, its code, and where it is, so that the window can put the cursor on it.
void TestShopSettings::listsAreCheckedRowByRow()
{
    // The defaults go round: rows from the stored text give the same text.
    const QList<PaymentMethod> methods =
        fulfilment::paymentMethodRows(fulfilment::defaultPaymentMethodsText());
    QCOMPARE(methods.size(), 7);
    QVERIFY(methods[1].label.isEmpty()); // a built-in's label stays empty (translated when shown)
    QVERIFY(methods[5].onDelivery);
    fulfilment::ListText t = fulfilment::paymentMethodsText(methods);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.text, fulfilment::defaultPaymentMethodsText());
    const QList<Carrier> carriers = fulfilment::carrierRows(fulfilment::defaultCarriersText());
    QCOMPARE(carriers.size(), 9);
    QCOMPARE(carriers[5].pattern, QStringLiteral("[0-9]{10,11}|JJD[0-9]{18}")); // a bar inside
    t = fulfilment::carriersText(carriers);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(fulfilment::carrierRows(t.text), carriers);
    QCOMPARE(shop::parse(shop::carriers, t.text).value, fulfilment::defaultCarriersText());

    // Active and label: "inactive" in the fourth field; an empty row is left out.
    QList<PaymentMethod> edited = methods;
    edited[0].active = false;
    edited[2].label = QStringLiteral("Alipay (CN)");
    edited.insert(3, PaymentMethod{});
    t = fulfilment::paymentMethodsText(edited);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QVERIFY2(t.text.startsWith(QLatin1String("card | | | inactive\ndebit_card\nalipay | Alipay "
                                             "(CN)\nwechat_pay\n")),
             qPrintable(t.text));
    const QList<PaymentMethod> parsed = fulfilment::parsePaymentMethods(t.text);
    QCOMPARE(parsed.size(), 7);
    QVERIFY(!parsed[0].active);
    QVERIFY(parsed[1].active);
    QCOMPARE(parsed[0].label, QStringLiteral("Card")); // built-in, translated
    QVERIFY(shop::parse(shop::paymentMethods, t.text).ok());

    // A bad pattern: row 3, its code, the pattern field; what the pattern lacks.
    QList<Carrier> bad = carriers;
    bad[2].pattern = QStringLiteral("7[0-9{11,14}");
    t = fulfilment::carriersText(bad);
    QVERIFY(!t.ok());
    QCOMPARE(t.row, 2);
    QCOMPARE(t.field, 2);
    QVERIFY2(t.error.startsWith(QLatin1String("Row 3 (zto): ")), qPrintable(t.error));
    QVERIFY2(t.error.contains(QLatin1String("not a valid pattern")), qPrintable(t.error));
    QVERIFY(t.text.isEmpty());
    // Rows left empty before it do not shift the row it names.
    bad.insert(0, Carrier{});
    t = fulfilment::carriersText(bad);
    QCOMPARE(t.row, 3);
    QVERIFY2(t.error.startsWith(QLatin1String("Row 4 (zto): ")), qPrintable(t.error));

    // A duplicate code: the second row with it, the code field.
    QList<Carrier> twice = carriers;
    twice[6].code = QStringLiteral("jd");
    t = fulfilment::carriersText(twice);
    QCOMPARE(t.row, 6);
    QCOMPARE(t.field, 0);
    QVERIFY2(t.error.startsWith(QLatin1String("Row 7 (jd): ")), qPrintable(t.error));
    QVERIFY2(t.error.contains(QLatin1String("listed twice")), qPrintable(t.error));

    // The separator inside a name, a row without a code, a link without {number}.
    QList<Carrier> odd = carriers.mid(0, 2);
    odd[1].name = QStringLiteral("JD | Jingdong");
    t = fulfilment::carriersText(odd);
    QCOMPARE(t.row, 1);
    QCOMPARE(t.field, 1);
    QVERIFY2(t.error.contains(QLatin1String("\" | \"")), qPrintable(t.error));
    odd = carriers.mid(0, 2);
    odd[1].code.clear();
    t = fulfilment::carriersText(odd);
    QCOMPARE(t.row, 1);
    QVERIFY2(t.error.contains(QLatin1String("no code")), qPrintable(t.error));
    odd = carriers.mid(0, 2);
    odd[0].urlTemplate = QStringLiteral("https://example.com/track");
    t = fulfilment::carriersText(odd);
    QCOMPARE(t.row, 0);
    QCOMPARE(t.field, 3);
    // No rows at all: the list as a whole.
    t = fulfilment::paymentMethodsText({PaymentMethod{}});
    QVERIFY(!t.ok());
    QCOMPARE(t.row, -1);
    QVERIFY2(t.error.contains(QLatin1String("at least one")), qPrintable(t.error));
}

// `docketctl settings set` (ShopSettingsStore::set): the same rules, the line
// and its code named, nothing written.
void TestShopSettings::listRefusalsNameTheLine()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    ShopSettingsStore admin(tdb.connection(), adminSession());
    auto e = catchError([&] {
        admin.set(shop::carriers.id(), QStringLiteral("sf | | (SF)?[0-9]{12,13}\n"
                                                      "jd\n"
                                                      "dhl | DHL | ([0-9]{10,11} | "
                                                      "https://dhl.example/{number}"));
    });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QCOMPARE(e->field(), shop::carriers.id());
    QVERIFY2(e->message().contains(QLatin1String("Line 3 (dhl)")), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("not a valid pattern")), qPrintable(e->message()));
    e = catchError(
        [&] { admin.set(shop::paymentMethods.id(), QStringLiteral("card\nalipay\ncard | Card")); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("Line 3 (card)")), qPrintable(e->message()));
    QVERIFY2(e->message().contains(QLatin1String("listed twice")), qPrintable(e->message()));
    e = catchError(
        [&] { admin.set(shop::paymentMethods.id(), QStringLiteral("card | | | retired")); });
    QVERIFY(e);
    QVERIFY2(e->message().contains(QLatin1String("retired")), qPrintable(e->message()));
    QVERIFY(admin.load().stored().isEmpty());
    // What the window writes is accepted and reads back the same.
    QList<PaymentMethod> rows =
        fulfilment::paymentMethodRows(fulfilment::defaultPaymentMethodsText());
    rows[6].active = false;
    const fulfilment::ListText t = fulfilment::paymentMethodsText(rows);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(admin.set(shop::paymentMethods.id(), t.text), 1);
    QCOMPARE(fulfilment::paymentMethodRows(admin.load().text(shop::paymentMethods)), rows);
}

void TestShopSettings::resetGoesBackToTheDefault()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    ShopSettingsStore store(tdb.connection(), adminSession());
    DOCKET_NO_THROW(store.set(shop::backupKeep.id(), QStringLiteral("30")));
    QCOMPARE(store.load().whole(shop::backupKeep), 30);
    QCOMPARE(store.reset(shop::backupKeep.id()), 1);
    QVERIFY(!store.load().isSet(shop::backupKeep));
    QCOMPARE(store.load().whole(shop::backupKeep), 7);
    QCOMPARE(store.reset(shop::backupKeep.id()), 0); // nothing left to reset
    QCOMPARE(queryValue(tdb.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM security_events WHERE target = ?"),
                        {shop::backupKeep.id()})
                 .toInt(),
             2);
}

// A database of the release before the shop settings gets the table, keeps
// everything else, and reads the defaults until someone sets them.
void TestShopSettings::upgradeFromThePreviousSchema()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend, TestDb::Setup::Empty);
    Database& db = *tdb.database();
    const int previous = backend == Backend::SQLite ? 7 : 9;
    DOCKET_NO_THROW(db.migrate(previous));
    QCOMPARE(db.schemaVersion(), previous);
    QVERIFY(!db.connection().tables().contains(QStringLiteral("shop_settings")));
    const QList<qint64> ids = bulkInsertOrders(db.connection(), 5, TestDb::kNow);
    const QString before = contentFingerprint(db.connection());
    DOCKET_NO_THROW(db.migrate());
    QCOMPARE(contentFingerprint(db.connection()), before);
    QCOMPARE(ids.size(), 5);
    ShopSettingsStore store(db.connection(), adminSession());
    QCOMPARE(store.load().whole(shop::deadlinePaymentHours), 72);
    DOCKET_NO_THROW(store.set(shop::deadlinePaymentHours.id(), QStringLiteral("24")));
    QCOMPARE(store.load().whole(shop::deadlinePaymentHours), 24);
}

// On a team server, a clerk's own login cannot change the shop settings with
// psql either; an administrator's can, and the log names them.
void TestShopSettings::serverRefusesALoginWithoutTheRight()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("needs DOCKET_TEST_PG");
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString clerk = QStringLiteral("setclerk_") + suffix;
    const QString admin = QStringLiteral("setadmin_") + suffix;
    // Logins belong to the server and outlive the database: dropped after it.
    const auto dropLogins = qScopeGuard([&] { dropServerRoles({clerk, admin}); });
    DOCKET_TESTDB(tdb, Backend::PostgreSQL);
    AccountPolicy policy;
    policy.strength = HashStrength::Minimum;
    UserStore users(tdb.connection(), Session::localUser(), policy);
    DOCKET_NO_THROW(users.addUser({clerk, QStringLiteral("C"), QStringLiteral("clerk-pass-1"),
                                   QStringLiteral("clerk"), Scope::all()}));
    DOCKET_NO_THROW(users.addUser({admin, QStringLiteral("A"), QStringLiteral("admin-pass-1"),
                                   QStringLiteral("administrator"), Scope::all()}));
    auto as = [&](const QString& user, const QString& password) {
        DatabaseConfig c = tdb.config();
        c.user = user;
        c.password = password;
        return std::make_shared<Database>(c);
    };
    {
        auto db = as(clerk, QStringLiteral("clerk-pass-1"));
        db->open(false);
        // Even a store that believes it may: the server says no.
        ShopSettingsStore pretender(db->connection(), adminSession(clerk));
        auto e = catchError([&] { pretender.set(shop::shopName.id(), QStringLiteral("Mine")); });
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Forbidden);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO shop_settings VALUES ('shop.name', 'x', 0, "
                                       "'x')")));
        db->closeConnection();
    }
    {
        auto db = as(admin, QStringLiteral("admin-pass-1"));
        db->open(false);
        const std::optional<Session> session = sessionOfDatabaseLogin(db->connection());
        QVERIFY(session);
        ShopSettingsStore store(db->connection(), *session);
        DOCKET_NO_THROW(store.set(shop::shopName.id(), QStringLiteral("Team Shop")));
        db->closeConnection();
    }
    QCOMPARE(queryValue(tdb.connection(),
                        QStringLiteral("SELECT actor || '|' || value FROM shop_settings s JOIN "
                                       "security_events e ON e.target = s.key WHERE s.key = "
                                       "'shop.name'"))
                 .toString(),
             admin + QStringLiteral("|Team Shop"));
}

// An administrator's own login with psql cannot store what the desk would
// refuse (0131): an unknown currency, hours that are no number or out of
// range, a flag that is neither true nor false, a setting that does not
// exist. The server's table of settings is shop::keys(), kind and bounds.
void TestShopSettings::serverChecksTheValue()
{
    if (!backendEnabled(Backend::PostgreSQL))
        QSKIP("needs DOCKET_TEST_PG");
    const QString admin =
        QStringLiteral("valadmin_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto dropLogins = qScopeGuard([&] { dropServerRoles({admin}); });
    DOCKET_TESTDB(tdb, Backend::PostgreSQL);

    // The server's table and the client's are the same list.
    QStringList server, client;
    QSqlQuery k(tdb.connection());
    QVERIFY(k.exec(QStringLiteral("SELECT key, kind, min_value, max_value, refreshes_due FROM "
                                  "shop_setting_keys ORDER BY key")));
    while (k.next())
        server << QStringLiteral("%1 %2 %3..%4%5")
                      .arg(k.value(0).toString(), k.value(1).toString())
                      .arg(k.value(2).toLongLong())
                      .arg(k.value(3).toLongLong())
                      .arg(k.value(4).toBool() ? QStringLiteral(" refreshes due") : QString());
    for (const shop::Key* key : shop::keys()) {
        QString kind;
        switch (key->kind) {
        case shop::Kind::Text:
            kind = key == &shop::shopCurrency || key == &shop::catalogueCurrency
                       ? QStringLiteral("currency")
                       : QStringLiteral("text");
            break;
        case shop::Kind::Lines:
            kind = QStringLiteral("lines");
            break;
        case shop::Kind::Email:
            kind = QStringLiteral("email");
            break;
        case shop::Kind::Whole:
            kind = QStringLiteral("whole");
            break;
        case shop::Kind::Flag:
            kind = QStringLiteral("flag");
            break;
        case shop::Kind::PaymentMethods:
        case shop::Kind::Carriers:
        case shop::Kind::DeadlineOverrides:
            kind = QStringLiteral("list");
            break;
        }
        client << QStringLiteral("%1 %2 %3..%4%5")
                      .arg(key->id(), kind)
                      .arg(key->min)
                      .arg(key->max)
                      .arg(key->refreshesDue ? QStringLiteral(" refreshes due") : QString());
    }
    client.sort();
    QCOMPARE(server, client);

    AccountPolicy policy;
    policy.strength = HashStrength::Minimum;
    UserStore users(tdb.connection(), Session::localUser(), policy);
    DOCKET_NO_THROW(users.addUser({admin, QStringLiteral("A"), QStringLiteral("admin-pass-1"),
                                   QStringLiteral("administrator"), Scope::all()}));
    DatabaseConfig c = tdb.config();
    c.user = admin;
    c.password = QStringLiteral("admin-pass-1");
    auto db = std::make_shared<Database>(c);
    db->open(false);
    auto set = [&](const QString& key, const QString& value) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT docket_setting_set(?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        return q.exec() ? QString() : q.lastError().text();
    };
    const QString logged = QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind = "
                                          "'setting_changed'");
    const int before = queryValue(tdb.connection(), logged).toInt();
    const QList<QStringList> refused{
        {QStringLiteral("shop.currency"), QStringLiteral("XYZ1"), QStringLiteral("ISO 4217")},
        {QStringLiteral("shop.currency"), QStringLiteral("eur"), QStringLiteral("ISO 4217")},
        {QStringLiteral("deadline.payment_hours"), QStringLiteral("soon"),
         QStringLiteral("from 1 to 8760")},
        {QStringLiteral("deadline.payment_hours"), QStringLiteral("0"),
         QStringLiteral("from 1 to 8760")},
        {QStringLiteral("deadline.auto_cancel_unpaid"), QStringLiteral("yes"),
         QStringLiteral("true or false")},
        {QStringLiteral("shop.email"), QStringLiteral("orders"), QStringLiteral("email address")},
        {QStringLiteral("shop.name"), QStringLiteral("Two\nlines"), QStringLiteral("one line")},
        {QStringLiteral("shop.colour"), QStringLiteral("blue"), QStringLiteral("no shop setting")},
    };
    for (const QStringList& r : refused) {
        const QString& value = r[1];
        const QString error = set(r[0], value);
        QVERIFY2(error.contains(r[2]) && error.contains(r[0]),
                 qPrintable(r[0] + QLatin1Char('=') + value + QLatin1String(": ") + error));
    }
    QCOMPARE(queryValue(tdb.connection(), logged).toInt(), before);
    QCOMPARE(
        queryValue(tdb.connection(), QStringLiteral("SELECT COUNT(*) FROM shop_settings")).toInt(),
        0);
    // What the desk would store is stored.
    QCOMPARE(set(QStringLiteral("shop.currency"), QStringLiteral("CNY")), QString());
    QCOMPARE(set(QStringLiteral("deadline.payment_hours"), QStringLiteral("24")), QString());
    QCOMPARE(set(QStringLiteral("deadline.auto_cancel_unpaid"), QStringLiteral("true")), QString());
    QCOMPARE(queryValue(tdb.connection(), logged).toInt(), before + 3);

    // The catalogue's currency: the first price fixes it (to the shop's
    // currency of the moment, yuan); a login cannot change it, nor send it
    // back to "the shop's", while the catalogue holds amounts.
    CatalogueStore catalogue(tdb.connection(), adminSession());
    Product mug;
    mug.sku = QStringLiteral("MUG-1");
    mug.name = QStringLiteral("Mug");
    mug.price = Money(3500, u"CNY");
    mug.cost = Money(0, u"CNY");
    DOCKET_NO_THROW(catalogue.saveProduct(mug));
    QCOMPARE(queryValue(tdb.connection(), QStringLiteral("SELECT value FROM shop_settings WHERE "
                                                         "key = 'catalogue.currency'"))
                 .toString(),
             QStringLiteral("CNY"));
    for (const QVariant& value :
         {QVariant(QStringLiteral("USD")), QVariant(QMetaType(QMetaType::QString))}) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT docket_setting_set('catalogue.currency', ?)"));
        q.addBindValue(value);
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(QLatin1String("not converted")) &&
                     q.lastError().text().contains(QLatin1String("CNY")),
                 qPrintable(q.lastError().text()));
    }
    // The shop's currency may change: the catalogue keeps its own.
    QCOMPARE(set(QStringLiteral("shop.currency"), QStringLiteral("USD")), QString());
    QCOMPARE(catalogue.currency(), QStringLiteral("CNY"));
    db->closeConnection();
}

// Item 1: the shop's currency is a shop setting like the others (ISO 4217,
// checked: an unknown code is refused naming it; the right; audited; the same
// for another desk). New orders that name no currency take it (an import
// file's, through the gateway's reader), analytics reports in it (not in
// the newest order's currency).
void TestShopSettings::shopCurrencyIsCheckedAuditedAndTaken()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    ShopSettingsStore admin(tdb.connection(), adminSession(QStringLiteral("ada")));
    admin.setClock([] { return TestDb::kNow; });
    QCOMPARE(shop::currencyOf(admin.load()), QStringLiteral("EUR"));

    // The newest order is in US dollars; the shop's currency is still EUR.
    OrderStore orders = tdb.store(adminSession(), TestDb::kNow);
    Order o;
    o.customerName = QStringLiteral("Ann Lee");
    o.channel = QStringLiteral("web");
    o.currency = QStringLiteral("USD");
    o.shipTo = {QStringLiteral("1 Main St"), QStringLiteral("Boston"), QStringLiteral("02101"),
                QStringLiteral("MA"), QStringLiteral("US")};
    o.lines = {OrderLine{0, 0, QStringLiteral("SKU-A"), QStringLiteral("Brass gear"), 1,
                         Money(1250, u"USD")}};
    DOCKET_NO_THROW(orders.create(o));
    AnalyticsStore analytics(tdb.connection(), adminSession());
    QCOMPARE(analytics.currency(), QStringLiteral("EUR"));

    auto logged = [&] {
        return queryValue(tdb.connection(),
                          QStringLiteral("SELECT COUNT(*) FROM security_events WHERE target = "
                                         "'shop.currency'"))
            .toInt();
    };
    // An unknown code is refused, naming it; nothing is written.
    auto e = catchError([&] { admin.set(shop::shopCurrency.id(), QStringLiteral("XYZ")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QCOMPARE(e->field(), shop::shopCurrency.id());
    QVERIFY2(e->message().contains(QLatin1String("\"XYZ\"")), qPrintable(e->message()));
    // Without the right, refused.
    ShopSettingsStore clerk(tdb.connection(),
                            sessionWith(QStringLiteral("clara"), {Permission::ViewOrders}));
    e = catchError([&] { clerk.set(shop::shopCurrency.id(), QStringLiteral("CNY")); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Forbidden);
    QVERIFY(!admin.load().isSet(shop::shopCurrency));
    QCOMPARE(logged(), 0);

    // Set, audited, the same for another desk.
    int n = 0;
    DOCKET_NO_THROW(n = admin.set(shop::shopCurrency.id(), QStringLiteral("cny")));
    QCOMPARE(n, 1);
    QCOMPARE(queryValue(tdb.connection(),
                        QStringLiteral("SELECT actor || '|' || new_value FROM security_events "
                                       "WHERE target = 'shop.currency'"))
                 .toString(),
             QStringLiteral("ada|CNY"));
    auto other = tdb.openAnother();
    QCOMPARE(shop::currencyOf(ShopSettingsStore(other->connection(), adminSession()).load()),
             QStringLiteral("CNY"));

    // Analytics reports in it.
    QCOMPARE(AnalyticsStore(other->connection(), adminSession()).currency(), QStringLiteral("CNY"));
    // An import file's order without a currency takes it; one that names its own keeps it.
    const QByteArray file =
        R"([{"external_id": "A-1", "customer": {"name": "Bo Chen"}, "shipping_address":
             {"street": "1 Nanjing Rd", "city": "Shanghai", "postcode": "200001",
              "country": "CN"},
             "lines": [{"sku": "SKU-A", "name": "Brass gear", "quantity": 2,
                        "unit_price": "88.00"}]},
            {"external_id": "A-2", "currency": "USD", "customer": {"name": "Ann Lee"},
             "shipping_address": {"street": "1 Main St", "city": "Boston", "postcode": "02101",
              "country": "US"},
             "lines": [{"sku": "SKU-A", "name": "Brass gear", "quantity": 1,
                        "unit_price": "12.50"}]}])";
    const ImportFile read = OrderImport::read(
        file, QStringLiteral("web"), {},
        shop::currencyOf(ShopSettingsStore(tdb.connection(), adminSession()).load()));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.problems.first().text()));
    QCOMPARE(read.orders.size(), 2);
    QCOMPARE(read.orders.at(0).order.currency, QStringLiteral("CNY"));
    QCOMPARE(read.orders.at(0).order.lines.first().unitPrice, Money(8800, u"CNY"));
    QCOMPARE(read.orders.at(1).order.currency, QStringLiteral("USD"));

    // Reset: back to the default.
    DOCKET_NO_THROW(admin.reset(shop::shopCurrency.id()));
    QCOMPARE(shop::currencyOf(admin.load()), QStringLiteral("EUR"));
}

// The catalogue's prices, costs and stock values are in the catalogue's
// currency: the shop's until the first price fixes it; a later change of the
// shop's currency leaves them as they are; the catalogue's own currency
// changes only while it holds no amount. Nothing is ever relabelled.
void TestShopSettings::catalogueCurrencyIsFixedByTheFirstPrice()
{
    QFETCH(Backend, backend);
    DOCKET_TESTDB(tdb, backend);
    ShopSettingsStore admin(tdb.connection(), adminSession(QStringLiteral("ada")));
    CatalogueStore catalogue(tdb.connection(), adminSession(QStringLiteral("ada")));
    QVERIFY(!admin.load().isSet(shop::catalogueCurrency));
    QCOMPARE(catalogue.currency(), QStringLiteral("EUR"));
    // Unpriced, it follows the shop.
    DOCKET_NO_THROW(admin.set(shop::shopCurrency.id(), QStringLiteral("CNY")));
    QCOMPARE(catalogue.currency(), QStringLiteral("CNY"));
    Product free;
    free.sku = QStringLiteral("FREE-1");
    free.name = QStringLiteral("Sample");
    free.price = Money(0, u"CNY");
    free.cost = Money(0, u"CNY");
    DOCKET_NO_THROW(catalogue.saveProduct(free));
    QVERIFY(!admin.load().isSet(shop::catalogueCurrency));

    // A price in another currency than the catalogue's is refused.
    Product teapot;
    teapot.sku = QStringLiteral("TEA-1");
    teapot.name = QStringLiteral("Teapot");
    teapot.price = Money(1250, u"EUR");
    teapot.cost = Money(700, u"EUR");
    auto e = catchError([&] { catalogue.saveProduct(teapot); });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
    QVERIFY2(e->message().contains(QLatin1String("CNY")), qPrintable(e->message()));

    // The first price fixes it, with its line in the security log.
    teapot.price = Money(8800, u"CNY");
    teapot.cost = Money(4000, u"CNY");
    qint64 id = 0;
    DOCKET_NO_THROW(id = catalogue.saveProduct(teapot));
    QCOMPARE(admin.load().text(shop::catalogueCurrency), QStringLiteral("CNY"));
    QCOMPARE(queryValue(tdb.connection(),
                        QStringLiteral("SELECT new_value FROM security_events WHERE target = "
                                       "'catalogue.currency'"))
                 .toString(),
             QStringLiteral("CNY"));

    // The shop moves to US dollars: the catalogue's yuan stay yuan.
    DOCKET_NO_THROW(admin.set(shop::shopCurrency.id(), QStringLiteral("USD")));
    QCOMPARE(catalogue.currency(), QStringLiteral("CNY"));
    QCOMPARE(catalogue.product(id).price, Money(8800, u"CNY"));
    // An order in dollars gets no price from it; one in yuan does.
    QVERIFY(!catalogue::unitPriceFor(catalogue.product(id), QStringLiteral("USD")));
    QCOMPARE(*catalogue::unitPriceFor(catalogue.product(id), QStringLiteral("CNY")),
             Money(8800, u"CNY"));

    // Changing the catalogue's currency while it holds amounts is refused,
    // naming the currency; so is going back to "the shop's".
    const QString before = contentFingerprint(tdb.connection());
    for (const auto& attempt : QList<std::function<void()>>{
             [&] { admin.set(shop::catalogueCurrency.id(), QStringLiteral("USD")); },
             [&] {
                 admin.reset(shop::catalogueCurrency.id());
             }}) {
        e = catchError(attempt);
        QVERIFY(e);
        QCOMPARE(e->code(), DocketError::Code::Invalid);
        QCOMPARE(e->field(), shop::catalogueCurrency.id());
        QVERIFY2(e->message().contains(QLatin1String("CNY")), qPrintable(e->message()));
    }
    QCOMPARE(contentFingerprint(tdb.connection()), before);
    QCOMPARE(admin.load().text(shop::catalogueCurrency), QStringLiteral("CNY"));
    // Setting it to what it is anyway is no change, and allowed.
    DOCKET_NO_THROW(admin.set(shop::catalogueCurrency.id(), QStringLiteral("cny")));

    // Once every amount is zero again it may change (nothing to relabel).
    Product cleared = catalogue.product(id);
    cleared.price = Money(0, u"CNY");
    cleared.cost = Money(0, u"CNY");
    DOCKET_NO_THROW(catalogue.saveProduct(cleared));
    DOCKET_NO_THROW(admin.set(shop::catalogueCurrency.id(), QStringLiteral("USD")));
    QCOMPARE(catalogue.currency(), QStringLiteral("USD"));
    QCOMPARE(catalogue.product(id).price, Money(0, u"USD"));
}

// An older database's catalogue held euros (the currency was fixed in the
// code): the upgrade writes that down, so a shop in yuan does not see its
// euro prices relabelled as yuan; an unpriced catalogue is left to follow
// the shop.
void TestShopSettings::upgradeFixesAPricedCatalogueToEuros()
{
    QFETCH(Backend, backend);
    for (const bool priced : {true, false}) {
        DOCKET_TESTDB(tdb, backend, TestDb::Setup::Empty);
        Database& db = *tdb.database();
        const int previous = 138; // the newest before 0139 on either backend
        DOCKET_NO_THROW(db.migrate(previous));
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO shop_settings(key, value, updated_at, "
                                       "updated_by) VALUES ('shop.currency', 'CNY', 1, 'ada')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO products(sku, name, unit_price_cents, "
                                       "cost_cents) VALUES ('MUG-1', 'Mug', %1, 0)")
                            .arg(priced ? 1250 : 0)),
                 qPrintable(q.lastError().text()));
        DOCKET_NO_THROW(db.migrate());
        CatalogueStore catalogue(db.connection(), adminSession());
        QCOMPARE(catalogue.currency(), priced ? QStringLiteral("EUR") : QStringLiteral("CNY"));
        QCOMPARE(catalogue.bySku(QStringLiteral("MUG-1"))->price,
                 priced ? Money(1250, u"EUR") : Money(0, u"CNY"));
        QCOMPARE(queryValue(db.connection(),
                            QStringLiteral("SELECT COUNT(*) FROM security_events WHERE target = "
                                           "'catalogue.currency'"))
                     .toInt(),
                 priced ? 1 : 0);
    }
}

QTEST_MAIN(TestShopSettings)
#include "test_shopsettings.moc"
