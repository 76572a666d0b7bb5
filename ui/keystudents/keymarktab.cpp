#include "keymarktab.h"

#include "common/colors.h"

#include "error.h"
#include "repo/planrepository.h"
#include "services/schoolfile.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace xinan::ui {

KeyMarkTab::KeyMarkTab(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_state(new QLabel(this))
    , m_measures(new QLabel(this))
{
    setObjectName(QStringLiteral("keyMarkTab"));
    m_state->setObjectName(QStringLiteral("keyMarkState"));
    m_state->setWordWrap(true);
    m_measures->setObjectName(QStringLiteral("keyMarkMeasures"));
    m_measures->setWordWrap(true);
    m_measures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_measures->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *box = new QGroupBox(tr("Measures for the class teacher"), this);
    box->setObjectName(QStringLiteral("keyMarkMeasuresBox"));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_measures);
    auto *hint = new QLabel(tr("The counselling teacher writes the plan; ask them when a measure is unclear or the "
                               "student's situation changes."),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(colors::textStyle(colors::Muted));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(box);
    layout->addWidget(hint);
    layout->addStretch(1);
    refresh();
}

void KeyMarkTab::refresh()
{
    auto *box = findChild<QGroupBox *>(QStringLiteral("keyMarkMeasuresBox"));
    try {
        const std::optional<ClassKeyStudent> mark = PlanRepository(m_school.db(), m_school.user()).classKeyStudent(m_studentId);
        if (!mark) {
            m_state->setText(tr("Not a key student."));
            box->hide();
            return;
        }
        m_state->setText(tr("<b>Key student (重点关注学生).</b> Keep an eye on the student in class and tell the counselling "
                            "teacher at once about anything worrying."));
        m_measures->setText(
            mark->measures.isEmpty() ? tr("The counselling teacher has not written the measures yet.") : mark->measures);
        box->show();
    } catch (const Error &e) {
        m_state->setText(tr("The key-student mark cannot be shown: %1").arg(e.message()));
        box->hide();
    }
}

} // namespace xinan::ui
