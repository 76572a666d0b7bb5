#include "overviewdata.h"

#include "common/accountroles.h"
#include "services/schoolfile.h"

namespace xinan::ui {

OverviewData loadOverview(SchoolFile &school)
{
    OverviewData data;
    SchoolRepository schools(school.db(), school.user());
    data.school = schools.school();
    data.showsAccounts = mayRead(school, DataKind::Accounts);
    if (data.showsAccounts)
        for (const Account &account : schools.accounts())
            data.accounts << account.username;
    data.students = StudentRepository(school.db(), school.user()).counts();
    return data;
}

} // namespace xinan::ui
