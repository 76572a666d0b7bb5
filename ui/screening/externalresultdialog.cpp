#include "externalresultdialog.h"

#include "common/formparts.h"
#include "common/studentpicker.h"
#include "platform/clock.h"

#include "domain/student.h"
#include "error.h"
#include "repo/screeningrepository.h"
#include "repo/studentquery.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

constexpr int MaxMatches = 50;

QComboBox *editableCombo(QWidget *parent, const char *name, const QStringList &suggestions)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setEditable(true);
    combo->addItems(suggestions);
    combo->setCurrentIndex(-1);
    combo->lineEdit()->setMaxLength(ScreeningRepository::MaxExternalText);
    return combo;
}

} // namespace

ExternalResultDialog::ExternalResultDialog(SchoolFile &school, qint64 driveId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_driveId(driveId)
    , m_finder(new StudentFinder(school, this))
    , m_instrument(editableCombo(this, "instrumentName",
          { QStringLiteral("SCL-90"), QStringLiteral("MHT"), QStringLiteral("MSSMHS"), QStringLiteral("SDS"),
              QStringLiteral("SAS"), QStringLiteral("SDQ") }))
    , m_total(new QSpinBox(this))
    , m_level(editableCombo(this, "level",
          { QStringLiteral("正常"), QStringLiteral("阳性"), QStringLiteral("轻度"), QStringLiteral("中度"),
              QStringLiteral("重度") }))
    , m_platform(editableCombo(this, "platform", { QStringLiteral("省平台"), QStringLiteral("市平台"), QStringLiteral("医院") }))
    , m_takenOn(new QDateEdit(this))
    , m_interview(new QCheckBox(tr("Needs a second-stage interview (二次评估)"), this))
    , m_error(makeErrorLabel(this, QStringLiteral("error")))
{
    setWindowTitle(tr("Record a result from another platform"));
    resize(560, 560);
    QString driveName;
    try {
        if (const auto d = ScreeningRepository(m_school.db(), m_school.user()).drive(driveId))
            driveName = d->name;
    } catch (const Error &) {
    }
    auto *intro = new QLabel(
        tr("Screening drive: %1. For results of tests XinAn does not score itself (SCL-90, MHT, …): record the total and "
           "the level the platform or hospital gave.")
            .arg(driveName),
        this);
    intro->setWordWrap(true);

    m_finder->searchField()->setPlaceholderText(tr("学籍号, name or pinyin initials"));
    m_finder->matchList()->setMinimumHeight(120);
    m_finder->setMaxMatches(MaxMatches);
    connect(m_finder, &StudentFinder::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });

    m_total->setObjectName(QStringLiteral("total"));
    m_total->setRange(0, ScreeningRepository::MaxExternalTotal);
    m_takenOn->setObjectName(QStringLiteral("takenOn"));
    m_takenOn->setCalendarPopup(true);
    m_takenOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_takenOn->setMaximumDate(clock::today());
    m_takenOn->setDate(clock::today());
    m_interview->setObjectName(QStringLiteral("needsInterview"));

    auto *form = new QFormLayout;
    form->addRow(tr("Student:"), m_finder);
    form->addRow(tr("Instrument:"), m_instrument);
    form->addRow(tr("Total score:"), m_total);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Source:"), m_platform);
    form->addRow(tr("Taken on:"), m_takenOn);
    form->addRow(QString(), m_interview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExternalResultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExternalResultDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_finder->searchField()->setFocus();
}

qint64 ExternalResultDialog::selectedStudentId() const
{
    return m_finder->currentStudentId();
}

QString ExternalResultDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExternalResultDialog::accept()
{
    ExternalResult r;
    r.driveId = m_driveId;
    r.studentId = selectedStudentId();
    r.instrumentName = m_instrument->currentText();
    r.total = m_total->value();
    r.level = m_level->currentText();
    r.platform = m_platform->currentText();
    r.takenOn = m_takenOn->date();
    r.needsInterview = m_interview->isChecked();
    if (!r.studentId) {
        m_error->setText(tr("Find the student first: type the 学籍号 or the name, then choose the student in the list."));
        m_error->show();
        m_finder->searchField()->setFocus();
        return;
    }
    try {
        m_resultId = ScreeningRepository(m_school.db(), m_school.user()).recordExternal(r);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
