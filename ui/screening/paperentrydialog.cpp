#include "paperentrydialog.h"

#include "common/formparts.h"
#include "platform/clock.h"

#include "domain/student.h"
#include "error.h"
#include "repo/instrumentrepository.h"
#include "services/schoolfile.h"
#include "services/screeningimport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {

PaperEntryDialog::PaperEntryDialog(SchoolFile &school, qint64 driveId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_title(new QLabel(this))
    , m_instrumentChoice(new QComboBox(this))
    , m_class(new QComboBox(this))
    , m_takenOn(new QDateEdit(this))
    , m_list(new QListWidget(this))
    , m_current(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_answers(new QLineEdit(this))
    , m_score(new QLabel(this))
    , m_critical(new QLabel(this))
    , m_error(makeErrorLabel(this, QStringLiteral("error")))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save and next (Enter)"), this))
    , m_skip(new QPushButton(tr("Skip (↓)"), this))
{
    setWindowTitle(tr("Enter paper forms"));
    resize(820, 560);
    QString problem;
    try {
        ScreeningRepository repo(m_school.db(), m_school.user());
        m_drive = repo.drive(driveId);
    } catch (const Error &e) {
        problem = e.message();
    }
    m_instrumentChoice->setObjectName(QStringLiteral("instrument"));
    if (m_drive) {
        for (const QString &id : m_drive->instrumentIds)
            if (const std::optional<Instrument> i = findInstrument(m_school.db(), id))
                m_instrumentChoice->addItem(i->shortName, i->id);
            else if (problem.isEmpty())
                problem = tr("XinAn does not know the instrument \"%1\" of this drive.").arg(id);
    }
    m_instrumentChoice->setEnabled(m_instrumentChoice->count() > 1);
    if (!m_drive && problem.isEmpty())
        problem = tr("The screening drive no longer exists.");

    m_title->setObjectName(QStringLiteral("driveTitle"));
    m_title->setWordWrap(true);
    m_class->setObjectName(QStringLiteral("class"));
    m_takenOn->setObjectName(QStringLiteral("takenOn"));
    m_takenOn->setCalendarPopup(true);
    m_takenOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_takenOn->setMaximumDate(clock::today());
    m_takenOn->setDate(clock::today());
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Instrument:"), this));
    top->addWidget(m_instrumentChoice);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Class:"), this));
    top->addWidget(m_class, 1);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Taken on:"), this));
    top->addWidget(m_takenOn);

    m_list->setObjectName(QStringLiteral("students"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setMinimumWidth(220);

    m_current->setObjectName(QStringLiteral("current"));
    QFont big = m_current->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_current->setFont(big);
    m_current->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_answers->setObjectName(QStringLiteral("answers"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(big.pointSizeF() * 1.3);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    m_answers->setFont(mono);
    m_answers->setMaxLength(40);
    m_score->setObjectName(QStringLiteral("score"));
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.3);
    m_score->setFont(scoreFont);
    m_critical->setObjectName(QStringLiteral("critical"));
    m_critical->setWordWrap(true);
    m_critical->setStyleSheet(QStringLiteral("color: white; background: #c62828; padding: 6px; font-weight: bold;"));
    m_critical->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    m_save->setObjectName(QStringLiteral("save"));
    m_skip->setObjectName(QStringLiteral("skip"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("close"));
    for (QPushButton *b : { m_save, m_skip, close }) {
        b->setAutoDefault(false);
        b->setDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
    }
    connect(m_save, &QPushButton::clicked, this, &PaperEntryDialog::saveCurrent);
    connect(m_skip, &QPushButton::clicked, this, &PaperEntryDialog::skip);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_answers, &QLineEdit::returnPressed, this, &PaperEntryDialog::saveCurrent);
    connect(m_answers, &QLineEdit::textChanged, this, &PaperEntryDialog::updateLive);
    m_answers->installEventFilter(this); // ↓ skips, ↑ goes back
    connect(m_class, &QComboBox::currentIndexChanged, this, &PaperEntryDialog::loadClass);
    connect(m_instrumentChoice, &QComboBox::currentIndexChanged, this, &PaperEntryDialog::instrumentChosen);
    connect(m_list, &QListWidget::currentRowChanged, this, &PaperEntryDialog::showCurrent);
    // Choosing a class or a date hands the keyboard straight back to the digits.
    connect(m_class, &QComboBox::activated, m_answers, [this] { m_answers->setFocus(); });
    connect(m_takenOn, &QDateEdit::editingFinished, m_answers, [this] { m_answers->setFocus(); });

    auto *entry = new QVBoxLayout;
    entry->addWidget(m_current);
    entry->addWidget(m_hint);
    entry->addWidget(m_answers);
    entry->addWidget(m_score);
    entry->addWidget(m_critical);
    entry->addWidget(m_error);
    entry->addStretch(1);
    entry->addWidget(m_status);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(m_save);
    entryButtons->addWidget(m_skip);
    entryButtons->addStretch(1);
    entryButtons->addWidget(close);
    entry->addLayout(entryButtons);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addLayout(entry, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    if (!problem.isEmpty()) {
        showError(problem);
        m_instrumentChoice->setEnabled(false);
        m_instrumentChoice->blockSignals(true); // nothing to enter
        m_answers->setEnabled(false);
        m_save->setEnabled(false);
        m_skip->setEnabled(false);
        return;
    }
    instrumentChosen();
}

bool PaperEntryDialog::selectInstrument(const QString &instrumentId)
{
    const int index = m_instrumentChoice->findData(instrumentId);
    if (index < 0)
        return false;
    m_instrumentChoice->setCurrentIndex(index);
    return true;
}

void PaperEntryDialog::instrumentChosen()
{
    m_instrument = findInstrument(m_school.db(), m_instrumentChoice->currentData().toString());
    m_classes.clear();
    if (m_drive && m_instrument) {
        try {
            m_classes = ScreeningRepository(m_school.db(), m_school.user()).coverage(m_drive->id, m_instrument->id);
        } catch (const Error &e) {
            showError(e.message());
        }
    }
    m_title->setText(m_drive && m_instrument
            ? tr("<b>%1</b> · %2").arg(m_drive->name.toHtmlEscaped(), m_instrument->shortName.toHtmlEscaped())
            : QString());
    m_hint->clear();
    m_answers->setPlaceholderText(QString());
    if (m_instrument) {
        QStringList options;
        for (const InstrumentOption &o : m_instrument->options)
            options.append(QStringLiteral("%1 %2").arg(o.value).arg(o.label));
        m_hint->setText(tr("Type the %1 answers of %2 as digits, one per item, in order: %3. Enter saves and moves to the next "
                           "student; ↓ skips, "
                           "↑ goes back.")
                            .arg(m_instrument->items.size())
                            .arg(m_instrument->shortName, options.join(QStringLiteral("，"))));
        m_answers->setPlaceholderText(QString(m_instrument->items.size(), u'0'));
    }
    // Keep the chosen class; otherwise start with the first class that still has students without a result.
    const int previous = m_class->currentIndex();
    const QString keep = previous >= 0 ? m_class->itemData(previous).toString() : QString();
    int chosen = -1;
    {
        const QSignalBlocker block(m_class);
        m_class->clear();
        for (int i = 0; i < m_classes.size(); ++i) {
            const ClassCoverage &c = m_classes.at(i);
            const QString key = QStringLiteral("%1|%2").arg(c.grade).arg(c.className);
            m_class->addItem(tr("%1 %2 (%3 without a result)").arg(gradeName(c.grade), c.className).arg(c.missing()), key);
            if (key == keep)
                chosen = i;
        }
        for (int i = 0; chosen < 0 && i < m_classes.size(); ++i)
            if (m_classes.at(i).missing() > 0)
                chosen = i;
        if (chosen < 0 && !m_classes.isEmpty())
            chosen = 0;
        m_class->setCurrentIndex(chosen);
    }
    loadClass();
    if (!m_instrument || !m_drive) {
        m_answers->setEnabled(false);
        m_save->setEnabled(false);
        m_skip->setEnabled(false);
        return;
    }
    m_answers->setFocus();
}

bool PaperEntryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_answers && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            skip();
            return true;
        }
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_PageUp) {
            previous();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool PaperEntryDialog::selectClass(int grade, const QString &className)
{
    for (int i = 0; i < m_classes.size(); ++i)
        if (m_classes.at(i).grade == grade && m_classes.at(i).className == className) {
            if (m_class->currentIndex() == i)
                loadClass(); // the same index emits nothing
            else
                m_class->setCurrentIndex(i);
            return true;
        }
    return false;
}

qint64 PaperEntryDialog::currentStudentId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_students.size() ? m_students.at(row).id : 0;
}

int PaperEntryDialog::remainingCount() const
{
    return static_cast<int>(m_students.size());
}

QString PaperEntryDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PaperEntryDialog::statusText() const
{
    return m_status->text();
}

void PaperEntryDialog::loadClass()
{
    m_students.clear();
    const int index = m_class->currentIndex();
    if (m_drive && index >= 0 && index < m_classes.size()) {
        const ClassCoverage &c = m_classes.at(index);
        try {
            m_students = ScreeningRepository(m_school.db(), m_school.user())
                             .missingStudents(m_drive->id, c.grade, c.className, m_instrument ? m_instrument->id : QString());
        } catch (const Error &e) {
            showError(e.message());
        }
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ScreeningStudent &s : m_students)
        m_list->addItem(QStringLiteral("%1  %2").arg(s.name, s.studentNo));
    m_list->setCurrentRow(m_students.isEmpty() ? -1 : 0);
    showCurrent();
}

void PaperEntryDialog::showCurrent()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_students.size();
    if (any) {
        const ScreeningStudent &s = m_students.at(row);
        m_current->setText(tr("%1 (%2) — %3 of %4").arg(s.name, s.studentNo).arg(row + 1).arg(m_students.size()));
    } else {
        m_current->setText(m_classes.isEmpty() ? tr("The drive's target grades have no enrolled students.")
                                               : tr("Every student of this class has a result. Choose another class."));
    }
    m_answers->clear();
    m_answers->setEnabled(any);
    m_save->setEnabled(any);
    m_skip->setEnabled(any && m_students.size() > 1);
    m_error->hide();
    updateLive();
    if (any)
        m_answers->setFocus();
}

void PaperEntryDialog::updateLive()
{
    m_critical->hide();
    if (!m_instrument)
        return;
    const QString text = m_answers->text();
    const int n = static_cast<int>(m_instrument->items.size());
    const DigitAnswers parsed = answersFromDigits(*m_instrument, text);
    QString typed = text;
    typed.remove(u' ');
    // While typing, a wrong digit or one too many shows at once; a short entry only on Enter.
    if (!parsed.ok() && (parsed.item > 0 || typed.size() > n)) {
        showError(parsed.problem);
        m_score->setText(QString());
        return;
    }
    m_error->hide();
    if (!parsed.ok()) {
        int sum = 0;
        for (const QChar c : typed)
            sum += c.digitValue() > 0 ? c.digitValue() : 0;
        m_score->setText(
            typed.isEmpty() ? QString() : tr("%1 of %2 items typed, running total %3").arg(typed.size()).arg(n).arg(sum));
        return;
    }
    const ScoreResult s = score(*m_instrument, parsed.answers);
    m_score->setText(
        tr("Total %1 · %2%3").arg(s.total).arg(s.bandLabel, s.needsInterview ? tr(" · second-stage interview") : QString()));
    if (s.critical()) {
        m_critical->setText(tr("Critical: %1. Saving raises the student to yellow; tell the counsellor today.")
                                .arg(s.criticalReasons.join(QStringLiteral("; "))));
        m_critical->show();
    }
}

void PaperEntryDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

bool PaperEntryDialog::saveCurrent()
{
    const int row = m_list->currentRow();
    if (!m_instrument || !m_drive || row < 0 || row >= m_students.size())
        return false;
    const DigitAnswers parsed = answersFromDigits(*m_instrument, m_answers->text());
    if (!parsed.ok()) {
        showError(parsed.problem);
        if (parsed.item > 0)
            m_answers->setSelection(parsed.item - 1, 1);
        m_answers->setFocus();
        return false;
    }
    const ScreeningStudent student = m_students.at(row);
    RecordOutcome outcome;
    try {
        outcome = ScreeningRepository(m_school.db(), m_school.user())
                      .record(m_drive->name, m_drive->term, *m_instrument, { { student.id, parsed.answers, m_takenOn->date() } },
                          QStringLiteral("entered"));
    } catch (const Error &e) {
        showError(e.message());
        m_answers->setFocus();
        return false;
    }
    const ScoreResult s = score(*m_instrument, parsed.answers);
    QString status = tr("Saved %1: total %2 (%3).").arg(student.name).arg(s.total).arg(s.bandLabel);
    if (outcome.critical > 0)
        status += QStringLiteral(" ")
            + (outcome.raisedToYellow > 0 ? tr("Critical item: raised to yellow.")
                                          : tr("Critical item: the level was yellow or higher already."));
    m_status->setText(status);
    m_status->setStyleSheet(
        outcome.critical > 0 ? QStringLiteral("color: #c62828; font-weight: bold;") : QStringLiteral("color: #2e7d32;"));
    // The next student takes the saved one's place.
    m_students.removeAt(row);
    if (const int index = m_class->currentIndex(); index >= 0 && index < m_classes.size()) {
        ++m_classes[index].done;
        const ClassCoverage &c = m_classes.at(index);
        m_class->setItemText(index, tr("%1 %2 (%3 without a result)").arg(gradeName(c.grade), c.className).arg(c.missing()));
    }
    {
        const QSignalBlocker block(m_list);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(m_students.isEmpty() ? -1 : std::min(row, static_cast<int>(m_students.size()) - 1));
    }
    showCurrent();
    Q_EMIT saved();
    return true;
}

void PaperEntryDialog::skip()
{
    if (m_students.size() < 2)
        return;
    m_list->setCurrentRow((m_list->currentRow() + 1) % static_cast<int>(m_students.size()));
}

void PaperEntryDialog::previous()
{
    if (m_students.size() < 2)
        return;
    const int n = static_cast<int>(m_students.size());
    m_list->setCurrentRow((m_list->currentRow() + n - 1) % n);
}

} // namespace xinan::ui
