#include "studentlistmodel.h"

#include "domain/student.h"

#include <QLocale>

namespace xinan::ui {

StudentListModel::StudentListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void StudentListModel::reload()
{
    beginResetModel();
    m_index = StudentSearchIndex::load(m_db);
    rematch();
    endResetModel();
    Q_EMIT countChanged(rowCount());
}

void StudentListModel::setFilter(const StudentFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rematch();
    endResetModel();
    Q_EMIT countChanged(rowCount());
}

void StudentListModel::rematch()
{
    m_ids = m_index.match(m_filter, m_sort, m_ascending);
    m_pages.clear();
    m_pageUse.clear();
}

qint64 StudentListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_ids[static_cast<std::size_t>(row)] : 0;
}

int StudentListModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.cbegin(), m_ids.cend(), id);
    return it == m_ids.cend() ? -1 : static_cast<int>(it - m_ids.cbegin());
}

bool StudentListModel::isSortable(int column)
{
    return column == StudentNoColumn || column == NameColumn || column == BirthDateColumn || column == GradeColumn
        || column == ClassColumn;
}

int StudentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int StudentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const StudentRow *StudentListModel::rowAt(int row) const
{
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pageUse.size() >= CachedPages)
            m_pages.remove(m_pageUse.takeFirst());
        const auto first = m_ids.cbegin() + static_cast<std::ptrdiff_t>(page) * PageSize;
        const auto last = m_ids.cbegin()
            + std::min<std::ptrdiff_t>(
                static_cast<std::ptrdiff_t>(page + 1) * PageSize, static_cast<std::ptrdiff_t>(m_ids.size()));
        it = m_pages.insert(page, StudentQuery(m_db).rows(std::vector<qint64>(first, last)));
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const QList<StudentRow> &rows = it.value();
    const int offset = row - page * PageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

QVariant StudentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const StudentRow *r = rowAt(index.row());
    if (!r || r->id == 0)
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(tr("(deleted)")) : QVariant();
    switch (index.column()) {
    case StudentNoColumn:
        return r->studentNo;
    case NameColumn:
        return r->name;
    case GenderColumn:
        return genderName(r->gender);
    case BirthDateColumn:
        return r->birthDate.isValid() ? r->birthDate.toString(Qt::ISODate) : QString();
    case GradeColumn:
        return gradeName(r->grade);
    case ClassColumn:
        return r->className;
    case EthnicityColumn:
        return r->ethnicity;
    case BoardingColumn:
        return r->boarding ? tr("Boarder") : QString();
    case SpecialColumn:
        return specialCircumstanceNames(r->specialFlags).join(role == Qt::ToolTipRole ? QStringLiteral("\n") : tr(", "));
    case StatusColumn:
        return statusName(r->status);
    default:
        break;
    }
    return {};
}

QVariant StudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StudentNoColumn:
        return tr("Student number");
    case NameColumn:
        return tr("Name");
    case GenderColumn:
        return tr("Gender");
    case BirthDateColumn:
        return tr("Birth date");
    case GradeColumn:
        return tr("Grade");
    case ClassColumn:
        return tr("Class");
    case EthnicityColumn:
        return tr("Ethnicity");
    case BoardingColumn:
        return tr("Boarding");
    case SpecialColumn:
        return tr("Special circumstances");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    return {};
}

void StudentListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const StudentSort key = column == StudentNoColumn ? StudentSort::StudentNo
        : column == NameColumn                        ? StudentSort::Name
        : column == BirthDateColumn                   ? StudentSort::BirthDate
                                                      : StudentSort::Grade;
    const bool ascending = order == Qt::AscendingOrder;
    if (key == m_sort && ascending == m_ascending)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> idsBefore;
    for (const QModelIndex &i : before)
        idsBefore << idAt(i.row());
    m_sort = key;
    m_ascending = ascending;
    rematch();
    if (!before.isEmpty()) {
        QHash<qint64, int> rowById;
        rowById.reserve(static_cast<qsizetype>(m_ids.size()));
        for (std::size_t r = 0; r < m_ids.size(); ++r)
            rowById.insert(m_ids[r], static_cast<int>(r));
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k) {
            const int row = rowById.value(idsBefore.at(k), -1);
            after << (row < 0 ? QModelIndex() : index(row, before.at(k).column()));
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace xinan::ui
