// Home-visit import: sheet → columns → plan → apply. See visitimport.h for the rules.
#include "visitimport.h"

#include "../error.h"
#include "../io/csvreader.h"
#include "../io/xlsxreader.h"
#include "../platform/clock.h"
#include "../repo/accountrepository.h"
#include "../repo/studentrepository.h"
#include "../store/database.h"
#include "rostervalues.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VisitImport)
};

constexpr int HeaderSearchRows = 10;

struct Synonyms
{
    VisitColumn column;
    int priority;
    const char16_t *names; // '|'-separated, normalised (lower case, half-width, no spaces)
};

const Synonyms exactSynonyms[] = {
    { VisitColumn::StudentNo, 0,
        u"学籍号|学号|学籍编号|全国学籍号|学籍号码|学生学籍号|国家学籍号|学生编号|studentno|student_no" },
    { VisitColumn::Name, 0, u"姓名|学生姓名|学生|名字|name|studentname" },
    { VisitColumn::Name, 1, u"被访学生|家访学生|家访对象|走访学生|走访对象" },
    { VisitColumn::Grade, 0, u"年级|所在年级|grade" },
    { VisitColumn::ClassName, 0, u"班级|所在班级|班别|班|班级名称|class" },
    { VisitColumn::Date, 0, u"家访日期|日期|走访日期|访问日期|家访时间|走访时间|date" },
    { VisitColumn::Date, 1, u"时间" },
    { VisitColumn::Form, 0, u"家访形式|家访方式|形式|方式|走访形式|走访方式|form" },
    { VisitColumn::Visitors, 0,
        u"家访教师|教师|走访人|家访人|家访老师|走访教师|家访人员|走访人员|参与教师|老师|班主任|visitors|visitor" },
    { VisitColumn::StudentAtHome, 0,
        u"家访内容|情况|家访记录|家访情况|内容|记录|学生在家情况|学生情况|走访情况|走访内容|走访记录" },
    { VisitColumn::ParentsViews, 0,
        u"家长意见|家长建议|家长意见建议|家长意见和建议|家长意见及建议|家长诉求|家长反馈|家长意见或建议" },
    { VisitColumn::Purpose, 0, u"家访目的|目的|走访目的" },
    { VisitColumn::Family, 0, u"家庭情况|家庭类型|家庭状况|家庭情况标签" },
    { VisitColumn::MetWhom, 0, u"接待人|家长姓名|接待家长|受访人|受访家长|接待人姓名|受访者" },
    { VisitColumn::MetRelation, 0, u"关系|与学生关系|接待人关系|与学生的关系|受访人关系|与学生关系(接待人)" },
    { VisitColumn::Agreed, 0, u"家校共识|达成共识|共识" },
};

// Weaker matches: the header contains one of these (checked in this order).
const Synonyms containedSynonyms[] = {
    { VisitColumn::StudentNo, 5, u"学籍" },
    { VisitColumn::Date, 5, u"日期" },
    { VisitColumn::Form, 5, u"形式" }, // not 方式: 联系方式 is a phone number
    { VisitColumn::ParentsViews, 5, u"家长意见|家长建议" },
    { VisitColumn::Family, 5, u"家庭" },
    { VisitColumn::MetWhom, 5, u"接待" },
    { VisitColumn::Visitors, 5, u"教师|老师|走访人|家访人" },
    { VisitColumn::Purpose, 5, u"目的" },
    { VisitColumn::Agreed, 5, u"共识" },
    { VisitColumn::StudentAtHome, 6, u"内容|记录|情况" },
};

QString headerKey(const QString &text)
{
    QString s = roster::toHalfWidth(text).toLower();
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    s.remove(u'*').remove(u':').remove(u'：');
    return s;
}

struct Match
{
    std::optional<VisitColumn> column;
    int priority = 100;
};

Match matchKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    for (const auto &syn : exactSynonyms)
        for (const auto &name : QStringView(syn.names).split(u'|'))
            if (key == name)
                return { syn.column, syn.priority };
    for (const auto &syn : containedSynonyms)
        for (const auto &name : QStringView(syn.names).split(u'|'))
            if (key.contains(name))
                return { syn.column, syn.priority };
    return {};
}

