// The desktop-product UI driven through real widgets offscreen: the settings
// dialog stores typed settings and applies theme, language and locale without
// a restart; printed documents carry the shop details; the window's File and
// Help menus carry export/print/backup/restore/settings/guide/About with
// shortcuts; export, restore, help and About dialogs do what they show.

#include "aboutdialog.h"
#include "backupdialogs.h"
#include "deskactions.h"
#include "domain/shopcurrency.h"
#include "exportdialog.h"
#include "helpviewer.h"
#include "i18n.h"
#include "items/ordertablemodel.h"
#include "mainwindow.h"
#include "orderspage.h"
#include "printing.h"
#include "securitylogview.h"
#include "settings.h"
#include "settingsdialog.h"
#include "shoplisteditor.h"
#include "stores/securitylog.h"
#include "stores/shopsettingsstore.h"
#include "stores/userstore.h"
#include "testdb.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace docket;
using namespace docket::test;

namespace {

// A menu command as a reader sees it: "Sign &Out / Switch User…" ->
// "Sign Out / Switch User" (the guide writes it with or without the dots).
QString menuName(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QRegularExpression(QStringLiteral("(…|\\.\\.\\.)$")));
    text.remove(QRegularExpression(QStringLiteral("\\s*\\([^)]*\\)$"))); // "(&O)" in Chinese
    return text.trimmed();
}

// Marks every text of one context, to see which widgets follow a language
// switch (the shipped .ts files are filled in by the translation pass).
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(QByteArray context) : m_context(std::move(context)) {}
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int n = -1) const override
    {
        if (m_context != context)
            return {};
        QString s = QStringLiteral("译:") + QString::fromUtf8(source);
        if (n >= 0)
            s.replace(QStringLiteral("%n"), QString::number(n));
        return s;
    }

private:
    QByteArray m_context;
};

Order sampleOrder()
{
    Order o;
    o.number = QStringLiteral("DK0000042");
    o.customerName = QStringLiteral("林美玲 <script>");
    o.email = QStringLiteral("mei@example.org");
    o.shipTo = {QStringLiteral("Ringstraße 5"),
                QStringLiteral("Berlin"),
                QStringLiteral("10115"),
                {},
                QStringLiteral("DE")};
    o.channel = QStringLiteral("web");
    o.currency = QStringLiteral("EUR");
    o.lines = {
        OrderLine{0, 0, QStringLiteral("SKU-1"), QStringLiteral("Teapot"), 2, Money(1250)},
        OrderLine{0, 0, QStringLiteral("SKU-2"), QStringLiteral("Cups & Saucers"), 1, Money(899)}};
    o.total = Money(3399);
    o.createdAt = QDateTime::fromSecsSinceEpoch(TestDb::kNow, QTimeZone::utc());
    return o;
}

template <typename T> T* child(QWidget* w, const char* name)
{
    T* c = w->findChild<T*>(QLatin1String(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}

} // namespace

class TestUiSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void settingsPersistAndApply();
    void invalidSettingsAreNamedNotStored();
    void shopSettingsAreReadOnlyWithoutTheRight();
    void shopListsAreEditedAsTables();
    void preferencesArePerUser();
    void settingsShowTheLanguageOfLang();
    void otherDesksChangesArePickedUp();
    void deskShopValuesAreImportedOnce();
    void languageSwitchRetranslatesWithoutRestart();
    void languageSetsTheLocale();
    void printedDocumentsCarryShopDetails();
    void pdfIsWritten();
    void windowMenusHaveShortcuts();
    void exportDialogExportsTheFilteredList();
    void restoreDialogChecksBeforeRestoring();
    void scheduledBackupRunsWhenDue();
    void openDeskCancelsUnpaidPastTheirLimit();
    void helpAndAbout();
    void userGuideSectionsPicturesAndShortcuts();

private:
    QTemporaryDir m_dir;
};

void TestUiSettings::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("cfg")));
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_settings"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
}

void TestUiSettings::init()
{
    QSettings().clear();
    settings::setCurrentUser({});
}

