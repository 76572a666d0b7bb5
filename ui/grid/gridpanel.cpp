#include "gridpanel.h"

#include "common/formparts.h"

#include "griddialog.h"

#include "domain/student.h"
#include "repo/gridrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace xinan::ui {

GridPanel::GridPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_status(new QLabel(this))
    , m_classes(new QLabel(this))
    , m_open(new QPushButton(tr("Class grid…"), this))
{
    setObjectName(QStringLiteral("gridPanel"));
    m_status->setObjectName(QStringLiteral("gridStatus"));
    m_status->setWordWrap(true);
    m_classes->setObjectName(QStringLiteral("gridMissing"));
    m_classes->setWordWrap(true);
    m_classes->setStyleSheet(QStringLiteral("color: #bf360c;"));
    m_open->setObjectName(QStringLiteral("openGrid"));
    connect(m_open, &QPushButton::clicked, this, &GridPanel::openEditor);
    // A 校领导 reads the grid here; only the roles that may change it open the editor (roleAllows).
    m_open->setVisible(mayWrite(school, DataKind::Grid));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_status);
    layout->addWidget(m_classes);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

QString GridPanel::title() const
{
    return tr("Class grid");
}

void GridPanel::refresh()
{
    GridRepository grid(m_school.db(), m_school.user());
    const QList<GridClass> classes = grid.classes();
    QSet<QString> withTeacher;
    int teachers = 0;
    QSet<QString> distinctTeachers;
    for (const GridMember &m : grid.members()) {
        if (m.role == GridRole::ClassTeacher)
            withTeacher.insert(QString::number(m.grade) + u'|' + m.className);
        distinctTeachers.insert(m.teacher);
    }
    teachers = static_cast<int>(distinctTeachers.size());
    QStringList missing;
    for (const GridClass &c : classes)
        if (!withTeacher.contains(QString::number(c.grade) + u'|' + c.className))
            missing << gradeName(c.grade) + u' ' + c.className;
    m_missing = static_cast<int>(missing.size());

    if (classes.isEmpty()) {
        m_status->setText(tr("No enrolled students yet: the grid lists the classes of the student roster."));
        m_classes->hide();
        return;
    }
    const QString registered = tr("%n teacher(s) registered in the grid.", nullptr, teachers);
    if (missing.isEmpty()) {
        m_status->setText(
            tr("All %n class(es) have a class teacher.", nullptr, static_cast<int>(classes.size())) + u' ' + registered);
        m_classes->hide();
        return;
    }
    m_status->setText(tr("%n of %1 class(es) have no class teacher registered.", nullptr, m_missing)
                          .arg(QLocale().toString(static_cast<int>(classes.size())))
        + u' ' + registered);
    QStringList shown = missing.mid(0, ListedClasses);
    if (missing.size() > ListedClasses)
        shown << QStringLiteral("…");
    m_classes->setText(shown.join(tr(", ")));
    m_classes->show();
}

GridDialog *GridPanel::openEditor()
{
    if (!mayWrite(m_school, DataKind::Grid))
        return nullptr;
    auto *dialog = new GridDialog(m_school, window());
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->changedSomething())
            Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

} // namespace xinan::ui
