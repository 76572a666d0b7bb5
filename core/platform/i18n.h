#pragma once
// Installs XinAn's translation (and Qt's own) for a language, by default the system's.
// Chinese gets the Chinese interface; anything else English. The locale also becomes the
// default QLocale (dates, numbers).

#include <QLocale>

class QCoreApplication;

namespace xinan {
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());
}