void TestUiSettings::settingsPersistAndApply()
{
    TestDb tdb;
    SettingsDialog dialog(tdb.database(), adminSession());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.isShopReadOnly());
    // The catalogue's currency is unset (no price yet): the field says what that means.
    auto* catalogueCurrency = qobject_cast<QLineEdit*>(dialog.shopField(shop::catalogueCurrency));
    QVERIFY(catalogueCurrency);
    QVERIFY(catalogueCurrency->text().isEmpty());
    QVERIFY2(catalogueCurrency->placeholderText().contains(QLatin1String("EUR")),
             qPrintable(catalogueCurrency->placeholderText()));
    auto* name = qobject_cast<QLineEdit*>(dialog.shopField(shop::shopName));
    QVERIFY(name);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Tea & Co")); // typed: ASCII only
    QTest::keyClicks(name, QStringLiteral(" Berlin"));
    qobject_cast<QPlainTextEdit*>(dialog.shopField(shop::shopAddress))
        ->setPlainText(QStringLiteral("Hauptstraße 1\n10115 Berlin"));
    qobject_cast<QSpinBox*>(dialog.shopField(shop::deadlinePaymentHours))->setValue(48);
    qobject_cast<QSpinBox*>(dialog.shopField(shop::deadlineShippingHours))->setValue(5);
    QComboBox* theme = dialog.themeBox();
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    child<QLineEdit>(&dialog, "backupFolder")->setText(m_dir.filePath(QStringLiteral("backups")));
    qobject_cast<QCheckBox*>(dialog.shopField(shop::backupDaily))->setChecked(true);
    qobject_cast<QSpinBox*>(dialog.shopField(shop::backupKeep))->setValue(4);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The shop's in the database, for every desk, each change in the security log...
    const ShopSettings shop = ShopSettingsStore(tdb.connection(), adminSession()).load();
    QCOMPARE(shop.text(shop::shopName), QStringLiteral("Tea & Co Berlin"));
    QCOMPARE(shop.text(shop::shopAddress), QStringLiteral("Hauptstraße 1\n10115 Berlin"));
    QCOMPARE(shop.whole(shop::deadlinePaymentHours), 48);
    QCOMPARE(shop.whole(shop::deadlineShippingHours), 5);
    QCOMPARE(shop.flag(shop::backupDaily), true);
    QCOMPARE(shop.whole(shop::backupKeep), 4);
    QCOMPARE(queryValue(tdb.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind = "
                                       "'setting_changed'"))
                 .toInt(),
             6);
    // ...and none of it in this desk's file.
    {
        QSettings live;
        for (const QString& key : live.allKeys())
            QVERIFY2(!key.startsWith(QLatin1String("shop/")) &&
                         !key.contains(QLatin1String("overdue")) &&
                         !key.contains(QLatin1String("backup/daily")),
                     qPrintable(key));
    }
    // The personal ones in the desk's file under the typed keys...
    QCOMPARE(settings::theme.value(), QStringLiteral("dark"));
    QVERIFY(QDir(settings::backupFolder.value()).exists()); // created
    // ...and still there after a restart: a fresh read of the file (a copy,
    // so that no in-process cache answers) holds every key under its name.
    {
        QSettings live;
        live.sync();
        const QString copyPath = m_dir.filePath(QStringLiteral("restart.ini"));
        QFile::remove(copyPath);
        QVERIFY(QFile::copy(live.fileName(), copyPath));
        QSettings restarted(copyPath, QSettings::IniFormat);
        QVERIFY(live.allKeys().contains(settings::theme.key()));
        for (const QString& key : live.allKeys())
            QVERIFY2(restarted.value(key) == live.value(key), qPrintable(key));
        QCOMPARE(restarted.value(settings::theme.key()).toString(), QStringLiteral("dark"));
    }
    // ...applied at once (the dark palette)...
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    // ...and read back by the next dialog.
    SettingsDialog again(tdb.database(), adminSession());
    QCOMPARE(qobject_cast<QLineEdit*>(again.shopField(shop::shopName))->text(),
             QStringLiteral("Tea & Co Berlin"));
    QCOMPARE(qobject_cast<QSpinBox*>(again.shopField(shop::deadlinePaymentHours))->value(), 48);
    QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("dark"));

    again.themeBox()->setCurrentIndex(again.themeBox()->findData(QStringLiteral("light")));
    QVERIFY(again.apply());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
}

void TestUiSettings::invalidSettingsAreNamedNotStored()
{
    TestDb tdb;
    SettingsDialog dialog(tdb.database(), adminSession());
    dialog.show();
    child<QLineEdit>(&dialog, "backupFolder")->clear();
    qobject_cast<QCheckBox*>(dialog.shopField(shop::backupDaily))->setChecked(true);
    qobject_cast<QLineEdit*>(dialog.shopField(shop::shopName))
        ->setText(QStringLiteral("Not stored"));
    QVERIFY(!dialog.apply());
    auto* error = child<QLabel>(&dialog, "formError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("Backup folder")));
    const ShopSettings stored = ShopSettingsStore(tdb.connection(), adminSession()).load();
    QVERIFY(stored.stored().isEmpty()); // nothing of it
    QVERIFY(dialog.isVisible());        // stays open to fix the value

    qobject_cast<QCheckBox*>(dialog.shopField(shop::backupDaily))->setChecked(false);
    child<QLineEdit>(&dialog, "defaultDatabase")
        ->setText(m_dir.filePath(QStringLiteral("no/such/dir/x.db")));
    QVERIFY(!dialog.apply());
    QVERIFY(error->text().contains(QStringLiteral("Default database")));

    // A value the shop's parser refuses names the setting; nothing is stored.
    child<QLineEdit>(&dialog, "defaultDatabase")->clear();
    qobject_cast<QLineEdit*>(dialog.shopField(shop::shopEmail))->setText(QStringLiteral("nope"));
    QVERIFY(!dialog.apply());
    QVERIFY2(error->text().contains(shop::label(shop::shopEmail)), qPrintable(error->text()));
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
    QVERIFY(ShopSettingsStore(tdb.connection(), adminSession()).load().stored().isEmpty());
    QCOMPARE(settings::defaultDatabase.value(), QString());
}

// Issue 13 item 1: a clerk renamed the shop. Without "change settings" the
// shop part is read-only, visibly, and says why; the clerk's own
// preferences still apply.
void TestUiSettings::shopSettingsAreReadOnlyWithoutTheRight()
{
    TestDb tdb;
    const Session clerk(5, QStringLiteral("cleo"), {Permission::ViewOrders, Permission::MarkSeen},
                        Scope::all(), QStringLiteral("clerk"));
    SettingsDialog dialog(tdb.database(), clerk);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isShopReadOnly());
    auto* name = qobject_cast<QLineEdit*>(dialog.shopField(shop::shopName));
    QVERIFY(name->isReadOnly());
    QVERIFY(qobject_cast<QSpinBox*>(dialog.shopField(shop::deadlinePaymentHours))->isReadOnly());
    QVERIFY(!dialog.shopField(shop::backupDaily)->isEnabled());
    const QString note = dialog.shopNote()->text();
    QVERIFY2(note.contains(permission::label(Permission::ChangeSettings)), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("Clerk")), qPrintable(note));
    QVERIFY(name->toolTip().contains(permission::label(Permission::ChangeSettings)));
    // Typing does nothing; a forced value is not written either.
    dialog.tabs()->setCurrentIndex(1);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Mine now"));
    QCOMPARE(name->text(), QString());
    name->setText(QStringLiteral("Mine now"));
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("light")));
    QVERIFY(dialog.apply());
    QVERIFY(ShopSettingsStore(tdb.connection(), clerk).load().stored().isEmpty());
    QCOMPARE(settings::theme.value(), QStringLiteral("light"));
}

