#include "args.h"

#include "ctl.h"

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
    bool ok = false;
    const qint64 n = QString(*v).remove(QLatin1Char('_')).toLongLong(&ok);
    if (!ok || n < min || n > max)
        throw UsageError{Ctl::tr("%1: \"%2\" is not a whole number from %3 to %4.")
                             .arg(name, *v)
                             .arg(min)
                             .arg(max)};
    return n;
}

QDate Args::date(const QString& name)
{
    const auto v = value(name);
    if (!v)
        return {};
    const QDate d = QDate::fromString(*v, Qt::ISODate);
    if (!d.isValid())
        throw UsageError{
            Ctl::tr("%1: \"%2\" is not a date; write it as YYYY-MM-DD.").arg(name, *v)};
    return d;
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
        throw UsageError{Ctl::tr("Unexpected argument \"%1\".").arg(m_args.first())};
}

} // namespace docket::ctl
