#include "officedialog.h"

#include "common/formparts.h"

#include "error.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

const QColor InactiveForeground(0x80, 0x80, 0x80);

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

// One row: the texts, the id in the first cell, greyed out when not in use.
void addRow(QTableWidget *table, qint64 id, const QStringList &texts, bool active)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int col = 0; col < texts.size(); ++col) {
        auto *item = new QTableWidgetItem(texts.at(col));
        if (col == 0)
            item->setData(Qt::UserRole, id);
        if (!active)
            item->setForeground(InactiveForeground);
        table->setItem(row, col, item);
    }
}

// A form and its buttons beside a table.
QWidget *editorPage(QWidget *parent, QTableWidget *table, const QString &title, QFormLayout *form, QHBoxLayout *buttons,
    QLabel *error, const QString &hint)
{
    auto *page = new QWidget(parent);
    auto *box = new QGroupBox(title, page);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addLayout(buttons);
    boxLayout->addWidget(error);
    boxLayout->addWidget(note(hint, box));
    boxLayout->addStretch(1);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(table, 3);
    layout->addWidget(box, 2);
    return page;
}

} // namespace

OfficeDialog::OfficeDialog(SchoolFile &school, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_office(school.db(), school.user())
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Counselling rooms and staff"));
    setObjectName(QStringLiteral("officeDialog"));
    m_tabs->setObjectName(QStringLiteral("officeTabs"));
    m_tabs->addTab(buildRoomsTab(), tr("Rooms"));
    m_tabs->addTab(buildStaffTab(), tr("Counselling staff"));
    m_tabs->addTab(buildAccountsTab(), tr("Accounts and roles"));

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_summary->setObjectName(QStringLiteral("officeSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    resize(940, 560);
    reload();
}

QWidget *OfficeDialog::buildRoomsTab()
{
    m_roomTable
        = makeTable(this, QStringLiteral("rooms"), { tr("Room"), tr("Kind"), tr("Area (m²)"), tr("Equipment"), tr("Status") });
    m_roomName = new QLineEdit(this);
    m_roomName->setObjectName(QStringLiteral("roomName"));
    m_roomName->setMaxLength(OfficeRepository::MaxNameLength);
    m_roomName->setPlaceholderText(tr("e.g. 心理辅导室（一）"));
    m_roomKind = new QComboBox(this);
    m_roomKind->setObjectName(QStringLiteral("roomKind"));
    for (const RoomKind kind : allRoomKinds())
        m_roomKind->addItem(roomKindName(kind), static_cast<int>(kind));
    m_roomArea = new QLineEdit(this);
    m_roomArea->setObjectName(QStringLiteral("roomArea"));
    m_roomArea->setMaxLength(12);
    m_roomArea->setPlaceholderText(tr("square metres, e.g. 28; optional"));
    m_roomEquipment = new QLineEdit(this);
    m_roomEquipment->setObjectName(QStringLiteral("roomEquipment"));
    m_roomEquipment->setMaxLength(OfficeRepository::MaxEquipmentLength);
    m_roomEquipment->setPlaceholderText(tr("e.g. 沙盘, 放松椅, 宣泄设备"));
    m_roomActive = new QCheckBox(tr("In use (offered for duty and appointments)"), this);
    m_roomActive->setObjectName(QStringLiteral("roomActive"));
    m_roomActive->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_roomName);
    form->addRow(tr("Kind"), m_roomKind);
    form->addRow(tr("Area (m²)"), m_roomArea);
    form->addRow(tr("Equipment"), m_roomEquipment);
    form->addRow(QString(), m_roomActive);
    auto *add = makeButton(tr("Add room"), QStringLiteral("addRoom"), this);
    m_saveRoom = makeButton(tr("Save changes"), QStringLiteral("saveRoom"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_saveRoom);
    buttons->addStretch(1);
    m_roomError = makeErrorLabel(this, QStringLiteral("roomError"));
    connect(add, &QPushButton::clicked, this, &OfficeDialog::addRoom);
    connect(m_saveRoom, &QPushButton::clicked, this, &OfficeDialog::saveRoom);
    connect(m_roomTable, &QTableWidget::itemSelectionChanged, this, &OfficeDialog::roomSelected);
    return editorPage(this, m_roomTable, tr("Room"), form, buttons, m_roomError,
        tr("Choose a room in the list to rename it or take it out of use. A room is never deleted: past duty shifts "
           "and appointments keep its name. The area and the equipment go into the term report and the export for the "
           "city platform."));
}

QWidget *OfficeDialog::buildStaffTab()
{
    m_staffTable
        = makeTable(this, QStringLiteral("staff"), { tr("Name"), tr("Post"), tr("Contact"), tr("Account"), tr("Status") });
    m_staffName = new QLineEdit(this);
    m_staffName->setObjectName(QStringLiteral("staffName"));
    m_staffName->setMaxLength(OfficeRepository::MaxNameLength);
    m_staffName->setPlaceholderText(tr("e.g. 罗敏"));
    m_staffKind = new QComboBox(this);
    m_staffKind->setObjectName(QStringLiteral("staffKind"));
    for (const StaffKind kind : { StaffKind::FullTime, StaffKind::PartTime })
        m_staffKind->addItem(staffKindName(kind), static_cast<int>(kind));
    m_staffContact = new QLineEdit(this);
    m_staffContact->setObjectName(QStringLiteral("staffContact"));
    m_staffContact->setMaxLength(100);
    m_staffContact->setPlaceholderText(tr("phone or extension, optional"));
    m_staffAccount = new QComboBox(this);
    m_staffAccount->setObjectName(QStringLiteral("staffAccount"));
    m_staffActive = new QCheckBox(tr("In service (offered for duty and appointments)"), this);
    m_staffActive->setObjectName(QStringLiteral("staffActive"));
    m_staffActive->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_staffName);
    form->addRow(tr("Post"), m_staffKind);
    form->addRow(tr("Contact"), m_staffContact);
    form->addRow(tr("XinAn account"), m_staffAccount);
    form->addRow(QString(), m_staffActive);
    auto *add = makeButton(tr("Add staff member"), QStringLiteral("addStaff"), this);
    m_saveStaff = makeButton(tr("Save changes"), QStringLiteral("saveStaff"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_saveStaff);
    buttons->addStretch(1);
    m_staffError = makeErrorLabel(this, QStringLiteral("staffError"));
    connect(add, &QPushButton::clicked, this, &OfficeDialog::addStaff);
    connect(m_saveStaff, &QPushButton::clicked, this, &OfficeDialog::saveStaff);
    connect(m_staffTable, &QTableWidget::itemSelectionChanged, this, &OfficeDialog::staffSelected);
    return editorPage(this, m_staffTable, tr("Staff member"), form, buttons, m_staffError,
        tr("专职 and 兼职 counselling teachers, for the duty roster and appointments. The account links a person to the "
           "XinAn account they sign in with, so that their appointments and records are theirs. Someone who leaves is "
           "taken out of service, not deleted."));
}

QWidget *OfficeDialog::buildAccountsTab()
{
    auto *page = new QWidget(this);
    m_accountTable = makeTable(page, QStringLiteral("accounts"), { tr("Account"), tr("Role") });
    m_accountRole = new QComboBox(page);
    m_accountRole->setObjectName(QStringLiteral("accountRole"));
    for (const AccountRole role : allAccountRoles())
        m_accountRole->addItem(accountRoleName(role), static_cast<int>(role));
    m_saveRole = makeButton(tr("Change role"), QStringLiteral("saveRole"), page);
    m_roleError = makeErrorLabel(page, QStringLiteral("roleError"));
    auto *explain
        = new QLabel(tr("The role decides what an account may read: only 心理教师 (counselling teachers) read the "
                        "content of counselling records; every other role sees only that a record exists and its date."),
            page);
    explain->setObjectName(QStringLiteral("roleExplanation"));
    explain->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Role of the selected account:"), page));
    row->addWidget(m_accountRole);
    row->addWidget(m_saveRole);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explain);
    layout->addWidget(m_accountTable, 1);
    layout->addLayout(row);
    layout->addWidget(m_roleError);
    layout->addWidget(note(tr("Only a counselling teacher or an administrator changes roles, and at least one account must "
                              "stay a counselling teacher. Accounts are added with the command line (xinan-cli users add); "
                              "each has its own password."),
        page));
    connect(m_saveRole, &QPushButton::clicked, this, &OfficeDialog::saveRole);
    connect(m_accountTable, &QTableWidget::itemSelectionChanged, this, &OfficeDialog::accountSelected);
    return page;
}

void OfficeDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void OfficeDialog::reload()
{
    const qint64 room = selectedId(m_roomTable);
    const qint64 member = selectedId(m_staffTable);
    const int accountRow = m_accountTable->currentRow();
    try {
        m_rooms = m_office.rooms(true);
        m_staff = m_office.staff(true);
        m_accounts = m_office.accountRoles();
        m_summaryFigures = m_office.officeSummary();
    } catch (const Error &e) {
        fail(m_roomError, e.message());
        return;
    }
    {
        QSignalBlocker block(m_roomTable);
        m_roomTable->setRowCount(0);
        for (const Room &r : std::as_const(m_rooms))
            addRow(m_roomTable, r.id,
                { r.name, roomKindName(r.kind), r.areaM2 ? QLocale::system().toString(*r.areaM2, 'g', 6) : QString(), r.equipment,
                    r.active ? tr("In use") : tr("Not in use") },
                r.active);
        m_roomTable->resizeColumnsToContents();
    }
    {
        QSignalBlocker block(m_staffTable);
        m_staffTable->setRowCount(0);
        for (const StaffMember &m : std::as_const(m_staff))
            addRow(m_staffTable, m.id,
                { m.name, staffKindName(m.kind), m.contact, m.username, m.active ? tr("In service") : tr("Not in service") },
                m.active);
        m_staffTable->resizeColumnsToContents();
    }
    {
        QSignalBlocker block(m_staffAccount);
        const QString chosen = m_staffAccount->currentData().toString();
        m_staffAccount->clear();
        m_staffAccount->addItem(tr("(none)"), QString());
        for (const auto &account : std::as_const(m_accounts))
            m_staffAccount->addItem(account.first, account.first);
        m_staffAccount->setCurrentIndex(qMax(0, m_staffAccount->findData(chosen)));
    }
    {
        QSignalBlocker block(m_accountTable);
        m_accountTable->setRowCount(0);
        for (const auto &account : std::as_const(m_accounts)) {
            QString name = account.first;
            if (account.first == m_school.user())
                name += tr(" (you)");
            addRow(m_accountTable, 0, { name, accountRoleName(account.second) }, true);
        }
        m_accountTable->resizeColumnsToContents();
    }
    m_summary->setText(summaryText());
    if (room != 0)
        selectId(m_roomTable, room);
    roomSelected();
    if (member != 0)
        selectId(m_staffTable, member);
    staffSelected();
    if (accountRow >= 0 && accountRow < m_accountTable->rowCount())
        m_accountTable->selectRow(accountRow);
    else if (m_accountTable->rowCount() > 0)
        m_accountTable->selectRow(0);
    accountSelected();
}

qint64 OfficeDialog::selectedId(QTableWidget *table) const
{
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    for (const QTableWidgetItem *item : selected)
        if (item->column() == 0)
            return item->data(Qt::UserRole).toLongLong();
    return 0;
}

void OfficeDialog::selectId(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            table->selectRow(row);
            return;
        }
}