// Payment methods and carriers are tables: typed into, rows added, removed and
// moved with the buttons; a bad pattern shows in its cell as typed and is
// refused on OK with the row named and the cursor on it, nothing written;
// without the right the tables are read-only and have no buttons.
void TestUiSettings::shopListsAreEditedAsTables()
{
    TestDb tdb;
    SettingsDialog dialog(tdb.database(), adminSession());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.tabs()->setCurrentIndex(1);
    auto* methods = qobject_cast<ShopListEditor*>(dialog.shopField(shop::paymentMethods));
    auto* carriers = qobject_cast<ShopListEditor*>(dialog.shopField(shop::carriers));
    QVERIFY(methods && carriers);
    QTableWidget* mt = methods->table();
    QTableWidget* ct = carriers->table();
    QCOMPARE(mt->rowCount(), 7);
    QCOMPARE(ct->rowCount(), 9);
    QCOMPARE(mt->item(5, ShopListEditor::MethodCode)->text(), QStringLiteral("cod"));
    QCOMPARE(mt->item(5, ShopListEditor::MethodOnDelivery)->checkState(), Qt::Checked);
    QCOMPARE(ct->item(5, ShopListEditor::CarrierPattern)->text(),
             QStringLiteral("[0-9]{10,11}|JJD[0-9]{18}"));
    QVERIFY(methods->addButton()->isVisible());
    QVERIFY(!methods->removeButton()->isEnabled()); // nothing selected yet

    // Payment methods: relabel alipay by typing, retire store_credit with a
    // click on its Active box, add "paypal" after wechat_pay, move it up one.
    // The cell's editor (a line edit the delegate opens on the viewport).
    auto openEditor = [](QTableWidget* t) -> QLineEdit* {
        for (QLineEdit* e : t->viewport()->findChildren<QLineEdit*>())
            if (e->isVisible())
                return e;
        return nullptr;
    };
    auto typeInto = [&](QTableWidget* t, int row, int column, const QString& text) {
        t->setCurrentCell(row, column);
        t->setFocus();
        QTest::keyClick(t, Qt::Key_F2);
        QLineEdit* editor = openEditor(t);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!openEditor(t));
    };
    typeInto(mt, 2, ShopListEditor::MethodLabel, QStringLiteral("Alipay (CN)"));
    QCOMPARE(mt->item(2, ShopListEditor::MethodLabel)->text(), QStringLiteral("Alipay (CN)"));
    mt->setCurrentCell(6, ShopListEditor::MethodActive);
    QTest::keyClick(mt, Qt::Key_Space); // the check box's own key
    QCOMPARE(mt->item(6, ShopListEditor::MethodActive)->checkState(), Qt::Unchecked);
    mt->setCurrentCell(3, 0);
    QTest::mouseClick(methods->addButton(), Qt::LeftButton);
    QCOMPARE(mt->rowCount(), 8);
    QCOMPARE(mt->currentRow(), 4);
    QLineEdit* editor = openEditor(mt); // the new code cell is being edited
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("paypal"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(mt->item(4, ShopListEditor::MethodCode)->text(), QStringLiteral("paypal"));
    QVERIFY(methods->upButton()->isEnabled());
    QTest::mouseClick(methods->upButton(), Qt::LeftButton);
    QCOMPARE(mt->item(3, ShopListEditor::MethodCode)->text(), QStringLiteral("paypal"));
    QCOMPARE(mt->item(4, ShopListEditor::MethodCode)->text(), QStringLiteral("wechat_pay"));
    QCOMPARE(mt->currentRow(), 3);

    // Carriers: remove dpd (the last row); a bad pattern for zto.
    ct->selectRow(8);
    QVERIFY(carriers->removeButton()->isEnabled());
    QVERIFY(!carriers->downButton()->isEnabled()); // the last row goes no lower
    QTest::mouseClick(carriers->removeButton(), Qt::LeftButton);
    QCOMPARE(ct->rowCount(), 8);
    typeInto(ct, 2, ShopListEditor::CarrierPattern, QStringLiteral("7[0-9{11,14}"));
    QTableWidgetItem* pattern = ct->item(2, ShopListEditor::CarrierPattern);
    QVERIFY2(pattern->toolTip().contains(QLatin1String("Not a valid pattern")),
             qPrintable(pattern->toolTip()));
    QVERIFY(pattern->foreground().color() != ct->palette().color(QPalette::Text));

    // OK: refused, the row named, the cursor on the pattern, nothing stored.
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("formError"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Row 3 (zto)")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(shop::label(shop::carriers)), qPrintable(error->text()));
    QCOMPARE(ct->currentRow(), 2);
    QCOMPARE(ct->currentColumn(), int(ShopListEditor::CarrierPattern));
    QVERIFY(ct->hasFocus());
    QVERIFY(ShopSettingsStore(tdb.connection(), adminSession()).load().stored().isEmpty());

    // A duplicate code is refused the same way.
    typeInto(ct, 2, ShopListEditor::CarrierPattern, QStringLiteral("7[0-9]{11,14}"));
    QVERIFY(!pattern->toolTip().contains(QLatin1String("Not a valid pattern")));
    typeInto(ct, 7, ShopListEditor::CarrierCode, QStringLiteral("sf"));
    QVERIFY(!dialog.apply());
    QVERIFY2(error->text().contains(QLatin1String("Row 8 (sf)")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("listed twice")), qPrintable(error->text()));
    QCOMPARE(ct->currentRow(), 7);
    typeInto(ct, 7, ShopListEditor::CarrierCode, QStringLiteral("fedex"));

    // Now it is stored, in the order shown, and audited.
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    const ShopSettings stored = ShopSettingsStore(tdb.connection(), adminSession()).load();
    const QList<PaymentMethod> m =
        fulfilment::parsePaymentMethods(stored.text(shop::paymentMethods));
    QStringList codes;
    for (const PaymentMethod& x : m)
        codes << x.code;
    QCOMPARE(codes, QStringLiteral("card,debit_card,alipay,paypal,wechat_pay,bank_transfer,cod,"
                                   "store_credit")
                        .split(QLatin1Char(',')));
    QCOMPARE(m[2].label, QStringLiteral("Alipay (CN)"));
    QCOMPARE(m[1].label, QStringLiteral("Debit card")); // left empty: the built-in name
    QVERIFY(!m[7].active);
    QVERIFY(m[6].onDelivery);
    const QList<Carrier> c = fulfilment::parseCarriers(stored.text(shop::carriers));
    QCOMPARE(c.size(), 8);
    QCOMPARE(c[7].code, QStringLiteral("fedex"));
    QCOMPARE(c[2].pattern, QStringLiteral("7[0-9]{11,14}"));
    QCOMPARE(queryValue(tdb.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind = "
                                       "'setting_changed' AND target IN (?, ?)"),
                        {shop::paymentMethods.id(), shop::carriers.id()})
                 .toInt(),
             2);

    // A clerk sees the same tables, read-only and without buttons.
    const Session clerk(5, QStringLiteral("cleo"), {Permission::ViewOrders, Permission::MarkSeen},
                        Scope::all(), QStringLiteral("clerk"));
    SettingsDialog readOnly(tdb.database(), clerk);
    readOnly.show();
    QVERIFY(QTest::qWaitForWindowExposed(&readOnly));
    readOnly.tabs()->setCurrentIndex(1);
    auto* roMethods = qobject_cast<ShopListEditor*>(readOnly.shopField(shop::paymentMethods));
    QVERIFY(roMethods->isReadOnly());
    QVERIFY(!roMethods->addButton()->isVisible());
    QVERIFY(!roMethods->removeButton()->isVisible());
    QTableWidget* rt = roMethods->table();
    QCOMPARE(rt->rowCount(), 8);
    rt->setCurrentCell(2, ShopListEditor::MethodLabel);
    rt->setFocus();
    QTest::keyClick(rt, Qt::Key_F2);
    QTest::keyClicks(rt, QStringLiteral("x"));
    QCOMPARE(rt->item(2, ShopListEditor::MethodLabel)->text(), QStringLiteral("Alipay (CN)"));
    QVERIFY(!(rt->item(7, ShopListEditor::MethodActive)->flags() & Qt::ItemIsUserCheckable));
}

