#pragma once
// The home page's "Help lines" panel (求助热线): compact, at the end of the home page for the
// counsellor and the head: the school's 24-hour aid line, the nearest hospital, the county's
// other lines and the four national numbers, in a few lines of text. Nothing waits here.

#include "home/homepanel.h"

class QLabel;

namespace xinan::ui {

class HotlinePanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotlinePanel)

public:
    explicit HotlinePanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    QString text() const;

private:
    SchoolFile &m_school;
    QLabel *m_lines;
};

} // namespace xinan::ui
