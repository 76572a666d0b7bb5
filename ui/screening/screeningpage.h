#pragma once
// The screening page (心理测评): the drives with their done / target counts; for the selected
// drive its coverage per class, the students of a class still without a result, and its results
// (all, flagged, critical). From here: a new drive, importing a survey sheet, typing paper forms
// and recording a result from another platform. Every read and write goes through
// ScreeningRepository and the screening import service.

#include "repo/screeningrepository.h"

#include "common/modulepage.h"
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace xinan {
class Database;
class SchoolFile;
} // namespace xinan

namespace xinan::ui {

class DriveDialog;
class ExternalResultDialog;
class InstrumentImportDialog;
class PaperEntryDialog;
class ScreeningImportDialog;

class ScreeningPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreeningPage)

public:
    explicit ScreeningPage(SchoolFile &school, QWidget *parent = nullptr);

    // Reads the drives again, keeping the selected drive and class.
    void reload();
    void refresh() override { reload(); }
    qint64 currentDriveId() const;
    void selectDrive(qint64 driveId);
    // Selects a class in the coverage table (its missing students then show).
    bool selectClass(int grade, const QString &className);
    // The instrument the coverage tab counts (a drive with several instruments has a chooser).
    QString coverageInstrumentId() const;
    bool selectCoverageInstrument(const QString &instrumentId);

    // The page's dialogs, shown window-modal and returned so that tests can drive them.
    DriveDialog *newDrive();
    ScreeningImportDialog *importSheet();
    PaperEntryDialog *enterPaperForms();
    ExternalResultDialog *recordExternal();
    // 导入量表定义…: asks for a definition file; nullptr when cancelled or refused.
    InstrumentImportDialog *importInstrument();

    enum ResultFilter { AllResults, FlaggedResults, CriticalResults };

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDrive();
    void showMissing();
    void showResults();
    void updateButtons();
    void afterChange();

    SchoolFile &m_school;
    QList<ScreeningDrive> m_drives;
    QList<ClassCoverage> m_coverage;
    QList<ScreeningResultRow> m_results;

    QLabel *m_intro;
    QTableWidget *m_driveTable;
    QPushButton *m_newDrive;
    QPushButton *m_import;
    QPushButton *m_paper;
    QPushButton *m_external;
    QTabWidget *m_tabs;
    QLabel *m_driveSummary;
    QLabel *m_coverageInstrumentLabel;
    QComboBox *m_coverageInstrument; // the drive's instruments; shown when it has more than one
    QTableWidget *m_coverageTable;
    QLabel *m_missingCaption;
    QTableWidget *m_missingTable;
    QComboBox *m_resultFilter;
    QLabel *m_resultSummary;
    QTableWidget *m_resultTable;
};

// Shared by the page's dialogs: "四年级、五年级" or "All grades"; a result's band as shown.
QString targetGradesText(const QList<int> &grades);
QString instrumentShortName(Database &db, const QString &instrumentId);
// A drive's instruments as shown: "PHQ-9 + GAD-7".
QString instrumentsText(Database &db, const QStringList &instrumentIds);
QString resultBandText(Database &db, const ScreeningResultRow &row);

} // namespace xinan::ui
