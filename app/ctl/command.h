#pragma once

// The table of docketctl commands. A command is one or two words ("seed",
// "orders list"), its lines in --help, what it needs before it runs (an open
// database, a signed-in user) and its handler. Each group of commands lives in
// a file of its own (ordercommands.cpp, accountcommands.cpp, ...) that lists
// its rows; commands.cpp puts the groups' lists in the order --help shows them.
// A new group of commands is a new file and one line in that table.

#include "db/database.h"
#include "domain/session.h"

#include <QString>
#include <memory>
#include <optional>
#include <span>

namespace docket::ctl {

class Args;

// What a command is handed: the arguments left after its words, and (unless
// it opens the database itself) the open database and the acting session.
struct Context
{
    Args& args;
    QString databaseArg{};            // --database, else $DOCKET_DATABASE, else the default
    std::optional<QString> userArg{}; // --user
    QString group{};                  // the command's first word
    QString word{};                   // its second word (in a group's fallback: the unknown one)
    std::shared_ptr<Database> db{};   // open, unless the command has OwnDatabase
    Session session{};                // who acts
    QString signInPassword{};         // the password the user signed in with, if any
    bool setupOption = false;         // the command's setupOption was given (user add --admin)
};

using Handler = int (*)(Context&);

// What a command needs before its handler runs (flags, or-ed).
enum Need : unsigned {
    SignedIn = 0,     // an existing database and, once it has users, a signed-in user
    OwnDatabase = 1,  // nothing: the handler opens the database itself (db init, backup)
    BeforeUsers = 4,  // allowed on a database without users, as the local user (setup)
    NeverSignsIn = 8, // runs as the local user even once there are users (db migrate)
};

struct Command
{
    const char* group; // the first word: "orders"
    // The second word: "list"; nullptr for a command of one word ("seed"), "*"
    // for the group's fallback (a second word that no row of the group has).
    const char* name;
    // Its lines in --help, marked with QT_TRANSLATE_NOOP("docketctl", ...);
    // nullptr when an earlier row's lines cover it.
    const char* help;
    Handler run;
    unsigned needs = SignedIn;
    // An option that makes the command a setup command (BeforeUsers), read
    // before signing in: Context::setupOption.
    const char* setupOption = nullptr;
};

using Commands = std::span<const Command>;

// The groups, one file each.
Commands databaseCommands();   // db info|init|migrate, seed
Commands statusCommands();     // db status
Commands orderCommands();      // orders ...
Commands archiveCommands();    // archive list|restore
Commands backupCommands();     // backup, restore
Commands analyticsCommands();  // report, analytics rebuild|verify
Commands accountCommands();    // user ..., role list, security-log
Commands settingsCommands();   // settings list|get|set|reset
Commands gatewayCommands();    // apikey, intake, webhook, service-account
Commands catalogueCommands();  // products, warehouses
Commands stockCommands();      // stock, stocktake, transfer
Commands returnCommands();     // returns ..., feedback add
Commands fulfilmentCommands(); // payments, refund, ship, track, review, rules, jobs, records

// The fallback for a word no row has: "Unknown command" (or "Name a command").
int unknownCommand(Context& c);

// Runs docketctl's arguments (without the program name); throws UsageError
// and DocketError.
int run(const QStringList& arguments);

} // namespace docket::ctl
