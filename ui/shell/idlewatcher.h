#pragma once
// Notices when nobody has touched XinAn for a while: an application-wide event filter restarts
// a timer on every key press, click, mouse move or wheel turn (the KeePassXC InactivityTimer).

#include <QObject>
#include <QTimer>

#include <chrono>

namespace xinan::ui {

class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    // Watching starts the countdown afresh; idle() fires at most once per start().
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace xinan::ui
