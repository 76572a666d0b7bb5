#include "cityexport.h"

#include "domain/daily.h"
#include "error.h"
#include "io/csvfield.h"
#include "platform/clock.h"
#include "platform/files.h"
#include "repo/audit.h"
#include "repo/schoolrepository.h"
#include "store/access.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <cstdio>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(xinan::CityExport)
};

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct CategoryColumn
{
    const char *code;
    const char *name; // the default problem category
};
// defaultProblemCategories() in order, with the column codes.
const CategoryColumn categoryColumns[]
    = { { "cat_academic", "学业压力" }, { "cat_peers", "人际关系" }, { "cat_parents", "亲子关系" }, { "cat_emotion", "情绪困扰" },
          { "cat_puberty", "青春期" }, { "cat_internet", "网络使用" }, { "cat_self", "自我认知" }, { "cat_career", "生涯规划" },
          { "cat_bullying", "校园欺凌" }, { "cat_grief", "丧失与哀伤" }, { "cat_other", "其他" } };

struct KindColumn
{
    const char *code; // the activities.kind code
    const char *header;
};
const KindColumn kindColumns[] = { { "month_525", "5·25心理健康教育月活动" }, { "parent_school", "家长学校" },
    { "parent_meeting", "家长会" }, { "teacher_training", "教师培训" }, { "group_activity", "团体心理活动" },
    { "monitor_training", "心理委员培训" }, { "other", "其他活动" } };

