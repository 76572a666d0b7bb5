#include "groupsview.h"

#include "sessionparts.h"

#include "common/dialogseams.h"
#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/studentquery.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QHash<qint64, QString> studentNames(SchoolFile &school, const QList<qint64> &ids)
{
    QHash<qint64, QString> names;
    const std::vector<qint64> wanted(ids.begin(), ids.end());
    for (const StudentRow &row : StudentQuery(school.db()).rows(wanted))
        if (row.id != 0)
            names.insert(row.id, QStringLiteral("%1（%2）").arg(row.name, row.className));
    return names;
}

} // namespace

GroupDialog::GroupDialog(SchoolFile &school, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_groupId(groupId)
    , m_topic(new QLineEdit(this))
    , m_staff(new QComboBox(this))
    , m_planned(new QSpinBox(this))
    , m_finder(new StudentFinder(school, this))
    , m_members(new QListWidget(this))
    , m_error(makeErrorLabel(this, QStringLiteral("groupError")))
{
    setObjectName(QStringLiteral("groupDialog"));
    setWindowTitle(groupId ? tr("Edit counselling group") : tr("New counselling group"));
    m_topic->setObjectName(QStringLiteral("groupTopic"));
    m_topic->setPlaceholderText(tr("For example: 考前减压小组, 人际交往成长小组"));
    m_topic->setMaxLength(100);
    m_staff->setObjectName(QStringLiteral("groupStaff"));
    m_planned->setObjectName(QStringLiteral("groupPlanned"));
    m_planned->setRange(1, 100);
    m_planned->setValue(6);
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_finder->setObjectName(QStringLiteral("groupFinder"));
    auto *add = new QPushButton(tr("Add to the group"), this);
    add->setObjectName(QStringLiteral("addMember"));
    auto *remove = new QPushButton(tr("Remove from the group"), this);
    remove->setObjectName(QStringLiteral("removeMember"));
    connect(add, &QPushButton::clicked, this, [this] { addMember(m_finder->currentStudentId()); });
    connect(m_finder, &StudentFinder::activated, this, &GroupDialog::addMember);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_members->currentItem(); });

    CounsellingGroup g;
    try {
        if (groupId)
            g = SessionRepository(m_school.db(), m_school.user()).group(groupId);
        fillStaffCombo(m_school, m_staff, tr("(my own staff entry)"), g.staffId);
        m_staff->setCurrentIndex(qMax(0, m_staff->findData(g.staffId)));
    } catch (const Error &e) {
        showError(e.message());
    }
    if (groupId) {
        m_topic->setText(g.topic);
        m_planned->setValue(g.plannedSessions);
        for (const qint64 id : std::as_const(g.memberIds))
            addMember(id);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Topic:"), m_topic);
    form->addRow(tr("Counsellor:"), m_staff);
    form->addRow(tr("Planned sessions:"), m_planned);

    auto *pick = new QVBoxLayout;
    pick->addWidget(new QLabel(tr("Find a student:"), this));
    pick->addWidget(m_finder, 1);
    pick->addWidget(add);
    auto *list = new QVBoxLayout;
    list->addWidget(new QLabel(tr("Members:"), this));
    list->addWidget(m_members, 1);
    list->addWidget(remove);
    auto *columns = new QHBoxLayout;
    columns->addLayout(pick, 1);
    columns->addLayout(list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveGroup"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 540);
}

void GroupDialog::addMember(qint64 studentId)
{
    if (studentId == 0)
        return;
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->data(Qt::UserRole).toLongLong() == studentId)
            return;
    const QString line = studentLineFor(m_school, studentId);
    if (line.isEmpty())
        return;
    auto *item = new QListWidgetItem(line, m_members);
    item->setData(Qt::UserRole, studentId);
}

