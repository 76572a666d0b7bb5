#include "sensitiveclipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace xinan::ui {

SensitiveClipboard::SensitiveClipboard(std::chrono::milliseconds clearAfter, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(clearAfter);
    connect(&m_timer, &QTimer::timeout, this, &SensitiveClipboard::clearIfUnchanged);
}

SensitiveClipboard &SensitiveClipboard::shared()
{
    static auto *instance = new SensitiveClipboard(DefaultClearAfter, QCoreApplication::instance());
    return *instance;
}

void SensitiveClipboard::copy(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // Clipboard managers (KDE's Klipper and others) do not keep entries marked like this.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copied = text;
    m_timer.start();
}

void SensitiveClipboard::clearIfUnchanged()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
}

} // namespace xinan::ui
