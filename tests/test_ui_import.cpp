// File → Import Orders… (issue 16 item 9): the dialog reads the chosen file
// at once, names every problem by line and column, imports nothing until the
// file is clean, and imports all or nothing through OrderImport.

#include "importdialog.h"
#include "mainwindow.h"
#include "testdb.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace docket;
using namespace docket::test;

namespace {

const QByteArray kCsv = "Order ID,Order Status,Billing First Name,Billing Last Name,"
                        "Order Currency,Order Total,SKU,Item Name,Qty,Item Cost\n"
                        "7001,processing,Grete,Müller,EUR,27.48,SKU-A,Mug,2,12.50\n"
                        "7001,processing,Grete,Müller,EUR,27.48,SKU-B,Card,1,2.48\n"
                        "7002,pending,Li,Wei,EUR,3.00,SKU-A,Mug,1,3.00\n";

template <typename T> T* child(QWidget* w, const char* name)
{
    T* c = w->findChild<T*>(QLatin1String(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}

qint64 importedOrders(const TestDb& db)
{
    return queryValue(db.connection(),
                      QStringLiteral("SELECT COUNT(*) FROM orders WHERE id IN (SELECT order_id "
                                     "FROM order_sources)"))
        .toLongLong();
}

} // namespace

class TestUiImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanFileImports();
    void badRowsAreListedAndNothingImports();
    void refusedOrderKeepsNothing();
    void importRunsOffTheWindowAndCancels();
    void menuEntryFollowsTheRole();
    void mappingIsRememberedPerChannel();

private:
    QString write(const char* name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void TestUiImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // This test's own settings, not the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("cfg")));
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_import"));
    QSettings().clear();
}

void TestUiImport::cleanFileImports()
{
    TestDb tdb;
    ImportDialog dialog(tdb.database(), adminSession());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* button = child<QPushButton>(&dialog, "importButton");
    QVERIFY(!button->isEnabled()); // no file yet
    dialog.setPath(write("clean.csv", kCsv));
    QVERIFY2(child<QLabel>(&dialog, "importSummary")->text().startsWith(QStringLiteral("2 order")),
             qPrintable(child<QLabel>(&dialog, "importSummary")->text()));
    QVERIFY(!child<QListWidget>(&dialog, "importProblems")->isVisible());
    QVERIFY(button->isEnabled());
    auto* unknown = child<QComboBox>(&dialog, "importUnknownSku");
    unknown->setCurrentIndex(unknown->findData(QStringLiteral("unlinked")));
    if (qEnvironmentVariableIsSet("DOCKET_SHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("DOCKET_SHOT_DIR") +
                           QStringLiteral("/import-clean.png"));

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(imported.wait(60000)); // on the import's own thread
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).value<ImportSummary>().created, 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(importedOrders(tdb), 2);
    QCOMPARE(queryValue(tdb.connection(),
                        QStringLiteral("SELECT status FROM orders o JOIN order_sources s ON "
                                       "s.order_id = o.id WHERE s.external_id = '7001'"))
                 .toString(),
             QStringLiteral("paid"));

    // The same file again: nothing new.
    ImportDialog again(tdb.database(), adminSession());
    again.setPath(m_dir.filePath(QStringLiteral("clean.csv")));
    child<QComboBox>(&again, "importUnknownSku")->setCurrentIndex(1);
    QSignalSpy second(&again, &ImportDialog::imported);
    again.startImport();
    QVERIFY(second.wait(60000));
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().at(0).value<ImportSummary>().unchanged, 2);
    QCOMPARE(importedOrders(tdb), 2);
}

void TestUiImport::badRowsAreListedAndNothingImports()
{
    TestDb tdb;
    QByteArray bad = kCsv;
    bad.replace("SKU-B,Card,1,2.48", "SKU-B,Card,one,2.48");
    bad.append("7003,pending,Ann\n");
    ImportDialog dialog(tdb.database(), adminSession());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPath(write("bad.csv", bad));
    auto* list = child<QListWidget>(&dialog, "importProblems");
    QVERIFY(list->isVisible());
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    QVERIFY2(texts.size() == 2, qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY2(texts[0].startsWith(QStringLiteral("line 3, column Qty: \"Qty\" must be a whole")),
             qPrintable(texts[0]));
    QVERIFY2(texts[1].startsWith(QStringLiteral("line 5:")), qPrintable(texts[1]));
    QVERIFY(
        child<QLabel>(&dialog, "importSummary")->text().startsWith(QStringLiteral("2 problem")));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    if (qEnvironmentVariableIsSet("DOCKET_SHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("DOCKET_SHOT_DIR") +
                           QStringLiteral("/import-bad.png"));
    dialog.startImport(); // refused without a click too
    QCOMPARE(importedOrders(tdb), 0);

    // A missing file is said so.
    dialog.setPath(m_dir.filePath(QStringLiteral("nope.csv")));
    QVERIFY(child<QLabel>(&dialog, "importSummary")
                ->text()
                .startsWith(QStringLiteral("Cannot read nope.csv")));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
}

void TestUiImport::refusedOrderKeepsNothing()
{
    TestDb tdb;
    QSqlQuery insert(tdb.connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO products(sku, name, unit_price_cents) VALUES "
                                       "('SKU-A', 'Mug', 300)")));
    ImportDialog dialog(tdb.database(), adminSession());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPath(write("unknown.csv", kCsv)); // SKU-B is not in the catalogue
    auto* unknown = child<QComboBox>(&dialog, "importUnknownSku");
    unknown->setCurrentIndex(unknown->findData(QStringLiteral("refuse")));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
    QCOMPARE(imported.size(), 0);
    QVERIFY(dialog.isVisible());
    const QString status = child<QLabel>(&dialog, "importStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("7001")) && status.contains(QStringLiteral("line 2")),
             qPrintable(status));
    QCOMPARE(importedOrders(tdb), 0); // 7002 alone would have been fine: not kept either
    QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled()); // may try again
}

