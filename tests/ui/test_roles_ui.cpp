// The interface follows the role matrix (issue 12): the main window opened as 心理教师, 校领导,
// 班主任 and 管理员 on a real demo school shows each role the pages, File-menu entries, settings,
// home panels and student-file tabs whose data the role may use (roleAllows), the head lands on
// the school overview, the parts of a shared view a role may not see are hidden, and walking
// every visible page and a student's file shows no error. Plus the [.screenshot] pictures of
// the head's and the class teacher's windows.
#include "uitestsupport.h"

#include "common/accountroles.h"
#include "common/modulepage.h"
#include "common/studentfiletab.h"
#include "home/homepage.h"
#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "shell/menuactions.h"
#include "students/studentfiledialog.h"
#include "testsupport.h"

#include "platform/clock.h"
#include "repo/feedbackrepository.h"
#include "repo/gridrepository.h"
#include "repo/planrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentquery.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

const char *const Password = "plum river kettle 8391";
const QString Reason = QStringLiteral("手臂有划痕，自述想离开");
const QString Measures = QStringLiteral("每天课间留意情绪，异常当天告诉心理老师");
const QString TeacherFeedback = QStringLiteral("近期多鼓励，安排同桌结伴");
const QString ParentFeedback = QStringLiteral("已与母亲电话沟通作息");
const QString HeadFeedback = QStringLiteral("建议学校协调减免住宿费用");

struct RoleAccount
{
    QString user;
    AccountRole role;
};

const QList<RoleAccount> &accounts()
{
    static const QList<RoleAccount> all { { QStringLiteral("demo"), AccountRole::Counsellor },
        { QStringLiteral("zhang"), AccountRole::Head }, { QStringLiteral("li"), AccountRole::ClassTeacher },
        { QStringLiteral("zhao"), AccountRole::Admin } };
    return all;
}

// A demo school with a head, a class teacher linked to one class of the grid and an admin, and
// one student of that class made a key student with a plan and feedback to the class teacher
// and to the parents.
struct RoleSchool
{
    clock::testing::FixedClock fixed { QDate(2026, 11, 16) };
    TempDir dir;
    QString path = dir.path(QStringLiteral("roles.xinan"));
    ClassRef teacherClass;
    qint64 keyStudent = 0; // in the class teacher's class
    qint64 otherClassStudent = 0;

    RoleSchool()
    {
        createDemoDatabase(path, QStringLiteral("demo"), secret(Password), { 200, 2026 });
        SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("demo"), secret(Password));
        for (const RoleAccount &a : accounts())
            if (a.role != AccountRole::Counsellor)
                school.addUser(a.user, secret(Password), a.role);
        GridRepository grid(school.db(), school.user());
        for (const GridMember &m : grid.members())
            if (m.role == GridRole::ClassTeacher) {
                grid.linkAccount(m.id, QStringLiteral("li"));
                teacherClass = { m.grade, m.className };
                break;
            }
        REQUIRE(teacherClass.grade != 0);

        StudentFilter mine;
        mine.grade = teacherClass.grade;
        mine.className = teacherClass.className;
        RiskRepository risk(school.db(), school.user());
        for (const StudentRow &row : StudentQuery(school.db()).page(mine, StudentSort::Name, true, 0, 100))
            if (risk.current(row.id) == RiskLevel::Green) {
                keyStudent = row.id;
                break;
            }
        REQUIRE(keyStudent != 0);
        for (const StudentRow &row : StudentQuery(school.db()).page({}, StudentSort::Grade, true, 0, 200))
            if (row.grade != teacherClass.grade || row.className != teacherClass.className) {
                otherClassStudent = row.id;
                break;
            }
        REQUIRE(otherClassStudent != 0);

        const QDateTime now = clock::nowUtc();
        risk.change(keyStudent, RiskLevel::Orange, RiskSource::Session, Reason, now.addSecs(-3600));
        KeyPlan plan;
        plan.studentId = keyStudent;
        plan.situation = QStringLiteral("情绪低落两周");
        plan.goals = QStringLiteral("一个月内恢复正常作息");
        plan.measures = Measures;
        plan.counsellor = QStringLiteral("demo");
        plan.parentInformed = true;
        plan.parentInformedOn = clock::today();
        PlanRepository(school.db(), school.user()).save(plan, now.addSecs(-1800));
        FeedbackRepository feedback(school.db(), school.user());
        for (const auto &[recipient, text] :
            { std::pair { FeedbackRecipient::ClassTeacher, TeacherFeedback },
                std::pair { FeedbackRecipient::Parents, ParentFeedback }, std::pair { FeedbackRecipient::Head, HeadFeedback } }) {
            FeedbackInput in;
            in.studentId = keyStudent;
            in.recipient = recipient;
            in.givenOn = clock::today();
            in.method = FeedbackMethod::Phone;
            in.summary = text;
            feedback.add(in);
        }
    }

    std::unique_ptr<SchoolFile> open(const QString &user) const
    {
        return std::make_unique<SchoolFile>(SchoolFile::unlockWithPassword(path, user, secret(Password)));
    }
};

