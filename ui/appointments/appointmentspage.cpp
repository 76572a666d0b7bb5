#include "appointmentspage.h"

#include "appointmentcalendar.h"
#include "appointmentdialog.h"
#include "appointmentlistmodel.h"
#include "appointmentslip.h"

#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/printout.h"
#include "sessions/sessiondialog.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/officerepository.h"
#include "repo/schoolrepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

AppointmentsPage::AppointmentsPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_day(clock::today())
    , m_range(new QLabel(this))
    , m_picker(new QDateEdit(this))
    , m_view(new QComboBox(this))
    , m_staffFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_calendar(new AppointmentCalendar)
    , m_model(new AppointmentListModel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("New appointment…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_reschedule(new QPushButton(tr("Reschedule…"), this))
    , m_confirm(new QPushButton(tr("Confirm"), this))
    , m_done(new QPushButton(tr("Done"), this))
    , m_noShow(new QPushButton(tr("No-show"), this))
    , m_cancel(new QPushButton(tr("Cancel appointment"), this))
    , m_student(new QPushButton(tr("Student file…"), this))
    , m_slip(new QPushButton(tr("Print slip…"), this))
    , m_slipPdf(new QPushButton(tr("Slip as PDF…"), this))
{
    setObjectName(QStringLiteral("appointmentsPage"));
    QLabel *title = makePageTitle(tr("Appointments"), this);

    auto *previous = new QPushButton(tr("◀ Previous"), this);
    previous->setObjectName(QStringLiteral("previousPeriod"));
    auto *today = new QPushButton(tr("Today"), this);
    today->setObjectName(QStringLiteral("todayPeriod"));
    auto *next = new QPushButton(tr("Next ▶"), this);
    next->setObjectName(QStringLiteral("nextPeriod"));
    connect(previous, &QPushButton::clicked, this, [this] { setDate(m_day.addDays(view() == View::Day ? -1 : -7)); });
    connect(next, &QPushButton::clicked, this, [this] { setDate(m_day.addDays(view() == View::Day ? 1 : 7)); });
    connect(today, &QPushButton::clicked, this, [this] { setDate(clock::today()); });
    m_picker->setObjectName(QStringLiteral("datePicker"));
    m_picker->setCalendarPopup(true);
    m_picker->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_picker->setDate(m_day);
    connect(m_picker, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (day != m_day)
            setDate(day);
    });
    m_range->setObjectName(QStringLiteral("periodLabel"));

    m_view->setObjectName(QStringLiteral("viewMode"));
    m_view->addItem(tr("Week"), static_cast<int>(View::Week));
    m_view->addItem(tr("Day (by counsellor)"), static_cast<int>(View::Day));
    m_view->addItem(tr("List (week)"), static_cast<int>(View::List));
    m_staffFilter->setObjectName(QStringLiteral("counsellorFilter"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (const AppointmentStatus s : allAppointmentStatuses())
        m_statusFilter->addItem(appointmentStatusName(s), static_cast<int>(s));
    connect(m_view, &QComboBox::currentIndexChanged, this, &AppointmentsPage::reload);
    connect(m_staffFilter, &QComboBox::currentIndexChanged, this, &AppointmentsPage::reload);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &AppointmentsPage::reload);

    m_scroll->setObjectName(QStringLiteral("calendarScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_calendar);
    m_table->setObjectName(QStringLiteral("appointmentList"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AppointmentListModel::When, 210);
    m_table->setColumnWidth(AppointmentListModel::Minutes, 50);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AppointmentsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_calendar, &AppointmentCalendar::selectionChanged, this, &AppointmentsPage::updateButtons);
    connect(m_calendar, &AppointmentCalendar::appointmentActivated, this, [this] { editSelected(); });
    connect(m_calendar, &AppointmentCalendar::emptySlotActivated, this,
        [this](const QDateTime &start, qint64 staffId) { newAppointment(start, staffId); });

    m_new->setObjectName(QStringLiteral("newAppointment"));
    m_edit->setObjectName(QStringLiteral("editAppointment"));
    m_reschedule->setObjectName(QStringLiteral("rescheduleAppointment"));
    m_confirm->setObjectName(QStringLiteral("confirmAppointment"));
    m_done->setObjectName(QStringLiteral("doneAppointment"));
    m_noShow->setObjectName(QStringLiteral("noShowAppointment"));
    m_cancel->setObjectName(QStringLiteral("cancelAppointment"));
    m_student->setObjectName(QStringLiteral("appointmentStudent"));
    m_slip->setObjectName(QStringLiteral("printSlip"));
    m_slipPdf->setObjectName(QStringLiteral("exportSlip"));
    m_slip->setToolTip(tr("The slip for the class teacher: student, class, time, room and counsellor (never the reason)."));
    m_slipPdf->setToolTip(m_slip->toolTip());
    connect(m_new, &QPushButton::clicked, this, [this] { newAppointment(); });
    connect(m_edit, &QPushButton::clicked, this, &AppointmentsPage::editSelected);
    connect(m_reschedule, &QPushButton::clicked, this, &AppointmentsPage::rescheduleSelected);
    connect(m_confirm, &QPushButton::clicked, this, [this] { changeStatus(AppointmentStatus::Confirmed); });
    connect(m_done, &QPushButton::clicked, this, [this] { changeStatus(AppointmentStatus::Done); });
    connect(m_noShow, &QPushButton::clicked, this, [this] { changeStatus(AppointmentStatus::NoShow); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { changeStatus(AppointmentStatus::Cancelled); });
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const Appointment *a = selected())
            Q_EMIT openStudent(a->studentId);
    });
    connect(m_slip, &QPushButton::clicked, this, &AppointmentsPage::previewSlip);
    connect(m_slipPdf, &QPushButton::clicked, this, &AppointmentsPage::exportSlip);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(previous);
    navigation->addWidget(today);
    navigation->addWidget(next);
    navigation->addWidget(m_picker);
    navigation->addSpacing(8);
    navigation->addWidget(m_range, 1);
    navigation->addWidget(new QLabel(tr("View:"), this));
    navigation->addWidget(m_view);
    navigation->addWidget(new QLabel(tr("Counsellor:"), this));
    navigation->addWidget(m_staffFilter);
    navigation->addWidget(new QLabel(tr("Status:"), this));
    navigation->addWidget(m_statusFilter);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addSpacing(8);
    for (QPushButton *b : { m_edit, m_reschedule, m_confirm, m_done, m_noShow, m_cancel })
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_student);
    actions->addWidget(m_slip);
    actions->addWidget(m_slipPdf);

    // The colour legend, and the week's counts.
    auto *legend = new QHBoxLayout;
    for (const AppointmentStatus s : allAppointmentStatuses()) {
        auto *swatch = new QLabel(this);
        swatch->setFixedSize(14, 14);
        swatch->setStyleSheet(QStringLiteral("background-color: %1; border: 1px solid %2;")
                                  .arg(appointmentStatusColor(s).name(), appointmentStatusColor(s).darker(130).name()));
        legend->addWidget(swatch);
        legend->addWidget(new QLabel(appointmentStatusName(s), this));
        legend->addSpacing(8);
    }
    m_summary->setObjectName(QStringLiteral("appointmentSummary"));
    legend->addStretch(1);
    legend->addWidget(m_summary);

    auto *hint = new QLabel(tr("Double-click an empty time to book it, or an appointment to edit it."), this);
    hint->setStyleSheet(colors::textStyle(colors::Muted));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(navigation);
    layout->addLayout(actions);
    layout->addWidget(m_stack, 1);
    layout->addLayout(legend);
    layout->addWidget(hint);
    reload();
}

void AppointmentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

AppointmentsPage::View AppointmentsPage::view() const
{
    return static_cast<View>(m_view->currentData().toInt());
}

void AppointmentsPage::setView(View view)
{
    m_view->setCurrentIndex(m_view->findData(static_cast<int>(view)));
}

void AppointmentsPage::setDate(const QDate &day)
{
    if (!day.isValid())
        return;
    m_day = day;
    if (m_picker->date() != day) {
        const QSignalBlocker block(m_picker);
        m_picker->setDate(day);
    }
    reload();
}

QDate AppointmentsPage::firstDay() const
{
    return view() == View::Day ? m_day : mondayOf(m_day);
}

QDate AppointmentsPage::lastDay() const
{
    return view() == View::Day ? m_day : mondayOf(m_day).addDays(6);
}

void AppointmentsPage::reload()
{
    const qint64 keep = selectedId();
    const QDate first = firstDay();
    const QDate last = lastDay();
    QList<StaffMember> staff;
    m_loaded.clear();
    try {
        OfficeRepository office(m_school.db(), m_school.user());
        staff = office.staff();
        m_loaded = AppointmentRepository(m_school.db(), m_school.user()).range(first, last);
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("Appointments"), e.message());
    }

    // The counsellor filter keeps its choice across reloads.
    const qint64 staffChoice = m_staffFilter->currentData().toLongLong();
    {
        const QSignalBlocker block(m_staffFilter);
        m_staffFilter->clear();
        m_staffFilter->addItem(tr("All counsellors"), 0);
        for (const StaffMember &s : std::as_const(staff))
            m_staffFilter->addItem(s.name, s.id);
        const int index = m_staffFilter->findData(staffChoice);
        m_staffFilter->setCurrentIndex(index < 0 ? 0 : index);
    }
    const qint64 staffId = m_staffFilter->currentData().toLongLong();
    const int statusCode = m_statusFilter->currentData().toInt();
    const std::optional<AppointmentStatus> status
        = statusCode < 0 ? std::nullopt : std::optional(static_cast<AppointmentStatus>(statusCode));

    m_model->setAppointments(m_loaded);
    m_model->setFilter(status, staffId);

    // The day view has a column per counsellor: the chosen one, or every active counsellor and
    // anyone else with an appointment that day.
    QList<StaffMember> columns;
    for (const StaffMember &s : std::as_const(staff))
        if (staffId == 0 || s.id == staffId)
            columns.append(s);
    for (const Appointment &a : std::as_const(m_loaded)) {
        if (staffId != 0 && a.staffId != staffId)
            continue;
        if (std::none_of(columns.cbegin(), columns.cend(), [&a](const StaffMember &s) { return s.id == a.staffId; }))
            columns.append(StaffMember { a.staffId, a.staffName, StaffKind::FullTime, QString(), QString(), false });
    }
    const bool day = view() == View::Day;
    m_calendar->setData(day ? AppointmentCalendar::Mode::Day : AppointmentCalendar::Mode::Week, first, columns, m_model->shown());
    m_stack->setCurrentWidget(view() == View::List ? static_cast<QWidget *>(m_table) : m_scroll);

    m_range->setText(day
            ? QStringLiteral("%1 %2").arg(first.toString(Qt::ISODate), QLocale().dayName(first.dayOfWeek()))
            : tr("%1 – %2 (week %3)").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)).arg(first.weekNumber()));
    int pending = 0;
    int confirmed = 0;
    for (const Appointment &a : m_model->shown()) {
        pending += a.status == AppointmentStatus::Pending;
        confirmed += a.status == AppointmentStatus::Confirmed;
    }
    m_summary->setText(tr("%n appointment(s) shown", nullptr, static_cast<int>(m_model->shown().size())) + QStringLiteral(" · ")
        + tr("to confirm: %1 · confirmed: %2").arg(pending).arg(confirmed));
    select(keep);
    updateButtons();
}

