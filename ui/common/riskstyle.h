#pragma once
// The colours of the four risk levels (红/橙/黄/绿) wherever a level is shown as a badge or chip,
// and of overdue rows: one place, so every view agrees.

#include "colors.h"

#include "domain/risk.h"

#include <QColor>

namespace xinan::ui {

inline QColor levelBackground(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Red:
        return colors::color(colors::Bad);
    case RiskLevel::Orange:
        return QColor(0xef, 0x6c, 0x00);
    case RiskLevel::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case RiskLevel::Green:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

inline QColor levelForeground(RiskLevel level)
{
    return level == RiskLevel::Yellow ? QColor(0x3e, 0x27, 0x23) : QColor(Qt::white);
}

// The soft background of an overdue row and the red of an overdue text.
inline QColor overdueBackground()
{
    return QColor(0xff, 0xeb, 0xee);
}
inline QColor overdueText()
{
    return colors::color(colors::Bad);
}

} // namespace xinan::ui
