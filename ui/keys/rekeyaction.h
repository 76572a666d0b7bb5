#pragma once
// File → 重新生成密钥…: new data, counsellor and recovery keys after someone leaves (the core
// does the work: SchoolFile::rekey), and the notices about keys shown once after unlocking.

class QWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

// Explains, asks, makes the new keys off the UI thread and shows the new recovery key once.
// Returns true when the keys were changed.
bool runRekey(SchoolFile &school, QWidget *parent);
// Shows SchoolFile::keyNotices() (failed unlocks since the last sign-in, a missing counsellor
// key, a recovery key that does not open confidential content), if there are any.
void showKeyNotices(SchoolFile &school, QWidget *parent);

} // namespace xinan::ui
