#pragma once
// File → Import roster…: choose an .xlsx or .csv roster, check the detected encoding and
// the column mapping, check every row against the database (off the UI thread), read the
// report, then import in one transaction with progress and Cancel (cancelled: nothing written).

#include "services/rosterimport.h"

#include <QDialog>
#include <QTimer>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class ImportReportView;
class RosterMappingView;

class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(SchoolFile &school, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The steps, callable directly (the file name comes from the dialog seam).
    void chooseFile();
    void openFile(const QString &path);
    void check();
    void startImport();
    void cancelImport();

    bool isBusy() const { return m_busy; }
    bool hasTable() const { return m_table != nullptr; }
    bool hasPlan() const { return m_plan != nullptr; }
    bool isImportEnabled() const;
    // Whether any student was added or changed (the pages then reload).
    bool importedSomething() const { return m_imported; }
    // The last outcome shown below the steps (an error, "cancelled", the counts), for tests.
    QString lastMessage() const { return m_lastMessage; }
    RosterMappingView *mappingView() const { return m_mapping; }
    ImportReportView *reportView() const { return m_report; }

    // Closing is refused while a file is read, checked or imported (Cancel stops an import).
    void reject() override;

private:
    struct Progress
    {
        std::atomic<int> done { 0 };
        std::atomic<int> total { 0 };
        std::atomic<bool> cancel { false };
    };

    void showMappingStep();
    void showReportStep();
    void setBusy(bool busy, const QString &label);
    void showOutcome(const QString &message, bool error);
    void updateButtons();

    SchoolFile &m_school;
    std::shared_ptr<const RosterTable> m_table;
    std::shared_ptr<const ImportPlan> m_plan;
    std::shared_ptr<Progress> m_progressState;
    QTimer m_progressPoll;
    bool m_busy = false;
    bool m_importing = false;
    bool m_imported = false;
    QString m_lastMessage;

    QLineEdit *m_file;
    QPushButton *m_choose;
    QStackedWidget *m_steps;
    RosterMappingView *m_mapping;
    ImportReportView *m_report;
    QLabel *m_outcome;
    QLabel *m_busyLabel;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_back;
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace xinan::ui
