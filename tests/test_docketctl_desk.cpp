// The desk's command-line side (issue 13), run as real processes: progress
// written as lines into a log, docket --help without a display, and the bulk
// commands (orders status, orders assign).

#include "ctlprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifndef DOCKETCTL_PATH
#error "DOCKETCTL_PATH must name the built docketctl (see tests/CMakeLists.txt)"
#endif
#ifndef DOCKET_PATH
#error "DOCKET_PATH must name the built docket (see tests/CMakeLists.txt)"
#endif

using docket::test::CtlResult;
using Result = CtlResult;

class TestDocketctlDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedProgressIsLinesInALog();
    void docketHelpNeedsNoDisplay();
    void bulkStatusAndAssign();
    void ordersShowPrintsTheCharges();
    void shopSettingsGetAndSetNeedTheRight();
    void archiveListByCustomerAndDate();

private:
    Result ctl(const QStringList& args);
    Result ctlAs(const QString& user, const QStringList& args);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestDocketctlDesk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("desk.db"));
}

Result TestDocketctlDesk::ctl(const QStringList& args)
{
    return ctlAs(QStringLiteral("boss"), args);
}

// Every user of these tests has the same password (DOCKET_NEW_PASSWORD too).
Result TestDocketctlDesk::ctlAs(const QString& user, const QStringList& args)
{
    QProcessEnvironment env =
        docket::test::ctlEnvironment(m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("DOCKET_USER"), user);
    env.insert(QStringLiteral("DOCKET_PASSWORD"), QStringLiteral("Correct-Horse-9"));
    env.insert(QStringLiteral("DOCKET_NEW_PASSWORD"), QStringLiteral("Correct-Horse-9"));
    return docket::test::runCtl(QStringLiteral(DOCKETCTL_PATH),
                                QStringList{QStringLiteral("--database"), m_db} + args, env,
                                300000);
}

