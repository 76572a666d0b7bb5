#include "studenttimeline.h"

#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/noterepository.h"
#include "services/schoolfile.h"
#include "services/timeline.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

NoteDialog::NoteDialog(Saver saver, QWidget *parent)
    : QDialog(parent)
    , m_saver(std::move(saver))
    , m_date(new QDateEdit(clock::today(), this))
    , m_text(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("noteError")))
{
    setWindowTitle(tr("Add note"));
    m_date->setObjectName(QStringLiteral("noteDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(clock::today());
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setPlaceholderText(tr("What happened, what was said or agreed, what comes next"));
    m_text->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Note:"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveNote"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 320);
}

void NoteDialog::accept()
{
    const QString problem = m_saver(m_date->date(), m_text->toPlainText());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

StudentTimeline::StudentTimeline(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_entries(new QTreeWidget(this))
    , m_addNote(new QPushButton(tr("Add note…"), this))
{
    m_entries->setObjectName(QStringLiteral("timeline"));
    m_entries->setRootIsDecorated(false);
    m_entries->setAlternatingRowColors(true);
    m_entries->setWordWrap(true);
    m_entries->setUniformRowHeights(false);
    m_entries->setHeaderLabels({ tr("Date"), tr("Kind"), tr("Author"), tr("Text") });
    m_entries->header()->setStretchLastSection(true);
    m_entries->setColumnWidth(0, 110);
    m_entries->setColumnWidth(1, 90);
    m_entries->setColumnWidth(2, 110);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    connect(m_addNote, &QPushButton::clicked, this, &StudentTimeline::addNote);

    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("timelineHint"));
    if (m_studentId == 0) {
        m_addNote->setEnabled(false);
        hint->setText(tr("Save the student first; then notes can be added here."));
    } else {
        hint->setText(tr("Everything dated about this student: notes and risk-level changes, newest first."));
    }
    auto *bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    bar->addWidget(m_addNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_entries, 1);
    reload();
}

void StudentTimeline::reload()
{
    m_entries->clear();
    if (m_studentId == 0)
        return;
    for (const TimelineEntry &e : studentTimeline(m_school.db(), m_studentId, m_school.user())) {
        auto *item = new QTreeWidgetItem(m_entries, { e.date.toString(Qt::ISODate), e.title, e.author, e.body });
        item->setToolTip(3, e.body);
    }
}

int StudentTimeline::entryCount() const
{
    return m_entries->topLevelItemCount();
}

NoteDialog *StudentTimeline::addNote()
{
    if (m_studentId == 0)
        return nullptr;
    auto *dialog = new NoteDialog(
        [this](const QDate &day, const QString &text) {
            try {
                NoteRepository(m_school.db(), m_school.user()).add(m_studentId, day, text);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        },
        this);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    connect(dialog, &QDialog::accepted, this, &StudentTimeline::reload);
    openWindowModal(dialog);
    return dialog;
}

} // namespace xinan::ui