QList<CityColumn> makeColumns()
{
    using T = CityValueType;
    QList<CityColumn> c;
    auto add = [&c](const char *code, const char *header, T type, const char *meaning, bool suppressible) {
        c.append({ QString::fromLatin1(code), u(header), type, u(meaning), suppressible });
    };
    add("school_code", "学校代码", T::Text, "XinAn 为本校生成的固定代码（XA + 10 位十六进制，见格式说明）", false);
    add("school_name", "学校名称", T::Text, "学校名称", false);
    add("city", "市(州)", T::Text, "学校所在市(州)", false);
    add("county", "县(市、区)", T::Text, "学校所在县(市、区)", false);
    add("school_type", "学段/类型", T::Text, "小学、初中、高中、九年一贯制、完全中学、十二年一贯制、中职", false);
    add("period", "统计期", T::Text, "学期（如 2026-2027-1）或月份（如 2026-11）", false);
    add("period_start", "统计期开始", T::Text, "统计期第一天（YYYY-MM-DD）", false);
    add("period_end", "统计期结束", T::Text, "统计期最后一天（YYYY-MM-DD，含当天）", false);
    add("generated_at", "生成时间(UTC)", T::Text, "生成本文件的时间，协调世界时（ISO 8601）", false);
    add("xinan_version", "XinAn版本", T::Text, "生成本文件的 XinAn 版本", false);
    add("format_version", "格式版本", T::Count, "本报送格式的版本号（当前为 1）", false);
    add("enrolled", "在校学生数", T::Count, "统计期末在校学生人数", true);
    add("screening_required", "应筛查人数", T::Count, "须每年筛查年级的在校学生人数", true);
    add("screened", "已筛查人数", T::Count, "其中统计期内有筛查结果的学生人数", true);
    add("screening_coverage", "筛查覆盖率", T::Rate, "已筛查人数 ÷ 应筛查人数", true);
    add("risk_red", "红色预警人数", T::Count, "统计期末风险等级为红色的学生人数", true);
    add("risk_orange", "橙色预警人数", T::Count, "统计期末风险等级为橙色的学生人数", true);
    add("risk_yellow", "黄色预警人数", T::Count, "统计期末风险等级为黄色的学生人数", true);
    add("key_students_new", "新增重点关注学生", T::Count, "统计期内新列为橙色或红色的学生人数", true);
    add("key_students_end", "期末重点关注学生", T::Count, "统计期末橙色和红色学生人数（红色 + 橙色）", true);
    add("plans_end", "有一人一策的重点学生", T::Count, "统计期末有在用一人一策的重点关注学生人数", true);
    add("sessions", "个体辅导次数", T::Count, "统计期内个体心理辅导记录数", true);
    add("session_students", "个体辅导人数", T::Count, "统计期内接受个体辅导的学生人数（去重）", true);
    for (const CategoryColumn &cat : categoryColumns) {
        c.append({ QString::fromLatin1(cat.code), u("辅导问题:") + u(cat.name), T::Count,
            u("统计期内涉及“") + u(cat.name) + u("”的个体辅导记录数（一条记录可计入多个类别")
                + (QLatin1String(cat.code) == QLatin1String("cat_other") ? u("；学校自行增加的类别计入“其他”）") : u("）")),
            true });
    }
    add("group_sessions", "团体辅导次数", T::Count, "统计期内团体辅导次数", true);
    add("group_attendance", "团体辅导人次", T::Count, "统计期内团体辅导参加人次", true);
    add("crises", "危机事件数", T::Count, "统计期内新发生的心理危机事件数", true);
    add("referrals", "转介数", T::Count, "统计期内新开的转介（至医疗机构）数", true);
    add("referral_slips", "转介单开具数", T::Count, "统计期内开具的转介单数", true);
    add("referral_receipts", "转介回执数", T::Count, "统计期内收到的回执数", true);
    add("referral_refusals", "转介拒绝数", T::Count, "统计期内家长拒绝转介的次数", true);
    add("leaves", "休学人数", T::Count, "统计期内开始休学的学生人数", true);
    add("return_applications", "复学申请数", T::Count, "统计期内的复学申请数", true);
    add("returns_approved", "复学同意数", T::Count, "其中评估同意复学的数", true);
    add("returns_deferred", "复学暂缓数", T::Count, "其中暂缓或需进一步评估的数", true);
    add("visits_required", "应家访人数", T::Count, "按学校家访覆盖规则应家访的学生人数（学期）", true);
    add("visited", "已家访人数", T::Count, "统计期内有家访记录的学生人数", true);
    add("visit_rate", "家访覆盖率", T::Rate, "已家访人数 ÷ 应家访人数", true);
    add("visits_onsite", "入户家访次数", T::Count, "统计期内入户家访次数", true);
    add("visits_phone", "电话家访次数", T::Count, "统计期内电话家访次数", true);
    add("visits_video", "视频家访次数", T::Count, "统计期内视频家访次数", true);
    add("visits_school", "来校面谈次数", T::Count, "统计期内家长来校面谈次数", true);
    add("lesson_periods_required", "心理健康课应开课时", T::Count, "按开课规则各班应开课时之和", false);
    add("lesson_periods_given", "心理健康课已开课时", T::Count, "统计期内各班已开课时之和", false);
    add("lesson_rate", "心理健康课开课率", T::Rate, "已开课时 ÷ 应开课时（可超过 100%）", false);
    add("lesson_classes", "开课班级数", T::Count, "应开心理健康课的班级数", false);
    add("lesson_classes_behind", "开课不足班级数", T::Count, "已开课时少于应开课时的班级数", false);
    add("activities", "活动总数", T::Count, "统计期内举办的心理健康教育活动与培训次数", false);
    for (const KindColumn &kind : kindColumns)
        c.append({ QStringLiteral("act_") + QString::fromLatin1(kind.code), u("活动:") + u(kind.header), T::Count,
            u("统计期内“") + u(kind.header) + u("”次数"), false });
    add("teachers_trained", "教师培训人次", T::Count, "统计期内教师培训活动的参加人次", false);
    add("parent_sessions", "家长学校与家长会次数", T::Count, "统计期内家长学校和家长会次数之和", false);
    add("counsellors_full_time", "专职心理教师数", T::Count, "在岗专职心理教师人数", false);
    add("counsellors_part_time", "兼职心理教师数", T::Count, "在岗兼职心理教师人数", false);
    add("rooms", "心理辅导室数", T::Count, "在用心理辅导室数", false);
    add("room_area_m2", "心理辅导室面积(平方米)", T::Measure, "在用心理辅导室面积之和（已登记面积的）", false);
    return c;
}

int categoryIndex(const CategoryCount &count)
{
    for (int i = 0; i < int(std::size(categoryColumns)); ++i) {
        const QString name = u(categoryColumns[i].name);
        if (count.code == name || count.label == name)
            return i;
    }
    return int(std::size(categoryColumns)) - 1; // 其他
}

QString rateText(double value)
{
    return QString::number(value, 'f', 4);
}

QString measureText(double value)
{
    return QString::number(value, 'f', 1);
}

