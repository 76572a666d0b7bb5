#include "drivedialog.h"

#include "common/formparts.h"
#include "platform/clock.h"

#include "domain/instrument.h"
#include "domain/student.h"
#include "error.h"
#include "repo/instrumentrepository.h"
#include "repo/screeningrepository.h"
#include "repo/studentquery.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {

DriveDialog::DriveDialog(SchoolFile &school, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_name(new QLineEdit(this))
    , m_term(new QLineEdit(this))
    , m_startsOn(new QDateEdit(this))
    , m_endsOn(new QDateEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("error")))
{
    setWindowTitle(tr("New screening drive"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("for example 2026秋 四至六年级 PHQ-9"));
    m_name->setMaxLength(100);
    m_term->setObjectName(QStringLiteral("term"));
    m_term->setText(schoolTermFor(clock::today()));
    m_term->setPlaceholderText(QStringLiteral("2026-2027-1"));
    // Instruments: one or more (PHQ-9 + GAD-7 in the same drive); PHQ-9 ticked.
    auto *instrumentBox = new QWidget(this);
    auto *instrumentLayout = new QVBoxLayout(instrumentBox);
    instrumentLayout->setContentsMargins(0, 0, 0, 0);
    QList<Instrument> instruments = builtInInstruments();
    try {
        instruments = InstrumentRepository(m_school.db(), m_school.user()).all(); // and the school's own
    } catch (const Error &) {
    }
    for (const Instrument &i : instruments) {
        auto *box = new QCheckBox(QStringLiteral("%1 %2").arg(i.shortName, i.name), instrumentBox);
        box->setObjectName(QStringLiteral("instrument_%1").arg(i.id));
        box->setProperty("instrumentId", i.id);
        box->setChecked(i.id == u"phq9");
        m_instruments.append(box);
        instrumentLayout->addWidget(box);
    }

    // Target grades: the school's grades with enrolled students; 小学高年级 and up ticked.
    QList<int> present;
    try {
        present = StudentQuery(m_school.db()).grades();
    } catch (const Error &) {
    }
    auto *gradeBox = new QWidget(this);
    auto *grid = new QGridLayout(gradeBox);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int g = 1; g <= 15; ++g) {
        auto *box = new QCheckBox(gradeName(g), gradeBox);
        box->setObjectName(QStringLiteral("grade%1").arg(g));
        box->setChecked(present.contains(g) && g >= 4);
        box->setVisible(present.isEmpty() || present.contains(g));
        m_grades.append(box);
        grid->addWidget(box, (g - 1) / 6, (g - 1) % 6);
    }
    auto *gradeHint = new QLabel(tr("No grade ticked: every grade."), this);
    gradeHint->setEnabled(false);

    const QDate today = clock::today();
    for (QDateEdit *edit : { m_startsOn, m_endsOn }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_startsOn->setObjectName(QStringLiteral("startsOn"));
    m_endsOn->setObjectName(QStringLiteral("endsOn"));
    m_startsOn->setDate(today);
    m_endsOn->setDate(today.addDays(14));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Term:"), m_term);
    form->addRow(tr("Instruments:"), instrumentBox);
    form->addRow(tr("Target grades:"), gradeBox);
    form->addRow(QString(), gradeHint);
    form->addRow(tr("Starts on:"), m_startsOn);
    form->addRow(tr("Ends on:"), m_endsOn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create drive"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DriveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DriveDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString DriveDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DriveDialog::accept()
{
    DriveSpec spec;
    spec.name = m_name->text();
    spec.term = m_term->text();
    for (const QCheckBox *box : m_instruments)
        if (box->isChecked())
            spec.instrumentIds.append(box->property("instrumentId").toString());
    for (int i = 0; i < m_grades.size(); ++i)
        if (m_grades.at(i)->isChecked())
            spec.targetGrades.append(i + 1);
    spec.startsOn = m_startsOn->date();
    spec.endsOn = m_endsOn->date();
    try {
        m_driveId = ScreeningRepository(m_school.db(), m_school.user()).createDrive(spec);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
