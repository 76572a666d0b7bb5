#include "screeningrepository.h"

#include "../error.h"
#include "../store/database.h"
#include "audit.h"
#include "riskrepository.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningRepository)
};

#define XINAN_SCREENING_ROWS                                                                                              \
    "SELECT r.id, r.student_id, d.name, s.student_no, s.name, s.grade, s.class_name, r.instrument_id, r.total, "         \
    "r.band_code, r.critical, r.needs_interview, r.source, r.taken_on FROM screening_results r "                          \
    "JOIN screening_drives d ON d.id = r.drive_id JOIN students s ON s.id = r.student_id "

QList<ScreeningResultRow> readRows(Statement &st)
{
    QList<ScreeningResultRow> out;
    while (st.step()) {
        ScreeningResultRow r;
        r.id = st.int64(0);
        r.studentId = st.int64(1);
        r.driveName = st.text(2);
        r.studentNo = st.text(3);
        r.name = st.text(4);
        r.grade = st.integer(5);
        r.className = st.text(6);
        r.instrumentId = st.text(7);
        r.total = st.integer(8);
        r.bandCode = st.text(9);
        r.critical = st.integer(10) != 0;
        r.needsInterview = st.integer(11) != 0;
        r.source = st.text(12);
        r.takenOn = QDate::fromString(st.text(13), Qt::ISODate);
        out.append(r);
    }
    return out;
}

// "PHQ-9 item 9 positive: …" for each critical item the answers trigger.
QString criticalReason(const Instrument &instrument, const QList<int> &answers, const QString &driveName)
{
    QStringList parts;
    for (const CriticalItem &c : instrument.criticalItems)
        if (c.item >= 1 && c.item <= answers.size() && answers.at(c.item - 1) > c.above)
            parts.append(Tr::tr("%1 critical item: %2").arg(instrument.shortName, c.reason));
    return Tr::tr("%1 (screening drive \"%2\")").arg(parts.join(QStringLiteral("; ")), driveName);
}

QString answersText(const QList<int> &answers)
{
    QStringList parts;
    for (int a : answers)
        parts.append(QString::number(a));
    return parts.join(u',');
}

} // namespace

ScreeningRepository::ScreeningRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

qint64 ScreeningRepository::createDrive(const QString &name, const QString &term, const QString &instrumentId)
{
    const QString text = name.trimmed();
    if (text.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("The screening drive has no name."));
    if (!findInstrument(instrumentId))
        throw Error(ErrorKind::Rejected, Tr::tr("XinAn does not know the instrument \"%1\".").arg(instrumentId));
    Transaction tx(m_db);
    if (findDrive(text))
        throw Error(ErrorKind::Rejected, Tr::tr("A screening drive called \"%1\" exists already; choose another name.").arg(text));
    Statement st(m_db, "INSERT INTO screening_drives (name, term, instrument_id, created_at) VALUES (?, ?, ?, ?)");
    st.bind(1, text).bind(2, term.trimmed()).bind(3, instrumentId.toLower());
    st.bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("screening_drive"), id, instrumentId.toLower());
    tx.commit();
    return id;
}

std::optional<ScreeningDrive> ScreeningRepository::findDrive(const QString &name)
{
    Statement st(m_db, "SELECT id, name, term, instrument_id, created_at FROM screening_drives WHERE name = ?");
    st.bind(1, name.trimmed());
    if (!st.step())
        return std::nullopt;
    return ScreeningDrive{st.int64(0), st.text(1), st.text(2), st.text(3), QDateTime::fromString(st.text(4), Qt::ISODate)};
}

QList<ScreeningDrive> ScreeningRepository::drives()
{
    Statement st(m_db, "SELECT id, name, term, instrument_id, created_at FROM screening_drives ORDER BY created_at DESC, id DESC");
    QList<ScreeningDrive> out;
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), QDateTime::fromString(st.text(4), Qt::ISODate)});
    return out;
}

