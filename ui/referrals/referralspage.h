#pragma once
// The "Referrals" page (转介): every referral, open ones first (student, class, opened, stage,
// hospital, next due, what waits: overdue in red, refusals and "not seen" marked), open only or
// all; "New referral…" (choose the student), "Open…" (the referral's window), the referral slip
// and the blank receipt form. A reader (校领导) sees the list without the write buttons.

#include "common/modulepage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class ReferralDialog;

class ReferralsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralsPage)

public:
    explicit ReferralsPage(SchoolFile &school, QWidget *parent = nullptr);

    void reload();
    void refresh() override { reload(); }
    int rowCount() const;
    // Selects the referral's row (false when it is not listed).
    bool select(qint64 referralId);

    // Each opens a window-modal dialog and returns it (null when not allowed).
    QDialog *newReferral();
    ReferralDialog *openSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedReferralId() const;
    qint64 selectedStudentId() const;
    void updateButtons();
    void written();

    SchoolFile &m_school;
    bool m_writer;
    QComboBox *m_filter;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_student;
    QPushButton *m_slip;
    QPushButton *m_receipt;
};

} // namespace xinan::ui
