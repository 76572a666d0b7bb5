#pragma once
// Shows the result of "Verify database": one line per check, passed or failed, with details.

#include "services/verifier.h"

#include <QDialog>

namespace xinan::ui {

class VerifyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyDialog)

public:
    VerifyDialog(const VerifyReport &report, const QString &databaseName, QWidget *parent = nullptr);
};

} // namespace xinan::ui
