#include "sessionspage.h"

#include "common/colors.h"
#include "common/formparts.h"

#include "feedbackdialog.h"
#include "groupsview.h"
#include "sessiondialog.h"
#include "sessionparts.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/feedbackrepository.h"
#include "repo/sessionrepository.h"
#include "repo/studentquery.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

SessionsPage::SessionsPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_tabs(new QTabWidget(this))
    , m_from(new QDateEdit(clock::today().addDays(-30), this))
    , m_to(new QDateEdit(clock::today(), this))
    , m_staff(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_form(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_records(new QTreeWidget(this))
    , m_walkIn(new QPushButton(tr("Walk-in…"), this))
    , m_open(new QPushButton(tr("Open record…"), this))
    , m_feedback(new QPushButton(tr("Record feedback…"), this))
    , m_student(new QPushButton(tr("Student file…"), this))
    , m_groupsView(new GroupsView(school, this))
{
    setObjectName(QStringLiteral("sessionsPage"));
    try {
        m_counsellor = SessionRepository(m_school.db(), m_school.user()).canReadConfidential();
    } catch (const Error &) {
        m_counsellor = false;
    }
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &SessionsPage::reload);
    }
    m_from->setObjectName(QStringLiteral("recordsFrom"));
    m_to->setObjectName(QStringLiteral("recordsTo"));
    m_staff->setObjectName(QStringLiteral("recordsStaff"));
    m_category->setObjectName(QStringLiteral("recordsCategory"));
    m_form->setObjectName(QStringLiteral("recordsForm"));
    fillFilters();
    for (QComboBox *combo : { m_staff, m_category, m_form }) {
        combo->setEnabled(m_counsellor);
        connect(combo, &QComboBox::currentIndexChanged, this, &SessionsPage::reload);
    }
    m_summary->setObjectName(QStringLiteral("recordsSummary"));

    m_records->setObjectName(QStringLiteral("records"));
    m_records->setRootIsDecorated(false);
    m_records->setAlternatingRowColors(true);
    m_records->setUniformRowHeights(true);
    m_records->setHeaderLabels({ tr("Date"), tr("Student"), tr("Class"), tr("Form"), tr("Problem categories"), tr("Counsellor"),
        tr("Minutes"), tr("Feedback") });
    m_records->header()->setStretchLastSection(true);
    const int widths[] = { 170, 90, 110, 60, 260, 100, 60 };
    for (int i = 0; i < 7; ++i)
        m_records->setColumnWidth(i, widths[i]);
    connect(m_records, &QTreeWidget::itemDoubleClicked, this, [this] { openSelected(); });
    connect(m_records, &QTreeWidget::itemSelectionChanged, this, &SessionsPage::updateButtons);

    m_walkIn->setObjectName(QStringLiteral("walkIn"));
    m_walkIn->setToolTip(tr("Record a session with a student who came without an appointment"));
    m_walkIn->setEnabled(m_counsellor);
    m_open->setObjectName(QStringLiteral("openRecord"));
    m_feedback->setObjectName(QStringLiteral("recordFeedback"));
    m_student->setObjectName(QStringLiteral("recordStudent"));
    connect(m_walkIn, &QPushButton::clicked, this, &SessionsPage::walkIn);
    connect(m_open, &QPushButton::clicked, this, &SessionsPage::openSelected);
    connect(m_feedback, &QPushButton::clicked, this, &SessionsPage::recordFeedback);
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedStudentId())
            Q_EMIT openStudent(id);
    });

    QLabel *title = makePageTitle(tr("Counselling records"), this);
    auto *hint = new QLabel(m_counsellor ? tr("Records of individual sessions are confidential. Record a session from a done "
                                              "appointment (Appointments) or as a walk-in; after a session, record the feedback "
                                              "given to the class teacher, parents or head.")
                                         : tr("Only counselling teachers can see the content of counselling records "
                                              "(内容仅心理教师可见); this account sees each record's student and date."),
        this);
    hint->setObjectName(QStringLiteral("recordsHint"));
    hint->setWordWrap(true);

    auto *records = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), records));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), records));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_staff);
    filters->addWidget(m_category);
    filters->addWidget(m_form);
    filters->addStretch();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_student);
    bar->addWidget(m_feedback);
    bar->addWidget(m_open);
    bar->addWidget(m_walkIn);
    auto *recordsLayout = new QVBoxLayout(records);
    recordsLayout->addLayout(filters);
    recordsLayout->addWidget(m_records, 1);
    recordsLayout->addLayout(bar);

    m_tabs->setObjectName(QStringLiteral("sessionsTabs"));
    m_tabs->addTab(records, tr("Individual records"));
    m_tabs->addTab(m_groupsView, tr("Group counselling"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_tabs, 1);
    reload();
}

