#pragma once
// A result from another platform (SCL-90, MHT, 心理健康诊断测验, …, from 省平台 or a hospital):
// pick the student by 学籍号, name or pinyin, then the instrument's name, the total, the level
// the platform gave, where it comes from, the date and whether a second-stage interview is
// needed. Saving is ScreeningRepository::recordExternal; a refusal stays in the dialog.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class StudentFinder;

class ExternalResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalResultDialog)

public:
    ExternalResultDialog(SchoolFile &school, qint64 driveId, QWidget *parent = nullptr);

    qint64 selectedStudentId() const;
    qint64 resultId() const { return m_resultId; }
    QString errorText() const;

    void accept() override;

private:
    SchoolFile &m_school;
    qint64 m_driveId;
    qint64 m_resultId = 0;
    StudentFinder *m_finder;
    QComboBox *m_instrument;
    QSpinBox *m_total;
    QComboBox *m_level;
    QComboBox *m_platform;
    QDateEdit *m_takenOn;
    QCheckBox *m_interview;
    QLabel *m_error;
};

} // namespace xinan::ui
