#include "screeningpage.h"

#include "drivedialog.h"
#include "externalresultdialog.h"
#include "instrumentimportdialog.h"
#include "paperentrydialog.h"
#include "screeningimportdialog.h"

#include "common/dialogseams.h"

#include "domain/student.h"
#include "error.h"
#include "repo/instrumentrepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (id)
        item->setData(Qt::UserRole, id);
    return item;
}

QTableWidgetItem *number(int value)
{
    QTableWidgetItem *item = cell(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(int done, int of)
{
    return of > 0 ? QStringLiteral("%1%").arg(QLocale().toString(100.0 * done / of, 'f', 1)) : QStringLiteral("–");
}

QTableWidget *makeTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

qint64 selectedId(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> items = table->selectedItems();
    return items.isEmpty() ? 0 : table->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

QString sourceName(const QString &source)
{
    if (source == u"entered")
        return ScreeningPage::tr("paper form");
    if (source == u"imported")
        return ScreeningPage::tr("sheet import");
    return ScreeningPage::tr("other platform");
}

} // namespace

QString targetGradesText(const QList<int> &grades)
{
    if (grades.isEmpty())
        return ScreeningPage::tr("All grades");
    // Runs of three or more consecutive grades read as a range: 四年级–初三.
    QStringList names;
    for (qsizetype i = 0; i < grades.size();) {
        qsizetype j = i;
        while (j + 1 < grades.size() && grades.at(j + 1) == grades.at(j) + 1)
            ++j;
        if (j - i >= 2) {
            names.append(QStringLiteral("%1–%2").arg(gradeName(grades.at(i)), gradeName(grades.at(j))));
        } else {
            for (qsizetype k = i; k <= j; ++k)
                names.append(gradeName(grades.at(k)));
        }
        i = j + 1;
    }
    return names.join(QStringLiteral("、"));
}

QString instrumentShortName(Database &db, const QString &instrumentId)
{
    const std::optional<Instrument> i = findInstrument(db, instrumentId);
    return i ? i->shortName : instrumentId;
}

QString instrumentsText(Database &db, const QStringList &instrumentIds)
{
    QStringList names;
    for (const QString &id : instrumentIds)
        names.append(instrumentShortName(db, id));
    return names.join(QStringLiteral(" + "));
}

QString resultBandText(Database &db, const ScreeningResultRow &row)
{
    if (row.source == u"external")
        return row.bandCode;
    const std::optional<Instrument> i = findInstrument(db, row.instrumentId);
    const InstrumentBand *band = i ? i->bandFor(row.total) : nullptr;
    return band ? band->label : row.bandCode;
}

ScreeningPage::ScreeningPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_intro(new QLabel(this))
    , m_driveTable(makeTable(
          this, "drives", { tr("Drive"), tr("Term"), tr("Instrument"), tr("Target grades"), tr("Dates"), tr("Done / target") }))
    , m_newDrive(new QPushButton(tr("New drive…"), this))
    , m_import(new QPushButton(tr("Import sheet…"), this))
    , m_paper(new QPushButton(tr("Enter paper forms…"), this))
    , m_external(new QPushButton(tr("Record external result…"), this))
    , m_tabs(new QTabWidget(this))
    , m_driveSummary(new QLabel(this))
    , m_coverageInstrumentLabel(new QLabel(tr("Coverage of:"), this))
    , m_coverageInstrument(new QComboBox(this))
    , m_coverageTable(
          makeTable(this, "coverage", { tr("Grade"), tr("Class"), tr("Enrolled"), tr("Done"), tr("Missing"), tr("Coverage") }))
    , m_missingCaption(new QLabel(this))
    , m_missingTable(makeTable(this, "missing", { tr("Student number (学籍号)"), tr("Name") }))
    , m_resultFilter(new QComboBox(this))
    , m_resultSummary(new QLabel(this))
    , m_resultTable(makeTable(this, "results",
          { tr("Student number (学籍号)"), tr("Name"), tr("Grade"), tr("Class"), tr("Instrument"), tr("Total"), tr("Band"),
              tr("Critical"), tr("Second-stage interview"), tr("Source"), tr("Taken on") }))
{
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Screening drives (测评批次): at least one per school year for 小学高年级 and up. Results come from survey sheets, "
           "paper forms or other platforms; a critical answer (PHQ-9 item 9) raises the student to yellow the same day."));
    m_newDrive->setObjectName(QStringLiteral("newDrive"));
    m_import->setObjectName(QStringLiteral("importSheet"));
    m_paper->setObjectName(QStringLiteral("enterPaperForms"));
    m_external->setObjectName(QStringLiteral("recordExternal"));
    connect(m_newDrive, &QPushButton::clicked, this, &ScreeningPage::newDrive);
    connect(m_import, &QPushButton::clicked, this, &ScreeningPage::importSheet);
    connect(m_paper, &QPushButton::clicked, this, &ScreeningPage::enterPaperForms);
    connect(m_external, &QPushButton::clicked, this, &ScreeningPage::recordExternal);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_newDrive, m_import, m_paper, m_external })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *importInstrument = new QPushButton(tr("Import instrument definition…"), this);
    importInstrument->setObjectName(QStringLiteral("importInstrument"));
    connect(importInstrument, &QPushButton::clicked, this, &ScreeningPage::importInstrument);
    buttons->addWidget(importInstrument);
    // A 校领导 reads drives and results; only the roles that may record them see the buttons
    // that do, and instruments are school settings (roleAllows).
    const bool records = mayWrite(school, DataKind::Screening);
    for (QPushButton *b : { m_newDrive, m_import, m_paper, m_external })
        b->setVisible(records);
    importInstrument->setVisible(mayWrite(school, DataKind::Settings) && records);

    m_driveTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_driveTable->horizontalHeader()->setStretchLastSection(false);
    connect(m_driveTable, &QTableWidget::itemSelectionChanged, this, &ScreeningPage::showDrive);

    // Coverage per class, and the missing students of the selected class.
    m_driveSummary->setObjectName(QStringLiteral("driveSummary"));
    m_driveSummary->setWordWrap(true);
    m_missingCaption->setObjectName(QStringLiteral("missingCaption"));
    m_missingCaption->setWordWrap(true);
    connect(m_coverageTable, &QTableWidget::itemSelectionChanged, this, &ScreeningPage::showMissing);
    m_coverageInstrument->setObjectName(QStringLiteral("coverageInstrument"));
    connect(m_coverageInstrument, &QComboBox::currentIndexChanged, this, &ScreeningPage::showDrive);
    connect(m_missingTable, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        if (const qint64 id = m_missingTable->item(item->row(), 0)->data(Qt::UserRole).toLongLong())
            Q_EMIT openStudent(id);
    });
    auto *coverageTab = new QWidget(this);
    auto *coverageLayout = new QVBoxLayout(coverageTab);
    coverageLayout->addWidget(m_driveSummary);
    auto *instrumentRow = new QHBoxLayout;
    instrumentRow->addWidget(m_coverageInstrumentLabel);
    instrumentRow->addWidget(m_coverageInstrument);
    instrumentRow->addStretch(1);
    coverageLayout->addLayout(instrumentRow);
    auto *split = new QSplitter(Qt::Horizontal, coverageTab);
    split->setChildrenCollapsible(false);
    split->addWidget(m_coverageTable);
    auto *missingBox = new QWidget(split);
    auto *missingLayout = new QVBoxLayout(missingBox);
    missingLayout->setContentsMargins(0, 0, 0, 0);
    missingLayout->addWidget(m_missingCaption);
    missingLayout->addWidget(m_missingTable, 1);
    split->addWidget(missingBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    coverageLayout->addWidget(split, 1);

    // The drive's results.
    m_resultFilter->setObjectName(QStringLiteral("resultFilter"));
    m_resultFilter->addItem(tr("All results"), AllResults);
    m_resultFilter->addItem(tr("Flagged: critical or second-stage interview"), FlaggedResults);
    m_resultFilter->addItem(tr("Critical only"), CriticalResults);
    connect(m_resultFilter, &QComboBox::currentIndexChanged, this, &ScreeningPage::showResults);
    m_resultSummary->setObjectName(QStringLiteral("resultSummary"));
    connect(m_resultTable, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        if (const qint64 id = m_resultTable->item(item->row(), 0)->data(Qt::UserRole).toLongLong())
            Q_EMIT openStudent(id);
    });
    auto *resultsTab = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsTab);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), resultsTab));
    filterRow->addWidget(m_resultFilter);
    filterRow->addWidget(m_resultSummary, 1);
    resultsLayout->addLayout(filterRow);
    resultsLayout->addWidget(m_resultTable, 1);

    m_tabs->setObjectName(QStringLiteral("driveTabs"));
    m_tabs->addTab(coverageTab, tr("Coverage by class"));
    m_tabs->addTab(resultsTab, tr("Results"));

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(m_driveTable);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(vertical, 1);
    reload();
}

void ScreeningPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

qint64 ScreeningPage::currentDriveId() const
{
    return selectedId(m_driveTable);
}

void ScreeningPage::selectDrive(qint64 driveId)
{
    for (int r = 0; r < m_driveTable->rowCount(); ++r)
        if (m_driveTable->item(r, 0)->data(Qt::UserRole).toLongLong() == driveId) {
            m_driveTable->selectRow(r);
            return;
        }
}

QString ScreeningPage::coverageInstrumentId() const
{
    return m_coverageInstrument->currentData().toString();
}

bool ScreeningPage::selectCoverageInstrument(const QString &instrumentId)
{
    const int index = m_coverageInstrument->findData(instrumentId);
    if (index < 0)
        return false;
    m_coverageInstrument->setCurrentIndex(index);
    return true;
}

bool ScreeningPage::selectClass(int grade, const QString &className)
{
    for (int r = 0; r < m_coverage.size(); ++r)
        if (m_coverage.at(r).grade == grade && m_coverage.at(r).className == className) {
            m_coverageTable->selectRow(r);
            return true;
        }
    return false;
}

void ScreeningPage::reload()
{
    const qint64 keepDrive = currentDriveId();
    try {
        m_drives = ScreeningRepository(m_school.db(), m_school.user()).drives();
    } catch (const Error &e) {
        m_drives.clear();
        showMessage(this, MessageKind::Critical, tr("The screening drives cannot be read"), e.message());
    }
    const QSignalBlocker block(m_driveTable);
    m_driveTable->clearSelection();
    m_driveTable->setRowCount(static_cast<int>(m_drives.size()));
    for (int r = 0; r < m_drives.size(); ++r) {
        const ScreeningDrive &d = m_drives.at(r);
        m_driveTable->setItem(r, 0, cell(d.name, d.id));
        m_driveTable->setItem(r, 1, cell(d.term));
        m_driveTable->setItem(r, 2, cell(instrumentsText(m_school.db(), d.instrumentIds)));
        m_driveTable->setItem(r, 3, cell(targetGradesText(d.targetGrades)));
        m_driveTable->setItem(r, 4,
            cell(d.startsOn.isValid() ? tr("%1 to %2")
                                            .arg(QLocale().toString(d.startsOn, QLocale::ShortFormat),
                                                QLocale().toString(d.endsOn, QLocale::ShortFormat))
                                      : QString()));
        m_driveTable->setItem(r, 5,
            cell(tr("%1 / %2 (%3)")
                     .arg(QLocale().toString(d.doneCount), QLocale().toString(d.targetCount),
                         percent(d.doneCount, d.targetCount))));
    }
    int row = m_drives.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_drives.size(); ++r)
        if (m_drives.at(r).id == keepDrive)
            row = r;
    if (row >= 0)
        m_driveTable->selectRow(row);
    showDrive();
}

