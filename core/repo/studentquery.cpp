#include "studentquery.h"

#include "../store/database.h"
#include "classscope.h"

#include <QHash>

#include <algorithm>

namespace xinan {
namespace {

// The first SQL parameter of a class teacher's limit (classscope.h), after the filter's and LIMIT/OFFSET.
constexpr int FirstScopeParameter = 8;

// Parameters: ?1 search text (LIKE-escaped, '' for none), ?2 grade (0 for all), ?3 class ('' for
// all), ?4 special flags (any of; 0 for none), ?5 scope (0 current, 1 archived, 2 all).
#define XINAN_FILTER_WHERE                                                                                                       \
    "WHERE (?1 = '' OR search_key LIKE '%' || ?1 || '%' ESCAPE '\\') AND (?2 = 0 OR grade = ?2) "                                \
    "AND (?3 = '' OR class_name = ?3) AND (?4 = 0 OR (special_flags & ?4) != 0) "                                                \
    "AND (?5 = 2 OR (status = 'enrolled') = (?5 = 0)) "

#define XINAN_ROW_COLUMNS                                                                                                        \
    "SELECT id, student_no, name, gender, birth_date, grade, class_name, ethnicity, boarding, special_flags, status FROM "       \
    "students "

// The name's sort key: the search key after the name (pinyin, initials, 学籍号).
#define XINAN_PINYIN "substr(search_key, instr(search_key, '|') + 1)"

const char *orderBy(StudentSort sort, bool ascending)
{
    switch (sort) {
    case StudentSort::Name:
        return ascending ? "ORDER BY " XINAN_PINYIN ", id " : "ORDER BY " XINAN_PINYIN " DESC, id DESC ";
    case StudentSort::StudentNo:
        return ascending ? "ORDER BY student_no COLLATE NOCASE, id " : "ORDER BY student_no COLLATE NOCASE DESC, id DESC ";
    case StudentSort::BirthDate:
        return ascending ? "ORDER BY birth_date, " XINAN_PINYIN ", id "
                         : "ORDER BY birth_date DESC, " XINAN_PINYIN " DESC, id DESC ";
    case StudentSort::Grade:
        break;
    }
    return ascending ? "ORDER BY grade, length(class_name), class_name, " XINAN_PINYIN ", id "
                     : "ORDER BY grade DESC, length(class_name) DESC, class_name DESC, " XINAN_PINYIN " DESC, id DESC ";
}

QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

void bindFilter(Statement &st, const StudentFilter &f)
{
    st.bind(1, likeEscaped(normalizedSearchText(f.text))).bind(2, f.grade).bind(3, f.className).bind(4, f.specialFlags);
    st.bind(5, f.scope == StudentFilter::Scope::Current ? 0 : f.scope == StudentFilter::Scope::Archived ? 1 : 2);
}

StudentRow readRow(const Statement &st)
{
    StudentRow r;
    r.id = st.int64(0);
    r.studentNo = st.text(1);
    r.name = st.text(2);
    r.gender = genderFromCode(st.text(3));
    r.birthDate = st.isNull(4) ? QDate() : QDate::fromString(st.text(4), Qt::ISODate);
    r.grade = st.integer(5);
    r.className = st.text(6);
    r.ethnicity = st.text(7);
    r.boarding = st.integer(8) != 0;
    r.specialFlags = st.integer(9);
    r.status = statusFromCode(st.text(10));
    return r;
}

// Class names in list order, as SQL's "ORDER BY length(class_name), class_name" gives them.
bool classBefore(const QString &a, const QString &b)
{
    const auto la = a.toUcs4().size();
    const auto lb = b.toUcs4().size();
    if (la != lb)
        return la < lb;
    return a.toUtf8() < b.toUtf8();
}

} // namespace

QString normalizedSearchText(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(u'|');
    return t;
}

StudentQuery::StudentQuery(Database &db)
    : m_db(db)
{
}

int StudentQuery::count(const StudentFilter &filter)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read);
    const ClassScope scope(m_db.access(), FirstScopeParameter);
    const QByteArray sql = "SELECT count(*) FROM students " XINAN_FILTER_WHERE + scope.condition("grade", "class_name");
    Statement st(m_db, sql.constData());
    bindFilter(st, filter);
    scope.bind(st);
    return st.step() ? st.integer(0) : 0;
}

QList<StudentRow> StudentQuery::page(const StudentFilter &filter, StudentSort sort, bool ascending, int offset, int limit)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read);
    const ClassScope scope(m_db.access(), FirstScopeParameter);
    const QByteArray sql = QByteArray(XINAN_ROW_COLUMNS XINAN_FILTER_WHERE) + scope.condition("grade", "class_name")
        + orderBy(sort, ascending) + "LIMIT ?6 OFFSET ?7";
    Statement st(m_db, sql.constData());
    bindFilter(st, filter);
    scope.bind(st);
    st.bind(6, limit).bind(7, offset);
    QList<StudentRow> out;
    out.reserve(limit);
    while (st.step())
        out.append(readRow(st));
    return out;
}

