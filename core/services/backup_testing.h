#pragma once
// Test seam: makes backup writing fail after `bytes` bytes (as a USB stick pulled out
// mid-write does); a negative value turns it off. Only tests include this header.

#include <QtGlobal>

namespace xinan::testing {
void failBackupWritesAfter(qint64 bytes);
}
