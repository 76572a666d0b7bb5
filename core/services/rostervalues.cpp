#include "rostervalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace xinan::roster {
namespace {

// Faster than QString::remove(QRegularExpression("\\s")) on the hot path of every cell.
QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

struct Synonyms
{
    RosterField field;
    int priority;
    const char16_t *names; // '|'-separated, already normalised (lower case, no spaces)
};

const Synonyms exactSynonyms[] = {
    { RosterField::StudentNo, 0,
        u"学籍号|全国学籍号|学生学籍号|国家学籍号|全国学籍号码|学籍编号|学籍号码|student_no|studentno|studentnumber" },
    { RosterField::StudentNo, 1, u"学籍辅号" },
    { RosterField::StudentNo, 2, u"学号|学生编号" },
    { RosterField::Name, 0, u"姓名|学生姓名|名字|学生名字|name|studentname" },
    { RosterField::Gender, 0, u"性别|学生性别|gender|sex" },
    { RosterField::BirthDate, 0, u"出生日期|出生年月|生日|出生年月日|birth_date|birthdate|dateofbirth" },
    { RosterField::Grade, 0, u"年级|现年级|所在年级|grade" },
    { RosterField::ClassName, 0, u"班级|班别|班|班级名称|所在班级|现班级|class|class_name|classname" },
    { RosterField::Ethnicity, 0, u"民族|ethnicity" },
    { RosterField::Boarding, 0, u"是否住校|是否寄宿|寄宿|住校|是否寄宿生|寄宿生|住宿|是否住宿|就读方式|boarding" },
    { RosterField::LeftBehind, 0, u"是否留守儿童|留守儿童|留守|是否留守|left_behind|leftbehind" },
    { RosterField::SingleParent, 0, u"是否单亲|单亲|单亲家庭|是否单亲家庭|single_parent|singleparent" },
    { RosterField::Orphan, 0, u"孤儿|是否孤儿|orphan" },
    { RosterField::Migrant, 0,
        u"随迁子女|是否随迁|是否随迁子女|随迁|进城务工人员随迁子女|是否进城务工人员随迁子女|流动儿童|migrant" },
    { RosterField::Disability, 0, u"残疾|是否残疾|是否残疾人|残疾人|disability" },
    { RosterField::FinancialHardship, 0,
        u"家庭经济困难|建档立卡|低保|是否家庭经济困难|是否建档立卡|是否低保|是否建档立卡贫困户|financial_hardship|"
        u"financialhardship" },
    { RosterField::GuardianName, 0, u"监护人|监护人姓名|家长姓名|家长|成员1姓名|guardian|guardian_name|guardianname" },
    { RosterField::GuardianRelation, 0,
        u"与学生关系|关系|监护人关系|与本人关系|家长关系|与监护人关系|成员1关系|guardian_relation|relation" },
    { RosterField::GuardianPhone, 0,
        u"联系电话|监护人电话|家长电话|手机|手机号|手机号码|监护人联系电话|家长联系电话|联系方式|电话|成员1联系电话|成员1电话|"
        u"guardian_phone|phone" },
    { RosterField::Guardian2Name, 0, u"成员2姓名" },
    { RosterField::Guardian2Relation, 0, u"成员2关系" },
    { RosterField::Guardian2Phone, 0, u"成员2联系电话|成员2电话" },
    { RosterField::Status, 0, u"学籍状态|状态|在校状态|status" },
};

// Weaker matches: the header contains one of these.
const Synonyms containedSynonyms[] = {
    { RosterField::StudentNo, 5, u"学籍号" },
    { RosterField::BirthDate, 5, u"出生" },
    { RosterField::GuardianPhone, 5, u"电话|手机" },
    { RosterField::LeftBehind, 5, u"留守" },
    { RosterField::Boarding, 5, u"寄宿|住校" },
    { RosterField::SingleParent, 5, u"单亲" },
    { RosterField::Orphan, 5, u"孤儿" },
    { RosterField::Migrant, 5, u"随迁" },
    { RosterField::Disability, 5, u"残疾" },
    { RosterField::FinancialHardship, 5, u"建档立卡|低保|经济困难" },
};

QString headerKey(const QString &text)
{
    QString s = toHalfWidth(text).toLower();
    s = withoutSpaces(s);
    s.remove(u'*').remove(u':').remove(u'：');
    return s;
}

HeaderMatch matchKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    for (const auto &syn : exactSynonyms)
        for (const auto &name : QStringView(syn.names).split(u'|'))
            if (key == name)
                return { syn.field, syn.priority };
    for (const auto &syn : containedSynonyms)
        for (const auto &name : QStringView(syn.names).split(u'|'))
            if (key.contains(name))
                return { syn.field, syn.priority };
    return {};
}

