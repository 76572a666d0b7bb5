#pragma once
// Everything the school overview shows, read from the open database in one go.

#include "repo/schoolrepository.h"
#include "repo/studentrepository.h"

#include <QStringList>

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

struct OverviewData
{
    SchoolInfo school;
    StudentCounts students;
    QStringList accounts;
    bool showsAccounts = true; // false for a role that may not read the accounts (校领导)
};

OverviewData loadOverview(SchoolFile &school);

} // namespace xinan::ui
