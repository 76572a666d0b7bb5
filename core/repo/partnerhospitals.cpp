// ReferralRepository's partner hospitals and the receipt-due setting (school settings).
#include "referralrepository.h"

#include "../error.h"
#include "../store/database.h"
#include "audit.h"
#include "referralloop.h"
#include "settingsrepository.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRepository)
};

using referral_loop::checkedLine;
using referral_loop::MaxLineLength;

} // namespace

QList<PartnerHospital> ReferralRepository::hospitals(bool includeRetired)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    Statement st(m_db,
        "SELECT id, name, department, address, phone, green_channel, retired FROM partner_hospitals "
        "WHERE (?1 = 1 OR retired = 0) ORDER BY retired, position, id");
    st.bind(1, includeRetired ? 1 : 0);
    QList<PartnerHospital> out;
    while (st.step())
        out.append({ st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.integer(6) != 0 });
    return out;
}

qint64 ReferralRepository::saveHospital(const PartnerHospital &hospital)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    PartnerHospital h = hospital;
    h.name = checkedLine(hospital.name, Tr::tr("The hospital's name"), 100);
    if (h.name.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Write the hospital's name."));
    h.department = checkedLine(hospital.department, Tr::tr("The department"), 100);
    h.address = checkedLine(hospital.address, Tr::tr("The address"));
    h.phone = checkedLine(hospital.phone, Tr::tr("The phone number"), 50);
    h.greenChannel = checkedLine(hospital.greenChannel, Tr::tr("The green-channel contact"));
    Transaction tx(m_db);
    Statement dup(m_db, "SELECT id FROM partner_hospitals WHERE name = ? AND department = ? AND id <> ?");
    dup.bind(1, h.name).bind(2, h.department).bind(3, h.id);
    if (dup.step())
        throw Error(ErrorKind::Rejected,
            h.department.isEmpty() ? Tr::tr("%1 is already in the list of partner hospitals.").arg(h.name)
                                   : Tr::tr("%1, %2 is already in the list of partner hospitals.").arg(h.name, h.department));
    qint64 id = h.id;
    if (id == 0) {
        Statement insert(m_db,
            "INSERT INTO partner_hospitals (name, department, address, phone, green_channel, position, retired) "
            "VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM partner_hospitals), ?)");
        insert.bind(1, h.name).bind(2, h.department).bind(3, h.address).bind(4, h.phone).bind(5, h.greenChannel);
        insert.bind(6, h.retired ? 1 : 0).run();
        id = m_db.lastInsertId();
        appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("partner_hospital"), id, QString());
    } else {
        Statement update(m_db,
            "UPDATE partner_hospitals SET name = ?, department = ?, address = ?, phone = ?, green_channel = ?, retired = ? "
            "WHERE id = ?");
        update.bind(1, h.name).bind(2, h.department).bind(3, h.address).bind(4, h.phone).bind(5, h.greenChannel);
        update.bind(6, h.retired ? 1 : 0).bind(7, id).run();
        if (m_db.changes() == 0)
            throw Error(ErrorKind::Rejected, Tr::tr("The partner hospital no longer exists; it may have been removed."));
        appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("partner_hospital"), id,
            h.retired ? QStringLiteral("retired") : QString());
    }
    tx.commit();
    return id;
}

void ReferralRepository::removeHospital(qint64 hospitalId)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    Transaction tx(m_db);
    Statement exists(m_db, "SELECT retired FROM partner_hospitals WHERE id = ?");
    exists.bind(1, hospitalId);
    if (!exists.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The partner hospital no longer exists; it may have been removed."));
    Statement used(m_db, "SELECT count(*) FROM referral_steps WHERE hospital_id = ?");
    used.bind(1, hospitalId);
    used.step();
    const qint64 uses = used.int64(0);
    if (uses > 0) {
        Statement retire(m_db, "UPDATE partner_hospitals SET retired = 1 WHERE id = ?");
        retire.bind(1, hospitalId).run();
        appendAudit(m_db, m_actor, QStringLiteral("retire"), QStringLiteral("partner_hospital"), hospitalId,
            QStringLiteral("named by %1 referral slips").arg(uses));
    } else {
        Statement remove(m_db, "DELETE FROM partner_hospitals WHERE id = ?");
        remove.bind(1, hospitalId).run();
        appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("partner_hospital"), hospitalId, QString());
    }
    tx.commit();
}

QList<PartnerHospital> ReferralRepository::suggestedHospitals()
{
    // Real hospitals in Guizhou with psychiatric / child mental-health services, as suggestions
    // to start the school's list; addresses and phone numbers are left for the school to fill.
    return {
        { 0, QStringLiteral("贵州省第二人民医院"), QStringLiteral("儿童青少年心理科"), QString(), QString(), QString(), false },
        { 0, QStringLiteral("贵州医科大学附属医院"), QStringLiteral("精神科"), QString(), QString(), QString(), false },
        { 0, QStringLiteral("遵义医科大学附属医院"), QStringLiteral("精神科"), QString(), QString(), QString(), false },
        { 0, QStringLiteral("贵阳市第二人民医院"), QStringLiteral("精神科"), QString(), QString(), QString(), false },
        { 0, QStringLiteral("贵州省人民医院"), QStringLiteral("心理科"), QString(), QString(), QString(), false },
    };
}

int ReferralRepository::receiptDueDays()
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    bool ok = false;
    const int days = SettingsRepository(m_db, m_actor).value(QString::fromLatin1(ReceiptDueDaysKey)).toInt(&ok);
    return ok && days >= 1 && days <= 60 ? days : DefaultReceiptDueDays;
}

void ReferralRepository::setReceiptDueDays(int days)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    if (days < 1 || days > 60)
        throw Error(ErrorKind::Rejected, Tr::tr("The days before a receipt is overdue must be 1 to 60, not %1.").arg(days));
    SettingsRepository(m_db, m_actor).setValue(QString::fromLatin1(ReceiptDueDaysKey), QString::number(days));
}

} // namespace xinan