// 一 … 九十九 and Arabic digits; -1 when not a number.
int smallNumber(QStringView s)
{
    bool ok = false;
    const int arabic = s.toInt(&ok);
    if (ok)
        return arabic;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (s.isEmpty() || s.size() > 3)
        return -1;
    const qsizetype ten = s.indexOf(u'十');
    if (ten < 0)
        return s.size() == 1 ? static_cast<int>(digits.indexOf(s.at(0))) : -1;
    const int tens = ten == 0 ? 1 : static_cast<int>(digits.indexOf(s.at(0)));
    const int units = ten == s.size() - 1 ? 0 : static_cast<int>(digits.indexOf(s.at(ten + 1)));
    if (tens < 1 || units < 0 || (ten > 1) || s.size() - ten > 2)
        return -1;
    return tens * 10 + units;
}

QString compact(const QString &text)
{
    QString s = toHalfWidth(text).toLower();
    s = withoutSpaces(s);
    return s;
}

} // namespace

QString toHalfWidth(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(static_cast<char16_t>(u - 0xFEE0));
        else if (u == 0x3000)
            c = u' ';
    }
    return s;
}

HeaderMatch matchHeader(const QString &header)
{
    const QString key = headerKey(header);
    HeaderMatch m = matchKey(key);
    if (m.field != RosterField::Ignore)
        return m;
    // "出生日期(yyyy-mm-dd)": the words outside the brackets; "Student number (学籍号)": inside.
    static const QRegularExpression bracket(QStringLiteral("\\(([^)]*)\\)|\\[([^\\]]*)\\]|【([^】]*)】"));
    QString outside = key;
    outside.remove(bracket);
    m = matchKey(outside);
    if (m.field != RosterField::Ignore)
        return m;
    auto it = bracket.globalMatch(key);
    while (it.hasNext()) {
        const auto match = it.next();
        for (int g = 1; g <= 3; ++g)
            if (const HeaderMatch inner = matchKey(match.captured(g)); inner.field != RosterField::Ignore)
                return inner;
    }
    return {};
}

QString normaliseStudentNo(const QString &text)
{
    QString s = toHalfWidth(text).trimmed();
    if (s.startsWith(QLatin1String("=\"")) && s.endsWith(u'"') && s.size() >= 3)
        s = s.mid(2, s.size() - 3);
    if (s.startsWith(u'\''))
        s.remove(0, 1);
    s = withoutSpaces(s);
    return s.toUpper();
}

QString normaliseName(const QString &text)
{
    const QString s = toHalfWidth(text).simplified();
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    if (han.match(s).hasMatch()) {
        QString out = s;
        return out.remove(u' ');
    }
    return s;
}

QString withoutCode(const QString &text)
{
    static const QRegularExpression coded(QStringLiteral(R"(^\s*\d{1,3}\s*[-—–:.、]\s*(\S.*)$)"));
    const QString t = toHalfWidth(text);
    const auto m = coded.match(t);
    return m.hasMatch() && !m.captured(1).at(0).isDigit() ? m.captured(1).trimmed() : text;
}

std::optional<Gender> parseGender(const QString &text)
{
    const QString s = compact(withoutCode(text));
    if (s == u"男" || s == u"男性" || s == u"男生" || s == u"m" || s == u"male" || s == u"1"
        || s == genderName(Gender::Male).toLower())
        return Gender::Male;
    if (s == u"女" || s == u"女性" || s == u"女生" || s == u"f" || s == u"female" || s == u"2"
        || s == genderName(Gender::Female).toLower())
        return Gender::Female;
    if (s == u"未知" || s == u"不详" || s == u"u" || s == u"unknown" || s == genderName(Gender::Unknown).toLower())
        return Gender::Unknown;
    return std::nullopt;
}

