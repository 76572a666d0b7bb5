#pragma once
// The student file's "反馈" tab for the roles that read feedback but not counselling records
// (校领导, 班主任): what the counselling teacher told the school about the student, read-only.
// A class teacher sees the feedback addressed to class teachers, a head what was addressed to
// the head.

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class FeedbackTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackTab)

public:
    FeedbackTab(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    // Rereads the feedback; a read that is refused or fails shows its message in the tab.
    void refresh();
    int rowCount() const;

private:
    SchoolFile &m_school;
    qint64 m_studentId;
    QTreeWidget *m_list;
    QLabel *m_empty;
};

} // namespace xinan::ui
