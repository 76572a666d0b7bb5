// 导入量表定义… on the screening page: a school's own instrument is shown before it is imported
// (name, items, bands), then offered for a new drive, typed on paper forms and scored with its own
// bands; a malformed file is refused with a message naming the file and the problem.
#include "uitestsupport.h"

#include "screening/drivedialog.h"
#include "screening/instrumentimportdialog.h"
#include "screening/paperentrydialog.h"
#include "screening/screeningpage.h"
#include "testsupport.h"

#include "repo/instrumentrepository.h"
#include "repo/screeningrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace xinan;
using namespace xinan::test;

namespace {

QString data(const char *name)
{
    return QStringLiteral(XINAN_TEST_DATA_DIR "/instruments/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("an instrument definition is imported from the screening page and used for a drive", "[ui][screening][instruments]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("s.xinan"));
    createSchool(path);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    Student s;
    s.studentNo = QStringLiteral("G520000101");
    s.name = QStringLiteral("吴小明");
    s.grade = 8;
    s.className = QStringLiteral("2班");
    const qint64 wu = StudentRepository(school.db(), school.user()).add(s);

    ui::ScreeningPage page(school);
    page.resize(1200, 760);
    page.show();
    RecordedMessages messages;

    // A malformed file: refused, naming the file and the problem; nothing kept.
    ui::testing::setNextFileName(data("bad_band_gap.json"));
    child<QPushButton>(&page, "importInstrument")->click();
    REQUIRE(messages.messages().size() == 1);
    CHECK(messages.messages().first().kind == ui::MessageKind::Critical);
    CHECK(messages.messages().first().text.contains(QStringLiteral("bad_band_gap.json")));
    CHECK(messages.messages().first().text.contains(QStringLiteral("6 to 6")));
    ui::testing::setNextFileName(data("bad_builtin_id.json"));
    CHECK(page.importInstrument() == nullptr);
    REQUIRE(messages.messages().size() == 2);
    CHECK(messages.messages().last().text.contains(QStringLiteral("built into XinAn")));
    CHECK(InstrumentRepository(school.db(), school.user()).all().size() == 2);
    // Cancelled file dialog: nothing happens.
    ui::testing::setNextFileName(QString());
    CHECK(page.importInstrument() == nullptr);
    CHECK(messages.messages().size() == 2);

    // The sample definition: shown first, kept on Import.
    ui::testing::setNextFileName(data("school_stress.json"));
    ui::InstrumentImportDialog *dialog = page.importInstrument();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "instrument")->text().contains(QStringLiteral("学业压力自评量表（校本示例）")));
    CHECK(child<QLabel>(dialog, "instrument")->text().contains(QStringLiteral("XYYL-6")));
    CHECK(child<QLabel>(dialog, "items")->text().contains(QStringLiteral("6 item")));
    CHECK(child<QLabel>(dialog, "items")->text().contains(QStringLiteral("0 to 18")));
    CHECK(child<QLabel>(dialog, "criticalItems")->text().contains(QStringLiteral("觉得活着没有意思")));
    auto *bands = child<QTableWidget>(dialog, "bands");
    REQUIRE(bands->rowCount() == 3);
    CHECK(bands->item(0, 0)->text() == QStringLiteral("0–5"));
    CHECK(bands->item(2, 1)->text() == QStringLiteral("压力较高"));
    CHECK_FALSE(child<QLabel>(dialog, "replaceNote")->isVisibleTo(dialog));
    CHECK(InstrumentRepository(school.db(), school.user()).all().size() == 2); // not yet
    QPointer<ui::InstrumentImportDialog> guard(dialog);
    child<QPushButton>(dialog, "import")->click();
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    REQUIRE(messages.messages().size() == 3);
    CHECK(messages.messages().last().kind == ui::MessageKind::Information);
    CHECK(messages.messages().last().text.contains(QStringLiteral("XYYL-6")));
    CHECK(InstrumentRepository(school.db(), school.user()).find(QStringLiteral("school_stress")).has_value());
    // The same file again: already there.
    ui::testing::setNextFileName(data("school_stress.json"));
    CHECK(page.importInstrument() == nullptr);
    CHECK(messages.messages().last().kind == ui::MessageKind::Information);

    // A new drive offers it.
    ui::DriveDialog *drive = page.newDrive();
    REQUIRE(drive);
    child<QCheckBox>(drive, "instrument_phq9")->setChecked(false);
    auto *stress = child<QCheckBox>(drive, "instrument_school_stress");
    CHECK(stress->text().contains(QStringLiteral("XYYL-6")));
    stress->setChecked(true);
    child<QLineEdit>(drive, "name")->setText(QStringLiteral("2026秋 初二 学业压力"));
    for (int g = 1; g <= 15; ++g)
        child<QCheckBox>(drive, QStringLiteral("grade%1").arg(g).toLatin1().constData())->setChecked(g == 8);
    QPointer<ui::DriveDialog> driveGuard(drive);
    child<QPushButton>(drive, "create")->click();
    const std::string driveError = driveGuard ? driveGuard->errorText().toStdString() : std::string();
    INFO(driveError);
    REQUIRE(waitUntil([&] { return driveGuard.isNull(); }));
    const QList<ScreeningDrive> drives = ScreeningRepository(school.db(), school.user()).drives();
    REQUIRE(drives.size() == 1);
    CHECK(drives.first().instrumentIds == QStringList { QStringLiteral("school_stress") });
    CHECK(child<QTableWidget>(&page, "drives")->item(0, 2)->text() == QStringLiteral("XYYL-6"));

    // Paper forms for it: six digits, scored with its bands.
    REQUIRE(page.selectClass(8, QStringLiteral("2班")));
    ui::PaperEntryDialog *paper = page.enterPaperForms();
    REQUIRE(paper);
    REQUIRE(waitUntil([&] { return paper->isVisible(); }));
    CHECK(paper->instrumentId() == QStringLiteral("school_stress"));
    CHECK(paper->currentStudentId() == wu);
    auto *answers = child<QLineEdit>(paper, "answers");
    CHECK(answers->placeholderText().size() == 6);
    QTest::keyClicks(answers, QStringLiteral("322230"));
    CHECK(child<QLabel>(paper, "score")->text().contains(QStringLiteral("压力较高")));
    QTest::keyClick(answers, Qt::Key_Return);
    CHECK(paper->errorText().isEmpty());
    paper->close();
    const QList<ScreeningResultRow> rows = ScreeningRepository(school.db(), school.user()).results(drives.first().id);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().total == 12);
    CHECK(rows.first().bandCode == QStringLiteral("high"));
    // The results tab names the instrument and its band.
    auto *results = child<QTableWidget>(&page, "results");
    REQUIRE(results->rowCount() == 1);
    CHECK(results->item(0, 4)->text() == QStringLiteral("XYYL-6"));
    CHECK(results->item(0, 6)->text() == QStringLiteral("压力较高"));
}