// Personal preferences are per user on a desk: two users, two themes and
// layouts; a user who never chose gets the desk's.
void TestUiSettings::preferencesArePerUser()
{
    settings::setCurrentUser({});
    settings::theme.setValue(QStringLiteral("dark")); // the desk's, before anyone signs in
    settings::setCurrentUser(QStringLiteral("Ann"));
    QCOMPARE(settings::theme.value(), QStringLiteral("dark"));
    settings::theme.setValue(QStringLiteral("light"));
    settings::ordersHeaderState.setValue(QByteArray("ann's columns"));
    settings::setCurrentUser(QStringLiteral("bob/ops"));
    QCOMPARE(settings::theme.value(), QStringLiteral("dark"));
    QVERIFY(!settings::theme.hasUserValue());
    QCOMPARE(settings::ordersHeaderState.value(), QByteArray());
    settings::ordersHeaderState.setValue(QByteArray("bob's columns"));
    settings::setCurrentUser(QStringLiteral("ann"));
    QCOMPARE(settings::theme.value(), QStringLiteral("light"));
    QCOMPARE(settings::ordersHeaderState.value(), QByteArray("ann's columns"));
    settings::setCurrentUser(QStringLiteral("Bob/Ops"));
    QCOMPARE(settings::ordersHeaderState.value(), QByteArray("bob's columns"));
    // A desk setting is the same for both.
    settings::backupFolder.setValue(QStringLiteral("/x"));
    settings::setCurrentUser(QStringLiteral("ann"));
    QCOMPARE(settings::backupFolder.value(), QStringLiteral("/x"));
    settings::setCurrentUser({});
}

