#pragma once
// Installs XinAn's translation (and Qt's own) for the system language. Chinese systems get
// the Chinese interface; others English.

class QCoreApplication;

namespace xinan {
void installTranslations(QCoreApplication &app);
}
