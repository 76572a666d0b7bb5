#pragma once
// What several subcommands share: the unlock options and unlocking, and text output helpers.

#include "commandline.h"
#include "secretinput.h"

#include "services/schoolfile.h"

#include <initializer_list>
#include <utility>

namespace xinan::cli {

// --db, --user, --recovery-key and --password-stdin.
void addUnlockOptions(CommandLine &cl);
// Asks the password of --user (or of the only account), or the recovery key with
// --recovery-key, and opens the database.
SchoolFile unlock(const CommandLine &cl, SecretInput &input);
SchoolFile unlock(const CommandLine &cl);

// The help text of --db for the commands that create or open a database file.
QString dbOptionText();
// Refuses (Error(Rejected)) when the database or its key file exists; checked before any
// password is asked for, so nobody types one for nothing.
void refuseExisting(const QString &db);

// Where a listing goes, for the audit log: "stdout (csv)".
QString standardOutputName(const QString &format);

// --format: table (default), csv or json.
void addFormatOption(CommandLine &cl);
// The checked --format value. Throws Error(Usage) for anything else.
QString formatOf(const CommandLine &cl);

using Subcommand = int (*)(const QStringList &args);
// Runs `xinan-cli COMMAND SUB ...`: args are the program, SUB and SUB's arguments; the chosen
// subcommand gets the program and its own arguments. --help prints `help`; anything else is a
// usage error saying `misuse`.
int runSubcommand(const QStringList &args, std::initializer_list<std::pair<const char *, Subcommand>> subs, const QString &help,
    const QString &misuse);

// Columns a text takes in a terminal: Chinese characters take two.
int displayWidth(const QString &text);

} // namespace xinan::cli
