#include "cityexportdialog.h"

#include "common/dialogseams.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/termcalendar.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {

CityExportDialog::CityExportDialog(SchoolFile &school, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_period(new QComboBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_note(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_overwrite(new QCheckBox(tr("Replace files already in the folder"), this))
    , m_outcome(new QLabel(this))
    , m_write(new QPushButton(tr("&Write files"), this))
{
    setWindowTitle(tr("Export for the city platform"));
    m_write->setObjectName(QStringLiteral("writeCityExport"));
    m_table->setObjectName(QStringLiteral("cityExportPreview"));
    resize(720, 620);

    // The periods: this term and the two before it, then this month and the eleven before it.
    TermCalendar calendar(m_school.db());
    QDate day = clock::today();
    QStringList seen;
    for (int i = 0; i < 3; ++i) {
        const SchoolTerm term = calendar.termContaining(day);
        if (!seen.contains(term.id)) {
            m_period->addItem(term.displayName(), term.id);
            seen << term.id;
        }
        day = term.startsOn.addDays(-1);
    }
    QDate month(clock::today().year(), clock::today().month(), 1);
    for (int i = 0; i < 12; ++i, month = month.addMonths(-1))
        m_period->addItem(tr("%1-%2 (month)").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0')),
            QStringLiteral("%1-%2").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0')));

    auto *intro = new QLabel(tr("One row of counts and rates for the school and the period, as the city platform receives "
                                "it. It contains counts only: no names, student numbers, birth dates or written records."),
        this);
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels({ tr("Column"), tr("Value"), tr("Suppressed") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_note->setWordWrap(true);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    form->addRow(tr("&Folder:"), folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_write, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { refreshPreview(); });
    connect(m_choose, &QPushButton::clicked, this, &CityExportDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_write, &QPushButton::clicked, this, &CityExportDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshPreview();
}

QStringList CityExportDialog::periodIds() const
{
    QStringList ids;
    for (int i = 0; i < m_period->count(); ++i)
        ids << m_period->itemData(i).toString();
    return ids;
}

void CityExportDialog::choosePeriod(const QString &id)
{
    const int index = m_period->findData(id);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void CityExportDialog::chooseFolder()
{
    const QString folder = askExistingFolder(this, tr("Folder for the export"), m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

void CityExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void CityExportDialog::setOverwrite(bool overwrite)
{
    m_overwrite->setChecked(overwrite);
}

QString CityExportDialog::suppressionNote() const
{
    return m_note->text();
}

void CityExportDialog::refreshPreview()
{
    m_hasPreview = false;
    m_table->setRowCount(0);
    try {
        m_row = previewCityExport(m_school.db(), m_period->currentData().toString());
        m_hasPreview = true;
    } catch (const Error &e) {
        m_note->clear();
        showOutcome(e.message(), true);
        updateButtons();
        return;
    }
    m_table->setRowCount(int(m_row.cells.size()));
    QStringList suppressed;
    for (int r = 0; r < m_row.cells.size(); ++r) {
        const CityCell &cell = m_row.cells.at(r);
        auto *name = new QTableWidgetItem(cell.header);
        name->setToolTip(cell.code);
        auto *value = new QTableWidgetItem(cell.shown);
        value->setTextAlignment(
            cell.type == CityValueType::Text ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter));
        auto *mark = new QTableWidgetItem(cell.suppressed ? tr("suppressed") : QString());
        if (cell.suppressed) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
            mark->setFont(bold);
            suppressed << cell.header;
        }
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, value);
        m_table->setItem(r, 2, mark);
    }
    const QString rule = tr("Counts from 1 to 4 are written <5; a total or a rate that would let someone work one of them "
                            "back is written —. An empty rate has nothing to divide by.");
    m_note->setText(suppressed.isEmpty() ? rule + u'\n' + tr("Nothing is suppressed in this period.")
                                         : rule + u'\n'
                + tr("Suppressed (%n column(s)): %1", nullptr, int(suppressed.size()))
                      .arg(suppressed.join(QStringLiteral("、"))));
    m_outcome->clear();
    m_lastMessage.clear();
    updateButtons();
}

void CityExportDialog::write()
{
    if (!m_hasPreview)
        return;
    try {
        const CityExportResult result = writeCityExport(
            m_school.db(), m_row, QDir::fromNativeSeparators(m_folder->text().trimmed()), m_overwrite->isChecked());
        QStringList names;
        for (const CityExportFile &file : result.files)
            names << file.name;
        m_wrote = true;
        showOutcome(tr("Wrote %1 to %2.").arg(names.join(QStringLiteral(", ")), QDir::toNativeSeparators(result.folder)), false);
    } catch (const Error &e) {
        showOutcome(e.message(), true);
        showMessage(this, MessageKind::Warning, tr("Export for the city platform"), e.message());
    }
}

void CityExportDialog::showOutcome(const QString &message, bool error)
{
    m_lastMessage = message;
    m_outcome->setText(message);
    m_outcome->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void CityExportDialog::updateButtons()
{
    m_write->setEnabled(m_hasPreview && !m_folder->text().trimmed().isEmpty());
}

} // namespace xinan::ui