void SessionsPage::fillFilters()
{
    try {
        fillStaffCombo(m_school, m_staff, tr("All counsellors"));
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const QString &c : SessionRepository(m_school.db(), m_school.user()).problemCategories())
            m_category->addItem(c, c);
        m_form->clear();
        m_form->addItem(tr("All forms"), QString());
        for (const SessionForm f : allSessionForms())
            m_form->addItem(sessionFormName(f), sessionFormCode(f));
    } catch (const Error &e) {
        m_summary->setText(e.message());
    }
}

void SessionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_groupsView->reload();
}

void SessionsPage::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void SessionsPage::reload()
{
    const qint64 selected = selectedRecordId();
    m_records->clear();
    try {
        const qint64 staff = m_staff->currentData().toLongLong();
        const QString category = m_category->currentData().toString();
        const QString form = m_form->currentData().toString();
        const QList<CounsellingRecord> all
            = SessionRepository(m_school.db(), m_school.user()).range(m_from->date(), m_to->date());
        std::vector<qint64> studentIds;
        for (const CounsellingRecord &r : all)
            studentIds.push_back(r.studentId);
        QHash<qint64, QString> classes;
        for (const StudentRow &row : StudentQuery(m_school.db()).rows(studentIds))
            if (row.id)
                classes.insert(row.id, QStringLiteral("%1 %2").arg(gradeName(row.grade), row.className));
        FeedbackRepository feedback(m_school.db(), m_school.user());
        int shown = 0;
        int due = 0;
        // Newest first.
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            const CounsellingRecord &r = *it;
            if (!r.restricted) {
                if (staff && r.staffId != staff)
                    continue;
                if (!category.isEmpty() && !r.categories.contains(category))
                    continue;
                if (!form.isEmpty() && sessionFormCode(r.form) != form)
                    continue;
            }
            QTreeWidgetItem *item;
            if (r.restricted) {
                item = new QTreeWidgetItem(m_records,
                    { restrictedRecordText(r), r.studentName, classes.value(r.studentId), QString(), restrictedContentText() });
                item->setForeground(4, palette().color(QPalette::PlaceholderText));
            } else {
                const bool given = !feedback.forRecord(r.id).isEmpty();
                const QString fb = given ? tr("given") : r.feedbackNeeded ? tr("due") : tr("not needed");
                item = new QTreeWidgetItem(m_records,
                    { r.heldOn.toString(Qt::ISODate), r.studentName, classes.value(r.studentId), sessionFormName(r.form),
                        categoriesText(r.categories), r.staffName, QString::number(r.minutes), fb });
                item->setToolTip(4, categoriesText(r.categories));
                if (!given && r.feedbackNeeded) {
                    item->setForeground(7, colors::color(colors::Alarm));
                    ++due;
                }
            }
            item->setData(0, Qt::UserRole, r.id);
            item->setData(0, Qt::UserRole + 1, r.studentId);
            if (r.id == selected)
                m_records->setCurrentItem(item);
            ++shown;
        }
        m_summary->setText(m_counsellor
                ? tr("%n record(s)", nullptr, shown) + QStringLiteral(" · ") + tr("%n without feedback", nullptr, due)
                : tr("%n record(s)", nullptr, shown));
    } catch (const Error &e) {
        m_summary->setText(e.message());
    }
    updateButtons();
}

int SessionsPage::rowCount() const
{
    return m_records->topLevelItemCount();
}

qint64 SessionsPage::selectedRecordId() const
{
    const QTreeWidgetItem *item = m_records->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

qint64 SessionsPage::selectedStudentId() const
{
    const QTreeWidgetItem *item = m_records->currentItem();
    return item ? item->data(0, Qt::UserRole + 1).toLongLong() : 0;
}

void SessionsPage::updateButtons()
{
    const bool any = selectedRecordId() != 0;
    m_open->setEnabled(any && m_counsellor);
    m_feedback->setEnabled(any);
    m_student->setEnabled(any);
}

StudentPickerDialog *SessionsPage::walkIn()
{
    auto *picker = new StudentPickerDialog(m_school, tr("Walk-in session: choose the student"), this);
    picker->setObjectName(QStringLiteral("walkInPicker"));
    connect(picker, &QDialog::accepted, this, [this, picker] {
        auto *dialog = new SessionDialog(m_school, picker->studentId(), 0, this);
        connect(dialog, &QDialog::accepted, this, [this] {
            reload();
            Q_EMIT changed();
        });
        openWindowModal(dialog);
    });
    openWindowModal(picker);
    return picker;
}

SessionDialog *SessionsPage::openSelected()
{
    const qint64 id = selectedRecordId();
    if (id == 0 || !m_counsellor)
        return nullptr;
    auto *dialog = SessionDialog::editRecord(m_school, id, this);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

FeedbackDialog *SessionsPage::recordFeedback()
{
    const qint64 id = selectedRecordId();
    if (id == 0)
        return nullptr;
    auto *dialog = new FeedbackDialog(m_school, selectedStudentId(), id, this);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

} // namespace xinan::ui
