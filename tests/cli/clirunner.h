#pragma once
// Runs xinan-cli in a child process with standard input, and captures what it prints.

#include <QString>
#include <QStringList>

namespace xinan::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the test build (cheap KDF). `input` goes to standard input.
CliResult cli(const QStringList &args, const QString &input = {}, const QString &lang = QStringLiteral("C.UTF-8"));
// Runs the shipped build (real, calibrated KDF).
CliResult realCli(const QStringList &args, const QString &input = {});
// The recovery key printed by init/demo.
QString recoveryKeyIn(const QString &output);

} // namespace xinan::test
