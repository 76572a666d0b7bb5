#pragma once
// The student file's "Referrals" tab (转介): the student's referrals, newest first, with what
// waits on them; "New referral…" (from the file) and "Open…". A reader sees the list only.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class ReferralDialog;

class ReferralsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralsTab)

public:
    ReferralsTab(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    void reload();
    int rowCount() const;
    QDialog *newReferral();
    ReferralDialog *openSelected();

private:
    void changed();

    SchoolFile &m_school;
    qint64 m_studentId;
    QLabel *m_hint;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_open;
};

} // namespace xinan::ui
