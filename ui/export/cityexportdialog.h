#pragma once
// File → 导出市级报表…: choose a period (the current and last terms, the last twelve months),
// preview the one row of counts the city platform receives (each column, its value, suppressed
// cells marked), then choose a folder and write the xlsx, the CSV and manifest.json
// (services/cityexport). The export holds counts only, so no warning about names is needed.

#include "services/cityexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class CityExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CityExportDialog)

public:
    explicit CityExportDialog(SchoolFile &school, QWidget *parent = nullptr);

    // The steps, callable directly (tests): the period ids offered, choosing one (the preview
    // follows), the folder, and writing.
    QStringList periodIds() const;
    void choosePeriod(const QString &id);
    void chooseFolder(); // through the dialog seam
    void setFolder(const QString &folder);
    void setOverwrite(bool overwrite);
    void write();

    const CityExportRow &row() const { return m_row; }
    bool hasPreview() const { return m_hasPreview; }
    bool wroteFiles() const { return m_wrote; }
    QTableWidget *previewTable() const { return m_table; }
    QString suppressionNote() const;
    QString lastMessage() const { return m_lastMessage; }

private:
    void refreshPreview();
    void showOutcome(const QString &message, bool error);
    void updateButtons();

    SchoolFile &m_school;
    CityExportRow m_row;
    bool m_hasPreview = false;
    bool m_wrote = false;
    QString m_lastMessage;

    QComboBox *m_period;
    QTableWidget *m_table;
    QLabel *m_note;
    QLineEdit *m_folder;
    QPushButton *m_choose;
    QCheckBox *m_overwrite;
    QLabel *m_outcome;
    QPushButton *m_write;
};

} // namespace xinan::ui
