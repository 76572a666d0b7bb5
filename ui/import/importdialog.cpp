#include "importdialog.h"

#include "common/background.h"
#include "common/colors.h"
#include "common/dialogseams.h"
#include "importreportview.h"
#include "rostermappingview.h"

#include "error.h"
#include "services/schoolfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// Only the folder is remembered, never a file's content.
const auto LastRosterFolderKey = QStringLiteral("lastRosterFolder");

QString describe(const std::exception &e)
{
    if (const auto *error = dynamic_cast<const Error *>(&e))
        return error->message();
    return QString::fromLocal8Bit(e.what());
}

} // namespace

ImportDialog::ImportDialog(SchoolFile &school, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_steps(new QStackedWidget(this))
    , m_mapping(new RosterMappingView(this))
    , m_report(new ImportReportView(this))
    , m_outcome(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_back(m_buttons->addButton(tr("Back"), QDialogButtonBox::ActionRole))
    , m_check(m_buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole))
    , m_import(m_buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole))
    , m_close(m_buttons->addButton(QDialogButtonBox::Close))
{
    setWindowTitle(tr("Import roster"));
    resize(900, 640);

    auto *intro = new QLabel(tr("Import the student list from the student registry (学籍系统) or a class list, saved as "
                                "an Excel workbook (.xlsx) or a CSV file. Nothing is written until you choose Import."),
        this);
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen yet"));
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_choose->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Roster file:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_steps->addWidget(m_mapping);
    m_steps->addWidget(m_report);
    connect(m_mapping, &RosterMappingView::mappingChanged, this, &ImportDialog::updateButtons);
    connect(m_report, &ImportReportView::optionsChanged, this, &ImportDialog::updateButtons);

    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();

    m_back->setObjectName(QStringLiteral("back"));
    m_check->setObjectName(QStringLiteral("check"));
    m_import->setObjectName(QStringLiteral("import"));
    m_close->setObjectName(QStringLiteral("close"));
    for (QPushButton *button : { m_back, m_check, m_import, m_close })
        button->setAutoDefault(false);
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::showMappingStep);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_importing)
            cancelImport();
        else
            reject();
    });

    m_progressPoll.setInterval(100);
    connect(&m_progressPoll, &QTimer::timeout, this, [this] {
        if (m_progressState && m_progressState->total > 0) {
            m_progress->setRange(0, m_progressState->total);
            m_progress->setValue(m_progressState->done);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    showMappingStep();
}

ImportDialog::~ImportDialog()
{
    // A running import stops at its next row; the transaction then rolls back.
    if (m_progressState)
        m_progressState->cancel = true;
}

void ImportDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ImportDialog::showMappingStep()
{
    m_steps->setCurrentWidget(m_mapping);
    updateButtons();
}

void ImportDialog::showReportStep()
{
    m_steps->setCurrentWidget(m_report);
    updateButtons();
}

bool ImportDialog::isImportEnabled() const
{
    return !m_import->isHidden() && m_import->isEnabled();
}

void ImportDialog::updateButtons()
{
    const bool onReport = m_steps->currentWidget() == m_report;
    m_back->setVisible(onReport);
    m_back->setEnabled(!m_busy);
    m_check->setVisible(!onReport);
    m_check->setEnabled(!m_busy && m_table);
    m_import->setVisible(onReport);
    bool importable = m_plan && !m_busy && (m_plan->toAdd.size() + m_plan->toUpdate.size()) > 0;
    if (m_plan && !m_plan->invalidRows.isEmpty() && !m_report->skipInvalid())
        importable = false;
    m_import->setEnabled(importable);
    m_choose->setEnabled(!m_busy);
    m_close->setText(m_importing ? tr("Cancel import") : tr("Close"));
    m_close->setEnabled(!m_busy || m_importing);
}

void ImportDialog::setBusy(bool busy, const QString &label)
{
    m_busy = busy;
    m_busyLabel->setText(label);
    m_busyLabel->setVisible(busy);
    m_progress->setRange(0, 0);
    m_progress->setVisible(busy);
    m_steps->setEnabled(!busy);
    updateButtons();
}

void ImportDialog::showOutcome(const QString &message, bool error)
{
    m_lastMessage = message;
    m_outcome->setText(message);
    m_outcome->setStyleSheet(error ? colors::textStyle(colors::Bad) : colors::textStyle(colors::Good));
    m_outcome->setVisible(!message.isEmpty());
}

void ImportDialog::chooseFile()
{
    QSettings settings;
    const QString path = askOpenFileName(this, tr("Choose the roster file"), settings.value(LastRosterFolderKey).toString(),
        tr("Rosters (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastRosterFolderKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    if (m_busy)
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    showOutcome(QString(), false);
    setBusy(true, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    runInBackground(
        this, [path] { return std::make_shared<const RosterTable>(readRoster(path)); },
        [this](Outcome<std::shared_ptr<const RosterTable>> &outcome) {
            setBusy(false, QString());
            m_plan.reset();
            try {
                m_table = outcome.take();
                m_mapping->setTable(*m_table);
            } catch (const std::exception &e) {
                m_table.reset();
                m_mapping->setTable(RosterTable());
                showOutcome(describe(e), true);
            }
            showMappingStep();
        });
}

void ImportDialog::check()
{
    if (m_busy || !m_table)
        return;
    if (const QString problem = m_mapping->mappingProblem(); !problem.isEmpty()) {
        showOutcome(problem, true);
        return;
    }
    showOutcome(QString(), false);
    setBusy(true, tr("Checking every row against the database…"));
    Database *db = &m_school.db();
    runInBackground(
        this,
        [db, table = m_table, mapping = m_mapping->mapping()] {
            return std::make_shared<const ImportPlan>(planRosterImport(*db, *table, mapping));
        },
        [this](Outcome<std::shared_ptr<const ImportPlan>> &outcome) {
            setBusy(false, QString());
            try {
                m_plan = outcome.take();
                m_report->setPlan(*m_plan);
                m_report->setSkipInvalid(false);
                showReportStep();
            } catch (const std::exception &e) {
                showOutcome(describe(e), true);
            }
        });
}

void ImportDialog::startImport()
{
    if (m_busy || !m_plan)
        return;
    const bool skipInvalid = m_report->skipInvalid();
    auto state = std::make_shared<Progress>();
    m_progressState = state;
    m_importing = true;
    showOutcome(QString(), false);
    setBusy(true, tr("Importing… Cancel stops the import and writes nothing."));
    m_report->setOptionsEnabled(false);
    m_progressPoll.start();
    Database *db = &m_school.db();
    runInBackground(
        this,
        [db, actor = m_school.user(), plan = m_plan, skipInvalid, state] {
            ImportOptions options;
            options.skipInvalid = skipInvalid;
            options.progress = [state](int done, int total) {
                state->done = done;
                state->total = total;
                return !state->cancel.load();
            };
            return applyRosterImport(*db, actor, *plan, options);
        },
        [this, state](Outcome<ImportResult> &outcome) {
            m_progressPoll.stop();
            m_importing = false;
            try {
                const ImportResult result = outcome.take();
                m_imported = m_imported || result.added + result.updated > 0;
                // The plan is spent: importing it again would compare against an older database.
                m_plan.reset();
                showOutcome(tr("Imported: %1 new, %2 changed, %3 unchanged, %4 row(s) with problems skipped.")
                                .arg(result.added)
                                .arg(result.updated)
                                .arg(result.unchanged)
                                .arg(result.skippedRows),
                    false);
            } catch (const std::exception &e) {
                showOutcome(state->cancel ? tr("The import was cancelled. Nothing was written.")
                                          : describe(e) + QStringLiteral(" ") + tr("Nothing was written."),
                    true);
            }
            if (m_plan)
                m_report->setPlan(*m_plan);
            setBusy(false, QString());
        });
}

void ImportDialog::cancelImport()
{
    if (!m_importing || !m_progressState)
        return;
    m_progressState->cancel = true;
    m_busyLabel->setText(tr("Cancelling…"));
}

} // namespace xinan::ui