Match matchHeader(const QString &header)
{
    const QString key = headerKey(header);
    if (const Match m = matchKey(key); m.column)
        return m;
    // "家访日期(年/月/日)", "家访形式（必填）": the words outside the brackets.
    static const QRegularExpression bracket(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]|【[^】]*】"));
    QString outside = key;
    outside.remove(bracket);
    return outside == key ? Match {} : matchKey(outside);
}

bool isTimeOnlyHeader(const QString &header)
{
    const QString key = headerKey(header);
    return key == u"时间" || key == u"具体时间" || key == u"家访时刻" || key == u"time";
}

int recognisedHeaders(const QStringList &row)
{
    QSet<int> columns;
    for (const QString &cell : row)
        if (const Match m = matchHeader(cell); m.column)
            columns.insert(static_cast<int>(*m.column));
    return static_cast<int>(columns.size());
}

VisitSheet sheetFromGrid(io::CellGrid grid, const QString &name)
{
    if (grid.rows.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is empty.").arg(name));
    int header = -1;
    for (int i = 0; i < std::min<int>(HeaderSearchRows, static_cast<int>(grid.rows.size())); ++i) {
        if (recognisedHeaders(grid.rows.at(i)) >= 2) {
            header = i;
            break;
        }
    }
    if (header < 0)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 has no header row: none of its first %2 rows names at least two columns of a home-visit sheet "
                   "(such as 姓名, 班级, 学籍号, 家访日期, 家访形式, 家访教师). Add a header row above the visits.")
                .arg(name)
                .arg(HeaderSearchRows));
    VisitSheet sheet;
    sheet.path = name;
    sheet.headerRow = grid.fileRows.at(header);
    sheet.date1904 = grid.date1904;
    sheet.headers = grid.rows.at(header);
    qsizetype width = sheet.headers.size();
    for (qsizetype i = header + 1; i < grid.rows.size(); ++i)
        width = std::max(width, grid.rows.at(i).size());
    while (sheet.headers.size() < width)
        sheet.headers.append(QString());
    for (qsizetype i = header + 1; i < grid.rows.size(); ++i) {
        QStringList row = std::move(grid.rows[i]);
        while (row.size() < width)
            row.append(QString());
        sheet.rows.append(std::move(row));
        sheet.fileRows.append(grid.fileRows.at(i));
    }
    if (sheet.rows.isEmpty())
        throw Error(
            ErrorKind::Rejected, Tr::tr("%1 has a header row (row %2) but no visits below it.").arg(name).arg(sheet.headerRow));
    return sheet;
}

// "14:30", "14:30:00", "下午3:30", "15点30", "15时"; an xlsx time serial (0.604166…).
QString classLabel(int grade, const QString &className)
{
    return grade > 0 ? gradeName(grade) + u' ' + className : className;
}

QString studentLabel(const Student &s)
{
    return Tr::tr("%1 (%2, %3)").arg(s.name, s.studentNo, classLabel(s.grade, s.className));
}

} // namespace

VisitSheet readVisitSheetFromBytes(const QByteArray &bytes, const QString &format, const QString &name)
{
    if (bytes.size() > io::MaxFileBytes)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is larger than %2 MB; XinAn does not import files that large.")
                .arg(name)
                .arg(io::MaxFileBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is empty.").arg(name));
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is an old-style Excel file (.xls) or a password-protected workbook. Open it in Excel or WPS and "
                   "save it as .xlsx or CSV without a password.")
                .arg(name));
    VisitSheet sheet;
    if (bytes.startsWith("PK\x03\x04") || format == u"xlsx") {
        sheet = sheetFromGrid(io::readXlsx(bytes, name), name);
        sheet.format = QStringLiteral("xlsx");
        sheet.encoding = QStringLiteral("UTF-8");
    } else {
        const auto decoded = io::decodeText(bytes);
        if (!decoded)
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 is not a text table: it is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel or WPS "
                       "as CSV.")
                    .arg(name));
        sheet = sheetFromGrid(io::parseCsv(decoded->text, io::sniffDelimiter(decoded->text), name), name);
        sheet.format = QStringLiteral("csv");
        sheet.encoding = decoded->encoding;
    }
    sheet.path = name;
    return sheet;
}

