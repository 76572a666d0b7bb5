#include "secretinput.h"

#include "error.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace xinan::cli {
namespace {

constexpr std::size_t MaxSecret = 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)
};

// Reads one line (without its end) from a C stream into guarded memory.
SecretBytes readLine(std::FILE *in, bool *sawEnd)
{
    SecretBytes buffer(MaxSecret);
    std::size_t n = 0;
    int c = 0;
    *sawEnd = false;
    while ((c = std::fgetc(in)) != EOF && c != '\n') {
        if (n < MaxSecret)
            buffer.data()[n++] = static_cast<unsigned char>(c);
    }
    if (c == EOF && n == 0)
        *sawEnd = true;
    SecretBytes out = SecretBytes::copyOf(std::string_view(buffer.chars(), n));
    out.trimLineEnd();
    return out;
}

} // namespace

SecretBytes SecretInput::ask(const QString &prompt)
{
    return m_fromStdin ? readStdinLine(prompt) : readTerminal(prompt);
}

SecretBytes SecretInput::askNew(const QString &prompt, const QString &repeatPrompt)
{
    SecretBytes first = ask(prompt);
    if (m_fromStdin)
        return first;
    const SecretBytes second = ask(repeatPrompt);
    if (!first.equals(second))
        throw Error(ErrorKind::Rejected, Tr::tr("The two passwords do not match; nothing was changed."));
    return first;
}

SecretBytes SecretInput::readStdinLine(const QString &prompt)
{
    bool ended = false;
    SecretBytes line = readLine(stdin, &ended);
    if (ended)
        throw Error(ErrorKind::Usage,
            Tr::tr("Standard input ended before \"%1\" was given (--password-stdin reads one secret per line).").arg(prompt));
    return line;
}

SecretBytes SecretInput::readTerminal(const QString &prompt)
{
    std::FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty || !isatty(fileno(tty))) {
        if (tty)
            std::fclose(tty);
        throw Error(ErrorKind::Usage,
            Tr::tr("There is no terminal to ask for \"%1\"; pass secrets on standard input with --password-stdin.").arg(prompt));
    }
    // Echo goes off (and type-ahead is discarded) before the prompt appears, so that what is
    // typed after the prompt is never shown and never lost.
    termios old {};
    tcgetattr(fileno(tty), &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    std::fputs(Tr::tr("%1: ").arg(prompt).toLocal8Bit().constData(), tty);
    std::fflush(tty);
    bool ended = false;
    SecretBytes line = readLine(tty, &ended);
    tcsetattr(fileno(tty), TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    return line;
}

} // namespace xinan::cli
