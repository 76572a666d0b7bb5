#pragma once
// The appointments list (预约列表): one row per appointment of the loaded span, filtered by
// status and counsellor, by start time. Columns: date and time, minutes, status, student,
// class, counsellor, room, reason category, asked by.

#include "repo/appointmentrepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace xinan::ui {

class AppointmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentListModel)

public:
    enum Column { When, Minutes, Status, Student, Class, Counsellor, Room, Category, Requester, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StudentIdRole = Qt::UserRole + 2;

    explicit AppointmentListModel(QObject *parent = nullptr);

    void setAppointments(const QList<Appointment> &appointments);
    // Only appointments in this status (nullopt: every status) and of this counsellor (0: all).
    void setFilter(std::optional<AppointmentStatus> status, qint64 staffId);
    // The appointments that pass the filter, in row order.
    const QList<Appointment> &shown() const { return m_shown; }
    const Appointment *appointment(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void apply();

    QList<Appointment> m_all;
    QList<Appointment> m_shown;
    std::optional<AppointmentStatus> m_status;
    qint64 m_staffId = 0;
};

} // namespace xinan::ui
