#include "rekeyaction.h"

#include "common/background.h"
#include "error.h"
#include "repo/schoolrepository.h"
#include "services/schoolfile.h"
#include "unlock/recoverykeydialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace xinan::ui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(xinan::ui::Rekey)
};

} // namespace

bool runRekey(SchoolFile &school, QWidget *parent)
{
    QMessageBox ask(QMessageBox::Question, Tr::tr("Make new keys"),
        Tr::tr("Make new keys when someone who had an account leaves the school, or when a password or the recovery key may "
               "have been seen by someone else."),
        QMessageBox::Cancel, parent);
    ask.setInformativeText(
        Tr::tr("XinAn makes a new encryption key, a new key for confidential content and a new recovery key, which is shown "
               "once. Every remaining account keeps its password. The old recovery key and the backups made before now open "
               "only those old copies: keep them locked away or destroy them."));
    QPushButton *go = ask.addButton(Tr::tr("Make new keys"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != go)
        return false;

    QString recovery;
    QStringList dropped;
    try {
        recovery = runWithBusyDialog(parent, Tr::tr("Making new keys…"), [&school, &dropped] { return school.rekey(&dropped); });
    } catch (const Error &e) {
        QMessageBox::warning(parent, Tr::tr("Make new keys"), e.message());
        return false;
    }
    const QString schoolName = SchoolRepository(school.db(), school.user()).school().name;
    RecoveryKeyDialog dialog(recovery, schoolName, school.path(), parent);
    dialog.exec();
    if (!dropped.isEmpty())
        QMessageBox::information(parent, Tr::tr("Make new keys"),
            Tr::tr("These accounts have not signed in since XinAn was updated and could not be given the new keys. Give them a "
                   "new password in Settings → Accounts: %1")
                .arg(dropped.join(QStringLiteral("、"))));
    return true;
}

void showKeyNotices(SchoolFile &school, QWidget *parent)
{
    const QStringList notices = school.keyNotices();
    if (notices.isEmpty())
        return;
    // Window-modal but not blocking: the main window is already up behind it.
    auto *box = new QMessageBox(
        QMessageBox::Warning, Tr::tr("About your account"), notices.join(QStringLiteral("\n\n")), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("keyNotices"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace xinan::ui