QStringList navigationIds(const ui::MainWindow &window)
{
    QStringList ids;
    const auto *navigation = child<QListWidget>(&window, "navigation");
    for (int i = 0; i < navigation->count(); ++i)
        ids << navigation->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QString currentPageId(const ui::MainWindow &window)
{
    const auto *navigation = child<QListWidget>(&window, "navigation");
    return navigation->currentItem() ? navigation->currentItem()->data(Qt::UserRole).toString() : QString();
}

QStringList visibleMenuEntries(const ui::MainWindow &window)
{
    QStringList names;
    for (const char *name :
        { "importRoster", "classGrid", "officeEditor", "backUp", "restore", "verify", "settings", "lockNow" }) {
        const auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(action != nullptr);
        if (action->isVisible())
            names << QString::fromLatin1(name);
    }
    return names;
}

QStringList tabTitles(const QTabWidget *tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}

// Every text a user could read in the widget: labels, buttons, list and tree items, group titles.
QString shownText(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisibleTo(root))
            texts << label->text();
    for (const QTreeWidget *tree : root->findChildren<QTreeWidget *>()) {
        if (!tree->isVisibleTo(root))
            continue;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int c = 0; c < tree->columnCount(); ++c)
                if (!tree->isColumnHidden(c))
                    texts << tree->topLevelItem(i)->text(c);
    }
    return texts.join(u'\n');
}

} // namespace

TEST_CASE("each role's registries are derived from the role matrix", "[ui][roles]")
{
    // The registries agree with roleAllows: an entry a role sees needs only data it may use.
    CHECK(ui::rolesAllowing({ DataKind::Counselling }) == ui::RoleSet { AccountRole::Counsellor });
    CHECK(ui::rolesAllowing({ DataKind::StudentBasic })
        == ui::RoleSet { AccountRole::Counsellor, AccountRole::Head, AccountRole::ClassTeacher });
    CHECK(ui::rolesAllowing({ DataKind::Grid }, AccessOp::Write) == ui::RoleSet { AccountRole::Counsellor, AccountRole::Admin });
    CHECK(ui::rolesExcept(ui::everyRole(), { AccountRole::Head, AccountRole::Admin })
        == ui::RoleSet { AccountRole::Counsellor, AccountRole::ClassTeacher });

    const auto pagesOf = [](AccountRole role) {
        QStringList ids;
        for (const ui::PageFactory &page : ui::pageFactoriesFor(role))
            ids << page.id;
        return ids;
    };
    CHECK(pagesOf(AccountRole::Counsellor)
        == QStringList { QStringLiteral("home"), QStringLiteral("students"), QStringLiteral("appointments"),
            QStringLiteral("sessions"), QStringLiteral("duty"), QStringLiteral("screening"), QStringLiteral("keyStudents"),
            QStringLiteral("crisis"), QStringLiteral("referrals"), QStringLiteral("homeVisits"), QStringLiteral("lessons"), QStringLiteral("activities"),
            QStringLiteral("overview") });
    CHECK(pagesOf(AccountRole::Head)
        == QStringList { QStringLiteral("home"), QStringLiteral("students"), QStringLiteral("duty"), QStringLiteral("screening"),
            QStringLiteral("keyStudents"), QStringLiteral("crisis"), QStringLiteral("referrals"), QStringLiteral("homeVisits"),
            QStringLiteral("lessons"), QStringLiteral("activities"), QStringLiteral("overview") });
    CHECK(pagesOf(AccountRole::ClassTeacher)
        == QStringList {
            QStringLiteral("home"), QStringLiteral("students"), QStringLiteral("homeVisits"), QStringLiteral("lessons") });
    CHECK(pagesOf(AccountRole::Admin) == QStringList { QStringLiteral("home"), QStringLiteral("duty") });
    CHECK(ui::landingPageId(AccountRole::Head) == QStringLiteral("overview"));
    CHECK(ui::landingPageId(AccountRole::Counsellor) == QStringLiteral("home"));
    CHECK(ui::landingPageId(AccountRole::ClassTeacher) == QStringLiteral("homeVisits"));
    CHECK(ui::landingPageId(AccountRole::Admin) == QStringLiteral("home"));

    const auto tabsOf = [](AccountRole role) {
        QStringList ids;
        for (const ui::StudentFileTabFactory &tab : ui::studentFileTabFactories())
            if (tab.roles.contains(role))
                ids << tab.id;
        return ids;
    };
    CHECK(tabsOf(AccountRole::Counsellor)
        == QStringList { QStringLiteral("riskTab"), QStringLiteral("crisisTab"), QStringLiteral("referralsTab"),
            QStringLiteral("planTab"), QStringLiteral("sessionsTab"), QStringLiteral("homeVisitsTab"),
            QStringLiteral("leaveTab") });
    CHECK(tabsOf(AccountRole::Head)
        == QStringList { QStringLiteral("riskTab"), QStringLiteral("crisisTab"), QStringLiteral("referralsTab"),
            QStringLiteral("planTab"), QStringLiteral("feedbackTab"), QStringLiteral("homeVisitsTab"),
            QStringLiteral("leaveTab") });
    CHECK(tabsOf(AccountRole::ClassTeacher)
        == QStringList { QStringLiteral("keyMarkTab"), QStringLiteral("feedbackTab"), QStringLiteral("homeVisitsTab"),
            QStringLiteral("leaveTab") });
    CHECK(tabsOf(AccountRole::Admin).isEmpty());
}

