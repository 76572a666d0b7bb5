#include "weeklyboardview.h"

#include "common/riskstyle.h"

#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/printout.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/schoolrepository.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

WeeklyUpdateDialog::WeeklyUpdateDialog(SchoolFile &school, qint64 studentId, const QString &studentName, const QDate &weekStart,
    const std::optional<WeeklyUpdate> &current, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_weekStart(weekStart)
    , m_status(new QComboBox(this))
    , m_actions(new QPlainTextEdit(this))
    , m_nextSteps(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("updateError")))
{
    m_status->setObjectName(QStringLiteral("updateStatus"));
    for (const WeeklyStatus s : allWeeklyStatuses())
        m_status->addItem(weeklyStatusName(s), weeklyStatusCode(s));
    m_actions->setObjectName(QStringLiteral("updateActions"));
    m_actions->setPlaceholderText(tr("Talks, calls, home visits, what the class teacher observed"));
    m_actions->setTabChangesFocus(true);
    m_nextSteps->setObjectName(QStringLiteral("updateNextSteps"));
    m_nextSteps->setPlaceholderText(tr("What happens next week, and who does it"));
    m_nextSteps->setTabChangesFocus(true);
    if (current) {
        m_status->setCurrentIndex(m_status->findData(weeklyStatusCode(current->status)));
        m_actions->setPlainText(current->actions);
        m_nextSteps->setPlainText(current->nextSteps);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Actions this week"), m_actions);
    form->addRow(tr("Next steps"), m_nextSteps);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WeeklyUpdateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WeeklyUpdateDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowTitle(tr("Weekly update: %1, week of %2").arg(studentName, weekStart.toString(Qt::ISODate)));
    resize(560, 360);
}

void WeeklyUpdateDialog::accept()
{
    try {
        const WeeklyStatus status = weeklyStatusFromCode(m_status->currentData().toString()).value_or(WeeklyStatus::Stable);
        ReviewRepository(m_school.db(), m_school.user())
            .saveUpdate(m_studentId, m_weekStart, status, m_actions->toPlainText(), m_nextSteps->toPlainText(), clock::nowUtc());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

WeeklyBoardView::WeeklyBoardView(SchoolFile &school, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_week(weekStartOf(clock::today()))
    , m_weekLabel(new QLabel(this))
    , m_previous(new QPushButton(tr("◀ Previous week"), this))
    , m_next(new QPushButton(tr("Next week ▶"), this))
    , m_thisWeek(new QPushButton(tr("This week"), this))
    , m_picker(new QDateEdit(this))
    , m_edit(new QPushButton(tr("Update…"), this))
    , m_tree(new QTreeWidget(this))
    , m_totals(new QLabel(this))
    , m_chairedBy(new QLineEdit(this))
    , m_held(new QCheckBox(tr("Held on"), this))
    , m_heldOn(new QDateEdit(this))
    , m_notes(new QLineEdit(this))
    , m_meetingError(makeErrorLabel(this, QStringLiteral("meetingError")))
    , m_meetingSaved(new QLabel(this))
{
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_weekLabel->setFont(bold);
    m_previous->setObjectName(QStringLiteral("previousWeek"));
    m_next->setObjectName(QStringLiteral("nextWeek"));
    m_thisWeek->setObjectName(QStringLiteral("thisWeek"));
    m_picker->setObjectName(QStringLiteral("weekPicker"));
    m_picker->setCalendarPopup(true);
    m_picker->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_picker->setMaximumDate(clock::today());
    m_picker->setToolTip(tr("Pick any day to show its week"));
    m_edit->setObjectName(QStringLiteral("editUpdate"));
    m_edit->setToolTip(tr("Write or change the selected student's update for this week (or double-click the row)"));
    auto *print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("print"));
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));

    connect(m_previous, &QPushButton::clicked, this, [this] { setWeek(m_week.addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this, [this] { setWeek(m_week.addDays(7)); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] { setWeek(clock::today()); });
    connect(m_picker, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (weekStartOf(day) != m_week)
            setWeek(day);
    });
    connect(m_edit, &QPushButton::clicked, this, &WeeklyBoardView::editSelected);
    connect(print, &QPushButton::clicked, this, &WeeklyBoardView::print);
    connect(pdf, &QPushButton::clicked, this, &WeeklyBoardView::exportPdf);

    auto *top = new QHBoxLayout;
    top->addWidget(m_previous);
    top->addWidget(m_weekLabel);
    top->addWidget(m_next);
    top->addWidget(m_thisWeek);
    top->addWidget(m_picker);
    top->addStretch(1);
    top->addWidget(m_edit);
    top->addWidget(print);
    top->addWidget(pdf);

    m_tree->setObjectName(QStringLiteral("board"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        { tr("Student"), tr("Level"), tr("Plan"), tr("Status"), tr("Actions this week"), tr("Next steps"), tr("Last update") });
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setToolTip(tr("Double-click a student to write this week's update."));
    QHeaderView *header = m_tree->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ActionsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NextColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(StudentColumn, 170);
    m_tree->setColumnWidth(LevelColumn, 70);
    m_tree->setColumnWidth(PlanColumn, 90);
    m_tree->setColumnWidth(StatusColumn, 110);
    m_tree->setColumnWidth(LastColumn, 100);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent())
            openUpdateDialog(item->data(StudentColumn, Qt::UserRole).toLongLong());
    });

    m_totals->setObjectName(QStringLiteral("boardTotals"));

    auto *meeting = new QGroupBox(tr("Meeting record (weekly review chaired by the head)"), this);
    m_chairedBy->setObjectName(QStringLiteral("chairedBy"));
    m_chairedBy->setPlaceholderText(tr("e.g. Zhang Jianhua (head)"));
    m_chairedBy->setMaxLength(ReviewRepository::MaxNameLength);
    m_held->setObjectName(QStringLiteral("meetingHeld"));
    m_heldOn->setObjectName(QStringLiteral("heldOn"));
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_notes->setObjectName(QStringLiteral("meetingNotes"));
    m_notes->setPlaceholderText(tr("Decisions and who follows them up"));
    m_notes->setMaxLength(ReviewRepository::MaxTextLength);
    m_meetingSaved->setObjectName(QStringLiteral("meetingSaved"));
    auto *saveMeeting = new QPushButton(tr("Save meeting record"), meeting);
    saveMeeting->setObjectName(QStringLiteral("saveMeeting"));
    connect(saveMeeting, &QPushButton::clicked, this, &WeeklyBoardView::saveMeeting);
    connect(m_held, &QCheckBox::toggled, m_heldOn, &QDateEdit::setEnabled);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Chaired by"), meeting));
    row->addWidget(m_chairedBy, 1);
    row->addWidget(m_held);
    row->addWidget(m_heldOn);
    row->addWidget(new QLabel(tr("Notes"), meeting));
    row->addWidget(m_notes, 3);
    row->addWidget(saveMeeting);
    auto *meetingLayout = new QVBoxLayout(meeting);
    meetingLayout->addLayout(row);
    meetingLayout->addWidget(m_meetingError);
    meetingLayout->addWidget(m_meetingSaved);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_totals);
    layout->addWidget(meeting);
    refresh();
}