VisitSheet readVisitSheet(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 does not exist or is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Rejected, Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(io::MaxFileBytes + 1);
    const QString suffix = info.suffix().toLower();
    return readVisitSheetFromBytes(
        bytes, (suffix == u"xlsx" || suffix == u"xlsm") ? QStringLiteral("xlsx") : QStringLiteral("csv"), path);
}

QString visitColumnName(VisitColumn column)
{
    switch (column) {
    case VisitColumn::StudentNo:
        return Tr::tr("Student number (学籍号)");
    case VisitColumn::Name:
        return Tr::tr("Name (姓名)");
    case VisitColumn::Grade:
        return Tr::tr("Grade (年级)");
    case VisitColumn::ClassName:
        return Tr::tr("Class (班级)");
    case VisitColumn::Date:
        return Tr::tr("Visit date (家访日期)");
    case VisitColumn::Time:
        return Tr::tr("Time (时间)");
    case VisitColumn::Form:
        return Tr::tr("Form (家访形式)");
    case VisitColumn::Visitors:
        return Tr::tr("Visitors (家访教师)");
    case VisitColumn::StudentAtHome:
        return Tr::tr("The student at home (家访内容)");
    case VisitColumn::ParentsViews:
        return Tr::tr("Parents' views (家长意见)");
    case VisitColumn::Purpose:
        return Tr::tr("Purpose (家访目的)");
    case VisitColumn::Family:
        return Tr::tr("Family situation (家庭情况)");
    case VisitColumn::MetWhom:
        return Tr::tr("Met (接待人)");
    case VisitColumn::MetRelation:
        return Tr::tr("Relation (关系)");
    case VisitColumn::Agreed:
        return Tr::tr("Agreed (家校共识)");
    }
    return {};
}

QMap<VisitColumn, int> guessVisitColumns(const QStringList &headers)
{
    QMap<VisitColumn, std::pair<int, int>> best; // column → (priority, index)
    for (int i = 0; i < headers.size(); ++i) {
        const Match m = matchHeader(headers.at(i));
        if (!m.column)
            continue;
        const auto it = best.constFind(*m.column);
        if (it == best.cend() || m.priority < it->first)
            best.insert(*m.column, { m.priority, i });
    }
    QMap<VisitColumn, int> columns;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        columns.insert(it.key(), it->second);
    // 时间 beside a 日期 column: the time of day.
    if (columns.contains(VisitColumn::Date))
        for (int i = 0; i < headers.size(); ++i)
            if (i != columns.value(VisitColumn::Date) && isTimeOnlyHeader(headers.at(i))) {
                columns.insert(VisitColumn::Time, i);
                break;
            }
    return columns;
}

