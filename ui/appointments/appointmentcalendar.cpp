#include "appointmentcalendar.h"

#include "platform/clock.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace xinan::ui {
namespace {

constexpr int HeaderHeight = 40;
constexpr int GutterWidth = 52;
constexpr double MinHourHeight = 44.0;
constexpr double Hours = (AppointmentCalendar::LastMinute - AppointmentCalendar::FirstMinute) / 60.0;

int minuteOfDay(const QDateTime &local)
{
    return local.time().hour() * 60 + local.time().minute();
}

QString weekdayShort(const QDate &day)
{
    return QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
}

} // namespace

QColor appointmentStatusColor(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Pending:
        return QColor(0xf6, 0xc3, 0x4a);
    case AppointmentStatus::Confirmed:
        return QColor(0x4a, 0x86, 0xd0);
    case AppointmentStatus::Done:
        return QColor(0x4f, 0xa0, 0x63);
    case AppointmentStatus::NoShow:
        return QColor(0xd2, 0x52, 0x4c);
    case AppointmentStatus::Cancelled:
        return QColor(0xc4, 0xc4, 0xc4);
    case AppointmentStatus::Rescheduled:
        return QColor(0xb3, 0xa9, 0xc9);
    }
    return QColor(Qt::gray);
}

AppointmentCalendar::AppointmentCalendar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("appointmentCalendar"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    m_first = clock::today();
}

QSize AppointmentCalendar::sizeHint() const
{
    return QSize(GutterWidth + 7 * 130, HeaderHeight + static_cast<int>(Hours * 48));
}

QSize AppointmentCalendar::minimumSizeHint() const
{
    return QSize(GutterWidth + columnCount() * 60, HeaderHeight + static_cast<int>(Hours * MinHourHeight));
}

int AppointmentCalendar::columnCount() const
{
    if (m_mode == Mode::Week)
        return 7;
    return std::max<int>(1, static_cast<int>(m_staff.size()));
}

void AppointmentCalendar::setData(
    Mode mode, const QDate &first, const QList<StaffMember> &staff, const QList<Appointment> &appointments)
{
    m_mode = mode;
    m_first = first;
    m_staff = mode == Mode::Day ? staff : QList<StaffMember>();
    m_appointments = appointments;
    layoutBlocks();
    if (m_selected != 0 && !m_blockOf.contains(m_selected)) {
        m_selected = 0;
        Q_EMIT selectionChanged(0);
    }
    updateGeometry();
    update();
}

void AppointmentCalendar::setSelectedId(qint64 id)
{
    if (id != 0 && !m_blockOf.contains(id))
        id = 0;
    if (id == m_selected)
        return;
    m_selected = id;
    update();
    Q_EMIT selectionChanged(id);
}

QRectF AppointmentCalendar::blockRect(qint64 id) const
{
    const auto it = m_blockOf.constFind(id);
    return it == m_blockOf.cend() ? QRectF() : m_blocks.at(*it).rect;
}

QRectF AppointmentCalendar::gridRect() const
{
    const double hour = std::max(MinHourHeight, (height() - HeaderHeight - 1) / Hours);
    return QRectF(GutterWidth, HeaderHeight, std::max(1, width() - GutterWidth - 1), hour * Hours);
}

double AppointmentCalendar::columnWidth() const
{
    return gridRect().width() / columnCount();
}

double AppointmentCalendar::yForMinute(int minute) const
{
    const QRectF grid = gridRect();
    const int clamped = std::clamp(minute, FirstMinute, LastMinute);
    return grid.top() + grid.height() * (clamped - FirstMinute) / double(LastMinute - FirstMinute);
}

int AppointmentCalendar::columnOf(const Appointment &a) const
{
    const QDate day = a.start.toLocalTime().date();
    if (m_mode == Mode::Week) {
        const qint64 offset = m_first.daysTo(day);
        return offset >= 0 && offset < 7 ? static_cast<int>(offset) : -1;
    }
    if (day != m_first)
        return -1;
    if (m_staff.isEmpty())
        return 0;
    for (int i = 0; i < m_staff.size(); ++i)
        if (m_staff.at(i).id == a.staffId)
            return i;
    return -1;
}

