#include "screeningrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "alertrepository.h"
#include "audit.h"
#include "instrumentrepository.h"
#include "riskrepository.h"
#include "timelineentry.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningRepository)
};

#define XINAN_SCREENING_ROWS                                                                                                     \
    "SELECT r.id, r.student_id, d.name, s.student_no, s.name, s.grade, s.class_name, r.instrument_id, r.total, "                 \
    "r.band_code, r.critical, r.needs_interview, r.source, r.taken_on, r.platform FROM screening_results r "                     \
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
        r.platform = st.text(14);
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

// A drive with its done / target counts: the enrolled students of the target grades (every grade
// when target_grades is empty), and those of them with results of all the drive's instruments
// (or an external result). The drive's instruments: `instruments`, or instrument_id when empty.
#define XINAN_DRIVE_TARGET                                                                                                       \
    "(s.status = 'enrolled' AND (d.target_grades = '' OR instr(',' || d.target_grades || ',', ',' || s.grade || ',') > 0))"
#define XINAN_DRIVE_INSTRUMENTS "(CASE d.instruments WHEN '' THEN d.instrument_id ELSE d.instruments END)"
#define XINAN_DRIVE_ROWS                                                                                                         \
    "SELECT d.id, d.name, d.term, d.instrument_id, d.target_grades, d.starts_on, d.ends_on, d.created_at, "                      \
    "(SELECT count(*) FROM students s WHERE " XINAN_DRIVE_TARGET "), "                                                           \
    "(SELECT count(*) FROM students s WHERE " XINAN_DRIVE_TARGET                                                                 \
    " AND (EXISTS (SELECT 1 FROM screening_results r WHERE r.student_id = s.id AND r.drive_id = d.id AND r.source = "            \
    "'external') "                                                                                                               \
    " OR (SELECT count(DISTINCT r.instrument_id) FROM screening_results r WHERE r.student_id = s.id AND r.drive_id = d.id "      \
    " AND instr(',' || " XINAN_DRIVE_INSTRUMENTS " || ',', ',' || r.instrument_id || ',') > 0) "                                 \
    " = length(" XINAN_DRIVE_INSTRUMENTS ") - length(replace(" XINAN_DRIVE_INSTRUMENTS                                           \
    ", ',', '')) + 1)), " XINAN_DRIVE_INSTRUMENTS " FROM screening_drives d "

QList<int> gradesFromText(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (const int g = part.trimmed().toInt(); g > 0)
            out.append(g);
    return out;
}

QString gradesText(QList<int> grades)
{
    std::sort(grades.begin(), grades.end());
    QStringList parts;
    for (int g : grades)
        parts.append(QString::number(g));
    return parts.join(u',');
}

ScreeningDrive readDrive(Statement &st)
{
    ScreeningDrive d;
    d.id = st.int64(0);
    d.name = st.text(1);
    d.term = st.text(2);
    d.instrumentId = st.text(3);
    d.targetGrades = gradesFromText(st.text(4));
    d.startsOn = QDate::fromString(st.text(5), Qt::ISODate);
    d.endsOn = QDate::fromString(st.text(6), Qt::ISODate);
    d.createdAt = QDateTime::fromString(st.text(7), Qt::ISODate);
    d.targetCount = st.integer(8);
    d.doneCount = st.integer(9);
    d.instrumentIds = st.text(10).split(u',', Qt::SkipEmptyParts);
    if (d.instrumentIds.isEmpty())
        d.instrumentIds.append(d.instrumentId);
    return d;
}

QString answersText(const QList<int> &answers)
{
    QStringList parts;
    for (int a : answers)
        parts.append(QString::number(a));
    return parts.join(u',');
}

} // namespace

bool isSchoolTerm(const QString &term)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{4})-([12])$)"));
    const QRegularExpressionMatch m = re.match(term);
    return m.hasMatch() && m.captured(2).toInt() == m.captured(1).toInt() + 1;
}

QString schoolTermFor(const QDate &day)
{
    const int y = day.year();
    if (day.month() >= 8)
        return QStringLiteral("%1-%2-1").arg(y).arg(y + 1);
    if (day.month() == 1)
        return QStringLiteral("%1-%2-1").arg(y - 1).arg(y);
    return QStringLiteral("%1-%2-2").arg(y - 1).arg(y);
}

