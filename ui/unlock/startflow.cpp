#include "startflow.h"

#include "common/dialogseams.h"
#include "newschooldialog.h"
#include "recoverykeydialog.h"
#include "restoredialog.h"
#include "unlockdialog.h"

#include "repo/schoolrepository.h"
#include "services/schoolfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// Only the path is remembered: never a password, a key or anything about a student.
const auto LastDatabaseKey = QStringLiteral("lastDatabase");

void rememberDatabase(const QString &path)
{
    QSettings().setValue(LastDatabaseKey, QFileInfo(path).absoluteFilePath());
}

std::unique_ptr<SchoolFile> unlock(const QString &path)
{
    UnlockDialog dialog(path);
    if (dialog.exec() != QDialog::Accepted)
        return dialog.restoreRequested() ? restoreInteractively(path) : nullptr;
    rememberDatabase(path);
    return dialog.takeSchoolFile();
}

} // namespace

StartDialog::StartDialog(const QString &lastDatabase, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("XinAn"));
    setMinimumWidth(440);

    auto *title = new QLabel(tr("XinAn — student mental-health records"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto *intro = new QLabel(tr("Everything is kept encrypted on this computer. Nothing is sent over the network."), this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(12);

    const auto addChoice = [this, layout](const QString &text, const QString &name, Choice choice) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setMinimumHeight(40);
        connect(button, &QPushButton::clicked, this, [this, choice] {
            m_choice = choice;
            accept();
        });
        layout->addWidget(button);
        return button;
    };
    if (!lastDatabase.isEmpty() && QFileInfo::exists(lastDatabase)) {
        QPushButton *reopen
            = addChoice(tr("Open %1").arg(QFileInfo(lastDatabase).fileName()), QStringLiteral("reopen"), Choice::Reopen);
        reopen->setToolTip(QDir::toNativeSeparators(lastDatabase));
        reopen->setDefault(true);
    }
    addChoice(tr("Open school database…"), QStringLiteral("open"), Choice::Open);
    addChoice(tr("Create new school database…"), QStringLiteral("create"), Choice::Create);
    addChoice(tr("Restore from a backup…"), QStringLiteral("restore"), Choice::Restore);
}

std::unique_ptr<SchoolFile> openSchoolInteractively(const QString &databasePath)
{
    if (!databasePath.isEmpty())
        return unlock(databasePath);
    for (;;) {
        const QString last = QSettings().value(LastDatabaseKey).toString();
        StartDialog start(last);
        if (start.exec() != QDialog::Accepted)
            return nullptr;
        switch (start.choice()) {
        case StartDialog::Choice::Reopen:
            if (auto school = unlock(last))
                return school;
            break;
        case StartDialog::Choice::Open: {
            const QString dir = last.isEmpty() ? QString() : QFileInfo(last).absolutePath();
            const QString path = askOpenFileName(
                nullptr, StartDialog::tr("Open school database"), dir, StartDialog::tr("XinAn databases (*.xinan)"));
            if (path.isEmpty())
                break;
            if (auto school = unlock(path))
                return school;
            break;
        }
        case StartDialog::Choice::Create: {
            NewSchoolDialog create;
            if (create.exec() != QDialog::Accepted)
                break;
            std::unique_ptr<SchoolFile> school = create.takeSchoolFile();
            const QString schoolName = SchoolRepository(school->db(), school->user()).school().name;
            RecoveryKeyDialog(create.takeRecoveryKey(), schoolName, school->path()).exec();
            rememberDatabase(school->path());
            return school;
        }
        case StartDialog::Choice::Restore:
            if (auto school = restoreInteractively(QString()))
                return school;
            break;
        }
    }
}

std::unique_ptr<SchoolFile> restoreInteractively(const QString &target)
{
    RestoreDialog dialog(target);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return openRestoredDatabase(dialog);
}

std::unique_ptr<SchoolFile> openRestoredDatabase(RestoreDialog &dialog)
{
    const QString path = dialog.restoredDatabase();
    if (std::unique_ptr<SchoolFile> school = dialog.takeSchoolFile()) {
        rememberDatabase(path);
        return school;
    }
    return unlock(path);
}

} // namespace xinan::ui
