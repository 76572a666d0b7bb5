#pragma once
// The student file's "重点关注" tab for a class teacher: whether the student is a key student and
// the measures of the active plan the class teacher carries out — nothing of the level, the
// reasons, the situation or the goals (DataKind::KeyStudentMark).

#include <QWidget>

class QLabel;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class KeyMarkTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyMarkTab)

public:
    KeyMarkTab(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    // Rereads the mark; a read that is refused or fails shows its message in the tab.
    void refresh();

private:
    SchoolFile &m_school;
    qint64 m_studentId;
    QLabel *m_state;
    QLabel *m_measures;
};

} // namespace xinan::ui
