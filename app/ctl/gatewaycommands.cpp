// The gateway's administration (issue 16): `apikey create|list|revoke|calls`,
// `intake channel set|list|remove`, `intake log`, `import orders`, `webhook add|list|remove|log`
// and `service-account create`. Every rule is in the stores (ApiKeyStore,
// IntakeStore, WebhookStore, serviceaccount); each change is audited there.

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "signin.h"
#include "stores/apikeystore.h"
#include "stores/intakestore.h"
#include "stores/orderimport.h"
#include "stores/serviceaccount.h"
#include "stores/shopsettingsstore.h"
#include "stores/userstore.h"
#include "stores/webhookstore.h"

#include <QFile>

namespace docket::ctl {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? localTime(t.toSecsSinceEpoch()) : QStringLiteral("-");
}

// ---- apikey ----

int apikeyCreate(Context& c)
{
    Args& a = c.args;
    const QString role = a.value(QStringLiteral("--role")).value_or(QString());
    const QString scope = a.value(QStringLiteral("--scope")).value_or(QStringLiteral("all"));
    const qint64 rate = a.integer(QStringLiteral("--rate"), 600, 1, 1000000);
    const QString name = a.takeWord();
    a.expectEmpty();
    if (name.isEmpty() || role.isEmpty())
        throw UsageError{Ctl::tr("Name the key and its role: docketctl apikey create NAME --role "
                                 "ROLE [--scope all|own|channels:web,...] [--rate N].")};
    ApiKeyStore keys(c.db->connection(), c.session);
    const NewApiKey made = keys.create(name, role, UserStore::parseScope(scope), int(rate));
    out() << Ctl::tr("Created the API key %1 (role %2, scope %3, %4 calls a minute). It is shown "
                     "this once; keep it where the other system keeps its secrets:")
                 .arg(name, role, scope)
                 .arg(rate)
          << '\n'
          << made.key << Qt::endl;
    return Ok;
}

int apikeyList(Context& c)
{
    c.args.expectEmpty();
    for (const ApiKeyInfo& k : ApiKeyStore(c.db->connection(), c.session).list())
        // The number first: the gateway's access log names a key by it (key_id).
        out() << QStringLiteral("%1\t%2\t%3…\t%4\t%5\t%6/min\t%7\t%8\n")
                     .arg(k.id)
                     .arg(k.name, k.prefix, k.roleName, k.scope.toString())
                     .arg(k.ratePerMinute)
                     .arg(k.isRevoked()
                              ? Ctl::tr("revoked %1 by %2").arg(when(k.revokedAt), k.revokedBy)
                              : Ctl::tr("active"),
                          Ctl::tr("last used %1").arg(when(k.lastUsedAt)));
    out().flush();
    return Ok;
}

int apikeyRevoke(Context& c)
{
    const QString name = c.args.takeWord();
    c.args.expectEmpty();
    if (name.isEmpty())
        throw UsageError{Ctl::tr("Name the key to revoke: docketctl apikey revoke NAME.")};
    ApiKeyStore(c.db->connection(), c.session).revoke(name);
    out() << Ctl::tr("Revoked the API key %1; the gateway refuses it within seconds.").arg(name)
          << Qt::endl;
    return Ok;
}

int apikeyCalls(Context& c)
{
    const qint64 limit = c.args.integer(QStringLiteral("--limit"), 50, 1, 10000);
    const QString name = c.args.takeWord();
    c.args.expectEmpty();
    for (const ApiCall& call : ApiKeyStore(c.db->connection(), c.session).calls(name, int(limit)))
        out() << QStringLiteral("%1\t%2\t%3 %4\t%5\t%6 ms\t%7\n")
                     .arg(localTime(call.at), call.principal, call.method, call.path)
                     .arg(call.status)
                     .arg(call.ms)
                     .arg(call.remote);
    out().flush();
    return Ok;
}

// ---- intake ----

