// The export dialog as people use it (issue 13, item 3), driven offscreen:
// the file written has the format its name says (typing ".xlsx" with CSV
// selected writes a workbook, picking a format renames the file), the chosen
// columns and their order are what the file holds, and an error or the
// progress bar never slides over the format choice.

#include "exportdialog.h"
#include "items/ordercolumns.h"
#include "settings.h"
#include "testdb.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

Order draft(int i)
{
    Order o;
    o.customerName = QStringLiteral("Exported %1").arg(i);
    o.email = QStringLiteral("buyer%1@example.org").arg(i);
    o.phone = QStringLiteral("+49 30 1234 %1").arg(i);
    o.channel = QStringLiteral("web");
    o.shipTo.street = QStringLiteral("%1 Paper Road").arg(i);
    o.shipTo.city = QStringLiteral("Leeds");
    o.lines = {
        OrderLine{0, 0, QStringLiteral("SKU-%1").arg(i), QStringLiteral("Thing"), 2, Money(150)}};
    return o;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs the dialog's export to its end; false when it did not finish.
bool runExport(ExportDialog& dialog)
{
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
    return exported.wait(30000);
}

// Two widgets side by side or stacked, never over each other.
bool overlaps(QWidget* a, QWidget* b, QWidget* in)
{
    const QRect ra(a->mapTo(in, QPoint(0, 0)), a->size());
    const QRect rb(b->mapTo(in, QPoint(0, 0)), b->size());
    return ra.intersects(rb);
}

} // namespace

class TestUiExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("cfg")));
        QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_ui_export"));
    }

    void init() { QSettings().clear(); }

    // Typing a name ending in .xlsx while CSV was selected wrote CSV text
    // into the .xlsx file.
    void formatFollowsTheName()
    {
        TestDb tdb;
        OrderStore store = tdb.store();
        for (int i = 0; i < 3; ++i)
            store.create(draft(i));
        ExportDialog dialog(tdb.database(), adminSession(), OrderFilter(), {}, 3);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* csv = child<QRadioButton>(&dialog, "formatCsv");
        auto* xlsx = child<QRadioButton>(&dialog, "formatXlsx");
        csv->click();
        QVERIFY(csv->isChecked());

        auto* path = child<QLineEdit>(&dialog, "exportPath");
        const QString workbook = m_dir.filePath(QStringLiteral("typed.xlsx"));
        path->clear();
        QTest::keyClicks(path, workbook);
        QVERIFY(xlsx->isChecked()); // the name chose the format
        QVERIFY(!child<QCheckBox>(&dialog, "excelCompatible")->isEnabled());
        QVERIFY(runExport(dialog));
        QVERIFY(readAll(workbook).startsWith("PK")); // a zip: a workbook, not CSV text

        // Picking a format renames the file to match.
        ExportDialog again(tdb.database(), adminSession(), OrderFilter(), {}, 3);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.setPath(m_dir.filePath(QStringLiteral("picked.xlsx")));
        child<QRadioButton>(&again, "formatCsv")->click();
        QCOMPARE(again.path(),
                 QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("picked.csv"))));
        // A name without an extension gets the chosen format's.
        again.setPath(m_dir.filePath(QStringLiteral("bare")));
        QVERIFY(runExport(again));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("bare.csv"))));
        QVERIFY(readAll(m_dir.filePath(QStringLiteral("bare.csv"))).contains("Exported 2"));
    }

    // The user ticks and orders the columns; the file has those, in that
    // order, and the choice is remembered for the next export.
    void chosenColumnsAreWritten()
    {
        TestDb tdb;
        OrderStore store = tdb.store();
        store.create(draft(1));
        ExportDialog dialog(tdb.database(), adminSession(), OrderFilter(), {}, 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QListWidget* list = child<QListWidget>(&dialog, "exportColumns");
        QCOMPARE(dialog.columns(), ordercolumns::defaultExportKeys());
        // Untick everything: refused with a message, nothing written.
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
        const QString path = m_dir.filePath(QStringLiteral("columns.csv"));
        dialog.setPath(path);
        child<QCheckBox>(&dialog, "excelCompatible")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        auto* error = child<QLabel>(&dialog, "formError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("column")));
        QVERIFY(!QFile::exists(path));

        // Email, then the number, then the phone.
        for (const char* key : {"email", "number", "phone"}) {
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String(key)) {
                    QListWidgetItem* item = list->takeItem(i);
                    item->setCheckState(Qt::Checked);
                    list->addItem(item);
                    break;
                }
        }
        QCOMPARE(dialog.columns(), (QStringList{QStringLiteral("email"), QStringLiteral("number"),
                                                QStringLiteral("phone")}));
        QVERIFY(runExport(dialog));
        const QList<QByteArray> rows = readAll(path).split('\n');
        QVERIFY(rows.size() >= 2);
        const QString header = QString::fromUtf8(rows[0]).trimmed();
        const QStringList titles{ordercolumns::exportTitle(*ordercolumns::find(u"email")),
                                 ordercolumns::exportTitle(*ordercolumns::find(u"number")),
                                 ordercolumns::exportTitle(*ordercolumns::find(u"phone"))};
        QCOMPARE(header, titles.join(QLatin1Char(',')));
        QVERIFY(rows[1].startsWith("buyer1@example.org,"));
        QCOMPARE(settings::exportColumns.value(),
                 (QStringList{QStringLiteral("email"), QStringLiteral("number"),
                              QStringLiteral("phone")}));

        // The next dialog starts with that choice; Default Columns brings
        // the ten back.
        ExportDialog next(tdb.database(), adminSession(), OrderFilter(), {}, 1);
        QCOMPARE(next.columns().size(), 3);
        child<QPushButton>(&next, "exportDefaultColumns")->click();
        QCOMPARE(next.columns(), ordercolumns::defaultExportKeys());
    }

    // The format radio buttons overlapped the progress bar or an error.
    void errorAndProgressDoNotOverlapTheForm()
    {
        TestDb tdb;
        ExportDialog dialog(tdb.database(), adminSession(), OrderFilter(), {}, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A target in a folder that is a file: the error is long and wraps.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        dialog.setPath(blocker + QStringLiteral("/sub/a-rather-long-file-name-for-orders.csv"));
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        auto* error = child<QLabel>(&dialog, "formError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QApplication::processEvents();
        auto* progress = child<QProgressBar>(&dialog, "exportProgress");
        for (QWidget* w :
             std::initializer_list<QWidget*>{child<QRadioButton>(&dialog, "formatCsv"),
                                             child<QRadioButton>(&dialog, "formatXlsx"),
                                             child<QListWidget>(&dialog, "exportColumns")}) {
            QVERIFY2(!overlaps(w, error, &dialog), qPrintable(w->objectName()));
            if (progress->isVisible())
                QVERIFY2(!overlaps(w, progress, &dialog), qPrintable(w->objectName()));
        }
        if (progress->isVisible())
            QVERIFY(!overlaps(error, progress, &dialog));
        // Everything fits inside the dialog.
        QVERIFY(error->geometry().bottom() <= dialog.height());
        if (qEnvironmentVariableIsSet("DOCKET_SHOT"))
            dialog.grab().save(qEnvironmentVariable("DOCKET_SHOT"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestUiExport)
#include "test_ui_export.moc"