// The import runs on a thread of its own (ImportJob): the dialog keeps
// painting its progress while it runs, and Cancel rolls it back after the
// order it is on, keeping nothing; the dialog stays open to try again.
void TestUiImport::importRunsOffTheWindowAndCancels()
{
    TestDb tdb;
    QByteArray many = "Order ID,Order Status,Billing First Name,Billing Last Name,Order Currency,"
                      "Order Total,SKU,Item Name,Qty,Item Cost\n";
    for (int i = 0; i < 3000; ++i)
        many += QStringLiteral("%1,processing,Ann,Lee,EUR,3.00,SKU-A,Mug,1,3.00\n")
                    .arg(90000 + i)
                    .toUtf8();
    ImportDialog dialog(tdb.database(), adminSession());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPath(write("many.csv", many));
    auto* unknown = child<QComboBox>(&dialog, "importUnknownSku");
    unknown->setCurrentIndex(unknown->findData(QStringLiteral("unlinked")));
    auto* progress = child<QProgressBar>(&dialog, "importProgress");
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    // The window's own event loop shows the worker's progress.
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000);
    QVERIFY(dialog.isRunning());
    if (qEnvironmentVariableIsSet("DOCKET_SHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("DOCKET_SHOT_DIR") +
                           QStringLiteral("/import-running.png"));
    auto* box = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(box && box->button(QDialogButtonBox::Cancel));
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton); // while it runs
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
    QCOMPARE(imported.size(), 0);
    QVERIFY(dialog.isVisible());
    const QString status = child<QLabel>(&dialog, "importStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("cancelled")), qPrintable(status));
    if (qEnvironmentVariableIsSet("DOCKET_SHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("DOCKET_SHOT_DIR") +
                           QStringLiteral("/import-cancelled.png"));
    QCOMPARE(importedOrders(tdb), 0);
    QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled()); // may try again
}

void TestUiImport::menuEntryFollowsTheRole()
{
    TestDb tdb;
    {
        MainWindow window(tdb.database(), adminSession());
        auto* import = window.findChild<QAction*>(QStringLiteral("importOrders"));
        QVERIFY(import);
        QVERIFY(import->isEnabled());
        QMenu* file = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->text() == QLatin1String("&File"))
                file = a->menu();
        QVERIFY(file);
        const QList<QAction*> actions = file->actions();
        const auto exportAt =
            actions.indexOf(window.findChild<QAction*>(QStringLiteral("exportOrders")));
        QVERIFY(exportAt >= 0);
        QCOMPARE(actions.indexOf(import), exportAt + 1);
    }
    const Session viewer(5, QStringLiteral("vera"), {Permission::ViewOrders}, Scope::all(),
                         QStringLiteral("clerk"));
    MainWindow window(tdb.database(), viewer);
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("importOrders")));
    ImportDialog dialog(tdb.database(), viewer);
    dialog.setPath(write("viewer.csv", kCsv));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
}

