#pragma once
// Settings → "Psychological aid hotlines" (心理援助热线): the school's own numbers (the 24-hour
// aid line, the nearest hospital, up to six other local lines), saved with the settings
// dialog's OK through HotlineRepository (checked first; a refusal shows inline and keeps the
// dialog open), the four national numbers shown read-only, 12356 offered as a suggestion, and
// the poster (print preview or PDF) of what the section shows. Read-only for a role that may
// not change the school's settings.

#include "common/settingssection.h"

#include "repo/hotlines.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class HotlinesSection final : public QWidget, public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotlinesSection)

public:
    explicit HotlinesSection(SchoolFile &school, QWidget *parent = nullptr);

    bool save() override;
    void reload();
    // What the fields hold now (not checked).
    SchoolHotlines shown() const;
    // Fills the aid line's number with the suggestion at `index` of suggestedHotlines().
    void useSuggestion(int index);
    // The poster of what the section shows (checked first): a preview or a PDF file.
    bool printPoster();
    bool savePosterAsPdf();

private:
    bool checkShown(SchoolHotlines &out);

    SchoolFile &m_school;
    bool m_writer;
    SchoolHotlines m_loaded;
    QLineEdit *m_aidName;
    QLineEdit *m_aidNumber;
    QLineEdit *m_hospitalName;
    QLineEdit *m_hospitalNumber;
    QLineEdit *m_hospitalAddress;
    QTableWidget *m_others;
    QPushButton *m_suggest;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QLabel *m_error;
};

} // namespace xinan::ui
