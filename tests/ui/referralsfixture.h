#pragma once
// The fixture of the referral GUI tests (test_referrals_ui.cpp, test_referrals_screenshots.cpp):
// a school with two students of 初二 2班 and one partner hospital, and small helpers.
#include "uitestsupport.h"

#include "alerts/alertdialogs.h"
#include "common/accountroles.h"
#include "common/modulepage.h"
#include "common/studentfiletab.h"
#include "crisis/crisisdialog.h"
#include "referrals/hospitalssection.h"
#include "referrals/referraldialog.h"
#include "referrals/referralhomepanel.h"
#include "referrals/referralparts.h"
#include "referrals/referralslip.h"
#include "referrals/referralspage.h"
#include "referrals/referralstab.h"
#include "sessions/sessiondialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include "domain/instrument.h"
#include "platform/clock.h"
#include "repo/alertrepository.h"
#include "repo/audit.h"
#include "repo/crisisrepository.h"
#include "repo/referralrepository.h"
#include "repo/screeningrepository.h"
#include "repo/sessionrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>

namespace referralsfixture {

using namespace xinan;
using namespace xinan::test;

inline const char *const Password = "violet harbour lantern 47";
inline const QString Hospital = QStringLiteral("贵州省第二人民医院");
inline const QString Reason = QStringLiteral("近两个月情绪低落，睡眠差，成绩明显下降，自述有时觉得活着没意思。");

struct Fixture
{
    clock::testing::FixedClock fixed { QDate(2026, 11, 16) };
    TempDir dir;
    QString path = dir.path(QStringLiteral("r.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    qint64 yang = add("G520000000001", QStringLiteral("杨小雨"), Gender::Female);
    qint64 long_ = add("G520000000002", QStringLiteral("龙小军"), Gender::Male);
    qint64 hospital = ReferralRepository(school.db(), QStringLiteral("wang"))
                          .saveHospital({ 0, Hospital, QStringLiteral("儿童青少年心理科"), QStringLiteral("贵阳市云岩区"),
                              QStringLiteral("0851-00000000"), QStringLiteral("李医生 13800000000"), false });

    qint64 add(const char *no, const QString &name, Gender gender)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.gender = gender;
        s.birthDate = QDate(2012, 3, 5);
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    ReferralRepository repo() { return ReferralRepository(school.db(), school.user()); }
};

template<typename T> inline T *shownDialog(const QObject *parent, const char *name)
{
    T *dialog = nullptr;
    waitUntil(
        [&] {
            const QList<T *> all = parent->findChildren<T *>(QString::fromLatin1(name));
            dialog = nullptr;
            for (T *d : all)
                if (d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        },
        5000);
    INFO("dialog " << name);
    REQUIRE(dialog != nullptr);
    return dialog;
}

inline QList<ReferralStepKind> kinds(std::initializer_list<ReferralStepKind> list)
{
    return QList<ReferralStepKind>(list);
}

// Opens a referral for the student with a meeting and the parents' answer, through the repository.
inline qint64 referralUpToParents(Fixture &f, qint64 student, ParentConsent consent)
{
    ReferralRepository repo = f.repo();
    const qint64 id = repo.open(student, QDate(2026, 11, 2), Reason);
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
    parents.consent = consent;
    repo.addStep(parents);
    return id;
}

} // namespace referralsfixture
