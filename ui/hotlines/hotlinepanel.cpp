#include "hotlinepanel.h"

#include "hotlineposter.h"

#include "repo/hotlines.h"

#include <QLabel>
#include <QVBoxLayout>

namespace xinan::ui {

HotlinePanel::HotlinePanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_lines(new QLabel(this))
{
    setObjectName(QStringLiteral("hotlinePanel"));
    m_lines->setObjectName(QStringLiteral("hotlineLines"));
    m_lines->setWordWrap(true);
    m_lines->setTextFormat(Qt::RichText);
    m_lines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_lines);
}

QString HotlinePanel::title() const
{
    return tr("Help lines");
}

QString HotlinePanel::text() const
{
    return m_lines->text();
}

void HotlinePanel::refresh()
{
    m_lines->setText(hotlinesCompactHtml(readSchoolHotlines(m_school)));
}

} // namespace xinan::ui
