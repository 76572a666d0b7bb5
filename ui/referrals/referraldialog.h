#pragma once
// The window of one referral (转介): the student, the reason and where it stands; its steps as
// a timeline (opened, 研判会, 告知家长, 转介单, 回执, 跟进, closed); a form for the next step that
// offers only the kinds the loop allows now (nextAllowed), each with its own fields; the
// follow-up interval; the printed slip; and closing with a reason. Every write goes through
// ReferralRepository in one transaction; a refusal shows in the window, which stays open, and
// nothing is half-written. A reader (校领导) sees the timeline without the sealed texts and no
// form.

#include "repo/referralrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class CloseReferralDialog;

class ReferralDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralDialog)

public:
    ReferralDialog(SchoolFile &school, qint64 referralId, QWidget *parent = nullptr);

    qint64 referralId() const { return m_referralId; }
    const ReferralDetail &detail() const { return m_detail; }
    void reload();

    // The step kinds the form offers now (the repository's nextAllowed()).
    QList<ReferralStepKind> offeredKinds() const;
    // Shows the form of `kind` (false when it is not offered).
    bool chooseKind(ReferralStepKind kind);
    // Records the step the form holds; false (and the message shown) when it was refused.
    bool saveStep();
    // Opens the closing dialog (window-modal).
    CloseReferralDialog *closeReferral();

Q_SIGNALS:
    // Something was written (a step, the interval, the closure).
    void changed();

private:
    QWidget *buildForm();
    void kindChosen();
    void hospitalChosen();
    void clearForm();
    void showError(const QString &message);
    ReferralStepKind currentKind() const;

    SchoolFile &m_school;
    qint64 m_referralId;
    ReferralDetail m_detail;
    bool m_writer;
    QLabel *m_header;
    QLabel *m_reason;
    QTreeWidget *m_steps;
    QGroupBox *m_formBox = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_attendees = nullptr;
    QPlainTextEdit *m_conclusion = nullptr;
    QComboBox *m_method = nullptr;
    QRadioButton *m_consent = nullptr;
    QRadioButton *m_refusal = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QComboBox *m_hospital = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_escort = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_noStep = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_applyInterval = nullptr;
    QPushButton *m_close = nullptr;
    QList<QWidget *> m_writeParts; // hidden for a reader, disabled once closed
    QList<PartnerHospital> m_hospitals;
    QLabel *m_error;
};

// Closes a referral: the day and why (required).
class CloseReferralDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseReferralDialog)

public:
    CloseReferralDialog(SchoolFile &school, qint64 referralId, QWidget *parent = nullptr);
    void accept() override;

private:
    SchoolFile &m_school;
    qint64 m_referralId;
    QDateEdit *m_date;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace xinan::ui
