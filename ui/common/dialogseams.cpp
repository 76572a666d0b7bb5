#include "dialogseams.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <optional>
#include <utility>

namespace xinan::ui {
namespace {

testing::MessageSink &messageSink()
{
    static testing::MessageSink sink;
    return sink;
}

std::optional<QString> &nextFileName()
{
    static std::optional<QString> name;
    return name;
}

bool &nextAnswer()
{
    static bool answer = false;
    return answer;
}

QMessageBox::Icon iconOf(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Information:
        return QMessageBox::Information;
    case MessageKind::Warning:
        return QMessageBox::Warning;
    case MessageKind::Critical:
        break;
    }
    return QMessageBox::Critical;
}

std::optional<QString> takeNextFileName()
{
    std::optional<QString> name;
    std::swap(name, nextFileName());
    return name;
}

} // namespace

void showMessage(QWidget *parent, MessageKind kind, const QString &title, const QString &text)
{
    if (messageSink()) {
        messageSink()(kind, title, text);
        return;
    }
    switch (kind) {
    case MessageKind::Information:
        QMessageBox::information(parent, title, text);
        break;
    case MessageKind::Warning:
        QMessageBox::warning(parent, title, text);
        break;
    case MessageKind::Critical:
        QMessageBox::critical(parent, title, text);
        break;
    }
}

bool askToProceed(QWidget *parent, MessageKind kind, const QString &title, const QString &text, const QString &acceptText)
{
    if (messageSink()) {
        messageSink()(kind, title, text);
        return std::exchange(nextAnswer(), false);
    }
    QMessageBox box(iconOf(kind), title, text, QMessageBox::NoButton, parent);
    QPushButton *proceed = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(proceed);
    box.exec();
    return box.clickedButton() == proceed;
}

QString askOpenFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString askSaveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

QString askExistingFolder(QWidget *parent, const QString &title, const QString &dir)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

namespace testing {
void setMessageSink(MessageSink sink)
{
    messageSink() = std::move(sink);
}
void setNextFileName(const QString &name)
{
    nextFileName() = name;
}
void setNextAnswer(bool accept)
{
    nextAnswer() = accept;
}
} // namespace testing

} // namespace xinan::ui