int intakeChannel(Context& c)
{
    Args& a = c.args;
    IntakeStore intake(c.db->connection(), c.session);
    const QString verb = a.takeWord();
    if (verb == QLatin1String("list")) {
        a.expectEmpty();
        for (const IntakeChannel& ch : intake.channels())
            out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                         .arg(ch.channel, ch.kind, Ctl::tr("unknown SKUs: %1").arg(ch.unknownSku),
                              when(ch.updatedAt), ch.updatedBy);
        out().flush();
        return Ok;
    }
    if (verb == QLatin1String("set")) {
        const bool generate = a.flag(QStringLiteral("--generate-secret"));
        const auto secret = a.value(QStringLiteral("--secret"));
        const auto rule = a.value(QStringLiteral("--unknown-sku"));
        const QString channel = a.takeWord();
        a.expectEmpty();
        if (channel.isEmpty())
            throw UsageError{Ctl::tr("Name the channel: docketctl intake channel set CHANNEL "
                                     "[--secret TEXT | --generate-secret] [--unknown-sku "
                                     "refuse|unlinked].")};
        if (generate && secret)
            throw UsageError{Ctl::tr("Give --secret or --generate-secret, not both.")};
        const QString made = generate ? IntakeStore::generateSecret() : QString();
        QString keepRule = rule.value_or(QString());
        if (keepRule.isEmpty()) {
            keepRule = QStringLiteral("refuse");
            for (const IntakeChannel& ch : intake.channels())
                if (ch.channel == channel)
                    keepRule = ch.unknownSku;
        }
        intake.setChannel(channel, generate ? made : secret.value_or(QString()), keepRule);
        out() << Ctl::tr("The channel %1 takes signed WooCommerce webhooks at "
                         "/webhooks/woocommerce/%1 (unknown SKUs: %2).")
                     .arg(channel, keepRule)
              << Qt::endl;
        if (generate)
            out() << Ctl::tr("Its secret, shown this once (paste it into WooCommerce's webhook "
                             "settings):")
                  << '\n'
                  << made << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("remove")) {
        const QString channel = a.takeWord();
        a.expectEmpty();
        intake.removeChannel(channel);
        out() << Ctl::tr("The channel %1 takes no webhooks any more.").arg(channel) << Qt::endl;
        return Ok;
    }
    throw UsageError{Ctl::tr("docketctl intake channel set|list|remove ...")};
}

int intakeLog(Context& c)
{
    const qint64 limit = c.args.integer(QStringLiteral("--limit"), 50, 1, 10000);
    const QString channel = c.args.value(QStringLiteral("--channel")).value_or(QString());
    c.args.expectEmpty();
    for (const IntakeLogEntry& e :
         IntakeStore(c.db->connection(), c.session).logEntries(int(limit), channel))
        out() << QStringLiteral("%1\t%2/%3\t%4\t%5\t%6\t%7%8\n")
                     .arg(when(e.at), e.source, e.channel, e.externalId)
                     .arg(e.status)
                     .arg(e.code, e.message,
                          e.field.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e.field));
    out().flush();
    return Ok;
}

// ---- import ----

