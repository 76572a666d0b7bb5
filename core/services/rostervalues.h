#pragma once
// How roster cells become student fields: header synonyms and the many ways a teacher's file
// writes a date, a grade, a class or "yes". Pure functions, no I/O.

#include "../domain/student.h"
#include "rosterimport.h"

#include <QDate>
#include <QString>

#include <optional>

namespace xinan::roster {

// Full-width ASCII (ＧＡ１２, （３）) to ASCII and the ideographic space to a space.
QString toHalfWidth(const QString &text);

// The field a header names and how sure the match is (0 best); Ignore when unknown.
struct HeaderMatch
{
    RosterField field = RosterField::Ignore;
    int priority = 100;
};
HeaderMatch matchHeader(const QString &header);

QString normaliseStudentNo(const QString &text); // ASCII, no spaces, upper case; ="G1" and 'G1 unwrapped
QString normaliseName(const QString &text); // spaces padding Chinese names removed
std::optional<Gender> parseGender(const QString &text);
// 2013-05-01, 2013/5/1, 2013.5.1, 20130501, 2013年5月1日, 2013-05 (first of month), with an
// optional time; Excel date serials when `serials` (xlsx cells). nullopt when not a real date.
std::optional<QDate> parseDate(const QString &text, bool serials, bool date1904);
// 一年级…六年级, 初一…初三, 七…九年级, 高一…高三, 中职一年级…, 1–12, and the display names.
std::optional<int> parseGrade(const QString &text);
// "（3）班", "3班", "3", "三年级3班", "初一(3)班" -> "3班"; other names kept. When the text
// carries a grade ("三年级3班"), *gradeInText is set to it (else 0).
QString normaliseClassName(const QString &text, int *gradeInText = nullptr);
QString normaliseEthnicity(const QString &text); // 苗 -> 苗族
// 是/否, 1/0, √/× …, and the registry's coded forms "1-是", "0-否".
std::optional<bool> parseYesNo(const QString &text);
// 住校, 寄宿, 走读 (the registry's 就读方式, also "2-住校"), or yes/no.
std::optional<bool> parseBoarding(const QString &text);
// 非留守儿童, 单亲留守儿童, 双亲留守儿童 (the registry's 是否留守儿童), or yes/no.
std::optional<bool> parseLeftBehind(const QString &text);
// 无残疾, 视力残疾, 听力残疾, 言语残疾, 肢体残疾, 智力残疾, 精神残疾, 多重残疾, 其他残疾 (the
// registry's 残疾类型), or yes/no.
std::optional<bool> parseDisability(const QString &text);
// The word of a registry's coded value: "1-男" → "男", "09-布依族" → "布依族"; other text as is.
QString withoutCode(const QString &text);
std::optional<StudentStatus> parseStatus(const QString &text);
// A mobile (11 digits, 1…) or landline number, ASCII; nullopt when it is not one.
std::optional<QString> parsePhone(const QString &text);

} // namespace xinan::roster
