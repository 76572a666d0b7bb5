#include "commandline.h"

#include "error.h"

#include <QCoreApplication>

namespace xinan::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

CommandLine &CommandLine::option(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(
        valueName.isEmpty() ? QCommandLineOption(name, description) : QCommandLineOption(name, description, valueName));
    return *this;
}

CommandLine &CommandLine::secretsOption()
{
    return option(QStringLiteral("password-stdin"),
        Tr::tr("Read passwords and keys from standard input, one per line, in the order they are asked for."));
}

bool CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        throw Error(ErrorKind::Usage,
            m_parser.errorText() + u'\n' + Tr::tr("Run \"xinan-cli %1 --help\" for its options.").arg(m_command));
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt's first line names the executable's full path; name the subcommand instead.
        const QString help = m_parser.helpText();
        out() << Tr::tr("Usage: xinan-cli %1 [options]").arg(m_command) << help.mid(help.indexOf(u'\n'));
        out().flush();
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty())
        throw Error(ErrorKind::Usage,
            Tr::tr("Unexpected argument \"%1\". Run \"xinan-cli %2 --help\" for its options.")
                .arg(m_parser.positionalArguments().first(), m_command));
    return true;
}

QString CommandLine::required(const QString &name) const
{
    const QString v = m_parser.value(name);
    if (v.isEmpty())
        throw Error(ErrorKind::Usage,
            Tr::tr("The option --%1 is required. Run \"xinan-cli %2 --help\" for its options.").arg(name, m_command));
    return v;
}

int CommandLine::intValue(const QString &name, int fallback, int min, int max) const
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const int v = m_parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        throw Error(ErrorKind::Usage, Tr::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    return v;
}

} // namespace xinan::cli
