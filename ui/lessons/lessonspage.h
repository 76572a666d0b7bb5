#pragma once
// The 心理课 page (psychology lessons): for a term (the current one by default), the coverage per
// grade and class against the rule (1 课时 every two teaching weeks; 中职 10 学时 a term): the
// periods required for the term and by today, those given, 开课率, and a class behind what was due
// by today in red with how many short; the selected class's lessons in the term. Counsellors
// record a lesson (登记课程…), one lesson for several classes (批量登记…), edit and delete; the head
// and class teachers (their classes) read without the write buttons.

#include "common/modulepage.h"

#include "repo/lessonrepository.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class LessonDialog;
class TermChooser;

class LessonsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonsPage)

public:
    explicit LessonsPage(SchoolFile &school, QWidget *parent = nullptr);

    void refresh() override { reload(); }
    void reload();

    QString termId() const;
    bool setTerm(const QString &termId);
    // Selects a class row (its lessons show); false when absent.
    bool selectClass(int grade, const QString &className);
    const LessonCoverage &coverage() const { return m_coverage; }
    const QList<PsychLesson> &classLessons() const { return m_lessons; }

    // Each opens a window-modal dialog and returns it (null when the role may not write).
    LessonDialog *recordLesson();
    LessonDialog *recordForSeveral();
    LessonDialog *editSelected();
    // Deletes the selected lesson after asking; true when deleted.
    bool deleteSelected();
    bool selectLesson(qint64 lessonId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadCoverage();
    void loadLessons();
    QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const ClassLessonCoverage &row, bool isGrade);
    qint64 selectedLessonId() const;
    void updateButtons();
    LessonDialog *open(LessonDialog *dialog);

    SchoolFile &m_school;
    bool m_mayWrite;
    LessonCoverage m_coverage;
    QList<PsychLesson> m_lessons;
    int m_grade = 0;
    QString m_className;
    TermChooser *m_term;
    QLabel *m_totals;
    QTreeWidget *m_table;
    QLabel *m_lessonsTitle;
    QTreeWidget *m_list;
    QPushButton *m_record;
    QPushButton *m_several;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace xinan::ui
