#pragma once
// Planning the duty roster: the weekly template (weekday × period × room → staff) and a term with
// its holidays (one-off changes and the duty log are in dutychangedialogs.h). Each saves through
// DutyRepository in accept(); a refusal shows in the dialog, which stays open.

#include "repo/dutyrepository.h"
#include "repo/officerepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

// "星期一" … "星期日" for 1 … 7.
QString dutyWeekdayName(int weekday);
// "2030-09-02 星期一 上午 心理辅导室 李老师" for the shift pickers.
QString dutyShiftText(const DutyShift &shift);
// "08:00–12:00".
QString dutyPeriodTimesText(const DutyPeriod &period);

class DutyTemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyTemplateDialog)

public:
    explicit DutyTemplateDialog(SchoolFile &school, QWidget *parent = nullptr);
    // Adds one row per checked staff member for the chosen weekday, period and room.
    void addChosen();
    void removeSelected();
    QList<DutyTemplateSlot> slotList() const { return m_slots; }
    void accept() override;

private:
    void fill();

    SchoolFile &m_school;
    QList<DutyPeriod> m_periods;
    QList<Room> m_rooms;
    QList<StaffMember> m_staff;
    QList<DutyTemplateSlot> m_slots;
    QComboBox *m_weekday;
    QComboBox *m_period;
    QComboBox *m_room;
    QListWidget *m_staffList;
    QPushButton *m_add;
    QTreeWidget *m_list;
    QLabel *m_error;
};

class DutyTermDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyTermDialog)

public:
    // Edits `termId`, or a new term when it is empty.
    DutyTermDialog(SchoolFile &school, const QString &termId, QWidget *parent = nullptr);
    void addHoliday(const QDate &first, const QDate &last, const QString &name);
    void accept() override;
    QString termId() const { return m_savedId; }

private:
    void load(const QString &termId);

    SchoolFile &m_school;
    QComboBox *m_terms;
    QLineEdit *m_id;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QTableWidget *m_holidays;
    QLabel *m_error;
    QString m_savedId;
};

} // namespace xinan::ui
