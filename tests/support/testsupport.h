#pragma once
// Helpers shared by XinAn's tests: real files in temporary folders, secrets from literals.

#include "crypto/secret.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/schoolrepository.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

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

// The moment the tests run at: Monday 16 November 2026, 10:00 local time, a school day in the
// autumn term. Each test fixes it, in its fixture or at its top
// (`clock::testing::FixedClock fixedClock{test::testNow()};`), so that no test depends on the
// real date; a test about another day fixes that day instead.
QDateTime testNow();
QDate testToday();

SecretBytes secret(const char *text);
// The password of tests/data/schema-vN.xinan's account `fixture` (tests/data/README.md): from
// schema 8 on a fixture's password has to pass the strength rule of the XinAn that made it.
const char *fixturePassword(int version);
QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
// Every regular file below folder (recursively).
QStringList filesBelow(const QString &folder);
// True when any of needles occurs in the file, as UTF-8, UTF-16LE or GB18030.
bool fileContainsAny(const QString &path, const QStringList &needles);

// Matches an Error of the given kind, for the cases where the kind matters (a wrong password is
// not a damaged file): CHECK_THROWS_MATCHES(expr, Error, test::HasKind(ErrorKind::WrongSecret)).
class HasKind : public Catch::MatcherBase<Error>
{
public:
    explicit HasKind(ErrorKind kind)
        : m_kind(kind)
    {
    }
    bool match(const Error &e) const override { return e.kind() == m_kind; }
    std::string describe() const override;

private:
    ErrorKind m_kind;
};

// The kind's name as written in core/error.h ("WrongSecret").
const char *kindName(ErrorKind kind);

// The kind of Error that f throws; nullopt when it throws nothing.
std::optional<ErrorKind> kindOf(const std::function<void()> &f);

// The database's contents as text: every table's rows, except the audit log's unlock and export
// entries (each command that opens the database records its unlock, and a listing its export).
// "Nothing was written" checks compare these rather than the file's bytes. Opens the file with
// the account's key slot directly, so that reading writes nothing.
QString databaseContents(
    const QString &path, const QString &user = QStringLiteral("wang"), const char *password = "correct horse 1");

SchoolInfo sampleSchool();
// Creates a school database with one account; returns the recovery key.
QString createSchool(const QString &path, const QString &user = QStringLiteral("wang"), const char *password = "correct horse 1");

// Runs a command-line tool (pdftotext, pdfinfo ...), requires exit code 0 within 30 s, and
// returns its standard output.
QString runTool(const QString &tool, const QStringList &arguments);
// What pdftotext extracts from a PDF file, as a user copies it (no normalisation, so a Kangxi
// radical such as ⼼ for 心 shows); `layout` keeps the page's columns.
QString pdfText(const QString &pdf, bool layout = false);
// The Kangxi radicals and radical supplements (U+2E80–U+2FDF) in a text, for failure messages.
QString radicalsIn(const QString &text);

} // namespace xinan::test

// A failed CHECK_THROWS_MATCHES prints the Error's kind and message.
namespace Catch {
template<> struct StringMaker<xinan::Error>
{
    static std::string convert(const xinan::Error &e);
};
} // namespace Catch
