#include "hospitalssection.h"

#include "common/accountroles.h"
#include "common/dialogseams.h"
#include "common/formparts.h"

#include "error.h"
#include "services/schoolfile.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

HospitalsSection::HospitalsSection(SchoolFile &school, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_writer(mayWrite(school, DataKind::Settings))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_suggest(new QPushButton(tr("Add from suggestions"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_receiptDays(new QSpinBox(this))
    , m_error(makeErrorLabel(this, QStringLiteral("hospitalsError")))
{
    setObjectName(QStringLiteral("hospitalsSection"));
    m_list->setObjectName(QStringLiteral("partnerHospitals"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Hospital"), tr("Department"), tr("Address"), tr("Phone"), tr("Green channel") });
    m_list->header()->setStretchLastSection(true);
    const int widths[] = { 190, 130, 170, 110 };
    for (int i = 0; i < 4; ++i)
        m_list->setColumnWidth(i, widths[i]);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_writer)
            editSelected();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(m_list->currentItem());
        m_remove->setEnabled(m_list->currentItem());
    });
    m_add->setObjectName(QStringLiteral("addHospital"));
    m_suggest->setObjectName(QStringLiteral("suggestHospital"));
    m_edit->setObjectName(QStringLiteral("editHospital"));
    m_remove->setObjectName(QStringLiteral("removeHospital"));
    for (QPushButton *b : { m_add, m_suggest, m_edit, m_remove }) {
        b->setAutoDefault(false);
        b->setVisible(m_writer);
    }
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, [this] { addHospital(); });
    connect(m_edit, &QPushButton::clicked, this, &HospitalsSection::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &HospitalsSection::removeSelected);
    auto *suggestions = new QMenu(m_suggest);
    const QList<PartnerHospital> suggested = ReferralRepository::suggestedHospitals();
    for (int i = 0; i < suggested.size(); ++i) {
        const PartnerHospital &h = suggested.at(i);
        QAction *action = suggestions->addAction(h.department.isEmpty() ? h.name : tr("%1 · %2").arg(h.name, h.department));
        action->setObjectName(QStringLiteral("suggestion%1").arg(i));
        connect(action, &QAction::triggered, this, [this, i] { addSuggestion(i); });
    }
    m_suggest->setMenu(suggestions);
    m_suggest->setEnabled(!suggested.isEmpty());

    m_receiptDays->setObjectName(QStringLiteral("receiptDueDays"));
    m_receiptDays->setRange(1, 60);
    m_receiptDays->setSuffix(tr(" days"));
    m_receiptDays->setEnabled(m_writer);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_suggest);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *days = new QHBoxLayout;
    days->addWidget(new QLabel(tr("A receipt is overdue"), this));
    days->addWidget(m_receiptDays);
    days->addWidget(new QLabel(tr("after the referral slip."), this));
    days->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeNoteLabel(tr("The hospitals your school refers students to (医校协同). The referral slip offers "
                                       "them; the suggestions are examples from Guizhou, added only when you choose one. "
                                       "Changes to the list are saved at once."),
        this));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(days);
    layout->addWidget(m_error);
    reload();
}

