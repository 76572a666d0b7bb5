// The screening import dialog and answer coding: a 按序号 sheet whose digits fit both codings
// shows why, imports nothing until the teacher chooses, then records the right scores.
#include "uitestsupport.h"

#include "screening/screeningimportdialog.h"
#include "screening/screeningpage.h"
#include "testsupport.h"

#include "platform/clock.h"
#include "repo/screeningrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

using namespace xinan;
using namespace xinan::test;

TEST_CASE("the import dialog asks how digits are coded when the sheet cannot tell", "[ui][screening]")
{
    clock::testing::FixedClock fixed(QDate(2026, 11, 16));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("s.xinan"));
    createSchool(path);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    Student s;
    s.studentNo = QStringLiteral("G520000001");
    s.name = QStringLiteral("张三");
    s.grade = 4;
    s.className = QStringLiteral("1班");
    StudentRepository(school.db(), school.user()).add(s);
    const qint64 drive = ScreeningRepository(school.db(), school.user())
                             .createDrive({ QStringLiteral("2026秋 四年级 PHQ-9"), QStringLiteral("2026-2027-1"),
                                 { QStringLiteral("phq9") }, { 4 }, QDate(2026, 11, 13), QDate(2026, 11, 26) });
    RecordedMessages messages;
    ui::ScreeningPage page(school);
    page.show();
    const QString csv = dir.path(QStringLiteral("按序号.csv"));
    writeBytes(csv,
        QStringLiteral("1、学籍号,2、姓名,3、做事时提不起劲或没有兴趣,4、感到心情低落、沮丧或绝望,"
                       "5、入睡困难、睡不安稳或睡眠过多,6、感觉疲倦或没有活力,"
                       "7、食欲不振或吃太多,8、觉得自己很糟,9、对事物专注有困难,10、动作或说话速度缓慢,"
                       "11、有不如死掉或用某种方式伤害自己的念头\n"
                       "G520000001,张三,2,1,1,1,1,1,1,1,1\n")
            .toUtf8());
    ui::ScreeningImportDialog *dialog = page.importSheet();
    REQUIRE(dialog);
    ui::testing::setNextFileName(csv);
    child<QPushButton>(dialog, "chooseFile")->click();
    INFO(dialog->lastMessage().toStdString());
    REQUIRE(dialog->hasPlan());
    auto *note = child<QLabel>(dialog, "codingNote");
    CHECK(note->isVisibleTo(dialog));
    CHECK(note->text().contains(QStringLiteral("0 or 1")));
    CHECK_FALSE(dialog->isImportAllEnabled());
    CHECK_FALSE(dialog->isImportValidEnabled());
    dialog->importAll();
    CHECK(ScreeningRepository(school.db(), school.user()).results(drive).isEmpty());

    dialog->selectCoding(AnswerCoding::Positions);
    REQUIRE(dialog->hasPlan());
    REQUIRE(dialog->isImportAllEnabled());
    dialog->importAll();
    const QList<ScreeningResultRow> rows = ScreeningRepository(school.db(), school.user()).results(drive);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().total == 1);
    CHECK_FALSE(rows.first().critical);
    CHECK(messages.messages().isEmpty());
    dialog->close();
}
