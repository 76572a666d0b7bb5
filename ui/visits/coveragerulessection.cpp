#include "coveragerulessection.h"

#include "common/accountroles.h"
#include "common/formparts.h"

#include "error.h"
#include "services/schoolfile.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace xinan::ui {

CoverageRulesSection::CoverageRulesSection(SchoolFile &school, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_editable(mayWrite(school, DataKind::Settings))
    , m_everyStudent(new QRadioButton(tr("Every enrolled student at least once a term (default)"), this))
    , m_classSize(new QRadioButton(tr("By class size: classes of 30 or fewer all; 50 or more at least half on site"), this))
    , m_intake(new QCheckBox(tr("Intake grades (一年级, 七年级, 高一, 中职一年级) all visited in their first term"), this))
    , m_keyMonthly(new QCheckBox(tr("Key students (orange and red) every month, at least once on site a term"), this))
    , m_afterReturn(new QCheckBox(tr("A student back from leave (复学) visited within 2 weeks of the return"), this))
    , m_error(makeErrorLabel(this, QStringLiteral("coverageRulesError")))
{
    m_everyStudent->setObjectName(QStringLiteral("everyStudentPreset"));
    m_classSize->setObjectName(QStringLiteral("classSizePreset"));
    m_intake->setObjectName(QStringLiteral("intakeGradesRule"));
    m_keyMonthly->setObjectName(QStringLiteral("keyMonthlyRule"));
    m_afterReturn->setObjectName(QStringLiteral("afterReturnRule"));
    auto *presets = new QButtonGroup(this);
    presets->addButton(m_everyStudent);
    presets->addButton(m_classSize);
    try {
        m_loaded = HomeVisitRepository(m_school.db(), m_school.user()).rules();
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        m_editable = false;
    }
    m_everyStudent->setChecked(m_loaded.base == CoverageRules::Base::EveryStudent);
    m_classSize->setChecked(m_loaded.base == CoverageRules::Base::ClassSize);
    m_intake->setChecked(m_loaded.intakeGrades);
    m_keyMonthly->setChecked(m_loaded.keyStudentsMonthly);
    m_afterReturn->setChecked(m_loaded.returnWithinTwoWeeks);

    auto *intro = makeNoteLabel(tr("How the home-visit page counts a class as covered for the term (家访全覆盖). Classes "
                                   "between 31 and 49 students are all visited under either rule."),
        this);
    auto *baseBox = new QGroupBox(tr("Coverage rule"), this);
    auto *baseLayout = new QVBoxLayout(baseBox);
    baseLayout->addWidget(m_everyStudent);
    baseLayout->addWidget(m_classSize);
    auto *moreBox = new QGroupBox(tr("Also required"), this);
    auto *moreLayout = new QVBoxLayout(moreBox);
    moreLayout->addWidget(m_intake);
    moreLayout->addWidget(m_keyMonthly);
    moreLayout->addWidget(m_afterReturn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(baseBox);
    layout->addWidget(moreBox);
    if (!m_editable && m_error->isHidden())
        layout->addWidget(makeNoteLabel(tr("Only a counselling teacher or an administrator changes these rules."), this));
    layout->addWidget(m_error);
    layout->addStretch();
    for (QWidget *w : std::initializer_list<QWidget *> { m_everyStudent, m_classSize, m_intake, m_keyMonthly, m_afterReturn })
        w->setEnabled(m_editable);
}

CoverageRules CoverageRulesSection::rules() const
{
    CoverageRules rules;
    rules.base = m_classSize->isChecked() ? CoverageRules::Base::ClassSize : CoverageRules::Base::EveryStudent;
    rules.intakeGrades = m_intake->isChecked();
    rules.keyStudentsMonthly = m_keyMonthly->isChecked();
    rules.returnWithinTwoWeeks = m_afterReturn->isChecked();
    return rules;
}

bool CoverageRulesSection::save()
{
    const CoverageRules wanted = rules();
    if (!m_editable || wanted == m_loaded)
        return true;
    try {
        HomeVisitRepository(m_school.db(), m_school.user()).setRules(wanted);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    m_loaded = wanted;
    m_error->hide();
    return true;
}

} // namespace xinan::ui
