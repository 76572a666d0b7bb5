#pragma once
// Settings → "Crisis response": the school's crisis response checklist (one item per line),
// copied into every new crisis event. Saved with the settings dialog's OK.

#include "common/settingssection.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class CrisisChecklistEditor final : public QWidget, public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrisisChecklistEditor)

public:
    explicit CrisisChecklistEditor(SchoolFile &school, QWidget *parent = nullptr);

    // Stores the list if it was changed. On a refusal shows the message here and returns false.
    bool save() override;
    void restoreDefault();

private:
    SchoolFile &m_school;
    QString m_loaded;
    QPlainTextEdit *m_items;
    QLabel *m_error;
};

} // namespace xinan::ui
