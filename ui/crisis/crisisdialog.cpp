#include "crisisdialog.h"

#include "crisisdialogs.h"

#include "common/colors.h"
#include "common/formparts.h"
#include "hotlines/hotlineposter.h"
#include "referrals/referralparts.h"

#include "domain/student.h"
#include "error.h"
#include "services/schoolfile.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

CrisisDialog::CrisisDialog(SchoolFile &school, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_eventId(eventId)
    , m_header(new QLabel(this))
    , m_what(new QPlainTextEdit(this))
    , m_steps(new QTreeWidget(this))
    , m_checklist(new QListWidget(this))
    , m_closure(new QLabel(this))
    , m_hotlines(new QLabel(this))
    , m_close(new QPushButton(tr("Close event…"), this))
    , m_error(makeErrorLabel(this, QStringLiteral("crisisError")))
{
    setWindowTitle(tr("Crisis event"));
    m_header->setObjectName(QStringLiteral("crisisHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_what->setObjectName(QStringLiteral("whatHappened"));
    m_what->setReadOnly(true);
    m_what->setMaximumHeight(90);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setAlternatingRowColors(true);
    m_steps->setWordWrap(true);
    m_steps->setHeaderLabels({ tr("Time"), tr("Kind"), tr("Who"), tr("Note"), tr("Recorded by") });
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_steps->setColumnWidth(0, 130);
    m_steps->setColumnWidth(1, 80);
    m_steps->setColumnWidth(2, 150);
    m_steps->setColumnWidth(4, 90);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setSpacing(2);
    connect(m_checklist, &QListWidget::itemChanged, this, &CrisisDialog::checklistItemChanged);
    m_closure->setObjectName(QStringLiteral("closureText"));
    m_closure->setWordWrap(true);
    m_closure->setTextFormat(Qt::PlainText);
    m_closure->setStyleSheet(QStringLiteral("background: #eef6ee; padding: 6px;"));
    m_close->setObjectName(QStringLiteral("closeEvent"));
    connect(m_close, &QPushButton::clicked, this, &CrisisDialog::closeCrisis);

    // The usual notifications, one click each; then actions and follow-ups.
    struct Quick
    {
        const char *name;
        QString text;
        CrisisParty party;
    };
    const Quick quick[] = {
        { "notifyGuardian", tr("Notified guardian…"), CrisisParty::Guardian },
        { "notifyHead", tr("Notified head…"), CrisisParty::Head },
        { "notifyPolice", tr("Called 110…"), CrisisParty::Police },
        { "notifyAmbulance", tr("Called 120…"), CrisisParty::Ambulance },
        { "notifyHospital", tr("Notified hospital…"), CrisisParty::Hospital },
        { "notifyOther", tr("Other notification…"), CrisisParty::None },
    };
    auto *notifyRow = new QGridLayout;
    int column = 0;
    for (const Quick &q : quick) {
        auto *button = new QPushButton(q.text, this);
        button->setObjectName(QString::fromLatin1(q.name));
        button->setAutoDefault(false);
        const CrisisParty party = q.party;
        connect(button, &QPushButton::clicked, this, [this, party] { addStep(CrisisStepKind::Notify, party); });
        notifyRow->addWidget(button, column / 3, column % 3);
        ++column;
        m_writeButtons << button;
    }
    auto *action = new QPushButton(tr("Add action…"), this);
    action->setObjectName(QStringLiteral("addAction"));
    connect(action, &QPushButton::clicked, this, [this] { addStep(CrisisStepKind::Action); });
    auto *followUp = new QPushButton(tr("Add follow-up…"), this);
    followUp->setObjectName(QStringLiteral("addFollowUp"));
    connect(followUp, &QPushButton::clicked, this, [this] { addStep(CrisisStepKind::FollowUp); });
    for (QPushButton *b : { action, followUp }) {
        b->setAutoDefault(false);
        m_writeButtons << b;
    }
    m_close->setAutoDefault(false);
    auto *stepButtons = new QVBoxLayout;
    stepButtons->addWidget(action);
    stepButtons->addWidget(followUp);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addLayout(notifyRow, 3);
    buttonsRow->addSpacing(16);
    buttonsRow->addLayout(stepButtons, 1);

    auto *timelineBox = new QGroupBox(tr("What happened and what was done"), this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_what);
    timelineLayout->addWidget(m_steps, 1);
    timelineLayout->addLayout(buttonsRow);

    auto *checklistBox = new QGroupBox(tr("Response checklist"), this);
    auto *checklistLayout = new QVBoxLayout(checklistBox);
    auto *checklistHint = new QLabel(tr("Tick each item when it is done; who ticked it and when is kept."), checklistBox);
    checklistHint->setWordWrap(true);
    checklistLayout->addWidget(checklistHint);
    checklistLayout->addWidget(m_checklist, 1);
    auto *hotlinesBox = new QGroupBox(tr("Help lines"), this);
    auto *hotlinesLayout = new QVBoxLayout(hotlinesBox);
    m_hotlines->setObjectName(QStringLiteral("crisisHotlines"));
    m_hotlines->setTextFormat(Qt::RichText);
    m_hotlines->setWordWrap(true);
    m_hotlines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hotlines->setText(hotlinesCompactHtml(readSchoolHotlines(school)));
    hotlinesLayout->addWidget(m_hotlines);
    checklistLayout->addWidget(hotlinesBox);

    auto *body = new QHBoxLayout;
    body->addWidget(timelineBox, 3);
    body->addWidget(checklistBox, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_close, QDialogButtonBox::ActionRole);
    // The event can start a referral to hospital (转介) for its student.
    buttons->addButton(
        makeReferButton(
            school, this, [this] { return m_detail.event.studentId; }, ReferralSource::Crisis, [this] { return m_eventId; }),
        QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);
    layout->addWidget(m_closure);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1080, 680);
    reload();
}

void CrisisDialog::reload()
{
    try {
        m_detail = CrisisRepository(m_school.db(), m_school.user()).detail(m_eventId);
    } catch (const Error &e) {
        showError(e.message());
        for (QPushButton *b : std::as_const(m_writeButtons))
            b->setEnabled(false);
        m_close->setEnabled(false);
        return;
    }
    const CrisisEvent &e = m_detail.event;
    setWindowTitle(tr("Crisis event: %1").arg(e.studentName));
    const auto mark = [](bool done, const QString &yes, const QString &no) {
        return done ? QStringLiteral("<span style='color:#1b7a34'>✓ %1</span>").arg(yes.toHtmlEscaped())
                    : QStringLiteral("<span style='color:%1'>✗ %2</span>").arg(colors::css(colors::Alarm), no.toHtmlEscaped());
    };
    const QString status = e.open
        ? QStringLiteral("<span style='color:%1'><b>%2</b></span>")
              .arg(colors::css(colors::Alarm), tr("Open · day %1").arg(e.daysOpen() + 1).toHtmlEscaped())
        : QStringLiteral("<b>%1</b>").arg(tr("Closed %1 by %2").arg(crisisTimeText(e.closedAt), e.closedBy).toHtmlEscaped());
    m_header->setText(
        QStringLiteral("<span style='font-size:large'><b>%1</b></span> &nbsp; %2 %3 · %4 &nbsp;—&nbsp; %5<br>%6 "
                       "&nbsp;·&nbsp; %7 &nbsp;&nbsp; %8 &nbsp;&nbsp; %9")
            .arg(e.studentName.toHtmlEscaped(), gradeName(e.grade).toHtmlEscaped(), e.className.toHtmlEscaped(),
                e.studentNo.toHtmlEscaped(), status, tr("Happened %1").arg(crisisTimeText(e.happenedAt)).toHtmlEscaped(),
                tr("opened by %1").arg(e.openedBy).toHtmlEscaped(),
                mark(e.guardianNotified, tr("guardian notified"), tr("guardian not notified yet")),
                mark(e.headNotified, tr("head notified"), tr("head not notified yet"))));
    m_what->setPlainText(e.whatHappened);

    m_steps->clear();
    for (const CrisisStep &s : std::as_const(m_detail.steps)) {
        auto *item = new QTreeWidgetItem(
            m_steps, { crisisTimeText(s.at), crisisStepKindName(s.kind), crisisPartyName(s.party), s.body, s.author });
        item->setToolTip(3, s.body);
        item->setData(0, Qt::UserRole, s.id);
    }

    m_loading = true;
    m_checklist->clear();
    for (const CrisisChecklistItem &c : std::as_const(m_detail.checklist)) {
        auto *item = new QListWidgetItem(m_checklist);
        item->setText(c.done() ? tr("%1\n    ✓ %2, %3").arg(c.item, c.doneBy, crisisTimeText(c.doneAt)) : c.item);
        item->setData(Qt::UserRole, c.position);
        Qt::ItemFlags flags = Qt::ItemIsEnabled;
        if (e.open)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
        item->setCheckState(c.done() ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;

    for (QPushButton *b : std::as_const(m_writeButtons))
        b->setEnabled(e.open);
    m_close->setEnabled(e.open);
    m_closure->setVisible(!e.open);
    m_closure->setText(e.open ? QString() : tr("Closure summary: %1").arg(e.closure));
}

CrisisStepDialog *CrisisDialog::addStep(CrisisStepKind kind, CrisisParty party)
{
    if (!m_detail.event.open)
        return nullptr;
    auto *dialog = new CrisisStepDialog(
        kind, party,
        [this, kind](const QDateTime &at, CrisisParty chosen, const QString &body) {
            try {
                CrisisRepository(m_school.db(), m_school.user()).addStep(m_eventId, at, kind, chosen, body);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        },
        this);
    dialog->setObjectName(QStringLiteral("stepDialog"));
    connect(dialog, &QDialog::accepted, this, [this] {
        m_error->hide();
        reload();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

CloseCrisisDialog *CrisisDialog::closeCrisis()
{
    if (!m_detail.event.open)
        return nullptr;
    QStringList missing;
    try {
        missing = CrisisRepository(m_school.db(), m_school.user()).missingForClosing(m_eventId);
    } catch (const Error &e) {
        showError(e.message());
        return nullptr;
    }
    auto *dialog = new CloseCrisisDialog(
        missing,
        [this](const QDateTime &at, const QString &closure) {
            try {
                CrisisRepository(m_school.db(), m_school.user()).close(m_eventId, closure, at);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        },
        this);
    dialog->setObjectName(QStringLiteral("closeDialog"));
    connect(dialog, &QDialog::accepted, this, [this] {
        m_error->hide();
        reload();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

void CrisisDialog::checklistItemChanged(QListWidgetItem *item)
{
    if (m_loading || !item)
        return;
    const int position = item->data(Qt::UserRole).toInt();
    const bool done = item->checkState() == Qt::Checked;
    try {
        CrisisRepository(m_school.db(), m_school.user()).setChecked(m_eventId, position, done);
    } catch (const Error &e) {
        showError(e.message());
        // Show what is stored, not what was clicked.
        QMetaObject::invokeMethod(this, &CrisisDialog::reload, Qt::QueuedConnection);
        return;
    }
    m_error->hide();
    // Reloaded after this signal returns: the item is replaced.
    QMetaObject::invokeMethod(this, &CrisisDialog::reload, Qt::QueuedConnection);
    Q_EMIT changed();
}

void CrisisDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace xinan::ui
