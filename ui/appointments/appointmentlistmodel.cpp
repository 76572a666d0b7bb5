#include "appointmentlistmodel.h"

#include "appointmentcalendar.h"

#include "domain/student.h"

namespace xinan::ui {

AppointmentListModel::AppointmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AppointmentListModel::setAppointments(const QList<Appointment> &appointments)
{
    m_all = appointments;
    apply();
}

void AppointmentListModel::setFilter(std::optional<AppointmentStatus> status, qint64 staffId)
{
    m_status = status;
    m_staffId = staffId;
    apply();
}

void AppointmentListModel::apply()
{
    beginResetModel();
    m_shown.clear();
    for (const Appointment &a : std::as_const(m_all))
        if ((!m_status || a.status == *m_status) && (m_staffId == 0 || a.staffId == m_staffId))
            m_shown.append(a);
    endResetModel();
}

const Appointment *AppointmentListModel::appointment(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

int AppointmentListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_shown.at(row).id == id)
            return row;
    return -1;
}

int AppointmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int AppointmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_shown.size() || index.column() >= ColumnCount)
        return {};
    const Appointment &a = m_shown.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == StudentIdRole)
        return a.studentId;
    if (role == Qt::DecorationRole && index.column() == Status)
        return appointmentStatusColor(a.status);
    if (role == Qt::TextAlignmentRole && index.column() == Minutes)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QStringLiteral("%1–%2").arg(a.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd ddd HH:mm")),
            a.end.toLocalTime().toString(QStringLiteral("HH:mm")));
    case Minutes:
        return a.minutes;
    case Status:
        return appointmentStatusName(a.status);
    case Student:
        return a.studentName;
    case Class:
        return QStringLiteral("%1 %2").arg(gradeName(a.grade), a.className);
    case Counsellor:
        return a.staffName;
    case Room:
        return a.roomName;
    case Category:
        return a.category;
    case Requester:
        return requesterKindName(a.requester);
    default:
        return {};
    }
}

QVariant AppointmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Date and time");
    case Minutes:
        return tr("Minutes");
    case Status:
        return tr("Status");
    case Student:
        return tr("Student");
    case Class:
        return tr("Class");
    case Counsellor:
        return tr("Counsellor");
    case Room:
        return tr("Room");
    case Category:
        return tr("Reason category");
    case Requester:
        return tr("Asked by");
    default:
        return {};
    }
}

} // namespace xinan::ui