void ScreeningPage::showDrive()
{
    const qint64 id = currentDriveId();
    int keepGrade = 0;
    QString keepClass;
    if (const QList<QTableWidgetItem *> sel = m_coverageTable->selectedItems();
        !sel.isEmpty() && sel.first()->row() < m_coverage.size()) {
        keepGrade = m_coverage.at(sel.first()->row()).grade;
        keepClass = m_coverage.at(sel.first()->row()).className;
    }
    m_coverage.clear();
    m_results.clear();
    const auto drive = std::find_if(m_drives.cbegin(), m_drives.cend(), [id](const ScreeningDrive &d) { return d.id == id; });
    {
        // The drive's instruments, keeping the chosen one when the drive has it too.
        const QString keepInstrument = m_coverageInstrument->currentData().toString();
        const QSignalBlocker blockInstrument(m_coverageInstrument);
        m_coverageInstrument->clear();
        if (drive != m_drives.cend())
            for (const QString &i : drive->instrumentIds)
                m_coverageInstrument->addItem(instrumentShortName(m_school.db(), i), i);
        m_coverageInstrument->setCurrentIndex(std::max(0, m_coverageInstrument->findData(keepInstrument)));
        const bool several = m_coverageInstrument->count() > 1;
        m_coverageInstrumentLabel->setVisible(several);
        m_coverageInstrument->setVisible(several);
    }
    if (id) {
        try {
            ScreeningRepository repo(m_school.db(), m_school.user());
            m_coverage = repo.coverage(id, coverageInstrumentId());
            m_results = repo.results(id);
        } catch (const Error &e) {
            showMessage(this, MessageKind::Critical, tr("The screening drive cannot be read"), e.message());
        }
    }
    if (drive == m_drives.cend()) {
        m_driveSummary->setText(m_drives.isEmpty()
                ? tr("No screening drive yet. Create one with \"New drive…\", then import a sheet or "
                     "enter paper forms.")
                : tr("Choose a drive above."));
    } else if (drive->instrumentIds.size() > 1) {
        m_driveSummary->setText(
            tr("%1: %2 of %3 enrolled students of %4 have results of %5 (%6). The classes below count one instrument; "
               "choose a class to see who is missing.")
                .arg(drive->name, QLocale().toString(drive->doneCount), QLocale().toString(drive->targetCount),
                    targetGradesText(drive->targetGrades), instrumentsText(m_school.db(), drive->instrumentIds),
                    percent(drive->doneCount, drive->targetCount)));
    } else {
        m_driveSummary->setText(
            tr("%1: %2 of %3 enrolled students of %4 have a result (%5). Choose a class to see who is missing.")
                .arg(drive->name, QLocale().toString(drive->doneCount), QLocale().toString(drive->targetCount),
                    targetGradesText(drive->targetGrades), percent(drive->doneCount, drive->targetCount)));
    }
    const QSignalBlocker block(m_coverageTable);
    m_coverageTable->clearSelection();
    m_coverageTable->setRowCount(static_cast<int>(m_coverage.size()));
    int keepRow = -1;
    for (int r = 0; r < m_coverage.size(); ++r) {
        const ClassCoverage &c = m_coverage.at(r);
        m_coverageTable->setItem(r, 0, cell(gradeName(c.grade)));
        m_coverageTable->setItem(r, 1, cell(c.className));
        m_coverageTable->setItem(r, 2, number(c.enrolled));
        m_coverageTable->setItem(r, 3, number(c.done));
        QTableWidgetItem *missing = number(c.missing());
        if (c.missing() > 0)
            missing->setForeground(QColor(0xc6, 0x28, 0x28));
        m_coverageTable->setItem(r, 4, missing);
        m_coverageTable->setItem(r, 5, cell(percent(c.done, c.enrolled)));
        if (c.grade == keepGrade && c.className == keepClass)
            keepRow = r;
    }
    if (keepRow >= 0)
        m_coverageTable->selectRow(keepRow);
    showMissing();
    showResults();
    updateButtons();
}