void OfficeDialog::fail(QLabel *error, const QString &message)
{
    error->setText(message);
    error->show();
}

void OfficeDialog::succeed(QLabel *error)
{
    error->hide();
    m_changed = true;
}

void OfficeDialog::roomSelected()
{
    const qint64 id = selectedId(m_roomTable);
    m_saveRoom->setEnabled(id != 0);
    m_roomError->hide();
    for (const Room &r : std::as_const(m_rooms))
        if (r.id == id) {
            m_roomName->setText(r.name);
            m_roomKind->setCurrentIndex(m_roomKind->findData(static_cast<int>(r.kind)));
            m_roomArea->setText(r.areaM2 ? QLocale::system().toString(*r.areaM2, 'g', 6) : QString());
            m_roomEquipment->setText(r.equipment);
            m_roomActive->setChecked(r.active);
        }
}

void OfficeDialog::staffSelected()
{
    const qint64 id = selectedId(m_staffTable);
    m_saveStaff->setEnabled(id != 0);
    m_staffError->hide();
    for (const StaffMember &m : std::as_const(m_staff))
        if (m.id == id) {
            m_staffName->setText(m.name);
            m_staffKind->setCurrentIndex(m_staffKind->findData(static_cast<int>(m.kind)));
            m_staffContact->setText(m.contact);
            m_staffAccount->setCurrentIndex(qMax(0, m_staffAccount->findData(m.username)));
            m_staffActive->setChecked(m.active);
        }
}

