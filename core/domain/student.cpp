#include "student.h"

#include "../platform/clock.h"
#include "text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xinan {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Student)
};
} // namespace

QList<SpecialCircumstance> allSpecialCircumstances()
{
    return { LeftBehind, SingleParent, Orphan, Migrant, Disability, FinancialHardship };
}

QString genderCode(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QStringLiteral("M");
    case Gender::Female:
        return QStringLiteral("F");
    case Gender::Unknown:
        break;
    }
    return QStringLiteral("U");
}

Gender genderFromCode(const QString &code)
{
    if (code == u"M")
        return Gender::Male;
    if (code == u"F")
        return Gender::Female;
    return Gender::Unknown;
}

QString statusCode(StudentStatus s)
{
    switch (s) {
    case StudentStatus::Graduated:
        return QStringLiteral("graduated");
    case StudentStatus::TransferredOut:
        return QStringLiteral("transferred");
    case StudentStatus::Suspended:
        return QStringLiteral("suspended");
    case StudentStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case StudentStatus::Enrolled:
        break;
    }
    return QStringLiteral("enrolled");
}

StudentStatus statusFromCode(const QString &code)
{
    if (code == u"graduated")
        return StudentStatus::Graduated;
    if (code == u"transferred")
        return StudentStatus::TransferredOut;
    if (code == u"suspended")
        return StudentStatus::Suspended;
    if (code == u"withdrawn")
        return StudentStatus::Withdrawn;
    return StudentStatus::Enrolled;
}

QList<StudentStatus> allStudentStatuses()
{
    return { StudentStatus::Enrolled, StudentStatus::Suspended, StudentStatus::TransferredOut, StudentStatus::Graduated,
        StudentStatus::Withdrawn };
}

QString genderName(Gender g)
{
    switch (g) {
    case Gender::Male:
        return Tr::tr("Male");
    case Gender::Female:
        return Tr::tr("Female");
    case Gender::Unknown:
        break;
    }
    return Tr::tr("Unknown");
}

QString statusName(StudentStatus s)
{
    switch (s) {
    case StudentStatus::Graduated:
        return Tr::tr("Graduated");
    case StudentStatus::TransferredOut:
        return Tr::tr("Transferred out");
    case StudentStatus::Suspended:
        return Tr::tr("Suspended");
    case StudentStatus::Withdrawn:
        return Tr::tr("Withdrawn");
    case StudentStatus::Enrolled:
        break;
    }
    return Tr::tr("Enrolled");
}

QString gradeName(int grade)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Student", "Primary 1"),
        QT_TRANSLATE_NOOP("Student", "Primary 2"),
        QT_TRANSLATE_NOOP("Student", "Primary 3"),
        QT_TRANSLATE_NOOP("Student", "Primary 4"),
        QT_TRANSLATE_NOOP("Student", "Primary 5"),
        QT_TRANSLATE_NOOP("Student", "Primary 6"),
        QT_TRANSLATE_NOOP("Student", "Junior 1"),
        QT_TRANSLATE_NOOP("Student", "Junior 2"),
        QT_TRANSLATE_NOOP("Student", "Junior 3"),
        QT_TRANSLATE_NOOP("Student", "Senior 1"),
        QT_TRANSLATE_NOOP("Student", "Senior 2"),
        QT_TRANSLATE_NOOP("Student", "Senior 3"),
        QT_TRANSLATE_NOOP("Student", "Vocational 1"),
        QT_TRANSLATE_NOOP("Student", "Vocational 2"),
        QT_TRANSLATE_NOOP("Student", "Vocational 3"),
    };
    if (grade < 1 || grade > 15)
        return Tr::tr("Grade %1").arg(grade);
    return Tr::tr(names[grade - 1]);
}

QString specialCircumstanceName(SpecialCircumstance c)
{
    switch (c) {
    case LeftBehind:
        return Tr::tr("Left-behind child");
    case SingleParent:
        return Tr::tr("Single-parent family");
    case Orphan:
        return Tr::tr("Orphan or de facto unsupported");
    case Migrant:
        return Tr::tr("Migrant child");
    case Disability:
        return Tr::tr("Disability");
    case FinancialHardship:
        return Tr::tr("Family financial hardship");
    }
    return {};
}

