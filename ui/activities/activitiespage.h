#pragma once
// The "Activities and training" page (活动与培训): for a period (the current term by default,
// earlier terms, this or last school year), the number of activities and attendance per kind on
// top, and the list (date, kind, title, audience, attending, organiser), narrowed to one kind if
// asked. "New activity…", "Edit…" and "Delete" show only to a role that may write activities (a
// counselling teacher); a 校领导 reads.

#include "common/modulepage.h"

#include "repo/activityrepository.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class ActivityDialog;

class ActivitiesPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesPage)

public:
    explicit ActivitiesPage(SchoolFile &school, QWidget *parent = nullptr);

    void refresh() override { reload(); }
    void reload();

    // The chosen period: "term:2026-2027-1" or "year:2026-2027", and its days.
    QString periodKey() const;
    QDate periodFrom() const { return m_from; }
    QDate periodTo() const { return m_to; }
    // Chooses a period offered in the selector; false when it is not offered.
    bool setPeriod(const QString &key);
    // Narrows the list to one kind (nullopt: every kind).
    void setKindFilter(std::optional<ActivityKind> kind);

    const QList<ActivityKindCount> &counts() const { return m_counts; }
    const QList<Activity> &shown() const { return m_activities; }

    // Each opens a window-modal dialog and returns it (null when the role may not write).
    ActivityDialog *newActivity();
    ActivityDialog *editActivity(qint64 activityId);
    ActivityDialog *editSelected();
    // Deletes the selected activity after asking; true when it was deleted.
    bool deleteSelected();
    bool selectActivity(qint64 activityId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPeriods();
    void resolvePeriod();
    void showCounts();
    qint64 selectedId() const;
    void updateButtons();

    SchoolFile &m_school;
    bool m_mayWrite;
    QDate m_from;
    QDate m_to;
    QList<ActivityKindCount> m_counts;
    QList<Activity> m_activities;
    QComboBox *m_period;
    QComboBox *m_kind;
    QLabel *m_range;
    QList<QLabel *> m_tiles; // one per kind, then the total
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace xinan::ui
