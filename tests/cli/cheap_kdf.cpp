// Linked only into xinan-cli-testing, never into the shipped xinan-cli: its start-up seam.
// - New key slots get the cheap Argon2id cost.
// - XINAN_TEST_NOW=2026-11-16T10:00:00 (local time, ISO 8601) fixes the clock (xinan::clock),
//   so that a test decides what "today" is for the command it runs.
#include "crypto/kdf_testing.h"
#include "platform/clock.h"

#include <QDateTime>

#include <cstdio>
#include <cstdlib>

namespace {

const bool cheap = [] {
    xinan::testing::useCheapKdf(true);
    return true;
}();

const bool fixedNow = [] {
    const QByteArray text = qgetenv("XINAN_TEST_NOW");
    if (text.isEmpty())
        return false;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    if (!when.isValid()) {
        std::fprintf(
            stderr, "XINAN_TEST_NOW must be a date and time such as 2026-11-16T10:00:00, not \"%s\".\n", text.constData());
        std::exit(2);
    }
    xinan::clock::testing::setNow(when);
    return true;
}();

} // namespace
