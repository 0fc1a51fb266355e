// Live on the desktop (issue 16 item 8): an order the gateway takes appears on
// an open orders page, highlighted as new and counted on the New badge, by
// the desk's own change notification — no refresh by hand. Both backends; the
// gateway on loopback (on PostgreSQL as its service account).

#include "filterbar.h"
#include "gatewayfixture.h"
#include "items/changewatcher.h"
#include "items/ordertablemodel.h"
#include "orderspage.h"
#include "stores/intakestore.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>
#include <QToolButton>

using namespace docket;
using namespace docket::test;

namespace {

bool hasCustomer(OrderTableModel* m, const QString& name, bool* isNew)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->data(m->index(r, 1)).toString() == name) {
            *isNew = m->data(m->index(r, 0), OrderTableModel::IsNewRole).toBool();
            return true;
        }
    return false;
}

} // namespace

class TestUiGatewayLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DOCKET_SKIP_WITHOUT_BACKENDS(); }
    void gatewayOrderLightsUp_data() { addBackendRows(); }
    void gatewayOrderLightsUp();
};

void TestUiGatewayLive::gatewayOrderLightsUp()
{
    QFETCH(Backend, backend);
    GatewayFixture g(backend);
    const QString key = g.apiKey(QStringLiteral("shop"));
    // A shop whose SKUs the catalogue does not know yet: taken as unlinked lines.
    IntakeStore(g.db().connection(), g.admin())
        .setChannel(QStringLiteral("web"), IntakeStore::generateSecret(),
                    QStringLiteral("unlinked"));
    QString error;
    QVERIFY2(g.start(&error), qPrintable(error));

    OrdersPage page(g.db().database(), g.admin());
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    OrderTableModel* model = page.model();
    QToolButton* badge = page.filterBar()->newOnlyButton();
    QTRY_VERIFY(!model->isLoading());
    const int before = model->rowCount();
    const qint64 newBefore = g.db().store().countNew();
    QVERIFY(page.watcher()->interval() > 0); // the desk's own polling, as configured

    const QByteArray body =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("external_id"), QStringLiteral("LIVE-1")},
                {QStringLiteral("channel"), QStringLiteral("web")},
                {QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Zoë Gateway")}}},
                {QStringLiteral("lines"),
                 QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-1")},
                                        {QStringLiteral("name"), QStringLiteral("Mug")},
                                        {QStringLiteral("quantity"), 1},
                                        {QStringLiteral("unit_price"), QStringLiteral("9.50")}}}}})
            .toJson(QJsonDocument::Compact);
    const HttpResult r = g.post(QStringLiteral("/api/v1/orders"), body, key);
    QVERIFY2(r.status == 201, r.body.constData());

    // Bounded by a few of the desk's polling intervals (not a timing claim).
    const int bound = qMax(10000, page.watcher()->interval() * 5);
    bool isNew = false;
    QTRY_VERIFY_WITH_TIMEOUT(hasCustomer(model, QStringLiteral("Zoë Gateway"), &isNew), bound);
    QVERIFY(isNew);
    QCOMPARE(model->rowCount(), before + 1);
    QTRY_VERIFY_WITH_TIMEOUT(badge->text().contains(QLocale().toString(newBefore + 1)), bound);
}

QTEST_MAIN(TestUiGatewayLive)
#include "test_ui_gatewaylive.moc"
