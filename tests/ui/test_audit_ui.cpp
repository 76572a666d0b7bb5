// 审计日志: the File menu's audit log viewer (counsellors and heads only), its filters and its
// CSV export (owner-only, itself audited), and the shell logging a student's file opened by a head.
#include "uitestsupport.h"

#include "audit/auditdialog.h"
#include "shell/mainwindow.h"
#include "students/studentfiledialog.h"
#include "testsupport.h"

#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixed { QDateTime(QDate(2026, 11, 16), QTime(9, 30)) };
    TempDir dir;
    QString path = dir.path(QStringLiteral("audit.xinan"));
    std::unique_ptr<SchoolFile> file = [this] {
        createSchool(path);
        auto school = std::make_unique<SchoolFile>(
            SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1")));
        school->addUser(QStringLiteral("zhao"), secret("violet harbour lantern 47"), AccountRole::Head);
        school->addUser(QStringLiteral("zhou"), secret("copper meadow kettle 58"), AccountRole::ClassTeacher);
        return school;
    }();
    qint64 yang = addStudent(QStringLiteral("G520102201309010001"), QStringLiteral("杨小雨"));
    qint64 luo = addStudent(QStringLiteral("G520102201309010002"), QStringLiteral("罗佳佳"));

    qint64 addStudent(const QString &no, const QString &name)
    {
        Student s;
        s.studentNo = no;
        s.name = name;
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(file->db(), QStringLiteral("wang")).add(s);
    }
    std::unique_ptr<SchoolFile> unlockAs(const char *user, const char *password)
    {
        file.reset(); // one window at a time
        return std::make_unique<SchoolFile>(SchoolFile::unlockWithPassword(path, QString::fromLatin1(user), secret(password)));
    }
};

QAction *auditAction(ui::MainWindow &window)
{
    const QList<QAction *> actions = window.findChildren<QAction *>(QStringLiteral("auditLog"));
    REQUIRE(actions.size() == 1);
    return actions.first();
}

QStringList column(QTableWidget *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, column)->text();
    return out;
}

} // namespace

TEST_CASE_METHOD(Fixture, "the File menu offers the audit log to counsellors and heads only", "[ui][audit]")
{
    {
        ui::MainWindow window(unlockAs("wang", "correct horse 1"));
        window.show();
        CHECK(auditAction(window)->isVisible());
    }
    {
        ui::MainWindow window(unlockAs("zhao", "violet harbour lantern 47"));
        window.show();
        CHECK(auditAction(window)->isVisible());
        // A head opening a student's file leaves a trace; the shell is where files are opened.
        ui::StudentFileDialog *opened = window.openStudentFile(yang);
        REQUIRE(opened);
        opened->reject();
        const AuditEntry e = recentAudit(window.schoolFile().db(), 1).first();
        CHECK(e.account == QStringLiteral("zhao"));
        CHECK(e.action == QStringLiteral("open"));
        CHECK(e.entityId == yang);
    }
    {
        ui::MainWindow window(unlockAs("zhou", "copper meadow kettle 58"));
        window.show();
        CHECK_FALSE(auditAction(window)->isVisible());
    }
}