QStringList StudentQuery::classNames(int grade)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read);
    const ClassScope scope(m_db.access(), 2);
    const QByteArray sql = "SELECT DISTINCT class_name FROM students WHERE (?1 = 0 OR grade = ?1) AND class_name != '' "
        + scope.condition("grade", "class_name") + "ORDER BY length(class_name), class_name";
    Statement st(m_db, sql.constData());
    st.bind(1, grade);
    scope.bind(st);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QList<int> StudentQuery::grades()
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read);
    const ClassScope scope(m_db.access(), 1);
    const QByteArray sql
        = "SELECT DISTINCT grade FROM students WHERE 1 " + scope.condition("grade", "class_name") + "ORDER BY grade";
    Statement st(m_db, sql.constData());
    scope.bind(st);
    QList<int> out;
    while (st.step())
        out << st.integer(0);
    return out;
}

QList<StudentRow> StudentQuery::rows(const std::vector<qint64> &ids)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::StudentBasic, AccessOp::Read);
    QList<StudentRow> out;
    out.reserve(static_cast<qsizetype>(ids.size()));
    Statement &st = m_db.cached(XINAN_ROW_COLUMNS "WHERE id = ?");
    for (const qint64 id : ids) {
        st.bind(1, id);
        out.append(st.step() ? readRow(st) : StudentRow {});
        st.reset();
        if (access.isClassScoped() && out.last().id != 0)
            requireClassAccess(access, DataKind::StudentBasic, AccessOp::Read, out.last().grade, out.last().className);
    }
    return out;
}

// ------------------------------------------------------------------------------------------

StudentSearchIndex StudentSearchIndex::load(Database &db)
{
    const Access &access = db.access();
    requireAccess(access, DataKind::StudentBasic, AccessOp::Read);
    const bool scoped = access.isClassScoped();
    StudentSearchIndex index;
    Statement st(db, "SELECT id, search_key, grade, class_name, special_flags, status = 'enrolled', birth_date FROM students");
    QHash<QString, quint16> classIds; // in order of appearance until ranked below
    QStringList classes;
    QString className;
    while (st.step()) {
        if (scoped && !access.seesClass(st.integer(2), st.text(3)))
            continue; // a class teacher's index holds its classes only
        Entry e {};
        e.id = st.int64(0);
        e.keyBegin = static_cast<quint32>(index.m_keys.size());
        const QByteArray key = st.blob(1); // the UTF-8 text as stored, without a QString round trip
        index.m_keys.append(key.constData(), static_cast<std::size_t>(key.size()));
        const auto firstBar = key.indexOf('|');
        const auto lastBar = key.lastIndexOf('|');
        e.pinyinBegin = e.keyBegin + static_cast<quint32>(firstBar < 0 ? key.size() : firstBar + 1);
        e.studentNoBegin = e.keyBegin + static_cast<quint32>(lastBar < 0 ? key.size() : lastBar + 1);
        e.grade = static_cast<quint8>(st.integer(2));
        className = st.text(3);
        auto it = classIds.find(className);
        if (it == classIds.end()) {
            it = classIds.insert(className, static_cast<quint16>(classes.size()));
            classes << className;
        }
        e.classRank = it.value();
        e.specialFlags = static_cast<quint8>(st.integer(4));
        e.current = st.integer(5) != 0;
        // ISO dates sort as yyyymmdd numbers; parsing them into QDate would cost more than the scan.
        const QByteArray birth = st.blob(6);
        if (birth.size() == 10)
            e.birth = static_cast<quint32>(
                birth.left(4).toUInt() * 10000 + birth.mid(5, 2).toUInt() * 100 + birth.mid(8, 2).toUInt());
        index.m_entries.push_back(e);
    }
    // Rank the classes in list order and renumber the entries.
    index.m_classes = classes;
    std::sort(index.m_classes.begin(), index.m_classes.end(), classBefore);
    std::vector<quint16> rankOf(static_cast<std::size_t>(classes.size()));
    for (qsizetype r = 0; r < index.m_classes.size(); ++r)
        rankOf[classIds.value(index.m_classes.at(r))] = static_cast<quint16>(r);
    index.m_ids.reserve(index.m_entries.size());
    for (Entry &e : index.m_entries) {
        e.classRank = rankOf[e.classRank];
        index.m_ids.push_back(e.id);
    }
    return index;
}

std::string_view StudentSearchIndex::key(quint32 i) const
{
    const quint32 end = i + 1 < m_entries.size() ? m_entries[i + 1].keyBegin : static_cast<quint32>(m_keys.size());
    return std::string_view(m_keys).substr(m_entries[i].keyBegin, end - m_entries[i].keyBegin);
}

std::string_view StudentSearchIndex::pinyinKey(quint32 i) const
{
    const std::string_view k = key(i);
    return k.substr(m_entries[i].pinyinBegin - m_entries[i].keyBegin);
}

std::string_view StudentSearchIndex::studentNoKey(quint32 i) const
{
    const std::string_view k = key(i);
    return k.substr(m_entries[i].studentNoBegin - m_entries[i].keyBegin);
}

