#pragma once
// Small widgets every form uses the same way: the red inline error, the busy bar shown while
// a slow core call (key derivation, backup, restore) runs, a page's title, and the one way a
// dialog is opened window-modal.

#include "crypto/secret.h"

#include <QDialog>
#include <QFont>
#include <QString>

#include <functional>

class QDate;
class QDateEdit;
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

// `font` scaled by `factor`, bold or not (titles, big numbers).
QFont scaledFont(QFont font, qreal factor, bool bold = true);
// A page's big bold title ("预约", "辅导记录" ...), the same on every page.
QLabel *makePageTitle(const QString &text, QWidget *parent);
// A word-wrapped explanatory note in the palette's placeholder colour (under a form or a table).
QLabel *makeNoteLabel(const QString &text, QWidget *parent);

// Shows `dialog` window-modal over its parent (not blocking), deletes it when it closes, and
// calls `finished` with its result if given. Returns the dialog, for more connections.
template<typename Dialog> Dialog *openWindowModal(Dialog *dialog, std::function<void(int result)> finished = {})
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (finished)
        QObject::connect(dialog, &QDialog::finished, dialog, std::move(finished));
    dialog->show();
    return dialog;
}

} // namespace xinan::ui
