#pragma once
// Every modal message box and file dialog of the UI goes through here, so that tests can
// answer them instead of a person (the KeePassXC pattern).

#include <QString>

#include <functional>

class QWidget;

namespace xinan::ui {

enum class MessageKind { Information, Warning, Critical };

// Shows a modal message box, or hands the message to the test sink when one is installed.
void showMessage(QWidget *parent, MessageKind kind, const QString &title, const QString &text);

// Shows a modal message box with `acceptText` and Close; true when `acceptText` was chosen. With
// the test sink installed the message is recorded and the answer set by setNextAnswer returned.
bool askToProceed(QWidget *parent, MessageKind kind, const QString &title, const QString &text, const QString &acceptText);

// Ask for a file name; return an empty string when cancelled.
QString askOpenFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
QString askSaveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
// Ask for an existing folder (the test seam's next file name answers it too).
QString askExistingFolder(QWidget *parent, const QString &title, const QString &dir);

namespace testing {
using MessageSink = std::function<void(MessageKind, const QString &title, const QString &text)>;
// Installs a sink that receives every message instead of a modal box; an empty one restores
// the real boxes.
void setMessageSink(MessageSink sink);
// The next file dialog returns `name` without showing itself (one use).
void setNextFileName(const QString &name);
// The next askToProceed returns `accept` (one use; without it the answer is "Close").
void setNextAnswer(bool accept);
} // namespace testing

} // namespace xinan::ui
