// The desk's command-line side (issue 13), run as real processes: progress
// written as lines into a log, docket --help without a display, and the bulk
// commands (orders status, orders assign).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef DOCKETCTL_PATH
#error "DOCKETCTL_PATH must name the built docketctl (see tests/CMakeLists.txt)"
#endif
#ifndef DOCKET_PATH
#error "DOCKET_PATH must name the built docket (see tests/CMakeLists.txt)"
#endif

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runProcess(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Result r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DOCKET_DATABASE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return env;
}

} // namespace

class TestDocketctlDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedProgressIsLinesInALog();
    void docketHelpNeedsNoDisplay();
    void bulkStatusAndAssign();

private:
    Result ctl(const QStringList& args);

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
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("DOCKET_USER"), QStringLiteral("boss"));
    env.insert(QStringLiteral("DOCKET_PASSWORD"), QStringLiteral("Correct-Horse-9"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return runProcess(QStringLiteral(DOCKETCTL_PATH),
                      QStringList{QStringLiteral("--database"), m_db} + args, env);
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
    QProcessEnvironment env = baseEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    const Result help = runProcess(QStringLiteral(DOCKET_PATH), {QStringLiteral("--help")}, env);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--database")), qPrintable(help.out + help.err));
    QVERIFY(help.out.contains(QStringLiteral("--lang")));
    const Result version =
        runProcess(QStringLiteral(DOCKET_PATH), {QStringLiteral("--version")}, env);
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

QTEST_GUILESS_MAIN(TestDocketctlDesk)
#include "test_docketctl_desk.moc"