// Sorts by a part of the key (as SQLite's BINARY collation compares it), then by id. The first
// 8 bytes, packed into an integer, decide most comparisons without touching the strings.
void StudentSearchIndex::sortByText(
    std::vector<quint32> &order, std::string_view (StudentSearchIndex::*part)(quint32) const) const
{
    struct Item
    {
        quint64 prefix;
        quint32 entry;
    };
    std::vector<Item> items(m_entries.size());
    for (quint32 i = 0; i < items.size(); ++i) {
        const std::string_view text = (this->*part)(i);
        quint64 prefix = 0;
        for (std::size_t b = 0; b < 8; ++b)
            prefix = (prefix << 8) | (b < text.size() ? static_cast<quint8>(text[b]) : 0u);
        items[i] = { prefix, i };
    }
    std::sort(items.begin(), items.end(), [&](const Item &a, const Item &b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        const int c = (this->*part)(a.entry).compare((this->*part)(b.entry));
        return c != 0 ? c < 0 : m_entries[a.entry].id < m_entries[b.entry].id;
    });
    order.resize(items.size());
    for (std::size_t r = 0; r < items.size(); ++r)
        order[r] = items[r].entry;
}

const std::vector<quint32> &StudentSearchIndex::order(StudentSort sort)
{
    std::vector<quint32> &o = m_orders[static_cast<int>(sort)];
    if (!o.empty() || m_entries.empty())
        return o;
    if (sort == StudentSort::Name) {
        sortByText(o, &StudentSearchIndex::pinyinKey);
        return o;
    }
    if (sort == StudentSort::StudentNo) {
        sortByText(o, &StudentSearchIndex::studentNoKey);
        return o;
    }
    // Grade and birth date break ties by name: one 64-bit key per entry, (grade, class rank,
    // name rank) or (birth, name rank), sorted as plain integers; the name rank leads back to
    // the entry.
    const std::vector<quint32> &byName = order(StudentSort::Name);
    std::vector<quint64> keys(m_entries.size());
    for (quint32 r = 0; r < byName.size(); ++r) {
        const Entry &e = m_entries[byName[r]];
        keys[r] = sort == StudentSort::BirthDate ? (quint64(e.birth) << 32 | r)
                                                 : (quint64(e.grade) << 56 | quint64(e.classRank) << 40 | r);
    }
    std::sort(keys.begin(), keys.end());
    const quint64 rankMask = sort == StudentSort::BirthDate ? 0xffffffffull : 0xffffffffffull;
    o.resize(keys.size());
    for (std::size_t k = 0; k < keys.size(); ++k)
        o[k] = byName[static_cast<std::size_t>(keys[k] & rankMask)];
    return o;
}

bool StudentSearchIndex::passesColumns(const Entry &e, const StudentFilter &filter, int classRank) const
{
    if (filter.scope != StudentFilter::Scope::All && e.current != (filter.scope == StudentFilter::Scope::Current))
        return false;
    if (filter.grade != 0 && e.grade != filter.grade)
        return false;
    if (classRank >= 0 && e.classRank != classRank)
        return false;
    return filter.specialFlags == 0 || (e.specialFlags & filter.specialFlags) != 0;
}

std::vector<qint64> StudentSearchIndex::match(const StudentFilter &filter, StudentSort sort, bool ascending)
{
    const QString text = normalizedSearchText(filter.text);
    const QByteArray needleUtf8 = text.toUtf8();
    const std::string_view needle(needleUtf8.constData(), static_cast<std::size_t>(needleUtf8.size()));
    int classRank = -1;
    if (!filter.className.isEmpty()) {
        classRank = static_cast<int>(m_classes.indexOf(filter.className));
        if (classRank < 0)
            classRank = -2; // no student is in that class
    }

    StudentFilter withoutText = filter;
    withoutText.text.clear();
    StudentFilter lastWithoutText = m_lastFilter;
    lastWithoutText.text.clear();
    const bool typingOn = m_hasLast && withoutText == lastWithoutText && text.contains(normalizedSearchText(m_lastFilter.text));

    // Pass 1, in storage order: which entries pass.
    std::vector<quint8> hits = typingOn ? std::move(m_lastHits) : std::vector<quint8>(m_entries.size(), 1);
    for (quint32 i = 0; i < hits.size(); ++i) {
        if (!hits[i])
            continue;
        const bool pass = classRank != -2 && (typingOn || passesColumns(m_entries[i], filter, classRank))
            && (needle.empty() || key(i).find(needle) != std::string_view::npos);
        hits[i] = pass ? 1 : 0;
    }
    // Pass 2, in list order: pick the hits.
    const std::vector<quint32> &o = order(sort);
    std::vector<qint64> ids;
    ids.reserve(o.size());
    if (ascending) {
        for (auto it = o.cbegin(); it != o.cend(); ++it)
            if (hits[*it])
                ids.push_back(m_ids[*it]);
    } else {
        for (auto it = o.crbegin(); it != o.crend(); ++it)
            if (hits[*it])
                ids.push_back(m_ids[*it]);
    }
    m_lastFilter = filter;
    m_lastHits = std::move(hits);
    m_hasLast = true;
    return ids;
}

} // namespace xinan
