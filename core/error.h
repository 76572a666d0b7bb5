#pragma once
// The one way XinAn reports an expected failure: an exception carrying a kind (which also
// is the command line's exit code) and a message a teacher can act on.

#include <QString>

#include <exception>

namespace xinan {

enum class ErrorKind : int {
    Other = 1, // anything else: I/O, disk full, programmer error surfaced to the user
    Usage = 2, // the command was called wrongly
    WrongSecret = 3, // wrong password or recovery key
    Damaged = 4, // database or key file damaged, or not a XinAn file at all
    Rejected = 5, // input refused, nothing written
    Denied = 6, // the account's role may not do this (docs/roles.md)
};

class Error : public std::exception
{
public:
    Error(ErrorKind kind, QString message);

    ErrorKind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    int exitCode() const noexcept { return static_cast<int>(m_kind); }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    ErrorKind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace xinan
