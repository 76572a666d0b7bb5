#pragma once
// Demo data for the office's daily work (issue 4): rooms (心理辅导室, 团体辅导室, 沙盘室), three
// counsellors (one 专职, two 兼职; the demo account is the first), a weekly duty template, the
// current term (in its first three weeks also the term before it) with its holidays and generated
// roster (a swap, a cover, a closed day, duty logs for past shifts), appointments from the first
// term's start to the coming week (about six a school day for 600 students, scaled with the
// school; weekly series for some key students), counselling records for the done ones, feedback
// for most of them (a few still due) and one counselling group with attendance. Synthetic text
// only.

#include <QDate>
#include <QList>
#include <QString>

namespace xinan {

struct DemoContext;

// The demo term around `today`: 第一学期 1 September – 20 January, 第二学期 20 February –
// 10 July; in the holidays between, the term just ended, stretched to two weeks after today so
// that the demo still has a working office. Id as 2026-2027-1.
struct DemoTermRange
{
    QString id;
    QDate startsOn;
    QDate endsOn;
};
DemoTermRange demoTermFor(const QDate &today);

// The terms the demo's office history covers, oldest first: the term around `today`
// (demoTermFor) and, when today is in that term's first three weeks, the term before it, so
// that the office has past weeks (appointments, records, duty logs, a group) on any day.
QList<DemoTermRange> demoTermsFor(const QDate &today);

// The demo step "daily". Needs the demo's students and risk levels first; the demo account
// must exist and be a counsellor. All in one transaction. Deterministic from the seed and the
// reference day.
void addDemoDaily(DemoContext &ctx);

} // namespace xinan