ScreeningRepository::ScreeningRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

qint64 ScreeningRepository::createDrive(const DriveSpec &spec)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Write);
    const QString name = spec.name.trimmed();
    const QString term = spec.term.trimmed();
    QStringList instrumentIds;
    for (const QString &i : spec.instrumentIds)
        instrumentIds.append(i.trimmed().toLower());
    if (name.isEmpty())
        throw Error(
            ErrorKind::Rejected, Tr::tr("The screening drive has no name. Give it a name such as \"2026秋 四至六年级 PHQ-9\"."));
    if (name.size() > 100)
        throw Error(ErrorKind::Rejected, Tr::tr("The name of the screening drive is longer than 100 characters; shorten it."));
    checkPlainText(Tr::tr("The name of the screening drive"), name, false);
    if (!isSchoolTerm(term))
        throw Error(ErrorKind::Rejected,
            Tr::tr("The term \"%1\" is not a term like 2026-2027-1 (school year, then 1 for the autumn term or 2 for the spring "
                   "term).")
                .arg(term));
    if (instrumentIds.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Choose at least one instrument for the screening drive."));
    for (qsizetype i = 0; i < instrumentIds.size(); ++i) {
        const std::optional<Instrument> known = findInstrument(m_db, instrumentIds.at(i));
        if (!known)
            throw Error(ErrorKind::Rejected, Tr::tr("XinAn does not know the instrument \"%1\".").arg(spec.instrumentIds.at(i)));
        if (instrumentIds.indexOf(instrumentIds.at(i)) != i)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The instrument %1 is chosen twice; a drive has each instrument once.").arg(known->shortName));
    }
    const QString instruments = instrumentIds.join(u',');
    for (int g : spec.targetGrades)
        if (g < 1 || g > 15)
            throw Error(ErrorKind::Rejected, Tr::tr("Grade %1 does not exist; target grades are 1 to 15.").arg(g));
    if (!spec.startsOn.isValid() || !spec.endsOn.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("The screening drive needs a start date and an end date."));
    if (spec.endsOn < spec.startsOn)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The screening drive ends (%1) before it starts (%2); correct the dates.")
                .arg(spec.endsOn.toString(Qt::ISODate), spec.startsOn.toString(Qt::ISODate)));
    QList<int> grades = spec.targetGrades;
    std::sort(grades.begin(), grades.end());
    grades.erase(std::unique(grades.begin(), grades.end()), grades.end());
    Transaction tx(m_db);
    if (findDrive(name))
        throw Error(
            ErrorKind::Rejected, Tr::tr("A screening drive called \"%1\" exists already; choose another name.").arg(name));
    Statement st(m_db,
        "INSERT INTO screening_drives (name, term, instrument_id, created_at, target_grades, starts_on, ends_on, instruments) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, name).bind(2, term).bind(3, instrumentIds.first());
    st.bind(4, clock::nowUtc().toString(Qt::ISODate)).bind(5, gradesText(grades));
    st.bind(6, spec.startsOn.toString(Qt::ISODate)).bind(7, spec.endsOn.toString(Qt::ISODate)).bind(8, instruments).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("screening_drive"), id,
        QStringLiteral("%1, grades %2").arg(instruments, grades.isEmpty() ? QStringLiteral("all") : gradesText(grades)));
    tx.commit();
    return id;
}

std::optional<ScreeningDrive> ScreeningRepository::findDrive(const QString &name)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    Statement st(m_db, XINAN_DRIVE_ROWS "WHERE d.name = ?");
    st.bind(1, name.trimmed());
    if (!st.step())
        return std::nullopt;
    return readDrive(st);
}

std::optional<ScreeningDrive> ScreeningRepository::drive(qint64 id)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    Statement st(m_db, XINAN_DRIVE_ROWS "WHERE d.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readDrive(st);
}

QList<ScreeningDrive> ScreeningRepository::drives()
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    Statement st(m_db, XINAN_DRIVE_ROWS "ORDER BY d.created_at DESC, d.id DESC");
    QList<ScreeningDrive> out;
    while (st.step())
        out.append(readDrive(st));
    return out;
}

