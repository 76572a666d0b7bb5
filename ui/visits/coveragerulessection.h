#pragma once
// Settings → "Home-visit coverage" (家访覆盖规则): the school's coverage rule (every enrolled student
// once a term, the default, or by class size) and the switches that hold under either (intake
// grades fully in their first term, key students every month, a returned student within two
// weeks). Saved with the settings dialog's OK; read-only for a role that may not change school
// settings.

#include "common/settingssection.h"

#include "repo/homevisitrepository.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class CoverageRulesSection final : public QWidget, public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageRulesSection)

public:
    explicit CoverageRulesSection(SchoolFile &school, QWidget *parent = nullptr);

    CoverageRules rules() const; // as the form shows them
    bool save() override;

private:
    SchoolFile &m_school;
    bool m_editable;
    CoverageRules m_loaded;
    QRadioButton *m_everyStudent;
    QRadioButton *m_classSize;
    QCheckBox *m_intake;
    QCheckBox *m_keyMonthly;
    QCheckBox *m_afterReturn;
    QLabel *m_error;
};

} // namespace xinan::ui
