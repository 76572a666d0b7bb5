#include "dutychangedialogs.h"

#include "dutydialogs.h"

#include "common/formparts.h"

#include "error.h"
#include "repo/dutyrepository.h"
#include "repo/officerepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

} // namespace

// ---- swap ----

DutySwapDialog::DutySwapDialog(SchoolFile &school, const QList<DutyShift> &shifts, qint64 first, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("swapError")))
{
    setWindowTitle(tr("Swap two shifts"));
    m_first->setObjectName(QStringLiteral("swapFirst"));
    m_second->setObjectName(QStringLiteral("swapSecond"));
    m_reason->setObjectName(QStringLiteral("swapReason"));
    m_reason->setPlaceholderText(tr("optional, for example 调课"));
    for (const DutyShift &s : shifts) {
        m_first->addItem(dutyShiftText(s), s.id);
        m_second->addItem(dutyShiftText(s), s.id);
    }
    m_first->setCurrentIndex(qMax(0, m_first->findData(first)));
    m_second->setCurrentIndex(-1);
    auto *hint = new QLabel(
        tr("The staff members of the two shifts exchange them. Both shifts are marked as swapped on the roster."), this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Shift:"), m_first);
    form->addRow(tr("Swap with:"), m_second);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(makeOkCancel(this, tr("Swap")));
    resize(620, sizeHint().height());
}

void DutySwapDialog::accept()
{
    if (m_first->currentIndex() < 0 || m_second->currentIndex() < 0) {
        showError(m_error, tr("Choose the two shifts to swap."));
        return;
    }
    try {
        DutyRepository(m_school.db(), m_school.user())
            .swap(m_first->currentData().toLongLong(), m_second->currentData().toLongLong(), m_reason->text().trimmed());
    } catch (const Error &e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

// ---- cover ----

DutyCoverDialog::DutyCoverDialog(SchoolFile &school, const QList<DutyShift> &shifts, qint64 shiftId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_shift(new QComboBox(this))
    , m_staff(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("coverError")))
{
    setWindowTitle(tr("Cover a shift"));
    m_shift->setObjectName(QStringLiteral("coverShift"));
    m_staff->setObjectName(QStringLiteral("coverStaff"));
    m_reason->setObjectName(QStringLiteral("coverReason"));
    m_reason->setPlaceholderText(tr("for example 病假, 外出培训"));
    for (const DutyShift &s : shifts)
        m_shift->addItem(dutyShiftText(s), s.id);
    m_shift->setCurrentIndex(qMax(0, m_shift->findData(shiftId)));
    try {
        for (const StaffMember &s : OfficeRepository(school.db(), school.user()).staff())
            m_staff->addItem(s.name, s.id);
    } catch (const Error &e) {
        showError(m_error, e.message());
    }
    m_staff->setCurrentIndex(-1);
    auto *form = new QFormLayout;
    form->addRow(tr("Shift:"), m_shift);
    form->addRow(tr("Covered by:"), m_staff);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(makeOkCancel(this, tr("Cover")));
    resize(620, sizeHint().height());
}

void DutyCoverDialog::accept()
{
    if (m_shift->currentIndex() < 0 || m_staff->currentIndex() < 0) {
        showError(m_error, tr("Choose the shift and the staff member who covers it."));
        return;
    }
    try {
        DutyRepository(m_school.db(), m_school.user())
            .cover(m_shift->currentData().toLongLong(), m_staff->currentData().toLongLong(), m_reason->text().trimmed());
    } catch (const Error &e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

// ---- close a day ----

DutyCloseDayDialog::DutyCloseDayDialog(SchoolFile &school, const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_day(makeDateEdit(this, QStringLiteral("closeDay"), day))
    , m_reason(new QLineEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("closeError")))
{
    setWindowTitle(tr("Close a day"));
    m_reason->setObjectName(QStringLiteral("closeReason"));
    m_reason->setPlaceholderText(tr("for example 运动会, 停课"));
    auto *hint
        = new QLabel(tr("No duty that day: its shifts are removed, and regenerating the roster leaves the day empty until it "
                        "is reopened."),
            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Day:"), m_day);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(makeOkCancel(this, tr("Close the day")));
    resize(460, sizeHint().height());
}

void DutyCloseDayDialog::accept()
{
    try {
        DutyRepository(m_school.db(), m_school.user()).closeDay(m_day->date(), m_reason->text().trimmed());
    } catch (const Error &e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

// ---- duty log ----

DutyLogDialog::DutyLogDialog(SchoolFile &school, const QList<DutyShift> &cellShifts, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_room(new QComboBox(this))
    , m_staff(new QLabel(this))
    , m_visitors(new QSpinBox(this))
    , m_events(new QPlainTextEdit(this))
    , m_handover(new QPlainTextEdit(this))
    , m_written(new QLabel(this))
    , m_error(makeErrorLabel(this, QStringLiteral("logError")))
{
    m_room->setObjectName(QStringLiteral("logRoom"));
    m_visitors->setObjectName(QStringLiteral("logVisitors"));
    m_events->setObjectName(QStringLiteral("logEvents"));
    m_handover->setObjectName(QStringLiteral("logHandover"));
    m_written->setObjectName(QStringLiteral("logWritten"));
    m_visitors->setRange(0, 999);
    m_events->setTabChangesFocus(true);
    m_handover->setTabChangesFocus(true);
    for (const DutyShift &s : cellShifts) {
        if (m_room->findData(s.roomId) >= 0)
            continue;
        m_shifts.append(s);
        m_room->addItem(s.roomName, s.roomId);
    }
    const DutyShift first = m_shifts.value(0);
    setWindowTitle(
        tr("Duty log: %1 %2 %3").arg(first.day.toString(Qt::ISODate), dutyWeekdayName(first.day.dayOfWeek()), first.periodName));
    connect(m_room, &QComboBox::currentIndexChanged, this, &DutyLogDialog::load);
    auto *form = new QFormLayout;
    form->addRow(tr("Room:"), m_room);
    form->addRow(tr("On duty:"), m_staff);
    form->addRow(tr("Visitors:"), m_visitors);
    form->addRow(tr("Events:"), m_events);
    form->addRow(tr("Handover note:"), m_handover);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_written);
    layout->addWidget(m_error);
    layout->addWidget(makeOkCancel(this, tr("Save log")));
    resize(560, 460);
    load();
}

void DutyLogDialog::load()
{
    m_error->hide();
    const qint64 roomId = m_room->currentData().toLongLong();
    QStringList staff;
    DutyShift shift;
    for (const DutyShift &s : std::as_const(m_shifts))
        if (s.roomId == roomId)
            shift = s;
    try {
        DutyRepository duty(m_school.db(), m_school.user());
        for (const DutyShift &s : duty.shiftsOn(shift.day))
            if (s.periodCode == shift.periodCode && s.roomId == roomId)
                staff << s.staffName;
        const DutyLog log = duty.log(shift.day, shift.periodCode, roomId);
        m_visitors->setValue(log.visitors);
        m_events->setPlainText(log.events);
        m_handover->setPlainText(log.handover);
        m_written->setText(log.updatedAt.isValid()
                ? tr("Last written by %1 at %2.")
                      .arg(log.author, log.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : tr("No log written for this shift yet."));
    } catch (const Error &e) {
        showError(m_error, e.message());
    }
    m_staff->setText(staff.join(tr(", ")));
}

void DutyLogDialog::accept()
{
    const qint64 roomId = m_room->currentData().toLongLong();
    DutyShift shift;
    for (const DutyShift &s : std::as_const(m_shifts))
        if (s.roomId == roomId)
            shift = s;
    DutyLog log;
    log.day = shift.day;
    log.periodCode = shift.periodCode;
    log.roomId = roomId;
    log.visitors = m_visitors->value();
    log.events = m_events->toPlainText().trimmed();
    log.handover = m_handover->toPlainText().trimmed();
    try {
        DutyRepository(m_school.db(), m_school.user()).saveLog(log);
    } catch (const Error &e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
