#include "testsupport.h"

#include "services/schoolfile.h"
#include "store/database.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>

#include <catch2/catch.hpp>

namespace xinan::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QDateTime testNow()
{
    return QDateTime(testToday(), QTime(10, 0));
}

QDate testToday()
{
    return QDate(2026, 11, 16);
}

SecretBytes secret(const char *text)
{
    return SecretBytes::copyOf(text);
}

const char *fixturePassword(int version)
{
    return version >= 8 ? "fixture meadow lantern 81" : "fixture-password-1";
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QStringList filesBelow(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

bool fileContainsAny(const QString &path, const QStringList &needles)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = f.readAll();
    QStringEncoder gb("GB18030");
    for (const QString &n : needles) {
        const QByteArray utf16(reinterpret_cast<const char *>(n.utf16()), n.size() * 2);
        const QByteArray gbBytes = gb(n);
        if (bytes.contains(n.toUtf8()) || bytes.contains(utf16) || bytes.contains(gbBytes))
            return true;
    }
    return false;
}

const char *kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Other:
        return "Other";
    case ErrorKind::Usage:
        return "Usage";
    case ErrorKind::WrongSecret:
        return "WrongSecret";
    case ErrorKind::Damaged:
        return "Damaged";
    case ErrorKind::Rejected:
        return "Rejected";
    }
    return "unknown";
}

std::string HasKind::describe() const
{
    return std::string("is an Error of kind ") + kindName(m_kind);
}

std::optional<ErrorKind> kindOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.kind();
    }
    return std::nullopt;
}

SchoolInfo sampleSchool()
{
    SchoolInfo s;
    s.name = QStringLiteral("雷山县测试中学");
    s.schoolType = QStringLiteral("初中");
    s.city = QStringLiteral("黔东南州");
    s.county = QStringLiteral("雷山县");
    return s;
}

QString createSchool(const QString &path, const QString &user, const char *password)
{
    return SchoolFile::create(path, sampleSchool(), user, secret(password));
}

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf, bool layout)
{
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

QString radicalsIn(const QString &text)
{
    QString found;
    for (QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found += c;
    return found;
}

QString databaseContents(const QString &path, const QString &user, const char *password)
{
    const SecretBytes key = std::move(KeySlotFile::load(KeySlotFile::pathFor(path)).unlock(user, secret(password)).dataKey);
    Database db = Database::open(path, key);
    QStringList tables;
    {
        Statement st(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (st.step())
            tables << st.text(0);
    }
    QString out;
    for (const QString &table : tables) {
        QStringList columns;
        {
            Statement info(db, QStringLiteral("PRAGMA table_info(%1)").arg(table).toUtf8().constData());
            while (info.step())
                columns << QStringLiteral("quote(%1)").arg(info.text(1));
        }
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(" || ',' || ")), table);
        if (table == u"audit_log")
            sql += QStringLiteral(" WHERE action NOT IN ('unlock', 'export')");
        out += QStringLiteral("== %1\n").arg(table);
        Statement rows(db, sql.toUtf8().constData());
        while (rows.step())
            out += rows.text(0) + u'\n';
    }
    return out;
}

} // namespace xinan::test

namespace Catch {
std::string StringMaker<xinan::Error>::convert(const xinan::Error &e)
{
    return std::string("Error(") + xinan::test::kindName(e.kind()) + ", \"" + e.message().toStdString() + "\")";
}
} // namespace Catch
