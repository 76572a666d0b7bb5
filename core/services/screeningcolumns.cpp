// Screening import, the columns: which column of a survey tool's sheet holds the student's
// identity and which holds each item of the instrument (by wording, then by order within the
// gaps). See screeningimport.h for the rules.
#include "screeningcolumns.h"

#include "../error.h"

#include "rostervalues.h"
#include "screeningimport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningImport)
};

using screening::columnLabel;
using screening::identityField;
using screening::textKey;

// A header without its question number: "4、做事时…" → (4, "做事时…"); "Q9" → (9, "").
struct NumberedHeader
{
    int number = 0; // 0: none
    QString rest; // trimmed
};

NumberedHeader splitQuestionNumber(const QString &header)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(?:第\s*(\d{1,3})\s*题|[Qq]\s*(\d{1,3})|[Ii]tem\s*(\d{1,3})|题目?\s*(\d{1,3})|[(\[【]\s*(\d{1,3})\s*[)\]】]|(\d{1,3})(?=\s*[.、:)\]]|\s|$))\s*[.、:)\]]?\s*)"));
    const QString text = roster::toHalfWidth(header).trimmed();
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return { 0, text };
    for (int g = 1; g <= 6; ++g)
        if (m.hasCaptured(g) && !m.captured(g).isEmpty())
            return { m.captured(g).toInt(), text.mid(m.capturedEnd(0)).trimmed() };
    return { 0, text };
}

// Columns a survey tool adds that are neither identity nor items (by their wording).
bool isOtherColumn(const QString &rest)
{
    static const QStringList words { QStringLiteral("序号"), QStringLiteral("编号"), QStringLiteral("时间"),
        QStringLiteral("来源"), QStringLiteral("ip"), QStringLiteral("总分"), QStringLiteral("得分"), QStringLiteral("性别"),
        QStringLiteral("年龄"), QStringLiteral("学校"), QStringLiteral("昵称"), QStringLiteral("用户"), QStringLiteral("微信"),
        QStringLiteral("地址"), QStringLiteral("出生") };
    const QString key = textKey(rest);
    for (const QString &w : words)
        if (key.contains(w))
            return true;
    return false;
}

// How well a header's wording names an item: 2 holds the whole text, 1 holds its start (or a
// longer text ending in its start), 0 not at all.
int wordingMatch(const QString &headerKey, const QString &itemKey)
{
    constexpr int MinStart = 4;
    if (itemKey.isEmpty() || headerKey.size() < MinStart)
        return 0;
    if (headerKey.contains(itemKey))
        return 2;
    if (itemKey.startsWith(headerKey))
        return 1;
    for (qsizetype k = itemKey.size() - 1; k >= 6; --k)
        if (headerKey.endsWith(QStringView(itemKey).left(k)))
            return 1;
    return 0;
}

QString numberList(const QList<int> &numbers)
{
    QStringList out;
    for (int n : numbers)
        out << QString::number(n);
    return out.join(QStringLiteral(", "));
}

} // namespace