// Issue 13 item 8: `docketctl seed` printed carriage-return progress into
// logs when its output was not a terminal.
void TestDocketctlDesk::seedProgressIsLinesInALog()
{
    // Only `db init` makes a database.
    const Result init = ctl({QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const Result r = ctl({QStringLiteral("seed"), QStringLiteral("--orders"),
                          QStringLiteral("30000"), QStringLiteral("--seed"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains(QLatin1Char('\r')), qPrintable(r.err.left(200)));
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3 && lines.size() <= 15, qPrintable(r.err));
    for (const QString& l : lines)
        QVERIFY2(l.startsWith(QStringLiteral("Seeding ")), qPrintable(l));
    QVERIFY(lines.last().endsWith(QStringLiteral("30000/30000")));
}

// Issue 13 item 8: `docket --help` aborted without a display.
void TestDocketctlDesk::docketHelpNeedsNoDisplay()
{
    QProcessEnvironment env =
        docket::test::ctlEnvironment(m_dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const Result help =
        docket::test::runCtl(QStringLiteral(DOCKET_PATH), {QStringLiteral("--help")}, env);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--database")), qPrintable(help.out + help.err));
    QVERIFY(help.out.contains(QStringLiteral("--lang")));
    const Result version =
        docket::test::runCtl(QStringLiteral(DOCKET_PATH), {QStringLiteral("--version")}, env);
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QStringLiteral("Docket")));
}

// Issue 13 item 12: `orders status NUMBER... --to STATUS` and `orders assign`,
// through the workflow, all or nothing (runs after the seed above).
void TestDocketctlDesk::bulkStatusAndAssign()
{
    // The first administrator (password from DOCKET_PASSWORD, see ctl()).
    const Result admin = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                              QStringLiteral("--admin")});
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
    const Result list =
        ctl({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("pending"), QStringLiteral("--limit"), QStringLiteral("3"),
             QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QStringList numbers;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array())
        numbers << v.toObject().value(QStringLiteral("number")).toString();
    QCOMPARE(numbers.size(), 3);
    auto show = [this](const QString& number) {
        return QJsonDocument::fromJson(ctl({QStringLiteral("orders"), QStringLiteral("show"),
                                            number, QStringLiteral("--json")})
                                           .out.toUtf8())
            .object();
    };

    // An unknown status is a usage error naming the choices.
    Result r = ctl(QStringList{QStringLiteral("orders"), QStringLiteral("status")} + numbers +
                   QStringList{QStringLiteral("--to"), QStringLiteral("payed")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("paid")), qPrintable(r.err));

    r = ctl(QStringList{QStringLiteral("orders"), QStringLiteral("status")} + numbers +
            QStringList{QStringLiteral("--to"), QStringLiteral("paid"), QStringLiteral("--note"),
                        QStringLiteral("bank transfer")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("3")), qPrintable(r.out));
    for (const QString& n : numbers)
        QCOMPARE(show(n).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));

    // Back to pending is not in the workflow: refused whole, naming an order.
    r = ctl(QStringList{QStringLiteral("orders"), QStringLiteral("status")} + numbers +
            QStringList{QStringLiteral("--to"), QStringLiteral("pending")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(numbers.first()), qPrintable(r.err));
    QCOMPARE(show(numbers.first()).value(QStringLiteral("status")).toString(),
             QStringLiteral("paid"));

    const QString thirdBefore = show(numbers.at(2)).value(QStringLiteral("assigned_to")).toString();
    r = ctl(QStringList{QStringLiteral("orders"), QStringLiteral("assign")} + numbers.mid(0, 2) +
            QStringList{QStringLiteral("--to"), QStringLiteral("nina")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(show(numbers.at(0)).value(QStringLiteral("assigned_to")).toString(),
             QStringLiteral("nina"));
    QCOMPARE(show(numbers.at(2)).value(QStringLiteral("assigned_to")).toString(), thirdBefore);
    r = ctl(QStringList{QStringLiteral("orders"), QStringLiteral("assign")} + numbers.mid(0, 1) +
            QStringList{QStringLiteral("--nobody")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(show(numbers.at(0)).value(QStringLiteral("assigned_to")).toString(), QString());
}

// Issue 13 item 15: `orders show` prints the lines' total, shipping and tax
// where the order has them (text and JSON), as the invoice does.
void TestDocketctlDesk::ordersShowPrintsTheCharges()
{
    const Result list =
        ctl({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--limit"),
             QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QString number = QJsonDocument::fromJson(list.out.toUtf8())
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    QVERIFY(!number.isEmpty());
    Result r = ctl({QStringLiteral("orders"), QStringLiteral("show"), number});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains(QLatin1String("Shipping:")), qPrintable(r.out));
    {
        // Charges set as the desk stores them (the store's own writes are
        // tested in test_ordercharges): 4.90 shipping, 20 % tax.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("charges"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral(
            "UPDATE orders SET shipping_cents = 490, tax_rate_bp = 2000, total_cents = "
            "total_cents + 490 + ((total_cents + 490) * 2000 + 5000) / 10000 WHERE number = ?")));
        q.addBindValue(number);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("charges"));
    const QJsonObject json =
        QJsonDocument::fromJson(ctl({QStringLiteral("orders"), QStringLiteral("show"), number,
                                     QStringLiteral("--json")})
                                    .out.toUtf8())
            .object();
    QCOMPARE(json.value(QStringLiteral("shipping")).toString(), QStringLiteral("4.90"));
    QCOMPARE(json.value(QStringLiteral("tax_rate")).toString(), QStringLiteral("20"));
    const auto cents = [](const QJsonValue& v) {
        return qRound64(v.toString().toDouble() * 100); // test only: plain "12.34" amounts
    };
    const qint64 lines = cents(json.value(QStringLiteral("lines_total")));
    const qint64 tax = ((lines + 490) * 2000 + 5000) / 10000;
    QCOMPARE(cents(json.value(QStringLiteral("tax"))), tax);
    QCOMPARE(cents(json.value(QStringLiteral("total"))), lines + 490 + tax);
    r = ctl({QStringLiteral("orders"), QStringLiteral("show"), number});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Shipping: 4.90 ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Tax (20%): %1.%2 ")
                                .arg(tax / 100)
                                .arg(tax % 100, 2, 10, QLatin1Char('0'))),
             qPrintable(r.out));
}

// Issue 13 item 1: the shop settings are the database's, the same for every
// desk and for `docketctl settings get/set`; only a role with "change
// settings" changes them, and each change is in the security log.
void TestDocketctlDesk::shopSettingsGetAndSetNeedTheRight()
{
    // boss is the administrator made by bulkStatusAndAssign().
    Result r = ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop.name"),
                    QStringLiteral("Harbour Tea"), QStringLiteral("deadline.payment_hours"),
                    QStringLiteral("48")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("2 settings changed")), qPrintable(r.out));
    r = ctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("shop.name")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("Harbour Tea"));
    r = ctl({QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject all = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(all.value(QStringLiteral("deadline.payment_hours")).toString(), QStringLiteral("48"));
    // A bad value is refused whole: nothing of the pair is written.
    r = ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop.name"),
             QStringLiteral("Other"), QStringLiteral("deadline.payment_hours"),
             QStringLiteral("0")});
    QVERIFY(r.exitCode != 0);
    QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("shop.name")})
                 .out.trimmed(),
             QStringLiteral("Harbour Tea"));
    // The shop's currency: an unknown code is refused naming it; a known one is kept.
    r = ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop.currency"),
             QStringLiteral("XYZ")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("\"XYZ\"")) &&
                 r.err.contains(QStringLiteral("shop.currency")),
             qPrintable(r.err));
    r = ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("shop.currency"),
             QStringLiteral("cny")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(
        ctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("shop.currency")})
            .out.trimmed(),
        QStringLiteral("CNY"));
    // Each change is in the security log, with who made it.
    r = ctl({QStringLiteral("security-log"), QStringLiteral("--limit"), QStringLiteral("50")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("shop.name")) && r.out.contains(QStringLiteral("boss")),
             qPrintable(r.out));

    // A clerk reads the shop settings but cannot change them.
    r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clara"),
             QStringLiteral("--role"), QStringLiteral("clerk")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString clara = QStringLiteral("clara");
    r = ctlAs(clara,
              {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("shop.name")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("Harbour Tea"));
    r = ctlAs(clara, {QStringLiteral("settings"), QStringLiteral("set"),
                      QStringLiteral("shop.name"), QStringLiteral("Clara's Shop")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("Change settings"), Qt::CaseInsensitive),
             qPrintable(r.err));
    r = ctlAs(clara,
              {QStringLiteral("settings"), QStringLiteral("reset"), QStringLiteral("shop.name")});
    QVERIFY(r.exitCode != 0);
    QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("shop.name")})
                 .out.trimmed(),
             QStringLiteral("Harbour Tea"));
}

