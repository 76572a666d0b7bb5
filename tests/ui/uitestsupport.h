#pragma once
// Helpers for widget tests: waiting for background work, finding children, recording the
// message boxes the UI would have shown.

#include "common/dialogseams.h"

#include <catch2/catch.hpp>

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QApplication;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {
class ModulePage;
class StudentFileDialog;
} // namespace xinan::ui

namespace xinan::test {

// The tests' application object (set by main()).
QApplication &testApplication();
void setTestApplication(QApplication &app);

// Processes events until condition() holds or the timeout passes; returns condition().
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 30000);

// Documentation screenshots ([.screenshot] tests): the system language's translation and the
// CJK font, then each widget saved as a PNG in docs/screenshots (or $XINAN_SCREENSHOT_DIR).
void prepareScreenshots();
void saveScreenshot(QWidget &widget, const QString &name);

template<typename T> T *child(const QObject *parent, const char *objectName)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(objectName));
    INFO("child " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

// While alive, every message box the UI shows is recorded here instead of shown.
class RecordedMessages
{
public:
    struct Message
    {
        ui::MessageKind kind;
        QString title;
        QString text;
    };

    RecordedMessages();
    ~RecordedMessages();
    RecordedMessages(const RecordedMessages &) = delete;
    RecordedMessages &operator=(const RecordedMessages &) = delete;

    const QList<Message> &messages() const { return m_messages; }

private:
    QList<Message> m_messages;
};

// Stands in for the main window around a page tested alone: opens the student's file the page
// asks for (ModulePage::openStudent) as the shell does, window-modal, and refreshes the page
// when it closes (then studentFileSaved after a save).
class StudentFileOpener
{
public:
    StudentFileOpener(ui::ModulePage &page, SchoolFile &school);
    StudentFileOpener(const StudentFileOpener &) = delete;
    StudentFileOpener &operator=(const StudentFileOpener &) = delete;

    // The file opened last (null once it has closed), and how many were opened.
    ui::StudentFileDialog *last() const;
    int opened() const { return m_opened; }

private:
    QList<QPointer<QWidget>> m_files;
    int m_opened = 0;
};

} // namespace xinan::test
