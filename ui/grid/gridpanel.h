#pragma once
// 班级网格 on the home page: which classes have no class teacher registered (each one waits to be
// filled in), and the way into the grid editor.

#include "home/homepanel.h"

class QLabel;
class QPushButton;

namespace xinan::ui {

class GridDialog;

class GridPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridPanel)

public:
    // Classes named in the panel before "…".
    static constexpr int ListedClasses = 8;

    explicit GridPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    // Classes with enrolled students and no class teacher.
    int waitingCount() const override { return m_missing; }

    // Opens the grid editor (window-modal); the panel reports a change when it closes after one.
    GridDialog *openEditor();

private:
    SchoolFile &m_school;
    int m_missing = 0;
    QLabel *m_status;
    QLabel *m_classes;
    QPushButton *m_open;
};

} // namespace xinan::ui
