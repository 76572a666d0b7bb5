#include "demogrid.h"

#include "democontext.h"

#include "../repo/gridrepository.h"
#include "../store/database.h"

namespace xinan {

void addDemoGrid(DemoContext &ctx)
{
    Database &db = ctx.db;
    const QString &user = ctx.user;
    const quint64 seed = ctx.seed;
    static const char16_t *const surnames[]
        = { u"王", u"杨", u"吴", u"龙", u"张", u"罗", u"潘", u"石", u"陈", u"李", u"韦", u"田" };
    static const char16_t *const given[]
        = { u"芳", u"明", u"丽", u"军", u"燕", u"平", u"红梅", u"建国", u"晓东", u"玉兰", u"海", u"静" };
    constexpr int surnameCount = sizeof(surnames) / sizeof(*surnames);
    constexpr int givenCount = sizeof(given) / sizeof(*given);
    quint64 state = seed * 6364136223846793005ull + 1442695040888963407ull;
    const auto next = [&state](int below) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<int>((state >> 33) % static_cast<quint64>(below));
    };
    const auto teacherName = [&]() -> QString {
        return QString::fromUtf16(surnames[next(surnameCount)]) + QString::fromUtf16(given[next(givenCount)]);
    };

    Transaction tx(db);
    GridRepository grid(db, user);
    const QList<GridClass> classes = grid.classes();
    int lastGrade = 0;
    for (qsizetype i = 0; i + 2 < classes.size(); ++i) {
        GridMember m;
        m.grade = classes.at(i).grade;
        m.className = classes.at(i).className;
        QString teacher = teacherName();
        m.teacher = teacher;
        m.phone = QStringLiteral("13%1 %2 %3")
                      .arg(5 + next(4))
                      .arg(1000 + next(9000), 4, 10, QLatin1Char('0'))
                      .arg(1000 + next(9000), 4, 10, QLatin1Char('0'));
        grid.save(m);
        if (next(3) == 0) {
            m.role = GridRole::Deputy;
            m.phone.clear();
            do
                m.teacher = teacherName();
            while (m.teacher == teacher);
            grid.save(m);
        }
        if (m.grade != lastGrade) {
            lastGrade = m.grade;
            m.role = GridRole::GradeLeader;
            m.phone.clear();
            const QStringList taken = grid.teachersOf(m.grade, m.className);
            do
                m.teacher = teacherName();
            while (taken.contains(m.teacher));
            grid.save(m);
        }
    }
    tx.commit();
}

} // namespace xinan
