// Linked only into xinan-cli-testing, never into the shipped xinan-cli: its start-up seam.
// - New key slots get the cheap Argon2id cost.
// - XINAN_TEST_REKEY_PAUSE_MS=N makes a rekey pause N ms at each of its steps, so that the
//   rekey kill test (rekey_kill.sh) can kill it at random points.
// - XINAN_TEST_NOW=2026-11-16T10:00:00 (local time, ISO 8601) fixes the clock (xinan::clock),
//   so that a test decides what "today" is for the command it runs.
#include "crypto/kdf_testing.h"
#include "platform/clock.h"
#include "services/rekey_testing.h"

#include <QDateTime>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

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

const bool rekeyPause = [] {
    const int ms = qEnvironmentVariableIntValue("XINAN_TEST_REKEY_PAUSE_MS");
    if (ms <= 0)
        return false;
    xinan::testing::setRekeyStepHook([ms](int) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); });
    return true;
}();

} // namespace