void OfficeDialog::accountSelected()
{
    const int row = m_accountTable->currentRow();
    const bool selected = row >= 0 && row < m_accounts.size() && !m_accountTable->selectedItems().isEmpty();
    m_saveRole->setEnabled(selected);
    m_roleError->hide();
    if (selected)
        m_accountRole->setCurrentIndex(m_accountRole->findData(static_cast<int>(m_accounts.at(row).second)));
}

Room OfficeDialog::roomFromForm() const
{
    Room r;
    r.name = m_roomName->text();
    r.kind = static_cast<RoomKind>(m_roomKind->currentData().toInt());
    r.active = m_roomActive->isChecked();
    r.equipment = m_roomEquipment->text();
    QString area = m_roomArea->text().trimmed();
    for (const QString &unit : { QStringLiteral("平方米"), QStringLiteral("m²"), QStringLiteral("㎡"), QStringLiteral("m2") })
        if (area.endsWith(unit, Qt::CaseInsensitive))
            area = area.chopped(unit.size()).trimmed();
    if (!area.isEmpty()) {
        bool ok = false;
        double value = QLocale::system().toDouble(area, &ok);
        if (!ok)
            value = QLocale::c().toDouble(area, &ok);
        if (!ok)
            throw Error(ErrorKind::Rejected,
                tr("\"Area (m²)\" is \"%1\", not a number: give the floor area in square metres, such as 28, or leave it "
                   "empty.")
                    .arg(m_roomArea->text().trimmed()));
        r.areaM2 = value;
    }
    return r;
}