// --lang zh_CN: Settings showed "System default".
void TestUiSettings::settingsShowTheLanguageOfLang()
{
    TestDb tdb;
    settings::language.setValue(QString());
    setLanguageOverride(QStringLiteral("zh_CN"));
    installTranslators(*qApp, QStringLiteral("zh_CN"));
    {
        SettingsDialog dialog(tdb.database(), adminSession());
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
        QVERIFY(dialog.findChildren<QLabel*>().size() > 0);
        bool said = false;
        for (QLabel* l : dialog.findChildren<QLabel*>())
            said = said || l->text().contains(QStringLiteral("--lang"));
        QVERIFY(said);
        // Applying without touching it keeps the stored choice.
        QVERIFY(dialog.apply());
        QCOMPARE(settings::language.value(), QString());
    }
    setLanguageOverride({});
    installTranslators(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// Another desk (or docketctl) changes the shop settings: this one picks them
// up, for the overdue highlighting and for printing, without a restart; the
// security log shows the setting's label, not its key.
void TestUiSettings::otherDesksChangesArePickedUp()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 100;
    DOCKET_SEED_OR_SKIP(store, seed);
    MainWindow window(tdb.database(), adminSession());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    OrdersPage* page = window.ordersPage();
    QCOMPARE(page->shopSettings().whole(shop::deadlinePaymentHours), 72);
    {
        const std::shared_ptr<Database> other = tdb.openAnother();
        ShopSettingsStore(other->connection(), adminSession())
            .set({{shop::deadlinePaymentHours.id(), QStringLiteral("5")},
                  {shop::shopName.id(), QStringLiteral("Kiosk am Markt")}});
    }
    QTRY_COMPARE_WITH_TIMEOUT(page->shopSettings().whole(shop::deadlinePaymentHours), 5, 10000);
    QCOMPARE(page->shopSettings().text(shop::shopName), QStringLiteral("Kiosk am Markt"));
    QCOMPARE(ShopDetails::from(page->shopSettings()).name, QStringLiteral("Kiosk am Markt"));

    // Administration → Security Log names the setting by its label.
    UserStore users(tdb.connection(), Session());
    const Session admin = users.createFirstAdministrator(
        QStringLiteral("ada"), QStringLiteral("Ada"), QStringLiteral("a long password 1"));
    UserStore adminStore(tdb.connection(), admin);
    SecurityLogView log(adminStore);
    log.reload();
    QStringList targets;
    for (int r = 0; r < log.table()->rowCount(); ++r)
        if (log.table()->item(r, 2)->data(Qt::UserRole).toString() ==
            QLatin1String("setting_changed"))
            targets << log.table()->item(r, 3)->text();
    QVERIFY2(targets.contains(shop::label(shop::deadlinePaymentHours)),
             qPrintable(targets.join(u',')));
    QVERIFY(targets.contains(shop::label(shop::shopName)));
    QVERIFY(!targets.contains(shop::deadlinePaymentHours.id()));
}

// An existing desk's shop values (an older Docket kept them in its file) go
// to a database that has none, once, audited, only with the right.
void TestUiSettings::deskShopValuesAreImportedOnce()
{
    TestDb tdb;
    QSettings s;
    s.setValue(QStringLiteral("shop/name"), QStringLiteral("Old Desk Shop"));
    s.setValue(QStringLiteral("orders/overdueUnpaidHours"), 24);
    s.setValue(QStringLiteral("orders/overdueUnshippedDays"), 3); // the default: not imported
    s.sync();
    const Session clerk(5, QStringLiteral("cleo"), {Permission::ViewOrders}, Scope::all(),
                        QStringLiteral("clerk"));
    {
        MainWindow window(tdb.database(), clerk);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(
            permission::label(Permission::ChangeSettings)));
        QVERIFY(ShopSettingsStore(tdb.connection(), clerk).load().stored().isEmpty());
    }
    QVERIFY(QSettings().contains(QStringLiteral("shop/name"))); // kept for someone who may
    {
        MainWindow window(tdb.database(), adminSession());
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Imported 2")));
        const ShopSettings shop = ShopSettingsStore(tdb.connection(), clerk).load();
        QCOMPARE(shop.text(shop::shopName), QStringLiteral("Old Desk Shop"));
        QCOMPARE(shop.whole(shop::deadlinePaymentHours), 24);
        QVERIFY(!shop.isSet(shop::deadlineShippingHours));
        QTRY_COMPARE(window.ordersPage()->shopSettings().whole(shop::deadlinePaymentHours), 24);
    }
    QCOMPARE(queryValue(tdb.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM security_events WHERE kind = "
                                       "'setting_changed' AND actor = 'tester'"))
                 .toInt(),
             2);
    QVERIFY(!QSettings().contains(QStringLiteral("shop/name"))); // moved, not copied
    // Once: a later change in the database is not overwritten by anything.
    ShopSettingsStore(tdb.connection(), adminSession())
        .set(shop::shopName.id(), QStringLiteral("Newer"));
    {
        MainWindow window(tdb.database(), adminSession());
        QTest::qWait(50);
    }
    QCOMPARE(ShopSettingsStore(tdb.connection(), clerk).load().text(shop::shopName),
             QStringLiteral("Newer"));
}

void TestUiSettings::languageSwitchRetranslatesWithoutRestart()
{
    SettingsDialog dialog(nullptr, adminSession());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = child<QTabWidget>(&dialog, "settingsTabs");
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Personal"));

    QMainWindow window;
    DeskActions desk(nullptr, adminSession(), nullptr, &window);
    QCOMPARE(desk.exportOrders()->text(), QStringLiteral("&Export Orders…"));

    MarkingTranslator dialogTexts("docket::SettingsDialog");
    MarkingTranslator actionTexts("docket::DeskActions");
    QCoreApplication::installTranslator(&dialogTexts);
    QCoreApplication::installTranslator(&actionTexts);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("译:&Personal"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("译:Settings"));
    QTRY_COMPARE(desk.exportOrders()->text(), QStringLiteral("译:&Export Orders…"));
    QVERIFY(desk.exportOrders()->toolTip().startsWith(QStringLiteral("译:Export Orders")));
    QCoreApplication::removeTranslator(&dialogTexts);
    QCoreApplication::removeTranslator(&actionTexts);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Personal"));
    QTRY_COMPARE(desk.exportOrders()->text(), QStringLiteral("&Export Orders…"));
}

