#pragma once
// xinan-cli's commands: one table of {name, summary, run} drives the dispatch in main() and the
// usage text (xinan-cli --help). Each *commands.cpp exposes its entries as a function returning
// its commands; commandregistry.cpp lists those functions, one line a module, in the order the
// usage text shows them. A command's run() takes the arguments after the program name (the
// first is the command's own name), returns the exit code, and reports failures by throwing
// Error (whose kind gives the exit code: 2 usage, 3 wrong secret, 4 damaged, 5 rejected).

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace xinan::cli {

struct Command
{
    const char *name; // xinan-cli NAME
    const char *summary; // one line of the usage text: QT_TRANSLATE_NOOP("Cli", "...")
    int (*run)(const QStringList &args);
};

// Every command, in the order of the usage text.
const QList<Command> &commandTable();
// The usage text made from the table (translated), with the exit codes.
QString usageText();
// Runs `xinan-cli ARGS...` (args without the program): --help, --version, a command from the
// table, or the usage text with exit code 2. Errors are printed and give their exit code.
int runCommandLine(const QStringList &args);

// screening instruments and screening add-instrument (instrumentcommands.cpp), run from
// the screening command's subcommands.
int runScreeningInstruments(const QStringList &args);
int runScreeningAddInstrument(const QStringList &args);

// visits import (visitimportcommand.cpp), run from the visits command's subcommands.
int runVisitsImport(const QStringList &args);

// The application object: a QGuiApplication for "duty print" (it lays out a PDF), a
// QCoreApplication for every other command.
QCoreApplication *createApplication(int &argc, char **argv);

// Prints the recovery key with the instruction to keep it safe.
void printRecoveryKey(const QString &key);

} // namespace xinan::cli