StaffMember OfficeDialog::staffFromForm() const
{
    StaffMember m;
    m.name = m_staffName->text();
    m.kind = static_cast<StaffKind>(m_staffKind->currentData().toInt());
    m.contact = m_staffContact->text();
    m.username = m_staffAccount->currentData().toString();
    m.active = m_staffActive->isChecked();
    return m;
}

void OfficeDialog::addRoom()
{
    try {
        const Room r = roomFromForm();
        const qint64 id = m_office.addRoom(r);
        succeed(m_roomError);
        reload();
        selectId(m_roomTable, id);
    } catch (const Error &e) {
        fail(m_roomError, e.message());
    }
}

void OfficeDialog::saveRoom()
{
    const qint64 id = selectedId(m_roomTable);
    if (id == 0)
        return fail(m_roomError, tr("Choose the room to change in the list first."));
    try {
        Room r = roomFromForm();
        r.id = id;
        m_office.updateRoom(r);
        succeed(m_roomError);
        reload();
    } catch (const Error &e) {
        fail(m_roomError, e.message());
    }
}

void OfficeDialog::addStaff()
{
    const StaffMember m = staffFromForm();
    try {
        const qint64 id = m_office.addStaff(m);
        succeed(m_staffError);
        reload();
        selectId(m_staffTable, id);
    } catch (const Error &e) {
        fail(m_staffError, e.message());
    }
}

void OfficeDialog::saveStaff()
{
    StaffMember m = staffFromForm();
    m.id = selectedId(m_staffTable);
    if (m.id == 0)
        return fail(m_staffError, tr("Choose the staff member to change in the list first."));
    try {
        m_office.updateStaff(m);
        succeed(m_staffError);
        reload();
    } catch (const Error &e) {
        fail(m_staffError, e.message());
    }
}

void OfficeDialog::saveRole()
{
    const int row = m_accountTable->currentRow();
    if (row < 0 || row >= m_accounts.size())
        return fail(m_roleError, tr("Choose an account in the list first."));
    const QString username = m_accounts.at(row).first;
    const auto role = static_cast<AccountRole>(m_accountRole->currentData().toInt());
    try {
        m_school.setRole(username, role);
        succeed(m_roleError);
        reload();
    } catch (const Error &e) {
        fail(m_roleError, e.message());
        m_accountRole->setCurrentIndex(m_accountRole->findData(static_cast<int>(m_accounts.at(row).second)));
    }
}

QString OfficeDialog::summaryText() const
{
    const OfficeSummary &sum = m_summaryFigures;
    QString text = tr("Full-time counselling teachers: %1, part-time: %2. Counselling rooms: %3, %4 m² in all.")
                       .arg(sum.fullTime)
                       .arg(sum.partTime)
                       .arg(sum.rooms)
                       .arg(QLocale::system().toString(sum.areaM2, 'g', 8));
    if (sum.roomsWithoutArea > 0)
        text += QLatin1Char(' ') + tr("(%n room(s) without an area)", nullptr, sum.roomsWithoutArea);
    return text;
}

void openOfficeEditor(SchoolFile &school, QWidget *parent)
{
    OfficeDialog dialog(school, parent);
    dialog.exec();
}

} // namespace xinan::ui
