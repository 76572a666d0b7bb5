// Roster import, deciding and writing side: every row validated and compared with the
// database (planRosterImport), then the plan written in one transaction (applyRosterImport).
#include "rosterimport.h"

#include "../domain/text.h"
#include "../error.h"
#include "../repo/studentbatch.h"
#include "../store/database.h"
#include "rostervalues.h"

#include <QFileInfo>
#include <QHash>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)
};

// The domain's own rules for one field: a record valid in every other field, with this one set.
Student baseline()
{
    Student s;
    s.studentNo = QStringLiteral("G000000");
    s.name = QStringLiteral("x");
    s.grade = 1;
    return s;
}

template<typename Set> QStringList domainProblems(Set &&set)
{
    Student s = baseline();
    set(s);
    return validationProblems(s);
}

class RowChecker
{
public:
    RowChecker(const RosterTable &table, const QMap<int, RosterField> &mapping)
        : m_table(table)
    {
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            if (it.value() != RosterField::Ignore && !m_columns.contains(it.value()) && it.key() >= 0
                && it.key() < table.headers.size())
                m_columns.insert(it.value(), it.key());
    }

    bool maps(RosterField f) const { return m_columns.contains(f); }
    QString cell(int row, RosterField f) const
    {
        const int column = m_columns.value(f, -1);
        return column < 0 ? QString() : m_table.rows.at(row).value(column);
    }
    QString header(RosterField f) const
    {
        const int column = m_columns.value(f, -1);
        if (column < 0)
            return rosterFieldName(f);
        const QString h = m_table.headers.value(column);
        return h.isEmpty() ? Tr::tr("column %1").arg(column + 1) : h;
    }
    void problem(int row, RosterField f, const QString &reason)
    {
        m_rowProblems.append({ m_table.fileRows.at(row), header(f), cell(row, f), reason });
    }
    void rowProblem(int row, const QString &reason)
    {
        m_rowProblems.append({ m_table.fileRows.at(row), QString(), QString(), reason });
    }
    void note(int row, RosterField f, const QString &text)
    {
        m_rowNotes.append({ m_table.fileRows.at(row), header(f), cell(row, f), text });
    }
    QList<RowProblem> take() { return std::exchange(m_rowProblems, {}); }
    QList<RowProblem> takeNotes() { return std::exchange(m_rowNotes, {}); }
    bool hasProblems() const { return !m_rowProblems.isEmpty(); }

private:
    const RosterTable &m_table;
    QHash<RosterField, int> m_columns;
    QList<RowProblem> m_rowProblems;
    QList<RowProblem> m_rowNotes;
};

void setFlag(Student &s, int bit, bool on)
{
    s.specialFlags = on ? (s.specialFlags | bit) : (s.specialFlags & ~bit);
}

} // namespace

