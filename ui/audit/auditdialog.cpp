#include "auditdialog.h"

#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/studentpicker.h"

#include "error.h"
#include "io/csvfield.h"
#include "platform/clock.h"
#include "platform/files.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

enum Column { TimeColumn, AccountColumn, ActionColumn, WhatColumn, StudentColumn, DetailColumn, ColumnCount };

QString localTime(const AuditEntry &e)
{
    return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AuditDialog::AuditDialog(SchoolFile &school, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_account(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_student(new QPushButton(tr("Any student…"), this))
    , m_clearStudent(new QPushButton(tr("All students"), this))
    , m_from(makeDateEdit(this, QStringLiteral("auditFrom"), clock::today().addMonths(-1)))
    , m_to(makeDateEdit(this, QStringLiteral("auditTo"), clock::today()))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_head(new QLabel(this))
    , m_error(makeErrorLabel(this, QStringLiteral("auditError")))
    , m_export(new QPushButton(tr("Export to CSV…"), this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log"));
    resize(1100, 620);

    auto *intro = new QLabel(tr("Who opened, changed, exported or printed what, and when. Entries cannot be changed or deleted; "
                                "each carries the fingerprint of the one before it, so verify notices any tampering."),
        this);
    intro->setWordWrap(true);

    m_account->setObjectName(QStringLiteral("auditAccount"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_student->setObjectName(QStringLiteral("auditStudent"));
    m_clearStudent->setObjectName(QStringLiteral("auditAllStudents"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_head->setObjectName(QStringLiteral("auditHead"));
    m_head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearStudent->setEnabled(false);

    m_account->addItem(tr("Everyone"), QString());
    m_action->addItem(tr("Every kind"), QString());
    try {
        for (const QString &account : auditAccounts(school.db()))
            m_account->addItem(account, account);
        for (const QString &action : auditActions(school.db()))
            m_action->addItem(auditActionName(action), action);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Person:"), this));
    filters->addWidget(m_account);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_action);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Student:"), this));
    filters->addWidget(m_student);
    filters->addWidget(m_clearStudent);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);

    m_table->setObjectName(QStringLiteral("auditEntries"));
    m_table->setHorizontalHeaderLabels({ tr("Time"), tr("Account"), tr("Action"), tr("What"), tr("Student"), tr("Detail") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary);
    bottom->addStretch(1);
    bottom->addWidget(m_head);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(buttons);

    connect(m_account, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_student, &QPushButton::clicked, this, &AuditDialog::chooseStudent);
    connect(m_clearStudent, &QPushButton::clicked, this, [this] { setStudentFilter(0); });
    connect(m_export, &QPushButton::clicked, this, &AuditDialog::exportCsv);
    reload();
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    f.account = m_account->currentData().toString();
    f.action = m_action->currentData().toString();
    f.studentId = m_studentId;
    f.from = m_from->date();
    f.to = m_to->date();
    return f;
}

void AuditDialog::setStudentFilter(qint64 studentId)
{
    m_studentId = studentId;
    const QString line = studentId ? studentLineFor(m_school, studentId) : QString();
    m_student->setText(studentId ? (line.isEmpty() ? tr("Student #%1").arg(studentId) : line) : tr("Any student…"));
    m_clearStudent->setEnabled(studentId != 0);
    reload();
}

void AuditDialog::chooseStudent()
{
    StudentPickerDialog picker(m_school, tr("Entries about a student"), this);
    if (picker.exec() == QDialog::Accepted && picker.studentId())
        setStudentFilter(picker.studentId());
}

void AuditDialog::reload()
{
    m_error->hide();
    try {
        m_entries = queryAudit(m_school.db(), filter());
        m_head->setText(tr("Chain head: %1").arg(formatAuditChainHead(auditChainHead(m_school.db()))));
    } catch (const Error &e) {
        m_entries.clear();
        m_error->setText(e.message());
        m_error->show();
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    int row = 0;
    for (const AuditEntry &e : std::as_const(m_entries)) {
        const QStringList cells { localTime(e), e.account, auditActionName(e.action), auditEntityName(e.entity), e.studentName,
            auditDetailText(e) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n entry(s).", nullptr, static_cast<int>(m_entries.size())));
    m_export->setEnabled(!m_entries.isEmpty());
}

QByteArray AuditDialog::csvOf(const QList<AuditEntry> &entries)
{
    QString text = QStringLiteral("\uFEFF");
    const QStringList header { tr("No."), tr("Time"), tr("Account"), tr("Action"), tr("What"), tr("Student"), tr("Detail") };
    QStringList cells;
    for (const QString &h : header)
        cells << io::csvField(h);
    text += cells.join(u',') + QStringLiteral("\r\n");
    for (const AuditEntry &e : entries) {
        cells.clear();
        for (const QString &v : { QString::number(e.id), localTime(e), e.account, auditActionName(e.action),
                 auditEntityName(e.entity), e.studentName, auditDetailText(e) })
            cells << io::csvField(v);
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

bool AuditDialog::exportCsv()
{
    const QString title = tr("Export the audit log");
    QString path
        = askSaveFileName(this, title, tr("audit-log-%1.csv").arg(clock::today().toString(Qt::ISODate)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QSet<QString> students;
    for (const AuditEntry &e : std::as_const(m_entries))
        if (!e.studentName.isEmpty())
            students.insert(e.studentName);
    try {
        writeFileAtomically(path, csvOf(m_entries)); // owner-only (0600)
        try {
            recordOutput(m_school.db(), OutputKind::Export, QStringLiteral("audit_log"), static_cast<int>(students.size()), path);
        } catch (const Error &) {
            QFile::remove(path); // an export nobody can trace does not stay
            throw;
        }
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, title, e.message());
        return false;
    }
    showMessage(this, MessageKind::Information, title,
        tr("%n entry(s) saved as %1. The file is not encrypted: keep it where only you can read it.", nullptr,
            static_cast<int>(m_entries.size()))
            .arg(path));
    reload(); // the export is an entry too
    return true;
}

} // namespace xinan::ui
