#pragma once
// What the main window shows while XinAn is locked: no record, only which file is locked and
// the ways on (unlock, quit). The pages themselves are destroyed while this is shown.

#include <QWidget>

class QLabel;

namespace xinan::ui {

class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path);

Q_SIGNALS:
    void unlockRequested();
    void quitRequested();

private:
    QLabel *m_file;
};

} // namespace xinan::ui
