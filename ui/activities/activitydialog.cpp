#include "activitydialog.h"

#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xinan::ui {

ActivityDialog::ActivityDialog(SchoolFile &school, qint64 activityId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_activityId(activityId)
    , m_date(makeDateEdit(this, QStringLiteral("activityDate"), clock::today()))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_attendance(new QSpinBox(this))
    , m_organiser(new QLineEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("activityError")))
{
    setWindowTitle(activityId == 0 ? tr("New activity") : tr("Edit activity"));
    m_date->setMaximumDate(clock::today());
    m_kind->setObjectName(QStringLiteral("activityKind"));
    for (ActivityKind kind : allActivityKinds())
        m_kind->addItem(activityKindName(kind), static_cast<int>(kind));
    m_kind->setPlaceholderText(tr("Choose the kind…"));
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_title->setMaxLength(ActivityRepository::MaxTitleLength);
    m_title->setPlaceholderText(tr("e.g. 心理健康主题班会"));
    m_audience->setObjectName(QStringLiteral("activityAudience"));
    m_audience->setMaxLength(ActivityRepository::MaxAudienceLength);
    m_audience->setPlaceholderText(tr("a group, e.g. 七年级全体学生 or 全体班主任: never a student's name"));
    m_attendance->setObjectName(QStringLiteral("activityAttendance"));
    m_attendance->setRange(0, ActivityRepository::MaxAttendance);
    m_attendance->setGroupSeparatorShown(false);
    m_organiser->setObjectName(QStringLiteral("activityOrganiser"));
    m_organiser->setMaxLength(ActivityRepository::MaxOrganiserLength);
    m_organiser->setPlaceholderText(tr("e.g. 心理辅导室, 德育处"));

    if (activityId == 0) {
        // May is the 5·25 mental health month: its events are the likely kind.
        m_kind->setCurrentIndex(clock::today().month() == 5 ? m_kind->findData(static_cast<int>(ActivityKind::Month525)) : -1);
        m_organiser->setText(tr("Counselling office"));
    } else {
        try {
            const Activity a = ActivityRepository(school.db(), school.user()).activity(activityId);
            m_date->setDate(a.heldOn);
            m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(a.kind)));
            m_title->setText(a.title);
            m_audience->setText(a.audience);
            m_attendance->setValue(a.attendance);
            m_organiser->setText(a.organiser);
        } catch (const Error &e) {
            fail(e.message());
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Audience"), m_audience);
    form->addRow(tr("Attending"), m_attendance);
    form->addRow(tr("Organiser"), m_organiser);
    auto *buttons = makeOkCancel(this, tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveActivity"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeNoteLabel(tr("Activities count in the term report and the export for the city platform. "
                                       "The audience names a group; no student's name belongs in an activity."),
        this));
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

Activity ActivityDialog::activityFromForm() const
{
    Activity a;
    a.id = m_activityId;
    a.heldOn = m_date->date();
    a.kind = m_kind->currentIndex() >= 0 ? static_cast<ActivityKind>(m_kind->currentData().toInt()) : ActivityKind::Other;
    a.title = m_title->text();
    a.audience = m_audience->text();
    a.attendance = m_attendance->value();
    a.organiser = m_organiser->text();
    return a;
}

void ActivityDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ActivityDialog::accept()
{
    if (m_kind->currentIndex() < 0) {
        m_kind->setFocus();
        return fail(tr("Choose the kind of activity (\"Kind\")."));
    }
    try {
        ActivityRepository repo(m_school.db(), m_school.user());
        const Activity a = activityFromForm();
        if (m_activityId == 0)
            m_activityId = repo.add(a);
        else
            repo.update(a);
    } catch (const Error &e) {
        return fail(e.message());
    }
    QDialog::accept();
}

} // namespace xinan::ui
