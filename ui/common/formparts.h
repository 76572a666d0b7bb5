#pragma once
// Small widgets every form uses the same way: the red inline error and the busy bar shown
// while a slow core call (key derivation, backup, restore) runs.

#include "crypto/secret.h"

#include <QString>

class QLabel;
class QLineEdit;
class QProgressBar;
class QWidget;

namespace xinan::ui {

// A hidden, word-wrapping red label; show() it with the message.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
// A hidden, thin, indeterminate progress bar named "busy".
QProgressBar *makeBusyBar(QWidget *parent);
// Moves what was typed into guarded memory and clears the field.
SecretBytes takeSecret(QLineEdit *field);

} // namespace xinan::ui
