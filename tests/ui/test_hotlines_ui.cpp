// Help lines (求助热线) in the GUI on real encrypted databases: the Settings section edits the
// school's numbers (a bad number refused inline, nothing stored), the crisis window and the home
// panel show them, the poster is a searchable one-page A4 PDF with the school's aid line and the
// national numbers and no student, the referral slip keeps one page with the aid line in its
// footer, and who sees the section, the panel and the File-menu entry. Plus [.screenshot]
// pictures of the section, the panel and the poster.
#include "uitestsupport.h"

#include "common/accountroles.h"
#include "common/settingssection.h"
#include "crisis/crisisdialog.h"
#include "home/homepanel.h"
#include "hotlines/hotlinepanel.h"
#include "hotlines/hotlineposter.h"
#include "hotlines/hotlinessection.h"
#include "referrals/referralslip.h"
#include "shell/menuactions.h"
#include "testsupport.h"

#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/crisisrepository.h"
#include "repo/hotlines.h"
#include "repo/officerepository.h"
#include "repo/referralrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

#include <algorithm>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString AidNumber = QStringLiteral("0851-8888 6666");
const QString AidName = QStringLiteral("雷山县心理援助热线");
const QString StudentName = QStringLiteral("杨小雨");

struct Fixture
{
    clock::testing::FixedClock fixed { QDate(2026, 11, 16) };
    TempDir dir;
    QString path = dir.path(QStringLiteral("h.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    qint64 yang = [this] {
        Student s;
        s.studentNo = QStringLiteral("G520000000001");
        s.name = StudentName;
        s.gender = Gender::Female;
        s.birthDate = QDate(2012, 3, 5);
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }();

    void setLines()
    {
        SchoolHotlines h;
        h.aidName = AidName;
        h.aidNumber = AidNumber;
        h.hospitalName = QStringLiteral("雷山县人民医院");
        h.hospitalNumber = QStringLiteral("0855-333 4444");
        h.hospitalAddress = QStringLiteral("雷山县丹江镇");
        h.others = { { QStringLiteral("县妇联"), QStringLiteral("0855-222 1111"), QStringLiteral("工作日") } };
        HotlineRepository(school.db(), school.user()).setSchoolHotlines(h);
    }
    SchoolHotlines stored() { return HotlineRepository(school.db(), school.user()).schoolHotlines(); }
};

bool audited(SchoolFile &school, const char *entity)
{
    const QList<AuditEntry> audit = recentAudit(school.db(), 30);
    return std::any_of(audit.cbegin(), audit.cend(), [entity](const AuditEntry &e) { return e.entity == QLatin1String(entity); });
}

} // namespace

TEST_CASE_METHOD(Fixture, "the settings section edits the school's help lines and refuses a bad number", "[hotlines_ui]")
{
    RecordedMessages boxes;
    ui::HotlinesSection section(school);
    section.show();
    CHECK(child<QLineEdit>(&section, "aidNumber")->text().isEmpty());
    // The national numbers are shown, not editable.
    const QList<QLabel *> labels = section.findChildren<QLabel *>();
    CHECK(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) { return l->text() == u"12355"; }));
    CHECK(section.findChildren<QLineEdit *>().size() == 5);

    child<QLineEdit>(&section, "aidName")->setText(AidName);
    child<QLineEdit>(&section, "aidNumber")->setText(QStringLiteral("0851-HELP"));
    CHECK_FALSE(section.save());
    auto *error = child<QLabel>(&section, "hotlinesError");
    CHECK(error->isVisibleTo(&section));
    CHECK(error->text().contains(QStringLiteral("24-hour aid line's number")));
    CHECK(stored() == SchoolHotlines {});

    child<QLineEdit>(&section, "aidNumber")->setText(AidNumber);
    child<QLineEdit>(&section, "hospitalName")->setText(QStringLiteral("雷山县人民医院"));
    child<QLineEdit>(&section, "hospitalNumber")->setText(QStringLiteral("0855-333 4444"));
    auto *others = child<QTableWidget>(&section, "otherHotlines");
    CHECK(others->rowCount() == HotlineRepository::MaxOtherLines);
    others->item(0, 0)->setText(QStringLiteral("县妇联"));
    others->item(0, 1)->setText(QStringLiteral("0855-222 1111"));
    REQUIRE(section.save());
    CHECK_FALSE(error->isVisibleTo(&section));
    const SchoolHotlines h = stored();
    CHECK(h.aidName == AidName);
    CHECK(h.aidNumber == AidNumber);
    CHECK(h.hospitalNumber == QStringLiteral("0855-333 4444"));
    REQUIRE(h.others.size() == 1);
    CHECK(h.others.first().name == QStringLiteral("县妇联"));
    CHECK(audited(school, "hotlines"));

    // The suggestion fills the aid line's number; a reopened section shows what was saved.
    section.useSuggestion(0);
    CHECK(child<QLineEdit>(&section, "aidNumber")->text() == QStringLiteral("12356"));
    ui::HotlinesSection again(school);
    CHECK(child<QLineEdit>(&again, "aidNumber")->text() == AidNumber);
    CHECK(child<QTableWidget>(&again, "otherHotlines")->item(0, 1)->text() == QStringLiteral("0855-222 1111"));
}

