#include "screeningimportdialog.h"

#include "common/background.h"
#include "common/dialogseams.h"
#include "platform/clock.h"

#include "error.h"
#include "repo/instrumentrepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// Only the folder is remembered, never a file's content.
const auto LastSheetFolderKey = QStringLiteral("lastScreeningFolder");

QString describe(const std::exception &e)
{
    if (const auto *error = dynamic_cast<const Error *>(&e))
        return error->message();
    return QString::fromLocal8Bit(e.what());
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QString fieldOf(const ScreeningProblem &p)
{
    switch (p.kind) {
    case ScreeningProblemKind::UnknownStudentNo:
        return ScreeningImportDialog::tr("Student number (学籍号)");
    case ScreeningProblemKind::Ambiguous:
    case ScreeningProblemKind::NotFound:
        return ScreeningImportDialog::tr("Name and class");
    case ScreeningProblemKind::NoIdentity:
        return ScreeningImportDialog::tr("Student");
    case ScreeningProblemKind::OutOfRange:
        return ScreeningImportDialog::tr("Item %1").arg(p.item);
    case ScreeningProblemKind::Duplicate:
        return ScreeningImportDialog::tr("Student (duplicate)");
    }
    return QString();
}

QString columnText(const ScreeningSheet &sheet, int column)
{
    return column < 0 ? ScreeningImportDialog::tr("none") : QStringLiteral("“%1”").arg(sheet.headers.value(column));
}

} // namespace

