#include "dutypage.h"

#include "dutychangedialogs.h"
#include "dutydialogs.h"
#include "dutyprint.h"

#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/printout.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/dutyrepository.h"
#include "services/schoolfile.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

constexpr int DayRole = Qt::UserRole;
constexpr int PeriodRole = Qt::UserRole + 1;

QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

DutyPage::DutyPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_now(new QLabel(this))
    , m_weekLabel(new QLabel(this))
    , m_date(new QDateEdit(clock::today(), this))
    , m_grid(new QTableWidget(this))
    , m_swap(button(this, tr("Swap…"), "dutySwap"))
    , m_cover(button(this, tr("Cover…"), "dutyCover"))
    , m_close(button(this, tr("Close day…"), "dutyCloseDay"))
    , m_reopen(button(this, tr("Reopen day"), "dutyReopenDay"))
    , m_log(button(this, tr("Duty log…"), "dutyLog"))
{
    QLabel *title = makePageTitle(tr("Duty roster"), this);
    m_now->setObjectName(QStringLiteral("dutyNow"));
    m_now->setWordWrap(true);
    m_now->setTextFormat(Qt::PlainText);
    m_weekLabel->setObjectName(QStringLiteral("dutyWeekLabel"));
    QFont weekFont = m_weekLabel->font();
    weekFont.setBold(true);
    m_weekLabel->setFont(weekFont);
    m_date->setObjectName(QStringLiteral("dutyDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (d.isValid() && d.addDays(1 - d.dayOfWeek()) != m_sheet.week.monday)
            showWeek(d);
    });

    auto *previous = button(this, tr("◀ Previous week"), "dutyPreviousWeek");
    auto *thisWeek = button(this, tr("This week"), "dutyThisWeek");
    auto *next = button(this, tr("Next week ▶"), "dutyNextWeek");
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_sheet.week.monday.addDays(-7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showWeek(clock::today()); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_sheet.week.monday.addDays(7)); });

    auto *templ = button(this, tr("Weekly template…"), "dutyTemplate");
    auto *term = button(this, tr("Term…"), "dutyTerm");
    auto *generateButton = button(this, tr("Generate roster…"), "dutyGenerate");
    auto *preview = button(this, tr("Print preview…"), "dutyPrintPreview");
    auto *printButton = button(this, tr("Print…"), "dutyPrint");
    auto *pdf = button(this, tr("Export PDF…"), "dutyExportPdf");
    connect(templ, &QPushButton::clicked, this, &DutyPage::editTemplate);
    connect(term, &QPushButton::clicked, this, &DutyPage::editTerm);
    connect(generateButton, &QPushButton::clicked, this, &DutyPage::generate);
    connect(m_swap, &QPushButton::clicked, this, &DutyPage::swapShifts);
    connect(m_cover, &QPushButton::clicked, this, &DutyPage::coverShift);
    connect(m_close, &QPushButton::clicked, this, &DutyPage::closeDay);
    connect(m_reopen, &QPushButton::clicked, this, &DutyPage::reopenDay);
    connect(m_log, &QPushButton::clicked, this, &DutyPage::openLog);
    connect(preview, &QPushButton::clicked, this, &DutyPage::printPreview);
    connect(printButton, &QPushButton::clicked, this, &DutyPage::print);
    connect(pdf, &QPushButton::clicked, this, &DutyPage::exportPdf);

    m_grid->setObjectName(QStringLiteral("dutyGrid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_grid, &QTableWidget::itemSelectionChanged, this, &DutyPage::updateButtons);
    connect(m_grid, &QTableWidget::cellDoubleClicked, this, [this] { openLog(); });
    // A 校领导 reads the roster; only the roles that may change it see the buttons that do
    // (roleAllows). A shift's log may name students: it is the counselling staff's.
    if (!mayWrite(school, DataKind::Duty))
        for (QWidget *w : std::initializer_list<QWidget *> { templ, term, generateButton, m_swap, m_cover, m_close, m_reopen })
            w->hide();
    m_log->setVisible(mayWrite(school, DataKind::Duty) && mayWrite(school, DataKind::Counselling));

    auto *weekBar = new QHBoxLayout;
    weekBar->addWidget(previous);
    weekBar->addWidget(thisWeek);
    weekBar->addWidget(next);
    weekBar->addWidget(m_date);
    weekBar->addSpacing(12);
    weekBar->addWidget(m_weekLabel, 1);
    weekBar->addWidget(preview);
    weekBar->addWidget(printButton);
    weekBar->addWidget(pdf);

    auto *actionBar = new QHBoxLayout;
    actionBar->addWidget(templ);
    actionBar->addWidget(term);
    actionBar->addWidget(generateButton);
    actionBar->addStretch(1);
    actionBar->addWidget(m_swap);
    actionBar->addWidget(m_cover);
    actionBar->addWidget(m_close);
    actionBar->addWidget(m_reopen);
    actionBar->addWidget(m_log);

    auto *hint
        = new QLabel(tr("Select a cell to swap, cover or close its day; double-click it for the duty log (visitors, events, "
                        "handover note)."),
            this);
    hint->setWordWrap(true);
    hint->setVisible(mayWrite(school, DataKind::Duty));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_now);
    layout->addLayout(weekBar);
    layout->addWidget(m_grid, 1);
    layout->addWidget(hint);
    layout->addLayout(actionBar);
    m_shown = clock::today();
    reload();
}

void DutyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DutyPage::showWeek(const QDate &day)
{
    if (!day.isValid())
        return;
    m_shown = day;
    reload();
}

void DutyPage::reload()
{
    const QDate day = selectedDay();
    const QString period = selectedPeriod();
    try {
        m_sheet = dutySheet(m_school.db(), m_school.user(), m_shown, clock::today());
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("Duty roster"), e.message());
        return;
    }
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(m_shown);
    }
    m_weekLabel->setText(tr("Week %1: %2").arg(m_sheet.week.monday.weekNumber()).arg(dutyWeekRange(m_sheet.week.monday)));

    const QList<QDate> days = dutySheetDays(m_sheet);
    const QSignalBlocker block(m_grid);
    m_grid->clear();
    m_grid->setColumnCount(static_cast<int>(days.size()));
    m_grid->setRowCount(static_cast<int>(m_sheet.periods.size()));
    QStringList dayHeaders;
    for (const QDate &d : days)
        dayHeaders << QStringLiteral("%1 %2").arg(dutyWeekdayName(d.dayOfWeek()), d.toString(QStringLiteral("MM-dd")));
    m_grid->setHorizontalHeaderLabels(dayHeaders);
    QStringList periodHeaders;
    for (const DutyPeriod &p : std::as_const(m_sheet.periods))
        periodHeaders << QStringLiteral("%1\n%2").arg(p.name, dutyPeriodTimes(p));
    m_grid->setVerticalHeaderLabels(periodHeaders);
    const QDate today = clock::today();
    for (int c = 0; c < days.size(); ++c) {
        const QDate d = days.at(c);
        const QString note = dutyDayNote(m_sheet, d);
        if (d == today)
            m_grid->horizontalHeaderItem(c)->setText(tr("%1 (today)").arg(dayHeaders.at(c)));
        for (int r = 0; r < m_sheet.periods.size(); ++r) {
            const DutyPeriod &p = m_sheet.periods.at(r);
            auto *item = new QTableWidgetItem;
            item->setData(DayRole, d);
            item->setData(PeriodRole, p.code);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (!note.isEmpty()) {
                item->setText(note);
                item->setBackground(QColor(0xe0, 0xe0, 0xe0));
                item->setForeground(QColor(0x61, 0x61, 0x61));
            } else {
                const QList<DutyShift> shifts = dutyCellShifts(m_sheet, d, p.code);
                item->setText(dutyCellLines(shifts).join(u'\n'));
                QStringList changes;
                for (const DutyShift &s : shifts)
                    if (s.origin != u"template")
                        changes << (s.changeReason.isEmpty() ? dutyStaffLabel(s)
                                                             : tr("%1: %2").arg(dutyStaffLabel(s), s.changeReason));
                if (!changes.isEmpty()) {
                    item->setBackground(QColor(0xff, 0xf3, 0xe0));
                    item->setToolTip(changes.join(u'\n'));
                }
            }
            m_grid->setItem(r, c, item);
        }
    }
    fitRows();
    if (day.isValid())
        selectCell(day, period);
    updateNow();
    updateButtons();
}

void DutyPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRows();
}

