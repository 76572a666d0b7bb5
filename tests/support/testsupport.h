#pragma once
// Helpers shared by XinAn's tests: real files in temporary folders, secrets from literals.

#include "crypto/secret.h"
#include "error.h"
#include "repo/schoolrepository.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <optional>

namespace xinan::test {

// A fresh temporary folder, removed at the end of the test.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

SecretBytes secret(const char *text);
QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
// Every regular file below folder (recursively).
QStringList filesBelow(const QString &folder);
// True when any of needles occurs in the file, as UTF-8, UTF-16LE or GB18030.
bool fileContainsAny(const QString &path, const QStringList &needles);

// The kind of Error that f throws; nullopt when it throws nothing.
std::optional<ErrorKind> kindOf(const std::function<void()> &f);

SchoolInfo sampleSchool();
// Creates a school database with one account; returns the recovery key.
QString createSchool(const QString &path, const QString &user = QStringLiteral("wang"), const char *password = "correct horse 1");

} // namespace xinan::test
