#pragma once
// A thin layer over QCommandLineParser for one subcommand: required options, --help, and
// usage errors as Error(Usage) (exit code 2).

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace xinan::cli {

class CommandLine final
{
public:
    CommandLine(const QString &command, const QString &description);
    CommandLine &option(const QString &name, const QString &description, const QString &valueName = {});
    // Adds --password-stdin.
    CommandLine &secretsOption();
    // Parses; returns false when --help was printed (the command should then return 0).
    bool parse(const QStringList &arguments);

    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString required(const QString &name) const;
    int intValue(const QString &name, int fallback, int min, int max) const;

private:
    QCommandLineParser m_parser;
    QString m_command;
};

QTextStream &out();
QTextStream &err();

} // namespace xinan::cli
