// The city export dialog (文件 → 导出市级报表…): the periods offered, the preview of every column
// with the suppressed cells marked and named in the note, the folder through the dialog seam,
// writing, the refusal of files already there and overwriting; the File menu entry's roles.
#include "uitestsupport.h"

#include "export/cityexportdialog.h"
#include "shell/menuactions.h"
#include "testsupport.h"

#include "common/dialogseams.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QDir>
#include <QPushButton>
#include <QTableWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixed { testNow() };
    TempDir dir;
    QString path = dir.path(QStringLiteral("school.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    QString out = [this] {
        QDir(dir.root()).mkdir(QStringLiteral("out"));
        return dir.path(QStringLiteral("out"));
    }();

    Fixture()
    {
        // Three students: the enrolment itself is a small count.
        const char *names[] = { "龙小雨", "王芳", "杨明" };
        int i = 0;
        for (const char *name : names) {
            Student s;
            s.studentNo = QStringLiteral("G52010000%1").arg(++i);
            s.name = QString::fromUtf8(name);
            s.grade = 7;
            s.className = QStringLiteral("1班");
            StudentRepository(school.db(), QStringLiteral("wang")).add(s);
        }
    }
};

int rowOf(QTableWidget *table, const QString &header)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == header)
            return r;
    return -1;
}

} // namespace

TEST_CASE_METHOD(
    Fixture, "the city export dialog previews the row with suppressed cells marked and writes the files", "[ui][export]")
{
    QStringList messages;
    ui::testing::setMessageSink([&](ui::MessageKind, const QString &, const QString &text) { messages << text; });
    ui::CityExportDialog dialog(school);
    dialog.show();
    CHECK(dialog.periodIds().first() == QLatin1String("2026-2027-1"));
    CHECK(dialog.periodIds().contains(QStringLiteral("2026-11")));
    CHECK(dialog.periodIds().contains(QStringLiteral("2025-12")));
    REQUIRE(dialog.hasPreview());

    QTableWidget *table = dialog.previewTable();
    CHECK(table->rowCount() == cityExportColumns().size());
    const int enrolled = rowOf(table, QStringLiteral("在校学生数"));
    REQUIRE(enrolled >= 0);
    CHECK(table->item(enrolled, 1)->text() == QLatin1String("<5"));
    CHECK_FALSE(table->item(enrolled, 2)->text().isEmpty());
    const int crises = rowOf(table, QStringLiteral("危机事件数"));
    CHECK(table->item(crises, 1)->text() == QLatin1String("0"));
    CHECK(table->item(crises, 2)->text().isEmpty());
    CHECK(dialog.suppressionNote().contains(QStringLiteral("在校学生数")));
    CHECK(dialog.suppressionNote().contains(QStringLiteral("<5")));

    dialog.choosePeriod(QStringLiteral("2026-11"));
    CHECK(dialog.row().period.id == QLatin1String("2026-11"));
    auto *write = child<QPushButton>(&dialog, "writeCityExport");
    REQUIRE(write);
    CHECK_FALSE(write->isEnabled()); // no folder yet

    ui::testing::setNextFileName(out);
    dialog.chooseFolder();
    CHECK(write->isEnabled());
    write->click();
    CHECK(dialog.wroteFiles());
    CHECK(dialog.lastMessage().contains(QStringLiteral("manifest.json")));
    const QString stem = dialog.row().fileStem();
    CHECK(QFile::exists(out + u'/' + stem + QStringLiteral(".xlsx")));
    CHECK(QFile::exists(out + u'/' + stem + QStringLiteral(".csv")));
    CHECK(messages.isEmpty());

    // Again: refused, said in the dialog and in a message; then replaced when asked.
    write->click();
    CHECK(dialog.lastMessage().contains(QStringLiteral("already exists")));
    REQUIRE(messages.size() == 1);
    dialog.setOverwrite(true);
    write->click();
    CHECK(dialog.lastMessage().contains(QStringLiteral("manifest.json")));
    ui::testing::setMessageSink({});
}

TEST_CASE("the File menu offers the city export to counsellors and heads", "[ui][export]")
{
    const auto entries = ui::fileMenuActions();
    const auto it = std::find_if(
        entries.cbegin(), entries.cend(), [](const ui::FileMenuAction &a) { return a.objectName == u"cityExport"; });
    REQUIRE(it != entries.cend());
    CHECK(it->roles == ui::RoleSet { AccountRole::Counsellor, AccountRole::Head });
}
