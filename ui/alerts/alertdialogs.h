#pragma once
// The small dialogs of early warning (监测预警): handling an alert (what was done), the
// second-stage interview of a screening result (二次评估), and a counsellor's change of a
// student's risk level. Each saves through the core in one transaction; a refusal is shown in
// the dialog, which stays open until saving works or the user cancels. Also the coloured level
// badge the alerts UI shares.

#include "domain/risk.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

// What a level means and what must follow (DOMAIN.md), translated.
QString riskLevelMeaning(RiskLevel level);
// A label showing the level as a coloured badge (红 red, 橙 orange, 黄 yellow, 绿 green).
QLabel *makeRiskBadge(QWidget *parent, const QString &objectName);
void setRiskBadge(QLabel *badge, RiskLevel level);
// Background and text colours of a level.
QColor riskLevelColor(RiskLevel level);
QColor riskLevelTextColor(RiskLevel level);

class HandleAlertDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandleAlertDialog)

public:
    HandleAlertDialog(SchoolFile &school, qint64 alertId, QWidget *parent = nullptr);
    void accept() override;

private:
    SchoolFile &m_school;
    qint64 m_alertId;
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

class InterviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewDialog)

public:
    // resultId: the screening result the interview follows. A result that no longer exists
    // opens a dialog whose save reports it.
    InterviewDialog(SchoolFile &school, qint64 resultId, QWidget *parent = nullptr);
    void accept() override;
    qint64 interviewId() const { return m_interviewId; }

private:
    void showMeaning();

    SchoolFile &m_school;
    qint64 m_resultId;
    qint64 m_interviewId = 0;
    QDateEdit *m_date;
    QComboBox *m_level;
    QLabel *m_meaning;
    QPlainTextEdit *m_summary;
    QLabel *m_error;
};

class RiskChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskChangeDialog)

public:
    RiskChangeDialog(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);
    void accept() override;

    // The sources a counsellor records by hand: crisis events and screenings set their own.
    static QList<RiskSource> offeredSources();

private:
    void showMeaning();

    SchoolFile &m_school;
    qint64 m_studentId;
    QComboBox *m_level;
    QLabel *m_meaning;
    QComboBox *m_source;
    QPlainTextEdit *m_reason;
    QDateTimeEdit *m_when;
    QDateTime m_openedAt; // what m_when showed at first: unchanged means "now"
    QLabel *m_error;
};

} // namespace xinan::ui
