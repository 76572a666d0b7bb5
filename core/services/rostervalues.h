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
QString normaliseName(const QString &text);      // spaces padding Chinese names removed
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
std::optional<bool> parseYesNo(const QString &text);
std::optional<StudentStatus> parseStatus(const QString &text);
// A mobile (11 digits, 1…) or landline number, ASCII; nullopt when it is not one.
std::optional<QString> parsePhone(const QString &text);

} // namespace xinan::roster
