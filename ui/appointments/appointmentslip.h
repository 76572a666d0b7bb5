#pragma once
// The appointment slip (预约单) handed to the class teacher: the school, the student, the class,
// the date and time, the room and the counsellor — never the reason. It carries a child's name:
// it is printed or written to a PDF only when the user asks.

#include "repo/appointmentrepository.h"

#include <QDate>
#include <QString>

class QPrinter;

namespace xinan::ui {

struct AppointmentSlip
{
    QString schoolName;
    Appointment appointment;
    QDate printedOn;
};

QString appointmentSlipHtml(const AppointmentSlip &slip);
// Lays the slip out on A4 portrait and prints it (to paper or to the printer's PDF file).
void printAppointmentSlip(QPrinter &printer, const AppointmentSlip &slip);

} // namespace xinan::ui