void TestUiImport::mappingIsRememberedPerChannel()
{
    TestDb tdb;
    const QString path = write("german.csv", "Bestellnr;Kunde;Artikelnummer;Bezeichnung;Menge;"
                                             "Preis;Zustand\n"
                                             "8001;Ann;A;Becher;2;3.00;bezahlt\n"
                                             "8002;Bo;B;Karte;1;1.50;offen\n");
    ImportDialog dialog(tdb.database(), adminSession());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* channel = child<QComboBox>(&dialog, "importChannel");
    channel->setCurrentIndex(channel->findData(QStringLiteral("marketplace")));
    dialog.setPath(path);
    QVERIFY(!dialog.file().ok());
    auto* mapButton = child<QPushButton>(&dialog, "importMapping");
    QVERIFY(mapButton->isEnabled());

    // The mapping dialog, driven through its combos: the columns first.
    bool seen = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto* m = qobject_cast<ImportMappingDialog*>(QApplication::activeModalWidget());
        if (!m)
            return;
        seen = true;
        const QList<std::pair<const char*, const char*>> columns{
            {"external_id", "Bestellnr"}, {"customer.name", "Kunde"}, {"line.sku", "Artikelnummer"},
            {"line.name", "Bezeichnung"}, {"line.quantity", "Menge"}, {"line.unit_price", "Preis"},
            {"status", "Zustand"}};
        for (const auto& [field, header] : columns) {
            QComboBox* c = m->fieldCombo(QLatin1String(field));
            c->setCurrentIndex(c->findData(QLatin1String(header)));
        }
        QVERIFY(!m->statusCombo(QStringLiteral("bezahlt"))); // not known yet
        m->accept();
    });
    QTest::mouseClick(mapButton, Qt::LeftButton);
    QVERIFY(seen);
    // The columns are found; the statuses are not Docket's words.
    QCOMPARE(dialog.file().problems.size(), 2);
    QVERIFY2(dialog.file().problems[0].text().startsWith(QStringLiteral("line 2, column Zustand:")),
             qPrintable(dialog.file().problems[0].text()));
    // Then the statuses the file uses.
    seen = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto* m = qobject_cast<ImportMappingDialog*>(QApplication::activeModalWidget());
        if (!m)
            return;
        seen = true;
        QCOMPARE(m->fieldCombo(QStringLiteral("line.sku"))->currentData().toString(),
                 QStringLiteral("Artikelnummer"));
        QComboBox* paid = m->statusCombo(QStringLiteral("bezahlt"));
        QComboBox* open = m->statusCombo(QStringLiteral("offen"));
        QVERIFY(paid && open);
        paid->setCurrentIndex(paid->findData(QStringLiteral("paid")));
        open->setCurrentIndex(open->findData(QStringLiteral("pending")));
        if (qEnvironmentVariableIsSet("DOCKET_SHOT_DIR"))
            m->grab().save(qEnvironmentVariable("DOCKET_SHOT_DIR") +
                           QStringLiteral("/import-mapping.png"));
        m->accept();
    });
    QTest::mouseClick(mapButton, Qt::LeftButton);
    QVERIFY(seen);
    QVERIFY2(dialog.file().ok(), qPrintable(dialog.file().problems.value(0).text()));
    QCOMPARE(dialog.file().orders.size(), 2);
    QCOMPARE(dialog.file().orders[0].order.status, QStringLiteral("paid"));

    // Remembered for the channel on this desk: a new dialog reads the file at once.
    ImportDialog again(tdb.database(), adminSession());
    auto* againChannel = child<QComboBox>(&again, "importChannel");
    againChannel->setCurrentIndex(againChannel->findData(QStringLiteral("marketplace")));
    again.setPath(path);
    QVERIFY(again.file().ok());
    QCOMPARE(again.mapping().statuses.value(QStringLiteral("offen")), QStringLiteral("pending"));
    // Not for another channel.
    againChannel->setCurrentIndex(againChannel->findData(QStringLiteral("web")));
    QVERIFY(again.mapping().isEmpty());
    QVERIFY(!again.file().ok());
}

QTEST_MAIN(TestUiImport)
#include "test_ui_import.moc"
