#include "confidentialfields.h"

#include "../crypto/recoverykey.h"
#include "../error.h"
#include "../store/access.h"
#include "../store/database.h"

namespace xinan {
namespace {

constexpr char CheckKey[] = "crypto/counsellor_key_check";
constexpr char SourceKey[] = "crypto/counsellor_key_source";

void setSetting(Database &db, const char *key, const QString &value)
{
    Statement st(db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value).run();
}

// Re-seals one column. `oldKey` empty: only clear values are sealed, sealed ones are left.
int resealColumn(Database &db, const ConfidentialColumn &c, const SecretBytes *oldKey, const SecretBytes &newKey)
{
    const QByteArray select = QByteArray("SELECT id, ") + c.ownerColumn + ", " + c.column + " FROM " + c.table + " WHERE "
        + c.column + " IS NOT NULL AND length(" + c.column + ") > 0";
    const QByteArray update = QByteArray("UPDATE ") + c.table + " SET " + c.column + " = ? WHERE id = ?";
    Statement read(db, select.constData());
    Statement write(db, update.constData());
    int count = 0;
    while (read.step()) {
        const qint64 owner = read.int64(1);
        const QByteArray value = read.blob(2);
        QString text;
        if (isSealedField(value)) {
            if (!oldKey)
                continue;
            text = openField(*oldKey, c.field, owner, value);
        } else {
            text = QString::fromUtf8(value);
        }
        write.reset();
        write.bind(1, sealField(newKey, c.field, owner, text)).bind(2, read.int64(0)).run();
        ++count;
    }
    return count;
}

void recordState(Database &db, const SecretBytes &key, bool fromRecovery)
{
    setSetting(db, CheckKey, QString::fromLatin1(counsellorKeyCheckOf(key).toBase64()));
    setSetting(db, SourceKey, fromRecovery ? QStringLiteral("recovery") : QStringLiteral("random"));
}

} // namespace

const QList<ConfidentialColumn> &confidentialColumns()
{
    static const QList<ConfidentialColumn> columns {
        { "student_notes", "body", "student_id", "student_notes.body" },
        { "risk_changes", "reason", "student_id", "risk_changes.reason" },
        { "counselling_records", "summary", "student_id", "counselling_records.summary" },
        { "counselling_records", "assessment", "student_id", "counselling_records.assessment" },
        { "counselling_records", "next_steps", "student_id", "counselling_records.next_steps" },
        { "counselling_records", "private_notes", "student_id", "counselling_records.private_notes" },
        { "screening_interviews", "summary", "student_id", "screening_interviews.summary" },
        { "screening_results", "answers", "student_id", "screening_results.answers" },
        { "crisis_events", "what_happened", "student_id", "crisis_events.what_happened" },
        { "crisis_events", "closure", "student_id", "crisis_events.closure" },
        { "crisis_steps", "body", "event_id", "crisis_steps.body" },
        { "referrals", "reason", "student_id", "referrals.reason" },
        { "referrals", "close_reason", "student_id", "referrals.close_reason" },
        { "referral_steps", "body", "referral_id", "referral_steps.body" },
        { "return_applications", "certificate_text", "student_id", "return_applications.certificate_text" },
        { "return_followups", "note", "student_id", "return_followups.note" },
    };
    return columns;
}

CounsellorKeyState counsellorKeyState(Database &db)
{
    CounsellorKeyState state;
    Statement st(db, "SELECT key, value FROM settings WHERE key IN (?, ?)");
    st.bind(1, CheckKey).bind(2, SourceKey);
    while (st.step()) {
        if (st.text(0) == QLatin1String(CheckKey))
            state.check = QByteArray::fromBase64(st.text(1).toLatin1());
        else
            state.fromRecovery = st.text(1) == QLatin1String("recovery");
    }
    return state;
}

int sealConfidentialContent(Database &db, const SecretBytes &key, bool fromRecovery)
{
    Transaction tx(db);
    int count = 0;
    for (const auto &c : confidentialColumns())
        count += resealColumn(db, c, nullptr, key);
    recordState(db, key, fromRecovery);
    tx.commit();
    return count;
}

SealedCount checkConfidentialContent(Database &db, const SecretBytes &key)
{
    SealedCount count;
    for (const auto &c : confidentialColumns()) {
        const QByteArray select = QByteArray("SELECT ") + c.ownerColumn + ", " + c.column + " FROM " + c.table + " WHERE "
            + c.column + " IS NOT NULL AND length(" + c.column + ") > 0";
        Statement read(db, select.constData());
        while (read.step()) {
            const QByteArray value = read.blob(1);
            if (!isSealedField(value)) {
                ++count.clear;
                continue;
            }
            ++count.sealed;
            try {
                openField(key, c.field, read.int64(0), value);
            } catch (const Error &) {
                ++count.broken;
            }
        }
    }
    return count;
}

int resealConfidentialContent(Database &db, const SecretBytes &oldKey, const SecretBytes &newKey, bool fromRecovery)
{
    Transaction tx(db);
    int count = 0;
    for (const auto &c : confidentialColumns())
        count += resealColumn(db, c, &oldKey, newKey);
    recordState(db, newKey, fromRecovery);
    tx.commit();
    return count;
}

} // namespace xinan
