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

// The time the test build of xinan-cli takes as "now" (XINAN_TEST_NOW, local ISO time): a test
// that depends on a particular day fixes its own for the commands it runs in its scope; without
// one, every command runs at test::testNow() (Monday 2026-11-16 10:00), never the real date.
//   CliNow now(QStringLiteral("2031-03-01T10:00:00"));
class CliNow
{
public:
    explicit CliNow(const QString &isoLocalTime);
    ~CliNow();
    CliNow(const CliNow &) = delete;
    CliNow &operator=(const CliNow &) = delete;
    static QString current();

private:
    QString m_previous;
};

// Runs the test build (cheap KDF; the clock fixed at CliNow::current()). `input` goes to
// standard input.
CliResult cli(const QStringList &args, const QString &input = {}, const QString &lang = QStringLiteral("C.UTF-8"));
// Runs the shipped build (real, calibrated KDF).
CliResult realCli(const QStringList &args, const QString &input = {});
// The recovery key printed by init/demo.
QString recoveryKeyIn(const QString &output);

} // namespace xinan::test