RecordOutcome ScreeningRepository::record(const QString &driveName, const QString &term, const Instrument &instrument,
    const QList<ScreeningEntry> &entries, const QString &source)
{
    if (source != u"entered" && source != u"imported")
        throw Error(ErrorKind::Other, Tr::tr("Unknown source of screening results: %1.").arg(source));
    const QString name = driveName.trimmed();
    if (name.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("The screening drive has no name."));
    QList<ScoreResult> scores;
    scores.reserve(entries.size());
    for (const ScreeningEntry &e : entries) {
        if (!e.takenOn.isValid() || e.takenOn > QDate::currentDate())
            throw Error(ErrorKind::Rejected, Tr::tr("A screening result needs the date it was taken, not in the future."));
        scores.append(score(instrument, e.answers));
    }
    RecordOutcome outcome;
    QList<std::pair<qint64, QString>> toRaise;
    {
        Transaction tx(m_db);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        if (const auto drive = findDrive(name)) {
            outcome.driveId = drive->id;
        } else {
            Statement st(m_db, "INSERT INTO screening_drives (name, term, instrument_id, created_at) VALUES (?, ?, ?, ?)");
            st.bind(1, name).bind(2, term.trimmed()).bind(3, instrument.id).bind(4, now).run();
            outcome.driveId = m_db.lastInsertId();
            appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("screening_drive"), outcome.driveId, instrument.id);
        }
        const QSet<qint64> done = studentsWithResult(outcome.driveId, instrument.id);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ScreeningEntry &e = entries.at(i);
            const ScoreResult &s = scores.at(i);
            if (done.contains(e.studentId))
                throw Error(ErrorKind::Rejected, Tr::tr("The student already has a %1 result in the screening drive \"%2\"; nothing was recorded.")
                                                     .arg(instrument.shortName, name));
            Statement &exists = m_db.cached("SELECT 1 FROM students WHERE id = ?");
            exists.bind(1, e.studentId);
            const bool found = exists.step();
            exists.reset();
            if (!found)
                throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
            Statement &insert = m_db.cached(
                "INSERT INTO screening_results (drive_id, student_id, instrument_id, answers, total, band_code, critical, needs_interview, "
                "source, taken_on, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.bind(1, outcome.driveId).bind(2, e.studentId).bind(3, instrument.id).bind(4, answersText(e.answers));
            insert.bind(5, s.total).bind(6, s.bandCode).bind(7, s.critical() ? 1 : 0).bind(8, s.needsInterview ? 1 : 0);
            insert.bind(9, source).bind(10, e.takenOn.toString(Qt::ISODate)).bind(11, m_actor).bind(12, now).run();
            insert.reset();
            const qint64 id = m_db.lastInsertId();
            // The audit names the drive, the student and the instrument, never the answers.
            appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("screening_result"), id,
                QStringLiteral("drive %1, student %2, %3").arg(QString::number(outcome.driveId), QString::number(e.studentId), instrument.id));
            ++outcome.recorded;
            if (s.needsInterview)
                ++outcome.needsInterview;
            if (s.critical()) {
                ++outcome.critical;
                toRaise.append({e.studentId, criticalReason(instrument, e.answers, name)});
            }
        }
        // A critical result raises the student to yellow in the same transaction; screening never
        // lowers a level.
        RiskRepository risk(m_db, m_actor);
        for (const auto &[studentId, reason] : toRaise) {
            if (risk.current(studentId) >= RiskLevel::Yellow)
                continue;
            risk.change(studentId, RiskLevel::Yellow, RiskSource::Screening, reason);
            ++outcome.raisedToYellow;
        }
        tx.commit();
    }
    return outcome;
}

QList<ScreeningResultRow> ScreeningRepository::results(qint64 driveId)
{
    Statement st(m_db, XINAN_SCREENING_ROWS "WHERE (? = 0 OR r.drive_id = ?) ORDER BY d.created_at, d.id, s.grade, length(s.class_name), "
                                            "s.class_name, substr(s.search_key, instr(s.search_key, '|') + 1), s.id, r.instrument_id");
    st.bind(1, driveId).bind(2, driveId);
    return readRows(st);
}

QList<ScreeningResultRow> ScreeningRepository::studentResults(qint64 studentId)
{
    Statement st(m_db, XINAN_SCREENING_ROWS "WHERE r.student_id = ? ORDER BY r.taken_on DESC, r.id DESC");
    st.bind(1, studentId);
    return readRows(st);
}

QSet<qint64> ScreeningRepository::studentsWithResult(qint64 driveId, const QString &instrumentId)
{
    Statement st(m_db, "SELECT student_id FROM screening_results WHERE drive_id = ? AND instrument_id = ?");
    st.bind(1, driveId).bind(2, instrumentId);
    QSet<qint64> out;
    while (st.step())
        out.insert(st.int64(0));
    return out;
}

QList<ClassCoverage> ScreeningRepository::coverage(qint64 driveId, const QList<int> &grades)
{
    Statement st(m_db,
        "SELECT s.grade, s.class_name, count(*), "
        "sum(EXISTS (SELECT 1 FROM screening_results r WHERE r.student_id = s.id AND r.drive_id = ?)) "
        "FROM students s WHERE s.status = 'enrolled' GROUP BY s.grade, s.class_name "
        "ORDER BY s.grade, length(s.class_name), s.class_name");
    st.bind(1, driveId);
    QList<ClassCoverage> out;
    while (st.step()) {
        const int grade = st.integer(0);
        if (!grades.isEmpty() && !grades.contains(grade))
            continue;
        out.append({grade, st.text(1), st.integer(2), st.integer(3)});
    }
    return out;
}

QList<ScreeningStudent> ScreeningRepository::students()
{
    Statement st(m_db, "SELECT id, student_no, name, grade, class_name, status FROM students");
    QList<ScreeningStudent> out;
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2), st.integer(3), st.text(4), st.text(5) == u"enrolled"});
    return out;
}

} // namespace xinan
