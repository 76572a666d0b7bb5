#include "access.h"

#include "../error.h"

#include <QCoreApplication>

#include <sodium.h>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access)
};

constexpr char SealMagic[] = "XC1";
constexpr int MagicSize = 3;

QByteArray associatedData(const char *field, qint64 owner)
{
    return QByteArray("xinan-field-v1:") + field + ':' + QByteArray::number(owner);
}

} // namespace

bool roleAllows(AccountRole role, DataKind kind, AccessOp op)
{
    const bool read = op == AccessOp::Read;
    // School settings hold no student content (problem categories, the crisis checklist, the
    // instruments' definitions, the ID-card switch) and every screen reads some of them: every
    // role reads them; counsellors and administrators change them.
    if (kind == DataKind::Settings && read)
        return true;
    switch (role) {
    case AccountRole::Counsellor:
        return true;
    case AccountRole::Head:
        switch (kind) {
        case DataKind::Counts:
        case DataKind::StudentBasic:
        case DataKind::KeyStudentMark:
        case DataKind::RiskLevel:
        case DataKind::KeyPlan:
        case DataKind::Crisis:
        case DataKind::Screening:
        case DataKind::Feedback:
        case DataKind::Rooms:
        case DataKind::Duty:
        case DataKind::Grid:
        case DataKind::Audit:
        case DataKind::Referrals:
        case DataKind::Leaves:
        case DataKind::HomeVisits:
        case DataKind::Lessons:
        case DataKind::Activities:
        case DataKind::Reports: // the head reads, prints and exports the term's figures
            return read;
        case DataKind::WeeklyBoard: // 周调度 is the head's meeting
            return true;
        default:
            return false;
        }
    case AccountRole::ClassTeacher:
        switch (kind) {
        case DataKind::StudentBasic:
        case DataKind::KeyStudentMark:
        case DataKind::Feedback:
        case DataKind::Leaves: // the return plan they carry out, for their classes
        case DataKind::Lessons: // their classes' lessons
            return read;
        case DataKind::HomeVisits: // 家访 is the class teacher's work: their classes
            return true;
        default:
            return false;
        }
    case AccountRole::Admin:
        switch (kind) {
        case DataKind::Accounts:
        case DataKind::Backups:
        case DataKind::Settings:
        case DataKind::Rooms:
        case DataKind::Duty:
        case DataKind::Grid:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QString dataKindName(DataKind kind)
{
    switch (kind) {
    case DataKind::Counts:
        return Tr::tr("school-wide counts");
    case DataKind::StudentBasic:
        return Tr::tr("students' basic files");
    case DataKind::KeyStudentMark:
        return Tr::tr("the key-student list");
    case DataKind::RiskLevel:
        return Tr::tr("risk levels");
    case DataKind::RiskReason:
        return Tr::tr("the reasons for risk-level changes");
    case DataKind::KeyPlan:
        return Tr::tr("key-student plans");
    case DataKind::WeeklyBoard:
        return Tr::tr("the weekly review");
    case DataKind::Crisis:
        return Tr::tr("crisis events");
    case DataKind::CrisisDetail:
        return Tr::tr("the details of crisis events");
    case DataKind::Counselling:
        return Tr::tr("counselling records");
    case DataKind::Appointments:
        return Tr::tr("appointments");
    case DataKind::Screening:
        return Tr::tr("screening results");
    case DataKind::ScreeningAnswers:
        return Tr::tr("screening answers and interview notes");
    case DataKind::Alerts:
        return Tr::tr("alerts");
    case DataKind::Feedback:
        return Tr::tr("feedback");
    case DataKind::Accounts:
        return Tr::tr("accounts");
    case DataKind::Backups:
        return Tr::tr("backups");
    case DataKind::Settings:
        return Tr::tr("school settings");
    case DataKind::Rooms:
        return Tr::tr("rooms and staff");
    case DataKind::Duty:
        return Tr::tr("the duty roster");
    case DataKind::Grid:
        return Tr::tr("the class grid");
    case DataKind::Audit:
        return Tr::tr("the audit log");
    case DataKind::Referrals:
        return Tr::tr("referrals to hospital");
    case DataKind::Leaves:
        return Tr::tr("leave and return records");
    case DataKind::HomeVisits:
        return Tr::tr("home visits");
    case DataKind::Lessons:
        return Tr::tr("psychology lessons");
    case DataKind::Activities:
        return Tr::tr("activities and training");
    case DataKind::Reports:
        return Tr::tr("term reports and exports");
    }
    return {};
}

std::shared_ptr<const Access> Access::system()
{
    static const std::shared_ptr<const Access> instance = [] {
        std::shared_ptr<Access> a(new Access);
        a->m_system = true;
        return std::shared_ptr<const Access>(std::move(a));
    }();
    return instance;
}

std::shared_ptr<const Access> Access::forAccount(
    const QString &user, AccountRole role, QSet<ClassRef> classes, SecretBytes counsellorKey)
{
    std::shared_ptr<Access> a(new Access);
    a->m_user = user;
    a->m_role = role;
    a->m_classes = std::move(classes);
    a->m_counsellorKey = std::move(counsellorKey);
    return a;
}

bool Access::allows(DataKind kind, AccessOp op) const
{
    return m_system || roleAllows(m_role, kind, op);
}

bool Access::seesClass(int grade, const QString &className) const
{
    if (!isClassScoped())
        return true;
    return m_classes.contains(ClassRef { grade, className });
}

void requireAccess(const Access &access, DataKind kind, AccessOp op)
{
    if (access.allows(kind, op))
        return;
    const QString role = accountRoleName(access.role());
    throw Error(ErrorKind::Denied,
        op == AccessOp::Read ? Tr::tr("The account \"%1\" (%2) may not read %3.").arg(access.user(), role, dataKindName(kind))
                             : Tr::tr("The account \"%1\" (%2) may not change %3.").arg(access.user(), role, dataKindName(kind)));
}

void requireClassAccess(const Access &access, DataKind kind, AccessOp op, int grade, const QString &className)
{
    requireAccess(access, kind, op);
    if (!access.seesClass(grade, className))
        throw Error(ErrorKind::Denied,
            Tr::tr("The account \"%1\" (class teacher) sees only its own classes; grade %2 class %3 is not one of them.")
                .arg(access.user())
                .arg(grade)
                .arg(className));
}

QByteArray sealField(const SecretBytes &key, const char *field, qint64 owner, const QString &text)
{
    if (text.isEmpty())
        return {};
    const QByteArray plain = text.toUtf8();
    const QByteArray ad = associatedData(field, owner);
    constexpr int NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(MagicSize + NonceSize + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    std::memcpy(out.data(), SealMagic, MagicSize);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data() + MagicSize);
    randombytes_buf(nonce, NonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + NonceSize, &written,
        reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<unsigned long long>(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr, nonce,
        key.data());
    return out;
}

bool isSealedField(const QByteArray &value)
{
    return value.size() > MagicSize + int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        && std::memcmp(value.constData(), SealMagic, MagicSize) == 0;
}

QString openField(const SecretBytes &key, const char *field, qint64 owner, const QByteArray &sealed)
{
    constexpr int NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (!isSealedField(sealed) || sealed.size() < MagicSize + NonceSize + TagSize || key.size() != 32)
        throw Error(ErrorKind::Damaged, Tr::tr("A confidential field (%1) is damaged.").arg(QLatin1String(field)));
    const QByteArray ad = associatedData(field, owner);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData() + MagicSize);
    const qsizetype cipherSize = sealed.size() - MagicSize - NonceSize;
    QByteArray plain(cipherSize - TagSize, Qt::Uninitialized);
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &len, nullptr,
            nonce + NonceSize, static_cast<unsigned long long>(cipherSize),
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), nonce,
            key.data())
        != 0)
        throw Error(ErrorKind::Damaged,
            Tr::tr("A confidential field (%1) does not open with the counsellor key: it was altered, moved or is damaged.")
                .arg(QLatin1String(field)));
    QString text = QString::fromUtf8(plain.constData(), static_cast<qsizetype>(len));
    wipe(plain);
    return text;
}

} // namespace xinan
