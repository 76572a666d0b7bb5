#include "alertdialogs.h"

#include "common/colors.h"
#include "common/formparts.h"
#include "common/riskstyle.h"
#include "referrals/referralparts.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/alertrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AlertUi)
};

QString studentLine(const QString &name, int grade, const QString &className)
{
    return className.isEmpty() ? QStringLiteral("%1 · %2").arg(name, gradeName(grade))
                               : QStringLiteral("%1 · %2 %3").arg(name, gradeName(grade), className);
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(dark);"));
    return label;
}

QDialogButtonBox *saveCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void fillLevels(QComboBox *box, RiskLevel selected)
{
    const QList<RiskLevel> levels = allRiskLevels();
    for (auto it = levels.crbegin(); it != levels.crend(); ++it) { // red first: the most serious on top
        box->addItem(riskLevelName(*it), static_cast<int>(*it));
        box->setItemData(box->count() - 1, riskLevelColor(*it), Qt::DecorationRole);
    }
    box->setCurrentIndex(box->findData(static_cast<int>(selected)));
}

} // namespace

QString riskLevelMeaning(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Red:
        return Tr::tr(
            "Immediate danger (a suicide plan or act, self-harm, an acute crisis): open a crisis event, inform the guardians "
            "and the head the same day, refer.");
    case RiskLevel::Orange:
        return Tr::tr("Key student: an individual plan within a week, and on the weekly review every week.");
    case RiskLevel::Yellow:
        return Tr::tr("Watch: the counsellor follows up; re-check at the next screening.");
    case RiskLevel::Green:
        break;
    }
    return Tr::tr("Routine: no concern known.");
}

QColor riskLevelColor(RiskLevel level)
{
    return levelBackground(level);
}

QColor riskLevelTextColor(RiskLevel level)
{
    return levelForeground(level);
}

QLabel *makeRiskBadge(QWidget *parent, const QString &objectName)
{
    auto *badge = new QLabel(parent);
    badge->setObjectName(objectName);
    badge->setAlignment(Qt::AlignCenter);
    QFont bold = badge->font();
    bold.setBold(true);
    badge->setFont(bold);
    badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return badge;
}

void setRiskBadge(QLabel *badge, RiskLevel level)
{
    badge->setText(riskLevelName(level));
    badge->setProperty("level", riskLevelCode(level));
    badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 4px 12px; }")
                             .arg(riskLevelColor(level).name(), riskLevelTextColor(level).name()));
}

// ---------------------------------------------------------------------------------------------