void TestUiSettings::languageSetsTheLocale()
{
    const QLocale before;
    SettingsDialog dialog(nullptr, adminSession());
    QComboBox* language = dialog.languageBox();
    QCOMPARE(language->count(), 4); // system + English, 简体中文, 繁體中文
    QCOMPARE(language->itemText(2), QStringLiteral("简体中文"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
    QVERIFY(dialog.apply());
    QCOMPARE(settings::language.value(), QStringLiteral("zh_TW"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QLocale().territory(), QLocale::Taiwan);
    // Dates and amounts follow the new locale.
    QCOMPARE(Money(123456, u"EUR").toNumberString(), QLocale().toString(1234.56, 'f', 2));

    language->setCurrentIndex(language->findData(QString()));
    QVERIFY(dialog.apply());
    QCOMPARE(settings::language.value(), QString());
    QCOMPARE(QLocale().name(), QLocale::system().name());
    QLocale::setDefault(before);
}

void TestUiSettings::printedDocumentsCarryShopDetails()
{
    const ShopSettings settings(
        {{shop::shopName.id(), QStringLiteral("Tea & Co <Berlin>")},
         {shop::shopAddress.id(), QStringLiteral("Hauptstraße 1\n10115 Berlin")},
         {shop::shopEmail.id(), QStringLiteral("shop@example.org")}});
    const ShopDetails shop = ShopDetails::from(settings);
    QCOMPARE(shop.name, QStringLiteral("Tea & Co <Berlin>"));
    QCOMPARE(ShopDetails::from(ShopSettings()).name, QStringLiteral("Docket Demo Shop"));
    const Order o = sampleOrder();
    const QLocale en(QLocale::English, QLocale::UnitedStates);

    const QString invoice = printing::orderHtml(o, OrderDocument::Invoice, shop, en);
    QVERIFY(invoice.contains(QStringLiteral("Tea &amp; Co &lt;Berlin&gt;")));
    QVERIFY(invoice.contains(QStringLiteral("Hauptstraße 1<br>10115 Berlin")));
    QVERIFY(invoice.contains(QStringLiteral("林美玲 &lt;script&gt;")));
    QVERIFY(!invoice.contains(QStringLiteral("<script>")));
    QVERIFY(invoice.contains(QStringLiteral("DK0000042")));
    QVERIFY(invoice.contains(Money(3399, u"EUR").toString(en).toHtmlEscaped()));
    QVERIFY(invoice.contains(Money(2500, u"EUR").toString(en).toHtmlEscaped())); // 2 × 12.50

    const QString slip = printing::orderHtml(o, OrderDocument::PackingSlip, shop, en);
    QVERIFY(slip.contains(QStringLiteral("Tea &amp; Co &lt;Berlin&gt;")));
    QVERIFY(slip.contains(QStringLiteral("Cups &amp; Saucers")));
    QVERIFY(!slip.contains(Money(3399, u"EUR").toString(en).toHtmlEscaped())); // no prices
    QVERIFY(!slip.contains(Money(1250, u"EUR").toString(en).toHtmlEscaped()));

    PrintOrderDialog dialog(o, shop);
    dialog.setDocument(OrderDocument::PackingSlip);
    QCOMPARE(dialog.html(), printing::orderHtml(o, OrderDocument::PackingSlip, shop));
    QCOMPARE(settings::printDocument.value(), QStringLiteral("packingSlip")); // remembered
}

void TestUiSettings::pdfIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("invoice.pdf"));
    printing::saveAsPdf(path, sampleOrder(), OrderDocument::Invoice,
                        ShopDetails::from(ShopSettings()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(f.size() > 1000);
    const auto e = catchError([&] {
        printing::saveAsPdf(m_dir.filePath(QStringLiteral("missing/x.pdf")), sampleOrder(),
                            OrderDocument::Invoice, {});
    });
    QVERIFY(e);
    QCOMPARE(e->code(), DocketError::Code::Invalid);
}

void TestUiSettings::windowMenusHaveShortcuts()
{
    TestDb tdb;
    MainWindow window(tdb.database(), adminSession());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu* file = nullptr;
    QMenu* help = nullptr;
    for (QAction* a : window.menuBar()->actions()) {
        if (a->text() == QLatin1String("&File"))
            file = a->menu();
        if (a->text() == QLatin1String("&Help"))
            help = a->menu();
    }
    QVERIFY(file && help);
    for (const char* name :
         {"exportOrders", "printOrder", "backupDatabase", "restoreDatabase", "settings"}) {
        auto* a = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(a, name);
        QVERIFY2(file->actions().contains(a), name);
        QVERIFY2(!a->shortcut().isEmpty(), name);
        QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)), name);
        QVERIFY2(!a->statusTip().isEmpty(), name);
    }
    for (const char* name : {"userGuide", "aboutDocket"}) {
        auto* a = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(a && help->actions().contains(a), name);
        QVERIFY2(!a->shortcut().isEmpty(), name);
    }
    // One About entry, not two.
    int abouts = 0;
    for (QAction* a : help->actions())
        abouts += a->menuRole() == QAction::AboutRole;
    QCOMPARE(abouts, 1);
    // Print needs a current order; the shortcut reaches it from the window.
    auto* print = window.findChild<QAction*>(QStringLiteral("printOrder"));
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(!print->isEnabled());
}

void TestUiSettings::exportDialogExportsTheFilteredList()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 600;
    seed.now = TestDb::kNow;
    DOCKET_SEED_OR_SKIP(store, seed);
    OrderFilter filter;
    filter.channels = {QStringLiteral("web")};
    const qint64 expected = store.count(filter);
    QVERIFY(expected > 50);

    ExportDialog dialog(tdb.database(), adminSession(), filter, {}, expected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(child<QLabel>(&dialog, "exportSummary")->text().contains(QString::number(expected)));
    const QString path = m_dir.filePath(QStringLiteral("dialog.csv"));
    dialog.setPath(path);
    child<QRadioButton>(&dialog, "formatXlsx")->click();
    QVERIFY(child<QLineEdit>(&dialog, "exportPath")->text().endsWith(QStringLiteral(".xlsx")));
    QVERIFY(!child<QCheckBox>(&dialog, "excelCompatible")->isEnabled()); // CSV only
    child<QRadioButton>(&dialog, "formatCsv")->click();
    QVERIFY(child<QLineEdit>(&dialog, "exportPath")->text().endsWith(QStringLiteral(".csv")));
    child<QCheckBox>(&dialog, "excelCompatible")->setChecked(false);

    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.first().at(0).toLongLong(), expected);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count("\r\n"), expected + 1);
    QCOMPARE(settings::exportFormat.value(), QStringLiteral("csv")); // remembered

    // A role without Export cannot start one.
    ExportDialog denied(tdb.database(), sessionWith(QStringLiteral("c"), {Permission::ViewOrders}),
                        filter, {}, expected);
    QVERIFY(!child<QPushButton>(&denied, "exportButton")->isEnabled());
}

