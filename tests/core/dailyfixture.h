#pragma once
// A school file for the daily-work tests (issue 4): two accounts on the same file — "wang", a
// counsellor (and staff member 李老师), and "zhao", the head — two staff members, two rooms and
// three students.
#include "repo/officerepository.h"
#include "repo/schoolrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace xinan::test {

struct DailyFixture
{
    clock::testing::FixedClock fixedClock { testNow() }; // first, so that everything below sees it
    TempDir dir;
    QString path = dir.path(QStringLiteral("daily.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), secret("correct horse 1"));
    }();
    Database &db = school.db();
    const QString counsellor = QStringLiteral("wang");
    const QString head = QStringLiteral("zhao");
    qint64 li = 0, chen = 0; // staff
    qint64 room1 = 0, room2 = 0; // rooms
    qint64 a = 0, b = 0, c = 0; // students

    DailyFixture()
    {
        SchoolRepository(db, counsellor).addAccount(head, AccountRole::Counsellor);
        OfficeRepository office(db, counsellor);
        office.setAccountRole(head, AccountRole::Head);
        li = office.addStaff(
            { 0, QStringLiteral("李老师"), StaffKind::FullTime, QStringLiteral("13800000001"), counsellor, true });
        chen = office.addStaff({ 0, QStringLiteral("陈老师"), StaffKind::PartTime, QString(), QString(), true });
        room1 = office.addRoom({ 0, QStringLiteral("心理辅导室"), RoomKind::Individual, true });
        room2 = office.addRoom({ 0, QStringLiteral("沙盘室"), RoomKind::Sandplay, true });
        a = addStudent("G520000000001", QStringLiteral("杨小雨"));
        b = addStudent("G520000000002", QStringLiteral("吴天明"));
        c = addStudent("G520000000003", QStringLiteral("罗佳佳"));
    }

    qint64 addStudent(const char *no, const QString &name)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(db, counsellor).add(s);
    }
    int count(const char *sql)
    {
        Statement st(db, sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
    QString text(const char *sql)
    {
        Statement st(db, sql);
        REQUIRE(st.step());
        return st.text(0);
    }
};

} // namespace xinan::test
