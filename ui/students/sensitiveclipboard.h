#pragma once
// Copies personal data (学籍号, phone numbers, ID-card numbers) to the clipboard and clears it
// again after a delay, and when XinAn locks or quits, but only if the clipboard still holds what
// was copied (the KeePassXC pattern), so that nothing the user copied since is lost. What was
// copied is remembered as a salted hash, not as text.

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace xinan::ui {

class SensitiveClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SensitiveClipboard)

public:
    static constexpr std::chrono::milliseconds DefaultClearAfter = std::chrono::seconds(30);

    explicit SensitiveClipboard(std::chrono::milliseconds clearAfter = DefaultClearAfter, QObject *parent = nullptr);
    // The one the application's widgets use (a child of the application object).
    static SensitiveClipboard &shared();

    void setClearAfter(std::chrono::milliseconds clearAfter) { m_timer.setInterval(clearAfter); }
    // Puts text on the clipboard, marked as concealed for clipboard managers, and starts the delay.
    void copy(const QString &text);
    // Clears the clipboard now if it still holds the last text copied here (lock and quit).
    void clearIfStillOurs();

private:
    QByteArray fingerprint(const QString &text) const;

    QTimer m_timer;
    QByteArray m_salt;
    QByteArray m_copied; // fingerprint() of the text on the clipboard, empty when none
};

} // namespace xinan::ui