int importOrders(Context& c)
{
    Args& a = c.args;
    const QString channel = a.value(QStringLiteral("--channel")).value_or(QString());
    const QString rule = a.value(QStringLiteral("--unknown-sku")).value_or(QString());
    const bool dryRun = a.flag(QStringLiteral("--dry-run"));
    const QString columns = a.value(QStringLiteral("--map")).value_or(QString());
    const QString statuses = a.value(QStringLiteral("--status-map")).value_or(QString());
    const QString path = a.takeWord();
    a.expectEmpty();
    if (path.isEmpty() || channel.isEmpty())
        throw UsageError{Ctl::tr("Name the file and its channel: docketctl import orders FILE "
                                 "--channel CHANNEL [--unknown-sku refuse|unlinked] [--map "
                                 "FIELD=HEADER,...] [--status-map WORD=STATUS,...] [--dry-run].")};
    const ImportMapping mapping = ImportMapping::parse(columns, statuses);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DocketError(DocketError::Code::NotFound,
                          Ctl::tr("Cannot read %1: %2").arg(path, file.errorString()));
    // An order of the file that names no currency is in the shop's.
    const ImportFile read =
        OrderImport::read(file.readAll(), channel, mapping,
                          ShopSettingsStore(c.db->connection(), c.session).currency());
    for (const ImportProblem& p : read.problems)
        err() << path << QLatin1Char(':') << p.text() << '\n';
    err().flush();
    if (!read.ok())
        throw DocketError(DocketError::Code::Invalid,
                          Ctl::tr("%n problem(s) in %1; nothing was imported.", nullptr,
                                  int(read.problems.size()))
                              .arg(path));
    if (dryRun) {
        out() << Ctl::tr("%n order(s) read from %1, no problems (nothing imported: --dry-run).",
                         nullptr, int(read.orders.size()))
                     .arg(path)
              << Qt::endl;
        return Ok;
    }
    const QString unknownSku =
        rule.isEmpty() ? IntakeStore(c.db->connection(), c.session).unknownSkuRule(channel) : rule;
    const ImportSummary sum = OrderImport(c.db->connection(), c.session).commit(read, unknownSku);
    out() << Ctl::tr("Imported %1: %2 new, %3 updated, %4 unchanged, %5 left alone.")
                 .arg(path)
                 .arg(sum.created)
                 .arg(sum.updated)
                 .arg(sum.unchanged)
                 .arg(sum.ignored)
          << Qt::endl;
    return Ok;
}

// ---- webhook ----

int webhookAdd(Context& c)
{
    Args& a = c.args;
    const QString events = a.value(QStringLiteral("--events")).value_or(QStringLiteral("*"));
    auto secret = a.value(QStringLiteral("--secret"));
    const QString url = a.takeWord();
    a.expectEmpty();
    if (url.isEmpty())
        throw UsageError{Ctl::tr("Give the receiver's address: docketctl webhook add URL "
                                 "[--events KIND,...] [--secret TEXT].")};
    const bool made = !secret;
    const QString s = secret.value_or(IntakeStore::generateSecret());
    const qint64 id = WebhookStore(c.db->connection(), c.session)
                          .add(url, s, events.split(QLatin1Char(','), Qt::SkipEmptyParts));
    out() << Ctl::tr("Webhook %1: %2 gets %3.").arg(id).arg(url, events) << Qt::endl;
    if (made)
        out() << Ctl::tr("Its signing secret, shown this once (X-Docket-Signature is "
                         "sha256=HMAC-SHA256 of the body with it):")
              << '\n'
              << s << Qt::endl;
    return Ok;
}

int webhookList(Context& c)
{
    const bool all = c.args.flag(QStringLiteral("--all"));
    c.args.expectEmpty();
    for (const WebhookSubscription& s :
         WebhookStore(c.db->connection(), c.session).subscriptions(all))
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(s.id)
                     .arg(s.url, s.events.join(QLatin1Char(',')),
                          s.active ? Ctl::tr("active")
                                   : Ctl::tr("removed %1").arg(when(s.removedAt)),
                          Ctl::tr("%1 pending, %2 delivered, %3 failed")
                              .arg(s.pending)
                              .arg(s.delivered)
                              .arg(s.failed));
    out().flush();
    return Ok;
}

// The webhook's number, the command's last word.
qint64 webhookArg(Context& c)
{
    const QString id = c.args.takeWord();
    c.args.expectEmpty();
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    if (!ok)
        throw UsageError{Ctl::tr("Give the webhook's number (see docketctl webhook list).")};
    return n;
}

int webhookRemove(Context& c)
{
    const qint64 n = webhookArg(c);
    WebhookStore(c.db->connection(), c.session).remove(n);
    out() << Ctl::tr("Webhook %1 removed; what it had not received is given up.").arg(n)
          << Qt::endl;
    return Ok;
}