TEST_CASE("the main window shows each role its pages, File-menu entries, settings and home panels", "[ui][roles]")
{
    RoleSchool school;
    struct Expected
    {
        QStringList pages;
        QString landing;
        QStringList menu;
        QStringList settingsTabs;
        int homePanels; // -1: no home page
    };
    const QStringList all { QStringLiteral("importRoster"), QStringLiteral("classGrid"), QStringLiteral("officeEditor"),
        QStringLiteral("backUp"), QStringLiteral("restore"), QStringLiteral("verify"), QStringLiteral("settings"),
        QStringLiteral("lockNow") };
    const QMap<AccountRole, Expected> expected {
        { AccountRole::Counsellor,
            { { QStringLiteral("home"), QStringLiteral("students"), QStringLiteral("appointments"), QStringLiteral("sessions"),
                  QStringLiteral("duty"), QStringLiteral("screening"), QStringLiteral("keyStudents"), QStringLiteral("crisis"),
                  QStringLiteral("referrals"), QStringLiteral("homeVisits"), QStringLiteral("lessons"), QStringLiteral("activities"),
                  QStringLiteral("overview") },
                QStringLiteral("home"), all,
                { QStringLiteral("Password and lock"), QStringLiteral("Backups"), QStringLiteral("Language and data"),
                    QStringLiteral("Crisis response"), QStringLiteral("Partner hospitals"),
                    QStringLiteral("Psychological aid hotlines"), QStringLiteral("Accounts"),
                    QStringLiteral("Home-visit coverage") },
                15 } },
        { AccountRole::Head,
            { { QStringLiteral("home"), QStringLiteral("students"), QStringLiteral("duty"), QStringLiteral("screening"),
                  QStringLiteral("keyStudents"), QStringLiteral("crisis"), QStringLiteral("referrals"),
                  QStringLiteral("homeVisits"), QStringLiteral("lessons"), QStringLiteral("activities"), QStringLiteral("overview") },
                QStringLiteral("overview"), { QStringLiteral("settings"), QStringLiteral("lockNow") },
                { QStringLiteral("Password and lock"), QStringLiteral("Language and data"),
                    QStringLiteral("Home-visit coverage") },
                11 } },
        { AccountRole::ClassTeacher,
            { { QStringLiteral("home"), QStringLiteral("students"), QStringLiteral("homeVisits"), QStringLiteral("lessons") },
                QStringLiteral("homeVisits"), { QStringLiteral("settings"), QStringLiteral("lockNow") },
                { QStringLiteral("Password and lock"), QStringLiteral("Language and data"),
                    QStringLiteral("Home-visit coverage") },
                2 } },
        { AccountRole::Admin,
            { { QStringLiteral("home"), QStringLiteral("duty") }, QStringLiteral("home"),
                { QStringLiteral("classGrid"), QStringLiteral("officeEditor"), QStringLiteral("backUp"),
                    QStringLiteral("restore"), QStringLiteral("verify"), QStringLiteral("settings"), QStringLiteral("lockNow") },
                { QStringLiteral("Password and lock"), QStringLiteral("Backups"), QStringLiteral("Language and data"),
                    QStringLiteral("Partner hospitals"), QStringLiteral("Psychological aid hotlines"), QStringLiteral("Accounts"),
                    QStringLiteral("Home-visit coverage") },
                2 } },
    };

    for (const RoleAccount &account : accounts()) {
        INFO("account " << account.user.toStdString());
        const Expected &want = expected.value(account.role);
        RecordedMessages messages;
        ui::MainWindow window(school.open(account.user));
        window.resize(1200, 800);
        window.show();
        CHECK(ui::openAccountRole(window.schoolFile()) == account.role);
        CHECK(navigationIds(window) == want.pages);
        CHECK(currentPageId(window) == want.landing);
        CHECK(child<QStackedWidget>(&window, "pages")->currentWidget()
            == window.pages().at(static_cast<int>(want.pages.indexOf(want.landing))));
        CHECK(visibleMenuEntries(window) == want.menu);

        auto *home = window.findChild<ui::HomePage *>();
        if (want.homePanels < 0) {
            CHECK(home == nullptr);
        } else {
            REQUIRE(home != nullptr);
            CHECK(home->panels().size() == want.homePanels);
        }

        ui::SettingsDialog settings(window.schoolFile(), &window);
        CHECK(tabTitles(child<QTabWidget>(&settings, "tabs")).join(QLatin1Char('|')).toStdString()
            == want.settingsTabs.join(QLatin1Char('|')).toStdString());
        CHECK(!child<QGroupBox>(&settings, "schoolDataBox")->isHidden()
            == (account.role == AccountRole::Counsellor || account.role == AccountRole::Admin));
        CHECK((settings.findChild<QWidget *>(QStringLiteral("feedbackSettings")) != nullptr)
            == (account.role == AccountRole::Counsellor));
        CHECK(messages.messages().isEmpty());
    }
}

