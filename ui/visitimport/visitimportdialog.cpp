#include "visitimportdialog.h"

#include "common/background.h"
#include "common/colors.h"
#include "common/dialogseams.h"

#include "domain/student.h"
#include "error.h"
#include "services/schoolfile.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// Only the folder is remembered, never a file's content.
const auto LastVisitFolderKey = QStringLiteral("lastVisitSheetFolder");

QString describe(const std::exception &e)
{
    if (const auto *error = dynamic_cast<const Error *>(&e))
        return error->message();
    return QString::fromLocal8Bit(e.what());
}

QTableWidget *makeTable(const QStringList &headers, const char *objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

VisitImportDialog::VisitImportDialog(SchoolFile &school, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_detected(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_preview(
          makeTable({ tr("Row"), tr("Student number"), tr("Name"), tr("Class"), tr("Visit date"), tr("Form"), tr("Visitors") },
              "preview", this))
    , m_problems(makeTable({ tr("Row"), tr("Column"), tr("Value"), tr("Problem") }, "problems", this))
    , m_allOrNothing(new QRadioButton(tr("All or nothing: import only when every row is valid"), this))
    , m_validOnly(new QRadioButton(tr("Valid rows only: import the valid rows and skip the rows with problems"), this))
    , m_outcome(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Import home visits"));
    resize(900, 620);

    auto *intro = new QLabel(tr("Import the home visits (家访) class teachers recorded in their own sheet, an Excel workbook "
                                "(.xlsx) or a CSV file, one visit a row: 姓名, 班级 or 学籍号, 家访日期, 家访形式, 家访教师, "
                                "家访内容, 家长意见 … Nothing is written until you choose Import."),
        this);
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen yet"));
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_choose->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &VisitImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Visit sheet:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_preview, tr("Visits to import"));
    m_tabs->addTab(m_problems, tr("Rows with problems"));

    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_validOnly->setObjectName(QStringLiteral("validOnly"));
    m_allOrNothing->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_allOrNothing);
    modes->addButton(m_validOnly);
    connect(m_validOnly, &QRadioButton::toggled, this, &VisitImportDialog::updateButtons);

    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();

    m_import->setObjectName(QStringLiteral("import"));
    m_close->setObjectName(QStringLiteral("close"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    for (QPushButton *button : { m_import, m_close })
        button->setAutoDefault(false);
    connect(m_import, &QPushButton::clicked, this, &VisitImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &VisitImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_detected);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_validOnly);
    layout->addWidget(m_outcome);
    layout->addWidget(m_busyLabel);
    layout->addWidget(buttons);
    updateButtons();
}

void VisitImportDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

bool VisitImportDialog::isImportEnabled() const
{
    return m_import->isEnabled();
}

void VisitImportDialog::setSkipInvalid(bool skip)
{
    (skip ? m_validOnly : m_allOrNothing)->setChecked(true);
    updateButtons();
}

void VisitImportDialog::updateButtons()
{
    bool importable = m_plan && !m_busy && !m_plan->valid.isEmpty();
    if (m_plan && !m_plan->problems.isEmpty() && !m_validOnly->isChecked())
        importable = false;
    m_import->setEnabled(importable);
    m_choose->setEnabled(!m_busy);
    m_close->setEnabled(!m_busy);
    m_allOrNothing->setEnabled(!m_busy);
    m_validOnly->setEnabled(!m_busy);
}

void VisitImportDialog::setBusy(bool busy, const QString &label)
{
    m_busy = busy;
    m_busyLabel->setText(label);
    m_busyLabel->setVisible(busy);
    updateButtons();
}

void VisitImportDialog::showOutcome(const QString &message, bool error)
{
    m_lastMessage = message;
    m_outcome->setText(message);
    m_outcome->setStyleSheet(error ? colors::textStyle(colors::Bad) : colors::textStyle(colors::Good));
    m_outcome->setVisible(!message.isEmpty());
}

void VisitImportDialog::chooseFile()
{
    QSettings settings;
    const QString path = askOpenFileName(this, tr("Choose the home-visit sheet"), settings.value(LastVisitFolderKey).toString(),
        tr("Visit sheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastVisitFolderKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void VisitImportDialog::clearPlan()
{
    m_plan.reset();
    m_detected->clear();
    m_preview->setRowCount(0);
    m_problems->setRowCount(0);
}

void VisitImportDialog::showPlan(const VisitSheet &sheet, const VisitImportPlan &plan)
{
    m_detected->setText(tr("%1 (%2, %3): header on row %4, %n row(s) below it.", nullptr, plan.totalRows)
                            .arg(QFileInfo(sheet.path).fileName(), sheet.format, sheet.encoding)
                            .arg(sheet.headerRow));
    m_preview->setRowCount(static_cast<int>(plan.valid.size()));
    for (int i = 0; i < plan.valid.size(); ++i) {
        const VisitImportRow &row = plan.valid.at(i);
        QStringList visitors;
        for (const Visitor &v : row.visit.visitors)
            visitors << v.name;
        const QDateTime &at = row.visit.visitedAt;
        setRow(m_preview, i,
            { QString::number(row.fileRow), row.studentNo, row.studentName, gradeName(row.grade) + u' ' + row.className,
                at.toString(at.time() == QTime(0, 0) ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm")),
                visitFormName(row.visit.form), visitors.join(QStringLiteral("、")) });
    }
    m_problems->setRowCount(static_cast<int>(plan.problems.size()));
    for (int i = 0; i < plan.problems.size(); ++i) {
        const RowProblem &p = plan.problems.at(i);
        setRow(m_problems, i, { QString::number(p.fileRow), p.column, p.value, p.reason });
    }
    m_preview->resizeColumnsToContents();
    m_problems->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("Visits to import (%1)").arg(plan.valid.size()));
    m_tabs->setTabText(1, tr("Rows with problems (%1)").arg(plan.invalidRows.size()));
    m_tabs->setCurrentWidget(plan.problems.isEmpty() ? m_preview : m_problems);
    if (!plan.problems.isEmpty())
        showOutcome(tr("%n row(s) have problems. Correct them in the sheet and choose it again, or import the valid "
                       "rows only.",
                        nullptr, static_cast<int>(plan.invalidRows.size())),
            true);
    else if (plan.valid.isEmpty())
        showOutcome(tr("The sheet has no visit to import."), true);
}

void VisitImportDialog::openFile(const QString &path)
{
    if (m_busy)
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    showOutcome(QString(), false);
    clearPlan();
    setBusy(true, tr("Reading %1 and checking every row…").arg(QFileInfo(path).fileName()));
    Database *db = &m_school.db();
    runInBackground(
        this,
        [db, path] {
            auto checked = std::make_shared<Checked>();
            checked->sheet = readVisitSheet(path);
            checked->plan = planVisitImport(*db, checked->sheet);
            return std::shared_ptr<const Checked>(checked);
        },
        [this](Outcome<std::shared_ptr<const Checked>> &outcome) {
            setBusy(false, QString());
            try {
                const std::shared_ptr<const Checked> checked = outcome.take();
                m_plan = std::shared_ptr<const VisitImportPlan>(checked, &checked->plan);
                showPlan(checked->sheet, checked->plan);
            } catch (const std::exception &e) {
                clearPlan();
                showOutcome(describe(e), true);
            }
            updateButtons();
        });
}

void VisitImportDialog::startImport()
{
    if (m_busy || !isImportEnabled() || !m_plan)
        return;
    const bool skipInvalid = m_validOnly->isChecked();
    showOutcome(QString(), false);
    setBusy(true, tr("Importing…"));
    Database *db = &m_school.db();
    runInBackground(
        this,
        [db, actor = m_school.user(), plan = m_plan, skipInvalid] { return applyVisitImport(*db, actor, *plan, skipInvalid); },
        [this](Outcome<VisitImportResult> &outcome) {
            try {
                const VisitImportResult result = outcome.take();
                m_imported = m_imported || result.imported > 0;
                // The plan is spent: importing it again would record the visits twice.
                m_plan.reset();
                showOutcome(
                    tr("Imported: %1 visit(s), %2 row(s) with problems skipped.").arg(result.imported).arg(result.skippedRows),
                    false);
            } catch (const std::exception &e) {
                showOutcome(describe(e) + QStringLiteral(" ") + tr("Nothing was written."), true);
            }
            setBusy(false, QString());
        });
}

} // namespace xinan::ui