QString hexSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Other, Tr::tr("Could not read back %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

void renameInto(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        QFile::remove(from);
        throw Error(ErrorKind::Other, Tr::tr("Could not write %1.").arg(to));
    }
}

} // namespace

const QList<CityColumn> &cityExportColumns()
{
    static const QList<CityColumn> columns = makeColumns();
    return columns;
}

const QList<CityGroup> &cityExportGroups()
{
    static const QList<CityGroup> groups = [] {
        QList<CityGroup> g;
        g.append({ QStringLiteral("key_students_end"), { QStringLiteral("risk_red"), QStringLiteral("risk_orange") } });
        // A record usually has one category, so sessions minus the visible categories would give
        // the hidden one back.
        QStringList cats;
        for (const CategoryColumn &cat : categoryColumns)
            cats << QString::fromLatin1(cat.code);
        g.append({ QStringLiteral("sessions"), cats });
        // With no application pending, applications − approved = deferred.
        g.append({ QStringLiteral("return_applications"),
            { QStringLiteral("returns_approved"), QStringLiteral("returns_deferred") } });
        return g;
    }();
    return groups;
}

const QList<CityRate> &cityExportRates()
{
    static const QList<CityRate> rates = {
        { QStringLiteral("screening_coverage"), QStringLiteral("screened"), QStringLiteral("screening_required") },
        { QStringLiteral("visit_rate"), QStringLiteral("visited"), QStringLiteral("visits_required") },
        { QStringLiteral("lesson_rate"), QStringLiteral("lesson_periods_given"), QStringLiteral("lesson_periods_required") },
    };
    return rates;
}

QStringList cityExportCategories()
{
    QStringList names;
    for (const CategoryColumn &cat : categoryColumns)
        names << u(cat.name);
    return names;
}

QString CityExportRow::fileStem() const
{
    return QStringLiteral("%1_%2_city").arg(schoolCode, period.id);
}

const CityCell *CityExportRow::cell(const QString &code) const
{
    for (const CityCell &c : cells)
        if (c.code == code)
            return &c;
    return nullptr;
}

