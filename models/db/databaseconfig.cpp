#include "database.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

// DatabaseConfig: where a database is and how its address is written
// (a SQLite path, a PostgreSQL URL with one or several servers).

namespace docket {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Docket/docket.db");
}

QString databaseFromEnvironment()
{
    const QString env = qEnvironmentVariable("DOCKET_DATABASE");
    return env.isEmpty() ? defaultDatabasePath() : env;
}

namespace {

// "host", "host:port", "[::1]:port" of a multi-host URL's list.
DatabaseConfig::Server parseServer(QStringView text)
{
    DatabaseConfig::Server s;
    QStringView host = text;
    QStringView port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        host = text.mid(1, close < 0 ? -1 : close - 1);
        if (close >= 0 && text.mid(close + 1).startsWith(u':'))
            port = text.mid(close + 2);
    } else if (const qsizetype colon = text.lastIndexOf(u':'); colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    s.host = host.isEmpty() ? QStringLiteral("localhost") : host.toString();
    bool ok = false;
    const int p = port.toInt(&ok);
    s.port = ok && p > 0 && p < 65536 ? p : 5432;
    return s;
}

QString serverText(const QString& host, int port)
{
    return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
           QLatin1Char(':') + QString::number(port);
}

} // namespace

DatabaseConfig DatabaseConfig::fromString(const QString& text)
{
    DatabaseConfig c;
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        // QUrl reads one host: read the list of a multi-host URL here and hand
        // QUrl the URL with its first server only.
        const qsizetype start = text.indexOf(QLatin1String("://")) + 3;
        qsizetype end = text.indexOf(QLatin1Char('/'), start);
        if (const qsizetype q = text.indexOf(QLatin1Char('?'), start);
            q >= 0 && (end < 0 || q < end))
            end = q;
        if (end < 0)
            end = text.size();
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
        const qsizetype hostsAt = at >= start ? at + 1 : start;
        const QStringList servers = text.mid(hostsAt, end - hostsAt).split(QLatin1Char(','));
        const QString single = text.left(hostsAt) + servers.first() + text.mid(end);
        const QUrl url(single);
        c.backend = Backend::PostgreSQL;
        c.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        c.port = url.port(5432);
        c.databaseName = url.path().mid(1);
        c.user = url.userName();
        c.password = url.password();
        c.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
        c.otherServers = parseServerList(servers.mid(1).join(QLatin1Char(',')));
        const QUrlQuery query(url);
        c.readFromStandby =
            query.queryItemValue(QStringLiteral("read_from")) == QLatin1String("standby");
        bool lagOk = false;
        const int lag = query.queryItemValue(QStringLiteral("max_standby_lag")).toInt(&lagOk);
        c.maxStandbyLag = lagOk && lag >= 0 ? lag : kDefaultMaxStandbyLag;
        return c;
    }
    c.backend = Backend::SQLite;
    c.path = text;
    return c;
}

QString DatabaseConfig::serverList() const
{
    QStringList list{serverText(host, port)};
    for (const Server& s : otherServers)
        list << serverText(s.host, s.port);
    return list.join(QLatin1Char(','));
}

QString DatabaseConfig::otherServerList() const
{
    QStringList list;
    for (const Server& s : otherServers)
        list << serverText(s.host, s.port);
    return list.join(QStringLiteral(", "));
}

QList<DatabaseConfig::Server> DatabaseConfig::parseServerList(const QString& text)
{
    QList<Server> out;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        out << parseServer(part);
    return out;
}

QString DatabaseConfig::displayName() const
{
    if (backend == Backend::SQLite)
        return QDir::toNativeSeparators(path);
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += serverList() + QLatin1Char('/') + databaseName;
    return s;
}

QString DatabaseConfig::toString() const
{
    if (backend == Backend::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + databaseName);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (readFromStandby && !otherServers.isEmpty()) {
        query.addQueryItem(QStringLiteral("read_from"), QStringLiteral("standby"));
        if (maxStandbyLag != kDefaultMaxStandbyLag)
            query.addQueryItem(QStringLiteral("max_standby_lag"), QString::number(maxStandbyLag));
    }
    if (!query.isEmpty())
        url.setQuery(query);
    QString text = url.toString();
    if (!otherServers.isEmpty()) {
        // QUrl writes one host: put the whole list where it wrote that one.
        const QString one = serverText(url.host(QUrl::FullyEncoded), port);
        const qsizetype i = text.indexOf(one, text.indexOf(QLatin1String("://")) + 3);
        if (i >= 0)
            text.replace(i, one.size(), serverList());
    }
    return text;
}

} // namespace docket