void WeeklyBoardView::setWeek(const QDate &day)
{
    const QDate thisWeek = weekStartOf(clock::today());
    const QDate week = std::min(weekStartOf(day.isValid() ? day : clock::today()), thisWeek);
    if (week == m_week)
        return;
    m_week = week;
    refresh();
}

void WeeklyBoardView::refresh()
{
    const QDate today = clock::today();
    const QDate thisWeek = weekStartOf(today);
    try {
        m_board = ReviewRepository(m_school.db(), m_school.user()).board(m_week, today);
    } catch (const Error &e) {
        m_board = WeeklyBoard();
        m_board.weekStart = m_week;
        m_totals->setText(e.message());
    }
    m_weekLabel->setText(m_week == thisWeek ? tr("This week: %1").arg(weekRangeText(m_week)) : weekRangeText(m_week));
    m_next->setEnabled(m_week < thisWeek);
    m_thisWeek->setEnabled(m_week != thisWeek);
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->setMaximumDate(today);
        m_picker->setDate(m_week);
    }

    const qint64 selected = m_tree->currentItem() ? m_tree->currentItem()->data(StudentColumn, Qt::UserRole).toLongLong() : 0;
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    QString groupKey;
    QTreeWidgetItem *reselect = nullptr;
    for (const BoardRow &r : m_board.rows) {
        const QString key = QString::number(r.grade) + u'|' + r.className;
        if (!group || key != groupKey) {
            groupKey = key;
            group = new QTreeWidgetItem(m_tree);
            const QString teachers = r.teachers.isEmpty() ? tr("no class teacher in the class grid") : r.teachers.join(tr(", "));
            group->setText(StudentColumn, tr("%1 %2 · %3").arg(gradeName(r.grade), r.className, teachers));
            QFont font = group->font(StudentColumn);
            font.setBold(true);
            group->setFont(StudentColumn, font);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setData(StudentColumn, Qt::UserRole, r.studentId);
        item->setText(StudentColumn, r.name);
        item->setToolTip(StudentColumn, r.studentNo);
        item->setText(LevelColumn,
            r.level == RiskLevel::Red          ? tr("Red")
                : r.level == RiskLevel::Orange ? tr("Orange")
                                               : riskLevelName(r.level));
        item->setBackground(LevelColumn, levelBackground(r.level));
        item->setForeground(LevelColumn, levelForeground(r.level));
        item->setText(PlanColumn, r.planId ? tr("Yes") : tr("Missing"));
        if (!r.planId && r.key)
            item->setForeground(PlanColumn, overdueText());
        if (r.update) {
            item->setText(StatusColumn, weeklyStatusName(r.update->status));
            item->setText(ActionsColumn, oneLine(r.update->actions));
            item->setToolTip(ActionsColumn, r.update->actions);
            item->setText(NextColumn, oneLine(r.update->nextSteps));
            item->setToolTip(NextColumn, r.update->nextSteps);
        } else if (!r.key) {
            item->setText(StatusColumn, tr("No longer key"));
        } else {
            item->setText(StatusColumn, r.overdue ? tr("Overdue") : tr("To do"));
        }
        item->setText(LastColumn, r.lastUpdateWeek.isValid() ? r.lastUpdateWeek.toString(Qt::ISODate) : tr("none"));
        item->setData(StatusColumn, Qt::UserRole, r.overdue);
        if (r.overdue) {
            for (int c = 0; c < ColumnCount; ++c)
                if (c != LevelColumn)
                    item->setBackground(c, overdueBackground());
            item->setForeground(StatusColumn, overdueText());
            QFont font = item->font(StatusColumn);
            font.setBold(true);
            item->setFont(StatusColumn, font);
        }
        if (r.studentId == selected)
            reselect = item;
    }
    if (reselect)
        m_tree->setCurrentItem(reselect);
    if (m_board.rows.isEmpty()) {
        auto *empty = new QTreeWidgetItem(m_tree);
        empty->setText(StudentColumn, tr("No key students this week."));
        empty->setFirstColumnSpanned(true);
        empty->setFlags(Qt::ItemIsEnabled);
    }
    m_totals->setText(tr("Red %1 · Orange %2 · Updated %3 of %4 · Overdue %5")
                          .arg(m_board.red)
                          .arg(m_board.orange)
                          .arg(m_board.updated)
                          .arg(m_board.rows.size())
                          .arg(m_board.overdue));
    loadMeeting();
}

