#pragma once
// The UI's named colours, so that every view says "overdue", "done" or "warning" the same way.
// The risk levels' colours are riskstyle.h (levelBackground); the overdue red is Bad.

#include <QColor>
#include <QString>

namespace xinan::ui::colors {

// What must be acted on: form errors, failed checks, open crises, overdue feedback.
inline constexpr QRgb Alarm = 0xb00020;
// A bad outcome or an overdue item (the red of the red risk level).
inline constexpr QRgb Bad = 0xc62828;
// A good outcome: saved, passed, done.
inline constexpr QRgb Good = 0x2e7d32;
// A warning on a light background (amber text).
inline constexpr QRgb Warning = 0x8a5300;
// Muted text: hints and fine print.
inline constexpr QRgb Muted = 0x666666;

inline QColor color(QRgb rgb)
{
    return QColor::fromRgb(rgb);
}

// "#rrggbb", for style sheets and HTML.
inline QString css(QRgb rgb)
{
    return QColor::fromRgb(rgb).name();
}

// A style sheet that sets the text colour: "color: #rrggbb;".
inline QString textStyle(QRgb rgb)
{
    return QStringLiteral("color: %1;").arg(css(rgb));
}

} // namespace xinan::ui::colors