ScreeningImportDialog::ScreeningImportDialog(SchoolFile &school, qint64 driveId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_intro(new QLabel(this))
    , m_instrumentChoice(new QComboBox(this))
    , m_coding(new QComboBox(this))
    , m_codingNote(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_columns(new QLabel(this))
    , m_takenOn(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(this))
    , m_outcome(new QLabel(this))
    , m_importAll(new QPushButton(tr("Import all"), this))
    , m_importValid(new QPushButton(tr("Import valid rows only"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Import a screening sheet"));
    resize(900, 620);
    try {
        m_drive = ScreeningRepository(m_school.db(), m_school.user()).drive(driveId);
        if (m_drive)
            m_instrument = findInstrument(m_school.db(), m_drive->instrumentId);
    } catch (const Error &e) {
        m_lastMessage = e.message();
    }
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_instrumentChoice->setObjectName(QStringLiteral("instrument"));
    if (m_drive)
        for (const QString &id : m_drive->instrumentIds)
            if (const std::optional<Instrument> i = findInstrument(m_school.db(), id))
                m_instrumentChoice->addItem(i->shortName, i->id);
    m_instrumentChoice->setEnabled(m_instrumentChoice->count() > 1);
    connect(m_instrumentChoice, &QComboBox::currentIndexChanged, this, &ScreeningImportDialog::instrumentChosen);
    auto *instrumentRow = new QHBoxLayout;
    instrumentRow->addWidget(new QLabel(tr("Instrument of the sheet:"), this));
    instrumentRow->addWidget(m_instrumentChoice);
    instrumentRow->addStretch(1);

    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen yet"));
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_choose->setAutoDefault(false);
    m_choose->setEnabled(false);
    connect(m_choose, &QPushButton::clicked, this, &ScreeningImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Sheet:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_coding->setObjectName(QStringLiteral("coding"));
    m_coding->addItem(tr("Tell from the sheet"));
    m_coding->addItem(tr("Scores: the first option is 0"), static_cast<int>(AnswerCoding::Scores));
    m_coding->addItem(tr("Places in the list: the first option is 1 (问卷星 按序号)"), static_cast<int>(AnswerCoding::Positions));
    connect(m_coding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            openFile(m_path);
    });
    auto *codingRow = new QHBoxLayout;
    codingRow->addWidget(new QLabel(tr("Digit answers:"), this));
    codingRow->addWidget(m_coding);
    codingRow->addStretch(1);
    m_codingNote->setObjectName(QStringLiteral("codingNote"));
    m_codingNote->setWordWrap(true);
    m_codingNote->hide();

    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setWordWrap(true);
    m_takenOn->setObjectName(QStringLiteral("takenOn"));
    m_takenOn->setCalendarPopup(true);
    m_takenOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_takenOn->setMaximumDate(clock::today());
    m_takenOn->setDate(clock::today());
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(new QLabel(tr("Taken on:"), this));
    dateRow->addWidget(m_takenOn);
    dateRow->addStretch(1);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setColumnCount(4);
    m_problems->setHorizontalHeaderLabels({ tr("Row"), tr("Field"), tr("Value"), tr("Problem") });
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_problems->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_problems->setColumnWidth(2, 120);
    m_problems->hide();

    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();

    m_importAll->setObjectName(QStringLiteral("importAll"));
    m_importValid->setObjectName(QStringLiteral("importValidOnly"));
    m_close->setObjectName(QStringLiteral("close"));
    auto *buttons = new QDialogButtonBox(this);
    for (QPushButton *b : { m_importAll, m_importValid }) {
        b->setAutoDefault(false);
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    }
    m_close->setAutoDefault(false);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_importAll, &QPushButton::clicked, this, &ScreeningImportDialog::importAll);
    connect(m_importValid, &QPushButton::clicked, this, &ScreeningImportDialog::importValidOnly);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(instrumentRow);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_columns);
    layout->addLayout(codingRow);
    layout->addWidget(m_codingNote);
    layout->addLayout(dateRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    instrumentChosen();
}

bool ScreeningImportDialog::selectInstrument(const QString &instrumentId)
{
    const int index = m_instrumentChoice->findData(instrumentId);
    if (index < 0)
        return false;
    m_instrumentChoice->setCurrentIndex(index);
    return true;
}

void ScreeningImportDialog::instrumentChosen()
{
    m_instrument = findInstrument(m_school.db(), m_instrumentChoice->currentData().toString());
    m_intro->setText(m_drive && m_instrument
            ? tr("Import the %1 answers of the drive \"%2\" from a survey tool's export (问卷星, 腾讯问卷 …) saved as .xlsx or "
                 ".csv: one row "
                 "per student, identified by 学籍号 or by name and class. Nothing is written until you choose Import.")
                  .arg(m_instrument->shortName, m_drive->name)
            : tr("The screening drive no longer exists."));
    m_choose->setEnabled(m_drive && m_instrument);
    if (!m_path.isEmpty())
        openFile(m_path); // check the sheet again for this instrument
    else
        updateButtons();
}

void ScreeningImportDialog::selectCoding(std::optional<AnswerCoding> coding)
{
    m_coding->setCurrentIndex(!coding ? 0 : *coding == AnswerCoding::Scores ? 1 : 2);
}

bool ScreeningImportDialog::isImportAllEnabled() const
{
    return m_importAll->isEnabled();
}

bool ScreeningImportDialog::isImportValidEnabled() const
{
    return m_importValid->isEnabled();
}

void ScreeningImportDialog::updateButtons()
{
    const bool matched = m_plan && !m_plan->matched.isEmpty() && !m_plan->codingNeedsChoice;
    m_importAll->setEnabled(matched && m_plan->problems.isEmpty());
    m_importValid->setEnabled(matched && !m_plan->problems.isEmpty());
    m_close->setText(m_plan ? tr("Cancel") : tr("Close"));
}

void ScreeningImportDialog::showOutcome(const QString &message, bool error)
{
    m_lastMessage = message;
    m_outcome->setText(message);
    m_outcome->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_outcome->setVisible(!message.isEmpty());
}

void ScreeningImportDialog::chooseFile()
{
    QSettings settings;
    const QString path = askOpenFileName(this, tr("Choose the screening sheet"), settings.value(LastSheetFolderKey).toString(),
        tr("Sheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastSheetFolderKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void ScreeningImportDialog::openFile(const QString &path)
{
    if (!m_drive || !m_instrument)
        return;
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_plan.reset();
    m_sheet.reset();
    showOutcome(QString(), false);
    try {
        Database *db = &m_school.db();
        const Instrument instrument = *m_instrument;
        const QString driveName = m_drive->name;
        ScreeningPlanOptions options;
        if (m_coding->currentData().isValid())
            options.coding = static_cast<AnswerCoding>(m_coding->currentData().toInt());
        auto [sheet, plan] = runWithBusyDialog(
            this, tr("Reading and checking %1…").arg(QFileInfo(path).fileName()), [db, path, instrument, driveName, options] {
                auto s = std::make_shared<const ScreeningSheet>(readScreeningSheet(path));
                auto p = std::make_shared<const ScreeningPlan>(planScreeningImport(*db, *s, instrument, driveName, options));
                return std::make_pair(s, p);
            });
        m_sheet = sheet;
        m_plan = plan;
    } catch (const std::exception &e) {
        showOutcome(describe(e), true);
    }
    showPlan();
}

void ScreeningImportDialog::showPlan()
{
    if (!m_plan || !m_sheet) {
        m_columns->clear();
        m_codingNote->hide();
        m_summary->clear();
        m_problems->hide();
        updateButtons();
        return;
    }
    const ScreeningColumns &c = m_plan->columns;
    QStringList items;
    for (int i = 0; i < c.items.size(); ++i)
        items.append(QStringLiteral("%1→%2").arg(i + 1).arg(columnText(*m_sheet, c.items.at(i))));
    m_columns->setText(
        tr("Header on row %1. 学籍号: %2; name: %3; class: %4; grade: %5. Items: %6.")
            .arg(m_sheet->headerRow)
            .arg(columnText(*m_sheet, c.studentNo), columnText(*m_sheet, c.name), columnText(*m_sheet, c.className),
                columnText(*m_sheet, c.grade), items.join(QStringLiteral(", "))));
    m_codingNote->setText(m_plan->codingNote);
    m_codingNote->setStyleSheet(m_plan->codingNeedsChoice ? QStringLiteral("color: #c62828;") : QString());
    m_codingNote->setVisible(!m_plan->codingNote.isEmpty());
    const QLocale locale;
    QString summary = tr("%1 row(s) read: %2 ready to record, %3 with problems.")
                          .arg(locale.toString(m_plan->totalRows), locale.toString(m_plan->matched.size()),
                              locale.toString(m_plan->invalidRows.size()));
    if (m_plan->problems.isEmpty())
        summary += QStringLiteral(" ") + tr("No problems found.");
    else
        summary += QStringLiteral(" ") + tr("Correct the rows in the file and choose it again, or import the valid rows only.");
    m_summary->setText(summary);
    m_problems->setRowCount(static_cast<int>(m_plan->problems.size()));
    for (int i = 0; i < m_plan->problems.size(); ++i) {
        const ScreeningProblem &p = m_plan->problems.at(i);
        m_problems->setItem(i, 0, readOnly(QString::number(p.fileRow)));
        m_problems->setItem(i, 1, readOnly(fieldOf(p)));
        m_problems->setItem(i, 2, readOnly(p.value));
        m_problems->setItem(i, 3, readOnly(p.reason));
    }
    m_problems->setVisible(!m_plan->problems.isEmpty());
    updateButtons();
}

void ScreeningImportDialog::importAll()
{
    if (isImportAllEnabled())
        runImport(false);
}

void ScreeningImportDialog::importValidOnly()
{
    if (isImportValidEnabled())
        runImport(true);
}

void ScreeningImportDialog::runImport(bool skipInvalid)
{
    if (!m_plan || !m_drive || !m_instrument)
        return;
    ScreeningImportOptions options;
    options.skipInvalid = skipInvalid;
    options.term = m_drive->term;
    options.takenOn = m_takenOn->date();
    try {
        Database *db = &m_school.db();
        const ScreeningImportResult r = runWithBusyDialog(this, tr("Recording the results…"),
            [db, actor = m_school.user(), plan = m_plan, instrument = *m_instrument, options] {
                return applyScreeningImport(*db, actor, *plan, instrument, options);
            });
        // The plan is spent: importing it again would record the same students twice.
        m_plan.reset();
        m_path.clear(); // another instrument does not re-read a sheet already recorded
        updateButtons();
        m_close->setText(tr("Close"));
        QString message = tr("Recorded %1 result(s); %2 row(s) skipped; %3 need a second-stage interview.")
                              .arg(r.recorded)
                              .arg(r.skippedRows)
                              .arg(r.needsInterview);
        if (r.critical > 0)
            message += QStringLiteral(" ")
                + tr("%1 with a critical item (%2 raised to yellow): tell the counsellor today.")
                      .arg(r.critical)
                      .arg(r.raisedToYellow);
        showOutcome(message, false);
        Q_EMIT imported();
    } catch (const std::exception &e) {
        showOutcome(describe(e) + QStringLiteral(" ") + tr("Nothing was written."), true);
    }
}

} // namespace xinan::ui
