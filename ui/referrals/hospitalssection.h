#pragma once
// Settings → "Partner hospitals" (合作医院): the hospitals the school refers students to (name,
// department, address, phone, green-channel contact), added, edited and removed at once (each
// one transaction; a hospital a slip names is retired, not deleted); "Add from suggestions"
// offers Guizhou examples, stored only when chosen; and the days after a slip before its
// receipt is overdue, saved with the settings dialog's OK. Shown to the roles that may change
// the school's settings; read-only for any other role that gets it.

#include "common/settingssection.h"

#include "repo/referralrepository.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class HospitalDialog;

class HospitalsSection final : public QWidget, public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HospitalsSection)

public:
    explicit HospitalsSection(SchoolFile &school, QWidget *parent = nullptr);

    // Stores the receipt-due days if changed; on a refusal shows why and returns false.
    bool save() override;
    void reload();
    int hospitalCount() const;

    // Opens the hospital dialog (window-modal) for a new hospital or the selected one.
    HospitalDialog *addHospital(const PartnerHospital &prefill = {});
    HospitalDialog *editSelected();
    // Removes (or retires) the selected hospital after asking.
    bool removeSelected();
    // Adds the suggestion at `index` of suggestedHospitals() at once.
    bool addSuggestion(int index);

private:
    void showError(const QString &message);

    SchoolFile &m_school;
    bool m_writer;
    QList<PartnerHospital> m_hospitals;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_suggest;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QSpinBox *m_receiptDays;
    int m_loadedDays = 0;
    QLabel *m_error;
};

class HospitalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HospitalDialog)

public:
    HospitalDialog(SchoolFile &school, const PartnerHospital &hospital, QWidget *parent = nullptr);
    void accept() override;
    qint64 hospitalId() const { return m_hospital.id; }

private:
    SchoolFile &m_school;
    PartnerHospital m_hospital;
    QLineEdit *m_name;
    QLineEdit *m_department;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_green;
    QLabel *m_error;
};

} // namespace xinan::ui
