#pragma once
// Lays the week's duty roster sheet (core/services/dutysheet) out on A4 landscape and prints it
// (to paper, a preview, or the printer's PDF file).

#include "services/dutysheet.h"

class QPrinter;

namespace xinan::ui {

void printDutySheet(QPrinter &printer, const DutySheet &sheet);

} // namespace xinan::ui
