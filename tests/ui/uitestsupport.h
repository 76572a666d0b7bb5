#pragma once
// Helpers for widget tests: waiting for background work, finding children, recording the
// message boxes the UI would have shown.

#include "common/dialogseams.h"

#include <catch2/catch.hpp>

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QApplication;

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

} // namespace xinan::test
