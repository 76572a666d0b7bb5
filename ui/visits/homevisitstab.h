#pragma once
// The student file's "Home visits" tab (家访): the student's visits, newest first, with "New home
// visit…" (the student chosen already) and "Open…"; the timeline is reloaded after a change.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class HomeVisitDialog;

class HomeVisitsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeVisitsTab)

public:
    HomeVisitsTab(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    void reload();
    int rowCount() const;
    HomeVisitDialog *newVisit();
    HomeVisitDialog *openVisit(qint64 visitId);

private:
    void changed();

    SchoolFile &m_school;
    qint64 m_studentId;
    QLabel *m_hint;
    QTreeWidget *m_visits;
    QPushButton *m_new;
    QPushButton *m_open;
};

} // namespace xinan::ui
