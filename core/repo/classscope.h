#pragma once
// A class teacher's limit in SQL: the grade/class pairs of its classes as a WHERE condition on
// a query that reads students, so that lists, searches and counts return only its classes
// without reading the rest. Internal to core/repo.

#include "../store/access.h"
#include "../store/database.h"

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace xinan {

class ClassScope final
{
public:
    // `firstIndex`: the number of the first SQL parameter the condition may use (?N); it uses
    // two a class.
    ClassScope(const Access &access, int firstIndex)
        : m_scoped(access.isClassScoped())
        , m_first(firstIndex)
    {
        if (!m_scoped)
            return;
        m_classes = QList<ClassRef>(access.classes().cbegin(), access.classes().cend());
        std::sort(m_classes.begin(), m_classes.end(), [](const ClassRef &a, const ClassRef &b) {
            return a.grade != b.grade ? a.grade < b.grade : a.className < b.className;
        });
    }

    bool active() const { return m_scoped; }

    // " AND (grade = ?N AND class_name = ?N+1 OR …)" for a class teacher (" AND 0" without a
    // class); empty for every other access.
    QByteArray condition(const char *gradeColumn, const char *classColumn) const
    {
        if (!m_scoped)
            return {};
        if (m_classes.isEmpty())
            return QByteArrayLiteral(" AND 0 ");
        QByteArray out(" AND (");
        for (qsizetype i = 0; i < m_classes.size(); ++i) {
            const int n = m_first + static_cast<int>(2 * i);
            if (i > 0)
                out += " OR ";
            out += "(" + QByteArray(gradeColumn) + " = ?" + QByteArray::number(n) + " AND " + classColumn + " = ?"
                + QByteArray::number(n + 1) + ")";
        }
        return out + ") ";
    }

    void bind(Statement &st) const
    {
        for (qsizetype i = 0; i < m_classes.size(); ++i) {
            const int n = m_first + static_cast<int>(2 * i);
            st.bind(n, m_classes.at(i).grade).bind(n + 1, m_classes.at(i).className);
        }
    }

private:
    bool m_scoped;
    int m_first;
    QList<ClassRef> m_classes;
};

} // namespace xinan
