// The table of commands, --help made from it, and the dispatcher: read the
// global options, find the command by its words, open the database and sign
// in as far as the command needs, run it.

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "signin.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QFileInfo>
#include <array>

namespace docket::ctl {

namespace {

// The groups in the order --help lists them. A new group: one line here.
const std::array groups{
    &databaseCommands,  &statusCommands,  &orderCommands,      &archiveCommands, &backupCommands,
    &analyticsCommands, &accountCommands, &settingsCommands,   &gatewayCommands, &catalogueCommands,
    &stockCommands,     &returnCommands,  &fulfilmentCommands,
};

// A group word nobody knows (or none): it still opens the database and signs
// in first, so it fails as any command would on a database it may not use.
const Command unknown{nullptr, nullptr, nullptr, unknownCommand};

QString usage()
{
    QString text = Ctl::tr("Usage: docketctl [--database PATH|URL] [--user NAME] [--lang CODE] "
                           "[--read-only]\n"
                           "                 [--wait SECONDS] [--verbose] COMMAND ...\n"
                           "\n"
                           "  --read-only      open a SQLite file read-only (a file Docket cannot "
                           "write opens\n"
                           "                   read-only anyway; read commands work on it)\n"
                           "  --wait SECONDS   how long a change waits for another Docket that "
                           "is writing\n"
                           "                   (default 10), then gives up with exit code 5\n"
                           "  --verbose        technical details of failures (the driver's words, "
                           "the statement)\n"
                           "\n"
                           "Commands:\n");
    for (const auto& group : groups)
        for (const Command& c : group())
            if (c.help)
                text += QCoreApplication::translate("docketctl", c.help);
    text +=
        Ctl::tr("\n"
                "Once the database has users, every command except \"db migrate\" signs in:\n"
                "--user NAME (or $DOCKET_USER), the password from $DOCKET_PASSWORD or a prompt.\n"
                "The command then may do only what that user's role and scope allow.\n"
                "\n"
                "FILTERS: --number PREFIX | --exact NUMBER, --from YYYY-MM-DD, --to YYYY-MM-DD,\n"
                "         --status CODE[,CODE], --channel CODE[,CODE], --keyword TEXT,\n"
                "         --region COUNTRY/REGION[,...], --sku SKU[,SKU], --new, --overdue,\n"
                "         --due overdue|soon, --invalid, --all-validity\n"
                "COLUMN:  number, customer, amount, created, status, channel, due\n"
                "\n"
                "The database defaults to $DOCKET_DATABASE, else %1.\n"
                "Exit codes: 0 done, 1 failed, 2 bad usage or input, 3 not found, 4 not allowed,\n"
                "5 conflict.\n");
    return text.arg(defaultDatabasePath());
}

// The row of `group` named `name`: nullptr asks for a command of one word.
const Command* find(const QString& group, const char* name)
{
    for (const auto& commands : groups)
        for (const Command& c : commands())
            if (group == QLatin1String(c.group) &&
                (name ? c.name && QLatin1String(name) == QLatin1String(c.name) : !c.name))
                return &c;
    return nullptr;
}

} // namespace

int unknownCommand(Context& c)
{
    throw UsageError{c.group.isEmpty() ? Ctl::tr("Name a command.")
                                       : Ctl::tr("Unknown command \"%1\".").arg(c.group)};
}

int run(const QStringList& arguments)
{
    Args a(arguments);
    if (a.flag(QStringLiteral("--help")) || a.flag(QStringLiteral("-h")) || arguments.isEmpty()) {
        out() << usage();
        return arguments.isEmpty() ? Usage : Ok;
    }
    if (a.flag(QStringLiteral("--version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    Context c{a, a.value(QStringLiteral("--database")).value_or(databaseFromEnvironment())};
    a.value(QStringLiteral("--lang"));   // handled before translators were installed
    a.flag(QStringLiteral("--verbose")); // likewise (main() installs the log's handler)
    c.userArg = a.value(QStringLiteral("--user"));
    const bool readOnly = a.flag(QStringLiteral("--read-only"));
    sql::setLockWaitLimit(int(a.integer(QStringLiteral("--wait"), 10, 0, 3600) * 1000));
    c.group = a.takeWord();
    const Command* command = find(c.group, nullptr);
    if (!command) {
        c.word = a.takeWord();
        const QByteArray word = c.word.toUtf8();
        command = find(c.group, word.constData());
        if (!command)
            command = find(c.group, "*");
        if (!command)
            command = &unknown;
    }
    if (command->needs & OwnDatabase)
        return command->run(c);

    DatabaseConfig config = DatabaseConfig::fromString(c.databaseArg);
    config.readOnly = readOnly;
    c.db = std::make_shared<Database>(config);
    try {
        c.db->open(false);
    } catch (const DocketError& e) {
        // Only `db init` makes a database: say so where one is missing.
        const bool missing = e.code() == DocketError::Code::NotFound &&
                             config.backend == Backend::SQLite && !QFileInfo::exists(config.path);
        if (e.field() != QLatin1String(kEmptyDatabaseField) && !missing)
            throw;
        throw DocketError(e.code(),
                          sql::sentences({e.message(), Ctl::tr("To create a Docket database "
                                                               "there, run: docketctl "
                                                               "--database %1 db init")
                                                           .arg(c.databaseArg)}),
                          e.field(), e.detail());
    }
    // Who acts: once the database has users, the signed-in --user; before
    // that, only setting the database up is allowed.
    c.setupOption = command->setupOption && a.flag(QLatin1String(command->setupOption));
    const bool setup = (command->needs & BeforeUsers) || c.setupOption;
    c.session =
        actingSession(*c.db, c.userArg, setup, command->needs & NeverSignsIn, &c.signInPassword);
    return command->run(c);
}

} // namespace docket::ctl