ImportPlan planRosterImport(Database &db, const RosterTable &table, const QMap<int, RosterField> &mapping)
{
    // Planning is the first step of a write: a role that may not change students learns it
    // before the file is checked.
    requireAccess(db.access(), DataKind::StudentBasic, AccessOp::Write);
    RowChecker check(table, mapping);
    if (!check.maps(RosterField::StudentNo) || !check.maps(RosterField::Name))
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1: choose the columns that hold the student number (学籍号) and the name (姓名); XinAn matches "
                   "students by their student number.")
                .arg(table.path.isEmpty() ? Tr::tr("The roster") : table.path));
    ImportPlan plan;
    plan.totalRows = static_cast<int>(table.rows.size());
    plan.source = QFileInfo(table.path).fileName();
    struct GuardianFields
    {
        RosterField name, relation, phone;
    };
    const QList<GuardianFields> guardianFields { { RosterField::GuardianName, RosterField::GuardianRelation,
                                                     RosterField::GuardianPhone },
        { RosterField::Guardian2Name, RosterField::Guardian2Relation, RosterField::Guardian2Phone } };
    for (const GuardianFields &g : guardianFields)
        plan.mapsGuardians = plan.mapsGuardians || check.maps(g.name) || check.maps(g.relation) || check.maps(g.phone);

    StudentBatch batch(db, QString());
    const QList<Student> stored = batch.loadAll();
    QHash<QString, qsizetype> storedByNo;
    for (qsizetype i = 0; i < stored.size(); ++i)
        storedByNo.insert(roster::normaliseStudentNo(stored.at(i).studentNo), i);

    // Rows per 学籍号, to report every row of a number that occurs more than once.
    QHash<QString, QList<int>> rowsOfNo;
    for (int r = 0; r < table.rows.size(); ++r)
        if (const QString no = roster::normaliseStudentNo(check.cell(r, RosterField::StudentNo)); !no.isEmpty())
            rowsOfNo[no].append(table.fileRows.at(r));

    const QList<std::pair<RosterField, int>> flagFields { { RosterField::LeftBehind, LeftBehind },
        { RosterField::SingleParent, SingleParent }, { RosterField::Orphan, Orphan }, { RosterField::Migrant, Migrant },
        { RosterField::Disability, Disability }, { RosterField::FinancialHardship, FinancialHardship } };

    for (int r = 0; r < table.rows.size(); ++r) {
        const QString no = roster::normaliseStudentNo(check.cell(r, RosterField::StudentNo));
        const qsizetype storedAt = no.isEmpty() ? -1 : storedByNo.value(no, -1);
        const bool known = storedAt >= 0;
        Student s = known ? stored.at(storedAt) : Student {};

        // 学籍号
        if (no.isEmpty()) {
            check.problem(r, RosterField::StudentNo, Tr::tr("the student number (学籍号) is missing."));
        } else {
            const QStringList p = domainProblems([&](Student &b) { b.studentNo = no; });
            if (!p.isEmpty())
                check.problem(r, RosterField::StudentNo, p.join(u' '));
            const QList<int> &rows = rowsOfNo[no];
            if (rows.size() > 1) {
                QStringList others;
                for (int fr : rows)
                    if (fr != table.fileRows.at(r))
                        others << QString::number(fr);
                check.problem(r, RosterField::StudentNo,
                    Tr::tr("the same student number is also on row(s) %1; each student may appear only once.")
                        .arg(others.join(QLatin1String(", "))));
            }
            s.studentNo = no;
        }
        // 姓名
        const QString name = roster::normaliseName(check.cell(r, RosterField::Name));
        if (name.isEmpty()) {
            check.problem(r, RosterField::Name, Tr::tr("the name is missing."));
        } else {
            const QStringList p = domainProblems([&](Student &b) { b.name = name; });
            if (!p.isEmpty())
                check.problem(r, RosterField::Name, p.join(u' '));
            s.name = name;
        }
        // 性别
        if (const QString v = check.cell(r, RosterField::Gender); !v.isEmpty()) {
            if (const auto g = roster::parseGender(v))
                s.gender = *g;
            else
                check.problem(r, RosterField::Gender, Tr::tr("the gender is not one XinAn knows (use 男 or 女)."));
        }
        // 出生日期
        if (const QString v = check.cell(r, RosterField::BirthDate); !v.isEmpty()) {
            const auto d = roster::parseDate(v, table.format == u"xlsx", table.date1904);
            if (!d) {
                check.problem(r, RosterField::BirthDate, Tr::tr("this is not a date (write it as 2013-05-01)."));
            } else {
                const QStringList p = domainProblems([&](Student &b) { b.birthDate = *d; });
                if (!p.isEmpty())
                    check.problem(r, RosterField::BirthDate, p.join(u' '));
                s.birthDate = *d;
            }
        }
        // 班级 (it may carry the grade: 三年级3班)
        int gradeInClass = 0;
        if (const QString v = check.cell(r, RosterField::ClassName); !v.isEmpty()) {
            const QString cls = roster::normaliseClassName(v, &gradeInClass);
            const QStringList p = domainProblems([&](Student &b) { b.className = cls; });
            if (!p.isEmpty())
                check.problem(r, RosterField::ClassName, p.join(u' '));
            s.className = cls;
        }
        // 年级
        if (const QString v = check.cell(r, RosterField::Grade); !v.isEmpty()) {
            if (const auto g = roster::parseGrade(v))
                s.grade = *g;
            else
                check.problem(r, RosterField::Grade,
                    Tr::tr("the grade is not one XinAn knows (for example 三年级, 初一, 七年级, 高二 or 1 to 12)."));
        } else if (gradeInClass) {
            s.grade = gradeInClass;
        } else if (s.grade == 0) {
            check.problem(r, RosterField::Grade, Tr::tr("the grade is missing."));
        }
        if (const QString v = check.cell(r, RosterField::Ethnicity); !v.isEmpty()) {
            s.ethnicity = roster::normaliseEthnicity(v);
            const QStringList p = domainProblems([&](Student &b) { b.ethnicity = s.ethnicity; });
            if (!p.isEmpty())
                check.problem(r, RosterField::Ethnicity, p.join(u' '));
        }
        if (const QString v = check.cell(r, RosterField::Status); !v.isEmpty()) {
            if (const auto st = roster::parseStatus(v)) {
                // A leave ends through a return application (复学) or a change in the file, not a roster.
                if (known && stored.at(storedAt).status == StudentStatus::Suspended && *st != StudentStatus::Suspended)
                    check.problem(r, RosterField::Status,
                        Tr::tr("the student is on leave (休学) in XinAn: record the return (复学) or the change of status in "
                               "the student's file, then import again."));
                else
                    s.status = *st;
            } else
                check.problem(r, RosterField::Status, Tr::tr("the status is not one XinAn knows (在读, 毕业, 转出 or 休学)."));
        }
        if (const QString v = check.cell(r, RosterField::Boarding); !v.isEmpty()) {
            if (const auto b = roster::parseBoarding(v))
                s.boarding = *b;
            else
                check.problem(r, RosterField::Boarding, Tr::tr("write 住校 or 走读 (or 是 or 否)."));
        }
        for (const auto &[field, bit] : flagFields) {
            if (const QString v = check.cell(r, field); !v.isEmpty()) {
                const std::optional<bool> b = field == RosterField::LeftBehind ? roster::parseLeftBehind(v)
                    : field == RosterField::Disability                         ? roster::parseDisability(v)
                                                                               : roster::parseYesNo(v);
                if (b)
                    setFlag(s, bit, *b);
                else if (field == RosterField::LeftBehind)
                    check.problem(r, field, Tr::tr("write 非留守儿童, 单亲留守儿童 or 双亲留守儿童 (or 是 or 否)."));
                else if (field == RosterField::Disability)
                    check.problem(r, field,
                        Tr::tr("write 无残疾 or the kind of disability (视力残疾, 听力残疾, 言语残疾, 肢体残疾, 智力残疾, "
                               "精神残疾, 多重残疾, 其他残疾), or 是 or 否."));
                else
                    check.problem(r, field, Tr::tr("write 是 or 否."));
            }
        }
        // The file's guardians replace the stored ones; a row without guardian cells keeps them.
        QList<Guardian> guardians;
        bool guardianCells = false;
        for (const GuardianFields &fields : guardianFields) {
            const QString gName = roster::normaliseName(check.cell(r, fields.name));
            const QString gRelation = roster::toHalfWidth(check.cell(r, fields.relation)).simplified();
            const QString gPhoneText = check.cell(r, fields.phone);
            if (gName.isEmpty() && gRelation.isEmpty() && gPhoneText.isEmpty())
                continue;
            guardianCells = true;
            Guardian g { gName, gRelation, QString() };
            if (const QString p = plainTextProblem(Tr::tr("The guardian's name"), gName, false); !p.isEmpty())
                check.problem(r, fields.name, p);
            if (const QString p = plainTextProblem(Tr::tr("The relation"), gRelation, false); !p.isEmpty())
                check.problem(r, fields.relation, p);
            std::optional<QString> phone;
            if (!gPhoneText.isEmpty()) {
                phone = roster::parsePhone(gPhoneText);
                if (phone)
                    g.phone = *phone;
                else
                    check.problem(r, fields.phone,
                        Tr::tr("this is not a phone number (11 digits for a mobile, or a landline with its area code)."));
            }
            if (gName.isEmpty()) {
                if (phone) {
                    // A class list's 家长电话 without the parent's name: keep the number.
                    g.name = unknownGuardianName();
                    check.note(r, fields.phone,
                        Tr::tr("the file gives no name for this number; it is kept with the name %1.").arg(g.name));
                } else if (gPhoneText.isEmpty()) {
                    check.problem(r, fields.name, Tr::tr("the guardian's name is missing (a relation is given)."));
                }
            }
            guardians.append(g);
        }
        if (guardianCells)
            s.guardians = guardians;
        // Anything the checks above did not name (the domain has the last word).
        if (!check.hasProblems())
            for (const QString &p : validationProblems(s))
                check.rowProblem(r, p);

        if (check.hasProblems()) {
            plan.invalidRows.insert(table.fileRows.at(r));
            plan.problems.append(check.take());
            check.takeNotes();
            continue;
        }
        plan.notes.append(check.takeNotes());
        if (!known)
            plan.toAdd.append(s);
        else if (s == stored.at(storedAt))
            plan.unchanged.append(s.studentNo);
        else
            plan.toUpdate.append(s);
    }
    for (const Student &s : stored)
        if (s.status == StudentStatus::Enrolled && !rowsOfNo.contains(roster::normaliseStudentNo(s.studentNo)))
            plan.missing.append(s);
    return plan;
}

