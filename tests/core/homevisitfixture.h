#pragma once
// The home-visit tests' school (tests/core/test_homevisits*.cpp): a real school file, students
// added by grade and class, visits recorded through HomeVisitRepository, school terms, risk
// levels and approved returns written directly, and the connection's Access switched to a role.
// Included by each test file (its own copy of the fixture).
#include "error.h"
#include "repo/homevisitrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "repo/termcalendar.h"
#include "repo/timelineentry.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/access.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("v.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    Database &db = school.db();
    HomeVisitRepository visits { db, QStringLiteral("wang") };
    int nextNo = 1;

    qint64 addStudent(int grade, const QString &className, StudentStatus status = StudentStatus::Enrolled,
        const QString &name = QStringLiteral("学生"))
    {
        Student s;
        s.studentNo = QStringLiteral("G52%1").arg(nextNo++, 10, 10, QLatin1Char('0'));
        s.name = name;
        s.grade = grade;
        s.className = className;
        s.status = status;
        return StudentRepository(db, QStringLiteral("wang")).add(s);
    }
    QList<qint64> addClass(int grade, const QString &className, int size)
    {
        QList<qint64> ids;
        for (int i = 0; i < size; ++i)
            ids << addStudent(grade, className);
        return ids;
    }
    static HomeVisit sample(QList<qint64> students, const QDate &day, VisitForm form = VisitForm::Onsite)
    {
        HomeVisit v;
        v.studentIds = std::move(students);
        v.visitedAt = QDateTime(day, QTime(16, 30));
        v.form = form;
        v.visitors = { { VisitorRole::ClassTeacher, QString(), QStringLiteral("杨老师") } };
        v.metWhom = QStringLiteral("张XX");
        v.metRelation = QStringLiteral("母亲");
        v.familyTags = { QStringLiteral("left_behind") };
        v.agreed = QStringLiteral("每周电话沟通一次");
        return v;
    }
    qint64 visitOn(QList<qint64> students, const QDate &day, VisitForm form = VisitForm::Onsite)
    {
        return visits.add(sample(std::move(students), day, form));
    }
    void addSchoolTerm(const char *id, const QDate &from, const QDate &to)
    {
        Statement st(db, "INSERT INTO terms (id, starts_on, ends_on) VALUES (?, ?, ?)");
        st.bind(1, id).bind(2, from.toString(Qt::ISODate)).bind(3, to.toString(Qt::ISODate)).run();
    }
    void setLevel(qint64 student, int level)
    {
        Statement st(db, "UPDATE students SET risk_level = ? WHERE id = ?");
        st.bind(1, level).bind(2, student).run();
    }
    // A leave and an approved return application with the first day back.
    void returned(qint64 student, const QDate &returnOn)
    {
        Statement leave(db,
            "INSERT INTO leaves (student_id, starts_on, reason_category, ended_on, recorded_by, created_at) "
            "VALUES (?, ?, 'mental', ?, 'wang', '2026-01-01T00:00:00Z')");
        leave.bind(1, student)
            .bind(2, returnOn.addMonths(-3).toString(Qt::ISODate))
            .bind(3, returnOn.toString(Qt::ISODate))
            .run();
        Statement app(db,
            "INSERT INTO return_applications (leave_id, student_id, applied_on, decision, decided_on, return_on, recorded_by, "
            "created_at) VALUES (?, ?, ?, 'approve', ?, ?, 'wang', '2026-01-01T00:00:00Z')");
        const QString day = returnOn.toString(Qt::ISODate);
        app.bind(1, db.lastInsertId()).bind(2, student).bind(3, day).bind(4, day).bind(5, day).run();
    }
    static const ClassVisitCoverage *classRow(const TermCoverage &c, int grade, const QString &className)
    {
        for (const ClassVisitCoverage &row : c.classes)
            if (row.grade == grade && row.className == className)
                return &row;
        return nullptr;
    }
    void actAs(AccountRole role, QSet<ClassRef> classes = {})
    {
        db.setAccess(Access::forAccount(QStringLiteral("someone"), role, std::move(classes), {}));
    }
};

} // namespace
