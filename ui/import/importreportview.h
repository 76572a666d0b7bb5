#pragma once
// The result of checking a roster against the database: how many students are new, changed,
// unchanged or missing from the file, every problem found (row, column, value, reason), and
// whether to import all or nothing or the valid rows only.

#include "services/rosterimport.h"

#include <QWidget>

class QLabel;
class QRadioButton;
class QTableWidget;

namespace xinan::ui {

class ImportReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportView)

public:
    explicit ImportReportView(QWidget *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    bool skipInvalid() const;
    void setSkipInvalid(bool skip);
    // Disabled while the import runs.
    void setOptionsEnabled(bool enabled);

Q_SIGNALS:
    void optionsChanged();

private:
    QLabel *m_summary;
    QLabel *m_toAdd;
    QLabel *m_toUpdate;
    QLabel *m_unchanged;
    QLabel *m_missing;
    QLabel *m_invalid;
    QLabel *m_problemsCaption;
    QLabel *m_notes; // ImportPlan::notes: not errors, shown only when there are some
    QTableWidget *m_problems;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_validOnly;
};

} // namespace xinan::ui
