#pragma once
// A push button drawn as a hyperlink, for the secondary ways out of a dialog.

#include <QPushButton>

namespace xinan::ui {

inline void styleAsLink(QPushButton *button)
{
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; border: none; "
                                         "padding: 2px 0px; text-align: left; }"));
}

} // namespace xinan::ui