ImportResult applyRosterImport(Database &db, const QString &actor, const ImportPlan &plan, const ImportOptions &options)
{
    requireAccess(db.access(), DataKind::StudentBasic, AccessOp::Write);
    if (!plan.problems.isEmpty() && !options.skipInvalid)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%n row(s) of the roster have problems; nothing was imported. Correct them in the file, or import "
                   "only the valid rows.",
                nullptr, static_cast<int>(plan.invalidRows.size())));
    const int total = static_cast<int>(plan.toAdd.size() + plan.toUpdate.size());
    const int step = std::max(1, total / 200);
    int done = 0;
    struct Cancelled
    {
    };
    const auto report = [&] {
        if (options.progress && (done % step == 0 || done == total) && !options.progress(done, total))
            throw Cancelled {};
    };
    ImportResult result;
    Transaction tx(db);
    StudentBatch batch(db, actor, QStringLiteral("roster import"));
    // An existing student whose status the roster changes gets a status event (effective today).
    batch.recordStatusChanges(Tr::tr("Roster import"));
    try {
        report();
        for (const Student &s : plan.toAdd) {
            batch.insert(s);
            ++done;
            ++result.added;
            report();
        }
        for (const Student &s : plan.toUpdate) {
            batch.update(s, plan.mapsGuardians);
            ++done;
            ++result.updated;
            report();
        }
    } catch (const Cancelled &) {
        throw Error(ErrorKind::Other, Tr::tr("The import was cancelled; nothing was written."));
    } catch (const Error &e) {
        throw Error(e.kind(), Tr::tr("The import stopped and nothing was written: %1").arg(e.message()));
    }
    result.unchanged = static_cast<int>(plan.unchanged.size());
    result.skippedRows = static_cast<int>(plan.invalidRows.size());
    batch.auditImport(Tr::tr("%1: %2 added, %3 updated, %4 unchanged, %5 rows skipped")
                          .arg(plan.source.isEmpty() ? QStringLiteral("-") : plan.source)
                          .arg(result.added)
                          .arg(result.updated)
                          .arg(result.unchanged)
                          .arg(result.skippedRows));
    tx.commit();
    return result;
}

} // namespace xinan
