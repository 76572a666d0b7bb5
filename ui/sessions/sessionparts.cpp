#include "sessionparts.h"

#include "domain/student.h"
#include "error.h"
#include "repo/officerepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QCoreApplication>

namespace xinan::ui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionParts)
};

} // namespace

void fillStaffCombo(SchoolFile &school, QComboBox *combo, const QString &firstText, qint64 keepId)
{
    combo->clear();
    if (!firstText.isEmpty())
        combo->addItem(firstText, qint64(0));
    OfficeRepository office(school.db(), school.user());
    bool kept = keepId == 0;
    for (const StaffMember &m : office.staff()) {
        combo->addItem(QStringLiteral("%1（%2）").arg(m.name, staffKindName(m.kind)), m.id);
        kept = kept || m.id == keepId;
    }
    if (!kept) {
        try {
            const StaffMember m = office.staffMember(keepId);
            combo->addItem(Tr::tr("%1 (no longer on the staff list)").arg(m.name), m.id);
        } catch (const Error &) {
        }
    }
}

QString categoriesText(const QStringList &categories)
{
    return categories.join(QStringLiteral("、"));
}

QString restrictedRecordText(const CounsellingRecord &record)
{
    return Tr::tr("Counselling record · %1").arg(record.heldOn.toString(Qt::ISODate));
}

QString restrictedContentText()
{
    return Tr::tr("Content visible to counselling teachers only");
}

} // namespace xinan::ui
