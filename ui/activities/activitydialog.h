#pragma once
// The activity dialog (新增活动 / 编辑活动): the day, the kind (5·25心理健康教育月活动, 家长学校,
// 家长会, 教师培训, 团体活动, 心理委员培训, 其他), the title, the audience as a group (the field
// warns not to put a student's name), the number attending and the organiser. A new activity in
// May (the 5·25 month) starts as a 5·25 activity; at other times the kind is to be chosen. Save
// writes through ActivityRepository; a refusal shows in the dialog, which stays open.

#include "repo/activityrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class ActivityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    // activityId 0: a new activity.
    ActivityDialog(SchoolFile &school, qint64 activityId, QWidget *parent = nullptr);

    // The id saved by the last accepted Save (the new id for a new activity).
    qint64 savedId() const { return m_activityId; }
    // The activity as the form holds it (kind Other when none is chosen).
    Activity activityFromForm() const;

public Q_SLOTS:
    void accept() override;

private:
    void fail(const QString &message);

    SchoolFile &m_school;
    qint64 m_activityId;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QLineEdit *m_audience;
    QSpinBox *m_attendance;
    QLineEdit *m_organiser;
    QLabel *m_error;
};

} // namespace xinan::ui
