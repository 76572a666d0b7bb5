#include "appointmentdialog.h"

#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/studentpicker.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/officerepository.h"
#include "repo/sessionrepository.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

constexpr int MaxMatches = 12;

QDateTime nextHalfHour()
{
    const QDateTime now = clock::now();
    const int minutes = now.time().hour() * 60 + now.time().minute();
    const int next = (minutes / 30 + 1) * 30;
    return QDateTime(now.date(), QTime(0, 0)).addSecs(next * 60LL);
}

int indexOfData(const QComboBox *box, qint64 value)
{
    for (int i = 0; i < box->count(); ++i)
        if (box->itemData(i).toLongLong() == value)
            return i;
    return -1;
}

} // namespace

AppointmentDialog::AppointmentDialog(SchoolFile &school, Mode mode, qint64 appointmentId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_mode(mode)
    , m_id(mode == Mode::New ? 0 : appointmentId)
    , m_requester(new QComboBox(this))
    , m_finder(new StudentFinder(school, this))
    , m_student(new QLabel(this))
    , m_staff(new QComboBox(this))
    , m_room(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_category(new QComboBox(this))
    , m_confirmed(new QCheckBox(tr("Already confirmed with the student"), this))
    , m_weeks(new QSpinBox(this))
    , m_warnings(new QLabel(this))
    , m_error(makeErrorLabel(this, QStringLiteral("appointmentError")))
{
    setWindowTitle(mode == Mode::New ? tr("New appointment")
            : mode == Mode::Edit     ? tr("Edit appointment")
                                     : tr("Reschedule appointment"));
    setMinimumWidth(520);

    m_requester->setObjectName(QStringLiteral("requester"));
    for (const RequesterKind kind : allRequesterKinds())
        m_requester->addItem(requesterKindName(kind), static_cast<int>(kind));

    m_finder->searchField()->setPlaceholderText(tr("Student number, name or pinyin"));
    m_finder->matchList()->setMaximumHeight(110);
    m_finder->setMaxMatches(MaxMatches);
    m_finder->setCompact(true);
    m_student->setObjectName(QStringLiteral("chosenStudent"));
    m_student->setText(tr("No student chosen yet."));
    connect(m_finder, &StudentFinder::failed, this, &AppointmentDialog::showError);
    connect(m_finder, &StudentFinder::chosen, this, [this](qint64 studentId) {
        if (studentId != 0)
            setStudent(studentId);
    });

    m_staff->setObjectName(QStringLiteral("counsellor"));
    m_room->setObjectName(QStringLiteral("room"));
    m_room->addItem(tr("No room"), 0);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItem(QString());
    try {
        OfficeRepository office(school.db(), school.user());
        for (const StaffMember &s : office.staff())
            m_staff->addItem(s.kind == StaffKind::PartTime ? tr("%1 (part-time)").arg(s.name) : s.name, s.id);
        for (const Room &r : office.rooms())
            m_room->addItem(r.name, r.id);
        if (const auto me = office.staffForAccount(school.user()))
            m_staff->setCurrentIndex(std::max(0, indexOfData(m_staff, me->id)));
        m_category->addItems(SessionRepository(school.db(), school.user()).problemCategories());
    } catch (const Error &e) {
        showError(e.message());
    }

    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setDateTime(nextHalfHour());
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(5, AppointmentRepository::MaxMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(50);
    m_minutes->setSuffix(tr(" min"));
    m_confirmed->setObjectName(QStringLiteral("confirmed"));
    m_weeks->setObjectName(QStringLiteral("repeatWeeks"));
    m_weeks->setRange(1, 20);
    m_weeks->setValue(1);
    m_weeks->setSuffix(tr(" week(s)"));
    m_weeks->setToolTip(
        tr("Book the same time every week: each occurrence is its own appointment and can be edited on its own."));
    m_warnings->setObjectName(QStringLiteral("appointmentWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_warnings->hide();

    auto *studentBox = new QVBoxLayout;
    studentBox->setContentsMargins(0, 0, 0, 0);
    studentBox->addWidget(m_finder);
    studentBox->addWidget(m_student);

    auto *form = new QFormLayout;
    form->addRow(tr("Asked by:"), m_requester);
    form->addRow(tr("Student:"), studentBox);
    form->addRow(tr("Counsellor:"), m_staff);
    form->addRow(tr("Room:"), m_room);
    form->addRow(tr("Starts:"), m_start);
    form->addRow(tr("Duration:"), m_minutes);
    form->addRow(tr("Reason category:"), m_category);
    if (mode == Mode::New) {
        form->addRow(QString(), m_confirmed);
        form->addRow(tr("Repeat weekly:"), m_weeks);
    } else {
        m_confirmed->hide();
        m_weeks->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAppointment"));
    if (mode == Mode::Reschedule)
        buttons->button(QDialogButtonBox::Save)->setText(tr("Reschedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Reschedule) {
        auto *hint = new QLabel(
            tr("The appointment is marked rescheduled and a new, confirmed appointment is booked at the new time."), this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (mode != Mode::New) {
        try {
            const Appointment a = AppointmentRepository(school.db(), school.user()).get(appointmentId);
            m_requester->setCurrentIndex(std::max(0, m_requester->findData(static_cast<int>(a.requester))));
            setStudent(a.studentId);
            int staff = indexOfData(m_staff, a.staffId);
            if (staff < 0) { // no longer on the staff: keep the name visible
                m_staff->addItem(a.staffName, a.staffId);
                staff = m_staff->count() - 1;
            }
            m_staff->setCurrentIndex(staff);
            int room = indexOfData(m_room, a.roomId);
            if (room < 0) {
                m_room->addItem(a.roomName, a.roomId);
                room = m_room->count() - 1;
            }
            m_room->setCurrentIndex(room);
            m_start->setDateTime(a.start.toLocalTime());
            m_minutes->setValue(std::clamp(a.minutes, m_minutes->minimum(), m_minutes->maximum()));
            m_category->setCurrentText(a.category);
        } catch (const Error &e) {
            showError(e.message());
            buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        }
        if (mode == Mode::Reschedule) {
            for (QWidget *w : std::initializer_list<QWidget *> { m_requester, m_finder, m_staff, m_category })
                w->setEnabled(false);
        }
    }
}

void AppointmentDialog::prefill(const QDateTime &start, qint64 staffId, qint64 studentId)
{
    if (start.isValid())
        m_start->setDateTime(start);
    if (staffId != 0) {
        const int index = indexOfData(m_staff, staffId);
        if (index >= 0)
            m_staff->setCurrentIndex(index);
    }
    if (studentId != 0)
        setStudent(studentId);
}

void AppointmentDialog::setStudent(qint64 studentId)
{
    try {
        const std::optional<Student> s = StudentRepository(m_school.db(), m_school.user()).find(studentId);
        if (!s) {
            showError(tr("The student record no longer exists; it may have been deleted."));
            return;
        }
        m_studentId = studentId;
        m_student->setText(tr("Chosen: %1, %2 %3 (%4)").arg(s->name, gradeName(s->grade), s->className, s->studentNo));
    } catch (const Error &e) {
        showError(e.message());
    }
}

AppointmentInput AppointmentDialog::input() const
{
    AppointmentInput in;
    in.requester = static_cast<RequesterKind>(m_requester->currentData().toInt());
    in.studentId = m_studentId;
    in.staffId = m_staff->currentData().toLongLong();
    in.roomId = m_room->currentData().toLongLong();
    in.start = m_start->dateTime();
    in.minutes = m_minutes->value();
    in.category = m_category->currentText().trimmed();
    in.status = m_confirmed->isChecked() ? AppointmentStatus::Confirmed : AppointmentStatus::Pending;
    return in;
}

void AppointmentDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AppointmentDialog::accept()
{
    showError(QString());
    const AppointmentInput in = input();
    if (in.studentId == 0) {
        showError(tr("Choose the student: type a student number, a name or its pinyin, then pick the student from the list."));
        m_finder->searchField()->setFocus();
        return;
    }
    try {
        AppointmentRepository repo(m_school.db(), m_school.user());
        QStringList warnings;
        const int weeks = m_mode == Mode::New ? m_weeks->value() : 1;
        for (int w = 0; w < weeks; ++w) {
            AppointmentInput occurrence = in;
            occurrence.start = in.start.addDays(7LL * w);
            for (const QString &warning : repo.warningsFor(occurrence))
                if (!warnings.contains(warning))
                    warnings << warning;
        }
        m_warnings->setText(warnings.join(u'\n'));
        m_warnings->setVisible(!warnings.isEmpty());
        if (!warnings.isEmpty()
            && !askToProceed(this, MessageKind::Warning, windowTitle(),
                tr("Please check before saving:\n%1\n\nSave the appointment anyway?").arg(warnings.join(u'\n')),
                tr("Save anyway")))
            return;
        BookingResult result;
        switch (m_mode) {
        case Mode::New:
            result = weeks > 1 ? repo.bookWeekly(in, weeks) : repo.book(in);
            break;
        case Mode::Edit:
            result = repo.update(m_id, in);
            break;
        case Mode::Reschedule:
            result = repo.reschedule(m_id, in.start, in.minutes, in.roomId);
            break;
        }
        m_saved = result.ids;
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