void TestUiSettings::restoreDialogChecksBeforeRestoring()
{
    TestDb tdb;
    OrderStore store = tdb.store();
    SeedOptions seed;
    seed.orders = 200;
    seed.now = TestDb::kNow;
    DOCKET_SEED_OR_SKIP(store, seed);
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.db"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not a database");
    }
    RestoreDialog dialog(tdb.database(), adminSession());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* start = child<QPushButton>(&dialog, "restoreStart");
    QVERIFY(!start->isEnabled());
    dialog.setPath(garbage);
    QTRY_VERIFY(!dialog.isChecking()); // the check runs on its own thread
    QVERIFY(!dialog.candidateOk());
    QVERIFY(!start->isEnabled());
    auto* error = child<QLabel>(&dialog, "formError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("not a SQLite")));

    // A real backup passes the checks and says what it holds.
    const QString backup = m_dir.filePath(QStringLiteral("dialog-backup.db"));
    BackupDialog backupDialog(tdb.database(), adminSession());
    backupDialog.setPath(backup);
    QSignalSpy written(&backupDialog, &BackupDialog::finished);
    backupDialog.start();
    QVERIFY(written.wait(30000));
    dialog.setPath(backup);
    QVERIFY(!start->isEnabled()); // not before the check has passed
    QTRY_VERIFY(dialog.candidateOk());
    QVERIFY(start->isEnabled());
    auto* info = child<QLabel>(&dialog, "restoreInfo");
    QVERIFY(info->isVisible());
    QVERIFY(info->text().contains(QStringLiteral("200")));

    // Without the permission nothing can be chosen.
    RestoreDialog denied(tdb.database(),
                         sessionWith(QStringLiteral("c"), {Permission::ViewOrders}));
    QVERIFY(!child<QLineEdit>(&denied, "restorePath")->isEnabled());
}

void TestUiSettings::scheduledBackupRunsWhenDue()
{
    TestDb tdb;
    tdb.store().create([] {
        Order o = sampleOrder();
        o.number.clear();
        o.createdAt = {};
        return o;
    }());
    const QString folder = m_dir.filePath(QStringLiteral("scheduled"));
    settings::backupFolder.setValue(folder);
    ShopSettingsStore shopStore(tdb.connection(), adminSession());
    shopStore.set(shop::backupKeep.id(), QStringLiteral("2"));
    QMainWindow window;
    DeskActions desk(tdb.database(), adminSession(), nullptr, &window);
    desk.runScheduledBackupIfDue(); // off: nothing
    QTest::qWait(200);
    QCOMPARE(BackupService::scheduledBackups(folder), QStringList());

    // The policy is the shop's, in the database.
    shopStore.set(shop::backupDaily.id(), QStringLiteral("true"));
    QSignalSpy message(&desk, &DeskActions::statusMessage);
    desk.runScheduledBackupIfDue();
    QTRY_COMPARE_WITH_TIMEOUT(BackupService::scheduledBackups(folder).size(), 1, 20000);
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY(message.first().at(0).toString().contains(QStringLiteral("Daily backup")));
    desk.runScheduledBackupIfDue(); // done for today
    QTest::qWait(200);
    QCOMPARE(BackupService::scheduledBackups(folder).size(), 1);
}

// Issue 15 item 5: automatic cancellation of orders unpaid past their limit
// runs by `docketctl jobs run` AND by the open application: only when the
// shop switched it on, only for a user who may change statuses, and the
// status bar says how many.
void TestUiSettings::openDeskCancelsUnpaidPastTheirLimit()
{
    TestDb tdb;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Placed 100 hours ago: past the 72 hours for payment.
    const qint64 late = tdb.store(adminSession(), now - 100 * 3600).create([] {
        Order o = sampleOrder();
        o.number.clear();
        o.createdAt = {};
        o.status = QStringLiteral("pending");
        return o;
    }());
    const qint64 fresh = tdb.store(adminSession(), now - 3600).create([] {
        Order o = sampleOrder();
        o.number.clear();
        o.createdAt = {};
        o.status = QStringLiteral("pending");
        return o;
    }());
    QCOMPARE(tdb.store().order(late).status, QStringLiteral("pending"));
    QMainWindow window;
    {
        DeskActions desk(tdb.database(), adminSession(), nullptr, &window);
        desk.runJobsIfDue(); // switched off: nothing
        QTest::qWait(300);
        QCOMPARE(tdb.store().order(late).status, QStringLiteral("pending"));
    }
    ShopSettingsStore(tdb.connection(), adminSession())
        .set(shop::autoCancelUnpaid.id(), QStringLiteral("true"));
    {
        // A user who may not change statuses runs nothing.
        DeskActions desk(tdb.database(),
                         sessionWith(QStringLiteral("vera"), {Permission::ViewOrders}), nullptr,
                         &window);
        desk.runJobsIfDue();
        QTest::qWait(300);
        QCOMPARE(tdb.store().order(late).status, QStringLiteral("pending"));
    }
    DeskActions desk(tdb.database(), adminSession(), nullptr, &window);
    QSignalSpy message(&desk, &DeskActions::statusMessage);
    desk.runJobsIfDue();
    QTRY_COMPARE_WITH_TIMEOUT(tdb.store().order(late).status, QStringLiteral("cancelled"), 20000);
    QCOMPARE(tdb.store().order(fresh).status, QStringLiteral("pending"));
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.last().at(0).toString().contains(QLatin1String("1 unpaid order")),
             qPrintable(message.last().at(0).toString()));
}

