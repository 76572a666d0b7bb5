#pragma once
// Pieces the counselling-record views share: a student finder (name, pinyin or 学籍号, with
// a list of matches), a dialog that picks one student with it (walk-in sessions), the staff
// chooser and the one-line texts of a record.

#include "repo/sessionrepository.h"

#include <QDialog>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace xinan {
class SchoolFile;
class StudentSearchIndex;
} // namespace xinan

namespace xinan::ui {

// A search field with the matching students below it; chosen() reports the picked student.
class StudentFinder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentFinder)

public:
    explicit StudentFinder(SchoolFile &school, QWidget *parent = nullptr);
    ~StudentFinder() override;

    qint64 currentStudentId() const;
    QString errorText() const { return m_loadError; }

Q_SIGNALS:
    void chosen(qint64 studentId);
    void activated(qint64 studentId); // double-click or Enter on a match

private:
    void search(const QString &text);

    SchoolFile &m_school;
    std::unique_ptr<StudentSearchIndex> m_index;
    QLineEdit *m_search;
    QListWidget *m_matches;
    QString m_loadError;
};

// Picks one student (a walk-in session).
class StudentPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentPickerDialog)

public:
    StudentPickerDialog(SchoolFile &school, const QString &title, QWidget *parent = nullptr);

    qint64 studentId() const { return m_studentId; }
    void accept() override;

private:
    StudentFinder *m_finder;
    QLabel *m_error;
    qint64 m_studentId = 0;
};

// "name · grade class · 学籍号"; empty when the student no longer exists.
QString studentLineFor(SchoolFile &school, qint64 studentId);
// Fills a combo with the active staff (plus `keepId` when it is inactive); the first item is
// `firstText` with data 0 when it is not empty.
void fillStaffCombo(SchoolFile &school, QComboBox *combo, const QString &firstText, qint64 keepId = 0);
// The categories joined for a list cell.
QString categoriesText(const QStringList &categories);
// The text shown for a record whose content the account may not read: "个体辅导记录 · date".
QString restrictedRecordText(const CounsellingRecord &record);
// "Only counselling teachers can see the content" (内容仅心理教师可见).
QString restrictedContentText();

} // namespace xinan::ui
