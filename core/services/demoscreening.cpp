#include "demoscreening.h"

#include "democontext.h"
#include "demorandom.h"

#include "../domain/instrument.h"
#include "../repo/alertrepository.h"
#include "../repo/riskrepository.h"
#include "../repo/screeningrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace xinan {
namespace {

using Random = DemoRandom;

// Answers to items 1..8 that add up to `total` (0..24); item 9 is `item9`.
QList<int> answersFor(Random &r, int total, int item9)
{
    QList<int> answers(9, 0);
    answers[8] = item9;
    int left = std::clamp(total - item9, 0, 24);
    while (left > 0) {
        const int i = r.below(8);
        if (answers[i] < 3) {
            ++answers[i];
            --left;
        }
    }
    return answers;
}

// A PHQ-9 total drawn from a school-like distribution; `concern` shifts it upwards (students the
// counsellors already follow).
int drawTotal(Random &r, bool concern)
{
    const int k = r.below(1000);
    if (concern) {
        if (k < 400)
            return r.between(3, 9);
        if (k < 850)
            return r.between(10, 14);
        return r.between(15, 21);
    }
    if (k < 680)
        return r.between(0, 4); // none / minimal
    if (k < 930)
        return r.between(5, 9); // mild
    if (k < 975)
        return r.between(10, 14); // moderate
    if (k < 993)
        return r.between(15, 19); // moderately severe
    return r.between(20, 24); // severe
}

// Second-stage interviews (二次评估) of the flagged results, held a few days after each screening:
// the counsellor confirms a student's level or sets yellow after a moderate result. The most
// serious critical result and the four mildest flagged results still wait, as in a real office a
// few weeks after a drive.
void addDemoInterviews(Database &db, const QString &user, const QDate &today, Random &r)
{
    static const char *const Confirm[] = {
        "面谈中学生能说出近期压力来源，情绪低落主要与考试有关，睡眠尚可，无自伤想法；维持现有关注等级。",
        "与学生单独面谈约30分钟，学生承认最近心情不好，但有可信赖的同学和家人支持；维持现有等级，继续跟进。",
        "结合班主任观察和面谈情况，学生目前状态与已有等级相符，按原计划继续关注。",
    };
    static const char *const ToYellow[] = {
        "面谈发现学生近一个月入睡困难、兴趣减退，与父母外出务工后独自生活有关，无自伤想法；列为一般关注，两周后复谈。",
        "学生自述与同学关系紧张、常感孤单，情绪波动较大；列为一般关注，请班主任留意其课间交往。",
    };
    static const char *const Green[] = {
        "面谈中学生情绪平稳，作答时对题意理解有偏差，近期无明显困扰；无需特别关注，下次筛查复查。",
        "学生表示填写问卷那几天正逢考试，现已缓解，睡眠饮食正常；暂不列入关注。",
    };
    AlertRepository alerts(db, user);
    const QList<InterviewCandidate> waiting = alerts.interviewsWaiting();
    bool keptCritical = false;
    for (qsizetype i = 0; i + 4 < waiting.size(); ++i) {
        const InterviewCandidate &c = waiting.at(i);
        if (c.critical && !keptCritical) {
            keptCritical = true;
            continue;
        }
        const QDate heldOn = std::min(c.takenOn.addDays(r.between(2, 9)), today);
        RiskLevel level = c.currentLevel;
        const char *summary = Confirm[r.below(3)];
        if (level == RiskLevel::Green) {
            if (c.total >= 20 || r.below(4) == 0) {
                level = RiskLevel::Yellow;
                summary = ToYellow[r.below(2)];
            } else {
                summary = Green[r.below(2)];
            }
        }
        alerts.recordInterview(c.resultId, heldOn, level, QString::fromUtf8(summary));
    }
}

} // namespace