void TestUiSettings::helpAndAbout()
{
    HelpViewer help;
    const QString text = help.browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Docket")), "the user guide did not load");
    QVERIFY(text.contains(QStringLiteral("Ctrl+E")));
    // Every picture the guide shows is compiled in.
    QFile guide(QStringLiteral(":/help/guide.html"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(guide.readAll());
    static const QRegularExpression img(QStringLiteral("<img[^>]+src=\"([^\"]+)\""));
    int images = 0;
    for (auto it = img.globalMatch(html); it.hasNext(); ++images) {
        const QString src = it.next().captured(1);
        QVERIFY2(QFile::exists(QStringLiteral(":/help/") + src), qPrintable(src));
    }
    QVERIFY(images >= 3);

    TestDb tdb;
    AboutDialog about(tdb.database(), adminSession());
    const QString details = about.detailsText();
    QVERIFY(details.contains(QString::fromLatin1(qVersion())));
    QVERIFY(details.contains(tdb.database()->sqliteVersion()));
    QVERIFY(details.contains(tdb.database()->config().displayName()));
    QVERIFY(details.contains(QStringLiteral(DOCKET_VERSION)));
    QVERIFY(details.contains(QStringLiteral("DocketTest")));
}

void TestUiSettings::userGuideSectionsPicturesAndShortcuts()
{
    QFile guide(QStringLiteral(":/help/guide.html"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(guide.readAll());

    // Every section has its anchor and a line in the contents (old anchors
    // stay: README and other documents link to them).
    static const QRegularExpression idRe(QStringLiteral("id=\"([^\"]+)\""));
    static const QRegularExpression hrefRe(QStringLiteral("href=\"#([^\"]+)\""));
    QSet<QString> ids;
    for (auto it = idRe.globalMatch(html); it.hasNext();)
        ids.insert(it.next().captured(1));
    QSet<QString> linked;
    for (auto it = hrefRe.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(ids.contains(target), qPrintable(QStringLiteral("#%1 leads nowhere").arg(target)));
        linked.insert(target);
    }
    const QStringList sections{
        QStringLiteral("start"),  QStringLiteral("signin"),   QStringLiteral("orders"),
        QStringLiteral("find"),   QStringLiteral("order"),    QStringLiteral("many"),
        QStringLiteral("export"), QStringLiteral("import"),   QStringLiteral("print"),
        QStringLiteral("backup"), QStringLiteral("settings"), QStringLiteral("analytics"),
        QStringLiteral("admin"),  QStringLiteral("team"),     QStringLiteral("keys"),
        QStringLiteral("cli")};
    for (const QString& id : sections) {
        QVERIFY2(html.contains(QStringLiteral("<h2 id=\"%1\">").arg(id)), qPrintable(id));
        QVERIFY2(linked.contains(id), qPrintable(id + QStringLiteral(" is not in the contents")));
    }

    // Every picture is compiled in, is a real image, and stays small; the
    // screens the sections are about have theirs.
    static const QRegularExpression imgRe(QStringLiteral("<img[^>]+src=\"([^\"]+)\""));
    QSet<QString> pictures;
    for (auto it = imgRe.globalMatch(html); it.hasNext();) {
        const QString src = it.next().captured(1);
        const QString path = QStringLiteral(":/help/") + src;
        QVERIFY2(QFile::exists(path), qPrintable(src + QStringLiteral(" is missing")));
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(src + QStringLiteral(" is not an image")));
        QVERIFY2(image.width() >= 300 && image.width() <= 1280, qPrintable(src));
        QVERIFY2(QFileInfo(path).size() < 500 * 1024, qPrintable(src + QStringLiteral(" is big")));
        pictures.insert(src);
    }
    for (const char* name :
         {"signin.png", "orders.png", "import.png", "analytics.png", "admin.png", "admin-roles.png",
          "connect.png", "catalogue.png", "stock.png", "transfers.png", "stock-ledger.png",
          "stock-analytics.png", "after-sales.png", "archive-search.png", "intake-log.png"})
        QVERIFY2(pictures.contains(QLatin1String(name)), name);

    // The viewer opens a section by its anchor.
    HelpViewer help;
    help.resize(900, 700);
    help.showTopic(QStringLiteral("analytics"));
    QCOMPARE(help.browser()->source().fragment(), QStringLiteral("analytics"));
    const QString text = help.browser()->toPlainText();
    for (const char* title :
         {"Signing in", "Importing orders", "Analytics", "Administration", "Working as a team"})
        QVERIFY2(text.contains(QLatin1String(title)), title);

    // Every shortcut of the window's menus is in the guide, under the name
    // the application shows (Ctrl+Shift+K, not a made-up one).
    TestDb tdb;
    MainWindow window(tdb.database(), adminSession());
    QStringList missing;
    // ... and named as the menu names it (issue 13: "Sign Out / Switch User"
    // was only a row of the keys table), so a reader finds what the command does.
    QStringList unnamed;
    for (QAction* top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction* a : top->menu()->actions()) {
            if (a->isSeparator() || !a->isVisible() || a->shortcut().isEmpty())
                continue;
            const QString keys = a->shortcut().toString(QKeySequence::PortableText);
            const QString shown = keys == QLatin1String("Del") ? QStringLiteral("Delete") : keys;
            if (!html.contains(QStringLiteral("<kbd>%1</kbd>").arg(shown)))
                missing << QStringLiteral("%1 (%2)").arg(shown, a->text());
            const QString name = menuName(a->text());
            if (!text.contains(name))
                unnamed << name;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("not named in the guide: ") +
                                           unnamed.join(QStringLiteral(", "))));
    // File → Import Orders… has no shortcut but a section of its own (issue 16).
    const auto* import = window.findChild<QAction*>(QStringLiteral("importOrders"));
    QVERIFY(import);
    const auto* file = qobject_cast<QMenu*>(import->parent());
    QVERIFY(file);
    const QString command =
        QStringLiteral("%1 → %2…").arg(menuName(file->title()), menuName(import->text()));
    QVERIFY2(text.contains(command), qPrintable(command));
}

QTEST_MAIN(TestUiSettings)
#include "test_ui_settings.moc"