VisitImportPlan planVisitImport(Database &db, const VisitSheet &sheet)
{
    const Access &access = db.access();
    requireAccess(access, DataKind::HomeVisits, AccessOp::Write);
    VisitImportPlan plan;
    plan.source = QFileInfo(sheet.path).fileName();
    plan.totalRows = static_cast<int>(sheet.rows.size());
    plan.columns = guessVisitColumns(sheet.headers);
    const QMap<VisitColumn, int> &c = plan.columns;

    QStringList missing;
    if (!c.contains(VisitColumn::StudentNo) && !c.contains(VisitColumn::Name))
        missing << Tr::tr("学籍号 or 姓名");
    for (const VisitColumn required : { VisitColumn::Date, VisitColumn::Form, VisitColumn::Visitors })
        if (!c.contains(required))
            missing << visitColumnName(required);
    if (!missing.isEmpty())
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 lacks the column(s) %2. A home-visit sheet needs the student (学籍号, or 姓名 with 班级), the "
                   "date (家访日期), the form (家访形式) and who visited (家访教师).")
                .arg(sheet.path, missing.join(Tr::tr(", "))));

    StudentRepository students(db, QString());
    const QList<Student> visible = students.list(); // a class teacher: their classes
    QHash<QString, const Student *> byNo;
    QHash<QString, QList<const Student *>> byName;
    for (const Student &s : visible) {
        byNo.insert(roster::normaliseStudentNo(s.studentNo), &s);
        byName[s.name].append(&s);
    }
    AccountRepository accounts(db, QString());
    QHash<QString, Visitor> visitorOf;
    HomeVisitRepository visits(db, QString());
    QHash<qint64, QSet<QString>> recorded; // student → "yyyy-MM-dd|form" already recorded
    QHash<QString, int> seenOn; // "student|day|form" → first file row
    const QDateTime now = clock::now();

    const auto cell = [&](const QStringList &row, VisitColumn column) {
        return c.contains(column) ? row.at(c.value(column)).trimmed() : QString();
    };
    const auto header
        = [&](VisitColumn column) { return c.contains(column) ? sheet.headers.at(c.value(column)) : visitColumnName(column); };

    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows.at(r);
        const int fileRow = sheet.fileRows.at(r);
        const auto problem = [&](VisitColumn column, const QString &value, const QString &reason) {
            plan.problems.append({ fileRow, header(column), value, reason });
            plan.invalidRows.insert(fileRow);
        };

        // The student.
        const Student *student = nullptr;
        const QString noText = cell(row, VisitColumn::StudentNo);
        const QString nameText = cell(row, VisitColumn::Name);
        const QString name = roster::normaliseName(nameText);
        const QString no = roster::normaliseStudentNo(noText);
        int grade = 0;
        QString cls;
        bool badClass = false;
        if (const QString classText = cell(row, VisitColumn::ClassName); !classText.isEmpty())
            cls = visitimport::parseClass(classText, &grade);
        if (const QString gradeText = cell(row, VisitColumn::Grade); !gradeText.isEmpty()) {
            if (const auto g = roster::parseGrade(gradeText))
                grade = *g;
            else if (no.isEmpty()) {
                problem(VisitColumn::Grade, gradeText, Tr::tr("not a grade (write it as 七年级, 初一 or 7)"));
                badClass = true;
            }
        }
        const QString writtenClass = classLabel(grade, cls);
        if (!no.isEmpty()) {
            student = byNo.value(no);
            if (!student) {
                bool elsewhere = false;
                if (access.isClassScoped()) {
                    try {
                        students.idOf(no);
                    } catch (const Error &e) {
                        elsewhere = e.kind() == ErrorKind::Denied;
                    }
                }
                problem(VisitColumn::StudentNo, noText,
                    elsewhere ? Tr::tr("%1 (学籍号 %2) is not a student of your classes; a class teacher imports the visits of "
                                       "their own classes' students only")
                                    .arg(name.isEmpty() ? Tr::tr("the student") : name, no)
                              : Tr::tr("no student has this 学籍号"));
            } else if (!name.isEmpty() && name != student->name) {
                problem(VisitColumn::Name, nameText,
                    Tr::tr("the 学籍号 %1 is %2's, not this name's; correct the name or the 学籍号").arg(no, student->name));
                student = nullptr;
            }
        } else if (name.isEmpty()) {
            problem(
                VisitColumn::Name, QString(), Tr::tr("the row names no student: write the 姓名 (with the 班级) or the 学籍号"));
        } else if (!badClass) {
            const QString clsKey = cls.isEmpty() ? QString() : roster::normaliseClassName(cls);
            QList<const Student *> enrolled, others;
            for (const Student *s : byName.value(name)) {
                if (!clsKey.isEmpty() && roster::normaliseClassName(s->className) != clsKey)
                    continue;
                if (grade != 0 && s->grade != grade)
                    continue;
                (s->status == StudentStatus::Enrolled ? enrolled : others).append(s);
            }
            const VisitColumn where = cls.isEmpty() ? VisitColumn::Name : VisitColumn::ClassName;
            const QString whereValue = cls.isEmpty() ? nameText : cell(row, VisitColumn::ClassName);
            if (enrolled.size() == 1) {
                student = enrolled.first();
            } else if (enrolled.size() > 1) {
                problem(where, whereValue,
                    cls.isEmpty() ? Tr::tr("%1 students are called %2; add the 班级 or the 学籍号 to this row")
                                        .arg(enrolled.size())
                                        .arg(name)
                                  : Tr::tr("%1 students are called %2 in %3; add the 学籍号 to this row")
                                        .arg(enrolled.size())
                                        .arg(name, writtenClass));
            } else if (others.size() == 1) {
                student = others.first(); // not enrolled: reported below
            } else if (access.isClassScoped() && !cls.isEmpty()
                && (grade != 0 ? !access.seesClass(grade, cls)
                               : std::none_of(access.classes().cbegin(), access.classes().cend(),
                                   [&](const ClassRef &ref) { return roster::normaliseClassName(ref.className) == clsKey; }))) {
                problem(VisitColumn::ClassName, whereValue,
                    Tr::tr("%1 of %2 is not a student of your classes; a class teacher imports the visits of their own "
                           "classes' students only")
                        .arg(name, writtenClass));
            } else {
                problem(where, whereValue,
                    !cls.isEmpty()               ? Tr::tr("no student called %1 in %2").arg(name, writtenClass)
                        : access.isClassScoped() ? Tr::tr("no student of your classes is called %1").arg(name)
                                                 : Tr::tr("no student is called %1").arg(name));
            }
        }
        if (student && student->status != StudentStatus::Enrolled) {
            problem(no.isEmpty() ? VisitColumn::Name : VisitColumn::StudentNo, no.isEmpty() ? nameText : noText,
                Tr::tr("%1 is not enrolled (%2)").arg(studentLabel(*student), statusName(student->status)));
            student = nullptr;
        }

        HomeVisit visit;
        visit.imported = true;
        // The date and time.
        const QString dateText = cell(row, VisitColumn::Date);
        const bool serials = sheet.format == u"xlsx";
        QDateTime at = visitimport::parseDateTime(dateText, serials, sheet.date1904);
        if (dateText.isEmpty())
            problem(VisitColumn::Date, QString(), Tr::tr("the visit date is missing"));
        else if (!at.isValid())
            problem(VisitColumn::Date, dateText, Tr::tr("not a date (write it as 2026-10-15, 2026/10/15 or 2026年10月15日)"));
        else if (at.date() < QDate(2000, 1, 1))
            problem(VisitColumn::Date, dateText, Tr::tr("a visit date before 2000 is surely a typing error"));
        if (at.isValid() && c.contains(VisitColumn::Time)) {
            const QString timeText = cell(row, VisitColumn::Time);
            if (!timeText.isEmpty()) {
                if (const auto t = visitimport::parseTime(timeText, serials))
                    at.setTime(*t);
                else
                    problem(VisitColumn::Time, timeText, Tr::tr("not a time of day (write it as 14:30)"));
            }
        }
        if (at.isValid() && at > now)
            problem(VisitColumn::Date, dateText, Tr::tr("the visit date is in the future"));
        visit.visitedAt = at;

        // Form and purpose.
        const QString formText = cell(row, VisitColumn::Form);
        if (const auto form = visitimport::parseForm(formText))
            visit.form = *form;
        else
            problem(VisitColumn::Form, formText,
                formText.isEmpty() ? Tr::tr("the form is missing (实地, 电话, 视频 or 到校约谈)")
                                   : Tr::tr("not a form of visit XinAn knows (实地/上门/入户/走访, 电话, 视频, 到校/约谈)"));
        const QString purposeText = cell(row, VisitColumn::Purpose);
        if (const auto purpose = visitimport::parsePurpose(purposeText))
            visit.purpose = *purpose;
        else
            problem(VisitColumn::Purpose, purposeText,
                Tr::tr("not a purpose XinAn knows (常规, 重点关注, 危机后, 复学后, 留守困境)"));

        // Visitors.
        const QString visitorsText = cell(row, VisitColumn::Visitors);
        for (const QString &visitorName : visitimport::splitNames(visitorsText)) {
            if (!visitorOf.contains(visitorName)) {
                Visitor v;
                v.name = visitorName;
                if (const auto account = accounts.find(visitorName)) {
                    v.account = account->username;
                    v.role = account->role == AccountRole::Counsellor ? VisitorRole::Counsellor
                        : account->role == AccountRole::Head          ? VisitorRole::Leader
                                                                      : VisitorRole::ClassTeacher;
                }
                visitorOf.insert(visitorName, v);
            }
            visit.visitors.append(visitorOf.value(visitorName));
        }
        if (visit.visitors.isEmpty())
            problem(VisitColumn::Visitors, QString(), Tr::tr("who visited is missing: write the teachers' names"));

        // Texts.
        const auto text = [&](VisitColumn column, QString &into) {
            into = cell(row, column);
            if (into.size() > HomeVisitRepository::MaxTextLength)
                problem(column, into.left(20) + QStringLiteral("…"),
                    Tr::tr("longer than %1 characters").arg(HomeVisitRepository::MaxTextLength));
        };
        text(VisitColumn::StudentAtHome, visit.studentAtHome);
        text(VisitColumn::ParentsViews, visit.parentsViews);
        text(VisitColumn::Family, visit.familyNotes);
        text(VisitColumn::MetWhom, visit.metWhom);
        text(VisitColumn::MetRelation, visit.metRelation);
        text(VisitColumn::Agreed, visit.agreed);
        visit.familyTags = visitimport::familyTagsIn(visit.familyNotes);

        // Repeats: of an earlier row, or of a visit already recorded.
        if (student && at.isValid() && !plan.invalidRows.contains(fileRow)) {
            const QString day = at.date().toString(Qt::ISODate);
            const QString key = day + u'|' + visitFormCode(visit.form);
            if (!recorded.contains(student->id)) {
                QSet<QString> keys;
                for (const HomeVisit &v : visits.studentVisits(student->id))
                    keys.insert(v.visitedAt.date().toString(Qt::ISODate) + u'|' + visitFormCode(v.form));
                recorded.insert(student->id, keys);
            }
            const QString rowKey = QString::number(student->id) + u'|' + key;
            if (seenOn.contains(rowKey))
                problem(VisitColumn::Date, dateText,
                    Tr::tr("repeats row %1: %2 has the same %3 visit on %4")
                        .arg(seenOn.value(rowKey))
                        .arg(student->name, visitFormName(visit.form), day));
            else if (recorded.value(student->id).contains(key))
                problem(VisitColumn::Date, dateText,
                    Tr::tr("already recorded: %1 has a %2 visit on %3").arg(student->name, visitFormName(visit.form), day));
            else
                seenOn.insert(rowKey, fileRow);
        }

        if (student && !plan.invalidRows.contains(fileRow)) {
            visit.studentIds = { student->id };
            plan.valid.append({ fileRow, visit, student->studentNo, student->name, student->grade, student->className });
        }
    }
    return plan;
}

VisitImportResult applyVisitImport(Database &db, const QString &actor, const VisitImportPlan &plan, bool skipInvalid)
{
    requireAccess(db.access(), DataKind::HomeVisits, AccessOp::Write);
    if (!plan.problems.isEmpty() && !skipInvalid)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%n row(s) of the sheet have problems; nothing was imported.", nullptr,
                static_cast<int>(plan.invalidRows.size())));
    VisitImportResult result;
    result.skippedRows = static_cast<int>(plan.invalidRows.size());
    QList<HomeVisit> visits;
    visits.reserve(plan.valid.size());
    for (const VisitImportRow &row : plan.valid)
        visits.append(row.visit);
    if (!visits.isEmpty())
        result.imported = static_cast<int>(HomeVisitRepository(db, actor).addAll(visits).size());
    return result;
}

} // namespace xinan
