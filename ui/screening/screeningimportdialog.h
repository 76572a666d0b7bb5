#pragma once
// Import sheet…: a survey tool's export (.xlsx or .csv, one row per student) into the selected
// drive, through the screening import service. The sheet is read and checked against the
// database (nothing written); the report lists every row that does not match, is ambiguous,
// has an answer out of range or is a duplicate (file row, field, value, reason). Then "Import
// all" (only when no row has a problem), "Import valid rows only", or Cancel. Digit answers
// may be scores (0–3) or the options' places in the list (1–4, 问卷星's 按序号 download): the
// dialog says which it read them as, and when the digits fit both it imports nothing until the
// teacher chooses.

#include "domain/instrument.h"
#include "repo/screeningrepository.h"
#include "services/screeningimport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QComboBox;
class QPushButton;
class QTableWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class ScreeningImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreeningImportDialog)

public:
    ScreeningImportDialog(SchoolFile &school, qint64 driveId, QWidget *parent = nullptr);

    // Which of the drive's instruments the sheet holds (the first by default); false when the
    // drive does not have it. A file already read is checked again for the new instrument.
    bool selectInstrument(const QString &instrumentId);
    QString instrumentId() const { return m_instrument ? m_instrument->id : QString(); }

    void chooseFile();
    // Reads and checks the file; the report shows what would be recorded.
    void openFile(const QString &path);
    void importAll();
    void importValidOnly();

    // How digit answers are read: nullopt decides from the sheet. A file already read is checked
    // again.
    void selectCoding(std::optional<AnswerCoding> coding);

    bool hasPlan() const { return m_plan != nullptr; }
    bool isImportAllEnabled() const;
    bool isImportValidEnabled() const;
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void imported();

private:
    void runImport(bool skipInvalid);
    void showPlan();
    void showOutcome(const QString &message, bool error);
    void updateButtons();
    void instrumentChosen();

    SchoolFile &m_school;
    std::optional<ScreeningDrive> m_drive;
    std::optional<Instrument> m_instrument;
    std::shared_ptr<const ScreeningSheet> m_sheet;
    std::shared_ptr<const ScreeningPlan> m_plan;
    QString m_lastMessage;
    QString m_path;

    QLabel *m_intro;
    QComboBox *m_instrumentChoice; // the drive's instruments; enabled when it has more than one
    QComboBox *m_coding; // from the sheet / first option 0 / first option 1
    QLabel *m_codingNote;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QLabel *m_columns;
    QDateEdit *m_takenOn;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QLabel *m_outcome;
    QPushButton *m_importAll;
    QPushButton *m_importValid;
    QPushButton *m_close;
};

} // namespace xinan::ui
