#pragma once
// Test seam: called with the step number (1-6) as a rekey passes each point where a kill must
// leave the old or the new state; the rekey kill test pauses there. Only tests and the test
// build of the command line include this header.

#include <functional>

namespace xinan::testing {
void setRekeyStepHook(std::function<void(int step)> hook);
} // namespace xinan::testing
