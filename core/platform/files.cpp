#include "files.h"

#include "../error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace xinan {

void makeOwnerOnly(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    const auto fail = [&] {
        return Error(ErrorKind::Other, QCoreApplication::translate("Files", "Cannot write %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        throw fail();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size())
        throw fail();
    if (!file.commit())
        throw fail();
}

void disableCoreDumps()
{
    const rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace xinan