void ScreeningPage::showMissing()
{
    const QList<QTableWidgetItem *> sel = m_coverageTable->selectedItems();
    const qint64 driveId = currentDriveId();
    QList<ScreeningStudent> missing;
    if (sel.isEmpty() || !driveId || sel.first()->row() >= m_coverage.size()) {
        m_missingCaption->setText(tr("Choose a class to list its students without a result."));
    } else {
        const ClassCoverage &c = m_coverage.at(sel.first()->row());
        try {
            missing = ScreeningRepository(m_school.db(), m_school.user())
                          .missingStudents(driveId, c.grade, c.className, coverageInstrumentId());
        } catch (const Error &e) {
            showMessage(this, MessageKind::Critical, tr("The class cannot be read"), e.message());
        }
        m_missingCaption->setText(missing.isEmpty()
                ? tr("%1 %2: every enrolled student has a result.").arg(gradeName(c.grade), c.className)
                : tr("%1 %2: %n student(s) without a result (double-click opens the file).", nullptr,
                    static_cast<int>(missing.size()))
                      .arg(gradeName(c.grade), c.className));
    }
    m_missingTable->setRowCount(static_cast<int>(missing.size()));
    for (int r = 0; r < missing.size(); ++r) {
        m_missingTable->setItem(r, 0, cell(missing.at(r).studentNo, missing.at(r).id));
        m_missingTable->setItem(r, 1, cell(missing.at(r).name));
    }
}

