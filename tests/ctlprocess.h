#pragma once

// docketctl run as a real process by a test: the environment every such test
// wants (C.UTF-8, UTC, none of the caller's DOCKET_* settings, a
// configuration folder of its own) and one run with its exit code and output.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace docket::test {

struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QProcessEnvironment ctlEnvironment(const QString& configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"DOCKET_DATABASE", "DOCKET_USER", "DOCKET_PASSWORD", "DOCKET_NEW_PASSWORD", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return env;
}

// Runs `program args` with env (stdin closed); a run that does not finish in
// time is killed and says so in err.
inline CtlResult runCtl(const QString& program, const QStringList& args,
                        const QProcessEnvironment& env, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.closeWriteChannel();
    CtlResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("docketctl did not finish: ") + args.join(QLatin1Char(' '));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace docket::test
