// Creating a school database from the GUI, and the recovery key shown once.
#include "uitestsupport.h"

#include "testsupport.h"
#include "unlock/newschooldialog.h"
#include "unlock/recoverykeydialog.h"

#include "crypto/keyslots.h"
#include "repo/schoolrepository.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace xinan;
using namespace xinan::test;
using xinan::ui::NewSchoolDialog;

namespace {

void fill(NewSchoolDialog &dialog, const QString &path, const QString &password, const QString &repeated)
{
    child<QLineEdit>(&dialog, "path")->setText(path);
    child<QLineEdit>(&dialog, "schoolName")->setText(QStringLiteral("丹寨县民族中学"));
    child<QComboBox>(&dialog, "schoolType")->setCurrentText(QStringLiteral("初中"));
    child<QComboBox>(&dialog, "city")->setCurrentText(QStringLiteral("黔东南州"));
    child<QLineEdit>(&dialog, "county")->setText(QStringLiteral("丹寨县"));
    child<QLineEdit>(&dialog, "account")->setText(QStringLiteral("li"));
    child<QLineEdit>(&dialog, "password")->setText(password);
    child<QLineEdit>(&dialog, "repeatPassword")->setText(repeated);
}

} // namespace

TEST_CASE("a new school database is created, opened and its recovery key handed over", "[ui][create]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("danzhai.xinan"));
    NewSchoolDialog dialog;
    dialog.show();
    CHECK(child<QComboBox>(&dialog, "schoolType")->count() == SchoolRepository::knownSchoolTypes().size());
    CHECK(child<QComboBox>(&dialog, "city")->count() == SchoolRepository::guizhouCities().size());

    SECTION("with matching passwords")
    {
        fill(dialog, dir.path(QStringLiteral("danzhai")), QStringLiteral("secret lanterns pass 1"),
            QStringLiteral("secret lanterns pass 1"));
        child<QPushButton>(&dialog, "create")->click();
        REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
        INFO(dialog.lastError().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(child<QLineEdit>(&dialog, "password")->text().isEmpty());

        std::unique_ptr<SchoolFile> school = dialog.takeSchoolFile();
        REQUIRE(school);
        CHECK(school->path() == db); // ".xinan" was added
        const SchoolInfo info = SchoolRepository(school->db(), school->user()).school();
        CHECK(info.name == QStringLiteral("丹寨县民族中学"));
        CHECK(info.city == QStringLiteral("黔东南州"));
        CHECK(SchoolFile::accountNames(db) == QStringList { QStringLiteral("li") });

        const QString key = dialog.takeRecoveryKey();
        CHECK(QRegularExpression(QStringLiteral("^([0-9A-Z]{5}-){8}[0-9A-Z]{5}$")).match(key).hasMatch());
        CHECK_NOTHROW(SchoolFile::unlockWithRecoveryKey(db, key, QStringLiteral("li")));
    }
    SECTION("with passwords that differ nothing is written")
    {
        fill(dialog, db, QStringLiteral("secret lanterns pass 1"), QStringLiteral("secret lanterns pass 2"));
        child<QPushButton>(&dialog, "create")->click();
        CHECK_FALSE(dialog.isBusy());
        CHECK(child<QLabel>(&dialog, "error")->isVisible());
        CHECK(dialog.isVisible());
        CHECK_FALSE(QFile::exists(db));
    }
    SECTION("an existing database is never overwritten")
    {
        createSchool(db);
        const QByteArray before = readBytes(db);
        fill(dialog, db, QStringLiteral("secret lanterns pass 1"), QStringLiteral("secret lanterns pass 1"));
        child<QPushButton>(&dialog, "create")->click();
        REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
        CHECK(dialog.lastError().contains(QStringLiteral("already exists")));
        CHECK(readBytes(db) == before);
    }
}

TEST_CASE("the recovery key dialog lets the user go on only after confirming", "[ui][create]")
{
    const QString key = QStringLiteral("ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH-JKMNP");
    ui::RecoveryKeyDialog dialog(key, QStringLiteral("丹寨县民族中学"), QStringLiteral("/tmp/danzhai.xinan"));
    dialog.show();
    CHECK(child<QLabel>(&dialog, "recoveryKey")->text().replace(u'\n', u'-') == key);
    auto *goOn = child<QPushButton>(&dialog, "continue");
    CHECK_FALSE(goOn->isEnabled());
    dialog.reject();
    CHECK(dialog.isVisible());
    child<QCheckBox>(&dialog, "confirmed")->setChecked(true);
    CHECK(goOn->isEnabled());
    goOn->click();
    CHECK(dialog.result() == QDialog::Accepted);
}
