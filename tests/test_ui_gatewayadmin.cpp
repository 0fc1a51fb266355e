// Administration → API Keys and → Webhooks (issue 16 items 4 and 6): a key
// made in the window is shown once and works, is listed by its first
// characters only, and is revoked there; a refused key names its problem and
// nothing is made; the webhook delivery log shows what the deliverer did.

#include "adminpage.h"
#include "gatewayadmin.h"
#include "stores/apikeystore.h"
#include "stores/intakestore.h"
#include "stores/orderimport.h"
#include "stores/webhookstore.h"
#include "testdb.h"
#include "uitest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace docket;
using namespace docket::test;

namespace {

template <typename T> T* child(QWidget* w, const char* name)
{
    T* c = w->findChild<T*>(QLatin1String(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}

QStringList rowTexts(QTableWidget* t, int row)
{
    QStringList out;
    for (int c = 0; c < t->columnCount(); ++c)
        out << (t->item(row, c) ? t->item(row, c)->text() : QString());
    return out;
}

// A real first administrator (UserStore, which lists the roles, checks the
// account is still there).
Session root(const TestDb& tdb)
{
    AccountPolicy fast;
    fast.strength = HashStrength::Minimum;
    return UserStore(tdb.connection(), {}, fast)
        .createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"),
                                  QStringLiteral("Correct-Horse-9"));
}

void shot(QWidget* w, const char* name)
{
    if (qEnvironmentVariableIsSet("DOCKET_SHOT_DIR"))
        w->grab().save(qEnvironmentVariable("DOCKET_SHOT_DIR") + QLatin1Char('/') +
                       QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class TestUiGatewayAdmin : public QObject
{
    Q_OBJECT

private slots:
    void keyIsShownOnceThenRevoked();
    void refusedKeyMakesNothing();
    void webhookDeliveryLog();
    void intakeLogShowsRefusals();
};

void TestUiGatewayAdmin::keyIsShownOnceThenRevoked()
{
    TestDb tdb;
    AdminPage page(tdb.database(), root(tdb));
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<ApiKeysView*>();
    QVERIFY(view);
    page.tabs()->setCurrentWidget(view);
    QCOMPARE(view->table()->rowCount(), 0);

    QString key;
    whenModal([&](QWidget* w) {
        auto* d = qobject_cast<NewApiKeyDialog*>(w);
        if (!d) {
            w->close();
            return;
        }
        QTest::keyClicks(child<QLineEdit>(d, "apiKeyName"), QStringLiteral("erp-sync"));
        auto* role = child<QComboBox>(d, "apiKeyRole");
        role->setCurrentIndex(role->findData(QStringLiteral("clerk")));
        auto* scope = child<QComboBox>(d, "scopeKind");
        scope->setCurrentIndex(scope->findData(QStringLiteral("channels")));
        child<QCheckBox>(d, "channel_web")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(d, "createApiKey"), Qt::LeftButton);
        key = child<QLineEdit>(d, "apiKeyShown")->text();
        if (key.isEmpty())
            qWarning("%s", qPrintable(child<QLabel>(d, "formError")->text()));
        shot(d, "apikey-shown");
        d->accept();
    });
    QTest::mouseClick(child<QPushButton>(view, "newApiKey"), Qt::LeftButton);
    QVERIFY2(key.startsWith(QStringLiteral("dk_")), qPrintable(key));

    // The key works, as a clerk who sees the web shop only.
    const auto who = ApiKeyStore(tdb.connection()).authenticate(key);
    QVERIFY(who);
    QCOMPARE(who->name, QStringLiteral("erp-sync"));
    QVERIFY(who->session.can(Permission::ViewOrders));
    QVERIFY(!who->session.can(Permission::ManageUsers));
    QCOMPARE(who->session.scope().toString(), QStringLiteral("channels:web"));

    // Listed by its first characters, never whole.
    QCOMPARE(view->table()->rowCount(), 1);
    const QStringList row = rowTexts(view->table(), 0);
    QCOMPARE(row[0], QStringLiteral("erp-sync"));
    QCOMPARE(row[2], QStringLiteral("Clerk"));
    QVERIFY2(key.startsWith(row[1].chopped(1)), qPrintable(row.join(u'|')));
    QVERIFY(!row.join(u'|').contains(key));
    QCOMPARE(row[7], QStringLiteral("Active"));
    shot(&page, "apikeys");

    // Revoke asks; Cancel keeps it.
    view->table()->selectRow(0);
    auto* revoke = child<QPushButton>(view, "revokeApiKey");
    QVERIFY(revoke->isEnabled());
    whenModal([](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("erp-sync")));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(ApiKeyStore(tdb.connection()).authenticate(key));
    whenModal([](QWidget* w) {
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(!ApiKeyStore(tdb.connection()).authenticate(key));
    QVERIFY(rowTexts(view->table(), 0)[7].startsWith(QStringLiteral("Revoked")));
    QVERIFY(!revoke->isEnabled()); // revoked already
    // Both in the security log, under the administrator.
    QCOMPARE(queryValue(tdb.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind IN "
                                       "('apikey_created', 'apikey_revoked') AND target = "
                                       "'erp-sync' AND actor = 'root'"))
                 .toInt(),
             2);
}

void TestUiGatewayAdmin::refusedKeyMakesNothing()
{
    TestDb tdb;
    NewApiKeyDialog dialog(tdb.database(), root(tdb));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* error = child<QLabel>(&dialog, "formError");
    QTest::keyClicks(child<QLineEdit>(&dialog, "apiKeyName"), QStringLiteral("erp sync!"));
    QTest::mouseClick(child<QPushButton>(&dialog, "createApiKey"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("\"erp sync!\" is not")),
             qPrintable(error->text()));
    QVERIFY(dialog.key().isEmpty());
    QVERIFY(dialog.isVisible());

    // Channels, but none ticked.
    child<QLineEdit>(&dialog, "apiKeyName")->setText(QStringLiteral("shop"));
    auto* scope = child<QComboBox>(&dialog, "scopeKind");
    scope->setCurrentIndex(scope->findData(QStringLiteral("channels")));
    QTest::mouseClick(child<QPushButton>(&dialog, "createApiKey"), Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("channel")), qPrintable(error->text()));
    shot(&dialog, "apikey-refused");
    QVERIFY(ApiKeyStore(tdb.connection(), adminSession()).list().isEmpty());

    // A role without "manage users" cannot make one (the store says so too).
    const Session clerk(5, QStringLiteral("cleo"), {Permission::ViewOrders}, Scope::all(),
                        QStringLiteral("clerk"));
    NewApiKeyDialog denied(tdb.database(), clerk);
    QVERIFY(!child<QPushButton>(&denied, "createApiKey")->isEnabled());
}

void TestUiGatewayAdmin::webhookDeliveryLog()
{
    TestDb tdb;
    const qint64 sub = WebhookStore(tdb.connection(), adminSession())
                           .add(QStringLiteral("https://erp.example.com/hook"),
                                QStringLiteral("receiver-secret-1234"), {});
    QVERIFY(sub > 0);
    // Two orders: two order.created events for the subscription.
    const QByteArray csv = "Order ID,Customer Name,SKU,Item Name,Qty,Item Cost\n"
                           "1,Ann,A,Mug,1,2.00\n"
                           "2,Bo,B,Card,1,3.00\n";
    OrderImport(tdb.connection(), adminSession())
        .commit(OrderImport::read(csv, QStringLiteral("web")), QStringLiteral("unlinked"));
    // The deliverer: the first delivered, the second failed once.
    WebhookStore deliverer(tdb.connection());
    QList<WebhookDelivery> due = deliverer.claimDue(10);
    QCOMPARE(due.size(), 2);
    deliverer.recordAttempt(due[0], 200, {}, 12, true);
    deliverer.recordAttempt(due[1], 503, QStringLiteral("Service Unavailable"), 40, false);

    WebhookLogView view(tdb.database(), adminSession());
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableWidget* subs = view.subscriptionsTable();
    QCOMPARE(subs->rowCount(), 1);
    const QStringList s = rowTexts(subs, 0);
    QCOMPARE(s[0], QStringLiteral("https://erp.example.com/hook"));
    QCOMPARE(s[1], QStringLiteral("all"));
    QCOMPARE(s.mid(2, 3),
             (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0")}));
    QTableWidget* log = view.deliveriesTable();
    QCOMPARE(log->rowCount(), 2);
    QStringList states, answers;
    for (int r = 0; r < 2; ++r) {
        states << rowTexts(log, r)[2];
        answers << rowTexts(log, r)[4];
        QCOMPARE(rowTexts(log, r)[1], QStringLiteral("order.created"));
    }
    QVERIFY2(states.contains(QStringLiteral("Delivered")) &&
                 states.contains(QStringLiteral("Pending")),
             qPrintable(states.join(u',')));
    QVERIFY2(answers.contains(QStringLiteral("HTTP 503 — Service Unavailable")),
             qPrintable(answers.join(u',')));
    shot(&view, "webhooks");

    // Without "change settings" the log says why it is empty.
    const Session clerk(5, QStringLiteral("cleo"), {Permission::ViewOrders}, Scope::all(),
                        QStringLiteral("clerk"));
    WebhookLogView denied(tdb.database(), clerk);
    denied.reload();
    QCOMPARE(denied.subscriptionsTable()->rowCount(), 0);
    QVERIFY(!child<QLabel>(&denied, "webhookInfo")->text().isEmpty());
}

// Administration → Intake Log: what the gateway refused, newest first, with
// where it came from, the shop's order id, the answer, the field and the
// message; narrowed to one channel with the combo box; a clerk is told why
// it is empty.
void TestUiGatewayAdmin::intakeLogShowsRefusals()
{
    TestDb tdb;
    IntakeStore intake(tdb.connection(), adminSession());
    intake.setChannel(QStringLiteral("app"), IntakeStore::generateSecret(),
                      QStringLiteral("refuse"));
    // As docket-gateway writes them (Gateway::logIntake).
    IntakeLogEntry e;
    e.source = QStringLiteral("woocommerce");
    e.channel = QStringLiteral("web");
    e.externalId = QStringLiteral("W-1");
    e.principal = QStringLiteral("woocommerce:web");
    e.status = 422;
    e.code = QStringLiteral("total_mismatch");
    e.field = QStringLiteral("total");
    e.message = QStringLiteral("The lines add up to 24.00, not 25.00.");
    e.remote = QStringLiteral("127.0.0.1");
    intake.log(e);
    e.externalId = QStringLiteral("W-2");
    e.status = 401;
    e.code = QStringLiteral("bad_signature");
    e.field.clear();
    e.message = QStringLiteral("The signature does not match the body.");
    intake.log(e);
    e.source = QStringLiteral("api");
    e.channel = QStringLiteral("retail");
    e.externalId = QStringLiteral("P-9");
    e.principal = QStringLiteral("key:till");
    e.status = 422;
    e.code = QStringLiteral("unknown_sku");
    e.field = QStringLiteral("lines[0].sku");
    e.message = QStringLiteral("There is no product SKU-X.");
    intake.log(e);

    AdminPage page(tdb.database(), root(tdb));
    auto* tabs = child<QTabWidget>(&page, "adminTabs");
    QVERIFY(tabs);
    auto* view = page.findChild<IntakeLogView*>();
    QVERIFY(view);
    QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("&Intake Log"));
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    tabs->setCurrentWidget(view);
    QTableWidget* table = view->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(
        rowTexts(table, 0).mid(1),
        (QStringList{QStringLiteral("key:till"), QStringLiteral("retail"), QStringLiteral("P-9"),
                     QStringLiteral("422 unknown_sku"), QStringLiteral("lines[0].sku"),
                     QStringLiteral("There is no product SKU-X.")}));
    QCOMPARE(rowTexts(table, 1)[3], QStringLiteral("W-2"));
    QCOMPARE(rowTexts(table, 1)[4], QStringLiteral("401 bad_signature"));
    QCOMPARE(rowTexts(table, 2).mid(1),
             (QStringList{QStringLiteral("woocommerce:web"), QStringLiteral("web"),
                          QStringLiteral("W-1"), QStringLiteral("422 total_mismatch"),
                          QStringLiteral("total"),
                          QStringLiteral("The lines add up to 24.00, not 25.00.")}));
    QVERIFY(!rowTexts(table, 2)[0].isEmpty()); // when, in the user's locale
    QCOMPARE(table->item(2, 1)->toolTip(), QStringLiteral("From the address 127.0.0.1"));
    shot(view, "intake-log");

    // One channel: the configured ones and those in the log are offered.
    QComboBox* channel = view->channelFilter();
    QStringList offered;
    for (int i = 0; i < channel->count(); ++i)
        offered << channel->itemText(i);
    QCOMPARE(offered, (QStringList{QStringLiteral("All channels"), QStringLiteral("app"),
                                   QStringLiteral("retail"), QStringLiteral("web")}));
    channel->setCurrentIndex(channel->findData(QStringLiteral("web")));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(rowTexts(table, 0)[3], QStringLiteral("W-2"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("app")));
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(child<QLabel>(view, "intakeLogInfo")->text(),
             QStringLiteral("Nothing refused from the channel app."));
    // A new refusal shows on Refresh, the channel kept.
    channel->setCurrentIndex(channel->findData(QStringLiteral("web")));
    e.source = QStringLiteral("woocommerce");
    e.channel = QStringLiteral("web");
    e.externalId = QStringLiteral("W-3");
    intake.log(e);
    QTest::mouseClick(child<QPushButton>(view, "intakeLogRefresh"), Qt::LeftButton);
    QCOMPARE(channel->currentData().toString(), QStringLiteral("web"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(rowTexts(table, 0)[3], QStringLiteral("W-3"));

    // Without "change settings" it says why it is empty.
    const Session clerk(5, QStringLiteral("cleo"), {Permission::ViewOrders}, Scope::all(),
                        QStringLiteral("clerk"));
    IntakeLogView denied(tdb.database(), clerk);
    denied.reload();
    QCOMPARE(denied.table()->rowCount(), 0);
    QVERIFY(!child<QLabel>(&denied, "intakeLogInfo")->text().isEmpty());
    QVERIFY(child<QLabel>(&denied, "intakeLogInfo")->text() != QStringLiteral("Nothing refused."));
}

QTEST_MAIN(TestUiGatewayAdmin)
#include "test_ui_gatewayadmin.moc"