qint64 ScreeningRepository::recordExternal(const ExternalResult &result)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Write);
    const QString instrument = result.instrumentName.trimmed();
    const QString level = result.level.trimmed();
    const QString platform = result.platform.trimmed();
    if (instrument.isEmpty())
        throw Error(
            ErrorKind::Rejected, Tr::tr("Enter the name of the instrument the result comes from, for example SCL-90 or MHT."));
    if (level.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Enter the level the platform gave, for example 阳性 or 中度."));
    if (platform.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Enter where the result comes from, for example 省平台 or the hospital's name."));
    if (instrument.size() > MaxExternalText || level.size() > MaxExternalText || platform.size() > MaxExternalText)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The instrument, level and source are short names of at most %1 characters each.").arg(MaxExternalText));
    checkPlainText(Tr::tr("The instrument"), instrument, false);
    checkPlainText(Tr::tr("The level"), level, false);
    checkPlainText(Tr::tr("The source"), platform, false);
    if (result.total < 0 || result.total > MaxExternalTotal)
        throw Error(
            ErrorKind::Rejected, Tr::tr("The total score %1 is outside 0 to %2.").arg(result.total).arg(MaxExternalTotal));
    if (!result.takenOn.isValid() || result.takenOn > clock::today())
        throw Error(ErrorKind::Rejected, Tr::tr("A screening result needs the date it was taken, not in the future."));
    Transaction tx(m_db);
    const std::optional<ScreeningDrive> d = drive(result.driveId);
    if (!d)
        throw Error(ErrorKind::Rejected, Tr::tr("The screening drive no longer exists."));
    Statement exists(m_db, "SELECT 1 FROM students WHERE id = ?");
    exists.bind(1, result.studentId);
    if (!exists.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    if (studentsWithResult(d->id, instrument).contains(result.studentId))
        throw Error(ErrorKind::Rejected,
            Tr::tr("The student already has a %1 result in the screening drive \"%2\"; nothing was recorded.")
                .arg(instrument, d->name));
    const QString now = clock::nowUtc().toString(Qt::ISODate);
    Statement insert(m_db,
        "INSERT INTO screening_results (drive_id, student_id, instrument_id, answers, total, band_code, critical, "
        "needs_interview, "
        "source, taken_on, recorded_by, created_at, platform) VALUES (?, ?, ?, NULL, ?, ?, 0, ?, 'external', ?, ?, ?, ?)");
    insert.bind(1, d->id).bind(2, result.studentId).bind(3, instrument).bind(4, result.total).bind(5, level);
    insert.bind(6, result.needsInterview ? 1 : 0).bind(7, result.takenOn.toString(Qt::ISODate)).bind(8, m_actor).bind(9, now);
    insert.bind(10, platform).run();
    const qint64 id = m_db.lastInsertId();
    // The audit names the drive and the student, never the score or the level.
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("screening_result"), id,
        QStringLiteral("drive %1, student %2, external").arg(QString::number(d->id), QString::number(result.studentId)));
    tx.commit();
    return id;
}

RecordOutcome ScreeningRepository::record(const QString &driveName, const QString &term, const Instrument &instrument,
    const QList<ScreeningEntry> &entries, const QString &source)
{
    // Recording writes the item answers (sealed) as well as the scores.
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Write);
    requireAccess(m_db.access(), DataKind::ScreeningAnswers, AccessOp::Write);
    if (source != u"entered" && source != u"imported")
        throw Error(ErrorKind::Other, Tr::tr("Unknown source of screening results: %1.").arg(source));
    const QString name = driveName.trimmed();
    if (name.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("The screening drive has no name."));
    QList<ScoreResult> scores;
    scores.reserve(entries.size());
    for (const ScreeningEntry &e : entries) {
        if (!e.takenOn.isValid() || e.takenOn > clock::today())
            throw Error(ErrorKind::Rejected, Tr::tr("A screening result needs the date it was taken, not in the future."));
        scores.append(score(instrument, e.answers));
    }
    RecordOutcome outcome;
    QList<std::pair<qint64, QString>> toRaise;
    {
        Transaction tx(m_db);
        const QString now = clock::nowUtc().toString(Qt::ISODate);
        if (const auto drive = findDrive(name)) {
            if (!drive->instrumentIds.contains(instrument.id)) {
                QStringList names;
                for (const QString &id : drive->instrumentIds) {
                    const std::optional<Instrument> i = findInstrument(m_db, id);
                    names.append(i ? i->shortName : id);
                }
                throw Error(ErrorKind::Rejected,
                    Tr::tr("The screening drive \"%1\" is for %2, not %3; nothing was recorded. Choose one of the drive's "
                           "instruments or another drive.")
                        .arg(name, names.join(QStringLiteral(" + ")), instrument.shortName));
            }
            outcome.driveId = drive->id;
        } else {
            Statement st(
                m_db, "INSERT INTO screening_drives (name, term, instrument_id, created_at, instruments) VALUES (?, ?, ?, ?, ?)");
            st.bind(1, name).bind(2, term.trimmed()).bind(3, instrument.id).bind(4, now).bind(5, instrument.id).run();
            outcome.driveId = m_db.lastInsertId();
            appendAudit(
                m_db, m_actor, QStringLiteral("create"), QStringLiteral("screening_drive"), outcome.driveId, instrument.id);
        }
        const QSet<qint64> done = studentsWithResult(outcome.driveId, instrument.id);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ScreeningEntry &e = entries.at(i);
            const ScoreResult &s = scores.at(i);
            if (done.contains(e.studentId))
                throw Error(ErrorKind::Rejected,
                    Tr::tr("The student already has a %1 result in the screening drive \"%2\"; nothing was recorded.")
                        .arg(instrument.shortName, name));
            Statement &exists = m_db.cached("SELECT 1 FROM students WHERE id = ?");
            exists.bind(1, e.studentId);
            const bool found = exists.step();
            exists.reset();
            if (!found)
                throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
            Statement &insert
                = m_db.cached("INSERT INTO screening_results (drive_id, student_id, instrument_id, answers, total, band_code, "
                              "critical, needs_interview, "
                              "source, taken_on, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.bind(1, outcome.driveId).bind(2, e.studentId).bind(3, instrument.id);
            insert.bindConfidential(4, "screening_results.answers", e.studentId, answersText(e.answers));
            insert.bind(5, s.total).bind(6, s.bandCode).bind(7, s.critical() ? 1 : 0).bind(8, s.needsInterview ? 1 : 0);
            insert.bind(9, source).bind(10, e.takenOn.toString(Qt::ISODate)).bind(11, m_actor).bind(12, now).run();
            insert.reset();
            const qint64 id = m_db.lastInsertId();
            // The audit names the drive, the student and the instrument, never the answers.
            appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("screening_result"), id,
                QStringLiteral("drive %1, student %2, %3")
                    .arg(QString::number(outcome.driveId), QString::number(e.studentId), instrument.id));
            ++outcome.recorded;
            if (s.needsInterview)
                ++outcome.needsInterview;
            if (s.critical()) {
                ++outcome.critical;
                AlertRepository(m_db, m_actor).raiseForResult(id); // waits on the home page until a counsellor acts
                toRaise.append({ e.studentId, criticalReason(instrument, e.answers, name) });
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
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    Statement st(m_db,
        XINAN_SCREENING_ROWS "WHERE (? = 0 OR r.drive_id = ?) ORDER BY d.created_at, d.id, s.grade, length(s.class_name), "
                             "s.class_name, substr(s.search_key, instr(s.search_key, '|') + 1), s.id, r.instrument_id");
    st.bind(1, driveId).bind(2, driveId);
    return readRows(st);
}

QList<ScreeningResultRow> ScreeningRepository::studentResults(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    Statement st(m_db, XINAN_SCREENING_ROWS "WHERE r.student_id = ? ORDER BY r.taken_on DESC, r.id DESC");
    st.bind(1, studentId);
    return readRows(st);
}

QSet<qint64> ScreeningRepository::studentsWithResult(qint64 driveId, const QString &instrumentId)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    Statement st(m_db, "SELECT student_id FROM screening_results WHERE drive_id = ? AND instrument_id = ?");
    st.bind(1, driveId).bind(2, instrumentId);
    QSet<qint64> out;
    while (st.step())
        out.insert(st.int64(0));
    return out;
}

QString ScreeningRepository::instrumentOrFirst(qint64 driveId, const QString &instrumentId)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    if (!instrumentId.isEmpty())
        return instrumentId;
    const std::optional<ScreeningDrive> d = drive(driveId);
    return d ? d->instrumentId : QString();
}