CityExportRow cityExportRow(const PeriodFigures &f, const QString &schoolCode, const QDateTime &generatedAt)
{
    QHash<QString, QString> text;
    QHash<QString, double> number;
    text[QStringLiteral("school_code")] = schoolCode;
    text[QStringLiteral("school_name")] = f.schoolName;
    text[QStringLiteral("city")] = f.city;
    text[QStringLiteral("county")] = f.county;
    text[QStringLiteral("school_type")] = f.schoolType;
    text[QStringLiteral("period")] = f.period.id;
    text[QStringLiteral("period_start")] = f.period.from.toString(Qt::ISODate);
    text[QStringLiteral("period_end")] = f.period.to.toString(Qt::ISODate);
    text[QStringLiteral("generated_at")] = generatedAt.toUTC().toString(Qt::ISODate);
    text[QStringLiteral("xinan_version")] = QStringLiteral(XINAN_VERSION);
    auto n = [&number](const char *code, double value) { number[QString::fromLatin1(code)] = value; };
    n("format_version", CityExportFormatVersion);
    n("enrolled", f.enrolled);
    n("screening_required", f.screeningRequired);
    n("screened", f.screened);
    n("risk_red", f.atEnd.red);
    n("risk_orange", f.atEnd.orange);
    n("risk_yellow", f.atEnd.yellow);
    n("key_students_new", f.newKeyStudents);
    n("key_students_end", f.keyStudentsAtEnd);
    n("plans_end", f.plansAtEnd);
    n("sessions", f.sessions);
    n("session_students", f.sessionStudents);
    for (const CategoryColumn &cat : categoryColumns)
        n(cat.code, 0);
    for (const CategoryCount &count : f.sessionsByCategory)
        number[QString::fromLatin1(categoryColumns[categoryIndex(count)].code)] += count.count;
    n("group_sessions", f.groupSessions);
    n("group_attendance", f.groupAttendance);
    n("crises", f.crises);
    n("referrals", f.referrals);
    n("referral_slips", f.referralSlips);
    n("referral_receipts", f.referralReceipts);
    n("referral_refusals", f.referralRefusals);
    n("leaves", f.leaves);
    n("return_applications", f.returnApplications);
    n("returns_approved", f.returnsApproved);
    n("returns_deferred", f.returnsDeferred);
    n("visits_required", f.visitsRequired);
    n("visited", f.visited);
    n("visits_onsite", f.visitsByForm[0]);
    n("visits_phone", f.visitsByForm[1]);
    n("visits_video", f.visitsByForm[2]);
    n("visits_school", f.visitsByForm[3]);
    n("lesson_periods_required", f.lessonPeriodsRequired);
    n("lesson_periods_given", f.lessonPeriodsGiven);
    n("lesson_classes", f.lessonClasses);
    n("lesson_classes_behind", f.lessonClassesBehind);
    n("activities", f.activities);
    for (const KindColumn &kind : kindColumns)
        number[QStringLiteral("act_") + QString::fromLatin1(kind.code)] = 0;
    for (const CategoryCount &count : f.activitiesByKind) {
        const QString code = QStringLiteral("act_") + count.code;
        number[number.contains(code) ? code : QStringLiteral("act_other")] += count.count;
    }
    n("teachers_trained", f.teachersTrained);
    n("parent_sessions", f.parentSessions);
    n("counsellors_full_time", f.counsellorsFullTime);
    n("counsellors_part_time", f.counsellorsPartTime);
    n("rooms", f.rooms);
    n("room_area_m2", f.roomAreaM2);
    for (const CityRate &rate : cityExportRates()) {
        const double den = number.value(rate.denominator);
        number[rate.rate] = den > 0 ? number.value(rate.numerator) / den : std::nan("");
    }

    // Primary suppression, then the groups and rates until nothing changes.
    QHash<QString, bool> hidden;
    QHash<QString, bool> small;
    for (const CityColumn &column : cityExportColumns()) {
        if (column.suppressible && column.type == CityValueType::Count) {
            const double v = number.value(column.code);
            if (v >= 1 && v <= 4)
                hidden[column.code] = small[column.code] = true;
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const CityGroup &group : cityExportGroups()) {
            if (hidden.value(group.total))
                continue;
            for (const QString &part : group.parts)
                if (hidden.value(part)) {
                    hidden[group.total] = changed = true;
                    break;
                }
        }
        for (const CityRate &rate : cityExportRates())
            if (!hidden.value(rate.rate) && (hidden.value(rate.numerator) || hidden.value(rate.denominator)))
                hidden[rate.rate] = changed = true;
    }

    CityExportRow row;
    row.schoolCode = schoolCode;
    row.period = f.period;
    row.generatedAt = generatedAt.toUTC();
    for (const CityColumn &column : cityExportColumns()) {
        CityCell cell;
        cell.code = column.code;
        cell.header = column.header;
        cell.type = column.type;
        if (column.type == CityValueType::Text) {
            cell.shown = text.value(column.code);
        } else {
            cell.number = number.value(column.code);
            if (hidden.value(column.code)) {
                cell.suppressed = true;
                cell.smallCount = small.value(column.code);
                cell.shown = cell.smallCount ? QString::fromLatin1(CitySmallCount) : QString::fromUtf8(CityHidden);
                row.suppressedColumns << column.code;
            } else if (column.type == CityValueType::Rate) {
                if (!std::isnan(cell.number)) {
                    cell.shown = rateText(cell.number);
                    cell.isNumber = true;
                }
            } else if (column.type == CityValueType::Measure) {
                cell.shown = measureText(cell.number);
                cell.isNumber = true;
            } else {
                cell.shown = QString::number(qint64(std::llround(cell.number)));
                cell.isNumber = true;
            }
        }
        row.cells.append(cell);
    }
    return row;
}

QString cityExportSchoolCode(Database &db)
{
    const SchoolInfo school = SchoolRepository(db, db.access().user()).school();
    const QByteArray seed = "xinan-school-code-v1\n" + school.name.toUtf8() + '\n' + school.county.toUtf8() + '\n'
        + school.createdAt.toUTC().toString(Qt::ISODate).toUtf8();
    return QStringLiteral("XA") + hexSha256(seed).left(10).toUpper();
}

CityExportRow previewCityExport(Database &db, const QString &periodId)
{
    requireAccess(db.access(), DataKind::Reports, AccessOp::Read);
    const ReportPeriod period = reportPeriod(db, periodId);
    const PeriodFigures figures = schoolFigures(db, period);
    return cityExportRow(figures, cityExportSchoolCode(db), clock::nowUtc());
}

