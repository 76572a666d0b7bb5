// The school's figures for a period (schoolfigures.h): the period, the school and its staff,
// enrolment by grade and screening coverage; the other parts are in schoolfiguresrisk.cpp,
// schoolfiguresrecords.cpp and schoolfigureslessons.cpp. Every part is a few grouped queries.
#include "schoolfigures.h"

#include "../error.h"
#include "../platform/clock.h"
#include "../store/access.h"
#include "../store/database.h"
#include "instrumentrepository.h"
#include "schoolfiguresparts.h"
#include "stamps.h"
#include "termcalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchoolFigures)
};

// Grades that must be screened every school year: 小学高年级 (4–6), 初中 (7–9), 高中 (10–12),
// 中职 (13–15).
bool mustScreen(int grade)
{
    return grade >= 4 && grade <= 15;
}

void addSchool(figures::Context &c, PeriodFigures &f)
{
    {
        Statement st(c.db, "SELECT name, school_type, city, county FROM school WHERE id = 1");
        if (st.step()) {
            f.schoolName = st.text(0);
            f.schoolType = st.text(1);
            f.city = st.text(2);
            f.county = st.text(3);
        }
    }
    {
        Statement st(c.db,
            "SELECT coalesce(sum(kind = 'full_time'), 0), coalesce(sum(kind = 'part_time'), 0) FROM staff WHERE active = 1");
        if (st.step()) {
            f.counsellorsFullTime = st.integer(0);
            f.counsellorsPartTime = st.integer(1);
        }
    }
    {
        Statement st(c.db, "SELECT count(*), coalesce(sum(area_m2), 0) FROM rooms WHERE active = 1");
        if (st.step()) {
            f.rooms = st.integer(0);
            f.roomAreaM2 = st.real(1);
        }
    }
}

void addEnrolment(figures::Context &c, PeriodFigures &f)
{
    Statement st(c.db, "SELECT id, grade, class_name, risk_level FROM students WHERE status = 'enrolled'");
    c.enrolled.reserve(8192);
    std::map<int, int> perGrade;
    while (st.step()) {
        figures::Student s { st.integer(1), st.text(2), st.integer(3) };
        ++perGrade[s.grade];
        ++c.classes[{ s.grade, s.className }];
        c.enrolled.insert(st.int64(0), s);
    }
    for (const auto &[grade, count] : perGrade) {
        GradeFigures g;
        g.grade = grade;
        g.enrolled = count;
        g.screeningRequired = mustScreen(grade) ? 1 : 0;
        f.grades.append(g);
        f.enrolled += count;
        if (mustScreen(grade))
            f.screeningRequired += count;
    }
}

void addScreening(figures::Context &c, PeriodFigures &f)
{
    {
        // Enrolled students with at least one result (any drive, any instrument, external too)
        // taken in the period.
        Statement st(c.db,
            "SELECT s.grade, count(*) FROM students s WHERE s.status = 'enrolled' AND EXISTS (SELECT 1 FROM "
            "screening_results r WHERE r.student_id = s.id AND r.taken_on >= ?1 AND r.taken_on <= ?2) GROUP BY s.grade");
        st.bind(1, c.fromDay).bind(2, c.toDay);
        while (st.step()) {
            GradeFigures *g = figures::gradeRow(f, st.integer(0));
            if (!g)
                continue;
            g->screened = st.integer(1);
            if (g->screeningRequired)
                f.screened += g->screened;
        }
    }
    // Results by instrument and band: the built-in and the school's instruments in their band
    // order, then results from other platforms (their own level texts) by name.
    struct Row
    {
        QString instrument;
        QString band;
        bool external = false;
        int count = 0;
    };
    QList<Row> rows;
    Statement st(c.db,
        "SELECT instrument_id, band_code, source = 'external', count(*) FROM screening_results "
        "WHERE taken_on >= ?1 AND taken_on <= ?2 GROUP BY instrument_id, band_code, source = 'external'");
    st.bind(1, c.fromDay).bind(2, c.toDay);
    while (st.step())
        rows.append({ st.text(0), st.text(1), st.integer(2) != 0, st.integer(3) });
    QHash<QString, std::optional<Instrument>> instruments;
    auto findDefinition = [&](const QString &id) -> const std::optional<Instrument> & {
        auto it = instruments.find(id);
        if (it == instruments.end())
            it = instruments.insert(id, findInstrument(c.db, id));
        return *it;
    };
    auto bandIndex = [&](const Row &r) -> int {
        if (r.external)
            return 1000;
        const auto &def = findDefinition(r.instrument);
        if (!def)
            return 1000;
        for (int i = 0; i < def->bands.size(); ++i)
            if (def->bands.at(i).code == r.band)
                return i;
        return 1000;
    };
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (a.external != b.external)
            return !a.external;
        if (a.instrument != b.instrument)
            return a.instrument < b.instrument;
        const int ia = bandIndex(a);
        const int ib = bandIndex(b);
        return ia != ib ? ia < ib : a.band < b.band;
    });
    for (const Row &r : std::as_const(rows)) {
        CategoryCount cc;
        cc.code = r.instrument + u':' + r.band;
        cc.count = r.count;
        QString label = r.band;
        QString name = r.instrument;
        if (!r.external) {
            if (const auto &def = findDefinition(r.instrument)) {
                name = def->shortName.isEmpty() ? def->name : def->shortName;
                for (const InstrumentBand &b : def->bands)
                    if (b.code == r.band)
                        label = b.label;
            }
        }
        cc.label = name + u' ' + label;
        if (!f.screeningBands.isEmpty() && f.screeningBands.last().code == cc.code)
            f.screeningBands.last().count += cc.count;
        else
            f.screeningBands.append(cc);
    }
}

} // namespace

