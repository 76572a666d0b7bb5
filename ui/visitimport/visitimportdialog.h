#pragma once
// File → 导入家访记录…: choose the sheet class teachers keep (.xlsx or .csv), see its rows and
// the report of bad rows (row, column, value, problem) checked against the database off the UI
// thread, choose all or nothing or the valid rows only, then import in one transaction.

#include "services/visitimport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTabWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class VisitImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitImportDialog)

public:
    explicit VisitImportDialog(SchoolFile &school, QWidget *parent = nullptr);

    // The steps, callable directly (the file name comes from the dialog seam).
    void chooseFile();
    void openFile(const QString &path); // reads and checks the sheet
    void startImport();
    void setSkipInvalid(bool skip);

    bool isBusy() const { return m_busy; }
    bool hasPlan() const { return m_plan != nullptr; }
    const VisitImportPlan *plan() const { return m_plan.get(); }
    bool isImportEnabled() const;
    bool importedSomething() const { return m_imported; }
    // The last outcome shown below the tables (an error or the counts), for tests.
    QString lastMessage() const { return m_lastMessage; }

    void reject() override; // refused while busy

private:
    struct Checked
    {
        VisitSheet sheet;
        VisitImportPlan plan;
    };

    void setBusy(bool busy, const QString &label);
    void showOutcome(const QString &message, bool error);
    void showPlan(const VisitSheet &sheet, const VisitImportPlan &plan);
    void clearPlan();
    void updateButtons();

    SchoolFile &m_school;
    std::shared_ptr<const VisitImportPlan> m_plan;
    bool m_busy = false;
    bool m_imported = false;
    QString m_lastMessage;

    QLineEdit *m_file;
    QPushButton *m_choose;
    QLabel *m_detected;
    QTabWidget *m_tabs;
    QTableWidget *m_preview;
    QTableWidget *m_problems;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_validOnly;
    QLabel *m_outcome;
    QLabel *m_busyLabel;
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace xinan::ui