void addDemoScreening(DemoContext &ctx)
{
    Database &db = ctx.db;
    const QString &user = ctx.user;
    const QList<Student> &students = ctx.students;
    const std::optional<Instrument> phq9 = findInstrument(QStringLiteral("phq9"));
    if (!phq9)
        return;
    QList<const Student *> target;
    for (const Student &s : students)
        if (s.status == StudentStatus::Enrolled && s.grade >= 4)
            target.append(&s);
    const bool upper = !target.isEmpty();
    if (!upper)
        for (const Student &s : students)
            if (s.status == StudentStatus::Enrolled)
                target.append(&s);
    if (target.isEmpty())
        return;
    QList<int> grades;
    if (upper)
        for (const Student *s : target)
            if (!grades.contains(s->grade))
                grades.append(s->grade);

    // The latest autumn term that has started; the drive ran for two weeks in October. Early in
    // the autumn term, before that drive, the spring term's drive (two weeks in March) is the
    // latest; it is also the fallback for a drive that would not have ended yet.
    const QDate today = ctx.today;
    const int year = today.month() >= 9 ? today.year() : today.year() - 1;
    QDate start(year, 10, 8);
    bool autumn = true;
    if (start > today.addDays(-14)) {
        autumn = false;
        start = QDate(today.year(), 3, 8);
        if (start > today.addDays(-14))
            start = today.addDays(-14);
    }
    const QDate end = std::min(start.addDays(13), today);
    ScreeningRepository repo(db, user);
    const QString season = autumn ? QStringLiteral("%1秋").arg(year) : QStringLiteral("%1春").arg(today.year());
    const QString termId = autumn ? QStringLiteral("%1-%2-1").arg(year).arg(year + 1)
                                  : QStringLiteral("%1-%2-2").arg(today.year() - 1).arg(today.year());
    const QString name
        = upper ? season + QStringLiteral(" 四年级及以上 PHQ-9 筛查") : season + QStringLiteral(" 全校 PHQ-9 筛查");
    repo.createDrive({ name, termId, QStringList { phq9->id }, grades, start, end });

    // About 92 % of the target students took part (Fisher-Yates over the target).
    Random r = ctx.random(977, 5);
    const int n = static_cast<int>(target.size());
    const int done = (n * 92 + 50) / 100;
    for (int i = 0; i < done; ++i)
        target.swapItemsAt(i, i + r.below(n - i));
    RiskRepository risk(db, user);
    QList<qint64> concern; // yellow or above already, the most serious first
    QHash<qint64, RiskLevel> levels;
    for (int i = 0; i < done; ++i) {
        const RiskLevel level = risk.current(target.at(i)->id);
        levels.insert(target.at(i)->id, level);
        if (level >= RiskLevel::Yellow)
            concern.append(target.at(i)->id);
    }
    std::stable_sort(concern.begin(), concern.end(), [&levels](qint64 a, qint64 b) { return levels.value(a) > levels.value(b); });
    // 1 to 3 critical answers: students already at orange or red first.
    const int criticalCount = std::clamp((done + 200) / 400, 1, 3);
    QSet<qint64> critical;
    for (qint64 id : concern)
        if (critical.size() < criticalCount)
            critical.insert(id);
    for (int i = 0; i < done && critical.size() < criticalCount; ++i)
        critical.insert(target.at(i)->id);

    QList<ScreeningEntry> entries;
    entries.reserve(done);
    const int days = std::max(0, static_cast<int>(start.daysTo(end)));
    for (int i = 0; i < done; ++i) {
        const qint64 id = target.at(i)->id;
        const bool isCritical = critical.contains(id);
        const int total = isCritical ? r.between(12, 20) : drawTotal(r, levels.value(id) >= RiskLevel::Yellow);
        entries.append({ id, answersFor(r, total, isCritical ? 1 + r.below(2) : 0), start.addDays(r.below(days + 1)) });
    }
    repo.record(name, QString(), *phq9, entries, QStringLiteral("imported"));
    addDemoInterviews(db, user, today, r);
}

} // namespace xinan