namespace screening {

RosterField identityField(const QString &header)
{
    const RosterField f = roster::matchHeader(splitQuestionNumber(header).rest).field;
    switch (f) {
    case RosterField::StudentNo:
    case RosterField::Name:
    case RosterField::ClassName:
    case RosterField::Grade:
        return f;
    default:
        return RosterField::Ignore;
    }
}

// Letters and digits only, lower case, half-width: what two wordings are compared by.
QString textKey(const QString &text)
{
    QString out;
    for (const QChar c : roster::toHalfWidth(text))
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

QString columnLabel(const QStringList &headers, int column)
{
    return Tr::tr("column %1 \"%2\"").arg(column + 1).arg(headers.value(column));
}

} // namespace screening

ScreeningColumns guessScreeningColumns(const QStringList &headers, const Instrument &instrument)
{
    ScreeningColumns c;
    int lastIdentity = -1;
    bool numberedIdentity = false; // the identity questions carry numbers: numbers are question numbers
    QList<NumberedHeader> split;
    for (int i = 0; i < headers.size(); ++i) {
        split.append(splitQuestionNumber(headers.at(i)));
        int *slot = nullptr;
        switch (identityField(headers.at(i))) {
        case RosterField::StudentNo:
            slot = &c.studentNo;
            break;
        case RosterField::Name:
            slot = &c.name;
            break;
        case RosterField::ClassName:
            slot = &c.className;
            break;
        case RosterField::Grade:
            slot = &c.grade;
            break;
        default:
            break;
        }
        if (slot && *slot < 0) {
            *slot = i;
            lastIdentity = i;
            numberedIdentity = numberedIdentity || split.last().number > 0;
        }
    }
    if (c.studentNo < 0 && (c.name < 0 || c.className < 0))
        throw Error(ErrorKind::Rejected,
            Tr::tr("The sheet has neither a 学籍号 column nor 姓名 and 班级 columns; XinAn cannot tell whose answers "
                   "each row holds."));
    const auto isIdentity = [&](int i) { return i == c.studentNo || i == c.name || i == c.className || i == c.grade; };
    const int n = static_cast<int>(instrument.items.size());
    QList<QString> itemKeys;
    for (const InstrumentItem &item : instrument.items)
        itemKeys.append(textKey(item.text));

    // 1. By wording: each column's best-matching items.
    QList<int> byItem(n, -1);
    QList<QList<int>> columnsOfItem(n);
    QSet<int> taken; // columns that are items, or that name something else
    for (int i = 0; i < headers.size(); ++i) {
        if (isIdentity(i))
            continue;
        const QString key = textKey(split.at(i).rest);
        int best = 0;
        QList<int> items;
        for (int k = 0; k < n; ++k) {
            const int m = wordingMatch(key, itemKeys.at(k));
            if (m > best) {
                best = m;
                items = { k + 1 };
            } else if (m > 0 && m == best) {
                items.append(k + 1);
            }
        }
        if (items.size() > 1)
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 matches items %2 of %3 alike; XinAn cannot tell which item it holds. Give the column "
                       "the item's full wording or its number (第1题 …).")
                    .arg(columnLabel(headers, i), numberList(items), instrument.shortName));
        if (items.size() == 1) {
            columnsOfItem[items.first() - 1].append(i);
            taken.insert(i);
        }
    }
    for (int k = 0; k < n; ++k) {
        const QList<int> &cols = columnsOfItem.at(k);
        if (cols.size() > 1) {
            QStringList names;
            for (int col : cols)
                names << columnLabel(headers, col);
            throw Error(ErrorKind::Rejected,
                Tr::tr("Item %1 of %2 (%3) is matched by %4; keep one of them or give each its item's wording.")
                    .arg(k + 1)
                    .arg(instrument.shortName, instrument.items.at(k).text, names.join(Tr::tr(" and "))));
        }
        if (cols.size() == 1)
            byItem[k] = cols.first();
    }
    // 2. By a bare number ("1", "Q1", "第1题"), unless the numbers count the identity questions too.
    if (!numberedIdentity) {
        QHash<int, QList<int>> columnsOfNumber;
        for (int i = 0; i < headers.size(); ++i)
            if (!isIdentity(i) && !taken.contains(i) && split.at(i).rest.isEmpty() && split.at(i).number >= 1
                && split.at(i).number <= n)
                columnsOfNumber[split.at(i).number].append(i);
        for (auto it = columnsOfNumber.cbegin(); it != columnsOfNumber.cend(); ++it)
            if (it.value().size() == 1 && byItem.at(it.key() - 1) < 0) {
                byItem[it.key() - 1] = it.value().first();
                taken.insert(it.value().first());
            }
    }
    // 3. The items left, in order, among the columns left after the identity columns.
    QList<int> left;
    for (int i = lastIdentity + 1; i < headers.size(); ++i)
        if (!isIdentity(i) && !taken.contains(i) && !isOtherColumn(split.at(i).rest))
            left.append(i);
    const bool noneMatched = !std::any_of(byItem.cbegin(), byItem.cend(), [](int col) { return col >= 0; });
    for (int k = 0; k < n;) {
        if (byItem.at(k) >= 0) {
            ++k;
            continue;
        }
        int end = k; // items k+1 .. end are missing
        while (end < n && byItem.at(end) < 0)
            ++end;
        const int from = k == 0 ? -1 : byItem.at(k - 1);
        const int to = end == n ? static_cast<int>(headers.size()) : byItem.at(end);
        QList<int> candidates;
        for (int col : left)
            if (col > from && col < to)
                candidates.append(col);
        const int need = end - k;
        QList<int> chosen;
        if (candidates.size() == need || (candidates.size() > need && (noneMatched || end == n)))
            chosen = candidates.mid(0, need);
        else if (candidates.size() > need && k == 0)
            chosen = candidates.mid(candidates.size() - need);
        if (chosen.size() != need) {
            QList<int> missing;
            for (int m = k; m < end; ++m)
                missing.append(m + 1);
            if (noneMatched && candidates.size() < need)
                throw Error(ErrorKind::Rejected,
                    Tr::tr("The sheet has %1 column(s) after the student's columns, but %2 has %3 items. Check that "
                           "the sheet holds the answers of this instrument.")
                        .arg(candidates.size())
                        .arg(instrument.shortName)
                        .arg(n));
            QStringList names;
            for (int col : candidates)
                names << columnLabel(headers, col);
            if (candidates.size() < need)
                throw Error(ErrorKind::Rejected,
                    Tr::tr("Items %1 of %2 cannot be matched to a column: the columns left for them (%3) are fewer "
                           "than the items. Give each item's column its wording or its number (第1题 …).")
                        .arg(numberList(missing), instrument.shortName,
                            names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
            throw Error(ErrorKind::Rejected,
                Tr::tr("Items %1 of %2 cannot be matched to columns unambiguously: %3 columns are left for them (%4). "
                       "Give each item's column its wording or its number (第1题 …).")
                    .arg(numberList(missing), instrument.shortName)
                    .arg(candidates.size())
                    .arg(names.join(QStringLiteral(", "))));
        }
        for (int m = 0; m < need; ++m)
            byItem[k + m] = chosen.at(m);
        k = end;
    }
    c.items = byItem;
    return c;
}

} // namespace xinan
