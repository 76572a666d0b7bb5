#pragma once
// The student list as a lazy table model: the filter runs over an in-memory search index
// (StudentSearchIndex) and only the pages of rows the view asks for are read from the
// database, 200 at a time, into a small sliding cache.

#include "repo/studentquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace xinan {
class Database;
}

namespace xinan::ui {

class StudentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentListModel)

public:
    enum Column {
        StudentNoColumn,
        NameColumn,
        GenderColumn,
        BirthDateColumn,
        GradeColumn,
        ClassColumn,
        EthnicityColumn,
        BoardingColumn,
        SpecialColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 12;

    explicit StudentListModel(Database &db, QObject *parent = nullptr);

    // Reads the search index again (after students were added or changed); keeps the filter
    // and the order.
    void reload();
    void setFilter(const StudentFilter &filter);
    const StudentFilter &filter() const { return m_filter; }
    StudentSort sortKey() const { return m_sort; }
    bool ascending() const { return m_ascending; }
    // The student's id at a row, or 0.
    qint64 idAt(int row) const;
    // The row of a student in the current list, or -1.
    int rowOf(qint64 id) const;
    // Whether sort(column) changes the order; the other columns keep it.
    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The number of students in the list changed (filter or reload).
    void countChanged(int count);

private:
    const StudentRow *rowAt(int row) const;
    void rematch();

    Database &m_db;
    StudentSearchIndex m_index;
    StudentFilter m_filter;
    StudentSort m_sort = StudentSort::Grade;
    bool m_ascending = true;
    std::vector<qint64> m_ids; // the whole list, in order
    mutable QHash<int, QList<StudentRow>> m_pages; // page number -> its rows
    mutable QList<int> m_pageUse; // least recently used first
};

} // namespace xinan::ui
