#pragma once
// The appointments calendar (预约日历), painted: columns (the seven days of a week, or the
// counsellors of one day), the time down the side from 07:30 to 22:00, each appointment a
// block coloured by its status with its time, student, counsellor and room; blocks that overlap
// in a column stand side by side. Click selects a block, double-click on a block activates it,
// double-click on an empty slot asks for a new appointment there (snapped to a quarter hour).

#include "repo/appointmentrepository.h"
#include "repo/officerepository.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace xinan::ui {

// The fill colour of a status (pending amber, confirmed blue, done green, no-show red,
// cancelled and rescheduled grey).
QColor appointmentStatusColor(AppointmentStatus status);

class AppointmentCalendar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentCalendar)

public:
    enum class Mode { Week, Day };

    explicit AppointmentCalendar(QWidget *parent = nullptr);

    // Week: seven day columns from `first` (a Monday). Day: `first` only, one column per
    // counsellor in `staff` (one column when empty). Appointments outside the columns are ignored.
    void setData(Mode mode, const QDate &first, const QList<StaffMember> &staff, const QList<Appointment> &appointments);

    Mode mode() const { return m_mode; }
    QDate firstDay() const { return m_first; }
    int columnCount() const;
    qint64 selectedId() const { return m_selected; }
    void setSelectedId(qint64 id);
    // Where a block was laid out (widget coordinates); null when the appointment is not shown.
    QRectF blockRect(qint64 id) const;
    // The time and counsellor (0: any) under a point in the grid; an invalid time outside it.
    QDateTime timeAt(const QPoint &pos, qint64 *staffId = nullptr) const;
    // The point in the grid for a day, time and counsellor column (for tests and scrolling).
    QPoint pointFor(const QDate &day, const QTime &time, qint64 staffId = 0) const;

    static constexpr int FirstMinute = 7 * 60 + 30; // 07:30
    static constexpr int LastMinute = 22 * 60; // 22:00

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(qint64 appointmentId);
    void appointmentActivated(qint64 appointmentId);
    // A double-click on an empty slot: a local start time and the counsellor of the column (0
    // in the week view).
    void emptySlotActivated(const QDateTime &start, qint64 staffId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Block
    {
        int index = 0; // into m_appointments
        int column = 0;
        int lane = 0;
        int lanes = 1;
        QRectF rect;
    };
    QRectF gridRect() const;
    double columnWidth() const;
    double yForMinute(int minute) const;
    int columnOf(const Appointment &a) const;
    void layoutBlocks();
    qint64 idAt(const QPoint &pos) const;
    QString columnTitle(int column) const;

    Mode m_mode = Mode::Week;
    QDate m_first;
    QList<StaffMember> m_staff;
    QList<Appointment> m_appointments;
    QList<Block> m_blocks;
    QHash<qint64, int> m_blockOf; // appointment id → index into m_blocks
    qint64 m_selected = 0;
};

} // namespace xinan::ui
