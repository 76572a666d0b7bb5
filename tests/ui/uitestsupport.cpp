#include "uitestsupport.h"
#include <catch2/catch.hpp>
#include <QWidget>
#include <QFont>
#include <QDir>
#include "platform/i18n.h"

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

void prepareScreenshots()
{
    installTranslations(testApplication());
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("XINAN_SCREENSHOT_DIR", QStringLiteral(XINAN_SCREENSHOT_DIR));
    QDir().mkpath(dir);
    QTest::qWait(150); // let pending layouts and paints run
    const QString path = QDir(dir).filePath(name);
    REQUIRE(widget.grab().save(path));
    WARN("saved " << path.toStdString());
}

} // namespace xinan::test
