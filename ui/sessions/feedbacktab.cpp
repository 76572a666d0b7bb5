#include "feedbacktab.h"

#include "common/accountroles.h"
#include "common/colors.h"

#include "error.h"
#include "repo/feedbackrepository.h"
#include "services/schoolfile.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

FeedbackTab::FeedbackTab(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackTab"));
    m_list->setObjectName(QStringLiteral("feedbackList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({ tr("Date"), tr("To"), tr("How"), tr("What was shared"), tr("Reply"), tr("By") });
    m_list->header()->setStretchLastSection(false);
    for (const int column : { 0, 1, 2, 5 })
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("feedbackEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(colors::textStyle(colors::Muted));

    auto *intro = new QLabel(tr("What the counselling teacher shared about this student. Counselling records themselves "
                                "stay with the counselling teacher."),
        this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    refresh();
}

void FeedbackTab::refresh()
{
    m_list->clear();
    QList<Feedback> feedback;
    try {
        feedback = FeedbackRepository(m_school.db(), m_school.user()).forStudent(m_studentId);
    } catch (const Error &e) {
        m_empty->setText(tr("The feedback cannot be shown: %1").arg(e.message()));
        m_empty->show();
        m_list->hide();
        return;
    }
    // A class teacher reads what was addressed to class teachers, a head what was addressed to
    // the head (the repository leaves out the rest too).
    const AccountRole role = openAccountRole(m_school);
    for (const Feedback &f : std::as_const(feedback)) {
        if ((role == AccountRole::ClassTeacher && f.recipient != FeedbackRecipient::ClassTeacher)
            || (role == AccountRole::Head && f.recipient != FeedbackRecipient::Head))
            continue;
        auto *item = new QTreeWidgetItem(m_list,
            { f.givenOn.toString(Qt::ISODate), feedbackRecipientName(f.recipient), feedbackMethodName(f.method), f.summary,
                f.reply, f.author });
        item->setToolTip(3, f.summary);
        item->setToolTip(4, f.reply);
    }
    const bool any = m_list->topLevelItemCount() > 0;
    m_list->setVisible(any);
    m_empty->setText(tr("No feedback about this student yet."));
    m_empty->setVisible(!any);
}

int FeedbackTab::rowCount() const
{
    return m_list->topLevelItemCount();
}

} // namespace xinan::ui
