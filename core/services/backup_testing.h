#pragma once
// Test seam: makes backup writing fail after `bytes` bytes, as a USB stick pulled out mid-write
// does or, with DiskFull, as a write to a full disk does (a short write, "No space left on
// device"); a negative value turns it off. Only tests include this header.

#include <QtGlobal>

namespace xinan::testing {
enum class BackupWriteFailure { DeviceRemoved, DiskFull };
void failBackupWritesAfter(qint64 bytes, BackupWriteFailure how = BackupWriteFailure::DeviceRemoved);
} // namespace xinan::testing