QList<ClassCoverage> ScreeningRepository::coverage(qint64 driveId, const QList<int> &grades, const QString &instrumentId)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    Statement st(m_db,
        "SELECT s.grade, s.class_name, count(*), "
        "sum(EXISTS (SELECT 1 FROM screening_results r WHERE r.student_id = s.id AND r.drive_id = ? "
        "AND (r.instrument_id = ? OR r.source = 'external'))) "
        "FROM students s WHERE s.status = 'enrolled' GROUP BY s.grade, s.class_name "
        "ORDER BY s.grade, length(s.class_name), s.class_name");
    st.bind(1, driveId).bind(2, instrumentOrFirst(driveId, instrumentId));
    QList<ClassCoverage> out;
    while (st.step()) {
        const int grade = st.integer(0);
        if (!grades.isEmpty() && !grades.contains(grade))
            continue;
        out.append({ grade, st.text(1), st.integer(2), st.integer(3) });
    }
    return out;
}

QList<ClassCoverage> ScreeningRepository::coverage(qint64 driveId, const QString &instrumentId)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    const std::optional<ScreeningDrive> d = drive(driveId);
    if (!d)
        return {};
    return coverage(driveId, d->targetGrades, instrumentId.isEmpty() ? d->instrumentId : instrumentId);
}

