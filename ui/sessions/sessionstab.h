#pragma once
// The student file's "Counselling records" tab (辅导记录): the student's counselling records,
// newest first (date, form, categories, counsellor, feedback), "New record…", "Open record…" and
// "Record feedback…", and the feedback given about the student. For an account that is not a
// counselling teacher the core returns only each record's date: the rows say so.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class FeedbackDialog;
class SessionDialog;

class SessionsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsTab)

public:
    SessionsTab(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    void reload();
    int recordCount() const;

    // Each opens a window-modal dialog and returns it (nullptr when there is nothing to open).
    SessionDialog *newRecord();
    SessionDialog *openSelected();
    FeedbackDialog *recordFeedback();

private:
    qint64 selectedRecordId() const;
    void updateButtons();
    template<typename D> D *showDialog(D *dialog);

    SchoolFile &m_school;
    qint64 m_studentId;
    bool m_counsellor = false;
    QLabel *m_notice;
    QTreeWidget *m_records;
    QTreeWidget *m_feedback;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_giveFeedback;
};

} // namespace xinan::ui