std::optional<QDate> parseDate(const QString &text, bool serials, bool date1904)
{
    // A time after the date ("2013-05-01 00:00:00", "2013-05-01T00:00") is dropped first.
    QString s = toHalfWidth(text).trimmed();
    static const QRegularExpression time(QStringLiteral("[\\sT]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    s = compact(s.remove(time));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    static const QRegularExpression compactYmd(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})月?$"));
    static const QRegularExpression compactYm(QStringLiteral("^(\\d{4})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{1,5}(\\.\\d+)?$"));
    for (const auto *re : { &ymd, &compactYmd }) {
        const auto m = re->match(s);
        if (m.hasMatch()) {
            const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
        }
    }
    for (const auto *re : { &ym, &compactYm }) {
        const auto m = re->match(s);
        if (m.hasMatch()) {
            const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
            return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
        }
    }
    if (serials && serial.match(s).hasMatch()) {
        const int n = static_cast<int>(s.toDouble());
        if (date1904)
            return QDate(1904, 1, 1).addDays(n);
        // The 1900 system counts the non-existent 29 February 1900 (Lotus 1-2-3's bug).
        if (n == 60 || n < 1)
            return std::nullopt;
        return n < 60 ? QDate(1899, 12, 31).addDays(n) : QDate(1899, 12, 30).addDays(n);
    }
    return std::nullopt;
}

std::optional<int> parseGrade(const QString &text)
{
    const QString s = compact(withoutCode(text));
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression plain(QStringLiteral("^(小学)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})(年级|级)?$"));
    static const QRegularExpression school(
        QStringLiteral("^(初中|初|高中|高|中职|职高|中专|junior|senior|vocational)([1-3一二三])(年级|级)?$"));
    static const QRegularExpression primary(QStringLiteral("^(primary|grade)([0-9]{1,2})$"));
    if (const auto m = plain.match(s); m.hasMatch()) {
        const int n = smallNumber(m.captured(2));
        const bool isPrimary = !m.captured(1).isEmpty();
        const bool bare = m.captured(3).isEmpty();
        if (n >= 1 && n <= (isPrimary ? 6 : 12) && (!bare || m.captured(2).at(0).isDigit()))
            return n;
        return std::nullopt;
    }
    if (const auto m = school.match(s); m.hasMatch()) {
        const int n = smallNumber(m.captured(2));
        const QString stage = m.captured(1);
        if (stage.startsWith(u'初') || stage == u"junior")
            return 6 + n;
        if (stage.startsWith(u'高') || stage == u"senior")
            return 9 + n;
        return 12 + n;
    }
    if (const auto m = primary.match(s); m.hasMatch()) {
        const int n = m.captured(2).toInt();
        if (n >= 1 && n <= (m.captured(1) == u"primary" ? 6 : 12))
            return n;
        return std::nullopt;
    }
    // The names XinAn itself shows, in the current language (a list exported by XinAn).
    for (int g = 1; g <= 15; ++g)
        if (s == compact(gradeName(g)))
            return g;
    return std::nullopt;
}

