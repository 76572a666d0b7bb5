#include "dutydialogs.h"

#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "services/dutysheet.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace xinan::ui {
namespace {

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

} // namespace

QString dutyWeekdayName(int weekday)
{
    switch (weekday) {
    case 1:
        return DutyTemplateDialog::tr("Monday");
    case 2:
        return DutyTemplateDialog::tr("Tuesday");
    case 3:
        return DutyTemplateDialog::tr("Wednesday");
    case 4:
        return DutyTemplateDialog::tr("Thursday");
    case 5:
        return DutyTemplateDialog::tr("Friday");
    case 6:
        return DutyTemplateDialog::tr("Saturday");
    default:
        return DutyTemplateDialog::tr("Sunday");
    }
}

QString dutyShiftText(const DutyShift &s)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(s.day.toString(Qt::ISODate), dutyWeekdayName(s.day.dayOfWeek()), s.periodName, s.roomName, s.staffName);
}

// ---- weekly template ----

DutyTemplateDialog::DutyTemplateDialog(SchoolFile &school, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_weekday(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_room(new QComboBox(this))
    , m_staffList(new QListWidget(this))
    , m_add(new QPushButton(tr("Add to the template"), this))
    , m_list(new QTreeWidget(this))
    , m_error(makeErrorLabel(this, QStringLiteral("templateError")))
{
    setWindowTitle(tr("Weekly duty template"));
    resize(720, 560);
    m_weekday->setObjectName(QStringLiteral("templateWeekday"));
    m_period->setObjectName(QStringLiteral("templatePeriod"));
    m_room->setObjectName(QStringLiteral("templateRoom"));
    m_staffList->setObjectName(QStringLiteral("templateStaff"));
    m_add->setObjectName(QStringLiteral("templateAdd"));
    m_list->setObjectName(QStringLiteral("templateSlots"));
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(dutyWeekdayName(d), d);

    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    try {
        DutyRepository duty(school.db(), school.user());
        OfficeRepository office(school.db(), school.user());
        m_periods = duty.periods();
        m_rooms = office.rooms(true);
        m_staff = office.staff(true);
        m_slots = duty.weeklyTemplate();
    } catch (const Error &e) {
        showError(m_error, e.message());
    }
    for (const DutyPeriod &p : std::as_const(m_periods))
        m_period->addItem(QStringLiteral("%1 %2").arg(p.name, dutyPeriodTimesText(p)), p.code);
    for (const Room &r : std::as_const(m_rooms))
        if (r.active)
            m_room->addItem(r.name, r.id);
    for (const StaffMember &s : std::as_const(m_staff)) {
        if (!s.active)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(s.name, staffKindName(s.kind)), m_staffList);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const bool ready = m_room->count() > 0 && m_staffList->count() > 0;
    hint->setText(ready
            ? tr("Choose a weekday, a period and a room, tick the staff on duty there (several may share a room) and add "
                 "them. Generate the roster afterwards to apply the template to the term.")
            : tr("There are no counselling rooms or staff yet. Add them first in Settings (rooms and counselling staff), "
                 "then come back here."));
    m_add->setEnabled(ready);
    connect(m_add, &QPushButton::clicked, this, &DutyTemplateDialog::addChosen);

    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Weekday"), tr("Period"), tr("Room"), tr("Staff") });
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *remove = new QPushButton(tr("Remove selected"), this);
    remove->setObjectName(QStringLiteral("templateRemove"));
    connect(remove, &QPushButton::clicked, this, &DutyTemplateDialog::removeSelected);

    auto *form = new QFormLayout;
    form->addRow(tr("Weekday:"), m_weekday);
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("Room:"), m_room);
    form->addRow(tr("Staff:"), m_staffList);
    m_staffList->setMaximumHeight(120);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addLayout(addRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(removeRow);
    layout->addWidget(m_error);
    layout->addWidget(makeOkCancel(this, tr("Save template")));
    fill();
}

QString dutyPeriodTimesText(const DutyPeriod &p)
{
    return dutyPeriodTimes(p);
}

void DutyTemplateDialog::fill()
{
    const auto periodPos = [this](const QString &code) {
        for (const DutyPeriod &p : std::as_const(m_periods))
            if (p.code == code)
                return p.position;
        return 0;
    };
    const auto roomName = [this](qint64 id) {
        for (const Room &r : std::as_const(m_rooms))
            if (r.id == id)
                return r.name;
        return QString();
    };
    const auto staffName = [this](qint64 id) {
        for (const StaffMember &s : std::as_const(m_staff))
            if (s.id == id)
                return s.name;
        return QString();
    };
    std::stable_sort(m_slots.begin(), m_slots.end(), [&](const DutyTemplateSlot &a, const DutyTemplateSlot &b) {
        if (a.weekday != b.weekday)
            return a.weekday < b.weekday;
        if (a.periodCode != b.periodCode)
            return periodPos(a.periodCode) < periodPos(b.periodCode);
        return roomName(a.roomId) < roomName(b.roomId);
    });
    m_list->clear();
    for (int i = 0; i < m_slots.size(); ++i) {
        const DutyTemplateSlot &s = m_slots.at(i);
        QString period = s.periodCode;
        for (const DutyPeriod &p : std::as_const(m_periods))
            if (p.code == s.periodCode)
                period = p.name;
        auto *item
            = new QTreeWidgetItem(m_list, { dutyWeekdayName(s.weekday), period, roomName(s.roomId), staffName(s.staffId) });
        item->setData(0, Qt::UserRole, i);
    }
}

void DutyTemplateDialog::addChosen()
{
    m_error->hide();
    const int weekday = m_weekday->currentData().toInt();
    const QString period = m_period->currentData().toString();
    const qint64 room = m_room->currentData().toLongLong();
    int added = 0;
    for (int i = 0; i < m_staffList->count(); ++i) {
        QListWidgetItem *item = m_staffList->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const DutyTemplateSlot slot { weekday, period, room, item->data(Qt::UserRole).toLongLong() };
        if (!m_slots.contains(slot)) {
            m_slots.append(slot);
            ++added;
        }
        item->setCheckState(Qt::Unchecked);
    }
    if (added == 0) {
        showError(m_error, tr("Tick at least one staff member who is not yet on this weekday, period and room."));
        return;
    }
    fill();
}

void DutyTemplateDialog::removeSelected()
{
    QList<int> rows;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        rows << item->data(0, Qt::UserRole).toInt();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_slots.removeAt(row);
    fill();
}

void DutyTemplateDialog::accept()
{
    try {
        DutyRepository(m_school.db(), m_school.user()).setWeeklyTemplate(m_slots);
    } catch (const Error &e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

// ---- term ----

DutyTermDialog::DutyTermDialog(SchoolFile &school, const QString &termId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_terms(new QComboBox(this))
    , m_id(new QLineEdit(this))
    , m_start(makeDateEdit(this, QStringLiteral("termStart"), {}))
    , m_end(makeDateEdit(this, QStringLiteral("termEnd"), {}))
    , m_holidays(new QTableWidget(0, 3, this))
    , m_error(makeErrorLabel(this, QStringLiteral("termError")))
{
    setWindowTitle(tr("Term and holidays"));
    resize(560, 480);
    m_terms->setObjectName(QStringLiteral("termChoice"));
    m_id->setObjectName(QStringLiteral("termId"));
    m_id->setPlaceholderText(tr("for example 2026-2027-1"));
    m_holidays->setObjectName(QStringLiteral("termHolidays"));
    m_holidays->setHorizontalHeaderLabels({ tr("First day"), tr("Last day"), tr("Name") });
    m_holidays->horizontalHeader()->setStretchLastSection(true);
    m_holidays->verticalHeader()->hide();
    m_terms->addItem(tr("New term"), QString());
    try {
        for (const DutyTerm &t : DutyRepository(school.db(), school.user()).terms())
            m_terms->addItem(
                QStringLiteral("%1 (%2 – %3)").arg(t.id, t.startsOn.toString(Qt::ISODate), t.endsOn.toString(Qt::ISODate)), t.id);
    } catch (const Error &e) {
        showError(m_error, e.message());
    }
    connect(m_terms, &QComboBox::currentIndexChanged, this, [this] { load(m_terms->currentData().toString()); });

    auto *addButton = new QPushButton(tr("Add holiday"), this);
    addButton->setObjectName(QStringLiteral("termAddHoliday"));
    connect(addButton, &QPushButton::clicked, this, [this] { addHoliday(m_start->date(), m_start->date(), QString()); });
    auto *removeButton = new QPushButton(tr("Remove holiday"), this);
    removeButton->setObjectName(QStringLiteral("termRemoveHoliday"));
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_holidays->currentRow() >= 0)
            m_holidays->removeRow(m_holidays->currentRow());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Edit:"), m_terms);
    form->addRow(tr("Term:"), m_id);
    form->addRow(tr("First day:"), m_start);
    form->addRow(tr("Last day:"), m_end);
    auto *hint
        = new QLabel(tr("Holidays (days as YYYY-MM-DD; a single day has the same first and last day). No duty is generated "
                        "on holidays."),
            this);
    hint->setWordWrap(true);
    auto *holidayButtons = new QHBoxLayout;
    holidayButtons->addStretch(1);
    holidayButtons->addWidget(removeButton);
    holidayButtons->addWidget(addButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_holidays, 1);
    layout->addLayout(holidayButtons);
    layout->addWidget(m_error);
    layout->addWidget(makeOkCancel(this, tr("Save term")));

    const int index = termId.isEmpty() ? (m_terms->count() > 1 ? 1 : 0) : m_terms->findData(termId);
    m_terms->setCurrentIndex(qMax(0, index));
    load(m_terms->currentData().toString());
}

void DutyTermDialog::load(const QString &termId)
{
    m_error->hide();
    m_holidays->setRowCount(0);
    std::optional<DutyTerm> t;
    if (!termId.isEmpty()) {
        try {
            t = DutyRepository(m_school.db(), m_school.user()).term(termId);
        } catch (const Error &e) {
            showError(m_error, e.message());
        }
    }
    if (!t) {
        const QDate today = clock::today();
        const bool autumn = today.month() >= 7;
        const int year = autumn ? today.year() : today.year() - 1;
        m_id->setText(QStringLiteral("%1-%2-%3").arg(year).arg(year + 1).arg(autumn ? 1 : 2));
        m_id->setReadOnly(false);
        m_start->setDate(autumn ? QDate(year, 9, 1) : QDate(today.year(), 3, 1));
        m_end->setDate(autumn ? QDate(year + 1, 1, 20) : QDate(today.year(), 7, 10));
        return;
    }
    m_id->setText(t->id);
    m_id->setReadOnly(true);
    m_start->setDate(t->startsOn);
    m_end->setDate(t->endsOn);
    for (const TermHoliday &h : std::as_const(t->holidays))
        addHoliday(h.first, h.last, h.name);
}

void DutyTermDialog::addHoliday(const QDate &first, const QDate &last, const QString &name)
{
    const int row = m_holidays->rowCount();
    m_holidays->insertRow(row);
    m_holidays->setItem(row, 0, new QTableWidgetItem(first.toString(Qt::ISODate)));
    m_holidays->setItem(row, 1, new QTableWidgetItem(last.toString(Qt::ISODate)));
    m_holidays->setItem(row, 2, new QTableWidgetItem(name));
    m_holidays->setCurrentCell(row, 2);
}

void DutyTermDialog::accept()
{
    DutyTerm term;
    term.id = m_id->text().trimmed();
    term.startsOn = m_start->date();
    term.endsOn = m_end->date();
    for (int row = 0; row < m_holidays->rowCount(); ++row) {
        const auto text = [&](int column) {
            return m_holidays->item(row, column) ? m_holidays->item(row, column)->text().trimmed() : QString();
        };
        TermHoliday h { QDate::fromString(text(0), Qt::ISODate), QDate::fromString(text(1), Qt::ISODate), text(2) };
        if (!h.first.isValid() || !h.last.isValid()) {
            showError(m_error, tr("Holiday %1: write the days as YYYY-MM-DD, for example 2026-10-01.").arg(row + 1));
            return;
        }
        if (h.name.isEmpty()) {
            showError(m_error, tr("Holiday %1: give the holiday a name, for example 国庆节.").arg(row + 1));
            return;
        }
        term.holidays.append(h);
    }
    try {
        DutyRepository(m_school.db(), m_school.user()).saveTerm(term);
    } catch (const Error &e) {
        showError(m_error, e.message());
        return;
    }
    m_savedId = term.id;
    QDialog::accept();
}

} // namespace xinan::ui
