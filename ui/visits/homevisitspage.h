#pragma once
// The "Home visits" page (家访): for a term (the current one by default), the coverage per grade
// and class against the school's rules (enrolled, visited, rate, on site, missing, required; a
// class behind its rule highlighted with why), a totals line; the students of the selected class
// still without a visit (sortable, printed as the class teacher's list); and the term's visits
// with "New home visit…", "Open…" and "Delete". A class teacher sees and records for their own
// classes (the repository decides); a 校领导 reads without the write buttons.

#include "missingvisitsheet.h"

#include "common/modulepage.h"

#include "repo/homevisitrepository.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class HomeVisitDialog;
class TermChooser;

class HomeVisitsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeVisitsPage)

public:
    explicit HomeVisitsPage(SchoolFile &school, QWidget *parent = nullptr);

    void refresh() override { reload(); }
    void reload();

    QString termId() const;
    // Chooses the term (an id offered in the term selector); false when it is not offered.
    bool setTerm(const QString &termId);
    // Selects a class row of the coverage table (its missing students show); false when absent.
    bool selectClass(int grade, const QString &className);
    const TermCoverage &coverage() const { return m_coverage; }
    const QList<MissingVisit> &missing() const { return m_missing; }
    int visitCount() const;

    // Each opens a window-modal dialog and returns it (null when the role may not).
    HomeVisitDialog *newVisit();
    HomeVisitDialog *openVisit(qint64 visitId);
    HomeVisitDialog *openSelected();
    // Deletes the selected visit after asking; true when it was deleted.
    bool deleteSelected();
    bool selectVisit(qint64 visitId);

    // The selected class's list (未访名单) as printed.
    MissingVisitSheet missingSheet() const;
    // Warns that the list names students, asks where, writes the PDF; true when written.
    bool exportMissingPdf();
    void printMissing();
    void previewMissing();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadCoverage();
    void loadMissing();
    void loadVisits();
    QTreeWidgetItem *addCoverageRow(QTreeWidgetItem *parent, const ClassVisitCoverage &row, bool isGrade);
    qint64 selectedVisitId() const;
    void updateButtons();

    SchoolFile &m_school;
    bool m_mayWrite;
    TermCoverage m_coverage;
    QList<MissingVisit> m_missing;
    int m_missingGrade = 0;
    QString m_missingClass;
    TermChooser *m_term;
    QLabel *m_totals;
    QTabWidget *m_tabs;
    QTreeWidget *m_table;
    QLabel *m_missingTitle;
    QTreeWidget *m_missingList;
    QPushButton *m_print;
    QTreeWidget *m_visits;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_delete;
    QPushButton *m_student;
};

} // namespace xinan::ui
