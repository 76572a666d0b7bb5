#include "hotlinessection.h"

#include "hotlineposter.h"

#include "common/accountroles.h"
#include "common/formparts.h"

#include "error.h"
#include "services/schoolfile.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {

HotlinesSection::HotlinesSection(SchoolFile &school, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_writer(mayWrite(school, DataKind::Settings))
    , m_aidName(new QLineEdit(this))
    , m_aidNumber(new QLineEdit(this))
    , m_hospitalName(new QLineEdit(this))
    , m_hospitalNumber(new QLineEdit(this))
    , m_hospitalAddress(new QLineEdit(this))
    , m_others(new QTableWidget(HotlineRepository::MaxOtherLines, 3, this))
    , m_suggest(new QPushButton(this))
    , m_print(new QPushButton(tr("Print poster…"), this))
    , m_pdf(new QPushButton(tr("Poster as PDF…"), this))
    , m_error(makeErrorLabel(this, QStringLiteral("hotlinesError")))
{
    setObjectName(QStringLiteral("hotlinesSection"));
    m_aidName->setObjectName(QStringLiteral("aidName"));
    m_aidNumber->setObjectName(QStringLiteral("aidNumber"));
    m_hospitalName->setObjectName(QStringLiteral("hospitalName"));
    m_hospitalNumber->setObjectName(QStringLiteral("hospitalNumber"));
    m_hospitalAddress->setObjectName(QStringLiteral("hospitalAddress"));
    m_others->setObjectName(QStringLiteral("otherHotlines"));
    m_suggest->setObjectName(QStringLiteral("suggestAidLine"));
    m_print->setObjectName(QStringLiteral("printHotlinePoster"));
    m_pdf->setObjectName(QStringLiteral("hotlinePosterPdf"));
    // Placeholders are examples of the form only, not real numbers.
    m_aidName->setPlaceholderText(tr("e.g. the county's psychological aid line"));
    m_aidNumber->setPlaceholderText(tr("e.g. 0851-XXXX XXXX"));
    m_hospitalName->setPlaceholderText(tr("e.g. the county people's hospital"));
    m_hospitalNumber->setPlaceholderText(tr("e.g. 0851-XXXX XXXX"));
    for (QLineEdit *field : { m_aidName, m_aidNumber, m_hospitalName, m_hospitalNumber, m_hospitalAddress })
        field->setReadOnly(!m_writer);

    auto *aidBox = new QGroupBox(tr("24-hour psychological aid line"), this);
    auto *aidForm = new QFormLayout(aidBox);
    aidForm->addRow(tr("Name:"), m_aidName);
    aidForm->addRow(tr("Number:"), m_aidNumber);
    const QList<Hotline> suggested = HotlineRepository::suggestedHotlines();
    if (!suggested.isEmpty()) {
        const Hotline &s = suggested.first();
        m_suggest->setText(tr("Use %1").arg(s.number));
        m_suggest->setToolTip(s.name);
        auto *note = makeNoteLabel(tr("Suggestion: %1 %2. %3").arg(s.name, s.number, s.note), aidBox);
        note->setObjectName(QStringLiteral("aidLineSuggestion"));
        aidForm->addRow(note);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_suggest);
        aidForm->addRow(row);
        connect(m_suggest, &QPushButton::clicked, this, [this] { useSuggestion(0); });
    }
    m_suggest->setVisible(m_writer && !suggested.isEmpty());
    m_suggest->setAutoDefault(false);

    auto *hospitalBox = new QGroupBox(tr("Nearest hospital"), this);
    auto *hospitalForm = new QFormLayout(hospitalBox);
    hospitalForm->addRow(tr("Name:"), m_hospitalName);
    hospitalForm->addRow(tr("Number:"), m_hospitalNumber);
    hospitalForm->addRow(tr("Address:"), m_hospitalAddress);

    auto *othersBox = new QGroupBox(tr("Other local lines (up to %1)").arg(HotlineRepository::MaxOtherLines), this);
    auto *othersLayout = new QVBoxLayout(othersBox);
    m_others->setHorizontalHeaderLabels({ tr("Name"), tr("Number"), tr("Note") });
    m_others->verticalHeader()->setVisible(true);
    m_others->horizontalHeader()->setStretchLastSection(true);
    m_others->setColumnWidth(0, 140);
    m_others->setColumnWidth(1, 130);
    m_others->setEditTriggers(m_writer ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_others->setMinimumHeight(m_others->verticalHeader()->defaultSectionSize() * 4);
    othersLayout->addWidget(m_others);

    auto *nationalBox = new QGroupBox(tr("National hotlines (fixed)"), this);
    auto *nationalForm = new QFormLayout(nationalBox);
    for (const Hotline &h : HotlineRepository::nationalHotlines()) {
        auto *number = new QLabel(h.number, nationalBox);
        number->setTextInteractionFlags(Qt::TextSelectableByMouse);
        nationalForm->addRow(h.name + tr(":"), number);
    }

    for (QPushButton *b : { m_print, m_pdf })
        b->setAutoDefault(false);
    connect(m_print, &QPushButton::clicked, this, &HotlinesSection::printPoster);
    connect(m_pdf, &QPushButton::clicked, this, &HotlinesSection::savePosterAsPdf);
    auto *posterRow = new QHBoxLayout;
    posterRow->addWidget(makeNoteLabel(tr("A poster for classrooms and dorms with these numbers (no student data)."), this), 1);
    posterRow->addWidget(m_print);
    posterRow->addWidget(m_pdf);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(aidBox);
    left->addWidget(hospitalBox);
    left->addWidget(nationalBox);
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->addWidget(othersBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(posterRow);
    layout->addWidget(m_error);
    reload();
}

void HotlinesSection::reload()
{
    m_error->hide();
    try {
        m_loaded = HotlineRepository(m_school.db(), m_school.user()).schoolHotlines();
    } catch (const Error &e) {
        m_loaded = {};
        m_error->setText(e.message());
        m_error->show();
    }
    m_aidName->setText(m_loaded.aidName);
    m_aidNumber->setText(m_loaded.aidNumber);
    m_hospitalName->setText(m_loaded.hospitalName);
    m_hospitalNumber->setText(m_loaded.hospitalNumber);
    m_hospitalAddress->setText(m_loaded.hospitalAddress);
    m_others->clearContents();
    for (int row = 0; row < HotlineRepository::MaxOtherLines; ++row) {
        const Hotline line = row < m_loaded.others.size() ? m_loaded.others.at(row) : Hotline {};
        const QString cells[] = { line.name, line.number, line.note };
        for (int column = 0; column < 3; ++column)
            m_others->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

SchoolHotlines HotlinesSection::shown() const
{
    SchoolHotlines h;
    h.aidName = m_aidName->text();
    h.aidNumber = m_aidNumber->text();
    h.hospitalName = m_hospitalName->text();
    h.hospitalNumber = m_hospitalNumber->text();
    h.hospitalAddress = m_hospitalAddress->text();
    for (int row = 0; row < m_others->rowCount(); ++row) {
        auto cell = [this, row](int column) {
            const QTableWidgetItem *item = m_others->item(row, column);
            return item ? item->text() : QString();
        };
        h.others.append({ cell(0), cell(1), cell(2) });
    }
    return h;
}

void HotlinesSection::useSuggestion(int index)
{
    const QList<Hotline> suggested = HotlineRepository::suggestedHotlines();
    if (index < 0 || index >= suggested.size())
        return;
    m_aidNumber->setText(suggested.at(index).number);
    if (m_aidName->text().trimmed().isEmpty())
        m_aidName->setText(suggested.at(index).name);
}

bool HotlinesSection::checkShown(SchoolHotlines &out)
{
    try {
        out = HotlineRepository::checked(shown());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

bool HotlinesSection::save()
{
    if (!m_writer)
        return true;
    SchoolHotlines h;
    if (!checkShown(h))
        return false;
    if (h == m_loaded)
        return true;
    try {
        HotlineRepository(m_school.db(), m_school.user()).setSchoolHotlines(h);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    m_loaded = h;
    return true;
}

bool HotlinesSection::printPoster()
{
    SchoolHotlines h;
    return checkShown(h) && previewHotlinePoster(m_school, this, &h);
}

bool HotlinesSection::savePosterAsPdf()
{
    SchoolHotlines h;
    return checkShown(h) && exportHotlinePoster(m_school, this, &h);
}

} // namespace xinan::ui