QList<ScreeningStudent> ScreeningRepository::missingStudents(
    qint64 driveId, int grade, const QString &className, const QString &instrumentId)
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    Statement st(m_db,
        "SELECT s.id, s.student_no, s.name, s.grade, s.class_name FROM students s "
        "WHERE s.status = 'enrolled' AND s.grade = ? AND s.class_name = ? "
        "AND NOT EXISTS (SELECT 1 FROM screening_results r WHERE r.student_id = s.id AND r.drive_id = ? "
        "AND (r.instrument_id = ? OR r.source = 'external')) "
        "ORDER BY substr(s.search_key, instr(s.search_key, '|') + 1), s.id");
    st.bind(1, grade).bind(2, className).bind(3, driveId).bind(4, instrumentOrFirst(driveId, instrumentId));
    QList<ScreeningStudent> out;
    while (st.step())
        out.append({ st.int64(0), st.text(1), st.text(2), st.integer(3), st.text(4), true });
    return out;
}

QList<ScreeningStudent> ScreeningRepository::students()
{
    requireAccess(m_db.access(), DataKind::Screening, AccessOp::Read);
    Statement st(m_db, "SELECT id, student_no, name, grade, class_name, status FROM students");
    QList<ScreeningStudent> out;
    while (st.step())
        out.append({ st.int64(0), st.text(1), st.text(2), st.integer(3), st.text(4), st.text(5) == u"enrolled" });
    return out;
}

QList<TimelineEntry> ScreeningRepository::timelineEntries(qint64 studentId)
{
    QList<TimelineEntry> out;
    // The merged timeline shows each role what it may read: scores and bands to counsellors and the head.
    if (!m_db.access().allows(DataKind::Screening, AccessOp::Read))
        return out;
    for (const ScreeningResultRow &r : studentResults(studentId)) {
        const std::optional<Instrument> instrument = findInstrument(m_db, r.instrumentId);
        const QString shortName = instrument ? instrument->shortName : r.instrumentId;
        // An external result (another platform) keeps the level the platform gave.
        const InstrumentBand *band = instrument && r.source != u"external" ? instrument->bandFor(r.total) : nullptr;
        QString body = Tr::tr("Total %1 (%2), screening drive \"%3\"")
                           .arg(QString::number(r.total), band ? band->label : r.bandCode, r.driveName);
        if (r.critical)
            body += Tr::tr("; critical item positive");
        if (r.needsInterview)
            body += Tr::tr("; second-stage interview needed");
        if (!r.platform.isEmpty())
            body += Tr::tr("; result from %1").arg(r.platform);
        out.append({ r.takenOn, QStringLiteral("screening"), Tr::tr("Screening: %1").arg(shortName), body, QString(), r.id });
    }
    return out;
}

} // namespace xinan
