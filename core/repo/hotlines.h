#pragma once
// Help lines (求助热线) a counsellor, a student or a parent can call: the four national numbers
// the provincial plan names, fixed in the code, and the county's own numbers, kept as one school
// setting (settings key "hotlines/local", a JSON object) so they travel with the school's data.
//
// Contract:
// - nationalHotlines(): 12345 (政务服务便民热线), 12320 (卫生健康热线), 12355 (青少年服务台),
//   12338 (妇女儿童维权热线), in that order; never stored, never edited.
// - suggestedHotlines(): numbers offered as a starting point in Settings (12356, the national
//   psychological assistance line), stored only when the school types or picks them.
// - schoolHotlines(): the school's own numbers: the 24-hour psychological aid line (name and
//   number), the nearest hospital (name, number, address) and up to MaxOtherLines other local
//   lines (name, number, note). Empty fields when nothing is set; nothing is invented.
// - setSchoolHotlines(): validates everything first (a number holds only digits, spaces, '-'
//   and one leading '+', with 3 to 20 digits; a line with a number needs a name and the other
//   way round, except the aid line, whose name defaults to 24小时心理援助热线), then writes the
//   setting and one audit entry in one transaction. A refusal (Error Rejected, naming the field
//   in the user's language) writes nothing. Blank "other" rows are dropped.
// Roles: DataKind::Settings: every role reads; counsellors and administrators write (Denied
// otherwise, exit 6).

#include <QList>
#include <QString>

namespace xinan {

class Database;

struct Hotline
{
    QString name; // 卫生健康热线
    QString number; // 12320
    QString note; // who answers, hours ...
    bool operator==(const Hotline &) const = default;
};

struct SchoolHotlines
{
    QString aidName; // 24-hour psychological aid line: its name (may be empty: the default name)
    QString aidNumber;
    QString hospitalName; // the nearest hospital
    QString hospitalNumber;
    QString hospitalAddress;
    QList<Hotline> others; // other local lines, at most HotlineRepository::MaxOtherLines
    bool operator==(const SchoolHotlines &) const = default;

    bool hasAidLine() const { return !aidNumber.isEmpty(); }
    bool hasHospital() const { return !hospitalName.isEmpty() || !hospitalNumber.isEmpty(); }
};

class HotlineRepository final
{
public:
    HotlineRepository(Database &db, QString actor);

    static constexpr int MaxOtherLines = 6;
    static constexpr int MinDigits = 3;
    static constexpr int MaxDigits = 20;
    static constexpr auto SettingKey = "hotlines/local";

    static QList<Hotline> nationalHotlines();
    static QList<Hotline> suggestedHotlines();
    // The aid line's name to show: the school's, else 24小时心理援助热线 (translated).
    static QString aidLineName(const SchoolHotlines &hotlines);

    // The number trimmed, or throws Error(Rejected) naming `field` (empty stays empty).
    static QString checkedNumber(const QString &number, const QString &field);
    // The lines trimmed and checked as setSchoolHotlines() checks them (blank rows dropped), or
    // throws Error(Rejected); writes nothing.
    static SchoolHotlines checked(const SchoolHotlines &hotlines);

    SchoolHotlines schoolHotlines();
    void setSchoolHotlines(const SchoolHotlines &hotlines);

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
