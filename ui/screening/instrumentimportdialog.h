#pragma once
// Importing an instrument definition (导入量表定义…): the school picks a JSON definition file of an
// instrument it is licensed to use; it is checked exactly as the built-in ones are (a file with a
// problem is refused with a message naming the file and the problem), the dialog shows what will be
// added (name, items, answers, bands, critical items) and Import keeps it in the school's file
// (InstrumentRepository::add: one transaction, audited). From then on it can be chosen for a
// screening drive and is scored with its own bands.

#include "repo/instrumentrepository.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class InstrumentImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstrumentImportDialog)

public:
    // Asks for a definition file and checks it. Returns the dialog showing what will be added
    // (shown window-modal), or nullptr when the user cancelled or the file was refused or is
    // already the school's (a message says so).
    static InstrumentImportDialog *chooseFile(SchoolFile &school, QWidget *parent);

    InstrumentImportDialog(SchoolFile &school, InstrumentImport import, QWidget *parent = nullptr);

    const InstrumentImport &pending() const { return m_import; }
    QString errorText() const;

    // Imports the definition; a refusal shows in the dialog, which stays open.
    void accept() override;

private:
    SchoolFile &m_school;
    InstrumentImport m_import;
    QLabel *m_error;
};

} // namespace xinan::ui