qint64 AppointmentsPage::selectedId() const
{
    if (view() == View::List) {
        const QModelIndex index = m_table->selectionModel()->currentIndex();
        const Appointment *a = index.isValid() ? m_model->appointment(index.row()) : nullptr;
        return a ? a->id : 0;
    }
    return m_calendar->selectedId();
}

void AppointmentsPage::select(qint64 appointmentId)
{
    m_calendar->setSelectedId(appointmentId);
    const int row = m_model->rowOf(appointmentId);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_table->selectionModel()->clear();
    updateButtons();
}

const Appointment *AppointmentsPage::selected() const
{
    const qint64 id = selectedId();
    if (id == 0)
        return nullptr;
    for (const Appointment &a : m_loaded)
        if (a.id == id)
            return &a;
    return nullptr;
}

void AppointmentsPage::updateButtons()
{
    const Appointment *a = selected();
    const bool started = a && a->start <= clock::nowUtc();
    const auto can = [a](AppointmentStatus to) { return a && isLegalTransition(a->status, to); };
    m_edit->setEnabled(a && !isTerminal(a->status));
    m_reschedule->setEnabled(can(AppointmentStatus::Rescheduled));
    m_confirm->setEnabled(can(AppointmentStatus::Confirmed));
    m_done->setEnabled(can(AppointmentStatus::Done) && started);
    m_noShow->setEnabled(can(AppointmentStatus::NoShow) && started);
    m_cancel->setEnabled(can(AppointmentStatus::Cancelled));
    m_student->setEnabled(a != nullptr);
    const bool slip = a && (a->status == AppointmentStatus::Pending || a->status == AppointmentStatus::Confirmed);
    m_slip->setEnabled(slip);
    m_slipPdf->setEnabled(slip);
    const QString notYet = a && !started && can(AppointmentStatus::Done) ? tr("The appointment has not started yet.") : QString();
    m_done->setToolTip(notYet);
    m_noShow->setToolTip(notYet);
}

