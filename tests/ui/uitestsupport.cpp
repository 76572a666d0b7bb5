#include "uitestsupport.h"

#include <QApplication>
#include <QTest>

namespace xinan::test {
namespace {
QApplication *application = nullptr;
}

QApplication &testApplication()
{
    return *application;
}
void setTestApplication(QApplication &app)
{
    application = &app;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

RecordedMessages::RecordedMessages()
{
    ui::testing::setMessageSink([this](ui::MessageKind kind, const QString &title, const QString &text) {
        m_messages.append({ kind, title, text });
    });
}

RecordedMessages::~RecordedMessages()
{
    ui::testing::setMessageSink({});
}

} // namespace xinan::test
