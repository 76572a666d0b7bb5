#pragma once
// Small widgets every form uses the same way: the red inline error and the busy bar shown
// while a slow core call (key derivation, backup, restore) runs.

#include "crypto/secret.h"

#include <QString>

class QDate;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QWidget;

namespace xinan::ui {

// A hidden, word-wrapping red label; show() it with the message.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
// A hidden, thin, indeterminate progress bar named "busy".
QProgressBar *makeBusyBar(QWidget *parent);
// OK (labelled okText) and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox *makeOkCancel(QDialog *dialog, const QString &okText);
// A yyyy-MM-dd date field with a calendar popup, on `day` (today when invalid).
QDateEdit *makeDateEdit(QWidget *parent, const QString &objectName, const QDate &day);
// Moves what was typed into guarded memory and clears the field.
SecretBytes takeSecret(QLineEdit *field);

} // namespace xinan::ui
