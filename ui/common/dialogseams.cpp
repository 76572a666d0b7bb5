#include "dialogseams.h"

#include <QFileDialog>
#include <QMessageBox>

#include <optional>

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

namespace testing {
void setMessageSink(MessageSink sink)
{
    messageSink() = std::move(sink);
}
void setNextFileName(const QString &name)
{
    nextFileName() = name;
}
} // namespace testing

} // namespace xinan::ui
