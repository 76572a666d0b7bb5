// The duty roster: periods, the weekly template, generating a term across a holiday, swaps,
// covers and closed days kept when regenerating, who is on duty now, and the duty log.
#include "dailyfixture.h"
#include "error.h"
#include "repo/dutyrepository.h"

using namespace xinan;

namespace {

const QDate Monday(2030, 9, 2); // a Monday

struct DutyFixture : test::DailyFixture
{
    DutyRepository duty { db, counsellor };

    // Monday morning: 李 in room 1; Monday afternoon: 陈 in room 1; Wednesday evening: both in room 2.
    void standardTemplate()
    {
        duty.setWeeklyTemplate({ { 1, QStringLiteral("morning"), room1, li }, { 1, QStringLiteral("afternoon"), room1, chen },
            { 3, QStringLiteral("evening"), room2, li }, { 3, QStringLiteral("evening"), room2, chen } });
    }
    DutyTerm september()
    {
        DutyTerm t;
        t.id = QStringLiteral("2030-2031-1");
        t.startsOn = Monday;
        t.endsOn = QDate(2030, 9, 29); // four weeks
        t.holidays = { { QDate(2030, 9, 16), QDate(2030, 9, 16), QStringLiteral("中秋节") } };
        return t;
    }
    const DutyShift *find(const QList<DutyShift> &shifts, const QDate &day, const char *period, qint64 staff)
    {
        for (const DutyShift &s : shifts)
            if (s.day == day && s.periodCode == QLatin1String(period) && s.staffId == staff)
                return &s;
        return nullptr;
    }
};

} // namespace

TEST_CASE_METHOD(DutyFixture, "the default periods and editing them", "[duty]")
{
    const QList<DutyPeriod> periods = duty.periods();
    REQUIRE(periods.size() == 4);
    CHECK(periods[0].code == QStringLiteral("morning"));
    CHECK(periods[0].name == QStringLiteral("上午"));
    CHECK(periods[0].starts == QTime(8, 0));
    CHECK(periods[0].ends == QTime(12, 0));
    CHECK(periods[2].ends == QTime(17, 30));
    CHECK(periods[3].name == QStringLiteral("晚自习"));
    CHECK(periods[3].starts == QTime(19, 0));

    DutyPeriod evening = periods[3];
    evening.name = QStringLiteral("晚自习值班");
    evening.starts = QTime(18, 50);
    duty.updatePeriod(evening);
    CHECK(duty.periods()[3].name == QStringLiteral("晚自习值班"));
    CHECK(duty.periods()[3].starts == QTime(18, 50));

    DutyPeriod bad = periods[1];
    bad.starts = QTime(11, 0); // overlaps the morning
    CHECK(test::kindOf([&] { duty.updatePeriod(bad); }) == ErrorKind::Rejected);
    bad = periods[1];
    bad.ends = bad.starts;
    CHECK(test::kindOf([&] { duty.updatePeriod(bad); }) == ErrorKind::Rejected);
    bad = periods[1];
    bad.name = QStringLiteral("  ");
    CHECK(test::kindOf([&] { duty.updatePeriod(bad); }) == ErrorKind::Rejected);
    CHECK(duty.periods()[1].starts == QTime(12, 0));
}

