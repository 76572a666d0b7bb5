#pragma once
// What several subcommands share: the unlock options and unlocking, and text output helpers.

#include "commandline.h"
#include "secretinput.h"

#include "services/schoolfile.h"

namespace xinan::cli {

// --db, --user, --recovery-key and --password-stdin.
void addUnlockOptions(CommandLine &cl);
// Asks the password of --user (or of the only account), or the recovery key with
// --recovery-key, and opens the database.
SchoolFile unlock(const CommandLine &cl, SecretInput &input);
SchoolFile unlock(const CommandLine &cl);

// Columns a text takes in a terminal: Chinese characters take two.
int displayWidth(const QString &text);
// One CSV cell: quoted when needed, and a leading = + - @ neutralised (Excel formulas).
QString csvField(QString value);

} // namespace xinan::cli