int webhookLog(Context& c)
{
    const qint64 limit = c.args.integer(QStringLiteral("--limit"), 50, 1, 10000);
    const qint64 n = webhookArg(c);
    for (const WebhookDeliveryLog& d :
         WebhookStore(c.db->connection(), c.session).deliveries(n, int(limit)))
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                     .arg(d.eventId, d.kind, d.state)
                     .arg(d.attempts)
                     .arg(d.lastStatus ? QString::number(d.lastStatus) : QStringLiteral("-"),
                          d.state == QLatin1String("delivered") ? when(d.deliveredAt)
                                                                : d.lastError);
    out().flush();
    return Ok;
}

// ---- service-account ----

int serviceAccountCreate(Context& c)
{
    const QString name = c.args.takeWord();
    c.args.expectEmpty();
    if (name.isEmpty())
        throw UsageError{Ctl::tr("Name the account: docketctl service-account create NAME (its "
                                 "password from $DOCKET_NEW_PASSWORD or typed twice).")};
    c.session.require(Permission::ManageUsers);
    serviceaccount::create(c.db->connection(), name, newPassword(name, false));
    out() << Ctl::tr("Created the service account %1. Start the gateway with --database "
                     "postgresql://%1@HOST/DB (its password in $DOCKET_DATABASE_PASSWORD).")
                 .arg(name)
          << Qt::endl;
    return Ok;
}

int unknownIn(Context& c)
{
    throw UsageError{Ctl::tr("Unknown command \"%1 %2\".").arg(c.group, c.word)};
}

const Command commands[] = {
    {"apikey", "create",
     QT_TRANSLATE_NOOP(
         "docketctl",
         "  apikey create NAME --role ROLE [--scope SCOPE] [--rate N]\n"
         "                                  an API key for the gateway (shown once)\n"),
     apikeyCreate},
    {"apikey", "list",
     QT_TRANSLATE_NOOP("docketctl", "  apikey list | revoke NAME | calls [NAME]\n"), apikeyList},
    {"apikey", "revoke", nullptr, apikeyRevoke},
    {"apikey", "calls", nullptr, apikeyCalls},
    {"apikey", "*", nullptr, unknownIn},
    {"intake", "channel",
     QT_TRANSLATE_NOOP("docketctl",
                       "  intake channel set CHANNEL [--secret S|--generate-secret]\n"
                       "         [--unknown-sku refuse|unlinked]   a channel's webhook secret\n"
                       "  intake channel list | remove CHANNEL\n"),
     intakeChannel},
    {"intake", "log",
     QT_TRANSLATE_NOOP("docketctl", "  intake log [--channel C] [--limit N]   refused orders\n"),
     intakeLog},
    {"intake", "*", nullptr, unknownIn},
    {"import", "orders",
     QT_TRANSLATE_NOOP("docketctl",
                       "  import orders FILE --channel C [--unknown-sku refuse|unlinked]\n"
                       "         [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...]\n"
                       "         [--dry-run]   orders from a CSV export or a JSON list, all or "
                       "nothing\n"),
     importOrders},
    {"import", "*", nullptr, unknownIn},
    {"webhook", "add",
     QT_TRANSLATE_NOOP("docketctl", "  webhook add URL [--events KIND,...] [--secret S]\n"
                                    "  webhook list [--all] | remove ID | log ID\n"),
     webhookAdd},
    {"webhook", "list", nullptr, webhookList},
    {"webhook", "remove", nullptr, webhookRemove},
    {"webhook", "log", nullptr, webhookLog},
    {"webhook", "*", nullptr, unknownIn},
    {"service-account", "create",
     QT_TRANSLATE_NOOP("docketctl", "  service-account create NAME     PostgreSQL: the gateway's "
                                    "own login\n"),
     serviceAccountCreate},
    {"service-account", "*", nullptr, unknownIn},
};

} // namespace

Commands gatewayCommands()
{
    return commands;
}

} // namespace docket::ctl