namespace figures {

QString utcMidnight(const QDate &day)
{
    return stamp(QDateTime(day, QTime(0, 0)));
}

GradeFigures *gradeRow(PeriodFigures &f, int grade)
{
    for (GradeFigures &g : f.grades)
        if (g.grade == grade)
            return &g;
    return nullptr;
}

} // namespace figures

QString ReportPeriod::displayName() const
{
    if (isTerm)
        return termDisplayName(id);
    if (!from.isValid())
        return id;
    //: A month as a report period: %1 the year, %2 the month's number (2026年11月).
    return Tr::tr("%1-%2").arg(from.year()).arg(from.month());
}

ReportPeriod reportPeriod(Database &db, const QString &id)
{
    const QString text = id.trimmed();
    ReportPeriod p;
    TermCalendar calendar(db);
    if (text.isEmpty()) {
        const SchoolTerm t = calendar.currentTerm();
        p.id = t.id;
        p.from = t.startsOn;
        p.to = t.endsOn;
        return p;
    }
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    const QRegularExpressionMatch m = month.match(text);
    auto bad = [&]() {
        return Error(ErrorKind::Rejected,
            Tr::tr("\"%1\" is not a report period. Write a term as the school year and the term, for example "
                   "2026-2027-1 (autumn) or 2026-2027-2 (spring), or a month as the year and the month, for example "
                   "2026-11.")
                .arg(text));
    };
    if (m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!first.isValid() || first.year() < 2000 || first.year() > 2100)
            throw bad();
        p.id = first.toString(QStringLiteral("yyyy-MM"));
        p.from = first;
        p.to = QDate(first.year(), first.month(), first.daysInMonth());
        p.isTerm = false;
        return p;
    }
    SchoolTerm t;
    try {
        t = calendar.term(text);
    } catch (const Error &e) {
        if (e.kind() != ErrorKind::Rejected)
            throw;
        throw bad();
    }
    p.id = t.id;
    p.from = t.startsOn;
    p.to = t.endsOn;
    return p;
}

PeriodFigures schoolFigures(Database &db, const ReportPeriod &period)
{
    requireAccess(db.access(), DataKind::Counts, AccessOp::Read);
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The report period \"%1\" has no valid dates; choose a term such as 2026-2027-1 or a month such as "
                   "2026-11.")
                .arg(period.id));
    figures::Context c(db, period);
    const QDate today = clock::today();
    c.ended = today >= period.to;
    c.endDay = std::max(period.from, std::min(period.to, today));
    c.fromDay = dayText(period.from);
    c.toDay = dayText(period.to);
    c.endDayText = dayText(c.endDay);
    c.fromUtc = figures::utcMidnight(period.from);
    c.afterUtc = figures::utcMidnight(period.to.addDays(1));
    c.endAfterUtc = figures::utcMidnight(c.endDay.addDays(1));

    PeriodFigures f;
    f.period = period;
    addSchool(c, f);
    addEnrolment(c, f);
    addScreening(c, f);
    figures::addRisk(c, f);
    figures::addCounselling(c, f);
    figures::addCrisesReferralsLeaves(c, f);
    figures::addVisits(c, f);
    figures::addActivities(c, f);
    figures::addLessons(c, f);
    return f;
}

} // namespace xinan
