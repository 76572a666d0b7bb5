#pragma once
// The school-figures tests' school file (tests/core/test_schoolfigures*.cpp): a real school
// file at a fixed day (1 March 2027), students added through StudentRepository, SQL for what
// has no repository on this branch, and the connection's Access switched to a role. Included by
// each test file (its own copy of the fixture).
#include "domain/instrument.h"
#include "error.h"
#include "repo/crisisrepository.h"
#include "repo/homevisitrepository.h"
#include "repo/instrumentrepository.h"
#include "repo/lessonrepository.h"
#include "repo/leaverepository.h"
#include "repo/planrepository.h"
#include "repo/referralrepository.h"
#include "repo/riskrepository.h"
#include "repo/schoolfigures.h"
#include "repo/screeningrepository.h"
#include "repo/sessionrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "store/access.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

const QString Actor = QStringLiteral("wang");

inline QDateTime local(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0)).toUTC();
}

inline const CategoryCount *find(const QList<CategoryCount> &list, const QString &code)
{
    for (const CategoryCount &c : list)
        if (c.code == code)
            return &c;
    return nullptr;
}

inline int countOf(const QList<CategoryCount> &list, const QString &code)
{
    const CategoryCount *c = find(list, code);
    return c ? c->count : -1;
}

inline const GradeFigures *grade(const PeriodFigures &f, int g)
{
    for (const GradeFigures &row : f.grades)
        if (row.grade == g)
            return &row;
    return nullptr;
}

struct Fixture
{
    clock::testing::FixedClock fixedClock { QDateTime(QDate(2027, 3, 1), QTime(10, 0)) };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("f.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    Database &db = school.db();
    int nextNo = 1;

    void sql(const char *text) { Statement(db, text).run(); }
    qint64 addStudent(int grade, const QString &className, StudentStatus status = StudentStatus::Enrolled)
    {
        Student s;
        s.studentNo = QStringLiteral("G52%1").arg(nextNo++, 10, 10, QLatin1Char('0'));
        s.name = QStringLiteral("学生");
        s.grade = grade;
        s.className = className;
        s.status = status;
        return StudentRepository(db, Actor).add(s);
    }
    void actAs(AccountRole role) { db.setAccess(Access::forAccount(QStringLiteral("someone"), role, {}, {})); }
};

} // namespace