TEST_CASE_METHOD(Fixture, "the crisis window and the home panel show the help lines", "[hotlines_ui]")
{
    {
        ui::HotlinePanel panel(school);
        panel.refresh();
        CHECK(panel.text().contains(QStringLiteral("No 24-hour aid line")));
        CHECK(panel.text().contains(QStringLiteral("12355")));
    }
    setLines();
    const qint64 event = CrisisRepository(school.db(), school.user())
                             .open(yang, QDateTime(QDate(2026, 11, 16), QTime(8, 30)), QStringLiteral("课间在走廊哭泣"));
    ui::CrisisDialog crisis(school, event);
    crisis.show();
    auto *lines = child<QLabel>(&crisis, "crisisHotlines");
    CHECK(lines->isVisibleTo(&crisis));
    CHECK(lines->text().contains(AidNumber));
    CHECK(lines->text().contains(AidName));
    CHECK(lines->text().contains(QStringLiteral("12320")));
    CHECK(lines->text().contains(QStringLiteral("雷山县人民医院")));

    ui::HotlinePanel panel(school);
    panel.refresh();
    CHECK(panel.title() == QStringLiteral("Help lines"));
    CHECK(panel.waitingCount() == 0);
    CHECK(panel.text().contains(AidNumber));
    CHECK(panel.text().contains(QStringLiteral("12338")));
    CHECK(panel.text().contains(QStringLiteral("县妇联")));
}

TEST_CASE_METHOD(Fixture, "the poster is one searchable A4 page with the aid line and the national numbers", "[hotlines_ui]")
{
    RecordedMessages boxes;
    setLines();
    OfficeRepository(school.db(), school.user()).addRoom({ 0, QStringLiteral("心语小屋"), RoomKind::Individual, true });
    const QString pdf = dir.path(QStringLiteral("poster.pdf"));
    ui::testing::setNextFileName(pdf);
    REQUIRE(ui::exportHotlinePoster(school, nullptr));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    for (const QString &needle : { QStringLiteral("12355"), QStringLiteral("12345"), QStringLiteral("12320"),
             QStringLiteral("12338"), AidNumber, AidName, QStringLiteral("雷山县测试中学"), QStringLiteral("雷山县人民医院"),
             QStringLiteral("心语小屋"), QStringLiteral("县妇联") })
        CHECK(text.contains(needle));
    CHECK_FALSE(text.contains(StudentName));
    CHECK(radicalsIn(text).isEmpty());
    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(info.contains(QStringLiteral("(A4)")));
    CHECK(text.contains(QStringLiteral("110")));
    CHECK(audited(school, "hotline_poster"));

    // Six local lines with notes and a long address still fit one page, every number on it.
    SchoolHotlines full = stored();
    full.hospitalAddress = QStringLiteral("雷山县丹江镇人民路与滨河大道交叉口向东两百米路北（县人民医院门诊楼一楼急诊科）");
    full.others.clear();
    for (int i = 1; i <= HotlineRepository::MaxOtherLines; ++i)
        full.others.append({ QStringLiteral("本地热线%1@@9@@").arg(i), QStringLiteral("0855-100 %1%1%1%1").arg(i),
            QStringLiteral("周一至周五 8:30–17:30，节假日另行通知") });
    HotlineRepository(school.db(), school.user()).setSchoolHotlines(full);
    const QString fullPdf = dir.path(QStringLiteral("full.pdf"));
    ui::testing::setNextFileName(fullPdf);
    REQUIRE(ui::exportHotlinePoster(school, nullptr));
    const QString fullText = pdfText(fullPdf);
    INFO(fullText.toStdString());
    CHECK(runTool(QStringLiteral("pdfinfo"), { fullPdf }).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    for (int i = 1; i <= HotlineRepository::MaxOtherLines; ++i)
        CHECK(fullText.contains(QStringLiteral("0855-100 %1%1%1%1").arg(i)));
    CHECK(fullText.contains(QStringLiteral("本地热线6@@9@@")));
    CHECK(fullText.contains(AidNumber));
    CHECK(fullText.contains(QStringLiteral("110")));

    // From Settings, the lines typed but not yet saved are printed.
    ui::HotlinesSection section(school);
    child<QLineEdit>(&section, "aidNumber")->setText(QStringLiteral("0851-7777 5555"));
    const QString unsaved = dir.path(QStringLiteral("unsaved.pdf"));
    ui::testing::setNextFileName(unsaved);
    REQUIRE(section.savePosterAsPdf());
    CHECK(pdfText(unsaved).contains(QStringLiteral("0851-7777 5555")));
    CHECK(stored().aidNumber == AidNumber);
    // A bad number is refused before anything is asked or printed.
    child<QLineEdit>(&section, "aidNumber")->setText(QStringLiteral("12"));
    CHECK_FALSE(section.savePosterAsPdf());
    CHECK(child<QLabel>(&section, "hotlinesError")->text().contains(QStringLiteral("has 2 digits")));
}

TEST_CASE_METHOD(Fixture, "the referral slip keeps one page with the aid line in its footer", "[hotlines_ui]")
{
    RecordedMessages boxes;
    setLines();
    ReferralRepository repo(school.db(), school.user());
    const qint64 hospital = repo.saveHospital({ 0, QStringLiteral("贵州省第二人民医院"), QStringLiteral("儿童青少年心理科"),
        QStringLiteral("贵阳市云岩区"), QStringLiteral("0851-00000000"), QString(), false });
    const qint64 id
        = repo.open(yang, QDate(2026, 11, 2), QStringLiteral("近两个月情绪低落，睡眠差，成绩明显下降，自述有时觉得活着没意思。"));
    ReferralStep meeting;
    meeting.referralId = id;
    meeting.kind = ReferralStepKind::Meeting;
    meeting.on = QDate(2026, 11, 2);
    meeting.body = QStringLiteral("建议转介评估");
    repo.addStep(meeting);
    ReferralStep parents;
    parents.referralId = id;
    parents.kind = ReferralStepKind::Parents;
    parents.on = QDate(2026, 11, 2);
    parents.method = QStringLiteral("电话");
    parents.consent = ParentConsent::Consent;
    repo.addStep(parents);
    ReferralStep slip;
    slip.referralId = id;
    slip.kind = ReferralStepKind::Slip;
    slip.on = QDate(2026, 11, 3);
    slip.hospitalId = hospital;
    slip.escort = QStringLiteral("母亲、班主任");
    repo.addStep(slip);

    const QString pdf = dir.path(QStringLiteral("slip.pdf"));
    ui::testing::setNextAnswer(true);
    ui::testing::setNextFileName(pdf);
    REQUIRE(ui::exportReferralSlip(school, id, nullptr));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(AidNumber));
    CHECK(text.contains(QStringLiteral("12320")));
    CHECK(text.contains(QStringLiteral("回执")));
    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
}

