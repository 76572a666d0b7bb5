#pragma once
// The school's own row and its accounts (the account names; passwords live in key slots).
//
// Roles (docs/roles.md): the school's row and the account names are read by every role (the
// names are in the key file, which the unlock window lists before anyone signs in); creating
// the school is a Settings write; adding an account is an Accounts write (counsellors and
// admins), and only a counsellor adds a counsellor account.

#include "../domain/daily.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace xinan {

class Database;

struct SchoolInfo
{
    QString name;
    QString schoolType; // 小学, 初中, 高中, 九年一贯制, 完全中学, 十二年一贯制, 中职
    QString city; // one of Guizhou's nine 市(州)
    QString county;
    QDateTime createdAt;
};

struct Account
{
    QString username;
    QDateTime createdAt;
};

class SchoolRepository final
{
public:
    SchoolRepository(Database &db, QString actor);

    // Throws Error(Damaged) when the school row is missing.
    SchoolInfo school();
    void createSchool(const SchoolInfo &info); // once, at initialisation
    QList<Account> accounts();
    // Adds the account with its role (every account has one chosen for it: the first account is
    // the counselling teacher who set the school up). An account that exists already is left
    // as it is, role included; returns false then (for any role). Throws Error(Denied) for a
    // role that may not change accounts, and for a non-counsellor adding a counsellor.
    bool addAccount(const QString &username, AccountRole role);

    static QStringList knownSchoolTypes();
    static QStringList guizhouCities();

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