TEST_CASE_METHOD(DutyFixture, "the weekly template and terms refuse bad input", "[duty]")
{
    CHECK(test::kindOf([&] { duty.setWeeklyTemplate({ { 8, QStringLiteral("morning"), room1, li } }); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { duty.setWeeklyTemplate({ { 1, QStringLiteral("night"), room1, li } }); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { duty.setWeeklyTemplate({ { 1, QStringLiteral("morning"), 999, li } }); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { duty.setWeeklyTemplate({ { 1, QStringLiteral("morning"), room1, 999 } }); }) == ErrorKind::Rejected);
    standardTemplate();
    CHECK(duty.weeklyTemplate().size() == 4);

    DutyTerm t = september();
    t.endsOn = t.startsOn.addDays(-1);
    CHECK(test::kindOf([&] { duty.saveTerm(t); }) == ErrorKind::Rejected);
    t = september();
    t.holidays = { { QDate(2030, 10, 1), QDate(2030, 10, 7), QStringLiteral("国庆节") } };
    CHECK(test::kindOf([&] { duty.saveTerm(t); }) == ErrorKind::Rejected);
    t = september();
    t.id = QStringLiteral(" ");
    CHECK(test::kindOf([&] { duty.saveTerm(t); }) == ErrorKind::Rejected);
    CHECK(duty.terms().isEmpty());

    duty.saveTerm(september());
    DutyTerm overlapping = september();
    overlapping.id = QStringLiteral("other");
    overlapping.startsOn = QDate(2030, 9, 20);
    overlapping.endsOn = QDate(2030, 12, 20);
    overlapping.holidays.clear();
    CHECK(test::kindOf([&] { duty.saveTerm(overlapping); }) == ErrorKind::Rejected);
    const auto stored = duty.term(QStringLiteral("2030-2031-1"));
    REQUIRE(stored);
    CHECK(stored->holidays.size() == 1);
    CHECK(stored->isHoliday(QDate(2030, 9, 16)));
    CHECK_FALSE(stored->generatedAt.isValid());
    CHECK(test::kindOf([&] { duty.generate(QStringLiteral("no-such-term")); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(DutyFixture, "generating a term skips weekends and a holiday, a swap survives regenerating", "[duty]")
{
    standardTemplate();
    duty.saveTerm(september());
    // Four Mondays (one of them the holiday) × 2 shifts + four Wednesdays × 2 = 6 + 8.
    CHECK(duty.generate(QStringLiteral("2030-2031-1")) == 14);
    CHECK(count("SELECT count(*) FROM duty_shifts") == 14);
    CHECK(duty.shiftsOn(QDate(2030, 9, 16)).isEmpty()); // 中秋节
    CHECK(duty.shiftsOn(QDate(2030, 9, 7)).isEmpty()); // Saturday
    CHECK(duty.term(QStringLiteral("2030-2031-1"))->generatedAt.isValid());

    const DutyWeek week = duty.week(Monday.addDays(3)); // any day of the week finds its Monday
    CHECK(week.monday == Monday);
    REQUIRE(week.shifts.size() == 4);
    CHECK(week.shifts[0].day == Monday);
    CHECK(week.shifts[0].periodName == QStringLiteral("上午"));
    CHECK(week.shifts[0].staffName == QStringLiteral("李老师"));
    CHECK(week.shifts[0].roomName == QStringLiteral("心理辅导室"));
    CHECK(week.shifts[1].periodCode == QStringLiteral("afternoon"));
    CHECK(week.shifts[2].day == Monday.addDays(2));

    // 李 and 陈 swap on the second Monday.
    const QDate second = Monday.addDays(7);
    const QList<DutyShift> day = duty.shiftsOn(second);
    const DutyShift *morning = find(day, second, "morning", li);
    const DutyShift *afternoon = find(day, second, "afternoon", chen);
    REQUIRE(morning);
    REQUIRE(afternoon);
    const qint64 morningId = morning->id;
    duty.swap(morningId, afternoon->id, QStringLiteral("调课"));
    QList<DutyShift> swapped = duty.shiftsOn(second);
    REQUIRE(find(swapped, second, "morning", chen));
    CHECK(find(swapped, second, "morning", chen)->origin == QStringLiteral("swap"));
    CHECK(find(swapped, second, "morning", chen)->replacedStaffId == li);
    CHECK(find(swapped, second, "afternoon", li));
    CHECK_FALSE(find(swapped, second, "morning", li));

    // Regenerating keeps the swap and does not put 李 back on the morning.
    CHECK(duty.generate(QStringLiteral("2030-2031-1")) == 12);
    CHECK(count("SELECT count(*) FROM duty_shifts") == 14);
    swapped = duty.shiftsOn(second);
    CHECK(swapped.size() == 2);
    CHECK(find(swapped, second, "morning", chen));
    CHECK(find(swapped, second, "afternoon", li));
    CHECK(find(duty.shiftsOn(Monday), Monday, "morning", li)); // other weeks unchanged

    // A change of template from a later day on leaves earlier days as they were.
    duty.setWeeklyTemplate({ { 1, QStringLiteral("morning"), room1, chen } });
    duty.generate(QStringLiteral("2030-2031-1"), QDate(2030, 9, 20));
    CHECK(find(duty.shiftsOn(Monday), Monday, "morning", li));
    CHECK(find(duty.shiftsOn(QDate(2030, 9, 23)), QDate(2030, 9, 23), "morning", chen));
    CHECK(duty.shiftsOn(QDate(2030, 9, 25)).isEmpty()); // Wednesday evening left the template
    CHECK(count("SELECT count(*) FROM audit_log WHERE entity = 'duty_roster'") == 3);
}

TEST_CASE_METHOD(DutyFixture, "swaps and covers refuse what cannot be", "[duty]")
{
    standardTemplate();
    duty.saveTerm(september());
    duty.generate(QStringLiteral("2030-2031-1"));
    const QDate wednesday = Monday.addDays(2);
    const QList<DutyShift> evening = duty.shiftsOn(wednesday);
    REQUIRE(evening.size() == 2);
    // Both are already on that slot.
    CHECK(test::kindOf([&] { duty.swap(evening[0].id, evening[1].id); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { duty.cover(evening[0].id, evening[1].staffId, QStringLiteral("病假")); }) == ErrorKind::Rejected);
    const QList<DutyShift> mondayShifts = duty.shiftsOn(Monday);
    const DutyShift *found = find(mondayShifts, Monday, "morning", li);
    REQUIRE(found);
    const DutyShift monday = *found;
    CHECK(test::kindOf([&] { duty.cover(monday.id, chen, QStringLiteral("  ")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { duty.cover(monday.id, 999, QStringLiteral("病假")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { duty.cover(99999, chen, QStringLiteral("病假")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { duty.swap(monday.id, monday.id); }) == ErrorKind::Rejected);

    duty.cover(monday.id, chen, QStringLiteral("外出培训"));
    const DutyShift covered = duty.shift(monday.id);
    CHECK(covered.staffId == chen);
    CHECK(covered.origin == QStringLiteral("cover"));
    CHECK(covered.replacedStaffId == li);
    CHECK(covered.changeReason == QStringLiteral("外出培训"));
    duty.generate(QStringLiteral("2030-2031-1"));
    const QList<DutyShift> after = duty.shiftsOn(Monday);
    CHECK(find(after, Monday, "morning", chen));
    CHECK_FALSE(find(after, Monday, "morning", li));
}

TEST_CASE_METHOD(DutyFixture, "a closed day has no duty, stays closed when regenerating, and reopens from the template", "[duty]")
{
    standardTemplate();
    duty.saveTerm(september());
    duty.generate(QStringLiteral("2030-2031-1"));
    const QDate wednesday = Monday.addDays(9);
    CHECK(duty.shiftsOn(wednesday).size() == 2);
    CHECK(test::kindOf([&] { duty.closeDay(wednesday, QString()); }) == ErrorKind::Rejected);
    duty.closeDay(wednesday, QStringLiteral("运动会"));
    CHECK(duty.shiftsOn(wednesday).isEmpty());
    CHECK(test::kindOf([&] { duty.closeDay(wednesday, QStringLiteral("again")); }) == ErrorKind::Rejected);
    const DutyWeek week = duty.week(wednesday);
    REQUIRE(week.closures.size() == 1);
    CHECK(week.closures[0].reason == QStringLiteral("运动会"));
    duty.generate(QStringLiteral("2030-2031-1"));
    CHECK(duty.shiftsOn(wednesday).isEmpty());
    duty.reopenDay(wednesday);
    CHECK(duty.shiftsOn(wednesday).size() == 2);
    CHECK(test::kindOf([&] { duty.reopenDay(wednesday); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(DutyFixture, "who is on duty at a time, and whether a staff member's shifts cover an interval", "[duty]")
{
    duty.setWeeklyTemplate({ { 1, QStringLiteral("morning"), room1, li }, { 1, QStringLiteral("noon"), room2, li },
        { 1, QStringLiteral("afternoon"), room1, chen } });
    duty.saveTerm(september());
    duty.generate(QStringLiteral("2030-2031-1"));
    const auto at = [](int h, int m) { return QDateTime(Monday, QTime(h, m)); };
    REQUIRE(duty.onDutyAt(at(9, 0)).size() == 1);
    CHECK(duty.onDutyAt(at(9, 0))[0].staffName == QStringLiteral("李老师"));
    CHECK(duty.onDutyAt(at(8, 0)).size() == 1);
    CHECK(duty.onDutyAt(at(12, 0))[0].periodCode == QStringLiteral("noon")); // the end is not inside
    CHECK(duty.onDutyAt(at(17, 30)).isEmpty());
    CHECK(duty.onDutyAt(at(7, 59)).isEmpty());
    CHECK(duty.onDutyAt(at(16, 0))[0].staffId == chen);
    CHECK(duty.onDutyAt(at(9, 0).toUTC()).size() == 1); // any time spec

    CHECK(duty.staffOnDuty(li, at(9, 0), at(10, 0)));
    CHECK(duty.staffOnDuty(li, at(11, 30), at(12, 30))); // morning and noon are contiguous
    CHECK_FALSE(duty.staffOnDuty(li, at(13, 30), at(14, 30)));
    CHECK_FALSE(duty.staffOnDuty(chen, at(9, 0), at(10, 0)));
    CHECK_FALSE(duty.staffOnDuty(li, at(9, 0).addDays(1), at(10, 0).addDays(1)));
}

TEST_CASE_METHOD(DutyFixture, "the duty log of a shift is added and edited", "[duty]")
{
    standardTemplate();
    duty.saveTerm(september());
    duty.generate(QStringLiteral("2030-2031-1"));
    DutyLog log = duty.log(Monday, QStringLiteral("morning"), room1);
    CHECK_FALSE(log.updatedAt.isValid());
    log.visitors = 3;
    log.events = QStringLiteral("两名学生咨询考试焦虑");
    log.handover = QStringLiteral("下午回访");
    duty.saveLog(log);
    DutyLog back = duty.log(Monday, QStringLiteral("morning"), room1);
    CHECK(back.visitors == 3);
    CHECK(back.events == QStringLiteral("两名学生咨询考试焦虑"));
    CHECK(back.handover == QStringLiteral("下午回访"));
    CHECK(back.author == counsellor);
    CHECK(back.updatedAt.isValid());
    back.visitors = 4;
    duty.saveLog(back);
    CHECK(duty.log(Monday, QStringLiteral("morning"), room1).visitors == 4);
    CHECK(count("SELECT count(*) FROM duty_logs") == 1);

    DutyLog bad = back;
    bad.visitors = -1;
    CHECK(test::kindOf([&] { duty.saveLog(bad); }) == ErrorKind::Rejected);
    bad = back;
    bad.periodCode = QStringLiteral("noon"); // no shift there
    CHECK(test::kindOf([&] { duty.saveLog(bad); }) == ErrorKind::Rejected);
    CHECK(duty.log(Monday, QStringLiteral("morning"), room1).visitors == 4);
}
