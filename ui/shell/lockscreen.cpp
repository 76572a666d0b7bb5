#include "lockscreen.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_file(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));

    auto *title = new QLabel(tr("XinAn is locked"), this);
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *explanation = new QLabel(tr("The records are hidden and the database is closed. "
                                      "Enter the password to go on working."),
        this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);

    m_file->setObjectName(QStringLiteral("lockedFile"));
    m_file->setAlignment(Qt::AlignCenter);
    m_file->setWordWrap(true);

    auto *unlock = new QPushButton(tr("Unlock…"), this);
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setDefault(true);
    unlock->setMinimumHeight(36);
    auto *quit = new QPushButton(tr("Quit XinAn"), this);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setMinimumHeight(36);
    connect(unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    connect(quit, &QPushButton::clicked, this, &LockScreen::quitRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(unlock);
    buttons->addWidget(quit);
    buttons->addStretch();

    auto *column = new QWidget(this);
    // A fixed width lets the wrapped sentences get the height they need.
    column->setFixedWidth(520);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(explanation);
    columnLayout->addWidget(m_file);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    // Centred by stretches, not by an alignment flag: an aligned item loses its height for width
    // and the wrapped sentences would be cut.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch(3);
}

void LockScreen::setDatabasePath(const QString &path)
{
    m_file->setText(tr("Database file: %1").arg(QFileInfo(path).fileName()));
    m_file->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

} // namespace xinan::ui