void AppointmentCalendar::layoutBlocks()
{
    m_blocks.clear();
    m_blockOf.clear();
    const int columns = columnCount();
    QList<QList<int>> perColumn(columns);
    for (int i = 0; i < m_appointments.size(); ++i) {
        const int column = columnOf(m_appointments.at(i));
        if (column >= 0)
            perColumn[column].append(i);
    }
    for (int column = 0; column < columns; ++column) {
        QList<int> &items = perColumn[column];
        std::sort(items.begin(), items.end(), [this](int x, int y) {
            const Appointment &a = m_appointments.at(x);
            const Appointment &b = m_appointments.at(y);
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        // Clusters of blocks that overlap one another; within a cluster, the first free lane.
        int clusterStart = 0;
        QDateTime clusterEnd;
        QList<QDateTime> laneEnds;
        const auto closeCluster = [&](int endIndex) {
            const int lanes = std::max<int>(1, static_cast<int>(laneEnds.size()));
            for (int k = clusterStart; k < endIndex; ++k)
                m_blocks[m_blocks.size() - (endIndex - k)].lanes = lanes;
        };
        for (int k = 0; k < items.size(); ++k) {
            const Appointment &a = m_appointments.at(items.at(k));
            if (k > clusterStart && a.start >= clusterEnd) {
                closeCluster(k);
                clusterStart = k;
                laneEnds.clear();
            }
            if (k == clusterStart)
                clusterEnd = a.end;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > a.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(a.end);
            else
                laneEnds[lane] = a.end;
            clusterEnd = std::max(clusterEnd, a.end);
            Block block;
            block.index = items.at(k);
            block.column = column;
            block.lane = lane;
            m_blocks.append(block);
        }
        if (!items.isEmpty())
            closeCluster(static_cast<int>(items.size()));
    }
    const double colWidth = columnWidth();
    const QRectF grid = gridRect();
    for (int b = 0; b < m_blocks.size(); ++b) {
        Block &block = m_blocks[b];
        const Appointment &a = m_appointments.at(block.index);
        const QDateTime start = a.start.toLocalTime();
        const QDateTime end = a.end.toLocalTime();
        const int startMinute = minuteOfDay(start);
        const int endMinute = end.date() > start.date() ? LastMinute : minuteOfDay(end);
        double top = yForMinute(startMinute);
        double bottom = yForMinute(endMinute);
        if (bottom - top < 14) { // keep very short or clamped blocks clickable
            top = std::min(top, grid.bottom() - 14);
            bottom = top + 14;
        }
        const double laneWidth = (colWidth - 6) / block.lanes;
        const double left = grid.left() + block.column * colWidth + 2 + block.lane * laneWidth;
        block.rect = QRectF(left, top + 1, laneWidth - 1, bottom - top - 2);
        m_blockOf.insert(a.id, b);
    }
}

QString AppointmentCalendar::columnTitle(int column) const
{
    if (m_mode == Mode::Week) {
        const QDate day = m_first.addDays(column);
        return QStringLiteral("%1\n%2").arg(weekdayShort(day), day.toString(QStringLiteral("MM-dd")));
    }
    const QString day = QStringLiteral("%1 %2").arg(weekdayShort(m_first), m_first.toString(QStringLiteral("MM-dd")));
    if (m_staff.isEmpty())
        return day;
    return QStringLiteral("%1\n%2").arg(m_staff.at(column).name, day);
}

void AppointmentCalendar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBlocks();
}

void AppointmentCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QRectF grid = gridRect();
    const double colWidth = columnWidth();
    const int columns = columnCount();
    const QDate today = clock::today();

    // Today's column (week view) tinted; weekend columns slightly grey.
    for (int c = 0; c < columns; ++c) {
        const QDate day = m_mode == Mode::Week ? m_first.addDays(c) : m_first;
        const QRectF column(grid.left() + c * colWidth, grid.top(), colWidth, grid.height());
        if (day == today)
            p.fillRect(column, QColor(0xfd, 0xf6, 0xe3));
        else if (day.dayOfWeek() >= 6)
            p.fillRect(column, QColor(0xf5, 0xf5, 0xf5));
    }

    // Hour and half-hour lines with the hour labels in the gutter.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QColor hourLine(0xd0, 0xd0, 0xd0);
    const QColor halfLine(0xea, 0xea, 0xea);
    for (int minute = FirstMinute; minute <= LastMinute; minute += 30) {
        const double y = yForMinute(minute);
        const bool hour = minute % 60 == 0;
        p.setPen(hour ? hourLine : halfLine);
        p.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y));
        if (hour || minute == FirstMinute) {
            p.setPen(pal.color(QPalette::Text));
            const QString label
                = QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
            p.drawText(QRectF(0, y - 8, GutterWidth - 6, 16), Qt::AlignRight | Qt::AlignVCenter, label);
        }
    }
    // Column lines and titles.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    for (int c = 0; c < columns; ++c) {
        const double x = grid.left() + c * colWidth;
        p.setPen(hourLine);
        p.drawLine(QPointF(x, 0), QPointF(x, grid.bottom()));
        const QDate day = m_mode == Mode::Week ? m_first.addDays(c) : m_first;
        p.setPen(day == today ? QColor(0xb0, 0x60, 0x00) : pal.color(QPalette::Text));
        p.drawText(QRectF(x + 2, 0, colWidth - 4, HeaderHeight), Qt::AlignCenter | Qt::TextWordWrap, columnTitle(c));
    }
    p.setPen(hourLine);
    p.drawLine(QPointF(grid.right(), 0), QPointF(grid.right(), grid.bottom()));
    p.drawLine(QPointF(0, grid.top()), QPointF(grid.right(), grid.top()));

    // The blocks.
    p.setFont(small);
    const QFontMetricsF fm(small);
    const double lineHeight = fm.height();
    for (const Block &block : std::as_const(m_blocks)) {
        const Appointment &a = m_appointments.at(block.index);
        const QColor fill = appointmentStatusColor(a.status);
        const bool selected = a.id == m_selected;
        QPainterPath path;
        path.addRoundedRect(block.rect, 3, 3);
        p.fillPath(path, fill);
        p.setPen(selected ? QPen(QColor(0x20, 0x20, 0x20), 2.5) : QPen(fill.darker(130), 1));
        p.drawPath(path);
        const bool light = fill.lightness() > 150;
        p.setPen(light ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
        QFont textFont = small;
        textFont.setStrikeOut(a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::Rescheduled);
        p.setFont(textFont);
        const QRectF inner = block.rect.adjusted(3, 1, -2, -1);
        const QDateTime start = a.start.toLocalTime();
        QStringList lines;
        lines << QStringLiteral("%1 %2").arg(start.toString(QStringLiteral("HH:mm")), a.studentName);
        QString who = m_mode == Mode::Day && !m_staff.isEmpty() ? QString() : a.staffName;
        if (!a.roomName.isEmpty())
            who = who.isEmpty() ? a.roomName : QStringLiteral("%1 · %2").arg(who, a.roomName);
        if (!who.isEmpty())
            lines << who;
        double y = inner.top();
        for (const QString &line : std::as_const(lines)) {
            if (y + lineHeight > inner.bottom() + 2 && y > inner.top())
                break;
            p.drawText(QRectF(inner.left(), y, inner.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(line, Qt::ElideRight, inner.width()));
            y += lineHeight;
        }
    }
}

qint64 AppointmentCalendar::idAt(const QPoint &pos) const
{
    // Later blocks are painted on top: search from the end.
    for (qsizetype b = m_blocks.size() - 1; b >= 0; --b)
        if (m_blocks.at(b).rect.contains(pos))
            return m_appointments.at(m_blocks.at(b).index).id;
    return 0;
}

QDateTime AppointmentCalendar::timeAt(const QPoint &pos, qint64 *staffId) const
{
    const QRectF grid = gridRect();
    if (staffId)
        *staffId = 0;
    if (!grid.contains(pos))
        return {};
    const int column = std::clamp(static_cast<int>((pos.x() - grid.left()) / columnWidth()), 0, columnCount() - 1);
    const double fraction = (pos.y() - grid.top()) / grid.height();
    int minute = FirstMinute + static_cast<int>(fraction * (LastMinute - FirstMinute));
    minute = minute / 15 * 15;
    minute = std::clamp(minute, FirstMinute, LastMinute - 15);
    const QDate day = m_mode == Mode::Week ? m_first.addDays(column) : m_first;
    if (staffId && m_mode == Mode::Day && column < m_staff.size())
        *staffId = m_staff.at(column).id;
    return QDateTime(day, QTime(minute / 60, minute % 60));
}

QPoint AppointmentCalendar::pointFor(const QDate &day, const QTime &time, qint64 staffId) const
{
    int column = 0;
    if (m_mode == Mode::Week)
        column = static_cast<int>(m_first.daysTo(day));
    else
        for (int i = 0; i < m_staff.size(); ++i)
            if (m_staff.at(i).id == staffId)
                column = i;
    const double x = gridRect().left() + (column + 0.5) * columnWidth();
    const double y = yForMinute(time.hour() * 60 + time.minute()) + 2;
    return QPoint(static_cast<int>(x), static_cast<int>(y));
}

void AppointmentCalendar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        setSelectedId(idAt(event->position().toPoint()));
    QWidget::mousePressEvent(event);
}

void AppointmentCalendar::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if (const qint64 id = idAt(pos)) {
        setSelectedId(id);
        Q_EMIT appointmentActivated(id);
        return;
    }
    qint64 staff = 0;
    const QDateTime start = timeAt(pos, &staff);
    if (start.isValid())
        Q_EMIT emptySlotActivated(start, staff);
}

bool AppointmentCalendar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = idAt(help->pos());
        const auto it = m_blockOf.constFind(id);
        if (id == 0 || it == m_blockOf.cend()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Appointment &a = m_appointments.at(m_blocks.at(*it).index);
        const QString text = tr("%1–%2 %3\n%4 (%5)\nCounsellor: %6\nRoom: %7")
                                 .arg(a.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                     a.end.toLocalTime().toString(QStringLiteral("HH:mm")), appointmentStatusName(a.status),
                                     a.studentName, a.className, a.staffName, a.roomName.isEmpty() ? tr("none") : a.roomName);
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace xinan::ui
