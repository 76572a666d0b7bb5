#pragma once
// What the referral views share: the list's columns and rows (page, student-file tab), the
// "what waits" text of a referral (回执未登记, 跟进逾期, 家长拒绝, 未就诊), the dialog that opens a
// referral (student, day, reason, where it came from), and the one call the crisis event,
// alert and counselling-record windows use to start a referral from what they show.

#include "repo/referralrepository.h"

#include <QDialog>

#include <functional>

class QLabel;
class QDateEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class StudentFinder;

// The list's headers; withStudent adds 学生 and 班级 first (the page, not the student's tab).
QStringList referralHeaders(bool withStudent);
// Appends a row (Qt::UserRole: the referral's id, Qt::UserRole + 1: the student's id): the
// overdue text in red, a refusal or "not seen" marked.
void addReferralRow(QTreeWidget *list, const Referral &referral, bool withStudent);
// What waits on the referral, in words ("回执未登记（开单后 9 天）", "跟进逾期 3 天", "家长拒绝",
// "未就诊"); empty when nothing does.
QString referralAttentionText(const Referral &referral);

// Opens a referral for a student (chosen here when studentId is 0) from a source. Saves on OK;
// a refusal (e.g. an open referral already) shows in the dialog, which stays open.
class OpenReferralDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenReferralDialog)

public:
    OpenReferralDialog(SchoolFile &school, qint64 studentId, ReferralSource source, qint64 sourceId, QWidget *parent = nullptr);

    qint64 referralId() const { return m_referralId; }
    qint64 studentId() const;
    void accept() override;

private:
    SchoolFile &m_school;
    qint64 m_studentId;
    ReferralSource m_source;
    qint64 m_sourceId;
    qint64 m_referralId = 0;
    StudentFinder *m_finder = nullptr;
    QDateEdit *m_date;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

class ReferralDialog;

// Opens OpenReferralDialog window-modal over `parent` (object name "openReferralDialog"); once
// saved, the new referral's window opens ("referralDialog") and `saved` is called. When the
// student has an open referral already, that referral's window opens instead. Returns the
// dialog shown (either), or null when the account may not write referrals.
QDialog *startReferral(SchoolFile &school, qint64 studentId, ReferralSource source, qint64 sourceId, QWidget *parent,
    std::function<void()> saved = {});
// Opens a referral's window window-modal over `parent` ("referralDialog"); `changed` is called
// after each write.
ReferralDialog *openReferral(SchoolFile &school, qint64 referralId, QWidget *parent, std::function<void()> changed = {});
// A "Refer…" button ("referButton") for the crisis event, alert and counselling-record windows:
// hidden unless the account may write referrals; a click starts a referral from that source.
QPushButton *makeReferButton(SchoolFile &school, QWidget *parent, std::function<qint64()> studentId, ReferralSource source,
    std::function<qint64()> sourceId);

} // namespace xinan::ui
