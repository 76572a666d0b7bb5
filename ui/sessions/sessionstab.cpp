#include "sessionstab.h"

#include "common/colors.h"
#include "common/formparts.h"

#include "feedbackdialog.h"
#include "sessiondialog.h"
#include "sessionparts.h"

#include "error.h"
#include "repo/feedbackrepository.h"
#include "repo/sessionrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

SessionsTab::SessionsTab(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_notice(new QLabel(this))
    , m_records(new QTreeWidget(this))
    , m_feedback(new QTreeWidget(this))
    , m_new(new QPushButton(tr("New record…"), this))
    , m_open(new QPushButton(tr("Open record…"), this))
    , m_giveFeedback(new QPushButton(tr("Record feedback…"), this))
{
    setObjectName(QStringLiteral("sessionsTab"));
    try {
        m_counsellor = SessionRepository(m_school.db(), m_school.user()).canReadConfidential();
    } catch (const Error &) {
        m_counsellor = false;
    }
    m_notice->setObjectName(QStringLiteral("sessionsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setText(m_counsellor
            ? tr("Counselling records are confidential: do not show them to others. Feedback below is "
                 "what was shared with teachers, parents or the head.")
            : tr("Only counselling teachers can see the content of counselling records (内容仅心理教师可见): "
                 "this account sees each record's date."));
    m_records->setObjectName(QStringLiteral("studentRecords"));
    m_records->setRootIsDecorated(false);
    m_records->setAlternatingRowColors(true);
    m_records->setUniformRowHeights(true);
    m_records->setHeaderLabels({ tr("Date"), tr("Form"), tr("Problem categories"), tr("Counsellor"), tr("Feedback") });
    m_records->header()->setStretchLastSection(true);
    m_records->setColumnWidth(0, 170);
    m_records->setColumnWidth(1, 60);
    m_records->setColumnWidth(2, 240);
    m_records->setColumnWidth(3, 110);
    connect(m_records, &QTreeWidget::itemDoubleClicked, this, [this] { openSelected(); });
    connect(m_records, &QTreeWidget::itemSelectionChanged, this, &SessionsTab::updateButtons);

    m_feedback->setObjectName(QStringLiteral("studentFeedback"));
    m_feedback->setRootIsDecorated(false);
    m_feedback->setUniformRowHeights(true);
    m_feedback->setHeaderLabels({ tr("Date"), tr("Told to"), tr("Method"), tr("What was shared"), tr("Reply") });
    m_feedback->setColumnWidth(0, 100);
    m_feedback->setColumnWidth(1, 80);
    m_feedback->setColumnWidth(2, 60);
    m_feedback->setColumnWidth(3, 300);

    m_new->setObjectName(QStringLiteral("newSessionRecord"));
    m_open->setObjectName(QStringLiteral("openSessionRecord"));
    m_giveFeedback->setObjectName(QStringLiteral("recordFeedback"));
    m_new->setEnabled(m_counsellor);
    connect(m_new, &QPushButton::clicked, this, &SessionsTab::newRecord);
    connect(m_open, &QPushButton::clicked, this, &SessionsTab::openSelected);
    connect(m_giveFeedback, &QPushButton::clicked, this, &SessionsTab::recordFeedback);

    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_giveFeedback);
    bar->addWidget(m_open);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_records, 3);
    layout->addLayout(bar);
    layout->addWidget(new QLabel(tr("Feedback given (反馈)"), this));
    layout->addWidget(m_feedback, 2);
    reload();
}

void SessionsTab::reload()
{
    const qint64 selected = selectedRecordId();
    m_records->clear();
    m_feedback->clear();
    try {
        const QList<Feedback> feedback = FeedbackRepository(m_school.db(), m_school.user()).forStudent(m_studentId);
        QSet<qint64> answered;
        for (const Feedback &f : feedback)
            if (f.recordId)
                answered.insert(f.recordId);
        for (const CounsellingRecord &r : SessionRepository(m_school.db(), m_school.user()).forStudent(m_studentId)) {
            QTreeWidgetItem *item;
            if (r.restricted) {
                item = new QTreeWidgetItem(m_records, { restrictedRecordText(r), QString(), restrictedContentText() });
                item->setForeground(2, palette().color(QPalette::PlaceholderText));
            } else {
                const QString fb = answered.contains(r.id) ? tr("given") : r.feedbackNeeded ? tr("due") : tr("not needed");
                item = new QTreeWidgetItem(m_records,
                    { r.heldOn.toString(Qt::ISODate), sessionFormName(r.form), categoriesText(r.categories), r.staffName, fb });
                item->setToolTip(2, categoriesText(r.categories));
                if (!answered.contains(r.id) && r.feedbackNeeded)
                    item->setForeground(4, colors::color(colors::Alarm));
            }
            item->setData(0, Qt::UserRole, r.id);
            if (r.id == selected)
                m_records->setCurrentItem(item);
        }
        for (const Feedback &f : feedback) {
            auto *item = new QTreeWidgetItem(m_feedback,
                { f.givenOn.toString(Qt::ISODate), feedbackRecipientName(f.recipient), feedbackMethodName(f.method),
                    f.summary.section(u'\n', 0, 0), f.reply.section(u'\n', 0, 0) });
            item->setToolTip(3, f.summary);
            item->setToolTip(4, f.reply);
        }
    } catch (const Error &e) {
        auto *item = new QTreeWidgetItem(m_records, { e.message() });
        item->setFirstColumnSpanned(true);
    }
    if (m_records->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_records, { tr("No counselling record yet.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    updateButtons();
}

int SessionsTab::recordCount() const
{
    int n = 0;
    for (int i = 0; i < m_records->topLevelItemCount(); ++i)
        if (m_records->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() != 0)
            ++n;
    return n;
}

qint64 SessionsTab::selectedRecordId() const
{
    const QTreeWidgetItem *item = m_records->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void SessionsTab::updateButtons()
{
    m_open->setEnabled(m_counsellor && selectedRecordId() != 0);
}

template<typename D> D *SessionsTab::showDialog(D *dialog)
{
    connect(dialog, &QDialog::accepted, this, &SessionsTab::reload);
    openWindowModal(dialog);
    return dialog;
}

SessionDialog *SessionsTab::newRecord()
{
    return showDialog(new SessionDialog(m_school, m_studentId, 0, this));
}

SessionDialog *SessionsTab::openSelected()
{
    const qint64 id = selectedRecordId();
    if (id == 0 || !m_counsellor)
        return nullptr;
    return showDialog(SessionDialog::editRecord(m_school, id, this));
}

FeedbackDialog *SessionsTab::recordFeedback()
{
    return showDialog(new FeedbackDialog(m_school, m_studentId, selectedRecordId(), this));
}

} // namespace xinan::ui
