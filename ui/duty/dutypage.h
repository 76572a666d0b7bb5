#pragma once
// The "Duty roster" page (值班): the week grid (days across, periods down; per cell the rooms
// and their staff, swaps and covers marked; holidays and closed days greyed with the reason),
// previous / this / next week and a date picker, "who is on duty now", and the actions: weekly
// template, term and holidays, generating the roster, swap, cover, close or reopen a day, the
// duty log of a shift (double-click), print preview, print and "Export PDF…".

#include "services/dutysheet.h"

#include "common/modulepage.h"

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class DutyCloseDayDialog;
class DutyCoverDialog;
class DutyLogDialog;
class DutySwapDialog;
class DutyTemplateDialog;
class DutyTermDialog;

class DutyPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyPage)

public:
    explicit DutyPage(SchoolFile &school, QWidget *parent = nullptr);

    void reload();
    void refresh() override { reload(); }
    void showWeek(const QDate &day);
    QDate monday() const { return m_sheet.week.monday; }
    const DutySheet &sheet() const { return m_sheet; }
    // The grid cell of a day and period (nullptr when the day is not shown); selects it.
    bool selectCell(const QDate &day, const QString &periodCode);
    QString cellText(const QDate &day, const QString &periodCode) const;

    // Each opens a window-modal dialog and returns it (nullptr when there is nothing to act on).
    DutyTemplateDialog *editTemplate();
    DutyTermDialog *editTerm();
    DutySwapDialog *swapShifts();
    DutyCoverDialog *coverShift();
    DutyCloseDayDialog *closeDay();
    DutyLogDialog *openLog();
    // Asks, then generates the term of the shown week (or the newest term); returns the count
    // written, -1 when nothing was done.
    int generate();
    // Asks, then reopens the selected closed day; true when done.
    bool reopenDay();
    // Asks (the sheet is not encrypted), then writes the week's sheet to a PDF the user chooses.
    void exportPdf();
    void printPreview();
    void print();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QDate selectedDay() const;
    QString selectedPeriod() const;
    QList<DutyShift> selectedShifts() const;
    void updateButtons();
    void updateNow();
    void fitRows();
    template<typename D> D *showDialog(D *dialog, const char *name);

    SchoolFile &m_school;
    DutySheet m_sheet;
    QDate m_shown;
    QLabel *m_now;
    QLabel *m_weekLabel;
    QDateEdit *m_date;
    QTableWidget *m_grid;
    QPushButton *m_swap;
    QPushButton *m_cover;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QPushButton *m_log;
};

} // namespace xinan::ui