TEST_CASE_METHOD(Fixture, "the audit log viewer filters by person, kind, student and date and exports CSV", "[ui][audit]")
{
    clock::testing::setNow(QDateTime(QDate(2026, 11, 17), QTime(14, 5)));
    {
        auto head = unlockAs("zhao", "violet harbour lantern 47");
        recordFileOpened(head->db(), yang);
        recordOutput(head->db(), OutputKind::Print, QStringLiteral("weekly_sheet"), 2, QStringLiteral("Office printer"));
    }
    clock::testing::setNow(QDateTime(QDate(2026, 11, 18), QTime(8, 0)));
    auto school = unlockAs("zhao", "violet harbour lantern 47");
    ui::AuditDialog dialog(*school);
    dialog.resize(1366, 768);
    dialog.show();
    auto *table = child<QTableWidget>(&dialog, "auditEntries");
    const qsizetype all = dialog.entries().size();
    REQUIRE(table->rowCount() == all);
    // Newest first, in local time, in words, with the student's name.
    CHECK(table->item(0, 0)->text() == QStringLiteral("2026-11-18 08:00:00"));
    CHECK(table->item(0, 2)->text() == auditActionName(QStringLiteral("unlock")));
    CHECK(column(table, 4).contains(QStringLiteral("杨小雨")));
    CHECK(column(table, 3).contains(auditEntityName(QStringLiteral("weekly_sheet"))));
    CHECK(child<QLabel>(&dialog, "auditHead")->text().contains(QStringLiteral("#")));

    auto *person = child<QComboBox>(&dialog, "auditAccount");
    person->setCurrentIndex(person->findData(QStringLiteral("zhao")));
    CHECK(table->rowCount() == 4); // two unlocks, the file, the print
    CHECK(column(table, 1) == QStringList(4, QStringLiteral("zhao")));
    person->setCurrentIndex(0);
    auto *kind = child<QComboBox>(&dialog, "auditAction");
    kind->setCurrentIndex(kind->findData(QStringLiteral("print")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 5)->text() == auditDetailText(dialog.entries().first()));
    CHECK(dialog.entries().first().detail == QStringLiteral("students=2 printer=Office printer"));
    kind->setCurrentIndex(0);
    dialog.setStudentFilter(yang);
    CHECK(table->rowCount() == 2); // created, opened
    CHECK(child<QPushButton>(&dialog, "auditStudent")->text().contains(QStringLiteral("杨小雨")));
    dialog.setStudentFilter(0);
    child<QDateEdit>(&dialog, "auditFrom")->setDate(QDate(2026, 11, 17));
    child<QDateEdit>(&dialog, "auditTo")->setDate(QDate(2026, 11, 17));
    CHECK(table->rowCount() == 3);
    child<QDateEdit>(&dialog, "auditFrom")->setDate(QDate(2026, 10, 18));
    child<QDateEdit>(&dialog, "auditTo")->setDate(QDate(2026, 11, 18));
    REQUIRE(table->rowCount() == all);

    RecordedMessages messages;
    const QString csv = dir.path(QStringLiteral("audit"));
    ui::testing::setNextFileName(csv);
    REQUIRE(dialog.exportCsv());
    const QString written = csv + QStringLiteral(".csv");
    CHECK(QFileInfo(written).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QByteArray bytes = readBytes(written);
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs for UTF-8
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.count(QStringLiteral("\r\n")) == all + 1);
    CHECK(text.contains(QStringLiteral("杨小雨")));
    const AuditEntry exported = recentAudit(school->db(), 1).first();
    CHECK(exported.action == QStringLiteral("export"));
    CHECK(exported.entity == QStringLiteral("audit_log"));
    CHECK(exported.detail == QStringLiteral("students=2 file=%1").arg(written));
    CHECK(table->rowCount() == all + 1); // the export is listed at once
    CHECK(checkAuditChain(school->db()).intact);
}

TEST_CASE_METHOD(Fixture, "screenshot of the audit log viewer", "[.screenshot]")
{
    prepareScreenshots();
    clock::testing::setNow(QDateTime(QDate(2026, 11, 17), QTime(14, 5)));
    {
        auto head = unlockAs("zhao", "violet harbour lantern 47");
        recordFileOpened(head->db(), yang);
        recordFileOpened(head->db(), luo);
        recordOutput(head->db(), OutputKind::Print, QStringLiteral("weekly_sheet"), 2, QStringLiteral("Office printer"));
        recordOutput(head->db(), OutputKind::Export, QStringLiteral("appointment_slip"), 1,
            QStringLiteral("/home/zhao/appointment-slip-2026-11-17.pdf"));
    }
    clock::testing::setNow(QDateTime(QDate(2026, 11, 18), QTime(8, 0)));
    auto school = unlockAs("wang", "correct horse 1");
    ui::AuditDialog dialog(*school);
    dialog.resize(1366, 768);
    dialog.show();
    saveScreenshot(dialog, QStringLiteral("audit-log.png"));
}
