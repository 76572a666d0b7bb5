#pragma once
// A psychology lesson (心理健康课), new or opened: the class (from the school's classes; several
// classes at once in the batch mode, 批量登记: the same lesson given to each the same day), the
// day, the periods (课时), the teacher (the signed-in account's name by default), the topic and
// the form. Saving is one repository call: a refusal shows its message here and nothing is
// written.

#include "repo/lessonrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class LessonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonDialog)

public:
    enum class Mode { One, Several };
    // lessonId 0: a new lesson (for `preset` when given, a class chosen on the page).
    LessonDialog(SchoolFile &school, Mode mode, qint64 lessonId = 0, const ClassRef &preset = {}, QWidget *parent = nullptr);

    // Chooses a class (One) or ticks it (Several); false when it is not offered.
    bool chooseClass(int grade, const QString &className);
    // What the form holds, as the repository gets it (One: its class).
    PsychLesson lesson() const;
    QList<ClassRef> chosenClasses() const;
    QList<qint64> savedIds() const { return m_savedIds; }
    void accept() override;

private:
    void showError(const QString &message);

    SchoolFile &m_school;
    Mode m_mode;
    qint64 m_lessonId;
    QList<qint64> m_savedIds;
    QList<ClassRef> m_classes;
    QComboBox *m_class = nullptr;
    QListWidget *m_classList = nullptr;
    QDateEdit *m_day;
    QSpinBox *m_periods;
    QLineEdit *m_teacher;
    QLineEdit *m_topic;
    QComboBox *m_form;
    QLabel *m_error;
};

// "七年级 2班" as the lessons page and panel show a class.
QString lessonClassText(int grade, const QString &className);

} // namespace xinan::ui
