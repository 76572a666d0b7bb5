// The values a class teacher's home-visit sheet holds, as teachers write them: classes (七(1)班,
// 七年级1班, 初一(1)班, 7.1), forms, purposes, dates and times, family-situation words and visitor
// names (core/services/visitimport.h, namespace visitimport).
#include "visitimport.h"

#include "../platform/clock.h"
#include "rostervalues.h"

#include <QRegularExpression>

#include <cmath>

namespace xinan::visitimport {

std::optional<QTime> parseTime(const QString &text, bool serials)
{
    QString s = roster::toHalfWidth(text).trimmed();
    s.remove(u' ');
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression fraction(QStringLiteral("^0?\\.\\d+$"));
    if (serials && fraction.match(s).hasMatch()) {
        const int seconds = static_cast<int>(std::lround(s.toDouble() * 86400.0)) / 60 * 60;
        return seconds < 86400 ? std::optional<QTime>(QTime(0, 0).addSecs(seconds)) : std::nullopt;
    }
    static const QRegularExpression time(QStringLiteral(
        "^(上午|早上|中午|下午|晚上|傍晚)?(\\d{1,2})(?:[:：](\\d{2})(?:[:：]\\d{2})?|[点时](?:(\\d{1,2})分?|半)?)$"));
    const auto m = time.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(2).toInt();
    int minute = !m.captured(3).isEmpty() ? m.captured(3).toInt() : m.captured(4).toInt();
    if (s.endsWith(u'半'))
        minute = 30;
    const QString half = m.captured(1);
    if ((half == u"下午" || half == u"晚上" || half == u"傍晚") && hour < 12)
        hour += 12;
    const QTime t(hour, minute);
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

QString parseClass(const QString &text, int *grade)
{
    *grade = 0;
    QString s = roster::toHalfWidth(text).trimmed();
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    if (s.isEmpty())
        return {};
    // 7.1, 7-1, 7.1班, 07-01: grade and class as numbers.
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})[.\\-_·](\\d{1,2})班?$"));
    if (const auto m = dotted.match(s); m.hasMatch()) {
        const int g = m.captured(1).toInt();
        const int c = m.captured(2).toInt();
        if (g >= 1 && g <= 12 && c >= 1) {
            *grade = g;
            return QString::number(c) + QStringLiteral("班");
        }
    }
    int inText = 0;
    const QString cls = roster::normaliseClassName(s, &inText);
    static const QRegularExpression numbered(QStringLiteral("^\\d+班$"));
    if (numbered.match(cls).hasMatch()) {
        *grade = inText;
        return cls;
    }
    return cls; // a class with its own name (火箭班): compared as written
}

std::optional<VisitForm> parseForm(const QString &text)
{
    QString s = roster::toHalfWidth(text).toLower();
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    if (s.isEmpty())
        return std::nullopt;
    for (const VisitForm f : allVisitForms())
        if (s == visitFormCode(f) || s == visitFormName(f).toLower())
            return f;
    static const QList<std::pair<VisitForm, QStringList>> words {
        { VisitForm::Video, { QStringLiteral("视频"), QStringLiteral("video") } },
        { VisitForm::Phone, { QStringLiteral("电话"), QStringLiteral("电访"), QStringLiteral("phone") } },
        { VisitForm::School,
            { QStringLiteral("到校"), QStringLiteral("来校"), QStringLiteral("约谈"), QStringLiteral("面谈"),
                QStringLiteral("返校"), QStringLiteral("school") } },
        { VisitForm::Onsite,
            { QStringLiteral("实地"), QStringLiteral("上门"), QStringLiteral("入户"), QStringLiteral("走访"),
                QStringLiteral("onsite") } },
    };
    for (const auto &[form, list] : words)
        for (const QString &w : list)
            if (s.contains(w))
                return form;
    return std::nullopt;
}