TEST_CASE("walking every visible page and a student's file shows no error to any role", "[ui][roles]")
{
    RoleSchool school;
    for (const RoleAccount &account : accounts()) {
        INFO("account " << account.user.toStdString());
        RecordedMessages messages;
        ui::MainWindow window(school.open(account.user));
        window.resize(1366, 768);
        window.show();
        auto *navigation = child<QListWidget>(&window, "navigation");
        for (int row = 0; row < navigation->count(); ++row) {
            INFO("page " << navigation->item(row)->data(Qt::UserRole).toString().toStdString());
            navigation->setCurrentRow(row);
            QTest::qWait(20);
            window.pages().at(row)->refresh();
            for (const QLabel *error : window.pages().at(row)->findChildren<QLabel *>(QStringLiteral("panelError")))
                CHECK_FALSE(error->isVisibleTo(&window));
        }
        for (const RecordedMessages::Message &m : messages.messages())
            FAIL_CHECK("message shown: " << m.title.toStdString() << ": " << m.text.toStdString());
        if (account.role == AccountRole::Admin) {
            // No page of the admin's lists a student; nothing opens a student's file.
            CHECK(window.findChildren<ui::ModulePage *>().size() == 2);
            continue;
        }

        ui::StudentFileDialog *file = window.openStudentFile(school.keyStudent);
        REQUIRE(file != nullptr);
        auto *tabs = child<QTabWidget>(file, "tabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(10);
        }
        const QString shown = [&] {
            QStringList texts;
            for (int i = 0; i < tabs->count(); ++i)
                texts << shownText(tabs->widget(i));
            return texts.join(u'\n');
        }();
        const QStringList own { QStringLiteral("Basic information"), QStringLiteral("Family and guardians"),
            QStringLiteral("Special circumstances") };
        auto *save = file->findChild<QPushButton *>(QStringLiteral("save"));
        switch (account.role) {
        case AccountRole::Counsellor:
            CHECK(tabTitles(tabs)
                == own
                    + QStringList { QStringLiteral("Timeline"), QStringLiteral("Risk and alerts"),
                        QStringLiteral("Crisis events"), QStringLiteral("Referrals"), QStringLiteral("Individual plan"),
                        QStringLiteral("Counselling records"), QStringLiteral("Home visits"),
                        QStringLiteral("Leave and return") });
            CHECK(file->isEditable());
            CHECK((save && save->isVisible()));
            CHECK(shown.contains(Reason));
            break;
        case AccountRole::Head: {
            CHECK(tabTitles(tabs)
                == own
                    + QStringList { QStringLiteral("Risk and alerts"), QStringLiteral("Crisis events"),
                        QStringLiteral("Referrals"), QStringLiteral("Individual plan"), QStringLiteral("Feedback"),
                        QStringLiteral("Home visits"), QStringLiteral("Leave and return") });
            CHECK(file->timeline() == nullptr);
            CHECK_FALSE(file->isEditable());
            CHECK((save == nullptr || !save->isVisible()));
            // The level without the reasons, no alerts waiting for a counsellor, no change.
            QWidget *risk = tabs->findChild<QWidget *>(QStringLiteral("riskTab"));
            REQUIRE(risk != nullptr);
            CHECK_FALSE(child<QGroupBox>(risk, "pendingBox")->isVisibleTo(risk));
            CHECK_FALSE(child<QPushButton>(risk, "changeLevel")->isVisibleTo(risk));
            CHECK(child<QTreeWidget>(risk, "riskHistory")->topLevelItemCount() >= 1);
            CHECK_FALSE(shown.contains(Reason));
            // The plan read-only; the feedback addressed to the head.
            QWidget *plan = tabs->findChild<QWidget *>(QStringLiteral("planTab"));
            REQUIRE(plan != nullptr);
            CHECK_FALSE(child<QPushButton>(plan, "editPlan")->isVisibleTo(plan));
            CHECK(shown.contains(HeadFeedback));
            CHECK_FALSE(shown.contains(TeacherFeedback));
            CHECK_FALSE(shown.contains(ParentFeedback));
            break;
        }
        case AccountRole::ClassTeacher: {
            CHECK(tabTitles(tabs)
                == own
                    + QStringList { QStringLiteral("Key student"), QStringLiteral("Feedback"), QStringLiteral("Home visits"),
                        QStringLiteral("Leave and return") });
            CHECK(file->timeline() == nullptr);
            CHECK_FALSE(file->isEditable());
            CHECK((save == nullptr || !save->isVisible()));
            CHECK_FALSE(child<QPushButton>(file, "addGuardian")->isVisibleTo(file));
            // That the student is a key student and the measures, nothing of the plan's rest.
            CHECK(child<QLabel>(file, "keyMarkMeasures")->text() == Measures);
            CHECK(shown.contains(TeacherFeedback));
            CHECK_FALSE(shown.contains(ParentFeedback));
            CHECK_FALSE(shown.contains(HeadFeedback));
            CHECK_FALSE(shown.contains(Reason));
            CHECK_FALSE(shown.contains(QStringLiteral("情绪低落两周")));
            break;
        }
        case AccountRole::Admin:
            break;
        }
        file->reject();
        REQUIRE(waitUntil([&] { return window.findChildren<ui::StudentFileDialog *>().isEmpty(); }, 5000));
        for (const RecordedMessages::Message &m : messages.messages())
            FAIL_CHECK("message shown: " << m.title.toStdString() << ": " << m.text.toStdString());
    }
}

TEST_CASE("screenshots of the head's and the class teacher's main window", "[.screenshot][roles_shots]")
{
    prepareScreenshots();
    RoleSchool school;
    {
        ui::MainWindow window(school.open(QStringLiteral("zhang")));
        window.resize(1366, 768);
        window.show();
        REQUIRE(currentPageId(window) == QStringLiteral("overview"));
        saveScreenshot(window, QStringLiteral("roles-head.png"));
    }
    {
        ui::MainWindow window(school.open(QStringLiteral("li")));
        window.resize(1366, 768);
        window.show();
        REQUIRE(currentPageId(window) == QStringLiteral("homeVisits")); // 家访: their classes' coverage
        saveScreenshot(window, QStringLiteral("roles-class-teacher.png"));
        ui::StudentFileDialog *file = window.openStudentFile(school.keyStudent);
        REQUIRE(file != nullptr);
        auto *tabs = child<QTabWidget>(file, "tabs");
        tabs->setCurrentWidget(child<QWidget>(tabs, "keyMarkTab"));
        saveScreenshot(*file, QStringLiteral("roles-class-teacher-key-student.png"));
        file->reject();
    }
}
