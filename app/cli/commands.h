#pragma once
// xinan-cli's subcommands. Each takes the arguments after the program name (the first is the
// subcommand's own name), returns the exit code, and reports failures by throwing Error.

#include <QStringList>

class QCoreApplication;

namespace xinan::cli {

int runInit(const QStringList &args);
int runUsers(const QStringList &args);
int runPasswd(const QStringList &args);
int runRecover(const QStringList &args);
int runDemo(const QStringList &args);
int runBackup(const QStringList &args);
int runRestore(const QStringList &args);
int runVerify(const QStringList &args);
int runStudents(const QStringList &args);
int runRisk(const QStringList &args);
int runScreening(const QStringList &args);
// screening instruments and screening add-instrument (instrumentcommands.cpp).
int runScreeningInstruments(const QStringList &args);
int runScreeningAddInstrument(const QStringList &args);
int runAppointments(const QStringList &args);
int runDuty(const QStringList &args);

// The application object: a QGuiApplication for "duty print" (it lays out a PDF), a
// QCoreApplication for every other command.
QCoreApplication *createApplication(int &argc, char **argv);

// Prints the recovery key with the instruction to keep it safe.
void printRecoveryKey(const QString &key);

} // namespace xinan::cli
