#include "args.h"

#include "ctl.h"
#include "domain/parse.h"

namespace docket::ctl {

bool Args::flag(const QString& name)
{
    const qsizetype i = m_args.indexOf(name);
    if (i < 0)
        return false;
    m_args.removeAt(i);
    return true;
}

std::optional<QString> Args::value(const QString& name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == name) {
            if (i + 1 >= m_args.size())
                throw UsageError{Ctl::tr("%1 needs a value.").arg(name)};
            QString v = m_args[i + 1];
            m_args.remove(i, 2);
            return v;
        }
        if (m_args[i].startsWith(name + QLatin1Char('='))) {
            QString v = m_args[i].mid(name.size() + 1);
            m_args.removeAt(i);
            return v;
        }
    }
    return std::nullopt;
}

qint64 Args::integer(const QString& name, qint64 fallback, qint64 min, qint64 max)
{
    const auto v = value(name);
    if (!v)
        return fallback;
    const auto n = parse::wholeNumber(*v, min, max);
    if (!n)
        throw UsageError{Ctl::tr("%1: %2").arg(name, n.error())};
    return n.value();
}

QDate Args::date(const QString& name)
{
    const auto v = value(name);
    if (!v)
        return {};
    const auto d = parse::date(*v);
    if (!d)
        throw UsageError{Ctl::tr("%1: %2").arg(name, d.error())};
    return d.value();
}

QStringList Args::list(const QString& name, const QString& what)
{
    const auto v = value(name);
    if (!v)
        return {};
    const auto l = parse::commaList(*v, what);
    if (!l)
        throw UsageError{Ctl::tr("%1: %2").arg(name, l.error())};
    return l.value();
}

QString Args::takeWord()
{
    for (qsizetype i = 0; i < m_args.size(); ++i)
        if (!m_args[i].startsWith(QLatin1String("--"))) {
            return m_args.takeAt(i);
        }
    return {};
}

QStringList Args::rest()
{
    QStringList r = m_args;
    m_args.clear();
    return r;
}

void Args::expectEmpty()
{
    if (!m_args.isEmpty())
        throw UsageError{Ctl::tr("Unexpected argument %1.").arg(parse::quoted(m_args.first()))};
}

} // namespace docket::ctl