QList<qint64> GroupDialog::memberIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_members->count(); ++i)
        ids << m_members->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void GroupDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void GroupDialog::accept()
{
    if (m_members->count() == 0) {
        showError(tr("Add the group's members: find each student and press \"Add to the group\"."));
        return;
    }
    try {
        SessionRepository sessions(m_school.db(), m_school.user());
        if (m_groupId == 0) {
            m_groupId = sessions.addGroup(m_topic->text(), m_staff->currentData().toLongLong(), m_planned->value(), memberIds());
        } else {
            CounsellingGroup g = sessions.group(m_groupId);
            g.topic = m_topic->text();
            g.staffId = m_staff->currentData().toLongLong();
            g.plannedSessions = m_planned->value();
            g.memberIds = memberIds();
            sessions.updateGroup(g);
        }
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    QDialog::accept();
}

GroupSessionDialog::GroupSessionDialog(SchoolFile &school, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_groupId(groupId)
    , m_date(new QDateEdit(clock::today(), this))
    , m_minutes(new QSpinBox(this))
    , m_present(new QListWidget(this))
    , m_error(makeErrorLabel(this, QStringLiteral("groupSessionError")))
{
    setObjectName(QStringLiteral("groupSessionDialog"));
    setWindowTitle(tr("Record a group session"));
    m_date->setObjectName(QStringLiteral("groupSessionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(clock::today());
    m_minutes->setObjectName(QStringLiteral("groupSessionMinutes"));
    m_minutes->setRange(1, 480);
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" min"));
    m_present->setObjectName(QStringLiteral("groupSessionPresent"));
    try {
        const CounsellingGroup g = SessionRepository(m_school.db(), m_school.user()).group(groupId);
        setWindowTitle(tr("Record a session of \"%1\"").arg(g.topic));
        const QHash<qint64, QString> names = studentNames(m_school, g.memberIds);
        for (const qint64 id : g.memberIds) {
            auto *item = new QListWidgetItem(names.value(id), m_present);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Held on:"), m_date);
    form->addRow(tr("Duration:"), m_minutes);
    form->addRow(tr("Present (untick who was absent):"), m_present);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveGroupSession"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupSessionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 480);
}

void GroupSessionDialog::accept()
{
    QList<qint64> present;
    for (int i = 0; i < m_present->count(); ++i)
        if (m_present->item(i)->checkState() == Qt::Checked)
            present << m_present->item(i)->data(Qt::UserRole).toLongLong();
    try {
        m_sessionId = SessionRepository(m_school.db(), m_school.user())
                          .addGroupSession(m_groupId, m_date->date(), m_minutes->value(), present);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

GroupsView::GroupsView(SchoolFile &school, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_notice(new QLabel(this))
    , m_groups(new QTreeWidget(this))
    , m_groupTitle(new QLabel(this))
    , m_attendance(new QTableWidget(this))
    , m_new(new QPushButton(tr("New group…"), this))
    , m_edit(new QPushButton(tr("Edit group…"), this))
    , m_addSession(new QPushButton(tr("Add session…"), this))
    , m_save(new QPushButton(tr("Save attendance"), this))
{
    setObjectName(QStringLiteral("groupsView"));
    m_notice->setObjectName(QStringLiteral("groupsNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_groups->setObjectName(QStringLiteral("groups"));
    m_groups->setRootIsDecorated(false);
    m_groups->setUniformRowHeights(true);
    m_groups->setHeaderLabels({ tr("Topic"), tr("Counsellor"), tr("Members"), tr("Sessions") });
    m_groups->setColumnWidth(0, 180);
    m_groups->setColumnWidth(1, 90);
    m_groups->setColumnWidth(2, 60);
    connect(m_groups, &QTreeWidget::itemSelectionChanged, this, &GroupsView::showGroup);
    connect(m_groups, &QTreeWidget::itemDoubleClicked, this, [this] { editGroup(); });
    m_groupTitle->setObjectName(QStringLiteral("groupTitle"));
    m_groupTitle->setTextFormat(Qt::PlainText);
    m_groupTitle->setWordWrap(true);
    QFont bold = m_groupTitle->font();
    bold.setBold(true);
    m_groupTitle->setFont(bold);
    m_attendance->setObjectName(QStringLiteral("attendanceGrid"));
    m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendance->horizontalHeader()->setDefaultSectionSize(84);
    m_new->setObjectName(QStringLiteral("newGroup"));
    m_edit->setObjectName(QStringLiteral("editGroup"));
    m_addSession->setObjectName(QStringLiteral("addGroupSession"));
    m_save->setObjectName(QStringLiteral("saveAttendance"));
    connect(m_new, &QPushButton::clicked, this, &GroupsView::newGroup);
    connect(m_edit, &QPushButton::clicked, this, &GroupsView::editGroup);
    connect(m_addSession, &QPushButton::clicked, this, &GroupsView::addSession);
    connect(m_save, &QPushButton::clicked, this, &GroupsView::saveAttendance);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_groups, 1);
    auto *leftBar = new QHBoxLayout;
    leftBar->addWidget(m_edit);
    leftBar->addWidget(m_new);
    leftLayout->addLayout(leftBar);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_groupTitle);
    rightLayout->addWidget(new QLabel(tr("Attendance (ticked: present)"), right));
    rightLayout->addWidget(m_attendance, 1);
    auto *rightBar = new QHBoxLayout;
    rightBar->addStretch();
    rightBar->addWidget(m_save);
    rightBar->addWidget(m_addSession);
    rightLayout->addLayout(rightBar);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 420, 640 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);
    reload();
}

qint64 GroupsView::currentGroupId() const
{
    const QTreeWidgetItem *item = m_groups->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void GroupsView::reload()
{
    const qint64 selected = currentGroupId();
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    bool counsellor = false;
    try {
        SessionRepository sessions(m_school.db(), m_school.user());
        counsellor = sessions.canReadConfidential();
        if (counsellor) {
            for (const CounsellingGroup &g : sessions.groups()) {
                auto *item = new QTreeWidgetItem(m_groups,
                    { g.topic, g.staffName, QString::number(g.memberIds.size()),
                        tr("%1 of %2").arg(g.heldSessions).arg(g.plannedSessions) });
                item->setData(0, Qt::UserRole, g.id);
                item->setToolTip(0, g.topic);
                if (g.id == selected)
                    m_groups->setCurrentItem(item);
            }
        }
    } catch (const Error &e) {
        m_notice->setText(e.message());
        m_notice->show();
    }
    if (!counsellor) {
        m_notice->setText(tr("Group counselling is visible to counselling teachers only (内容仅心理教师可见)."));
        m_notice->show();
    }
    m_new->setEnabled(counsellor);
    if (!m_groups->currentItem() && m_groups->topLevelItemCount() > 0)
        m_groups->setCurrentItem(m_groups->topLevelItem(0));
    showGroup();
}

void GroupsView::selectGroup(qint64 groupId)
{
    for (int i = 0; i < m_groups->topLevelItemCount(); ++i)
        if (m_groups->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == groupId)
            m_groups->setCurrentItem(m_groups->topLevelItem(i));
}

void GroupsView::showGroup()
{
    m_attendance->clear();
    m_attendance->setRowCount(0);
    m_attendance->setColumnCount(0);
    m_sessions.clear();
    m_members.clear();
    const qint64 id = currentGroupId();
    m_edit->setEnabled(id != 0);
    m_addSession->setEnabled(id != 0);
    m_save->setEnabled(false);
    if (id == 0) {
        m_groupTitle->setText(
            m_groups->topLevelItemCount() ? tr("Choose a group.") : tr("No group yet: start with \"New group…\"."));
        return;
    }
    try {
        SessionRepository sessions(m_school.db(), m_school.user());
        const CounsellingGroup g = sessions.group(id);
        m_sessions = sessions.groupSessions(id);
        m_members = g.memberIds;
        m_groupTitle->setText(tr("%1 — %2, %3 of %4 sessions held")
                                  .arg(g.topic, g.staffName.isEmpty() ? tr("no counsellor") : g.staffName)
                                  .arg(g.heldSessions)
                                  .arg(g.plannedSessions));
        const QHash<qint64, QString> names = studentNames(m_school, m_members);
        m_attendance->setRowCount(static_cast<int>(m_members.size()));
        m_attendance->setColumnCount(static_cast<int>(m_sessions.size()) + 1);
        QStringList headers;
        for (const GroupSession &s : std::as_const(m_sessions))
            headers << s.heldOn.toString(QStringLiteral("yyyy-MM-dd"));
        headers << tr("Attended");
        m_attendance->setHorizontalHeaderLabels(headers);
        QStringList rows;
        for (int r = 0; r < m_members.size(); ++r) {
            rows << names.value(m_members[r]);
            int attended = 0;
            for (int c = 0; c < m_sessions.size(); ++c) {
                const GroupSession &s = m_sessions[c];
                auto *cell = new QTableWidgetItem;
                cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                const bool listed = s.present.contains(m_members[r]) || s.absent.contains(m_members[r]);
                cell->setCheckState(s.present.contains(m_members[r]) ? Qt::Checked : Qt::Unchecked);
                if (!listed)
                    cell->setToolTip(tr("Joined the group after this session"));
                attended += s.present.contains(m_members[r]) ? 1 : 0;
                m_attendance->setItem(r, c, cell);
            }
            auto *total = new QTableWidgetItem(tr("%1 of %2").arg(attended).arg(m_sessions.size()));
            total->setFlags(Qt::ItemIsEnabled);
            m_attendance->setItem(r, static_cast<int>(m_sessions.size()), total);
        }
        m_attendance->setVerticalHeaderLabels(rows);
        m_save->setEnabled(!m_sessions.isEmpty());
    } catch (const Error &e) {
        m_groupTitle->setText(e.message());
    }
}

bool GroupsView::saveAttendance()
{
    if (m_sessions.isEmpty())
        return false;
    try {
        SessionRepository sessions(m_school.db(), m_school.user());
        for (int c = 0; c < m_sessions.size(); ++c) {
            QList<qint64> present;
            for (int r = 0; r < m_members.size(); ++r)
                if (m_attendance->item(r, c)->checkState() == Qt::Checked)
                    present << m_members[r];
            QList<qint64> before = m_sessions[c].present;
            std::sort(before.begin(), before.end());
            std::sort(present.begin(), present.end());
            const bool listedAll
                = static_cast<int>(m_sessions[c].present.size() + m_sessions[c].absent.size()) == m_members.size();
            if (present != before || !listedAll)
                sessions.setAttendance(m_sessions[c].id, present);
        }
    } catch (const Error &e) {
        showMessage(this, MessageKind::Warning, tr("Attendance"), e.message());
        return false;
    }
    reload();
    return true;
}

template<typename D> D *GroupsView::showDialog(D *dialog)
{
    connect(dialog, &QDialog::accepted, this, &GroupsView::reload);
    openWindowModal(dialog);
    return dialog;
}

GroupDialog *GroupsView::newGroup()
{
    auto *dialog = showDialog(new GroupDialog(m_school, 0, this));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectGroup(dialog->groupId()); });
    return dialog;
}

GroupDialog *GroupsView::editGroup()
{
    const qint64 id = currentGroupId();
    return id ? showDialog(new GroupDialog(m_school, id, this)) : nullptr;
}

GroupSessionDialog *GroupsView::addSession()
{
    const qint64 id = currentGroupId();
    return id ? showDialog(new GroupSessionDialog(m_school, id, this)) : nullptr;
}

} // namespace xinan::ui