void HospitalsSection::reload()
{
    m_list->clear();
    try {
        ReferralRepository repo(m_school.db(), m_school.user());
        m_hospitals = repo.hospitals();
        m_loadedDays = repo.receiptDueDays();
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    for (const PartnerHospital &h : std::as_const(m_hospitals)) {
        auto *item = new QTreeWidgetItem(m_list, { h.name, h.department, h.address, h.phone, h.greenChannel });
        item->setData(0, Qt::UserRole, h.id);
        for (int c = 0; c < 5; ++c)
            item->setToolTip(c, item->text(c));
    }
    m_receiptDays->setValue(m_loadedDays);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

int HospitalsSection::hospitalCount() const
{
    return m_list->topLevelItemCount();
}

bool HospitalsSection::save()
{
    if (!m_writer || m_receiptDays->value() == m_loadedDays)
        return true;
    try {
        ReferralRepository(m_school.db(), m_school.user()).setReceiptDueDays(m_receiptDays->value());
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    m_loadedDays = m_receiptDays->value();
    return true;
}

HospitalDialog *HospitalsSection::addHospital(const PartnerHospital &prefill)
{
    if (!m_writer)
        return nullptr;
    PartnerHospital fresh = prefill;
    fresh.id = 0;
    auto *dialog = new HospitalDialog(m_school, fresh, this);
    dialog->setObjectName(QStringLiteral("hospitalDialog"));
    connect(dialog, &QDialog::accepted, this, &HospitalsSection::reload);
    openWindowModal(dialog);
    return dialog;
}

HospitalDialog *HospitalsSection::editSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!m_writer || !item)
        return nullptr;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const PartnerHospital &h : std::as_const(m_hospitals))
        if (h.id == id) {
            auto *dialog = new HospitalDialog(m_school, h, this);
            dialog->setObjectName(QStringLiteral("hospitalDialog"));
            connect(dialog, &QDialog::accepted, this, &HospitalsSection::reload);
            openWindowModal(dialog);
            return dialog;
        }
    return nullptr;
}

bool HospitalsSection::removeSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!m_writer || !item)
        return false;
    if (!askToProceed(this, MessageKind::Warning, tr("Remove a partner hospital"),
            tr("Remove %1 from the list? Past referral slips keep the hospital's name; a hospital a slip names is only "
               "no longer offered.")
                .arg(item->text(0)),
            tr("Remove")))
        return false;
    try {
        ReferralRepository(m_school.db(), m_school.user()).removeHospital(item->data(0, Qt::UserRole).toLongLong());
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    reload();
    return true;
}

bool HospitalsSection::addSuggestion(int index)
{
    const QList<PartnerHospital> suggested = ReferralRepository::suggestedHospitals();
    if (!m_writer || index < 0 || index >= suggested.size())
        return false;
    PartnerHospital h = suggested.at(index);
    h.id = 0;
    try {
        ReferralRepository(m_school.db(), m_school.user()).saveHospital(h);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    m_error->hide();
    reload();
    return true;
}

void HospitalsSection::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

// ---------------------------------------------------------------------------------------------

HospitalDialog::HospitalDialog(SchoolFile &school, const PartnerHospital &hospital, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_hospital(hospital)
    , m_name(new QLineEdit(hospital.name, this))
    , m_department(new QLineEdit(hospital.department, this))
    , m_address(new QLineEdit(hospital.address, this))
    , m_phone(new QLineEdit(hospital.phone, this))
    , m_green(new QLineEdit(hospital.greenChannel, this))
    , m_error(makeErrorLabel(this, QStringLiteral("hospitalError")))
{
    setWindowTitle(hospital.id == 0 ? tr("Add a partner hospital") : tr("Edit a partner hospital"));
    m_name->setObjectName(QStringLiteral("hospitalName"));
    m_name->setPlaceholderText(tr("e.g. 贵州省第二人民医院"));
    m_department->setObjectName(QStringLiteral("hospitalDepartment"));
    m_department->setPlaceholderText(tr("e.g. 儿童青少年心理科"));
    m_address->setObjectName(QStringLiteral("hospitalAddress"));
    m_phone->setObjectName(QStringLiteral("hospitalPhone"));
    m_green->setObjectName(QStringLiteral("hospitalGreenChannel"));
    m_green->setPlaceholderText(tr("The green-channel contact: a name and a phone"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Hospital:"), m_name);
    form->addRow(tr("Department:"), m_department);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Green channel:"), m_green);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(makeOkCancel(this, tr("Save")));
    resize(480, 280);
}

void HospitalDialog::accept()
{
    PartnerHospital h = m_hospital;
    h.name = m_name->text().trimmed();
    h.department = m_department->text().trimmed();
    h.address = m_address->text().trimmed();
    h.phone = m_phone->text().trimmed();
    h.greenChannel = m_green->text().trimmed();
    try {
        h.id = ReferralRepository(m_school.db(), m_school.user()).saveHospital(h);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    m_hospital = h;
    QDialog::accept();
}

} // namespace xinan::ui
