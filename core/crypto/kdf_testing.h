#pragma once
// Test seam: makes new key slots use a cheap Argon2id cost. Only tests and the test build of
// the command line include this header; the shipped executables never call it.

namespace xinan::testing {
void useCheapKdf(bool cheap);
}