QTEST_GUILESS_MAIN(TestDocketctlDesk)
#include "test_docketctl_desk.moc"

// Issue 13 item 8: `archive list --keyword/--from/--to` finds deleted orders
// by the customer's words and the order's date (the list's rules, the user's
// days: UTC here); a bad date or range is refused naming the problem.
void TestDocketctlDesk::archiveListByCustomerAndDate()
{
    const Result list =
        ctl({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--limit"),
             QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    QStringList numbers;
    for (const QJsonValue& v : rows)
        numbers << v.toObject().value(QStringLiteral("number")).toString();
    const QJsonObject first = rows.first().toObject();
    const QString surname =
        first.value(QStringLiteral("customer")).toString().section(QLatin1Char(' '), -1);
    const QDate day =
        QDate::fromString(first.value(QStringLiteral("created")).toString().left(10), Qt::ISODate);
    QVERIFY2(day.isValid(), qPrintable(first.value(QStringLiteral("created")).toString()));
    Result r = ctl(QStringList{QStringLiteral("orders"), QStringLiteral("invalidate")} + numbers +
                   QStringList{QStringLiteral("--reason"), QStringLiteral("Test order")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = ctl(QStringList{QStringLiteral("orders"), QStringLiteral("delete")} + numbers);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The archive's lines: id, number, customer, amount, deleted, by, reason.
    auto archived = [&](const QStringList& args) {
        const Result a = ctl(QStringList{QStringLiteral("archive"), QStringLiteral("list")} + args);
        // A failed run is not an empty answer: "excludes" below would pass on it.
        if (a.exitCode != 0)
            return QStringList{QStringLiteral("FAILED: ") + a.err};
        QStringList found;
        for (const QString& line : a.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            found << line.section(QLatin1Char('\t'), 1, 1);
        found.sort();
        return found;
    };
    QStringList both = numbers;
    both.sort();
    QCOMPARE(archived({}), both);
    QVERIFY(archived({QStringLiteral("--keyword"), surname}).contains(numbers.first()));
    QCOMPARE(archived({QStringLiteral("--keyword"), QStringLiteral("Zqxjvw")}), QStringList());
    const QString d = day.toString(Qt::ISODate);
    QVERIFY(archived({QStringLiteral("--from"), d, QStringLiteral("--to"), d})
                .contains(numbers.first()));
    const QString after = day.addDays(1).toString(Qt::ISODate);
    QVERIFY(!archived({QStringLiteral("--from"), after}).contains(numbers.first()));
    QVERIFY(archived({QStringLiteral("--to"), d}).contains(numbers.first()));
    QVERIFY(archived({QStringLiteral("--keyword"), surname, QStringLiteral("--from"), d,
                      QStringLiteral("--to"), d})
                .contains(numbers.first()));

    // A date that is none, and a range that ends before it starts: refused,
    // naming the option and the value, or the range.
    r = ctl({QStringLiteral("archive"), QStringLiteral("list"), QStringLiteral("--from"),
             QStringLiteral("2024-13-45")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("--from")) &&
                 r.err.contains(QStringLiteral("2024-13-45")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = ctl({QStringLiteral("archive"), QStringLiteral("list"), QStringLiteral("--from"), after,
             QStringLiteral("--to"), d});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("is before the start date")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}