QStringList specialCircumstanceNames(int flags)
{
    QStringList out;
    for (const auto c : allSpecialCircumstances())
        if (flags & c)
            out << specialCircumstanceName(c);
    return out;
}

QString maskIdCard(const QString &idCard)
{
    const QString id = idCard.trimmed();
    if (id.size() <= 8)
        return QString(id.size(), u'*');
    return id.left(4) + QString(id.size() - 8, u'*') + id.right(4);
}

bool isValidIdCard(const QString &idCard)
{
    if (idCard.size() != 18)
        return false;
    static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = idCard.at(i);
        if (c < u'0' || c > u'9')
            return false;
        sum += (c.unicode() - u'0') * weights[i];
    }
    return idCard.at(17).toUpper() == QLatin1Char(checks[sum % 11]);
}

QStringList validationProblems(const Student &s)
{
    QStringList problems;
    static const QRegularExpression studentNoPattern(QStringLiteral("^[A-Za-z0-9]{6,30}$"));
    if (s.studentNo.trimmed().isEmpty())
        problems << Tr::tr("Student number (学籍号) is missing.");
    else if (!studentNoPattern.match(s.studentNo).hasMatch())
        problems << Tr::tr("Student number (学籍号) \"%1\" must be 6 to 30 letters or digits.").arg(s.studentNo);
    if (s.name.trimmed().isEmpty())
        problems << Tr::tr("Name is missing.");
    else if (s.name.size() > 40)
        problems << Tr::tr("Name \"%1\" is longer than 40 characters.").arg(s.name.left(40));
    // Invisible characters: one line each, no controls, no direction overrides, no zero-width joiners.
    const auto plain = [&problems](const QString &field, const QString &text) {
        if (const QString p = plainTextProblem(field, text, false); !p.isEmpty())
            problems << p;
    };
    plain(Tr::tr("The name"), s.name);
    plain(Tr::tr("The class"), s.className);
    plain(Tr::tr("The ethnicity"), s.ethnicity);
    if (s.grade < 1 || s.grade > 15)
        problems << Tr::tr("Grade %1 is not a grade XinAn knows (primary 1 to vocational 3).").arg(s.grade);
    if (s.birthDate.isValid()) {
        const QDate today = clock::today();
        if (s.birthDate > today || s.birthDate < today.addYears(-30))
            problems << Tr::tr("Birth date %1 is not plausible for a student.").arg(s.birthDate.toString(Qt::ISODate));
    }
    if (s.className.size() > 20)
        problems << Tr::tr("Class \"%1\" is longer than 20 characters.").arg(s.className.left(20));
    if (s.specialFlags < 0 || s.specialFlags > AllSpecialCircumstances)
        problems << Tr::tr("Unknown special circumstances.");
    if (!s.idCard.trimmed().isEmpty() && !isValidIdCard(s.idCard.trimmed()))
        problems << Tr::tr(
            "ID-card number (身份证号) %1 is not valid: it must be 17 digits and a digit or X, with the right check character.")
                        .arg(maskIdCard(s.idCard));
    if (s.guardians.size() > 4)
        problems << Tr::tr("At most 4 guardians can be recorded.");
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+\\- ]{5,20}$"));
    for (int i = 0; i < s.guardians.size(); ++i) {
        const Guardian &g = s.guardians.at(i);
        if (g.name.trimmed().isEmpty())
            problems << Tr::tr("Guardian %1: name is missing.").arg(i + 1);
        plain(Tr::tr("Guardian %1's name").arg(i + 1), g.name);
        plain(Tr::tr("Guardian %1's relation").arg(i + 1), g.relation);
        if (!g.phone.isEmpty() && !phonePattern.match(g.phone).hasMatch())
            problems << Tr::tr("Guardian %1: phone number \"%2\" should contain only digits.").arg(i + 1).arg(g.phone);
    }
    return problems;
}

} // namespace xinan