AppointmentDialog *AppointmentsPage::newAppointment(const QDateTime &start, qint64 staffId)
{
    auto *dialog = new AppointmentDialog(m_school, AppointmentDialog::Mode::New, 0, this);
    dialog->setObjectName(QStringLiteral("appointmentDialog"));
    dialog->prefill(start, staffId != 0 ? staffId : m_staffFilter->currentData().toLongLong());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<qint64> ids = dialog->savedIds();
        reload();
        select(ids.value(0));
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

AppointmentDialog *AppointmentsPage::editSelected()
{
    const Appointment *a = selected();
    if (!a || isTerminal(a->status))
        return nullptr;
    auto *dialog = new AppointmentDialog(m_school, AppointmentDialog::Mode::Edit, a->id, this);
    dialog->setObjectName(QStringLiteral("appointmentDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->savedIds().value(0);
        reload();
        select(id);
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

AppointmentDialog *AppointmentsPage::rescheduleSelected()
{
    const Appointment *a = selected();
    if (!a || !isLegalTransition(a->status, AppointmentStatus::Rescheduled))
        return nullptr;
    auto *dialog = new AppointmentDialog(m_school, AppointmentDialog::Mode::Reschedule, a->id, this);
    dialog->setObjectName(QStringLiteral("rescheduleDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->savedIds().value(0);
        // The replacement may lie in another week: follow it.
        try {
            setDate(AppointmentRepository(m_school.db(), m_school.user()).get(id).start.toLocalTime().date());
        } catch (const Error &) {
            reload();
        }
        select(id);
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

bool AppointmentsPage::changeStatus(AppointmentStatus to)
{
    const Appointment *selectedAppointment = selected();
    if (!selectedAppointment)
        return false;
    const Appointment a = *selectedAppointment;
    const QString when = a.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (to == AppointmentStatus::Cancelled
        && !askToProceed(this, MessageKind::Warning, tr("Cancel the appointment"),
            tr("Cancel the appointment of %1 on %2 with %3? The time becomes free again.").arg(a.studentName, when, a.staffName),
            tr("Cancel the appointment")))
        return false;
    try {
        AppointmentRepository(m_school.db(), m_school.user()).setStatus(a.id, to);
    } catch (const Error &e) {
        showMessage(this, MessageKind::Warning, tr("Appointments"), e.message());
        reload();
        return false;
    }
    reload();
    select(a.id);
    Q_EMIT changed();
    if (to == AppointmentStatus::Done
        && askToProceed(this, MessageKind::Information, tr("Record the session"),
            tr("The appointment of %1 on %2 is done. Record the counselling session now?").arg(a.studentName, when),
            tr("Record the session…")))
        recordSession(a.id);
    return true;
}

SessionDialog *AppointmentsPage::recordSession(qint64 appointmentId)
{
    qint64 studentId = 0;
    for (const Appointment &a : std::as_const(m_loaded))
        if (a.id == appointmentId)
            studentId = a.studentId;
    auto *dialog = new SessionDialog(m_school, studentId, appointmentId, this);
    dialog->setObjectName(QStringLiteral("sessionDialog"));
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

void AppointmentsPage::previewSlip()
{
    const Appointment *a = selected();
    if (!a)
        return;
    AppointmentSlip slip { SchoolRepository(m_school.db(), m_school.user()).school().name, *a, clock::today() };
    QPrinter printer;
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Appointment slip"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &slip](QPrinter *p) {
        printAppointmentSlip(*p, slip);
        recordPrintout(m_school.db(), *p, QStringLiteral("appointment_slip"), 1);
    });
    preview.exec();
}

void AppointmentsPage::exportSlip()
{
    const Appointment *selectedAppointment = selected();
    if (!selectedAppointment)
        return;
    const Appointment a = *selectedAppointment;
    if (!askToProceed(this, MessageKind::Warning, tr("Export the appointment slip"),
            tr("The slip contains the student's name. The PDF is not encrypted: save it only where no one else can read it "
               "(not on a shared or public computer), and delete it once it is printed."),
            tr("Choose where to save…")))
        return;
    QString path = askSaveFileName(this, tr("Export the appointment slip"),
        tr("appointment-slip-%1.pdf").arg(a.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printAppointmentSlip(printer, { SchoolRepository(m_school.db(), m_school.user()).school().name, a, clock::today() });
    recordPrintout(m_school.db(), printer, QStringLiteral("appointment_slip"), 1);
    if (printer.printerState() == QPrinter::Error) {
        showMessage(this, MessageKind::Critical, tr("Export the appointment slip"), tr("%1 could not be written.").arg(path));
        return;
    }
    showMessage(this, MessageKind::Information, tr("Export the appointment slip"), tr("The slip was saved as %1.").arg(path));
}

} // namespace xinan::ui