std::optional<VisitPurpose> parsePurpose(const QString &text)
{
    QString s = roster::toHalfWidth(text).toLower();
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    if (s.isEmpty())
        return VisitPurpose::Routine;
    for (const VisitPurpose p : allVisitPurposes())
        if (s == visitPurposeCode(p) || s == visitPurposeName(p).toLower())
            return p;
    static const QList<std::pair<VisitPurpose, QStringList>> words {
        { VisitPurpose::PostCrisis, { QStringLiteral("危机") } },
        { VisitPurpose::PostReturn, { QStringLiteral("复学") } },
        { VisitPurpose::LeftBehind, { QStringLiteral("留守"), QStringLiteral("困境") } },
        { VisitPurpose::Key, { QStringLiteral("重点"), QStringLiteral("关注") } },
        { VisitPurpose::Routine,
            { QStringLiteral("常规"), QStringLiteral("普通"), QStringLiteral("日常"), QStringLiteral("例行") } },
    };
    for (const auto &[purpose, list] : words)
        for (const QString &w : list)
            if (s.contains(w))
                return purpose;
    return std::nullopt;
}

QDateTime parseDateTime(const QString &text, bool serials, bool date1904)
{
    QString s = roster::toHalfWidth(text).trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,5})(\\.\\d+)?$"));
    if (const auto m = serial.match(s); serials && m.hasMatch()) {
        const auto day = roster::parseDate(m.captured(1), true, date1904);
        if (!day)
            return {};
        QTime time(0, 0);
        if (!m.captured(2).isEmpty())
            time = parseTime(m.captured(2), true).value_or(QTime(0, 0));
        return QDateTime(*day, time);
    }
    static const QRegularExpression withYear(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[\\sT]*(\\S.*))?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:\\s+(\\S.*))?$"));
    static const QRegularExpression noYear(QStringLiteral("^(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:\\s*(\\S.*))?$"));
    QDate day;
    QString rest;
    if (auto m = withYear.match(s); m.hasMatch()) {
        day = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        rest = m.captured(4);
    } else if (m = compact.match(s); m.hasMatch()) {
        day = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        rest = m.captured(4);
    } else if (m = noYear.match(s); m.hasMatch()) {
        // No year: the latest such day not after today (a sheet of this term's visits).
        const QDate today = clock::today();
        day = QDate(today.year(), m.captured(1).toInt(), m.captured(2).toInt());
        if (day.isValid() && day > today)
            day = QDate(today.year() - 1, m.captured(1).toInt(), m.captured(2).toInt());
        rest = m.captured(3);
    } else {
        return {};
    }
    if (!day.isValid())
        return {};
    QTime time(0, 0);
    if (!rest.trimmed().isEmpty()) {
        const auto t = parseTime(rest, false);
        if (!t)
            return {};
        time = *t;
    }
    return QDateTime(day, time);
}

QStringList familyTagsIn(const QString &text)
{
    static const QList<std::pair<const char *, QStringList>> words {
        { "single_parent", { QStringLiteral("单亲"), QStringLiteral("离异") } },
        { "left_behind", { QStringLiteral("留守") } },
        { "grandparents", { QStringLiteral("隔代") } },
        { "low_income", { QStringLiteral("低保") } },
        { "disability", { QStringLiteral("残疾") } },
        { "migrant", { QStringLiteral("随迁") } },
        { "remarried", { QStringLiteral("重组"), QStringLiteral("再婚") } },
        { "hardship", { QStringLiteral("困难"), QStringLiteral("建档立卡") } },
    };
    const QStringList known = familyTagCodes();
    QStringList tags;
    for (const auto &[code, list] : words) {
        const QString c = QString::fromLatin1(code);
        if (!known.contains(c))
            continue;
        for (const QString &w : list)
            if (text.contains(w) && !tags.contains(c))
                tags.append(c);
    }
    return tags;
}

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、，,;；/／\\s]+"));
    QStringList names;
    for (const QString &part : roster::toHalfWidth(text).split(separators, Qt::SkipEmptyParts))
        if (!names.contains(part.trimmed()))
            names.append(part.trimmed());
    return names;
}

} // namespace xinan::visitimport
