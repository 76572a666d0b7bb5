#pragma once
// The home page's "Feedback due" panel (待反馈): counselling records older than the school's
// number of days (a setting, default 3) that still wait for feedback to the class teacher,
// parents or head, oldest first (student, class, session date, days waiting; never content).
// "Record feedback…" opens the feedback dialog linked to the record; "Not needed" clears the
// reminder for that record (counselling teachers only). Also FeedbackSettingsBox, the setting's
// field in the settings dialog.

#include "common/settingssection.h"
#include "home/homepanel.h"

#include <QGroupBox>

class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace xinan::ui {

class FeedbackDialog;

class FeedbackDuePanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDuePanel)

public:
    FeedbackDuePanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override;

    FeedbackDialog *recordFeedback();
    // Clears the reminder of the selected record; false (with a message) when refused.
    bool markNotNeeded();

private:
    void updateButtons();

    SchoolFile &m_school;
    QTreeWidget *m_due;
    QPushButton *m_feedback;
    QPushButton *m_notNeeded;
    QPushButton *m_student;
    int m_waiting = 0;
};

// "Feedback is due N days after a session" (1..60) for the settings dialog.
class FeedbackSettingsBox final : public QGroupBox, public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackSettingsBox)

public:
    FeedbackSettingsBox(SchoolFile &school, QWidget *parent = nullptr);
    // Stores the value when it changed; false with a message box when it cannot be saved.
    bool save() override;

private:
    SchoolFile &m_school;
    QSpinBox *m_days;
    int m_stored = 0;
};

} // namespace xinan::ui
