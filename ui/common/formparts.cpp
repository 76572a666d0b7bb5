#include "formparts.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace xinan::ui {

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // messages carry file names and typed text
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QProgressBar *makeBusyBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(QStringLiteral("busy"));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->hide();
    return bar;
}

SecretBytes takeSecret(QLineEdit *field)
{
    QByteArray bytes = field->text().toUtf8();
    field->clear();
    return SecretBytes::takeFrom(bytes);
}

} // namespace xinan::ui
