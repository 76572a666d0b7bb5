#pragma once
// Test seam: makes new key slots use a cheap Argon2id cost. Only tests and the test build of
// the command line include this header; the shipped executables never call it.

#include "keyslots.h"

#include <cstddef>

namespace xinan::testing {
void useCheapKdf(bool cheap);
// The calibration new slots get (about 0.8 s with 64 MiB), run with another target and memory
// so that a test can check its fit in a fraction of the time.
KdfCost calibrateKdf(double targetSeconds, std::size_t memLimit);
// Derives a key with the given cost (what unlocking a slot of that cost spends).
void deriveWithCost(const KdfCost &cost);
} // namespace xinan::testing
