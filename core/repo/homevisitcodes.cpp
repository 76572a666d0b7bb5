// The home-visit codes and their names (homevisitrepository.h): forms, purposes, visitor roles,
// family tags, the reasons a visit is due, and the per-grade sums of a term's coverage.
#include "homevisitrepository.h"

#include <QCoreApplication>

#include <array>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HomeVisitRepository)
};

struct FamilyTag
{
    const char *code;
    const char *name;
};

constexpr std::array<FamilyTag, 8> FamilyTags { {
    { "single_parent", QT_TRANSLATE_NOOP("HomeVisitRepository", "Single parent") },
    { "left_behind", QT_TRANSLATE_NOOP("HomeVisitRepository", "Left-behind child") },
    { "grandparents", QT_TRANSLATE_NOOP("HomeVisitRepository", "Raised by grandparents") },
    { "low_income", QT_TRANSLATE_NOOP("HomeVisitRepository", "Minimum living allowance") },
    { "disability", QT_TRANSLATE_NOOP("HomeVisitRepository", "Disability in the family") },
    { "migrant", QT_TRANSLATE_NOOP("HomeVisitRepository", "Migrant family") },
    { "remarried", QT_TRANSLATE_NOOP("HomeVisitRepository", "Blended family") },
    { "hardship", QT_TRANSLATE_NOOP("HomeVisitRepository", "Financial hardship") },
} };

} // namespace

QString visitFormCode(VisitForm f)
{
    switch (f) {
    case VisitForm::Onsite:
        return QStringLiteral("onsite");
    case VisitForm::Phone:
        return QStringLiteral("phone");
    case VisitForm::Video:
        return QStringLiteral("video");
    case VisitForm::School:
        return QStringLiteral("school");
    }
    return QStringLiteral("onsite");
}

std::optional<VisitForm> visitFormFromCode(const QString &code)
{
    for (VisitForm f : allVisitForms())
        if (visitFormCode(f) == code)
            return f;
    return std::nullopt;
}

QString visitPurposeCode(VisitPurpose p)
{
    switch (p) {
    case VisitPurpose::Routine:
        return QStringLiteral("routine");
    case VisitPurpose::Key:
        return QStringLiteral("key");
    case VisitPurpose::PostCrisis:
        return QStringLiteral("post_crisis");
    case VisitPurpose::PostReturn:
        return QStringLiteral("post_return");
    case VisitPurpose::LeftBehind:
        return QStringLiteral("left_behind");
    }
    return QStringLiteral("routine");
}

std::optional<VisitPurpose> visitPurposeFromCode(const QString &code)
{
    for (VisitPurpose p : allVisitPurposes())
        if (visitPurposeCode(p) == code)
            return p;
    return std::nullopt;
}

QString visitorRoleCode(VisitorRole r)
{
    switch (r) {
    case VisitorRole::ClassTeacher:
        return QStringLiteral("class_teacher");
    case VisitorRole::Counsellor:
        return QStringLiteral("counsellor");
    case VisitorRole::SubjectTeacher:
        return QStringLiteral("subject_teacher");
    case VisitorRole::Leader:
        return QStringLiteral("leader");
    case VisitorRole::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<VisitorRole> visitorRoleFromCode(const QString &code)
{
    for (VisitorRole r : allVisitorRoles())
        if (visitorRoleCode(r) == code)
            return r;
    return std::nullopt;
}

QString visitFormName(VisitForm f)
{
    switch (f) {
    case VisitForm::Onsite:
        return Tr::tr("On site");
    case VisitForm::Phone:
        return Tr::tr("Phone");
    case VisitForm::Video:
        return Tr::tr("Video");
    case VisitForm::School:
        return Tr::tr("Meeting at school");
    }
    return {};
}

QString visitPurposeName(VisitPurpose p)
{
    switch (p) {
    case VisitPurpose::Routine:
        return Tr::tr("Routine");
    case VisitPurpose::Key:
        return Tr::tr("Key student");
    case VisitPurpose::PostCrisis:
        return Tr::tr("After a crisis");
    case VisitPurpose::PostReturn:
        return Tr::tr("After returning to school");
    case VisitPurpose::LeftBehind:
        return Tr::tr("Left-behind or in difficulty");
    }
    return {};
}

QString visitorRoleName(VisitorRole r)
{
    switch (r) {
    case VisitorRole::ClassTeacher:
        return Tr::tr("Class teacher");
    case VisitorRole::Counsellor:
        return Tr::tr("Counselling teacher");
    case VisitorRole::SubjectTeacher:
        return Tr::tr("Subject teacher");
    case VisitorRole::Leader:
        return Tr::tr("School leader");
    case VisitorRole::Other:
        return Tr::tr("Other");
    }
    return {};
}

QList<VisitForm> allVisitForms()
{
    return { VisitForm::Onsite, VisitForm::Phone, VisitForm::Video, VisitForm::School };
}

QList<VisitPurpose> allVisitPurposes()
{
    return { VisitPurpose::Routine, VisitPurpose::Key, VisitPurpose::PostCrisis, VisitPurpose::PostReturn,
        VisitPurpose::LeftBehind };
}

QList<VisitorRole> allVisitorRoles()
{
    return { VisitorRole::ClassTeacher, VisitorRole::Counsellor, VisitorRole::SubjectTeacher, VisitorRole::Leader,
        VisitorRole::Other };
}

QStringList familyTagCodes()
{
    QStringList out;
    for (const FamilyTag &t : FamilyTags)
        out << QLatin1String(t.code);
    return out;
}

QString familyTagName(const QString &code)
{
    for (const FamilyTag &t : FamilyTags)
        if (code == QLatin1String(t.code))
            return QCoreApplication::translate("HomeVisitRepository", t.name);
    return code;
}

QString dueVisitReason(DueVisit::Why why)
{
    switch (why) {
    case DueVisit::Why::KeyMonthly:
        return Tr::tr("Key student: a home visit every month");
    case DueVisit::Why::KeyOnsite:
        return Tr::tr("Key student: an on-site visit this term");
    case DueVisit::Why::AfterReturn:
        return Tr::tr("Returned to school: a home visit within two weeks");
    }
    return {};
}

QList<ClassVisitCoverage> TermCoverage::grades() const
{
    QList<ClassVisitCoverage> out;
    for (const ClassVisitCoverage &c : classes) {
        if (out.isEmpty() || out.last().grade != c.grade) {
            ClassVisitCoverage g;
            g.grade = c.grade;
            out.append(g);
        }
        ClassVisitCoverage &g = out.last();
        g.enrolled += c.enrolled;
        g.visited += c.visited;
        g.onsite += c.onsite;
        g.missing += c.missing;
        g.required += c.required;
        g.requiredOnsite += c.requiredOnsite;
        g.behind = g.behind || c.behind; // a grade is behind when one of its classes is
    }
    return out;
}

} // namespace xinan
