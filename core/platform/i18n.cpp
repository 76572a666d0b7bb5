#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace xinan {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return;
    auto *xinan = new QTranslator(&app);
    if (xinan->load(QStringLiteral(":/i18n/xinan_zh_CN.qm")))
        QCoreApplication::installTranslator(xinan);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace xinan
