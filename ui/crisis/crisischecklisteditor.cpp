#include "crisischecklisteditor.h"

#include "common/formparts.h"

#include "error.h"
#include "repo/crisisrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {

CrisisChecklistEditor::CrisisChecklistEditor(SchoolFile &school, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_items(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("crisisChecklistError")))
{
    m_items->setObjectName(QStringLiteral("crisisChecklist"));
    m_items->setTabChangesFocus(true);
    try {
        m_loaded = CrisisRepository(m_school.db(), m_school.user()).checklistTemplate().join(u'\n');
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
    }
    m_items->setPlainText(m_loaded);

    auto *intro = new QLabel(tr("The steps of the school's crisis response plan, one per line. Each new crisis event "
                                "gets a copy to tick; events already opened keep the list they started with."),
        this);
    intro->setWordWrap(true);
    auto *restore = new QPushButton(tr("Restore the default list"), this);
    restore->setObjectName(QStringLiteral("restoreCrisisChecklist"));
    restore->setAutoDefault(false);
    connect(restore, &QPushButton::clicked, this, &CrisisChecklistEditor::restoreDefault);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(restore);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_error);
    layout->addLayout(bar);
}

void CrisisChecklistEditor::restoreDefault()
{
    m_items->setPlainText(CrisisRepository::defaultChecklist().join(u'\n'));
}

bool CrisisChecklistEditor::save()
{
    const QString text = m_items->toPlainText();
    if (text == m_loaded)
        return true;
    try {
        CrisisRepository(m_school.db(), m_school.user()).setChecklistTemplate(text.split(u'\n'));
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    m_loaded = text;
    m_error->hide();
    return true;
}

} // namespace xinan::ui