TEST_CASE("the section, the home panel and the poster entry go to the right roles", "[hotlines_ui]")
{
    auto sectionRoles = [] {
        for (const ui::SettingsSectionFactory &f : ui::settingsSectionFactories())
            if (f.id == u"hotlinesSection")
                return f.roles;
        return ui::RoleSet {};
    };
    CHECK(ui::roleSees(sectionRoles(), AccountRole::Counsellor));
    CHECK(ui::roleSees(sectionRoles(), AccountRole::Admin));
    CHECK_FALSE(ui::roleSees(sectionRoles(), AccountRole::Head));
    CHECK_FALSE(ui::roleSees(sectionRoles(), AccountRole::ClassTeacher));

    ui::RoleSet posterRoles;
    for (const ui::FileMenuAction &a : ui::fileMenuActions())
        if (a.objectName == u"hotlinePoster")
            posterRoles = a.roles;
    for (AccountRole role : { AccountRole::Counsellor, AccountRole::Head, AccountRole::ClassTeacher, AccountRole::Admin })
        CHECK(ui::roleSees(posterRoles, role));

    // The help-line panel is the last factory, for the counsellor and the head.
    const std::vector<ui::HomePanelFactory> panels = ui::homePanelFactories();
    REQUIRE_FALSE(panels.empty());
    const ui::RoleSet last = panels.back().roles;
    CHECK(ui::roleSees(last, AccountRole::Counsellor));
    CHECK(ui::roleSees(last, AccountRole::Head));
    CHECK_FALSE(ui::roleSees(last, AccountRole::ClassTeacher));
    CHECK_FALSE(ui::roleSees(last, AccountRole::Admin));
}

TEST_CASE_METHOD(Fixture, "help-line screenshots", "[.screenshot][hotlines_ui]")
{
    prepareScreenshots();
    RecordedMessages boxes;
    setLines();
    OfficeRepository(school.db(), school.user()).addRoom({ 0, QStringLiteral("心理辅导室"), RoomKind::Individual, true });
    ui::HotlinesSection section(school);
    section.resize(1000, 560);
    section.show();
    saveScreenshot(section, QStringLiteral("hotlines-settings.png"));
    ui::HotlinePanel panel(school);
    panel.resize(600, 140);
    panel.show();
    panel.refresh();
    saveScreenshot(panel, QStringLiteral("hotlines-home-panel.png"));
    const QString shots = qEnvironmentVariable("XINAN_SCREENSHOT_DIR", QStringLiteral(XINAN_SCREENSHOT_DIR));
    const QString pdf = dir.path(QStringLiteral("poster.pdf"));
    ui::testing::setNextFileName(pdf);
    REQUIRE(ui::exportHotlinePoster(school, nullptr));
    REQUIRE(QProcess::execute(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-singlefile"), pdf,
                    QDir(shots).filePath(QStringLiteral("hotlines-poster")) })
        == 0);
}