void WeeklyBoardView::loadMeeting()
{
    m_meetingError->hide();
    m_meetingSaved->clear();
    m_heldOn->setMinimumDate(m_week);
    m_heldOn->setMaximumDate(std::min(m_week.addDays(6), clock::today()));
    if (m_board.meeting) {
        m_chairedBy->setText(m_board.meeting->chairedBy);
        m_notes->setText(m_board.meeting->notes);
        m_held->setChecked(m_board.meeting->heldOn.isValid());
        m_heldOn->setDate(m_board.meeting->heldOn.isValid() ? m_board.meeting->heldOn : m_heldOn->maximumDate());
        m_meetingSaved->setText(tr("Saved by %1").arg(m_board.meeting->updatedBy));
    } else {
        m_chairedBy->clear();
        m_notes->clear();
        m_held->setChecked(false);
        m_heldOn->setDate(m_heldOn->maximumDate());
    }
    m_heldOn->setEnabled(m_held->isChecked());
}

void WeeklyBoardView::saveMeeting()
{
    WeeklyMeeting meeting;
    meeting.weekStart = m_week;
    meeting.chairedBy = m_chairedBy->text();
    meeting.notes = m_notes->text();
    meeting.heldOn = m_held->isChecked() ? m_heldOn->date() : QDate();
    try {
        ReviewRepository(m_school.db(), m_school.user()).saveMeeting(meeting, clock::today());
    } catch (const Error &e) {
        m_meetingError->setText(e.message());
        m_meetingError->show();
        return;
    }
    refresh();
    m_meetingSaved->setText(tr("Meeting record saved."));
    Q_EMIT changed();
}

