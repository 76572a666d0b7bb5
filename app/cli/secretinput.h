#pragma once
// Reads secrets for xinan-cli: from the terminal with echo off, or with --password-stdin one
// per line from standard input, in the order the command asks for them.

#include "crypto/secret.h"

#include <QString>

namespace xinan::cli {

class SecretInput final
{
public:
    explicit SecretInput(bool fromStdin)
        : m_fromStdin(fromStdin)
    {
    }
    // Throws Error(Usage) when there is no terminal and --password-stdin was not given,
    // or when standard input ends before the secret.
    SecretBytes ask(const QString &prompt);
    // A new password: asked twice on a terminal (must match), once from standard input.
    SecretBytes askNew(const QString &prompt, const QString &repeatPrompt);

private:
    SecretBytes readStdinLine(const QString &prompt);
    SecretBytes readTerminal(const QString &prompt);
    bool m_fromStdin;
};

} // namespace xinan::cli