// Rows as tall as their contents, and together at least as tall as the grid: a week with
// few rooms fills the page instead of leaving the bottom empty.
void DutyPage::fitRows()
{
    const int rows = m_grid->rowCount();
    if (rows == 0)
        return;
    m_grid->resizeRowsToContents();
    const int share = (m_grid->viewport()->height() - 2) / rows;
    for (int r = 0; r < rows; ++r)
        m_grid->setRowHeight(r, qMax(m_grid->rowHeight(r), share));
}

void DutyPage::updateNow()
{
    const QDateTime now = clock::now();
    QList<DutyShift> shifts;
    try {
        shifts = DutyRepository(m_school.db(), m_school.user()).onDutyAt(now);
    } catch (const Error &e) {
        m_now->setText(e.message());
        return;
    }
    if (shifts.isEmpty()) {
        m_now->setText(tr("On duty now: nobody (no shift at %1).").arg(now.toString(QStringLiteral("HH:mm"))));
        return;
    }
    const DutyShift &first = shifts.first();
    m_now->setText(tr("On duty now (%1 %2–%3): %4")
                       .arg(first.periodName, first.starts.toString(QStringLiteral("HH:mm")),
                           first.ends.toString(QStringLiteral("HH:mm")), dutyCellLines(shifts).join(tr("; "))));
}

bool DutyPage::selectCell(const QDate &day, const QString &periodCode)
{
    for (int r = 0; r < m_grid->rowCount(); ++r)
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            const QTableWidgetItem *item = m_grid->item(r, c);
            if (item && item->data(DayRole).toDate() == day
                && (periodCode.isEmpty() || item->data(PeriodRole).toString() == periodCode)) {
                m_grid->setCurrentCell(r, c);
                return true;
            }
        }
    return false;
}

QString DutyPage::cellText(const QDate &day, const QString &periodCode) const
{
    for (int r = 0; r < m_grid->rowCount(); ++r)
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            const QTableWidgetItem *item = m_grid->item(r, c);
            if (item && item->data(DayRole).toDate() == day && item->data(PeriodRole).toString() == periodCode)
                return item->text();
        }
    return {};
}

QDate DutyPage::selectedDay() const
{
    const QTableWidgetItem *item = m_grid->currentItem();
    return item ? item->data(DayRole).toDate() : QDate();
}

QString DutyPage::selectedPeriod() const
{
    const QTableWidgetItem *item = m_grid->currentItem();
    return item ? item->data(PeriodRole).toString() : QString();
}

QList<DutyShift> DutyPage::selectedShifts() const
{
    const QDate day = selectedDay();
    return day.isValid() ? dutyCellShifts(m_sheet, day, selectedPeriod()) : QList<DutyShift>();
}

void DutyPage::updateButtons()
{
    const QDate day = selectedDay();
    const bool closed = day.isValid()
        && std::any_of(
            m_sheet.week.closures.cbegin(), m_sheet.week.closures.cend(), [&](const DutyClosure &c) { return c.day == day; });
    const bool hasShifts = !selectedShifts().isEmpty();
    m_swap->setEnabled(!m_sheet.week.shifts.isEmpty());
    m_cover->setEnabled(!m_sheet.week.shifts.isEmpty());
    m_close->setEnabled(!closed);
    m_reopen->setEnabled(closed);
    m_log->setEnabled(hasShifts);
}