QTreeWidgetItem *WeeklyBoardView::itemOf(qint64 studentId) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(StudentColumn, Qt::UserRole).toLongLong() == studentId)
                return group->child(i);
    }
    return nullptr;
}

void WeeklyBoardView::editSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent()) {
        showMessage(this, MessageKind::Information, tr("Weekly update"), tr("Select a student on the board first."));
        return;
    }
    openUpdateDialog(item->data(StudentColumn, Qt::UserRole).toLongLong());
}

WeeklyUpdateDialog *WeeklyBoardView::openUpdateDialog(qint64 studentId)
{
    const auto row = std::find_if(
        m_board.rows.cbegin(), m_board.rows.cend(), [studentId](const BoardRow &r) { return r.studentId == studentId; });
    if (row == m_board.rows.cend())
        return nullptr;
    auto *dialog = new WeeklyUpdateDialog(m_school, studentId, row->name, m_week, row->update, this);
    dialog->setObjectName(QStringLiteral("weeklyUpdateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

WeeklySheet WeeklyBoardView::sheet() const
{
    return { SchoolRepository(m_school.db(), m_school.user()).school().name, m_board, clock::today() };
}

void WeeklyBoardView::exportPdf()
{
    if (!askToProceed(this, MessageKind::Warning, tr("Export the weekly review sheet"),
            tr("The sheet contains the names of key students and how they are doing. It is not encrypted: save it only "
               "where no one else can read it (not on a shared or public computer), and delete it once it is printed."),
            tr("Choose where to save…")))
        return;
    QString path = askSaveFileName(this, tr("Export the weekly review sheet"),
        tr("weekly-review-%1.pdf").arg(m_week.toString(Qt::ISODate)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printWeeklySheet(printer, sheet());
    recordPrintout(m_school.db(), printer, QStringLiteral("weekly_sheet"), static_cast<int>(m_board.rows.size()));
    if (printer.printerState() == QPrinter::Error) {
        showMessage(this, MessageKind::Critical, tr("Export the weekly review sheet"), tr("%1 could not be written.").arg(path));
        return;
    }
    showMessage(this, MessageKind::Information, tr("Export the weekly review sheet"), tr("The sheet was saved as %1.").arg(path));
}

void WeeklyBoardView::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the weekly review sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printWeeklySheet(printer, sheet());
    recordPrintout(m_school.db(), printer, QStringLiteral("weekly_sheet"), static_cast<int>(m_board.rows.size()));
}

} // namespace xinan::ui