void ScreeningPage::showResults()
{
    const int filter = m_resultFilter->currentData().toInt();
    QList<const ScreeningResultRow *> shown;
    int critical = 0;
    int flagged = 0;
    for (const ScreeningResultRow &r : m_results) {
        critical += r.critical ? 1 : 0;
        flagged += (r.critical || r.needsInterview) ? 1 : 0;
        if (filter == AllResults || (filter == FlaggedResults && (r.critical || r.needsInterview))
            || (filter == CriticalResults && r.critical))
            shown.append(&r);
    }
    m_resultSummary->setText(
        tr("%1 result(s); %2 flagged, %3 critical.")
            .arg(QLocale().toString(m_results.size()), QLocale().toString(flagged), QLocale().toString(critical)));
    m_resultTable->setUpdatesEnabled(false);
    m_resultTable->setRowCount(static_cast<int>(shown.size()));
    for (int i = 0; i < shown.size(); ++i) {
        const ScreeningResultRow &r = *shown.at(i);
        m_resultTable->setItem(i, 0, cell(r.studentNo, r.studentId));
        m_resultTable->setItem(i, 1, cell(r.name));
        m_resultTable->setItem(i, 2, cell(gradeName(r.grade)));
        m_resultTable->setItem(i, 3, cell(r.className));
        m_resultTable->setItem(i, 4, cell(instrumentShortName(m_school.db(), r.instrumentId)));
        m_resultTable->setItem(i, 5, number(r.total));
        m_resultTable->setItem(i, 6, cell(resultBandText(m_school.db(), r)));
        QTableWidgetItem *crit = cell(r.critical ? tr("critical item") : QString());
        if (r.critical) {
            crit->setForeground(QColor(0xc6, 0x28, 0x28));
            QFont bold = crit->font();
            bold.setBold(true);
            crit->setFont(bold);
        }
        m_resultTable->setItem(i, 7, crit);
        m_resultTable->setItem(i, 8, cell(r.needsInterview ? tr("needed") : QString()));
        m_resultTable->setItem(
            i, 9, cell(r.platform.isEmpty() ? sourceName(r.source) : tr("%1 (%2)").arg(sourceName(r.source), r.platform)));
        m_resultTable->setItem(i, 10, cell(QLocale().toString(r.takenOn, QLocale::ShortFormat)));
    }
    m_resultTable->setUpdatesEnabled(true);
}

void ScreeningPage::updateButtons()
{
    const bool drive = currentDriveId() != 0;
    m_import->setEnabled(drive);
    m_paper->setEnabled(drive);
    m_external->setEnabled(drive);
}

void ScreeningPage::afterChange()
{
    reload();
    Q_EMIT changed();
}

InstrumentImportDialog *ScreeningPage::importInstrument()
{
    InstrumentImportDialog *dialog = InstrumentImportDialog::chooseFile(m_school, this);
    if (dialog)
        connect(dialog, &QDialog::accepted, this, &ScreeningPage::reload);
    return dialog;
}

DriveDialog *ScreeningPage::newDrive()
{
    auto *dialog = new DriveDialog(m_school, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->driveId();
        reload();
        selectDrive(id);
    });
    dialog->show();
    return dialog;
}

ScreeningImportDialog *ScreeningPage::importSheet()
{
    const qint64 id = currentDriveId();
    if (!id)
        return nullptr;
    auto *dialog = new ScreeningImportDialog(m_school, id, this);
    dialog->selectInstrument(coverageInstrumentId());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ScreeningImportDialog::imported, this, &ScreeningPage::afterChange);
    dialog->show();
    return dialog;
}

PaperEntryDialog *ScreeningPage::enterPaperForms()
{
    const qint64 id = currentDriveId();
    if (!id)
        return nullptr;
    auto *dialog = new PaperEntryDialog(m_school, id, this);
    dialog->selectInstrument(coverageInstrumentId());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (const QList<QTableWidgetItem *> sel = m_coverageTable->selectedItems();
        !sel.isEmpty() && sel.first()->row() < m_coverage.size())
        dialog->selectClass(m_coverage.at(sel.first()->row()).grade, m_coverage.at(sel.first()->row()).className);
    connect(dialog, &PaperEntryDialog::saved, this, &ScreeningPage::afterChange);
    dialog->show();
    return dialog;
}

ExternalResultDialog *ScreeningPage::recordExternal()
{
    const qint64 id = currentDriveId();
    if (!id)
        return nullptr;
    auto *dialog = new ExternalResultDialog(m_school, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &ScreeningPage::afterChange);
    dialog->show();
    return dialog;
}

} // namespace xinan::ui
