#include "verifier.h"

#include "../crypto/keyslots.h"
#include "../crypto/recoverykey.h"
#include "../error.h"
#include "../repo/audit.h"
#include "../repo/confidentialfields.h"
#include "../repo/schoolrepository.h"
#include "../store/database.h"
#include "../store/migrations.h"
#include "schoolfile.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)
};

template<typename F> void check(VerifyReport &report, const QString &name, F &&body)
{
    VerifyCheck c { name, false, {} };
    try {
        c.detail = body(c.passed);
    } catch (const Error &e) {
        c.passed = false;
        c.detail = e.message();
    }
    report.checks.append(c);
}

} // namespace

bool VerifyReport::intact() const
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const VerifyCheck &c) { return c.passed; });
}

bool VerifyReport::tampered() const
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const VerifyCheck &c) { return !c.passed && c.tampering; });
}

QStringList VerifyReport::problems() const
{
    QStringList out;
    for (const auto &c : checks)
        if (!c.passed)
            out << c.name + QStringLiteral(": ") + c.detail;
    return out;
}

VerifyReport verifyDatabase(Database &db, const QByteArray &expectedKeyCheck)
{
    VerifyReport report;
    check(report, Tr::tr("File header"), [&](bool &ok) {
        ok = fileSaltOf(db.path()) == expectedKeyCheck;
        return ok ? Tr::tr("encrypted, header matches the key") : Tr::tr("the header does not match the key");
    });
    check(report, Tr::tr("SQLite integrity check"), [&](bool &ok) {
        Statement st(db, "PRAGMA integrity_check(20)");
        QStringList lines;
        while (st.step())
            lines << st.text(0);
        ok = lines == QStringList { QStringLiteral("ok") };
        return lines.join(QLatin1String("; "));
    });
    check(report, Tr::tr("Foreign keys"), [&](bool &ok) {
        Statement st(db, "PRAGMA foreign_key_check");
        int broken = 0;
        while (st.step())
            ++broken;
        ok = broken == 0;
        return ok ? Tr::tr("all references valid") : Tr::tr("%1 broken references").arg(broken);
    });
    check(report, Tr::tr("Schema version"), [&](bool &ok) {
        const int version = db.userVersion();
        ok = version == currentSchemaVersion();
        return Tr::tr("version %1 (expected %2)").arg(version).arg(currentSchemaVersion());
    });
    check(report, Tr::tr("School record"), [&](bool &ok) {
        const SchoolInfo info = SchoolRepository(db, {}).school();
        ok = !info.name.isEmpty();
        return info.name;
    });
    check(report, Tr::tr("Student records"), [&](bool &ok) {
        Statement st(db, "SELECT count(*), coalesce(sum(length(trim(name)) = 0 OR grade NOT BETWEEN 1 AND 15), 0) FROM students");
        st.step();
        ok = st.integer(1) == 0;
        return Tr::tr("%1 students, %2 invalid").arg(st.integer(0)).arg(st.integer(1));
    });
    check(report, Tr::tr("Audit trail"), [&](bool &ok) {
        const AuditChainCheck chain = checkAuditChain(db);
        ok = chain.intact;
        if (ok)
            return Tr::tr("%n entries chained, head %1", nullptr, static_cast<int>(chain.entries))
                .arg(formatAuditChainHead(auditChainHead(db)));
        if (chain.badId == 0)
            return Tr::tr("tampered with: %1").arg(chain.problem);
        return Tr::tr("tampered with at entry #%1 (%2): %3")
            .arg(QString::number(chain.badId), chain.badAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                chain.problem);
    });
    report.checks.last().tampering = !report.checks.last().passed;
    check(report, Tr::tr("Audit trail protection"), [&](bool &ok) {
        const QString problem = checkAuditTriggers(db);
        ok = problem.isEmpty();
        return ok ? Tr::tr("the append-only triggers are in place") : Tr::tr("tampered with: %1").arg(problem);
    });
    report.checks.last().tampering = !report.checks.last().passed;
    return report;
}

VerifyReport verifySchoolFile(SchoolFile &school)
{
    const QByteArray keyCheck = keyCheckOf(school.dataKey());
    VerifyReport report = verifyDatabase(school.db(), keyCheck);
    check(report, Tr::tr("Key file"), [&](bool &ok) {
        const KeySlotFile keys = KeySlotFile::load(school.keyFilePath());
        ok = keys.keyCheck() == keyCheck;
        if (!ok)
            return Tr::tr("the key file belongs to another database");
        QStringList accounts;
        for (const auto &a : SchoolRepository(school.db(), {}).accounts())
            accounts << a.username;
        QStringList unknown;
        for (const auto &u : keys.users())
            if (!accounts.contains(u))
                unknown << u;
        ok = unknown.isEmpty();
        return ok ? Tr::tr("%1 accounts").arg(keys.users().size())
                  : Tr::tr("slots for unknown accounts: %1").arg(unknown.join(QLatin1String(", ")));
    });
    check(report, Tr::tr("Key file seal"), [&](bool &ok) {
        const KeySlotFile keys = KeySlotFile::load(school.keyFilePath());
        ok = keys.macMatches(school.dataKey());
        if (!ok)
            return Tr::tr("the key file was altered after it was sealed");
        // The audit head the key file recorded at its last seal must still be in the trail:
        // entries cut off the end of the log since then are tampering.
        ok = keys.auditHead().isEmpty() || auditHoldsHead(school.db(), keys.auditHead());
        if (!ok)
            return Tr::tr("the audit trail no longer holds entry %1 that the key file recorded: entries were removed")
                .arg(formatAuditChainHead(keys.auditHead()));
        return Tr::tr("the slots match their seal, and the audit trail holds the head it recorded (%1)")
            .arg(formatAuditChainHead(keys.auditHead()));
    });
    const Access &access = school.db().access();
    if (access.hasCounsellorKey()) {
        check(report, Tr::tr("Confidential fields"), [&](bool &ok) {
            const SealedCount count = checkConfidentialContent(school.db(), access.counsellorKey());
            ok = count.broken == 0 && count.clear == 0;
            if (count.broken > 0)
                return Tr::tr("%1 of %2 sealed values do not open with the counsellor key (altered or moved)")
                    .arg(count.broken)
                    .arg(count.sealed);
            if (count.clear > 0)
                return Tr::tr("%1 values are not sealed with the counsellor key").arg(count.clear);
            return Tr::tr("%1 sealed values, all open with the counsellor key").arg(count.sealed);
        });
    }
    return report;
}

} // namespace xinan
