#pragma once
// One-off changes on top of the generated roster — swap two shifts, cover a shift, close a
// day — and the duty log of a slot. Each saves through DutyRepository in one transaction;
// refusals show in the dialog, which stays open.

#include "repo/dutyrepository.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class DutySwapDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutySwapDialog)

public:
    DutySwapDialog(SchoolFile &school, const QList<DutyShift> &shifts, qint64 first, QWidget *parent = nullptr);
    void accept() override;

private:
    SchoolFile &m_school;
    QComboBox *m_first;
    QComboBox *m_second;
    QLineEdit *m_reason;
    QLabel *m_error;
};

class DutyCoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyCoverDialog)

public:
    DutyCoverDialog(SchoolFile &school, const QList<DutyShift> &shifts, qint64 shiftId, QWidget *parent = nullptr);
    void accept() override;

private:
    SchoolFile &m_school;
    QComboBox *m_shift;
    QComboBox *m_staff;
    QLineEdit *m_reason;
    QLabel *m_error;
};

class DutyCloseDayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyCloseDayDialog)

public:
    DutyCloseDayDialog(SchoolFile &school, const QDate &day, QWidget *parent = nullptr);
    void accept() override;

private:
    SchoolFile &m_school;
    QDateEdit *m_day;
    QLineEdit *m_reason;
    QLabel *m_error;
};

// The log of one slot (day, period, room); a cell with several rooms offers them in a list.
class DutyLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyLogDialog)

public:
    DutyLogDialog(SchoolFile &school, const QList<DutyShift> &cellShifts, QWidget *parent = nullptr);
    void accept() override;

private:
    void load();

    SchoolFile &m_school;
    QList<DutyShift> m_shifts; // one per room
    QComboBox *m_room;
    QLabel *m_staff;
    QSpinBox *m_visitors;
    QPlainTextEdit *m_events;
    QPlainTextEdit *m_handover;
    QLabel *m_written;
    QLabel *m_error;
};

} // namespace xinan::ui
