// The recovery key printout: one page for the school safe, with the key as text in the PDF;
// and the strength hint in the new-school form.
#include "uitestsupport.h"

#include "common/passwordstrength.h"
#include "testsupport.h"
#include "unlock/newschooldialog.h"
#include "unlock/recoverysheet.h"

#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sys/stat.h>

using namespace xinan;
using namespace xinan::test;

namespace {

} // namespace

TEST_CASE("the recovery key prints on one page with the school, the file, the date and the key", "[ui][shell][print]")
{
    // poppler-utils is part of the build requirements.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("key.pdf"));
    const QString key = QStringLiteral("7K3QD-9XW2M-FT6HB-R4NPA-2JC8V-YE5GS-0MZK1-HQ3TW-8D6RN");
    const ui::RecoverySheet sheet { key, QStringLiteral("三都县心安实验学校"), dir.path(QStringLiteral("sandu.xinan")),
        QDate(2026, 9, 1) };

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    ui::printRecoverySheet(printer, sheet);

    const QString text = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("7K3QD-9XW2M-FT6HB")));
    CHECK(text.contains(QStringLiteral("R4NPA-2JC8V-YE5GS")));
    CHECK(text.contains(QStringLiteral("0MZK1-HQ3TW-8D6RN")));
    CHECK(text.contains(QStringLiteral("sandu.xinan")));
    CHECK(text.contains(QStringLiteral("school safe")));
    CHECK(text.simplified().contains(QLocale().toString(QDate(2026, 9, 1), QLocale::LongFormat).simplified()));

    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
}

TEST_CASE("a printout to a PDF file is owner-only from the start, even over a file readable by all", "[ui][print][hardening]")
{
    TempDir dir;
    const ui::RecoverySheet sheet { QStringLiteral("7K3QD-9XW2M-FT6HB-R4NPA-2JC8V-YE5GS-0MZK1-HQ3TW-8D6RN"),
        QStringLiteral("三都县心安实验学校"), dir.path(QStringLiteral("sandu.xinan")), QDate(2026, 9, 1) };
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    // With umask 0 Qt alone would create the file readable and writable by everyone.
    const mode_t oldMask = ::umask(0);
    const QString fresh = dir.path(QStringLiteral("fresh.pdf"));
    const QString existing = dir.path(QStringLiteral("existing.pdf"));
    writeBytes(existing, "an older printout, readable by all");
    REQUIRE(QFile::setPermissions(existing, QFile::permissions(existing) | QFileDevice::ReadOther | QFileDevice::WriteOther));
    for (const QString &pdf : { fresh, existing }) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        ui::printRecoverySheet(printer, sheet);
        CHECK(printer.printerState() != QPrinter::Error);
        CHECK(QFile::permissions(pdf) == ownerOnly);
        CHECK(readBytes(pdf).startsWith("%PDF"));
    }
    // A folder that is not there: nothing is written and the printer reports the error.
    const QString nowhere = dir.path(QStringLiteral("missing/key.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(nowhere);
    ui::printRecoverySheet(printer, sheet);
    ::umask(oldMask);
    CHECK(printer.printerState() == QPrinter::Error);
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("the new-school form rates the password as it is typed", "[ui][newschool][strength]")
{
    ui::NewSchoolDialog dialog;
    auto *bar = child<ui::PasswordStrengthBar>(&dialog, "passwordStrength");
    child<QLineEdit>(&dialog, "password")->setText(QStringLiteral("abc"));
    CHECK(bar->strength() == ui::PasswordStrength::Weak);
    child<QLineEdit>(&dialog, "password")->setText(QStringLiteral("lanterns over the quiet river"));
    CHECK(bar->strength() == ui::PasswordStrength::Strong);
    CHECK(bar->word() == QStringLiteral("Strong"));
}
