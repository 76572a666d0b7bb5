// Linked only into xinan-cli-testing: new key slots get the cheap Argon2id cost.
#include "crypto/kdf_testing.h"

namespace {
const bool cheap = [] {
    xinan::testing::useCheapKdf(true);
    return true;
}();
} // namespace
