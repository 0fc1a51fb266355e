// `report`: the analytics page's figures for scripts and scheduled reports;
// `analytics rebuild|verify`: repairs and checks of the summary tables.

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "export/analyticsreport.h"
#include "stores/analyticsstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace docket::ctl {

namespace {

int report(Context& c)
{
    Args& a = c.args;
    AnalyticsStore analytics(c.db->connection(), c.session);
    AnalyticsQuery q;
    q.from = a.date(QStringLiteral("--from"));
    q.to = a.date(QStringLiteral("--to"));
    if (!q.from.isValid() || !q.to.isValid())
        throw UsageError{Ctl::tr("report needs --from and --to (YYYY-MM-DD).")};
    if (auto tz = a.value(QStringLiteral("--tz"))) {
        q.timeZone = QTimeZone(tz->toUtf8());
        if (!q.timeZone.isValid())
            throw UsageError{
                Ctl::tr(
                    "--tz: \"%1\" is not a time zone; use an IANA name such as Asia/Shanghai or "
                    "UTC.")
                    .arg(*tz)};
    }
    if (auto g = a.value(QStringLiteral("--granularity"))) {
        q.granularity = granularity::fromCode(*g);
        if (!q.granularity)
            throw UsageError{Ctl::tr("--granularity: use day, week or month, not \"%1\".").arg(*g)};
    }
    const QString compare =
        a.value(QStringLiteral("--compare")).value_or(QStringLiteral("previous"));
    if (compare == QLatin1String("previous"))
        q.comparison = Comparison::PreviousPeriod;
    else if (compare == QLatin1String("last-year"))
        q.comparison = Comparison::SamePeriodLastYear;
    else if (compare == QLatin1String("none"))
        q.comparison = Comparison::None;
    else
        throw UsageError{
            Ctl::tr("--compare: use previous, last-year or none, not \"%1\".").arg(compare)};
    if (auto ch = a.value(QStringLiteral("--channel")))
        q.channels = ch->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto s = a.value(QStringLiteral("--status")))
        q.statuses = s->split(QLatin1Char(','), Qt::SkipEmptyParts);
    q.topProducts = int(a.integer(QStringLiteral("--top"), 10, 1, 100));
    const QString format = a.value(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        throw UsageError{Ctl::tr("--format: use csv or json, not \"%1\".").arg(format)};
    const QString section = a.value(QStringLiteral("--section")).value_or(QStringLiteral("all"));
    QList<ReportSection> sections = analytics::allSections();
    if (section != QLatin1String("all")) {
        const auto one = analytics::sectionFromCode(section);
        if (!one) {
            QStringList names;
            for (ReportSection s : analytics::allSections())
                names << analytics::sectionCode(s);
            throw UsageError{Ctl::tr("--section: \"%1\" is not one of all, %2.")
                                 .arg(section, names.join(QStringLiteral(", ")))};
        }
        sections = {*one};
    }
    a.expectEmpty();
    q.check();
    const AnalyticsResult r = analytics.load(q);
    if (format == QLatin1String("json")) {
        out() << QJsonDocument(analytics::toJson(r)).toJson(QJsonDocument::Indented);
    } else {
        for (qsizetype i = 0; i < sections.size(); ++i) {
            if (sections.size() > 1)
                out() << (i ? QStringLiteral("\r\n# ") : QStringLiteral("# "))
                      << analytics::sectionCode(sections[i]) << QStringLiteral("\r\n");
            out() << analytics::csv(r, sections[i]);
        }
    }
    out().flush();
    return Ok;
}

int rebuild(Context& c)
{
    c.args.expectEmpty();
    AnalyticsStore analytics(c.db->connection(), c.session);
    QElapsedTimer timer;
    timer.start();
    const qint64 n = analytics.rebuildSummaries();
    out() << Ctl::tr("Rebuilt the analytics summaries from %L1 orders in %L2 s.")
                 .arg(n)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Ok;
}

int verify(Context& c)
{
    c.args.expectEmpty();
    AnalyticsStore analytics(c.db->connection(), c.session);
    const QStringList problems = analytics.verifySummaries();
    for (const QString& p : problems)
        out() << p << '\n';
    if (problems.isEmpty())
        out() << Ctl::tr("The analytics summaries match the orders.") << '\n';
    else
        out() << Ctl::tr("Run \"docketctl analytics rebuild\" to repair them.") << '\n';
    out().flush();
    return problems.isEmpty() ? Ok : Failure;
}

int unknown(Context& c)
{
    c.args.expectEmpty();
    throw UsageError{
        Ctl::tr("Unknown command \"analytics %1\"; use rebuild or verify.").arg(c.word)};
}

const Command commands[] = {
    {"report", nullptr,
     QT_TRANSLATE_NOOP(
         "docketctl",
         "  report --from YYYY-MM-DD --to YYYY-MM-DD [--granularity day|week|month]\n"
         "         [--format csv|json] [--tz ZONE] [--compare previous|last-year|none]\n"
         "         [--channel CODE[,CODE]] [--status CODE[,CODE]] [--section NAME|all]\n"
         "                                 sales figures (the analytics page's)\n"),
     report},
    {"analytics", "rebuild",
     QT_TRANSLATE_NOOP("docketctl",
                       "  analytics rebuild | verify     rebuild or check the analytics "
                       "summaries\n"),
     rebuild},
    {"analytics", "verify", nullptr, verify},
    {"analytics", "*", nullptr, unknown},
};

} // namespace

Commands analyticsCommands()
{
    return commands;
}

} // namespace docket::ctl
