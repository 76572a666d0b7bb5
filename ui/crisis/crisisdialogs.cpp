#include "crisisdialogs.h"

#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/studentpicker.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/riskrepository.h"
#include "repo/studentquery.h"
#include "services/schoolfile.h"

#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CrisisList)
};

QDateTimeEdit *timeEdit(QWidget *parent, const QString &name)
{
    const QDateTime now = clock::now();
    auto *edit = new QDateTimeEdit(now, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setMaximumDateTime(now.addSecs(60));
    return edit;
}

} // namespace

QString crisisTimeText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QStringList crisisEventHeaders(bool withStudent)
{
    QStringList headers;
    if (withStudent)
        headers << Tr::tr("Student") << Tr::tr("Class");
    headers << Tr::tr("Happened") << Tr::tr("Status") << Tr::tr("Days") << Tr::tr("Notified") << Tr::tr("Checklist")
            << Tr::tr("What happened");
    return headers;
}

void addCrisisEventRow(QTreeWidget *list, const CrisisEvent &e, bool withStudent)
{
    const auto mark = [](bool done) { return done ? QStringLiteral("✓") : QStringLiteral("✗"); };
    QStringList cells;
    if (withStudent)
        cells << e.studentName << QStringLiteral("%1 %2").arg(gradeName(e.grade), e.className);
    cells << crisisTimeText(e.happenedAt)
          << (e.open ? Tr::tr("Open") : Tr::tr("Closed %1").arg(crisisTimeText(e.closedAt).left(10)))
          << QString::number(e.daysOpen())
          << Tr::tr("guardian %1 · head %2 · %3 in all").arg(mark(e.guardianNotified), mark(e.headNotified)).arg(e.notifications)
          << QStringLiteral("%1/%2").arg(e.checklistDone).arg(e.checklistTotal) << e.whatHappened.section(u'\n', 0, 0);
    auto *item = new QTreeWidgetItem(list, cells);
    item->setData(0, Qt::UserRole, e.id);
    item->setData(0, Qt::UserRole + 1, e.studentId);
    item->setToolTip(cells.size() - 1, e.whatHappened);
    const int statusColumn = withStudent ? 3 : 1;
    const int notifiedColumn = statusColumn + 2;
    if (e.open) {
        QFont bold = item->font(statusColumn);
        bold.setBold(true);
        item->setFont(statusColumn, bold);
        item->setForeground(statusColumn, colors::color(colors::Alarm));
        if (!e.guardianNotified || !e.headNotified)
            item->setForeground(notifiedColumn, colors::color(colors::Alarm));
    }
}

