// `settings list|get|set|reset`: the shop settings in the database, the same
// for every desk (domain/shopsettings.h).

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "stores/shopsettingsstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace docket::ctl {

namespace {

const shop::Key& keyArg(const QString& code)
{
    const shop::Key* k = shop::find(code);
    if (!k) {
        QStringList known;
        for (const shop::Key* key : shop::keys())
            known << key->id();
        throw UsageError{QCoreApplication::translate(
            "docketctl", "There is no shop setting called \"%1\"; the settings are: %2.")
                             .arg(code, known.join(QStringLiteral(", ")))};
    }
    return *k;
}

int list(Context& c)
{
    const bool json = c.args.flag(QStringLiteral("--json"));
    c.args.expectEmpty();
    const ShopSettings s = ShopSettingsStore(c.db->connection(), c.session).load();
    if (json) {
        QJsonObject o;
        for (const shop::Key* k : shop::keys())
            o.insert(k->id(), s.text(*k));
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        return Ok;
    }
    for (const shop::Key* k : shop::keys()) {
        QString value = s.text(*k);
        value.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        out() << k->id() << '\t' << value << '\t'
              << (s.isSet(*k) ? shop::label(*k) : Ctl::tr("%1 (default)").arg(shop::label(*k)))
              << '\n';
    }
    out().flush();
    return Ok;
}

int get(Context& c)
{
    const QStringList rest = c.args.rest();
    if (rest.size() != 1)
        throw UsageError{Ctl::tr("Name one setting: settings get KEY (see \"settings list\").")};
    const ShopSettings s = ShopSettingsStore(c.db->connection(), c.session).load();
    out() << s.text(keyArg(rest.first())) << Qt::endl;
    return Ok;
}

int set(Context& c)
{
    const QStringList rest = c.args.rest();
    if (rest.isEmpty() || rest.size() % 2 != 0)
        throw UsageError{Ctl::tr("Give keys and values in pairs: settings set KEY VALUE [KEY "
                                 "VALUE...]. Write a line break in an address as \\n.")};
    QList<QPair<QString, QString>> changes;
    for (qsizetype i = 0; i < rest.size(); i += 2) {
        QString value = rest.at(i + 1);
        value.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        changes.push_back({keyArg(rest.at(i)).id(), value});
    }
    const int n = ShopSettingsStore(c.db->connection(), c.session).set(changes);
    out() << Ctl::tr("%n setting(s) changed.", nullptr, n) << Qt::endl;
    return Ok;
}

int reset(Context& c)
{
    const QStringList rest = c.args.rest();
    if (rest.isEmpty())
        throw UsageError{Ctl::tr("Name the settings to reset: settings reset KEY...")};
    ShopSettingsStore store(c.db->connection(), c.session);
    int n = 0;
    for (const QString& code : rest)
        n += store.reset(keyArg(code).id());
    out() << Ctl::tr("%n setting(s) back to the default.", nullptr, n) << Qt::endl;
    return Ok;
}

int unknown(Context& c)
{
    throw UsageError{Ctl::tr("Unknown command \"settings %1\".").arg(c.word)};
}

const Command commands[] = {
    {"settings", "list",
     QT_TRANSLATE_NOOP("docketctl", "  settings list [--json]          the shop settings (every "
                                    "desk uses the same)\n"),
     list},
    {"settings", "get", QT_TRANSLATE_NOOP("docketctl", "  settings get KEY\n"), get},
    {"settings", "set",
     QT_TRANSLATE_NOOP("docketctl", "  settings set KEY VALUE...       needs \"change "
                                    "settings\"; audited\n"),
     set},
    {"settings", "reset", QT_TRANSLATE_NOOP("docketctl", "  settings reset KEY...\n"), reset},
    {"settings", "*", nullptr, unknown},
};

} // namespace

Commands settingsCommands()
{
    return commands;
}

} // namespace docket::ctl
