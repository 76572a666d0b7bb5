#include "uitestsupport.h"
#include "common/formparts.h"
#include "common/modulepage.h"
#include "platform/i18n.h"
#include "students/studentfiledialog.h"
#include <QDir>
#include <QFont>
#include <QWidget>
#include <catch2/catch.hpp>

#include <QPointer>

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

StudentFileOpener::StudentFileOpener(ui::ModulePage &page, SchoolFile &school)
{
    QObject::connect(&page, &ui::ModulePage::openStudent, &page, [this, &page, &school](qint64 studentId) {
        ++m_opened;
        auto *file = ui::openWindowModal(new ui::StudentFileDialog(school, studentId, &page));
        m_files << file;
        QObject::connect(file, &QDialog::finished, &page, [&page, file](int result) {
            page.refresh();
            if (result == QDialog::Accepted && file->studentId() != 0)
                page.studentFileSaved(file->studentId());
        });
    });
}

ui::StudentFileDialog *StudentFileOpener::last() const
{
    return m_files.isEmpty() ? nullptr : qobject_cast<ui::StudentFileDialog *>(m_files.last().data());
}

} // namespace xinan::test