QByteArray cityExportCsv(const CityExportRow &row)
{
    QStringList header;
    QStringList values;
    for (const CityCell &cell : row.cells) {
        header << io::csvField(cell.code);
        values << io::csvField(cell.shown);
    }
    return QByteArray("\xEF\xBB\xBF")
        + (header.join(u',') + QStringLiteral("\r\n") + values.join(u',') + QStringLiteral("\r\n")).toUtf8();
}

CityExportResult writeCityExport(Database &db, const QString &periodId, const QString &outDir, bool overwrite)
{
    return writeCityExport(db, previewCityExport(db, periodId), outDir, overwrite);
}

CityExportResult writeCityExport(Database &db, const CityExportRow &row, const QString &outDir, bool overwrite)
{
    requireAccess(db.access(), DataKind::Reports, AccessOp::Read);
    const QFileInfo dirInfo(outDir);
    if (outDir.trimmed().isEmpty() || !dirInfo.exists())
        throw Error(ErrorKind::Rejected, Tr::tr("The folder %1 does not exist; create it or choose another.").arg(outDir));
    if (!dirInfo.isDir())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is not a folder; choose a folder to write the export into.").arg(outDir));
    if (!dirInfo.isWritable())
        throw Error(ErrorKind::Rejected, Tr::tr("The folder %1 is not writable; choose another folder.").arg(outDir));
    const QDir dir(dirInfo.absoluteFilePath());
    const QString stem = row.fileStem();
    const QString xlsxName = stem + QStringLiteral(".xlsx");
    const QString csvName = stem + QStringLiteral(".csv");
    const QString manifestName = QStringLiteral("manifest.json");
    if (!overwrite) {
        QStringList existing;
        for (const QString &name : { xlsxName, csvName, manifestName })
            if (QFileInfo::exists(dir.filePath(name)))
                existing << name;
        if (!existing.isEmpty())
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 already exists in %2; choose another folder or ask to overwrite.")
                    .arg(existing.join(QStringLiteral(", ")), dir.absolutePath()));
    }

    CityExportResult result;
    result.row = row;
    result.folder = dir.absolutePath();

    // The workbook: libxlsxwriter writes a file, so it goes to a temporary name first.
    const QString xlsxTemp = dir.filePath(QStringLiteral(".%1.xlsx.part").arg(stem));
    writeCityExportXlsx(row, xlsxTemp);
    makeOwnerOnly(xlsxTemp);
    const QByteArray xlsxBytes = readAll(xlsxTemp);
    renameInto(xlsxTemp, dir.filePath(xlsxName));
    result.files.append({ xlsxName, xlsxBytes.size(), hexSha256(xlsxBytes) });

    const QByteArray csvBytes = cityExportCsv(row);
    writeFileAtomically(dir.filePath(csvName), csvBytes);
    result.files.append({ csvName, csvBytes.size(), hexSha256(csvBytes) });

    QJsonObject manifest;
    manifest[QStringLiteral("format")] = QStringLiteral("xinan-city-export");
    manifest[QStringLiteral("format_version")] = CityExportFormatVersion;
    manifest[QStringLiteral("school_code")] = row.schoolCode;
    manifest[QStringLiteral("period")] = row.period.id;
    manifest[QStringLiteral("period_start")] = row.period.from.toString(Qt::ISODate);
    manifest[QStringLiteral("period_end")] = row.period.to.toString(Qt::ISODate);
    manifest[QStringLiteral("xinan_version")] = QStringLiteral(XINAN_VERSION);
    manifest[QStringLiteral("created_utc")] = row.generatedAt.toUTC().toString(Qt::ISODate);
    manifest[QStringLiteral("suppressed_columns")] = QJsonArray::fromStringList(row.suppressedColumns);
    QJsonArray files;
    for (const CityExportFile &f : result.files)
        files.append(QJsonObject {
            { QStringLiteral("name"), f.name }, { QStringLiteral("size"), f.size }, { QStringLiteral("sha256"), f.sha256 } });
    manifest[QStringLiteral("files")] = files;
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    writeFileAtomically(dir.filePath(manifestName), manifestBytes);
    result.files.append({ manifestName, manifestBytes.size(), hexSha256(manifestBytes) });

    recordOutput(db, OutputKind::Export, QStringLiteral("city_export"), 0, dir.filePath(manifestName));
    return result;
}

} // namespace xinan
