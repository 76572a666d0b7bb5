#pragma once
// The window of one crisis event: what happened, its timeline of notifications, actions and
// follow-ups with quick buttons for the usual notifications (guardian, head, 110, 120,
// hospital), the school's response checklist with ticks, the help lines (求助热线) below it, and
// closing the event. Every write
// goes through CrisisRepository; errors show in the dialog, which stays open.

#include "repo/crisisrepository.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class CloseCrisisDialog;
class CrisisStepDialog;

class CrisisDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrisisDialog)

public:
    CrisisDialog(SchoolFile &school, qint64 eventId, QWidget *parent = nullptr);

    qint64 eventId() const { return m_eventId; }
    const CrisisEventDetail &detail() const { return m_detail; }
    void reload();

    // Opens the step dialog (window-modal; the event reloads when the step was saved).
    CrisisStepDialog *addStep(CrisisStepKind kind, CrisisParty party = CrisisParty::None);
    // Opens the closing dialog.
    CloseCrisisDialog *closeCrisis();

Q_SIGNALS:
    // Something was written (a step, a tick, the closure).
    void changed();

private:
    void checklistItemChanged(QListWidgetItem *item);
    void showError(const QString &message);

    SchoolFile &m_school;
    qint64 m_eventId;
    CrisisEventDetail m_detail;
    bool m_loading = false;
    QLabel *m_header;
    QPlainTextEdit *m_what;
    QTreeWidget *m_steps;
    QListWidget *m_checklist;
    QLabel *m_closure;
    QLabel *m_hotlines; // 求助热线: the school's aid line, the hospital, the national numbers
    QList<QPushButton *> m_writeButtons; // disabled once the event is closed
    QPushButton *m_close;
    QLabel *m_error;
};

} // namespace xinan::ui
