// Rekey (issue 12): when someone leaves, the school gets a new data key, a new counsellor key
// and a new recovery key; every remaining account keeps its password (its grant is sealed
// again to its public key). All or nothing, and safe against a kill at any point:
//   1. F.rekey: a copy of the database under the new data key, its confidential fields
//      re-sealed with the new counsellor key, with the rekey's audit entry;
//   2. F-keys.rekey: the key file with every grant renewed, signed with the new data key;
//   3. F.rekey-commit: the commit mark (written atomically) — before it the old state stands;
//   4. both renamed over F and F-keys, then the mark removed.
// Any later open finishes step 4 when the mark exists, or removes the staging files when not.
#include "schoolfile.h"

#include "../crypto/recoverykey.h"
#include "../error.h"
#include "../platform/files.h"
#include "../repo/audit.h"
#include "../repo/confidentialfields.h"
#include "../repo/officerepository.h"
#include "rekey_testing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <functional>
#include <utility>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchoolFile)
};

std::function<void(int)> &stepHook()
{
    static std::function<void(int)> hook;
    return hook;
}

void step(int n)
{
    if (stepHook())
        stepHook()(n);
}

QString stagedDatabase(const QString &path)
{
    return path + QStringLiteral(".rekey");
}
QString stagedKeys(const QString &path)
{
    return KeySlotFile::pathFor(path) + QStringLiteral(".rekey");
}
QString commitMark(const QString &path)
{
    return path + QStringLiteral(".rekey-commit");
}

void replace(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from))
        return;
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw Error(ErrorKind::Other,
            Tr::tr("Cannot replace %1 with the rekeyed copy; nothing is lost: XinAn finishes it the next time the "
                   "database is opened.")
                .arg(to));
}

} // namespace

void testing::setRekeyStepHook(std::function<void(int)> hook)
{
    stepHook() = std::move(hook);
}

void SchoolFile::finishPendingRekey(const QString &path)
{
    if (QFileInfo::exists(commitMark(path))) {
        replace(stagedDatabase(path), path);
        replace(stagedKeys(path), KeySlotFile::pathFor(path));
        QFile::remove(commitMark(path));
        return;
    }
    for (const QString &p :
        QStringList { stagedDatabase(path), stagedDatabase(path) + QStringLiteral("-journal"), stagedKeys(path) })
        QFile::remove(p);
}

QString SchoolFile::rekey(QStringList *droppedAccounts)
{
    const Access &access = m_db.access();
    if (access.role() != AccountRole::Counsellor || !access.hasCounsellorKey())
        throw Error(ErrorKind::Denied,
            Tr::tr("Only a counselling teacher who holds the counsellor key can make new keys (the confidential content must be "
                   "sealed again)."));
    finishPendingRekey(m_path);
    bool recreated = false;
    KeySlotFile keys = loadOrNewKeyFile(&recreated);

    const RecoveryKey recovery = RecoveryKey::generate();
    SecretBytes newDataKey = recovery.dataKey();
    SecretBytes newCounsellorKey = recovery.counsellorKey();
    const QString staged = stagedDatabase(m_path);
    QByteArray newAuditHead;
    step(1);
    try {
        m_db.copyTo(staged, newDataKey);
        step(2);
        {
            Database copy = Database::open(staged, newDataKey);
            resealConfidentialContent(copy, access.counsellorKey(), newCounsellorKey, true);
            appendAudit(copy, m_user, QStringLiteral("rekey"), QStringLiteral("keys"), 0,
                QStringLiteral("%1 accounts").arg(keys.users().size()));
            newAuditHead = auditChainHead(copy);
        }
        step(3);
        KeySlotFile newKeys;
        newKeys.setKeyCheck(keyCheckOf(newDataKey));
        QStringList dropped;
        const SecretBytes none;
        for (const KeySlot &slot : keys.slots()) {
            if (slot.isLegacy()) {
                dropped << slot.user;
                continue;
            }
            newKeys.adoptSlot(slot);
            const bool counsellor = accountRole(m_db, slot.user) == AccountRole::Counsellor;
            newKeys.regrant(slot.user, newDataKey, counsellor ? std::as_const(newCounsellorKey) : none);
        }
        newKeys.setAuditHead(newAuditHead);
        newKeys.sign(newDataKey);
        newKeys.save(stagedKeys(m_path));
        if (droppedAccounts)
            *droppedAccounts = dropped;
        step(4);
    } catch (...) {
        finishPendingRekey(m_path);
        throw;
    }

    writeFileAtomically(commitMark(m_path), QByteArrayLiteral("xinan-rekey\n"));
    step(5);
    m_db.close();
    finishPendingRekey(m_path);
    step(6);
    m_db = Database::open(m_path, newDataKey);
    m_db.setAccess(accessOf(m_db, m_user, false, std::move(newCounsellorKey)));
    m_dataKey = std::move(newDataKey);
    return recovery.formatted();
}

} // namespace xinan