QString normaliseClassName(const QString &text, int *gradeInText)
{
    if (gradeInText)
        *gradeInText = 0;
    QString s = toHalfWidth(text);
    s = withoutSpaces(s);
    static const QRegularExpression re(
        QStringLiteral("^((?:小学|初中|高中|中职)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})年级|初中?[1-3一二三]|高中?[1-"
                       "3一二三]|中职[1-3一二三]|[一二三四五六七八九](?=\\())?"
                       "\\(?([0-9]{1,3}|[一二三四五六七八九十]{1,3})\\)?班?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return s;
    const int n = smallNumber(m.captured(2));
    const QString gradePart = m.captured(1);
    // "3" or "三" alone with no 班 and no grade: still class 3.
    if (n < 0)
        return s;
    if (!gradePart.isEmpty() && gradeInText) {
        const auto g = parseGrade(gradePart.size() == 1 ? gradePart + QStringLiteral("年级") : gradePart);
        *gradeInText = g.value_or(0);
    }
    return QString::number(n) + QStringLiteral("班");
}

QString normaliseEthnicity(const QString &text)
{
    QString s = toHalfWidth(withoutCode(text));
    s = withoutSpaces(s);
    static const QRegularExpression hanOnly(QStringLiteral("^\\p{Han}{1,5}$"));
    if (s.isEmpty() || s.endsWith(u'族') || s.endsWith(u'人') || s == u"其他" || s == u"其它" || !hanOnly.match(s).hasMatch())
        return s;
    return s + u'族';
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString s = compact(withoutCode(text));
    static const QStringList yes { QStringLiteral("是"), QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("1"),
        QStringLiteral("√"), QStringLiteral("✓"), QStringLiteral("✔"), QStringLiteral("true"), QStringLiteral("有"),
        QStringLiteral("t") };
    static const QStringList no { QStringLiteral("否"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("0"),
        QStringLiteral("×"), QStringLiteral("✗"), QStringLiteral("false"), QStringLiteral("无"), QStringLiteral("f"),
        QStringLiteral("不是"), QStringLiteral("非") };
    if (yes.contains(s) || s == compact(QCoreApplication::translate("RosterImport", "yes")))
        return true;
    if (no.contains(s) || s == compact(QCoreApplication::translate("RosterImport", "no")))
        return false;
    return std::nullopt;
}

std::optional<bool> parseBoarding(const QString &text)
{
    const QString s = compact(withoutCode(text));
    if (s == u"住校" || s == u"寄宿" || s == u"住读" || s == u"住宿" || s == u"寄宿生" || s == u"住校生")
        return true;
    if (s == u"走读" || s == u"走读生" || s == u"通学")
        return false;
    return parseYesNo(text);
}

std::optional<bool> parseLeftBehind(const QString &text)
{
    const QString s = compact(withoutCode(text));
    if (s == u"非留守儿童" || s == u"非留守" || s == u"不是留守儿童")
        return false;
    if (s == u"单亲留守儿童" || s == u"双亲留守儿童" || s == u"单亲留守" || s == u"双亲留守" || s == u"留守儿童" || s == u"留守")
        return true;
    return parseYesNo(text);
}

std::optional<bool> parseDisability(const QString &text)
{
    const QString s = compact(withoutCode(text));
    if (s == u"无残疾" || s == u"非残疾" || s == u"无残疾类型" || s == u"正常")
        return false;
    static const QStringList kinds { QStringLiteral("视力"), QStringLiteral("听力"), QStringLiteral("言语"),
        QStringLiteral("肢体"), QStringLiteral("智力"), QStringLiteral("精神"), QStringLiteral("多重"), QStringLiteral("其他"),
        QStringLiteral("其它") };
    for (const QString &k : kinds)
        if (s == k + QStringLiteral("残疾"))
            return true;
    return parseYesNo(text);
}

std::optional<StudentStatus> parseStatus(const QString &text)
{
    const QString s = compact(withoutCode(text));
    for (const auto st : allStudentStatuses())
        if (s == statusCode(st) || s == compact(statusName(st)))
            return st;
    if (s == u"在读" || s == u"在校" || s == u"在籍" || s == u"正常")
        return StudentStatus::Enrolled;
    if (s == u"毕业" || s == u"已毕业")
        return StudentStatus::Graduated;
    if (s == u"转出" || s == u"已转出" || s == u"转学")
        return StudentStatus::TransferredOut;
    if (s == u"休学")
        return StudentStatus::Suspended;
    if (s == u"退学" || s == u"已退学" || s == u"辍学")
        return StudentStatus::Withdrawn;
    return std::nullopt;
}

std::optional<QString> parsePhone(const QString &text)
{
    QString s = toHalfWidth(text).trimmed();
    QString digits = s;
    digits = withoutSpaces(digits);
    digits.remove(u'-').remove(u'(').remove(u')');
    if (digits.startsWith(QLatin1String("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        digits.remove(0, 2);
    static const QRegularExpression mobile(QStringLiteral("^1[0-9]{10}$"));
    static const QRegularExpression landline(QStringLiteral("^(0[0-9]{2,3})?[0-9]{7,8}$"));
    if (mobile.match(digits).hasMatch())
        return digits;
    if (landline.match(digits).hasMatch()) {
        static const QRegularExpression allowed(QStringLiteral("^[0-9+\\- ]{5,20}$"));
        return allowed.match(s).hasMatch() ? s : digits;
    }
    return std::nullopt;
}

} // namespace xinan::roster
