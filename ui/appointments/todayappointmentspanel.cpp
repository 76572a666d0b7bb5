#include "todayappointmentspanel.h"

#include "appointmentcalendar.h"

#include "common/dialogseams.h"

#include "domain/student.h"
#include "error.h"
#include "repo/appointmentrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

TodayAppointmentsPanel::TodayAppointmentsPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_list(new QTreeWidget(this))
    , m_confirm(new QPushButton(tr("Confirm"), this))
    , m_student(new QPushButton(tr("Student file"), this))
{
    setObjectName(QStringLiteral("todayAppointmentsPanel"));
    m_list->setObjectName(QStringLiteral("todayAppointments"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Time"), tr("Student"), tr("Class"), tr("Counsellor"), tr("Room"), tr("Status") });
    m_list->header()->setStretchLastSection(true);
    for (int column = 0; column < 5; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_confirm->setObjectName(QStringLiteral("todayConfirm"));
    m_student->setObjectName(QStringLiteral("todayStudent"));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TodayAppointmentsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 student = item->data(0, Qt::UserRole + 1).toLongLong())
            Q_EMIT openStudent(student);
    });
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT openStudent(item->data(0, Qt::UserRole + 1).toLongLong());
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        try {
            AppointmentRepository(m_school.db(), m_school.user())
                .setStatus(item->data(0, Qt::UserRole).toLongLong(), AppointmentStatus::Confirmed);
        } catch (const Error &e) {
            showMessage(this, MessageKind::Warning, title(), e.message());
        }
        refresh();
        Q_EMIT changed();
    });
    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Book and change appointments on the Appointments page."), this);
    hint->setWordWrap(true);
    bar->addWidget(hint, 1);
    bar->addWidget(m_confirm);
    bar->addWidget(m_student);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(bar);
    updateButtons();
}

QString TodayAppointmentsPanel::title() const
{
    return tr("Today's appointments");
}

int TodayAppointmentsPanel::waitingCount() const
{
    return m_waiting;
}

void TodayAppointmentsPanel::refresh()
{
    m_list->clear();
    m_waiting = 0;
    QList<Appointment> today;
    try {
        today = AppointmentRepository(m_school.db(), m_school.user()).today();
    } catch (const Error &e) {
        auto *item = new QTreeWidgetItem(m_list, { e.message() });
        item->setFirstColumnSpanned(true);
        updateButtons();
        return;
    }
    for (const Appointment &a : std::as_const(today)) {
        auto *item = new QTreeWidgetItem(m_list,
            { QStringLiteral("%1–%2").arg(
                  a.start.toLocalTime().toString(QStringLiteral("HH:mm")), a.end.toLocalTime().toString(QStringLiteral("HH:mm"))),
                a.studentName, QStringLiteral("%1 %2").arg(gradeName(a.grade), a.className), a.staffName, a.roomName,
                appointmentStatusName(a.status) });
        item->setData(0, Qt::UserRole, a.id);
        item->setData(0, Qt::UserRole + 1, a.studentId);
        item->setData(0, Qt::UserRole + 2, static_cast<int>(a.status));
        item->setIcon(5, [&a] {
            QPixmap swatch(12, 12);
            swatch.fill(appointmentStatusColor(a.status));
            return QIcon(swatch);
        }());
        if (a.status == AppointmentStatus::Pending)
            ++m_waiting;
    }
    if (today.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list, { tr("No appointment today.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    updateButtons();
}

void TodayAppointmentsPanel::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool any = item && item->data(0, Qt::UserRole).toLongLong() != 0;
    m_student->setEnabled(any);
    m_confirm->setEnabled(
        any && static_cast<AppointmentStatus>(item->data(0, Qt::UserRole + 2).toInt()) == AppointmentStatus::Pending);
}

} // namespace xinan::ui