HandleAlertDialog::HandleAlertDialog(SchoolFile &school, qint64 alertId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_alertId(alertId)
    , m_text(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("handleError")))
{
    setWindowTitle(tr("Handle alert"));
    const std::optional<Alert> alert = AlertRepository(school.db(), school.user()).find(alertId);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (alert) {
        auto *student = new QLabel(studentLine(alert->name, alert->grade, alert->className), this);
        student->setObjectName(QStringLiteral("alertStudent"));
        auto *reason = new QLabel(alert->reason, this);
        reason->setObjectName(QStringLiteral("alertReason"));
        reason->setStyleSheet(colors::textStyle(colors::Bad) + QStringLiteral(" font-weight: bold;"));
        form->addRow(tr("Student:"), student);
        form->addRow(tr("Raised by:"), reason);
        form->addRow(tr("Since:"), new QLabel(alert->raisedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), this));
    }
    m_text->setObjectName(QStringLiteral("handling"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(
        tr("e.g. Talked with the student the same day; no plan or means; informed the class teacher and the "
           "mother; appointment on Thursday."));
    form->addRow(tr("What was done:"), m_text);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(
        hintLabel(tr("A critical answer needs a counsellor the same day. The alert leaves the home page once you write "
                     "what was done; to set the student's level, record the second-stage interview instead."),
            this));
    layout->addWidget(m_error);
    QDialogButtonBox *buttons = saveCancel(this);
    // The alert can start a referral to hospital (转介) for its student.
    if (alert) {
        const qint64 student = alert->studentId;
        buttons->addButton(makeReferButton(
                               school, this, [student] { return student; }, ReferralSource::Alert, [alertId] { return alertId; }),
            QDialogButtonBox::ActionRole);
    }
    layout->addWidget(buttons);
    resize(520, 340);
}

void HandleAlertDialog::accept()
{
    try {
        AlertRepository(m_school.db(), m_school.user()).handle(m_alertId, m_text->toPlainText());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

InterviewDialog::InterviewDialog(SchoolFile &school, qint64 resultId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_resultId(resultId)
    , m_date(new QDateEdit(clock::today(), this))
    , m_level(new QComboBox(this))
    , m_meaning(hintLabel(QString(), this))
    , m_summary(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("interviewError")))
{
    setWindowTitle(tr("Second-stage interview"));
    const std::optional<InterviewCandidate> c = AlertRepository(school.db(), school.user()).candidate(resultId);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    RiskLevel current = RiskLevel::Green;
    if (c) {
        current = c->currentLevel;
        auto *student = new QLabel(studentLine(c->name, c->grade, c->className), this);
        student->setObjectName(QStringLiteral("interviewStudent"));
        auto *result = new QLabel(
            tr("%1: total %2 (%3), taken %4, screening drive \"%5\"")
                .arg(c->instrumentName, QString::number(c->total), c->bandLabel, c->takenOn.toString(Qt::ISODate), c->driveName),
            this);
        result->setObjectName(QStringLiteral("interviewResult"));
        result->setWordWrap(true);
        form->addRow(tr("Student:"), student);
        form->addRow(tr("Screening:"), result);
        if (c->critical) {
            auto *critical = new QLabel(c->criticalAnswers.isEmpty() ? tr("Critical item positive")
                                                                     : tr("Critical item positive: %1").arg(c->criticalAnswers),
                this);
            critical->setObjectName(QStringLiteral("interviewCritical"));
            critical->setStyleSheet(colors::textStyle(colors::Bad) + QStringLiteral(" font-weight: bold;"));
            form->addRow(QString(), critical);
        }
        auto *badge = makeRiskBadge(this, QStringLiteral("interviewCurrentLevel"));
        setRiskBadge(badge, current);
        form->addRow(tr("Level now:"), badge);
        m_date->setMinimumDate(c->takenOn);
    }
    m_date->setObjectName(QStringLiteral("interviewDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(clock::today());
    m_level->setObjectName(QStringLiteral("interviewLevel"));
    fillLevels(m_level, current); // the counsellor decides; the present level is the starting point
    connect(m_level, &QComboBox::currentIndexChanged, this, &InterviewDialog::showMeaning);
    m_meaning->setObjectName(QStringLiteral("interviewMeaning"));
    m_summary->setObjectName(QStringLiteral("interviewSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(
        tr("What the student said, what you observed, protective factors, and why you chose this level."));
    form->addRow(tr("Held on:"), m_date);
    form->addRow(tr("Level after the interview:"), m_level);
    form->addRow(QString(), m_meaning);
    form->addRow(tr("Summary:"), m_summary);
    showMeaning();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(
        hintLabel(tr("Saving sets the student's level to the one chosen (the same level confirms it) and handles the "
                     "result's alert."),
            this));
    layout->addWidget(m_error);
    layout->addWidget(saveCancel(this));
    resize(600, 500);
}

void InterviewDialog::showMeaning()
{
    if (const auto level = riskLevelFromInt(m_level->currentData().toInt()))
        m_meaning->setText(riskLevelMeaning(*level));
}

void InterviewDialog::accept()
{
    const RiskLevel level = riskLevelFromInt(m_level->currentData().toInt()).value_or(RiskLevel::Green);
    try {
        m_interviewId = AlertRepository(m_school.db(), m_school.user())
                            .recordInterview(m_resultId, m_date->date(), level, m_summary->toPlainText());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

QList<RiskSource> RiskChangeDialog::offeredSources()
{
    return { RiskSource::Session, RiskSource::TeacherReport, RiskSource::Parent, RiskSource::Hospital, RiskSource::Review };
}

RiskChangeDialog::RiskChangeDialog(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_level(new QComboBox(this))
    , m_meaning(hintLabel(QString(), this))
    , m_source(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_when(new QDateTimeEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("riskChangeError")))
{
    setWindowTitle(tr("Change risk level"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    RiskLevel current = RiskLevel::Green;
    if (const std::optional<Student> s = StudentRepository(school.db(), school.user()).find(studentId)) {
        form->addRow(tr("Student:"), new QLabel(studentLine(s->name, s->grade, s->className), this));
        try {
            current = RiskRepository(school.db(), school.user()).current(studentId);
        } catch (const Error &) {
        }
    }
    auto *badge = makeRiskBadge(this, QStringLiteral("changeCurrentLevel"));
    setRiskBadge(badge, current);
    form->addRow(tr("Level now:"), badge);

    m_level->setObjectName(QStringLiteral("changeLevel"));
    fillLevels(m_level, current);
    connect(m_level, &QComboBox::currentIndexChanged, this, &RiskChangeDialog::showMeaning);
    m_meaning->setObjectName(QStringLiteral("changeMeaning"));
    m_source->setObjectName(QStringLiteral("changeSource"));
    for (const RiskSource s : offeredSources())
        m_source->addItem(riskSourceName(s), static_cast<int>(s));
    m_reason->setObjectName(QStringLiteral("changeReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("What was observed, and by whom."));
    m_when->setObjectName(QStringLiteral("changeWhen"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_openedAt = clock::now();
    m_openedAt.setTime(QTime(m_openedAt.time().hour(), m_openedAt.time().minute()));
    m_when->setDateTime(m_openedAt);
    m_when->setMaximumDate(clock::today());

    form->addRow(tr("New level:"), m_level);
    form->addRow(QString(), m_meaning);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Decided at:"), m_when);
    showMeaning();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(hintLabel(tr("Crisis events and screenings set the level themselves. A lower level needs a counsellor's "
                                   "judgement: say what it rests on."),
        this));
    layout->addWidget(m_error);
    layout->addWidget(saveCancel(this));
    resize(560, 460);
}

void RiskChangeDialog::showMeaning()
{
    if (const auto level = riskLevelFromInt(m_level->currentData().toInt()))
        m_meaning->setText(riskLevelMeaning(*level));
}

void RiskChangeDialog::accept()
{
    const RiskLevel level = riskLevelFromInt(m_level->currentData().toInt()).value_or(RiskLevel::Green);
    const RiskSource source = static_cast<RiskSource>(m_source->currentData().toInt());
    // Left as it opened: now (the time of saving); otherwise the time chosen.
    const QDateTime when = m_when->dateTime() == m_openedAt ? QDateTime() : m_when->dateTime().toUTC();
    try {
        RiskRepository(m_school.db(), m_school.user()).change(m_studentId, level, source, m_reason->toPlainText(), when);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