template<typename D> D *DutyPage::showDialog(D *dialog, const char *name)
{
    dialog->setObjectName(QString::fromLatin1(name));
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

DutyTemplateDialog *DutyPage::editTemplate()
{
    return showDialog(new DutyTemplateDialog(m_school, this), "dutyTemplateDialog");
}

DutyTermDialog *DutyPage::editTerm()
{
    QString termId;
    for (const DutyTerm &t : std::as_const(m_sheet.terms))
        if (t.startsOn <= m_sheet.week.monday.addDays(6) && t.endsOn >= m_sheet.week.monday)
            termId = t.id;
    return showDialog(new DutyTermDialog(m_school, termId, this), "dutyTermDialog");
}

DutySwapDialog *DutyPage::swapShifts()
{
    if (m_sheet.week.shifts.isEmpty())
        return nullptr;
    const QList<DutyShift> cell = selectedShifts();
    return showDialog(
        new DutySwapDialog(m_school, m_sheet.week.shifts, cell.isEmpty() ? 0 : cell.first().id, this), "dutySwapDialog");
}

DutyCoverDialog *DutyPage::coverShift()
{
    if (m_sheet.week.shifts.isEmpty())
        return nullptr;
    const QList<DutyShift> cell = selectedShifts();
    return showDialog(
        new DutyCoverDialog(m_school, m_sheet.week.shifts, cell.isEmpty() ? 0 : cell.first().id, this), "dutyCoverDialog");
}

DutyCloseDayDialog *DutyPage::closeDay()
{
    const QDate day = selectedDay();
    return showDialog(new DutyCloseDayDialog(m_school, day.isValid() ? day : m_sheet.week.monday, this), "dutyCloseDayDialog");
}

DutyLogDialog *DutyPage::openLog()
{
    if (!mayWrite(m_school, DataKind::Duty) || !mayWrite(m_school, DataKind::Counselling))
        return nullptr;
    const QList<DutyShift> cell = selectedShifts();
    if (cell.isEmpty())
        return nullptr;
    return showDialog(new DutyLogDialog(m_school, cell, this), "dutyLogDialog");
}

int DutyPage::generate()
{
    const QString title = tr("Generate the duty roster");
    if (m_sheet.terms.isEmpty()) {
        showMessage(this, MessageKind::Information, title,
            tr("There is no term yet. Set up the term and its holidays first (Term…), then generate the roster."));
        return -1;
    }
    DutyTerm term = m_sheet.terms.first(); // the newest
    for (const DutyTerm &t : std::as_const(m_sheet.terms))
        if (t.startsOn <= m_sheet.week.monday.addDays(6) && t.endsOn >= m_sheet.week.monday)
            term = t;
    const QDate today = clock::today();
    const QDate from = term.startsOn > today ? term.startsOn : today;
    if (!askToProceed(this, MessageKind::Warning, title,
            tr("Generate the duty roster of term %1 from the weekly template, from %2 to %3? Shifts from the template on these "
               "days "
               "are replaced; swaps, covers and closed days stay, and holidays get no duty. Earlier days are not changed.")
                .arg(term.id, from.toString(Qt::ISODate), term.endsOn.toString(Qt::ISODate)),
            tr("Generate")))
        return -1;
    int count = 0;
    try {
        count = DutyRepository(m_school.db(), m_school.user()).generate(term.id, from);
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, title, e.message());
        return -1;
    }
    reload();
    Q_EMIT changed();
    showMessage(
        this, MessageKind::Information, title, tr("%n shift(s) were generated for term %1.", nullptr, count).arg(term.id));
    return count;
}

bool DutyPage::reopenDay()
{
    const QDate day = selectedDay();
    if (!day.isValid())
        return false;
    const QString title = tr("Reopen a day");
    if (!askToProceed(this, MessageKind::Information, title,
            tr("Reopen %1? Its duty is filled in again from the weekly template (unless it is a holiday).")
                .arg(day.toString(Qt::ISODate)),
            tr("Reopen")))
        return false;
    try {
        DutyRepository(m_school.db(), m_school.user()).reopenDay(day);
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, title, e.message());
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

void DutyPage::exportPdf()
{
    const QString title = tr("Export the duty roster");
    if (!askToProceed(this, MessageKind::Warning, title,
            tr("The roster names the counselling staff and when they are on duty. The PDF is not encrypted: save it only where "
               "it "
               "belongs (not on a shared or public computer)."),
            tr("Choose where to save…")))
        return;
    QString path = askSaveFileName(
        this, title, tr("duty-roster-%1.pdf").arg(m_sheet.week.monday.toString(Qt::ISODate)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printDutySheet(printer, m_sheet);
    recordPrintout(m_school.db(), printer, QStringLiteral("duty_sheet"), 0);
    if (printer.printerState() == QPrinter::Error) {
        showMessage(this, MessageKind::Critical, title, tr("%1 could not be written.").arg(path));
        return;
    }
    showMessage(this, MessageKind::Information, title, tr("The roster was saved as %1.").arg(path));
}

void DutyPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Duty roster: print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        printDutySheet(*p, m_sheet);
        recordPrintout(m_school.db(), *p, QStringLiteral("duty_sheet"), 0);
    });
    dialog.exec();
}

void DutyPage::print()
{
    QPrinter printer;
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the duty roster"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printDutySheet(printer, m_sheet);
    recordPrintout(m_school.db(), printer, QStringLiteral("duty_sheet"), 0);
}

} // namespace xinan::ui
