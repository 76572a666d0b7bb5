#include "clirunner.h"

#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace xinan::test {
namespace {

QString &fixedNow()
{
    // Every command a test runs sees test::testNow() unless the test fixes another time
    // (CliNow); an empty value would let the real clock run.
    static QString now = testNow().toString(Qt::ISODate);
    return now;
}

CliResult run(const QString &program, const QStringList &args, const QString &input, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("XINAN_TEST_NOW"));
    if (!fixedNow().isEmpty())
        env.insert(QStringLiteral("XINAN_TEST_NOW"), fixedNow()); // read by the test build only
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    p.write(input.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

CliNow::CliNow(const QString &isoLocalTime)
    : m_previous(fixedNow())
{
    fixedNow() = isoLocalTime;
}

CliNow::~CliNow()
{
    fixedNow() = m_previous;
}

QString CliNow::current()
{
    return fixedNow();
}

CliResult cli(const QStringList &args, const QString &input, const QString &lang)
{
    return run(QStringLiteral(XINAN_CLI_TESTING), args, input, lang);
}

CliResult realCli(const QStringList &args, const QString &input)
{
    return run(QStringLiteral(XINAN_CLI_REAL), args, input, QStringLiteral("C.UTF-8"));
}

QString recoveryKeyIn(const QString &output)
{
    static const QRegularExpression key(QStringLiteral("[0-9A-Z]{5}(-[0-9A-Z]{5}){8}"));
    return key.match(output).captured(0);
}

} // namespace xinan::test