NewCrisisDialog::NewCrisisDialog(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_student(new QLabel(this))
    , m_happenedAt(timeEdit(this, QStringLiteral("happenedAt")))
    , m_what(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("newCrisisError")))
{
    setWindowTitle(tr("New crisis event"));
    m_student->setObjectName(QStringLiteral("chosenStudent"));
    m_student->setTextFormat(Qt::PlainText);
    m_what->setObjectName(QStringLiteral("whatHappened"));
    m_what->setPlaceholderText(tr("What happened, what was seen or reported and by whom, where the student is now"));
    m_what->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (studentId == 0) {
        m_finder = new StudentFinder(m_school, this);
        m_finder->matchList()->setMaximumHeight(150);
        if (!m_finder->errorText().isEmpty())
            showError(m_finder->errorText());
        connect(m_finder, &StudentFinder::failed, this, &NewCrisisDialog::showError);
        connect(m_finder, &StudentFinder::chosen, this, &NewCrisisDialog::choose);
        form->addRow(tr("Find the student:"), m_finder);
        m_student->setText(tr("No student chosen yet."));
    }
    form->addRow(tr("Student:"), m_student);
    form->addRow(tr("Happened at:"), m_happenedAt);
    form->addRow(tr("What happened:"), m_what);

    auto *hint = new QLabel(tr("Opening the event sets the student to red (level 1, crisis) unless already red. Then "
                               "inform the head and the guardians the same day and record each notification in the event."),
        this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->addButton(tr("Open crisis event"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openCrisis"));
    open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCrisisDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCrisisDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, studentId == 0 ? 560 : 400);
    if (studentId != 0)
        choose(studentId);
}

NewCrisisDialog::~NewCrisisDialog() = default;

void NewCrisisDialog::choose(qint64 studentId)
{
    m_studentId = 0;
    m_student->setText(tr("No student chosen yet."));
    if (studentId == 0)
        return;
    try {
        const QList<StudentRow> rows = StudentQuery(m_school.db()).rows({ studentId });
        if (rows.isEmpty() || rows.first().id == 0) {
            showError(tr("The student record no longer exists; it may have been deleted."));
            return;
        }
        const RiskLevel level = RiskRepository(m_school.db(), m_school.user()).current(studentId);
        m_studentId = studentId;
        m_student->setText(tr("%1 — current level: %2").arg(studentLine(rows.first()), riskLevelName(level)));
    } catch (const Error &e) {
        showError(e.message());
    }
}

void NewCrisisDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void NewCrisisDialog::accept()
{
    if (m_studentId == 0) {
        showError(tr("Choose the student: type a name or student number (学籍号) and pick the student from the list."));
        return;
    }
    if (m_what->toPlainText().trimmed().isEmpty()) {
        showError(tr("Describe what happened: what was seen or reported, by whom."));
        m_what->setFocus();
        return;
    }
    try {
        CrisisRepository crisis(m_school.db(), m_school.user());
        if (crisis.openEventOf(m_studentId)) {
            showError(tr("This student already has an open crisis event. Record what happened now as a step of that "
                         "event (Crisis events page), or close it first."));
            return;
        }
        const QString name = StudentQuery(m_school.db()).rows({ m_studentId }).first().name;
        const bool red = RiskRepository(m_school.db(), m_school.user()).current(m_studentId) == RiskLevel::Red;
        const QString question = red
            ? tr("Open a crisis event for %1? The student is already red; the level stays as it is.").arg(name)
            : tr("Open a crisis event for %1?\n\nThe student will be set to red (level 1, crisis) with the reason "
                 "\"Crisis event: …\". Lowering the level later is a separate decision of a counsellor.")
                  .arg(name);
        if (!askToProceed(this, MessageKind::Warning, tr("Open crisis event"), question, tr("Open crisis event")))
            return;
        m_eventId = crisis.open(m_studentId, m_happenedAt->dateTime().toUTC(), m_what->toPlainText());
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    QDialog::accept();
}

CrisisStepDialog::CrisisStepDialog(CrisisStepKind kind, CrisisParty party, Saver saver, QWidget *parent)
    : QDialog(parent)
    , m_saver(std::move(saver))
    , m_at(timeEdit(this, QStringLiteral("stepTime")))
    , m_party(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("stepError")))
{
    m_party->setObjectName(QStringLiteral("stepParty"));
    m_body->setObjectName(QStringLiteral("stepBody"));
    m_body->setTabChangesFocus(true);
    if (kind != CrisisStepKind::Notify)
        m_party->addItem(tr("(nobody in particular)"), QString());
    for (const CrisisParty p : allCrisisParties())
        m_party->addItem(crisisPartyName(p), crisisPartyCode(p));
    m_party->setCurrentIndex(qMax(0, m_party->findData(crisisPartyCode(party))));

    QString partyLabel;
    switch (kind) {
    case CrisisStepKind::Notify:
        setWindowTitle(party == CrisisParty::None ? tr("Record a notification")
                                                  : tr("Record a notification: %1").arg(crisisPartyName(party)));
        partyLabel = tr("Notified:");
        m_body->setPlaceholderText(tr("Optional: whom exactly (name, relation), how (phone, in person), what was agreed"));
        break;
    case CrisisStepKind::Action:
        setWindowTitle(tr("Add an action"));
        partyLabel = tr("With:");
        m_body->setPlaceholderText(tr("What was done and by whom (e.g. stayed with the student, removed dangerous objects, "
                                      "accompanied to hospital)"));
        break;
    case CrisisStepKind::FollowUp:
        setWindowTitle(tr("Add a follow-up"));
        partyLabel = tr("With:");
        m_body->setPlaceholderText(tr("Whom you saw or spoke to, how the student is, what comes next"));
        break;
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Time:"), m_at);
    form->addRow(partyLabel, m_party);
    form->addRow(tr("Note:"), m_body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveStep"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CrisisStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CrisisStepDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 340);
}

void CrisisStepDialog::accept()
{
    const CrisisParty party = crisisPartyFromCode(m_party->currentData().toString()).value_or(CrisisParty::None);
    const QString problem = m_saver(m_at->dateTime().toUTC(), party, m_body->toPlainText());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

CloseCrisisDialog::CloseCrisisDialog(const QStringList &missing, Saver saver, QWidget *parent)
    : QDialog(parent)
    , m_saver(std::move(saver))
    , m_at(timeEdit(this, QStringLiteral("closedAt")))
    , m_closure(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("closeError")))
{
    setWindowTitle(tr("Close crisis event"));
    m_closure->setObjectName(QStringLiteral("closure"));
    m_closure->setTabChangesFocus(true);
    m_closure->setPlaceholderText(tr("How the crisis was resolved, where the student is now (home, hospital, back at "
                                     "school), and what follows: referral, 一人一策 plan, follow-up"));
    auto *form = new QFormLayout;
    form->addRow(tr("Closed at:"), m_at);
    form->addRow(tr("Summary:"), m_closure);
    auto *layout = new QVBoxLayout(this);
    if (!missing.isEmpty()) {
        auto *warning = new QLabel(
            tr("Not recorded yet (needed before closing):\n%1").arg(QStringLiteral("• ") + missing.join(QStringLiteral("\n• "))),
            this);
        warning->setObjectName(QStringLiteral("closeMissing"));
        warning->setWordWrap(true);
        warning->setTextFormat(Qt::PlainText);
        warning->setStyleSheet(colors::textStyle(colors::Warning));
        layout->addWidget(warning);
    }
    auto *note = new QLabel(tr("Closing does not lower the student's risk level; a counsellor decides that separately."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *close = buttons->addButton(tr("Close event"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("confirmClose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseCrisisDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CloseCrisisDialog::reject);
    layout->addLayout(form, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 360);
}

void CloseCrisisDialog::accept()
{
    const QString problem = m_saver(m_at->dateTime().toUTC(), m_closure->toPlainText());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
