#include "sensitiveclipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>

namespace xinan::ui {

SensitiveClipboard::SensitiveClipboard(std::chrono::milliseconds clearAfter, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(clearAfter);
    connect(&m_timer, &QTimer::timeout, this, &SensitiveClipboard::clearIfStillOurs);
    m_salt.resize(32);
    QRandomGenerator::system()->generate(m_salt.begin(), m_salt.end());
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
    m_copied = fingerprint(text);
    m_timer.start();
}

QByteArray SensitiveClipboard::fingerprint(const QString &text) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(text.toUtf8());
    return hash.result();
}

void SensitiveClipboard::clearIfStillOurs()
{
    m_timer.stop();
    if (m_copied.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (fingerprint(clipboard->text()) == m_copied)
        clipboard->clear();
    m_copied.clear();
}

} // namespace xinan::ui
