#pragma once
// The student (一生一案's anchor): plain value types, the closed vocabularies and validation.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace xinan {

enum class Gender { Male, Female, Unknown };
// Suspended is 休学, Withdrawn 退学 (schema v9). Every change is a dated event (LeaveRepository).
enum class StudentStatus { Enrolled, Graduated, TransferredOut, Suspended, Withdrawn };
QList<StudentStatus> allStudentStatuses();

// Special circumstances (DOMAIN.md), stored as a bit set.
enum SpecialCircumstance : int {
    LeftBehind = 1, // 留守儿童
    SingleParent = 2, // 单亲
    Orphan = 4, // 孤儿/事实无人抚养
    Migrant = 8, // 随迁/流动
    Disability = 16, // 残疾
    FinancialHardship = 32 // 家庭经济困难
};
constexpr int AllSpecialCircumstances = 63;
QList<SpecialCircumstance> allSpecialCircumstances();

struct Guardian
{
    QString name;
    QString relation; // 父亲, 母亲, 祖父, ...
    QString phone;
    bool operator==(const Guardian &) const = default;
};

struct Student
{
    qint64 id = 0; // 0 until stored
    QString studentNo; // 学籍号, unique
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate; // may be null (unknown)
    int grade = 0; // 1-6 小学, 7-9 初中, 10-12 高中, 13-15 中职一-三
    QString className;
    QString ethnicity;
    bool boarding = false;
    int specialFlags = 0;
    StudentStatus status = StudentStatus::Enrolled;
    QList<Guardian> guardians;
    // 身份证号: optional, and stored only when the school turns SettingsRepository::StoreIdCardKey
    // on (minimum necessary); otherwise saved as NULL. Show it through maskIdCard().
    QString idCard;
    bool operator==(const Student &) const = default;
};

// Storage codes ('M'/'F'/'U', 'enrolled'/...), stable across versions.
QString genderCode(Gender g);
Gender genderFromCode(const QString &code);
QString statusCode(StudentStatus s);
StudentStatus statusFromCode(const QString &code);

// Display names (translated): 男/女/未知, 在读/毕业/转出/休学, 初一 ..., 留守儿童 ...
QString genderName(Gender g);
QString statusName(StudentStatus s);
QString gradeName(int grade);
QString specialCircumstanceName(SpecialCircumstance c);
QStringList specialCircumstanceNames(int flags);

// An ID-card number for display: the first 4 and last 4 characters, the rest as '*'
// ("5201**********1234"); anything of 8 characters or fewer entirely as '*'.
QString maskIdCard(const QString &idCard);
// True for an 18-character mainland ID-card number (17 digits and a digit or X) whose
// check character (ISO 7064 MOD 11-2) is right.
bool isValidIdCard(const QString &idCard);

// Every problem with a student record, one message per field, in the user's language.
// Empty when the record can be stored.
QStringList validationProblems(const Student &s);

} // namespace xinan
