#pragma once
// File → Counselling rooms and staff…: the office's rooms (心理辅导室, 团体辅导室, 沙盘室 …; name,
// kind, area in m², equipment, in use), its counselling staff (name, 专职/兼职, contact, the account that is this person)
// and the school's accounts with their roles (心理教师, 校领导, 班主任, 管理员). Rooms and staff
// are taken out of use rather than deleted, so that past shifts and appointments keep their
// names. Every save is one transaction in OfficeRepository; a refusal shows in the tab, which
// stays as it was. A line above the tabs sums up what the bureau asks for: 专职 and 兼职
// counselling teachers in service, rooms in use and their area.

#include "repo/officerepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class OfficeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeDialog)

public:
    enum Tab { RoomsTab, StaffTab, AccountsTab };

    explicit OfficeDialog(SchoolFile &school, QWidget *parent = nullptr);

    // Whether anything was saved (the caller refreshes its pages).
    bool changedSomething() const { return m_changed; }
    void showTab(Tab tab);

    // The buttons, callable directly: add from the form, save the selected row.
    void addRoom();
    void saveRoom();
    void addStaff();
    void saveStaff();
    void saveRole();
    // The summary line's text (专职心理教师 N 人，兼职 M 人；辅导室 K 间，共 X 平方米).
    QString summaryText() const;

private:
    // The record the form shows (id 0: the caller sets it).
    // Throws Error(Rejected) when the area is not a number.
    Room roomFromForm() const;
    StaffMember staffFromForm() const;
    void reload();
    void roomSelected();
    void staffSelected();
    void accountSelected();
    qint64 selectedId(QTableWidget *table) const;
    void selectId(QTableWidget *table, qint64 id);
    void fail(QLabel *error, const QString &message);
    void succeed(QLabel *error);

    QWidget *buildRoomsTab();
    QWidget *buildStaffTab();
    QWidget *buildAccountsTab();

    SchoolFile &m_school;
    OfficeRepository m_office;
    QList<Room> m_rooms;
    QList<StaffMember> m_staff;
    QList<std::pair<QString, AccountRole>> m_accounts;
    OfficeSummary m_summaryFigures;
    bool m_changed = false;

    QTabWidget *m_tabs;
    QLabel *m_summary;
    QTableWidget *m_roomTable = nullptr;
    QLineEdit *m_roomName = nullptr;
    QComboBox *m_roomKind = nullptr;
    QLineEdit *m_roomArea = nullptr;
    QLineEdit *m_roomEquipment = nullptr;
    QCheckBox *m_roomActive = nullptr;
    QPushButton *m_saveRoom = nullptr;
    QLabel *m_roomError = nullptr;

    QTableWidget *m_staffTable = nullptr;
    QLineEdit *m_staffName = nullptr;
    QComboBox *m_staffKind = nullptr;
    QLineEdit *m_staffContact = nullptr;
    QComboBox *m_staffAccount = nullptr;
    QCheckBox *m_staffActive = nullptr;
    QPushButton *m_saveStaff = nullptr;
    QLabel *m_staffError = nullptr;

    QTableWidget *m_accountTable = nullptr;
    QComboBox *m_accountRole = nullptr;
    QPushButton *m_saveRole = nullptr;
    QLabel *m_roleError = nullptr;
};

// Opens the editor modally (for the main window's menu and for other modules' "edit rooms and
// staff" buttons).
void openOfficeEditor(SchoolFile &school, QWidget *parent);

} // namespace xinan::ui
